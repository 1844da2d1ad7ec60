//! Line breaks in the detail view, drafts owned by one window, readable
//! history, find by id, search honesty. Every test drives a real `Session` over a temporary
//! store with the demo data.

use jiebang::app::ui::state::Screen;
use jiebang::app::ui::tabs::Tab;

mod tui_common;

use tui_common::live::Live;

/// Sets fields on `id` as another officer's `jiebang set` would.
fn set(ui: &Live, id: &str, pairs: &[(&str, &str)]) {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(p, v)| (p.to_string(), v.to_string()))
        .collect();
    ui.session.set_fields(id, &pairs, None).expect("set");
}

/// Opens `id` and moves to `tab`.
fn open_tab(ui: &mut Live, id: &str, tab: Tab) {
    ui.select(id);
    ui.keys("<Enter>");
    for _ in 0..20 {
        if let Screen::Detail(d) = &ui.state.screen
            && d.tab == tab
        {
            return;
        }
        ui.keys("<Tab>");
    }
    panic!("no tab {tab:?}");
}

fn first_id(ui: &Live) -> String {
    ui.state.rows[ui.state.list.visible[0]].id.clone()
}

/// The display column where `needle` starts in `line`.
fn column(line: &str, needle: &str) -> Option<usize> {
    line.find(needle)
        .map(|at| unicode_width::UnicodeWidthStr::width(&line[..at]))
}

/// The text between the borders of the left pane, line by line.
fn left_pane(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|l| l.strip_prefix('│'))
        .map(|l| l.split('│').next().unwrap_or("").trim_end().to_string())
        .collect()
}

#[test]
fn line_breaks_in_the_detail_view_are_line_breaks() {
    let mut ui = Live::demo();
    let id = first_id(&ui);
    set(
        &ui,
        &id,
        &[
            ("issuer.address", "包头市昆区\n钢铁大街1号"),
            (
                "achievement.description",
                "降低成本30%以上。\n团队已完成中试。",
            ),
        ],
    );
    ui.act(jiebang::tui::runner::load_summaries(&ui.session));
    for (w, h) in [(80, 24), (180, 48)] {
        ui.act(jiebang::app::ui::Action::Resize {
            width: w,
            height: h,
        });
        open_tab(&mut ui, &id, Tab::Issuer);
        let screen = ui.render_at(w, h);
        assert!(
            !screen.contains("\\n") && !screen.contains("。?"),
            "{screen}"
        );
        let pane = left_pane(&screen);
        let at = pane
            .iter()
            .position(|l| l.contains("包头市昆区"))
            .expect(&screen);
        // The second line continues under the value, not under the label.
        let label_col = column(&pane[at], "包头市昆区");
        assert_eq!(column(&pane[at + 1], "钢铁大街1号"), label_col, "{screen}");

        open_tab(&mut ui, &id, Tab::Need);
        let pane = left_pane(&ui.render_at(w, h));
        assert!(
            pane.iter().any(|l| l.ends_with("降低成本30%以上。")),
            "{pane:#?}"
        );
        assert!(
            pane.iter().any(|l| l.starts_with("团队已完成中试。")),
            "{pane:#?}"
        );

        open_tab(&mut ui, &id, Tab::History);
        let screen = ui.render_at(w, h);
        assert!(!screen.contains("\\n"), "{screen}");
        // A change is one line of history: the value's line break reads as a space.
        let history = left_pane(&screen).join("");
        assert!(history.contains("降低成本30%以上。 团队"), "{screen}");
        ui.keys("<Esc>");
    }
}

fn detail_id(ui: &Live) -> Option<String> {
    match &ui.state.screen {
        Screen::Detail(d) => Some(d.detail.case.id.clone()),
        _ => None,
    }
}

/// Item 10: `/JB-2026-0058` and `/0058` put the case first; Enter opens it.
#[test]
fn search_by_id_or_its_number_puts_that_case_first() {
    let mut ui = Live::demo();
    let id = ui.state.rows[57].id.clone();
    let number = id.rsplit('-').next().unwrap().to_string();
    for typed in [id.clone(), id.to_lowercase(), number.clone()] {
        ui.keys(&format!("/{typed}"));
        let first = ui.state.list.visible[0];
        assert_eq!(ui.state.rows[first].id, id, "/{typed}");
        ui.keys("<Enter>");
        assert_eq!(detail_id(&ui).as_deref(), Some(id.as_str()), "/{typed}");
        ui.keys("<Esc><Esc>");
    }
}

