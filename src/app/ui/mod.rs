//! The TUI's pure core, in the Elm pattern: [`State`], the closed [`Action`] enum,
//! [`update()`] returning [`Effect`]s, the command registry and the keymaps. No terminal
//! I/O and no store access: `src/tui` draws the state and executes effects through a
//! [`Backend`], so the whole UI can be driven by scripted actions in tests.

pub mod action;
pub mod assign;
pub mod backend;
pub mod bulk;
pub mod case_id;
pub mod cmdline;
pub mod collate;
pub mod columns;
pub mod commands;
pub mod cursor;
pub mod daily;
pub mod dashboard;
pub mod dashboard_charts;
pub mod dialogs;
pub mod digest;
pub mod find;
pub mod form;
pub mod forms;
pub mod goto;
pub mod help_tasks;
pub mod input;
pub mod keymap;
pub mod keys;
pub mod levels;
pub mod list;
pub mod messages;
pub mod midterm_basis;
pub mod mouse;
pub mod mouse_input;
pub mod nav;
pub mod overlays;
pub mod session_backend;
mod session_form;
pub mod state;
pub mod tabs;
pub mod text;
pub mod update;

pub use action::{Action, AdvanceReq, Effect, Outcome, WriteOp};
pub use backend::{
    AdvancePreview, Backend, BackendResult, CaseDetail, DraftRow, HistoryLine, PublicityEnd,
    RowFacts, SavedView, Unmet, WriteError,
};
pub use commands::{Cmd, Command};
pub use keymap::{Context, Keymap, KeymapError};
pub use keys::{Key, KeyChord};
pub use state::{Screen, Settings, State};
pub use update::{init, settle, update};
