//! `update(state, action) -> effects`: the only place State changes. Keys are resolved
//! through the active keymap (overlay first, then screen, then global); backend results
//! come back as messages. One loop routes: each handler answers with an [`Outcome`], and
//! an action that follows from another is queued here, never sent from inside a handler.

use crate::i18n::msg;
use std::collections::VecDeque;

use crate::i18n::{tr, trf};

use super::action::{Action, Effect, Outcome};
use super::commands::{Cmd, Command};
use super::dashboard::Dashboard;
use super::find::Finder;
use super::form::{self, Purpose};
use super::state::{Dialog, Overlay, Screen, State};
use super::text::ShownRows;
use super::{cursor, dialogs, digest, nav, overlays};

/// Follow-ups one action may lead to; a longer chain is a defect, stopped, not looped on.
const MAX_FOLLOW_UPS: usize = 8;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let before = super::messages::snapshot(state);
    let mut queue = VecDeque::from([action]);
    let mut effects = Vec::new();
    let mut steps = 0;
    while let Some(a) = queue.pop_front() {
        steps += 1;
        match step(state, a) {
            Outcome::Ignored => {}
            Outcome::Consumed(e) => effects.extend(e),
            Outcome::Then(next) if steps <= MAX_FOLLOW_UPS => queue.push_back(next),
            Outcome::Then(_) => {}
        }
    }
    super::messages::note_changes(state, &before);
    effects
}

/// One action, handed to the handler it is for.
fn step(state: &mut State, action: Action) -> Outcome {
    match action {
        Action::Key(key) => key_pressed(state, key),
        Action::Command(c) => command(state, c),
        other => message(state, other).into(),
    }
}

/// A key: a command of the keymap in force, else text typed into the active input.
fn key_pressed(state: &mut State, key: super::keys::KeyChord) -> Outcome {
    state.status.error = None;
    state.status.message = None;
    if digest::dismiss(state) {
        return Outcome::done();
    }
    let layers = state.layers();
    if let Some(cmd) = state.keymap.resolve(&layers, &key) {
        return Outcome::Then(Action::Command(Command::Simple(cmd)));
    }
    match key.text() {
        Some(c) if state.overlay().is_none() && matches!(state.screen, Screen::Form(_)) => {
            form::edit::type_text(state, &c.to_string());
            Outcome::done()
        }
        Some(c) if state.active_input().is_some() => {
            overlays::type_text(state, &c.to_string());
            Outcome::done()
        }
        _ => Outcome::Ignored,
    }
}

/// Everything but keys and commands: pasted text, a resize, and the backend's answers.
fn message(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Key(_) | Action::Command(_) => Vec::new(),
        Action::Paste(text) => {
            paste(state, &text);
            Vec::new()
        }
        Action::Resize { width, height } => resize(state, width, height),
        Action::SummariesLoaded {
            rows,
            facts,
            today,
            counter,
            at,
        } => take_summaries(state, (rows, facts), today, counter, at),
        Action::Tick { now, today } => tick(state, now, today),
        Action::TypingPaused => {
            super::find::typing_paused(state);
            Vec::new()
        }
        Action::CaseLoaded(detail) => {
            nav::case_loaded(state, detail);
            Vec::new()
        }
        Action::PreviewLoaded { previews, failed } => {
            dialogs::previews_loaded(state, previews, failed);
            Vec::new()
        }
        Action::Written { op, results } => dialogs::written(state, op, results),
        Action::Mouse(m) => super::mouse::handle(state, m),
        Action::DigestLoaded(d) => {
            digest::loaded(state, *d);
            Vec::new()
        }
        Action::ViewsLoaded(views) => {
            state.views = views;
            Vec::new()
        }
        Action::ExportExists { path, ids } => {
            state.push_overlay(Overlay::Dialog(Dialog::Replace { path, ids }));
            Vec::new()
        }
        Action::Failed(msg) => {
            state.status.error = Some(msg);
            if let Screen::Form(f) = &mut state.screen {
                f.saving = false;
            }
            Vec::new()
        }
        other => done_message(state, other),
    }
}

