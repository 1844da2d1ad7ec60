//! The one registry of commands. Each entry names a command, its argument, the i18n key
//! of its description and whether it can be typed after `:`. Keymaps bind keys to the
//! argument-less ones by name, the help screen lists them, and the command line completes
//! and parses them from this table, so a command that exists has help by construction.

use crate::domain::Stage;
use crate::i18n::msg;
use crate::i18n::{Lang, Msg};

use super::forms::{self, FormSpec};
use super::list::Column;

/// A command that takes no argument: what a key can be bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cmd {
    Quit,
    Suspend,
    Help,
    MoveDown,
    MoveUp,
    PageDown,
    PageUp,
    First,
    Last,
    MoveLeft,
    MoveRight,
    Open,
    Back,
    Search,
    Filter,
    CommandLine,
    Advance,
    MoveBack,
    Note,
    Mark,
    ClearMarks,
    Dashboard,
    Refresh,
    /// The messages since the program started.
    Messages,
    SortNext,
    SortReverse,
    NextTab,
    PrevTab,
    Confirm,
    Complete,
    InputLeft,
    InputRight,
    InputWordLeft,
    InputWordRight,
    InputHome,
    InputEnd,
    InputBackspace,
    InputDelete,
    InputDeleteWord,
    InputClear,
    InputKillEnd,
    // -- form --
    NewCase,
    EditCase,
    Save,
    Editor,
    NextField,
    PrevField,
    DiscardDraft,
    TakerForm,
    MemberForm,
    ObjectionForm,
    ReviewForm,
    /// In the review form: one more expert slot.
    AddExpert,
    TrancheForm,
    ExtensionForm,
    TerminationForm,
    MidtermForm,
    AcceptanceForm,
    /// A taker's status, own period and stage gate; the first taker (`:gate N` for another).
    GateForm,
    /// Makes the officer running the program the 经办人 of the marked or current cases.
    AssignMe,
    /// Leaves the marked or current cases without a 经办人.
    Unassign,
    /// Copies the current case's id to the officer's clipboard (OSC 52).
    CopyId,
    /// Copies the current case's list row, tab-separated, to the clipboard.
    CopyRow,
    /// Takes back the officer's own last change to the current case.
    Undo,
    /// Marks every case the list shows.
    MarkAll,
    /// The dialog that chooses and orders the list's columns.
    Columns,
    /// In the columns dialog: the column under the cursor one place up / down.
    MoveItemUp,
    MoveItemDown,
    /// A form of `forms/` on the current case, by its tag.
    Form(&'static str),
}

/// A command with its argument, as the command line or a key produces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Simple(Cmd),
    Sort(Column),
    Stage(Stage),
    View(String),
    Save(String),
    Export(String),
    Lang(Lang),
    Filter(String),
    Search(String),
    /// `:gate N`: the stage-gate form on taker N (from 1).
    Gate(usize),
    /// Reopens objection N (from 1).
    Objection(usize),
    /// `:assign USER`: the 经办人 of the marked or current cases (a checked user name).
    Assign(String),
    /// `:open ID` / `:goto ID`: opens the case with this id (or id number).
    Open(String),
}

/// What follows the command name on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    None,
    Column,
    Stage,
    View,
    Name,
    Path,
    Lang,
    Query,
    /// A taker's number, from 1.
    Taker,
    /// An objection's number (from 1).
    ObjectionNo,
    /// An operating-system user name (a 经办人).
    User,
    /// A case id or its number (`JB-2026-0058`, `0058`).
    CaseId,
}

#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub arg: Arg,
    /// The one-line description.
    pub desc: Msg,
    /// The key-bindable command, for argument-less entries.
    pub cmd: Option<Cmd>,
    /// Offered after `:` (editing keys and dialog confirmations are not).
    pub typed: bool,
    /// The form this command opens, for the forms described in `forms/`.
    pub form: Option<&'static FormSpec>,
}

