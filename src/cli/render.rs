//! Text output of `list`, `show`, `find`, `audit log` and `blacklist list`. Every piece of
//! stored text passes through `inert` before it is printed.

use crate::i18n::msg;
use std::fmt::Write;

use crate::app::{Rows, Session};
use crate::domain::rules::Unmet;
use crate::domain::workflow;
use crate::domain::{Case, Org};
use crate::i18n::{Lang, tr, trf};
use crate::io::inert::{inert, inert_line};
use crate::store::AuditEvent;

use super::table::Table;

pub fn list_table(rows: &Rows, picked: &[usize], lang: Lang) -> String {
    let mut t = Table::new(&[
        tr(lang, msg::columns::ID),
        tr(lang, msg::columns::NAME),
        tr(lang, msg::columns::FIELD),
        tr(lang, msg::columns::KIND),
        tr(lang, msg::columns::STAGE),
        tr(lang, msg::columns::ISSUER),
        tr(lang, msg::columns::TAKER),
        tr(lang, msg::columns::DUE),
        tr(lang, msg::columns::AMOUNT),
    ])
    .align_right(8);
    for &i in picked {
        let s = &rows.rows[i];
        // `!` marks an overdue case, as the TUI's list does: the same fact.
        let f = &rows.facts[i];
        let late = if f.is_overdue() { "!" } else { "" };
        let due = f
            .due
            .map(|d| format!("{late}{} {}", d.date.format("%Y-%m-%d"), d.kind.label(lang)))
            .unwrap_or_else(|| "-".into());
        t.row(vec![
            super::breaches::marked_id(s, lang),
            s.name.clone(),
            s.field.map(|f| f.label(lang)).unwrap_or("-").to_string(),
            s.kind.label(lang).to_string(),
            s.stage.label(lang).to_string(),
            s.issuer.clone(),
            s.taker.clone().unwrap_or_else(|| "-".into()),
            due,
            s.amount
                .map(|a| a.wan_string())
                .unwrap_or_else(|| "-".into()),
        ]);
    }
    let mut out = t.render();
    let _ = writeln!(
        out,
        "{}",
        trf(
            lang,
            msg::cli::LIST_COUNT,
            &[("n", &picked.len()), ("total", &rows.rows.len())]
        )
    );
    out
}

pub fn show_text(s: &Session, case: &Case) -> anyhow::Result<String> {
    let lang = s.lang;
    let mut o = String::new();
    header_lines(&mut o, s, case);
    section(&mut o, tr(lang, msg::app::GROUP_ISSUER));
    org_lines(&mut o, &case.issuer, lang);
    section(&mut o, tr(lang, msg::app::GROUP_NEED));
    need_lines(&mut o, case, lang);
    section(&mut o, tr(lang, msg::app::GROUP_TAKERS));
    taker_lines(&mut o, case, lang);
    section(&mut o, tr(lang, msg::app::GROUP_MONEY));
    money_lines(&mut o, s, case);
    publicity_lines(&mut o, s, case);
    super::render_records::records_text(&mut o, s, case);
    super::render_rules::termination_text(&mut o, case, lang);
    super::render_rules::warnings_text(&mut o, case, lang);
    section(&mut o, tr(lang, msg::app::GROUP_NEXT));
    next_lines(&mut o, s, case);
    note_lines(&mut o, s, case)?;
    section(&mut o, tr(lang, msg::app::GROUP_HISTORY));
    let (events, total) = s.store().events_tail(&case.id, HISTORY_WINDOW)?;
    window_line(&mut o, lang, events.len(), total, "audit log");
    o.push_str(&history(&events, lang));
    Ok(o)
}

fn header_lines(o: &mut String, s: &Session, case: &Case) {
    let lang = s.lang;
    let field = case.field.map(|f| f.label(lang)).unwrap_or("-");
    let _ = writeln!(
        o,
        "{}  {}\n{} | {} | {} (rev {})",
        case.id,
        inert_line(&case.achievement.name),
        case.kind.label(lang),
        field,
        case.stage.label(lang),
        case.rev
    );
    let officer = if case.officer.is_empty() {
        tr(lang, msg::app::ASSIGN_SHOW_UNASSIGNED)
    } else {
        case.officer.as_str()
    };
    kv(o, tr(lang, msg::app::ASSIGN_F_OFFICER), officer);
    o.push_str(&super::breaches::section(s, case, lang));
    facts_lines(o, s, case);
}

