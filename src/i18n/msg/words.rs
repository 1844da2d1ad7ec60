//! Messages of the `words` area (once the keys `w.*`).

messages! {
    pub(crate) YES {
        zh: "是",
        en: "yes",
    }
    pub(crate) NO {
        zh: "否",
        en: "no",
    }
    pub(crate) WAN {
        zh: "万元",
        en: "万元",
    }
    pub(crate) WEEKENDS_ONLY {
        zh: " (该年节假日未公布, 仅按周末计算)",
        en: " (holidays of that year not published: weekends only)",
    }
    pub(crate) NOT_ACCEPTED {
        zh: "不予受理",
        en: "not accepted",
    }
    pub(crate) RESOLVED {
        zh: "已处理",
        en: "resolved",
    }
    pub(crate) OPEN {
        zh: "待处理",
        en: "open",
    }
    pub(crate) CAN_ADVANCE {
        zh: "可推进到 {stage}",
        en: "Can advance to {stage}",
    }
    pub(crate) CANNOT_ADVANCE {
        zh: "不能推进到 {stage}:",
        en: "Cannot advance to {stage}:",
    }
    pub(crate) NOTE {
        zh: "备注",
        en: "note",
    }
}
