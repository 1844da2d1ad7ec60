//! The detail screen's groups drawn from the case itself: the need (需求), the takers, the
//! money and plan, and the notes. The record tabs are in `detail_records` and
//! `detail_stages`.

use crate::i18n::msg;
use ratatui::text::{Line, Span};

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::keymap::Context;
use crate::app::ui::text::{Shown, local_time};
use crate::domain::Case;
use crate::i18n::{Lang, tr, trf};

use super::detail::{kv, opt, or_dash, wan};
use super::theme::Theme;

pub(super) fn need<'a>(t: &Theme, lang: Lang, c: &Case) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let a = &c.achievement;
    let ip = match a.owns_ip {
        Some(true) => {
            let types: Vec<&str> = a.ip_types.iter().map(|i| i.label(lang)).collect();
            if types.is_empty() {
                l(msg::tui::YES).to_string()
            } else {
                format!("{} ({})", l(msg::tui::YES), types.join(", "))
            }
        }
        Some(false) => l(msg::tui::NO).to_string(),
        None => "-".into(),
    };
    let mut v = vec![
        kv(t, l(msg::tui::F_ACHIEVEMENT), a.name.clone()),
        kv(t, l(msg::tui::F_KIND), c.kind.label(lang).to_string()),
        kv(
            t,
            l(msg::tui::F_FIELD),
            c.field.map_or("-".into(), |f| f.label(lang).to_string()),
        ),
        kv(
            t,
            l(msg::tui::F_ACHIEVEMENT_TYPE),
            a.achievement_type
                .map_or("-".into(), |x| x.label(lang).to_string()),
        ),
        kv(t, l(msg::tui::F_IP), ip),
        kv(t, l(msg::tui::F_PERIOD), or_dash(&a.suggested_period)),
        kv(
            t,
            l(msg::tui::F_ESTIMATE),
            wan(lang, a.estimated_investment),
        ),
        Line::raw(""),
        Line::from(Span::styled(
            trf(
                lang,
                msg::tui::F_DESCRIPTION,
                &[("n", &a.description.chars().count()), ("max", &3000)],
            ),
            t.header(),
        )),
    ];
    v.extend(
        Shown::lines(&a.description)
            .into_string()
            .lines()
            .map(|s| Line::raw(s.to_string())),
    );
    v.push(Line::raw(""));
    v.push(Line::from(Span::styled(
        trf(
            lang,
            msg::tui::F_TEAM,
            &[("n", &a.team.chars().count()), ("max", &1000)],
        ),
        t.header(),
    )));
    v.extend(
        Shown::lines(&a.team)
            .into_string()
            .lines()
            .map(|s| Line::raw(s.to_string())),
    );
    v
}

pub(super) fn takers<'a>(t: &Theme, lang: Lang, c: &Case) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let mut v = Vec::new();
    if c.takers.is_empty() {
        v.push(Line::raw(l(msg::tui::DETAIL_NO_TAKERS).to_string()));
    }
    for (i, tk) in c.takers.iter().enumerate() {
        v.push(Line::from(Span::styled(
            format!(
                "{}. {} [{}]",
                i + 1,
                Shown::new(&tk.org.name).into_string(),
                tk.status.label(lang)
            ),
            t.header(),
        )));
        v.push(kv(t, l(msg::tui::F_REGION), or_dash(&tk.org.region)));
        v.push(kv(
            t,
            l(msg::tui::F_CREDIT_CODE),
            or_dash(&tk.org.credit_code),
        ));
        v.push(kv(
            t,
            l(msg::tui::F_ORG_TYPE),
            tk.org.org_type.label(lang).to_string(),
        ));
        v.push(kv(t, l(msg::tui::F_APPLIED_ON), opt(&tk.applied_on)));
        for m in &tk.consortium {
            v.push(kv(t, l(msg::tui::F_MEMBER), m.name.clone()));
        }
        v.push(Line::raw(""));
    }
    v
}

