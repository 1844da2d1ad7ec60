//! Messages of the `drafts` area (once the keys `drafts.*`).

messages! {
    pub(crate) HELD {
        zh: "正在另一窗口编辑 (自 {since})",
        en: "being edited in another window since {since}",
    }
    pub(crate) BODY_HELD {
        zh: "以下表单正在你的另一窗口中编辑, 接管后那个窗口不再保存它:",
        en: "These forms are open in another window of yours; taking one over stops that window saving it:",
    }
    pub(crate) HELD_WRITE {
        zh: "此草稿正在另一窗口编辑 (自 {since})，本窗口的修改未存为草稿；关闭此表单，或在启动时的草稿列表中接管",
        en: "This draft is being edited in another window since {since}; this window's changes are not kept as a draft. Close this form, or take the draft over from the draft list at start",
    }
    pub(crate) TAKE_CONFIRM {
        zh: "此草稿正在另一窗口编辑 (自 {since})。再按 Enter 接管，另一窗口将不再保存它",
        en: "Being edited in another window since {since}. Press Enter again to take it over; that window stops saving it",
    }
}
