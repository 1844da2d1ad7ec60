//! The canonical JSON of a serialisable value (object keys sorted at every level, no
//! whitespace), written without building a `serde_json::Value` first. Byte for byte what
//! `audit::canonical(&serde_json::to_value(x))` writes: numbers, strings and nulls go through
//! serde_json's own writer, and an `f32` is widened first as `Value` does. What a `Value`
//! could not hold the same way (a map key that is not a string or an integer, a key twice,
//! a 128-bit number out of range) is refused, and the caller takes the `Value` road.
//! An import hashes every case whole: the tree of strings and maps per case was a third
//! of its time.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// The canonical bytes of `value`, or `None` where only a `Value` says what they are.
pub(crate) fn to_canonical<T: Serialize + ?Sized>(value: &T) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(4096);
    value.serialize(Canon { out: &mut out }).ok()?;
    Some(out)
}

/// Why a value was refused (never shown: the caller falls back).
#[derive(Debug)]
pub(crate) struct Refused;

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not representable without a serde_json::Value")
    }
}

impl std::error::Error for Refused {}

impl ser::Error for Refused {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Refused
    }
}

type Res = Result<(), Refused>;

/// Plain JSON of one leaf, as serde_json writes it; writing into a `Vec` cannot fail.
fn leaf<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> Res {
    serde_json::to_writer(out, v).map_err(|_| Refused)
}

struct Canon<'a> {
    out: &'a mut Vec<u8>,
}

impl<'a> ser::Serializer for Canon<'a> {
    type Ok = ();
    type Error = Refused;
    type SerializeSeq = Arr<'a>;
    type SerializeTuple = Arr<'a>;
    type SerializeTupleStruct = Arr<'a>;
    type SerializeTupleVariant = Arr<'a>;
    type SerializeMap = Obj<'a>;
    type SerializeStruct = Obj<'a>;
    type SerializeStructVariant = Obj<'a>;

    fn serialize_bool(self, v: bool) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_i8(self, v: i8) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_i16(self, v: i16) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_i32(self, v: i32) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_i64(self, v: i64) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_i128(self, v: i128) -> Res {
        match (u64::try_from(v), i64::try_from(v)) {
            (Ok(u), _) => leaf(self.out, &u),
            (_, Ok(i)) => leaf(self.out, &i),
            _ => Err(Refused),
        }
    }
    fn serialize_u8(self, v: u8) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_u16(self, v: u16) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_u32(self, v: u32) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_u64(self, v: u64) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_u128(self, v: u128) -> Res {
        leaf(self.out, &u64::try_from(v).map_err(|_| Refused)?)
    }
    fn serialize_f32(self, v: f32) -> Res {
        // `Value` keeps an f32 as the f64 it widens to, and prints that.
        leaf(self.out, &f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_char(self, v: char) -> Res {
        leaf(self.out, &v)
    }
    fn serialize_str(self, v: &str) -> Res {
        leaf(self.out, v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Res {
        leaf(self.out, v)
    }
    fn serialize_none(self) -> Res {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Res {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res {
        leaf(self.out, variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Res {
        // One key: already in order.
        self.out.push(b'{');
        leaf(self.out, variant)?;
        self.out.push(b':');
        v.serialize(Canon { out: self.out })?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Arr<'a>, Refused> {
        Ok(Arr::open(self.out, false))
    }
    fn serialize_tuple(self, len: usize) -> Result<Arr<'a>, Refused> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Arr<'a>, Refused> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Arr<'a>, Refused> {
        self.out.push(b'{');
        leaf(self.out, variant)?;
        self.out.push(b':');
        Ok(Arr::open(self.out, true))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Obj<'a>, Refused> {
        Ok(Obj::open(self.out, false))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Obj<'a>, Refused> {
        Ok(Obj::open(self.out, false))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Obj<'a>, Refused> {
        self.out.push(b'{');
        leaf(self.out, variant)?;
        self.out.push(b':');
        Ok(Obj::open(self.out, true))
    }
}

/// An array being written; `wrapped` when it is a tuple variant's `{"Variant":[…]}`.
struct Arr<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
    wrapped: bool,
}

impl<'a> Arr<'a> {
    fn open(out: &'a mut Vec<u8>, wrapped: bool) -> Arr<'a> {
        out.push(b'[');
        Arr {
            out,
            first: true,
            wrapped,
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        v.serialize(Canon { out: self.out })
    }

    fn close(self) -> Res {
        self.out.push(b']');
        if self.wrapped {
            self.out.push(b'}');
        }
        Ok(())
    }
}

impl ser::SerializeSeq for Arr<'_> {
    type Ok = ();
    type Error = Refused;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        self.element(v)
    }
    fn end(self) -> Res {
        self.close()
    }
}

impl ser::SerializeTuple for Arr<'_> {
    type Ok = ();
    type Error = Refused;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        self.element(v)
    }
    fn end(self) -> Res {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Arr<'_> {
    type Ok = ();
    type Error = Refused;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        self.element(v)
    }
    fn end(self) -> Res {
        self.close()
    }
}

impl ser::SerializeTupleVariant for Arr<'_> {
    type Ok = ();
    type Error = Refused;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        self.element(v)
    }
    fn end(self) -> Res {
        self.close()
    }
}

/// An object being written: its values go to `out` as they come, each remembered with
/// its key and place, and `close` writes them again in key order.
struct Obj<'a> {
    out: &'a mut Vec<u8>,
    start: usize,
    fields: Vec<(KeyText, usize, usize)>,
    pending: Option<String>,
    wrapped: bool,
}

/// A struct's field names are static; a map's keys are written out.
enum KeyText {
    Static(&'static str),
    Owned(String),
}

impl KeyText {
    fn as_str(&self) -> &str {
        match self {
            KeyText::Static(s) => s,
            KeyText::Owned(s) => s,
        }
    }
}

impl<'a> Obj<'a> {
    fn open(out: &'a mut Vec<u8>, wrapped: bool) -> Obj<'a> {
        let start = out.len();
        Obj {
            out,
            start,
            fields: Vec::new(),
            pending: None,
            wrapped,
        }
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: KeyText, v: &T) -> Res {
        let from = self.out.len();
        v.serialize(Canon { out: self.out })?;
        self.fields.push((key, from, self.out.len()));
        Ok(())
    }

    fn close(mut self) -> Res {
        let values = self.out.split_off(self.start);
        self.fields.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
        if self
            .fields
            .windows(2)
            .any(|w| w[0].0.as_str() == w[1].0.as_str())
        {
            // A `Value` would keep one of them; which one is not worth mirroring.
            return Err(Refused);
        }
        let out = self.out;
        out.push(b'{');
        for (i, (key, from, to)) in self.fields.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            leaf(out, key.as_str())?;
            out.push(b':');
            out.extend_from_slice(&values[from - self.start..to - self.start]);
        }
        out.push(b'}');
        if self.wrapped {
            out.push(b'}');
        }
        Ok(())
    }
}

impl ser::SerializeStruct for Obj<'_> {
    type Ok = ();
    type Error = Refused;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Res {
        self.field(KeyText::Static(key), v)
    }
    fn end(self) -> Res {
        self.close()
    }
}

impl ser::SerializeStructVariant for Obj<'_> {
    type Ok = ();
    type Error = Refused;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Res {
        self.field(KeyText::Static(key), v)
    }
    fn end(self) -> Res {
        self.close()
    }
}

