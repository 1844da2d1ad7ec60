//! Store tests, each on its own temporary directory.

mod concurrency;
mod files;
mod history;
mod integrity;
mod records;
mod recovery;
mod summary_rows;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::{Actor, OpenOptions, Store, WriteCtx};
use crate::domain::*;

pub(super) fn t(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_780_000_000 + secs, 0).unwrap()
}

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub(super) fn actor(user: &str) -> Actor {
    Actor {
        user: user.to_string(),
        ssh_client: Some("10.0.0.7".to_string()),
    }
}

pub(super) fn create_opts() -> OpenOptions {
    OpenOptions {
        create: true,
        read_only: false,
        group_shared: false,
    }
}

pub(super) fn fresh() -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jiebang.redb");
    let store = Store::open(&path, &create_opts()).unwrap();
    (dir, path, store)
}

pub(super) fn reopen(path: &Path) -> Store {
    Store::open(path, &OpenOptions::default()).unwrap()
}

fn full_org(name: &str, code: &str) -> Org {
    Org {
        name: name.to_string(),
        address: "包头市稀土高新区黄河大街 8 号".to_string(),
        registered_on: Some(d(2012, 5, 17)),
        region: "包头市".to_string(),
        registered_capital: Some(Yuan::from_wan(5000)),
        legal_rep: "王建国".to_string(),
        tech_field: "稀土永磁".to_string(),
        main_business: "钕铁硼磁材".to_string(),
        staff_total: Some(420),
        staff_bachelor: Some(180),
        staff_rd: Some(65),
        org_type: OrgType::Other,
        org_type_other: "混合所有制".to_string(),
        credit_code: code.to_string(),
        parent: "包头稀土集团".to_string(),
        contact: Contact {
            name: "李敏".to_string(),
            title: "技术总监".to_string(),
            mobile: "13904720000".to_string(),
            email: "limin@example.cn".to_string(),
        },
    }
}

/// A case with every field of the model filled, so a round trip proves nothing is lost.
pub(super) fn full_case(id: &str) -> Case {
    let mut case = Case::new(
        id.to_string(),
        Kind::Breakthrough,
        full_org("包头稀土磁材有限公司", "91150200MA0N0000X1"),
        "钕铁硼晶界扩散减少重稀土用量",
        t(0),
    );
    case.field = Some(Field::RareEarth);
    case.stage = Stage::Implementing;
    case.stage_since = Some(d(2026, 3, 2));
    case.achievement = Achievement {
        name: "钕铁硼晶界扩散减少重稀土用量".to_string(),
        achievement_type: Some(AchievementType::CommonTech),
        owns_ip: Some(true),
        ip_types: vec![IpType::Patent, IpType::TradeSecret, IpType::Other],
        ip_other: "工艺诀窍".to_string(),
        description: "晶界扩散\n第二行 \u{1b}[31m 控制字符原样保存".to_string(),
        team: "团队 12 人".to_string(),
        suggested_period: "2年".to_string(),
        estimated_investment: Some(Yuan(32_000_001)),
    };
    case.takers = vec![Taker {
        org: full_org("内蒙古科技大学", "12150000460000000A"),
        consortium: vec![full_org("包头研究院", "12150200MB0000000B")],
        status: TakerStatus::Selected,
        applied_on: Some(d(2025, 11, 3)),
        ..Taker::default()
    }];
    case.plan = Plan {
        agreement_signed: Some(d(2026, 1, 5)),
        task_book_signed: Some(d(2026, 1, 20)),
        start: Some(d(2026, 2, 1)),
        end: Some(d(2028, 1, 31)),
        ..Plan::default()
    };
    case.amounts = Amounts {
        rd_investment: Some(Yuan::from_wan(3000)),
        funds_received: Some(Yuan(1)),
        issuer_first_payment: Some(d(2026, 2, 10)),
        recovered: Yuan(7),
    };
    case.tranches = vec![Tranche {
        amount: Yuan::from_wan(500),
        date: d(2026, 3, 1),
        kind: TrancheKind::PreFunding,
        special: true,
        special_reason: "一事一议".to_string(),
        note: "首笔".to_string(),
        ..Tranche::default()
    }];
    case.publicity = Publicity {
        start: Some(d(2025, 12, 1)),
        objections: vec![Objection {
            received: d(2025, 12, 3),
            by: "某研究所（盖章）".to_string(),
            accepted: true,
            not_accepted_reason: String::new(),
            finding: "不成立".to_string(),
            resolved: Some(d(2025, 12, 5)),
            ..Objection::default()
        }],
    };
    case.extensions = vec![Extension {
        requested_on: d(2027, 10, 1),
        new_end: d(2028, 7, 31),
        reason: "设备到货延迟".to_string(),
        both_agreed: true,
        approved: true,
    }];
    case.termination = Some(Termination {
        date: Some(d(2028, 8, 1)),
        reason: "测试".to_string(),
        recovered: Some(Yuan(9)),
        ..Termination::default()
    });
    case.acceptance = Acceptance {
        date: Some(d(2028, 8, 2)),
        verdict: Some(Verdict::Review),
        completion_pct: Some(85),
        benefit_verified: true,
        remarks: "需要复议".to_string(),
        ..Acceptance::default()
    };
    case.notes = vec![Note {
        at: t(5),
        author: "zhang".to_string(),
        text: "已电话联系".to_string(),
    }];
    case.rev = 3;
    case.updated_at = t(9);
    case
}

pub(super) fn new_case(store: &Store, ctx: &WriteCtx, name: &str) -> Case {
    store
        .create(ctx, 2026, "intake", |id| {
            Case::new(
                id,
                Kind::Transformation,
                Org::named("甲公司"),
                name,
                ctx.now,
            )
        })
        .unwrap()
}
