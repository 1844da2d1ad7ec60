//! JSON in and out. Export is the model's own serde form, pretty-printed, so that
//! `parse_cases(to_json(x)) == x`. Import is all-or-nothing: every bad row is reported
//! with its row number and the JSON path of the bad value, and nothing is returned unless
//! every row is good.

use crate::i18n::msg;
use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use super::encoding::decode;
use super::json_rows::{RowsError, for_each_row};
use super::schema::{normalise_labels, unknown_keys, vocab_for};
use crate::domain::Case;
use crate::i18n::{Lang, trf};

/// Nesting allowed in an import; a case needs 5 levels, so this only stops hostile input.
pub const MAX_DEPTH: usize = 64;

/// One problem in an import. `row` is 1-based (array index for JSON, line for CSV); 0 means
/// the file as a whole. `field` is a JSON path such as `takers[0].org.contact.mobile` (or
/// a CSV column), empty when the whole row or file is at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub id: Option<String>,
    pub field: String,
    pub message: String,
}

impl RowError {
    pub(crate) fn file(message: String) -> RowError {
        RowError {
            row: 0,
            id: None,
            field: String::new(),
            message,
        }
    }

    /// One line for the officer: `第 3 行 [JB-2026-0003] issuer.name：…`.
    pub fn describe(&self, lang: Lang) -> String {
        let mut out = if self.row == 0 {
            String::new()
        } else {
            trf(lang, msg::io::ERR_ROW, &[("row", &self.row)])
        };
        if let Some(id) = self.id.as_deref().filter(|s| !s.is_empty()) {
            out.push_str(&format!(" [{}]", super::inert::inert_line(id)));
        }
        if !self.field.is_empty() {
            out.push(' ');
            out.push_str(&super::inert::inert_line(&self.field));
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&super::inert::inert_line(&self.message));
        out.trim_start().to_string()
    }
}

/// Cases from a JSON array (or an object with a `cases` array, as `data/demo.json` is).
/// Messages are in Chinese; see [`parse_cases_in`].
pub fn parse_cases(bytes: &[u8]) -> Result<Vec<Case>, Vec<RowError>> {
    parse_cases_in(bytes, Lang::Zh)
}

pub fn parse_cases_in(bytes: &[u8], lang: Lang) -> Result<Vec<Case>, Vec<RowError>> {
    let decoded = decode(bytes, lang).map_err(|m| vec![RowError::file(m)])?;
    let text: &str = &decoded.text;
    if let Some(offset) = too_deep(text.as_bytes(), MAX_DEPTH) {
        return Err(vec![RowError::file(trf(
            lang,
            msg::io::ERR_TOO_DEEP,
            &[("max", &MAX_DEPTH), ("offset", &offset)],
        ))]);
    }
    let mut rows = Rows {
        text,
        lang,
        n: 0,
        errors: Vec::new(),
        cases: Vec::new(),
        seen: HashMap::new(),
        broken: None,
    };
    for_each_row(text, |row| rows.check(row.get())).map_err(|e| {
        vec![match e {
            RowsError::NotArray => RowError::file(trf(lang, msg::io::ERR_NOT_ARRAY, &[])),
            RowsError::Syntax(e) => syntax(lang, e.line(), e.column(), &e),
        }]
    })?;
    let Rows {
        mut errors,
        cases,
        broken,
        ..
    } = rows;
    if let Some(broken) = broken {
        return Err(vec![broken]);
    }
    if errors.is_empty() {
        Ok(cases)
    } else {
        errors.sort_by_key(|e| e.row);
        Err(errors)
    }
}

/// The file is not JSON at `line`:`column`.
fn syntax(lang: Lang, line: usize, column: usize, e: &serde_json::Error) -> RowError {
    RowError::file(trf(
        lang,
        msg::io::ERR_SYNTAX,
        &[
            ("line", &line),
            ("column", &column),
            ("detail", &strip_position(&e.to_string())),
        ],
    ))
}

