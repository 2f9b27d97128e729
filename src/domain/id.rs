//! Record identifiers: UUID version 4 in its usual text form.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A record id (`8c1f…-4…`). Made from 16 random bytes by the caller (the browser's
/// `crypto.getRandomValues`, or a seeded generator for sample data), so this stays pure.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct Id(String);

/// Written as its text, borrowed (`into = "String"` would copy every id of an export).
impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl Id {
    /// UUID v4 from random bytes: sets the version (4) and variant (10xx) bits.
    pub fn dari_byte_acak(mut b: [u8; 16]) -> Id {
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
        Id(format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32]))
    }

    /// Accepts any UUID in 8-4-4-4-12 hex form (lowercased), so files from other tools that
    /// use other UUID versions still import.
    pub fn parse(s: &str) -> Option<Id> {
        let s = s.trim();
        bentuk_uuid(s.as_bytes()).map(|_| Id(s.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The class of each byte in an id: [`HEKS`] for `0-9 a-f`, [`HEKS`] | [`BESAR`] for `A-F`,
/// 0 for anything else.
const KELAS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = match c as u8 {
            b'0'..=b'9' | b'a'..=b'f' => HEKS,
            b'A'..=b'F' => HEKS | BESAR,
            _ => 0,
        };
        c += 1;
    }
    t
};
const HEKS: u8 = 1;
const BESAR: u8 = 2;

/// 8-4-4-4-12 hexadecimal digits: `Some(true)` when some of them are capitals. One pass over
/// the bytes with a table: reading a file of 8,000 pegawai checks some 80,000 ids, and the
/// iterator form with a separate lowercasing pass was a tenth of an import's instructions.
fn bentuk_uuid(b: &[u8]) -> Option<bool> {
    let b: &[u8; 36] = b.try_into().ok()?;
    if b[8] != b'-' || b[13] != b'-' || b[18] != b'-' || b[23] != b'-' {
        return None;
    }
    let (mut semua, mut salah_satu) = (HEKS, 0);
    for r in [0..8, 9..13, 14..18, 19..23, 24..36] {
        for &c in &b[r] {
            let k = KELAS[usize::from(c)];
            semua &= k;
            salah_satu |= k;
        }
    }
    (semua == HEKS).then_some(salah_satu & BESAR != 0)
}

impl TryFrom<String> for Id {
    type Error = String;
    fn try_from(mut s: String) -> Result<Self, String> {
        // The common case (an id as Jenjang writes it) keeps its own buffer: no second string,
        // and no lowercasing pass when there is nothing to lower.
        if let Some(besar) = bentuk_uuid(s.as_bytes()) {
            if besar {
                s.make_ascii_lowercase();
            }
            return Ok(Id(s));
        }
        Id::parse(&s).ok_or_else(|| format!("id bukan UUID: \"{s}\""))
    }
}
impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

/// A small deterministic generator (SplitMix64) for sample and benchmark data: the same seed
/// gives the same dataset, so tests and measurements are repeatable.
#[derive(Clone, Debug)]
pub struct Acak(u64);

impl Acak {
    pub fn new(benih: u64) -> Acak {
        Acak(benih)
    }
    pub fn berikut(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn di_bawah(&mut self, n: u64) -> u64 {
        self.berikut() % n.max(1)
    }
    /// Uniform in `lo..=hi`.
    pub fn rentang(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.di_bawah((hi - lo + 1).max(1) as u64) as i64
    }
    pub fn pilih<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.di_bawah(xs.len() as u64) as usize]
    }
    pub fn id(&mut self) -> Id {
        let mut b = [0u8; 16];
        b[..8].copy_from_slice(&self.berikut().to_le_bytes());
        b[8..].copy_from_slice(&self.berikut().to_le_bytes());
        Id::dari_byte_acak(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_v4_layout() {
        let id = Id::dari_byte_acak([0xff; 16]);
        assert_eq!(id.as_str(), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(Id::parse(id.as_str()), Some(id));
        let id = Id::dari_byte_acak(std::array::from_fn(|i| i as u8 * 17));
        assert_eq!(id.as_str(), "00112233-4455-4677-8899-aabbccddeeff");
        assert!(Id::parse("not-a-uuid").is_none());
        assert!(Id::parse("ffffffff-ffff-4fff-bfff-fffffffffffg").is_none());
        assert!(serde_json::from_str::<Id>("\"x\"").is_err());
    }

    #[test]
    fn read_ids_are_lowercase_and_trimmed_whatever_their_form() {
        let baku = "8c1f6d2e-3b4a-4c5d-9e6f-0a1b2c3d4e5f";
        for bentuk in [baku, "8C1F6D2E-3B4A-4C5D-9E6F-0A1B2C3D4E5F", "  8c1f6d2e-3b4a-4c5d-9e6f-0a1b2c3d4e5f\n"] {
            assert_eq!(Id::try_from(bentuk.to_string()).unwrap().as_str(), baku, "{bentuk:?}");
            assert_eq!(Id::parse(bentuk).unwrap().as_str(), baku, "{bentuk:?}");
        }
        // Capitals anywhere among the digits, alone or mixed.
        for (i, _) in baku.char_indices().filter(|&(_, c)| c != '-') {
            let mut s = baku.to_string();
            s.replace_range(i..=i, &baku[i..=i].to_ascii_uppercase());
            assert_eq!(Id::try_from(s.clone()).unwrap().as_str(), baku, "{s}");
        }
        // 36 bytes, but not 36 ASCII characters; a dash out of place; a letter beyond `f` in
        // each group, in either case; a dash where a digit belongs.
        for salah in [
            "8c1f6d2e-3b4a-4c5d-9e6f-0a1b2c3d4eé",
            "8c1f6d2e3-b4a-4c5d-9e6f-0a1b2c3d4e5f",
            "gc1f6d2e-3b4a-4c5d-9e6f-0a1b2c3d4e5f",
            "8c1f6d2e-3G4a-4c5d-9e6f-0a1b2c3d4e5f",
            "8c1f6d2e-3b4a-4c5z-9e6f-0a1b2c3d4e5f",
            "8c1f6d2e-3b4a-4c5d-9e6F-0a1b2c3d4e5!",
            "8c1f6d2e-3b4a-4c5d-9e6f-0a1b2c3d4e-f",
            "8c1f6d2e-3b4a-4c5d-9e6f0-a1b2c3d4e5f",
        ] {
            assert_eq!(salah.len(), 36);
            assert_eq!(Id::try_from(salah.to_string()), Err(format!("id bukan UUID: \"{salah}\"")));
        }
    }

    #[test]
    fn seeded_generator_is_repeatable() {
        let (mut a, mut b) = (Acak::new(7), Acak::new(7));
        assert_eq!(a.id(), b.id());
        assert!((0..1000).all(|_| (3..=5).contains(&a.rentang(3, 5))));
    }
}
