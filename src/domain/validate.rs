//! Field validation with specific messages: mobile numbers, email, dates, text limits
//! counted in characters, credit codes. Errors block saving; warnings (things needed only
//! at a later stage, such as the credit code before 发布榜单) do not.

use chrono::NaiveDate;

use super::case::Case;
use super::credit_code::{self, CreditCodeError};
use super::money::Yuan;
use super::org::Org;
use super::vocab::{IpType, OrgType};

pub const LIMIT_NAME: usize = 200;
pub const LIMIT_ADDRESS: usize = 300;
/// A person's name.
pub const LIMIT_PERSON: usize = 50;
pub const LIMIT_SHORT: usize = 100;
pub const LIMIT_MEDIUM: usize = 500;
pub const LIMIT_EMAIL: usize = 254;
/// 拟转化科技成果情况, "3000字以内" (附件1).
pub const LIMIT_DESCRIPTION: usize = 3000;
/// 技术团队情况, "1000字以内" (附件1).
pub const LIMIT_TEAM: usize = 1000;
pub const LIMIT_REASON: usize = 2000;
pub const LIMIT_NOTE: usize = 5000;
/// 经办人: an operating-system user name (Linux allows 32; room for directory names).
pub const LIMIT_OFFICER: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Required,
    /// Empty now, but required before 发布榜单.
    NeededToPublish,
    /// Empty; a later rule will ask for it (a reason, a name), but saving is fine.
    ShouldFill,
    TooLong {
        max: usize,
        actual: usize,
    },
    Mobile,
    Email,
    CreditCode(CreditCodeError),
    /// This date is before `earlier`, which must come first.
    DateOrder {
        earlier: &'static str,
    },
    Date {
        input: String,
    },
    NotPositive,
    Negative,
    Percent {
        actual: u8,
    },
    /// A headcount larger than the total.
    MoreThanTotal {
        count: u32,
        total: u32,
    },
    /// `其他` chosen without saying what.
    OtherUnspecified,
    /// A stage record names a taker the case does not have.
    UnknownTaker {
        name: String,
    },
    /// An anonymous objection marked accepted: anonymous objections are not accepted.
    AnonymousAccepted,
    /// A stage gate eliminated the taker but its status says otherwise, or the reverse.
    GateStatus,
    /// The same thing recorded twice (an expert's score on one criterion).
    Duplicate,
    /// 经办人 with a control character or spaces around it: not a user name.
    OfficerName,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Dotted field path, e.g. `issuer.contact.mobile`, `takers.consortium.name`.
    pub path: &'static str,
    /// Positions (from 0) in the lists the path passes through: taker then member, tranche…
    pub index: Vec<usize>,
    pub severity: Severity,
    pub problem: Problem,
}

impl Issue {
    fn new(path: &'static str, index: &[usize], severity: Severity, problem: Problem) -> Issue {
        Issue {
            path,
            index: index.to_vec(),
            severity,
            problem,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Lengths such as "3000字以内" count Unicode scalar values, not bytes or columns.
pub fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// `^1[3-9]\d{9}$`, optionally prefixed `+86`; spaces and hyphens between digits are ignored.
/// Carrier prefixes are deliberately not checked: they change.
pub fn check_mobile(s: &str) -> Result<(), Problem> {
    let compact: String = s
        .trim()
        .chars()
        .filter(|c| *c != ' ' && *c != '-')
        .collect();
    let digits = compact.strip_prefix("+86").unwrap_or(&compact);
    let b = digits.as_bytes();
    let ok = b.len() == 11
        && b[0] == b'1'
        && (b'3'..=b'9').contains(&b[1])
        && b.iter().all(u8::is_ascii_digit);
    if ok { Ok(()) } else { Err(Problem::Mobile) }
}

/// A plain `local@domain.tld` check: what catches typos without refusing real addresses.
pub fn check_email(s: &str) -> Result<(), Problem> {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return Err(Problem::Email);
    };
    let ok = !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
        && domain
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.chars().count() >= 2)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    if ok { Ok(()) } else { Err(Problem::Email) }
}

/// Full-width digits and separators, as a Chinese input method types them.
fn halfwidth(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '－' | '—' => '-',
        '／' => '/',
        '．' | '。' => '.',
        _ => c,
    }
}

