//! All user-visible text. One table per language (`zh.rs`, `en.rs`), keyed by dotted ids
//! grouped by area (`stage.*`, `rule.*`, `cli.*`, `tui.*`, ...). A test checks both tables
//! have exactly the same keys and that every key the code asks for exists.
//!
//! Placeholders are written `{name}` and filled by [`trf`].

use std::collections::HashMap;
use std::sync::OnceLock;

mod en;
mod zh;

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

    pub fn table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Zh => zh::TABLE,
            Lang::En => en::TABLE,
        }
    }

    fn map(self) -> &'static HashMap<&'static str, &'static str> {
        static ZH: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
        static EN: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
        let cell = match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        };
        cell.get_or_init(|| self.table().iter().copied().collect())
    }
}

/// The text for `key`. A missing key shows the key itself (tests make that impossible).
pub fn tr(lang: Lang, key: &str) -> &'static str {
    match lang.map().get(key) {
        Some(s) => s,
        None => {
            debug_assert!(false, "missing i18n key {key}");
            // Leak-free fallback: the key is not 'static, so show a fixed marker instead.
            "??"
        }
    }
}

/// The text for `key` with `{name}` placeholders replaced.
pub fn trf(lang: Lang, key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = tr(lang, key).to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: Lang) -> BTreeSet<&'static str> {
        lang.table().iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn tables_have_the_same_keys_and_no_duplicates() {
        for lang in Lang::ALL {
            assert_eq!(
                keys(*lang).len(),
                lang.table().len(),
                "duplicate key in {lang:?}"
            );
        }
        let zh = keys(Lang::Zh);
        let en = keys(Lang::En);
        let only_zh: Vec<_> = zh.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&zh).collect();
        assert!(only_zh.is_empty(), "missing in en: {only_zh:?}");
        assert!(only_en.is_empty(), "missing in zh: {only_en:?}");
    }

    #[test]
    fn placeholders_agree_between_languages() {
        fn holes(s: &str) -> BTreeSet<String> {
            s.split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string()))
                .collect()
        }
        for (k, zh) in Lang::Zh.table() {
            let en = Lang::En.map()[k];
            assert_eq!(holes(zh), holes(en), "placeholders differ for {k}");
        }
    }

    /// Every literal key passed to `tr(`/`trf(` in the sources exists in the tables.
    #[test]
    fn every_key_used_in_code_exists() {
        let mut missing = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for key in used_keys(&text) {
                        if !Lang::Zh.map().contains_key(key.as_str()) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys used but not defined: {missing:#?}"
        );
    }

    /// Finds `tr(<expr>, "key"` and `trf(<expr>, "key"` with a literal key.
    fn used_keys(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for pat in ["tr(", "trf("] {
            let mut rest = text;
            while let Some(i) = rest.find(pat) {
                let before = rest[..i].chars().last();
                rest = &rest[i + pat.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(comma) = rest.find(',') else { break };
                let after = rest[comma + 1..].trim_start();
                if let Some(lit) = after.strip_prefix('"')
                    && let Some(end) = lit.find('"')
                {
                    let key = &lit[..end];
                    if !key.contains('{') && key.contains('.') {
                        out.push(key.to_string());
                    }
                }
            }
        }
        out
    }
}
