//! The name index: every distinct name string once, as character ids, with a presence mask
//! for instant rejection and postings back to the (document, field) pairs that carry it.
//! Issuers and takers repeat across cases, so matching distinct strings saves work.

use super::matcher::Steps;

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

/// A document carrying a name, and in which field: eight bytes, as there is one per name
/// of every case (half a million at 100 000 cases).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Posting {
    pub doc: u32,
    /// 0 name, 1 issuer, 2 taker, 3 + i other name i.
    tag: u32,
}

impl Posting {
    pub fn new(doc: u32, field: NameField) -> Posting {
        let tag = match field {
            NameField::Name => 0,
            NameField::Issuer => 1,
            NameField::Taker => 2,
            NameField::Other(i) => 3u32.saturating_add(u32::try_from(i).unwrap_or(u32::MAX)),
        };
        Posting { doc, tag }
    }

    pub fn field(self) -> NameField {
        match self.tag {
            0 => NameField::Name,
            1 => NameField::Issuer,
            2 => NameField::Taker,
            n => NameField::Other((n - 3) as usize),
        }
    }
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
    pub(crate) docs: usize,
    pub(crate) chars: Vec<char>,
    pub(crate) readings: Vec<Vec<Box<[u8]>>>,
    pub(crate) tokens: Vec<u32>,
    pub(crate) strings: Vec<Entry>,
    pub(crate) posting_start: Vec<u32>,
    pub(crate) postings: Vec<Posting>,
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
        let mut b = super::builder::IndexBuilder::new();
        for (d, doc) in docs.iter().enumerate() {
            for (field, text) in doc.each_name() {
                b.add(d as u32, field, text);
            }
        }
        b.finish(docs.len())
    }

    pub(crate) fn empty() -> NameIndex {
        NameIndex {
            generation: 0,
            docs: 0,
            chars: Vec::new(),
            readings: Vec::new(),
            tokens: Vec::new(),
            strings: Vec::new(),
            posting_start: Vec::new(),
            postings: Vec::new(),
        }
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