pub(super) fn money<'a>(t: &Theme, lang: Lang, c: &Case) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let mut v = vec![
        kv(t, l(msg::tui::F_AGREEMENT), opt(&c.plan.agreement_signed)),
        kv(t, l(msg::tui::F_TASK_BOOK), opt(&c.plan.task_book_signed)),
        kv(
            t,
            l(msg::tui::F_START_END),
            format!("{} .. {}", opt(&c.plan.start), opt(&c.effective_end())),
        ),
        kv(
            t,
            l(msg::tui::F_RD_INVESTMENT),
            wan(lang, c.amounts.rd_investment),
        ),
        kv(
            t,
            l(msg::tui::F_FUNDS_RECEIVED),
            wan(lang, c.amounts.funds_received),
        ),
        kv(
            t,
            l(msg::tui::F_FIRST_PAYMENT),
            opt(&c.amounts.issuer_first_payment),
        ),
        kv(
            t,
            l(msg::tui::F_SUBSIDY_PAID),
            wan(lang, Some(c.subsidy_paid())),
        ),
        kv(
            t,
            l(msg::tui::F_RECOVERED),
            wan(lang, Some(c.amounts.recovered)),
        ),
        Line::raw(""),
    ];
    v.extend(tranche_lines(lang, c));
    v.extend(extension_lines(t, lang, c));
    v
}

/// One line a tranche: date, amount, kind, the taker it pays (赛马), 一事一议 and why.
fn tranche_lines<'a>(lang: Lang, c: &Case) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let mut v = Vec::new();
    for tr_ in &c.tranches {
        let special = if tr_.special {
            format!(" [{}] {}", l(msg::tui::F_SPECIAL), tr_.special_reason)
        } else {
            String::new()
        };
        // 赛马: a tranche names the taker it pays.
        let taker = if tr_.taker.trim().is_empty() {
            String::new()
        } else {
            format!("  {}", tr_.taker)
        };
        v.push(Line::raw(
            Shown::new(&format!(
                "{}  {} {}  {}{taker}{special}",
                tr_.date,
                tr_.amount.wan_string(),
                l(msg::tui::UNIT_WAN),
                tr_.kind.label(lang)
            ))
            .into_string(),
        ));
    }
    v
}

/// Extensions, then the termination, if any.
fn extension_lines<'a>(t: &Theme, lang: Lang, c: &Case) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let mut v = Vec::new();
    for e in &c.extensions {
        let ok = if e.approved {
            l(msg::tui::F_APPROVED)
        } else {
            l(msg::tui::F_PENDING)
        };
        v.push(kv(
            t,
            l(msg::tui::F_EXTENSION),
            format!("{} -> {} {ok} {}", e.requested_on, e.new_end, e.reason),
        ));
    }
    if let Some(term) = &c.termination {
        v.push(kv(
            t,
            l(msg::tui::F_TERMINATION),
            format!(
                "{} {} {}",
                opt(&term.date),
                term.reason,
                wan(lang, term.recovered)
            ),
        ));
    }
    v
}

pub(super) fn notes<'a>(t: &Theme, lang: Lang, state: &State, c: &Case) -> Vec<Line<'a>> {
    let mut v = Vec::new();
    if c.notes.is_empty() {
        let key = state.keymap.key_label(Context::Detail, Cmd::Note);
        v.push(Line::raw(trf(
            lang,
            msg::tui::DETAIL_NO_NOTES,
            &[("key", &key)],
        )));
    }
    for n in c.notes.iter().rev() {
        v.push(Line::from(vec![Span::styled(
            format!(
                "{} {}",
                local_time(n.at),
                Shown::new(&n.author).into_string()
            ),
            t.dim(),
        )]));
        v.extend(
            Shown::lines(&n.text)
                .into_string()
                .lines()
                .map(|s| Line::raw(format!("  {s}"))),
        );
    }
    v
}
