//! The `:` command line: parsing a typed line into a [`Command`] through the registry, and
//! Tab completion of command names and their arguments (also of filter terms).

use crate::domain::{Field, Kind, Stage};
use crate::i18n::msg;
use crate::i18n::{Lang, trf};

use super::backend::SavedView;
use super::commands::{Arg, Cmd, Command, REGISTRY, typed_spec};
use super::keymap::{Context, Keymap};
use super::list::Column;

/// Parses a command line (without the `:`).
pub fn parse(line: &str, lang: Lang, keymap: &Keymap) -> Result<Command, String> {
    let complete = keymap.key_label(Context::Command, Cmd::Complete);
    let help = keymap.key_label(Context::Global, Cmd::Help);
    let line = line.trim();
    let (name, arg) = match line.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (line, ""),
    };
    if name.is_empty() {
        return Err(trf(
            lang,
            msg::tui::CMDLINE_EMPTY,
            &[("complete", &complete)],
        ));
    }
    let spec = typed_spec(name, !arg.is_empty()).ok_or_else(|| {
        trf(
            lang,
            msg::tui::CMDLINE_UNKNOWN,
            &[("name", &name), ("help", &help)],
        )
    })?;
    if spec.arg != Arg::None && arg.is_empty() {
        return Err(trf(
            lang,
            msg::tui::CMDLINE_NEEDS_ARG,
            &[("name", &spec.name), ("complete", &complete)],
        ));
    }
    let bad = |choices: Vec<&str>| {
        trf(
            lang,
            msg::tui::CMDLINE_BAD_ARG,
            &[("arg", &arg), ("choices", &choices.join(" "))],
        )
    };
    Ok(match spec.arg {
        Arg::None => match spec.cmd {
            Some(c) if arg.is_empty() => Command::Simple(c),
            _ => return Err(trf(lang, msg::tui::CMDLINE_NO_ARG, &[("name", &spec.name)])),
        },
        Arg::Column => Command::Sort(
            Column::parse(arg).ok_or_else(|| bad(Column::ALL.iter().map(|c| c.id()).collect()))?,
        ),
        Arg::Stage => Command::Stage(Stage::parse(arg).ok_or_else(|| bad(Stage::ids()))?),
        Arg::Lang => Command::Lang(Lang::parse(arg).ok_or_else(|| bad(vec!["zh", "en"]))?),
        Arg::View => Command::View(arg.to_string()),
        Arg::Name => Command::Save(arg.to_string()),
        Arg::Path => Command::Export(arg.to_string()),
        Arg::Query if spec.name == "find" => Command::Search(arg.to_string()),
        Arg::Query => Command::Filter(arg.to_string()),
        Arg::CaseId => Command::Open(arg.to_string()),
        Arg::Taker => match arg.parse::<usize>() {
            Ok(n) if n >= 1 => Command::Gate(n),
            _ => return Err(trf(lang, msg::stages::CMDLINE_TAKER, &[("arg", &arg)])),
        },
        Arg::ObjectionNo => match arg.parse::<usize>() {
            Ok(n) if n >= 1 => Command::Objection(n),
            _ => return Err(trf(lang, msg::form::CMDLINE_OBJECTION, &[("arg", &arg)])),
        },
        Arg::User => match crate::domain::validate::check_officer(arg) {
            Ok(user) => Command::Assign(user),
            Err(p) => {
                return Err(trf(
                    lang,
                    msg::app::ASSIGN_CMDLINE_BAD_USER,
                    &[("reason", &p.message(lang))],
                ));
            }
        },
    })
}

fn arg_choices(arg: Arg, views: &[SavedView], officers: &[String]) -> Vec<String> {
    match arg {
        Arg::Column => Column::ALL.iter().map(|c| c.id().to_string()).collect(),
        Arg::Stage => Stage::ids().into_iter().map(String::from).collect(),
        Arg::Lang => vec!["zh".into(), "en".into()],
        Arg::View => views.iter().map(|v| v.name.clone()).collect(),
        Arg::Path => [
            "jiebang-export.json",
            "jiebang-export.csv",
            "jiebang-export.xlsx",
        ]
        .into_iter()
        .map(String::from)
        .collect(),
        Arg::Query => filter_words(),
        Arg::User => officers.to_vec(),
        Arg::None | Arg::Name | Arg::Taker | Arg::ObjectionNo | Arg::CaseId => Vec::new(),
    }
}

