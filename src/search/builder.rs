//! Building a [`NameIndex`] one name at a time, so a caller streaming rows out of a store
//! never holds them all: characters get ids on first sight (folded once, looked up in a
//! flat table), each distinct string is interned once, postings are sorted at the end.

use foldhash::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use super::index::{Entry, NameField, NameIndex, Posting};
use super::pinyin::{fold, mask_bit, readings};

const NONE: u32 = u32::MAX;

pub struct IndexBuilder {
    ix: NameIndex,
    /// Character id of each raw character below U+10000 (`NONE`: not seen yet).
    bmp: Vec<u32>,
    other: HashMap<char, u32>,
    /// Character id of each folded character.
    folded: HashMap<char, u32>,
    /// Per character id: the letters its readings hold, the letters they start with.
    id_masks: Vec<(u64, u64)>,
    strings: HashMap<Box<str>, u32>,
    postings: Vec<(u32, Posting)>,
}

impl Default for IndexBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl IndexBuilder {
    pub fn new() -> IndexBuilder {
        IndexBuilder {
            ix: NameIndex::empty(),
            bmp: vec![NONE; 0x1_0000],
            other: HashMap::default(),
            folded: HashMap::default(),
            id_masks: Vec::new(),
            strings: HashMap::default(),
            postings: Vec::new(),
        }
    }

    /// Adds one name of document `doc`; empty names are skipped.
    pub fn add(&mut self, doc: u32, field: NameField, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.ix.docs = self.ix.docs.max(doc as usize + 1);
        let sid = match self.strings.get(text) {
            Some(&sid) => sid,
            None => {
                let sid = self.intern(text);
                self.strings.insert(text.into(), sid);
                sid
            }
        };
        self.postings.push((sid, Posting::new(doc, field)));
    }

    fn intern(&mut self, text: &str) -> u32 {
        let start = self.ix.tokens.len() as u32;
        let (mut mask, mut initials, mut len) = (0u64, 0u64, 0u32);
        for c in text.chars() {
            let id = self.char_id(c);
            let (m, first) = self.id_masks[id as usize];
            mask |= m;
            initials |= first;
            self.ix.tokens.push(id);
            len += 1;
        }
        self.ix.strings.push(Entry {
            start,
            len,
            mask,
            initials,
        });
        (self.ix.strings.len() - 1) as u32
    }

    fn char_id(&mut self, raw: char) -> u32 {
        let known = match raw as u32 {
            n if n < 0x1_0000 => self.bmp[n as usize],
            _ => self.other.get(&raw).copied().unwrap_or(NONE),
        };
        if known != NONE {
            return known;
        }
        let c = fold(raw);
        let id = match self.folded.get(&c) {
            Some(&id) => id,
            None => {
                let id = self.new_char(c);
                self.folded.insert(c, id);
                id
            }
        };
        match raw as u32 {
            n if n < 0x1_0000 => self.bmp[n as usize] = id,
            _ => {
                self.other.insert(raw, id);
            }
        }
        id
    }

    fn new_char(&mut self, c: char) -> u32 {
        let rs = readings(c);
        let mut m = mask_bit(c);
        let mut first = mask_bit(c);
        for r in &rs {
            for b in r.chars() {
                m |= mask_bit(b);
            }
            first |= r.chars().next().map_or(0, mask_bit);
        }
        self.ix.chars.push(c);
        self.ix
            .readings
            .push(rs.into_iter().map(|r| r.into_bytes().into()).collect());
        self.id_masks.push((m, first));
        (self.ix.chars.len() - 1) as u32
    }

    /// Gives document `d` the number `new[d]` (a permutation of the documents added):
    /// a caller streaming rows in one order numbers them in another. Each document's
    /// names keep the order they were added in.
    pub fn renumber(&mut self, new: &[u32]) {
        for (_, p) in &mut self.postings {
            p.doc = new[p.doc as usize];
        }
        // Stable: a string's postings end up in document order, as `finish` promises.
        self.postings.sort_by_key(|(_, p)| p.doc);
    }

    /// The index over `docs` documents (at least every document named in `add`).
    pub fn finish(mut self, docs: usize) -> NameIndex {
        static GENERATION: AtomicU64 = AtomicU64::new(1);
        let mut ix = std::mem::replace(&mut self.ix, NameIndex::empty());
        ix.generation = GENERATION.fetch_add(1, Ordering::Relaxed);
        ix.docs = ix.docs.max(docs);
        // A counting sort by string, stable: a string's postings keep the order they were
        // added in (document order).
        let n = ix.strings.len();
        let mut start = vec![0u32; n + 1];
        for (sid, _) in &self.postings {
            start[*sid as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        ix.posting_start = start.clone();
        let blank = Posting::new(0, NameField::Name);
        ix.postings = vec![blank; self.postings.len()];
        for (sid, p) in self.postings {
            let slot = &mut start[sid as usize];
            ix.postings[*slot as usize] = p;
            *slot += 1;
        }
        ix
    }
}
