//! The stored summary row (schema 3): a compact binary layout with its own checksum, so
//! loading every row of a large store decodes lengths and integers instead of parsing
//! JSON and dates from text (that parse was most of the time to the whole list).
//!
//! Row: `[SUMMARY_TAG][crc32 LE of (key ‖ 0x00 ‖ body)][body]`, the key bound into the sum
//! as in every sealed row (`rows`). The id is the key, so it is not repeated in the body.
//! Body, in order (`str` = LEB128 length + UTF-8, `uv` = LEB128, `date` = 0 or 1 + i32 LE
//! days from 0001-01-01, `opt` = 0 or 1 + value):
//! officer str (first: the digest's read looks at it without decoding the rest) · kind u8
//! · field u8 (0 none, 1 + index) · stage u8 · stage_since date · name, issuer,
//! issuer_region str · taker opt str · other_names uv count + str each · publicity_start
//! date · open_objections uv · end date · amount opt i64 · subsidy_paid i64 · midterm
//! (kind u8 as field, basis opt i64, start, end, due date, recorded u8, held_on date,
//! verdict u8 as field, rectify_by, rectified_on date) · breach u8 · rev uv · updated_at
//! (i64 seconds, u32 nanoseconds) · created_at opt (the same).
//!
//! Decoding is strict: every byte must be used, every tag in range, every string UTF-8;
//! anything else reads as damaged, like a failed checksum.

use chrono::{DateTime, NaiveDate, Utc};

use super::rows::{ROW_TAG, row_sum};
use crate::domain::records::{MidtermSummary, MidtermVerdict};
use crate::domain::{CaseSummary, Field, Kind, Stage, Yuan};

/// First byte of a binary summary row (JSON-sealed rows of schema 2 start with
/// [`ROW_TAG`]).
pub(crate) const SUMMARY_TAG: u8 = 0xB3;
const HEAD: usize = 5;

/// The stored bytes of summary `s`, sealed under its id. Every writer of a summary row
/// (a case write, import, repair, migration, restore) calls this.
pub(crate) fn seal_summary(s: &CaseSummary) -> Vec<u8> {
    let mut out = Vec::with_capacity(160 + s.name.len() + s.issuer.len());
    out.push(SUMMARY_TAG);
    out.extend_from_slice(&[0; 4]);
    encode(s, &mut out);
    let sum = row_sum(&s.id, &out[HEAD..]);
    out[1..HEAD].copy_from_slice(&sum.to_le_bytes());
    out
}

/// The summary stored under `key`, or `None` when the row is not what was written. Reads
/// this layout and, for stores written before it, the JSON-sealed row (and a bare JSON
/// row from a schema-1 store, `legacy`).
pub(crate) fn open_summary(key: &str, bytes: &[u8], legacy: bool) -> Option<CaseSummary> {
    match bytes.first() {
        Some(&SUMMARY_TAG) => {
            let body = checked_body(key, bytes)?;
            decode(key, body)
        }
        Some(&ROW_TAG) | Some(b'{') => {
            let json = super::rows::unseal(key, bytes, legacy)?;
            serde_json::from_slice(json).ok()
        }
        _ => None,
    }
}

/// True when the row passes its checksum, whatever its layout (no decoding).
pub(crate) fn summary_intact(key: &str, bytes: &[u8], legacy: bool) -> bool {
    match bytes.first() {
        Some(&SUMMARY_TAG) => checked_body(key, bytes).is_some(),
        _ => super::rows::unseal(key, bytes, legacy).is_some(),
    }
}

/// The officer of a binary row that passes its checksum, without decoding the rest;
/// `None` for a row of another layout or a damaged one.
pub(crate) fn summary_officer<'a>(key: &str, bytes: &'a [u8]) -> Option<&'a str> {
    if bytes.first() != Some(&SUMMARY_TAG) {
        return None;
    }
    Reader(checked_body(key, bytes)?).str()
}

fn checked_body<'a>(key: &str, bytes: &'a [u8]) -> Option<&'a [u8]> {
    let head: [u8; HEAD] = bytes.get(..HEAD)?.try_into().ok()?;
    let body = &bytes[HEAD..];
    let stored = u32::from_le_bytes([head[1], head[2], head[3], head[4]]);
    (row_sum(key, body) == stored).then_some(body)
}

fn encode(s: &CaseSummary, out: &mut Vec<u8>) {
    let mut w = Writer(out);
    w.str(&s.officer);
    w.u8(index_of(Kind::ALL, s.kind));
    w.u8(opt_index(Field::ALL, s.field));
    w.u8(index_of(Stage::ALL, s.stage));
    w.date(s.stage_since);
    w.str(&s.name);
    w.str(&s.issuer);
    w.str(&s.issuer_region);
    w.flag(s.taker.is_some());
    if let Some(t) = &s.taker {
        w.str(t);
    }
    w.uv(s.other_names.len() as u64);
    for n in &s.other_names {
        w.str(n);
    }
    w.date(s.publicity_start);
    w.uv(u64::from(s.open_objections));
    w.date(s.end);
    w.yuan(s.amount);
    w.i64(s.subsidy_paid.0);
    let m = &s.midterm;
    w.u8(opt_index(Kind::ALL, m.kind));
    w.yuan(m.basis);
    for d in [m.start, m.end, m.due] {
        w.date(d);
    }
    w.flag(m.recorded);
    w.date(m.held_on);
    w.u8(opt_index(MidtermVerdict::ALL, m.verdict));
    w.date(m.rectify_by);
    w.date(m.rectified_on);
    w.flag(s.breach);
    w.uv(s.rev);
    w.time(s.updated_at);
    w.flag(s.created_at.is_some());
    if let Some(t) = s.created_at {
        w.time(t);
    }
}

