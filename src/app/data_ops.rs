//! Cases in and out: import (all-or-nothing), export, the demo data, blacklist, backup.

use crate::i18n::msg;
use std::path::Path;

use crate::domain::Case;
use crate::domain::rules::{BlacklistEntry, Unmet};
use crate::domain::validate::{self, Severity};
use crate::i18n::{tr, trf};
use crate::io;
use crate::store::{AuditReport, RepairReport, RestoreReport, Store};

use super::error::OpError;
use super::rule_doors::{case_breaches, rule_id};
use super::session::{Session, entry_to_row};

/// Formats `import` and `export` understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    /// Excel: export, and intake rows as in CSV.
    Xlsx,
    /// Word: import of one filled 附件1 form.
    Docx,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// True for formats whose export is bytes rather than text.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx | Format::Docx)
    }

    /// Guesses from the file extension; JSON by default.
    pub fn from_path(p: &Path) -> Format {
        match p
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("csv") => Format::Csv,
            // A legacy .xls/.doc is read as its successor, which explains how to convert it.
            Some("xlsx" | "xls") => Format::Xlsx,
            Some("docx" | "doc") => Format::Docx,
            _ => Format::Json,
        }
    }
}

/// The largest file `import` reads.
pub const IMPORT_LIMIT: u64 = crate::io::encoding::MAX_IMPORT_BYTES as u64;

impl Session {
    /// Parses and validates every row and checks every rule on every case; writes all of
    /// them in one transaction, or none. A case that breaks a rule is refused unless the
    /// file already flags that breach (a store's own export) or `allow_breaches` stores it
    /// flagged. Returns the number of cases (that would be) imported.
    pub fn import(
        &self,
        bytes: &[u8],
        format: Format,
        dry_run: bool,
        allow_breaches: bool,
    ) -> Result<usize, OpError> {
        let cases = check_import(bytes, format, self.lang)?;
        self.import_cases(cases, dry_run, allow_breaches)
    }

    /// [`Session::import`] of the cases [`check_import`] read from a file: the caller can
    /// let go of the file's bytes (as large as a gigabyte) before the cases are written,
    /// and a dry run does not read the file twice.
    pub fn import_cases(
        &self,
        checked: CheckedImport,
        dry_run: bool,
        allow_breaches: bool,
    ) -> Result<usize, OpError> {
        let mut cases = checked.0;
        let flagged = self.flag_import(&mut cases, allow_breaches)?;
        if dry_run {
            let existing = self.store().summaries()?;
            let ids: std::collections::HashSet<&str> =
                existing.iter().map(|s| s.id.as_str()).collect();
            if let Some(dup) = cases.iter().find(|c| ids.contains(c.id.as_str())) {
                return Err(OpError::Store(crate::store::StoreError::Duplicate {
                    id: dup.id.clone(),
                }));
            }
            return Ok(cases.len());
        }
        let ctx = self.write_ctx()?;
        self.assign_missing_ids(&mut cases)?;
        // The import event of each case carries its whole content, flags included; the note
        // says they were stored knowingly.
        let note = if flagged > 0 {
            "import --allow-breaches"
        } else {
            "import"
        };
        Ok(self.store().import(&ctx, cases, note)?)
    }

