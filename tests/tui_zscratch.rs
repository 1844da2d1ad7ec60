mod tui_common;
use jiebang::app::ui::backend::Backend;
use jiebang::i18n::Lang;
use tui_common::Live;

#[test]
fn dump() {
    let h = if std::env::var("DEMO").is_ok() {
        Live::demo()
    } else {
        Live::new(Lang::Zh)
    };
    for id in h.ids() {
        let c = h.get(&id);
        let p = Backend::preview_advance(&h.session, &id);
        match p {
            Ok(p) => println!(
                "{id} {:?} -> {:?} unmet={:?} breaches={:?} officer={}",
                c.stage,
                p.to,
                p.unmet
                    .iter()
                    .map(|u| format!("{} {}", u.article, u.message))
                    .collect::<Vec<_>>(),
                c.breaches,
                c.officer
            ),
            Err(e) => println!("{id} {:?} err {e:?}", c.stage),
        }
    }
    for v in Backend::views(&h.session).unwrap() {
        println!("view {} = {}", v.name, v.query);
    }
    println!("{}", h.screen());
}
