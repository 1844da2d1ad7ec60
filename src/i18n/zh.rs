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
    // -- validate --
    // -- store --
    // -- search --
    (
        "search.filter.unknown_key",
        "无法识别筛选条件“{term}”：可用的条件有 {keys}",
    ),
    (
        "search.filter.unknown_value",
        "筛选条件“{term}”中没有名为“{value}”的{what}。可选：{accepted}",
    ),
    ("search.filter.did_you_mean", "是否要找：{list}？"),
    ("search.filter.key_stage", "阶段"),
    ("search.filter.key_field", "领域"),
    ("search.filter.key_kind", "项目类型"),
    ("search.filter.id_label", "{id}（{label}）"),
    ("search.filter.list_sep", "、"),
    ("search.filter.empty_value", "筛选条件“{term}”缺少取值"),
    ("search.filter.empty_negation", "“-”后面缺少要排除的条件"),
    (
        "search.filter.bad_number",
        "筛选条件“{term}”中的金额“{value}”无效：应为万元数，如 500万、1234.5",
    ),
    (
        "search.filter.bad_duration",
        "筛选条件“{term}”中的时长“{value}”无效：应为天数或周数，如 30d、7天、2w、2周",
    ),
    (
        "search.filter.missing_operator",
        "筛选条件“{term}”缺少比较符：<、<=、>、>=、=",
    ),
    (
        "search.filter.unexpected_operator",
        "筛选条件“{term}”不能比较大小，请写成“键:取值”",
    ),
    (
        "search.filter.unterminated_quote",
        "筛选条件“{term}”的引号没有闭合",
    ),
    // -- io --
    // -- app --
    // -- cli --
    // -- tui --
    // -- form --
];
