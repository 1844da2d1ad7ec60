//! Messages of the `columns` area (once the keys `col.*`).

messages! {
    pub(crate) ID {
        zh: "编号",
        en: "ID",
    }
    pub(crate) NAME {
        zh: "成果/需求名称",
        en: "Achievement / need",
    }
    pub(crate) FIELD {
        zh: "领域",
        en: "Field",
    }
    pub(crate) KIND {
        zh: "类型",
        en: "Kind",
    }
    pub(crate) STAGE {
        zh: "阶段",
        en: "Stage",
    }
    pub(crate) ISSUER {
        zh: "发榜方",
        en: "Issuer",
    }
    pub(crate) TAKER {
        zh: "揭榜方",
        en: "Taker",
    }
    pub(crate) DUE {
        zh: "下一期限",
        en: "Next due",
    }
    pub(crate) AMOUNT {
        zh: "金额(万元)",
        en: "Amount (万元)",
    }
    pub(crate) SCORE {
        zh: "得分",
        en: "Score",
    }
    pub(crate) ORG {
        zh: "单位",
        en: "Organisation",
    }
    pub(crate) CREDIT_CODE {
        zh: "信用代码",
        en: "Credit code",
    }
    pub(crate) REASON {
        zh: "原因",
        en: "Reason",
    }
    pub(crate) LISTED_ON {
        zh: "列入日期",
        en: "Listed on",
    }
}
