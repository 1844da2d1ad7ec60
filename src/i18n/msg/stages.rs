//! Messages of the `stages` area (once the keys `stages.*`).

messages! {
    pub(crate) TITLE_MIDTERM {
        zh: "中期检查",
        en: "Mid-term check",
    }
    pub(crate) TITLE_ACCEPTANCE {
        zh: "项目验收",
        en: "Acceptance",
    }
    pub(crate) TITLE_GATE {
        zh: "揭榜方状态与阶段评估",
        en: "Applicant status and stage gate",
    }
    pub(crate) CMD_MIDTERM {
        zh: "登记中期检查 (合格 / 限期整改)",
        en: "Record the mid-term check (qualified / rectify by a deadline)",
    }
    pub(crate) CMD_ACCEPTANCE {
        zh: "登记验收 (结论, 完成度, 经济效益认定)",
        en: "Record the acceptance (verdict, completion, verified benefit)",
    }
    pub(crate) CMD_GATE {
        zh: "登记揭榜方状态、各自实施期与阶段评估 (赛马制)",
        en: "Record an applicant's status, own period and stage gate (parallel racing)",
    }
    pub(crate) CMD_GATE_N {
        zh: "对第 N 个揭榜方登记状态与阶段评估",
        en: "Status and stage gate of applicant N",
    }
    pub(crate) ARG_TAKER {
        zh: "揭榜方编号",
        en: "applicant number",
    }
    pub(crate) CMDLINE_TAKER {
        zh: "揭榜方编号应为从 1 起的整数: {arg}",
        en: "an applicant number is a whole number from 1: {arg}",
    }
    pub(crate) S_MIDTERM {
        zh: "中期检查",
        en: "Mid-term check",
    }
    pub(crate) S_ACCEPTANCE {
        zh: "验收",
        en: "Acceptance",
    }
    pub(crate) S_BENEFIT {
        zh: "经济效益与实际到账 (成果转化类, 第十二条)",
        en: "Economic benefit and funds received (transformation, Art. 12)",
    }
    pub(crate) S_PANEL {
        zh: "专家组: 每行一位 \"姓名，单位\", 可加 \"，回避\" \"，未声明\"",
        en: "Panel: one per line \"name, unit\", optionally \", recused\" \", undeclared\"",
    }
    pub(crate) S_TAKER {
        zh: "揭榜方状态与各自实施期",
        en: "Applicant status and own period",
    }
    pub(crate) S_GATE {
        zh: "阶段评估",
        en: "Stage gate",
    }
    pub(crate) F_DUE {
        zh: "应检日期",
        en: "due",
    }
    pub(crate) F_HELD_ON {
        zh: "检查日期",
        en: "held on",
    }
    pub(crate) F_MIDTERM_VERDICT {
        zh: "检查结论",
        en: "verdict",
    }
    pub(crate) F_RECTIFY_BY {
        zh: "整改期限",
        en: "rectify by",
    }
    pub(crate) F_RECTIFIED_ON {
        zh: "整改确认日期",
        en: "rectified on",
    }
    pub(crate) F_PANEL {
        zh: "专家",
        en: "experts",
    }
    pub(crate) F_REMARKS {
        zh: "意见",
        en: "remarks",
    }
    pub(crate) F_ACCEPTANCE_DATE {
        zh: "验收日期",
        en: "accepted on",
    }
    pub(crate) F_ACCEPTANCE_VERDICT {
        zh: "验收结论",
        en: "verdict",
    }
    pub(crate) F_COMPLETION {
        zh: "任务完成度 (%)",
        en: "completion (%)",
    }
    pub(crate) F_BENEFIT_VERIFIED {
        zh: "效益已认定",
        en: "verified",
    }
    pub(crate) F_BENEFIT {
        zh: "认定经济效益",
        en: "benefit",
    }
    pub(crate) F_FUNDS_RECEIVED {
        zh: "实际到账金额",
        en: "funds received",
    }
    pub(crate) F_TAKER_STATUS {
        zh: "状态",
        en: "status",
    }
    pub(crate) F_GATE_RESULT {
        zh: "评估结论",
        en: "gate result",
    }
    pub(crate) F_GATE_DATE {
        zh: "评估日期",
        en: "gate date",
    }
    pub(crate) F_GATE_REASON {
        zh: "理由",
        en: "reason",
    }
    pub(crate) BAD_EXPERT {
        zh: "第{line}行应写作 \"姓名，单位[，回避][，未声明]\": {text}",
        en: "line {line} should read \"name, unit[, recused][, undeclared]\": {text}",
    }
    pub(crate) CONFLICT {
        zh: "第{line}行: 专家「{expert}」与{party}「{org}」为同一单位, 须回避并更换 (行末加 \"，回避\")",
        en: "line {line}: expert \"{expert}\" is from the {party} \"{org}\" and must withdraw and be replaced (end the line with \", recused\")",
    }
    pub(crate) DUE_NOT_REQUIRED {
        zh: "按设置本项目不要求中期检查 (技术攻关类前资助达 {min} 万元或设为全部检查时才要求); 如需检查可直接填写",
        en: "No mid-term check is required by the settings (only for pre-funding of {min} (10k yuan) or more, or when set for all); fill it in to hold one anyway",
    }
    pub(crate) DUE_COMPUTED {
        zh: "应检日期 {due}: 实施期 {start} 至 {end} 的 {pct}% 处",
        en: "due {due}: {pct}% into the period {start} to {end}",
    }
    pub(crate) DUE_NO_PERIOD {
        zh: "实施起止日期未填, 无法计算应检日期",
        en: "No start and end dates: the due date cannot be computed",
    }
    pub(crate) DUE_OFFICER {
        zh: "应检日期已由经办人指定为 {due}; 清空则按实施期计算",
        en: "due date set by an officer to {due}; clear it to follow the period",
    }
    pub(crate) DUE_PREFILLED {
        zh: "应检日期按实施期预填; 不改则随实施期变化, 改动即为指定日期",
        en: "due date prefilled from the period; change it to fix the date",
    }
    pub(crate) ART12_TRANSFORMATION {
        zh: "第十二条: 成果转化类后补助按实际到账金额计算, 须验收通过且效益经科技厅认定",
        en: "Art. 12: post-subsidy needs a passed acceptance and a verified benefit",
    }
    pub(crate) ART12_READY {
        zh: "第十二条所需已齐备: 验收通过, 效益已认定, 实际到账 {funds} 万元",
        en: "Art. 12 is met: acceptance passed, benefit verified, funds received {funds} (10k yuan)",
    }
    pub(crate) ART12_BREAKTHROUGH {
        zh: "第十二条: 技术攻关类前资助待发榜方按任务书拨付第一笔资金后拨付; 本类无效益认定与到账金额项",
        en: "Art. 12: pre-funding follows the issuer's first payment under the task book; no benefit or funds-received fields for this kind",
    }
    pub(crate) ART12_FIRST_PAID {
        zh: "发榜方首次拨付已记录: {date}",
        en: "issuer's first payment recorded: {date}",
    }
    pub(crate) TAKERS_HEAD {
        zh: "揭榜方 (:gate 编号 切换):",
        en: "Applicants (:gate N to switch):",
    }
    pub(crate) TAKERS_NO_GATE {
        zh: "未评估",
        en: "no gate yet",
    }
    pub(crate) TAKERS_LINE {
        zh: "{mark}{n} {name} | {status} | {start} 至 {end} | {gate}",
        en: "{mark}{n} {name} | {status} | {start} to {end} | {gate}",
    }
    pub(crate) NO_TAKERS {
        zh: "{id} 尚无揭榜方, 先用 :taker 添加",
        en: "{id} has no applicant yet; add one with :taker",
    }
    pub(crate) NO_SUCH_TAKER {
        zh: "{id} 没有第 {n} 个揭榜方 (共 {count} 个), 用 :gate 1 至 :gate {count}",
        en: "{id} has no applicant {n} ({count} in all); use :gate 1 to :gate {count}",
    }
}
