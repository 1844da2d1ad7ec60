//! Synthetic cases in any number, for benchmarks and load tests: word lists combined by a
//! seeded xorshift, so the same (n, seed, today) always gives the same cases. Dates are
//! placed relative to `today` so that every stage looks plausible (publicity running,
//! implementations due and overdue).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};

use crate::domain::{
    AchievementType, Case, Contact, Field, IpType, Kind, Objection, Org, OrgType, Stage, Taker,
    TakerStatus, Tranche, TrancheKind, Verdict, Yuan, case_id,
};

const CHARSET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// The GB 32100 check character for the first 17 characters of a credit code.
pub(crate) fn check_char(first17: &str) -> Option<char> {
    let mut sum = 0u32;
    let mut weight = 1u32;
    let mut count = 0;
    for b in first17.bytes() {
        let v = CHARSET.iter().position(|c| *c == b)? as u32;
        sum += v * weight;
        weight = weight * 3 % 31;
        count += 1;
    }
    if count != 17 {
        return None;
    }
    let c = (31 - sum % 31) % 31;
    Some(CHARSET[c as usize] as char)
}

/// True for an 18-character code whose last character is the right check character.
#[cfg(test)]
pub(crate) fn credit_code_ok(code: &str) -> bool {
    code.len() == 18
        && code.is_char_boundary(17)
        && check_char(&code[..17]) == code[17..].chars().next()
}

/// xorshift64*: tiny, fast and good enough to vary synthetic data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
}

/// The 12 leagues and cities (without the region itself), from the domain's table.
fn regions() -> &'static [(&'static str, &'static str)] {
    &crate::domain::region::REGIONS[1..]
}

const OUTSIDE: &[(&str, &str)] = &[
    ("北京市", "110108"),
    ("上海市", "310115"),
    ("西安市", "610113"),
    ("长沙市", "430104"),
    ("重庆市", "500106"),
    ("长春市", "220104"),
    ("天津市", "120116"),
];
const PLACE_WORDS: &[&str] = &[
    "北辰",
    "鹿城",
    "青城",
    "金桥",
    "红山",
    "松山",
    "科尔沁",
    "康巴什",
    "准格尔",
    "达拉特",
    "海拉尔",
    "河套",
    "集宁",
    "乌拉特",
    "锡林",
    "贺兰",
    "阴山",
    "大青山",
    "黄河",
    "草原",
    "北疆",
    "银河",
    "长城",
    "重山",
    "朝阳",
    "恒信",
    "华晟",
    "中科",
    "天骄",
    "蒙元",
];
const ENTERPRISE_SUFFIX: &[&str] = &[
    "科技有限公司",
    "新材料有限公司",
    "能源有限公司",
    "装备制造有限公司",
    "新能源股份有限公司",
    "环保技术有限公司",
];
const INSTITUTION_SUFFIX: &[&str] = &["技术研究院", "工程技术研究中心", "产业创新研究院", "大学"];
const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "郭", "何",
    "高", "林", "罗", "包", "白", "乌",
];
const GIVEN: &[&str] = &[
    "建国", "晓燕", "志强", "海涛", "静", "帆", "敏", "立新", "文斌", "桂兰", "鹏", "丽娜", "国庆",
    "晓东", "红梅", "峰", "雪", "宝柱", "日娜", "特尔", "木格", "金花",
];