const fn key(name: &'static str, cmd: Cmd, desc: Msg, typed: bool) -> Spec {
    Spec {
        name,
        aliases: &[],
        arg: Arg::None,
        desc,
        cmd: Some(cmd),
        typed,
        form: None,
    }
}

/// A form of `forms/`: `:tag` opens it on the current case.
const fn form(spec: &'static FormSpec, desc: Msg) -> Spec {
    Spec {
        form: Some(spec),
        ..key(spec.tag, Cmd::Form(spec.tag), desc, true)
    }
}

const fn typed(name: &'static str, arg: Arg, desc: Msg) -> Spec {
    Spec {
        name,
        aliases: &[],
        arg,
        desc,
        cmd: None,
        typed: true,
        form: None,
    }
}

const GATE_ALIASES: &[&str] = &["racing"];
const GOTO_ALIASES: &[&str] = &["goto"];

pub static REGISTRY: &[Spec] = &[
    Spec {
        aliases: &["q", "quit!", "q!"],
        ..key("quit", Cmd::Quit, msg::tui::CMD_QUIT, true)
    },
    key("suspend", Cmd::Suspend, msg::tui::CMD_SUSPEND, false),
    key("help", Cmd::Help, msg::tui::CMD_HELP, true),
    key("move_down", Cmd::MoveDown, msg::tui::CMD_MOVE_DOWN, false),
    key("move_up", Cmd::MoveUp, msg::tui::CMD_MOVE_UP, false),
    key("page_down", Cmd::PageDown, msg::tui::CMD_PAGE_DOWN, false),
    key("page_up", Cmd::PageUp, msg::tui::CMD_PAGE_UP, false),
    key("first", Cmd::First, msg::tui::CMD_FIRST, true),
    key("last", Cmd::Last, msg::tui::CMD_LAST, true),
    key("move_left", Cmd::MoveLeft, msg::tui::CMD_MOVE_LEFT, false),
    key(
        "move_right",
        Cmd::MoveRight,
        msg::tui::CMD_MOVE_RIGHT,
        false,
    ),
    key("open", Cmd::Open, msg::tui::CMD_OPEN, true),
    key("back", Cmd::Back, msg::tui::CMD_BACK, false),
    key("search", Cmd::Search, msg::tui::CMD_SEARCH, false),
    key("filter", Cmd::Filter, msg::tui::CMD_FILTER, false),
    key(
        "command_line",
        Cmd::CommandLine,
        msg::tui::CMD_COMMAND_LINE,
        false,
    ),
    key("advance", Cmd::Advance, msg::tui::CMD_ADVANCE, true),
    key("move_back", Cmd::MoveBack, msg::tui::CMD_MOVE_BACK, true),
    key("note", Cmd::Note, msg::tui::CMD_NOTE, true),
    key("mark", Cmd::Mark, msg::tui::CMD_MARK, true),
    key(
        "clear_marks",
        Cmd::ClearMarks,
        msg::tui::CMD_CLEAR_MARKS,
        true,
    ),
    key("mark_all", Cmd::MarkAll, msg::dayc::CMD_MARK_ALL, true),
    key("copy_id", Cmd::CopyId, msg::dayc::CMD_COPY_ID, true),
    key("copy_row", Cmd::CopyRow, msg::dayc::CMD_COPY_ROW, true),
    key("undo", Cmd::Undo, msg::dayc::CMD_UNDO, true),
    key("columns", Cmd::Columns, msg::dayc::CMD_COLUMNS, true),
    key(
        "move_item_up",
        Cmd::MoveItemUp,
        msg::dayc::CMD_MOVE_ITEM_UP,
        false,
    ),
    key(
        "move_item_down",
        Cmd::MoveItemDown,
        msg::dayc::CMD_MOVE_ITEM_DOWN,
        false,
    ),
    key("dashboard", Cmd::Dashboard, msg::tui::CMD_DASHBOARD, true),
    key("refresh", Cmd::Refresh, msg::tui::CMD_REFRESH, true),
    key("messages", Cmd::Messages, msg::tui::CMD_MESSAGES, true),
    key("sort_next", Cmd::SortNext, msg::tui::CMD_SORT_NEXT, false),
    key(
        "sort_reverse",
        Cmd::SortReverse,
        msg::tui::CMD_SORT_REVERSE,
        true,
    ),
    key("next_tab", Cmd::NextTab, msg::tui::CMD_NEXT_TAB, false),
    key("prev_tab", Cmd::PrevTab, msg::tui::CMD_PREV_TAB, false),
    key("confirm", Cmd::Confirm, msg::tui::CMD_CONFIRM, false),
    key("complete", Cmd::Complete, msg::tui::CMD_COMPLETE, false),
    key(
        "input_left",
        Cmd::InputLeft,
        msg::tui::CMD_INPUT_LEFT,
        false,
    ),
    key(
        "input_right",
        Cmd::InputRight,
        msg::tui::CMD_INPUT_RIGHT,
        false,
    ),
    key(
        "input_word_left",
        Cmd::InputWordLeft,
        msg::tui::CMD_INPUT_WORD_LEFT,
        false,
    ),
    key(
        "input_word_right",
        Cmd::InputWordRight,
        msg::tui::CMD_INPUT_WORD_RIGHT,
        false,
    ),
    key(
        "input_home",
        Cmd::InputHome,
        msg::tui::CMD_INPUT_HOME,
        false,
    ),
    key("input_end", Cmd::InputEnd, msg::tui::CMD_INPUT_END, false),
    key(
        "input_backspace",
        Cmd::InputBackspace,
        msg::tui::CMD_INPUT_BACKSPACE,
        false,
    ),
    key(
        "input_delete",
        Cmd::InputDelete,
        msg::tui::CMD_INPUT_DELETE,
        false,
    ),
    key(
        "input_delete_word",
        Cmd::InputDeleteWord,
        msg::tui::CMD_INPUT_DELETE_WORD,
        false,
    ),
    key(
        "input_clear",
        Cmd::InputClear,
        msg::tui::CMD_INPUT_CLEAR,
        false,
    ),
    key(
        "input_kill_end",
        Cmd::InputKillEnd,
        msg::tui::CMD_INPUT_KILL_END,
        false,
    ),
    // -- form --
    key("new_case", Cmd::NewCase, msg::form::CMD_NEW_CASE, true),
    key("edit_case", Cmd::EditCase, msg::form::CMD_EDIT_CASE, true),
    key("save", Cmd::Save, msg::form::CMD_SAVE, false),
    key("editor", Cmd::Editor, msg::form::CMD_EDITOR, false),
    key(
        "next_field",
        Cmd::NextField,
        msg::form::CMD_NEXT_FIELD,
        false,
    ),
    key(
        "prev_field",
        Cmd::PrevField,
        msg::form::CMD_PREV_FIELD,
        false,
    ),
    key(
        "discard_draft",
        Cmd::DiscardDraft,
        msg::form::CMD_DISCARD_DRAFT,
        false,
    ),
    key("taker", Cmd::TakerForm, msg::form::CMD_TAKER, true),
    key("member", Cmd::MemberForm, msg::form::CMD_MEMBER, true),
    form(&forms::dates::DATES, msg::form::CMD_DATES),
    form(&forms::audit::AUDIT, msg::app::AUDIT_CMD),
    key(
        "objection",
        Cmd::ObjectionForm,
        msg::form::CMD_OBJECTION,
        true,
    ),
    typed("objection", Arg::ObjectionNo, msg::form::CMD_OBJECTION_N),
    key(
        "review",
        Cmd::ReviewForm,
        msg::review_form::CMD_REVIEW,
        true,
    ),
    key(
        "add_expert",
        Cmd::AddExpert,
        msg::review_form::CMD_ADD_EXPERT,
        false,
    ),
    key("tranche", Cmd::TrancheForm, msg::form::CMD_TRANCHE, true),
    key(
        "extension",
        Cmd::ExtensionForm,
        msg::form::CMD_EXTENSION,
        true,
    ),
    key(
        "terminate",
        Cmd::TerminationForm,
        msg::form::CMD_TERMINATE,
        true,
    ),
    key("midterm", Cmd::MidtermForm, msg::stages::CMD_MIDTERM, true),
    key(
        "acceptance",
        Cmd::AcceptanceForm,
        msg::stages::CMD_ACCEPTANCE,
        true,
    ),
    Spec {
        aliases: GATE_ALIASES,
        ..key("gate", Cmd::GateForm, msg::stages::CMD_GATE, true)
    },
    Spec {
        aliases: GATE_ALIASES,
        ..typed("gate", Arg::Taker, msg::stages::CMD_GATE_N)
    },
    key(
        "assign",
        Cmd::AssignMe,
        msg::app::ASSIGN_CMD_ASSIGN_ME,
        true,
    ),
    typed("assign", Arg::User, msg::app::ASSIGN_CMD_ASSIGN_USER),
    key(
        "unassign",
        Cmd::Unassign,
        msg::app::ASSIGN_CMD_UNASSIGN,
        true,
    ),
    typed("sort", Arg::Column, msg::tui::CMD_SORT),
    typed("stage", Arg::Stage, msg::tui::CMD_STAGE),
    typed("view", Arg::View, msg::tui::CMD_VIEW),
    typed("save", Arg::Name, msg::tui::CMD_SAVE),
    typed("export", Arg::Path, msg::tui::CMD_EXPORT),
    typed("lang", Arg::Lang, msg::tui::CMD_LANG),
    typed("filter", Arg::Query, msg::tui::CMD_FILTER_TYPED),
    typed("find", Arg::Query, msg::tui::CMD_FIND),
    Spec {
        aliases: GOTO_ALIASES,
        ..typed("open", Arg::CaseId, msg::goto::CMD)
    },
];

