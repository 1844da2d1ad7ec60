//! The case's dates (协议签订, 任务书签订, 实施期): `:dates`.

use crate::i18n::msg;
use chrono::NaiveDate;

use crate::domain::Case;

use super::super::form::field::{Field, Kind};
use super::FormSpec;

pub static DATES: FormSpec = FormSpec {
    tag: "dates",
    title: msg::form::TITLE_DATES,
    fields,
    prepare,
};

fn fields() -> Vec<Field> {
    vec![
        Field::new(
            "plan.agreement_signed",
            msg::form::F_AGREEMENT_SIGNED,
            Kind::Date,
        )
        .in_section(msg::form::S_DATES),
        Field::new(
            "plan.task_book_signed",
            msg::form::F_TASK_BOOK_SIGNED,
            Kind::Date,
        ),
        Field::new("plan.start", msg::form::F_PLAN_START, Kind::Date),
        Field::new("plan.end", msg::form::F_PLAN_END, Kind::Date),
    ]
}

/// The plan is always on the case: nothing to create.
fn prepare(_case: &mut Case, _today: NaiveDate) {}
