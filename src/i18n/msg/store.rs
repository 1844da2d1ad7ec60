//! Messages of the `store` area (once the keys `store.*`).

messages! {
    pub(crate) ERR_UNCLEAN {
        zh: "{path} 上次未正常关闭（有进程被强行终止），须以读写方式打开一次才能恢复。请去掉 --read-only 运行 jiebang list 一次，或等正在使用的同事打开它。",
        en: "{path} was not closed cleanly (a process was killed); it must be opened once read-write to recover. Run jiebang list without --read-only once, or wait until a colleague has it open.",
    }
    pub(crate) ERR_NOT_FOUND {
        zh: "没有编号为 {id} 的项目。请用 jiebang list 查看现有编号。",
        en: "There is no case {id}. Run jiebang list to see the existing ids.",
    }
    pub(crate) ERR_STALE {
        zh: "项目 {id} 已被 {by} 于 {at} 修改（您基于第 {expected} 版，当前为第 {actual} 版）。请刷新后查看其改动，再重新操作。",
        en: "Case {id} was changed by {by} at {at} (you started from revision {expected}, it is now {actual}). Refresh, review the changes, then try again.",
    }
    pub(crate) ERR_BUSY {
        zh: "数据库正被其他人写入，稍候未能完成。请稍后重试。",
        en: "The store is busy with another officer's write. Try again in a moment.",
    }
    pub(crate) ERR_READ_ONLY {
        zh: "数据库以只读方式打开，不能修改。请去掉只读选项，或请管理员授予写权限。",
        en: "The store was opened read-only. Drop the read-only option or ask an administrator for write access.",
    }
    pub(crate) ERR_MISSING {
        zh: "找不到数据库 {path}。请用 jiebang init 创建，或用 --db 指定正确的文件。",
        en: "No store at {path}. Create one with jiebang init, or point --db at the right file.",
    }
    pub(crate) ERR_NOT_A_STORE {
        zh: "{path} 不是揭榜数据库（{detail}），文件未作任何改动。请用 --db 指定正确的文件。",
        en: "{path} is not a jiebang store ({detail}); it was left untouched. Point --db at the right file.",
    }
    pub(crate) ERR_NEWER_SCHEMA {
        zh: "{path} 由更新版本的 jiebang 写入（数据格式 {found}，本程序支持 {supported}），文件未作改动。请升级 jiebang。",
        en: "{path} was written by a newer jiebang (schema {found}, this one reads {supported}); it was left untouched. Upgrade jiebang.",
    }
    pub(crate) ERR_CORRUPT {
        zh: "数据库 {path} 已损坏（{detail}），文件未作改动。请用 jiebang restore 从备份恢复，并联系管理员。",
        en: "The store {path} is damaged ({detail}); it was left untouched. Restore it from a backup with jiebang restore and tell your administrator.",
    }
    pub(crate) ERR_AUDIT_BROKEN {
        zh: "{path} 的审计记录在第 {seq} 条处断裂（{reason}）。记录可能被篡改；请保留该文件并联系管理员，必要时从备份恢复。",
        en: "The audit trail of {path} is broken at event {seq} ({reason}). It may have been tampered with: keep the file, tell your administrator, restore from a backup if needed.",
    }
    pub(crate) ERR_PERMISSION {
        zh: "无权访问 {path}（{detail}）。请检查文件权限，或请管理员把您加入共享用户组。",
        en: "Permission denied on {path} ({detail}). Check the file's permissions or ask an administrator to add you to the shared group.",
    }
    pub(crate) ERR_IO {
        zh: "读写 {path} 出错（{detail}）。请检查磁盘空间与文件系统后重试。",
        en: "Reading or writing {path} failed ({detail}). Check the disk space and file system, then try again.",
    }
    pub(crate) ERR_DUPLICATE {
        zh: "项目 {id} 已存在，导入未写入任何数据。请去掉重复的项目后重新导入。",
        en: "Case {id} already exists; nothing was imported. Remove the duplicate and import again.",
    }
    pub(crate) ERR_REJECTED {
        zh: "操作被拒绝：{why}",
        en: "Refused: {why}",
    }
    pub(crate) ERR_DAMAGED {
        zh: "项目 {id} 的数据已损坏（{table}校验不符，{path}），已拒绝读取；其他项目不受影响。请运行 jiebang audit verify --repair 按审计记录重建，或从备份恢复。",
        en: "Case {id} is damaged (a {table} fails its checksum, {path}) and was not read; other cases are unaffected. Run jiebang audit verify --repair to rebuild it from its history, or restore a backup.",
    }
    pub(crate) ERR_RESTORED {
        zh: "数据库已于 {at} 由 {by} 从备份恢复，本次修改未保存。已重新打开恢复后的数据，请查看后重新操作。",
        en: "The store was restored at {at} by {by}; your change was not saved. The restored store is open now: review it and do the change again.",
    }
    pub(crate) ERR_REPLACED {
        zh: "{path} 已被另一个文件替换，本次修改未保存。请退出后重新打开。",
        en: "{path} was replaced by another file; your change was not saved. Quit and open it again.",
    }
    pub(crate) ERR_TOO_MANY {
        zh: "项目 {id} 的{what}将达到 {count} 条，超过上限 {max} 条，未写入任何数据。请删减后重试。",
        en: "Case {id}: {what} would reach {count}, over the limit of {max}; nothing was written. Remove some and try again.",
    }
    pub(crate) DAMAGED_ROW {
        zh: "⚠ 数据已损坏（{id}），请运行 jiebang audit verify --repair",
        en: "⚠ damaged ({id}): run jiebang audit verify --repair",
    }
    pub(crate) TABLE_CASES {
        zh: "项目记录",
        en: "case row",
    }
    pub(crate) TABLE_SUMMARIES {
        zh: "列表摘要",
        en: "list row",
    }
    pub(crate) TABLE_NOTES {
        zh: "备注记录",
        en: "note row",
    }
    pub(crate) LIST_NOTES {
        zh: "备注",
        en: "notes",
    }
    pub(crate) LIST_TAKERS {
        zh: "揭榜方",
        en: "takers",
    }
    pub(crate) LIST_CONSORTIUM {
        zh: "联合体成员",
        en: "consortium members",
    }
    pub(crate) LIST_TRANCHES {
        zh: "资助拨付",
        en: "subsidy tranches",
    }
    pub(crate) LIST_EXTENSIONS {
        zh: "延期",
        en: "extensions",
    }
    pub(crate) LIST_REVIEWS {
        zh: "评审",
        en: "reviews",
    }
    pub(crate) LIST_OBJECTIONS {
        zh: "异议",
        en: "objections",
    }
    pub(crate) LIST_IP_TYPES {
        zh: "知识产权类型",
        en: "IP types",
    }
}
