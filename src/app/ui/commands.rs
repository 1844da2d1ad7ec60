//! The one registry of commands. Each entry names a command, its argument, the i18n key
//! of its description and whether it can be typed after `:`. Keymaps bind keys to the
//! argument-less ones by name, the help screen lists them, and the command line completes
//! and parses them from this table, so a command that exists has help by construction.

use crate::domain::Stage;
use crate::i18n::Lang;

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
    /// i18n key of the one-line description.
    pub desc: &'static str,
    /// The key-bindable command, for argument-less entries.
    pub cmd: Option<Cmd>,
    /// Offered after `:` (editing keys and dialog confirmations are not).
    pub typed: bool,
    /// The form this command opens, for the forms described in `forms/`.
    pub form: Option<&'static FormSpec>,
}

const fn key(name: &'static str, cmd: Cmd, desc: &'static str, typed: bool) -> Spec {
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
const fn form(spec: &'static FormSpec, desc: &'static str) -> Spec {
    Spec {
        form: Some(spec),
        ..key(spec.tag, Cmd::Form(spec.tag), desc, true)
    }
}

const fn typed(name: &'static str, arg: Arg, desc: &'static str) -> Spec {
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
        ..key("quit", Cmd::Quit, "tui.cmd.quit", true)
    },
    key("suspend", Cmd::Suspend, "tui.cmd.suspend", false),
    key("help", Cmd::Help, "tui.cmd.help", true),
    key("move_down", Cmd::MoveDown, "tui.cmd.move_down", false),
    key("move_up", Cmd::MoveUp, "tui.cmd.move_up", false),
    key("page_down", Cmd::PageDown, "tui.cmd.page_down", false),
    key("page_up", Cmd::PageUp, "tui.cmd.page_up", false),
    key("first", Cmd::First, "tui.cmd.first", true),
    key("last", Cmd::Last, "tui.cmd.last", true),
    key("move_left", Cmd::MoveLeft, "tui.cmd.move_left", false),
    key("move_right", Cmd::MoveRight, "tui.cmd.move_right", false),
    key("open", Cmd::Open, "tui.cmd.open", true),
    key("back", Cmd::Back, "tui.cmd.back", false),
    key("search", Cmd::Search, "tui.cmd.search", false),
    key("filter", Cmd::Filter, "tui.cmd.filter", false),
    key(
        "command_line",
        Cmd::CommandLine,
        "tui.cmd.command_line",
        false,
    ),
    key("advance", Cmd::Advance, "tui.cmd.advance", true),
    key("move_back", Cmd::MoveBack, "tui.cmd.move_back", true),
    key("note", Cmd::Note, "tui.cmd.note", true),
    key("mark", Cmd::Mark, "tui.cmd.mark", true),
    key("clear_marks", Cmd::ClearMarks, "tui.cmd.clear_marks", true),
    key("mark_all", Cmd::MarkAll, "dayc.cmd.mark_all", true),
    key("copy_id", Cmd::CopyId, "dayc.cmd.copy_id", true),
    key("copy_row", Cmd::CopyRow, "dayc.cmd.copy_row", true),
    key("undo", Cmd::Undo, "dayc.cmd.undo", true),
    key("columns", Cmd::Columns, "dayc.cmd.columns", true),
    key(
        "move_item_up",
        Cmd::MoveItemUp,
        "dayc.cmd.move_item_up",
        false,
    ),
    key(
        "move_item_down",
        Cmd::MoveItemDown,
        "dayc.cmd.move_item_down",
        false,
    ),
    key("dashboard", Cmd::Dashboard, "tui.cmd.dashboard", true),
    key("refresh", Cmd::Refresh, "tui.cmd.refresh", true),
    key("messages", Cmd::Messages, "tui.cmd.messages", true),
    key("sort_next", Cmd::SortNext, "tui.cmd.sort_next", false),
    key(
        "sort_reverse",
        Cmd::SortReverse,
        "tui.cmd.sort_reverse",
        true,
    ),
    key("next_tab", Cmd::NextTab, "tui.cmd.next_tab", false),
    key("prev_tab", Cmd::PrevTab, "tui.cmd.prev_tab", false),
    key("confirm", Cmd::Confirm, "tui.cmd.confirm", false),
    key("complete", Cmd::Complete, "tui.cmd.complete", false),
    key("input_left", Cmd::InputLeft, "tui.cmd.input_left", false),
    key("input_right", Cmd::InputRight, "tui.cmd.input_right", false),
    key(
        "input_word_left",
        Cmd::InputWordLeft,
        "tui.cmd.input_word_left",
        false,
    ),
    key(
        "input_word_right",
        Cmd::InputWordRight,
        "tui.cmd.input_word_right",
        false,
    ),
    key("input_home", Cmd::InputHome, "tui.cmd.input_home", false),
    key("input_end", Cmd::InputEnd, "tui.cmd.input_end", false),
    key(
        "input_backspace",
        Cmd::InputBackspace,
        "tui.cmd.input_backspace",
        false,
    ),
    key(
        "input_delete",
        Cmd::InputDelete,
        "tui.cmd.input_delete",
        false,
    ),
    key(
        "input_delete_word",
        Cmd::InputDeleteWord,
        "tui.cmd.input_delete_word",
        false,
    ),
    key("input_clear", Cmd::InputClear, "tui.cmd.input_clear", false),
    key(
        "input_kill_end",
        Cmd::InputKillEnd,
        "tui.cmd.input_kill_end",
        false,
    ),
    // -- form --
    key("new_case", Cmd::NewCase, "form.cmd.new_case", true),
    key("edit_case", Cmd::EditCase, "form.cmd.edit_case", true),
    key("save", Cmd::Save, "form.cmd.save", false),
    key("editor", Cmd::Editor, "form.cmd.editor", false),
    key("next_field", Cmd::NextField, "form.cmd.next_field", false),
    key("prev_field", Cmd::PrevField, "form.cmd.prev_field", false),
    key(
        "discard_draft",
        Cmd::DiscardDraft,
        "form.cmd.discard_draft",
        false,
    ),
    key("taker", Cmd::TakerForm, "form.cmd.taker", true),
    key("member", Cmd::MemberForm, "form.cmd.member", true),
    form(&forms::dates::DATES, "form.cmd.dates"),
    form(&forms::audit::AUDIT, "audit.cmd"),
    key("objection", Cmd::ObjectionForm, "form.cmd.objection", true),
    typed("objection", Arg::ObjectionNo, "form.cmd.objection_n"),
    key("review", Cmd::ReviewForm, "rform.cmd.review", true),
    key("add_expert", Cmd::AddExpert, "rform.cmd.add_expert", false),
    key("tranche", Cmd::TrancheForm, "form.cmd.tranche", true),
    key("extension", Cmd::ExtensionForm, "form.cmd.extension", true),
    key(
        "terminate",
        Cmd::TerminationForm,
        "form.cmd.terminate",
        true,
    ),
    key("midterm", Cmd::MidtermForm, "stages.cmd.midterm", true),
    key(
        "acceptance",
        Cmd::AcceptanceForm,
        "stages.cmd.acceptance",
        true,
    ),
    Spec {
        aliases: GATE_ALIASES,
        ..key("gate", Cmd::GateForm, "stages.cmd.gate", true)
    },
    Spec {
        aliases: GATE_ALIASES,
        ..typed("gate", Arg::Taker, "stages.cmd.gate_n")
    },
    key("assign", Cmd::AssignMe, "assign.cmd.assign_me", true),
    typed("assign", Arg::User, "assign.cmd.assign_user"),
    key("unassign", Cmd::Unassign, "assign.cmd.unassign", true),
    typed("sort", Arg::Column, "tui.cmd.sort"),
    typed("stage", Arg::Stage, "tui.cmd.stage"),
    typed("view", Arg::View, "tui.cmd.view"),
    typed("save", Arg::Name, "tui.cmd.save"),
    typed("export", Arg::Path, "tui.cmd.export"),
    typed("lang", Arg::Lang, "tui.cmd.lang"),
    typed("filter", Arg::Query, "tui.cmd.filter_typed"),
    typed("find", Arg::Query, "tui.cmd.find"),
    Spec {
        aliases: GOTO_ALIASES,
        ..typed("open", Arg::CaseId, "goto.cmd")
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

    #[test]
    fn every_description_exists_in_both_languages() {
        for s in REGISTRY {
            for lang in Lang::ALL {
                assert!(
                    lang.table().iter().any(|(k, _)| *k == s.desc),
                    "{} missing in {lang:?}",
                    s.desc
                );
            }
        }
    }
}
