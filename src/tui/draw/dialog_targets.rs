//! The move-back and note dialogs over one case or the marked ones: the same preview as a
//! bulk advance (what happens to each case, and which ones cannot take it).

use crate::i18n::msg;
use ratatui::style::Style;
use ratatui::text::Line;

use crate::app::ui::bulk::Target;
use crate::app::ui::text::Shown;
use crate::i18n::{Lang, tr, trf};

/// Title and body of the move-back dialog.
pub fn back(
    lang: Lang,
    targets: &[Target],
    error: Option<&String>,
    err: Style,
) -> (String, Vec<Line<'static>>) {
    let mut lines = Vec::new();
    let title = match targets {
        [t] => {
            lines.push(Line::raw(Shown::new(&t.name).into_string()));
            let to = t
                .back_to()
                .map_or("-".to_string(), |s| s.label(lang).to_string());
            trf(
                lang,
                msg::tui::BACK_TITLE,
                &[("id", &t.id), ("from", &t.from.label(lang)), ("to", &to)],
            )
        }
        _ => {
            let (ok, refused): (Vec<&Target>, Vec<&Target>) =
                targets.iter().partition(|t| t.back_to().is_some());
            lines.push(Line::raw(trf(
                lang,
                msg::tui::BACK_BULK_SUMMARY,
                &[("ok", &ok.len()), ("refused", &refused.len())],
            )));
            for t in &ok {
                let to = t
                    .back_to()
                    .map_or("-".to_string(), |s| s.label(lang).to_string());
                lines.push(Line::raw(
                    Shown::new(&format!(
                        "  {} {}: {} -> {to}",
                        t.id,
                        t.name,
                        t.from.label(lang)
                    ))
                    .into_string(),
                ));
            }
            if !refused.is_empty() {
                lines.push(Line::styled(
                    tr(lang, msg::tui::BACK_BULK_REFUSED).to_string(),
                    err,
                ));
            }
            for t in &refused {
                lines.push(Line::raw(
                    Shown::new(&format!(
                        "  {} {}: {}",
                        t.id,
                        t.name,
                        trf(
                            lang,
                            msg::tui::BACK_IMPOSSIBLE,
                            &[("stage", &t.from.label(lang))]
                        )
                    ))
                    .into_string(),
                ));
            }
            trf(lang, msg::tui::BACK_TITLE_MANY, &[("n", &ok.len())])
        }
    };
    if let Some(e) = error {
        lines.push(Line::styled(e.clone(), err));
    }
    (title, lines)
}

/// Title and body of the note dialog.
pub fn note(
    lang: Lang,
    targets: &[Target],
    error: Option<&String>,
    err: Style,
) -> (String, Vec<Line<'static>>) {
    let mut lines = Vec::new();
    let title = match targets {
        [t] => {
            lines.push(Line::raw(Shown::new(&t.name).into_string()));
            trf(lang, msg::tui::NOTE_TITLE, &[("id", &t.id)])
        }
        _ => {
            for t in targets {
                lines.push(Line::raw(
                    Shown::new(&format!("  {} {}", t.id, t.name)).into_string(),
                ));
            }
            trf(lang, msg::tui::NOTE_TITLE_MANY, &[("n", &targets.len())])
        }
    };
    if let Some(e) = error {
        lines.push(Line::styled(e.clone(), err));
    }
    (title, lines)
}
