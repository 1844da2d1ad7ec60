//! Messages of the `search` area (once the keys `search.*`).

messages! {
    pub(crate) FILTER_UNKNOWN_KEY {
        zh: "无法识别筛选条件“{term}”：可用的条件有 {keys}",
        en: "Unknown filter “{term}”: the keys are {keys}",
    }
    pub(crate) FILTER_UNKNOWN_VALUE {
        zh: "筛选条件“{term}”中没有名为“{value}”的{what}。可选：{accepted}",
        en: "In “{term}”, there is no {what} “{value}”. Accepted: {accepted}",
    }
    pub(crate) FILTER_DID_YOU_MEAN {
        zh: "是否要找：{list}？",
        en: "Did you mean: {list}?",
    }
    pub(crate) FILTER_KEY_STAGE {
        zh: "阶段",
        en: "stage",
    }
    pub(crate) FILTER_KEY_FIELD {
        zh: "领域",
        en: "field",
    }
    pub(crate) FILTER_KEY_KIND {
        zh: "项目类型",
        en: "kind",
    }
    pub(crate) FILTER_ID_LABEL {
        zh: "{id}（{label}）",
        en: "{id} ({label})",
    }
    pub(crate) FILTER_LIST_SEP {
        zh: "、",
        en: ", ",
    }
    pub(crate) FILTER_EMPTY_VALUE {
        zh: "筛选条件“{term}”缺少取值",
        en: "Filter “{term}” has no value",
    }
    pub(crate) FILTER_EMPTY_NEGATION {
        zh: "“-”后面缺少要排除的条件",
        en: "“-” must be followed by the term to exclude",
    }
    pub(crate) FILTER_BAD_NUMBER {
        zh: "筛选条件“{term}”中的金额“{value}”无效：应为万元数，如 500万、1234.5",
        en: "In “{term}”, “{value}” is not an amount: write 万元, e.g. 500万 or 1234.5",
    }
    pub(crate) FILTER_BAD_DURATION {
        zh: "筛选条件“{term}”中的时长“{value}”无效：应为天数或周数，如 30d、7天、2w、2周",
        en: "In “{term}”, “{value}” is not a duration: write days or weeks, e.g. 30d, 7天, 2w, 2周",
    }
    pub(crate) FILTER_MISSING_OPERATOR {
        zh: "筛选条件“{term}”缺少比较符：<、<=、>、>=、=",
        en: "Filter “{term}” needs a comparison: <, <=, >, >=, =",
    }
    pub(crate) FILTER_UNEXPECTED_OPERATOR {
        zh: "筛选条件“{term}”不能比较大小，请写成“键:取值”",
        en: "Filter “{term}” cannot compare sizes; write key:value",
    }
    pub(crate) FILTER_UNTERMINATED_QUOTE {
        zh: "筛选条件“{term}”的引号没有闭合",
        en: "Filter “{term}” has an unclosed quote",
    }
}
