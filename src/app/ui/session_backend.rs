//! The UI's [`Backend`] over an [`app::Session`](crate::app::Session): the same operations
//! the CLI uses, so `a` in the TUI and `jiebang advance` check the same rules, the same
//! revisions and write the same audit events.

use super::text::{LoadedCase, Shown};
use crate::i18n::msg;
use chrono::NaiveDate;

use crate::app::error::OpError;
use crate::app::{Format, Session};
use crate::domain::records::Review;
use crate::domain::rules::{self, subsidy_calc};
use crate::domain::workflow::Refusal;
use crate::domain::{
    Case, CaseSummary, Extension, Objection, Org, Stage, Termination, Tranche, Yuan,
};
use crate::i18n::{tr, trf};
use crate::store::StoreError;

use super::backend::{
    AdvancePreview, Backend, BackendResult, CaseDetail, DraftRow, HistoryLine, PublicityEnd,
    RowFacts, SavedView, Unmet, WriteError,
};
use crate::app::record_ops::TakerRecord;
use crate::domain::case::Acceptance;
use crate::domain::records::{Midterm, MidtermSummary};

fn unmet(s: &Session, u: &[rules::Unmet]) -> Vec<Unmet> {
    u.iter()
        .map(|u| Unmet {
            article: u.rule.article().label(s.lang).to_string(),
            message: u.rule.text(s.lang),
        })
        .collect()
}

fn text(s: &Session, e: &OpError) -> String {
    e.lines(s.lang).join(" ")
}

fn write_error(s: &Session, id: &str, e: OpError) -> WriteError {
    match e {
        OpError::Store(StoreError::Stale { by, at, .. }) => WriteError::Stale {
            by,
            at,
            what: last_change(s, id),
        },
        OpError::Store(StoreError::NotFound { .. }) => WriteError::NotFound,
        OpError::Refused(Refusal::Unmet(u)) => WriteError::Refused(unmet(s, &u)),
        other => WriteError::Other(text(s, &other)),
    }
}

/// What the last event on a case changed, for a stale-write report.
fn last_change(s: &Session, id: &str) -> String {
    let Ok(events) = s.store().events(Some(id)) else {
        return String::new();
    };
    let Some(e) = events.last() else {
        return String::new();
    };
    let paths: Vec<String> = e
        .changes
        .iter()
        .map(|c| c.path.as_str())
        .filter(|p| !p.is_empty() && !BOOKKEEPING.contains(p))
        .take(3)
        .map(|p| crate::app::history_text::field_name(s.lang, p))
        .collect();
    let action = action_label(s.lang, &e.action);
    if paths.is_empty() {
        action
    } else {
        format!("{action}: {}", paths.join(", "))
    }
}

/// Fields every write touches; listing them buries the change an officer looks for.
const BOOKKEEPING: &[&str] = &["rev", "updated_at", "stage_since"];

/// The audit action in the reader's language; an action this build does not know stays as
/// stored rather than being hidden.
fn action_label(lang: crate::i18n::Lang, action: &str) -> String {
    let label = match action {
        "create" => tr(lang, msg::tui::HISTORY_CREATE),
        "import" => tr(lang, msg::tui::HISTORY_IMPORT),
        "note" => tr(lang, msg::tui::HISTORY_NOTE),
        "edit" => tr(lang, msg::tui::HISTORY_EDIT),
        "move" => tr(lang, msg::tui::HISTORY_MOVE),
        "tranche" => tr(lang, msg::tui::HISTORY_TRANCHE),
        "extension" => tr(lang, msg::tui::HISTORY_EXTENSION),
        "review" => tr(lang, msg::tui::HISTORY_REVIEW),
        "objection" => tr(lang, msg::tui::HISTORY_OBJECTION),
        "midterm" => tr(lang, msg::tui::HISTORY_MIDTERM),
        "acceptance" => tr(lang, msg::tui::HISTORY_ACCEPTANCE),
        "taker" => tr(lang, msg::tui::HISTORY_TAKER),
        other => return other.to_string(),
    };
    label.to_string()
}

fn history(s: &Session, id: &str) -> Vec<HistoryLine> {
    let events = s.store().events(Some(id)).unwrap_or_default();
    events
        .iter()
        .rev()
        .map(|e| {
            let mut what = action_label(s.lang, &e.action);
            let changes: Vec<String> = e
                .changes
                .iter()
                .filter(|c| !c.path.is_empty() && !BOOKKEEPING.contains(&c.path.as_str()))
                .take(3)
                .map(|c| crate::app::history_text::change_text(s.lang, c))
                .collect();
            if !changes.is_empty() {
                what.push_str(": ");
                what.push_str(&changes.join("; "));
            }
            if !e.note.is_empty() {
                what.push_str(&format!(" ({})", e.note));
            }
            HistoryLine {
                at: e.at,
                who: Shown::new(&e.actor.label()),
                what: Shown::lines(&what),
            }
        })
        .collect()
}