/// Accepts `2026-11-26`, `20261126`, `2026/11/26`, also `2026.11.26`, `2026-1-5` and
/// `2026年11月26日`, in half- or full-width digits.
pub fn parse_date(s: &str) -> Result<NaiveDate, Problem> {
    let bad = || Problem::Date {
        input: s.trim().to_string(),
    };
    let t: String = s.trim().chars().map(halfwidth).collect();
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(&t, "%Y%m%d").map_err(|_| bad());
    }
    let t = t.strip_suffix('日').unwrap_or(&t);
    let parts: Vec<&str> = t.split(['-', '/', '.', '年', '月']).collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let num = |p: &str, max_len: usize| -> Option<u32> {
        (!p.is_empty() && p.len() <= max_len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    match (num(y, 4).filter(|_| y.len() == 4), num(m, 2), num(d, 2)) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// A 经办人 as typed: trimmed, then refused if it holds a control character or is longer
/// than [`LIMIT_OFFICER`]. Empty means unassigned.
pub fn check_officer(s: &str) -> Result<String, Problem> {
    let name = s.trim();
    if name.chars().any(char::is_control) {
        return Err(Problem::OfficerName);
    }
    let actual = char_count(name);
    if actual > LIMIT_OFFICER {
        return Err(Problem::TooLong {
            max: LIMIT_OFFICER,
            actual,
        });
    }
    Ok(name.to_string())
}

/// The character limit of a field path, for counters in forms.
pub fn limit_of(path: &str) -> Option<usize> {
    let leaf = ["issuer.", "takers.org.", "takers.consortium."]
        .iter()
        .find_map(|p| path.strip_prefix(p))
        .unwrap_or(path);
    let limit = match leaf {
        "name" | "parent" | "tech_field" | "achievement.name" | "achievement.ip_other" => {
            LIMIT_NAME
        }
        "address" => LIMIT_ADDRESS,
        "contact.name" => LIMIT_PERSON,
        "region"
        | "legal_rep"
        | "org_type_other"
        | "contact.title"
        | "achievement.suggested_period"
        | "publicity.objections.by" => LIMIT_SHORT,
        "main_business" | "tranches.special_reason" | "tranches.note" => LIMIT_MEDIUM,
        "contact.email" => LIMIT_EMAIL,
        "credit_code" => credit_code::LENGTH,
        "contact.mobile" => 20,
        "achievement.description" => LIMIT_DESCRIPTION,
        "achievement.team" => LIMIT_TEAM,
        "publicity.objections.not_accepted_reason"
        | "publicity.objections.finding"
        | "extensions.reason"
        | "termination.reason" => LIMIT_REASON,
        "acceptance.remarks" | "notes.text" => LIMIT_NOTE,
        "officer" => LIMIT_OFFICER,
        _ => return records::limit_of(leaf),
    };
    Some(limit)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OrgScope {
    Issuer,
    Taker,
    Member,
}

macro_rules! org_paths {
    ($($leaf:literal),+ $(,)?) => {
        /// Static paths for an organisation's fields in each place an org appears.
        fn org_path(scope: OrgScope, leaf: &'static str) -> &'static str {
            match (scope, leaf) {
                $(
                    (OrgScope::Issuer, $leaf) => concat!("issuer.", $leaf),
                    (OrgScope::Taker, $leaf) => concat!("takers.org.", $leaf),
                    (OrgScope::Member, $leaf) => concat!("takers.consortium.", $leaf),
                )+
                _ => leaf,
            }
        }
    };
}

org_paths!(
    "name",
    "address",
    "region",
    "registered_capital",
    "legal_rep",
    "tech_field",
    "main_business",
    "staff_bachelor",
    "staff_rd",
    "org_type_other",
    "credit_code",
    "parent",
    "contact.name",
    "contact.title",
    "contact.mobile",
    "contact.email",
);

struct Checker {
    out: Vec<Issue>,
}

impl Checker {
    fn push(&mut self, path: &'static str, index: &[usize], sev: Severity, p: Problem) {
        self.out.push(Issue::new(path, index, sev, p));
    }

    /// Length against the field's limit (an error: the form would truncate it).
    fn len(&mut self, path: &'static str, index: &[usize], text: &str) {
        if let Some(max) = limit_of(path) {
            let actual = char_count(text);
            if actual > max {
                self.push(
                    path,
                    index,
                    Severity::Error,
                    Problem::TooLong { max, actual },
                );
            }
        }
    }

    /// `empty`: what an empty value is — nothing, required (error), needed to publish or
    /// should be filled (warnings).
    fn text(&mut self, path: &'static str, index: &[usize], text: &str, empty: Option<Problem>) {
        if text.trim().is_empty() {
            if let Some(p) = empty {
                let sev = match p {
                    Problem::Required => Severity::Error,
                    _ => Severity::Warning,
                };
                self.push(path, index, sev, p);
            }
        } else {
            self.len(path, index, text);
        }
    }

    fn money(&mut self, path: &'static str, index: &[usize], y: Option<Yuan>) {
        if y.is_some_and(|y| y.0 < 0) {
            self.push(path, index, Severity::Error, Problem::Negative);
        }
    }

    fn org(&mut self, org: &Org, scope: OrgScope, index: &[usize]) {
        let p = |leaf| org_path(scope, leaf);
        let issuer = scope == OrgScope::Issuer;
        self.text(p("name"), index, &org.name, Some(Problem::Required));
        for (leaf, text) in [
            ("address", &org.address),
            ("region", &org.region),
            ("legal_rep", &org.legal_rep),
            ("tech_field", &org.tech_field),
            ("main_business", &org.main_business),
            ("parent", &org.parent),
            ("contact.title", &org.contact.title),
        ] {
            self.text(p(leaf), index, text, None);
        }
        self.money(p("registered_capital"), index, org.registered_capital);
        if let Some(total) = org.staff_total {
            for (leaf, n) in [
                ("staff_bachelor", org.staff_bachelor),
                ("staff_rd", org.staff_rd),
            ] {
                if let Some(count) = n.filter(|n| *n > total) {
                    let prob = Problem::MoreThanTotal { count, total };
                    self.push(p(leaf), index, Severity::Warning, prob);
                }
            }
        }
        if org.org_type == OrgType::Other && org.org_type_other.trim().is_empty() {
            let prob = Problem::OtherUnspecified;
            self.push(p("org_type_other"), index, Severity::Warning, prob);
        } else {
            self.len(p("org_type_other"), index, &org.org_type_other);
        }
        match credit_code::check(org.credit_code.trim()) {
            Ok(()) => {}
            Err(CreditCodeError::Empty) => {
                if issuer {
                    let prob = Problem::NeededToPublish;
                    self.push(p("credit_code"), index, Severity::Warning, prob);
                }
            }
            Err(e) => self.push(
                p("credit_code"),
                index,
                Severity::Error,
                Problem::CreditCode(e),
            ),
        }
        let needed = issuer.then_some(Problem::NeededToPublish);
        self.text(p("contact.name"), index, &org.contact.name, needed);
        if org.contact.mobile.trim().is_empty() {
            if issuer {
                let prob = Problem::NeededToPublish;
                self.push(p("contact.mobile"), index, Severity::Warning, prob);
            }
        } else if let Err(e) = check_mobile(&org.contact.mobile) {
            self.push(p("contact.mobile"), index, Severity::Error, e);
        }
        if !org.contact.email.trim().is_empty() {
            self.len(p("contact.email"), index, &org.contact.email);
            if let Err(e) = check_email(&org.contact.email) {
                self.push(p("contact.email"), index, Severity::Error, e);
            }
        }
    }

    fn case(&mut self, case: &Case) {
        self.org(&case.issuer, OrgScope::Issuer, &[]);
        self.achievement(case);
        for (i, t) in case.takers.iter().enumerate() {
            self.org(&t.org, OrgScope::Taker, &[i]);
            for (j, m) in t.consortium.iter().enumerate() {
                self.org(m, OrgScope::Member, &[i, j]);
            }
        }
        self.plan_and_amounts(case);
        self.tranches(case);
        self.objections(case);
        self.closing(case);
        self.records(case);
        // A stored 经办人 must be exactly what `check_officer` would have kept.
        match check_officer(&case.officer) {
            Ok(name) if name == case.officer => {}
            Ok(_) => self.push("officer", &[], Severity::Error, Problem::OfficerName),
            Err(p) => self.push("officer", &[], Severity::Error, p),
        }
    }

    /// The achievement and its field: what 附件1 asks of the issuer.
    fn achievement(&mut self, case: &Case) {
        let e = || Some(Problem::Required);
        let publish = Some(Problem::NeededToPublish);
        let a = &case.achievement;
        self.text("achievement.name", &[], &a.name, e());
        if case.field.is_none() {
            self.push("field", &[], Severity::Warning, Problem::NeededToPublish);
        }
        self.text("achievement.description", &[], &a.description, publish);
        self.text("achievement.team", &[], &a.team, None);
        self.text(
            "achievement.suggested_period",
            &[],
            &a.suggested_period,
            None,
        );
        if a.ip_types.contains(&IpType::Other) && a.ip_other.trim().is_empty() {
            let prob = Problem::OtherUnspecified;
            self.push("achievement.ip_other", &[], Severity::Warning, prob);
        } else {
            self.len("achievement.ip_other", &[], &a.ip_other);
        }
        self.money(
            "achievement.estimated_investment",
            &[],
            a.estimated_investment,
        );
    }

    /// The period's dates in order and the amounts well-formed.
    fn plan_and_amounts(&mut self, case: &Case) {
        if let (Some(start), Some(end)) = (case.plan.start, case.plan.end)
            && end < start
        {
            let prob = Problem::DateOrder {
                earlier: "plan.start",
            };
            self.push("plan.end", &[], Severity::Error, prob);
        }
        self.money("amounts.rd_investment", &[], case.amounts.rd_investment);
        self.money("amounts.funds_received", &[], case.amounts.funds_received);
        self.money("amounts.recovered", &[], Some(case.amounts.recovered));
    }

    /// Each tranche positive; a special one says why.
    fn tranches(&mut self, case: &Case) {
        for (i, t) in case.tranches.iter().enumerate() {
            if t.amount.0 <= 0 {
                self.push(
                    "tranches.amount",
                    &[i],
                    Severity::Error,
                    Problem::NotPositive,
                );
            }
            let reason_needed = t.special.then_some(Problem::ShouldFill);
            self.text(
                "tranches.special_reason",
                &[i],
                &t.special_reason,
                reason_needed,
            );
            self.text("tranches.note", &[i], &t.note, None);
        }
    }

    /// Each publicity objection: a named objector, a reason when not accepted, dates in
    /// order.
    fn objections(&mut self, case: &Case) {
        for (i, o) in case.publicity.objections.iter().enumerate() {
            let named = o.objector != crate::domain::records::Objector::Anonymous;
            let by_needed = named.then_some(Problem::Required);
            self.text("publicity.objections.by", &[i], &o.by, by_needed);
            let reason_needed = (!o.accepted).then_some(Problem::ShouldFill);
            let path = "publicity.objections.not_accepted_reason";
            self.text(path, &[i], &o.not_accepted_reason, reason_needed);
            self.text("publicity.objections.finding", &[i], &o.finding, None);
            if o.resolved.is_some_and(|r| r < o.received) {
                let prob = Problem::DateOrder {
                    earlier: "publicity.objections.received",
                };
                self.push("publicity.objections.resolved", &[i], Severity::Error, prob);
            }
        }
    }

    /// Extensions, termination, acceptance and notes.
    fn closing(&mut self, case: &Case) {
        let e = || Some(Problem::Required);
        let w = || Some(Problem::ShouldFill);
        for (i, x) in case.extensions.iter().enumerate() {
            self.text("extensions.reason", &[i], &x.reason, w());
        }
        if let Some(t) = &case.termination {
            self.text("termination.reason", &[], &t.reason, w());
            self.money("termination.recovered", &[], t.recovered);
        }
        if let Some(actual) = case.acceptance.completion_pct.filter(|p| *p > 100) {
            let prob = Problem::Percent { actual };
            self.push("acceptance.completion_pct", &[], Severity::Error, prob);
        }
        self.text("acceptance.remarks", &[], &case.acceptance.remarks, None);
        for (i, n) in case.notes.iter().enumerate() {
            self.text("notes.text", &[i], &n.text, e());
        }
    }
}

/// Every field of the case. Errors first, then warnings, each in form order.
pub fn validate_case(case: &Case) -> Vec<Issue> {
    let mut c = Checker { out: Vec::new() };
    c.case(case);
    c.out.sort_by_key(|i| i.severity != Severity::Error);
    c.out
}

/// True when nothing blocks saving.
pub fn can_save(issues: &[Issue]) -> bool {
    !issues.iter().any(Issue::is_error)
}

mod records;

#[cfg(test)]
mod tests;
