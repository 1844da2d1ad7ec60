//! Messages of the `records` area (once the keys `records.*`).

messages! {
    pub(crate) APP_UNKNOWN_CRITERIA {
        zh: "评分指标 {criteria} 不是{stage}的评分指标（可用: {allowed}；可在配置 [rules.records] 中设置）",
        en: "criteria {criteria} are not {stage} criteria (configured: {allowed}; set them under [rules.records] in the config)",
    }
    pub(crate) APP_NO_OBJECTION {
        zh: "没有第 {n} 条异议（共 {count} 条）",
        en: "there is no objection {n} (the case has {count})",
    }
    pub(crate) APP_NO_TAKER {
        zh: "没有第 {n} 个揭榜方（共 {count} 个）",
        en: "there is no applicant {n} (the case has {count})",
    }
    pub(crate) CLI_DONE {
        zh: "已记录{what}: {id} (rev {rev})",
        en: "Recorded the {what}: {id} (rev {rev})",
    }
    pub(crate) CLI_REVIEW {
        zh: "专家评审",
        en: "expert review",
    }
    pub(crate) CLI_OBJECTION {
        zh: "公示异议",
        en: "objection",
    }
    pub(crate) CLI_MIDTERM {
        zh: "中期检查",
        en: "mid-term check",
    }
    pub(crate) CLI_ACCEPTANCE {
        zh: "验收",
        en: "acceptance",
    }
    pub(crate) CLI_TAKER {
        zh: "揭榜方记录",
        en: "applicant record",
    }
    pub(crate) CLI_NOT_ACCEPTED {
        zh: "不予受理: {reason}",
        en: "Not accepted: {reason}",
    }
    pub(crate) CLI_FROM_ONE {
        zh: "--index 从 1 开始计数",
        en: "--index counts from 1",
    }
    pub(crate) CLI_BAD_JSON {
        zh: "{path} 不是有效的记录 JSON: {detail}",
        en: "{path} is not a valid record JSON: {detail}",
    }
    pub(crate) CLI_BAD_VALUE {
        zh: "无法识别的取值 {value}（可用: {ids}，或其中文名称）",
        en: "unknown value {value} (accepted: {ids}, or their Chinese labels)",
    }
    pub(crate) CLI_BAD_EXPERT {
        zh: "专家应写作 \"姓名,单位[,undeclared][,recused]\": {value}",
        en: "an expert is written \"name,unit[,undeclared][,recused]\": {value}",
    }
    pub(crate) CLI_BAD_SCORE {
        zh: "评分应写作 \"姓名[@揭榜方]:指标=分数,…\": {value}",
        en: "scores are written \"name[@applicant]:criterion=score,...\": {value}",
    }
    pub(crate) CLI_NO_SUCH_EXPERT {
        zh: "评分中的专家 {value} 不在专家组中（先用 --expert 列出）",
        en: "expert {value} of a score is not on the panel (list the panel with --expert)",
    }
    pub(crate) CLI_NO_SUCH_TAKER {
        zh: "没有揭榜方 {value}（本项目: {takers}）",
        en: "no applicant {value} (this case has: {takers})",
    }
    pub(crate) SHOW_REVIEWS {
        zh: "专家评审",
        en: "Expert reviews",
    }
    pub(crate) SHOW_CONCLUSION {
        zh: "结论",
        en: "conclusion",
    }
    pub(crate) SHOW_MEAN {
        zh: "平均分 {mean}",
        en: "mean score {mean}",
    }
    pub(crate) SHOW_MEAN_TAKER {
        zh: "{taker}: 平均分 {mean}",
        en: "{taker}: mean score {mean}",
    }
    pub(crate) SHOW_RECOMMENDED {
        zh: " [推荐]",
        en: " [recommended]",
    }
    pub(crate) SHOW_UNDECLARED {
        zh: " [未签署利益冲突声明]",
        en: " [no conflict declaration]",
    }
    pub(crate) SHOW_RECUSED {
        zh: " [已回避]",
        en: " [withdrawn]",
    }
    pub(crate) SHOW_CONFLICT {
        zh: "⚠ 利益冲突: 专家「{expert}」（{unit}）与{party}「{org}」为同一单位，须回避并更换",
        en: "⚠ conflict of interest: expert \"{expert}\" ({unit}) is from the {party} \"{org}\" and must withdraw and be replaced",
    }
    pub(crate) SHOW_CONFLICT_RECUSED {
        zh: "利益冲突: 专家「{expert}」（{unit}）与{party}「{org}」为同一单位，已回避",
        en: "conflict of interest: expert \"{expert}\" ({unit}) is from the {party} \"{org}\", withdrawn",
    }
    pub(crate) SHOW_OBJECTIONS {
        zh: "公示异议",
        en: "Publicity objections",
    }
    pub(crate) SHOW_LATE_ACCEPTED {
        zh: "⚠ 公示期满（{end}）后收到，应不予受理",
        en: "⚠ received after publicity ended ({end}): should not be accepted",
    }
    pub(crate) SHOW_RACING {
        zh: "揭榜方（赛马）",
        en: "Applicants (parallel)",
    }
    pub(crate) SHOW_TAKER_PLAN {
        zh: "协议 {agreement} 任务书 {task_book} 实施期 {start} - {end}",
        en: "agreement {agreement}, task book {task_book}, period {start} - {end}",
    }
    pub(crate) SHOW_GATE {
        zh: "阶段评估",
        en: "Stage gate",
    }
    pub(crate) SHOW_TAKER_PAID {
        zh: "已拨付 {paid} 万元",
        en: "paid {paid} 万元",
    }
    pub(crate) SHOW_MIDTERM {
        zh: "中期检查",
        en: "Mid-term check",
    }
    pub(crate) SHOW_MIDTERM_DUE {
        zh: "应于 {due} 前进行",
        en: "due by {due}",
    }
    pub(crate) SHOW_OVERDUE {
        zh: " (已逾期)",
        en: " (overdue)",
    }
    pub(crate) SHOW_ACCEPTANCE {
        zh: "验收",
        en: "Acceptance",
    }
    pub(crate) SHOW_VERDICT {
        zh: "结论",
        en: "verdict",
    }
    pub(crate) SHOW_BENEFIT {
        zh: "经济效益经认定: {verified}  经认定的经济效益: {benefit}  实际到账: {funds}",
        en: "benefit verified: {verified}  verified benefit: {benefit}  funds received: {funds}",
    }
    pub(crate) REVIEW_STAGE_VALIDATING {
        zh: "需求论证",
        en: "Need review",
    }
    pub(crate) REVIEW_STAGE_REVIEWING {
        zh: "评审推荐",
        en: "Applicant review",
    }
    pub(crate) CONCLUSION_PASS {
        zh: "通过",
        en: "Pass",
    }
    pub(crate) CONCLUSION_REVISE {
        zh: "修改完善后再议",
        en: "Revise and resubmit",
    }
    pub(crate) CONCLUSION_FAIL {
        zh: "不通过",
        en: "Fail",
    }
    pub(crate) OBJECTOR_PERSON {
        zh: "实名个人",
        en: "Named person",
    }
    pub(crate) OBJECTOR_UNIT {
        zh: "单位（盖章）",
        en: "Unit (stamped)",
    }
    pub(crate) OBJECTOR_ANONYMOUS {
        zh: "匿名",
        en: "Anonymous",
    }
    pub(crate) MIDTERM_VERDICT_QUALIFIED {
        zh: "合格",
        en: "Qualified",
    }
    pub(crate) MIDTERM_VERDICT_RECTIFY {
        zh: "限期整改",
        en: "Rectify by deadline",
    }
    pub(crate) GATE_CONTINUE {
        zh: "继续",
        en: "Continue",
    }
    pub(crate) GATE_ELIMINATED {
        zh: "淘汰",
        en: "Eliminated",
    }
    pub(crate) CRITERION_NECESSITY {
        zh: "必要性",
        en: "necessity",
    }
    pub(crate) CRITERION_INNOVATION {
        zh: "创新性",
        en: "innovation",
    }
    pub(crate) CRITERION_FEASIBILITY {
        zh: "可行性",
        en: "feasibility",
    }
    pub(crate) CRITERION_BENEFIT {
        zh: "预期效益",
        en: "expected benefit",
    }
    pub(crate) CRITERION_COVERAGE {
        zh: "方案覆盖全部指标",
        en: "plan covers all indicators",
    }
    pub(crate) CRITERION_TEAM {
        zh: "团队",
        en: "team",
    }
    pub(crate) CRITERION_FUNDING {
        zh: "经费",
        en: "funding",
    }
    pub(crate) OBJECTION_ANONYMOUS {
        zh: "匿名异议（未署名、未加盖单位公章）按规定不予受理",
        en: "anonymous objection (no signature or unit stamp): not accepted",
    }
    pub(crate) OBJECTION_LATE {
        zh: "异议在公示期满（{end}）后收到，不予受理",
        en: "received after publicity ended ({end}): not accepted",
    }
    pub(crate) ART_9_2 {
        zh: "第九条(二)",
        en: "Art. 9(2)",
    }
    pub(crate) RULE_FOR_TAKER {
        zh: "揭榜方「{taker}」: {text}",
        en: "applicant \"{taker}\": {text}",
    }
    pub(crate) RULE_REVIEW_MISSING {
        zh: "尚无{stage}专家评审记录",
        en: "no {stage} panel review is recorded",
    }
    pub(crate) RULE_REVIEW_NOT_PASSED {
        zh: "{stage}专家组结论须为通过（现为: {conclusion}）",
        en: "the {stage} panel's conclusion must be a pass (now: {conclusion})",
    }
    pub(crate) RULE_PANEL_TOO_SMALL {
        zh: "{stage}专家组有效专家 {count} 人，至少须 {min} 人（回避者不计）",
        en: "the {stage} panel has {count} counted experts, at least {min} are needed (withdrawn experts do not count)",
    }
    pub(crate) RULE_EXPERTS_UNDECLARED {
        zh: "{stage}专家未签署利益冲突声明: {experts}",
        en: "{stage} experts without a conflict-of-interest declaration: {experts}",
    }
    pub(crate) RULE_EXPERT_CONFLICT {
        zh: "{stage}专家「{expert}」来自{party}「{org}」，须回避并更换后评审结论方可采用",
        en: "{stage} expert \"{expert}\" is from the {party} \"{org}\": the expert must withdraw and be replaced before the conclusion can be used",
    }
    pub(crate) RULE_ON_TAKER {
        zh: "（对「{taker}」）",
        en: " (on \"{taker}\")",
    }
    pub(crate) RULE_SCORES_INCOMPLETE {
        zh: "{stage}专家「{expert}」{on}尚未评分: {criteria}",
        en: "{stage} expert \"{expert}\"{on} has not scored: {criteria}",
    }
    pub(crate) RULE_SCORE_BELOW_PASS {
        zh: "{stage}{on}平均分 {mean} 低于合格线 {pass}",
        en: "{stage}{on} mean score {mean} is below the pass mark {pass}",
    }
    pub(crate) RULE_NOT_RECOMMENDED_BY_REVIEW {
        zh: "揭榜方「{taker}」未列入评审推荐专家组的推荐名单",
        en: "applicant \"{taker}\" is not on the review panel's recommendation list",
    }
    pub(crate) RULE_MIDTERM_NOT_HELD {
        zh: "中期检查尚未进行（应于 {due} 前）",
        en: "the mid-term check has not been held (due {due})",
    }
    pub(crate) RULE_MIDTERM_RECTIFY_OPEN {
        zh: "中期检查限期整改尚未完成（期限 {by}）",
        en: "the rectification ordered at the mid-term check is not confirmed (deadline {by})",
    }
    pub(crate) RULE_NO_ACTIVE_TAKER {
        zh: "所有揭榜方均已淘汰，只能终止项目",
        en: "every applicant has been eliminated: the project can only be terminated",
    }
    pub(crate) RULE_TRANCHE_UNKNOWN_TAKER {
        zh: "补助所列揭榜方「{taker}」不在本项目中",
        en: "the tranche names \"{taker}\", who is not an applicant of this case",
    }
    pub(crate) RULE_TRANCHE_TO_ELIMINATED {
        zh: "揭榜方「{taker}」已于 {since} 淘汰，不再拨付资金",
        en: "applicant \"{taker}\" was eliminated on {since}: no further funding",
    }
    pub(crate) RULE_TRANCHE_DURING_RECTIFICATION {
        zh: "中期检查限期整改期间（期限 {by}）暂停拨付",
        en: "funding is suspended while the mid-term rectification is open (deadline {by})",
    }
    pub(crate) RULE_BENEFIT_AMOUNT_MISSING {
        zh: "后补助前须录入经认定的经济效益金额",
        en: "record the verified economic benefit before any post-subsidy",
    }
    pub(crate) DEADLINE_MIDTERM_DUE {
        zh: "中期检查",
        en: "Mid-term check due",
    }
    pub(crate) DEADLINE_RECTIFY_BY {
        zh: "整改期限",
        en: "Rectification due",
    }
    pub(crate) V_UNKNOWN_TAKER {
        zh: "「{name}」不是本项目的揭榜方",
        en: "\"{name}\" is not an applicant of this case",
    }
    pub(crate) V_ANONYMOUS_ACCEPTED {
        zh: "匿名异议不予受理，不能标记为受理",
        en: "an anonymous objection cannot be marked accepted",
    }
    pub(crate) V_GATE_STATUS {
        zh: "阶段评估结果与揭榜方状态不一致（淘汰须同时标记为已淘汰）",
        en: "the stage gate result and the applicant's status disagree (eliminated must match)",
    }
    pub(crate) V_DUPLICATE {
        zh: "重复评分",
        en: "scored twice",
    }
    pub(crate) F_REVIEW_DATE {
        zh: "评审日期",
        en: "review date",
    }
    pub(crate) F_COMMENTS {
        zh: "评审意见",
        en: "comments",
    }
    pub(crate) F_RECOMMENDED {
        zh: "推荐揭榜方",
        en: "recommended applicant",
    }
    pub(crate) F_EXPERT_NAME {
        zh: "专家姓名",
        en: "expert name",
    }
    pub(crate) F_EXPERT_UNIT {
        zh: "工作单位",
        en: "expert's unit",
    }
    pub(crate) F_SCORE {
        zh: "分数",
        en: "score",
    }
    pub(crate) F_SCORE_TAKER {
        zh: "评分对象",
        en: "applicant scored",
    }
    pub(crate) F_CRITERION {
        zh: "评分指标",
        en: "criterion",
    }
    pub(crate) F_MIDTERM_HELD_ON {
        zh: "检查日期",
        en: "date held",
    }
    pub(crate) F_MIDTERM_VERDICT {
        zh: "检查结论",
        en: "verdict",
    }
    pub(crate) F_RECTIFY_BY {
        zh: "整改期限",
        en: "rectification deadline",
    }
    pub(crate) F_RECTIFIED_ON {
        zh: "整改完成日期",
        en: "rectified on",
    }
    pub(crate) F_MIDTERM_REMARKS {
        zh: "检查意见",
        en: "remarks",
    }
    pub(crate) F_ACCEPTANCE_DATE {
        zh: "验收日期",
        en: "Acceptance date",
    }
    pub(crate) F_BENEFIT {
        zh: "经认定的经济效益",
        en: "Verified economic benefit",
    }
    pub(crate) F_GATE_DATE {
        zh: "阶段评估日期",
        en: "stage gate date",
    }
    pub(crate) F_GATE_REASON {
        zh: "阶段评估理由",
        en: "stage gate reason",
    }
    pub(crate) F_GATE_RESULT {
        zh: "阶段评估结果",
        en: "stage gate result",
    }
    pub(crate) F_TRANCHE_TAKER {
        zh: "拨付对象",
        en: "applicant paid",
    }
    pub(crate) F_OBJECTOR {
        zh: "异议人类型",
        en: "objector",
    }
    pub(crate) F_ACCEPTED {
        zh: "是否受理",
        en: "accepted",
    }
    pub(crate) SCOPE_REVIEW {
        zh: "专家评审{n} ",
        en: "Review {n} ",
    }
    pub(crate) SCOPE_EXPERT {
        zh: "专家{n} ",
        en: "expert {n} ",
    }
    pub(crate) SCOPE_SCORE {
        zh: "第{n}项评分 ",
        en: "score {n} ",
    }
    pub(crate) SCOPE_MIDTERM {
        zh: "中期检查",
        en: "Mid-term check ",
    }
    pub(crate) SCOPE_ACCEPTANCE {
        zh: "验收",
        en: "Acceptance ",
    }
}