impl ser::SerializeMap for Obj<'_> {
    type Ok = ();
    type Error = Refused;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Res {
        self.pending = Some(key.serialize(KeyOnly)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        let key = self.pending.take().ok_or(Refused)?;
        self.field(KeyText::Owned(key), v)
    }
    fn end(self) -> Res {
        self.close()
    }
}

/// A map key as `Value` keeps it: strings, and integers and booleans written as text.
struct KeyOnly;

macro_rules! int_keys {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> Result<String, Refused> {
            Ok(v.to_string())
        }
    )*};
}

macro_rules! refused_keys {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, _: $t) -> Result<String, Refused> {
            Err(Refused)
        }
    )*};
}

impl ser::Serializer for KeyOnly {
    type Ok = String;
    type Error = Refused;
    type SerializeSeq = Impossible<String, Refused>;
    type SerializeTuple = Impossible<String, Refused>;
    type SerializeTupleStruct = Impossible<String, Refused>;
    type SerializeTupleVariant = Impossible<String, Refused>;
    type SerializeMap = Impossible<String, Refused>;
    type SerializeStruct = Impossible<String, Refused>;
    type SerializeStructVariant = Impossible<String, Refused>;

    int_keys!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128, serialize_bool: bool, serialize_char: char);
    refused_keys!(serialize_f32: f32, serialize_f64: f64, serialize_bytes: &[u8]);

    fn serialize_str(self, v: &str) -> Result<String, Refused> {
        Ok(v.to_string())
    }
    fn serialize_none(self) -> Result<String, Refused> {
        Err(Refused)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<String, Refused> {
        Err(Refused)
    }
    fn serialize_unit(self) -> Result<String, Refused> {
        Err(Refused)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Refused> {
        Err(Refused)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Refused> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<String, Refused> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Refused> {
        Err(Refused)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Refused> {
        Err(Refused)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Refused> {
        Err(Refused)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Refused> {
        Err(Refused)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Refused> {
        Err(Refused)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Refused> {
        Err(Refused)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Refused> {
        Err(Refused)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Refused> {
        Err(Refused)
    }
}

#[cfg(test)]
#[path = "canonical_tests.rs"]
mod tests;
