//! Two officers, two processes, one case: this test's TUI core runs over a real `Session`
//! while the other officer's `jiebang set` runs as a separate process on the same store.
//! Saving shows the fields both changed, side by side, and nothing is overwritten silently.

mod support;

use jiebang::app::config::Config;
use jiebang::app::session::{Session, SessionOptions};
use jiebang::app::ui::form::Prompt;
use jiebang::app::ui::keymap::Keymap;
use jiebang::app::ui::keys::script;
use jiebang::app::ui::state::Screen;
use jiebang::app::ui::{Action, Settings, State, settle};
use jiebang::domain::Stage;
use jiebang::i18n::Lang;
use jiebang::tui::runner;

use support::common::{Env, case};

struct Officer {
    state: State,
    session: Session,
}

impl Officer {
    fn open(env: &Env) -> Officer {
        let session = Session::open(
            &SessionOptions {
                db: Some(env.db.clone()),
                lang: Lang::Zh,
                ..SessionOptions::default()
            },
            &Config::default(),
        )
        .unwrap();
        let settings = Settings {
            lang: Lang::Zh,
            ascii: false,
            no_color: true,
            read_only: false,
            store_path: env.db.display().to_string(),
            user: "zhangsan".into(),
        };
        let mut state = State::new(settings, Keymap::default_map(), session.today());
        for e in jiebang::app::ui::init(&mut state) {
            for a in runner::execute(e, &session, Lang::Zh) {
                runner::dispatch(&mut state, &session, a);
            }
        }
        Officer { state, session }
    }

    fn keys(&mut self, keys: &str) {
        for k in script(keys).unwrap() {
            runner::dispatch(&mut self.state, &self.session, Action::Key(k));
            settle(&mut self.state);
        }
    }

    fn focus_field(&mut self, path: &str) {
        for _ in 0..60 {
            if let Screen::Form(f) = &self.state.screen
                && f.focused().path == path
            {
                return;
            }
            self.keys("<Tab>");
        }
        panic!("no field {path}");
    }
}

fn setup() -> (Env, Officer) {
    let env = Env::new();
    env.import(&[case("JB-2026-0001", Stage::Collecting)]);
    let officer = Officer::open(&env);
    (env, officer)
}

#[test]
fn both_changed_the_same_field_keep_mine_takes_their_other_changes_too() {
    let (env, mut me) = setup();
    me.keys("e");
    me.focus_field("achievement.name");
    me.keys("<C-u>我的名称");
    // Meanwhile the other officer, in another process:
    let (code, _, err) = env.run(&[
        "set",
        "JB-2026-0001",
        "achievement.name=对方的名称",
        "issuer.address=包头市昆区",
    ]);
    assert_eq!(code, 0, "{err}");
    me.keys("<C-s>");
    let Screen::Form(f) = &me.state.screen else {
        panic!("form closed without asking")
    };
    let Some(Prompt::Conflict(c)) = &f.prompt else {
        panic!("no conflict shown")
    };
    assert_eq!(c.clashes.len(), 1);
    assert_eq!(c.clashes[0].mine, "我的名称");
    assert_eq!(c.clashes[0].theirs, "对方的名称");
    // Side by side on the screen.
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    t.draw(|fr| jiebang::tui::draw::draw(fr, &me.state))
        .unwrap();
    let screen = format!("{:?}", t.backend().buffer());
    assert!(screen.contains("我") && screen.contains("对"), "{screen}");
    me.keys("<Enter>"); // keep mine (the first choice)
    assert!(
        matches!(me.state.screen, Screen::List),
        "saved after choosing"
    );
    let saved = env.case("JB-2026-0001");
    assert_eq!(saved.achievement.name, "我的名称");
    assert_eq!(
        saved.issuer.address, "包头市昆区",
        "their other change is kept"
    );
}

#[test]
fn take_theirs_or_go_back_to_editing() {
    let (env, mut me) = setup();
    me.keys("e");
    me.focus_field("achievement.name");
    me.keys("<C-u>我的名称");
    let (code, _, err) = env.run(&["set", "JB-2026-0001", "achievement.name=对方的名称"]);
    assert_eq!(code, 0, "{err}");
    me.keys("<C-s>");
    // Back to editing: nothing is written, my text is still in the field.
    me.keys("<Esc>");
    let Screen::Form(f) = &me.state.screen else {
        panic!("form closed")
    };
    assert!(f.prompt.is_none());
    assert_eq!(f.focused().raw(), "我的名称");
    assert_eq!(env.case("JB-2026-0001").achievement.name, "对方的名称");
    // The other officer changes it again; this time take theirs.
    let (code, _, err) = env.run(&["set", "JB-2026-0001", "achievement.name=对方的第二个名称"]);
    assert_eq!(code, 0, "{err}");
    me.keys("<C-s><Tab><Enter>");
    assert!(matches!(me.state.screen, Screen::List));
    assert_eq!(
        env.case("JB-2026-0001").achievement.name,
        "对方的第二个名称"
    );
}

#[test]
fn changes_to_different_fields_merge_without_asking() {
    let (env, mut me) = setup();
    me.keys("e");
    me.focus_field("issuer.legal_rep");
    me.keys("张三");
    let (code, _, err) = env.run(&["set", "JB-2026-0001", "issuer.address=包头市昆区"]);
    assert_eq!(code, 0, "{err}");
    me.keys("<C-s>");
    assert!(matches!(me.state.screen, Screen::List));
    let saved = env.case("JB-2026-0001");
    assert_eq!(saved.issuer.legal_rep, "张三");
    assert_eq!(saved.issuer.address, "包头市昆区");
}
