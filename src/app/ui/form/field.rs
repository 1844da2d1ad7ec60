//! One field of a form: where it lives in the document (a dotted path, the same one
//! `domain::validate` reports), how it is edited, and how its text becomes a JSON value.

use crate::i18n::Msg;
use crate::i18n::msg;
use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use serde_json::Value;
use tui_input::Input;

use crate::domain::Yuan;
use crate::domain::validate::{self, Problem};
use crate::i18n::{Lang, tr};

pub use super::label::Label;
use super::long::LongText;
use super::picker::Picker;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Long,
    Date,
    /// 万元 as typed, stored as integer yuan.
    Money,
    Count,
    /// A single choice; `nullable` fields may stay empty.
    Choice,
    Multi,
    /// Yes / no (stored as a JSON bool).
    Bool,
}

#[derive(Debug, Clone)]
pub enum Editor {
    Line(Input),
    Long(LongText),
    Pick(Picker),
}

/// A field that does not parse (before the domain rules even see it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Date(Problem),
    Money,
    Count,
}

impl ParseError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ParseError::Date(p) => p.message(lang),
            ParseError::Money => tr(lang, msg::form::BAD_MONEY).to_string(),
            ParseError::Count => tr(lang, msg::form::BAD_COUNT).to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    /// Static for the fixed forms; built at open time for the repeated sections of a
    /// review (`experts.2.unit`).
    pub path: Cow<'static, str>,
    pub label: Label,
    pub kind: Kind,
    /// The heading drawn above this field, when it opens a section.
    pub section: Option<Label>,
    pub required: bool,
    /// May be empty (JSON null); otherwise a choice always holds a value.
    pub nullable: bool,
    /// Limit in characters when the path is not one `domain::validate` knows.
    pub limit: Option<usize>,
    pub editor: Editor,
}

/// The JSON pointer of a dotted path.
pub fn pointer(path: &str) -> String {
    format!("/{}", path.replace('.', "/"))
}

impl Field {
    pub fn new(path: impl Into<Cow<'static, str>>, label: impl Into<Label>, kind: Kind) -> Field {
        let editor = match kind {
            Kind::Long => Editor::Long(LongText::default()),
            Kind::Bool => Editor::Pick(Picker::new(
                vec![("true", msg::form::YES), ("false", msg::form::NO)],
                false,
            )),
            _ => Editor::Line(Input::default()),
        };
        Field {
            path: path.into(),
            label: label.into(),
            kind,
            section: None,
            required: false,
            nullable: true,
            limit: None,
            editor,
        }
    }

    pub fn choice(
        path: &'static str,
        label: Msg,
        options: Vec<(&'static str, Msg)>,
        multi: bool,
    ) -> Field {
        let kind = if multi { Kind::Multi } else { Kind::Choice };
        Field {
            editor: Editor::Pick(Picker::new(options, multi)),
            ..Field::new(path, label, kind)
        }
    }

    /// A choice among options made when the form opened (a case's takers).
    pub fn pick(
        path: impl Into<Cow<'static, str>>,
        label: impl Into<Label>,
        options: Vec<(Cow<'static, str>, Label)>,
        multi: bool,
    ) -> Field {
        let kind = if multi { Kind::Multi } else { Kind::Choice };
        Field {
            editor: Editor::Pick(Picker::with(options, multi)),
            ..Field::new(path, label, kind)
        }
    }

    pub fn in_section(mut self, key: impl Into<Label>) -> Field {
        self.section = Some(key.into());
        self
    }

    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    pub fn not_null(mut self) -> Field {
        self.nullable = false;
        self
    }

    /// What the officer typed or chose, as text (drafts and conflicts compare this).
    pub fn raw(&self) -> String {
        match &self.editor {
            Editor::Line(i) => i.value().to_string(),
            Editor::Long(t) => t.text(),
            Editor::Pick(p) => p.raw(),
        }
    }

    pub fn set_raw(&mut self, raw: &str) {
        match &mut self.editor {
            Editor::Line(i) => *i = Input::new(raw.to_string()),
            Editor::Long(t) => *t = LongText::new(raw),
            Editor::Pick(p) => p.set_raw(raw),
        }
    }

    /// The raw text of this field in a document.
    pub fn raw_of(&self, doc: &Value) -> String {
        let v = doc.pointer(&pointer(&self.path)).unwrap_or(&Value::Null);
        match (self.kind, v) {
            (_, Value::Null) => String::new(),
            (Kind::Money, Value::Number(n)) => {
                n.as_i64().map(|y| Yuan(y).wan_string()).unwrap_or_default()
            }
            (Kind::Multi, Value::Array(a)) => a
                .iter()
                .filter_map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(","),
            (_, Value::String(s)) => s.clone(),
            (_, other) => other.to_string(),
        }
    }

    pub fn load(&mut self, doc: &Value) {
        let raw = self.raw_of(doc);
        self.set_raw(&raw);
    }

    /// The JSON value for the document, or why the text does not parse.
    pub fn value(&self) -> Result<Value, ParseError> {
        let raw = self.raw();
        let t = raw.trim();
        let empty_or = |v: Value| if t.is_empty() { Value::Null } else { v };
        Ok(match self.kind {
            Kind::Text | Kind::Long => Value::String(raw.clone()),
            Kind::Date => {
                if t.is_empty() {
                    Value::Null
                } else {
                    let d = validate::parse_date(t).map_err(ParseError::Date)?;
                    Value::String(d.format("%Y-%m-%d").to_string())
                }
            }
            Kind::Money => {
                if t.is_empty() {
                    Value::Null
                } else {
                    let y = Yuan::parse_wan(t).map_err(|_| ParseError::Money)?;
                    Value::from(y.0)
                }
            }
            Kind::Count => {
                if t.is_empty() {
                    Value::Null
                } else {
                    Value::from(t.parse::<u32>().map_err(|_| ParseError::Count)?)
                }
            }
            Kind::Choice => empty_or(Value::String(t.to_string())),
            Kind::Bool if t.is_empty() && !self.nullable => Value::Bool(false),
            Kind::Bool => empty_or(Value::Bool(t == "true")),
            Kind::Multi => Value::Array(
                t.split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_string()))
                    .collect(),
            ),
        })
    }

