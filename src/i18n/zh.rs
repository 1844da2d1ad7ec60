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
    (
        "store.err.not_found",
        "没有编号为 {id} 的项目。请用 jiebang list 查看现有编号。",
    ),
    (
        "store.err.stale",
        "项目 {id} 已被 {by} 于 {at} 修改（您基于第 {expected} 版，当前为第 {actual} 版）。请刷新后查看其改动，再重新操作。",
    ),
    (
        "store.err.busy",
        "数据库正被其他人写入，稍候未能完成。请稍后重试。",
    ),
    (
        "store.err.read_only",
        "数据库以只读方式打开，不能修改。请去掉只读选项，或请管理员授予写权限。",
    ),
    (
        "store.err.missing",
        "找不到数据库 {path}。请用 jiebang init 创建，或用 --db 指定正确的文件。",
    ),
    (
        "store.err.not_a_store",
        "{path} 不是揭榜数据库（{detail}），文件未作任何改动。请用 --db 指定正确的文件。",
    ),
    (
        "store.err.newer_schema",
        "{path} 由更新版本的 jiebang 写入（数据格式 {found}，本程序支持 {supported}），文件未作改动。请升级 jiebang。",
    ),
    (
        "store.err.corrupt",
        "数据库 {path} 已损坏（{detail}），文件未作改动。请用 jiebang restore 从备份恢复，并联系管理员。",
    ),
    (
        "store.err.audit_broken",
        "{path} 的审计记录在第 {seq} 条处断裂（{reason}）。记录可能被篡改；请保留该文件并联系管理员，必要时从备份恢复。",
    ),
    (
        "store.err.permission",
        "无权访问 {path}（{detail}）。请检查文件权限，或请管理员把您加入共享用户组。",
    ),
    (
        "store.err.io",
        "读写 {path} 出错（{detail}）。请检查磁盘空间与文件系统后重试。",
    ),
    (
        "store.err.duplicate",
        "项目 {id} 已存在，导入未写入任何数据。请去掉重复的项目后重新导入。",
    ),
    ("store.err.rejected", "操作被拒绝：{why}"),
    // -- search --
    // -- io --
    // -- app --
    // -- cli --
    // -- tui --
    // -- form --
];
