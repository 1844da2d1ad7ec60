//! Who may take a 榜 (第四条, 第六条, 第八条, 第九条(四)(五)): not the issuer itself nor its
//! subsidiary, and for 成果转化类 an enterprise of the region or a consortium it leads.

use super::unmet::{Rule, Unmet};
use crate::domain::case::{Case, Taker};
use crate::domain::credit_code;
use crate::domain::org::Org;
use crate::domain::region::{is_enterprise, is_in_region};
use crate::domain::vocab::{Kind, TakerStatus};

/// Company-form suffixes that name the same unit: `…股份公司` is `…股份有限公司`.
const COMPANY_FORMS: [&str; 4] = ["股份有限公司", "有限责任公司", "股份公司", "有限公司"];

/// A name as compared: no whitespace, full-width ASCII (brackets, letters, digits) made
/// half-width, ASCII lower-cased, and a company-form suffix reduced to `公司`.
/// `包头（稀土）Ａ股份公司` and `包头(稀土)a股份有限公司` compare equal.
pub fn normalize_name(name: &str) -> String {
    let n: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect();
    for form in COMPANY_FORMS {
        if let Some(stem) = n.strip_suffix(form)
            && !stem.is_empty()
        {
            return format!("{stem}公司");
        }
    }
    n
}

fn valid_code(org: &Org) -> Option<String> {
    let code = credit_code::normalize(&org.credit_code);
    credit_code::check(&code).is_ok().then_some(code)
}

/// The same unit: equal valid credit codes decide; without two valid codes, equal
/// normalised names do.
pub fn same_unit(a: &Org, b: &Org) -> bool {
    if let (Some(ca), Some(cb)) = (valid_code(a), valid_code(b)) {
        return ca == cb;
    }
    let (na, nb) = (normalize_name(&a.name), normalize_name(&b.name));
    !na.is_empty() && na == nb
}

/// True when the text (a `parent` field) names this organisation, by name or credit code.
fn names(text: &str, org: &Org) -> bool {
    let n = normalize_name(text);
    if n.is_empty() {
        return false;
    }
    n == normalize_name(&org.name)
        || valid_code(org).is_some_and(|c| c == credit_code::normalize(text))
}

/// `org` names `parent` as its parent organisation.
pub fn is_subsidiary_of(org: &Org, parent: &Org) -> bool {
    names(&org.parent, parent)
}

/// Follows `parent` links, to any depth, through the organisations known on the case until
/// one names the issuer. Each organisation is visited once, so a loop in the data ends.
fn descends_from_issuer(org: &Org, case: &Case) -> bool {
    let known: Vec<&Org> = case
        .takers
        .iter()
        .flat_map(|t| std::iter::once(&t.org).chain(t.consortium.iter()))
        .collect();
    let mut visited = vec![false; known.len()];
    let mut cur = org;
    loop {
        if is_subsidiary_of(cur, &case.issuer) {
            return true;
        }
        let next = known
            .iter()
            .enumerate()
            .find(|(i, k)| !visited[*i] && !std::ptr::eq(**k, cur) && names(&cur.parent, k));
        match next {
            Some((i, k)) => {
                visited[i] = true;
                cur = k;
            }
            None => return false,
        }
    }
}

/// 第四条/第六条/第八条: neither a taker nor any of its consortium members is the issuer or
/// the issuer's subsidiary.
pub fn check_distinct<'a>(case: &Case, takers: impl Iterator<Item = &'a Taker>) -> Vec<Unmet> {
    let mut out = Vec::new();
    for t in takers {
        let orgs = std::iter::once((&t.org, None)).chain(t.consortium.iter().map(|m| (m, Some(m))));
        for (org, member) in orgs {
            let subsidiary = if same_unit(org, &case.issuer) {
                false
            } else if descends_from_issuer(org, case) {
                true
            } else {
                continue;
            };
            out.push(
                Rule::SameUnit {
                    kind: case.kind,
                    taker: t.org.name.clone(),
                    member: member.map(|m| m.name.clone()),
                    subsidiary,
                }
                .into(),
            );
        }
    }
    out
}

/// → 评审推荐: someone applied (第九条(四)); the takers are distinct from the issuer; for
/// 成果转化类 each leads as an in-region enterprise (第八条).
pub fn check_for_review(case: &Case) -> Vec<Unmet> {
    if case.active_takers().next().is_none() {
        return vec![Rule::NoApplicant.into()];
    }
    let mut out = check_distinct(case, case.active_takers());
    if case.kind == Kind::Transformation {
        for t in case.active_takers() {
            let (in_region, enterprise) = (is_in_region(&t.org), is_enterprise(&t.org));
            if !(in_region && enterprise) {
                out.push(
                    Rule::TakerNotRegionalEnterprise {
                        taker: t.org.name.clone(),
                        in_region,
                        enterprise,
                    }
                    .into(),
                );
            }
        }
    }
    out
}

