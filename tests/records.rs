//! `jiebang record …` and the stage records through the real binary: reviews and their
//! conflict-of-interest rule, objections decided anonymous or late, 赛马 takers, the
//! mid-term check and acceptance, the JSON round trip and the audit trail.

mod support;

use jiebang::domain::records::*;
use jiebang::domain::*;
use support::common::*;

const ID: &str = "JB-2026-0001";

fn taker(name: &str, code17: &str) -> Taker {
    Taker {
        org: Org {
            region: "北京市".into(),
            org_type: OrgType::Institute,
            credit_code: jiebang::domain::credit_code::with_check_char(code17).unwrap(),
            ..Org::named(name)
        },
        status: TakerStatus::Selected,
        applied_on: Some(date("2026-07-01")),
        ..Taker::default()
    }
}

/// A case at 揭榜公告 whose publicity (5 working days from Mon 2026-11-16) ended on
/// 2026-11-20, with two selected takers and every case-level date recorded.
fn announcing() -> Case {
    let mut c = case(ID, Stage::Announcing);
    c.takers = vec![
        taker("北京稀土材料研究院", "12110000MB0N00001"),
        taker("北京永磁电机研究所", "12110000MB0N00003"),
    ];
    c.publicity.start = Some(date("2026-11-16"));
    c.plan = Plan {
        agreement_signed: Some(date("2026-11-23")),
        task_book_signed: Some(date("2026-11-24")),
        start: Some(date("2026-12-01")),
        end: Some(date("2029-11-30")),
        ip_ownership: "知识产权归发榜方所有".into(),
        benefit_sharing: "按出资比例分配".into(),
    };
    c.amounts.rd_investment = Some(Yuan::from_wan(1000));
    c
}

#[test]
fn art_9_2_a_review_with_a_conflicted_expert_is_refused_until_replaced() {
    let env = Env::new();
    let mut c = case(ID, Stage::Validating);
    c.reviews.clear();
    env.import(&[c]);
    let (code, _, err) = env.run(&["advance", ID, "--to", "published"]);
    assert_eq!(code, 3);
    assert!(
        err.contains("第九条(二)") && err.contains("尚无需求论证"),
        "{err}"
    );

    let issuer = issuer().name;
    let scores = "necessity=85,innovation=80,feasibility=82,benefit=78";
    let mut args: Vec<String> = ["record", "review", ID, "--stage", "validating"]
        .map(String::from)
        .to_vec();
    for (name, unit) in [
        ("王建国", "内蒙古大学"),
        ("李红梅", "内蒙古工业大学"),
        ("高志远", issuer.as_str()),
    ] {
        args.extend(["--expert".into(), format!("{name},{unit}")]);
        args.extend(["--score".into(), format!("{name}:{scores}")]);
    }
    args.extend(["--conclusion", "通过", "--comments", "同意发布"].map(String::from));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = env.run(&argv);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("利益冲突") && out.contains("高志远"), "{out}");
    let (_, text, _) = env.run(&["show", ID]);
    assert!(text.contains("⚠ 利益冲突"), "{text}");
    let (code, _, err) = env.run(&["advance", ID, "--to", "published"]);
    assert_eq!(code, 3);
    assert!(err.contains("本厅规定") && err.contains("须回避"), "{err}");

    // The conflicted expert withdraws and a replacement scores: the new review counts.
    let mut args2 = args.clone();
    let pos = args2.iter().position(|a| a.starts_with("高志远,")).unwrap();
    args2[pos] = format!("高志远,{issuer},recused");
    args2.extend(["--expert".into(), "孙永福,内蒙古农业大学".into()]);
    args2.extend([
        "--score".into(),
        format!("孙永福:必要性=80,{}", &scores[13..]),
    ]);
    let argv: Vec<&str> = args2.iter().map(String::as_str).collect();
    assert_eq!(env.run(&argv).0, 0);
    let (code, _, err) = env.run(&["advance", ID, "--to", "published"]);
    assert_eq!(code, 0, "{err}");
    let c = env.case(ID);
    assert_eq!(c.reviews.len(), 2, "both reviews are kept");
    assert!(c.reviews[1].panel[2].recused);

    // The audit trail has the review.
    let (_, log, _) = env.run(&["audit", "log", ID]);
    assert!(log.contains("review"), "{log}");
}