/// Candidates for the line as typed: whole lines to replace it with, sorted.
pub fn complete(line: &str, views: &[SavedView]) -> Vec<String> {
    complete_with(line, views, &[])
}

/// [`complete`], with the officers `:assign` offers (those who hold cases, and the user).
pub fn complete_with(line: &str, views: &[SavedView], officers: &[String]) -> Vec<String> {
    match line.split_once(' ') {
        None => {
            let mut names: Vec<String> = REGISTRY
                .iter()
                .filter(|s| s.typed)
                .flat_map(|s| std::iter::once(s.name).chain(s.aliases.iter().copied()))
                .filter(|n| n.starts_with(line) && n.len() > 1)
                .map(String::from)
                .collect();
            names.sort();
            names.dedup();
            names
        }
        Some((name, arg)) => {
            let Some(spec) = typed_spec(name, true) else {
                return Vec::new();
            };
            if spec.arg == Arg::Query {
                return complete_filter(arg)
                    .into_iter()
                    .map(|q| format!("{name} {q}"))
                    .collect();
            }
            arg_choices(spec.arg, views, officers)
                .into_iter()
                .filter(|c| c.starts_with(arg.trim_start()))
                .map(|c| format!("{name} {c}"))
                .collect()
        }
    }
}

fn filter_words() -> Vec<String> {
    [
        "stage:",
        "field:",
        "kind:",
        "taker:none",
        "overdue",
        "mine",
        "officer:",
        "region:",
        "due<30d",
        "amount>=",
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

/// Completes the last term of a filter query; returns whole queries.
pub fn complete_filter(query: &str) -> Vec<String> {
    let (head, last) = match query.rfind(' ') {
        Some(i) => (&query[..=i], &query[i + 1..]),
        None => ("", query),
    };
    let (neg, last) = match last.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", last),
    };
    let values: Vec<String> = match last.split_once(':') {
        Some(("stage", v)) => prefixed("stage:", Stage::ids(), v),
        Some(("field", v)) => prefixed("field:", Field::ids(), v),
        Some(("kind", v)) => prefixed("kind:", Kind::ids(), v),
        Some(_) => Vec::new(),
        None => filter_words()
            .into_iter()
            .filter(|w| w.starts_with(last))
            .collect(),
    };
    values
        .into_iter()
        .map(|v| format!("{head}{neg}{v}"))
        .collect()
}

fn prefixed(key: &str, ids: Vec<&str>, typed: &str) -> Vec<String> {
    ids.into_iter()
        .filter(|i| i.starts_with(typed))
        .map(|i| format!("{key}{i}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands_with_arguments() {
        let l = Lang::En;
        let k = Keymap::default_map();
        let parse = |s: &str, l: Lang| parse(s, l, &k);
        assert_eq!(parse("q", l), Ok(Command::Simple(Cmd::Quit)));
        assert_eq!(
            parse("stage 评审推荐", l),
            Ok(Command::Stage(Stage::Reviewing))
        );
        assert_eq!(parse("sort amount", l), Ok(Command::Sort(Column::Amount)));
        assert_eq!(parse("view 逾期", l), Ok(Command::View("逾期".into())));
        assert_eq!(parse("lang en", l), Ok(Command::Lang(Lang::En)));
        assert!(parse("stage nowhere", l).unwrap_err().contains("reviewing"));
        assert!(parse("fly", l).unwrap_err().contains("fly"));
        assert!(parse("sort", l).unwrap_err().contains("sort"));
    }

    #[test]
    fn completes_names_then_arguments() {
        assert!(complete("so", &[]).contains(&"sort".to_string()));
        assert_eq!(complete("stage rev", &[]), vec!["stage reviewing"]);
        let views = [SavedView {
            name: "逾期".into(),
            query: "overdue".into(),
        }];
        assert_eq!(complete("view ", &views), vec!["view 逾期"]);
        assert_eq!(complete_filter("overdue -st"), vec!["overdue -stage:"]);
        assert_eq!(
            complete_filter("field:hy"),
            vec!["field:hydrogen".to_string()]
        );
    }
}
