//! The messages of the closed vocabularies the domain declares with `vocab!`: the domain
//! knows ids only, the words are made here. Written by scripts/msgs_convert.py from the
//! `vocab!` blocks of src/domain; edit those, not this file.

use super::{Lang, Msg, msg, tr};

impl crate::domain::records::midterm::MidtermVerdict {
    pub fn msg(self) -> Msg {
        match self {
            Self::Qualified => msg::records::MIDTERM_VERDICT_QUALIFIED,
            Self::Rectify => msg::records::MIDTERM_VERDICT_RECTIFY,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::records::objection::Objector {
    pub fn msg(self) -> Msg {
        match self {
            Self::Person => msg::records::OBJECTOR_PERSON,
            Self::Unit => msg::records::OBJECTOR_UNIT,
            Self::Anonymous => msg::records::OBJECTOR_ANONYMOUS,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::records::racing::GateResult {
    pub fn msg(self) -> Msg {
        match self {
            Self::Continue => msg::records::GATE_CONTINUE,
            Self::Eliminated => msg::records::GATE_ELIMINATED,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::records::review::ReviewStage {
    pub fn msg(self) -> Msg {
        match self {
            Self::Validating => msg::records::REVIEW_STAGE_VALIDATING,
            Self::Reviewing => msg::records::REVIEW_STAGE_REVIEWING,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::records::review::ReviewConclusion {
    pub fn msg(self) -> Msg {
        match self {
            Self::Pass => msg::records::CONCLUSION_PASS,
            Self::Revise => msg::records::CONCLUSION_REVISE,
            Self::Fail => msg::records::CONCLUSION_FAIL,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::Kind {
    pub fn msg(self) -> Msg {
        match self {
            Self::Breakthrough => msg::vocab::KIND_BREAKTHROUGH,
            Self::Transformation => msg::vocab::KIND_TRANSFORMATION,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::Field {
    pub fn msg(self) -> Msg {
        match self {
            Self::EnergyStorage => msg::vocab::FIELD_ENERGY_STORAGE,
            Self::Graphene => msg::vocab::FIELD_GRAPHENE,
            Self::RareEarth => msg::vocab::FIELD_RARE_EARTH,
            Self::Hydrogen => msg::vocab::FIELD_HYDROGEN,
            Self::Ccs => msg::vocab::FIELD_CCS,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::OrgType {
    pub fn msg(self) -> Msg {
        match self {
            Self::University => msg::vocab::ORG_TYPE_UNIVERSITY,
            Self::Institute => msg::vocab::ORG_TYPE_INSTITUTE,
            Self::NewRd => msg::vocab::ORG_TYPE_NEW_RD,
            Self::TechEnterprise => msg::vocab::ORG_TYPE_TECH_ENTERPRISE,
            Self::Other => msg::vocab::ORG_TYPE_OTHER,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::AchievementType {
    pub fn msg(self) -> Msg {
        match self {
            Self::PublicWelfare => msg::vocab::ACHIEVEMENT_TYPE_PUBLIC_WELFARE,
            Self::CommonTech => msg::vocab::ACHIEVEMENT_TYPE_COMMON_TECH,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::IpType {
    pub fn msg(self) -> Msg {
        match self {
            Self::Patent => msg::vocab::IP_TYPE_PATENT,
            Self::Trademark => msg::vocab::IP_TYPE_TRADEMARK,
            Self::Copyright => msg::vocab::IP_TYPE_COPYRIGHT,
            Self::GeoIndication => msg::vocab::IP_TYPE_GEO_INDICATION,
            Self::PlantVariety => msg::vocab::IP_TYPE_PLANT_VARIETY,
            Self::TradeSecret => msg::vocab::IP_TYPE_TRADE_SECRET,
            Self::Other => msg::vocab::IP_TYPE_OTHER,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::Stage {
    pub fn msg(self) -> Msg {
        match self {
            Self::Collecting => msg::vocab::STAGE_COLLECTING,
            Self::Validating => msg::vocab::STAGE_VALIDATING,
            Self::Published => msg::vocab::STAGE_PUBLISHED,
            Self::Applying => msg::vocab::STAGE_APPLYING,
            Self::Reviewing => msg::vocab::STAGE_REVIEWING,
            Self::Matching => msg::vocab::STAGE_MATCHING,
            Self::Announcing => msg::vocab::STAGE_ANNOUNCING,
            Self::Implementing => msg::vocab::STAGE_IMPLEMENTING,
            Self::Accepting => msg::vocab::STAGE_ACCEPTING,
            Self::Completed => msg::vocab::STAGE_COMPLETED,
            Self::Rejected => msg::vocab::STAGE_REJECTED,
            Self::Withdrawn => msg::vocab::STAGE_WITHDRAWN,
            Self::Terminated => msg::vocab::STAGE_TERMINATED,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::TrancheKind {
    pub fn msg(self) -> Msg {
        match self {
            Self::PreFunding => msg::vocab::TRANCHE_KIND_PRE_FUNDING,
            Self::PostSubsidy => msg::vocab::TRANCHE_KIND_POST_SUBSIDY,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::TakerStatus {
    pub fn msg(self) -> Msg {
        match self {
            Self::Applied => msg::vocab::TAKER_STATUS_APPLIED,
            Self::Recommended => msg::vocab::TAKER_STATUS_RECOMMENDED,
            Self::Selected => msg::vocab::TAKER_STATUS_SELECTED,
            Self::Eliminated => msg::vocab::TAKER_STATUS_ELIMINATED,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}

impl crate::domain::vocab::Verdict {
    pub fn msg(self) -> Msg {
        match self {
            Self::Passed => msg::vocab::VERDICT_PASSED,
            Self::Review => msg::vocab::VERDICT_REVIEW,
            Self::Failed => msg::vocab::VERDICT_FAILED,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        tr(lang, self.msg())
    }

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }
}