/// Per field: technology words, objects, and what is done with them.
fn field_words(field: Field) -> (&'static [&'static str], &'static [&'static str]) {
    match field {
        Field::EnergyStorage => (
            &[
                "全钒液流",
                "磷酸铁锂",
                "钠离子",
                "压缩空气",
                "飞轮",
                "熔盐储热",
                "重力储能",
                "构网型",
            ],
            &[
                "电堆",
                "储能电站",
                "正极材料",
                "变流器",
                "热管理系统",
                "电池管理系统",
                "安全预警平台",
            ],
        ),
        Field::Graphene => (
            &[
                "晶质石墨",
                "鳞片石墨",
                "石墨烯",
                "等静压石墨",
                "球形石墨",
                "氧化石墨烯",
                "硅碳",
            ],
            &[
                "提纯工艺",
                "负极材料",
                "导热膜",
                "防腐涂料",
                "导电浆料",
                "双极板",
                "复合材料",
            ],
        ),
        Field::RareEarth => (
            &[
                "镧铈",
                "钕铁硼",
                "钐钴",
                "稀土储氢",
                "稀土催化",
                "稀土抛光",
                "稀土镁合金",
            ],
            &[
                "永磁体",
                "晶界扩散工艺",
                "脱硝催化剂",
                "储氢装置",
                "冶炼废渣",
                "抛光粉",
                "萃取分离",
            ],
        ),
        Field::Hydrogen => (
            &[
                "碱性电解",
                "PEM电解",
                "固体氧化物",
                "掺氢管道",
                "燃料电池",
                "液氢",
                "有机液体储氢",
            ],
            &[
                "电解槽",
                "催化剂",
                "重卡动力系统",
                "储氢瓶",
                "膜电极",
                "加氢站",
                "合成氨工艺",
            ],
        ),
        Field::Ccs => (
            &[
                "煤化工",
                "燃煤烟气",
                "咸水层",
                "二氧化碳加氢",
                "矿化",
                "膜法",
                "相变吸收",
            ],
            &[
                "捕集装置",
                "封存监测",
                "制甲醇",
                "建材",
                "吸收剂",
                "驱油封存",
                "管道输送",
            ],
        ),
    }
}
const ACTIONS_B: &[&str] = &[
    "关键技术攻关",
    "国产化替代攻关",
    "工程化技术研究",
    "性能提升技术攻关",
];
const ACTIONS_T: &[&str] = &["成果转化", "中试与产业化", "工程示范", "规模化应用"];

fn credit_code(rng: &mut Rng, enterprise: bool, division: &str) -> String {
    let mut s = String::with_capacity(18);
    s.push_str(if enterprise { "91" } else { "12" });
    s.push_str(division);
    if enterprise {
        s.push_str("MA");
    }
    while s.len() < 17 {
        s.push(*rng.pick(CHARSET) as char);
    }
    let c = check_char(&s).unwrap_or('0');
    s.push(c);
    s
}

fn org(rng: &mut Rng, enterprise: bool, in_region: bool, today: NaiveDate) -> Org {
    let (region, division) = if in_region {
        *rng.pick(regions())
    } else {
        *rng.pick(OUTSIDE)
    };
    let city = region.trim_end_matches('市');
    let suffix = if enterprise {
        rng.pick(ENTERPRISE_SUFFIX)
    } else {
        rng.pick(INSTITUTION_SUFFIX)
    };
    let name = format!("{city}{}{suffix}", rng.pick(PLACE_WORDS));
    let staff = rng.range(50, 3000) as u32;
    Org {
        address: format!("{region}科技路{}号", rng.range(1, 300)),
        registered_on: Some(today - Duration::days(rng.range(800, 9000))),
        region: region.to_string(),
        registered_capital: enterprise.then(|| Yuan::from_wan(rng.range(10, 600) * 100)),
        legal_rep: format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN)),
        staff_total: Some(staff),
        staff_bachelor: Some(staff / 2),
        staff_rd: Some(staff / 5),
        org_type: if enterprise {
            OrgType::TechEnterprise
        } else {
            *rng.pick(&[OrgType::University, OrgType::Institute, OrgType::NewRd])
        },
        credit_code: credit_code(rng, enterprise, division),
        contact: Contact {
            name: format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN)),
            title: "项目负责人".into(),
            mobile: format!(
                "1{}{:09}",
                rng.pick(&[3, 5, 7, 8, 9]),
                rng.below(1_000_000_000)
            ),
            email: format!("contact{}@example.com.cn", rng.below(100_000)),
        },
        name,
        ..Org::default()
    }
}

fn instant(day: NaiveDate, rng: &mut Rng) -> DateTime<Utc> {
    let secs = rng.range(3600, 9 * 3600) as u32;
    let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap_or(NaiveTime::MIN);
    day.and_time(time).and_utc()
}

/// `n` varied cases; deterministic for `(n, seed, today)`. Stages cycle so that any
/// `n ≥ 13` covers every stage.
pub fn generate(n: usize, seed: u64, today: NaiveDate) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    (0..n).map(|i| one(&mut rng, i, today)).collect()
}