    /// Sets each case's breach flags to the rules it breaks. Refuses (listing each breach
    /// with its row, case and article) any breach the file does not flag, unless
    /// `allow`. Returns how many cases are stored flagged.
    fn flag_import(&self, cases: &mut [Case], allow: bool) -> Result<usize, OpError> {
        let rules = self.rule_ctx();
        let mut refused = Vec::new();
        let mut flagged = 0;
        for (i, case) in cases.iter_mut().enumerate() {
            let unmet = case_breaches(case, &rules);
            let mut ids: Vec<String> = Vec::new();
            for u in &unmet {
                let id = rule_id(u);
                if !allow && !case.breaches.contains(&id) {
                    refused.push(trf(
                        self.lang,
                        msg::app::IMPORT_BREACH_ROW,
                        &[
                            ("row", &(i + 1)),
                            ("id", &case.id),
                            ("msg", &u.message(self.lang)),
                        ],
                    ));
                }
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            flagged += usize::from(!ids.is_empty());
            case.breaches = ids;
        }
        if refused.is_empty() {
            return Ok(flagged);
        }
        let mut lines = vec![trf(
            self.lang,
            msg::app::IMPORT_BREACHES,
            &[("n", &refused.len())],
        )];
        lines.extend(refused);
        Err(OpError::Breaches(lines))
    }

    /// Flags every stored case that breaks a rule it is not flagged for, one audited
    /// event each (action `flag`). After a restore: the backup may predate a rule, and
    /// refusing it would leave the office without its data, so its breaches are made
    /// visible instead. Returns each newly flagged case with the rules it breaks.
    pub fn flag_stored_breaches(&self) -> Result<Vec<(String, Vec<Unmet>)>, OpError> {
        let rules = self.rule_ctx();
        let ctx = self.write_ctx()?;
        let mut out = Vec::new();
        for case in self.store().cases()? {
            let unmet = case_breaches(&case, &rules);
            let mut ids = case.breaches.clone();
            for u in &unmet {
                let id = rule_id(u);
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            if ids == case.breaches {
                continue;
            }
            let note = ids.join(", ");
            let r = self.store().update(
                &case.id,
                Some(case.rev),
                &ctx,
                "flag",
                &note,
                |c: &mut Case| -> Result<(), OpError> {
                    c.breaches = ids;
                    Ok(())
                },
            );
            super::stage_ops::unwrap_update(r)?;
            out.push((case.id, unmet));
        }
        Ok(out)
    }

    /// Cases from CSV intake have no id yet: give them the next free ones of their year.
    fn assign_missing_ids(&self, cases: &mut [Case]) -> Result<(), OpError> {
        if cases.iter().all(|c| !c.id.is_empty()) {
            return Ok(());
        }
        let existing = self.store().summaries()?;
        let year = self.today().format("%Y").to_string();
        let prefix = format!("JB-{year}-");
        let mut next = existing
            .iter()
            .map(|s| s.id.as_str())
            .chain(cases.iter().map(|c| c.id.as_str()))
            .filter_map(|id| id.strip_prefix(&prefix)?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        let now = self.now();
        for case in cases.iter_mut().filter(|c| c.id.is_empty()) {
            next += 1;
            case.id = format!("{prefix}{next:04}");
            case.created_at = now;
            case.updated_at = now;
            case.stage_since = Some(self.today());
        }
        Ok(())
    }

    /// The file's bytes: UTF-8 text for JSON and CSV, a workbook for xlsx. Word is
    /// import-only.
    pub fn export(&self, ids: Option<&[String]>, format: Format) -> Result<Vec<u8>, OpError> {
        let mut cases = self.store().cases()?;
        if let Some(ids) = ids {
            let wanted: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
            cases.retain(|c| wanted.contains(c.id.as_str()));
        }
        cases.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(match format {
            Format::Json => io::json::to_json(&cases).into_bytes(),
            Format::Csv => io::csv::to_csv(&cases, self.lang).into_bytes(),
            Format::Xlsx => {
                io::xlsx::to_xlsx(&cases, self.lang).map_err(|m| OpError::BadInput(vec![m]))?
            }
            Format::Docx => {
                return Err(OpError::BadInput(vec![
                    tr(self.lang, msg::office::XLSX_DOCX_EXPORT).to_string(),
                ]));
            }
        })
    }

    /// Loads the shipped demo (dates shifted to today) and its example blacklist.
    pub fn load_demo(&mut self) -> Result<usize, OpError> {
        let mut cases = io::demo::demo_cases(self.today())
            .map_err(|e| OpError::BadInput(vec![format!("data/demo.json: {e}")]))?;
        // The demo's cases are shared between whoever runs it and two colleagues, so that
        // 待我处理 and `mine` show something on the first start.
        let me = self.me().to_string();
        for (i, c) in cases.iter_mut().enumerate() {
            if c.officer.is_empty() {
                c.officer = match i % 3 {
                    0 => me.clone(),
                    1 => "zhangsan".into(),
                    _ => "lisi".into(),
                };
            }
        }
        // Shipped data is stored as any import would be: a case breaking a rule flagged, so
        // the store's own export always imports again.
        self.flag_import(&mut cases, true)?;
        let rows: Vec<_> = io::demo::demo_blacklist()
            .into_iter()
            .map(listed_row)
            .collect();
        let ctx = self.write_ctx()?;
        let n = self.store().import(&ctx, cases, "demo")?;
        let mut all = self.store().blacklist()?;
        for r in rows {
            if !all
                .iter()
                .any(|x| x.name == r.name && x.credit_code == r.credit_code)
            {
                all.push(r);
            }
        }
        self.store().set_blacklist(&ctx, all)?;
        self.reload_blacklist()?;
        Ok(n)
    }

    /// Generates `n` varied cases (for benchmarks) into the store.
    pub fn load_generated(&self, n: usize, seed: u64) -> Result<usize, OpError> {
        let ctx = self.write_ctx()?;
        let mut cases = io::generate::generate(n, seed, self.today());
        self.flag_import(&mut cases, true)?;
        Ok(self.store().import(&ctx, cases, "demo --count")?)
    }

    /// Replaces the integrity blacklist from a TOML file of `[[entry]]` tables.
    pub fn import_blacklist(&mut self, text: &str) -> Result<usize, OpError> {
        let entries = io::demo::parse_blacklist(text).map_err(|e| {
            OpError::BadInput(vec![trf(
                self.lang,
                msg::app::BLACKLIST_BAD,
                &[("detail", &format!("{e:#}"))],
            )])
        })?;
        if entries
            .iter()
            .any(|(name, code, ..)| name.trim().is_empty() && code.trim().is_empty())
        {
            return Err(OpError::BadInput(vec![
                tr(self.lang, msg::app::BLACKLIST_EMPTY_ENTRY).to_string(),
            ]));
        }
        let n = entries.len();
        let ctx = self.write_ctx()?;
        let rows = entries.into_iter().map(listed_row).collect();
        self.store().set_blacklist(&ctx, rows)?;
        self.reload_blacklist()?;
        Ok(n)
    }

    pub fn verify_audit(&self) -> Result<AuditReport, OpError> {
        Ok(self.store().verify_audit()?)
    }

    pub fn backup(&self, dest: &Path) -> Result<(), OpError> {
        Ok(self.store().backup(dest)?)
    }

    /// Replaces the store's content with the backup at `src` (checked first), in place,
    /// so every process that has it open sees the restore (see `store::restore`).
    pub fn restore_from(&self, backup: &Store) -> Result<RestoreReport, OpError> {
        let ctx = self.write_ctx()?;
        Ok(self.store().restore_from(&ctx, backup)?)
    }

    /// Rewrites damaged cases from their verified history.
    pub fn repair(&self) -> Result<RepairReport, OpError> {
        let ctx = self.write_ctx()?;
        Ok(self.store().repair(&ctx)?)
    }
}

/// A blacklist entry as `io` reads it from TOML, as the store keeps it.
fn listed_row(
    (name, credit_code, reason, listed_on, source): io::demo::BlacklistEntry,
) -> crate::store::BlacklistRow {
    entry_to_row(BlacklistEntry {
        name,
        credit_code,
        reason,
        listed_on,
        source,
    })
}

/// Cases read from an import file that passed every check of [`check_import`]: the only
/// way to build one, so [`Session::import_cases`] cannot be handed unchecked cases.
#[derive(Debug)]
pub struct CheckedImport(Vec<Case>);

impl CheckedImport {
    pub fn cases(&self) -> &[Case] {
        &self.0
    }
}

/// Parses and validates an import file without touching any store: every bad row of
/// the file and every invalid field is reported, or the cases come back.
pub fn check_import(
    bytes: &[u8],
    format: Format,
    lang: crate::i18n::Lang,
) -> Result<CheckedImport, OpError> {
    let parsed = match format {
        Format::Json => io::json::parse_cases_in(bytes, lang),
        Format::Csv => io::csv::parse_cases_csv_in(bytes, lang),
        Format::Xlsx => io::xlsx::parse_cases_xlsx_in(bytes, lang),
        Format::Docx => io::docx::parse_case_docx_in(bytes, lang),
    };
    let cases = parsed.map_err(|rows| {
        let mut lines = vec![trf(lang, msg::app::IMPORT_BAD, &[("n", &rows.len())])];
        lines.extend(rows.iter().map(|r| format!("  {}", r.describe(lang))));
        OpError::BadInput(lines)
    })?;
    let mut bad = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        for issue in validate::validate_case(case) {
            if issue.severity == Severity::Error {
                bad.push(trf(
                    lang,
                    msg::app::IMPORT_ROW,
                    &[
                        ("row", &(i + 1)),
                        ("field", &issue.path),
                        ("msg", &issue.message(lang)),
                    ],
                ));
            }
        }
    }
    if !bad.is_empty() {
        let mut lines = vec![trf(lang, msg::app::IMPORT_BAD, &[("n", &bad.len())])];
        lines.extend(bad);
        return Err(OpError::BadInput(lines));
    }
    // The store refuses the same at write time; checked here so a dry run says so too.
    for case in &cases {
        crate::store::check_limits(case)?;
    }
    Ok(CheckedImport(cases))
}
