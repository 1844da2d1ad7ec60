//! The names of where a rule comes from: articles of the measures, department policies,
//! and the small nouns rule texts are built from (dated events, parties, headcounts).

use crate::domain::rules::{Article, DatedEvent, Headcount, Party, Source};
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

impl Source {
    /// `第十一条`, `本厅规定(max_extensions)`, `数据一致性`.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Source::Article(a) => a.label(lang).to_string(),
            Source::Policy(p) => match p.setting() {
                Some(key) => trf(lang, "rules.src.policy_setting", &[("setting", &key)]),
                None => tr(lang, "rules.src.policy").to_string(),
            },
            Source::Fact => tr(lang, "rules.src.fact").to_string(),
        }
    }
}
