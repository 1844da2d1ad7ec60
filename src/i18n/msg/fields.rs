//! Messages of the `fields` area (once the keys `f.*`).

messages! {
    pub(crate) ACHIEVEMENT_TYPE {
        zh: "成果类型",
        en: "Achievement type",
    }
    pub(crate) OWNS_IP {
        zh: "自主知识产权",
        en: "Owns IP",
    }
    pub(crate) IP_TYPES {
        zh: "知识产权类型",
        en: "IP types",
    }
    pub(crate) SUGGESTED_PERIOD {
        zh: "建议实施时限",
        en: "Suggested period",
    }
    pub(crate) ESTIMATED_INVESTMENT {
        zh: "预计总投入",
        en: "Estimated investment",
    }
    pub(crate) DESCRIPTION {
        zh: "拟转化科技成果情况",
        en: "Transformation description",
    }
    pub(crate) TEAM {
        zh: "技术团队情况",
        en: "Team",
    }
    pub(crate) AGREEMENT_SIGNED {
        zh: "揭榜协议签订",
        en: "Agreement signed",
    }
    pub(crate) TASK_BOOK_SIGNED {
        zh: "任务书签订",
        en: "Task book signed",
    }
    pub(crate) PERIOD {
        zh: "实施期",
        en: "Implementation period",
    }
    pub(crate) RD_INVESTMENT {
        zh: "研发总投入",
        en: "R&D investment",
    }
    pub(crate) FUNDS_RECEIVED {
        zh: "实际到账金额",
        en: "Funds received",
    }
    pub(crate) SPECIAL {
        zh: "一事一议",
        en: "special case",
    }
    pub(crate) ORG_NAME {
        zh: "单位名称",
        en: "Name",
    }
    pub(crate) CREDIT_CODE {
        zh: "统一社会信用代码",
        en: "Credit code",
    }
    pub(crate) REGION {
        zh: "注册地区",
        en: "Region",
    }
    pub(crate) ORG_TYPE {
        zh: "单位类型",
        en: "Org type",
    }
    pub(crate) ADDRESS {
        zh: "单位地址",
        en: "Address",
    }
    pub(crate) PARENT {
        zh: "上级单位",
        en: "Parent",
    }
    pub(crate) CONTACT {
        zh: "联系人",
        en: "Contact",
    }
}
