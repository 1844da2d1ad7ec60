//! The names of where a rule comes from: articles of the measures, department policies,
//! and the small nouns rule texts are built from (dated events, parties, headcounts).

use crate::domain::rules::{Article, DatedEvent, Headcount, Party, Policy, RuleSettings, Source};
use crate::i18n::{Lang, tr, trf};

impl Article {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Article::Call1 => tr(lang, "rules.art.call_1"),
            Article::A4A6 => tr(lang, "rules.art.4_6"),
            Article::A4A8 => tr(lang, "rules.art.4_8"),
            Article::A5 => tr(lang, "rules.art.5"),
            Article::A7_1 => tr(lang, "rules.art.7_1"),
            Article::A8 => tr(lang, "rules.art.8"),
            Article::A9_1 => tr(lang, "rules.art.9_1"),
            Article::A9_2 => tr(lang, "records.art.9_2"),
            Article::A9_3 => tr(lang, "rules.art.9_3"),
            Article::A9_4 => tr(lang, "rules.art.9_4"),
            Article::A9_5 => tr(lang, "rules.art.9_5"),
            Article::A9_7 => tr(lang, "rules.art.9_7"),
            Article::A10 => tr(lang, "rules.art.10"),
            Article::A11 => tr(lang, "rules.art.11"),
            Article::A12 => tr(lang, "rules.art.12"),
            Article::A13 => tr(lang, "rules.art.13"),
            Article::A14 => tr(lang, "rules.art.14"),
            Article::A15 => tr(lang, "rules.art.15"),
        }
    }
}

impl DatedEvent {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DatedEvent::Registration => tr(lang, "rules.dated.registration"),
            DatedEvent::AgreementSigned => tr(lang, "rules.dated.agreement"),
            DatedEvent::TaskBookSigned => tr(lang, "rules.dated.task_book"),
            DatedEvent::FirstPayment => tr(lang, "rules.dated.first_payment"),
            DatedEvent::Tranche => tr(lang, "rules.dated.tranche"),
            DatedEvent::Extension => tr(lang, "rules.dated.extension"),
            DatedEvent::Acceptance => tr(lang, "rules.dated.acceptance"),
            DatedEvent::Termination => tr(lang, "rules.dated.termination"),
            DatedEvent::Audit => tr(lang, "rules.dated.audit"),
            DatedEvent::Objection => tr(lang, "rules.dated.objection"),
            DatedEvent::Review => tr(lang, "rules.dated.review"),
            DatedEvent::Midterm => tr(lang, "rules.dated.midterm"),
        }
    }
}

impl Headcount {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Headcount::Bachelor => tr(lang, "rules.headcount.bachelor"),
            Headcount::Rd => tr(lang, "rules.headcount.rd"),
        }
    }
}

impl Party {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Party::Issuer => tr(lang, "rules.party.issuer"),
            Party::Taker => tr(lang, "rules.party.taker"),
            Party::Member => tr(lang, "rules.party.member"),
        }
    }
}

impl Policy {
    /// What the officer calls the setting (`中期检查最低补助`), never its config key.
    pub fn setting_label(self, lang: Lang) -> Option<&'static str> {
        Some(match self {
            Policy::PublicityDays => tr(lang, "uifix.setting.publicity_days"),
            Policy::MinExperts => tr(lang, "uifix.setting.min_experts"),
            Policy::Criteria => tr(lang, "uifix.setting.criteria"),
            Policy::PassScore => tr(lang, "uifix.setting.pass_score"),
            Policy::Midterm => tr(lang, "uifix.setting.midterm_min_subsidy"),
            Policy::ExtensionCount => tr(lang, "uifix.setting.max_extensions"),
            Policy::ExtensionLength => tr(lang, "uifix.setting.max_extension_months"),
            Policy::CreditCode | Policy::ExpertConflicts | Policy::Racing => return None,
        })
    }

    /// The setting's current value with its unit (`500 万元`, `3 人`); criteria are listed by
    /// the rule's own text, so they have none here.
    pub fn setting_value(self, lang: Lang, s: &RuleSettings) -> Option<String> {
        let n = |key: &str, v: String| trf(lang, key, &[("n", &v)]);
        Some(match self {
            Policy::PublicityDays => n(
                "uifix.value.working_days",
                s.publicity_working_days.to_string(),
            ),
            Policy::MinExperts => n("uifix.value.people", s.records.min_experts.to_string()),
            Policy::PassScore => n("uifix.value.score", s.records.pass_score.to_string()),
            Policy::Midterm => n("uifix.value.wan", s.midterm_min_subsidy.wan_string()),
            Policy::ExtensionCount => n("uifix.value.times", s.max_extensions.to_string()),
            Policy::ExtensionLength => n("uifix.value.months", s.max_extension_months.to_string()),
            Policy::Criteria | Policy::CreditCode | Policy::ExpertConflicts | Policy::Racing => {
                return None;
            }
        })
    }
}

impl Source {
    /// `第十一条`, `本厅规定(延期次数上限)`, `数据一致性`.
    pub fn label(self, lang: Lang) -> String {
        self.label_at(lang, None)
    }

    /// As `label`, with the policy's current value when the settings are at hand:
    /// `本厅规定(中期检查最低补助 500 万元)`.
    pub fn label_at(self, lang: Lang, settings: Option<&RuleSettings>) -> String {
        match self {
            Source::Article(a) => a.label(lang).to_string(),
            Source::Policy(p) => match p.setting_label(lang) {
                Some(name) => {
                    let value = settings.and_then(|s| p.setting_value(lang, s));
                    let setting = match value {
                        Some(v) => format!("{name} {v}"),
                        None => name.to_string(),
                    };
                    trf(lang, "rules.src.policy_setting", &[("setting", &setting)])
                }
                None => tr(lang, "rules.src.policy").to_string(),
            },
            Source::Fact => tr(lang, "rules.src.fact").to_string(),
        }
    }
}
