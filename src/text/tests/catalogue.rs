//! Texts of `crate::domain::rules::catalogue`, moved out of the domain's tests.

use crate::domain::rules::catalogue::*;
use crate::domain::rules::*;
use crate::i18n::Lang;

fn info(id: &str) -> &'static RuleInfo {
    CATALOGUE
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("{id} listed"))
}

#[test]
fn policies_cite_no_article_and_name_their_setting() {
    for r in CATALOGUE {
        if let Source::Policy(p) = r.source {
            assert!(
                r.settings.is_empty() || p.setting().is_some(),
                "{} has settings but its policy names none",
                r.id
            );
            assert!(r.source.label(Lang::Zh).starts_with("本厅规定"));
        }
    }
    for id in [
        "panel_size",
        "pass_mark",
        "midterm",
        "extension_count",
        "extension_length",
    ] {
        assert!(!info(id).source.is_article(), "{id} is not in the measures");
    }
}

#[test]
fn every_rule_has_a_description_and_every_setting_a_value() {
    let settings = RuleSettings::default();
    let mut ids = std::collections::HashSet::new();
    for r in CATALOGUE {
        assert!(ids.insert(r.id), "{} listed twice", r.id);
        let text = crate::i18n::families::rules_cat(r.id);
        assert!(text.is_some(), "{} has no description", r.id);
        for s in r.settings {
            assert!(setting_value(s, &settings).is_some(), "{s}");
        }
    }
}
