//! The detail tabs of the records made before implementation: the expert reviews (panel,
//! declarations, conflicts, scores, conclusion) and the publicity period with its
//! objections. Conflicts and withdrawals are marked in ASCII brackets, never by colour
//! alone, and every stored text is sanitised before it reaches a cell.

use crate::i18n::msg;
use ratatui::text::{Line, Span};

use crate::app::ui::backend::CaseDetail;
use crate::app::ui::text::{LoadedCase, Shown, ShownCase, ShownStr, fit, width};
use crate::domain::Case;
use crate::domain::records::review::{Conflict, conflicts, same_name, tenths};
use crate::domain::records::{Expert, Objector, RecordSettings, Review};
use crate::i18n::{Lang, tr, trf};
use crate::text::records::criterion_label;

use super::detail::{kv, kv_shown, opt, or_dash};
use super::theme::Theme;

/// The line shown in a tab that has nothing recorded.
pub(super) fn no_records<'a>(lang: Lang) -> Vec<Line<'a>> {
    vec![Line::raw(tr(lang, msg::tui::DETAIL_NO_RECORDS).to_string())]
}

fn heading<'a>(t: &Theme, text: String) -> Line<'a> {
    Line::from(Span::styled(Shown::new(&text).into_string(), t.header()))
}

/// One line per expert: name, unit, declaration, and the conflict and withdrawal marks.
/// `panel` picks the panel out of a case: the raw one for the conflicts, the shown one for
/// the names.
pub(super) fn panel_lines<'a>(
    t: &Theme,
    lang: Lang,
    case: &LoadedCase,
    panel: impl Fn(&Case) -> &[Expert],
) -> Vec<Line<'a>> {
    let s = case.shown();
    let experts = panel(case);
    let flagged = conflicts(case, experts);
    let mut v = vec![heading(
        t,
        trf(
            lang,
            msg::tui::DETAIL_REVIEW_PANEL,
            &[("n", &experts.len())],
        ),
    )];
    for (i, e) in experts.iter().enumerate() {
        let mut marks = String::new();
        if !e.declared {
            marks.push_str(&format!(
                " {}",
                tr(lang, msg::tui::DETAIL_REVIEW_UNDECLARED)
            ));
        }
        if let Some(c) = flagged.iter().find(|c: &&Conflict| c.expert == i) {
            marks.push_str(&format!(
                " {}",
                trf(
                    lang,
                    msg::tui::DETAIL_REVIEW_CONFLICT,
                    &[("party", &c.party.label(lang)), ("org", &c.org)],
                )
            ));
        }
        if e.recused {
            marks.push_str(&format!(" {}", tr(lang, msg::tui::DETAIL_REVIEW_RECUSED)));
        }
        let text = Shown::concat([
            Shown::new(&format!(" {}. ", i + 1)).as_shown(),
            s.text(|c| &panel(c)[i].name).as_shown(),
            Shown::new("  ").as_shown(),
            or_dash(s.text(|c| &panel(c)[i].unit).as_shown()).as_shown(),
            // Our words, and the conflicting organisation as the rule names it.
            Shown::new(&marks).as_shown(),
        ]);
        v.push(Line::raw(text.into_string()));
    }
    v
}

/// The takers scored in a review, in the order first scored (`""` is the need itself).
fn scored_takers(r: &Review) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in r.panel.iter().flat_map(|e| e.scores.iter()) {
        if !out.iter().any(|t| same_name(t, &s.taker)) {
            out.push(s.taker.clone());
        }
    }
    out
}

/// A table: criteria down (the configured ones in order, so an unscored one shows `-`,
/// then any other recorded), counted experts across, the criterion's mean last.
/// Withdrawn experts are left out, as their scores do not count. Drawn from review `r` of
/// the shown case `sc`, so names and criteria are shown text.
fn score_table<'a>(
    t: &Theme,
    lang: Lang,
    (sc, r): (&ShownCase, &Review),
    taker: &str,
    configured: &[String],
) -> Vec<Line<'a>> {
    let experts: Vec<&Expert> = r.counted().collect();
    let mut criteria: Vec<String> = configured.to_vec();
    for s in experts.iter().flat_map(|e| e.scores.iter()) {
        if same_name(&s.taker, taker) && !criteria.contains(&s.criterion) {
            criteria.push(s.criterion.clone());
        }
    }
    let labels: Vec<String> = criteria.iter().map(|c| criterion_label(c, lang)).collect();
    let label_w = labels
        .iter()
        .map(|l| width(l))
        .chain([width(tr(lang, msg::tui::DETAIL_REVIEW_CRITERION))])
        .max()
        .unwrap_or(6)
        .min(18)
        + 1;
    let col_w = |name: ShownStr| width(&name).clamp(4, 8) + 2;
    let names: Vec<Shown> = experts.iter().map(|e| sc.text(|_| &e.name)).collect();
    let mean_label = Shown::new(tr(lang, msg::tui::DETAIL_REVIEW_MEAN));
    let mean_w = col_w(mean_label.as_shown());
    let mut head = fit(
        &Shown::new(tr(lang, msg::tui::DETAIL_REVIEW_CRITERION)),
        label_w,
    );
    for name in &names {
        head.push_str(&right(name.as_shown(), col_w(name.as_shown())));
    }
    head.push_str(&right(mean_label.as_shown(), mean_w));
    let mut v = vec![Line::from(Span::styled(head, t.dim()))];
    for (c, label) in criteria.iter().zip(&labels) {
        let mut row = fit(&Shown::new(label), label_w);
        let mut values = Vec::new();
        for (e, name) in experts.iter().zip(&names) {
            let value = e
                .scores
                .iter()
                .find(|s| &s.criterion == c && same_name(&s.taker, taker))
                .map(|s| u32::from(s.value));
            values.extend(value);
            let cell = Shown::new(&opt(&value));
            row.push_str(&right(cell.as_shown(), col_w(name.as_shown())));
        }
        let mean = (!values.is_empty()).then(|| {
            let n = values.len() as u32;
            tenths((values.iter().sum::<u32>() * 10 + n / 2) / n)
        });
        row.push_str(&right(Shown::new(&opt(&mean)).as_shown(), mean_w));
        v.push(Line::raw(row));
    }
    v
}

