//! All user-visible text, as compile-checked messages: each message is one constant holding
//! both languages, defined once in `msg/<area>.rs` and used as `tr(lang, msg::tui::LIST_EMPTY)`.
//! A message missing a language does not compile (missing field of [`Msg`]); an unused one is a
//! dead-code error; there is no key to mistype, so nothing can show a placeholder instead.
//!
//! Placeholders are written `{name}` and filled by [`trf`]; a test checks both languages of a
//! message have the same placeholders.

pub mod families;
pub mod msg;
mod vocab;

use std::borrow::Borrow;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::Zh, Lang::En];

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh_cn" | "cn" | "chinese" | "中文" => Some(Lang::Zh),
            "en" | "en-us" | "en_us" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// One message in every language. Built only by the `messages!` blocks of [`msg`], so a
/// language missing from a definition is a compile error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Msg {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// The text of `msg` in `lang`. Takes a `Msg` or a `&Msg` (as found in tables of messages).
pub fn tr(lang: Lang, msg: impl Borrow<Msg>) -> &'static str {
    msg.borrow().text(lang)
}

/// The text of `msg` in `lang` with its `{name}` placeholders replaced by `args`.
pub fn trf(lang: Lang, msg: impl Borrow<Msg>, args: &[(&str, &dyn fmt::Display)]) -> String {
    let template = msg.borrow().text(lang);
    debug_assert!(
        placeholders(template)
            .iter()
            .all(|h| args.iter().any(|(name, _)| name == h)),
        "a placeholder of {template:?} got no value"
    );
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// The `{name}` holes of a template.
fn placeholders(s: &str) -> std::collections::BTreeSet<&str> {
    s.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(h, _)| h))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_of_a_message_have_the_same_placeholders() {
        let mut n = 0;
        for list in msg::ALL {
            for (name, m) in *list {
                n += 1;
                assert!(
                    !m.zh.trim().is_empty() && !m.en.trim().is_empty(),
                    "{name} is empty"
                );
                assert_eq!(
                    placeholders(m.zh),
                    placeholders(m.en),
                    "placeholders differ in {name}"
                );
            }
        }
        assert!(n > 1000, "only {n} messages found");
    }

    #[test]
    fn trf_fills_the_named_placeholders() {
        let m = Msg {
            zh: "共 {n} 件, {who}",
            en: "{n} cases, {who}",
        };
        assert_eq!(
            trf(Lang::En, m, &[("n", &3), ("who", &"wang")]),
            "3 cases, wang"
        );
        assert_eq!(
            trf(Lang::Zh, m, &[("who", &"王"), ("n", &3)]),
            "共 3 件, 王"
        );
    }
}
