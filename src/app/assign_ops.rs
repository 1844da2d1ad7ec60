//! 经办人: which officer a case belongs to. The officer is an operating-system user name,
//! the same name the audit log records as the actor, so `mine` in a filter and "who
//! changed this" in the history speak of the same people.

use crate::domain::Case;
use crate::domain::validate::{self, Issue, Severity};

use super::error::OpError;
use super::session::Session;

impl Session {
    /// Makes `officer` (trimmed; empty unassigns) the case's 经办人: one audited write
    /// (action `assign`, note `old -> new`), refused when `expected_rev` is stale. Assigning
    /// the officer the case already has writes nothing.
    pub fn assign(
        &self,
        id: &str,
        officer: &str,
        expected_rev: Option<u64>,
    ) -> Result<Case, OpError> {
        let officer = validate::check_officer(officer).map_err(|problem| {
            OpError::Invalid(vec![Issue {
                path: "officer",
                index: Vec::new(),
                severity: Severity::Error,
                problem,
            }])
        })?;
        self.write_ctx()?;
        let current = self.case(id)?;
        if current.officer == officer && expected_rev.is_none_or(|r| r == current.rev) {
            return Ok(current);
        }
        if !officer.is_empty()
            && officer != current.officer
            && officer != self.me()
            && !super::officers::is_known(&officer, &self.officers)
        {
            return Err(super::officers::unknown(
                &officer,
                &self.officers,
                self.lang,
            ));
        }
        let note = format!("{} -> {}", current.officer, officer);
        self.write_case(id, expected_rev, "assign", &note, |case: &mut Case| {
            case.officer = officer;
            Ok(())
        })
    }

    /// The user name a new case is assigned to and `mine` matches: the OS user running
    /// the process, without the SSH client address.
    pub fn me(&self) -> &str {
        &self.actor().user
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Config, SessionOptions};
    use crate::domain::{Kind, Org};
    use crate::store::StoreError;

    fn session() -> (tempfile::TempDir, Session, String) {
        let dir = tempfile::tempdir().unwrap();
        let opts = SessionOptions {
            db: Some(dir.path().join("s.redb")),
            create: true,
            ..SessionOptions::default()
        };
        let cfg = Config {
            officers: ["zhangsan", "lisi", "wangwu"].map(String::from).to_vec(),
            ..Config::default()
        };
        let s = Session::open(&opts, &cfg).unwrap();
        let ctx = s.write_ctx().unwrap();
        let case = s
            .store()
            .create(&ctx, 2026, "", |id| {
                Case::new(
                    id,
                    Kind::Breakthrough,
                    Org::named("包头稀土"),
                    "永磁",
                    ctx.now,
                )
            })
            .unwrap();
        (dir, s, case.id)
    }

    #[test]
    fn assign_records_old_and_new_in_one_audited_event() {
        let (_dir, s, id) = session();
        let rev = s.case(&id).unwrap().rev;
        let c = s.assign(&id, "  zhangsan ", Some(rev)).unwrap();
        assert_eq!(c.officer, "zhangsan");
        assert_eq!(c.rev, rev + 1);
        let c = s.assign(&id, "lisi", None).unwrap();
        let events = s.store().events(Some(&id)).unwrap();
        let assigns: Vec<_> = events.iter().filter(|e| e.action == "assign").collect();
        assert_eq!(assigns.len(), 2);
        assert_eq!(assigns[0].note, " -> zhangsan");
        assert_eq!(assigns[1].note, "zhangsan -> lisi");
        assert_eq!(assigns[1].actor.user, s.me());
        assert!(assigns[1].changes.iter().any(|ch| ch.path == "officer"));
        assert_eq!(s.summaries().unwrap()[0].officer, "lisi");
        // Unassigning is assigning nobody.
        let c2 = s.assign(&id, "", Some(c.rev)).unwrap();
        assert_eq!(c2.officer, "");
        assert_eq!(s.summaries().unwrap()[0].officer, "");
    }

    #[test]
    fn a_stale_revision_is_refused_and_changes_nothing() {
        let (_dir, s, id) = session();
        let rev = s.case(&id).unwrap().rev;
        s.assign(&id, "lisi", Some(rev)).unwrap();
        let err = s.assign(&id, "wangwu", Some(rev)).unwrap_err();
        assert!(
            matches!(err, OpError::Store(StoreError::Stale { .. })),
            "{err}"
        );
        assert_eq!(err.exit_code(), 6);
        assert_eq!(s.case(&id).unwrap().officer, "lisi");
    }

    #[test]
    fn bad_names_are_refused_before_writing() {
        let (_dir, s, id) = session();
        let before = s.case(&id).unwrap().rev;
        for bad in ["zhang\u{1b}[31m", "a\nb", &"x".repeat(65)] {
            let err = s.assign(&id, bad, None).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad:?}");
        }
        assert_eq!(s.case(&id).unwrap().rev, before);
        let err = s.assign("JB-2026-9999", "lisi", None).unwrap_err();
        assert_eq!(err.exit_code(), 4);
    }

    #[test]
    fn a_case_created_in_the_form_belongs_to_its_creator() {
        use crate::app::ui::Backend;
        let (_dir, s, _) = session();
        let now = s.now();
        let mut org = Org::named("鄂尔多斯储能");
        org.region = "鄂尔多斯市".into();
        let new = Case::new(String::new(), Kind::Breakthrough, org, "液流电堆", now);
        let stored = Backend::create_case(&s, new).unwrap();
        assert!(!s.me().is_empty());
        assert_eq!(stored.officer, s.me());
        assert_eq!(s.case(&stored.id).unwrap().officer, s.me());
    }

    #[test]
    fn reassigning_the_same_officer_writes_nothing() {
        let (_dir, s, id) = session();
        let c = s.assign(&id, "lisi", None).unwrap();
        let again = s.assign(&id, "lisi", Some(c.rev)).unwrap();
        assert_eq!(again.rev, c.rev);
    }

    #[test]
    fn only_known_officers_are_assigned_and_the_error_names_them() {
        let (_dir, s, id) = session();
        let before = s.case(&id).unwrap();
        let err = s.assign(&id, "zhangsna", None).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        let msg = err.lines(crate::i18n::Lang::En).join("\n");
        assert!(
            msg.contains("zhangsna") && msg.contains("lisi, wangwu, zhangsan"),
            "{msg}"
        );
        assert_eq!(s.case(&id).unwrap().rev, before.rev, "nothing written");
        // Oneself is always known, listed or not.
        let me = s.me().to_string();
        assert_eq!(s.assign(&id, &me, None).unwrap().officer, me);
    }
}
