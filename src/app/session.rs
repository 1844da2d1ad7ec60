//! A session: one officer's handle on one store, with the rule tables loaded. The CLI and
//! the TUI both go through it, so a rule, a revision check or an audit event is written once.

use crate::i18n::msg;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use super::actor::current_actor;
pub use super::clock::shanghai;
use super::clock::{Clock, SystemClock};
use super::config::{self, Config};
use super::error::OpError;
use crate::domain::calendar::{BUNDLED_HOLIDAYS, Calendar};
use crate::domain::rules::{Blacklist, BlacklistEntry, RuleContext, RuleSettings};
use crate::domain::{Case, CaseSummary};
use crate::i18n::{Lang, tr};
use crate::store::{Actor, BlacklistRow, OpenOptions, Store, WriteCtx};

/// How to open a session (from the command line and config).
#[derive(Debug, Clone, Default)]
pub struct SessionOptions {
    pub db: Option<PathBuf>,
    pub lang: Lang,
    pub read_only: bool,
    pub group_shared: bool,
    /// Create the store file if it is missing (commands that write).
    pub create: bool,
}

pub struct Session {
    store: Store,
    actor: Actor,
    pub lang: Lang,
    pub read_only: bool,
    pub calendar: Calendar,
    pub settings: RuleSettings,
    /// `officers` of config.toml: who may be assigned (empty: any system user).
    pub officers: Vec<String>,
    blacklist: Blacklist,
    /// Read at each operation: a session open over midnight works on the new day.
    clock: Arc<dyn Clock>,
}

/// Today in Asia/Shanghai by the system clock (`JIEBANG_TODAY` pins it, see
/// [`SystemClock::from_env`]).
pub fn today() -> NaiveDate {
    SystemClock::from_env().today()
}

/// Loads the holiday calendar: the user's `holidays.toml` if present, else the bundled one.
pub fn load_calendar() -> anyhow::Result<Calendar> {
    match config::user_file("holidays.toml") {
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            Calendar::from_toml(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
        }
        None => Calendar::from_toml(BUNDLED_HOLIDAYS)
            .map_err(|e| anyhow::anyhow!("data/holidays.toml: {e}")),
    }
}

impl Session {
    pub fn open(opts: &SessionOptions, cfg: &Config) -> anyhow::Result<Session> {
        let path = config::store_path(opts.db.as_deref());
        // Before the store: a bad file in the config dir is the officer's input to fix
        // (exit 2, like a bad config.toml), and nothing is created meanwhile.
        let calendar = load_calendar().map_err(|e| {
            let detail = format!("{}: {e:#}", tr(opts.lang, msg::cli::BAD_CONFIG));
            OpError::BadInput(detail.lines().map(str::to_string).collect())
        })?;
        let read_only = opts.read_only || cfg.read_only;
        if opts.create
            && !read_only
            && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)?;
        }
        let store = Store::open(
            &path,
            &OpenOptions {
                create: opts.create && !read_only,
                read_only,
                group_shared: opts.group_shared,
            },
        )?;
        let mut session = Session {
            store,
            actor: current_actor(),
            lang: opts.lang,
            read_only,
            calendar,
            settings: cfg.rules.clone(),
            officers: cfg.officers.clone(),
            blacklist: Blacklist::default(),
            clock: Arc::new(SystemClock::from_env()),
        };
        session.reload_blacklist()?;
        Ok(session)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn path(&self) -> &Path {
        self.store.path()
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// Replaces the clock (tests fix or step it; the TUI and CLI keep the system clock).
    pub fn set_clock(&mut self, clock: Arc<dyn Clock>) {
        self.clock = clock;
    }

    /// Acts as another officer (tests: two colleagues on one store, from one OS account).
    pub fn set_actor(&mut self, actor: Actor) {
        self.actor = actor;
    }

    /// Today in Asia/Shanghai, read from the clock now. An operation reads it once and
    /// uses that date throughout.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The rules' context, dated by one reading of the clock: an operation that takes it
    /// uses `ctx.today` for everything it dates.
    pub fn rule_ctx(&self) -> RuleContext<'_> {
        RuleContext {
            today: self.today(),
            calendar: &self.calendar,
            blacklist: &self.blacklist,
            settings: &self.settings,
        }
    }

    pub(crate) fn write_ctx(&self) -> Result<WriteCtx<'_>, OpError> {
        if self.read_only {
            return Err(OpError::ReadOnly);
        }
        Ok(WriteCtx {
            actor: &self.actor,
            now: self.now(),
        })
    }

    pub fn reload_blacklist(&mut self) -> Result<(), OpError> {
        let rows = self.store.blacklist()?;
        self.blacklist = Blacklist {
            entries: rows.into_iter().map(row_to_entry).collect(),
        };
        Ok(())
    }

    pub fn blacklist(&self) -> &Blacklist {
        &self.blacklist
    }

    pub fn summaries(&self) -> Result<Vec<CaseSummary>, OpError> {
        Ok(self.store.summaries()?)
    }

    /// What the TUI's list shows: every summary that reads back whole, and for each
    /// damaged case a row that says so (opening it shows the refusal and what to do), so
    /// one bad row never keeps the officer from the others.
    pub fn summaries_for_screen(&self) -> Result<Vec<CaseSummary>, OpError> {
        let (mut rows, damaged) = self.summaries_lenient()?;
        // The store's rows are in id order; only placeholders need placing among them.
        let placeholders = !damaged.is_empty();
        for id in damaged {
            let name = crate::i18n::trf(self.lang, msg::store::DAMAGED_ROW, &[("id", &id)]);
            let placeholder = Case::new(
                id,
                crate::domain::Kind::Breakthrough,
                crate::domain::Org::named(""),
                &name,
                DateTime::<Utc>::UNIX_EPOCH,
            );
            rows.push(CaseSummary::of(&placeholder));
        }
        if placeholders {
            crate::store::sort_by_id(&mut rows, |s: &CaseSummary| &s.id);
        }
        Ok(rows)
    }

    /// The summaries that read back whole, and the ids of damaged cases: a screen shows
    /// the others and names these (each refused with exit 5 when opened).
    pub fn summaries_lenient(&self) -> Result<(Vec<CaseSummary>, Vec<String>), OpError> {
        let (rows, damaged) = self.store.summaries_lenient()?;
        let ids = damaged
            .into_iter()
            .filter_map(|e| match e {
                crate::store::StoreError::Damaged { id, .. } => Some(id),
                _ => None,
            })
            .collect();
        Ok((rows, ids))
    }

    /// Case `id` with every note (`case` carries the latest ones).
    pub fn case_full(&self, id: &str) -> Result<Case, OpError> {
        self.store.get_full(id)?.ok_or_else(|| {
            OpError::Store(crate::store::StoreError::NotFound { id: id.to_string() })
        })
    }

    pub fn case(&self, id: &str) -> Result<Case, OpError> {
        self.store.get(id)?.ok_or_else(|| {
            OpError::Store(crate::store::StoreError::NotFound { id: id.to_string() })
        })
    }
}

pub(crate) fn row_to_entry(r: BlacklistRow) -> BlacklistEntry {
    BlacklistEntry {
        name: r.name,
        credit_code: r.credit_code,
        reason: r.reason,
        listed_on: r.listed_on,
        source: r.source,
    }
}

pub(crate) fn entry_to_row(e: BlacklistEntry) -> BlacklistRow {
    BlacklistRow {
        name: e.name,
        credit_code: e.credit_code,
        reason: e.reason,
        listed_on: e.listed_on,
        source: e.source,
    }
}
