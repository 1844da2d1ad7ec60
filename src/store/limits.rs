//! How many entries each list of a case may hold. Checked by the store on every write
//! (form save, `set`, import, records, notes), so no door can grow a case past them; the
//! length of each text is the domain's validation. Documented in README ("Limits").

use super::error::StoreError;
use crate::domain::Case;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Notes live in their own table, so adding one costs the same at any count; the cap
    /// bounds what `export` and a full `show --format json` must carry.
    pub notes: u64,
    pub takers: usize,
    pub consortium: usize,
    pub tranches: usize,
    pub extensions: usize,
    pub reviews: usize,
    pub objections: usize,
    pub ip_types: usize,
}

pub const LIMITS: Limits = Limits {
    notes: 200_000,
    takers: 200,
    consortium: 50,
    tranches: 500,
    extensions: 50,
    reviews: 100,
    objections: 500,
    ip_types: 16,
};

fn over(id: &str, what: &'static str, count: usize, max: usize) -> Result<(), StoreError> {
    if count > max {
        return Err(StoreError::TooMany {
            id: id.to_string(),
            what,
            count: count as u64,
            max: max as u64,
        });
    }
    Ok(())
}

/// Every list of `case` (its notes counted separately) within [`LIMITS`].
pub(crate) fn check(case: &Case) -> Result<(), StoreError> {
    let l = LIMITS;
    let id = case.id.as_str();
    over(id, "takers", case.takers.len(), l.takers)?;
    for t in &case.takers {
        over(id, "consortium", t.consortium.len(), l.consortium)?;
    }
    over(id, "tranches", case.tranches.len(), l.tranches)?;
    over(id, "extensions", case.extensions.len(), l.extensions)?;
    over(id, "reviews", case.reviews.len(), l.reviews)?;
    over(
        id,
        "objections",
        case.publicity.objections.len(),
        l.objections,
    )?;
    over(id, "ip_types", case.achievement.ip_types.len(), l.ip_types)
}

/// A case may hold `count` notes.
pub(crate) fn check_notes(id: &str, count: u64) -> Result<(), StoreError> {
    if count > LIMITS.notes {
        return Err(StoreError::TooMany {
            id: id.to_string(),
            what: "notes",
            count,
            max: LIMITS.notes,
        });
    }
    Ok(())
}