    /// Extra text beside the field: the weekday of a date, 万元 of an amount.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        let raw = self.raw();
        match self.kind {
            Kind::Date => validate::parse_date(&raw).ok().map(|d| weekday(d, lang)),
            Kind::Money if !raw.trim().is_empty() => Some(tr(lang, msg::form::WAN).to_string()),
            _ => None,
        }
    }

    /// Limit of a text field in characters, and the count now.
    pub fn counter(&self) -> Option<(usize, usize)> {
        if !matches!(self.kind, Kind::Text | Kind::Long) {
            return None;
        }
        self.limit
            .or_else(|| validate::limit_of(&self.path))
            .map(|max| (validate::char_count(&self.raw()), max))
    }

    pub fn is_text(&self) -> bool {
        matches!(self.kind, Kind::Text | Kind::Long)
    }
}

/// `2026-11-26 周四` style weekday.
pub fn weekday(d: NaiveDate, lang: Lang) -> String {
    let key = match d.weekday() {
        chrono::Weekday::Mon => msg::tui::WEEKDAY_MON,
        chrono::Weekday::Tue => msg::tui::WEEKDAY_TUE,
        chrono::Weekday::Wed => msg::tui::WEEKDAY_WED,
        chrono::Weekday::Thu => msg::tui::WEEKDAY_THU,
        chrono::Weekday::Fri => msg::tui::WEEKDAY_FRI,
        chrono::Weekday::Sat => msg::tui::WEEKDAY_SAT,
        chrono::Weekday::Sun => msg::tui::WEEKDAY_SUN,
    };
    format!("{} {}", d.format("%Y-%m-%d"), tr(lang, key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_round_trip_through_the_document() {
        let doc =
            json!({"a": {"d": "2026-11-26", "m": 12_345_000, "n": 7, "b": true, "l": ["patent"]}});
        let mut d = Field::new("a.d", msg::form::F_KIND, Kind::Date);
        d.load(&doc);
        assert_eq!(d.raw(), "2026-11-26");
        assert_eq!(d.hint(Lang::Zh).unwrap(), "2026-11-26 周四");
        d.set_raw("２０２６１１２６");
        assert_eq!(d.value().unwrap(), json!("2026-11-26"), "full-width digits");
        d.set_raw("2026-02-30");
        assert!(matches!(d.value(), Err(ParseError::Date(_))));
        let mut m = Field::new("a.m", msg::form::F_KIND, Kind::Money);
        m.load(&doc);
        assert_eq!(m.raw(), "1234.5");
        m.set_raw("0.0001");
        assert_eq!(m.value().unwrap(), json!(1));
        m.set_raw("1.23456");
        assert_eq!(m.value(), Err(ParseError::Money));
        let mut n = Field::new("a.n", msg::form::F_KIND, Kind::Count);
        n.load(&doc);
        assert_eq!(n.raw(), "7");
        n.set_raw("-1");
        assert_eq!(n.value(), Err(ParseError::Count));
        let mut b = Field::new("a.b", msg::form::F_KIND, Kind::Bool);
        b.load(&doc);
        assert_eq!(b.value().unwrap(), json!(true));
        b.set_raw("");
        assert_eq!(b.value().unwrap(), Value::Null);
        assert_eq!(b.not_null().value().unwrap(), json!(false));
        let mut l = Field::choice(
            "a.l",
            msg::form::F_KIND,
            vec![("patent", msg::vocab::IP_TYPE_PATENT)],
            true,
        );
        l.load(&doc);
        assert_eq!(l.value().unwrap(), json!(["patent"]));
        assert!(ParseError::Money.message(Lang::En).contains("10k yuan"));
    }
}
