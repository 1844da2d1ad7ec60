//! Names in the order a Chinese reader looks for them: by pinyin reading (包头 before 鄂尔多斯
//! before 呼和浩特), not by Unicode code point, which scatters them. A polyphone sorts by its
//! most common reading (石墨 shi, 重卡 zhong), which the `pinyin` crate gives first; the
//! search's table (`search::pinyin`) lists readings without saying which is common.

use pinyin::ToPinyin;

use crate::search::pinyin::fold;

/// The sort key of a name: each character's most common reading (a character without one,
/// such as a digit or a bracket, stands for itself), then the name itself so that
/// homophones keep a stable order.
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len() * 3);
    for c in name.chars().map(fold) {
        match c.to_pinyin() {
            Some(p) => out.push_str(p.plain()),
            None => out.push(c),
        }
        out.push(' ');
    }
    out.push('\u{0}');
    out.push_str(name);
    out
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn chinese_names_sort_by_reading() {
        let mut names = vec![
            "呼和浩特某公司",
            "石墨烯导热膜",
            "包头某研究院",
            "鄂尔多斯某集团",
            "PEM 电解",
            "重卡换电",
        ];
        names.sort_by_key(|n| key(n));
        assert_eq!(
            names,
            [
                "包头某研究院",
                "鄂尔多斯某集团",
                "呼和浩特某公司",
                "PEM 电解",
                "石墨烯导热膜",
                "重卡换电"
            ]
        );
    }
}
