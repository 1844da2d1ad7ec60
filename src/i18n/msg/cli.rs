//! Messages of the `cli` area (once the keys `cli.*`).

messages! {
    pub(crate) BAD_CONFIG {
        zh: "配置文件有误",
        en: "The config file is malformed",
    }
    pub(crate) INIT_DONE {
        zh: "已建立数据库 {path}",
        en: "Store ready at {path}",
    }
    pub(crate) DEMO_DONE {
        zh: "已载入 {n} 个项目到 {path}",
        en: "Loaded {n} cases into {path}",
    }
    pub(crate) NOTE_DONE {
        zh: "已添加备注: {id} (rev {rev})",
        en: "Note added: {id} (rev {rev})",
    }
    pub(crate) SET_SYNTAX {
        zh: "参数应为 路径=值, 如 plan.start=2026-12-01: {arg}",
        en: "Expected PATH=VALUE, e.g. plan.start=2026-12-01: {arg}",
    }
    pub(crate) SAVED {
        zh: "已保存 {id} (rev {rev})",
        en: "Saved {id} (rev {rev})",
    }
    pub(crate) TRANCHE_DONE {
        zh: "已记录补助: {id}, 累计 {paid} 万元",
        en: "Tranche recorded: {id}, {paid} 万元 paid in total",
    }
    pub(crate) AUDIT_BROKEN {
        zh: "审计链在第 {seq} 条事件处断开: {reason}",
        en: "Audit chain broken at event #{seq}: {reason}",
    }
    pub(crate) AUDIT_OK {
        zh: "审计链完整: {n} 条事件",
        en: "Audit chain intact: {n} events",
    }
    pub(crate) BLACKLIST_DONE {
        zh: "联合惩戒名单已更新: {n} 条",
        en: "Blacklist replaced: {n} entries",
    }
    pub(crate) BACKUP_DONE {
        zh: "已备份到 {path}",
        en: "Backed up to {path}",
    }
    pub(crate) RESTORE_CONFIRM {
        zh: "将用备份替换 {path}, 其他人应先退出。继续?",
        en: "This replaces {path} with the backup; others should quit first. Continue?",
    }
    pub(crate) RESTORE_CANCELLED {
        zh: "已取消恢复",
        en: "Restore cancelled",
    }
    pub(crate) RESTORE_DONE {
        zh: "已从备份恢复 {path}",
        en: "Restored {path} from the backup",
    }
    pub(crate) RESTORE_COUNTS {
        zh: "恢复后共 {cases} 个项目；{renumbered} 个备份后改动过的项目已换新版本号",
        en: "{cases} cases after the restore; {renumbered} changed since the backup got a new revision",
    }
    pub(crate) REPAIR_NONE {
        zh: "没有需要重建的数据",
        en: "Nothing to rebuild",
    }
    pub(crate) REPAIR_DONE {
        zh: "已按审计记录重建 {n} 个项目：{ids}",
        en: "Rebuilt {n} cases from the audit trail: {ids}",
    }
    pub(crate) CANNOT_READ {
        zh: "无法读取 {path}: {detail}",
        en: "Cannot read {path}: {detail}",
    }
    pub(crate) NOT_A_FILE {
        zh: "{path} 不是普通文件",
        en: "{path} is not a regular file",
    }
    pub(crate) FILE_TOO_LARGE {
        zh: "{path} 超过 {max}, 未导入",
        en: "{path} is larger than {max}; nothing imported",
    }
    pub(crate) IMPORT_DRY {
        zh: "检查通过: 可导入 {n} 个项目 (未写入)",
        en: "Check passed: {n} cases would be imported (nothing written)",
    }
    pub(crate) IMPORT_DONE {
        zh: "已导入 {n} 个项目",
        en: "Imported {n} cases",
    }
    pub(crate) MOVED {
        zh: "{id} 已进入 {stage} (rev {rev})",
        en: "{id} is now at {stage} (rev {rev})",
    }
    pub(crate) UNKNOWN_STAGE {
        zh: "未知阶段 {value}; 可用: {ids}",
        en: "Unknown stage {value}; use one of: {ids}",
    }
    pub(crate) BAD_AMOUNT {
        zh: "金额 {value} 无效: 以万元填写, 最多4位小数, 如 960 或 12.5",
        en: "Amount {value} is not valid: give 万元 with up to 4 decimals, e.g. 960 or 12.5",
    }
    pub(crate) BAD_DATE {
        zh: "日期 {value} 无效: 应为 2026-11-26 或 20261126",
        en: "Date {value} is not valid: use 2026-11-26 or 20261126",
    }
    pub(crate) BAD_FORMAT {
        zh: "格式 {value} 不支持; 可用: {allowed}",
        en: "Format {value} is not supported; use {allowed}",
    }
    pub(crate) LIST_COUNT {
        zh: "共 {n} / {total} 个项目",
        en: "{n} of {total} cases",
    }
    pub(crate) DANGLING_STORE {
        zh: "{path} 是指向不存在的 {target} 的符号链接; 请修正该链接, 或用 --db 指定数据库",
        en: "{path} is a symbolic link to {target}, which does not exist; fix the link or pass the store with --db",
    }
}