/// What the stage-by-stage parts of one generated case share.
struct Shape {
    stage: Stage,
    /// 技术攻关 (breakthrough) rather than 成果转化.
    b: bool,
    /// The stage's place in the timeline; a terminated case counts as implementing.
    tl: i64,
    wan: i64,
    since: NaiveDate,
    today: NaiveDate,
    years: i64,
}

// The parts below draw from `rng` in a fixed order: reordering them changes every
// generated store for a given seed.
fn one(rng: &mut Rng, i: usize, today: NaiveDate) -> Case {
    let stage = Stage::ALL[i % Stage::ALL.len()];
    let field = Field::ALL[rng.below(5) as usize];
    let kind = if rng.chance(50) {
        Kind::Breakthrough
    } else {
        Kind::Transformation
    };
    let b = kind == Kind::Breakthrough;
    let day = |d: i64| today + Duration::days(d);

    let (tech, objects) = field_words(field);
    let action = rng.pick(if b { ACTIONS_B } else { ACTIONS_T });
    let name = format!("{}{}{action}", rng.pick(tech), rng.pick(objects));
    let (ent, inside) = (b || rng.chance(20), b || rng.chance(40));
    let issuer = org(rng, ent, inside, today);
    let pos = stage.position().unwrap_or(3) as i64;
    let created = day(-(pos * 40 + rng.range(3, 60)));
    let mut case = Case::new(
        case_id(created.year(), i as u64 + 1),
        kind,
        issuer,
        &name,
        instant(created, rng),
    );
    case.field = Some(field);
    case.stage = stage;
    let since = if pos >= 7 {
        day(-rng.range(1, 200))
    } else {
        day(-rng.range(0, 30)).max(created)
    };
    case.stage_since = Some(since);
    let wan = if b {
        rng.range(1000, 5000)
    } else {
        rng.range(300, 2000)
    };
    describe_achievement(&mut case, rng, (field, &name), b, wan);
    let shape = Shape {
        stage,
        b,
        tl: if stage == Stage::Terminated { 7 } else { pos },
        wan,
        since,
        today,
        years: if b { 3 } else { 2 },
    };
    add_takers(&mut case, rng, &shape);
    if shape.tl >= 2 {
        records::add_reviews(&mut case, created, shape.tl >= 5, i as u64);
    }
    if shape.tl == 6 {
        add_publicity(&mut case, rng, &shape);
    }
    if shape.tl >= 7 {
        add_agreement(&mut case, rng, &shape);
    }
    if matches!(stage, Stage::Accepting | Stage::Completed) {
        add_acceptance(&mut case, rng, &shape);
    }
    if stage == Stage::Terminated {
        add_termination(&mut case, since);
    }
    case.rev = pos as u64 + 1;
    case.updated_at = instant(since.max(created), rng).max(case.created_at);
    case
}

/// The achievement's type, IP, texts and investment, in words of its field.
fn describe_achievement(
    case: &mut Case,
    rng: &mut Rng,
    (field, name): (Field, &str),
    b: bool,
    wan: i64,
) {
    let (_, objects) = field_words(field);
    let a = &mut case.achievement;
    a.achievement_type = Some(AchievementType::CommonTech);
    a.owns_ip = Some(!b || rng.chance(50));
    a.ip_types = if b { vec![] } else { vec![IpType::Patent] };
    a.description = format!(
        "面向自治区{}产业需求，{name}。项目拟通过{}、{}等环节形成可推广的工程化方案，预计形成发明专利{}项，新增产值{}亿元。",
        field_label(field),
        rng.pick(objects),
        rng.pick(objects),
        rng.range(3, 20),
        rng.range(1, 12)
    );
    a.team = format!(
        "团队{}人，其中博士{}人，具备中试与工程化能力。",
        rng.range(10, 60),
        rng.range(2, 15)
    );
    a.suggested_period = if b { "3年" } else { "2年" }.into();
    a.estimated_investment = Some(Yuan::from_wan(wan));
}

