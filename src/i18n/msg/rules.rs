//! Messages of the `rules` area (once the keys `rules.*`).

messages! {
    pub(crate) UNMET {
        zh: "{article}: {text}",
        en: "{article}: {text}",
    }
    pub(crate) ART_CALL_1 {
        zh: "征集函(一)",
        en: "Call §1",
    }
    pub(crate) ART_4_6 {
        zh: "第四条、第六条",
        en: "Art. 4, 6",
    }
    pub(crate) ART_4_8 {
        zh: "第四条、第八条",
        en: "Art. 4, 8",
    }
    pub(crate) ART_5 {
        zh: "第五条",
        en: "Art. 5",
    }
    pub(crate) ART_7_1 {
        zh: "第七条(一)",
        en: "Art. 7(1)",
    }
    pub(crate) ART_8 {
        zh: "第八条",
        en: "Art. 8",
    }
    pub(crate) ART_9_1 {
        zh: "第九条(一)",
        en: "Art. 9(1)",
    }
    pub(crate) ART_9_3 {
        zh: "第九条(三)",
        en: "Art. 9(3)",
    }
    pub(crate) ART_9_4 {
        zh: "第九条(四)",
        en: "Art. 9(4)",
    }
    pub(crate) ART_9_5 {
        zh: "第九条(五)",
        en: "Art. 9(5)",
    }
    pub(crate) ART_9_7 {
        zh: "第九条(七)",
        en: "Art. 9(7)",
    }
    pub(crate) ART_10 {
        zh: "第十条",
        en: "Art. 10",
    }
    pub(crate) ART_11 {
        zh: "第十一条",
        en: "Art. 11",
    }
    pub(crate) ART_12 {
        zh: "第十二条",
        en: "Art. 12",
    }
    pub(crate) ART_13 {
        zh: "第十三条",
        en: "Art. 13",
    }
    pub(crate) ART_14 {
        zh: "第十四条",
        en: "Art. 14",
    }
    pub(crate) ART_15 {
        zh: "第十五条",
        en: "Art. 15",
    }
    pub(crate) PARTY_ISSUER {
        zh: "发榜方",
        en: "issuer",
    }
    pub(crate) PARTY_TAKER {
        zh: "揭榜方",
        en: "applicant",
    }
    pub(crate) PARTY_MEMBER {
        zh: "联合体成员",
        en: "consortium member",
    }
    pub(crate) YES {
        zh: "是",
        en: "yes",
    }
    pub(crate) NO {
        zh: "否",
        en: "no",
    }
    pub(crate) NONE_YET {
        zh: "尚无",
        en: "none yet",
    }
    pub(crate) LIST_SEP {
        zh: "、",
        en: ", ",
    }
    pub(crate) MISSING_FIELDS {
        zh: "发布榜单前须填写完整: {fields}",
        en: "complete these before publishing: {fields}",
    }
    pub(crate) FIELD_NOT_CHOSEN {
        zh: "聚焦领域须为大规模储能、石墨烯、稀土、氢能、碳捕集封存之一（尚未选择）",
        en: "the field must be one of energy storage, graphene, rare earth, hydrogen, CCS (none chosen)",
    }
    pub(crate) ISSUER_CREDIT_CODE {
        zh: "发布榜单前须有有效的发榜方统一社会信用代码（{detail}）",
        en: "publishing needs the issuer's valid unified social credit code ({detail})",
    }
    pub(crate) ISSUER_IP_UNKNOWN {
        zh: "成果转化类发榜方须拥有拟转化成果的自主知识产权（尚未填写是否拥有）",
        en: "a transformation issuer must own the IP of the achievement (not stated)",
    }
    pub(crate) ISSUER_LACKS_IP {
        zh: "成果转化类发榜方须拥有拟转化成果的自主知识产权（填写为否）",
        en: "a transformation issuer must own the IP of the achievement (stated: no)",
    }
    pub(crate) ISSUER_NOT_REGIONAL_ENTERPRISE {
        zh: "技术攻关类发榜方应是区内具有独立法人资格的企业（区内: {in_region}, 企业: {enterprise}）",
        en: "a breakthrough issuer must be an enterprise registered in the region (in region: {in_region}, enterprise: {enterprise})",
    }
    pub(crate) NO_APPLICANT {
        zh: "尚无揭榜方申报",
        en: "no applicant has applied yet",
    }
    pub(crate) NO_RECOMMENDED {
        zh: "尚无拟推荐或已确定的揭榜方",
        en: "no applicant is recommended or selected yet",
    }
    pub(crate) MEMBER_OF {
        zh: "{taker} 的联合体成员 {member}",
        en: "{member}, consortium member of {taker}",
    }
    pub(crate) SAME_UNIT {
        zh: "揭榜方与发榜方不能为同一单位（{who}）",
        en: "an applicant may not be the issuer itself ({who})",
    }
    pub(crate) SUBSIDIARY {
        zh: "揭榜方不能为发榜方的下属子公司（{who}）",
        en: "an applicant may not be a subsidiary of the issuer ({who})",
    }
    pub(crate) TAKER_NOT_REGIONAL_ENTERPRISE {
        zh: "成果转化类揭榜方应是区内企业或其牵头的联合体（{taker}: 区内 {in_region}, 企业 {enterprise}）",
        en: "a transformation applicant must be an enterprise in the region or a consortium it leads ({taker}: in region {in_region}, enterprise {enterprise})",
    }
    pub(crate) BLACKLISTED {
        zh: "{party}「{name}」列入联合惩戒名单（{reason}; {since} {source}）",
        en: "{party} \"{name}\" is on the joint-punishment list ({reason}; {since} {source})",
    }
    pub(crate) PUBLICITY_NOT_STARTED {
        zh: "尚未开始公示",
        en: "publicity has not started",
    }
    pub(crate) PUBLICITY_NOT_OVER {
        zh: "公示期自 {start} 起 {days} 个工作日, 至 {end} 期满, 尚未结束",
        en: "publicity runs {days} working days from {start} to {end} and is not over",
    }
    pub(crate) ESTIMATED {
        zh: "（{years} 年节假日安排未录入, 期满日按仅扣除周末估算, 请核对）",
        en: " (the holiday table lacks {years}, so the end counts weekends only; check it)",
    }
    pub(crate) OPEN_OBJECTIONS {
        zh: "公示期有 {count} 条已受理的异议尚未处理完毕（{by}）",
        en: "{count} accepted objection(s) from publicity still open ({by})",
    }
    pub(crate) AGREEMENT_NOT_SIGNED {
        zh: "公示无异议后须签订揭榜协议（技术合同）, 尚未记录签订日期",
        en: "the agreement (technology contract) must be signed after publicity; no date recorded",
    }
    pub(crate) TASK_BOOK_NOT_SIGNED {
        zh: "须与自治区科技厅签订任务书, 尚未记录签订日期",
        en: "the task book must be signed with the department; no date recorded",
    }
    pub(crate) PLAN_DATES_MISSING {
        zh: "须填写实施周期: {fields}",
        en: "the implementation period needs: {fields}",
    }
    pub(crate) PLAN_END_BEFORE_START {
        zh: "实施结束日期 {end} 早于开始日期 {start}",
        en: "the end date {end} is before the start date {start}",
    }
    pub(crate) DURATION_TOO_LONG {
        zh: "{kind}项目实施周期原则上不超过{max}年（{start} 至 {end}, 最迟 {latest}）",
        en: "a {kind} project runs at most {max} years ({start} to {end}; latest end {latest})",
    }
    pub(crate) EXTENSION_STAGE {
        zh: "仅项目实施中的项目可以延期（当前: {stage}）",
        en: "only a project being implemented can be extended (now: {stage})",
    }
    pub(crate) EXTENSION_NOT_LATER {
        zh: "延期后的结束日期 {new} 须晚于现结束日期 {current}",
        en: "the new end {new} must be after the current end {current}",
    }
    pub(crate) EXTENSION_NO_REASON {
        zh: "延期须写明理由（如不可抗力）",
        en: "an extension needs a reason (e.g. force majeure)",
    }
    pub(crate) EXTENSION_NOT_AGREED {
        zh: "延期须揭榜方与发榜方达成一致意见",
        en: "an extension needs the applicant and the issuer to agree",
    }
    pub(crate) EXTENSION_NOT_APPROVED {
        zh: "延期须经自治区科技厅审核同意",
        en: "an extension needs the department's approval",
    }
    pub(crate) EXTENSION_COUNT {
        zh: "每个项目最多延期 {max} 次",
        en: "a project may be extended at most {max} time(s)",
    }
    pub(crate) EXTENSION_TOO_LONG {
        zh: "延期最长 {months} 个月（原结束日期 {original}, 最迟 {latest}, 申请 {new}）",
        en: "an extension adds at most {months} months (original end {original}, latest {latest}, asked {new})",
    }
    pub(crate) TERMINATION_NOT_RECORDED {
        zh: "终止项目须记录终止情况",
        en: "termination must be recorded first",
    }
    pub(crate) TERMINATION_NO_REASON {
        zh: "终止项目须写明理由",
        en: "termination needs a reason",
    }
    pub(crate) TERMINATION_NO_RECOVERED {
        zh: "终止项目须经专项审计后记录收回的剩余财政科技资金（可为 0）",
        en: "termination needs the recovered fiscal funds after the audit (0 allowed)",
    }
    pub(crate) ACCEPTANCE_NOT_PASSED {
        zh: "结项须验收通过（验收结论: {verdict}）",
        en: "completion needs a passed acceptance (verdict: {verdict})",
    }
    pub(crate) TRANCHE_STAGE {
        zh: "财政科技资金仅拨付给已立项实施的项目（当前: {stage}）",
        en: "fiscal funds go only to projects under implementation (now: {stage})",
    }
    pub(crate) TRANCHE_KIND {
        zh: "{kind}项目财政资金采取{allowed}方式, 不能登记为{tranche}",
        en: "a {kind} project is funded by {allowed}, not {tranche}",
    }
    pub(crate) TRANCHE_NOT_POSITIVE {
        zh: "补助金额须大于 0",
        en: "the amount must be greater than 0",
    }
    pub(crate) SUBSIDY_BASE_MISSING {
        zh: "须先填写{base}, 才能计算补助上限",
        en: "fill in {base} first to compute the subsidy limit",
    }
    pub(crate) SUBSIDY__BASE_MISSING {
        zh: "{base_label}未填写, 无法按比例计算",
        en: "{base_label} not filled in; the rate cannot be applied",
    }
    pub(crate) SUBSIDY_OVER_MAX {
        zh: "{kind}{tranche}不得超过{base_label}的{rate}%，且不超过{cap}万元（本笔后累计 {after} 万元，最高 {max} 万元）",
        en: "subsidy ({kind}, {tranche}) may not exceed {rate}% of \"{base_label}\" nor {cap} wan yuan (cumulative after this tranche {after} wan, maximum {max} wan)",
    }
    pub(crate) SPECIAL_WITHOUT_REASON {
        zh: "一事一议须记录理由",
        en: "a case-by-case decision needs a recorded reason",
    }
    pub(crate) FIRST_PAYMENT_MISSING {
        zh: "前资助须在发榜方按任务书拨付第一笔资金后拨付, 尚未记录首次拨付",
        en: "pre-funding is paid only after the issuer's first payment to the applicant; none recorded",
    }
    pub(crate) TRANCHE_BEFORE_FIRST_PAYMENT {
        zh: "前资助日期 {date} 早于发榜方首次拨付日期 {first}",
        en: "the pre-funding date {date} is before the issuer's first payment on {first}",
    }
    pub(crate) POST_SUBSIDY_BEFORE_ACCEPTANCE {
        zh: "后补助须在项目通过验收后给予（验收结论: {verdict}）",
        en: "the post-subsidy is given only after acceptance is passed (verdict: {verdict})",
    }
    pub(crate) BENEFIT_NOT_VERIFIED {
        zh: "后补助须经自治区科技厅认定达到任务书预期的经济效益",
        en: "the post-subsidy needs the department to confirm the expected economic benefit",
    }
    pub(crate) SUBSIDY_BASE {
        zh: "{base_label} {base} 万元 x {rate}% = {by_rate} 万元",
        en: "{base_label} {base} wan x {rate}% = {by_rate} wan",
    }
    pub(crate) SUBSIDY_MAX {
        zh: "上限 {cap} 万元 -> 最高可补助 {max} 万元 ({article})",
        en: "cap {cap} wan -> at most {max} wan ({article})",
    }
    pub(crate) SUBSIDY_CAP_ONLY {
        zh: "上限 {cap} 万元 ({article})",
        en: "cap {cap} wan ({article})",
    }
    pub(crate) SUBSIDY_PAID {
        zh: "已拨付 {paid} 万元, 尚可拨付 {remaining} 万元",
        en: "paid {paid} wan, {remaining} wan still available",
    }
    pub(crate) SUBSIDY_PAID_ONLY {
        zh: "已拨付 {paid} 万元",
        en: "paid {paid} wan",
    }
    pub(crate) SUBSIDY_SPECIAL {
        zh: "其中一事一议 {special} 万元, 不受上限约束",
        en: "of which {special} wan case-by-case, outside the cap",
    }
    pub(crate) SUBSIDY_FIRST_PAYMENT {
        zh: "发榜方首次拨付: {date} ({article})",
        en: "issuer's first payment: {date} ({article})",
    }
    pub(crate) SUBSIDY_FIRST_PAYMENT_MISSING {
        zh: "发榜方首次拨付尚未记录, 暂不能拨付前资助 ({article})",
        en: "issuer's first payment not recorded; no pre-funding yet ({article})",
    }
    pub(crate) SUBSIDY_AFTER_ACCEPTANCE {
        zh: "验收通过且效益经认定后方可拨付后补助: 验收 {verdict}, 效益认定 {verified} ({article})",
        en: "post-subsidy after passed acceptance and verified benefit: acceptance {verdict}, benefit verified {verified} ({article})",
    }
    pub(crate) DEADLINE_PUBLICITY_ENDS {
        zh: "公示期满",
        en: "Publicity ends",
    }
    pub(crate) DEADLINE_CHANGE_REQUEST_BY {
        zh: "变更申请截止",
        en: "Change requests due",
    }
    pub(crate) DEADLINE_IMPLEMENTATION_ENDS {
        zh: "实施期满",
        en: "Implementation ends",
    }
    pub(crate) DEADLINE_ACCEPTANCE_DUE {
        zh: "应完成验收",
        en: "Acceptance due",
    }
    pub(crate) DEADLINE_ESTIMATED {
        zh: "估算",
        en: "estimated",
    }
    pub(crate) MOVE_CLOSED {
        zh: "项目已{from}, 不能再变更阶段",
        en: "the case is {from}; its stage can no longer change",
    }
    pub(crate) MOVE_SAME {
        zh: "项目已处于该阶段",
        en: "the case is already at that stage",
    }
    pub(crate) MOVE_SKIP {
        zh: "不能从{from}直接到{to}: 下一阶段是{next}, 或退回上一阶段",
        en: "cannot go from {from} straight to {to}: the next stage is {next}, or move back one",
    }
    pub(crate) MOVE_SKIP_LAST {
        zh: "不能从{from}直接到{to}",
        en: "cannot go from {from} straight to {to}",
    }
    pub(crate) MOVE_NOT_AN_EXIT {
        zh: "不能从{from}转为{to}: {allowed}",
        en: "cannot go from {from} to {to}: {allowed}",
    }
    pub(crate) MOVE_REJECTED_FROM {
        zh: "仅需求论证、评审推荐阶段可以不通过",
        en: "only demand review or evaluation can end in rejection",
    }
    pub(crate) MOVE_TERMINATED_FROM {
        zh: "仅项目实施、验收阶段可以终止",
        en: "only implementation or acceptance can be terminated",
    }
    pub(crate) MOVE_WITHDRAWN_FROM {
        zh: "仅未结束的项目可以撤回",
        en: "only an open case can be withdrawn",
    }
    pub(crate) POST_SUBSIDY_BEFORE_ACCEPTANCE_DATE {
        zh: "后补助日期 {date} 早于验收日期 {accepted}",
        en: "post-subsidy dated {date}, before the acceptance of {accepted}",
    }
    pub(crate) DATE_IN_FUTURE {
        zh: "{what} {date} 晚于今天 {today}: 已发生的事项不能填写将来的日期",
        en: "{what} {date} is after today ({today}): a date of something done cannot be in the future",
    }
    pub(crate) DATED_REGISTRATION {
        zh: "注册时间",
        en: "registration date",
    }
    pub(crate) DATED_AGREEMENT {
        zh: "揭榜协议签订日期",
        en: "agreement signing date",
    }
    pub(crate) DATED_TASK_BOOK {
        zh: "任务书签订日期",
        en: "task book signing date",
    }
    pub(crate) DATED_FIRST_PAYMENT {
        zh: "发榜方首次拨付日期",
        en: "issuer's first payment date",
    }
    pub(crate) DATED_TRANCHE {
        zh: "补助拨付日期",
        en: "subsidy tranche date",
    }
    pub(crate) DATED_EXTENSION {
        zh: "延期申请日期",
        en: "extension request date",
    }
    pub(crate) DATED_ACCEPTANCE {
        zh: "验收日期",
        en: "acceptance date",
    }
    pub(crate) DATED_TERMINATION {
        zh: "终止日期",
        en: "termination date",
    }
    pub(crate) DATED_AUDIT {
        zh: "专项审计日期",
        en: "special audit date",
    }
    pub(crate) SRC_POLICY {
        zh: "本厅规定",
        en: "Dept. policy",
    }
    pub(crate) SRC_POLICY_SETTING {
        zh: "本厅规定({setting})",
        en: "Dept. policy ({setting})",
    }
    pub(crate) SRC_FACT {
        zh: "数据一致性",
        en: "Data consistency",
    }
    pub(crate) FOR_ORG {
        zh: "{party}「{name}」: {text}",
        en: "{party} \"{name}\": {text}",
    }
    pub(crate) HEADCOUNT_OVER {
        zh: "{which} {count} 人多于单位总人数 {total} 人",
        en: "{which} of {count} exceeds the total staff of {total}",
    }
    pub(crate) HEADCOUNT_BACHELOR {
        zh: "本科以上人数",
        en: "staff with a bachelor's degree or above",
    }
    pub(crate) HEADCOUNT_RD {
        zh: "研发人员数",
        en: "R&D staff",
    }
    pub(crate) REGION_CODE_MISMATCH {
        zh: "注册地区「{region}」与统一社会信用代码中的登记管理机关行政区划 {division} 不符, 请核对",
        en: "registered region \"{region}\" does not match the division {division} in the credit code; please check",
    }
    pub(crate) TERMINATION_NOT_AGREED {
        zh: "终止须揭榜方与发榜方达成一致意见",
        en: "termination needs the agreement of both parties",
    }
    pub(crate) TERMINATION_NOT_APPROVED {
        zh: "终止须经自治区科技厅审核同意",
        en: "termination needs the department's approval",
    }
    pub(crate) AUDIT_CONCLUSION {
        zh: "专项审计结论",
        en: "special audit conclusion",
    }
    pub(crate) TERMINATION_NO_AUDIT {
        zh: "已拨付财政科技资金 {paid} 万元, 终止须经专项审计（缺: {missing}）",
        en: "{paid} (10k yuan) of fiscal funds were paid: termination needs a special audit (missing: {missing})",
    }
    pub(crate) AUDIT_BEFORE_TERMINATION {
        zh: "专项审计日期 {audit} 早于终止日期 {terminated}",
        en: "special audit dated {audit}, before the termination of {terminated}",
    }
    pub(crate) RECOVERED_OVER_PAID {
        zh: "收回资金 {recovered} 万元多于已拨付的 {paid} 万元",
        en: "recovered {recovered} (10k yuan) exceeds the {paid} paid",
    }
    pub(crate) SIGNED_DURING_PUBLICITY {
        zh: "{what} {date} 不在公示期 {start} 至 {end} 之后: 公示无异议后方可正式签订",
        en: "{what} {date} is not after the publicity of {start} to {end}: signing follows a publicity without objection",
    }
    pub(crate) SIGNED_BEFORE_OBJECTION_RESOLVED {
        zh: "{what} {date} 早于异议处理完毕日期 {resolved}",
        en: "{what} {date} is before the objection was resolved on {resolved}",
    }
    pub(crate) OBJECTION_OUTSIDE_PUBLICITY {
        zh: "异议「{by}」收到日期 {received} 不在公示期 {start} 至 {end} 内, 不应受理",
        en: "objection by \"{by}\" received on {received}, outside the publicity of {start} to {end}, cannot be accepted for handling",
    }
    pub(crate) AGREEMENT_TERMS_MISSING {
        zh: "揭榜协议须约定知识产权的归属和利益分配（未填写: {fields}）",
        en: "the agreement must state IP ownership and benefit sharing (missing: {fields})",
    }
    pub(crate) PLAN_CHANGED {
        zh: "项目实施期间实施周期只能通过延期变更（进入实施时 {was}, 现为 {now}）",
        en: "during implementation the period changes only through an extension (on entering implementation {was}, now {now})",
    }
    pub(crate) ACCEPTANCE_BEFORE_START {
        zh: "验收日期 {date} 早于项目开始日期 {start}",
        en: "acceptance dated {date}, before the project's start on {start}",
    }
    pub(crate) ACCEPTANCE_UNDATED {
        zh: "验收结论须填写验收日期",
        en: "an acceptance verdict needs the acceptance date",
    }
    pub(crate) CAT_FORM_COMPLETE {
        zh: "榜单必填信息完整（需求名称、发榜方、联系人、手机、成果情况）",
        en: "the 榜单 form is complete (name, issuer, contact, mobile, description)",
    }
    pub(crate) CAT_PERIOD_AND_INVESTMENT {
        zh: "榜单写明时限要求和项目总投资（建议实施时限、项目预计总投入）",
        en: "the 榜单 states its period and total investment",
    }
    pub(crate) CAT_FIELD_OF_FIVE {
        zh: "聚焦领域为五个领域之一",
        en: "the field is one of the five",
    }
    pub(crate) CAT_ISSUER_CREDIT_CODE {
        zh: "发榜方统一社会信用代码有效",
        en: "the issuer has a valid unified social credit code",
    }
    pub(crate) CAT_ISSUER_OWNS_IP {
        zh: "成果转化类发榜方拥有拟转化成果的自主知识产权",
        en: "a transformation issuer owns the IP of the achievement",
    }
    pub(crate) CAT_ISSUER_REGIONAL_ENTERPRISE {
        zh: "技术攻关类发榜方是区内企业",
        en: "a breakthrough issuer is an in-region enterprise",
    }
    pub(crate) CAT_NEED_REVIEW {
        zh: "需求论证结论为通过",
        en: "the need review concluded with a pass",
    }
    pub(crate) CAT_PANEL_SIZE {
        zh: "评审专家组人数不少于设定人数",
        en: "a review panel has at least the set number of experts",
    }
    pub(crate) CAT_REVIEW_CRITERIA {
        zh: "每位专家对每项评审指标打分",
        en: "every expert scores every criterion",
    }
    pub(crate) CAT_PASS_MARK {
        zh: "评审平均分达到合格线",
        en: "the mean review score reaches the pass mark",
    }
    pub(crate) CAT_EXPERT_CONFLICTS {
        zh: "专家声明利益冲突, 本单位专家回避",
        en: "experts declare conflicts; experts of a party's own unit withdraw",
    }
    pub(crate) CAT_BLACKLIST {
        zh: "发榜方、揭榜方及联合体成员未列入联合惩戒名单",
        en: "neither party nor a consortium member is on the joint-punishment list",
    }
    pub(crate) CAT_APPLICANT {
        zh: "至少有一个揭榜方申报",
        en: "at least one taker applied",
    }
    pub(crate) CAT_NOT_SAME_UNIT_BREAKTHROUGH {
        zh: "技术攻关类揭榜方与发榜方不是同一单位或其下属子公司（任意层级）",
        en: "a breakthrough taker is neither the issuer nor its subsidiary at any depth",
    }
    pub(crate) CAT_NOT_SAME_UNIT_TRANSFORMATION {
        zh: "成果转化类揭榜方与发榜方不是同一单位或其下属子公司（任意层级）",
        en: "a transformation taker is neither the issuer nor its subsidiary at any depth",
    }
    pub(crate) CAT_TAKER_REGIONAL_ENTERPRISE {
        zh: "成果转化类揭榜方是区内企业或其牵头的联合体",
        en: "a transformation taker is an in-region enterprise or a consortium it leads",
    }
    pub(crate) CAT_RECOMMENDED_TAKER {
        zh: "有拟推荐的揭榜方",
        en: "a taker is recommended",
    }
    pub(crate) CAT_TAKER_REVIEW {
        zh: "拟推荐揭榜方经评审推荐",
        en: "recommended takers were recommended by the review panel",
    }
    pub(crate) CAT_OBJECTION_IN_PUBLICITY {
        zh: "受理的异议在公示期内收到",
        en: "objections accepted for handling were received during the publicity",
    }
    pub(crate) CAT_PUBLICITY_OVER {
        zh: "公示期已满",
        en: "the publicity period is over",
    }
    pub(crate) CAT_NO_OPEN_OBJECTION {
        zh: "公示无未处理的异议",
        en: "no objection is open",
    }
    pub(crate) CAT_SIGNATURES {
        zh: "已签订揭榜协议和任务书",
        en: "the agreement and the task book are signed",
    }
    pub(crate) CAT_SIGNING_ORDER {
        zh: "揭榜协议和任务书在公示期满且异议处理完毕后签订",
        en: "the agreement and task book are signed after the publicity and any objection",
    }
    pub(crate) CAT_AGREEMENT_TERMS {
        zh: "揭榜协议约定知识产权归属和利益分配",
        en: "the agreement states IP ownership and benefit sharing",
    }
    pub(crate) CAT_DURATION {
        zh: "实施周期: 技术攻关类不超过三年, 成果转化类不超过二年（含首尾日）",
        en: "period at most three years (breakthrough) or two (transformation), inclusive",
    }
    pub(crate) CAT_PLAN_UNCHANGED {
        zh: "实施期间实施周期只能通过延期变更",
        en: "during implementation the period changes only by an extension",
    }
    pub(crate) CAT_EXTENSION_CONDITIONS {
        zh: "延期须有原因、双方一致意见、科技厅审核同意, 且晚于现结束日期",
        en: "an extension has a reason, both parties' agreement, approval and a later end",
    }
    pub(crate) CAT_EXTENSION_COUNT {
        zh: "延期次数不超过设定次数",
        en: "no more extensions than set",
    }
    pub(crate) CAT_EXTENSION_LENGTH {
        zh: "延期后结束日期不晚于原结束日期加设定月数",
        en: "an extension ends at most the set months after the planned end",
    }
    pub(crate) CAT_MIDTERM {
        zh: "达到门槛的项目须进行中期检查, 限期整改期间暂停验收和拨款",
        en: "projects above the threshold hold a mid-term check; a rectification holds acceptance and funds",
    }
    pub(crate) CAT_RACING {
        zh: "赛马制: 不向已淘汰的揭榜方拨款, 全部淘汰不能验收",
        en: "racing: no funds to an eliminated taker; no acceptance once all are eliminated",
    }
    pub(crate) CAT_TRANCHE_STAGE {
        zh: "财政补助在项目实施、验收、结项阶段拨付",
        en: "subsidies are paid during implementation, acceptance or after completion",
    }
    pub(crate) CAT_SUBSIDY_CAP {
        zh: "补助不超过比例和上限（前资助研发总投入30%且1000万元, 后补助实际到账30%且500万元）",
        en: "subsidies within the rate and cap (30% and 1000万 / 500万)",
    }
    pub(crate) CAT_SPECIAL_CASE {
        zh: "一事一议超出上限须注明原因",
        en: "a 一事一议 exception over the cap records its reason",
    }
    pub(crate) CAT_FIRST_PAYMENT {
        zh: "前资助在发榜方首次拨付之后",
        en: "pre-funding follows the issuer's first payment",
    }
    pub(crate) CAT_POST_SUBSIDY_AFTER_ACCEPTANCE {
        zh: "后补助在验收通过之后（日期不早于验收）且经济效益经认定",
        en: "post-subsidy follows a passed acceptance (dated on or after it) and a verified benefit",
    }
    pub(crate) CAT_COMPLETION_ACCEPTED {
        zh: "结项须验收通过",
        en: "completion needs a passed acceptance",
    }
    pub(crate) CAT_ACCEPTANCE_DATES {
        zh: "验收日期不早于项目开始, 不晚于今天",
        en: "the acceptance is dated between the start and today",
    }
    pub(crate) CAT_TERMINATION_AGREED {
        zh: "终止须有原因、双方一致意见和科技厅审核同意",
        en: "termination has a reason, both parties' agreement and approval",
    }
    pub(crate) CAT_TERMINATION_AUDIT {
        zh: "已拨付财政资金的项目终止须经专项审计（日期和结论）",
        en: "termination after fiscal funds were paid needs a special audit with date and conclusion",
    }
    pub(crate) CAT_RECOVERED_WITHIN_PAID {
        zh: "收回资金不超过已拨付资金",
        en: "recovered funds do not exceed what was paid",
    }
    pub(crate) CAT_HEADCOUNTS {
        zh: "本科以上人数、研发人员数不超过单位总人数",
        en: "bachelor+ and R&D staff within the total",
    }
    pub(crate) CAT_DATES_NOT_FUTURE {
        zh: "已发生事项的日期不晚于今天（注册、签订、拨付、延期申请、终止、审计）",
        en: "dates of things done are not in the future",
    }
    pub(crate) CAT_REGION_CODE {
        zh: "注册地区与统一社会信用代码的行政区划一致",
        en: "registered region matches the credit code's division",
    }
    pub(crate) APPLIES_FROM {
        zh: "{stage}起",
        en: "from {stage}",
    }
    pub(crate) APPLIES_AT {
        zh: "进入{stage}",
        en: "entering {stage}",
    }
    pub(crate) APPLIES_ALWAYS {
        zh: "各阶段",
        en: "every stage",
    }
    pub(crate) APPLIES_TRANCHE {
        zh: "每笔补助",
        en: "every tranche",
    }
    pub(crate) APPLIES_EXTENSION {
        zh: "每次延期",
        en: "every extension",
    }
    pub(crate) APPLIES_ACCEPTANCE {
        zh: "验收记录",
        en: "acceptance record",
    }
    pub(crate) APPLIES_TERMINATION {
        zh: "终止记录",
        en: "termination record",
    }
    pub(crate) LIST_HEADER {
        zh: "编号	来源	适用	规则	设置",
        en: "id	source	applies	rule	setting",
    }
    pub(crate) LIST_WARNING {
        zh: "（提示）",
        en: " (warning)",
    }
    pub(crate) LIST_COUNT {
        zh: "共 {n} 条规则: 实施办法条款 {articles} 条, 本厅规定 {policies} 条, 数据一致性 {facts} 条",
        en: "{n} rules: {articles} from articles of the measures, {policies} department policies, {facts} data consistency",
    }
    pub(crate) SHOW_TERMINATION {
        zh: "终止",
        en: "Termination",
    }
    pub(crate) SHOW_BOTH_AGREED {
        zh: "双方一致意见",
        en: "Both parties agreed",
    }
    pub(crate) SHOW_APPROVED {
        zh: "科技厅审核同意",
        en: "Department approved",
    }
    pub(crate) SHOW_WARNINGS {
        zh: "提示",
        en: "Warnings",
    }
    pub(crate) DATED_OBJECTION {
        zh: "异议收到或处理日期",
        en: "objection received or resolved date",
    }
    pub(crate) DATED_REVIEW {
        zh: "专家评审日期",
        en: "expert review date",
    }
    pub(crate) DATED_MIDTERM {
        zh: "中期检查日期",
        en: "mid-term check date",
    }
}
