//! Messages of the `dayc` area (once the keys `dayc.*`).

messages! {
    pub(crate) CMD_MARK_ALL {
        zh: "标记列表中显示的全部项目",
        en: "Mark every case the list shows",
    }
    pub(crate) CMD_COPY_ID {
        zh: "复制项目编号到剪贴板 (OSC 52, SSH 下也可用)",
        en: "Copy the case id to the clipboard (OSC 52, works over SSH)",
    }
    pub(crate) CMD_COPY_ROW {
        zh: "复制整行到剪贴板 (制表符分隔, 可贴入表格)",
        en: "Copy the row to the clipboard (tab-separated, pastes into a sheet)",
    }
    pub(crate) CMD_UNDO {
        zh: "撤销我对该项目的最后一次修改 (其后无人改动时; 记入审计)",
        en: "Undo my last change to the case (while nobody changed it since; audited)",
    }
    pub(crate) UNDO_DONE {
        zh: "已撤销 {count} 项修改 (作为新的修改记入历史)",
        en: "Undid {count} change(s) (recorded in the history as a new change)",
    }
    pub(crate) COPY_DONE {
        zh: "已复制到剪贴板: {what}",
        en: "Copied to the clipboard: {what}",
    }
    pub(crate) COPY_ROW {
        zh: "{id} 整行",
        en: "the row of {id}",
    }
    pub(crate) COPY_TOO_LONG {
        zh: "内容过长, 终端剪贴板最多接受 {max} 字节",
        en: "Too long: the terminal's clipboard takes at most {max} bytes",
    }
    pub(crate) CMD_COLUMNS {
        zh: "选择并排列列表的列 (保存到 config.toml)",
        en: "Choose and order the list's columns (saved in config.toml)",
    }
    pub(crate) CMD_MOVE_ITEM_UP {
        zh: "把所选的列上移",
        en: "Move the column up",
    }
    pub(crate) CMD_MOVE_ITEM_DOWN {
        zh: "把所选的列下移",
        en: "Move the column down",
    }
    pub(crate) CTX_COLUMNS {
        zh: "列设置",
        en: "Columns",
    }
    pub(crate) COLUMNS_TITLE {
        zh: "列表的列",
        en: "List columns",
    }
    pub(crate) COLUMNS_HELP {
        zh: "{toggle} 显示/隐藏  {down}/{up} 下移/上移  {save} 保存 (编号列始终显示)",
        en: "{toggle} show/hide  {down}/{up} move down/up  {save} save (the id always shows)",
    }
    pub(crate) COLUMNS_SAVED {
        zh: "列设置已保存到 {path}",
        en: "Columns saved to {path}",
    }
    pub(crate) COLUMNS_TOO_FEW {
        zh: "至少要显示两列, 未保存",
        en: "Show at least two columns; nothing saved",
    }
    pub(crate) COLUMNS_BAD_CONFIG {
        zh: "config.toml 中 columns 有未知的列: {name}",
        en: "config.toml: unknown column in columns: {name}",
    }
    pub(crate) MARKED_ALL {
        zh: "已标记 {count} 项",
        en: "{count} marked",
    }
    pub(crate) HELP_BY_TASK {
        zh: "按任务",
        en: "By task",
    }
    pub(crate) HELP_BY_SCREEN {
        zh: "按界面 (全部键位)",
        en: "By screen (every key)",
    }
    pub(crate) TASK_TRIAGE {
        zh: "日常处理: 标记, 经办, 备注, 复制, 撤销",
        en: "Triage: mark, assign, note, copy, undo",
    }
    pub(crate) TASK_FIND {
        zh: "查找: 搜索, 筛选, 排序, 视图",
        en: "Find: search, filter, sort, views",
    }
    pub(crate) TASK_MOVE {
        zh: "推进: 阶段前进与退回",
        en: "Move: advance and move back",
    }
    pub(crate) TASK_ENTER {
        zh: "录入: 征集表与各类登记",
        en: "Enter: the application form and the records",
    }
    pub(crate) TASK_OUTPUTS {
        zh: "办公产出: 导出, 共享视图",
        en: "Office outputs: export, shared views",
    }
    pub(crate) TASK_NAVIGATE {
        zh: "浏览: 移动, 打开, 返回",
        en: "Navigate: move, open, go back",
    }
    pub(crate) TASK_TYPING {
        zh: "输入框编辑",
        en: "Editing a one-line input",
    }
    pub(crate) HELP_CLI_OUTPUTS {
        zh: "命令行另有: jiebang publish bangdan (榜单) | publish gongshi (公示) | report (报表) | digest (每日提要)",
        en: "On the command line: jiebang publish bangdan (榜单) | publish gongshi (公示) | report | digest",
    }
}
