//! What the CLI says about rule breaches stored on purpose: after a restore, and in `show`.

use crate::app::rule_doors::{case_breaches, rule_id};
use crate::app::{Config, Session, SessionOptions};
use crate::domain::{Case, CaseSummary};
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

/// After a restore: flags every case of the restored store that breaks a rule (the backup
/// may predate the rule) and lists them, so they are visible rather than refused.
pub(super) fn flag_after_restore(opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let s = super::open(opts, cfg, false)?;
    let flagged = s.flag_stored_breaches()?;
    if flagged.is_empty() {
        return Ok(());
    }
    let lang = opts.lang;
    outln!(
        "{}",
        trf(lang, msg::app::RESTORE_BREACHES, &[("n", &flagged.len())])
    );
    for (id, unmet) in flagged {
        for u in unmet {
            outln!("  {id}: {}", crate::io::inert_line(&u.message(lang)));
        }
    }
    Ok(())
}

/// The [违规/待核] section of `show`: each flagged rule with its article and whether it is
/// still unmet, or nothing for a case without flags.
pub(super) fn section(s: &Session, case: &Case, lang: Lang) -> String {
    if case.breaches.is_empty() {
        return String::new();
    }
    let unmet = case_breaches(case, &s.rule_ctx());
    let mut o = format!("\n[{}]\n", tr(lang, msg::app::BREACH_SECTION));
    for id in &case.breaches {
        let mut found = false;
        for u in unmet.iter().filter(|u| rule_id(u) == *id) {
            found = true;
            o.push_str(&format!(
                "  ! {}\n",
                crate::io::inert_line(&u.message(lang))
            ));
        }
        if !found {
            o.push_str(&format!(
                "  ! {id} ({})\n",
                tr(lang, msg::app::BREACH_RESOLVED)
            ));
        }
    }
    o.push_str(&format!("  ({})\n", tr(lang, msg::app::BREACH_FLAGGED)));
    o
}

/// The list's id cell: flagged cases carry the breach marker.
pub(super) fn marked_id(s: &CaseSummary, lang: Lang) -> String {
    if s.breach {
        format!("{} {}", s.id, tr(lang, msg::app::BREACH_MARK))
    } else {
        s.id.clone()
    }
}