/// Item 10: `:open ID` and `:goto N` open the case from the list or another case;
/// an unknown id says so and stays put.
#[test]
fn open_and_goto_open_a_case_by_id() {
    let mut ui = Live::demo();
    let a = ui.state.rows[10].id.clone();
    let b = ui.state.rows[40].id.clone();
    ui.keys(&format!(":open {a}<Enter>"));
    assert_eq!(detail_id(&ui).as_deref(), Some(a.as_str()));
    assert_eq!(ui.state.list.selected.as_deref(), Some(a.as_str()));
    let n: u32 = b.rsplit('-').next().unwrap().parse().unwrap();
    ui.keys(&format!(":goto {n}<Enter>"));
    assert_eq!(detail_id(&ui).as_deref(), Some(b.as_str()));
    ui.keys(":open JB-1999-9999<Enter>");
    assert_eq!(detail_id(&ui).as_deref(), Some(b.as_str()));
    let err = ui.state.status.error.clone().unwrap_or_default();
    assert!(err.contains("JB-1999-9999"), "{err}");
    // A case hidden by the filter still opens.
    ui.keys("<Esc>");
    ui.keys(&format!("f-stage:{}<Enter>", ui.state.rows[10].stage.id()));
    assert!(
        !ui.state
            .list
            .visible
            .iter()
            .any(|i| ui.state.rows[*i].id == a)
    );
    ui.keys(&format!(":open {a}<Enter>"));
    assert_eq!(detail_id(&ui).as_deref(), Some(a.as_str()));
}

/// Item 11: searching inside a filter ranks only the filtered rows, and counts them.
#[test]
fn a_search_inside_a_filter_searches_the_filtered_rows() {
    let mut ui = Live::demo();
    ui.keys("ffield:rare_earth<Enter>");
    let filtered = ui.state.list.visible.len();
    assert!(filtered > 0 && filtered < ui.state.rows.len());
    ui.keys("/有限公司");
    assert!(!ui.state.list.visible.is_empty());
    for i in &ui.state.list.visible {
        assert_eq!(
            ui.state.rows[*i].field,
            Some(jiebang::domain::Field::RareEarth)
        );
    }
    assert_eq!(ui.state.finder.total, ui.state.list.visible.len());
}

/// Item 11: a search with more hits than the list shows says "first 2000 of N".
#[test]
fn a_cut_search_says_how_many_it_found() {
    let mut ui = generated(3000);
    ui.keys("/公司");
    let total = ui.state.finder.total;
    assert!(total > jiebang::app::ui::find::MAX_HITS, "{total}");
    assert_eq!(
        ui.state.list.visible.len(),
        jiebang::app::ui::find::MAX_HITS
    );
    let screen = ui.render_at(100, 30);
    let want = format!("前 2000 项 / 共 {total} 项匹配");
    assert!(screen.contains(&want), "{screen}");
    // Enter opens the first hit; back on the list the kept search still says it.
    ui.keys("<Enter><Esc>");
    assert!(ui.state.list.found.is_some());
    let screen = ui.render_at(100, 30);
    assert!(screen.contains(&want), "{screen}");
}

/// The TUI over a store of `n` generated cases (the demo's ids would collide with them).
fn generated(n: usize) -> Live {
    let mut ui = Live::demo();
    let path = ui.path.with_file_name("generated.redb");
    let session = tui_common::live::open(&path, true);
    session.load_generated(n, 7).expect("generated cases");
    ui.session = session;
    ui.act(jiebang::tui::runner::load_summaries(&ui.session));
    ui
}

