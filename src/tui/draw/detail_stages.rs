//! The detail tabs of implementation and after: the parallel takers of a 赛马 (each with its
//! own plan, tranches and stage gate), the mid-term check and acceptance. An eliminated
//! taker keeps its history: its lines are dimmed and, for terminals without attributes,
//! its heading says so in words.

use crate::i18n::Msg;
use crate::i18n::msg;
use chrono::NaiveDate;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::app::ui::backend::CaseDetail;
use crate::app::ui::text::{LoadedCase, Shown};
use crate::domain::records::review::same_name;
use crate::domain::{Case, Plan, Taker, TakerStatus, Yuan};
use crate::i18n::{Lang, tr, trf};
use crate::text::records::verdict_label;

use super::detail::{kv, kv_shown, opt, or_dash, wan};
use super::detail_records::{no_records, panel_lines};
use super::theme::Theme;

/// The takers a 赛马 tab shows: every selected one while the case races, and any taker
/// with its own plan or a stage gate (eliminated ones included).
/// Each with its index among the takers.
fn racers(c: &Case) -> Vec<(usize, &Taker)> {
    let racing = c.is_racing();
    c.takers
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            (racing && t.status == TakerStatus::Selected)
                || t.gate.is_some()
                || t.plan != Plan::default()
        })
        .collect()
}

/// Racer `n` of the tab, taker `ti` of the case.
fn taker_lines<'a>(t: &Theme, lang: Lang, c: &LoadedCase, n: usize, ti: usize) -> Vec<Line<'a>> {
    let (tk, s) = (&c.takers[ti], c.shown());
    let mark = match tk.eliminated_since() {
        Some(since) => trf(
            lang,
            msg::tui::DETAIL_RACE_ELIMINATED,
            &[("date", &opt(&since))],
        ),
        None => format!("[{}]", tk.status.label(lang)),
    };
    let head = Shown::concat([
        Shown::new(&format!("{}. ", n + 1)).as_shown(),
        s.text(|c| &c.takers[ti].org.name).as_shown(),
        Shown::new(&format!(" {mark}")).as_shown(),
    ]);
    let mut v = vec![Line::from(Span::styled(head.into_string(), t.header()))];
    let p = &tk.plan;
    v.push(kv(
        t,
        tr(lang, msg::tui::F_AGREEMENT),
        opt(&p.agreement_signed),
    ));
    v.push(kv(
        t,
        tr(lang, msg::tui::F_TASK_BOOK),
        opt(&p.task_book_signed),
    ));
    v.push(kv(
        t,
        tr(lang, msg::tui::F_START_END),
        format!("{} .. {}", opt(&p.start), opt(&p.end)),
    ));
    let paid: Vec<_> = c
        .tranches
        .iter()
        .filter(|x| !x.taker.trim().is_empty() && same_name(&x.taker, &tk.org.name))
        .collect();
    let total: Yuan = paid.iter().map(|x| x.amount).sum();
    v.push(kv(
        t,
        tr(lang, msg::tui::DETAIL_RACE_TRANCHES),
        if paid.is_empty() {
            tr(lang, msg::tui::DETAIL_RACE_NO_TRANCHES).to_string()
        } else {
            trf(
                lang,
                msg::tui::DETAIL_RACE_TOTAL,
                &[("n", &paid.len()), ("amount", &wan(lang, Some(total)))],
            )
        },
    ));
    for x in paid {
        v.push(Line::raw(format!(
            "  {}  {}  {}",
            x.date,
            wan(lang, Some(x.amount)),
            x.kind.label(lang)
        )));
    }
    let gate = tk.gate.as_ref().map_or(Shown::new("-"), |g| {
        let ours = Shown::lines(&format!("{} {} ", opt(&g.date), g.result.label(lang)));
        let reason = s.lines(|c| c.takers[ti].gate.as_ref().map_or("", |g| &g.reason));
        Shown::concat([ours.as_shown(), reason])
    });
    v.push(kv_shown(t, tr(lang, msg::tui::DETAIL_RACE_GATE), &gate));
    if tk.eliminated_since().is_some() {
        let dim = t.dim().add_modifier(Modifier::DIM);
        v = v.into_iter().map(|l| l.patch_style(dim)).collect();
    }
    v
}

pub(super) fn racing<'a>(t: &Theme, lang: Lang, c: &LoadedCase) -> Vec<Line<'a>> {
    let racers = racers(c);
    if racers.is_empty() {
        return no_records(lang);
    }
    let running = racers
        .iter()
        .filter(|(_, t)| t.status == TakerStatus::Selected)
        .count();
    let mut v = vec![Line::raw(trf(
        lang,
        msg::tui::DETAIL_RACE_SUMMARY,
        &[("n", &racers.len()), ("running", &running)],
    ))];
    for (n, (ti, _)) in racers.into_iter().enumerate() {
        v.push(Line::raw(""));
        v.extend(taker_lines(t, lang, c, n, ti));
    }
    v
}

