//! The stage records in `jiebang show` text: reviews with their panels, scores and conflict
//! warnings, objections with who and why not accepted, 赛马 takers with their own plans,
//! gates and tranches, the mid-term check and the acceptance. Stored text goes through
//! `inert_line`.

use crate::i18n::msg;
use std::fmt::Write;

use crate::app::Session;
use crate::domain::case::Case;
use crate::domain::records::review::tenths;
use crate::domain::records::{
    self, Conflict, Expert, MidtermSummary, Objector, Panel, Review, ReviewStage,
};
use crate::domain::rules::publicity_end;
use crate::i18n::{Lang, tr, trf};
use crate::io::inert::inert_line;
use crate::text::records::criterion_label;

/// Appends the record sections that have something to show.
pub fn records_text(o: &mut String, s: &Session, case: &Case) {
    let lang = s.lang;
    let conflicts = records::all_conflicts(case);
    if !case.reviews.is_empty() {
        section(o, tr(lang, msg::records::SHOW_REVIEWS));
        for (i, r) in case.reviews.iter().enumerate() {
            review(o, case, r, lang);
            let mine = conflicts.iter().filter(|(p, _)| *p == Panel::Review(i));
            for (_, c) in mine {
                let _ = writeln!(o, "    {}", conflict_line(case, c, lang));
            }
        }
    }
    objections(o, s, case);
    racing(o, case, lang);
    midterm(o, s, case, &conflicts);
    acceptance(o, case, &conflicts, lang);
}

/// `⚠ 利益冲突: 专家「甲」（单位）与发榜方「乙」为同一单位, 须回避` (or `已回避`).
pub fn conflict_line(case: &Case, c: &Conflict, lang: Lang) -> String {
    let panel = records::all_conflicts(case)
        .into_iter()
        .find(|(_, x)| x == c)
        .map(|(p, _)| p);
    let expert = match panel {
        Some(Panel::Review(i)) => case.reviews.get(i).and_then(|r| r.panel.get(c.expert)),
        Some(Panel::Midterm) => case.midterm.panel.get(c.expert),
        Some(Panel::Acceptance) => case.acceptance.panel.get(c.expert),
        None => None,
    };
    let (name, unit, recused) = expert
        .map(|e| (e.name.as_str(), e.unit.as_str(), e.recused))
        .unwrap_or(("", "", false));
    let key = if recused {
        msg::records::SHOW_CONFLICT_RECUSED
    } else {
        msg::records::SHOW_CONFLICT
    };
    trf(
        lang,
        key,
        &[
            ("expert", &inert_line(name)),
            ("unit", &inert_line(unit)),
            ("party", &c.party.label(lang)),
            ("org", &inert_line(&c.org)),
        ],
    )
}

fn review(o: &mut String, case: &Case, r: &Review, lang: Lang) {
    let conclusion = r.conclusion.map(|c| c.label(lang)).unwrap_or("-");
    let _ = writeln!(
        o,
        "  {} {} {}: {}",
        r.stage.label(lang),
        date(r.date),
        tr(lang, msg::records::SHOW_CONCLUSION),
        conclusion
    );
    for e in &r.panel {
        expert_line(o, e, lang);
    }
    let targets: Vec<String> = match r.stage {
        ReviewStage::Validating => vec![String::new()],
        ReviewStage::Reviewing => case.takers.iter().map(|t| t.org.name.clone()).collect(),
    };
    for t in targets {
        let Some(mean) = r.mean_x10(&t) else { continue };
        let mut line = if t.is_empty() {
            trf(lang, msg::records::SHOW_MEAN, &[("mean", &tenths(mean))])
        } else {
            trf(
                lang,
                msg::records::SHOW_MEAN_TAKER,
                &[("taker", &inert_line(&t)), ("mean", &tenths(mean))],
            )
        };
        if !t.is_empty() && r.recommends(&t) {
            line.push_str(tr(lang, msg::records::SHOW_RECOMMENDED));
        }
        let _ = writeln!(o, "    {line}");
    }
    if !r.comments.trim().is_empty() {
        let _ = writeln!(o, "    {}", inert_line(&r.comments));
    }
}