#[test]
fn review_input_errors_are_specific() {
    let env = Env::new();
    env.import(&[case(ID, Stage::Validating)]);
    let run = |extra: &[&str]| {
        let mut a = vec!["record", "review", ID, "--expert", "王建国,内蒙古大学"];
        a.extend_from_slice(extra);
        env.run(&a)
    };
    let (code, _, err) = run(&["--score", "王建国:necessity=101"]);
    assert_eq!(code, 2);
    assert!(err.contains("0 到 100"), "{err}");
    let (code, _, err) = run(&["--score", "王建国:safety=80"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("safety") && err.contains("rules.records"),
        "{err}"
    );
    let (code, _, err) = run(&["--score", "张三:necessity=80"]);
    assert_eq!(code, 2);
    assert!(err.contains("张三"), "{err}");
    let (code, _, err) = run(&["--conclusion", "maybe"]);
    assert_eq!(code, 2);
    assert!(err.contains("pass"), "{err}");
    let (code, _, _) = env.run(&["record", "review", ID, "--expert", ",内蒙古大学"]);
    assert_eq!(code, 2);
    assert_eq!(env.case(ID).rev, 1, "nothing was written");
}

#[test]
fn art_9_7_objections_anonymous_or_late_are_not_accepted_and_open_ones_block() {
    let env = Env::new();
    let mut c = announcing();
    c.takers.truncate(1);
    env.import(&[c]);
    let (code, out, _) = env.run(&[
        "record",
        "objection",
        ID,
        "--anonymous",
        "--received",
        "2026-11-17",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("不予受理") && out.contains("匿名"), "{out}");
    let (code, out, _) = env.run(&[
        "record",
        "objection",
        ID,
        "--by",
        "某能源公司",
        "--unit",
        "--received",
        "2026-11-23",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("2026-11-20"),
        "late: names the last day: {out}"
    );
    assert_eq!(env.run(&["advance", ID, "--to", "implementing"]).0, 0);

    let mut c = announcing();
    c.id = "JB-2026-0002".into();
    c.takers.truncate(1);
    env.import(&[c]);
    let id = "JB-2026-0002";
    let (code, out, _) = env.run(&[
        "record",
        "objection",
        id,
        "--by",
        "张某（实名）",
        "--received",
        "2026-11-18",
    ]);
    assert_eq!(code, 0);
    assert!(!out.contains("不予受理"), "{out}");
    let (code, _, err) = env.run(&["advance", id, "--to", "implementing"]);
    assert_eq!(code, 3);
    assert!(err.contains("第九条(七)") && err.contains("张某"), "{err}");
    let (code, _, _) = env.run(&[
        "record",
        "objection",
        id,
        "--index",
        "1",
        "--finding",
        "经核查异议不成立",
        "--resolved",
        "2026-11-20",
    ]);
    assert_eq!(code, 0);
    let o = &env.case(id).publicity.objections[0];
    assert_eq!(
        (o.by.as_str(), o.objector),
        ("张某（实名）", Objector::Person)
    );
    assert_eq!(o.resolved, Some(date("2026-11-20")));
    assert_eq!(env.run(&["advance", id, "--to", "implementing"]).0, 0);
    // A named objection needs the name; resolved before received is refused.
    let (code, _, err) = env.run(&["record", "objection", id, "--received", "2026-11-18"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = env.run(&[
        "record",
        "objection",
        id,
        "--index",
        "1",
        "--resolved",
        "2026-11-01",
    ]);
    assert_eq!(code, 2);
}

#[test]
fn a_two_taker_race_on_the_command_line() {
    let env = Env::new();
    env.import(&[announcing()]);
    // Each selected taker signs its own agreement and task book (第九条(七)).
    let (code, _, err) = env.run(&["advance", ID, "--to", "implementing"]);
    assert_eq!(code, 3);
    assert!(
        err.contains("北京永磁电机研究所") && err.contains("任务书"),
        "{err}"
    );
    for n in ["1", "2"] {
        let (code, _, err) = env.run(&[
            "record",
            "taker",
            ID,
            "--taker",
            n,
            "--agreement",
            "2026-11-23",
            "--task-book",
            "2026-11-24",
            "--start",
            "2026-12-01",
            "--end",
            "2029-11-30",
        ]);
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(env.run(&["advance", ID, "--to", "implementing"]).0, 0);
    // The stage gate eliminates the second; it keeps its plan.
    let (code, _, err) = env.run(&[
        "record",
        "taker",
        ID,
        "--taker",
        "北京永磁电机研究所",
        "--gate",
        "淘汰",
        "--gate-date",
        "2027-12-01",
        "--reason",
        "阶段指标未达成",
    ]);
    assert_eq!(code, 0, "{err}");
    let c = env.case(ID);
    let t = &c.takers[1];
    assert_eq!(t.status, TakerStatus::Eliminated);
    assert_eq!(t.plan.agreement_signed, Some(date("2026-11-23")));
    assert_eq!(t.gate.as_ref().unwrap().result, GateResult::Eliminated);
    let (_, text, _) = env.run(&["show", ID]);
    assert!(
        text.contains("阶段指标未达成") && text.contains("赛马"),
        "{text}"
    );
    // Eliminated without a reason is refused by validation.
    let (code, _, err) = env.run(&[
        "record",
        "taker",
        ID,
        "--taker",
        "1",
        "--gate",
        "eliminated",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("阶段评估理由"), "{err}");
}

#[test]
fn midterm_and_acceptance_are_recorded_and_checked() {
    let env = Env::new();
    let mut c = announcing();
    c.id = ID.into();
    c.stage = Stage::Implementing;
    c.takers.truncate(1);
    c.amounts.rd_investment = Some(Yuan::from_wan(3000));
    env.import(&[c]);
    // 900万 of pre-funding ≥ 500万: a mid-term check is due at the midpoint.
    let (_, text, _) = env.run(&["show", ID]);
    assert!(
        text.contains("中期检查") && text.contains("应于 2028-05-31"),
        "{text}"
    );
    let (code, _, err) = env.run(&[
        "record",
        "midterm",
        ID,
        "--held",
        "2028-06-05",
        "--verdict",
        "限期整改",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("整改期限"), "{err}");
    let (code, _, err) = env.run(&[
        "record",
        "midterm",
        ID,
        "--held",
        "2028-06-05",
        "--verdict",
        "限期整改",
        "--deadline",
        "2026-12-20",
        "--expert",
        "王建国,内蒙古大学",
    ]);
    assert_eq!(code, 2, "the deadline is before the check: {err}");
    let (code, _, err) = env.run(&[
        "record",
        "midterm",
        ID,
        "--held",
        "2026-11-20",
        "--verdict",
        "rectify",
        "--deadline",
        "2026-12-20",
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = env.run(&["list", "--filter", "due<30d", "--format", "json"]);
    assert!(out.contains(ID), "the rectification deadline is a deadline");
    let (code, _, err) = env.run(&["advance", ID, "--to", "accepting"]);
    assert_eq!(code, 3);
    assert!(err.contains("本厅规定(中期检查最低补助)"), "{err}");
    assert_eq!(
        env.run(&["record", "midterm", ID, "--rectified", "2026-11-25"])
            .0,
        0
    );
    assert_eq!(env.run(&["advance", ID, "--to", "accepting"]).0, 0);

    let (code, _, _) = env.run(&[
        "record",
        "acceptance",
        ID,
        "--verdict",
        "通过",
        "--completion",
        "150",
    ]);
    assert_eq!(code, 2);
    // The acceptance comes after the project: recorded on a later day, and not in the
    // future of that day (数据一致性).
    let (code, _, err) = env.run_on(
        "2029-12-05",
        &[
            "record",
            "acceptance",
            ID,
            "--date",
            "2029-12-05",
            "--verdict",
            "通过",
            "--completion",
            "95",
            "--expert",
            "杨丽,北京科技大学",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let a = env.case(ID).acceptance;
    assert_eq!(a.verdict, Some(Verdict::Passed));
    assert_eq!(a.completion_pct, Some(95));
    assert_eq!(a.panel[0].unit, "北京科技大学");
}

#[test]
fn art_12_post_subsidy_needs_verified_benefit_and_funds_from_the_acceptance_record() {
    let env = Env::new();
    let mut c = case(ID, Stage::Accepting);
    c.kind = Kind::Transformation;
    env.import(&[c]);
    let (code, _, err) = env.run(&["tranche", ID, "--amount", "100"]);
    assert_eq!(code, 3);
    assert!(err.contains("第十二条"), "{err}");
    let (code, _, err) = env.run(&[
        "record",
        "acceptance",
        ID,
        "--date",
        "2026-11-20",
        "--verdict",
        "passed",
        "--completion",
        "100",
        "--benefit-verified",
        "--funds-received",
        "2000",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = env.run(&["tranche", ID, "--amount", "100"]);
    assert_eq!(code, 3);
    assert!(err.contains("经认定的经济效益"), "{err}");
    assert_eq!(
        env.run(&["record", "acceptance", ID, "--benefit", "3000"])
            .0,
        0
    );
    let (code, _, err) = env.run(&["tranche", ID, "--amount", "600"]);
    assert_eq!(
        code, 3,
        "30% of 2000万 is 600万 but the cap is 500万: {err}"
    );
    assert_eq!(env.run(&["tranche", ID, "--amount", "500"]).0, 0);
    let (_, text, _) = env.run(&["show", ID]);
    assert!(
        text.contains("3000 万元") && text.contains("2000 万元"),
        "{text}"
    );
}

/// Every record field survives export → import into a fresh store, and a file written
/// before the records existed still imports.
#[test]
fn every_record_field_round_trips_through_export_and_import() {
    let mut c = announcing();
    c.stage = Stage::Implementing;
    let name = c.takers[1].org.name.clone();
    let mut expert = Expert::new("王建国", "内蒙古大学");
    expert.declared = false;
    expert.recused = true;
    expert.scores = vec![Score {
        taker: name.clone(),
        criterion: "team".into(),
        value: 77,
    }];
    c.reviews.push(Review {
        stage: ReviewStage::Reviewing,
        date: Some(date("2026-09-01")),
        panel: vec![expert.clone()],
        comments: "推荐".into(),
        conclusion: Some(ReviewConclusion::Revise),
        recommended: vec![name.clone()],
    });
    c.takers[1].status = TakerStatus::Eliminated;
    c.takers[1].plan.start = Some(date("2026-12-01"));
    c.takers[1].gate = Some(StageGate {
        date: Some(date("2027-06-01")),
        result: GateResult::Eliminated,
        reason: "未达标".into(),
    });
    c.tranches.push(Tranche {
        amount: Yuan::from_wan(10),
        date: date("2026-12-05"),
        taker: name,
        ..Tranche::default()
    });
    c.publicity.objections.push(Objection {
        received: date("2026-11-17"),
        by: "某单位".into(),
        objector: Objector::Unit,
        ..Objection::default()
    });
    c.midterm = Midterm {
        due: Some(date("2028-06-01")),
        held_on: Some(date("2028-06-02")),
        panel: vec![expert.clone()],
        verdict: Some(MidtermVerdict::Rectify),
        rectify_by: Some(date("2028-09-01")),
        rectified_on: Some(date("2028-08-30")),
        remarks: "整改".into(),
    };
    c.acceptance.benefit = Some(Yuan::from_wan(123));
    c.acceptance.panel = vec![expert];

    let env = Env::new();
    env.import(std::slice::from_ref(&c));
    let out = env.path("export.json");
    assert_eq!(env.run(&["export", "-o", out.to_str().unwrap()]).0, 0);
    let again = Env::new();
    assert_eq!(again.run(&["import", out.to_str().unwrap()]).0, 0);
    let mut back = again.case(ID);
    let mut orig = env.case(ID);
    for x in [&mut back, &mut orig] {
        x.rev = 0;
        x.updated_at = x.created_at;
    }
    assert_eq!(back.reviews, orig.reviews);
    assert_eq!(back, orig);
    assert_eq!(orig.midterm, c.midterm);
    assert_eq!(orig.takers[1].gate, c.takers[1].gate);

    // An old file: none of the record keys.
    let mut v = serde_json::to_value(&c).unwrap();
    let obj = v.as_object_mut().unwrap();
    obj.remove("reviews");
    obj.remove("midterm");
    obj["id"] = "JB-2026-0009".into();
    for t in obj["takers"].as_array_mut().unwrap() {
        t.as_object_mut().unwrap().remove("plan");
        t.as_object_mut().unwrap().remove("gate");
        t["status"] = "selected".into();
    }
    obj["tranches"] = serde_json::json!([]);
    obj["publicity"]["objections"][0]
        .as_object_mut()
        .unwrap()
        .remove("objector");
    let old = env.write("old.json", serde_json::to_string(&[v]).unwrap().as_bytes());
    // Hand-trimmed, it breaks rules the full case kept: stored flagged, as past data is.
    let (code, _, err) = env.run(&["import", old.to_str().unwrap(), "--allow-breaches"]);
    assert_eq!(code, 0, "{err}");
    let imported = env.case("JB-2026-0009");
    assert!(imported.reviews.is_empty());
    assert_eq!(imported.publicity.objections[0].objector, Objector::Person);

    // Labels are accepted in imports too, and an unknown key in a record is reported.
    let mut v = serde_json::to_value(&c).unwrap();
    v["id"] = "JB-2026-0010".into();
    v["midterm"]["verdict"] = "限期整改".into();
    v["reviews"][1]["panel"][0]["mood"] = "good".into();
    let bad = env.write("bad.json", serde_json::to_string(&[v]).unwrap().as_bytes());
    let (code, _, err) = env.run(&["import", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("reviews[1].panel[0].mood"), "{err}");
}
