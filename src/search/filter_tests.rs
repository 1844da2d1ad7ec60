//! The filter language: every term, every error, and that nothing panics.

use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

use super::tests::doc;
use super::*;
use crate::domain::money::Yuan;
use crate::domain::summary::CaseSummary;
use crate::domain::vocab::{Field, Kind, Stage};
use crate::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

fn corpus() -> Vec<CaseSummary> {
    let mut a = doc("包头稀土永磁材料", "包头稀土研究院", Some("北方稀土"));
    a.id = "JB-2026-0001".into();
    a.stage = Stage::Reviewing;
    a.field = Some(Field::RareEarth);
    a.issuer_region = "包头市".into();
    a.amount = Some(Yuan::from_wan(800));
    a.end = NaiveDate::from_ymd_opt(2026, 3, 10);
    a.updated_at = Utc.with_ymd_and_hms(2026, 2, 27, 8, 0, 0).unwrap();
    a.officer = "zhangsan".into();
    let mut b = doc("氢能重卡示范", "鄂尔多斯能源局", None);
    b.id = "JB-2026-0002".into();
    b.kind = Kind::Transformation;
    b.stage = Stage::Matching;
    b.field = Some(Field::Hydrogen);
    b.issuer_region = "鄂尔多斯市".into();
    b.amount = Some(Yuan::from_wan(500));
    b.end = NaiveDate::from_ymd_opt(2026, 2, 20);
    b.updated_at = Utc.with_ymd_and_hms(2025, 12, 1, 8, 0, 0).unwrap();
    // User names are case-sensitive: ZhangSan is someone else.
    b.officer = "ZhangSan".into();
    let mut c = doc("石墨烯导热膜", "锡林郭勒盟科技局", None);
    c.id = "JB-2026-0003".into();
    c.stage = Stage::Completed;
    c.field = Some(Field::Graphene);
    c.issuer_region = "锡林郭勒盟".into();
    c.other_names = vec!["内蒙古石墨烯公司".into()];
    c.updated_at = Utc.with_ymd_and_hms(2026, 1, 20, 8, 0, 0).unwrap();
    vec![a, b, c]
}

fn run(query: &str) -> Vec<usize> {
    let docs = corpus();
    let index = NameIndex::build(&docs);
    let deadline = |d: &CaseSummary| d.end;
    let overdue = |d: &CaseSummary| d.end.is_some_and(|e| e < today());
    let idle = |d: &CaseSummary| (today() - d.updated_at.date_naive()).num_days();
    let ctx = FilterCtx {
        today: today(),
        me: "zhangsan",
        index: &index,
        deadline: &deadline,
        overdue: &overdue,
        idle_days: &idle,
    };
    let filter = parse(query).unwrap_or_else(|e| panic!("{query}: {e:?}"));
    let by_index = filter.apply(&docs, &ctx);
    // Without a matching index (stale or absent), names are matched one by one: same result.
    let other = NameIndex::build(&docs[..1]);
    let ctx2 = FilterCtx {
        index: &other,
        ..ctx
    };
    assert_eq!(by_index, filter.apply(&docs, &ctx2), "{query}");
    by_index
}

fn err(query: &str) -> FilterError {
    parse(query).expect_err(query)
}

#[test]
fn every_term_selects_the_right_cases() {
    let cases: &[(&str, &[usize])] = &[
        ("", &[0, 1, 2]),
        ("stage:reviewing", &[0]),
        ("stage:reviewing,matching", &[0, 1]),
        ("stage:评审推荐，组织对接", &[0, 1]),
        ("stage：Reviewing", &[0]),
        ("-stage:completed", &[0, 1]),
        ("field:hydrogen", &[1]),
        ("field:氢能", &[1]),
        ("kind:transformation", &[1]),
        ("kind:技术攻关类", &[0, 2]),
        ("region:包头", &[0]),
        ("region:包头市", &[0]),
        ("region:锡林郭勒", &[2]),
        ("地区:鄂尔多斯", &[1]),
        ("overdue", &[1]),
        ("-overdue", &[0, 2]),
        ("due<30d", &[0, 1]),
        ("due<=7d", &[1]),
        ("due>=1w", &[0]),
        ("due<2w", &[0, 1]),
        ("due:<10天", &[0, 1]),
        ("due=9", &[0]),
        ("amount>=500万", &[0, 1]),
        ("amount>500", &[0]),
        ("amount<600万元", &[1]),
        ("amount=800", &[0]),
        ("amount＞＝800", &[0]),
        ("taker:none", &[1]),
        ("taker:any", &[0, 2]),
        ("taker:北方稀土", &[0]),
        ("taker:bfxt", &[0]),
        ("taker:石墨烯", &[2]),
        ("taker:包头", &[]),
        ("id:JB-2026-0001", &[0]),
        ("id:jb-2026-000", &[0, 1, 2]),
        ("stale>30d", &[1, 2]),
        ("stale>=60d", &[1]),
        ("stale<7d", &[0]),
        ("btxt", &[0]),
        ("baotou", &[0]),
        ("包tou", &[0]),
        ("qingneng", &[1]),
        ("鄂尔多斯", &[1]),
        ("\"稀土永磁\"", &[0]),
        ("\"稀土 永磁\"", &[]),
        ("\"GRAPHENE\"", &[]),
        ("-\"稀土\"", &[1, 2]),
        ("stage:reviewing,matching -field:hydrogen", &[0]),
        ("amount>=500万 due<30d overdue", &[1]),
        ("--overdue", &[1]),
        ("taker:\"北方 稀土\"", &[0]),
    ];
    for (q, want) in cases {
        assert_eq!(run(q), want.to_vec(), "{q}");
    }
}

