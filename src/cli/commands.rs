//! One function per command: parse what clap left as text, call the session, print.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::args::{AuditCommand, BlacklistCommand, Command, Global};
use super::store_place::with_new_store;
use super::{open, open_read, render, usage};
use crate::app::{Config, Format, OpError, SessionOptions};
use crate::domain::validate;
use crate::domain::vocab::Stage;
use crate::domain::{Extension, Tranche, Yuan};
use crate::i18n::{Lang, tr, trf};
use crate::io::json::inert_json;
use crate::io::outfile::{self, OutOptions};

pub fn dispatch(cmd: Command, opts: SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    match cmd {
        Command::Init { group } => {
            let mut o = opts.clone();
            if let Some(g) = &group {
                let path = crate::app::config::store_path(o.db.as_deref());
                super::shared::prepare_group_dir(lang, &path, g)?;
                o.group_shared = true;
            }
            let path = with_new_store(&o, cfg, |s| Ok(s.path().to_path_buf()))?;
            outln!(
                "{}",
                trf(lang, "cli.init_done", &[("path", &path.display())])
            );
        }
        Command::Demo { count, seed } => {
            let (n, path) = with_new_store(&opts, cfg, |s| {
                let n = match count {
                    Some(n) => s.load_generated(n, seed)?,
                    None => s.load_demo()?,
                };
                Ok((n, s.path().to_path_buf()))
            })?;
            outln!(
                "{}",
                trf(
                    lang,
                    "cli.demo_done",
                    &[("n", &n), ("path", &path.display())]
                )
            );
        }
        Command::List { filter, format } => {
            check_format(lang, &format, &["table", "json", "csv"])?;
            let s = open_read(&opts, cfg)?;
            let rows = s.rows()?;
            let picked = rows
                .filter(&filter, s.me())
                .map_err(|e| usage(e.message(lang)))?;
            match format.as_str() {
                "table" => out!("{}", render::list_table(&rows, &picked, lang)),
                "json" => {
                    let ids: Vec<String> =
                        picked.iter().map(|&i| rows.rows[i].id.clone()).collect();
                    out!("{}", text(s.export(Some(&ids), Format::Json)?));
                }
                "csv" => {
                    let ids: Vec<String> =
                        picked.iter().map(|&i| rows.rows[i].id.clone()).collect();
                    out!("{}", text(s.export(Some(&ids), Format::Csv)?));
                }
                other => return Err(bad_format(lang, other, "table|json|csv")),
            }
        }
        Command::Show {
            id,
            format,
            all_notes,
        } => {
            check_format(lang, &format, &["text", "json"])?;
            let s = open_read(&opts, cfg)?;
            let case = match all_notes {
                true => s.case_full(&id)?,
                false => s.case(&id)?,
            };
            match format.as_str() {
                "text" => out!("{}", render::show_text(&s, &case)?),
                "json" => outln!("{}", inert_json(serde_json::to_string_pretty(&case)?)),
                other => return Err(bad_format(lang, other, "text|json")),
            }
        }
        Command::Find {
            text,
            limit,
            format,
        } => {
            check_format(lang, &format, &["table", "json"])?;
            super::find::run(&opts, cfg, &text, limit, &format)?;
        }
        Command::Advance { id, to, note, rev } => {
            let s = open(&opts, cfg, false)?;
            let target = match to {
                Some(t) => parse_stage(lang, &t)?,
                None => {
                    let case = s.case(&id)?;
                    case.stage.next().ok_or(OpError::Refused(
                        crate::domain::workflow::Refusal::Invalid(
                            crate::domain::workflow::MoveError::Closed { from: case.stage },
                        ),
                    ))?
                }
            };
            let case = s.move_case(&id, target, rev, &note)?;
            outln!("{}", moved_line(lang, &case));
        }
        Command::Back { id, reason, rev } => {
            let s = open(&opts, cfg, false)?;
            let case = s.move_back(&id, rev, &reason)?;
            outln!("{}", moved_line(lang, &case));
        }
        Command::Note { id, text } => {
            let s = open(&opts, cfg, false)?;
            let case = s.add_note(&id, &text)?;
            outln!(
                "{}",
                trf(
                    lang,
                    "cli.note_done",
                    &[("id", &case.id), ("rev", &case.rev)]
                )
            );
        }
        Command::Set {
            id,
            assignments,
            rev,
        } => {
            let s = open(&opts, cfg, false)?;
            let pairs = assignments
                .iter()
                .map(|a| {
                    a.split_once('=')
                        .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                        .ok_or_else(|| usage(trf(lang, "cli.set_syntax", &[("arg", a)])))
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            let case = s.set_fields(&id, &pairs, rev)?;
            outln!(
                "{}",
                trf(lang, "cli.saved", &[("id", &case.id), ("rev", &case.rev)])
            );
        }
        Command::Tranche {
            id,
            amount,
            date,
            special,
            taker,
            reason,
        } => {
            let s = open(&opts, cfg, false)?;
            let case = s.case(&id)?;
            let tranche = Tranche {
                amount: parse_wan(lang, &amount)?,
                date: parse_date_or_today(lang, date.as_deref(), s.today())?,
                kind: case.kind.tranche_kind(),
                special,
                special_reason: reason.clone(),
                note: reason,
                taker,
            };
            let case = s.add_tranche(&id, tranche)?;
            outln!(
                "{}",
                trf(
                    lang,
                    "cli.tranche_done",
                    &[
                        ("id", &case.id),
                        ("paid", &case.subsidy_paid().wan_string())
                    ]
                )
            );
        }
        Command::Extend {
            id,
            new_end,
            reason,
            agreed,
            approved,
        } => {
            let s = open(&opts, cfg, false)?;
            let ext = Extension {
                requested_on: s.today(),
                new_end: parse_date(lang, &new_end)?,
                reason,
                both_agreed: agreed,
                approved,
            };
            let case = s.add_extension(&id, ext)?;
            outln!(
                "{}",
                trf(lang, "cli.saved", &[("id", &case.id), ("rev", &case.rev)])
            );
        }
        Command::Terminate(a) => super::terminate::run(a, &opts, cfg)?,
        Command::Rules(a) => super::rules::run(a, &opts, cfg)?,
        Command::Record { what } => super::records::run(what, &opts, cfg)?,
        Command::Assign(a) => super::assign::run(a, &opts, cfg)?,
        Command::Import {
            file,
            format,
            dry_run,
            allow_breaches,
        } => import(
            &opts,
            cfg,
            &file,
            format.as_deref(),
            (dry_run, allow_breaches),
        )?,
        Command::Export {
            format,
            filter,
            output,
            force,
            csv,
        } => {
            let fmt = Format::parse(&format)
                .filter(|f| *f != Format::Docx)
                .ok_or_else(|| bad_format(lang, &format, EXPORT_FORMATS))?;
            let enc = csv.pick(fmt, output.is_some(), lang)?;
            // Refused before any work: binary on a terminal is noise and can upset it.
            if fmt.is_binary() && output.is_none() && std::io::stdout().is_terminal() {
                return Err(usage(tr(lang, "xlsx.tty").to_string()));
            }
            let s = open_read(&opts, cfg)?;
            let ids = if filter.trim().is_empty() {
                None
            } else {
                let rows = s.rows()?;
                let picked = rows
                    .filter(&filter, s.me())
                    .map_err(|e| usage(e.message(lang)))?;
                Some(
                    picked
                        .iter()
                        .map(|&i| rows.rows[i].id.clone())
                        .collect::<Vec<_>>(),
                )
            };
            let bytes = super::csv_out::apply(s.export(ids.as_deref(), fmt)?, fmt, enc);
            match output {
                Some(path) => write_file(lang, &path, &bytes, force)?,
                None if fmt.is_binary() => emit_bytes(&bytes),
                None => out!("{}", text(bytes)),
            }
        }
        Command::Audit {
            what: AuditCommand::Verify { repair: true },
        } => super::restore::repair(&opts, cfg)?,
        Command::Audit {
            what: AuditCommand::Verify { repair: false },
        } => {
            let s = open_read(&opts, cfg)?;
            let report = s.verify_audit()?;
            if let Some((seq, reason)) = report.first_bad {
                let msg = trf(
                    lang,
                    "cli.audit_broken",
                    &[("seq", &seq), ("reason", &reason)],
                );
                return Err(anyhow::Error::new(super::CliError { code: 5, msg }));
            }
            outln!("{}", trf(lang, "cli.audit_ok", &[("n", &report.events)]));
        }
        Command::Audit {
            what: AuditCommand::Log { id, format },
        } => {
            check_format(lang, &format, &["text", "json"])?;
            let s = open_read(&opts, cfg)?;
            let events = s.store().events(id.as_deref())?;
            match format.as_str() {
                "json" => outln!("{}", inert_json(serde_json::to_string_pretty(&events)?)),
                "text" => out!("{}", render::history(&events, lang)),
                other => return Err(bad_format(lang, other, "text|json")),
            }
        }
        Command::Blacklist {
            what: BlacklistCommand::Import { file },
        } => {
            let text = read_text(lang, &file)?;
            let n = with_new_store(&opts, cfg, |s| Ok(s.import_blacklist(&text)?))?;
            outln!("{}", trf(lang, "cli.blacklist_done", &[("n", &n)]));
        }
        Command::Blacklist {
            what: BlacklistCommand::List,
        } => {
            let s = open_read(&opts, cfg)?;
            out!("{}", render::blacklist(&s, lang));
        }
        Command::Backup { file, force } => {
            let s = open_read(&opts, cfg)?;
            let file = backup_target(lang, &file, force)?;
            s.backup(&file)?;
            outln!(
                "{}",
                trf(lang, "cli.backup_done", &[("path", &file.display())])
            );
        }
        Command::Restore { file, yes } => {
            if opts.read_only || cfg.read_only {
                return Err(OpError::ReadOnly.into());
            }
            let dest = crate::app::config::store_path(opts.db.as_deref());
            if !yes
                && !confirm(&trf(
                    lang,
                    "cli.restore_confirm",
                    &[("path", &dest.display())],
                ))?
            {
                return Err(usage(tr(lang, "cli.restore_cancelled").to_string()));
            }
            super::restore::run(&file, &dest, &opts, cfg)?;
            outln!(
                "{}",
                trf(lang, "cli.restore_done", &[("path", &dest.display())])
            );
            super::breaches::flag_after_restore(&opts, cfg)?;
        }
        Command::Publish { what } => super::publish::run(what, &opts, cfg)?,
        Command::Report(a) => super::report::run(a, &opts, cfg)?,
        Command::Digest(a) => super::digest::run(a, &opts, cfg)?,
        Command::Bench { cases, format, pty } => super::bench::run(cases, &format, pty, lang)?,
    }
    Ok(())
}

pub fn tui(global: &Global, opts: SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let columns = crate::app::ui::columns::parse(cfg.columns.as_deref().unwrap_or_default())
        .map_err(|name| {
            OpError::BadInput(vec![trf(
                opts.lang,
                "dayc.columns.bad_config",
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

fn import(
    opts: &SessionOptions,
    cfg: &Config,
    file: &Path,
    format: Option<&str>,
    (dry_run, allow_breaches): (bool, bool),
) -> anyhow::Result<()> {
    let lang = opts.lang;
    let fmt = match format {
        Some(f) => Format::parse(f).ok_or_else(|| bad_format(lang, f, IMPORT_FORMATS))?,
        None => Format::from_path(file),
    };
    let meta = std::fs::metadata(file).map_err(|e| {
        usage(trf(
            lang,
            "cli.cannot_read",
            &[("path", &file.display()), ("detail", &e)],
        ))
    })?;
    if !meta.is_file() {
        return Err(usage(trf(
            lang,
            "cli.not_a_file",
            &[("path", &file.display())],
        )));
    }
    if meta.len() > crate::app::data_ops::IMPORT_LIMIT {
        return Err(usage(trf(
            lang,
            "cli.file_too_large",
            &[
                ("path", &file.display()),
                ("max", &crate::io::encoding::MAX_IMPORT_LABEL),
            ],
        )));
    }
    let bytes = std::fs::read(file).map_err(|e| {
        usage(trf(
            lang,
            "cli.cannot_read",
            &[("path", &file.display()), ("detail", &e)],
        ))
    })?;
    let store_exists = crate::app::config::store_path(opts.db.as_deref()).exists();
    let n = if dry_run {
        let cases = crate::app::data_ops::check_import(&bytes, fmt, lang)?;
        if fmt == Format::Docx {
            show_new_cases(&cases, lang);
        }
        if store_exists {
            // Read-only: a read-write handle rewrites the file's header when it closes,
            // and a dry run promises the store's bytes stay as they were.
            open_read(opts, cfg)?.import(&bytes, fmt, true, allow_breaches)?
        } else {
            cases.len()
        }
    } else {
        with_new_store(opts, cfg, |s| {
            Ok(s.import(&bytes, fmt, false, allow_breaches)?)
        })?
    };
    if matches!(fmt, Format::Csv | Format::Json)
        && let Some(enc) = crate::io::encoding::sniff(&bytes)
    {
        let label = enc.label(lang);
        outln!(
            "{}",
            trf(lang, "office.import_encoding", &[("encoding", &label)])
        );
    }
    let key = if dry_run {
        "cli.import_dry"
    } else {
        "cli.import_done"
    };
    outln!("{}", trf(lang, key, &[("n", &n)]));
    Ok(())
}

/// What a dry run of a Word form would create, field by field.
fn show_new_cases(cases: &[crate::domain::Case], lang: Lang) {
    for case in cases {
        let name = crate::io::inert_line(&case.achievement.name);
        let issuer = crate::io::inert_line(&case.issuer.name);
        outln!(
            "{}",
            trf(
                lang,
                "xlsx.dry_case",
                &[("name", &name), ("issuer", &issuer)]
            )
        );
        for (label, value) in crate::io::docx::intake_summary(case, lang) {
            outln!(
                "{}",
                trf(
                    lang,
                    "xlsx.dry_field",
                    &[("label", &label), ("value", &value)]
                )
            );
        }
    }
}

const IMPORT_FORMATS: &str = "json|csv|xlsx|docx";
const EXPORT_FORMATS: &str = "json|csv|xlsx";

/// Export text is UTF-8 by construction; a lossy decode cannot lose anything.
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes a binary export to stdout (a pipe or file); a closed pipe is not an error.
fn emit_bytes(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|_| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("jiebang: {e}");
    }
}

fn moved_line(lang: Lang, case: &crate::domain::Case) -> String {
    trf(
        lang,
        "cli.moved",
        &[
            ("id", &case.id),
            ("stage", &case.stage.label(lang)),
            ("rev", &case.rev),
        ],
    )
}

fn parse_stage(lang: Lang, s: &str) -> anyhow::Result<Stage> {
    Stage::parse(s).ok_or_else(|| {
        usage(trf(
            lang,
            "cli.unknown_stage",
            &[("value", &s), ("ids", &Stage::ids().join(" "))],
        ))
    })
}

fn parse_wan(lang: Lang, s: &str) -> anyhow::Result<Yuan> {
    Yuan::parse_wan(s).map_err(|_| usage(trf(lang, "cli.bad_amount", &[("value", &s)])))
}

fn parse_date(lang: Lang, s: &str) -> anyhow::Result<NaiveDate> {
    validate::parse_date(s).map_err(|_| usage(trf(lang, "cli.bad_date", &[("value", &s)])))
}

fn parse_date_or_today(lang: Lang, s: Option<&str>, today: NaiveDate) -> anyhow::Result<NaiveDate> {
    s.map(|d| parse_date(lang, d)).unwrap_or(Ok(today))
}

/// A bad --format is a usage error whatever the store's state, so it is checked first.
fn check_format(lang: Lang, value: &str, allowed: &[&str]) -> anyhow::Result<()> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(bad_format(lang, value, &allowed.join("|")))
    }
}

fn bad_format(lang: Lang, value: &str, allowed: &str) -> anyhow::Error {
    usage(trf(
        lang,
        "cli.bad_format",
        &[("value", &value), ("allowed", &allowed)],
    ))
}

fn read_text(lang: Lang, path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| {
        usage(trf(
            lang,
            "cli.cannot_read",
            &[("path", &path.display()), ("detail", &e)],
        ))
    })
}

/// Every file an officer asks for goes through `outfile`: never onto a device, FIFO or
/// folder, an existing file only with `--force`, through a temporary file and a rename.
fn write_file(lang: Lang, path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    let opts = OutOptions {
        force,
        ..Default::default()
    };
    outfile::write(path, bytes, &opts).map_err(|e| out_error(lang, &e))?;
    Ok(())
}

/// The checks of `write_file` for a backup's target, before the copy starts (the store
/// writes the copy itself); a backup may replace an older backup, which is a store.
fn backup_target(lang: Lang, path: &Path, force: bool) -> anyhow::Result<PathBuf> {
    let opts = OutOptions {
        force,
        may_replace_store: true,
        ..Default::default()
    };
    let target = outfile::check(path, &opts).map_err(|e| out_error(lang, &e))?;
    Ok(target.path)
}

pub(crate) fn out_error(lang: Lang, e: &outfile::OutError) -> anyhow::Error {
    anyhow::Error::new(super::CliError {
        code: e.exit_code(),
        msg: e.message(lang),
    })
}

fn confirm(question: &str) -> anyhow::Result<bool> {
    eprint!("{question} [y/N] ");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes" | "是"))
}
