//! Messages of the `goto` area (once the keys `goto.*`).

messages! {
    pub(crate) CMD {
        zh: "按编号打开项目 (JB-2026-0058 或 0058)",
        en: "Open a case by its id (JB-2026-0058 or 0058)",
    }
    pub(crate) ARG {
        zh: "编号",
        en: "id",
    }
    pub(crate) NONE {
        zh: "没有编号为 {id} 的项目",
        en: "No case has the id {id}",
    }
    pub(crate) SEVERAL {
        zh: "编号 {id} 对应多个项目: {ids}，请输入完整编号",
        en: "{id} names several cases: {ids}; type the whole id",
    }
    pub(crate) HIDDEN {
        zh: "该项目不在当前筛选结果中，已直接打开",
        en: "That case is outside the current filter; opened it directly",
    }
}