/// Bug 9: every change in the history reads with its label, money in 万元, flags as 是/否
/// and a new review as one line.
#[test]
fn history_reads_as_labels_wan_yes_no_and_one_line_records() {
    use chrono::NaiveDate;
    use jiebang::domain::records::{Expert, Review, ReviewConclusion, Score};
    let mut ui = Live::demo();
    let id = first_id(&ui);
    set(
        &ui,
        &id,
        &[
            ("acceptance.benefit", "12000万"),
            ("acceptance.benefit_verified", "true"),
        ],
    );
    let review = Review {
        date: NaiveDate::from_ymd_opt(2026, 3, 1),
        panel: ["王建国", "陈晓东", "郑国栋"]
            .iter()
            .map(|name| Expert {
                scores: ["necessity", "innovation", "feasibility", "benefit"]
                    .iter()
                    .map(|c| Score {
                        criterion: c.to_string(),
                        value: 80,
                        ..Score::default()
                    })
                    .collect(),
                ..Expert::new(name, "某研究院")
            })
            .collect(),
        conclusion: Some(ReviewConclusion::Pass),
        comments: "同意发布".into(),
        ..Review::default()
    };
    ui.session.add_review(&id, review, None).expect("review");
    ui.act(jiebang::tui::runner::load_summaries(&ui.session));
    for (w, h) in [(80, 24), (160, 48)] {
        ui.act(jiebang::app::ui::Action::Resize {
            width: w,
            height: h,
        });
        open_tab(&mut ui, &id, Tab::History);
        let screen = ui.render_at(w, h);
        let text: String = left_pane(&screen).join("");
        for raw in [
            "{..}",
            "acceptance.",
            "reviews[",
            "120000000",
            "false",
            "true",
        ] {
            assert!(!text.contains(raw), "{raw} in\n{screen}");
        }
        assert!(text.contains("12000 万元"), "{screen}");
        assert!(text.contains("否 -> 是"), "{screen}");
        assert!(
            text.contains("新增 专家评审3: 需求论证 2026-03-01 通过"),
            "{screen}"
        );
        ui.keys("<Esc>");
    }
}

/// Bug 9: renaming the issuer of the case being edited (same credit code) does not warn
/// that it duplicates itself; taking another unit's credit code still does.
#[test]
fn editing_a_units_own_name_does_not_warn_it_duplicates_itself() {
    let mut ui = Live::demo();
    let id = first_id(&ui);
    let other_code = ui
        .state
        .rows
        .iter()
        .find_map(|r| {
            let c = ui.session.case(&r.id).ok()?;
            (r.id != id && !c.issuer.credit_code.is_empty()).then_some(c.issuer.credit_code)
        })
        .unwrap();
    ui.select(&id);
    ui.keys("e");
    let duplicate = |ui: &Live| match &ui.state.screen {
        Screen::Form(f) => format!("{:?}", f.checks).contains("Duplicate"),
        _ => panic!("the form is open"),
    };
    ui.type_into("issuer.name", "改名后的某能源集团有限公司");
    assert!(!duplicate(&ui), "{}", ui.render_at(100, 30));
    ui.type_into("issuer.credit_code", &other_code);
    assert!(duplicate(&ui), "{}", ui.render_at(100, 30));
}

/// Another window of the same officer: a real running process, named as the draft's
/// holder the way that window's own writes name it.
struct OtherWindow {
    child: std::process::Child,
    holder: jiebang::store::Holder,
}

impl OtherWindow {
    fn start(since: chrono::DateTime<chrono::Utc>) -> OtherWindow {
        let child = std::process::Command::new("sleep")
            .arg("60")
            .spawn()
            .expect("sleep runs");
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", child.id())).unwrap();
        let after = &stat[stat.rfind(')').unwrap() + 1..];
        let start = after.split_whitespace().nth(19).unwrap().parse().unwrap();
        OtherWindow {
            holder: jiebang::store::Holder {
                pid: child.id(),
                start,
                since,
            },
            child,
        }
    }

