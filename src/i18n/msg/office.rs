//! Messages of the `office` area (once the keys `xlsx.*`).

messages! {
    pub(crate) ENC_UTF8_BOM {
        zh: "UTF-8（带 BOM）",
        en: "UTF-8 with BOM",
    }
    pub(crate) ERR_BINARY {
        zh: "文件不是文本（第 {offset} 字节是控制字符）；请导出为 CSV 或 JSON 后再导入",
        en: "file is not text (byte {offset} is a control character); export it as CSV or JSON and import again",
    }
    pub(crate) IMPORT_ENCODING {
        zh: "文件编码：{encoding}",
        en: "file encoding: {encoding}",
    }
    pub(crate) COL_SEQ {
        zh: "序号",
        en: "No.",
    }
    pub(crate) COL_NAME {
        zh: "成果/需求名称",
        en: "Achievement / need",
    }
    pub(crate) COL_ISSUER {
        zh: "发榜方",
        en: "Issuer",
    }
    pub(crate) COL_KIND {
        zh: "类型",
        en: "Kind",
    }
    pub(crate) COL_SUMMARY {
        zh: "成果/需求简介",
        en: "Summary",
    }
    pub(crate) COL_PERIOD {
        zh: "建议实施时限",
        en: "Suggested period",
    }
    pub(crate) COL_INVESTMENT {
        zh: "预计总投入（万元）",
        en: "Estimated investment (万元)",
    }
    pub(crate) COL_CONTACT {
        zh: "联系人",
        en: "Contact",
    }
    pub(crate) COL_FIELD {
        zh: "领域",
        en: "Field",
    }
    pub(crate) COL_TAKERS {
        zh: "拟确定揭榜方",
        en: "Selected takers",
    }
    pub(crate) NO_FIELD {
        zh: "未填领域",
        en: "No field",
    }
    pub(crate) NONE {
        zh: "（没有符合条件的项目）",
        en: "(no case matches)",
    }
    pub(crate) BD_TITLE {
        zh: "揭榜挂帅项目榜单（{batch}）",
        en: "揭榜挂帅 list of open projects ({batch})",
    }
    pub(crate) BD_DATE {
        zh: "发布日期：{date}",
        en: "Published: {date}",
    }
    pub(crate) BD_BATCH {
        zh: "{year}年",
        en: "{year}",
    }
    pub(crate) GS_TITLE {
        zh: "揭榜挂帅项目拟确定揭榜方公示",
        en: "Public notice of the selected takers",
    }
    pub(crate) GS_INTRO {
        zh: "根据《揭榜挂帅项目实施办法（试行）》第九条，经评审推荐、组织对接，拟确定以下 {n} 个项目的揭榜方，现予以公示。",
        en: "Under article 9 of the implementation measures, after review and matching, the takers of the following {n} projects are proposed and hereby made public.",
    }
    pub(crate) GS_PERIOD {
        zh: "公示期：{start} 至 {end}（{days} 个工作日）。",
        en: "Publicity period: {start} to {end} ({days} working days).",
    }
    pub(crate) GS_PERIOD_ESTIMATED {
        zh: "公示期：{start} 至 {end}（{days} 个工作日；节假日安排尚未公布，结束日期为估算）。",
        en: "Publicity period: {start} to {end} ({days} working days; the holiday calendar for that year is not published yet, so the end is an estimate).",
    }
    pub(crate) GS_OBJECTIONS {
        zh: "公示期间，任何单位或个人对公示内容有异议的，请以书面形式实名提出：单位须加盖公章，个人须签署真实姓名并注明联系方式。逾期或匿名的异议不予受理。",
        en: "Objections to this notice must be made in writing within the period, signed with a real name (a unit's objection stamped with its seal) and with contact details. Late or anonymous objections are not accepted.",
    }
    pub(crate) GS_OBJECTIONS_TO {
        zh: "异议受理：{to}",
        en: "Objections to: {to}",
    }
    pub(crate) GS_CONSORTIUM {
        zh: "{lead}（联合体成员：{members}）",
        en: "{lead} (consortium: {members})",
    }
    pub(crate) GS_CLASH {
        zh: "有项目已按其他日期开始公示，本次公示从 {start} 开始；什么都没有写入：",
        en: "some cases started publicity on another day than {start}; nothing was written:",
    }
    pub(crate) GS_OTHER_START {
        zh: "  {id} 的公示已于 {start} 开始（用 --start {start}，或用 --filter 排除它）",
        en: "  {id} started publicity on {start} (pass --start {start}, or leave it out with --filter)",
    }
    pub(crate) RP_SHEET_SUMMARY {
        zh: "汇总",
        en: "Summary",
    }
    pub(crate) RP_SHEET_STAGE_FIELD {
        zh: "阶段×领域",
        en: "Stage x field",
    }
    pub(crate) RP_SHEET_REGION {
        zh: "盟市",
        en: "Regions",
    }
    pub(crate) RP_SHEET_SUBSIDY {
        zh: "补助",
        en: "Subsidies",
    }
    pub(crate) RP_SHEET_LATE {
        zh: "逾期与停滞",
        en: "Overdue and stale",
    }
    pub(crate) RP_TITLE {
        zh: "揭榜挂帅项目统计报表",
        en: "揭榜挂帅 programme report",
    }
    pub(crate) RP_ALL_TIME {
        zh: "统计范围：全部项目",
        en: "Scope: all cases",
    }
    pub(crate) RP_PERIOD {
        zh: "统计期间：{from} 至 {to}（期间立项的项目、期间拨付的补助）",
        en: "Period: {from} to {to} (cases opened and subsidy paid in it)",
    }
    pub(crate) RP_MADE {
        zh: "制表日期：{date}",
        en: "Made on {date}",
    }
    pub(crate) RP_CASES {
        zh: "项目数",
        en: "Cases",
    }
    pub(crate) RP_OVERDUE {
        zh: "逾期项目",
        en: "Overdue cases",
    }
    pub(crate) RP_STALE {
        zh: "停滞项目",
        en: "Stale cases",
    }
    pub(crate) RP_COMMITTED {
        zh: "应拨补助（万元）",
        en: "Subsidy committed (万元)",
    }
    pub(crate) RP_PAID {
        zh: "已拨补助（万元）",
        en: "Subsidy paid (万元)",
    }
    pub(crate) RP_RATE {
        zh: "拨付比例",
        en: "Paid share",
    }
    pub(crate) RP_STAGE {
        zh: "阶段",
        en: "Stage",
    }
    pub(crate) RP_REGION {
        zh: "盟市",
        en: "League / city",
    }
    pub(crate) RP_OPEN {
        zh: "进行中",
        en: "Open",
    }
    pub(crate) RP_FUNDED {
        zh: "已立项支持",
        en: "Funded",
    }
    pub(crate) RP_TOTAL {
        zh: "合计",
        en: "Total",
    }
    pub(crate) RP_OUTSIDE {
        zh: "区外",
        en: "Outside the region",
    }
    pub(crate) RP_ID {
        zh: "编号",
        en: "ID",
    }
    pub(crate) RP_OFFICER {
        zh: "经办人",
        en: "Officer",
    }
    pub(crate) RP_OVERDUE_KIND {
        zh: "逾期事项",
        en: "Overdue",
    }
    pub(crate) RP_DUE {
        zh: "下一期限",
        en: "Next deadline",
    }
    pub(crate) RP_IDLE {
        zh: "未更新天数",
        en: "Days idle",
    }
    pub(crate) RP_YES {
        zh: "是",
        en: "yes",
    }
    pub(crate) RP_WAN {
        zh: "万元",
        en: "万元",
    }
    pub(crate) RP_CHART_FUNNEL {
        zh: "阶段漏斗",
        en: "Stage funnel",
    }
    pub(crate) RP_CHART_SUBSIDY {
        zh: "各领域补助：应拨与已拨",
        en: "Subsidy by field: committed and paid",
    }
    pub(crate) RP_CHART_REGION {
        zh: "各盟市项目数",
        en: "Cases by league / city",
    }
    pub(crate) RP_DONE {
        zh: "已写出 {path}：{n} 个项目，{sheets} 张工作表",
        en: "wrote {path}: {n} cases, {sheets} sheets",
    }
    pub(crate) ERR_PERIOD {
        zh: "--from {from} 晚于 --to {to}",
        en: "--from {from} is after --to {to}",
    }
    pub(crate) DASH_FOLDED {
        zh: "（图表需要更大的窗口）",
        en: "(charts need a larger window)",
    }
    pub(crate) DASH_FUNNEL {
        zh: "阶段漏斗（到达或越过该阶段的项目）",
        en: "Stage funnel (cases at or past each stage)",
    }
    pub(crate) DASH_SUBSIDY {
        zh: "各领域补助（万元）",
        en: "Subsidy by field (万元)",
    }
    pub(crate) DASH_LEGEND {
        zh: "每组：左 应拨，右 已拨",
        en: "each pair: committed left, paid right",
    }
    pub(crate) DASH_MONTHS {
        zh: "每月新立项（近 {months} 个月共 {n} 个）",
        en: "Cases opened per month ({n} in {months} months)",
    }
    pub(crate) DG_TITLE {
        zh: "{user} 的每日摘要 · {date}",
        en: "Daily digest for {user} · {date}",
    }
    pub(crate) DG_NOTHING {
        zh: "今天没有逾期、临近到期、停滞或他人改动的项目。",
        en: "Nothing overdue, due soon, stale or changed by others today.",
    }
    pub(crate) DG_OVERDUE {
        zh: "逾期（{n}）",
        en: "Overdue ({n})",
    }
    pub(crate) DG_DUE {
        zh: "{days} 个工作日内到期（{n}）",
        en: "Due within {days} working days ({n})",
    }
    pub(crate) DG_STALE {
        zh: "停滞（{n}）",
        en: "Stale ({n})",
    }
    pub(crate) DG_CHANGED {
        zh: "他人改动（自 {since} 起，{n} 条）",
        en: "Changed by others since {since} ({n})",
    }
    pub(crate) DG_IDLE {
        zh: "{days} 天无进展",
        en: "no activity for {days} days",
    }
    pub(crate) PUBLISH_DONE {
        zh: "已写出 {path}：{n} 个项目",
        en: "wrote {path}: {n} cases",
    }
    pub(crate) PUBLISH_RECORDED {
        zh: "已为 {n} 个项目记录公示开始日期 {start}",
        en: "recorded publicity start {start} on {n} cases",
    }
    pub(crate) ERR_EXT {
        zh: "无法从文件名“{path}”判断格式；请用 {allowed} 结尾",
        en: "cannot tell the format from the file name \"{path}\"; end it in {allowed}",
    }
    pub(crate) ERR_CSV_ONLY {
        zh: "--no-bom 和 --encoding 只用于 --format csv",
        en: "--no-bom and --encoding apply only to --format csv",
    }
    pub(crate) XLSX_ERR_EXPORT_FILE {
        zh: "这是 jiebang 导出的案件表（含“编号”“阶段”列），不是征集表；在两个库之间迁移案件请用 json 格式导出和导入",
        en: "this is a case report exported by jiebang (it has the ID and Stage columns), not an intake sheet; to move cases between stores export and import json",
    }
    pub(crate) XLSX_PARENT {
        zh: "上级主管部门",
        en: "Parent organisation",
    }
    pub(crate) XLSX_SHEET {
        zh: "案件",
        en: "Cases",
    }
    pub(crate) XLSX_ERR_TOO_MANY {
        zh: "压缩包内条目过多（{n} 个，上限 {max}），不像是正常的 Office 文件",
        en: "the archive holds {n} entries (at most {max}); not a normal Office file",
    }
    pub(crate) XLSX_ERR_OLE {
        zh: "这是旧版 Office 文件（.xls/.doc）或设了密码的文件；请在 Excel/WPS 中去掉密码并另存为 .{ext} 后再导入",
        en: "this is a legacy Office file (.xls/.doc) or a password-protected one; remove the password and save it as .{ext} in Excel/WPS, then import again",
    }
    pub(crate) XLSX_ERR_NOT_ZIP {
        zh: "不是 .{ext} 文件（无法作为 zip 压缩包打开）；CSV 或 JSON 文件请用对应的扩展名或 --format",
        en: "not a .{ext} file (it does not open as a zip archive); for CSV or JSON use that extension or --format",
    }
    pub(crate) XLSX_ERR_ENCRYPTED {
        zh: "文件设有密码；请先在 Excel/WPS 中取消密码再导入",
        en: "the file is password-protected; remove the password in Excel/WPS first",
    }
    pub(crate) XLSX_ERR_DAMAGED {
        zh: ".{ext} 文件已损坏或不完整：{detail}",
        en: "the .{ext} file is damaged or incomplete: {detail}",
    }
    pub(crate) XLSX_ERR_DAMAGED_ENTRY {
        zh: "文件已损坏或不完整（{entry}）：{detail}",
        en: "the file is damaged or incomplete ({entry}): {detail}",
    }
    pub(crate) XLSX_ERR_TOO_BIG {
        zh: "文件解压后超过 {max}，拒绝导入（疑似压缩炸弹）",
        en: "the file unpacks to more than {max}; refused (a zip bomb?)",
    }
    pub(crate) XLSX_ERR_WRITE {
        zh: "无法生成 xlsx 文件：{detail}",
        en: "cannot write the xlsx file: {detail}",
    }
    pub(crate) XLSX_ERR_WORKBOOK {
        zh: "无法读取 Excel 工作簿：{detail}",
        en: "cannot read the Excel workbook: {detail}",
    }
    pub(crate) XLSX_ERR_EMPTY {
        zh: "工作簿中没有数据",
        en: "the workbook has no data",
    }
    pub(crate) XLSX_ERR_CELL_ERROR {
        zh: "单元格是错误值 {value}，请改为实际内容",
        en: "the cell holds the error value {value}; type the actual content",
    }
    pub(crate) XLSX_DOCX_NO_DOCUMENT {
        zh: "不是 Word 文档：压缩包中没有 word/document.xml",
        en: "not a Word document: the archive has no word/document.xml",
    }
    pub(crate) XLSX_DOCX_BAD_XML {
        zh: "Word 文档内容（word/document.xml）无法解析：{detail}",
        en: "the Word document (word/document.xml) cannot be read: {detail}",
    }
    pub(crate) XLSX_DOCX_NO_FORM {
        zh: "文档中没有找到附件1 征集表的表格（表中应有“单位名称”和“成果名称”两栏）",
        en: "no 附件1 application form table in the document (it needs the 单位名称 and 成果名称 rows)",
    }
    pub(crate) XLSX_DOCX_CONFLICT {
        zh: "表中出现两次且内容不同：“{a}”与“{b}”",
        en: "appears twice with different values: \"{a}\" and \"{b}\"",
    }
    pub(crate) XLSX_DOCX_MANY_CHECKED {
        zh: "只能勾选一项，却勾选了：{chosen}",
        en: "only one box may be ticked, found: {chosen}",
    }
    pub(crate) XLSX_TTY {
        zh: "xlsx 是二进制格式，不能直接输出到终端；请用 -o 文件名.xlsx 写入文件（或重定向到文件、管道）",
        en: "xlsx is binary and is not written to a terminal; use -o FILE.xlsx (or redirect to a file or pipe)",
    }
    pub(crate) XLSX_DOCX_EXPORT {
        zh: "docx 只用于导入征集表；导出请用 json、csv 或 xlsx",
        en: "docx is for importing application forms; export as json, csv or xlsx",
    }
    pub(crate) XLSX_DRY_CASE {
        zh: "将新建案件：{name}（{issuer}）",
        en: "would create a case: {name} ({issuer})",
    }
    pub(crate) XLSX_DRY_FIELD {
        zh: "  {label}：{value}",
        en: "  {label}: {value}",
    }
}