/// → 组织对接: a recommended or selected taker (第九条(五)), still distinct from the issuer.
pub fn check_for_matching(case: &Case) -> Vec<Unmet> {
    let chosen = || {
        case.takers
            .iter()
            .filter(|t| matches!(t.status, TakerStatus::Recommended | TakerStatus::Selected))
    };
    if chosen().next().is_none() {
        return vec![Rule::NoRecommended.into()];
    }
    check_distinct(case, chosen())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;
    use crate::domain::rules::{Article, Source};

    #[test]
    fn names_compare_across_width_case_and_spaces() {
        assert_eq!(
            normalize_name(" 包头（稀土）Ａ 公司 "),
            normalize_name("包头(稀土)a公司")
        );
        let a = Org::named("内蒙古 北方（稀土）有限公司");
        let b = Org::named("内蒙古北方(稀土)有限公司");
        assert!(same_unit(&a, &b));
        assert!(!same_unit(&Org::named(""), &Org::named("")));
    }

    #[test]
    fn valid_credit_codes_decide_same_unit() {
        let mut a = Org::named("甲公司");
        let mut b = Org::named("甲公司（更名后）");
        a.credit_code = code("91150200MA0N00001");
        b.credit_code = a.credit_code.clone();
        assert!(same_unit(&a, &b), "same code, different names");
        b.credit_code = code("91150200MA0N00002");
        b.name = a.name.clone();
        assert!(!same_unit(&a, &b), "two valid codes differ");
    }

    #[test]
    fn art_4_6_taker_may_not_be_the_issuer() {
        let mut case = breakthrough();
        case.stage = crate::domain::Stage::Applying;
        assert!(check_for_review(&case).is_empty());
        case.takers[0].org.name = format!(" {} ", case.issuer.name);
        case.takers[0].org.credit_code.clear();
        let unmet = check_for_review(&case);
        assert!(matches!(
            &unmet[..],
            [Unmet {
                rule: Rule::SameUnit {
                    subsidiary: false,
                    ..
                }
            }]
        ));
        assert_eq!(unmet[0].rule.source(), Source::from(Article::A4A6));
    }

    #[test]
    fn company_forms_and_brackets_compare_equal() {
        let same = [
            ("包头稀土股份有限公司", "包头稀土股份公司"),
            ("包头稀土有限责任公司", "包头稀土有限公司"),
            ("包头稀土（集团）有限公司", "包头稀土(集团)股份公司"),
            ("ＡＢＣ 科技有限公司", "abc科技有限责任公司"),
        ];
        for (a, b) in same {
            assert_eq!(normalize_name(a), normalize_name(b), "{a} / {b}");
        }
        let different = [
            ("包头稀土有限公司", "包头稀土研究院"),
            ("包头稀土有限公司", "包头稀土集团有限公司"),
            ("有限公司", "股份公司"),
        ];
        for (a, b) in different {
            assert_ne!(normalize_name(a), normalize_name(b), "{a} / {b}");
        }
    }

    #[test]
    fn art_4_subsidiary_at_any_depth_of_the_parent_chain() {
        for depth in 1..=6 {
            let mut case = transformation();
            case.issuer.name = "北京某理工大学资产经营股份有限公司".into();
            case.issuer.credit_code.clear();
            // member0 → member1 → … → issuer (written with another company form).
            let members: Vec<Org> = (0..depth)
                .map(|i| {
                    let mut m = Org::named(&format!("第{i}层公司"));
                    m.parent = if i + 1 == depth {
                        "北京某理工大学资产经营股份公司".into()
                    } else {
                        format!("第{}层公司", i + 1)
                    };
                    m
                })
                .rev()
                .collect();
            case.takers[0].org.parent = "第0层公司".into();
            case.takers[0].consortium = members;
            let unmet = check_for_review(&case);
            assert_eq!(
                unmet.len(),
                depth + 1,
                "depth {depth}: the taker and every member: {unmet:?}"
            );
            assert!(unmet.iter().all(|u| matches!(
                u.rule,
                Rule::SameUnit {
                    subsidiary: true,
                    ..
                }
            )));
        }
    }

    #[test]
    fn parent_loops_do_not_hang() {
        let mut case = transformation();
        let mut a = Org::named("甲");
        a.parent = "乙".into();
        let mut b = Org::named("乙");
        b.parent = "甲".into();
        case.takers[0].consortium = vec![a, b];
        assert!(check_for_review(&case).is_empty());
    }

    #[test]
    fn art_9_4_reviewing_needs_an_applicant() {
        let mut case = breakthrough();
        case.takers.clear();
        assert_eq!(check_for_review(&case), vec![Rule::NoApplicant.into()]);
        case.takers = breakthrough().takers;
        case.takers[0].status = TakerStatus::Eliminated;
        assert_eq!(check_for_review(&case), vec![Rule::NoApplicant.into()]);
    }

    #[test]
    fn art_8_transformation_taker_is_an_in_region_enterprise() {
        let case = transformation();
        assert!(check_for_review(&case).is_empty());
        let mut out_of_region = transformation();
        out_of_region.takers[0].org.region = "北京市".into();
        out_of_region.takers[0].org.credit_code = code("91110000MA0N00001");
        let unmet = check_for_review(&out_of_region);
        assert!(matches!(
            &unmet[..],
            [Unmet {
                rule: Rule::TakerNotRegionalEnterprise {
                    in_region: false,
                    enterprise: true,
                    ..
                }
            }]
        ));
        assert_eq!(unmet[0].rule.source(), Source::from(Article::A8));
        let mut university = transformation();
        university.takers[0].org.org_type = crate::domain::OrgType::University;
        university.takers[0].org.credit_code = code("12150200MA0N00001");
        assert_eq!(check_for_review(&university).len(), 1);
        // A consortium led by an in-region enterprise may include a university.
        let mut led = transformation();
        let mut uni = Org::named("北京某大学");
        uni.org_type = crate::domain::OrgType::University;
        led.takers[0].consortium.push(uni);
        assert!(check_for_review(&led).is_empty());
    }

    #[test]
    fn art_9_5_matching_needs_a_recommended_taker() {
        let mut case = breakthrough();
        assert!(check_for_matching(&case).is_empty());
        case.takers[0].status = TakerStatus::Applied;
        assert_eq!(check_for_matching(&case), vec![Rule::NoRecommended.into()]);
        case.takers[0].status = TakerStatus::Recommended;
        case.takers[0].org.parent = case.issuer.name.clone();
        assert_eq!(check_for_matching(&case).len(), 1, "same-unit rule again");
    }
}
