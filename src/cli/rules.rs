//! `jiebang rules [--format text|json]`: every rule the tool enforces, with its source (an
//! article of the measures, a department policy 本厅规定 and its setting, or a fact of the
//! data), where it applies and the current value of its settings.

use crate::i18n::{families, msg};
use clap::Args;
use serde_json::{Value, json};

use super::formats::TextOrJson;
use super::table::Table;
use crate::app::{Config, SessionOptions};
use crate::domain::rules::catalogue::{Applies, CATALOGUE, RuleInfo, setting_value};
use crate::domain::rules::{RuleSettings, Source};
use crate::i18n::{Lang, tr, trf};

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format
    #[arg(long, value_enum, ignore_case = true, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

fn applies_label(a: Applies, lang: Lang) -> String {
    match a {
        Applies::From(s) => trf(lang, msg::rules::APPLIES_FROM, &[("stage", &s.label(lang))]),
        Applies::At(s) => trf(lang, msg::rules::APPLIES_AT, &[("stage", &s.label(lang))]),
        Applies::Event(e) => families::rules_applies(e.id())
            .map_or(e.id(), |m| tr(lang, m))
            .to_string(),
        Applies::Always => tr(lang, msg::rules::APPLIES_ALWAYS).to_string(),
    }
}

fn applies_id(a: Applies) -> String {
    match a {
        Applies::From(s) => format!("from:{}", s.id()),
        Applies::At(s) => format!("at:{}", s.id()),
        Applies::Event(e) => format!("event:{}", e.id()),
        Applies::Always => "always".into(),
    }
}

fn settings_text(r: &RuleInfo, s: &RuleSettings) -> String {
    r.settings
        .iter()
        .map(|k| format!("{k}={}", setting_value(k, s).unwrap_or_default()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn source_kind(s: Source) -> &'static str {
    match s {
        Source::Article(_) => "article",
        Source::Policy(_) => "policy",
        Source::Fact => "fact",
    }
}

fn text(r: &RuleInfo, lang: Lang) -> String {
    // Every rule of the catalogue has its text (catalogue_tests); an unknown id shows itself.
    let mut t = families::rules_cat(r.id)
        .map_or(r.id, |m| tr(lang, m))
        .to_string();
    if r.warning {
        t.push_str(tr(lang, msg::rules::LIST_WARNING));
    }
    t
}

fn as_json(r: &RuleInfo, s: &RuleSettings, lang: Lang) -> Value {
    let settings: serde_json::Map<String, Value> = r
        .settings
        .iter()
        .map(|k| (k.to_string(), json!(setting_value(k, s))))
        .collect();
    json!({
        "id": r.id,
        "source": source_kind(r.source),
        "cites": r.source.label(lang),
        "applies": r.applies.iter().map(|a| applies_id(*a)).collect::<Vec<_>>(),
        "settings": settings,
        "warning": r.warning,
        "rule": text(r, lang),
    })
}

pub fn run(a: RulesArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let s = &cfg.rules;
    match a.format {
        TextOrJson::Json => {
            let list: Vec<Value> = CATALOGUE.iter().map(|r| as_json(r, s, lang)).collect();
            outln!("{}", serde_json::to_string_pretty(&list)?);
        }
        TextOrJson::Text => {
            let header: Vec<&str> = tr(lang, msg::rules::LIST_HEADER).split('\t').collect();
            let mut table = Table::new(&header);
            for r in CATALOGUE {
                let applies: Vec<String> =
                    r.applies.iter().map(|a| applies_label(*a, lang)).collect();
                table.row(vec![
                    r.id.to_string(),
                    r.source.label(lang),
                    applies.join(tr(lang, msg::rules::LIST_SEP)),
                    text(r, lang),
                    settings_text(r, s),
                ]);
            }
            out!("{}", table.render());
            let count = |k: &str| {
                CATALOGUE
                    .iter()
                    .filter(|r| source_kind(r.source) == k)
                    .count()
            };
            outln!(
                "{}",
                trf(
                    lang,
                    msg::rules::LIST_COUNT,
                    &[
                        ("n", &CATALOGUE.len()),
                        ("articles", &count("article")),
                        ("policies", &count("policy")),
                        ("facts", &count("fact")),
                    ],
                )
            );
        }
    }
    Ok(())
}
