//! Character readings and normalisation shared by the index, the highlighter and the filter.
//!
//! Readings come from `ib-matcher`'s curated table (DESIGN.md §6): it lists the common
//! readings of polyphonic characters (长 chang/zhang, 行 xing/hang, 重 zhong/chong) without
//! the rare ones (能 nai, 包 pao) that make false hits.

use std::sync::OnceLock;

use ib_matcher::pinyin::{PinyinData, PinyinNotation};

/// The longest ASCII reading in the table is six letters (`zhuang`); one spare step keeps the
/// per-character step masks a fixed-size array.
pub const MAX_STEP: usize = 7;

fn data() -> &'static PinyinData {
    static DATA: OnceLock<PinyinData> = OnceLock::new();
    DATA.get_or_init(|| PinyinData::new(PinyinNotation::Ascii))
}

/// Folds a character the way both names and queries are compared: ASCII lower case, and
/// full-width ASCII (ＰＥＭ, ：) to half-width, which Chinese input methods often produce.
pub fn fold(c: char) -> char {
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    };
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// The distinct ASCII readings of a (folded) character, lower case. An ASCII letter or digit
/// reads as itself; a character with no pinyin has none (it matches only itself).
pub fn readings(c: char) -> Vec<String> {
    if c.is_ascii_alphanumeric() {
        return vec![c.to_string()];
    }
    let mut out: Vec<String> = Vec::new();
    data().get_pinyins_and_for_each(c, |p| {
        if let Some(r) = p.notation(PinyinNotation::Ascii)
            && !r.is_empty()
            && r.len() <= MAX_STEP
            && r.bytes().all(|b| b.is_ascii_lowercase())
            && !out.iter().any(|o| o == r)
        {
            out.push(r.to_string());
        }
    });
    out
}

/// Bit of a query or name character in the 64-bit presence mask: letters and digits get
/// their own bit, every other character one of 28 bloom bits.
pub fn mask_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        _ => 1 << (36 + (c as u32).wrapping_mul(2_654_435_761) % 28),
    }
}

/// The query as matched: folded, without whitespace and the syllable separator `'`.
pub fn normalize_query(query: &str) -> Vec<char> {
    query
        .chars()
        .map(fold)
        .filter(|c| !c.is_whitespace() && *c != '\'')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polyphones_have_their_common_readings() {
        for (c, r) in [
            ('长', "chang"),
            ('长', "zhang"),
            ('重', "chong"),
            ('重', "zhong"),
            ('行', "hang"),
            ('行', "xing"),
            ('沙', "sha"),
        ] {
            assert!(
                readings(c).iter().any(|x| x == r),
                "{c} {r} {:?}",
                readings(c)
            );
        }
    }

    #[test]
    fn rare_readings_are_absent() {
        assert!(
            !readings('能').iter().any(|r| r == "nai"),
            "{:?}",
            readings('能')
        );
        assert!(
            !readings('包').iter().any(|r| r == "pao"),
            "{:?}",
            readings('包')
        );
    }

    #[test]
    fn fold_handles_case_and_full_width() {
        assert_eq!(fold('Ｐ'), 'p');
        assert_eq!(fold('：'), ':');
        assert_eq!(fold('A'), 'a');
        assert_eq!(fold('包'), '包');
        assert_eq!(
            normalize_query("Bao 'tou"),
            vec!['b', 'a', 'o', 't', 'o', 'u']
        );
    }
}