fn need_lines(o: &mut String, case: &Case, lang: Lang) {
    let a = &case.achievement;
    kv(
        o,
        tr(lang, msg::fields::ACHIEVEMENT_TYPE),
        a.achievement_type.map(|t| t.label(lang)).unwrap_or("-"),
    );
    let ip = match a.owns_ip {
        Some(true) => tr(lang, msg::words::YES),
        Some(false) => tr(lang, msg::words::NO),
        None => "-",
    };
    kv(o, tr(lang, msg::fields::OWNS_IP), ip);
    let ips: Vec<&str> = a.ip_types.iter().map(|t| t.label(lang)).collect();
    kv(o, tr(lang, msg::fields::IP_TYPES), &ips.join(", "));
    kv(
        o,
        tr(lang, msg::fields::SUGGESTED_PERIOD),
        &a.suggested_period,
    );
    kv(
        o,
        tr(lang, msg::fields::ESTIMATED_INVESTMENT),
        &wan(a.estimated_investment, lang),
    );
    let _ = writeln!(
        o,
        "  {} ({}/3000)",
        tr(lang, msg::fields::DESCRIPTION),
        a.description.chars().count()
    );
    indent(o, &a.description);
    let _ = writeln!(
        o,
        "  {} ({}/1000)",
        tr(lang, msg::fields::TEAM),
        a.team.chars().count()
    );
    indent(o, &a.team);
}

fn taker_lines(o: &mut String, case: &Case, lang: Lang) {
    if case.takers.is_empty() {
        let _ = writeln!(o, "  -");
    }
    for t in &case.takers {
        let _ = writeln!(
            o,
            "  [{}] {}",
            t.status.label(lang),
            inert_line(&t.org.name)
        );
        for m in &t.consortium {
            let _ = writeln!(o, "      + {}", inert_line(&m.name));
        }
    }
}

fn money_lines(o: &mut String, s: &Session, case: &Case) {
    let lang = s.lang;
    let p = &case.plan;
    kv(
        o,
        tr(lang, msg::fields::AGREEMENT_SIGNED),
        &date(p.agreement_signed),
    );
    kv(
        o,
        tr(lang, msg::fields::TASK_BOOK_SIGNED),
        &date(p.task_book_signed),
    );
    super::render_rules::agreement_lines(o, case, lang);
    kv(
        o,
        tr(lang, msg::fields::PERIOD),
        &format!("{} - {}", date(p.start), date(case.effective_end())),
    );
    kv(
        o,
        tr(lang, msg::fields::RD_INVESTMENT),
        &wan(case.amounts.rd_investment, lang),
    );
    kv(
        o,
        tr(lang, msg::fields::FUNDS_RECEIVED),
        &wan(case.amounts.funds_received, lang),
    );
    for t in &case.tranches {
        let special = if t.special {
            format!(" ({})", tr(lang, msg::fields::SPECIAL))
        } else {
            String::new()
        };
        let _ = writeln!(
            o,
            "  {} {} {} {}{}",
            t.date,
            t.kind.label(lang),
            t.amount.wan_string(),
            tr(lang, msg::words::WAN),
            special
        );
    }
    for line in workflow::subsidy_calc(case, &s.settings).explain(lang) {
        let _ = writeln!(o, "  {line}");
    }
}

fn publicity_lines(o: &mut String, s: &Session, case: &Case) {
    let lang = s.lang;
    if case.publicity.start.is_some() || !case.publicity.objections.is_empty() {
        section(o, tr(lang, msg::app::GROUP_PUBLICITY));
        if let Some(start) = case.publicity.start {
            let end = workflow::publicity_end(start, &s.calendar, &s.settings);
            let est = if end.estimated {
                tr(lang, msg::words::WEEKENDS_ONLY)
            } else {
                ""
            };
            let _ = writeln!(o, "  {} - {}{}", start, end.date, est);
        }
    }
}

fn next_lines(o: &mut String, s: &Session, case: &Case) {
    let lang = s.lang;
    match case.stage.next() {
        Some(next) => match workflow::check_move(case, next, &s.rule_ctx()) {
            Ok(_) => {
                let _ = writeln!(
                    o,
                    "  {}",
                    trf(
                        lang,
                        msg::words::CAN_ADVANCE,
                        &[("stage", &next.label(lang))]
                    )
                );
            }
            Err(workflow::Refusal::Unmet(unmet)) => {
                let _ = writeln!(
                    o,
                    "  {}",
                    trf(
                        lang,
                        msg::words::CANNOT_ADVANCE,
                        &[("stage", &next.label(lang))]
                    )
                );
                unmet_lines(o, &unmet, lang);
            }
            Err(workflow::Refusal::Invalid(m)) => {
                let _ = writeln!(o, "  {}", m.message(lang));
            }
        },
        None => {
            let _ = writeln!(o, "  -");
        }
    }
}

fn note_lines(o: &mut String, s: &Session, case: &Case) -> anyhow::Result<()> {
    let lang = s.lang;
    if !case.notes.is_empty() {
        section(o, tr(lang, msg::app::GROUP_NOTES));
        let total = s.store().note_count(&case.id)?;
        window_line(o, lang, case.notes.len(), total, "show");
        for n in &case.notes {
            let at = n.at.with_timezone(&crate::app::session::shanghai());
            let _ = writeln!(
                o,
                "  {} {}: {}",
                at.format("%Y-%m-%d %H:%M"),
                inert_line(&n.author),
                inert_line(&n.text)
            );
        }
    }
    Ok(())
}

/// The history `show` prints: the latest events (all of them with `audit log ID`).
const HISTORY_WINDOW: usize = 50;

