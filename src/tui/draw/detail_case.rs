//! The detail screen's groups drawn from the case itself: the need (需求), the takers, the
//! money and plan, and the notes. The record tabs are in `detail_records` and
//! `detail_stages`.

use crate::i18n::msg;
use ratatui::text::{Line, Span};

use crate::app::ui::State;
use crate::app::ui::commands::Cmd;
use crate::app::ui::keymap::Context;
use crate::app::ui::text::{LoadedCase, Shown, local_time};
use crate::i18n::{Lang, tr, trf};

use super::detail::{kv, kv_shown, opt, or_dash, wan};
use super::theme::Theme;

pub(super) fn need<'a>(t: &Theme, lang: Lang, c: &LoadedCase) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let (a, s) = (&c.achievement, c.shown());
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
        kv_shown(
            t,
            l(msg::tui::F_ACHIEVEMENT),
            s.lines(|c| &c.achievement.name),
        ),
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
        kv_shown(
            t,
            l(msg::tui::F_PERIOD),
            &or_dash(s.lines(|c| &c.achievement.suggested_period)),
        ),
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
        s.lines(|c| &c.achievement.description)
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
        s.lines(|c| &c.achievement.team)
            .lines()
            .map(|s| Line::raw(s.to_string())),
    );
    v
}

pub(super) fn takers<'a>(t: &Theme, lang: Lang, c: &LoadedCase) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let s = c.shown();
    let mut v = Vec::new();
    if c.takers.is_empty() {
        v.push(Line::raw(l(msg::tui::DETAIL_NO_TAKERS).to_string()));
    }
    for (i, tk) in c.takers.iter().enumerate() {
        v.push(Line::from(Span::styled(
            format!(
                "{}. {} [{}]",
                i + 1,
                s.text(|c| &c.takers[i].org.name),
                Shown::new(tk.status.label(lang))
            ),
            t.header(),
        )));
        v.push(kv_shown(
            t,
            l(msg::tui::F_REGION),
            &or_dash(s.lines(|c| &c.takers[i].org.region)),
        ));
        v.push(kv_shown(
            t,
            l(msg::tui::F_CREDIT_CODE),
            &or_dash(s.lines(|c| &c.takers[i].org.credit_code)),
        ));
        v.push(kv(
            t,
            l(msg::tui::F_ORG_TYPE),
            tk.org.org_type.label(lang).to_string(),
        ));
        v.push(kv(t, l(msg::tui::F_APPLIED_ON), opt(&tk.applied_on)));
        for m in 0..tk.consortium.len() {
            let name = s.lines(|c| &c.takers[i].consortium[m].name);
            v.push(kv_shown(t, l(msg::tui::F_MEMBER), name));
        }
        v.push(Line::raw(""));
    }
    v
}

pub(super) fn money<'a>(t: &Theme, lang: Lang, c: &LoadedCase) -> Vec<Line<'a>> {
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
fn tranche_lines<'a>(lang: Lang, c: &LoadedCase) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let s = c.shown();
    let mut v = Vec::new();
    for (i, tr_) in c.tranches.iter().enumerate() {
        let ours = Shown::new(&format!(
            "{}  {} {}  {}",
            tr_.date,
            tr_.amount.wan_string(),
            l(msg::tui::UNIT_WAN),
            tr_.kind.label(lang)
        ));
        // 赛马: a tranche names the taker it pays.
        let taker = s.text(|c| &c.tranches[i].taker);
        let gap = Shown::new("  ");
        let mut parts = vec![ours.as_shown()];
        if !tr_.taker.trim().is_empty() {
            parts.extend([gap.as_shown(), taker.as_shown()]);
        }
        let special = Shown::new(&format!(" [{}] ", l(msg::tui::F_SPECIAL)));
        let reason = s.text(|c| &c.tranches[i].special_reason);
        if tr_.special {
            parts.extend([special.as_shown(), reason.as_shown()]);
        }
        v.push(Line::raw(Shown::concat(parts).into_string()));
    }
    v
}

/// Extensions, then the termination, if any.
fn extension_lines<'a>(t: &Theme, lang: Lang, c: &LoadedCase) -> Vec<Line<'a>> {
    let l = |k| tr(lang, k);
    let mut v = Vec::new();
    let s = c.shown();
    for (i, e) in c.extensions.iter().enumerate() {
        let ok = if e.approved {
            l(msg::tui::F_APPROVED)
        } else {
            l(msg::tui::F_PENDING)
        };
        let ours = Shown::lines(&format!("{} -> {} {ok} ", e.requested_on, e.new_end));
        let reason = s.lines(|c| &c.extensions[i].reason);
        v.push(kv_shown(
            t,
            l(msg::tui::F_EXTENSION),
            &Shown::concat([ours.as_shown(), reason]),
        ));
    }
    if let Some(term) = &c.termination {
        let date = Shown::lines(&format!("{} ", opt(&term.date)));
        let reason = s.lines(|c| c.termination.as_ref().map_or("", |t| &t.reason));
        let recovered = Shown::lines(&format!(" {}", wan(lang, term.recovered)));
        v.push(kv_shown(
            t,
            l(msg::tui::F_TERMINATION),
            &Shown::concat([date.as_shown(), reason, recovered.as_shown()]),
        ));
    }
    v
}

pub(super) fn notes<'a>(t: &Theme, lang: Lang, state: &State, c: &LoadedCase) -> Vec<Line<'a>> {
    let mut v = Vec::new();
    if c.notes.is_empty() {
        let key = state.keymap.key_label(Context::Detail, Cmd::Note);
        v.push(Line::raw(trf(
            lang,
            msg::tui::DETAIL_NO_NOTES,
            &[("key", &key)],
        )));
    }
    let s = c.shown();
    for (i, n) in c.notes.iter().enumerate().rev() {
        v.push(Line::from(vec![Span::styled(
            format!("{} {}", local_time(n.at), s.text(|c| &c.notes[i].author)),
            t.dim(),
        )]));
        v.extend(
            s.lines(|c| &c.notes[i].text)
                .lines()
                .map(|s| Line::raw(format!("  {s}"))),
        );
    }
    v
}
