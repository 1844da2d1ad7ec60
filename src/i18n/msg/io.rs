//! Messages of the `io` area (once the keys `outfile.*`).

messages! {
    pub(crate) ERR_ROW {
        zh: "第 {row} 行",
        en: "row {row}",
    }
    pub(crate) ERR_TOO_LARGE {
        zh: "文件过大（{size} 字节），导入上限为 {max}",
        en: "file too large ({size} bytes); the import limit is {max}",
    }
    pub(crate) ERR_UTF16 {
        zh: "文件是 UTF-16 编码；请另存为 UTF-8 后再导入",
        en: "file is UTF-16; save it as UTF-8 and import again",
    }
    pub(crate) ERR_NOT_UTF8 {
        zh: "文件不是 UTF-8、GBK 或 GB18030 文本：第 {offset} 字节起无法解码；请另存为 UTF-8 后再导入",
        en: "file is not UTF-8, GBK or GB18030 text: cannot decode from byte {offset}; save it as UTF-8 and import again",
    }
    pub(crate) ERR_TOO_DEEP {
        zh: "嵌套超过 {max} 层（第 {offset} 字节）；不是案件文件",
        en: "nesting deeper than {max} levels (byte {offset}); not a case file",
    }
    pub(crate) ERR_SYNTAX {
        zh: "JSON 语法错误，第 {line} 行第 {column} 列：{detail}",
        en: "JSON syntax error at line {line}, column {column}: {detail}",
    }
    pub(crate) ERR_NOT_ARRAY {
        zh: "应为案件数组，或含 \"cases\" 数组的对象",
        en: "expected an array of cases, or an object with a \"cases\" array",
    }
    pub(crate) ERR_NOT_OBJECT {
        zh: "这一行应为一个案件对象",
        en: "this row should be a case object",
    }
    pub(crate) ERR_DUPLICATE_ID {
        zh: "编号 {id} 重复（第 {first} 行已使用）",
        en: "id {id} is used twice (already on row {first})",
    }
    pub(crate) ERR_UNKNOWN_KEY {
        zh: "未知字段“{key}”；可用字段：{accepted}",
        en: "unknown field \"{key}\"; accepted: {accepted}",
    }
    pub(crate) ERR_UNKNOWN_VALUE {
        zh: "未知取值“{value}”；可用取值：{accepted}",
        en: "unknown value \"{value}\"; accepted: {accepted}",
    }
    pub(crate) ERR_INVALID {
        zh: "取值无效：{detail}",
        en: "invalid value: {detail}",
    }
    pub(crate) ERR_CSV {
        zh: "CSV 格式错误：{detail}",
        en: "CSV format error: {detail}",
    }
    pub(crate) ERR_NO_HEADER {
        zh: "缺少表头行",
        en: "the header row is missing",
    }
    pub(crate) ERR_UNKNOWN_COLUMN {
        zh: "未知列“{column}”；可用列：{accepted}",
        en: "unknown column \"{column}\"; accepted: {accepted}",
    }
    pub(crate) ERR_DUPLICATE_COLUMN {
        zh: "列“{column}”出现了两次",
        en: "column \"{column}\" appears twice",
    }
    pub(crate) ERR_MISSING_COLUMN {
        zh: "缺少必填列“{column}”",
        en: "required column \"{column}\" is missing",
    }
    pub(crate) ERR_REQUIRED {
        zh: "必填项为空",
        en: "required value is empty",
    }
    pub(crate) ERR_BAD_DATE {
        zh: "日期“{value}”无法识别，应写作 2026-11-26",
        en: "date \"{value}\" not understood; write it as 2026-11-26",
    }
    pub(crate) ERR_BAD_NUMBER {
        zh: "“{value}”不是有效的人数",
        en: "\"{value}\" is not a valid head count",
    }
    pub(crate) ERR_BAD_AMOUNT {
        zh: "金额“{value}”无效：以万元填写，最多四位小数",
        en: "amount \"{value}\" is invalid: give 10k yuan (万元) with at most four decimals",
    }
    pub(crate) ERR_BAD_BOOL {
        zh: "“{value}”应为 是 或 否",
        en: "\"{value}\" should be yes or no (是/否)",
    }
    pub(crate) ERR_BAD_CHOICE {
        zh: "“{value}”不是可选项；可选：{accepted}",
        en: "\"{value}\" is not one of the choices: {accepted}",
    }
    pub(crate) ERR_DEMO_HEADER {
        zh: "演示数据缺少 reference_date 或 cases",
        en: "demo data lacks reference_date or cases",
    }
    pub(crate) COL_ID {
        zh: "编号",
        en: "ID",
    }
    pub(crate) COL_KIND {
        zh: "项目类型",
        en: "Kind",
    }
    pub(crate) COL_FIELD {
        zh: "聚焦领域",
        en: "Field",
    }
    pub(crate) COL_STAGE {
        zh: "阶段",
        en: "Stage",
    }
    pub(crate) COL_NAME {
        zh: "成果名称",
        en: "Achievement",
    }
    pub(crate) COL_ISSUER {
        zh: "发榜方",
        en: "Issuer",
    }
    pub(crate) COL_CREDIT_CODE {
        zh: "统一社会信用代码",
        en: "Credit code",
    }
    pub(crate) COL_REGION {
        zh: "注册地区",
        en: "Region",
    }
    pub(crate) COL_CONTACT {
        zh: "联系人",
        en: "Contact",
    }
    pub(crate) COL_MOBILE {
        zh: "联系电话",
        en: "Phone",
    }
    pub(crate) COL_TAKER {
        zh: "揭榜方",
        en: "Taker",
    }
    pub(crate) COL_START {
        zh: "开始日期",
        en: "Start",
    }
    pub(crate) COL_END {
        zh: "结束日期",
        en: "End",
    }
    pub(crate) COL_RD_INVESTMENT {
        zh: "研发总投入(万元)",
        en: "R&D investment (10k yuan)",
    }
    pub(crate) COL_FUNDS_RECEIVED {
        zh: "实际到账(万元)",
        en: "Funds received (10k yuan)",
    }
    pub(crate) COL_SUBSIDY_PAID {
        zh: "已拨补助(万元)",
        en: "Subsidy paid (10k yuan)",
    }
    pub(crate) COL_OFFICER {
        zh: "经办人",
        en: "Officer",
    }
    pub(crate) INTAKE_ISSUER_NAME {
        zh: "单位名称",
        en: "Organisation name",
    }
    pub(crate) INTAKE_ISSUER_ADDRESS {
        zh: "单位地址",
        en: "Address",
    }
    pub(crate) INTAKE_ISSUER_REGISTERED_ON {
        zh: "注册时间",
        en: "Registered on",
    }
    pub(crate) INTAKE_ISSUER_REGION {
        zh: "注册地区",
        en: "Registered region",
    }
    pub(crate) INTAKE_ISSUER_REGISTERED_CAPITAL {
        zh: "注册资金(万)",
        en: "Registered capital (10k yuan)",
    }
    pub(crate) INTAKE_ISSUER_LEGAL_REP {
        zh: "法定代表人",
        en: "Legal representative",
    }
    pub(crate) INTAKE_ISSUER_TECH_FIELD {
        zh: "技术领域",
        en: "Technical field",
    }
    pub(crate) INTAKE_ISSUER_MAIN_BUSINESS {
        zh: "主营业务",
        en: "Main business",
    }
    pub(crate) INTAKE_ISSUER_STAFF_TOTAL {
        zh: "单位总人数(人)",
        en: "Staff",
    }
    pub(crate) INTAKE_ISSUER_STAFF_BACHELOR {
        zh: "本科以上人数(人)",
        en: "Staff with bachelor's degree or above",
    }
    pub(crate) INTAKE_ISSUER_STAFF_RD {
        zh: "研发人员数(人)",
        en: "R&D staff",
    }
    pub(crate) INTAKE_ISSUER_ORG_TYPE {
        zh: "单位类型",
        en: "Organisation type",
    }
    pub(crate) INTAKE_ISSUER_CREDIT_CODE {
        zh: "统一社会信用代码",
        en: "Unified social credit code",
    }
    pub(crate) INTAKE_CONTACT_NAME {
        zh: "联系人姓名",
        en: "Contact name",
    }
    pub(crate) INTAKE_CONTACT_TITLE {
        zh: "职务",
        en: "Contact title",
    }
    pub(crate) INTAKE_CONTACT_MOBILE {
        zh: "手机",
        en: "Mobile",
    }
    pub(crate) INTAKE_CONTACT_EMAIL {
        zh: "电子邮箱",
        en: "Email",
    }
    pub(crate) INTAKE_ACHIEVEMENT_NAME {
        zh: "成果名称",
        en: "Achievement name",
    }
    pub(crate) INTAKE_ACHIEVEMENT_TYPE {
        zh: "成果类型",
        en: "Achievement type",
    }
    pub(crate) INTAKE_OWNS_IP {
        zh: "是否拥有自主知识产权",
        en: "Owns independent IP",
    }
    pub(crate) INTAKE_IP_TYPES {
        zh: "知识产权类型",
        en: "IP types",
    }
    pub(crate) INTAKE_FIELD {
        zh: "聚焦领域",
        en: "Focus field",
    }
    pub(crate) INTAKE_DESCRIPTION {
        zh: "拟转化科技成果情况",
        en: "Achievement to transform",
    }
    pub(crate) INTAKE_TEAM {
        zh: "技术团队情况",
        en: "Technical team",
    }
    pub(crate) INTAKE_SUGGESTED_PERIOD {
        zh: "建议实施时限",
        en: "Suggested period",
    }
    pub(crate) INTAKE_ESTIMATED_INVESTMENT {
        zh: "项目预计总投入(万元)",
        en: "Estimated total investment (10k yuan)",
    }
    pub(crate) INTAKE_KIND {
        zh: "项目类型",
        en: "Project kind",
    }
    pub(crate) OUTFILE_NOT_REGULAR {
        zh: "{path} 是{kind}, 不是普通文件; 不会写入它, 请换一个文件名",
        en: "{path} is a {kind}, not a regular file; nothing was written to it; choose another file name",
    }
    pub(crate) OUTFILE_KIND_DIR {
        zh: "目录",
        en: "folder",
    }
    pub(crate) OUTFILE_KIND_FIFO {
        zh: "命名管道 (FIFO)",
        en: "named pipe (FIFO)",
    }
    pub(crate) OUTFILE_KIND_SOCKET {
        zh: "套接字",
        en: "socket",
    }
    pub(crate) OUTFILE_KIND_DEVICE {
        zh: "设备文件",
        en: "device",
    }
    pub(crate) OUTFILE_KIND_OTHER {
        zh: "特殊文件",
        en: "special file",
    }
    pub(crate) OUTFILE_EXISTS {
        zh: "{path} 已存在; 要替换它请加 --force, 或换一个文件名",
        en: "{path} already exists; add --force to replace it, or choose another file name",
    }
    pub(crate) OUTFILE_IS_STORE {
        zh: "{path} 是一个揭榜数据库, 导出不会覆盖它; 请换一个文件名",
        en: "{path} is a jiebang store; an export never replaces one; choose another file name",
    }
    pub(crate) OUTFILE_DANGLING {
        zh: "{path} 是指向不存在的 {target} 的符号链接; 请修正或删除该链接",
        en: "{path} is a symbolic link to {target}, which does not exist; fix or remove the link",
    }
    pub(crate) OUTFILE_NO_DIR {
        zh: "目录不存在: {dir}; 请先建立它, 或请换一个已存在的目录",
        en: "the folder {dir} does not exist; create it first or choose one that exists",
    }
    pub(crate) OUTFILE_DENIED {
        zh: "没有权限写入 {path}; 请换一个你可写的目录",
        en: "no permission to write {path}; choose a folder you may write to",
    }
    pub(crate) OUTFILE_IO {
        zh: "无法写入 {path}: {detail}",
        en: "cannot write {path}: {detail}",
    }
}
