//! Messages of the `undo` area (once the keys `undo.*`).

messages! {
    pub(crate) NOTHING {
        zh: "{id} 没有可撤销的修改",
        en: "{id} has no change to undo",
    }
    pub(crate) BY_OTHER {
        zh: "不能撤销: {by} 于 {at} 修改了 {id}, 这是该项目最近一次修改; 只能撤销你自己的最后一次修改, 且其后无人改动",
        en: "Cannot undo: {by} changed {id} at {at}, the latest change to it; you can only undo your own last change while nobody has changed the case since",
    }
    pub(crate) NOT_UNDOABLE {
        zh: "不能撤销: 最近一次修改是{what}, 不可撤销",
        en: "Cannot undo: the latest change is {what}, which cannot be undone",
    }
    pub(crate) ACTION_NOTE {
        zh: "备注 (备注是记录的一部分, 请另加一条更正备注)",
        en: "a note (notes are part of the record: add a correcting note)",
    }
    pub(crate) ACTION_RESTORE {
        zh: "从备份恢复或修复",
        en: "a restore from backup or a repair",
    }
    pub(crate) ACTION_CREATE {
        zh: "新建或导入项目",
        en: "the case's creation or import",
    }
}