/// `s` right-aligned in `cols` columns, truncated on a character boundary when too long.
fn right(s: ShownStr<'_>, cols: usize) -> String {
    let s = fit(s, cols - 1);
    let s = s.trim_end();
    format!("{}{s}", " ".repeat(cols.saturating_sub(width(s))))
}

fn review_lines<'a>(
    t: &Theme,
    lang: Lang,
    case: &LoadedCase,
    i: usize,
    latest: bool,
    records: &RecordSettings,
) -> Vec<Line<'a>> {
    let r = &case.reviews[i];
    let mut title = trf(
        lang,
        msg::tui::DETAIL_REVIEW_TITLE,
        &[("stage", &r.stage.label(lang)), ("date", &opt(&r.date))],
    );
    if !latest {
        title.push_str(&format!(
            " {}",
            tr(lang, msg::tui::DETAIL_REVIEW_SUPERSEDED)
        ));
    }
    let mut v = vec![heading(t, title)];
    v.push(kv(
        t,
        tr(lang, msg::tui::DETAIL_REVIEW_CONCLUSION),
        r.conclusion
            .map_or("-".into(), |c| c.label(lang).to_string()),
    ));
    v.extend(panel_lines(t, lang, case, |c| &c.reviews[i].panel));
    if r.panel.iter().any(|e| e.recused) {
        v.push(Line::styled(
            tr(lang, msg::tui::DETAIL_REVIEW_RECUSED_NOTE).to_string(),
            t.dim(),
        ));
    }
    // The scores are drawn from the shown review: its names are shown text.
    let shown = (case.shown(), &case.shown().view().reviews[i]);
    for taker in scored_takers(shown.1) {
        v.push(Line::raw(""));
        v.push(Line::raw(
            Shown::new(&scores_title(lang, shown.1, &taker)).into_string(),
        ));
        v.extend(score_table(
            t,
            lang,
            shown,
            &taker,
            records.criteria(r.stage),
        ));
    }
    if !r.recommended.is_empty() {
        let s = case.shown();
        let sep = Shown::new(", ");
        let names: Vec<Shown> = (0..r.recommended.len())
            .map(|k| s.text(|c| &c.reviews[i].recommended[k]))
            .collect();
        let parts = names.iter().enumerate().flat_map(|(k, n)| {
            let lead = (k > 0).then(|| sep.as_shown());
            lead.into_iter().chain([n.as_shown()])
        });
        v.push(kv_shown(
            t,
            tr(lang, msg::tui::DETAIL_REVIEW_RECOMMENDED),
            &Shown::concat(parts),
        ));
    }
    if !r.comments.trim().is_empty() {
        v.push(kv(
            t,
            tr(lang, msg::tui::DETAIL_REVIEW_COMMENTS),
            String::new(),
        ));
        v.extend(
            case.shown()
                .lines(|c| &c.reviews[i].comments)
                .lines()
                .map(|s| Line::raw(format!("  {s}"))),
        );
    }
    v
}

/// The heading of one taker's scores: whose, the overall mean, and whether recommended.
fn scores_title(lang: Lang, r: &Review, taker: &str) -> String {
    let mean = r.mean_x10(taker).map(tenths);
    let mut title = if taker.is_empty() {
        tr(lang, msg::tui::DETAIL_REVIEW_SCORES_NEED).to_string()
    } else {
        trf(
            lang,
            msg::tui::DETAIL_REVIEW_SCORES_TAKER,
            &[("taker", &taker)],
        )
    };
    title.push_str(&format!(
        "  {}",
        trf(
            lang,
            msg::tui::DETAIL_REVIEW_OVERALL,
            &[("mean", &opt(&mean))]
        )
    ));
    if !taker.is_empty() && r.recommends(taker) {
        title.push_str(&format!(
            " {}",
            tr(lang, msg::tui::DETAIL_REVIEW_RECOMMENDED_MARK)
        ));
    }
    title
}

