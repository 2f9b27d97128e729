//! The length of a value's compact JSON text (what `serde_json::to_string` writes), in UTF-16
//! code units as browsers count stored text, without writing the text: a `serde::Serializer`
//! that only adds up.
//!
//! The import preview counts every new record this way to say whether the result fits in
//! storage (`gabung::Pratinjau::tambahan`). Running serde_json's own serialiser into a counter
//! spent most of its time on the writer calls for each small piece and on the escape scan;
//! this counts each string with one table lookup per byte (measured: a third of the
//! instructions for the preview of 1,000 pegawai; in the page, the preview of 8,000 went from
//! about 80 ms to about 30 ms).
//!
//! It must give exactly the length of serde_json's text. Anything it does not know how to count
//! exactly (a map key that is not a string, a number or a unit variant) returns `None`, and the
//! caller falls back to counting serde_json's output
//! ([`panjang_json`](super::penyimpanan::panjang_json)). Tests hold the two to each other on
//! every collection and on texts with escapes and characters outside the BMP.

use serde::ser::{self, Serialize};
use std::fmt;

/// The UTF-16 length of `x`'s compact JSON, `None` when this counter cannot be sure.
pub(crate) fn hitung<T: Serialize + ?Sized>(x: &T) -> Option<usize> {
    let mut h = Penghitung(0);
    x.serialize(&mut h).ok()?;
    Some(h.0)
}

struct Penghitung(usize);

/// "Not counted here": the caller counts serde_json's text instead.
#[derive(Debug)]
struct TidakDihitung;

impl fmt::Display for TidakDihitung {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("tidak dihitung")
    }
}
impl std::error::Error for TidakDihitung {}
impl ser::Error for TidakDihitung {
    fn custom<T: fmt::Display>(_: T) -> Self {
        TidakDihitung
    }
}

type Hasil = Result<(), TidakDihitung>;

/// A JSON string literal as serde_json writes it: the quotes; `\"`, `\\`, `\b`, `\f`, `\n`,
/// `\r`, `\t` as two characters, other control characters as `\u00XX`; everything else as is,
/// one UTF-16 unit per UTF-8 sequence and two for a 4-byte one.
fn teks(s: &str) -> usize {
    // One unit per byte, corrected by each byte's entry (a table: one lookup per byte).
    let koreksi: isize = s.as_bytes().iter().map(|&c| isize::from(KOREKSI[usize::from(c)])).sum();
    (2 + s.len()).saturating_add_signed(koreksi)
}

/// What each byte adds to the one unit counted for it (see [`teks`]).
const KOREKSI: [i8; 256] = {
    let mut t = [0i8; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = match c as u8 {
            b'"' | b'\\' | 0x08 | 0x0C | b'\n' | b'\r' | b'\t' => 1,
            0x00..=0x1F => 5,
            0x80..=0xBF => -1,
            0xF0..=0xFF => 1,
            _ => 0,
        };
        c += 1;
    }
    t
};

fn digit(v: u128) -> usize {
    // u64 arithmetic for every number the records hold (u128 division is a library call).
    let Ok(mut v) = u64::try_from(v) else { return v.to_string().len() };
    let mut n = 1;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

fn bertanda(v: i128) -> usize {
    usize::from(v < 0) + digit(v.unsigned_abs())
}

/// Floats are rare in the records (numeric SKP targets): serde_json's own text (ryu's shortest
/// form, `null` when not finite) is counted for them.
fn pecahan<T: Serialize>(v: T) -> Result<usize, TidakDihitung> {
    serde_json::to_string(&v).map(|s| s.len()).map_err(|_| TidakDihitung)
}

/// An array, object or variant being counted: commas go between its items, `tutup` is the
/// closing characters still to come (`]`, `}`, or two for a variant's `]}` / `}}`).
struct Majemuk<'a> {
    h: &'a mut Penghitung,
    pertama: bool,
    tutup: usize,
}

impl Majemuk<'_> {
    fn koma(&mut self) {
        if !self.pertama {
            self.h.0 += 1;
        }
        self.pertama = false;
    }
    fn unsur<T: Serialize + ?Sized>(&mut self, v: &T) -> Hasil {
        self.koma();
        v.serialize(&mut *self.h)
    }
    /// `"key":value`
    fn ruas<T: Serialize + ?Sized>(&mut self, kunci: &str, v: &T) -> Hasil {
        self.koma();
        self.h.0 += teks(kunci) + 1;
        v.serialize(&mut *self.h)
    }
    fn selesai(self) -> Hasil {
        self.h.0 += self.tutup;
        Ok(())
    }
}

