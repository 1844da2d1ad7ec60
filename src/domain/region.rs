//! Inner Mongolia's leagues and cities (administrative division codes) and "in region".

use super::credit_code;
use super::org::Org;
use super::vocab::OrgType;

/// The autonomous region and its 12 leagues and cities.
pub const REGIONS: &[(&str, &str)] = &[
    ("内蒙古自治区", "150000"),
    ("呼和浩特市", "150100"),
    ("包头市", "150200"),
    ("乌海市", "150300"),
    ("赤峰市", "150400"),
    ("通辽市", "150500"),
    ("鄂尔多斯市", "150600"),
    ("呼伦贝尔市", "150700"),
    ("巴彦淖尔市", "150800"),
    ("乌兰察布市", "150900"),
    ("兴安盟", "152200"),
    ("锡林郭勒盟", "152500"),
    ("阿拉善盟", "152900"),
];

/// The short form officers type: `包头` for `包头市`, `锡林郭勒` for `锡林郭勒盟`.
fn short(name: &str) -> &str {
    name.strip_suffix("自治区")
        .or_else(|| name.strip_suffix('市'))
        .or_else(|| name.strip_suffix('盟'))
        .unwrap_or(name)
}

/// The division code of a region name, full or short (`包头` / `包头市`).
pub fn region_code(name: &str) -> Option<&'static str> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    REGIONS
        .iter()
        .find(|(full, _)| *full == name || short(full) == name)
        .map(|(_, code)| *code)
}

/// The region named at the start of an address-like text, e.g. `内蒙古自治区包头市昆都仑区`
/// or `包头市稀土高新区` → `150200`; `内蒙古` alone → `150000`.
pub fn region_in_text(text: &str) -> Option<&'static str> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let rest = t
        .strip_prefix("内蒙古自治区")
        .or_else(|| t.strip_prefix("内蒙古"))
        .map(|r| (r, true))
        .unwrap_or((t.as_str(), false));
    let city = REGIONS[1..]
        .iter()
        .find(|(full, _)| rest.0.starts_with(short(full)))
        .map(|(_, code)| *code);
    match (city, rest.1) {
        (Some(code), _) => Some(code),
        (None, true) => Some("150000"),
        (None, false) => None,
    }
}

/// Registered in Inner Mongolia: the region names a league/city of the table, or the credit
/// code's division (positions 3–4) is `15`.
pub fn is_in_region(org: &Org) -> bool {
    if region_in_text(&org.region).is_some() {
        return true;
    }
    let code = credit_code::normalize(&org.credit_code);
    credit_code::division(&code).is_some_and(|d| d.starts_with("15"))
}

/// An enterprise: a 科技型企业, a code registered by market regulation (`9…`), or an
/// "other" type described as 企业/公司.
pub fn is_enterprise(org: &Org) -> bool {
    match org.org_type {
        OrgType::TechEnterprise => true,
        OrgType::Other
            if org.org_type_other.contains("企业") || org.org_type_other.contains("公司") =>
        {
            true
        }
        _ => credit_code::normalize(&org.credit_code).starts_with('9'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_leagues_and_cities_plus_the_region() {
        assert_eq!(REGIONS.len(), 13);
        assert_eq!(region_code("包头"), Some("150200"));
        assert_eq!(region_code("包头市"), Some("150200"));
        assert_eq!(region_code("锡林郭勒"), Some("152500"));
        assert_eq!(region_code("锡林郭勒盟"), Some("152500"));
        assert_eq!(region_code(" 内蒙古 "), Some("150000"));
        assert_eq!(region_code("北京市"), None);
        assert_eq!(region_code(""), None);
    }

    #[test]
    fn region_in_address_text() {
        assert_eq!(region_in_text("内蒙古自治区包头市昆都仑区"), Some("150200"));
        assert_eq!(region_in_text("鄂尔多斯市康巴什区"), Some("150600"));
        assert_eq!(region_in_text("内蒙古"), Some("150000"));
        assert_eq!(region_in_text("北京市海淀区"), None);
    }

    #[test]
    fn in_region_by_name_or_credit_code() {
        let mut org = Org::named("某公司");
        org.region = "北京市".into();
        assert!(!is_in_region(&org));
        org.credit_code = credit_code::with_check_char("91150200MA0N00001").unwrap();
        assert!(is_in_region(&org), "division 15 in the credit code");
        let mut org = Org::named("某公司");
        org.region = "乌兰察布".into();
        assert!(is_in_region(&org));
    }

    #[test]
    fn enterprise_by_type_code_or_description() {
        let mut org = Org::named("内蒙古大学");
        org.org_type = OrgType::University;
        org.credit_code = credit_code::with_check_char("12150000460000001").unwrap();
        assert!(!is_enterprise(&org));
        org.credit_code = credit_code::with_check_char("91150000460000001").unwrap();
        assert!(is_enterprise(&org));
        let mut other = Org::named("某集团");
        other.org_type = OrgType::Other;
        other.org_type_other = "国有企业".into();
        assert!(is_enterprise(&other));
        other.org_type_other = "社团组织".into();
        assert!(!is_enterprise(&other));
        assert!(is_enterprise(&Org::named("默认为科技型企业")));
    }
}
