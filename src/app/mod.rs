//! app

pub mod ui;