/// Every review, oldest first; the one that counts for its stage is the last of it.
pub(super) fn reviews<'a>(
    t: &Theme,
    lang: Lang,
    c: &LoadedCase,
    records: &RecordSettings,
) -> Vec<Line<'a>> {
    if c.reviews.is_empty() {
        return no_records(lang);
    }
    let mut v = Vec::new();
    for (i, r) in c.reviews.iter().enumerate() {
        if i > 0 {
            v.push(Line::raw(""));
        }
        let latest = !c.reviews[i + 1..].iter().any(|n| n.stage == r.stage);
        v.extend(review_lines(t, lang, c, i, latest, records));
    }
    v
}

/// The publicity period (with its working-day end and the caveat when a year's holidays
/// are unknown) and each objection: who, whether accepted and why not, finding, resolution.
pub(super) fn publicity<'a>(t: &Theme, lang: Lang, d: &CaseDetail) -> Vec<Line<'a>> {
    let c = &d.case;
    let p = &c.publicity;
    if p.start.is_none() && p.objections.is_empty() {
        return no_records(lang);
    }
    let mut v = vec![kv(t, tr(lang, msg::tui::F_PUBLICITY_START), opt(&p.start))];
    if let Some(end) = &d.publicity_end {
        let mut value = trf(
            lang,
            msg::tui::DETAIL_PUB_END_VALUE,
            &[("date", &end.date), ("days", &end.working_days)],
        );
        if !end.unknown_years.is_empty() {
            let years: Vec<String> = end.unknown_years.iter().map(|y| y.to_string()).collect();
            value.push_str(&format!(
                " {}",
                trf(
                    lang,
                    msg::tui::DETAIL_PUB_WEEKENDS_ONLY,
                    &[("years", &years.join(", "))]
                )
            ));
        }
        v.push(kv(t, tr(lang, msg::tui::DETAIL_PUB_END), value));
    }
    v.push(Line::raw(""));
    let open = p.objections.iter().filter(|o| o.is_open()).count();
    v.push(heading(
        t,
        trf(
            lang,
            msg::tui::DETAIL_PUB_OBJECTIONS,
            &[("n", &p.objections.len()), ("open", &open)],
        ),
    ));
    if p.objections.is_empty() {
        v.push(Line::raw(
            tr(lang, msg::tui::DETAIL_PUB_NO_OBJECTIONS).to_string(),
        ));
    }
    for i in 0..p.objections.len() {
        v.extend(objection_lines(t, lang, c, i));
    }
    if !p.objections.is_empty() {
        v.push(Line::styled(
            tr(lang, msg::tui::DETAIL_PUB_EDIT_HINT).to_string(),
            t.dim(),
        ));
    }
    v
}

/// Objection `i`: who and when, whether accepted; why not, or the finding and resolution.
fn objection_lines<'a>(t: &Theme, lang: Lang, c: &LoadedCase, i: usize) -> Vec<Line<'a>> {
    let mut v = Vec::new();
    let (o, s) = (&c.publicity.objections[i], c.shown());
    let by = s.text(|c| &c.publicity.objections[i].by);
    let who = match o.objector {
        Objector::Anonymous => Shown::default(),
        _ => Shown::concat([Shown::new(": ").as_shown(), by.as_shown()]),
    };
    let state = if !o.accepted {
        tr(lang, msg::tui::DETAIL_PUB_NOT_ACCEPTED)
    } else if o.is_open() {
        tr(lang, msg::tui::DETAIL_PUB_OPEN)
    } else {
        tr(lang, msg::tui::DETAIL_PUB_ACCEPTED)
    };
    let head = Shown::new(&format!(
        " {}. {}  {}",
        i + 1,
        o.received,
        o.objector.label(lang)
    ));
    let state = Shown::new(&format!("  {state}"));
    v.push(Line::raw(
        Shown::concat([head.as_shown(), who.as_shown(), state.as_shown()]).into_string(),
    ));
    if !o.accepted {
        v.push(kv_shown(
            t,
            tr(lang, msg::tui::DETAIL_PUB_REASON),
            &or_dash(s.lines(|c| &c.publicity.objections[i].not_accepted_reason)),
        ));
        return v;
    }
    v.push(kv_shown(
        t,
        tr(lang, msg::tui::DETAIL_PUB_FINDING),
        &or_dash(s.lines(|c| &c.publicity.objections[i].finding)),
    ));
    v.push(kv(
        t,
        tr(lang, msg::tui::DETAIL_PUB_RESOLVED),
        opt(&o.resolved),
    ));
    v
}
