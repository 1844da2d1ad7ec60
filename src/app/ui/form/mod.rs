//! Forms: the whole 征集表 (`n` new, `e` edit) and the department's small forms (takers,
//! dates, objections, tranches, extension, termination, and the stage records: mid-term
//! check, acceptance, a taker's stage gate), all on one machinery: fields bound
//! to dotted paths of a JSON document, validated as you type, saved as drafts, and, when
//! another officer saved the same case meanwhile, merged field by field.

pub mod autosave;
pub mod check;
pub mod conflict;
pub mod draft;
pub mod edit;
pub mod field;
pub mod flaw;
pub mod label;
pub mod layout;
pub mod long;
pub mod open;
pub mod orgs;
pub mod picker;
pub mod problem;
pub mod resume;
pub mod review;
pub mod review_form;
pub mod stages;
pub mod stages_info;
#[cfg(test)]
mod walk_tests;

use crate::i18n::msg;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::app::record_ops::TakerRecord;
use crate::domain::case::Acceptance;
use crate::domain::records::Midterm;
use crate::domain::records::Review;
use crate::domain::{Case, Extension, Objection, Org, Termination, Tranche, Yuan};
use crate::i18n::{Lang, Msg, tr};

use super::commands::form_spec as spec;
use super::state::Screen;

pub use conflict::Conflict;
pub use field::{Editor, Field, Kind};
pub use problem::{Check, Why};

/// What a form edits; also its draft key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "form", content = "id", rename_all = "snake_case")]
pub enum Purpose {
    NewCase,
    EditCase(String),
    Taker(String),
    Member(String),
    /// A form described in `forms/`: its tag and the case.
    Record(String, String),
    Objection(String),
    /// An expert review; the panel (需求论证 or 评审推荐) is chosen from the case when the
    /// form opens and kept in its document.
    Review(String),
    Tranche(String),
    Extension(String),
    Termination(String),
    Midterm(String),
    Acceptance(String),
    /// A taker's status, own period and stage gate: the case and the taker's index (from 0).
    Gate(String, usize),
    /// An objection already recorded, reopened to add its finding and resolution: the case
    /// and the objection's index (from 0).
    ObjectionEdit(String, usize),
}

impl Purpose {
    /// The draft key: `new`, the case id, `tranche:<id>` for the small forms, or
    /// `gate:<id>:<taker from 1>`.
    pub fn key(&self) -> String {
        match self {
            Purpose::NewCase => "new".into(),
            Purpose::EditCase(id) => id.clone(),
            Purpose::Gate(id, i) => format!("gate:{id}:{}", i + 1),
            Purpose::ObjectionEdit(id, i) => format!("objection:{id}:{}", i + 1),
            Purpose::Record(tag, id) => format!("{tag}:{id}"),
            other => format!("{}:{}", other.tag(), other.case_id().unwrap_or("")),
        }
    }

    pub fn tag(&self) -> &'static str {
        match self {
            Purpose::NewCase => "new",
            Purpose::EditCase(_) => "edit",
            Purpose::Taker(_) => "taker",
            Purpose::Member(_) => "member",
            Purpose::Record(tag, _) => spec(tag).map_or("record", |s| s.tag),
            Purpose::Objection(_) | Purpose::ObjectionEdit(..) => "objection",
            Purpose::Review(_) => "review",
            Purpose::Tranche(_) => "tranche",
            Purpose::Extension(_) => "extension",
            Purpose::Termination(_) => "termination",
            Purpose::Midterm(_) => "midterm",
            Purpose::Acceptance(_) => "acceptance",
            Purpose::Gate(..) => "gate",
        }
    }

    pub fn case_id(&self) -> Option<&str> {
        match self {
            Purpose::NewCase => None,
            Purpose::EditCase(id)
            | Purpose::Taker(id)
            | Purpose::Member(id)
            | Purpose::Record(_, id)
            | Purpose::Objection(id)
            | Purpose::ObjectionEdit(id, _)
            | Purpose::Review(id)
            | Purpose::Tranche(id)
            | Purpose::Extension(id)
            | Purpose::Termination(id)
            | Purpose::Midterm(id)
            | Purpose::Acceptance(id)
            | Purpose::Gate(id, _) => Some(id),
        }
    }

    pub fn title_msg(&self) -> Msg {
        match self {
            Purpose::NewCase => msg::form::TITLE_NEW,
            Purpose::EditCase(_) => msg::form::TITLE_EDIT,
            Purpose::Taker(_) => msg::form::TITLE_TAKER,
            Purpose::Member(_) => msg::form::TITLE_MEMBER,
            Purpose::Record(tag, _) => spec(tag).map_or(msg::form::TITLE_EDIT, |s| s.title),
            Purpose::Objection(_) => msg::form::TITLE_OBJECTION,
            Purpose::ObjectionEdit(..) => msg::form::TITLE_OBJECTION_EDIT,
            Purpose::Review(_) => msg::review_form::TITLE_ANY,
            Purpose::Tranche(_) => msg::form::TITLE_TRANCHE,
            Purpose::Extension(_) => msg::form::TITLE_EXTENSION,
            Purpose::Termination(_) => msg::form::TITLE_TERMINATION,
            Purpose::Midterm(_) => msg::stages::TITLE_MIDTERM,
            Purpose::Acceptance(_) => msg::stages::TITLE_ACCEPTANCE,
            Purpose::Gate(..) => msg::stages::TITLE_GATE,
        }
    }

    /// Forms that replace the whole case (and so can meet another officer's save).
    pub fn saves_case(&self) -> bool {
        matches!(
            self,
            Purpose::EditCase(_) | Purpose::Taker(_) | Purpose::Member(_) | Purpose::Record(..)
        ) || self.is_stage_record()
    }

    /// The stage-record forms: they replace one record of the case (mid-term check,
    /// acceptance, a taker's status and gate), so another officer's save meanwhile is
    /// compared field by field, as for the case form.
    pub fn is_stage_record(&self) -> bool {
        matches!(
            self,
            Purpose::Midterm(_) | Purpose::Acceptance(_) | Purpose::Gate(..)
        )
    }
}

