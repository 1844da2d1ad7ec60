//! Messages of the `validate` area (once the keys `validate.*`).

messages! {
    pub(crate) F_IP_OWNERSHIP {
        zh: "产权归属",
        en: "IP ownership",
    }
    pub(crate) F_BENEFIT_SHARING {
        zh: "利益分配",
        en: "Benefit sharing",
    }
    pub(crate) F_AUDIT_DATE {
        zh: "专项审计日期",
        en: "Special audit date",
    }
    pub(crate) F_AUDIT_CONCLUSION {
        zh: "专项审计结论",
        en: "Special audit conclusion",
    }
    pub(crate) CREDIT_EMPTY {
        zh: "未填写统一社会信用代码",
        en: "no unified social credit code",
    }
    pub(crate) CREDIT_LENGTH {
        zh: "统一社会信用代码应为18位, 现为{found}位",
        en: "a unified social credit code has 18 characters, found {found}",
    }
    pub(crate) CREDIT_BAD_CHAR {
        zh: "统一社会信用代码第{pos}位「{ch}」不是有效字符 (数字或除 I、O、S、V、Z 外的大写字母)",
        en: "character {pos} of the credit code, \"{ch}\", is not allowed (digits or capitals except I, O, S, V, Z)",
    }
    pub(crate) CREDIT_CHECK_CHAR {
        zh: "统一社会信用代码校验位应为 {expected}, 现为 {found}, 请核对",
        en: "the credit code's check character should be {expected}, found {found}; check the code",
    }
    pub(crate) REQUIRED {
        zh: "必填",
        en: "required",
    }
    pub(crate) SHOULD_FILL {
        zh: "应填写",
        en: "should be filled in",
    }
    pub(crate) NEEDED_TO_PUBLISH {
        zh: "发布榜单前须填写",
        en: "required before the call is published",
    }
    pub(crate) TOO_LONG {
        zh: "不超过{max}字, 现为{actual}字",
        en: "at most {max} characters, found {actual}",
    }
    pub(crate) MOBILE {
        zh: "应为11位手机号, 如 13800000000 (可加 +86)",
        en: "must be an 11-digit mobile number such as 13800000000 (+86 allowed)",
    }
    pub(crate) EMAIL {
        zh: "应为电子邮箱, 如 name@example.com",
        en: "must be an email address such as name@example.com",
    }
    pub(crate) DATE_ORDER {
        zh: "不得早于{other}",
        en: "must not be before {other}",
    }
    pub(crate) DATE {
        zh: "无法识别的日期「{input}」, 请写作 2026-11-26、20261126 或 2026/11/26",
        en: "cannot read the date \"{input}\"; write 2026-11-26, 20261126 or 2026/11/26",
    }
    pub(crate) NOT_POSITIVE {
        zh: "金额须大于 0",
        en: "the amount must be greater than 0",
    }
    pub(crate) NEGATIVE {
        zh: "金额不能为负数",
        en: "the amount cannot be negative",
    }
    pub(crate) PERCENT {
        zh: "应在 0 到 100 之间, 现为 {actual}",
        en: "must be between 0 and 100, found {actual}",
    }
    pub(crate) MORE_THAN_TOTAL {
        zh: "{count} 人多于单位总人数 {total} 人",
        en: "{count} people is more than the total headcount {total}",
    }
    pub(crate) OTHER_UNSPECIFIED {
        zh: "选择了「其他」, 请写明具体内容",
        en: "\"Other\" is chosen; say what it is",
    }
    pub(crate) SCOPED {
        zh: "{scope}{field}",
        en: "{scope}{field}",
    }
    pub(crate) SCOPE_ISSUER {
        zh: "发榜方",
        en: "Issuer ",
    }
    pub(crate) SCOPE_TAKER {
        zh: "揭榜方{n} ",
        en: "Applicant {n} ",
    }
    pub(crate) SCOPE_MEMBER {
        zh: "揭榜方{n} 联合体成员{m} ",
        en: "Applicant {n} consortium member {m} ",
    }
    pub(crate) SCOPE_TRANCHE {
        zh: "第{n}笔补助 ",
        en: "Tranche {n} ",
    }
    pub(crate) SCOPE_OBJECTION {
        zh: "第{n}条异议 ",
        en: "Objection {n} ",
    }
    pub(crate) SCOPE_EXTENSION {
        zh: "第{n}次延期 ",
        en: "Extension {n} ",
    }
    pub(crate) SCOPE_NOTE {
        zh: "备注{n} ",
        en: "Note {n} ",
    }
    pub(crate) F_NAME {
        zh: "单位名称",
        en: "name",
    }
    pub(crate) F_ADDRESS {
        zh: "单位地址",
        en: "address",
    }
    pub(crate) F_REGION {
        zh: "注册地区",
        en: "registered region",
    }
    pub(crate) F_REGISTERED_CAPITAL {
        zh: "注册资金",
        en: "registered capital",
    }
    pub(crate) F_LEGAL_REP {
        zh: "法定代表人",
        en: "legal representative",
    }
    pub(crate) F_TECH_FIELD {
        zh: "技术领域",
        en: "technical field",
    }
    pub(crate) F_MAIN_BUSINESS {
        zh: "主营业务",
        en: "main business",
    }
    pub(crate) F_STAFF_BACHELOR {
        zh: "本科以上人数",
        en: "staff with a bachelor's degree or above",
    }
    pub(crate) F_STAFF_RD {
        zh: "研发人员数",
        en: "R&D staff",
    }
    pub(crate) F_ORG_TYPE_OTHER {
        zh: "单位类型(其他)",
        en: "organisation type (other)",
    }
    pub(crate) F_CREDIT_CODE {
        zh: "统一社会信用代码",
        en: "unified social credit code",
    }
    pub(crate) F_PARENT {
        zh: "上级单位",
        en: "parent organisation",
    }
    pub(crate) F_CONTACT_NAME {
        zh: "联系人姓名",
        en: "contact name",
    }
    pub(crate) F_CONTACT_TITLE {
        zh: "联系人职务",
        en: "contact title",
    }
    pub(crate) F_CONTACT_MOBILE {
        zh: "联系人手机",
        en: "contact mobile",
    }
    pub(crate) F_CONTACT_EMAIL {
        zh: "联系人电子邮箱",
        en: "contact email",
    }
    pub(crate) F_FIELD {
        zh: "聚焦领域",
        en: "Field",
    }
    pub(crate) F_KIND {
        zh: "项目类型",
        en: "Project type",
    }
    pub(crate) F_ACHIEVEMENT_NAME {
        zh: "成果名称",
        en: "Achievement name",
    }
    pub(crate) F_DESCRIPTION {
        zh: "拟转化科技成果情况",
        en: "Achievement description",
    }
    pub(crate) F_TEAM {
        zh: "技术团队情况",
        en: "Team description",
    }
    pub(crate) F_SUGGESTED_PERIOD {
        zh: "建议实施时限",
        en: "Suggested period",
    }
    pub(crate) F_IP_OTHER {
        zh: "知识产权类型(其他)",
        en: "IP type (other)",
    }
    pub(crate) F_ESTIMATED_INVESTMENT {
        zh: "项目预计总投入",
        en: "Estimated total investment",
    }
    pub(crate) F_PLAN_START {
        zh: "实施开始日期",
        en: "Start date",
    }
    pub(crate) F_PLAN_END {
        zh: "实施结束日期",
        en: "End date",
    }
    pub(crate) F_AGREEMENT_SIGNED {
        zh: "揭榜协议签订日期",
        en: "Agreement signed",
    }
    pub(crate) F_TASK_BOOK_SIGNED {
        zh: "任务书签订日期",
        en: "Task book signed",
    }
    pub(crate) F_RD_INVESTMENT {
        zh: "研发总投入",
        en: "Total R&D investment",
    }
    pub(crate) F_FUNDS_RECEIVED {
        zh: "实际到账金额",
        en: "Funds actually received",
    }
    pub(crate) F_RECOVERED {
        zh: "收回资金",
        en: "Recovered funds",
    }
    pub(crate) F_TRANCHE_AMOUNT {
        zh: "补助金额",
        en: "amount",
    }
    pub(crate) F_SPECIAL_REASON {
        zh: "一事一议理由",
        en: "case-by-case reason",
    }
    pub(crate) F_NOTE {
        zh: "备注",
        en: "note",
    }
    pub(crate) F_OBJECTION_BY {
        zh: "异议人",
        en: "objector",
    }
    pub(crate) F_OBJECTION_RECEIVED {
        zh: "收到日期",
        en: "received on",
    }
    pub(crate) F_OBJECTION_RESOLVED {
        zh: "处理完毕日期",
        en: "resolved on",
    }
    pub(crate) F_NOT_ACCEPTED_REASON {
        zh: "不予受理理由",
        en: "reason for not accepting",
    }
    pub(crate) F_FINDING {
        zh: "核查结论",
        en: "finding",
    }
    pub(crate) F_REASON {
        zh: "理由",
        en: "reason",
    }
    pub(crate) F_COMPLETION_PCT {
        zh: "任务完成度",
        en: "Completion",
    }
    pub(crate) F_REMARKS {
        zh: "验收意见",
        en: "Acceptance remarks",
    }
    pub(crate) F_UNKNOWN {
        zh: "字段",
        en: "field",
    }
}
