//! Messages of the `tui` area (once the keys `tui.*`).

messages! {
    pub(crate) DIGEST_TITLE {
        zh: "今日摘要 · {date}",
        en: "Today's digest · {date}",
    }
    pub(crate) DIGEST_MORE {
        zh: "…另有 {n} 项",
        en: "…and {n} more",
    }
    pub(crate) DIGEST_DISMISS {
        zh: "按任意键继续",
        en: "Press any key to continue",
    }
    pub(crate) MISSING_TITLE {
        zh: " 没有数据库 ",
        en: " No store ",
    }
    pub(crate) MISSING_NONE {
        zh: "{path} 处没有揭榜数据库。",
        en: "There is no jiebang store at {path}.",
    }
    pub(crate) MISSING_WHY {
        zh: "如果路径打错了, 或忘了设置 JIEBANG_DB, 请退出后用 --db 指定正确的数据库。",
        en: "If the path is mistyped or JIEBANG_DB is not set, quit and pass the right store with --db.",
    }
    pub(crate) MISSING_KEYS {
        zh: "y 在此新建数据库    q / Esc 退出 (不建立任何文件)",
        en: "y  create a store here    q / Esc  quit (nothing is created)",
    }
    pub(crate) MISSING_QUIT {
        zh: "未建立数据库 {path}",
        en: "No store created at {path}",
    }
    pub(crate) EXPORT_REPLACE_TITLE {
        zh: "替换文件?",
        en: "Replace the file?",
    }
    pub(crate) EXPORT_REPLACE {
        zh: "{path} 已存在。用这 {count} 项替换它吗? Enter 替换, Esc 保留原文件",
        en: "{path} already exists. Replace it with these {count} cases? Enter replaces, Esc keeps the file",
    }
    pub(crate) EXPORT_EXISTS {
        zh: "{path} 已存在, 未替换; 请换一个文件名, 或先删除它",
        en: "{path} already exists and was left as it was; choose another file name or remove it first",
    }
    pub(crate) DUE_MIDTERM {
        zh: "中期",
        en: "mid.",
    }
    pub(crate) DUE_RECTIFY {
        zh: "整改",
        en: "fix",
    }
    pub(crate) DUE_CHANGE_REQUEST {
        zh: "变更",
        en: "chg.",
    }
    pub(crate) HINT_EDIT {
        zh: "编辑",
        en: "edit",
    }
    pub(crate) F_STAFF_COUNTS {
        zh: "{total} (本科以上 {bachelor}, 研发 {rd})",
        en: "{total} (bachelor+ {bachelor}, R&D {rd})",
    }
    pub(crate) HISTORY_CREATE {
        zh: "新建",
        en: "Created",
    }
    pub(crate) HISTORY_IMPORT {
        zh: "导入",
        en: "Imported",
    }
    pub(crate) HISTORY_NOTE {
        zh: "备注",
        en: "Note",
    }
    pub(crate) HISTORY_EDIT {
        zh: "编辑",
        en: "Edited",
    }
    pub(crate) HISTORY_MOVE {
        zh: "阶段变更",
        en: "Stage",
    }
    pub(crate) HISTORY_TRANCHE {
        zh: "拨付补助",
        en: "Tranche",
    }
    pub(crate) HISTORY_EXTENSION {
        zh: "延期",
        en: "Extension",
    }
    pub(crate) HISTORY_REVIEW {
        zh: "专家评审",
        en: "Expert review",
    }
    pub(crate) HISTORY_OBJECTION {
        zh: "异议",
        en: "Objection",
    }
    pub(crate) HISTORY_MIDTERM {
        zh: "中期检查",
        en: "Mid-term check",
    }
    pub(crate) HISTORY_ACCEPTANCE {
        zh: "验收",
        en: "Acceptance",
    }
    pub(crate) HISTORY_TAKER {
        zh: "揭榜方",
        en: "Taker",
    }
    pub(crate) STATUS_LOADING {
        zh: "加载中 {shown} / 共 {total}",
        en: "loading {shown} of {total}",
    }
    pub DETAIL_TAB_REVIEWS {
        zh: "专家评审",
        en: "Expert reviews",
    }
    pub DETAIL_TAB_RACING {
        zh: "赛马",
        en: "Parallel takers",
    }
    pub DETAIL_TAB_MIDTERM {
        zh: "中期检查",
        en: "Mid-term check",
    }
    pub DETAIL_TAB_ACCEPTANCE {
        zh: "验收",
        en: "Acceptance",
    }
    pub(crate) DETAIL_TAB_SHORT_REVIEWS {
        zh: "评审",
        en: "Review",
    }
    pub(crate) DETAIL_TAB_SHORT_RACING {
        zh: "赛马",
        en: "Race",
    }
    pub(crate) DETAIL_TAB_SHORT_MIDTERM {
        zh: "中期",
        en: "Midterm",
    }
    pub(crate) DETAIL_TAB_SHORT_ACCEPTANCE {
        zh: "验收",
        en: "Accept",
    }
    /// The case could not be made displayable (a stored value no longer reads back).
    pub(crate) DETAIL_UNSHOWABLE {
        zh: "案件 {id} 无法显示：{error}。请用命令行 jiebang show {id} 查看并报告此问题",
        en: "case {id} cannot be shown: {error}. Read it with `jiebang show {id}` and report this",
    }
    pub DETAIL_NO_RECORDS {
        zh: "无记录",
        en: "no records",
    }
    pub(crate) DETAIL_REVIEW_TITLE {
        zh: "{stage} 专家评审 {date}",
        en: "{stage} {date}",
    }
    pub(crate) DETAIL_REVIEW_SUPERSEDED {
        zh: "[已被后一次评审取代]",
        en: "[superseded by a later review]",
    }
    pub(crate) DETAIL_REVIEW_CONCLUSION {
        zh: "结论",
        en: "Conclusion",
    }
    pub(crate) DETAIL_REVIEW_PANEL {
        zh: "专家组 ({n} 人)",
        en: "Panel ({n})",
    }
    pub(crate) DETAIL_REVIEW_UNDECLARED {
        zh: "[未签利益冲突声明]",
        en: "[no conflict declaration]",
    }
    pub(crate) DETAIL_REVIEW_CONFLICT {
        zh: "[利益冲突: {party} {org}]",
        en: "[conflict of interest: {party} {org}]",
    }
    pub(crate) DETAIL_REVIEW_RECUSED {
        zh: "[回避]",
        en: "[recused]",
    }
    pub(crate) DETAIL_REVIEW_RECUSED_NOTE {
        zh: "回避专家的评分不计入均分",
        en: "Scores of recused experts do not count",
    }
    pub(crate) DETAIL_REVIEW_SCORES_NEED {
        zh: "评分: 需求",
        en: "Scores: the need",
    }
    pub(crate) DETAIL_REVIEW_SCORES_TAKER {
        zh: "评分: {taker}",
        en: "Scores: {taker}",
    }
    pub(crate) DETAIL_REVIEW_OVERALL {
        zh: "均分 {mean}",
        en: "mean {mean}",
    }
    pub(crate) DETAIL_REVIEW_RECOMMENDED_MARK {
        zh: "[推荐]",
        en: "[recommended]",
    }
    pub(crate) DETAIL_REVIEW_CRITERION {
        zh: "评分项",
        en: "Criterion",
    }
    pub(crate) DETAIL_REVIEW_MEAN {
        zh: "平均",
        en: "Mean",
    }
    pub(crate) DETAIL_REVIEW_RECOMMENDED {
        zh: "推荐揭榜方",
        en: "Recommended",
    }
    pub(crate) DETAIL_REVIEW_COMMENTS {
        zh: "专家意见",
        en: "Comments",
    }
    pub(crate) DETAIL_PUB_END {
        zh: "公示截止",
        en: "Ends",
    }
    pub(crate) DETAIL_PUB_END_VALUE {
        zh: "{date} ({days}个工作日)",
        en: "{date} ({days} working days)",
    }
    pub(crate) DETAIL_PUB_WEEKENDS_ONLY {
        zh: "[{years}年节假日表缺失, 仅按周末计算]",
        en: "[no holiday table for {years}: weekends only]",
    }
    pub(crate) DETAIL_PUB_OBJECTIONS {
        zh: "异议 {n} 件, 未办结 {open} 件",
        en: "Objections: {n}, open {open}",
    }
    pub(crate) DETAIL_PUB_NO_OBJECTIONS {
        zh: "无异议",
        en: "No objections",
    }
    pub(crate) DETAIL_PUB_ACCEPTED {
        zh: "[已受理]",
        en: "[accepted]",
    }
    pub(crate) DETAIL_PUB_NOT_ACCEPTED {
        zh: "[不予受理]",
        en: "[not accepted]",
    }
    pub(crate) DETAIL_PUB_OPEN {
        zh: "[已受理, 未办结]",
        en: "[accepted, open]",
    }
    pub(crate) DETAIL_PUB_REASON {
        zh: "未受理原因",
        en: "Reason",
    }
    pub(crate) DETAIL_PUB_FINDING {
        zh: "核查结论",
        en: "Finding",
    }
    pub(crate) DETAIL_PUB_RESOLVED {
        zh: "办结日期",
        en: "Resolved",
    }
    pub(crate) DETAIL_RACE_SUMMARY {
        zh: "赛马: {n} 家揭榜方, 实施中 {running} 家",
        en: "Racing: {n} takers, {running} implementing",
    }
    pub(crate) DETAIL_RACE_ELIMINATED {
        zh: "[已淘汰 {date}]",
        en: "[eliminated {date}]",
    }
    pub(crate) DETAIL_RACE_TRANCHES {
        zh: "拨付",
        en: "Tranches",
    }
    pub(crate) DETAIL_RACE_NO_TRANCHES {
        zh: "无",
        en: "none",
    }
    pub(crate) DETAIL_RACE_TOTAL {
        zh: "{n} 笔, 合计 {amount}",
        en: "{n}, total {amount}",
    }
    pub(crate) DETAIL_RACE_GATE {
        zh: "阶段评估",
        en: "Stage gate",
    }
    pub(crate) DETAIL_MID_DUE {
        zh: "应检日期",
        en: "Due",
    }
    pub(crate) DETAIL_MID_DUE_COMPUTED {
        zh: "(按实施期计算)",
        en: "(from the period)",
    }
    pub(crate) DETAIL_MID_OVERDUE {
        zh: "[逾期]",
        en: "[overdue]",
    }
    pub(crate) DETAIL_MID_HELD {
        zh: "检查日期",
        en: "Held on",
    }
    pub(crate) DETAIL_MID_VERDICT {
        zh: "检查结论",
        en: "Verdict",
    }
    pub(crate) DETAIL_MID_RECTIFY_BY {
        zh: "整改期限",
        en: "Rectify by",
    }
    pub(crate) DETAIL_MID_RECTIFIED {
        zh: "整改完成",
        en: "Rectified",
    }
    pub(crate) DETAIL_MID_RECTIFY_OVERDUE {
        zh: "[整改逾期]",
        en: "[rectification overdue]",
    }
    pub(crate) DETAIL_MID_REMARKS {
        zh: "备注",
        en: "Remarks",
    }
    pub(crate) DETAIL_ACC_DATE {
        zh: "验收日期",
        en: "Date",
    }
    pub(crate) DETAIL_ACC_VERDICT {
        zh: "验收结论",
        en: "Verdict",
    }
    pub(crate) DETAIL_ACC_COMPLETION {
        zh: "指标完成",
        en: "Completion",
    }
    pub(crate) DETAIL_ACC_BENEFIT {
        zh: "经济效益",
        en: "Benefit",
    }
    pub(crate) DETAIL_ACC_VERIFIED {
        zh: "[已核实]",
        en: "[verified]",
    }
    pub(crate) DETAIL_ACC_NOT_VERIFIED {
        zh: "[未核实]",
        en: "[not verified]",
    }
    pub(crate) DETAIL_ACC_FUNDS {
        zh: "实际到账",
        en: "Funds received",
    }
    pub(crate) APP_TITLE {
        zh: "揭榜挂帅",
        en: "Jiebang",
    }
    pub(crate) TOO_SMALL {
        zh: "终端太小，请放大窗口",
        en: "Terminal too small; enlarge the window",
    }
    pub(crate) ADVANCE_BULK_REFUSED {
        zh: "将被拒绝:",
        en: "Will be refused:",
    }
    pub(crate) ADVANCE_BULK_SUMMARY {
        zh: "将推进 {ok} 项，拒绝 {refused} 项",
        en: "{ok} will move, {refused} refused",
    }
    pub(crate) ADVANCE_CHECKING {
        zh: "正在检查条件...",
        en: "Checking the rules...",
    }
    pub(crate) ADVANCE_NO_NEXT {
        zh: "已是最后阶段或已关闭，无法推进",
        en: "Last stage or closed: cannot advance",
    }
    pub(crate) ADVANCE_NOTE {
        zh: "备注 (可选):",
        en: "Note (optional):",
    }
    pub(crate) ADVANCE_REFUSED {
        zh: "不能推进:",
        en: "Cannot advance:",
    }
    pub(crate) ADVANCE_WILL_MOVE {
        zh: "确认后推进到 {to}",
        en: "Confirm to move to {to}",
    }
    pub(crate) ADVANCE_TITLE {
        zh: "推进 {id} : {from} -> {to}",
        en: "Advance {id} : {from} -> {to}",
    }
    pub(crate) ADVANCE_TITLE_MANY {
        zh: "批量推进 {n} 项",
        en: "Advance {n} cases",
    }
    pub(crate) ARG_COLUMN {
        zh: "列",
        en: "COLUMN",
    }
    pub(crate) ARG_LANG {
        zh: "zh|en",
        en: "zh|en",
    }
    pub(crate) ARG_NAME {
        zh: "名称",
        en: "NAME",
    }
    pub(crate) ARG_PATH {
        zh: "文件",
        en: "PATH",
    }
    pub(crate) ARG_QUERY {
        zh: "条件",
        en: "QUERY",
    }
    pub(crate) ARG_STAGE {
        zh: "阶段",
        en: "STAGE",
    }
    pub(crate) ARG_VIEW {
        zh: "视图",
        en: "VIEW",
    }
    pub(crate) BACK_IMPOSSIBLE {
        zh: "{stage} 不能退回",
        en: "{stage} cannot move back",
    }
    pub(crate) BACK_REASON {
        zh: "退回原因 (必填):",
        en: "Reason (required):",
    }
    pub(crate) BACK_REASON_REQUIRED {
        zh: "请填写退回原因",
        en: "A reason is required to move back",
    }
    pub(crate) BACK_TITLE {
        zh: "退回 {id} : {from} -> {to}",
        en: "Move back {id} : {from} -> {to}",
    }
    pub(crate) BACK_TITLE_MANY {
        zh: "批量退回 {n} 项",
        en: "Move back {n} cases",
    }
    pub(crate) BACK_BULK_SUMMARY {
        zh: "可退回 {ok} 项，不能退回 {refused} 项",
        en: "{ok} can move back, {refused} cannot",
    }
    pub(crate) BACK_BULK_REFUSED {
        zh: "不能退回:",
        en: "Cannot move back:",
    }
    pub(crate) NOTE_TITLE_MANY {
        zh: "为 {n} 项添加同一条备注",
        en: "One note on {n} cases",
    }
    pub(crate) MARKS_ONE_CASE {
        zh: "此操作只作用于当前项目 {id}；已标记的 {n} 项未受影响",
        en: "This acts on the current case {id} only; the {n} marked cases are untouched",
    }
    pub(crate) CMD_ADVANCE {
        zh: "推进到下一阶段 (有标记时批量)",
        en: "Advance to the next stage (marked cases in bulk)",
    }
    pub(crate) CMD_BACK {
        zh: "返回 / 取消",
        en: "Back / cancel",
    }
    pub(crate) CMD_MESSAGES {
        zh: "查看自启动以来的全部消息",
        en: "Show every message since the program started",
    }
    pub(crate) MESSAGES_TITLE {
        zh: "消息记录 (最新在前)",
        en: "Messages (newest first)",
    }
    pub(crate) MESSAGES_NONE {
        zh: "自启动以来还没有消息",
        en: "No messages since the program started",
    }
    pub(crate) MESSAGES_MORE {
        zh: "... {key} 查看全文",
        en: "... {key} shows it all",
    }
    pub(crate) CMD_CLEAR_MARKS {
        zh: "清除所有标记",
        en: "Clear all marks",
    }
    pub(crate) CMD_COMMAND_LINE {
        zh: "命令行",
        en: "Command line",
    }
    pub(crate) CMD_COMPLETE {
        zh: "补全",
        en: "Complete",
    }
    pub(crate) CMD_CONFIRM {
        zh: "确认",
        en: "Confirm",
    }
    pub(crate) CMD_DASHBOARD {
        zh: "看板",
        en: "Dashboard",
    }
    pub(crate) CMD_EXPORT {
        zh: "导出当前列表 (或标记项) 到文件",
        en: "Export the list (or marked cases) to a file",
    }
    pub(crate) CMD_FILTER {
        zh: "筛选条件",
        en: "Filter query",
    }
    pub(crate) CMD_FILTER_TYPED {
        zh: "按条件筛选列表",
        en: "Filter the list by a query",
    }
    pub(crate) CMD_FIND {
        zh: "搜索名称 (中文或拼音)",
        en: "Search names (Chinese or pinyin)",
    }
    pub(crate) CMD_FIRST {
        zh: "第一行",
        en: "First row",
    }
    pub(crate) CMD_HELP {
        zh: "帮助",
        en: "Help",
    }
    pub(crate) CMD_INPUT_BACKSPACE {
        zh: "删除前一个字",
        en: "Delete the previous character",
    }
    pub(crate) CMD_INPUT_CLEAR {
        zh: "清空输入",
        en: "Clear the input",
    }
    pub(crate) CMD_INPUT_DELETE {
        zh: "删除后一个字",
        en: "Delete the next character",
    }
    pub(crate) CMD_INPUT_DELETE_WORD {
        zh: "删除前一个词",
        en: "Delete the previous word",
    }
    pub(crate) CMD_INPUT_END {
        zh: "移到行尾",
        en: "Go to end",
    }
    pub(crate) CMD_INPUT_HOME {
        zh: "移到行首",
        en: "Go to start",
    }
    pub(crate) CMD_INPUT_KILL_END {
        zh: "删除到行尾",
        en: "Delete to end",
    }
    pub(crate) CMD_INPUT_LEFT {
        zh: "光标左移",
        en: "Cursor left",
    }
    pub(crate) CMD_INPUT_RIGHT {
        zh: "光标右移",
        en: "Cursor right",
    }
    pub(crate) CMD_INPUT_WORD_LEFT {
        zh: "左移一个词",
        en: "Word left",
    }
    pub(crate) CMD_INPUT_WORD_RIGHT {
        zh: "右移一个词",
        en: "Word right",
    }
    pub(crate) CMD_LANG {
        zh: "切换界面语言",
        en: "Switch the interface language",
    }
    pub(crate) CMD_LAST {
        zh: "最后一行",
        en: "Last row",
    }
    pub(crate) CMD_MARK {
        zh: "标记 / 取消标记 (批量操作)",
        en: "Mark / unmark for a bulk action",
    }
    pub(crate) CMD_MOVE_BACK {
        zh: "退回上一阶段 (需填原因; 有标记时批量)",
        en: "Move back a stage (asks a reason; the marked cases if any)",
    }
    pub(crate) CMD_MOVE_DOWN {
        zh: "下移",
        en: "Down",
    }
    pub(crate) CMD_MOVE_LEFT {
        zh: "左移",
        en: "Left",
    }
    pub(crate) CMD_MOVE_RIGHT {
        zh: "右移",
        en: "Right",
    }
    pub(crate) CMD_MOVE_UP {
        zh: "上移",
        en: "Up",
    }
    pub(crate) CMD_NEXT_TAB {
        zh: "下一分组",
        en: "Next group",
    }
    pub(crate) CMD_NOTE {
        zh: "添加备注 (有标记时批量)",
        en: "Add a note (to the marked cases if any)",
    }
    pub(crate) CMD_OPEN {
        zh: "打开",
        en: "Open",
    }
    pub(crate) CMD_PAGE_DOWN {
        zh: "下翻一页",
        en: "Page down",
    }
    pub(crate) CMD_PAGE_UP {
        zh: "上翻一页",
        en: "Page up",
    }
    pub(crate) CMD_PREV_TAB {
        zh: "上一分组",
        en: "Previous group",
    }
    pub(crate) CMD_QUIT {
        zh: "退出",
        en: "Quit",
    }
    pub(crate) CMD_REFRESH {
        zh: "刷新",
        en: "Refresh",
    }
    pub(crate) CMD_SAVE {
        zh: "把当前筛选保存为共享视图",
        en: "Save the current filter as a shared view",
    }
    pub(crate) CMD_SEARCH {
        zh: "搜索 (中文或拼音)",
        en: "Search (Chinese or pinyin)",
    }
    pub(crate) CMD_SORT {
        zh: "按列排序",
        en: "Sort by a column",
    }
    pub(crate) CMD_SORT_NEXT {
        zh: "换排序列",
        en: "Sort by the next column",
    }
    pub(crate) CMD_SORT_REVERSE {
        zh: "反向排序",
        en: "Reverse the sort",
    }
    pub(crate) CMD_STAGE {
        zh: "只看某阶段",
        en: "Show one stage",
    }
    pub(crate) CMD_SUSPEND {
        zh: "挂起到后台 (fg 恢复)",
        en: "Suspend to the shell (fg resumes)",
    }
    pub(crate) CMD_VIEW {
        zh: "打开共享视图",
        en: "Apply a saved view",
    }
    pub(crate) CMDLINE_BAD_ARG {
        zh: "无效参数 {arg}；可选: {choices}",
        en: "Bad argument {arg}; choose from: {choices}",
    }
    pub(crate) CMDLINE_EMPTY {
        zh: "请输入命令 ({complete} 补全)",
        en: "Type a command ({complete} completes)",
    }
    pub(crate) CMDLINE_NEEDS_ARG {
        zh: ":{name} 需要参数 ({complete} 查看可选值)",
        en: ":{name} needs an argument ({complete} lists them)",
    }
    pub(crate) CMDLINE_NO_ARG {
        zh: ":{name} 不带参数",
        en: ":{name} takes no argument",
    }
    pub(crate) CMDLINE_UNKNOWN {
        zh: "未知命令 {name} ({help} 查看帮助)",
        en: "Unknown command {name} ({help} for help)",
    }
    pub(crate) COL_AMOUNT {
        zh: "万元",
        en: "10k CNY",
    }
    pub(crate) COL_DUE {
        zh: "下一期限",
        en: "Next due",
    }
    pub(crate) COL_FIELD {
        zh: "领域",
        en: "Field",
    }
    pub(crate) COL_ID {
        zh: "编号",
        en: "ID",
    }
    pub(crate) COL_ISSUER {
        zh: "发榜方",
        en: "Issuer",
    }
    pub(crate) COL_KIND {
        zh: "类型",
        en: "Kind",
    }
    pub(crate) COL_NAME {
        zh: "成果/需求名称",
        en: "Achievement / need",
    }
    pub(crate) COL_STAGE {
        zh: "阶段",
        en: "Stage",
    }
    pub(crate) COL_TAKER {
        zh: "揭榜方",
        en: "Taker",
    }
    pub(crate) CTX_COMMAND {
        zh: "命令行",
        en: "Command line",
    }
    pub(crate) CTX_DASHBOARD {
        zh: "看板",
        en: "Dashboard",
    }
    pub(crate) CTX_DETAIL {
        zh: "项目详情",
        en: "Case detail",
    }
    pub(crate) CTX_DIALOG {
        zh: "对话框",
        en: "Dialogs",
    }
    pub(crate) CTX_FILTER {
        zh: "筛选",
        en: "Filter",
    }
    pub(crate) CTX_GLOBAL {
        zh: "全局",
        en: "Everywhere",
    }
    pub(crate) CTX_HELP {
        zh: "帮助",
        en: "Help",
    }
    pub(crate) CTX_INPUT {
        zh: "输入框",
        en: "Text inputs",
    }
    pub(crate) CTX_LIST {
        zh: "项目列表",
        en: "Case list",
    }
    pub(crate) CTX_SEARCH {
        zh: "搜索",
        en: "Search",
    }
    pub(crate) CTX_TYPED {
        zh: "命令 (按 : 输入)",
        en: "Commands (type after :)",
    }
    pub(crate) DASH_ALL_FIELDS {
        zh: "全部领域",
        en: "All fields",
    }
    pub(crate) DASH_ALL_STAGES {
        zh: "全部阶段",
        en: "All stages",
    }
    pub(crate) DASH_CELL {
        zh: "{field} / {stage}",
        en: "{field} / {stage}",
    }
    pub(crate) DASH_CLOSED {
        zh: "已关闭 (未通过/撤回/终止)",
        en: "Closed (rejected/withdrawn/terminated)",
    }
    pub(crate) DASH_CLOSED_SHORT {
        zh: "关闭",
        en: "Closed",
    }
    pub(crate) DASH_FIELD_UNSET {
        zh: "未选领域",
        en: "No field yet",
    }
    pub(crate) DASH_FIELD_UNSET_SHORT {
        zh: "未选",
        en: "None",
    }
    pub(crate) DASH_FIG_OVERDUE {
        zh: "逾期 {n} (任一期限已过)",
        en: "Overdue {n} (any deadline passed)",
    }
    pub(crate) DASH_FIG_LATE {
        zh: "  其中 {kind} {n}",
        en: "  of which {kind} {n}",
    }
    pub(crate) DASH_FIG_PUBLICITY_SOON {
        zh: "5个工作日内公示截止 {n}",
        en: "Publicity ending within 5 working days {n}",
    }
    pub(crate) DASH_FIG_STALE {
        zh: "30天无进展 {n}",
        en: "No activity for 30 days {n}",
    }
    pub(crate) DASH_FIG_SUBSIDY {
        zh: "已承诺补助 {committed} 万元 / 已拨付 {paid} 万元",
        en: "Subsidy committed {committed} / paid {paid} (10k CNY)",
    }
    pub(crate) DASH_OVERDUE {
        zh: "逾期 (任一期限已过)",
        en: "Overdue (any deadline passed)",
    }
    pub(crate) DASH_PUBLICITY_SOON {
        zh: "5个工作日内公示截止",
        en: "Publicity ending within 5 working days",
    }
    pub(crate) DASH_STALE {
        zh: "30天无进展",
        en: "No activity for 30 days",
    }
    pub(crate) DASH_SUBSIDY_CASES {
        zh: "有补助的项目",
        en: "Cases with a subsidy",
    }
    pub(crate) DASH_TITLE {
        zh: "看板 | {date} ({weekday})",
        en: "Dashboard | {date} ({weekday})",
    }
    pub(crate) DASH_TOTAL {
        zh: "合计",
        en: "Total",
    }
    pub(crate) DETAIL_CAN_ADVANCE {
        zh: "可以推进",
        en: "Can advance",
    }
    pub(crate) DETAIL_CANNOT_ADVANCE {
        zh: "不能推进:",
        en: "Cannot advance:",
    }
    pub(crate) DETAIL_NEXT {
        zh: "下一阶段: {stage}",
        en: "Next stage: {stage}",
    }
    pub(crate) DETAIL_NEXT_NONE {
        zh: "无下一阶段",
        en: "No next stage",
    }
    pub(crate) DETAIL_NO_NEXT {
        zh: "已是最后阶段或已关闭",
        en: "Last stage or closed",
    }
    pub(crate) DETAIL_NO_NOTES {
        zh: "暂无备注 ({key} 添加)",
        en: "No notes yet ({key} adds one)",
    }
    pub(crate) DETAIL_NO_TAKERS {
        zh: "暂无揭榜方",
        en: "No takers yet",
    }
    pub(crate) DETAIL_SUBSIDY {
        zh: "补助测算",
        en: "Subsidy",
    }
    pub(crate) DETAIL_TAB_SHORT_ISSUER {
        zh: "发榜方",
        en: "Issuer",
    }
    pub(crate) DETAIL_TAB_SHORT_NEED {
        zh: "需求",
        en: "Need",
    }
    pub(crate) DETAIL_TAB_SHORT_TAKERS {
        zh: "揭榜方",
        en: "Takers",
    }
    pub(crate) DETAIL_TAB_SHORT_MONEY {
        zh: "资金",
        en: "Funds",
    }
    pub(crate) DETAIL_TAB_SHORT_PUBLICITY {
        zh: "公示",
        en: "Publicity",
    }
    pub(crate) DETAIL_TAB_SHORT_HISTORY {
        zh: "历史",
        en: "History",
    }
    pub(crate) DETAIL_TAB_SHORT_NOTES {
        zh: "备注",
        en: "Notes",
    }
    pub(crate) DETAIL_TAB_HISTORY {
        zh: "历史",
        en: "History",
    }
    pub(crate) DETAIL_TAB_ISSUER {
        zh: "发榜方情况",
        en: "Issuer",
    }
    pub(crate) DETAIL_TAB_MONEY {
        zh: "资金与补助",
        en: "Funds and subsidy",
    }
    pub(crate) DETAIL_TAB_NEED {
        zh: "项目需求信息",
        en: "Need",
    }
    pub(crate) DETAIL_TAB_NOTES {
        zh: "备注",
        en: "Notes",
    }
    pub DETAIL_TAB_PUBLICITY {
        zh: "公示与异议",
        en: "Publicity and objections",
    }
    pub(crate) DETAIL_TAB_TAKERS {
        zh: "揭榜方",
        en: "Takers",
    }
    pub(crate) DUE_END {
        zh: "结束",
        en: "end",
    }
    pub(crate) DUE_ACCEPTANCE {
        zh: "验收",
        en: "acpt",
    }
    pub(crate) INFO_PUBLICITY {
        zh: "公示期: {start} 至 {end} ({days}个工作日), 未结异议 {objections}",
        en: "Publicity: {start} to {end} ({days} working days), open objections {objections}",
    }
    pub(crate) INFO_SIGNED {
        zh: "揭榜协议 {agreement} | 任务书 {task_book}",
        en: "Agreement {agreement} | task book {task_book}",
    }
    pub(crate) INFO_NOT_ALLOWED {
        zh: "该阶段不能这样推进",
        en: "This move is not allowed from here",
    }
    pub(crate) DUE_PUBLICITY {
        zh: "公示",
        en: "pub.",
    }
    pub(crate) ERROR_NOT_FOUND {
        zh: "没有这个项目",
        en: "No such case",
    }
    pub(crate) ERROR_REFUSED {
        zh: "被规则拒绝: {rules}",
        en: "Refused: {rules}",
    }
    pub(crate) ERROR_STALE {
        zh: "已被 {by} 于 {at} 修改 ({what})",
        en: "Changed by {by} at {at} ({what})",
    }
    pub(crate) EXPORTING {
        zh: "正在导出 {count} 项到 {path}…",
        en: "Exporting {count} cases to {path}…",
    }
    pub(crate) EXPORT_DONE {
        zh: "已导出 {count} 项到 {path}",
        en: "Exported {count} cases to {path}",
    }
    pub(crate) F_ACHIEVEMENT {
        zh: "成果名称",
        en: "Achievement",
    }
    pub(crate) F_ACHIEVEMENT_TYPE {
        zh: "成果类型",
        en: "Type",
    }
    pub(crate) F_ADDRESS {
        zh: "单位地址",
        en: "Address",
    }
    pub(crate) F_AGREEMENT {
        zh: "揭榜协议",
        en: "Agreement",
    }
    pub(crate) F_APPLIED_ON {
        zh: "申报日期",
        en: "Applied on",
    }
    pub(crate) F_APPROVED {
        zh: "已批准",
        en: "approved",
    }
    pub(crate) F_CAPITAL {
        zh: "注册资金",
        en: "Capital",
    }
    pub(crate) F_CONTACT {
        zh: "联系人",
        en: "Contact",
    }
    pub(crate) F_CREDIT_CODE {
        zh: "信用代码",
        en: "Credit code",
    }
    pub(crate) F_DESCRIPTION {
        zh: "拟转化科技成果情况 ({n}/{max} 字)",
        en: "Achievement to transform ({n}/{max} chars)",
    }
    pub(crate) F_ESTIMATE {
        zh: "预计总投入",
        en: "Estimate",
    }
    pub(crate) F_EXTENSION {
        zh: "延期",
        en: "Extension",
    }
    pub(crate) F_FIELD {
        zh: "聚焦领域",
        en: "Field",
    }
    pub(crate) F_FIRST_PAYMENT {
        zh: "首笔付款",
        en: "1st payment",
    }
    pub(crate) F_FUNDS_RECEIVED {
        zh: "实际到账",
        en: "Received",
    }
    pub(crate) F_IP {
        zh: "知识产权",
        en: "Owns IP",
    }
    pub(crate) F_KIND {
        zh: "项目类型",
        en: "Kind",
    }
    pub(crate) F_LEGAL_REP {
        zh: "法定代表人",
        en: "Legal rep.",
    }
    pub(crate) F_MAIN_BUSINESS {
        zh: "主营业务",
        en: "Business",
    }
    pub(crate) F_MEMBER {
        zh: "联合体成员",
        en: "Member",
    }
    pub(crate) F_ORG_NAME {
        zh: "单位名称",
        en: "Name",
    }
    pub(crate) F_ORG_TYPE {
        zh: "单位类型",
        en: "Org type",
    }
    pub(crate) F_PARENT {
        zh: "上级单位",
        en: "Parent",
    }
    pub(crate) F_PENDING {
        zh: "待批准",
        en: "pending",
    }
    pub(crate) F_PERIOD {
        zh: "建议时限",
        en: "Period",
    }
    pub(crate) F_PUBLICITY_START {
        zh: "公示开始",
        en: "Publicity",
    }
    pub(crate) F_RD_INVESTMENT {
        zh: "研发总投入",
        en: "R&D total",
    }
    pub(crate) F_RECOVERED {
        zh: "追回资金",
        en: "Recovered",
    }
    pub(crate) F_REGION {
        zh: "注册地区",
        en: "Region",
    }
    pub(crate) F_REGISTERED_ON {
        zh: "注册时间",
        en: "Registered",
    }
    pub(crate) F_SPECIAL {
        zh: "一事一议",
        en: "special case",
    }
    pub(crate) F_STAFF {
        zh: "人数",
        en: "Staff",
    }
    pub(crate) F_START_END {
        zh: "实施期",
        en: "Period",
    }
    pub(crate) F_SUBSIDY_PAID {
        zh: "已拨补助",
        en: "Subsidy paid",
    }
    pub(crate) F_TASK_BOOK {
        zh: "任务书",
        en: "Task book",
    }
    pub(crate) F_TEAM {
        zh: "技术团队情况 ({n}/{max} 字)",
        en: "Technical team ({n}/{max} chars)",
    }
    pub(crate) F_TECH_FIELD {
        zh: "技术领域",
        en: "Tech field",
    }
    pub(crate) F_TERMINATION {
        zh: "终止",
        en: "Terminated",
    }
    pub(crate) FIELD_SHORT_CCS {
        zh: "碳封存",
        en: "CCS",
    }
    pub(crate) FIELD_SHORT_ENERGY_STORAGE {
        zh: "储能",
        en: "Storage",
    }
    pub(crate) FIELD_SHORT_GRAPHENE {
        zh: "石墨烯",
        en: "Graphene",
    }
    pub(crate) FIELD_SHORT_HYDROGEN {
        zh: "氢能",
        en: "Hydrogen",
    }
    pub(crate) FIELD_SHORT_RARE_EARTH {
        zh: "稀土",
        en: "RareEarth",
    }
    pub(crate) FILTER_ERROR {
        zh: "{reason} (仍显示上次结果)",
        en: "{reason} (previous result kept)",
    }
    pub(crate) FILTER_PROMPT {
        zh: "筛选:",
        en: "Filter:",
    }
    pub(crate) HELP_FOOTER {
        zh: "第 {line}/{max} 行  {down}/{up} 滚动  {back} 返回",
        en: "line {line}/{max}  {down}/{up} scroll  {back} back",
    }
    pub(crate) HELP_TITLE {
        zh: "帮助 | 键位: {keymap}",
        en: "Help | keymap: {keymap}",
    }
    pub(crate) HINT_ADVANCE {
        zh: "推进",
        en: "advance",
    }
    pub(crate) HINT_BACK {
        zh: "退回",
        en: "back",
    }
    pub(crate) HINT_CANCEL {
        zh: "取消",
        en: "cancel",
    }
    pub(crate) HINT_CLOSE {
        zh: "关闭",
        en: "close",
    }
    pub(crate) HINT_COMMAND {
        zh: "命令",
        en: "command",
    }
    pub(crate) HINT_CONFIRM {
        zh: "确认",
        en: "confirm",
    }
    pub(crate) HINT_DASHBOARD {
        zh: "看板",
        en: "dashboard",
    }
    pub(crate) HINT_FILTER {
        zh: "筛选",
        en: "filter",
    }
    pub(crate) HINT_HELP {
        zh: "帮助",
        en: "help",
    }
    pub(crate) HINT_NOTE {
        zh: "备注",
        en: "note",
    }
    pub(crate) HINT_OPEN_FIGURE {
        zh: "打开这些项目",
        en: "open these cases",
    }
    pub(crate) HINT_RETURN {
        zh: "返回",
        en: "return",
    }
    pub(crate) HINT_SEARCH {
        zh: "搜索",
        en: "search",
    }
    pub(crate) HINT_TABS {
        zh: "切换分组",
        en: "groups",
    }
    pub(crate) KIND_SHORT_BREAKTHROUGH {
        zh: "攻关",
        en: "R&D",
    }
    pub(crate) KIND_SHORT_TRANSFORMATION {
        zh: "转化",
        en: "Transfer",
    }
    pub(crate) LANG_SET {
        zh: "界面语言已切换",
        en: "Interface language switched",
    }
    pub(crate) LIST_ALL {
        zh: "全部项目",
        en: "All cases",
    }
    pub(crate) LIST_EMPTY_STORE {
        zh: "还没有项目。按 {new} 新建一个项目；已有台账可在终端运行 jiebang import 台账.xlsx 导入 (也支持 json、csv)；运行 jiebang --demo 可先试用演示数据。",
        en: "No cases yet. Press {new} to enter one; bring in an existing register from the shell with jiebang import register.xlsx (json and csv too); jiebang --demo tries the demo data.",
    }
    pub(crate) LIST_FILTER {
        zh: "筛选: {q}",
        en: "filter: {q}",
    }
    pub(crate) LIST_NO_MATCH {
        zh: "没有符合条件的项目 ({key} 清除条件)",
        en: "No case matches ({key} clears the filter)",
    }
    pub(crate) LIST_SEARCH {
        zh: "搜索: {q}",
        en: "search: {q}",
    }
    pub(crate) NO {
        zh: "否",
        en: "No",
    }
    pub(crate) NO_SELECTION {
        zh: "没有选中的项目",
        en: "No case selected",
    }
    pub(crate) NOTE_REQUIRED {
        zh: "备注不能为空",
        en: "The note is empty",
    }
    pub(crate) NOTE_TEXT {
        zh: "备注:",
        en: "Note:",
    }
    pub(crate) NOTE_TITLE {
        zh: "备注 {id}",
        en: "Note on {id}",
    }
    pub(crate) READ_ONLY {
        zh: "只读模式: 不能修改",
        en: "Read-only: changes are disabled",
    }
    pub(crate) READ_ONLY_TAG {
        zh: "只读",
        en: "read-only",
    }
    pub(crate) RESULT_ADVANCED {
        zh: "已推进 {count} 项",
        en: "{count} advanced",
    }
    pub(crate) RESULT_FAILED {
        zh: "{id}: 写入失败: {msg}",
        en: "{id}: write failed: {msg}",
    }
    pub(crate) RESULT_MOVED_BACK {
        zh: "已退回 {count} 项",
        en: "{count} moved back",
    }
    pub(crate) RESULT_NOT_FOUND {
        zh: "{id}: 项目已不存在",
        en: "{id}: no longer exists",
    }
    pub(crate) RESULT_NOTED {
        zh: "已添加备注 {count} 条",
        en: "{count} note added",
    }
    pub(crate) RESULT_REFUSED {
        zh: "{id}: 被规则拒绝:",
        en: "{id}: refused by the rules:",
    }
    pub(crate) RESULT_STALE {
        zh: "{id}: 已被 {by} 于 {at} 修改 ({what})，已重新载入，请核对后再操作",
        en: "{id}: changed by {by} at {at} ({what}); reloaded, check and try again",
    }
    pub(crate) RESULT_TITLE {
        zh: "操作结果",
        en: "Result",
    }
    pub(crate) SEARCH_COUNT {
        zh: "{n} 项",
        en: "{n} found",
    }
    pub(crate) SEARCH_COUNT_CUT {
        zh: "前 {shown} 项 / 共 {n} 项匹配",
        en: "first {shown} of {n} matches",
    }
    pub(crate) STAGE_SHORT_ACCEPTING {
        zh: "验收",
        en: "Acpt",
    }
    pub(crate) STAGE_SHORT_ANNOUNCING {
        zh: "公告",
        en: "Annc",
    }
    pub(crate) STAGE_SHORT_APPLYING {
        zh: "申报",
        en: "Appl",
    }
    pub(crate) STAGE_SHORT_COLLECTING {
        zh: "征集",
        en: "Coll",
    }
    pub(crate) STAGE_SHORT_COMPLETED {
        zh: "结项",
        en: "Done",
    }
    pub(crate) STAGE_SHORT_IMPLEMENTING {
        zh: "实施",
        en: "Impl",
    }
    pub(crate) STAGE_SHORT_MATCHING {
        zh: "对接",
        en: "Match",
    }
    pub(crate) STAGE_SHORT_PUBLISHED {
        zh: "发布",
        en: "Publ",
    }
    pub(crate) STAGE_SHORT_REVIEWING {
        zh: "评审",
        en: "Rev",
    }
    pub(crate) STAGE_SHORT_VALIDATING {
        zh: "论证",
        en: "Valid",
    }
    pub(crate) STATUS_COUNTS {
        zh: "显示 {shown} / 共 {total}",
        en: "{shown} of {total}",
    }
    pub(crate) STATUS_MARKED {
        zh: "标记 {n}",
        en: "{n} marked",
    }
    pub(crate) STATUS_OVERDUE {
        zh: "逾期 {n}",
        en: "{n} overdue",
    }
    pub(crate) UNIT_WAN {
        zh: "万元",
        en: "x10k CNY",
    }
    pub(crate) VIEW_SAVED {
        zh: "已保存视图 {name}",
        en: "View {name} saved",
    }
    pub(crate) VIEW_UNKNOWN {
        zh: "没有视图 {name}；已有: {views}",
        en: "No view {name}; saved views: {views}",
    }
    pub(crate) WEEKDAY_FRI {
        zh: "周五",
        en: "Fri",
    }
    pub(crate) WEEKDAY_MON {
        zh: "周一",
        en: "Mon",
    }
    pub(crate) WEEKDAY_SAT {
        zh: "周六",
        en: "Sat",
    }
    pub(crate) WEEKDAY_SUN {
        zh: "周日",
        en: "Sun",
    }
    pub(crate) WEEKDAY_THU {
        zh: "周四",
        en: "Thu",
    }
    pub(crate) WEEKDAY_TUE {
        zh: "周二",
        en: "Tue",
    }
    pub(crate) WEEKDAY_WED {
        zh: "周三",
        en: "Wed",
    }
    pub(crate) WRITING {
        zh: "正在写入...",
        en: "Writing...",
    }
    pub(crate) YES {
        zh: "是",
        en: "Yes",
    }
    pub(crate) DETAIL_PUB_EDIT_HINT {
        zh: "\":objection N\" 补记第 N 条的核查结论与办结日期",
        en: "\":objection N\" records objection N's finding and resolution",
    }
}