/// The rows of an import as they stream in: the good ones as cases, every problem with
/// its row number.
struct Rows<'a> {
    /// The whole file, which every row's text is a part of.
    text: &'a str,
    lang: Lang,
    n: usize,
    errors: Vec<RowError>,
    cases: Vec<Case>,
    seen: HashMap<String, usize>,
    /// A row whose text passed as JSON but whose content does not parse (a lone UTF-16
    /// surrogate escape): the file is reported as not JSON there, as a whole.
    broken: Option<RowError>,
}

impl Rows<'_> {
    fn check(&mut self, raw: &str) {
        if self.broken.is_some() {
            return;
        }
        self.n += 1;
        if let Some(case) = read_exact(raw) {
            self.first_use(&case.id);
            self.cases.push(case);
            return;
        }
        match serde_json::from_str::<Value>(raw) {
            Ok(row) => self.check_value(row),
            Err(e) => self.broken = Some(self.syntax_in(raw, &e)),
        }
    }

    /// Records an error when `id` was already used by an earlier row.
    fn first_use(&mut self, id: &str) {
        let n = self.n;
        if id.is_empty() {
            return;
        }
        if let Some(first) = self.seen.insert(id.to_string(), n) {
            self.seen.insert(id.to_string(), first);
            self.errors.push(RowError {
                row: n,
                id: Some(id.to_string()),
                field: "id".into(),
                message: trf(
                    self.lang,
                    msg::io::ERR_DUPLICATE_ID,
                    &[("id", &id), ("first", &first)],
                ),
            });
        }
    }

    /// The checking road: labels mapped to ids, every unknown key and the first bad value
    /// reported with its path.
    fn check_value(&mut self, mut row: Value) {
        let n = self.n;
        let id = row.get("id").and_then(Value::as_str).map(str::to_string);
        if !row.is_object() {
            self.errors.push(RowError {
                row: n,
                id: None,
                field: String::new(),
                message: trf(self.lang, msg::io::ERR_NOT_OBJECT, &[]),
            });
            return;
        }
        if let Some(id) = id.as_deref() {
            self.first_use(id);
        }
        normalise_labels(&mut row);
        for (path, key, accepted) in unknown_keys(&row) {
            self.errors.push(RowError {
                row: n,
                id: id.clone(),
                field: path,
                message: trf(
                    self.lang,
                    msg::io::ERR_UNKNOWN_KEY,
                    &[("key", &key), ("accepted", &accepted.join(", "))],
                ),
            });
        }
        match Case::deserialize(&row) {
            Ok(case) => self.cases.push(case),
            Err(_) => {
                let (field, message) = locate(&row, self.lang);
                self.errors.push(RowError {
                    row: n,
                    id: id.clone(),
                    field,
                    message,
                });
            }
        }
    }

    /// The syntax error `e` inside row text `raw`, placed in the whole file.
    fn syntax_in(&self, raw: &str, e: &serde_json::Error) -> RowError {
        let offset = (raw.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        let before = self.text.get(..offset).unwrap_or("");
        let line = before.matches('\n').count() + e.line();
        let column = match e.line() {
            1 => before.len() - before.rfind('\n').map_or(0, |i| i + 1) + e.column(),
            _ => e.column(),
        };
        syntax(self.lang, line, column, e)
    }
}

/// The case a row spells exactly: every key one the model has, every value of its type,
/// every vocabulary value an id (a label fails here). Anything else (`None`) takes the
/// checking road, which maps labels and names what is wrong; a row read here would come
/// out of that road the same, only slower, as most rows are of a store's own export.
fn read_exact(raw: &str) -> Option<Case> {
    let mut de = serde_json::Deserializer::from_str(raw);
    let mut dropped = false;
    let case = serde_ignored::deserialize(&mut de, |_| dropped = true).ok()?;
    (!dropped).then_some(case)
}