fn expert_line(o: &mut String, e: &Expert, lang: Lang) {
    let mut flags = String::new();
    if !e.declared {
        flags.push_str(tr(lang, msg::records::SHOW_UNDECLARED));
    }
    if e.recused {
        flags.push_str(tr(lang, msg::records::SHOW_RECUSED));
    }
    let _ = write!(
        o,
        "    {} ({}){}",
        inert_line(&e.name),
        inert_line(&e.unit),
        flags
    );
    // Scores grouped by the taker scored, in the order first scored; the need's on one line.
    let mut takers: Vec<&str> = Vec::new();
    for s in &e.scores {
        if !takers.contains(&s.taker.as_str()) {
            takers.push(&s.taker);
        }
    }
    for t in takers {
        let scores: Vec<String> = e
            .scores
            .iter()
            .filter(|s| s.taker == t)
            .map(|s| format!("{} {}", criterion_label(&s.criterion, lang), s.value))
            .collect();
        if t.is_empty() {
            let _ = write!(o, " {}", inert_line(&scores.join(", ")));
        } else {
            let _ = write!(
                o,
                "\n      {}: {}",
                inert_line(t),
                inert_line(&scores.join(", "))
            );
        }
    }
    o.push('\n');
}

fn objections(o: &mut String, s: &Session, case: &Case) {
    let lang = s.lang;
    if case.publicity.objections.is_empty() {
        return;
    }
    section(o, tr(lang, msg::records::SHOW_OBJECTIONS));
    let end = case
        .publicity
        .start
        .map(|st| publicity_end(st, &s.calendar, &s.settings).date);
    for (i, ob) in case.publicity.objections.iter().enumerate() {
        let who = if ob.objector == Objector::Anonymous && ob.by.trim().is_empty() {
            "-".to_string()
        } else {
            inert_line(&ob.by).into_owned()
        };
        let state = if !ob.accepted {
            tr(lang, msg::words::NOT_ACCEPTED)
        } else if ob.resolved.is_some() {
            tr(lang, msg::words::RESOLVED)
        } else {
            tr(lang, msg::words::OPEN)
        };
        let _ = writeln!(
            o,
            "  {}. {} {} [{}] [{}]",
            i + 1,
            ob.received,
            who,
            ob.objector.label(lang),
            state
        );
        if !ob.accepted && !ob.not_accepted_reason.is_empty() {
            let _ = writeln!(o, "     {}", inert_line(&ob.not_accepted_reason));
        }
        if ob.accepted && end.is_some_and(|e| ob.received > e) {
            let _ = writeln!(
                o,
                "     {}",
                trf(
                    lang,
                    msg::records::SHOW_LATE_ACCEPTED,
                    &[("end", &date(end))]
                )
            );
        }
        if !ob.finding.is_empty() || ob.resolved.is_some() {
            let _ = writeln!(o, "     {} {}", date(ob.resolved), inert_line(&ob.finding));
        }
    }
}

fn racing(o: &mut String, case: &Case, lang: Lang) {
    let shown = case.is_racing()
        || case
            .takers
            .iter()
            .any(|t| t.gate.is_some() || t.plan != Default::default());
    if !shown {
        return;
    }
    section(o, tr(lang, msg::records::SHOW_RACING));
    for (i, t) in case.takers.iter().enumerate() {
        let _ = writeln!(
            o,
            "  {}. {} [{}]",
            i + 1,
            inert_line(&t.org.name),
            t.status.label(lang)
        );
        let p = &t.plan;
        if p != &Default::default() {
            let _ = writeln!(
                o,
                "     {}",
                trf(
                    lang,
                    msg::records::SHOW_TAKER_PLAN,
                    &[
                        ("agreement", &date(p.agreement_signed)),
                        ("task_book", &date(p.task_book_signed)),
                        ("start", &date(p.start)),
                        ("end", &date(p.end)),
                    ],
                )
            );
        }
        if let Some(g) = &t.gate {
            let _ = writeln!(
                o,
                "     {} {} {} {}",
                tr(lang, msg::records::SHOW_GATE),
                date(g.date),
                g.result.label(lang),
                inert_line(&g.reason)
            );
        }
        let paid: crate::domain::Yuan = case
            .tranches
            .iter()
            .filter(|tr| records::review::same_name(&tr.taker, &t.org.name))
            .map(|tr| tr.amount)
            .sum();
        if paid.0 > 0 {
            let _ = writeln!(
                o,
                "     {}",
                trf(
                    lang,
                    msg::records::SHOW_TAKER_PAID,
                    &[("paid", &paid.wan_string())]
                )
            );
        }
    }
}

