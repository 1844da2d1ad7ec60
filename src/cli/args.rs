//! The command-line surface of CONTRACT.md, parsed by clap. Each flag is declared beside
//! its help text; `mod.rs` turns these into session operations.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "jiebang",
    version,
    about = "揭榜: case manager for the 揭榜挂帅 programme / case manager for open-competition projects",
    long_about = None
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
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Interface language: zh (default) or en
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Disable every change (also `read_only = true` in config.toml)
    #[arg(long, global = true)]
    pub read_only: bool,
    /// Create new store files 0660 for a shared unix group (default 0600)
    #[arg(long, global = true)]
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
    Init,
    /// Load the shipped demo cases, or N generated ones
    Demo {
        #[arg(long, value_name = "N")]
        count: Option<usize>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// List cases matching a filter query
    List {
        #[arg(long, short, value_name = "QUERY", default_value = "")]
        filter: String,
        #[arg(long, value_name = "table|json|csv", default_value = "table")]
        format: String,
    },
    /// Show one case with its history
    Show {
        id: String,
        #[arg(long, value_name = "text|json", default_value = "text")]
        format: String,
    },
    /// Fuzzy search on achievement and organisation names (Chinese or pinyin)
    Find {
        text: String,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, value_name = "table|json", default_value = "table")]
        format: String,
    },
    /// Move a case to a stage (the next one by default); refusals cite their article
    Advance {
        id: String,
        #[arg(long, value_name = "STAGE")]
        to: Option<String>,
        #[arg(long, value_name = "TEXT", default_value = "")]
        note: String,
        /// Refuse if the case changed since this revision
        #[arg(long, value_name = "REV")]
        rev: Option<u64>,
    },
    /// Move a case back one stage (a reason is required)
    Back {
        id: String,
        #[arg(long, value_name = "TEXT")]
        reason: String,
        #[arg(long, value_name = "REV")]
        rev: Option<u64>,
    },
    /// Append an officer's note to a case
    Note { id: String, text: String },
    /// Set a case's 经办人 (default: you; --none unassigns)
    Assign(super::assign::AssignArgs),
    /// Set fields by path: plan.start=2026-12-01 amounts.funds_received=800万
    Set {
        id: String,
        #[arg(value_name = "PATH=VALUE", required = true)]
        assignments: Vec<String>,
        #[arg(long, value_name = "REV")]
        rev: Option<u64>,
    },
    /// Record a subsidy tranche (checked against the caps of 第十一条/第十二条)
    Tranche {
        id: String,
        /// Amount in 万元 (up to 4 decimals)
        #[arg(long)]
        amount: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// 一事一议: allow exceeding the caps, with --reason
        #[arg(long)]
        special: bool,
        /// The taker this tranche pays (赛马制: several takers implement in parallel)
        #[arg(long, value_name = "NAME", default_value = "")]
        taker: String,
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Record an approved extension (第十五条)
    Extend {
        id: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        new_end: String,
        #[arg(long)]
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
        id: String,
        #[arg(long)]
        reason: String,
        #[arg(long, value_name = "WAN")]
        recovered: String,
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
        file: PathBuf,
        /// Default: from the file's extension
        #[arg(long, value_name = "json|csv|xlsx|docx")]
        format: Option<String>,
        #[arg(long)]
        dry_run: bool,
    },
    /// Export cases (json round-trips through import; xlsx needs -o or a pipe)
    Export {
        #[arg(long, value_name = "json|csv|xlsx", default_value = "json")]
        format: String,
        #[arg(long, short, value_name = "QUERY", default_value = "")]
        filter: String,
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
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
    Backup { file: PathBuf },
    /// Replace the store from a backup (asks unless --yes)
    Restore {
        file: PathBuf,
        #[arg(long)]
        yes: bool,
    },
    /// Measure the figures of CONTRACT.md on N generated cases
    Bench {
        #[arg(long, default_value_t = 100_000)]
        cases: usize,
        #[arg(long, value_name = "text|json", default_value = "text")]
        format: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain of the whole history
    Verify,
    /// Print the events (of one case, or all)
    Log {
        id: Option<String>,
        #[arg(long, value_name = "text|json", default_value = "text")]
        format: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum BlacklistCommand {
    /// Replace the list from a TOML file of [[entry]] tables
    Import { file: PathBuf },
    /// Print the list
    List,
}