/// `date` followed by a bracketed warning when it has passed.
fn with_overdue(lang: Lang, date: Option<NaiveDate>, late: bool, key: Msg) -> String {
    let mut s = opt(&date);
    if late {
        s.push_str(&format!(" {}", tr(lang, key)));
    }
    s
}

pub(super) fn midterm<'a>(
    t: &Theme,
    lang: Lang,
    today: NaiveDate,
    d: &CaseDetail,
) -> Vec<Line<'a>> {
    let c = &d.case;
    let m = &c.midterm;
    if !m.is_recorded() && d.midterm_due.is_none() {
        return no_records(lang);
    }
    let due_late = m.verdict.is_none() && d.midterm_due.is_some_and(|due| due < today);
    let mut due = with_overdue(lang, d.midterm_due, due_late, msg::tui::DETAIL_MID_OVERDUE);
    if m.due.is_none() && d.midterm_due.is_some() {
        due.push_str(&format!(" {}", tr(lang, msg::tui::DETAIL_MID_DUE_COMPUTED)));
    }
    let rectify_late = m.rectification_open() && m.rectify_by.is_some_and(|by| by < today);
    let mut v = vec![
        kv(t, tr(lang, msg::tui::DETAIL_MID_DUE), due),
        kv(t, tr(lang, msg::tui::DETAIL_MID_HELD), opt(&m.held_on)),
        kv(
            t,
            tr(lang, msg::tui::DETAIL_MID_VERDICT),
            verdict_label(m.verdict, lang).to_string(),
        ),
    ];
    if m.verdict
        .is_some_and(|v| v == crate::domain::records::MidtermVerdict::Rectify)
    {
        v.push(kv(
            t,
            tr(lang, msg::tui::DETAIL_MID_RECTIFY_BY),
            with_overdue(
                lang,
                m.rectify_by,
                rectify_late,
                msg::tui::DETAIL_MID_RECTIFY_OVERDUE,
            ),
        ));
        v.push(kv(
            t,
            tr(lang, msg::tui::DETAIL_MID_RECTIFIED),
            opt(&m.rectified_on),
        ));
    }
    if !m.remarks.trim().is_empty() {
        v.push(kv_shown(
            t,
            tr(lang, msg::tui::DETAIL_MID_REMARKS),
            c.shown().lines(|c| &c.midterm.remarks),
        ));
    }
    if !m.panel.is_empty() {
        v.push(Line::raw(""));
        v.extend(panel_lines(t, lang, c, |c| &c.midterm.panel));
    }
    v
}

pub(super) fn acceptance<'a>(t: &Theme, lang: Lang, c: &LoadedCase) -> Vec<Line<'a>> {
    let a = &c.acceptance;
    if *a == crate::domain::Acceptance::default() {
        return no_records(lang);
    }
    let mut v = vec![
        kv(t, tr(lang, msg::tui::DETAIL_ACC_DATE), opt(&a.date)),
        kv(
            t,
            tr(lang, msg::tui::DETAIL_ACC_VERDICT),
            a.verdict.map_or("-".into(), |x| x.label(lang).to_string()),
        ),
        kv(
            t,
            tr(lang, msg::tui::DETAIL_ACC_COMPLETION),
            a.completion_pct.map_or("-".into(), |p| format!("{p}%")),
        ),
    ];
    let mut benefit = wan(lang, a.benefit);
    let verified = if a.benefit_verified {
        tr(lang, msg::tui::DETAIL_ACC_VERIFIED)
    } else {
        tr(lang, msg::tui::DETAIL_ACC_NOT_VERIFIED)
    };
    benefit.push_str(&format!(" {verified}"));
    v.push(kv(t, tr(lang, msg::tui::DETAIL_ACC_BENEFIT), benefit));
    v.push(kv(
        t,
        tr(lang, msg::tui::DETAIL_ACC_FUNDS),
        wan(lang, c.amounts.funds_received),
    ));
    if !a.remarks.trim().is_empty() {
        v.push(kv_shown(
            t,
            tr(lang, msg::tui::DETAIL_MID_REMARKS),
            &or_dash(c.shown().lines(|c| &c.acceptance.remarks)),
        ));
    }
    if !a.panel.is_empty() {
        v.push(Line::raw(""));
        v.extend(panel_lines(t, lang, c, |c| &c.acceptance.panel));
    }
    v
}
