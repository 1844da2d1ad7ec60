//! The closed vocabularies of the programme: stages, kinds, fields, organisation types,
//! achievement types and IP types. Each value has a stable id (used in JSON, filters and
//! on the command line); its labels are messages made at the edge (`i18n::vocab`, generated), and
//! `label`/`parse` (which read those tables) are made at the edge, in `crate::text::vocab`.

use serde::{Deserialize, Serialize};

/// Declares a closed enum with stable snake_case ids, `ALL` and `id()`; `$group` names its
/// messages (`stage` + `collecting` is `msg::vocab::STAGE_COLLECTING`).
macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident, $group:literal { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// Every accepted spelling, for error messages and completion.
            pub fn ids() -> Vec<&'static str> {
                Self::ALL.iter().map(|v| v.id()).collect()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

/// Other domain modules (the stage records) declare their vocabularies with the same macro.
pub(crate) use vocab;

vocab!(
    /// 项目类型 (第四条).
    Kind, "kind" {
        Breakthrough = "breakthrough",
        Transformation = "transformation",
    }
);

vocab!(
    /// 聚焦领域 (征集函 一).
    Field, "field" {
        EnergyStorage = "energy_storage",
        Graphene = "graphene",
        RareEarth = "rare_earth",
        Hydrogen = "hydrogen",
        Ccs = "ccs",
    }
);

vocab!(
    /// 单位类型 (附件1). `Other` carries its free text in `Org::org_type_other`.
    OrgType, "org_type" {
        University = "university",
        Institute = "institute",
        NewRd = "new_rd",
        TechEnterprise = "tech_enterprise",
        Other = "other",
    }
);

vocab!(
    /// 成果类型 (附件1).
    AchievementType, "achievement_type" {
        PublicWelfare = "public_welfare",
        CommonTech = "common_tech",
    }
);

vocab!(
    /// 知识产权类型 (附件1); several may apply. `Other` carries free text.
    IpType, "ip_type" {
        Patent = "patent",
        Trademark = "trademark",
        Copyright = "copyright",
        GeoIndication = "geo_indication",
        PlantVariety = "plant_variety",
        TradeSecret = "trade_secret",
        Other = "other",
    }
);

vocab!(
    /// The stages of 第九条 and the side exits.
    Stage, "stage" {
        Collecting = "collecting",
        Validating = "validating",
        Published = "published",
        Applying = "applying",
        Reviewing = "reviewing",
        Matching = "matching",
        Announcing = "announcing",
        Implementing = "implementing",
        Accepting = "accepting",
        Completed = "completed",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
        Terminated = "terminated",
    }
);

vocab!(
    /// A subsidy tranche's kind (第十一条): breakthrough cases are pre-funded, transformation
    /// cases post-subsidised.
    TrancheKind, "tranche_kind" {
        PreFunding = "pre_funding",
        PostSubsidy = "post_subsidy",
    }
);

vocab!(
    /// Where a taker stands (赛马制 allows several to be recommended and implement).
    TakerStatus, "taker_status" {
        Applied = "applied",
        Recommended = "recommended",
        Selected = "selected",
        Eliminated = "eliminated",
    }
);

vocab!(
    /// 验收 verdicts.
    Verdict, "verdict" {
        Passed = "passed",
        Review = "review",
        Failed = "failed",
    }
);

impl Kind {
    /// The tranche kind the measures allow for this kind of case (第十一条).
    pub fn tranche_kind(self) -> TrancheKind {
        match self {
            Kind::Breakthrough => TrancheKind::PreFunding,
            Kind::Transformation => TrancheKind::PostSubsidy,
        }
    }
}

impl Stage {
    /// The main line of 第九条, in order.
    pub const MAIN: &'static [Stage] = &[
        Stage::Collecting,
        Stage::Validating,
        Stage::Published,
        Stage::Applying,
        Stage::Reviewing,
        Stage::Matching,
        Stage::Announcing,
        Stage::Implementing,
        Stage::Accepting,
        Stage::Completed,
    ];

    /// Position on the main line, `None` for a side exit.
    pub fn position(self) -> Option<usize> {
        Self::MAIN.iter().position(|s| *s == self)
    }

    pub fn next(self) -> Option<Stage> {
        self.position().and_then(|i| Self::MAIN.get(i + 1).copied())
    }

    pub fn previous(self) -> Option<Stage> {
        match self.position() {
            Some(i) if i > 0 && self != Stage::Completed => Some(Self::MAIN[i - 1]),
            _ => None,
        }
    }

    /// Closed stages accept no further transition.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Stage::Completed | Stage::Rejected | Stage::Withdrawn | Stage::Terminated
        )
    }
}