#[test]
fn officer_terms_select_by_user_name() {
    // `run` evaluates as the user zhangsan.
    let cases: &[(&str, &[usize])] = &[
        ("mine", &[0]),
        ("我的", &[0]),
        ("-mine", &[1, 2]),
        ("officer:zhangsan", &[0]),
        ("officer:ZhangSan", &[1]),
        ("经办人:zhangsan", &[0]),
        ("officer:zhang", &[]),
        ("officer:none", &[2]),
        ("officer:无", &[2]),
        ("-officer:none", &[0, 1]),
        ("mine stage:reviewing", &[0]),
        ("mine overdue", &[]),
    ];
    for (q, want) in cases {
        assert_eq!(run(q), want.to_vec(), "{q}");
    }
    // Nobody running the program (an unknown user) owns nothing, not the unassigned.
    let docs = corpus();
    let index = NameIndex::build(&docs);
    let never = |_: &CaseSummary| None;
    let no = |_: &CaseSummary| false;
    let ctx = FilterCtx {
        today: today(),
        me: "",
        index: &index,
        deadline: &never,
        overdue: &no,
        idle_days: &|_| 0,
    };
    assert_eq!(
        parse("mine").unwrap().apply(&docs, &ctx),
        Vec::<usize>::new()
    );
    assert_eq!(
        parse("officer:").unwrap_err().problem,
        FilterProblem::EmptyValue
    );
    assert_eq!(
        parse("officer<3").unwrap_err().problem,
        FilterProblem::UnexpectedOperator
    );
}

#[test]
fn parse_builds_the_documented_terms() {
    let f = parse("stage:reviewing,matching field:氢能 amount>=500万 due<2w -taker:none").unwrap();
    assert_eq!(
        f.terms,
        vec![
            Term::Stage(vec![Stage::Reviewing, Stage::Matching]),
            Term::Field(vec![Field::Hydrogen]),
            Term::Amount(Cmp::Ge, Yuan::from_wan(500)),
            Term::Due(Cmp::Lt, 14),
            Term::Not(Box::new(Term::TakerNone)),
        ]
    );
    assert_eq!(
        parse("region:锡林郭勒盟").unwrap().terms,
        vec![Term::Region("锡林郭勒".into())]
    );
    assert!(parse("   ").unwrap().is_empty());
    assert!(!parse("x").unwrap().is_empty());
}

#[test]
fn unknown_key_is_named_with_the_known_keys() {
    let e = err("stage:reviewing colour:red");
    assert_eq!(e.problem, FilterProblem::UnknownKey);
    assert_eq!((e.term.as_str(), e.start), ("colour:red", 16));
    let msg = e.message(Lang::En);
    assert!(
        msg.contains("colour:red") && msg.contains("stage") && msg.contains("stale"),
        "{msg}"
    );
    assert!(msg.contains("officer") && msg.contains("mine"), "{msg}");
    assert!(err("颜色:红").message(Lang::Zh).contains("颜色:红"));
}

#[test]
fn unknown_stage_suggests_and_lists_accepted_values() {
    let e = err("stage:revewing");
    let FilterProblem::UnknownValue {
        key,
        suggestions,
        accepted,
        ..
    } = &e.problem
    else {
        panic!("{e:?}")
    };
    assert_eq!(*key, "stage");
    assert_eq!(suggestions, &vec!["reviewing"]);
    assert_eq!(accepted.len(), Stage::ALL.len());
    let zh = e.message(Lang::Zh);
    assert!(
        zh.contains("revewing") && zh.contains("reviewing（评审推荐）"),
        "{zh}"
    );
    assert!(zh.contains("collecting（需求征集）"), "{zh}");
    let en = e.message(Lang::En);
    assert!(
        en.contains("Did you mean: reviewing (Reviewing")
            || en.contains("Did you mean: reviewing ("),
        "{en}"
    );
    // A later bad item in a list is the one reported.
    let e = err("stage:reviewing,mathcing");
    assert!(
        matches!(&e.problem, FilterProblem::UnknownValue { value, suggestions, .. }
        if value == "mathcing" && suggestions.contains(&"matching"))
    );
}

