//! Executes effects against a [`Backend`] and feeds the results back into `update`. No
//! terminal here: tests drive the whole UI through [`dispatch`] over a real `Session`.

use crate::i18n::msg;
use chrono::Utc;

use crate::app::ui::action::{Action, Effect, WriteOp};
use crate::app::ui::backend::{Backend, WriteError};
use crate::app::ui::{State, update};
use crate::i18n::{Lang, tr, trf};

/// From this many cases an export takes long enough that the officer is first shown it is
/// under way (`:export` of a whole list of thousands).
pub const EXPORT_SHOWN_FROM: usize = 500;

/// A write error as one line of text in the UI language.
pub fn write_error_text(lang: Lang, e: &WriteError) -> String {
    match e {
        WriteError::Refused(unmet) => {
            let rules: Vec<String> = unmet
                .iter()
                .map(|u| format!("{} {}", u.article, u.message))
                .collect();
            trf(
                lang,
                msg::tui::ERROR_REFUSED,
                &[("rules", &rules.join("; "))],
            )
        }
        WriteError::Stale { by, at, what } => trf(
            lang,
            msg::tui::ERROR_STALE,
            &[
                ("by", by),
                ("at", &crate::app::ui::text::local_time(*at)),
                ("what", what),
            ],
        ),
        WriteError::NotFound => tr(lang, msg::tui::ERROR_NOT_FOUND).to_string(),
        WriteError::Other(m) => m.clone(),
    }
}

/// Loads every summary and the facts about them.
/// Rows on the first frame of a large store: a screenful and then some.
pub const FIRST_PAGE: usize = 200;

/// The first page of rows as a load, and how many rows the store holds in all. The caller
/// marks the state as still loading when the page is not everything.
pub fn load_first_page(backend: &dyn Backend) -> Option<(Action, u64)> {
    let counter = backend.change_counter().ok()?;
    let (rows, total) = backend.first_page(FIRST_PAGE).ok()?;
    let today = backend.today();
    let facts = backend.facts(&rows, today);
    let action = Action::SummariesLoaded {
        rows,
        facts,
        today,
        counter,
        at: backend.now(),
    };
    Some((action, total))
}

/// Applies a first page: the rows, and the loading mark when there are more.
pub fn show_first_page(state: &mut State, backend: &dyn Backend) {
    if let Some((action, total)) = load_first_page(backend) {
        dispatch(state, backend, action);
        if total > state.rows.len() as u64 {
            state.status.loading = Some(total);
        }
    }
}

pub fn load_summaries(backend: &dyn Backend) -> Action {
    // Read the counter first: a change landing during the load is then seen next poll.
    let counter = match backend.change_counter() {
        Ok(c) => c,
        Err(e) => return Action::Failed(e),
    };
    match backend.summaries() {
        Ok(rows) => {
            let today = backend.today();
            let facts = backend.facts(&rows, today);
            Action::SummariesLoaded {
                rows,
                facts,
                today,
                counter,
                at: backend.now(),
            }
        }
        Err(e) => Action::Failed(e),
    }
}

/// Reads the clock and, when the minute (or the day) has moved on since the last reading,
/// tells the state. Returns whether anything changed, so the caller redraws. The event loop
/// calls it on every turn (at least every 200 ms): the header clock ticks without a key, and
/// at midnight the rows are reloaded with the new day's facts.
pub fn tick(state: &mut State, backend: &dyn Backend) -> bool {
    let now = backend.now();
    let minute = |t: chrono::DateTime<Utc>| t.timestamp().div_euclid(60);
    let today = backend.today();
    let moved = state.status.now.is_none_or(|t| minute(t) != minute(now));
    if !moved && today == state.today {
        return false;
    }
    dispatch(state, backend, Action::Tick { now, today });
    true
}