/// "latest N of M" under a section that shows only the latest entries.
fn window_line(o: &mut String, lang: Lang, shown: usize, total: u64, command: &str) {
    if (shown as u64) < total {
        let cmd = match command {
            "show" => "jiebang show ID --all-notes".to_string(),
            _ => "jiebang audit log ID".to_string(),
        };
        let _ = writeln!(
            o,
            "  {}",
            trf(
                lang,
                msg::app::SHOW_WINDOW,
                &[("shown", &shown), ("total", &total), ("cmd", &cmd)]
            )
        );
    }
}

pub fn history(events: &[AuditEvent], lang: Lang) -> String {
    let mut o = String::new();
    for e in events {
        let at = e.at.with_timezone(&crate::app::session::shanghai());
        let who = match &e.actor.ssh_client {
            Some(ip) => format!("{}@{}", e.actor.user, ip),
            None => e.actor.user.clone(),
        };
        let _ = writeln!(
            o,
            "  #{} {} {} {} {}",
            e.seq,
            at.format("%Y-%m-%d %H:%M"),
            inert_line(&who),
            inert_line(&e.case_id),
            inert_line(&e.action)
        );
        for c in e.changes.iter().filter(|c| !c.path.is_empty()).take(12) {
            let text = crate::app::history_text::change_text(lang, c);
            let _ = writeln!(o, "      {}", inert_line(&text));
        }
        if !e.note.is_empty() {
            let _ = writeln!(
                o,
                "      {}: {}",
                tr(lang, msg::words::NOTE),
                inert_line(&e.note)
            );
        }
    }
    o
}

pub fn blacklist(s: &Session, lang: Lang) -> String {
    let mut t = Table::new(&[
        tr(lang, msg::columns::ORG),
        tr(lang, msg::columns::CREDIT_CODE),
        tr(lang, msg::columns::REASON),
        tr(lang, msg::columns::LISTED_ON),
    ]);
    for e in &s.blacklist().entries {
        t.row(vec![
            e.name.clone(),
            e.credit_code.clone(),
            e.reason.clone(),
            e.listed_on.map(|d| d.to_string()).unwrap_or_default(),
        ]);
    }
    t.render()
}

/// The case's next deadline and what is overdue, from the same facts as `list`.
fn facts_lines(o: &mut String, s: &Session, case: &Case) {
    let lang = s.lang;
    let summary = crate::domain::CaseSummary::of(case);
    let f = crate::app::facts::facts(&summary, s.today(), &s.calendar, &s.settings);
    let due = f.due.map_or_else(|| "-".to_string(), |d| d.describe(lang));
    kv(o, tr(lang, msg::app::FACTS_SHOW_DUE), &due);
    if f.is_overdue() {
        let kinds: Vec<&str> = f.overdue.iter().map(|k| k.label(lang)).collect();
        kv(o, tr(lang, msg::app::FACTS_SHOW_OVERDUE), &kinds.join(", "));
    }
}

fn unmet_lines(o: &mut String, unmet: &[Unmet], lang: Lang) {
    for u in unmet {
        let _ = writeln!(o, "  - {}", u.message(lang));
    }
}

fn org_lines(o: &mut String, org: &Org, lang: Lang) {
    kv(o, tr(lang, msg::fields::ORG_NAME), &org.name);
    kv(o, tr(lang, msg::fields::CREDIT_CODE), &org.credit_code);
    kv(o, tr(lang, msg::fields::REGION), &org.region);
    let ty = if org.org_type == crate::domain::OrgType::Other && !org.org_type_other.is_empty() {
        format!("{} ({})", org.org_type.label(lang), org.org_type_other)
    } else {
        org.org_type.label(lang).to_string()
    };
    kv(o, tr(lang, msg::fields::ORG_TYPE), &ty);
    kv(o, tr(lang, msg::fields::ADDRESS), &org.address);
    kv(o, tr(lang, msg::fields::PARENT), &org.parent);
    let c = &org.contact;
    kv(
        o,
        tr(lang, msg::fields::CONTACT),
        &format!("{} {} {} {}", c.name, c.title, c.mobile, c.email),
    );
}

fn kv(o: &mut String, k: &str, v: &str) {
    let v = if v.trim().is_empty() { "-" } else { v };
    // A value's own line breaks stay line breaks, continued under the label.
    let mut lines = inert(v)
        .lines()
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter();
    let _ = writeln!(o, "  {k}: {}", lines.next().unwrap_or_default());
    for line in lines {
        let _ = writeln!(o, "    {line}");
    }
}

fn indent(o: &mut String, text: &str) {
    for line in inert(text).lines() {
        let _ = writeln!(o, "    {line}");
    }
}

fn section(o: &mut String, title: &str) {
    let _ = writeln!(o, "\n[{title}]");
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

fn wan(y: Option<crate::domain::Yuan>, lang: Lang) -> String {
    y.map(|y| format!("{} {}", y.wan_string(), tr(lang, msg::words::WAN)))
        .unwrap_or_else(|| "-".into())
}
