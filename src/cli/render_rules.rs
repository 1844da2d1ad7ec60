//! The parts of `show` that the rules of issue 10 added: the agreement's 产权归属 and
//! 利益分配, the termination with its agreement, approval and special audit, and the
//! advisory warnings (a region the credit code contradicts).

use crate::i18n::msg;
use std::fmt::Write;

use crate::domain::Case;
use crate::domain::rules::check_warnings;
use crate::i18n::{Lang, tr};
use crate::io::inert::inert_line;

fn kv(o: &mut String, k: &str, v: &str) {
    let v = if v.trim().is_empty() { "-" } else { v };
    let _ = writeln!(o, "  {k}: {}", inert_line(v));
}

fn yes_no(lang: Lang, b: bool) -> &'static str {
    tr(lang, if b { msg::words::YES } else { msg::words::NO })
}

/// 产权归属 and 利益分配, under the agreement dates.
pub fn agreement_lines(o: &mut String, case: &Case, lang: Lang) {
    kv(
        o,
        tr(lang, msg::validate::F_IP_OWNERSHIP),
        &case.plan.ip_ownership,
    );
    kv(
        o,
        tr(lang, msg::validate::F_BENEFIT_SHARING),
        &case.plan.benefit_sharing,
    );
}

/// A `[终止]` section when the case records a termination.
pub fn termination_text(o: &mut String, case: &Case, lang: Lang) {
    let Some(t) = &case.termination else {
        return;
    };
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or("-".into());
    let _ = writeln!(o, "\n[{}]", tr(lang, msg::rules::SHOW_TERMINATION));
    kv(o, tr(lang, msg::rules::DATED_TERMINATION), &date(t.date));
    kv(o, tr(lang, msg::validate::F_REASON), &t.reason);
    kv(
        o,
        tr(lang, msg::rules::SHOW_BOTH_AGREED),
        yes_no(lang, t.both_agreed),
    );
    kv(
        o,
        tr(lang, msg::rules::SHOW_APPROVED),
        yes_no(lang, t.approved),
    );
    kv(
        o,
        tr(lang, msg::validate::F_AUDIT_DATE),
        &date(t.audit_date),
    );
    kv(
        o,
        tr(lang, msg::validate::F_AUDIT_CONCLUSION),
        &t.audit_conclusion,
    );
    let recovered = t
        .recovered
        .map(|y| format!("{} {}", y.wan_string(), tr(lang, msg::words::WAN)))
        .unwrap_or("-".into());
    kv(o, tr(lang, msg::validate::F_RECOVERED), &recovered);
}

/// A `[提示]` section with the warnings that refuse nothing.
pub fn warnings_text(o: &mut String, case: &Case, lang: Lang) {
    let warnings = check_warnings(case);
    if warnings.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n[{}]", tr(lang, msg::rules::SHOW_WARNINGS));
    for w in warnings {
        let _ = writeln!(o, "  - {}", inert_line(&w.message(lang)));
    }
}
