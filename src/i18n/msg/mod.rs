//! Every message, one file per area. Each `messages!` block defines `pub(crate)` constants of
//! type [`Msg`]; `deny(dead_code)` makes a message nobody uses a build error. A message a test
//! under `tests/` compares against is `pub` instead (the test crate sees nothing else).
//! `scripts/msgs_convert.py` keeps the module list below and converts old-style rows.
#![deny(dead_code)]

/// `NAME { zh: "…", en: "…" }` entries become `const NAME: Msg`. Both languages are part of
/// the pattern, so an entry missing one does not match and the compiler points at it.
macro_rules! messages {
    ($($(#[$meta:meta])* $vis:vis $name:ident { zh: $zh:literal, en: $en:literal $(,)? })*) => {
        $($(#[$meta])* $vis const $name: $crate::i18n::Msg = $crate::i18n::Msg { zh: $zh, en: $en };)*

        /// Every message of this area, for the tests over all messages.
        #[cfg(test)]
        pub(crate) const ALL: &[(&str, $crate::i18n::Msg)] = &[$((stringify!($name), $name)),*];
    };
}

// -- areas (kept by scripts/msgs_convert.py) --
pub mod app;
pub mod calendar;
pub mod cli;
pub mod columns;
pub mod drafts;
pub mod fields;
pub mod form;
pub mod goto;
pub mod hist;
pub mod io;
pub mod office;
pub mod policy;
pub mod records;
pub mod review_form;
pub mod rules;
pub mod search;
pub mod stages;
pub mod store;
pub mod tui;
pub mod undo;
pub mod validate;
pub mod vocab;
pub mod words;
pub mod workday;
// -- end of areas --

/// Every area's list of messages.
#[cfg(test)]
pub(crate) const ALL: &[&[(&str, super::Msg)]] = &[
    // -- every area's list (kept by scripts/msgs_convert.py) --
    app::ALL,
    calendar::ALL,
    cli::ALL,
    columns::ALL,
    drafts::ALL,
    fields::ALL,
    form::ALL,
    goto::ALL,
    hist::ALL,
    io::ALL,
    office::ALL,
    policy::ALL,
    records::ALL,
    review_form::ALL,
    rules::ALL,
    search::ALL,
    stages::ALL,
    store::ALL,
    tui::ALL,
    undo::ALL,
    validate::ALL,
    vocab::ALL,
    words::ALL,
    workday::ALL,
    // -- end of lists --
];