#[test]
fn unknown_field_and_kind_list_their_values() {
    let msg = err("field:solar").message(Lang::Zh);
    assert!(
        msg.contains("hydrogen（氢能）") && msg.contains("solar"),
        "{msg}"
    );
    let msg = err("kind:other").message(Lang::En);
    assert!(
        msg.contains("breakthrough") && msg.contains("transformation"),
        "{msg}"
    );
}

#[test]
fn bad_numbers_and_durations_are_refused() {
    assert_eq!(
        err("amount>=lots").problem,
        FilterProblem::BadNumber("lots".into())
    );
    assert_eq!(
        err("amount>=1.23456").problem,
        FilterProblem::BadNumber("1.23456".into())
    );
    for q in [
        "due<30x",
        "due<abc",
        "due<-3d",
        "stale>d",
        "due<999999999999999999999d",
    ] {
        assert!(
            matches!(err(q).problem, FilterProblem::BadDuration(_)),
            "{q}"
        );
    }
    let msg = err("due<30x").message(Lang::Zh);
    assert!(msg.contains("due<30x") && msg.contains("30x"), "{msg}");
}

#[test]
fn structural_errors_are_specific() {
    assert_eq!(err("-").problem, FilterProblem::EmptyNegation);
    assert_eq!(err("stage:reviewing -").start, 16);
    assert_eq!(err("stage:").problem, FilterProblem::EmptyValue);
    assert_eq!(err("stage:,").problem, FilterProblem::EmptyValue);
    assert_eq!(err("\"\"").problem, FilterProblem::EmptyValue);
    assert_eq!(err("due:30d").problem, FilterProblem::MissingOperator);
    assert_eq!(
        err("stage<reviewing").problem,
        FilterProblem::UnexpectedOperator
    );
    let e = err("btxt \"包头 稀土");
    assert_eq!(
        (e.problem.clone(), e.start),
        (FilterProblem::UnterminatedQuote, 5)
    );
    for e in [
        err("-"),
        err("stage:"),
        err("due:30d"),
        err("stage<x"),
        err("\"x"),
    ] {
        for lang in Lang::ALL {
            assert!(!e.message(*lang).is_empty());
        }
    }
}

proptest! {
    #[test]
    fn parse_and_apply_never_panic(q in "\\PC{0,40}") {
        let docs = corpus();
        let index = NameIndex::build(&docs);
        let deadline = |d: &CaseSummary| d.end;
        let overdue = |_: &CaseSummary| false;
        let ctx = FilterCtx { today: today(), me: "zhangsan", index: &index, deadline: &deadline, overdue: &overdue, idle_days: &|_| 0 };
        match parse(&q) {
            Ok(f) => { let _ = f.apply(&docs, &ctx); }
            Err(e) => { let _ = e.message(Lang::Zh); let _ = e.message(Lang::En); }
        }
        let _ = search_once(&index, &q, 10);
        let _ = highlight("包头稀土", &q);
    }

    #[test]
    fn filter_like_queries_never_panic(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("stage:"), Just("due<"), Just("amount>="), Just("-"), Just("\""),
                Just("taker:"), Just("region:"), Just("万"), Just("30d"), Just(","),
                Just("reviewing"), Just("包头"), Just(" "), Just("："), Just("=")
            ],
            0..10,
        )
    ) {
        let q: String = parts.concat();
        let docs = corpus();
        let index = NameIndex::build(&docs);
        let deadline = |d: &CaseSummary| d.end;
        let overdue = |_: &CaseSummary| true;
        let ctx = FilterCtx { today: today(), me: "zhangsan", index: &index, deadline: &deadline, overdue: &overdue, idle_days: &|_| 0 };
        if let Ok(f) = parse(&q) {
            let _ = f.apply(&docs, &ctx);
        }
    }
}

#[test]
fn a_short_label_selects_the_one_value_it_names() {
    assert_eq!(run("stage:推荐"), vec![0]);
    assert_eq!(run("kind:转化"), vec![1]);
    assert_eq!(run("field:石墨"), vec![2]);
    // 揭榜申报 and 揭榜公告 both contain 揭榜: refused, with the valid ids listed.
    assert!(parse("stage:揭榜").is_err());
}
