//! The office's cases, as stored data for the tests: a store made of them goes through the
//! real import, and everything the TUI does with them goes through the real `Session`.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use jiebang::domain::{
    Case, Field, Kind, Org, Stage, Taker, TakerStatus, Tranche, TrancheKind, Yuan,
};

/// The office's day: 2026-11-26 (a Thursday).
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// 10:42 in Shanghai on `today()`.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 2, 42, 0).unwrap()
}

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
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
        o.credit_code = "12610000MB0000000A".into();
        c.takers.push(Taker {
            org: o,
            status: TakerStatus::Selected,
            ..Taker::default()
        });
    }
    c.achievement.estimated_investment = Some(Yuan::from_wan(500 + seq as i64 * 100));
    c
}

/// The office's cases: fourteen across every stage and field, with the details that make
/// the real rules pass or refuse (dates, credit codes, takers) and deadlines fall due.
pub fn cases() -> Vec<Case> {
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
    cases[0].amounts.issuer_first_payment = Some(d(2026, 5, 6));
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
    super::office_records::add(&mut cases);
    cases
}