/// What saving a form asks the backend to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submit {
    Create(Box<Case>),
    Save {
        case: Box<Case>,
        rev: u64,
    },
    Tranche {
        id: String,
        tranche: Tranche,
    },
    Extension {
        id: String,
        extension: Extension,
    },
    Terminate {
        id: String,
        termination: Termination,
        rev: u64,
    },
    Midterm {
        id: String,
        midterm: Midterm,
        rev: u64,
    },
    Acceptance {
        id: String,
        acceptance: Acceptance,
        /// 实际到账金额: set on the case when given (成果转化类 only).
        funds_received: Option<Option<Yuan>>,
        rev: u64,
    },
    Gate {
        id: String,
        /// The taker, from 0.
        index: usize,
        record: TakerRecord,
        rev: u64,
    },
    Objection {
        id: String,
        /// Replaces objection `index` (from 0); `None` adds one.
        index: Option<usize>,
        objection: Objection,
        rev: u64,
    },
    Review {
        id: String,
        review: Review,
        rev: u64,
    },
}

/// The officer is asked something over the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    /// Esc on a changed form: Enter discards, Esc returns to editing.
    Discard,
    Conflict(Conflict),
}

#[derive(Debug, Clone)]
pub struct Form {
    pub purpose: Purpose,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The document the form started from: fields are written over a copy of it.
    pub base: Value,
    /// The case the form is about, as loaded (small forms write into it).
    pub case: Option<Box<Case>>,
    /// The revision the save names.
    pub rev: u64,
    /// Changed since opened (Esc asks before discarding).
    pub dirty: bool,
    /// Changed since the last draft write.
    pub draft_pending: bool,
    pub draft_saved_at: Option<DateTime<Utc>>,
    pub checks: Vec<Check>,
    /// Context lines above the fields (the subsidy maximum and how it is computed).
    pub info: Vec<String>,
    /// The last refusal or failure of a save.
    pub error: Vec<String>,
    pub prompt: Option<Prompt>,
    /// Existing organisations, for reuse and duplicate warnings.
    pub orgs: Vec<Org>,
    pub suggest: Option<orgs::Suggestion>,
    pub saving: bool,
    pub from: Box<Screen>,
}

impl Form {
    /// The title line; the review form's names its panel.
    pub fn title(&self, lang: Lang) -> String {
        match &self.purpose {
            Purpose::Review(_) => review_form::title(&self.base, lang),
            p => tr(lang, p.title_msg()).to_string(),
        }
    }

    /// A field's label for the list of problems; a field of a repeated section (an
    /// expert of the review form) is named with its section: `专家 2 工作单位`.
    pub fn field_name(&self, i: usize, lang: Lang) -> String {
        let label = self.fields[i].label.text(lang);
        let section = self.fields[..=i]
            .iter()
            .rev()
            .find_map(|f| f.section.as_ref());
        match section {
            Some(s @ field::Label::Text(_)) => format!("{} {label}", s.text(lang)),
            _ => label.to_string(),
        }
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus]
    }

    pub fn focused_mut(&mut self) -> &mut Field {
        &mut self.fields[self.focus]
    }

    /// The raw text of every field, in order (drafts and conflicts).
    pub fn raws(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .map(|f| (f.path.to_string(), f.raw()))
            .collect()
    }

    pub fn errors(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| c.error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.error)
    }
}

impl Check {
    /// The message with the field's name, for the list under the form.
    pub fn full(&self, form: &Form, lang: Lang) -> String {
        match (&self.why, self.field) {
            (Why::Issue(i), _) => i.message(lang),
            (_, Some(f)) => format!("{}: {}", form.field_name(f, lang), self.short(lang)),
            (_, None) => self.short(lang),
        }
    }
}