/// The backend's confirmations of what was done: copied, saved, exported.
fn done_message(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Copied { what } => {
            state.status.message = Some(trf(
                state.lang(),
                msg::workday::COPY_DONE,
                &[("what", &what)],
            ));
            Vec::new()
        }
        Action::ColumnsSaved { path } => {
            state.status.message = Some(trf(
                state.lang(),
                msg::workday::COLUMNS_SAVED,
                &[("path", &path)],
            ));
            Vec::new()
        }
        Action::ViewSaved(name) => {
            state.status.message =
                Some(trf(state.lang(), msg::tui::VIEW_SAVED, &[("name", &name)]));
            vec![Effect::LoadViews]
        }
        Action::Exported { path, count } => {
            state.status.message = Some(trf(
                state.lang(),
                msg::tui::EXPORT_DONE,
                &[("count", &count), ("path", &path)],
            ));
            Vec::new()
        }
        other => form_message(state, other),
    }
}

/// The backend's answers about forms and drafts.
fn form_message(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::FormCase { purpose, detail } => form::open::case_loaded(state, purpose, detail),
        Action::FormSubmitted(result) => form::edit::submitted(state, result),
        Action::FormConflict { theirs, by } => form::edit::conflicted(state, theirs, by),
        Action::OrgsLoaded(orgs) => {
            form::edit::orgs_loaded(state, orgs);
            Vec::new()
        }
        Action::DraftsLoaded { drafts, now } => {
            form::resume::loaded(state, drafts, now);
            Vec::new()
        }
        Action::DraftDue => form::autosave::due(state),
        Action::DraftHolders(held) => {
            form::resume::held(state, held);
            Vec::new()
        }
        Action::DraftSaved { key, at } => {
            form::autosave::saved(state, &key, at);
            Vec::new()
        }
        Action::EditorDone(result) => {
            form::edit::editor_done(state, result);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Text pasted at once: into the form's field, else into the active input on one line.
fn paste(state: &mut State, text: &str) {
    if state.overlay().is_none() && matches!(state.screen, Screen::Form(_)) {
        form::edit::paste(state, text);
    } else if state.active_input().is_some() {
        let flat: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        overlays::type_text(state, &flat);
    }
}

/// The clock: the time on the title line; at midnight deadlines, overdue flags and
/// publicity counts are for the new day, and so is the open case's verdict on its next
/// stage.
fn tick(
    state: &mut State,
    now: chrono::DateTime<chrono::Utc>,
    today: chrono::NaiveDate,
) -> Vec<Effect> {
    state.status.now = Some(now);
    if today == state.today {
        return Vec::new();
    }
    let mut effects = vec![Effect::LoadSummaries];
    if let Screen::Detail(d) = &state.screen {
        effects.push(Effect::LoadCase {
            id: d.detail.case.id.clone(),
        });
    }
    effects
}

fn resize(state: &mut State, width: u16, height: u16) -> Vec<Effect> {
    state.width = width;
    state.height = height;
    let h = state.list_height();
    state.list.scroll_into_view(h);
    Vec::new()
}

/// Replaces the rows; the load is complete, so the loading mark goes.
fn take_summaries(
    state: &mut State,
    (rows, facts): (
        Vec<crate::domain::CaseSummary>,
        Vec<super::backend::RowFacts>,
    ),
    today: chrono::NaiveDate,
    counter: u64,
    at: chrono::DateTime<chrono::Utc>,
) -> Vec<Effect> {
    state.rows = ShownRows::new(rows);
    state.facts = facts;
    state.today = today;
    state.counter = counter;
    state.status.loading = None;
    state.status.last_refresh = Some(at);
    summaries_loaded(state)
}

/// New rows: the list, its query and the dashboard follow; an open case that changed is
/// loaded again.
fn summaries_loaded(state: &mut State) -> Vec<Effect> {
    // Built on first use: a refresh with no search or name filter showing stays cheap.
    state.finder = Finder::default();
    if let Err(e) = cursor::rebuild(state) {
        // The query parsed before; the vocabulary cannot have changed under it,
        // but never keep a list that disagrees with its title.
        state.status.error = Some(cursor::filter_error_text(state.lang(), &e));
        state.list.query.clear();
        let _ = cursor::rebuild(state);
    }
    let keep = state.dashboard.cursor;
    state.dashboard =
        Dashboard::compute(&state.rows, &state.facts, state.today, state.settings.me());
    state.dashboard.cursor = keep;
    let h = state.list_height();
    state.list.scroll_into_view(h);
    // The open case changed under us: show the new version.
    match &state.screen {
        Screen::Detail(d) => {
            let id = &d.detail.case.id;
            match state.row_by_id(id) {
                Some(r) if r.rev != d.detail.case.rev => {
                    vec![Effect::LoadCase { id: id.clone() }]
                }
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

/// Runs the search or filter the last keys asked for. The runner calls this once after
/// handling every key already waiting, so a newer keystroke supersedes an older search
/// instead of queueing behind it.
pub fn settle(state: &mut State) {
    overlays::settle(state);
}

/// The effects to run at start: load the rows and the saved views.
pub fn init(state: &mut State) -> Vec<Effect> {
    let mut effects = vec![Effect::LoadSummaries, Effect::LoadViews, Effect::LoadDrafts];
    if state.digest_on_start {
        effects.push(Effect::LoadDigest);
    }
    effects
}

/// A command, from a key or the command line.
pub fn command(state: &mut State, command: Command) -> Outcome {
    match command {
        Command::Simple(cmd) => simple(state, cmd),
        other => typed(state, other).into(),
    }
}

/// A command with an argument, as the command line gives it.
fn typed(state: &mut State, command: Command) -> Vec<Effect> {
    let lang = state.lang();
    match command {
        Command::Simple(_) => Vec::new(),
        Command::Sort(col) => {
            state.list.sort.column = col;
            cursor::resort(state);
            Vec::new()
        }
        Command::Stage(s) => {
            cursor::apply_query(state, &format!("stage:{}", s.id()));
            state.screen = Screen::List;
            Vec::new()
        }
        Command::View(name) => {
            match state.views.iter().find(|v| v.name == name) {
                Some(v) => {
                    let q = v.query.clone();
                    cursor::apply_query(state, &q);
                    state.screen = Screen::List;
                }
                None => {
                    let names: Vec<&str> = state.views.iter().map(|v| v.name.as_str()).collect();
                    state.status.error = Some(trf(
                        lang,
                        msg::tui::VIEW_UNKNOWN,
                        &[("name", &name), ("views", &names.join(" "))],
                    ));
                }
            }
            Vec::new()
        }
        Command::Save(name) => vec![Effect::SaveView {
            name,
            query: state.list.query.clone(),
        }],
        Command::Export(path) => {
            let ids: Vec<String> = if state.list.marks.is_empty() {
                state
                    .list
                    .visible
                    .iter()
                    .map(|i| state.rows[*i].id.clone())
                    .collect()
            } else {
                state.list.marks.iter().cloned().collect()
            };
            vec![Effect::Export {
                path,
                ids,
                replace: false,
            }]
        }
        Command::Lang(l) => {
            state.settings.lang = l;
            state.status.message = Some(tr(l, msg::tui::LANG_SET).to_string());
            Vec::new()
        }
        Command::Filter(q) => {
            cursor::apply_query(state, &q);
            state.screen = Screen::List;
            Vec::new()
        }
        Command::Search(q) => {
            cursor::show_search(state, &q);
            Vec::new()
        }
        Command::Gate(n) => form::open::on_case(state, |id| Purpose::Gate(id, n - 1)),
        Command::Objection(n) => form::open::on_case(state, |id| Purpose::ObjectionEdit(id, n - 1)),
        Command::Assign(user) => super::assign::assign(state, user),
        Command::Open(id) => super::goto::open(state, &id),
    }
}

/// A command without argument: the layer on top takes it (a dialog, an overlay, a form,
/// the resume screen), else the screen under it.
fn simple(state: &mut State, cmd: Cmd) -> Outcome {
    if cmd == Cmd::Suspend {
        // Works from anywhere, as in every terminal program.
        return vec![Effect::Suspend].into();
    }
    match state.overlay() {
        Some(Overlay::Dialog(_)) => return dialogs::command(state, cmd),
        Some(_) => return overlays::command(state, cmd),
        None => {}
    }
    match &state.screen {
        Screen::Form(_) => form::edit::command(state, cmd).into(),
        Screen::Drafts(_) => form::resume::command(state, cmd).into(),
        _ => screen_command(state, cmd).into(),
    }
}

/// A command on the list, the detail, the dashboard or help.
fn screen_command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    match cmd {
        Cmd::NewCase => form::open::new_case(state),
        Cmd::EditCase => form::open::on_case(state, Purpose::EditCase),
        Cmd::TakerForm => form::open::on_case(state, Purpose::Taker),
        Cmd::MemberForm => form::open::on_case(state, Purpose::Member),
        Cmd::Form(tag) => form::open::on_case(state, |id| Purpose::Record(tag.into(), id)),
        Cmd::ObjectionForm => form::open::on_case(state, Purpose::Objection),
        Cmd::ReviewForm => form::open::on_case(state, Purpose::Review),
        Cmd::TrancheForm => form::open::on_case(state, Purpose::Tranche),
        Cmd::ExtensionForm => form::open::on_case(state, Purpose::Extension),
        Cmd::TerminationForm => form::open::on_case(state, Purpose::Termination),
        Cmd::MidtermForm => form::open::on_case(state, Purpose::Midterm),
        Cmd::AcceptanceForm => form::open::on_case(state, Purpose::Acceptance),
        Cmd::GateForm => form::open::on_case(state, |id| Purpose::Gate(id, 0)),
        // `q` in a drill-down is one level back, to the dashboard (CONTRACT: `q` quits
        // from the top list only).
        Cmd::Quit if matches!(state.screen, Screen::List) && super::levels::leave_drill(state) => {
            Vec::new()
        }
        Cmd::Quit => {
            state.quit = true;
            vec![Effect::Quit]
        }
        Cmd::Help => {
            if !matches!(state.screen, Screen::Help { .. }) {
                let from = std::mem::replace(&mut state.screen, Screen::List);
                state.screen = Screen::Help {
                    scroll: 0,
                    from: Box::new(from),
                };
            }
            Vec::new()
        }
        Cmd::CommandLine => {
            overlays::open_command(state);
            Vec::new()
        }
        Cmd::Dashboard => {
            state.screen = Screen::Dashboard;
            Vec::new()
        }
        Cmd::Refresh => vec![Effect::LoadSummaries, Effect::LoadViews],
        Cmd::Messages => {
            super::messages::open(state);
            Vec::new()
        }
        Cmd::Advance | Cmd::MoveBack | Cmd::Note => dialogs::open(state, cmd),
        Cmd::AssignMe => {
            let me = state.settings.me().to_string();
            super::assign::assign(state, me)
        }
        Cmd::Unassign => super::assign::assign(state, String::new()),
        Cmd::CopyId | Cmd::CopyRow | Cmd::Undo | Cmd::MarkAll => super::daily::command(state, cmd),
        Cmd::Columns => {
            super::columns::open(state);
            Vec::new()
        }
        _ => nav::screen_command(state, cmd),
    }
}
