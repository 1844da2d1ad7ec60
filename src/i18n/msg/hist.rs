//! Messages of the `hist` area (once the keys `hist.*`).

messages! {
    pub(crate) ADDED {
        zh: "新增 {what}: {value}",
        en: "added {what}: {value}",
    }
    pub(crate) REMOVED {
        zh: "删除 {what}: {value}",
        en: "removed {what}: {value}",
    }
    pub(crate) CHANGED {
        zh: "{what}: {before} -> {after}",
        en: "{what}: {before} -> {after}",
    }
    pub(crate) F_BENEFIT_VERIFIED {
        zh: "经济效益已认定",
        en: "Benefit verified",
    }
    pub(crate) F_DECLARED {
        zh: "已声明利益关系",
        en: "Interests declared",
    }
    pub(crate) F_RECUSED {
        zh: "已回避",
        en: "Recused",
    }
    pub(crate) F_SCORES {
        zh: "评分",
        en: "Scores",
    }
    pub(crate) F_VERDICT {
        zh: "结论",
        en: "Verdict",
    }
    pub(crate) F_CONCLUSION {
        zh: "结论",
        en: "Conclusion",
    }
    pub(crate) F_ACHIEVEMENT_TYPE {
        zh: "成果类型",
        en: "Achievement type",
    }
    pub(crate) F_IP_TYPES {
        zh: "知识产权类型",
        en: "IP types",
    }
    pub(crate) F_OWNS_IP {
        zh: "自主知识产权",
        en: "Owns the IP",
    }
    pub(crate) F_ISSUER_FIRST_PAYMENT {
        zh: "发榜方首次拨付",
        en: "Issuer's first payment",
    }
    pub(crate) F_APPROVED {
        zh: "经审核同意",
        en: "Approved",
    }
    pub(crate) F_BOTH_AGREED {
        zh: "双方一致同意",
        en: "Both parties agreed",
    }
    pub(crate) F_NEW_END {
        zh: "延期至",
        en: "New end date",
    }
    pub(crate) F_REQUESTED_ON {
        zh: "申请日期",
        en: "Requested on",
    }
    pub(crate) F_ORG_TYPE {
        zh: "单位类型",
        en: "Organisation type",
    }
    pub(crate) F_REGISTERED_ON {
        zh: "注册时间",
        en: "Registered on",
    }
    pub(crate) F_STAFF_TOTAL {
        zh: "人数",
        en: "Staff",
    }
    pub(crate) F_DUE {
        zh: "期限",
        en: "Due",
    }
    pub(crate) F_AT {
        zh: "时间",
        en: "Time",
    }
    pub(crate) F_AUTHOR {
        zh: "作者",
        en: "Author",
    }
    pub(crate) F_START {
        zh: "公示开始",
        en: "Publicity start",
    }
    pub(crate) F_STAGE {
        zh: "阶段",
        en: "Stage",
    }
    pub(crate) F_STAGE_SINCE {
        zh: "进入本阶段日期",
        en: "In this stage since",
    }
    pub(crate) F_APPLIED_ON {
        zh: "申报日期",
        en: "Applied on",
    }
    pub(crate) F_GATE {
        zh: "阶段关口",
        en: "Stage gate",
    }
    pub(crate) F_BENEFIT_SHARING {
        zh: "利益分配",
        en: "Benefit sharing",
    }
    pub(crate) F_IP_OWNERSHIP {
        zh: "产权归属",
        en: "IP ownership",
    }
    pub(crate) F_STATUS {
        zh: "状态",
        en: "Status",
    }
    pub(crate) F_DATE {
        zh: "日期",
        en: "Date",
    }
    pub(crate) F_KIND {
        zh: "类型",
        en: "Kind",
    }
    pub(crate) F_SPECIAL {
        zh: "一事一议",
        en: "Special approval",
    }
    pub(crate) F_CONSORTIUM {
        zh: "联合体成员",
        en: "Consortium members",
    }
    pub(crate) F_TERMINATION {
        zh: "终止",
        en: "Termination",
    }
    pub(crate) F_REV {
        zh: "版本",
        en: "Revision",
    }
    pub(crate) F_UPDATED_AT {
        zh: "修改时间",
        en: "Updated at",
    }
    pub(crate) F_CREATED_AT {
        zh: "创建时间",
        en: "Created at",
    }
    pub(crate) F_ID {
        zh: "编号",
        en: "Id",
    }
    pub(crate) ITEMS {
        zh: "{n} 项",
        en: "{n} items",
    }
    pub(crate) RECORD {
        zh: "记录 ({n} 项)",
        en: "record ({n} fields)",
    }
}
