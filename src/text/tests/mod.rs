//! The texts the domain's values become, checked on the real rules (moved out of
//! `domain`'s own tests so that `domain` names no i18n).

mod acceptance;
mod agreement;
mod calendar;
mod catalogue;
mod consistency;
mod credit_code;
mod deadline;
mod duration;
mod integrity;
mod publicity;
mod publish;
mod racing;
mod review;
mod subsidy;
mod takers;
mod validate;
mod workflow;