fn midterm(o: &mut String, s: &Session, case: &Case, conflicts: &[(Panel, Conflict)]) {
    let lang = s.lang;
    let sum = MidtermSummary::of(case);
    let due = sum.due_date(&s.settings);
    if due.is_none() && !case.midterm.is_recorded() {
        return;
    }
    let m = &case.midterm;
    section(o, tr(lang, msg::records::SHOW_MIDTERM));
    let mut due_line = trf(lang, msg::records::SHOW_MIDTERM_DUE, &[("due", &date(due))]);
    if sum.pending(&s.settings).is_some_and(|d| d < s.today()) {
        due_line.push_str(tr(lang, msg::records::SHOW_OVERDUE));
    }
    let _ = writeln!(o, "  {due_line}");
    let verdict = crate::text::records::verdict_label(m.verdict, lang);
    let _ = writeln!(
        o,
        "  {} {} {}: {}",
        tr(lang, msg::records::F_MIDTERM_HELD_ON),
        date(m.held_on),
        tr(lang, msg::records::F_MIDTERM_VERDICT),
        verdict
    );
    if m.rectify_by.is_some() || m.rectified_on.is_some() {
        let _ = writeln!(
            o,
            "  {} {}  {} {}",
            tr(lang, msg::records::F_RECTIFY_BY),
            date(m.rectify_by),
            tr(lang, msg::records::F_RECTIFIED_ON),
            date(m.rectified_on)
        );
    }
    for e in &m.panel {
        expert_line(o, e, lang);
    }
    for (_, c) in conflicts.iter().filter(|(p, _)| *p == Panel::Midterm) {
        let _ = writeln!(o, "    {}", conflict_line(case, c, lang));
    }
    if !m.remarks.is_empty() {
        let _ = writeln!(o, "  {}", inert_line(&m.remarks));
    }
}

fn acceptance(o: &mut String, case: &Case, conflicts: &[(Panel, Conflict)], lang: Lang) {
    let a = &case.acceptance;
    if a == &Default::default() {
        return;
    }
    section(o, tr(lang, msg::records::SHOW_ACCEPTANCE));
    let _ = writeln!(
        o,
        "  {} {} {}: {}  {}: {}",
        tr(lang, msg::records::F_ACCEPTANCE_DATE),
        date(a.date),
        tr(lang, msg::records::SHOW_VERDICT),
        a.verdict.map(|v| v.label(lang)).unwrap_or("-"),
        tr(lang, msg::validate::F_COMPLETION_PCT),
        a.completion_pct
            .map(|p| format!("{p}%"))
            .unwrap_or_else(|| "-".into())
    );
    if case.kind == crate::domain::Kind::Transformation {
        let yes_no = if a.benefit_verified {
            tr(lang, msg::words::YES)
        } else {
            tr(lang, msg::words::NO)
        };
        let money = |y: Option<crate::domain::Yuan>| {
            y.map(|y| format!("{} {}", y.wan_string(), tr(lang, msg::words::WAN)))
                .unwrap_or_else(|| "-".into())
        };
        let _ = writeln!(
            o,
            "  {}",
            trf(
                lang,
                msg::records::SHOW_BENEFIT,
                &[
                    ("verified", &yes_no),
                    ("benefit", &money(a.benefit)),
                    ("funds", &money(case.amounts.funds_received)),
                ],
            )
        );
    }
    for e in &a.panel {
        expert_line(o, e, lang);
    }
    for (_, c) in conflicts.iter().filter(|(p, _)| *p == Panel::Acceptance) {
        let _ = writeln!(o, "    {}", conflict_line(case, c, lang));
    }
}

fn section(o: &mut String, title: &str) {
    let _ = writeln!(o, "\n[{title}]");
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}
