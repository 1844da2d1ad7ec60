//! One definition of overdue on every face, and a clock read per operation: the CLI's
//! `list --filter overdue` (the real binary, today pinned), the TUI's status bar, its `!`
//! marker and the dashboard's figures (a real `Session` over the demo store) name the same
//! cases on several days; a session left open over midnight rolls its facts, its header
//! clock and its stage stamps over to the new day.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use jiebang::app::clock::local_instant;
use jiebang::app::facts::{OverdueKind, Publicity};
use jiebang::app::ui::backend::Backend;
use jiebang::app::ui::dashboard::{FOOTER, Figure, field_rows};
use jiebang::app::ui::keymap::Keymap;
use jiebang::app::ui::keys::script;
use jiebang::app::ui::state::Screen;
use jiebang::app::ui::{Action, Settings, State, settle};
use jiebang::app::{Config, ManualClock, Session, SessionOptions};
use jiebang::i18n::Lang;
use jiebang::tui::runner;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The demo is loaded on this day (its dates shift to it).
const LOADED: &str = "2026-11-26";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

struct Ui {
    state: State,
    session: Session,
    clock: Arc<ManualClock>,
    dir: tempfile::TempDir,
}

fn open(path: &Path, clock: &Arc<ManualClock>) -> Session {
    let opts = SessionOptions {
        db: Some(path.to_path_buf()),
        lang: Lang::Zh,
        create: true,
        ..SessionOptions::default()
    };
    let mut s = Session::open(&opts, &Config::default()).expect("session opens");
    s.set_clock(clock.clone());
    s
}

impl Ui {
    /// The demo store loaded on [`LOADED`], the TUI's state on it at noon.
    fn demo() -> Ui {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(ManualClock::on(d(LOADED)));
        let mut session = open(&dir.path().join("jiebang.redb"), &clock);
        session.load_demo().expect("demo loads");
        let settings = Settings {
            lang: Lang::Zh,
            ascii: false,
            no_color: true,
            read_only: false,
            store_path: String::new(),
            user: "tester".into(),
        };
        let mut state = State::new(settings, Keymap::default_map(), Backend::today(&session));
        for e in jiebang::app::ui::init(&mut state) {
            for a in runner::execute(e, &session, Lang::Zh) {
                runner::dispatch(&mut state, &session, a);
            }
        }
        let mut ui = Ui {
            state,
            session,
            clock,
            dir,
        };
        ui.act(Action::Resize {
            width: 160,
            height: 40,
        });
        ui
    }

    fn act(&mut self, a: Action) {
        runner::dispatch(&mut self.state, &self.session, a);
        settle(&mut self.state);
    }

    fn keys(&mut self, k: &str) {
        for c in script(k).unwrap() {
            self.act(Action::Key(c));
        }
    }

    /// The event loop's idle tick.
    fn tick(&mut self) -> bool {
        let moved = runner::tick(&mut self.state, &self.session);
        settle(&mut self.state);
        moved
    }

    fn render(&self) -> String {
        let mut t = Terminal::new(TestBackend::new(self.state.width, self.state.height)).unwrap();
        t.draw(|f| jiebang::tui::draw::draw(f, &self.state))
            .unwrap();
        let buf = t.backend().buffer();
        let mut out = String::new();
        for y in 0..buf.area.height {
            let mut skip = 0;
            for x in 0..buf.area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let sym = buf[(x, y)].symbol();
                out.push_str(sym);
                skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            }
            out.push('\n');
        }
        out
    }

    fn visible(&self) -> BTreeSet<String> {
        self.state
            .list
            .visible
            .iter()
            .map(|i| self.state.rows[*i].id.clone())
            .collect()
    }

    /// The ids a dashboard figure opens with Enter.
    fn open_figure(&mut self, fig: Figure) -> BTreeSet<String> {
        let col = FOOTER
            .iter()
            .position(|f| *f == fig)
            .expect("a footer figure");
        self.keys("<Esc><Esc><Esc>d");
        self.state.dashboard.cursor = (field_rows().len(), col);
        assert_eq!(self.state.dashboard.selected(), fig);
        self.keys("<Enter>");
        assert!(matches!(self.state.screen, Screen::List));
        let ids = self.visible();
        self.state.list.pinned = None;
        // Esc leaves the drill-down for the dashboard, and Esc again for the list.
        self.keys("<Esc><Esc>");
        ids
    }

    fn db(&self) -> std::path::PathBuf {
        self.dir.path().join("jiebang.redb")
    }
}

