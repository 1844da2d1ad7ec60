//! The help's view by task: which part of an officer's day each command of the registry
//! serves. The match on [`Cmd`] is exhaustive, so a new command cannot be added without
//! saying where its help goes; the help screen lists each task's commands with the keys
//! the active keymap gives them, so the text is generated, never written by hand.

use super::commands::{Arg, Cmd, REGISTRY, Spec};
use super::keymap::{Context, Keymap};
use crate::i18n::{Msg, msg};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Working through the day's cases: mark, assign, note, copy, undo.
    Triage,
    /// Finding cases: search, filter, sort, saved views.
    Find,
    /// Moving cases through the stages.
    Move,
    /// Entering data: the application form and the department's forms.
    Enter,
    /// Files for the office: exports and views shared with colleagues.
    Outputs,
    /// Getting around the screens.
    Navigate,
    /// Editing text in a one-line input.
    Typing,
}

impl Task {
    pub const ALL: &'static [Task] = &[
        Task::Triage,
        Task::Find,
        Task::Move,
        Task::Enter,
        Task::Outputs,
        Task::Navigate,
        Task::Typing,
    ];

    /// The section title.
    pub fn title(self) -> Msg {
        match self {
            Task::Triage => msg::dayc::TASK_TRIAGE,
            Task::Find => msg::dayc::TASK_FIND,
            Task::Move => msg::dayc::TASK_MOVE,
            Task::Enter => msg::dayc::TASK_ENTER,
            Task::Outputs => msg::dayc::TASK_OUTPUTS,
            Task::Navigate => msg::dayc::TASK_NAVIGATE,
            Task::Typing => msg::dayc::TASK_TYPING,
        }
    }
}

/// The task a key-bindable command serves.
pub fn task_of(cmd: Cmd) -> Task {
    use Cmd::*;
    match cmd {
        Mark | MarkAll | ClearMarks | Note | AssignMe | Unassign | CopyId | CopyRow | Undo
        | Dashboard | Refresh | Messages => Task::Triage,
        Search | Filter | SortNext | SortReverse | Columns => Task::Find,
        Advance | MoveBack | GateForm => Task::Move,
        NewCase | EditCase | Save | Editor | NextField | PrevField | DiscardDraft | TakerForm
        | MemberForm | ObjectionForm | ReviewForm | AddExpert | TrancheForm | ExtensionForm
        | TerminationForm | MidtermForm | AcceptanceForm | Form(_) => Task::Enter,
        Quit | Suspend | Help | MoveDown | MoveUp | PageDown | PageUp | First | Last | MoveLeft
        | MoveRight | Open | Back | CommandLine | NextTab | PrevTab | Confirm | MoveItemUp
        | MoveItemDown => Task::Navigate,
        Complete | InputLeft | InputRight | InputWordLeft | InputWordRight | InputHome
        | InputEnd | InputBackspace | InputDelete | InputDeleteWord | InputClear | InputKillEnd => {
            Task::Typing
        }
    }
}

/// The task of a registry entry; a command typed with an argument goes with its kind.
pub fn task_of_spec(spec: &Spec) -> Option<Task> {
    if let Some(cmd) = spec.cmd {
        return Some(task_of(cmd));
    }
    match spec.name {
        "assign" => Some(Task::Triage),
        "sort" | "stage" | "view" | "filter" | "find" | "open" => Some(Task::Find),
        "gate" => Some(Task::Move),
        "objection" => Some(Task::Enter),
        "save" | "export" => Some(Task::Outputs),
        "lang" => Some(Task::Navigate),
        _ => None,
    }
}

/// One command as the task view lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The keys bound to it anywhere (screens first).
    pub keys: Vec<String>,
    /// Its name and argument when it can be typed after `:`.
    pub typed: Option<(&'static str, Arg)>,
    /// Its description.
    pub desc: Msg,
}

/// Contexts whose keys the task view names, in the order an officer meets them.
const WHERE: &[Context] = &[
    Context::List,
    Context::Detail,
    Context::Dashboard,
    Context::Global,
    Context::Form,
    Context::Columns,
    Context::Dialog,
    Context::Help,
    Context::Input,
    Context::Search,
    Context::Filter,
    Context::Command,
];

/// The registry's commands for `task`, with the keys `keymap` binds them to. A command
/// neither bound nor typed is left out (nothing would reach it).
pub fn entries(keymap: &Keymap, task: Task) -> Vec<Entry> {
    let mut out = Vec::new();
    for spec in REGISTRY.iter().filter(|s| task_of_spec(s) == Some(task)) {
        let mut keys: Vec<String> = Vec::new();
        if let Some(cmd) = spec.cmd {
            for ctx in WHERE {
                for k in keymap.keys_for(*ctx, cmd) {
                    let k = k.to_string();
                    if !keys.contains(&k) {
                        keys.push(k);
                    }
                }
            }
        }
        let typed = spec.typed.then_some((spec.name, spec.arg));
        if !keys.is_empty() || typed.is_some() {
            out.push(Entry {
                keys,
                typed,
                desc: spec.desc,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_typed_command_has_a_task() {
        for s in REGISTRY {
            assert!(task_of_spec(s).is_some(), ":{} has no task", s.name);
        }
    }

    #[test]
    fn the_days_tasks_each_have_commands_in_the_default_keymap() {
        let map = Keymap::default_map();
        for t in Task::ALL {
            assert!(!entries(&map, *t).is_empty(), "{t:?}");
        }
    }
}
