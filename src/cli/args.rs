//! The command-line surface of CONTRACT.md, parsed by clap. Each flag is declared beside
//! its help text; `mod.rs` turns these into session operations.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use super::formats::{LangArg, TableOrJson, TextOrJson};

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
        ignore_case = true,
        help_heading = "Global options"
    )]
    pub lang: Option<LangArg>,
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
    Init(super::setup::InitArgs),
    /// Load the shipped demo cases, or N generated ones
    Demo(super::setup::DemoArgs),
    /// List cases matching a filter query
    List(super::view::ListArgs),
    /// Show one case with its history
    Show(super::view::ShowArgs),
    /// Fuzzy search on achievement and organisation names (Chinese or pinyin)
    Find(FindArgs),
    /// Move a case to a stage (the next one by default); refusals cite their article
    Advance(super::moves::AdvanceArgs),
    /// Move a case back one stage (a reason is required)
    Back(super::moves::BackArgs),
    /// Append an officer's note to a case
    Note(super::moves::NoteArgs),
    /// Set a case's 经办人 (default: you; --none unassigns)
    Assign(super::assign::AssignArgs),
    /// Set fields by path: plan.start=2026-12-01 amounts.funds_received=800万
    Set(super::moves::SetArgs),
    /// Record a subsidy tranche (checked against the caps of 第十一条/第十二条)
    Tranche(super::moves::TrancheArgs),
    /// Record an approved extension (第十五条)
    Extend(super::moves::ExtendArgs),
    /// Terminate a case (第十五条): reason, recovered amount in 万元, both parties'
    /// agreement, the department's approval, the special audit
    Terminate(super::terminate::TerminateArgs),
    /// List every rule: id, source (article or 本厅规定), where it applies, setting
    Rules(super::rules::RulesArgs),
    /// Record a stage record: review, objection, midterm, acceptance, taker (赛马制)
    Record {
        #[command(subcommand)]
        what: super::records::RecordCommand,
    },
    /// All-or-nothing import (json, csv or xlsx intake rows, or one filled docx form)
    Import(super::transfer::ImportArgs),
    /// Export cases (json round-trips through import; xlsx needs -o or a pipe)
    Export(super::transfer::ExportArgs),
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
    Backup(super::backup::BackupArgs),
    /// Replace the store from a backup (asks unless --yes)
    Restore(super::backup::RestoreArgs),
    /// The documents the department posts: the 榜单 and the 公示 of selected takers
    Publish {
        #[command(subcommand)]
        what: super::publish::PublishCommand,
    },
    /// The report workbook: stage x field, regions, subsidies, overdue, with charts
    Report(super::report::ReportArgs),
    /// One officer's digest: overdue, due, stale and changed-by-others cases (for cron)
    Digest(super::digest::DigestArgs),
    /// Measure the figures of CONTRACT.md on N generated cases
    Bench(BenchArgs),
}

#[derive(Debug, Args)]
pub struct FindArgs {
    /// Chinese text, pinyin initials (btxt) or full pinyin (baotou)
    pub text: String,
    /// At most this many hits, best first
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
    /// Output
    #[arg(long, value_enum, ignore_case = true, default_value_t = TableOrJson::Table)]
    pub format: TableOrJson,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// How many cases to generate (in a temporary store; --db is not touched)
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub cases: usize,
    /// Output: readable text, or one JSON object
    #[arg(long, value_enum, ignore_case = true, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
    /// Also run the TUI on a pseudo-terminal: first frame from process start, peak memory
    #[arg(long)]
    pub pty: bool,
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
        #[arg(long, value_enum, ignore_case = true, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
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
