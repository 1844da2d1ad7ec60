//! The one place a parsed command meets the function that runs it (one file per command
//! or group under `src/cli/`), and the TUI's start.

use super::args::{BenchArgs, Command, Global};
use super::{audit, backup, moves, open, setup, transfer, view};
use crate::app::{Config, OpError, SessionOptions};
use crate::i18n::msg;
use crate::i18n::{Lang, trf};
use crate::io::outfile;

pub fn dispatch(cmd: Command, opts: SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let o = &opts;
    match cmd {
        Command::Init(a) => setup::init(a, o, cfg),
        Command::Demo(a) => setup::demo(a, o, cfg),
        Command::List(a) => view::list(a, o, cfg),
        Command::Show(a) => view::show(a, o, cfg),
        Command::Find(a) => super::find::run(o, cfg, &a.text, a.limit, a.format),
        Command::Advance(a) => moves::advance(a, o, cfg),
        Command::Back(a) => moves::back(a, o, cfg),
        Command::Note(a) => moves::note(a, o, cfg),
        Command::Set(a) => moves::set(a, o, cfg),
        Command::Tranche(a) => moves::tranche(a, o, cfg),
        Command::Extend(a) => moves::extend(a, o, cfg),
        Command::Terminate(a) => super::terminate::run(a, o, cfg),
        Command::Rules(a) => super::rules::run(a, o, cfg),
        Command::Record { what } => super::records::run(what, o, cfg),
        Command::Assign(a) => super::assign::run(a, o, cfg),
        Command::Import(a) => transfer::import(a, o, cfg),
        Command::Export(a) => transfer::export(a, o, cfg),
        Command::Audit { what } => audit::audit(what, o, cfg),
        Command::Blacklist { what } => audit::blacklist(what, o, cfg),
        Command::Backup(a) => backup::backup(a, o, cfg),
        Command::Restore(a) => backup::restore(a, o, cfg),
        Command::Publish { what } => super::publish::run(what, o, cfg),
        Command::Report(a) => super::report::run(a, o, cfg),
        Command::Digest(a) => super::digest::run(a, o, cfg),
        Command::Bench(a) => bench(a, o.lang),
    }
}

fn bench(a: BenchArgs, lang: Lang) -> anyhow::Result<()> {
    super::bench::run(a.cases, a.format.as_str(), a.pty, lang)
}

pub fn tui(global: &Global, opts: SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let columns = crate::app::ui::columns::parse(cfg.columns.as_deref().unwrap_or_default())
        .map_err(|name| {
            OpError::BadInput(vec![trf(
                opts.lang,
                msg::dayc::COLUMNS_BAD_CONFIG,
                &[("name", &name)],
            )])
        })?;
    // `--demo` works on a fresh temporary store, removed when the TUI closes.
    let demo_dir = if global.demo {
        Some(tempfile::tempdir()?)
    } else {
        None
    };
    let mut notice_for_tui = None;
    let session = match &demo_dir {
        Some(dir) => {
            let o = SessionOptions {
                db: Some(dir.path().join("demo.redb")),
                read_only: false,
                ..opts.clone()
            };
            let mut s = open(&o, cfg, true)?;
            s.load_demo()?;
            s.read_only = opts.read_only || cfg.read_only;
            s
        }
        None => match super::store_place::tui_session(&opts, cfg, global.ascii || cfg.ascii)? {
            Some((s, notice)) => {
                notice_for_tui = notice;
                s
            }
            None => return Ok(()),
        },
    };
    let keymap = global
        .keymap
        .clone()
        .or_else(|| cfg.keymap.clone())
        .unwrap_or_else(|| "default".to_string());
    let tui_opts = crate::tui::TuiOptions {
        lang: opts.lang,
        keymap,
        ascii: global.ascii || cfg.ascii,
        read_only: session.read_only,
        store_path: session.path().display().to_string(),
        user: session.actor().label(),
        notice: notice_for_tui,
        digest_on_start: cfg.digest_on_start.unwrap_or(true),
        mouse: cfg.mouse.unwrap_or(true),
        columns,
        ..crate::tui::TuiOptions::default()
    };
    let result = crate::tui::run(Box::new(session), tui_opts);
    drop(demo_dir);
    result
}

pub(crate) fn out_error(lang: Lang, e: &outfile::OutError) -> anyhow::Error {
    anyhow::Error::new(super::CliError {
        code: e.exit_code(),
        msg: e.message(lang),
    })
}
