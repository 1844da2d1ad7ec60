//! The command-line surface of CONTRACT.md, parsed by clap. Each flag is declared beside
//! its help text; `mod.rs` turns these into session operations.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "jiebang",
    version,
    about = "jiebang (揭榜): case manager for the 揭榜挂帅 open-competition programme",
    long_about = None,
    after_help = "Without a command, opens the terminal interface on the store.\n\
Exit codes: 0 ok, 1 unexpected error, 2 bad input or usage, 3 refused by a rule,\n\
4 not found (case or store), 5 integrity failure, 6 store busy or changed by someone else (retry)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Store file (default: $JIEBANG_DB, else $XDG_DATA_HOME/jiebang/jiebang.redb)
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub db: Option<PathBuf>,
    /// Interface language: zh (default) or en
    #[arg(
        long,
        global = true,
        value_name = "LANG",
        help_heading = "Global options"
    )]
    pub lang: Option<String>,
    /// Disable every change (also `read_only = true` in config.toml)
    #[arg(long, global = true, help_heading = "Global options")]
    pub read_only: bool,
    /// Create new store files 0660 for a shared unix group (default 0600)
    #[arg(long, global = true, help_heading = "Global options")]
    pub group_shared: bool,
    /// Open the TUI on a fresh temporary copy of the demo data
    #[arg(long)]
    pub demo: bool,
    /// Keymap: default, vim, emacs, or a path to a TOML file
    #[arg(long, value_name = "NAME|PATH")]
    pub keymap: Option<String>,
    /// Draw borders with ASCII characters (for terminals that draw box lines wide)
    #[arg(long)]
    pub ascii: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an empty store
    Init {
        /// Share it with the officers of this group: the folder is made setgid and
        /// group-writable, the store 0660
        #[arg(long, value_name = "NAME")]
        group: Option<String>,
    },
    /// Load the shipped demo cases, or N generated ones
    Demo {
        /// Generate N synthetic cases instead of the shipped demo set
        #[arg(long, value_name = "N")]
        count: Option<usize>,
        /// Seed for --count (the same seed gives the same cases)
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// List cases matching a filter query
    List {
        /// Filter query, e.g. "stage:reviewing region:包头 due<30d -field:氢能 稀土"
        #[arg(
            long,
            short,
            value_name = "QUERY",
            default_value = "",
            allow_hyphen_values = true
        )]
        filter: String,
        /// Output: an aligned table, a JSON array of cases, or CSV
        #[arg(long, value_name = "table|json|csv", default_value = "table")]
        format: String,
    },
    /// Show one case with its history
    Show {
        /// Case id (JB-2026-0001)
        id: String,
        /// Output: readable text, or the case as JSON
        #[arg(long, value_name = "text|json", default_value = "text")]
        format: String,
        /// Every note, not only the latest 50
        #[arg(long)]
        all_notes: bool,
    },
    /// Fuzzy search on achievement and organisation names (Chinese or pinyin)
    Find {
        /// Chinese text, pinyin initials (btxt) or full pinyin (baotou)
        text: String,
        /// At most this many hits, best first
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        /// Output: a table, or a JSON array of {"id","score","name"}
        #[arg(long, value_name = "table|json", default_value = "table")]
        format: String,
    },
    /// Move a case to a stage (the next one by default); refusals cite their article
    Advance {
        /// Case id
        id: String,
        /// Target stage, by id or Chinese label (reviewing, 评审推荐)
        #[arg(long, value_name = "STAGE")]
        to: Option<String>,
        /// A note recorded with the move
        #[arg(long, value_name = "TEXT", default_value = "")]
        note: String,
        /// Refuse if the case changed since this revision
        #[arg(long, value_name = "REV")]
        rev: Option<u64>,
    },
    /// Move a case back one stage (a reason is required)
    Back {
        /// Case id
        id: String,
        /// Why the case goes back (kept in its history)
        #[arg(long, value_name = "TEXT")]
        reason: String,
        /// Refuse if the case changed since this revision
        #[arg(long, value_name = "REV")]
        rev: Option<u64>,
    },
    /// Append an officer's note to a case
    Note {
        /// Case id
        id: String,
        /// The note (kept with the OS user and the time)
        text: String,
    },
    /// Set a case's 经办人 (default: you; --none unassigns)
    Assign(super::assign::AssignArgs),
    /// Set fields by path: plan.start=2026-12-01 amounts.funds_received=800万
    Set {
        /// Case id
        id: String,
        /// One or more field assignments
        #[arg(value_name = "PATH=VALUE", required = true)]
        assignments: Vec<String>,
        /// Refuse if the case changed since this revision
        #[arg(long, value_name = "REV")]
        rev: Option<u64>,
    },
    /// Record a subsidy tranche (checked against the caps of 第十一条/第十二条)
    Tranche {
        /// Case id
        id: String,
        /// Amount in 万元 (up to 4 decimals)
        #[arg(long, value_name = "WAN")]
        amount: String,
        /// Payment date (default: today)
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// 一事一议: allow exceeding the caps, with --reason
        #[arg(long)]
        special: bool,
        /// The taker this tranche pays (赛马制: several takers implement in parallel)
        #[arg(long, value_name = "NAME", default_value = "")]
        taker: String,
        /// Why (required with --special)
        #[arg(long, value_name = "TEXT", default_value = "")]
        reason: String,
    },
    /// Record an approved extension (第十五条)
    Extend {
        /// Case id
        id: String,
        /// The new end of the implementation period
        #[arg(long, value_name = "YYYY-MM-DD")]
        new_end: String,
        /// Why the period is extended
        #[arg(long, value_name = "TEXT")]
        reason: String,
        /// Both parties agreed
        #[arg(long)]
        agreed: bool,
        /// The department approved
        #[arg(long)]
        approved: bool,
    },
    /// Terminate a case (第十五条) with the reason and the recovered amount in 万元
    Terminate {
        /// Case id
        id: String,
        /// Why the case is terminated
        #[arg(long, value_name = "TEXT")]
        reason: String,
        /// Subsidy recovered, in 万元 (0 if none)
        #[arg(long, value_name = "WAN")]
        recovered: String,
        /// Date of the decision (default: today)
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Record a stage record: review, objection, midterm, acceptance, taker (赛马制)
    Record {
        #[command(subcommand)]
        what: super::records::RecordCommand,
    },
    /// All-or-nothing import (json, csv or xlsx intake rows, or one filled docx form)
    Import {
        /// The file to read
        file: PathBuf,
        /// Default: from the file's extension
        #[arg(long, value_name = "json|csv|xlsx|docx")]
        format: Option<String>,
        /// Check every row and report, but write nothing (not even a new store file)
        #[arg(long)]
        dry_run: bool,
        /// Store past cases that broke a rule, each flagged (违规/待核) with the rules broken
        #[arg(long)]
        allow_breaches: bool,
    },
    /// Export cases (json round-trips through import; xlsx needs -o or a pipe)
    Export {
        /// Output format
        #[arg(long, value_name = "json|csv|xlsx", default_value = "json")]
        format: String,
        /// Filter query, e.g. "stage:reviewing region:包头 due<30d -field:氢能 稀土"
        #[arg(
            long,
            short,
            value_name = "QUERY",
            default_value = "",
            allow_hyphen_values = true
        )]
        filter: String,
        /// Write to FILE (atomically) instead of stdout; never onto a device, FIFO or folder
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        csv: super::csv_out::CsvOut,
    },
    /// The audit trail
    Audit {
        #[command(subcommand)]
        what: AuditCommand,
    },
    /// The integrity blacklist (联合惩戒名单)
    Blacklist {
        #[command(subcommand)]
        what: BlacklistCommand,
    },
    /// Consistent copy of the store while others keep working
    Backup {
        /// Where to write the copy (a store file that can be opened with --db)
        file: PathBuf,
        /// Replace FILE if it exists (an older backup)
        #[arg(long)]
        force: bool,
    },
    /// Replace the store from a backup (asks unless --yes)
    Restore {
        /// A backup made with `jiebang backup`
        file: PathBuf,
        /// Replace without asking
        #[arg(long)]
        yes: bool,
    },
    /// The documents the department posts: the 榜单 and the 公示 of selected takers
    Publish {
        #[command(subcommand)]
        what: super::publish::PublishCommand,
    },
    /// The report workbook: stage x field, regions, subsidies, overdue, with charts
    Report(super::report::ReportArgs),
    /// Measure the figures of CONTRACT.md on N generated cases
    Bench {
        /// How many cases to generate (in a temporary store; --db is not touched)
        #[arg(long, value_name = "N", default_value_t = 100_000)]
        cases: usize,
        /// Output: readable text, or one JSON object
        #[arg(long, value_name = "text|json", default_value = "text")]
        format: String,
        /// Also run the TUI on a pseudo-terminal: first frame from process start, peak memory
        #[arg(long)]
        pty: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain of the whole history
    Verify {
        /// Rebuild damaged cases (rows failing their checksum or differing from their
        /// history) from the verified audit trail
        #[arg(long)]
        repair: bool,
    },
    /// Print the events (of one case, or all)
    Log {
        /// Only the events of this case
        id: Option<String>,
        /// Output: readable text, or a JSON array of events
        #[arg(long, value_name = "text|json", default_value = "text")]
        format: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum BlacklistCommand {
    /// Replace the list from a TOML file of [[entry]] tables
    Import {
        /// The TOML file (see data/blacklist.example.toml)
        file: PathBuf,
    },
    /// Print the list
    List,
}
