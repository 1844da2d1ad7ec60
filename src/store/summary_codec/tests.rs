use chrono::{NaiveDate, TimeZone};

use super::*;
use crate::io::generate::generate;
use crate::store::rows::seal;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Generated cases (every stage, kind and field) and two hand-made extremes.
fn samples() -> Vec<CaseSummary> {
    let mut out: Vec<CaseSummary> = generate(300, 11, day(2026, 6, 1))
        .iter()
        .map(CaseSummary::of)
        .collect();
    let mut empty = out[0].clone();
    empty.field = None;
    empty.stage_since = None;
    empty.name.clear();
    empty.issuer.clear();
    empty.issuer_region.clear();
    empty.taker = None;
    empty.other_names.clear();
    empty.publicity_start = None;
    empty.end = None;
    empty.amount = None;
    empty.midterm = MidtermSummary::default();
    empty.officer.clear();
    empty.created_at = None;
    out.push(empty);
    let mut full = out[1].clone();
    full.id = "JB-2026-100000".into();
    full.taker = Some("北方稀土\"引号\"\n换行".into());
    full.other_names = (0..300).map(|i| format!("联合体成员{i}")).collect();
    full.other_names.push(String::new());
    full.name = "名".repeat(200);
    full.open_objections = u32::MAX;
    full.amount = Some(Yuan(i64::MIN));
    full.subsidy_paid = Yuan(i64::MAX);
    full.midterm = MidtermSummary {
        kind: Some(Kind::Transformation),
        basis: Some(Yuan(-1)),
        start: Some(day(1, 1, 1)),
        end: Some(day(9999, 12, 31)),
        due: Some(day(2027, 2, 28)),
        recorded: true,
        held_on: Some(day(2027, 3, 1)),
        verdict: Some(MidtermVerdict::Rectify),
        rectify_by: Some(day(2027, 6, 30)),
        rectified_on: Some(day(2027, 6, 1)),
    };
    full.officer = "wang\"wu".into();
    full.breach = true;
    full.rev = u64::MAX;
    full.updated_at = Utc.timestamp_opt(1_800_000_000, 123_456_789).unwrap();
    full.created_at = Some(Utc.timestamp_opt(-5, 999_999_999).unwrap());
    out.push(full);
    out
}

#[test]
fn every_summary_round_trips_and_reads_its_officer_without_decoding() {
    for s in samples() {
        let row = seal_summary(&s);
        assert_eq!(
            open_summary(&s.id, &row, false).as_ref(),
            Some(&s),
            "{}",
            s.id
        );
        assert_eq!(summary_officer(&s.id, &row), Some(s.officer.as_str()));
        assert!(summary_intact(&s.id, &row, false));
    }
}

#[test]
fn any_flipped_bit_another_key_or_a_cut_or_longer_row_is_refused() {
    let s = &samples()[3];
    let row = seal_summary(s);
    assert!(
        open_summary("JB-2026-9999", &row, false).is_none(),
        "key is summed"
    );
    assert!(!summary_intact("JB-2026-9999", &row, false));
    for i in 0..row.len() {
        for bit in 0..8 {
            let mut bad = row.clone();
            bad[i] ^= 1 << bit;
            assert!(
                open_summary(&s.id, &bad, false).is_none(),
                "byte {i} bit {bit}"
            );
            assert!(!summary_intact(&s.id, &bad, false), "byte {i} bit {bit}");
            assert!(summary_officer(&s.id, &bad).is_none(), "byte {i} bit {bit}");
        }
    }
    for len in 0..row.len() {
        assert!(
            open_summary(&s.id, &row[..len], false).is_none(),
            "cut at {len}"
        );
    }
}

/// A body that passes its checksum but is not a well-formed row (a writer's bug, not a
/// flipped bit) is refused too, never half-read.
#[test]
fn a_checksummed_but_malformed_body_is_refused() {
    let s = &samples()[0];
    let body = seal_summary(s)[HEAD..].to_vec();
    let reseal = |body: &[u8]| {
        let mut out = vec![SUMMARY_TAG];
        out.extend_from_slice(&row_sum(&s.id, body).to_le_bytes());
        out.extend_from_slice(body);
        out
    };
    assert!(open_summary(&s.id, &reseal(&body), false).is_some());
    let mut longer = body.clone();
    longer.push(0);
    assert!(open_summary(&s.id, &reseal(&longer), false).is_none());
    // The officer's length made to run past the end.
    let mut long_name = body.clone();
    long_name[0] = 0x7f;
    assert!(open_summary(&s.id, &reseal(&long_name), false).is_none());
    // A stage past the last one (kind, field, stage follow the officer).
    let at = 1 + s.officer.len() + 2;
    let mut stage = body.clone();
    stage[at] = Stage::ALL.len() as u8;
    assert!(open_summary(&s.id, &reseal(&stage), false).is_none());
}

#[test]
fn rows_of_schema_2_and_1_still_read() {
    let s = &samples()[5];
    let sealed = seal(&s.id, s);
    assert_eq!(open_summary(&s.id, &sealed, false).as_ref(), Some(s));
    assert!(summary_intact(&s.id, &sealed, false));
    assert_eq!(summary_officer(&s.id, &sealed), None, "not this layout");
    let bare = serde_json::to_vec(s).unwrap();
    assert_eq!(open_summary(&s.id, &bare, true).as_ref(), Some(s));
    assert!(open_summary(&s.id, &bare, false).is_none());
}
