//! Everything the screen shows, and nothing about how to draw it.

use super::text::{Shown, ShownRows};
use chrono::{DateTime, NaiveDate, Utc};
use tui_input::Input;

use crate::domain::{CaseSummary, Stage};
use crate::i18n::Lang;

use super::backend::{AdvancePreview, CaseDetail, RowFacts, SavedView};
use super::dashboard::Dashboard;
use super::find::{FindError, Finder};
use super::keymap::{Context, Keymap};
use super::list::{Found, ListView, Pinned};

/// Settings fixed at start (some changeable by command).
#[derive(Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    pub ascii: bool,
    pub no_color: bool,
    pub read_only: bool,
    pub store_path: String,
    pub user: String,
}

#[derive(Debug, Clone)]
pub struct DetailView {
    pub detail: Box<CaseDetail>,
    pub tab: super::tabs::Tab,
    pub scroll: usize,
}

#[derive(Debug, Clone)]
pub enum Screen {
    List,
    Detail(DetailView),
    Dashboard,
    Help {
        scroll: usize,
        from: Box<Screen>,
    },
    Form(Box<super::form::Form>),
    /// Drafts left by a previous run, offered at start.
    Drafts(super::form::draft::DraftList),
}

/// What the list looked like before a search, restored by Esc.
#[derive(Debug, Clone)]
pub struct Saved {
    pub found: Option<Found>,
    pub selected: Option<String>,
    pub cursor: usize,
    pub top: usize,
}

#[derive(Debug, Clone)]
pub struct Completion {
    pub items: Vec<String>,
    pub index: usize,
}

#[derive(Debug, Clone)]
pub enum Dialog {
    /// Single or bulk advance: previews arrive, then the officer confirms.
    Advance {
        ids: Vec<String>,
        previews: Option<Vec<AdvancePreview>>,
        failed: Vec<(String, String)>,
        note: Input,
        scroll: usize,
    },
    /// Move back the marked cases (or the current one), each one stage; those on their
    /// first stage are listed as refused.
    Back {
        targets: Vec<Target>,
        reason: Input,
        error: Option<String>,
    },
    /// One note on the marked cases (or the current one).
    Note {
        targets: Vec<Target>,
        text: Input,
        error: Option<String>,
    },
    /// `:export` onto an existing file: confirm replaces it, back leaves it.
    Replace { path: String, ids: Vec<String> },
    /// Which list columns show, in which order (`C`): saved to config.toml on confirm.
    Columns {
        items: Vec<(super::list::Column, bool)>,
        cursor: usize,
    },
    /// A result or a stale-write report; any confirm closes it.
    Message {
        title: String,
        lines: Vec<Shown>,
        scroll: usize,
    },
}

#[derive(Debug, Clone)]
pub enum Overlay {
    Search {
        input: Input,
        saved: Saved,
    },
    Filter {
        input: Input,
        before: String,
        error: Option<FindError>,
        completion: Option<Completion>,
    },
    Command {
        input: Input,
        completion: Option<Completion>,
    },
    Dialog(Dialog),
    /// The morning digest at the first start of the day; any key closes it.
    Digest(Box<crate::app::digest_ops::Digest>),
}

#[derive(Debug, Clone, Default)]
pub struct Status {
    pub last_refresh: Option<DateTime<Utc>>,
    /// The clock's time at the last tick: the header clock (the last refresh until then).
    pub now: Option<DateTime<Utc>>,
    /// An error to show until the next action.
    pub error: Option<String>,
    /// A confirmation to show until the next action.
    pub message: Option<String>,
    /// A search or filter is waiting to run after the pending keys are handled.
    pub dirty_search: bool,
    /// Only a first page is loaded; the store holds this many rows in all.
    pub loading: Option<u64>,
}

pub struct State {
    pub settings: Settings,
    pub keymap: Keymap,
    pub today: NaiveDate,
    pub rows: ShownRows,
    pub facts: Vec<RowFacts>,
    pub finder: Finder,
    pub list: ListView,
    pub dashboard: Dashboard,
    /// The list before a dashboard figure was opened on it (`Esc` goes back to both).
    pub drill: Option<Drill>,
    pub screen: Screen,
    /// Open overlays and dialogs, the top last: keys go to the top one.
    overlays: Vec<Overlay>,
    pub status: Status,
    /// Every message since the program started (`:messages`).
    pub log: Vec<Logged>,
    /// The help's last scroll position as last drawn (it depends on the terminal's width),
    /// so scrolling stops there and `G` goes there.
    pub help_max: std::cell::Cell<usize>,
    pub views: Vec<SavedView>,
    pub counter: u64,
    /// The case whose detail was asked for and not yet loaded.
    pub pending_open: Option<String>,
    /// Terminal size as last reported.
    pub width: u16,
    pub height: u16,
    pub quit: bool,
    /// Ask for the morning digest at start (`digest_on_start` in config.toml).
    pub digest_on_start: bool,
    /// The last click on a list row, for a double click: (position, time in ms).
    pub last_click: Option<(usize, u64)>,
}

impl Settings {
    /// The officer's user name, as `mine` and the 经办人 use it: `user` is the actor's
    /// label, `name@client-address` over SSH, and the address is not part of the name.
    pub fn me(&self) -> &str {
        match self.user.rsplit_once('@') {
            Some((name, ip)) if ip.parse::<std::net::IpAddr>().is_ok() => name,
            _ => &self.user,
        }
    }
}