/// One or two takers once the case is past applying; from selection on, the first won.
fn add_takers(case: &mut Case, rng: &mut Rng, s: &Shape) {
    let past_applying = s.tl >= 3 || s.stage == Stage::Rejected;
    if !past_applying {
        return;
    }
    let b = s.b;
    for k in 0..rng.range(1, 3) {
        let (ent, inside) = (!b || rng.chance(50), !b || rng.chance(40));
        let mut t = Taker {
            org: org(rng, ent, inside, s.today),
            applied_on: Some(s.since - Duration::days(rng.range(5, 40))),
            ..Taker::default()
        };
        if rng.chance(25) {
            let inside = rng.chance(50);
            t.consortium.push(org(rng, false, inside, s.today));
        }
        if s.tl >= 5 {
            t.status = if k == 0 {
                TakerStatus::Selected
            } else {
                TakerStatus::Eliminated
            };
        }
        case.takers.push(t);
    }
}

/// 揭榜公告: publicity running or just over, the period planned, nothing signed yet.
fn add_publicity(case: &mut Case, rng: &mut Rng, s: &Shape) {
    let start = s.today + Duration::days(-rng.range(0, 10));
    case.publicity.start = Some(start);
    if rng.chance(15) {
        case.publicity.objections.push(Objection {
            received: start,
            by: format!("{}{}（实名）", rng.pick(SURNAMES), rng.pick(GIVEN)),
            ..Objection::default()
        });
    }
    let plan_start = start + Duration::days(rng.range(20, 40));
    case.plan.start = Some(plan_start);
    case.plan.end = Some(period_end(plan_start, s.years, rng.range(0, 400)));
}

/// Implementing: the period started around entry; later stages: it has run its course.
/// Signed after publicity, with the money the kind of case brings.
fn add_agreement(case: &mut Case, rng: &mut Rng, s: &Shape) {
    let plan_start = if matches!(s.stage, Stage::Implementing | Stage::Terminated) {
        s.since - Duration::days(rng.range(0, 20))
    } else {
        s.since - Duration::days(s.years * 365 - rng.range(0, 200))
    };
    let publicity = plan_start - Duration::days(rng.range(30, 50));
    records::sign_after_publicity(case, publicity, rng.range(0, 3));
    case.plan.start = Some(plan_start);
    case.plan.end = Some(period_end(plan_start, s.years, rng.range(0, 200)));
    records::agreement_terms(case);
    let start = plan_start;
    if s.b {
        case.amounts.rd_investment = Some(Yuan::from_wan(s.wan));
        let first = start + Duration::days(rng.range(5, 30));
        if first + Duration::days(10) <= s.today {
            case.amounts.issuer_first_payment = Some(first);
            let cap = Yuan::from_wan(s.wan).percent(30).min(Yuan::from_wan(1000));
            case.tranches.push(Tranche {
                amount: Yuan(cap.0 / 2),
                date: first + Duration::days(10),
                kind: TrancheKind::PreFunding,
                ..Tranche::default()
            });
        }
    } else {
        case.amounts.funds_received = Some(Yuan::from_wan(s.wan));
    }
}

/// A qualified midterm and an acceptance; a passed transformation case has its subsidy.
fn add_acceptance(case: &mut Case, rng: &mut Rng, s: &Shape) {
    let (b, since, wan) = (s.b, s.since, s.wan);
    records::qualified_midterm(case);
    let passed = s.stage == Stage::Completed || rng.chance(60);
    case.acceptance.date = Some(since);
    case.acceptance.verdict = Some(if passed {
        Verdict::Passed
    } else {
        Verdict::Review
    });
    case.acceptance.completion_pct = Some(if passed { 100 } else { 80 });
    case.acceptance.benefit_verified = passed && !b;
    if passed && !b {
        case.acceptance.benefit = Some(Yuan::from_wan(wan).percent(60));
    }
    if passed && !b && s.stage == Stage::Completed {
        let cap = Yuan::from_wan(wan).percent(30).min(Yuan::from_wan(500));
        case.tranches.push(Tranche {
            amount: cap,
            date: (since + Duration::days(7)).min(s.today),
            kind: TrancheKind::PostSubsidy,
            ..Tranche::default()
        });
    }
}