impl<'a> Penghitung {
    fn buka(&'a mut self, varian: Option<&str>) -> Majemuk<'a> {
        // `{"variant":` before the inner `[` or `{`.
        let (awal, tutup) = match varian {
            Some(v) => (1 + teks(v) + 1 + 1, 2),
            None => (1, 1),
        };
        self.0 += awal;
        Majemuk { h: self, pertama: true, tutup }
    }
}

/// serde's narrower integer methods, each widened to `serialize_i128` / `serialize_u128`,
/// which count (the same digits either way).
macro_rules! lebarkan {
    () => {
        lebarkan!(serialize_i128: serialize_i8(i8), serialize_i16(i16), serialize_i32(i32), serialize_i64(i64));
        lebarkan!(serialize_u128: serialize_u8(u8), serialize_u16(u16), serialize_u32(u32), serialize_u64(u64));
    };
    ($lebar:ident: $($metode:ident($t:ty)),*) => {$(
        fn $metode(self, v: $t) -> Result<Self::Ok, TidakDihitung> {
            self.$lebar(v.into())
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Penghitung {
    type Ok = ();
    type Error = TidakDihitung;
    type SerializeSeq = Majemuk<'a>;
    type SerializeTuple = Majemuk<'a>;
    type SerializeTupleStruct = Majemuk<'a>;
    type SerializeTupleVariant = Majemuk<'a>;
    type SerializeMap = Majemuk<'a>;
    type SerializeStruct = Majemuk<'a>;
    type SerializeStructVariant = Majemuk<'a>;

    fn serialize_bool(self, v: bool) -> Hasil {
        self.0 += if v { 4 } else { 5 };
        Ok(())
    }
    lebarkan!();
    fn serialize_i128(self, v: i128) -> Hasil {
        self.0 += bertanda(v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Hasil {
        self.0 += digit(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Hasil {
        self.0 += pecahan(v)?;
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Hasil {
        self.0 += pecahan(v)?;
        Ok(())
    }
    fn serialize_char(self, v: char) -> Hasil {
        self.0 += teks(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Hasil {
        self.0 += teks(v);
        Ok(())
    }
    /// An array of numbers, as serde_json writes bytes.
    fn serialize_bytes(self, v: &[u8]) -> Hasil {
        self.0 += 2 + v.len().saturating_sub(1) + v.iter().map(|&b| digit(u128::from(b))).sum::<usize>();
        Ok(())
    }
    fn serialize_none(self) -> Hasil {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Hasil {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Hasil {
        self.0 += 4;
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Hasil {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, varian: &'static str) -> Hasil {
        self.serialize_str(varian)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Hasil {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        varian: &'static str,
        v: &T,
    ) -> Hasil {
        // {"variant":value}
        self.0 += 1 + teks(varian) + 1;
        v.serialize(&mut *self)?;
        self.0 += 1;
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Majemuk<'a>, TidakDihitung> {
        Ok(self.buka(None))
    }
    fn serialize_tuple(self, _: usize) -> Result<Majemuk<'a>, TidakDihitung> {
        Ok(self.buka(None))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Majemuk<'a>, TidakDihitung> {
        Ok(self.buka(None))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        varian: &'static str,
        _: usize,
    ) -> Result<Majemuk<'a>, TidakDihitung> {
        Ok(self.buka(Some(varian)))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Majemuk<'a>, TidakDihitung> {
        Ok(self.buka(None))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Majemuk<'a>, TidakDihitung> {
        Ok(self.buka(None))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        varian: &'static str,
        _: usize,
    ) -> Result<Majemuk<'a>, TidakDihitung> {
        Ok(self.buka(Some(varian)))
    }
}

/// The items of arrays and tuples (`unsur`), and the fields of structs (`ruas`): the same
/// counting behind each of serde's compound traits.
macro_rules! majemuk {
    (unsur: $($sifat:ident::$metode:ident),*) => {$(
        impl ser::$sifat for Majemuk<'_> {
            type Ok = ();
            type Error = TidakDihitung;
            fn $metode<T: Serialize + ?Sized>(&mut self, v: &T) -> Hasil {
                self.unsur(v)
            }
            fn end(self) -> Hasil {
                self.selesai()
            }
        }
    )*};
    (ruas: $($sifat:ident),*) => {$(
        impl ser::$sifat for Majemuk<'_> {
            type Ok = ();
            type Error = TidakDihitung;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, kunci: &'static str, v: &T) -> Hasil {
                self.ruas(kunci, v)
            }
            fn end(self) -> Hasil {
                self.selesai()
            }
        }
    )*};
}
majemuk!(unsur: SerializeSeq::serialize_element, SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field, SerializeTupleVariant::serialize_field);
majemuk!(ruas: SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Majemuk<'_> {
    type Ok = ();
    type Error = TidakDihitung;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, kunci: &T) -> Hasil {
        self.koma();
        self.h.0 += kunci.serialize(KunciPeta)? + 1;
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Hasil {
        v.serialize(&mut *self.h)
    }
    fn end(self) -> Hasil {
        self.selesai()
    }
}

/// A map key as serde_json writes it: always a string (numbers quoted). Only the kinds whose
/// text is certain are counted; any other key sends the caller to serde_json's own text.
struct KunciPeta;

impl ser::Serializer for KunciPeta {
    type Ok = usize;
    type Error = TidakDihitung;
    type SerializeSeq = ser::Impossible<usize, TidakDihitung>;
    type SerializeTuple = ser::Impossible<usize, TidakDihitung>;
    type SerializeTupleStruct = ser::Impossible<usize, TidakDihitung>;
    type SerializeTupleVariant = ser::Impossible<usize, TidakDihitung>;
    type SerializeMap = ser::Impossible<usize, TidakDihitung>;
    type SerializeStruct = ser::Impossible<usize, TidakDihitung>;
    type SerializeStructVariant = ser::Impossible<usize, TidakDihitung>;

    fn serialize_str(self, v: &str) -> Result<usize, TidakDihitung> {
        Ok(teks(v))
    }
    fn serialize_char(self, v: char) -> Result<usize, TidakDihitung> {
        Ok(teks(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, varian: &'static str) -> Result<usize, TidakDihitung> {
        Ok(teks(varian))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Result<usize, TidakDihitung> {
        v.serialize(self)
    }
    lebarkan!();
    fn serialize_i128(self, v: i128) -> Result<usize, TidakDihitung> {
        Ok(2 + bertanda(v))
    }
    fn serialize_u128(self, v: u128) -> Result<usize, TidakDihitung> {
        Ok(2 + digit(v))
    }
    fn serialize_bool(self, _: bool) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_f32(self, _: f32) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_f64(self, _: f64) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_none(self) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_unit(self) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<usize, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, TidakDihitung> {
        Err(TidakDihitung)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, TidakDihitung> {
        Err(TidakDihitung)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeMap;

    fn sama<T: Serialize + ?Sized>(x: &T) {
        let t = serde_json::to_string(x).unwrap();
        assert_eq!(hitung(x), Some(t.encode_utf16().count()), "{t}");
    }

    #[test]
    fn counts_what_serde_json_writes() {
        sama(&json!({"a": [1, -22, 3.5, 1e300, -0.0, true, false, null], "b": {}, "c": [], "\u{1F600}\"k": "x"}));
        sama(&[0u64, 9, 10, 99, 100, u64::MAX]);
        sama(&[u128::MAX, u128::from(u64::MAX) + 1]);
        sama(&[i128::MIN]);
        sama(&[i64::MIN, -1, 0, i64::MAX]);
        sama(&[f64::NAN, f64::INFINITY, 0.1, 123456789.125, 1.0]);
        sama(&[1.5f32, 0.1f32]);
        sama(&"kutip \" garis \\ \u{8}\u{c}\n\r\t \u{1}\u{1f}\u{7f} é 許 😀 /");
        sama(&'😀');
        sama(&Some(()));
        sama(&(1, "dua", [3]));
        let mut peta = BTreeMap::new();
        peta.insert(7u32, "tujuh");
        peta.insert(12, "dua belas");
        sama(&peta);
        let mut peta = BTreeMap::new();
        peta.insert(-3i64, vec![Some(1), None]);
        sama(&peta);
        let mut peta = BTreeMap::new();
        peta.insert(i128::MIN, 0u8);
        sama(&peta);
        #[derive(serde::Serialize)]
        enum E {
            Unit,
            Baru(u8),
            Tupel(u8, String),
            Rekam { a: u8, b: Option<String> },
        }
        #[derive(serde::Serialize)]
        struct Unit;
        #[derive(serde::Serialize)]
        struct Baru(String);
        sama(&[E::Unit, E::Baru(3), E::Tupel(4, "é".into()), E::Rekam { a: 5, b: None }]);
        sama(&(Unit, Baru("x".into())));
        sama(&serde_bytes_like());
    }

    /// `&[u8]` through `serialize_bytes`.
    fn serde_bytes_like() -> impl Serialize {
        struct B;
        impl Serialize for B {
            fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(&[0, 9, 10, 255])
            }
        }
        B
    }

    #[test]
    fn keys_it_cannot_be_sure_of_are_left_to_serde_json() {
        let mut peta = BTreeMap::new();
        peta.insert(true, 1);
        assert_eq!(hitung(&peta), None);
    }
}
