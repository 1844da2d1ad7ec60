//! The 公示 of selected takers (第九条(七)): a title, the notice, the publicity period in
//! working days with its first and last date, one table row per case with its selected
//! takers (consortium members named), and where objections go. The period is computed by
//! the caller from the holiday calendar; this file only lays it out.

use crate::i18n::Msg;
use crate::i18n::msg;
use chrono::NaiveDate;

use super::bangdan::date_text;
use super::doc_style;
use crate::domain::Case;
use crate::domain::vocab::TakerStatus;
use crate::i18n::{Lang, tr, trf};

const COLUMNS: &[Msg] = &[
    msg::office::COL_SEQ,
    msg::office::COL_NAME,
    msg::office::COL_ISSUER,
    msg::office::COL_FIELD,
    msg::office::COL_TAKERS,
];
const WIDTHS: &[usize] = &[5, 25, 22, 10, 38];

/// What the notice states besides the cases.
pub struct Notice {
    /// The first and last day of publicity and how many working days that is.
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub working_days: u32,
    /// The calendar had no table for a year of the period: the end is an estimate.
    pub estimated: bool,
    /// Where objections go (an office and its telephone), if given.
    pub objections_to: String,
    /// The date printed under the notice.
    pub date: NaiveDate,
}

/// The takers a case publicises: those selected, else those recommended (赛马制 may select
/// several), each with its consortium members.
pub fn selected_takers(c: &Case, lang: Lang) -> Vec<String> {
    let pick = |s: TakerStatus| c.takers.iter().filter(move |t| t.status == s);
    let mut chosen: Vec<_> = pick(TakerStatus::Selected).collect();
    if chosen.is_empty() {
        chosen = pick(TakerStatus::Recommended).collect();
    }
    chosen
        .into_iter()
        .map(|t| {
            if t.consortium.is_empty() {
                t.org.name.clone()
            } else {
                let members: Vec<&str> = t.consortium.iter().map(|m| m.name.as_str()).collect();
                trf(
                    lang,
                    msg::office::GS_CONSORTIUM,
                    &[("lead", &t.org.name), ("members", &members.join("、"))],
                )
            }
        })
        .collect()
}

fn row(seq: usize, c: &Case, lang: Lang) -> Vec<String> {
    vec![
        seq.to_string(),
        c.achievement.name.clone(),
        c.issuer.name.clone(),
        c.field
            .map(|f| f.label(lang))
            .unwrap_or_default()
            .to_string(),
        selected_takers(c, lang).join("\n"),
    ]
}

/// The period sentence: 公示期为 2026年9月28日 至 2026年10月9日（5 个工作日）.
pub fn period_text(n: &Notice, lang: Lang) -> String {
    let key = if n.estimated {
        msg::office::GS_PERIOD_ESTIMATED
    } else {
        msg::office::GS_PERIOD
    };
    trf(
        lang,
        key,
        &[
            ("start", &date_text(n.start, lang)),
            ("end", &date_text(n.end, lang)),
            ("days", &n.working_days),
        ],
    )
}

/// The 公示 as a Word document; cases in id order.
pub fn to_docx(cases: &[Case], n: &Notice, lang: Lang) -> Result<Vec<u8>, String> {
    let mut sorted: Vec<&Case> = cases.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let rows: Vec<Vec<String>> = sorted
        .iter()
        .enumerate()
        .map(|(i, c)| row(i + 1, c, lang))
        .collect();
    let head: Vec<&str> = COLUMNS.iter().map(|k| tr(lang, k)).collect();
    let mut doc = doc_style::document()
        .add_paragraph(doc_style::title(tr(lang, msg::office::GS_TITLE)))
        .add_paragraph(doc_style::body("", false))
        .add_paragraph(doc_style::body(
            &trf(lang, msg::office::GS_INTRO, &[("n", &cases.len())]),
            false,
        ))
        .add_paragraph(doc_style::body(&period_text(n, lang), false))
        .add_table(doc_style::table(None, &head, &rows, WIDTHS))
        .add_paragraph(doc_style::body("", false))
        .add_paragraph(doc_style::body(tr(lang, msg::office::GS_OBJECTIONS), false));
    if !n.objections_to.trim().is_empty() {
        let to = trf(
            lang,
            msg::office::GS_OBJECTIONS_TO,
            &[("to", &n.objections_to.trim())],
        );
        doc = doc.add_paragraph(doc_style::body(&to, false));
    }
    doc = doc.add_paragraph(
        doc_style::body(&date_text(n.date, lang), false).align(docx_rs::AlignmentType::Right),
    );
    doc_style::pack(doc)
}
