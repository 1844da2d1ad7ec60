//! Messages of the `vocab` area (once the keys `achievement_type.*`, `field.*`, `ip_type.*`, `kind.*`, `org_type.*`, `stage.*`, `taker_status.*`, `tranche_kind.*`, `verdict.*`).

messages! {
    pub(crate) KIND_BREAKTHROUGH {
        zh: "技术攻关类",
        en: "Technology breakthrough",
    }
    pub(crate) KIND_TRANSFORMATION {
        zh: "成果转化类",
        en: "Achievement transformation",
    }
    pub(crate) FIELD_ENERGY_STORAGE {
        zh: "大规模储能",
        en: "Large-scale energy storage",
    }
    pub(crate) FIELD_GRAPHENE {
        zh: "石墨烯",
        en: "Graphene",
    }
    pub(crate) FIELD_RARE_EARTH {
        zh: "稀土",
        en: "Rare earth",
    }
    pub(crate) FIELD_HYDROGEN {
        zh: "氢能",
        en: "Hydrogen",
    }
    pub(crate) FIELD_CCS {
        zh: "碳捕集封存",
        en: "Carbon capture and storage",
    }
    pub(crate) ORG_TYPE_UNIVERSITY {
        zh: "高校",
        en: "University",
    }
    pub(crate) ORG_TYPE_INSTITUTE {
        zh: "科研机构",
        en: "Research institute",
    }
    pub(crate) ORG_TYPE_NEW_RD {
        zh: "新型研发机构",
        en: "New R&D institution",
    }
    pub(crate) ORG_TYPE_TECH_ENTERPRISE {
        zh: "科技型企业",
        en: "Technology enterprise",
    }
    pub(crate) ORG_TYPE_OTHER {
        zh: "其他",
        en: "Other",
    }
    pub(crate) ACHIEVEMENT_TYPE_PUBLIC_WELFARE {
        zh: "社会公益性",
        en: "Public welfare",
    }
    pub(crate) ACHIEVEMENT_TYPE_COMMON_TECH {
        zh: "行业共性技术",
        en: "Industry common technology",
    }
    pub(crate) IP_TYPE_PATENT {
        zh: "专利权",
        en: "Patent",
    }
    pub(crate) IP_TYPE_TRADEMARK {
        zh: "商标权",
        en: "Trademark",
    }
    pub(crate) IP_TYPE_COPYRIGHT {
        zh: "版权(著作权)",
        en: "Copyright",
    }
    pub(crate) IP_TYPE_GEO_INDICATION {
        zh: "原产地名称(地理标志)",
        en: "Geographical indication",
    }
    pub(crate) IP_TYPE_PLANT_VARIETY {
        zh: "植物新品种",
        en: "Plant variety",
    }
    pub(crate) IP_TYPE_TRADE_SECRET {
        zh: "商业秘密",
        en: "Trade secret",
    }
    pub(crate) IP_TYPE_OTHER {
        zh: "其他知识产权",
        en: "Other IP",
    }
    pub(crate) STAGE_COLLECTING {
        zh: "需求征集",
        en: "Collecting",
    }
    pub(crate) STAGE_VALIDATING {
        zh: "需求论证",
        en: "Validating",
    }
    pub(crate) STAGE_PUBLISHED {
        zh: "发布榜单",
        en: "Published",
    }
    pub(crate) STAGE_APPLYING {
        zh: "揭榜申报",
        en: "Applying",
    }
    pub(crate) STAGE_REVIEWING {
        zh: "评审推荐",
        en: "Reviewing",
    }
    pub(crate) STAGE_MATCHING {
        zh: "组织对接",
        en: "Matching",
    }
    pub(crate) STAGE_ANNOUNCING {
        zh: "揭榜公告",
        en: "Announcing",
    }
    pub(crate) STAGE_IMPLEMENTING {
        zh: "项目实施",
        en: "Implementing",
    }
    pub(crate) STAGE_ACCEPTING {
        zh: "验收",
        en: "Accepting",
    }
    pub(crate) STAGE_COMPLETED {
        zh: "结项",
        en: "Completed",
    }
    pub(crate) STAGE_REJECTED {
        zh: "未通过",
        en: "Rejected",
    }
    pub(crate) STAGE_WITHDRAWN {
        zh: "撤回",
        en: "Withdrawn",
    }
    pub(crate) STAGE_TERMINATED {
        zh: "终止",
        en: "Terminated",
    }
    pub(crate) TRANCHE_KIND_PRE_FUNDING {
        zh: "前资助",
        en: "Pre-funding",
    }
    pub(crate) TRANCHE_KIND_POST_SUBSIDY {
        zh: "后补助",
        en: "Post-subsidy",
    }
    pub(crate) TAKER_STATUS_APPLIED {
        zh: "已申报",
        en: "Applied",
    }
    pub(crate) TAKER_STATUS_RECOMMENDED {
        zh: "拟推荐",
        en: "Recommended",
    }
    pub(crate) TAKER_STATUS_SELECTED {
        zh: "已确定",
        en: "Selected",
    }
    pub(crate) TAKER_STATUS_ELIMINATED {
        zh: "已淘汰",
        en: "Eliminated",
    }
    pub(crate) VERDICT_PASSED {
        zh: "通过",
        en: "Passed",
    }
    pub(crate) VERDICT_REVIEW {
        zh: "需要复议",
        en: "Needs review",
    }
    pub(crate) VERDICT_FAILED {
        zh: "不通过",
        en: "Failed",
    }
}
