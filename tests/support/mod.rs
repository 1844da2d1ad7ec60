//! Test support shared by the integration tests.
#![allow(dead_code)]

pub mod common;
pub mod pty;
pub mod rel;
