//! The names of where a rule comes from: articles of the measures, department policies,
//! and the small nouns rule texts are built from (dated events, parties, headcounts).

use crate::domain::rules::{Article, DatedEvent, Headcount, Party, Source};
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

impl Article {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Article::Call1 => tr(lang, msg::rules::ART_CALL_1),
            Article::A4A6 => tr(lang, msg::rules::ART_4_6),
            Article::A4A8 => tr(lang, msg::rules::ART_4_8),
            Article::A5 => tr(lang, msg::rules::ART_5),
            Article::A7_1 => tr(lang, msg::rules::ART_7_1),
            Article::A8 => tr(lang, msg::rules::ART_8),
            Article::A9_1 => tr(lang, msg::rules::ART_9_1),
            Article::A9_2 => tr(lang, msg::records::ART_9_2),
            Article::A9_3 => tr(lang, msg::rules::ART_9_3),
            Article::A9_4 => tr(lang, msg::rules::ART_9_4),
            Article::A9_5 => tr(lang, msg::rules::ART_9_5),
            Article::A9_7 => tr(lang, msg::rules::ART_9_7),
            Article::A10 => tr(lang, msg::rules::ART_10),
            Article::A11 => tr(lang, msg::rules::ART_11),
            Article::A12 => tr(lang, msg::rules::ART_12),
            Article::A13 => tr(lang, msg::rules::ART_13),
            Article::A14 => tr(lang, msg::rules::ART_14),
            Article::A15 => tr(lang, msg::rules::ART_15),
        }
    }
}

impl DatedEvent {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DatedEvent::Registration => tr(lang, msg::rules::DATED_REGISTRATION),
            DatedEvent::AgreementSigned => tr(lang, msg::rules::DATED_AGREEMENT),
            DatedEvent::TaskBookSigned => tr(lang, msg::rules::DATED_TASK_BOOK),
            DatedEvent::FirstPayment => tr(lang, msg::rules::DATED_FIRST_PAYMENT),
            DatedEvent::Tranche => tr(lang, msg::rules::DATED_TRANCHE),
            DatedEvent::Extension => tr(lang, msg::rules::DATED_EXTENSION),
            DatedEvent::Acceptance => tr(lang, msg::rules::DATED_ACCEPTANCE),
            DatedEvent::Termination => tr(lang, msg::rules::DATED_TERMINATION),
            DatedEvent::Audit => tr(lang, msg::rules::DATED_AUDIT),
            DatedEvent::Objection => tr(lang, msg::rules::DATED_OBJECTION),
            DatedEvent::Review => tr(lang, msg::rules::DATED_REVIEW),
            DatedEvent::Midterm => tr(lang, msg::rules::DATED_MIDTERM),
        }
    }
}

impl Headcount {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Headcount::Bachelor => tr(lang, msg::rules::HEADCOUNT_BACHELOR),
            Headcount::Rd => tr(lang, msg::rules::HEADCOUNT_RD),
        }
    }
}

impl Party {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Party::Issuer => tr(lang, msg::rules::PARTY_ISSUER),
            Party::Taker => tr(lang, msg::rules::PARTY_TAKER),
            Party::Member => tr(lang, msg::rules::PARTY_MEMBER),
        }
    }
}

impl Source {
    /// `第十一条`, `本厅规定(max_extensions)`, `数据一致性`.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Source::Article(a) => a.label(lang).to_string(),
            Source::Policy(p) => match p.setting() {
                Some(key) => trf(lang, msg::rules::SRC_POLICY_SETTING, &[("setting", &key)]),
                None => tr(lang, msg::rules::SRC_POLICY).to_string(),
            },
            Source::Fact => tr(lang, msg::rules::SRC_FACT).to_string(),
        }
    }
}
