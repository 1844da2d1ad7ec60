//! An in-memory store of realistic cases with the behaviour the UI relies on: revision
//! checks (stale writes refused with who and when), guards that refuse with articles, a
//! change counter bumped by every write, shared saved views.

use jiebang::app::ui::text::Shown;
use std::cell::RefCell;

mod backend;
pub mod records;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use jiebang::app::ui::backend::{HistoryLine, SavedView, Unmet, WriteError};
use jiebang::domain::{
    Case, Field, Kind, Org, Stage, Taker, TakerStatus, Tranche, TrancheKind, Yuan,
};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// 10:42 in Shanghai on `today()`.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 2, 42, 0).unwrap()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn working(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Last day of `n` working days from `start` (weekends only: enough for a fixture).
pub fn period_end(start: NaiveDate, n: u32) -> NaiveDate {
    let mut day = start;
    let mut left = n;
    loop {
        if working(day) {
            left -= 1;
            if left == 0 {
                return day;
            }
        }
        day += Duration::days(1);
    }
}

struct Store {
    cases: Vec<Case>,
    history: Vec<(String, HistoryLine)>,
    counter: u64,
    views: Vec<SavedView>,
    last_change: Vec<(String, String, DateTime<Utc>, String)>,
    exports: Vec<(String, Vec<String>)>,
    drafts: Vec<jiebang::app::ui::DraftRow>,
}

pub struct Fixture {
    store: RefCell<Store>,
    pub user: String,
}

#[allow(clippy::too_many_arguments)]
fn case(
    seq: u64,
    name: &str,
    field: Option<Field>,
    kind: Kind,
    stage: Stage,
    issuer: &str,
    region: &str,
    taker: Option<&str>,
) -> Case {
    let mut org = Org::named(issuer);
    org.region = region.into();
    org.credit_code = "91150100MA0N000000".into();
    let mut c = Case::new(
        format!("JB-2026-{seq:04}"),
        kind,
        org,
        name,
        Utc.with_ymd_and_hms(2026, 3, 1, 1, 0, 0).unwrap(),
    );
    c.field = field;
    c.stage = stage;
    c.rev = 3;
    c.updated_at = Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap();
    if let Some(t) = taker {
        let mut o = Org::named(t);
        o.credit_code = "12610000MB0000000X".into();
        c.takers.push(Taker {
            org: o,
            status: TakerStatus::Selected,
            ..Taker::default()
        });
    }
    c.achievement.estimated_investment = Some(Yuan::from_wan(500 + seq as i64 * 100));
    c
}

