//! Messages of the `app` area (once the keys `assign.*`, `audit.*`, `facts.*`, `group.*`, `officers.*`, `shared.*`, `show.*`).

messages! {
    pub(crate) FACTS_OVERDUE_IMPLEMENTATION {
        zh: "实施期满未结",
        en: "implementation ended, not closed",
    }
    pub(crate) FACTS_OVERDUE_MIDTERM {
        zh: "中期检查逾期",
        en: "mid-term check overdue",
    }
    pub(crate) FACTS_OVERDUE_RECTIFY {
        zh: "整改逾期",
        en: "rectification overdue",
    }
    pub(crate) FACTS_OVERDUE_ACCEPTANCE {
        zh: "验收逾期",
        en: "acceptance overdue",
    }
    pub(crate) FACTS_OVERDUE_PUBLICITY {
        zh: "公示期满未推进",
        en: "publicity ended, not moved on",
    }
    pub(crate) FACTS_SHOW_DUE {
        zh: "下一期限",
        en: "Next deadline",
    }
    pub(crate) FACTS_SHOW_OVERDUE {
        zh: "逾期",
        en: "Overdue",
    }
    pub(crate) ASSIGN_F_OFFICER {
        zh: "经办人",
        en: "Case officer",
    }
    pub(crate) ASSIGN_V_OFFICER_NAME {
        zh: "应为系统用户名: 不含控制字符, 首尾无空格",
        en: "must be a system user name: no control characters, no spaces around it",
    }
    pub(crate) ASSIGN_CMD_ASSIGN_ME {
        zh: "把选中 (或标记) 的项目交给我经办",
        en: "Make me the officer of the selected (or marked) cases",
    }
    pub(crate) ASSIGN_CMD_ASSIGN_USER {
        zh: "把选中 (或标记) 的项目交给该用户经办",
        en: "Make USER the officer of the selected (or marked) cases",
    }
    pub(crate) ASSIGN_CMD_UNASSIGN {
        zh: "取消选中 (或标记) 项目的经办人",
        en: "Leave the selected (or marked) cases without an officer",
    }
    pub(crate) ASSIGN_ARG_USER {
        zh: "用户名",
        en: "user name",
    }
    pub(crate) ASSIGN_CMDLINE_BAD_USER {
        zh: "经办人{reason}",
        en: "Case officer: {reason}",
    }
    pub(crate) ASSIGN_TUI_DONE {
        zh: "已更新 {count} 个项目的经办人",
        en: "Case officer set on {count} case(s)",
    }
    pub(crate) ASSIGN_DASH_FIG_MINE {
        zh: "待我处理 {n} ({user})",
        en: "Waiting for me {n} ({user})",
    }
    pub(crate) ASSIGN_DASH_MINE {
        zh: "待我处理",
        en: "Waiting for me",
    }
    pub(crate) ASSIGN_DETAIL_OFFICER {
        zh: "经办人 {user}",
        en: "officer {user}",
    }
    pub(crate) ASSIGN_DETAIL_UNASSIGNED {
        zh: "未分配经办人",
        en: "no officer",
    }
    pub(crate) ASSIGN_SHOW_UNASSIGNED {
        zh: "未分配",
        en: "unassigned",
    }
    pub(crate) ASSIGN_CLI_ASSIGNED {
        zh: "{id} 的经办人为 {user} (rev {rev})",
        en: "{id}: case officer is now {user} (rev {rev})",
    }
    pub(crate) ASSIGN_CLI_UNASSIGNED {
        zh: "{id} 已不再有经办人 (rev {rev})",
        en: "{id}: no case officer now (rev {rev})",
    }
    pub(crate) ASSIGN_CLI_EMPTY_USER {
        zh: "用户名为空: 要取消经办人请用 --none",
        en: "Empty user name: to unassign a case use --none",
    }
    pub(crate) REFUSED {
        zh: "已拒绝, 未写入: {n} 项规则未满足",
        en: "Refused, nothing written: {n} rule(s) not met",
    }
    pub(crate) NEED_REASON {
        zh: "退回、未通过和撤回须填写原因 (--note 或 --reason)",
        en: "Moving back, rejecting or withdrawing needs a reason (--note or --reason)",
    }
    pub(crate) INVALID {
        zh: "有 {n} 处填写不符合要求, 未保存",
        en: "{n} field(s) are not valid; nothing was saved",
    }
    pub(crate) READ_ONLY {
        zh: "只读模式: 不能修改 (去掉 --read-only 或 config.toml 中的 read_only)",
        en: "Read-only mode: changes are disabled (drop --read-only or read_only in config.toml)",
    }
    pub(crate) NOTE_EMPTY {
        zh: "备注为空, 未保存",
        en: "The note is empty; nothing was saved",
    }
    pub(crate) NOTE_TOO_LONG {
        zh: "备注过长: {actual} 字, 上限 {max} 字",
        en: "Note too long: {actual} characters, limit {max}",
    }
    pub(crate) SET_PROTECTED {
        zh: "字段 {path} 不能直接修改 (阶段请用 advance/back)",
        en: "Field {path} cannot be set directly (use advance/back for the stage)",
    }
    pub(crate) SET_NO_FIELD {
        zh: "没有字段 {path} (用 jiebang show ID --format json 查看字段路径)",
        en: "No field {path} (see the paths with jiebang show ID --format json)",
    }
    pub(crate) SET_BAD_VALUE {
        zh: "取值类型不对: {detail}",
        en: "Wrong value type: {detail}",
    }
    pub(crate) SET_WRONG_TYPE {
        zh: "{path} ({label}) 需要{want}; 「{value}」不是",
        en: "{path} ({label}) takes {want}; \"{value}\" is not one",
    }
    pub(crate) SET_WANT_TEXT {
        zh: "文本",
        en: "text",
    }
    pub(crate) SET_WANT_DATE {
        zh: "日期 YYYY-MM-DD (如 2026-12-01)",
        en: "a date YYYY-MM-DD (e.g. 2026-12-01)",
    }
    pub(crate) SET_WANT_MONEY {
        zh: "带单位的金额 (如 800万、800万元 或 8000000元)",
        en: "an amount with its unit (e.g. 800万, 800万元 or 8000000元)",
    }
    pub(crate) SET_WANT_COUNT {
        zh: "非负整数",
        en: "a whole number",
    }
    pub(crate) SET_WANT_BOOL {
        zh: "是/否 (true/false)",
        en: "yes/no (true/false)",
    }
    pub(crate) SET_WANT_CHOICE {
        zh: "以下之一: {list}",
        en: "one of: {list}",
    }
    pub(crate) SET_WANT_JSON {
        zh: "JSON 值 (列表或对象)",
        en: "a JSON value (list or object)",
    }
    pub(crate) IMPORT_BREACHES {
        zh: "导入文件有 {n} 处违反规则, 未写入任何数据 (确属历史数据可加 --allow-breaches, 逐案标记为违规/待核):",
        en: "The file breaks {n} rule(s); nothing was written (past cases that did may be stored flagged with --allow-breaches):",
    }
    pub(crate) IMPORT_BREACH_ROW {
        zh: "  第 {row} 条 {id}: {msg}",
        en: "  row {row} {id}: {msg}",
    }
    pub(crate) BREACH_SECTION {
        zh: "违规/待核",
        en: "Breaches / to check",
    }
    pub(crate) BREACH_MARK {
        zh: "[违规]",
        en: "[breach]",
    }
    pub(crate) BREACH_FIGURE {
        zh: "违规/待核 {n}",
        en: "Breaches to check {n}",
    }
    pub(crate) BREACH_FLAGGED {
        zh: "已标记违规 (导入时 --allow-breaches)",
        en: "flagged breach (imported with --allow-breaches)",
    }
    pub(crate) BREACH_RESOLVED {
        zh: "已解除",
        en: "resolved",
    }
    pub(crate) RESTORE_BREACHES {
        zh: "恢复的存储中有 {n} 个案件违反规则, 已逐案标记为违规/待核:",
        en: "{n} case(s) of the restored store break a rule; each is now flagged:",
    }
    pub(crate) IMPORT_BAD {
        zh: "导入文件有 {n} 处错误, 未写入任何数据:",
        en: "The import file has {n} error(s); nothing was written:",
    }
    pub(crate) IMPORT_ROW {
        zh: "  第 {row} 条 {field}: {msg}",
        en: "  row {row} {field}: {msg}",
    }
    pub(crate) BLACKLIST_BAD {
        zh: "名单文件格式错误: {detail}",
        en: "Blacklist file is malformed: {detail}",
    }
    pub(crate) BLACKLIST_EMPTY_ENTRY {
        zh: "名单中有条目既无单位名称也无信用代码",
        en: "A blacklist entry has neither a name nor a credit code",
    }
    pub(crate) GROUP_ISSUER {
        zh: "发榜方情况",
        en: "Issuer",
    }
    pub(crate) GROUP_NEED {
        zh: "项目需求信息",
        en: "Need / achievement",
    }
    pub(crate) GROUP_TAKERS {
        zh: "揭榜方",
        en: "Takers",
    }
    pub(crate) GROUP_MONEY {
        zh: "资金与补助",
        en: "Funding and subsidy",
    }
    pub(crate) GROUP_PUBLICITY {
        zh: "公示与异议",
        en: "Publicity and objections",
    }
    pub(crate) GROUP_NEXT {
        zh: "下一阶段",
        en: "Next stage",
    }
    pub(crate) GROUP_NOTES {
        zh: "备注",
        en: "Notes",
    }
    pub(crate) GROUP_HISTORY {
        zh: "历史",
        en: "History",
    }
    pub(crate) SHOW_WINDOW {
        zh: "（显示最近 {shown} 条，共 {total} 条；全部请用 {cmd}）",
        en: "(the latest {shown} of {total}; all of them: {cmd})",
    }
    pub(crate) OFFICERS_UNKNOWN_USER {
        zh: "系统中没有用户 {name}, 不能指派为经办人。已知的用户: {known} (或在 config.toml 中用 officers = [...] 列出经办人)",
        en: "There is no user {name} on this system, so it cannot be the 经办人. Known users: {known} (or list the officers in config.toml: officers = [...])",
    }
    pub(crate) OFFICERS_UNKNOWN_LISTED {
        zh: "{name} 不在 config.toml 的经办人名单 (officers) 中。名单: {known}",
        en: "{name} is not in the officers list of config.toml. The list: {known}",
    }
    pub(crate) SHARED_NO_GROUP {
        zh: "系统中没有用户组 {group}; 请先由管理员建立 (groupadd {group}) 并把各经办人加入该组",
        en: "There is no group {group} on this system; an administrator creates it first (groupadd {group}) and adds the officers to it",
    }
    pub(crate) SHARED_DIR_NOT_READY {
        zh: "目录 {dir} 还不能供组内共享; 请先运行: {fix}",
        en: "The folder {dir} is not set up for sharing by the group yet; first run: {fix}",
    }
    pub(crate) SHARED_CANNOT_MAKE_DIR {
        zh: "无法建立组 {group} 的共享目录 {dir}: {detail}; 你需要是该组成员",
        en: "Cannot make the shared folder {dir} for group {group}: {detail}; you must be a member of the group",
    }
    pub(crate) SHARED_LOCKOUT {
        zh: "警告: 共享数据库 {path} 会把组内其他人挡在外面; 修正: {fix}",
        en: "warning: the shared store {path} would lock the rest of the group out; fix: {fix}",
    }
    pub(crate) SHARED_READ_ONLY {
        zh: "你对 {path} 只有读权限 (权限 {mode}, 组 {group}), 已以只读方式打开; 需要修改请让管理员把你加入可写的组",
        en: "You may only read {path} (mode {mode}, group {group}), so it is open read-only; to make changes, ask the administrator to add you to the group that may write it",
    }
    pub(crate) SHARED_WRITE_DENIED {
        zh: "{path} 只允许你读取 (权限 {mode}, 组 {group}); 此命令要修改数据库, 无权访问写入。请让管理员把你加入可写的组, 或只使用查看类命令",
        en: "You may only read {path} (mode {mode}, group {group}): no permission for this command, which changes the store; ask the administrator to add you to the group that may write it, or use a command that only reads",
    }
    pub(crate) AUDIT_CMD {
        zh: "专项审计记录 (终止时: 审计日期与结论, 与发榜方一致, 厅审核同意)",
        en: "Special audit record (at termination: audit date and conclusion, issuer's agreement, department approval)",
    }
    pub(crate) AUDIT_F_APPROVED {
        zh: "厅审核同意",
        en: "approved by the department",
    }
    pub(crate) AUDIT_F_BOTH_AGREED {
        zh: "与发榜方达成一致",
        en: "agreed with the issuer",
    }
    pub(crate) AUDIT_F_CONCLUSION {
        zh: "审计结论",
        en: "audit conclusion",
    }
    pub(crate) AUDIT_F_DATE {
        zh: "审计日期",
        en: "audit date",
    }
    pub(crate) AUDIT_S_AUDIT {
        zh: "专项审计",
        en: "Special audit",
    }
    pub(crate) AUDIT_TITLE {
        zh: "专项审计 (第十五条)",
        en: "Special audit (Art. 15)",
    }
}