/// The form of `forms/` with this tag.
pub fn form_spec(tag: &str) -> Option<&'static FormSpec> {
    forms().find(|f| f.tag == tag)
}

/// Every form of `forms/`, in registry order.
pub fn forms() -> impl Iterator<Item = &'static FormSpec> {
    REGISTRY.iter().filter_map(|s| s.form)
}

/// The registry entry of a bindable command.
pub fn spec_of(cmd: Cmd) -> &'static Spec {
    REGISTRY
        .iter()
        .find(|s| s.cmd == Some(cmd))
        .unwrap_or(&REGISTRY[0])
}

/// Looks up a bindable command by its keymap name.
pub fn bindable(name: &str) -> Option<Cmd> {
    REGISTRY
        .iter()
        .find(|s| s.name == name && s.cmd.is_some())
        .and_then(|s| s.cmd)
}

/// Looks up a command by the name typed after `:` (names and aliases). An argument-less
/// and an argument-taking entry may share a name (`filter` opens the filter line, `filter
/// QUERY` applies a query); `with_arg` picks between them.
pub fn typed_spec(name: &str, with_arg: bool) -> Option<&'static Spec> {
    let candidates = || {
        REGISTRY
            .iter()
            .filter(move |s| s.typed && (s.name == name || s.aliases.contains(&name)))
    };
    candidates()
        .find(|s| (s.arg != Arg::None) == with_arg)
        .or_else(|| candidates().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_and_commands_are_unique() {
        let mut bound = HashSet::new();
        for s in REGISTRY {
            if let Some(c) = s.cmd {
                assert!(bound.insert(c), "{c:?} registered twice");
                assert_eq!(bindable(s.name), Some(c));
            }
        }
        let mut typed_names = HashSet::new();
        for s in REGISTRY.iter().filter(|s| s.typed) {
            for n in std::iter::once(&s.name).chain(s.aliases) {
                assert!(typed_names.insert((*n, s.arg == Arg::None)), "{n} twice");
            }
        }
    }
}