impl Fixture {
    pub fn demo() -> Fixture {
        use Field::*;
        use Kind::*;
        use Stage::*;
        let mut cases = vec![
            case(
                1,
                "百兆瓦时级全钒液流电堆提功率降成本",
                Some(EnergyStorage),
                Breakthrough,
                Implementing,
                "鄂尔多斯某储能科技有限公司",
                "鄂尔多斯市",
                Some("大连某化学物理研究所"),
            ),
            case(
                2,
                "高寒地区磷酸铁锂储能电站热管理与安全预警",
                Some(EnergyStorage),
                Transformation,
                Applying,
                "呼伦贝尔某能源有限公司",
                "呼伦贝尔市",
                None,
            ),
            case(
                3,
                "晶质石墨无氢氟酸提纯",
                Some(Graphene),
                Transformation,
                Reviewing,
                "乌兰察布某石墨新材料有限公司",
                "乌兰察布市",
                None,
            ),
            case(
                4,
                "石墨烯硅碳复合负极",
                Some(Graphene),
                Breakthrough,
                Validating,
                "兴安盟某新材料有限公司",
                "兴安盟",
                None,
            ),
            case(
                12,
                "兆瓦级碱性电解槽宽功率适应技术",
                Some(Hydrogen),
                Breakthrough,
                Announcing,
                "鄂尔多斯某能源集团有限公司",
                "鄂尔多斯市",
                Some("清华某研究院"),
            ),
            case(
                13,
                "掺氢长输管道氢脆评价",
                Some(Hydrogen),
                Breakthrough,
                Matching,
                "内蒙古某管网有限公司",
                "呼和浩特市",
                Some("西安某大学"),
            ),
            case(
                21,
                "矿用燃料电池重卡低温冷启动",
                Some(Hydrogen),
                Transformation,
                Implementing,
                "包头某矿业物流公司",
                "包头市",
                Some("北京某氢能科技公司"),
            ),
            case(
                30,
                "PEM电解低铱催化剂",
                Some(Hydrogen),
                Transformation,
                Announcing,
                "某大学",
                "呼和浩特市",
                Some("内蒙古某氢能装备有限公司"),
            ),
            case(
                44,
                "高丰度镧铈永磁在工业电机中的应用",
                Some(RareEarth),
                Transformation,
                Validating,
                "包头某稀土永磁材料有限公司",
                "包头市",
                None,
            ),
            case(
                51,
                "稀土冶炼废渣资源化",
                Some(RareEarth),
                Breakthrough,
                Published,
                "包头稀土研究院",
                "包头市",
                None,
            ),
            case(
                60,
                "煤化工高浓度二氧化碳提纯与咸水层封存监测",
                Some(Ccs),
                Breakthrough,
                Completed,
                "鄂尔多斯某煤化工有限公司",
                "鄂尔多斯市",
                Some("中国某大学"),
            ),
            case(
                61,
                "二氧化碳加氢制甲醇",
                Some(Ccs),
                Transformation,
                Accepting,
                "长沙某化工设计院",
                "湖南省长沙市",
                Some("重庆某大学"),
            ),
            case(
                70,
                "燃煤烟气相变吸收剂",
                None,
                Breakthrough,
                Collecting,
                "赤峰某热电有限公司",
                "赤峰市",
                None,
            ),
            case(
                71,
                "稀土基脱硝催化剂",
                Some(RareEarth),
                Transformation,
                Withdrawn,
                "包头某环保科技公司",
                "包头市",
                None,
            ),
        ];
        // Details that make guards pass or fail, and deadlines fall due.
        cases[0].plan.end = Some(d(2026, 10, 31));
        cases[0].amounts.rd_investment = Some(Yuan::from_wan(3200));
        cases[0].tranches.push(Tranche {
            amount: Yuan::from_wan(600),
            date: d(2026, 5, 10),
            kind: TrancheKind::PreFunding,
            ..Tranche::default()
        });
        cases[2].takers.push(Taker {
            org: Org::named("中南某大学"),
            ..Taker::default()
        });
        cases[3].issuer.credit_code.clear();
        cases[4].publicity.start = Some(d(2026, 11, 20));
        cases[5].takers[0].org.credit_code.clear();
        cases[6].plan.end = Some(d(2027, 5, 31));
        cases[6].amounts.funds_received = Some(Yuan::from_wan(1200));
        cases[7].publicity.start = Some(d(2026, 11, 16));
        cases[7].plan.agreement_signed = Some(d(2026, 11, 18));
        cases[7].plan.task_book_signed = Some(d(2026, 11, 19));
        cases[11].updated_at = Utc.with_ymd_and_hms(2026, 10, 1, 2, 0, 0).unwrap();
        cases[12].updated_at = Utc.with_ymd_and_hms(2026, 9, 1, 2, 0, 0).unwrap();
        // 经办人: zhangsan (the harness's user) has an overdue implementation (0001), a
        // publicity ending soon (0012), one case not yet pressing (0003, 0021) and a
        // stale but withdrawn one (0071); lisi has the stale 0070.
        for i in [0, 2, 4, 6, 13] {
            cases[i].officer = "zhangsan".into();
        }
        cases[12].officer = "lisi".into();
        cases[1].achievement.description =
            "针对高寒地区储能电站冬季低温运行问题，研究电池热管理与安全预警。".into();
        records::add(&mut cases);
        let history = vec![(
            "JB-2026-0013".to_string(),
            HistoryLine {
                at: Utc.with_ymd_and_hms(2026, 11, 20, 2, 2, 0).unwrap(),
                who: Shown::new("zhangsan"),
                what: Shown::new("评审推荐 -> 组织对接"),
            },
        )];
        Fixture {
            store: RefCell::new(Store {
                cases,
                history,
                counter: 100,
                views: vec![
                    SavedView {
                        name: "逾期".into(),
                        query: "overdue".into(),
                    },
                    SavedView {
                        name: "公示中".into(),
                        query: "stage:announcing".into(),
                    },
                    SavedView {
                        name: "待我处理".into(),
                        query: "stage:reviewing".into(),
                    },
                ],
                last_change: Vec::new(),
                exports: Vec::new(),
                drafts: Vec::new(),
            }),
            user: "zhangsan".into(),
        }
    }