fn decode(key: &str, body: &[u8]) -> Option<CaseSummary> {
    let mut r = Reader(body);
    let officer = r.str()?.to_owned();
    let kind = *Kind::ALL.get(usize::from(r.u8()?))?;
    let field = r.opt_of(Field::ALL)?;
    let stage = *Stage::ALL.get(usize::from(r.u8()?))?;
    let stage_since = r.date()?;
    let name = r.string()?;
    let issuer = r.string()?;
    let issuer_region = r.string()?;
    let taker = if r.flag()? { Some(r.string()?) } else { None };
    let n = r.uv()?;
    // Each name takes at least its length byte: a count past the bytes left is damage,
    // not an allocation to attempt.
    let mut other_names = Vec::with_capacity(usize::try_from(n).ok()?.min(r.0.len()));
    for _ in 0..n {
        other_names.push(r.string()?);
    }
    let publicity_start = r.date()?;
    let open_objections = u32::try_from(r.uv()?).ok()?;
    let end = r.date()?;
    let amount = r.yuan()?;
    let subsidy_paid = Yuan(r.i64()?);
    let midterm = MidtermSummary {
        kind: r.opt_of(Kind::ALL)?,
        basis: r.yuan()?,
        start: r.date()?,
        end: r.date()?,
        due: r.date()?,
        recorded: r.flag()?,
        held_on: r.date()?,
        verdict: r.opt_of(MidtermVerdict::ALL)?,
        rectify_by: r.date()?,
        rectified_on: r.date()?,
    };
    let breach = r.flag()?;
    let rev = r.uv()?;
    let updated_at = r.time()?;
    let created_at = if r.flag()? { Some(r.time()?) } else { None };
    r.0.is_empty().then(|| CaseSummary {
        id: key.to_owned(),
        kind,
        field,
        stage,
        stage_since,
        name,
        issuer,
        issuer_region,
        taker,
        other_names,
        publicity_start,
        open_objections,
        end,
        amount,
        subsidy_paid,
        midterm,
        officer,
        breach,
        rev,
        updated_at,
        created_at,
    })
}

fn index_of<T: PartialEq>(all: &[T], v: T) -> u8 {
    all.iter().position(|x| *x == v).unwrap_or(0) as u8
}

fn opt_index<T: PartialEq>(all: &[T], v: Option<T>) -> u8 {
    v.map_or(0, |v| index_of(all, v) + 1)
}

struct Writer<'a>(&'a mut Vec<u8>);

impl Writer<'_> {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn flag(&mut self, v: bool) {
        self.0.push(u8::from(v));
    }
    fn uv(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.uv(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn yuan(&mut self, v: Option<Yuan>) {
        self.flag(v.is_some());
        if let Some(Yuan(y)) = v {
            self.i64(y);
        }
    }
    fn date(&mut self, d: Option<NaiveDate>) {
        use chrono::Datelike;
        self.flag(d.is_some());
        if let Some(d) = d {
            self.0
                .extend_from_slice(&d.num_days_from_ce().to_le_bytes());
        }
    }
    fn time(&mut self, t: DateTime<Utc>) {
        self.i64(t.timestamp());
        self.0
            .extend_from_slice(&t.timestamp_subsec_nanos().to_le_bytes());
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.0.split_first_chunk::<N>()?;
        self.0 = rest;
        Some(*head)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take::<1>()?[0])
    }
    fn flag(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    fn uv(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take()?))
    }
    fn str(&mut self) -> Option<&'a str> {
        let len = usize::try_from(self.uv()?).ok()?;
        let bytes = self.0.get(..len)?;
        self.0 = &self.0[len..];
        std::str::from_utf8(bytes).ok()
    }
    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }
    fn opt_of<T: Copy>(&mut self, all: &[T]) -> Option<Option<T>> {
        match self.u8()? {
            0 => Some(None),
            i => all.get(usize::from(i) - 1).copied().map(Some),
        }
    }
    fn yuan(&mut self) -> Option<Option<Yuan>> {
        Some(if self.flag()? {
            Some(Yuan(self.i64()?))
        } else {
            None
        })
    }
    fn date(&mut self) -> Option<Option<NaiveDate>> {
        if !self.flag()? {
            return Some(None);
        }
        let days = i32::from_le_bytes(self.take()?);
        NaiveDate::from_num_days_from_ce_opt(days).map(Some)
    }
    fn time(&mut self) -> Option<DateTime<Utc>> {
        let secs = self.i64()?;
        let nanos = u32::from_le_bytes(self.take()?);
        DateTime::from_timestamp(secs, nanos)
    }
}

#[cfg(test)]
mod tests;
