//! The names and units of the department's rule settings (`本厅规定(评审专家最少人数 3 人)`).

messages! {
    pub(crate) SETTING_PUBLICITY_DAYS {
        zh: "公示工作日数",
        en: "publicity working days",
    }
    pub(crate) SETTING_MIN_EXPERTS {
        zh: "评审专家最少人数",
        en: "minimum experts on a panel",
    }
    pub(crate) SETTING_CRITERIA {
        zh: "专家评分指标",
        en: "expert scoring criteria",
    }
    pub(crate) SETTING_PASS_SCORE {
        zh: "评审通过分数",
        en: "review pass score",
    }
    pub(crate) SETTING_MIDTERM_MIN_SUBSIDY {
        zh: "中期检查最低补助",
        en: "mid-term check from subsidy",
    }
    pub(crate) SETTING_MAX_EXTENSIONS {
        zh: "延期次数上限",
        en: "maximum extensions",
    }
    pub(crate) SETTING_MAX_EXTENSION_MONTHS {
        zh: "延期最长月数",
        en: "longest extension",
    }
    pub(crate) VALUE_WORKING_DAYS {
        zh: "{n} 个工作日",
        en: "{n} working days",
    }
    pub(crate) VALUE_PEOPLE {
        zh: "{n} 人",
        en: "{n} experts",
    }
    pub(crate) VALUE_SCORE {
        zh: "{n} 分",
        en: "{n} points",
    }
    pub(crate) VALUE_WAN {
        zh: "{n} 万元",
        en: "{n} wan yuan",
    }
    pub(crate) VALUE_TIMES {
        zh: "{n} 次",
        en: "{n}",
    }
    pub(crate) VALUE_MONTHS {
        zh: "{n} 个月",
        en: "{n} months",
    }
}