/// Context for the advance dialog: the publicity period and signed dates before 项目实施.
fn info(s: &Session, c: &Case, to: Option<Stage>) -> Vec<String> {
    let lang = s.lang;
    let mut out = Vec::new();
    if to == Some(Stage::Implementing) {
        if let Some(start) = c.publicity.start {
            let end = rules::publicity_end(start, &s.calendar, &s.settings);
            let open = c
                .publicity
                .objections
                .iter()
                .filter(|o| o.is_open())
                .count();
            out.push(trf(
                lang,
                msg::tui::INFO_PUBLICITY,
                &[
                    ("start", &start),
                    ("end", &end.date),
                    ("days", &s.settings.publicity_working_days),
                    ("objections", &open),
                ],
            ));
        }
        let date = |d: Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
        out.push(trf(
            lang,
            msg::tui::INFO_SIGNED,
            &[
                ("agreement", &date(c.plan.agreement_signed)),
                ("task_book", &date(c.plan.task_book_signed)),
            ],
        ));
    }
    out
}

impl Backend for Session {
    fn summaries(&self) -> BackendResult<Vec<CaseSummary>> {
        Session::summaries_for_screen(self).map_err(|e| text(self, &e))
    }

    fn first_page(&self, n: usize) -> BackendResult<(Vec<CaseSummary>, u64)> {
        self.store()
            .summaries_page(n)
            .map_err(|e| text(self, &crate::app::OpError::Store(e)))
    }

    fn facts(&self, rows: &[CaseSummary], today: NaiveDate) -> Vec<RowFacts> {
        Session::facts(self, rows, today)
    }