/// The binary on `db` with today pinned: its standard output.
fn run(db: &Path, today: NaiveDate, args: &[&str]) -> Vec<u8> {
    let out = assert_cmd::Command::cargo_bin("jiebang")
        .unwrap()
        .env("JIEBANG_TODAY", today.to_string())
        .env("XDG_CONFIG_HOME", db.with_extension("config"))
        .env_remove("JIEBANG_DB")
        .args(["--db", &db.display().to_string()])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    out.stdout
}

/// `jiebang list --filter Q --format json` with today pinned: the ids it prints.
fn cli_list(db: &Path, today: NaiveDate, filter: &str) -> BTreeSet<String> {
    let out = run(db, today, &["list", "--filter", filter, "--format", "json"]);
    let cases: serde_json::Value = serde_json::from_slice(&out).unwrap();
    cases
        .as_array()
        .expect("an array of cases")
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn overdue_is_the_same_set_on_every_face_on_several_days() {
    let mut ui = Ui::demo();
    let db = ui.db();
    let mut seen_kinds = BTreeSet::new();
    for offset in [0, 14, 45, 200, 420, 800, 1300] {
        let day = d(LOADED) + Duration::days(offset);
        ui.clock.set(local_instant(day, 9, 30, 0));
        assert!(ui.tick(), "a new day is noticed without a key");
        assert_eq!(ui.state.today, day);

        let cli = cli_list(&db, day, "overdue");
        assert_eq!(
            cli,
            cli_list(&db, day, "due<0d"),
            "{day}: due<0d is overdue"
        );

        // The status bar counts them.
        assert_eq!(ui.state.dashboard.overdue as usize, cli.len(), "{day}");
        let screen = ui.render();
        let status = screen.lines().rev().find(|l| l.contains("显示")).unwrap();
        assert_eq!(
            status.contains(&format!("逾期 {}", cli.len())),
            !cli.is_empty(),
            "{day}: {status}"
        );
        // The `!` marker is on exactly those rows.
        let marked: BTreeSet<String> = ui
            .state
            .rows
            .iter()
            .zip(&ui.state.facts)
            .filter(|(_, f)| f.is_overdue())
            .map(|(r, _)| r.id.clone())
            .collect();
        assert_eq!(marked, cli, "{day}");
        for line in screen.lines().filter(|l| l.contains("JB-")) {
            let id = line
                .split_whitespace()
                .find(|w| w.starts_with("JB-"))
                .unwrap();
            assert_eq!(line.contains(" !20"), cli.contains(id), "{day}: {line}");
        }
        // The TUI's own filter, and the dashboard figure with Enter.
        ui.keys("foverdue<Enter>");
        assert_eq!(ui.visible(), cli, "{day}: the TUI filter");
        ui.keys("f<C-u><Enter>");
        assert_eq!(ui.open_figure(Figure::Overdue), cli, "{day}: the figure");
        // Each kind has its figure; together they are the overdue cases.
        let mut union = BTreeSet::new();
        for k in OverdueKind::ALL {
            let ids = ui.open_figure(Figure::Late(k));
            assert_eq!(ids.len() as u32, ui.state.dashboard.late(k), "{day} {k:?}");
            assert!(ids.is_subset(&cli), "{day} {k:?}");
            if !ids.is_empty() {
                seen_kinds.insert(format!("{k:?}"));
            }
            union.extend(ids);
        }
        assert_eq!(union, cli, "{day}: the kinds add up");
        // `show` names the kinds of one of them, from the same facts.
        if let Some(id) = cli.iter().next() {
            let pos = ui.state.rows.iter().position(|r| &r.id == id).unwrap();
            let shown = String::from_utf8(run(&db, day, &["show", id])).unwrap();
            for k in ui.state.facts[pos].overdue.iter() {
                assert!(shown.contains(k.label(Lang::Zh)), "{day} {id}: {shown}");
            }
        }
        eprintln!("{day}: overdue {}", cli.len());
    }
    assert!(
        seen_kinds.len() >= 4,
        "the days cover most kinds: {seen_kinds:?}"
    );
}

#[test]
fn a_session_open_over_midnight_rolls_over() {
    let mut ui = Ui::demo();
    // An announcing case whose publicity runs on: its last day is the eve we step past.
    let (id, last_day) = ui
        .state
        .rows
        .iter()
        .zip(&ui.state.facts)
        .find_map(|(r, f)| match f.publicity {
            Publicity::Running { last_day, .. } => Some((r.id.clone(), last_day)),
            _ => None,
        })
        .expect("the demo has a publicity running");
    ui.clock.set(local_instant(last_day, 23, 59, 0));
    ui.tick();
    assert_eq!(ui.state.today, last_day);
    let before = ui.state.dashboard.overdue;
    let pos = ui.state.rows.iter().position(|r| r.id == id).unwrap();
    assert_eq!(
        ui.state.facts[pos].publicity,
        Publicity::Running {
            last_day,
            days_left: ui.session.calendar.is_working_day(last_day) as u32
        }
    );
    assert!(ui.render().lines().next().unwrap().contains("23:59"));
    assert!(!ui.tick(), "nothing moved within the minute");
    // Its detail is open: the verdict on its next stage says publicity is not over.
    ui.keys("g");
    while ui.state.list.selected.as_deref() != Some(id.as_str()) {
        ui.keys("j");
    }
    ui.keys("<Enter>");
    let not_over = |ui: &Ui| match &ui.state.screen {
        Screen::Detail(d) => d
            .detail
            .guard
            .iter()
            .any(|u| u.message.contains("尚未结束")),
        s => panic!("{s:?}"),
    };
    assert!(not_over(&ui));

    // 60 seconds later, no key pressed.
    ui.clock.advance(Duration::seconds(60));
    assert!(ui.tick());
    let next = last_day + Duration::days(1);
    assert_eq!(ui.state.today, next);
    assert!(!not_over(&ui), "the open case was reloaded for the new day");
    ui.keys("<Esc>");
    assert!(ui.render().lines().next().unwrap().contains("00:00"));
    let pos = ui.state.rows.iter().position(|r| r.id == id).unwrap();
    let f = ui.state.facts[pos];
    assert_eq!(f.publicity, Publicity::Ended { last_day });
    assert!(f.overdue.contains(OverdueKind::Publicity));
    assert!(ui.state.dashboard.overdue > before);
    // The status bar, the CLI and the dashboard agree on the new day too.
    let cli = cli_list(&ui.db(), next, "overdue");
    assert!(cli.contains(&id));
    assert_eq!(ui.state.dashboard.overdue as usize, cli.len());

    // A write after midnight is stamped with the new day, though the session opened before.
    let moved = ui
        .state
        .rows
        .iter()
        .find(|r| {
            ui.session
                .preview_advance(&r.id)
                .is_ok_and(|p| p.to.is_some() && p.allowed())
        })
        .map(|r| r.id.clone())
        .expect("an allowed advance");
    let rev = ui.session.case(&moved).unwrap().rev;
    let to = ui.session.case(&moved).unwrap().stage.next().unwrap();
    Backend::advance(&ui.session, &moved, to, rev, "午夜后推进").unwrap();
    assert_eq!(ui.session.case(&moved).unwrap().stage_since, Some(next));
}

/// What the facts of 100 000 rows cost at a load (`cargo test --test facts -- --ignored
/// --nocapture`; a debug build, so an upper bound).
#[test]
#[ignore]
fn facts_of_100k_rows() {
    use jiebang::domain::CaseSummary;
    use jiebang::domain::calendar::Calendar;
    use jiebang::domain::rules::RuleSettings;
    let today = d(LOADED);
    let rows: Vec<CaseSummary> = jiebang::io::generate::generate(100_000, 7, today)
        .iter()
        .map(CaseSummary::of)
        .collect();
    let (calendar, settings) = (Calendar::bundled(), RuleSettings::default());
    for day in [today, today + Duration::days(400)] {
        let t = std::time::Instant::now();
        let facts: Vec<_> = rows
            .iter()
            .map(|r| jiebang::app::facts::facts(r, day, &calendar, &settings))
            .collect();
        let late = facts.iter().filter(|f| f.is_overdue()).count();
        eprintln!(
            "{day}: {} rows, {late} overdue, {:?}",
            rows.len(),
            t.elapsed()
        );
    }
}
