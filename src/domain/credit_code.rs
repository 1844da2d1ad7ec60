//! 统一社会信用代码 (GB 32100-2015): charset, structure and check character.

/// The 31 characters of the code, in value order (no I, O, S, V, Z).
const CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/// W_i = 3^(i-1) mod 31 for i = 1..17.
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
pub const LENGTH: usize = 18;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditCodeError {
    Empty,
    Length {
        found: usize,
    },
    /// `pos` counts from 1, as officers read the code.
    BadChar {
        pos: usize,
        ch: char,
    },
    CheckChar {
        expected: char,
        found: char,
    },
}

fn value(c: char) -> Option<u32> {
    CHARSET.chars().position(|x| x == c).map(|p| p as u32)
}

fn char_of(v: u32) -> Option<char> {
    CHARSET.chars().nth(v as usize)
}

/// Trims and upper-cases what an officer typed or pasted (spaces inside are removed).
pub fn normalize(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The check character for the first 17 characters, or `None` if they are not 17 valid ones.
pub fn check_char(first17: &str) -> Option<char> {
    let mut sum = 0u32;
    let mut count = 0;
    for (c, w) in first17.chars().zip(WEIGHTS) {
        sum += value(c)? * w;
        count += 1;
    }
    if count != 17 || first17.chars().count() != 17 {
        return None;
    }
    char_of((31 - sum % 31) % 31)
}

/// The full 18-character code for 17 characters (used to make synthetic demo codes).
pub fn with_check_char(first17: &str) -> Option<String> {
    check_char(first17).map(|c| format!("{first17}{c}"))
}

/// Checks a code exactly as stored (see [`normalize`] for input from a form).
pub fn check(code: &str) -> Result<(), CreditCodeError> {
    if code.is_empty() {
        return Err(CreditCodeError::Empty);
    }
    let found = code.chars().count();
    if found != LENGTH {
        return Err(CreditCodeError::Length { found });
    }
    if let Some((i, ch)) = code.chars().enumerate().find(|(_, c)| value(*c).is_none()) {
        return Err(CreditCodeError::BadChar { pos: i + 1, ch });
    }
    let (first17, last) = code.split_at(17);
    let expected = check_char(first17).ok_or(CreditCodeError::Empty)?;
    let found = last.chars().next().ok_or(CreditCodeError::Empty)?;
    if expected != found {
        return Err(CreditCodeError::CheckChar { expected, found });
    }
    Ok(())
}

/// Positions 3–8: the administrative division where the unit registered.
pub fn division(code: &str) -> Option<&str> {
    code.get(2..8)
        .filter(|d| d.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gb_32100_example_is_valid() {
        assert_eq!(check_char("91350100M000100Y4"), Some('3'));
        assert_eq!(check("91350100M000100Y43"), Ok(()));
    }

    #[test]
    fn a_wrong_check_character_is_reported_with_the_expected_one() {
        assert_eq!(
            check("91350100M000100Y4Z"),
            Err(CreditCodeError::BadChar { pos: 18, ch: 'Z' })
        );
        assert_eq!(
            check("91350100M000100Y44"),
            Err(CreditCodeError::CheckChar {
                expected: '3',
                found: '4'
            })
        );
    }

    #[test]
    fn length_charset_and_emptiness() {
        assert_eq!(check(""), Err(CreditCodeError::Empty));
        assert_eq!(
            check("91350100M000100Y4"),
            Err(CreditCodeError::Length { found: 17 })
        );
        assert_eq!(
            check("91350100I000100Y43"),
            Err(CreditCodeError::BadChar { pos: 9, ch: 'I' })
        );
        assert_eq!(
            check("9135０100M000100Y43"),
            Err(CreditCodeError::BadChar { pos: 5, ch: '０' })
        );
        assert_eq!(check_char("91350100M000100Y"), None);
        assert_eq!(check_char("91350100M000100YI"), None);
    }

    #[test]
    fn synthetic_codes_check() {
        let code = with_check_char("91150200MA0N00001").unwrap();
        assert_eq!(check(&code), Ok(()));
        assert_eq!(division(&code), Some("150200"));
        // A check value of 0 must map to '0', not to a 32nd character.
        for n in 0..200 {
            let code = with_check_char(&format!("12150100{n:09}")).unwrap();
            assert_eq!(check(&code), Ok(()), "{code}");
        }
    }

    #[test]
    fn normalize_accepts_lower_case_and_spaces() {
        assert_eq!(normalize(" 91350100m000100y43 "), "91350100M000100Y43");
        assert_eq!(check(&normalize("9135 0100 m000 100y43")), Ok(()));
    }
}