    fn end(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

/// The program starting again in this state: the list, then whatever start loads.
fn restart(ui: &mut Live) {
    ui.state.screen = Screen::List;
    for e in jiebang::app::ui::init(&mut ui.state) {
        for a in jiebang::tui::runner::execute(e, &ui.session, jiebang::i18n::Lang::Zh) {
            ui.act(a);
        }
    }
}

/// Bug 8: a draft another running window holds is shown as being edited there since
/// HH:MM, its writes are refused here, Enter twice takes it over; once that window's
/// process is gone the draft is offered as recovered.
#[test]
fn a_draft_belongs_to_the_window_that_edits_it() {
    let mut ui = Live::demo();
    ui.keys("n");
    ui.type_into("achievement.name", "储能示范草稿");
    jiebang::tui::form_io::flush_draft(&mut ui.state, &ui.session);
    let user = ui.session.actor().user.clone();
    // The store as another process sees it.
    let peer = tui_common::live::open(&ui.path, false);
    let store = peer.store();
    let draft = store.drafts(&user).unwrap().pop().expect("a draft");
    let since = chrono::Utc::now();
    let other = OtherWindow::start(since);
    let alive = |h: &jiebang::store::Holder| jiebang::app::window::alive(h);
    let put = |me: &jiebang::store::Holder, take| {
        store
            .put_draft_held(&user, &draft.key, &draft.payload, me, take, &alive)
            .unwrap()
    };
    assert_eq!(
        put(&other.holder, true),
        jiebang::store::DraftWrite::Written
    );

    restart(&mut ui);
    let hhmm = jiebang::app::ui::text::clock(since);
    let screen = ui.render_at(80, 24);
    assert!(
        screen.contains(&format!("正在另一窗口编辑 (自 {hhmm})")),
        "{screen}"
    );
    assert!(!screen.contains("未正常退出"), "not a crash: {screen}");
    // This window's writes leave the other window's draft alone.
    let mine = jiebang::app::window::this_window(chrono::Utc::now());
    assert!(matches!(
        put(&mine, false),
        jiebang::store::DraftWrite::HeldBy(h) if h.pid == other.holder.pid
    ));
    ui.keys("<Enter>");
    assert!(
        matches!(ui.state.screen, Screen::Drafts(_)),
        "one Enter asks"
    );
    let msg = ui.state.status.message.clone().unwrap_or_default();
    assert!(msg.contains(&hhmm) && msg.contains("Enter"), "{msg}");
    ui.keys("<Enter>");
    assert!(matches!(ui.state.screen, Screen::Form(_)), "taken over");
    let held = store.drafts(&user).unwrap().pop().unwrap().holder.unwrap();
    assert_eq!(held.pid, std::process::id(), "this window holds it now");
    // The other window's next write is refused: it no longer holds the draft.
    assert!(matches!(
        put(&other.holder, false),
        jiebang::store::DraftWrite::HeldBy(_)
    ));

    // That window crashed: its draft is a recovered draft, no longer "being edited".
    assert_eq!(
        put(&other.holder, true),
        jiebang::store::DraftWrite::Written
    );
    other.end();
    restart(&mut ui);
    let screen = ui.render_at(80, 24);
    assert!(matches!(ui.state.screen, Screen::Drafts(_)), "{screen}");
    assert!(!screen.contains("正在另一窗口编辑"), "{screen}");
    ui.keys("<Enter>");
    assert!(
        matches!(ui.state.screen, Screen::Form(_)),
        "resumed at once"
    );
}

/// Item 11: one typo in full pinyin or in Chinese still finds the case, below every
/// exact hit.
#[test]
fn one_typo_still_finds_the_case_ranked_below_exact_hits() {
    let mut ui = Live::demo();
    for (typed, want) in [
        ("baotuo", "包头"),
        ("鄂而多斯", "鄂尔多斯"),
        ("neimengguu", "内蒙古"),
    ] {
        ui.keys(&format!("/{typed}"));
        // The keystroke shows the exact hits only; the typo pass waits for a pause.
        let exact = ui.state.list.found.as_ref().unwrap().hits.clone();
        assert!(ui.state.finder.near_pending(), "/{typed}");
        ui.keys("<Down>");
        let cursor = ui.state.list.cursor;
        ui.pause();
        assert_eq!(ui.state.list.cursor, cursor, "the cursor stays where it is");
        let hits = ui.state.list.found.as_ref().unwrap().hits.clone();
        assert!(hits.len() > exact.len(), "/{typed} finds nothing near");
        assert_eq!(hits[..exact.len()], exact[..], "exact hits stay on top");
        let names = |h: &jiebang::app::ui::find::Hit| {
            let r = &ui.state.rows[h.row];
            format!(
                "{} {} {}",
                r.name,
                r.issuer,
                r.taker.as_deref().unwrap_or("")
            )
        };
        assert!(hits.iter().any(|h| names(h).contains(want)), "/{typed}");
        assert!(
            hits.windows(2).all(|w| w[0].score >= w[1].score),
            "exact hits first"
        );
        assert_eq!(ui.state.finder.total, hits.len());
        ui.keys("<Esc>");
    }
    // A key before the pause supersedes the pending pass; many exact hits: no typo pass,
    // nothing near-but-wrong mixed in.
    ui.keys("/鄂而多斯");
    assert!(ui.state.finder.near_pending());
    ui.keys("<Backspace><Backspace><Backspace><Backspace>包头");
    assert!(!ui.state.finder.near_pending());
    ui.pause();
    let hits = ui.state.list.found.as_ref().unwrap().hits.clone();
    assert!(hits.len() >= jiebang::app::ui::find::FEW_HITS);
    assert!(hits.iter().all(|h| h.score > i64::MIN / 4));
}