/// Pretty JSON array of the cases, in the model's serde form.
pub fn to_json(cases: &[Case]) -> String {
    // Serialising plain data structs with string keys cannot fail.
    inert_json(serde_json::to_string_pretty(cases).unwrap_or_else(|_| "[]".to_string()))
}

/// JSON printed to a terminal: serde_json escapes C0 controls but writes DEL, C1 controls,
/// bidi overrides and invisible format characters raw. They can only occur inside
/// strings, where a `\u` escape with four hex digits means the same character, so the document reads back equal.
pub fn inert_json(json: String) -> String {
    let raw = |c: char| c == '\u{7f}' || (super::inert::is_unsafe(c) && !c.is_ascii_control());
    if !json.chars().any(raw) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 32);
    for c in json.chars() {
        if raw(c) {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Byte offset of the first bracket that opens nesting level `max + 1`, if any.
fn too_deep(bytes: &[u8], max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                // Most of an export is text inside strings: skip to what can end one.
                _ => {
                    i += memchr::memchr2(b'"', b'\\', &bytes[i..]).unwrap_or(bytes.len() - i);
                    continue;
                }
            }
            i += 1;
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Finds the JSON path of the first value serde rejects: the row is re-serialised compactly
/// (one line, sorted keys) and deserialised from that text, so the error's column points
/// into it; a small scanner then turns the column back into a path.
fn locate(row: &Value, lang: Lang) -> (String, String) {
    let text = serde_json::to_string(row).unwrap_or_default();
    let err = match serde_json::from_str::<Case>(&text) {
        Ok(_) => return (String::new(), String::new()),
        Err(e) => e,
    };
    let path = path_at(&text, err.column().min(text.len()));
    let detail = strip_position(&err.to_string());
    if detail.starts_with("unknown variant")
        && let Some(accepted) = vocab_for(&path)
    {
        let value = value_at(row, &path).unwrap_or_default();
        return (
            path,
            trf(
                lang,
                msg::io::ERR_UNKNOWN_VALUE,
                &[("value", &value), ("accepted", &accepted)],
            ),
        );
    }
    (
        path,
        trf(lang, msg::io::ERR_INVALID, &[("detail", &detail)]),
    )
}

fn value_at(row: &Value, path: &str) -> Option<String> {
    let mut v = row;
    for seg in path.split('.') {
        let (key, idx) = match seg.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (seg, None),
        };
        v = v.get(key)?;
        if let Some(i) = idx {
            v = v.get(i)?;
        }
    }
    Some(match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

enum Frame {
    Obj {
        key: Option<String>,
        expect_key: bool,
    },
    Arr {
        index: usize,
    },
}

fn render(stack: &[Frame]) -> String {
    let mut out = String::new();
    for f in stack {
        match f {
            Frame::Obj { key: Some(k), .. } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Frame::Obj { key: None, .. } => {}
            Frame::Arr { index } => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

/// The path of the value that ends at byte `end` of compact JSON `text`. When the last
/// byte closes an object (serde reports missing fields there), the path is that object's.
fn path_at(text: &str, end: usize) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut closed = String::new();
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        match b {
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Obj { key, expect_key }) = stack.last_mut()
                    && *expect_key
                {
                    *key = Some(text.get(start..j).unwrap_or("").to_string());
                    *expect_key = false;
                }
                i = j + 1;
                continue;
            }
            b'{' => stack.push(Frame::Obj {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Arr { index: 0 }),
            b',' => match stack.last_mut() {
                Some(Frame::Obj { expect_key, .. }) => *expect_key = true,
                Some(Frame::Arr { index }) => *index += 1,
                None => {}
            },
            b'}' | b']' => {
                stack.pop();
                closed = render(&stack);
            }
            _ => {}
        }
        i += 1;
    }
    if end > 0 && matches!(bytes.get(end - 1), Some(b'}' | b']')) {
        return closed;
    }
    render(&stack)
}

#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;
