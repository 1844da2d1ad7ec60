mod tui_common;
use jiebang::i18n::Lang;
use tui_common::Harness;
#[test]
fn peek() {
    let mut h = Harness::new(Lang::En);
    h.keys("/包头");
    println!("{}", h.render());
    h.keys("<Esc>fstage:foo");
    println!("{}", h.render());
    println!("{:?}", h.cursor());
    h.keys("<Esc>jjjjja");
    println!("{}", h.render());
    h.keys("<Esc>ja");
    println!("{}", h.render());
    h.keys("<Esc>");
    h.keys("<Space>j<Space>jjjj<Space>a");
    println!("{}", h.render());
    h.keys("<Esc>?");
    println!("{}", h.render());
}
