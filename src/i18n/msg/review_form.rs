//! Messages of the `review_form` area (once the keys `rform.*`).

messages! {
    pub(crate) ADD_EXPERT_ELSEWHERE {
        zh: "增加专家只用于专家评审表 (:review)",
        en: "Add expert works in the expert review form (:review) only",
    }
    pub(crate) TITLE_ANY {
        zh: "专家评审",
        en: "Expert review",
    }
    pub(crate) TITLE_PANEL {
        zh: "{stage}专家评审",
        en: "Expert review: {stage}",
    }
    pub(crate) CMD_REVIEW {
        zh: "录入专家评审 (需求论证/评审推荐)",
        en: "Record an expert review (need validation / taker review)",
    }
    pub(crate) CMD_ADD_EXPERT {
        zh: "评审表: 增加一位专家",
        en: "Review form: add one more expert",
    }
    pub(crate) HINT_ADD_EXPERT {
        zh: "增加专家",
        en: "add expert",
    }
    pub(crate) S_MEETING {
        zh: "评审会",
        en: "Panel meeting",
    }
    pub(crate) S_EXPERT {
        zh: "专家 {n}",
        en: "Expert {n}",
    }
    pub(crate) S_CONCLUSION {
        zh: "评审结论",
        en: "Conclusion",
    }
    pub(crate) F_DATE {
        zh: "评审日期",
        en: "Date",
    }
    pub(crate) F_NAME {
        zh: "姓名",
        en: "Name",
    }
    pub(crate) F_UNIT {
        zh: "工作单位",
        en: "Work unit",
    }
    pub(crate) F_DECLARED {
        zh: "已签冲突声明",
        en: "Declared",
    }
    pub(crate) F_RECUSED {
        zh: "回避",
        en: "Recused",
    }
    pub(crate) F_SCORES {
        zh: "评分",
        en: "Scores",
    }
    pub(crate) F_COMMENTS {
        zh: "专家组意见",
        en: "Panel's opinion",
    }
    pub(crate) F_CONCLUSION {
        zh: "结论",
        en: "Conclusion",
    }
    pub(crate) F_RECOMMENDED {
        zh: "推荐揭榜方",
        en: "Recommended",
    }
    pub(crate) INFO_ORDER {
        zh: "评分依次为: {criteria} (每项0-100, 空格分隔, - 表示未评)",
        en: "Scores in order: {criteria} (0-100 each, space-separated, - not scored)",
    }
    pub(crate) INFO_ORDER_TAKERS {
        zh: "每个揭榜方一栏, 评分依次为: {criteria} (每项0-100, - 表示未评)",
        en: "One line per taker, scores in order: {criteria} (0-100 each, - not scored)",
    }
    pub(crate) INFO_PREFILLED {
        zh: "已按 {date} 的评审预填; 保存后记为新的评审, 取代原评审",
        en: "Prefilled from the review of {date}; saving records a new review that supersedes it",
    }
    pub(crate) P_NOT_A_SCORE {
        zh: "“{text}”不是分数",
        en: "\"{text}\" is not a score",
    }
    pub(crate) P_RANGE {
        zh: "分数 {value} 超出 0-100",
        en: "score {value} is outside 0-100",
    }
    pub(crate) P_COUNT {
        zh: "应有 {want} 项评分, 已填 {got} 项",
        en: "{want} scores wanted, {got} typed",
    }
    pub(crate) P_UNIT_MISSING {
        zh: "已填姓名, 须填工作单位",
        en: "named: the work unit is required",
    }
    pub(crate) P_UNNAMED {
        zh: "未填姓名, 此专家不会保存",
        en: "no name: this expert will not be saved",
    }
    pub(crate) P_NO_EXPERTS {
        zh: "至少填写一位专家",
        en: "name at least one expert",
    }
    pub(crate) P_CONFLICT {
        zh: "与{party}“{org}”同单位, 须回避",
        en: "same unit as the {party} \"{org}\": must recuse",
    }
    pub(crate) P_UNDECLARED {
        zh: "未签利益冲突声明, 推进时不予认可",
        en: "no conflict-of-interest declaration: not accepted when advancing",
    }
    pub(crate) P_PANEL_SMALL {
        zh: "计分专家 {count} 人, 少于 {min} 人",
        en: "{count} scoring experts, fewer than {min}",
    }
    pub(crate) NEWER_REVIEW {
        zh: "{by} 已于此期间录入同一环节的评审; 再按保存将以本评审取代之",
        en: "{by} recorded a review of this panel meanwhile; save again to supersede it with this one",
    }
}