    fn today(&self) -> NaiveDate {
        Session::today(self)
    }

    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        Session::now(self)
    }

    fn change_counter(&self) -> BackendResult<u64> {
        self.store()
            .change_counter()
            .map_err(|e| e.message(self.lang))
    }

    fn case(&self, id: &str) -> Result<CaseDetail, WriteError> {
        let case = Session::case(self, id).map_err(|e| write_error(self, id, e))?;
        let next = if case.stage.is_closed() {
            None
        } else {
            Session::default_target(&case)
        };
        let guard = next
            .map(|to| unmet(self, self.preview_case(&case, to).unmet()))
            .unwrap_or_default();
        let subsidy = subsidy_calc(&case, &self.settings).explain(self.lang);
        let publicity_end = case.publicity.start.map(|start| {
            let end = rules::publicity_end(start, &self.calendar, &self.settings);
            PublicityEnd {
                date: end.date,
                working_days: self.settings.publicity_working_days,
                unknown_years: self.calendar.unknown_years(start, end.date),
            }
        });
        let midterm_due = MidtermSummary::of(&case).due_date(&self.settings);
        let midterm_basis = super::midterm_basis::MidtermBasis::of(&case, &self.settings);
        let breaches = unmet(
            self,
            &crate::app::rule_doors::flagged(&case, &self.rule_ctx()),
        );
        let case = LoadedCase::new(case).map_err(|e| {
            WriteError::Other(trf(
                self.lang,
                msg::tui::DETAIL_UNSHOWABLE,
                &[("id", &id), ("error", &e)],
            ))
        })?;
        Ok(CaseDetail {
            breaches,
            publicity_end,
            midterm_due,
            records: self.settings.records.clone(),
            midterm_basis,
            history: history(self, id),
            case,
            next,
            guard,
            subsidy,
        })
    }

    fn preview_advance(&self, id: &str) -> Result<AdvancePreview, WriteError> {
        let case = Session::case(self, id).map_err(|e| write_error(self, id, e))?;
        let to = if case.stage.is_closed() {
            None
        } else {
            Session::default_target(&case)
        };
        let unmet = match to {
            Some(t) => {
                let p = self.preview_case(&case, t);
                match &p.verdict {
                    Ok(_) => Vec::new(),
                    Err(Refusal::Unmet(u)) => unmet(self, u),
                    Err(Refusal::Invalid(_)) => vec![Unmet {
                        article: String::new(),
                        message: tr(self.lang, msg::tui::INFO_NOT_ALLOWED).to_string(),
                    }],
                }
            }
            None => Vec::new(),
        };
        Ok(AdvancePreview {
            id: case.id.clone(),
            name: Shown::new(&case.achievement.name),
            from: case.stage,
            to,
            rev: case.rev,
            info: info(self, &case, to)
                .iter()
                .map(|i| Shown::new(i))
                .collect(),
            unmet,
        })
    }

    fn advance(&self, id: &str, to: Stage, rev: u64, note: &str) -> Result<u64, WriteError> {
        self.move_case(id, to, Some(rev), note)
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn back(&self, id: &str, rev: u64, reason: &str) -> Result<u64, WriteError> {
        self.move_back(id, Some(rev), reason)
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn note(&self, id: &str, _rev: u64, text: &str) -> Result<u64, WriteError> {
        // A note is a single-key append: it never conflicts, so no revision check.
        self.add_note(id, text)
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn views(&self) -> BackendResult<Vec<SavedView>> {
        self.store()
            .views()
            .map(|v| {
                v.into_iter()
                    .map(|(name, query)| SavedView { name, query })
                    .collect()
            })
            .map_err(|e| e.message(self.lang))
    }

    fn save_view(&self, name: &str, query: &str) -> BackendResult<()> {
        let ctx = self.write_ctx().map_err(|e| text(self, &e))?;
        self.store()
            .put_view(&ctx, name, query)
            .map_err(|e| e.message(self.lang))
    }

    fn export(&self, path: &str, ids: &[String]) -> BackendResult<usize> {
        export_file(self, path, ids, false)
    }

    fn export_would_replace(&self, path: &str) -> bool {
        let p = crate::io::outfile::expand_tilde(std::path::Path::new(path));
        std::fs::metadata(p).is_ok_and(|m| m.is_file())
    }

    fn export_replacing(&self, path: &str, ids: &[String]) -> BackendResult<usize> {
        export_file(self, path, ids, true)
    }

    // -- form --
    fn create_case(&self, case: Case) -> Result<Case, WriteError> {
        super::session_form::create_case(self, case).map_err(|e| write_error(self, "", e))
    }

    fn save_case(&self, case: Case, rev: u64) -> Result<Case, WriteError> {
        let id = case.id.clone();
        Session::save_case(self, case, rev).map_err(|e| write_error(self, &id, e))
    }

    fn add_tranche(&self, id: &str, tranche: Tranche) -> Result<u64, WriteError> {
        Session::add_tranche(self, id, tranche)
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn add_extension(&self, id: &str, extension: Extension) -> Result<u64, WriteError> {
        Session::add_extension(self, id, extension)
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn terminate(&self, id: &str, termination: Termination, rev: u64) -> Result<u64, WriteError> {
        Session::terminate_record(self, id, termination, Some(rev))
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn record_objection(
        &self,
        id: &str,
        index: Option<usize>,
        objection: Objection,
        rev: u64,
    ) -> Result<u64, WriteError> {
        Session::record_objection(self, id, index, objection, Some(rev))
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn add_review(&self, id: &str, review: Review, rev: u64) -> Result<u64, WriteError> {
        Session::add_review(self, id, review, Some(rev))
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn orgs(&self) -> BackendResult<Vec<Org>> {
        super::session_form::orgs(self).map_err(|e| text(self, &e))
    }

    fn drafts(&self) -> BackendResult<Vec<DraftRow>> {
        super::session_form::drafts(self).map_err(|e| text(self, &e))
    }

    fn start_digest(&self) -> BackendResult<Option<crate::app::digest_ops::Digest>> {
        Session::start_digest(self).map_err(|e| text(self, &e))
    }

    fn put_draft(&self, key: &str, payload: &str) -> BackendResult<()> {
        super::session_form::put_draft(self, key, payload, false)
    }

    fn draft_holders(&self) -> BackendResult<Vec<(String, chrono::DateTime<chrono::Utc>)>> {
        super::session_form::draft_holders(self).map_err(|e| text(self, &e))
    }

    fn take_draft(&self, key: &str, payload: &str) -> BackendResult<()> {
        super::session_form::put_draft(self, key, payload, true)
    }

    fn delete_draft(&self, key: &str) -> BackendResult<()> {
        let user = super::session_form::user(self);
        self.store()
            .delete_draft(&user, key)
            .map_err(|e| e.message(self.lang))
    }

    // -- stage forms --
    fn record_midterm(&self, id: &str, midterm: Midterm, rev: u64) -> Result<u64, WriteError> {
        Session::record_midterm(self, id, midterm, Some(rev))
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn record_acceptance(
        &self,
        id: &str,
        acceptance: Acceptance,
        funds_received: Option<Option<Yuan>>,
        rev: u64,
    ) -> Result<u64, WriteError> {
        Session::record_acceptance(self, id, acceptance, funds_received, Some(rev))
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn record_taker(
        &self,
        id: &str,
        index: usize,
        record: TakerRecord,
        rev: u64,
    ) -> Result<u64, WriteError> {
        Session::record_taker(self, id, index, record, Some(rev))
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn undo(&self, id: &str) -> Result<u64, WriteError> {
        self.undo_last(id)
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }

    fn assign(&self, id: &str, officer: &str, rev: u64) -> Result<u64, WriteError> {
        Session::assign(self, id, officer, Some(rev))
            .map(|c| c.rev)
            .map_err(|e| write_error(self, id, e))
    }
}

/// `:export PATH`: the same checks as the CLI's `export -o` (`replace` is its `--force`,
/// given once the officer said yes).
fn export_file(s: &Session, path: &str, ids: &[String], replace: bool) -> BackendResult<usize> {
    use crate::io::outfile::{self, OutError, OutOptions};
    let p = outfile::expand_tilde(std::path::Path::new(path));
    let out = Session::export(s, Some(ids), Format::from_path(&p)).map_err(|e| text(s, &e))?;
    let opts = OutOptions {
        force: replace,
        ..OutOptions::default()
    };
    outfile::write(&p, &out, &opts).map_err(|e| match e {
        OutError::Exists { path } => trf(
            s.lang,
            msg::tui::EXPORT_EXISTS,
            &[("path", &path.display())],
        ),
        e => e.message(s.lang),
    })?;
    Ok(ids.len())
}