impl State {
    pub fn new(settings: Settings, keymap: Keymap, today: NaiveDate) -> State {
        State {
            settings,
            keymap,
            today,
            rows: ShownRows::default(),
            facts: Vec::new(),
            finder: Finder::default(),
            list: ListView::default(),
            dashboard: Dashboard::default(),
            drill: None,
            screen: Screen::List,
            overlays: Vec::new(),
            status: Status::default(),
            log: Vec::new(),
            help_max: std::cell::Cell::new(usize::MAX),
            views: Vec::new(),
            counter: 0,
            pending_open: None,
            width: 80,
            height: 24,
            quit: false,
            digest_on_start: false,
            last_click: None,
        }
    }

    /// The overlay or dialog on top, which takes the keys.
    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlays.last()
    }

    pub fn overlay_mut(&mut self) -> Option<&mut Overlay> {
        self.overlays.last_mut()
    }

    /// Opens an overlay or dialog over whatever is showing.
    pub fn push_overlay(&mut self, overlay: Overlay) {
        self.overlays.push(overlay);
    }

    /// Closes the overlay or dialog on top, handing it back.
    pub fn pop_overlay(&mut self) -> Option<Overlay> {
        self.overlays.pop()
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// Rows of the list body at the current size (title, header, status and input lines
    /// take four).
    pub fn list_height(&self) -> usize {
        (self.height as usize).saturating_sub(4).max(1)
    }

    /// The keymap layers in force, most specific first.
    pub fn layers(&self) -> Vec<Context> {
        let screen = match self.screen {
            Screen::List => Context::List,
            Screen::Detail(_) => Context::Detail,
            Screen::Dashboard => Context::Dashboard,
            Screen::Help { .. } => Context::Help,
            Screen::Form(ref f) if self.overlays.is_empty() => {
                // Prompts take no text; the fields type into themselves.
                return if f.prompt.is_some() {
                    vec![Context::Form]
                } else {
                    vec![Context::Form, Context::Input]
                };
            }
            Screen::Form(_) => Context::Form,
            Screen::Drafts(_) => Context::Dialog,
        };
        match self.overlay() {
            None => vec![screen],
            Some(Overlay::Search { .. }) => vec![Context::Search, Context::Input],
            Some(Overlay::Filter { .. }) => vec![Context::Filter, Context::Input],
            Some(Overlay::Command { .. }) => vec![Context::Command, Context::Input],
            Some(Overlay::Dialog(Dialog::Back { .. } | Dialog::Note { .. })) => {
                vec![Context::Input, Context::Dialog]
            }
            Some(Overlay::Dialog(Dialog::Advance { previews, .. })) => {
                let can_note = previews
                    .as_ref()
                    .is_some_and(|p| p.iter().any(|p| p.allowed()));
                if can_note {
                    vec![Context::Input, Context::Dialog]
                } else {
                    vec![Context::Dialog]
                }
            }
            Some(Overlay::Digest(_)) => vec![Context::Dialog],
            Some(Overlay::Dialog(Dialog::Message { .. } | Dialog::Replace { .. })) => {
                vec![Context::Dialog]
            }
            Some(Overlay::Dialog(Dialog::Columns { .. })) => vec![Context::Columns],
        }
    }

    /// The text input that has the caret, if any.
    pub fn active_input(&self) -> Option<&Input> {
        match self.overlay() {
            Some(Overlay::Search { input, .. })
            | Some(Overlay::Filter { input, .. })
            | Some(Overlay::Command { input, .. }) => Some(input),
            Some(Overlay::Dialog(Dialog::Back { reason, .. })) => Some(reason),
            Some(Overlay::Dialog(Dialog::Note { text, .. })) => Some(text),
            Some(Overlay::Dialog(Dialog::Advance { note, previews, .. }))
                if previews
                    .as_ref()
                    .is_some_and(|p| p.iter().any(|p| p.allowed())) =>
            {
                Some(note)
            }
            _ => None,
        }
    }

    pub fn active_input_mut(&mut self) -> Option<&mut Input> {
        match self.overlay_mut() {
            Some(Overlay::Search { input, .. })
            | Some(Overlay::Filter { input, .. })
            | Some(Overlay::Command { input, .. }) => Some(input),
            Some(Overlay::Dialog(Dialog::Back { reason, .. })) => Some(reason),
            Some(Overlay::Dialog(Dialog::Note { text, .. })) => Some(text),
            Some(Overlay::Dialog(Dialog::Advance { note, previews, .. }))
                if previews
                    .as_ref()
                    .is_some_and(|p| p.iter().any(|p| p.allowed())) =>
            {
                Some(note)
            }
            _ => None,
        }
    }

    /// The case the officer is acting on: the open case, else the selected row.
    pub fn current_id(&self) -> Option<String> {
        match &self.screen {
            Screen::Detail(d) => Some(d.detail.case.id.clone()),
            _ => self.list.selected.clone(),
        }
    }

    pub fn row_by_id(&self, id: &str) -> Option<&CaseSummary> {
        self.rows.iter().find(|r| r.id == id)
    }
}

/// A case a dialog will act on, as the list or the detail showed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: String,
    pub name: String,
    pub rev: u64,
    pub from: Stage,
}

impl Target {
    /// The stage a move back would go to (none from the first stage).
    pub fn back_to(&self) -> Option<Stage> {
        self.from.previous()
    }
}

/// One line the status bar showed, kept for `:messages`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    pub at: Option<DateTime<Utc>>,
    pub error: bool,
    pub text: String,
}

/// The list as it was before a dashboard figure was opened on it, restored by `Esc`.
#[derive(Debug, Clone, Default)]
pub struct Drill {
    pub query: String,
    pub pinned: Option<Pinned>,
    pub found: Option<Found>,
    pub selected: Option<String>,
}