/// Performs one effect; returns the messages it produced. `Quit` and `Suspend` are the
/// event loop's business and produce nothing here.
pub fn execute(effect: Effect, backend: &dyn Backend, lang: Lang) -> Vec<Action> {
    match effect {
        Effect::LoadSummaries => vec![load_summaries(backend)],
        Effect::LoadCase { id } => vec![load_case(backend, lang, &id)],
        Effect::PreviewAdvance { ids } => vec![preview_advance(backend, lang, ids)],
        Effect::Advance(reqs) => {
            let results = reqs
                .into_iter()
                .map(|r| {
                    let res = backend.advance(&r.id, r.to, r.rev, &r.note);
                    (r.id, res)
                })
                .collect();
            vec![Action::Written {
                op: WriteOp::Advance,
                results,
            }]
        }
        Effect::Back { cases, reason } => written(WriteOp::Back, cases, |id, rev| {
            backend.back(id, rev, &reason)
        }),
        Effect::AddNote { cases, text } => {
            written(WriteOp::Note, cases, |id, rev| backend.note(id, rev, &text))
        }
        Effect::Assign { cases, officer } => written(WriteOp::Assign, cases, |id, rev| {
            backend.assign(id, &officer, rev)
        }),
        Effect::Undo { id } => {
            let res = backend.undo(&id);
            vec![Action::Written {
                op: WriteOp::Undo,
                results: vec![(id, res)],
            }]
        }
        Effect::Export { path, ids, replace } => vec![export(backend, path, ids, replace)],
        Effect::Quit | Effect::Suspend | Effect::Editor { .. } | Effect::Copy { .. } => Vec::new(),
        Effect::LoadFormCase { purpose } => {
            let id = purpose.case_id().unwrap_or("").to_string();
            match backend.case(&id) {
                Ok(d) => vec![Action::FormCase {
                    purpose,
                    detail: Box::new(d),
                }],
                Err(e) => vec![case_failed(lang, &id, &e)],
            }
        }
        Effect::SubmitForm(s) => super::form_io::submit(*s, backend),
        // Listed by name so a new effect cannot slip past unhandled.
        e @ (Effect::SaveColumns { .. }
        | Effect::LoadViews
        | Effect::SaveView { .. }
        | Effect::LoadOrgs
        | Effect::LoadDigest
        | Effect::LoadDrafts
        | Effect::TakeDraft { .. }
        | Effect::PutDraft { .. }
        | Effect::DeleteDraft { .. }) => execute_store_io(e, backend),
    }
}

/// A failed case read as one status line naming the case, so the officer knows which one.
fn case_failed(lang: Lang, id: &str, e: &WriteError) -> Action {
    Action::Failed(format!("{id}: {}", write_error_text(lang, e)))
}

fn load_case(backend: &dyn Backend, lang: Lang, id: &str) -> Action {
    match backend.case(id) {
        Ok(d) => Action::CaseLoaded(Box::new(d)),
        Err(e) => case_failed(lang, id, &e),
    }
}

/// Previews every case it can; the failures travel with the previews so one bad case does
/// not hide the others.
fn preview_advance(backend: &dyn Backend, lang: Lang, ids: Vec<String>) -> Action {
    let mut previews = Vec::new();
    let mut failed = Vec::new();
    for id in ids {
        match backend.preview_advance(&id) {
            Ok(p) => previews.push(p),
            Err(e) => failed.push((id, write_error_text(lang, &e))),
        }
    }
    Action::PreviewLoaded { previews, failed }
}

/// One write per case, each reported on its own: a batch is not all-or-nothing.
fn written(
    op: WriteOp,
    cases: Vec<(String, u64)>,
    write: impl Fn(&str, u64) -> Result<u64, WriteError>,
) -> Vec<Action> {
    let results = cases
        .into_iter()
        .map(|(id, rev)| {
            let res = write(&id, rev);
            (id, res)
        })
        .collect();
    vec![Action::Written { op, results }]
}

