//! The rows of a JSON import, one at a time: a whole store's export (hundreds of MB) is
//! never held as one `serde_json::Value` tree. Each row comes as its own text (checked to
//! be JSON), so a good row can be read straight into a case and only a doubtful one goes
//! through a `Value`.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

/// Why the rows could not be read.
#[derive(Debug)]
pub(crate) enum RowsError {
    /// Not JSON (with the parser's line and column).
    Syntax(serde_json::Error),
    /// JSON, but neither an array nor an object with a `cases` array.
    NotArray,
}

/// Calls `f` with each row of a JSON array, or of the `cases` array of an object (as
/// `data/demo.json` is), in order.
pub(crate) fn for_each_row<'a>(
    text: &'a str,
    f: impl FnMut(&'a RawValue),
) -> Result<(), RowsError> {
    let mut f = f;
    let mut shape_ok = true;
    let mut de = serde_json::Deserializer::from_str(text);
    let root = Root {
        f: &mut f,
        shape_ok: &mut shape_ok,
    };
    let parsed = root.deserialize(&mut de).and_then(|()| de.end());
    match parsed {
        Ok(()) if shape_ok => Ok(()),
        Ok(()) => Err(RowsError::NotArray),
        Err(_) if !shape_ok => Err(RowsError::NotArray),
        Err(e) => Err(RowsError::Syntax(e)),
    }
}

struct Root<'a, F> {
    f: &'a mut F,
    shape_ok: &'a mut bool,
}

impl<'de, F: FnMut(&'de RawValue)> DeserializeSeed<'de> for Root<'_, F> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, F: FnMut(&'de RawValue)> Visitor<'de> for Root<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of cases")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        rows(seq, self.f)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut found = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "cases" && !found {
                found = true;
                map.next_value_seed(Cases {
                    f: &mut *self.f,
                    shape_ok: &mut *self.shape_ok,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        if !found {
            *self.shape_ok = false;
        }
        Ok(())
    }

    // Any other root (a number, a string, null) is the wrong shape, not a syntax error.
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        *self.shape_ok = false;
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        *self.shape_ok = false;
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        *self.shape_ok = false;
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        *self.shape_ok = false;
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        *self.shape_ok = false;
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        *self.shape_ok = false;
        Ok(())
    }
}

/// The value of `cases`: must be an array.
struct Cases<'a, F> {
    f: &'a mut F,
    shape_ok: &'a mut bool,
}

impl<'de, F: FnMut(&'de RawValue)> DeserializeSeed<'de> for Cases<'_, F> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        match d.deserialize_any(CasesVisitor { f: self.f }) {
            Err(e) => {
                *self.shape_ok = false;
                Err(e)
            }
            ok => ok,
        }
    }
}

struct CasesVisitor<'a, F> {
    f: &'a mut F,
}

impl<'de, F: FnMut(&'de RawValue)> Visitor<'de> for CasesVisitor<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of cases")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        rows(seq, self.f)
    }
}

fn rows<'de, A: SeqAccess<'de>, F: FnMut(&'de RawValue)>(
    mut seq: A,
    f: &mut F,
) -> Result<(), A::Error> {
    while let Some(row) = seq.next_element::<&'de RawValue>()? {
        f(row);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(text: &str) -> Result<Vec<serde_json::Value>, RowsError> {
        let mut out = Vec::new();
        for_each_row(text, |v| out.push(serde_json::from_str(v.get()).unwrap())).map(|()| out)
    }

    #[test]
    fn arrays_and_the_cases_of_an_object_are_rows() {
        assert_eq!(collect(r#"[{"a":1}, 2]"#).unwrap().len(), 2);
        let rows = collect(r#"{"version": 1, "cases": [{"a":1}], "x": {"y": []}}"#).unwrap();
        assert_eq!(rows, vec![serde_json::json!({"a": 1})]);
    }

    #[test]
    fn other_shapes_and_bad_syntax_are_told_apart() {
        for text in ["3", "\"x\"", "null", r#"{"x": []}"#, r#"{"cases": 3}"#] {
            assert!(matches!(collect(text), Err(RowsError::NotArray)), "{text}");
        }
        match collect("[{\"a\":1},\n  {\"b\" 2}]") {
            Err(RowsError::Syntax(e)) => assert_eq!(e.line(), 2),
            other => panic!("{other:?}"),
        }
        assert!(matches!(collect("[] x"), Err(RowsError::Syntax(_))));
    }
}
