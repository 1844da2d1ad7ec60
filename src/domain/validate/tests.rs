use super::*;
use crate::domain::rules::fixtures::*;

#[test]
fn complete_fixtures_have_no_issue() {
    assert_eq!(validate_case(&breakthrough()), vec![]);
    assert_eq!(validate_case(&transformation()), vec![]);
}

#[test]
fn mobile_numbers() {
    for ok in [
        "13800000000",
        "+8619912345678",
        "138 0000 0000",
        "+86 138-0000-0000",
    ] {
        assert_eq!(check_mobile(ok), Ok(()), "{ok}");
    }
    for bad in [
        "12800000000",
        "1380000000",
        "138000000000",
        "0471-6328636",
        "1380000000a",
        "",
    ] {
        assert_eq!(check_mobile(bad), Err(Problem::Mobile), "{bad}");
    }
}

#[test]
fn email_addresses() {
    for ok in ["a@b.cn", "zhao.xy@nmkjt.gov.cn", "290873471@qq.com"] {
        assert_eq!(check_email(ok), Ok(()), "{ok}");
    }
    for bad in [
        "a@b",
        "@b.cn",
        "a b@c.cn",
        "a@@b.cn",
        "a@b.c",
        "a..b@c.cn",
        "a@.cn",
        "ab.cn",
    ] {
        assert_eq!(check_email(bad), Err(Problem::Email), "{bad}");
    }
}

#[test]
fn officer_names_are_trimmed_user_names() {
    assert_eq!(check_officer("  zhangsan "), Ok("zhangsan".to_string()));
    assert_eq!(check_officer(""), Ok(String::new()));
    assert_eq!(check_officer("li.si-2"), Ok("li.si-2".to_string()));
    assert_eq!(check_officer("zhang\u{1b}[2J"), Err(Problem::OfficerName));
    assert_eq!(check_officer("a\tb"), Err(Problem::OfficerName));
    assert_eq!(
        check_officer(&"x".repeat(LIMIT_OFFICER)).map(|s| s.len()),
        Ok(64)
    );
    assert_eq!(
        check_officer(&"x".repeat(LIMIT_OFFICER + 1)),
        Err(Problem::TooLong {
            max: LIMIT_OFFICER,
            actual: LIMIT_OFFICER + 1
        })
    );
}

#[test]
fn cases_and_summaries_stored_before_officers_load_unassigned() {
    let mut case = breakthrough();
    case.officer = "zhangsan".into();
    let mut json = serde_json::to_value(&case).unwrap();
    json.as_object_mut().unwrap().remove("officer");
    let old: Case = serde_json::from_value(json).unwrap();
    assert_eq!(old.officer, "");
    assert_eq!(
        Case {
            officer: "zhangsan".into(),
            ..old.clone()
        },
        case
    );

    let summary = crate::domain::CaseSummary::of(&case);
    assert_eq!(summary.officer, "zhangsan");
    let mut json = serde_json::to_value(&summary).unwrap();
    json.as_object_mut().unwrap().remove("officer");
    let old: crate::domain::CaseSummary = serde_json::from_value(json).unwrap();
    assert_eq!(old.officer, "");
}
