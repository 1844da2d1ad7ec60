//! Sealed rows: every case, summary and note row carries a CRC-32 of its key and value,
//! checked on every read, so a flipped bit or an edited row is refused (exit 5, naming the
//! case) instead of served with a blanked field.
//!
//! Layout: `[ROW_TAG][crc32 LE of (key ‖ 0x00 ‖ json)][json]`. The key is in the sum so a
//! row copied under another case's key is caught too. CRC is for damage; deliberate edits
//! are what the hash-chained trail and `audit verify` are for.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Store;
use super::error::StoreError;
use super::summary_codec::open_summary;
use super::tables::to_json;
use crate::domain::CaseSummary;

/// First byte of a sealed row. Schema-1 rows are bare JSON and start with `{`.
pub(crate) const ROW_TAG: u8 = 0xA2;
const HEAD: usize = 5;

/// The checksum of a row: its key, a zero byte, its body (the same for every layout).
pub(crate) fn row_sum(key: &str, body: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(key.as_bytes());
    h.update(&[0]);
    h.update(body);
    h.finalize()
}

/// The stored bytes of `value` under `key`.
pub(crate) fn seal<T: Serialize>(key: &str, value: &T) -> Vec<u8> {
    let json = to_json(value);
    let mut out = Vec::with_capacity(HEAD + json.len());
    out.push(ROW_TAG);
    out.extend_from_slice(&row_sum(key, &json).to_le_bytes());
    out.extend_from_slice(&json);
    out
}

/// The JSON inside a sealed row, or `None` when the row is not what was written. A bare
/// JSON row is accepted only from a schema-1 store (`legacy`).
pub(crate) fn unseal<'a>(key: &str, bytes: &'a [u8], legacy: bool) -> Option<&'a [u8]> {
    match bytes.first() {
        Some(&ROW_TAG) if bytes.len() >= HEAD => {
            let stored = u32::from_le_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]);
            let json = &bytes[HEAD..];
            (row_sum(key, json) == stored).then_some(json)
        }
        Some(b'{') if legacy => Some(bytes),
        _ => None,
    }
}

/// The key a note row is sealed under.
pub(crate) fn note_key(case_id: &str, index: u64) -> String {
    format!("{case_id}#{index}")
}

impl Store {
    /// Checks and decodes one row of `table` belonging to case `id`.
    pub(crate) fn open_row<T: DeserializeOwned>(
        &self,
        table: &'static str,
        id: &str,
        key: &str,
        bytes: &[u8],
    ) -> Result<T, StoreError> {
        self.row_opener().open(table, id, key, bytes)
    }

    /// Checks and decodes the summary row of case `id`.
    pub(crate) fn open_summary(&self, id: &str, bytes: &[u8]) -> Result<CaseSummary, StoreError> {
        self.row_opener().open_summary(id, bytes)
    }

    /// What [`Store::open_row`] needs, for a thread that does not hold the store.
    pub(crate) fn row_opener(&self) -> RowOpener<'_> {
        RowOpener {
            path: self.path(),
            legacy: self.legacy,
        }
    }
}

#[derive(Clone, Copy)]
pub(crate) struct RowOpener<'a> {
    path: &'a std::path::Path,
    legacy: bool,
}

impl RowOpener<'_> {
    pub(crate) fn open<T: DeserializeOwned>(
        self,
        table: &'static str,
        id: &str,
        key: &str,
        bytes: &[u8],
    ) -> Result<T, StoreError> {
        let damaged = || StoreError::Damaged {
            path: self.path.to_path_buf(),
            id: id.to_string(),
            table,
        };
        let json = unseal(key, bytes, self.legacy).ok_or_else(damaged)?;
        serde_json::from_slice(json).map_err(|_| damaged())
    }

    /// Checks and decodes the summary row of case `id` (any layout this build reads).
    pub(crate) fn open_summary(self, id: &str, bytes: &[u8]) -> Result<CaseSummary, StoreError> {
        open_summary(id, bytes, self.legacy).ok_or_else(|| StoreError::Damaged {
            path: self.path.to_path_buf(),
            id: id.to_string(),
            table: "summaries",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_row_opens_and_any_flipped_bit_or_other_key_is_refused() {
        let row = seal("JB-2026-0001", &serde_json::json!({"name": "稀土"}));
        assert!(unseal("JB-2026-0001", &row, false).is_some());
        assert!(
            unseal("JB-2026-0002", &row, false).is_none(),
            "key is summed"
        );
        for i in 0..row.len() {
            for bit in 0..8 {
                let mut bad = row.clone();
                bad[i] ^= 1 << bit;
                assert!(
                    unseal("JB-2026-0001", &bad, false).is_none(),
                    "byte {i} bit {bit}"
                );
            }
        }
    }

    #[test]
    fn bare_json_is_read_only_from_a_schema_1_store() {
        assert!(unseal("k", b"{\"a\":1}", true).is_some());
        assert!(unseal("k", b"{\"a\":1}", false).is_none());
        assert!(unseal("k", b"", true).is_none());
    }
}
