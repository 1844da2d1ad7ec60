//! Messages of the `calendar` area (once the keys `calendar.*`).

messages! {
    pub(crate) ERR_SYNTAX {
        zh: "节假日表格式错误: {detail}",
        en: "Holiday table is not valid TOML: {detail}",
    }
    pub(crate) ERR_YEAR_KEY {
        zh: "节假日表: 「{key}」不是年份, 每年一节, 如 [2027]",
        en: "Holiday table: \"{key}\" is not a year; write one section per year, e.g. [2027]",
    }
    pub(crate) ERR_NOT_A_TABLE {
        zh: "节假日表 {year} 年: 应为一节, 含 notice 与 holidays",
        en: "Holiday table {year}: expected a section with notice and holidays",
    }
    pub(crate) ERR_ENTRY {
        zh: "节假日表 {year} 年「{entry}」: {problem}",
        en: "Holiday table {year}, \"{entry}\": {problem}",
    }
    pub(crate) ERR_ENTRY_NOT_TABLE {
        zh: "每个假期应写作一行内联表, 含 name, from, to, 可选 work",
        en: "each holiday must be an inline table with name, from, to and optional work",
    }
    pub(crate) ERR_MISSING_NAME {
        zh: "缺少节日名称 name",
        en: "the holiday has no name",
    }
    pub(crate) ERR_BAD_DATE {
        zh: "{key} 应为日期 YYYY-MM-DD (现为 {value})",
        en: "{key} must be a date YYYY-MM-DD (found {value})",
    }
    pub(crate) ERR_FROM_AFTER_TO {
        zh: "开始日期 from 晚于结束日期 to",
        en: "from is after to",
    }
    pub(crate) ERR_TOO_LONG {
        zh: "假期长达 {days} 天, 请核对日期",
        en: "a holiday of {days} days; check the dates",
    }
    pub(crate) ERR_OUTSIDE_YEAR {
        zh: "日期 {date} 不在本年度内",
        en: "the date {date} is not in this year",
    }
    pub(crate) ERR_WORKDAY_NOT_WEEKEND {
        zh: "调休上班日 {date} 不是周六或周日",
        en: "adjusted working day {date} is not a Saturday or Sunday",
    }
    pub(crate) ERR_WORKDAY_FAR {
        zh: "调休上班日 {date} 离该假期超过一个月, 请核对",
        en: "adjusted working day {date} is more than a month from the holiday; check it",
    }
    pub(crate) ERR_UNKNOWN_KEY {
        zh: "无法识别的项 {key} (可用 name, from, to, work)",
        en: "unknown key {key} (use name, from, to, work)",
    }
}