/// Asks before replacing an existing file: the first attempt never overwrites.
fn export(backend: &dyn Backend, path: String, ids: Vec<String>, replace: bool) -> Action {
    if !replace && backend.export_would_replace(&path) {
        return Action::ExportExists { path, ids };
    }
    let done = if replace {
        backend.export_replacing(&path, &ids)
    } else {
        backend.export(&path, &ids)
    };
    match done {
        Ok(count) => Action::Exported { path, count },
        Err(e) => Action::Failed(e),
    }
}

/// The effects that read or write settings, views, organisations and drafts: their errors
/// are already text, so they need no language.
fn execute_store_io(effect: Effect, backend: &dyn Backend) -> Vec<Action> {
    match effect {
        Effect::SaveColumns { ids } => match crate::app::config::save_columns(&ids) {
            Ok(path) => vec![Action::ColumnsSaved {
                path: path.display().to_string(),
            }],
            Err(e) => vec![Action::Failed(e.to_string())],
        },
        Effect::LoadViews => match backend.views() {
            Ok(v) => vec![Action::ViewsLoaded(v)],
            Err(e) => vec![Action::Failed(e)],
        },
        Effect::SaveView { name, query } => match backend.save_view(&name, &query) {
            Ok(()) => vec![Action::ViewSaved(name)],
            Err(e) => vec![Action::Failed(e)],
        },
        Effect::LoadOrgs => match backend.orgs() {
            Ok(o) => vec![Action::OrgsLoaded(o)],
            Err(e) => vec![Action::Failed(e)],
        },
        Effect::LoadDigest => match backend.start_digest() {
            Ok(d) => d
                .map(|d| Action::DigestLoaded(Box::new(d)))
                .into_iter()
                .collect(),
            Err(e) => vec![Action::Failed(e)],
        },
        other => execute_drafts(other, backend),
    }
}

/// Draft effects; `execute` routes nothing else here.
fn execute_drafts(effect: Effect, backend: &dyn Backend) -> Vec<Action> {
    let saved = |key| Action::DraftSaved {
        key,
        at: Utc::now(),
    };
    match effect {
        Effect::LoadDrafts => match backend.drafts() {
            Ok(d) => vec![
                Action::DraftsLoaded {
                    drafts: d,
                    now: Utc::now(),
                },
                Action::DraftHolders(backend.draft_holders().unwrap_or_default()),
            ],
            Err(e) => vec![Action::Failed(e)],
        },
        Effect::TakeDraft { key, payload } => match backend.take_draft(&key, &payload) {
            Ok(()) => vec![saved(key)],
            Err(e) => vec![Action::Failed(e)],
        },
        Effect::PutDraft { key, payload } => match backend.put_draft(&key, &payload) {
            Ok(()) => vec![saved(key)],
            Err(e) => vec![Action::Failed(e)],
        },
        Effect::DeleteDraft { key } => match backend.delete_draft(&key) {
            Ok(()) => Vec::new(),
            Err(e) => vec![Action::Failed(e)],
        },
        _ => Vec::new(),
    }
}

/// Applies an action and every effect that follows from it, until the state is quiet.
/// Returns the effects the event loop must handle itself (`Suspend`, `Editor`, `Copy`).
pub fn dispatch(state: &mut State, backend: &dyn Backend, action: Action) -> Vec<Effect> {
    let mut queue = std::collections::VecDeque::from([action]);
    let mut for_loop = Vec::new();
    while let Some(a) = queue.pop_front() {
        for e in update(state, a) {
            if matches!(
                e,
                Effect::Suspend | Effect::Editor { .. } | Effect::Copy { .. }
            ) {
                for_loop.push(e);
                continue;
            }
            // A long export is run by the loop after a frame that says it is under way.
            if let Effect::Export { path, ids, .. } = &e
                && ids.len() >= EXPORT_SHOWN_FROM
            {
                state.status.error = None;
                state.status.message = Some(trf(
                    state.lang(),
                    msg::tui::EXPORTING,
                    &[("count", &ids.len()), ("path", path)],
                ));
                for_loop.push(e);
                continue;
            }
            let lang = state.lang();
            queue.extend(execute(e, backend, lang));
        }
    }
    for_loop
}
