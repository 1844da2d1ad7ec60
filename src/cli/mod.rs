//! The non-interactive face: arguments → session operations → printed result and the
//! exit codes of CONTRACT.md (0 ok, 1 unexpected, 2 bad input, 3 refused by a rule,
//! 4 not found, 5 integrity failure, 6 busy or changed by someone else).

/// Prints to stdout; a closed pipe (`jiebang list | head`) ends the output quietly instead
/// of failing, like other Unix tools.
macro_rules! out {
    ($($t:tt)*) => { $crate::cli::emit(&format!($($t)*), false) };
}
macro_rules! outln {
    ($($t:tt)*) => { $crate::cli::emit(&format!($($t)*), true) };
}

mod args;
mod assign;
mod audit;
mod backup;
mod bench;
mod bench_notes;
mod breaches;
mod commands;
mod csv_out;
mod digest;
mod find;
mod formats;
mod moves;
mod publish;
mod records;
mod render;
mod render_records;
mod render_rules;
mod report;
mod restore;
mod rules;
mod setup;
mod shared;
mod store_place;
mod table;
mod terminate;
mod transfer;
mod view;

use crate::i18n::msg;
use clap::Parser;

use crate::app::{Config, OpError, Session, SessionOptions};
use crate::i18n::{Lang, tr};
use crate::store::StoreError;

pub use args::{Cli, Command};

/// Runs the program and returns the process exit code. Never panics in front of a user:
/// a panic is caught, reported in one line, and turned into exit 1.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let lang = pick_lang(&cli);
    std::panic::set_hook(Box::new(|info| {
        if crate::store::panic_is_guarded() {
            return; // a damaged store: reported as such by the store, not a crash
        }
        crate::tui::restore_terminal();
        eprintln!("jiebang: internal error: {info}");
    }));
    match std::panic::catch_unwind(|| run(cli, lang)) {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => report(&e, lang),
        Err(_) => 1,
    }
}

fn pick_lang(cli: &Cli) -> Lang {
    let from_flag = cli.global.lang.map(Lang::from);
    let from_cfg = Config::load()
        .ok()
        .and_then(|c| c.lang)
        .as_deref()
        .and_then(Lang::parse);
    from_flag.or(from_cfg).unwrap_or_default()
}

/// An error on its way out: prints it on stderr and picks the exit code.
fn report(e: &anyhow::Error, lang: Lang) -> i32 {
    let (code, lines) = if let Some(op) = e.downcast_ref::<OpError>() {
        let code = match op {
            OpError::Store(st) => store_exit_code(st),
            op => op.exit_code(),
        };
        (code, op.lines(lang))
    } else if let Some(st) = e.downcast_ref::<StoreError>() {
        (
            store_exit_code(st),
            st.message(lang).lines().map(str::to_string).collect(),
        )
    } else if let Some(c) = e.downcast_ref::<CliError>() {
        (c.code, c.msg.lines().map(str::to_string).collect())
    } else {
        (1, format!("{e:#}").lines().map(str::to_string).collect())
    };
    let mut lines = lines.into_iter();
    if let Some(first) = lines.next() {
        eprintln!("jiebang: {}", crate::io::inert::inert_line(&first));
    }
    for l in lines {
        eprintln!("{}", crate::io::inert::inert_line(&l));
    }
    code
}

/// The exit code a script sees for a store error. A store that does not exist is "not
/// found" (4), like a case that does not exist: `jiebang list` or `jiebang show ID` on a
/// missing file says so on stderr, creates nothing, and a cron job can tell "no store
/// yet" apart from a bad command line (2).
fn store_exit_code(e: &StoreError) -> i32 {
    match e {
        StoreError::Missing { .. } => 4,
        e => e.exit_code(),
    }
}

/// A failure found by the CLI itself, with its exit code (a usage problem after clap, such
/// as an unknown stage, is 2; a broken audit chain is 5).
#[derive(Debug)]
pub struct CliError {
    pub code: i32,
    pub msg: String,
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for CliError {}

pub(crate) fn usage(msg: String) -> anyhow::Error {
    anyhow::Error::new(CliError { code: 2, msg })
}

fn run(cli: Cli, lang: Lang) -> anyhow::Result<()> {
    let cfg =
        Config::load().map_err(|e| usage(format!("{}: {e:#}", tr(lang, msg::cli::BAD_CONFIG))))?;
    let opts = SessionOptions {
        db: cli.global.db.clone(),
        lang,
        read_only: cli.global.read_only,
        group_shared: cli.global.group_shared,
        create: false,
    };
    match cli.command {
        None => commands::tui(&cli.global, opts, &cfg),
        Some(cmd) => commands::dispatch(cmd, opts, &cfg),
    }
}

/// Opens a session for a command; `create` for commands that may start a new store.
pub(crate) fn open(opts: &SessionOptions, cfg: &Config, create: bool) -> anyhow::Result<Session> {
    let mut o = opts.clone();
    o.create = create;
    let path = crate::app::config::store_path(o.db.as_deref());
    store_place::check(o.lang, &path)?;
    if !o.read_only && !cfg.read_only {
        // Before redb's bare "Permission denied": a viewer learns why and what to ask for.
        if let Some(why) = shared::read_only_reason(o.lang, &path, msg::app::SHARED_WRITE_DENIED) {
            return Err(usage(why));
        }
    }
    let s = Session::open(&o, cfg)?;
    if !s.read_only {
        for w in shared::lockout_warnings(o.lang, &path, o.group_shared) {
            eprintln!("jiebang: {w}");
        }
    }
    Ok(s)
}

/// Writes `text` to stdout; a broken pipe is not an error (the reader has seen enough).
pub(crate) fn emit(text: &str, newline: bool) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let r = out.write_all(text.as_bytes()).and_then(|_| {
        if newline {
            out.write_all(b"\n")
        } else {
            Ok(())
        }
    });
    if let Err(e) = r
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("jiebang: {e}");
    }
}

/// Opens a session for a command that only reads. It opens the file read-only, so a read
/// never writes to it (redb persists its state whenever a read-write handle closes, which
/// would change a damaged file the command then refuses). A store left unclean by a
/// killed writer can only be recovered read-write: then, unless the officer asked for
/// read-only, it is opened read-write once.
pub(crate) fn open_read(opts: &SessionOptions, cfg: &Config) -> anyhow::Result<Session> {
    let mut o = opts.clone();
    o.read_only = true;
    store_place::check(o.lang, &crate::app::config::store_path(o.db.as_deref()))?;
    match Session::open(&o, cfg) {
        Err(e)
            if !opts.read_only
                && !cfg.read_only
                && matches!(
                    e.downcast_ref::<StoreError>(),
                    Some(StoreError::Unclean { .. })
                ) =>
        {
            open(opts, cfg, false)
        }
        r => r,
    }
}
