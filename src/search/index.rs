//! The name index: every distinct name string once, as character ids, with a presence mask
//! for instant rejection and postings back to the (document, field) pairs that carry it.
//! Issuers and takers repeat across cases, so matching distinct strings saves work.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use super::matcher::Steps;
use super::pinyin::{fold, mask_bit, readings};
use crate::domain::summary::CaseSummary;

/// Which name of a case matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameField {
    /// 成果/需求名称.
    Name,
    Issuer,
    /// The chosen taker.
    Taker,
    /// `other_names[i]`: other takers and consortium members.
    Other(usize),
}

impl NameField {
    /// Ranking bias: at equal match quality the case's own name comes first.
    pub(crate) fn weight(self) -> i64 {
        match self {
            NameField::Name => 0,
            NameField::Issuer => -3,
            NameField::Taker => -4,
            NameField::Other(_) => -5,
        }
    }

    /// The field's text in a document.
    pub fn text(self, doc: &CaseSummary) -> Option<&str> {
        match self {
            NameField::Name => Some(&doc.name),
            NameField::Issuer => Some(&doc.issuer),
            NameField::Taker => doc.taker.as_deref(),
            NameField::Other(i) => doc.other_names.get(i).map(String::as_str),
        }
    }

    /// Every name of a case, in field order.
    pub fn all(doc: &CaseSummary) -> impl Iterator<Item = (NameField, &str)> {
        [
            (NameField::Name, Some(doc.name.as_str())),
            (NameField::Issuer, Some(doc.issuer.as_str())),
            (NameField::Taker, doc.taker.as_deref()),
        ]
        .into_iter()
        .filter_map(|(f, t)| t.map(|t| (f, t)))
        .chain(
            doc.other_names
                .iter()
                .enumerate()
                .map(|(i, t)| (NameField::Other(i), t.as_str())),
        )
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Posting {
    pub doc: u32,
    pub field: NameField,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub start: u32,
    pub len: u32,
    pub mask: u64,
    /// Letters a reading starts with, digits and letters present, bloom bits of the
    /// characters: what the first query character must hit.
    pub initials: u64,
}

#[derive(Debug)]
pub struct NameIndex {
    /// Distinguishes indexes so a [`super::Searcher`] never reuses matches across rebuilds.
    pub(crate) generation: u64,
    docs: usize,
    chars: Vec<char>,
    readings: Vec<Vec<Box<[u8]>>>,
    pub(crate) tokens: Vec<u32>,
    pub(crate) strings: Vec<Entry>,
    posting_start: Vec<u32>,
    postings: Vec<Posting>,
}

/// Per-query steps of every character id.
pub(crate) struct QueryTables {
    pub steps: Vec<Steps>,
    pub walk: Vec<[u64; super::pinyin::MAX_STEP]>,
    /// Whether a character consumes anything at all: most do not, and this table stays
    /// in the first-level cache while ranking.
    pub live: Vec<bool>,
}

impl NameIndex {
    /// Indexes the name, issuer, taker and other names of every document; empty names are
    /// skipped. Document numbers in hits are indices into `docs`.
    pub fn build<T: super::row::Names>(docs: &[T]) -> NameIndex {
        static GENERATION: AtomicU64 = AtomicU64::new(1);
        let mut ix = NameIndex {
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
            docs: docs.len(),
            chars: Vec::new(),
            readings: Vec::new(),
            tokens: Vec::new(),
            strings: Vec::new(),
            posting_start: Vec::new(),
            postings: Vec::new(),
        };
        let mut char_ids: HashMap<char, u32> = HashMap::new();
        let mut id_masks: Vec<(u64, u64)> = Vec::new();
        let mut string_ids: HashMap<&str, u32> = HashMap::new();
        let mut lists: Vec<Vec<Posting>> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            for (field, text) in doc.each_name() {
                if text.trim().is_empty() {
                    continue;
                }
                let sid = *string_ids.entry(text).or_insert_with(|| {
                    let start = ix.tokens.len() as u32;
                    let mut mask = 0u64;
                    let mut initials = 0u64;
                    let mut len = 0u32;
                    for c in text.chars() {
                        let c = fold(c);
                        let id = *char_ids.entry(c).or_insert_with(|| {
                            let rs = readings(c);
                            let mut m = mask_bit(c);
                            let mut first = mask_bit(c);
                            for r in &rs {
                                for b in r.chars() {
                                    m |= mask_bit(b);
                                }
                                first |= r.chars().next().map_or(0, mask_bit);
                            }
                            ix.chars.push(c);
                            ix.readings
                                .push(rs.into_iter().map(|r| r.into_bytes().into()).collect());
                            id_masks.push((m, first));
                            (ix.chars.len() - 1) as u32
                        });
                        mask |= id_masks[id as usize].0;
                        initials |= id_masks[id as usize].1;
                        ix.tokens.push(id);
                        len += 1;
                    }
                    ix.strings.push(Entry {
                        start,
                        len,
                        mask,
                        initials,
                    });
                    lists.push(Vec::new());
                    (ix.strings.len() - 1) as u32
                });
                lists[sid as usize].push(Posting {
                    doc: d as u32,
                    field,
                });
            }
        }
        for list in lists {
            ix.posting_start.push(ix.postings.len() as u32);
            ix.postings.extend(list);
        }
        ix.posting_start.push(ix.postings.len() as u32);
        ix
    }

    /// Number of documents indexed.
    pub fn len(&self) -> usize {
        self.docs
    }

    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// Number of distinct name strings.
    pub fn name_count(&self) -> usize {
        self.strings.len()
    }

    pub(crate) fn tokens_of(&self, s: usize) -> &[u32] {
        let e = self.strings[s];
        &self.tokens[e.start as usize..(e.start + e.len) as usize]
    }

    pub(crate) fn postings_of(&self, s: usize) -> &[Posting] {
        &self.postings[self.posting_start[s] as usize..self.posting_start[s + 1] as usize]
    }

    pub(crate) fn tables(&self, q: &[char]) -> QueryTables {
        let steps: Vec<Steps> = self
            .chars
            .iter()
            .zip(&self.readings)
            .map(|(c, rs)| Steps::compute(*c, rs, q))
            .collect();
        let walk = steps.iter().map(|s| s.step).collect();
        let live = steps.iter().map(|s| !s.is_empty()).collect();
        QueryTables { steps, walk, live }
    }
}