    /// The demo cases plus `n` generated ones (for the cost of drawing a large store).
    pub fn many(n: usize) -> Fixture {
        let f = Fixture::demo();
        {
            let mut s = f.store.borrow_mut();
            let fields = Field::ALL;
            let stages = Stage::MAIN;
            for i in 0..n {
                let mut c = case(
                    1000 + i as u64,
                    &format!("第{i}号稀土永磁电机能效提升"),
                    Some(fields[i % fields.len()]),
                    if i % 2 == 0 {
                        Kind::Breakthrough
                    } else {
                        Kind::Transformation
                    },
                    stages[i % stages.len()],
                    &format!("包头某{}号材料有限公司", i % 977),
                    "包头市",
                    None,
                );
                c.id = format!("JB-2027-{i:06}");
                s.cases.push(c);
            }
        }
        f
    }

    pub fn counter(&self) -> u64 {
        self.store.borrow().counter
    }

    pub fn stage_of(&self, id: &str) -> Stage {
        self.get(id).stage
    }

    pub fn get(&self, id: &str) -> Case {
        self.store
            .borrow()
            .cases
            .iter()
            .find(|c| c.id == id)
            .cloned()
            .expect("case exists")
    }

    pub fn summaries_len(&self) -> usize {
        self.store.borrow().cases.len()
    }

    /// The case added last.
    pub fn newest(&self) -> Case {
        self.store.borrow().cases.last().cloned().expect("a case")
    }

    pub fn draft_rows(&self) -> Vec<jiebang::app::ui::DraftRow> {
        self.store.borrow().drafts.clone()
    }

    pub fn exports(&self) -> Vec<(String, Vec<String>)> {
        self.store.borrow().exports.clone()
    }

    /// Another officer's process changes a case (bumps rev and the counter).
    pub fn touch(&self, id: &str, by: &str, what: &str) {
        let mut s = self.store.borrow_mut();
        s.counter += 1;
        let c = s
            .cases
            .iter_mut()
            .find(|c| c.id == id)
            .expect("case exists");
        c.rev += 1;
        c.updated_at = now();
        s.last_change
            .push((id.into(), by.into(), now(), what.into()));
    }

    /// Another officer adds a case.
    pub fn add(&self, c: Case) {
        let mut s = self.store.borrow_mut();
        s.counter += 1;
        s.cases.push(c);
    }

    pub fn guards(c: &Case, to: Stage) -> Vec<Unmet> {
        let u = |a: &str, m: &str| Unmet {
            article: a.into(),
            message: m.into(),
        };
        let mut v = Vec::new();
        match to {
            Stage::Published if c.issuer.credit_code.is_empty() => {
                v.push(u("第九条(一)", "发榜方统一社会信用代码未填写"));
            }
            Stage::Reviewing | Stage::Matching if c.takers.is_empty() => {
                v.push(u("第八条", "尚无揭榜方"));
            }
            Stage::Announcing
                if c.chosen_taker()
                    .is_none_or(|t| t.org.credit_code.is_empty()) =>
            {
                v.push(u("第十四条", "揭榜方信用核查未记录"));
            }
            Stage::Implementing => {
                if c.plan.agreement_signed.is_none() {
                    v.push(u("第九条(七)", "揭榜协议签订日期未填写"));
                }
                if c.plan.task_book_signed.is_none() {
                    v.push(u("第九条(七)", "任务书签订日期未填写"));
                }
                if c.publicity
                    .start
                    .is_none_or(|s| period_end(s, 5) >= today())
                {
                    v.push(u("第九条(七)", "公示期未满5个工作日"));
                }
            }
            _ => {}
        }
        v
    }

    fn write<T>(
        &self,
        id: &str,
        rev: Option<u64>,
        f: impl FnOnce(&mut Case) -> Result<T, WriteError>,
    ) -> Result<T, WriteError> {
        let mut s = self.store.borrow_mut();
        let last = s.last_change.iter().rev().find(|(i, ..)| i == id).cloned();
        let c = s
            .cases
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(WriteError::NotFound)?;
        if let Some(rev) = rev
            && rev != c.rev
        {
            let (_, by, at, what) =
                last.unwrap_or_else(|| (id.into(), "?".into(), c.updated_at, String::new()));
            return Err(WriteError::Stale { by, at, what });
        }
        let out = f(c)?;
        c.rev += 1;
        c.updated_at = now();
        s.counter += 1;
        Ok(out)
    }

    fn log(&self, id: &str, what: String) {
        self.store.borrow_mut().history.push((
            id.into(),
            HistoryLine {
                at: now(),
                who: Shown::new(&self.user),
                what: Shown::new(&what),
            },
        ));
    }
}
