//! Messages of the `form` area (once the keys `form.*`).

messages! {
    pub(crate) TITLE_OBJECTION_EDIT {
        zh: "处理公示异议",
        en: "Publicity objection",
    }
    pub(crate) CMD_OBJECTION_N {
        zh: "打开第 N 条公示异议, 补记核查结论与办结日期",
        en: "Reopen publicity objection N to record its finding and resolution",
    }
    pub(crate) CMDLINE_OBJECTION {
        zh: "\"{arg}\" 不是异议编号; 请写 1、2…(见详情的公示页)",
        en: "\"{arg}\" is not an objection number; write 1, 2, … (see the publicity tab)",
    }
    pub(crate) ARG_OBJECTION {
        zh: "编号",
        en: "N",
    }
    pub(crate) AGE_DAYS {
        zh: "{n} 天前",
        en: "{n} d ago",
    }
    pub(crate) AGE_HOURS {
        zh: "{n} 小时前",
        en: "{n} h ago",
    }
    pub(crate) AGE_MINUTES {
        zh: "{n} 分钟前",
        en: "{n} min ago",
    }
    pub(crate) AGE_SECONDS {
        zh: "{n} 秒前",
        en: "{n} s ago",
    }
    pub(crate) BAD_COUNT {
        zh: "应为整数, 如 120",
        en: "should be a whole number, e.g. 120",
    }
    pub(crate) BAD_MONEY {
        zh: "应为万元金额, 最多4位小数, 如 1234.5",
        en: "should be an amount in 10k yuan with at most 4 decimals, e.g. 1234.5",
    }
    pub(crate) CMD_DATES {
        zh: "填写揭榜协议、任务书及实施起止日期",
        en: "Enter agreement, task book and implementation dates",
    }
    pub(crate) CMD_DISCARD_DRAFT {
        zh: "丢弃所选草稿",
        en: "Discard the selected draft",
    }
    pub(crate) CMD_EDIT_CASE {
        zh: "编辑项目 (征集表)",
        en: "Edit the case (application form)",
    }
    pub(crate) CMD_EDITOR {
        zh: "用 $EDITOR 编辑当前文本项",
        en: "Edit the current text field in $EDITOR",
    }
    pub(crate) CMD_EXTENSION {
        zh: "登记延期",
        en: "Record an extension",
    }
    pub(crate) CMD_MEMBER {
        zh: "添加联合体成员",
        en: "Add a consortium member",
    }
    pub(crate) CMD_NEW_CASE {
        zh: "新建项目 (征集表)",
        en: "New case (application form)",
    }
    pub(crate) CMD_NEXT_FIELD {
        zh: "下一项",
        en: "Next field",
    }
    pub(crate) CMD_OBJECTION {
        zh: "登记公示期异议",
        en: "Record an objection during publicity",
    }
    pub(crate) CMD_PREV_FIELD {
        zh: "上一项",
        en: "Previous field",
    }
    pub(crate) CMD_SAVE {
        zh: "保存表单",
        en: "Save the form",
    }
    pub(crate) CMD_TAKER {
        zh: "添加揭榜方",
        en: "Add a taker",
    }
    pub(crate) CMD_TERMINATE {
        zh: "终止项目 (原因, 收回资金)",
        en: "Terminate the case (reason, recovered funds)",
    }
    pub(crate) CMD_TRANCHE {
        zh: "登记补助拨付",
        en: "Record a subsidy tranche",
    }
    pub(crate) CONFLICT_BACK {
        zh: "返回编辑",
        en: "back to editing",
    }
    pub(crate) CONFLICT_KEEP_MINE {
        zh: "保留我的",
        en: "keep mine",
    }
    pub(crate) CONFLICT_KEYS {
        zh: "Tab/方向键 选择  Enter 确定  Esc 返回编辑",
        en: "Tab/arrows choose  Enter confirm  Esc back to editing",
    }
    pub(crate) CONFLICT_MINE {
        zh: "我的修改",
        en: "my change",
    }
    pub(crate) CONFLICT_TAKE_THEIRS {
        zh: "采用对方的",
        en: "take theirs",
    }
    pub(crate) CONFLICT_THEIRS {
        zh: "对方的修改",
        en: "their change",
    }
    pub(crate) CONFLICT_TITLE {
        zh: "{id} 已被 {by} 修改: 双方都改了以下各项",
        en: "{id} was changed by {by}: both of you changed these fields",
    }
    pub(crate) COUNTER {
        zh: "{n}/{max} 字",
        en: "{n}/{max} chars",
    }
    pub(crate) CTX {
        zh: "表单",
        en: "Form",
    }
    pub(crate) DISCARD_BODY {
        zh: "表单有未保存的修改, 放弃后草稿也将删除。",
        en: "The form has unsaved changes; discarding also deletes its draft.",
    }
    pub(crate) DISCARD_KEYS {
        zh: "Enter 放弃修改    Esc 继续编辑",
        en: "Enter discard    Esc keep editing",
    }
    pub(crate) DISCARD_TITLE {
        zh: "放弃修改?",
        en: "Discard changes?",
    }
    pub(crate) DRAFT_PENDING {
        zh: "草稿待保存",
        en: "draft pending",
    }
    pub(crate) DRAFT_SAVED_AT {
        zh: "草稿已保存 {at}",
        en: "draft saved {at}",
    }
    pub(crate) DRAFT_UNREADABLE {
        zh: "无法读取的草稿 {key}",
        en: "unreadable draft {key}",
    }
    pub(crate) DRAFTS_BODY {
        zh: "上次未正常退出, 以下表单尚未保存:",
        en: "The last session ended abruptly; these forms were not saved:",
    }
    pub(crate) DRAFTS_DISCARD {
        zh: "丢弃",
        en: "discard",
    }
    pub(crate) DRAFTS_LATER {
        zh: "稍后",
        en: "later",
    }
    pub(crate) DRAFTS_RESUME {
        zh: "恢复",
        en: "resume",
    }
    pub(crate) DRAFTS_TITLE {
        zh: "未保存的草稿",
        en: "Unsaved drafts",
    }
    pub(crate) DUPLICATE {
        zh: "疑似与已有单位重复: {name}",
        en: "looks like an existing organisation: {name}",
    }
    pub(crate) EDITOR_HINT {
        zh: "{key} 用编辑器打开",
        en: "{key} open in editor",
    }
    pub(crate) F_ACCEPTED {
        zh: "是否受理",
        en: "accepted",
    }
    pub(crate) F_ACHIEVEMENT_NAME {
        zh: "成果/需求名称",
        en: "achievement/need",
    }
    pub(crate) F_ACHIEVEMENT_TYPE {
        zh: "成果类型",
        en: "achievement type",
    }
    pub(crate) F_ADDRESS {
        zh: "单位地址",
        en: "address",
    }
    pub(crate) F_AGREEMENT_SIGNED {
        zh: "揭榜协议签订",
        en: "agreement signed",
    }
    pub(crate) F_APPROVED {
        zh: "厅已批准",
        en: "approved",
    }
    pub(crate) F_BOTH_AGREED {
        zh: "双方同意",
        en: "both parties agreed",
    }
    pub(crate) F_CONTACT_EMAIL {
        zh: "邮箱",
        en: "email",
    }
    pub(crate) F_CONTACT_MOBILE {
        zh: "手机",
        en: "mobile",
    }
    pub(crate) F_CONTACT_NAME {
        zh: "联系人",
        en: "contact",
    }
    pub(crate) F_CONTACT_TITLE {
        zh: "职务",
        en: "title",
    }
    pub(crate) F_CREDIT_CODE {
        zh: "统一社会信用代码",
        en: "credit code",
    }
    pub(crate) F_DESCRIPTION {
        zh: "拟转化科技成果情况",
        en: "achievement description",
    }
    pub(crate) F_ESTIMATED_INVESTMENT {
        zh: "预计总投入(万元)",
        en: "est. investment (10k yuan)",
    }
    pub(crate) F_FIELD {
        zh: "聚焦领域",
        en: "field",
    }
    pub(crate) F_FINDING {
        zh: "核查结论",
        en: "finding",
    }
    pub(crate) F_IP_OTHER {
        zh: "其他知识产权",
        en: "other IP",
    }
    pub(crate) F_IP_TYPES {
        zh: "知识产权类型",
        en: "IP types",
    }
    pub(crate) F_KIND {
        zh: "项目类型",
        en: "kind",
    }
    pub(crate) F_LEGAL_REP {
        zh: "法定代表人",
        en: "legal rep.",
    }
    pub(crate) F_MAIN_BUSINESS {
        zh: "主营业务",
        en: "main business",
    }
    pub(crate) F_NEW_END {
        zh: "新的结束日期",
        en: "new end date",
    }
    pub(crate) F_NOT_ACCEPTED_REASON {
        zh: "不予受理原因",
        en: "reason not accepted",
    }
    pub(crate) F_NOTE {
        zh: "备注",
        en: "note",
    }
    pub(crate) F_OBJECTION_BY {
        zh: "异议人/单位",
        en: "objector name",
    }
    pub(crate) F_OBJECTOR {
        zh: "异议方式",
        en: "objector",
    }
    pub(crate) F_ORG_NAME {
        zh: "单位名称",
        en: "organisation",
    }
    pub(crate) F_ORG_TYPE {
        zh: "单位类型",
        en: "org type",
    }
    pub(crate) F_ORG_TYPE_OTHER {
        zh: "其他类型说明",
        en: "other type",
    }
    pub(crate) F_OWNS_IP {
        zh: "拥有自主知识产权",
        en: "owns IP",
    }
    pub(crate) F_PARENT {
        zh: "上级单位",
        en: "parent org",
    }
    pub(crate) F_PLAN_END {
        zh: "实施结束",
        en: "end",
    }
    pub(crate) F_PLAN_START {
        zh: "实施开始",
        en: "start",
    }
    pub(crate) F_REASON {
        zh: "原因",
        en: "reason",
    }
    pub(crate) F_RECEIVED {
        zh: "收到日期",
        en: "received",
    }
    pub(crate) F_RECOVERED {
        zh: "收回资金(万元)",
        en: "recovered (10k yuan)",
    }
    pub(crate) F_REGION {
        zh: "注册地区",
        en: "region",
    }
    pub(crate) F_REGISTERED_CAPITAL {
        zh: "注册资金(万元)",
        en: "capital (10k yuan)",
    }
    pub(crate) F_REGISTERED_ON {
        zh: "注册时间",
        en: "registered on",
    }
    pub(crate) F_REQUESTED_ON {
        zh: "申请日期",
        en: "requested on",
    }
    pub(crate) F_RESOLVED {
        zh: "处理完毕",
        en: "resolved",
    }
    pub(crate) F_SPECIAL {
        zh: "一事一议",
        en: "special case",
    }
    pub(crate) F_SPECIAL_REASON {
        zh: "一事一议理由",
        en: "special reason",
    }
    pub(crate) F_STAFF_BACHELOR {
        zh: "本科以上人数",
        en: "bachelor+ staff",
    }
    pub(crate) F_STAFF_RD {
        zh: "研发人员数",
        en: "R&D staff",
    }
    pub(crate) F_STAFF_TOTAL {
        zh: "职工总数",
        en: "total staff",
    }
    pub(crate) F_SUGGESTED_PERIOD {
        zh: "建议实施时限",
        en: "suggested period",
    }
    pub(crate) F_TAKER_NO {
        zh: "揭榜方序号",
        en: "taker number",
    }
    pub(crate) F_TASK_BOOK_SIGNED {
        zh: "任务书签订",
        en: "task book signed",
    }
    pub(crate) F_TEAM {
        zh: "技术团队情况",
        en: "team",
    }
    pub(crate) F_TECH_FIELD {
        zh: "技术领域",
        en: "tech field",
    }
    pub(crate) F_TERMINATION_DATE {
        zh: "终止日期",
        en: "terminated on",
    }
    pub(crate) F_TRANCHE_AMOUNT {
        zh: "拨付金额(万元)",
        en: "amount (10k yuan)",
    }
    pub(crate) F_TRANCHE_DATE {
        zh: "拨付日期",
        en: "date",
    }
    pub(crate) F_TRANCHE_KIND {
        zh: "补助方式",
        en: "kind",
    }
    pub(crate) F_TRANCHE_TAKER {
        zh: "揭榜方(赛马制)",
        en: "taker (racing)",
    }
    pub(crate) PICK_NO_MATCH {
        zh: "没有匹配的选项 (Backspace 删除输入)",
        en: "No option matches (Backspace to edit)",
    }
    pub(crate) HINT_DISCARD {
        zh: "放弃",
        en: "discard",
    }
    pub(crate) HINT_EDITOR {
        zh: "编辑器",
        en: "editor",
    }
    pub(crate) HINT_NEXT {
        zh: "下一项",
        en: "next",
    }
    pub(crate) HINT_PREV {
        zh: "上一项",
        en: "previous",
    }
    pub(crate) HINT_SAVE {
        zh: "保存",
        en: "save",
    }
    pub(crate) MERGED {
        zh: "已合并 {by} 的修改 (与您的修改不冲突)",
        en: "merged {by}'s changes (none touched yours)",
    }
    pub(crate) NO {
        zh: "否",
        en: "no",
    }
    pub(crate) NO_TAKER {
        zh: "没有第 {n} 个揭榜方",
        en: "there is no taker number {n}",
    }
    pub(crate) NOT_SAVED {
        zh: "未保存",
        en: "not saved",
    }
    pub(crate) PROBLEMS {
        zh: "{errors} 个错误, {warnings} 个提醒:",
        en: "{errors} error(s), {warnings} warning(s):",
    }
    pub(crate) S_CASE {
        zh: "项目",
        en: "Case",
    }
    pub(crate) S_CONTACT {
        zh: "联系人",
        en: "Contact",
    }
    pub(crate) S_DATES {
        zh: "协议与任务书",
        en: "Agreement and task book",
    }
    pub(crate) S_DESCRIPTION {
        zh: "拟转化科技成果情况 (3000字以内)",
        en: "Achievement description (up to 3000 chars)",
    }
    pub(crate) S_EXTENSION {
        zh: "延期",
        en: "Extension",
    }
    pub(crate) S_INVESTMENT {
        zh: "项目预计总投入(或成果价值)",
        en: "Estimated total investment (or value)",
    }
    pub(crate) S_ISSUER {
        zh: "发榜方情况",
        en: "Issuer",
    }
    pub(crate) S_MEMBER {
        zh: "联合体成员",
        en: "Consortium member",
    }
    pub(crate) S_MEMBER_ORG {
        zh: "成员单位",
        en: "Member organisation",
    }
    pub(crate) S_NEED {
        zh: "项目需求信息",
        en: "Need",
    }
    pub(crate) S_OBJECTION {
        zh: "公示期异议",
        en: "Objection during publicity",
    }
    pub(crate) S_ORG_TYPE {
        zh: "单位类型",
        en: "Organisation type",
    }
    pub(crate) S_PERIOD {
        zh: "建议实施时限",
        en: "Suggested period",
    }
    pub(crate) S_TAKER {
        zh: "揭榜方",
        en: "Taker",
    }
    pub(crate) S_TEAM {
        zh: "技术团队情况 (1000字以内)",
        en: "Technical team (up to 1000 chars)",
    }
    pub(crate) S_TERMINATION {
        zh: "终止",
        en: "Termination",
    }
    pub(crate) S_TRANCHE {
        zh: "补助拨付",
        en: "Subsidy tranche",
    }
    pub(crate) SAVE_REFUSED {
        zh: "不能保存: {n} 项有错误, 光标已移到第一项",
        en: "not saved: {n} fields have errors; the cursor is on the first",
    }
    pub(crate) SAVED {
        zh: "已保存 {id}",
        en: "saved {id}",
    }
    pub(crate) SUGGEST {
        zh: "-> 已有单位: {names} (Enter 采用)",
        en: "-> existing: {names} (Enter to use)",
    }
    pub(crate) TITLE_DATES {
        zh: "协议与任务书日期",
        en: "Agreement and task book dates",
    }
    pub(crate) TITLE_EDIT {
        zh: "编辑项目 | 征集表",
        en: "Edit case | application form",
    }
    pub(crate) TITLE_EXTENSION {
        zh: "延期",
        en: "Extension",
    }
    pub(crate) TITLE_MEMBER {
        zh: "联合体成员",
        en: "Consortium member",
    }
    pub(crate) TITLE_NEW {
        zh: "新建项目 | 征集表",
        en: "New case | application form",
    }
    pub(crate) TITLE_OBJECTION {
        zh: "公示期异议",
        en: "Objection",
    }
    pub(crate) TITLE_TAKER {
        zh: "添加揭榜方",
        en: "Add taker",
    }
    pub(crate) TITLE_TERMINATION {
        zh: "终止项目",
        en: "Terminate case",
    }
    pub(crate) TITLE_TRANCHE {
        zh: "补助拨付",
        en: "Subsidy tranche",
    }
    pub(crate) WAN {
        zh: "万元",
        en: "10k yuan",
    }
    pub(crate) YES {
        zh: "是",
        en: "yes",
    }
}