/// Terminated by agreement; whatever subsidy was paid is recovered after an audit.
fn add_termination(case: &mut Case, since: NaiveDate) {
    let recovered = case.subsidy_paid();
    case.termination = Some(crate::domain::Termination {
        date: Some(since),
        reason: "中期检查发现技术路线不可行，经专家论证终止实施。".into(),
        recovered: Some(recovered),
        both_agreed: true,
        approved: true,
        audit_date: (recovered > Yuan::ZERO).then_some(since),
        audit_conclusion: if recovered > Yuan::ZERO {
            "专项审计确认已拨付财政科技资金的使用情况, 剩余资金予以收回。".into()
        } else {
            String::new()
        },
    });
    case.amounts.recovered = recovered;
}

/// The end of a period of `years` from `start` (inclusive), `short` days shorter.
fn period_end(start: NaiveDate, years: i64, short: i64) -> NaiveDate {
    let settings = crate::domain::rules::RuleSettings::default();
    let kind = if years == 3 {
        Kind::Breakthrough
    } else {
        Kind::Transformation
    };
    let latest = crate::domain::rules::latest_end(kind, start, &settings)
        .unwrap_or(start + Duration::days(years * 365 - 1));
    latest - Duration::days(short)
}

fn field_label(field: Field) -> &'static str {
    match field {
        Field::EnergyStorage => "储能",
        Field::Graphene => "石墨及石墨烯",
        Field::RareEarth => "稀土",
        Field::Hydrogen => "氢能",
        Field::Ccs => "碳捕集利用与封存",
    }
}

#[path = "generate_records.rs"]
mod records;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    #[test]
    fn check_character_matches_the_standard_example() {
        assert_eq!(check_char("91350100M000100Y4"), Some('3'));
        assert!(credit_code_ok("91350100M000100Y43"));
        assert!(!credit_code_ok("91350100M000100Y4Z"));
        assert!(!credit_code_ok("91350100M000100I43"));
    }

    #[test]
    fn generation_is_deterministic_and_covers_everything() {
        let a = generate(1000, 7, today());
        assert_eq!(a, generate(1000, 7, today()));
        assert_ne!(a, generate(1000, 8, today()));
        let stages: BTreeSet<_> = a.iter().map(|c| c.stage).collect();
        assert_eq!(stages.len(), Stage::ALL.len());
        let fields: BTreeSet<_> = a.iter().filter_map(|c| c.field).collect();
        assert_eq!(fields.len(), Field::ALL.len());
        let kinds: BTreeSet<_> = a.iter().map(|c| c.kind).collect();
        assert_eq!(kinds.len(), 2);
        let ids: BTreeSet<_> = a.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), a.len(), "ids must be unique");
    }

    #[test]
    fn generated_cases_are_plausible() {
        for c in generate(500, 1, today()) {
            assert!(
                credit_code_ok(&c.issuer.credit_code),
                "{}",
                c.issuer.credit_code
            );
            assert!(c.created_at <= c.updated_at, "{}", c.id);
            if let (Some(s), Some(e)) = (c.plan.start, c.plan.end) {
                assert!(s < e, "{}", c.id);
            }
            for t in &c.takers {
                assert!(credit_code_ok(&t.org.credit_code));
                assert_eq!(t.org.contact.mobile.len(), 11);
            }
            for tr in &c.tranches {
                assert_eq!(tr.kind, c.kind.tranche_kind(), "{}", c.id);
            }
        }
    }

    /// Generated stores load through the same rules as any import: no case is in breach.
    #[test]
    fn generated_cases_meet_every_rule() {
        use crate::domain::calendar::Calendar;
        use crate::domain::rules::{Blacklist, RuleContext, RuleSettings, check_case};
        let (calendar, blacklist) = (Calendar::bundled(), Blacklist::default());
        let settings = RuleSettings::default();
        let ctx = RuleContext {
            today: today(),
            calendar: &calendar,
            blacklist: &blacklist,
            settings: &settings,
        };
        let breaches: Vec<String> = generate(2000, 3, today())
            .iter()
            .flat_map(|c| {
                check_case(c, &ctx).into_iter().map(move |u| {
                    let text = u.message(crate::i18n::Lang::Zh);
                    format!("{} [{}] {text}", c.id, c.stage.id())
                })
            })
            .collect();
        assert!(
            breaches.is_empty(),
            "{}:\n{}",
            breaches.len(),
            breaches[..breaches.len().min(40)].join("\n")
        );
    }
}
