//! The case's dates (协议签订, 任务书签订, 实施期): `:dates`.

use chrono::NaiveDate;

use crate::domain::Case;

use super::super::form::field::{Field, Kind};
use super::FormSpec;

pub static DATES: FormSpec = FormSpec {
    tag: "dates",
    title: "form.title.dates",
    fields,
    prepare,
};

fn fields() -> Vec<Field> {
    vec![
        Field::new(
            "plan.agreement_signed",
            "form.f.agreement_signed",
            Kind::Date,
        )
        .in_section("form.s.dates"),
        Field::new(
            "plan.task_book_signed",
            "form.f.task_book_signed",
            Kind::Date,
        ),
        Field::new("plan.start", "form.f.plan_start", Kind::Date),
        Field::new("plan.end", "form.f.plan_end", Kind::Date),
    ]
}

/// The plan is always on the case: nothing to create.
fn prepare(_case: &mut Case, _today: NaiveDate) {}
