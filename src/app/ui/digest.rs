//! The morning digest over the screen at the first start of the day: one screen of the
//! officer's overdue, due-soon, stale and changed cases; any key closes it.

use crate::app::digest_ops::Digest;
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

use super::state::{Overlay, State};
use super::text::{Shown, fit};

/// The digest arrived: shown over whatever is on screen.
pub fn loaded(state: &mut State, digest: Digest) {
    state.push_overlay(Overlay::Digest(Box::new(digest)));
}

/// Any key closes the digest and goes no further; `false` when it is not showing.
pub fn dismiss(state: &mut State) -> bool {
    if !matches!(state.overlay(), Some(Overlay::Digest(_))) {
        return false;
    }
    state.pop_overlay();
    true
}

/// One section: its heading, then one line per item.
struct Section {
    head: String,
    items: Vec<String>,
}

fn sections(d: &Digest, lang: Lang) -> Vec<Section> {
    let case = |c: &crate::app::digest_ops::DigestCase| format!("{}  {}  {}", c.id, c.name, c.what);
    let all = [
        (
            trf(lang, msg::office::DG_OVERDUE, &[("n", &d.overdue.len())]),
            d.overdue.iter().map(case).collect(),
        ),
        (
            trf(
                lang,
                msg::office::DG_DUE,
                &[("n", &d.due.len()), ("days", &d.due_days)],
            ),
            d.due.iter().map(case).collect(),
        ),
        (
            trf(lang, msg::office::DG_STALE, &[("n", &d.stale.len())]),
            d.stale.iter().map(case).collect(),
        ),
        (
            trf(
                lang,
                msg::office::DG_CHANGED,
                &[("n", &d.changed.len()), ("since", &d.since)],
            ),
            d.changed
                .iter()
                .map(|c| format!("{}  {}  {} {}", c.id, c.name, c.by, c.action))
                .collect(),
        ),
    ];
    all.into_iter()
        .filter(|(_, items): &(String, Vec<String>)| !items.is_empty())
        .map(|(head, items)| Section { head, items })
        .collect()
}

/// Item rows per section within `room`: in turns, so every section shows its first rows.
fn quotas(sections: &[Section], mut room: usize) -> Vec<usize> {
    let mut q = vec![0; sections.len()];
    loop {
        let mut gave = false;
        for (i, s) in sections.iter().enumerate() {
            if room > 0 && q[i] < s.items.len() {
                q[i] += 1;
                room -= 1;
                gave = true;
            }
        }
        if !gave {
            return q;
        }
    }
}

/// The digest's body in `rows` lines of `cols` columns: each heading with its count, then
/// as many first items as fit, a cut section ending in "…and N more".
pub fn lines(d: &Digest, lang: Lang, cols: usize, rows: usize) -> Vec<String> {
    let sections = sections(d, lang);
    let room = rows.saturating_sub(sections.len());
    let quotas = quotas(&sections, room);
    let mut out = Vec::new();
    for (s, q) in sections.iter().zip(quotas) {
        out.push(fit(&Shown::new(&s.head), cols).trim_end().to_string());
        let shown = if q < s.items.len() {
            q.saturating_sub(1)
        } else {
            q
        };
        for item in &s.items[..shown] {
            out.push(
                fit(&Shown::new(&format!("  {item}")), cols)
                    .trim_end()
                    .to_string(),
            );
        }
        if shown < s.items.len() && q > 0 {
            let more = trf(
                lang,
                msg::tui::DIGEST_MORE,
                &[("n", &(s.items.len() - shown))],
            );
            out.push(
                fit(&Shown::new(&format!("  {more}")), cols)
                    .trim_end()
                    .to_string(),
            );
        }
    }
    out.truncate(rows);
    out
}

/// The box's title.
pub fn title(d: &Digest, lang: Lang) -> String {
    trf(lang, msg::tui::DIGEST_TITLE, &[("date", &d.today)])
}

/// The line under the body.
pub fn hint(lang: Lang) -> &'static str {
    tr(lang, msg::tui::DIGEST_DISMISS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::digest_ops::DigestCase;
    use chrono::NaiveDate;

    fn cases(prefix: &str, n: usize) -> Vec<DigestCase> {
        (0..n)
            .map(|i| DigestCase {
                id: format!("{prefix}-{i:04}"),
                name: "一个很长很长的项目名称，用来检验截断是否落在整字上".into(),
                what: "公示期满未推进".into(),
                date: None,
            })
            .collect()
    }

    fn digest(overdue: usize, stale: usize) -> Digest {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        Digest {
            user: "zhangsan".into(),
            today: day,
            since: day,
            due_days: 5,
            overdue: cases("A", overdue),
            due: Vec::new(),
            stale: cases("S", stale),
            changed: Vec::new(),
        }
    }

    #[test]
    fn a_long_digest_is_cut_to_the_rows_with_the_rest_counted() {
        let out = lines(&digest(20, 3), Lang::Zh, 40, 10);
        assert_eq!(out.len(), 10, "{out:#?}");
        assert!(out.iter().all(|l| super::super::text::width(l) <= 40));
        assert_eq!(out[0], "逾期（20）");
        // Rows go to both sections in turns: the short one is shown whole.
        assert!(out.contains(&"停滞（3）".to_string()), "{out:#?}");
        assert_eq!(out.iter().filter(|l| l.contains("S-")).count(), 3);
        let shown = out.iter().filter(|l| l.contains("A-")).count();
        assert_eq!(shown, 4);
        let more = trf(Lang::Zh, msg::tui::DIGEST_MORE, &[("n", &(20 - shown))]);
        assert_eq!(
            out[shown + 1].trim(),
            super::super::text::Shown::new(&more).as_str()
        );
    }

    #[test]
    fn a_short_digest_is_shown_whole() {
        let out = lines(&digest(2, 1), Lang::En, 80, 20);
        assert_eq!(out.len(), 5);
        assert!(!out.iter().any(|l| l.contains("more")));
    }
}
