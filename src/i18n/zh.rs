//! The Chinese table. Keep keys grouped by area; add new keys at your area's marker.

pub static TABLE: &[(&str, &str)] = &[
    // -- vocab --
    ("kind.breakthrough", "技术攻关类"),
    ("kind.transformation", "成果转化类"),
    ("field.energy_storage", "大规模储能"),
    ("field.graphene", "石墨烯"),
    ("field.rare_earth", "稀土"),
    ("field.hydrogen", "氢能"),
    ("field.ccs", "碳捕集封存"),
    ("org_type.university", "高校"),
    ("org_type.institute", "科研机构"),
    ("org_type.new_rd", "新型研发机构"),
    ("org_type.tech_enterprise", "科技型企业"),
    ("org_type.other", "其他"),
    ("achievement_type.public_welfare", "社会公益性"),
    ("achievement_type.common_tech", "行业共性技术"),
    ("ip_type.patent", "专利权"),
    ("ip_type.trademark", "商标权"),
    ("ip_type.copyright", "版权(著作权)"),
    ("ip_type.geo_indication", "原产地名称(地理标志)"),
    ("ip_type.plant_variety", "植物新品种"),
    ("ip_type.trade_secret", "商业秘密"),
    ("ip_type.other", "其他知识产权"),
    ("stage.collecting", "需求征集"),
    ("stage.validating", "需求论证"),
    ("stage.published", "发布榜单"),
    ("stage.applying", "揭榜申报"),
    ("stage.reviewing", "评审推荐"),
    ("stage.matching", "组织对接"),
    ("stage.announcing", "揭榜公告"),
    ("stage.implementing", "项目实施"),
    ("stage.accepting", "验收"),
    ("stage.completed", "结项"),
    ("stage.rejected", "未通过"),
    ("stage.withdrawn", "撤回"),
    ("stage.terminated", "终止"),
    ("tranche_kind.pre_funding", "前资助"),
    ("tranche_kind.post_subsidy", "后补助"),
    ("taker_status.applied", "已申报"),
    ("taker_status.recommended", "拟推荐"),
    ("taker_status.selected", "已确定"),
    ("taker_status.eliminated", "已淘汰"),
    ("verdict.passed", "通过"),
    ("verdict.review", "需要复议"),
    ("verdict.failed", "不通过"),
    // -- rules --
    // -- calendar --
    ("calendar.err.syntax", "节假日表格式错误: {detail}"),
    (
        "calendar.err.year_key",
        "节假日表: 「{key}」不是年份, 每年一节, 如 [2027]",
    ),
    (
        "calendar.err.not_a_table",
        "节假日表 {year} 年: 应为一节, 含 notice 与 holidays",
    ),
    (
        "calendar.err.entry",
        "节假日表 {year} 年「{entry}」: {problem}",
    ),
    (
        "calendar.err.entry_not_table",
        "每个假期应写作一行内联表, 含 name, from, to, 可选 work",
    ),
    ("calendar.err.missing_name", "缺少节日名称 name"),
    (
        "calendar.err.bad_date",
        "{key} 应为日期 YYYY-MM-DD (现为 {value})",
    ),
    (
        "calendar.err.from_after_to",
        "开始日期 from 晚于结束日期 to",
    ),
    ("calendar.err.too_long", "假期长达 {days} 天, 请核对日期"),
    ("calendar.err.outside_year", "日期 {date} 不在本年度内"),
    (
        "calendar.err.workday_not_weekend",
        "调休上班日 {date} 不是周六或周日",
    ),
    (
        "calendar.err.workday_far",
        "调休上班日 {date} 离该假期超过一个月, 请核对",
    ),
    (
        "calendar.err.unknown_key",
        "无法识别的项 {key} (可用 name, from, to, work)",
    ),
    // -- validate --
    // -- store --
    // -- search --
    // -- io --
    // -- app --
    // -- cli --
    // -- tui --
    // -- form --
];
