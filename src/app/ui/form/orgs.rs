//! Organisation reuse: typing a name offers organisations already in the store (Chinese,
//! pinyin and initials match), Enter fills in their stored details, and a name or credit
//! code that looks like an existing organisation's is warned about.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde_json::{Value, json};

use crate::domain::Org;
use crate::domain::credit_code;
use crate::search::match_text;

use super::Form;
use super::problem::{Check, Why};

/// How many stored organisations a name field offers at once.
pub const SHOWN: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The name field it belongs to.
    pub field: usize,
    /// Indices into `Form::orgs`, best first.
    pub orgs: Vec<usize>,
}

/// The document prefix of an organisation's name field (`issuer`, `org`).
fn prefix(path: &str) -> Option<&'static str> {
    match path {
        "issuer.name" => Some("issuer"),
        "org.name" => Some("org"),
        _ => None,
    }
}

/// Names compared for duplicates: no spaces, half-width brackets, lower case.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Distinct organisations of the store (issuers, takers, members), by normalised name.
pub fn distinct(orgs: Vec<Org>) -> Vec<Org> {
    let mut seen = std::collections::HashSet::new();
    orgs.into_iter()
        .filter(|o| !o.name.trim().is_empty() && seen.insert(normalize(&o.name)))
        .collect()
}

/// Recomputes the offer for the focused field.
pub fn refresh(form: &mut Form) {
    form.suggest = None;
    let f = form.focused();
    let typed = f.raw();
    if prefix(&f.path).is_none() || typed.trim().is_empty() {
        return;
    }
    let skim = SkimMatcherV2::default();
    let mut scored: Vec<(i64, usize)> = form
        .orgs
        .iter()
        .enumerate()
        .filter(|(_, o)| o.name != typed)
        .filter_map(|(i, o)| {
            match_text(&o.name, &typed)
                .map(|a| a.score + 1000)
                .or_else(|| skim.fuzzy_match(&o.name, &typed))
                .map(|s| (s, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    if !scored.is_empty() {
        form.suggest = Some(Suggestion {
            field: form.focus,
            orgs: scored.into_iter().take(SHOWN).map(|(_, i)| i).collect(),
        });
    }
}

/// Enter on a name with an offer: fills every field of that organisation from the store.
pub fn adopt(form: &mut Form) -> bool {
    let Some(s) = form.suggest.take() else {
        return false;
    };
    let (Some(first), Some(pre)) = (s.orgs.first(), prefix(&form.fields[s.field].path)) else {
        return false;
    };
    let org = serde_json::to_value(&form.orgs[*first]).unwrap_or(Value::Null);
    let doc = json!({ pre: org });
    let dotted = format!("{pre}.");
    for f in form
        .fields
        .iter_mut()
        .filter(|f| f.path.starts_with(&dotted))
    {
        f.load(&doc);
    }
    true
}

/// The organisation as the form found it (`issuer` of the case being edited), by
/// normalised name and credit code: renaming a unit or correcting its code must not warn
/// that it duplicates its own stored self.
fn own_org(form: &Form, pre: &str) -> Option<(String, String)> {
    let org = form.base.get(pre)?;
    let name = normalize(org.get("name")?.as_str()?);
    let code = org.get("credit_code").and_then(Value::as_str).unwrap_or("");
    (!name.is_empty()).then(|| (name, credit_code::normalize(code)))
}

/// Warnings for a name or credit code that looks like an existing organisation's.
pub fn duplicate_checks(form: &Form) -> Vec<Check> {
    let mut out = Vec::new();
    for (i, f) in form.fields.iter().enumerate() {
        let Some(pre) = prefix(&f.path) else { continue };
        let own = own_org(form, pre);
        let others = || {
            form.orgs.iter().filter(|o| {
                own.as_ref().is_none_or(|(n, c)| {
                    normalize(&o.name) != *n || credit_code::normalize(&o.credit_code) != *c
                })
            })
        };
        let name = f.raw();
        let code_field = form
            .fields
            .iter()
            .position(|g| g.path.strip_prefix(pre) == Some(".credit_code"));
        let code = code_field.map(|c| credit_code::normalize(&form.fields[c].raw()));
        let n = normalize(&name);
        for o in others() {
            let on = normalize(&o.name);
            let same_name = !n.is_empty() && on == n;
            let codes_differ = code.as_ref().is_some_and(|c| {
                !c.is_empty()
                    && !o.credit_code.is_empty()
                    && credit_code::normalize(&o.credit_code) != *c
            });
            // Same name written differently, or the same name under another credit code.
            if same_name && (o.name != name || codes_differ) {
                out.push(Check {
                    field: Some(i),
                    error: false,
                    why: Why::Duplicate(o.name.clone()),
                });
                break;
            }
        }
        if let (Some(c), Some(cf)) = (code, code_field)
            && !c.is_empty()
            && let Some(o) = others()
                .find(|o| credit_code::normalize(&o.credit_code) == c && normalize(&o.name) != n)
        {
            out.push(Check {
                field: Some(cf),
                error: false,
                why: Why::Duplicate(o.name.clone()),
            });
        }
    }
    out
}
