//! Calendar dates and timestamps, without a date crate: the app needs only the proleptic
//! Gregorian calendar, whole days and whole months, and this keeps the bundle small.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date (no time, no zone). Ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tanggal {
    tahun: i32,
    bulan: u8,
    hari: u8,
}

/// Month names used on screen and in print.
pub const NAMA_BULAN_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
pub const NAMA_BULAN_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn tahun_kabisat(tahun: i32) -> bool {
    (tahun % 4 == 0 && tahun % 100 != 0) || tahun % 400 == 0
}

pub fn hari_dalam_bulan(tahun: i32, bulan: u8) -> u8 {
    match bulan {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if tahun_kabisat(tahun) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Tanggal {
    /// A real calendar date, or `None` (30 Februari, bulan 13, hari 0 …).
    pub fn new(tahun: i32, bulan: u8, hari: u8) -> Option<Tanggal> {
        if !(1..=12).contains(&bulan) || hari == 0 || hari > hari_dalam_bulan(tahun, bulan) {
            return None;
        }
        Some(Tanggal { tahun, bulan, hari })
    }

    /// `const` twin of [`Tanggal::new`] for the rules tables.
    pub const fn new_const(tahun: i32, bulan: u8, hari: u8) -> Option<Tanggal> {
        let max = match bulan {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (tahun % 4 == 0 && tahun % 100 != 0) || tahun % 400 == 0 => 29,
            2 => 28,
            _ => 0,
        };
        if hari == 0 || hari > max {
            return None;
        }
        Some(Tanggal { tahun, bulan, hari })
    }

    pub fn tahun(self) -> i32 {
        self.tahun
    }
    pub fn bulan(self) -> u8 {
        self.bulan
    }
    pub fn hari(self) -> u8 {
        self.hari
    }

    /// Parses `YYYY-MM-DD` (the form of `<input type="date">` and of the exchange file).
    pub fn parse_iso(s: &str) -> Option<Tanggal> {
        // Byte arithmetic, not `str::parse`: an import of 8,000 pegawai reads some 100,000 dates.
        let b: &[u8; 10] = match s.as_bytes().try_into() {
            Ok(b) => b,
            Err(_) => s.trim().as_bytes().try_into().ok()?,
        };
        if b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        // Each digit's value; a byte that is not a digit marks the whole text as not a date.
        let mut bukan_digit = false;
        let mut v = |i: usize| {
            let d = b[i].wrapping_sub(b'0');
            bukan_digit |= d > 9;
            u32::from(d)
        };
        let (tahun, bulan, hari) = (v(0) * 1000 + v(1) * 100 + v(2) * 10 + v(3), v(5) * 10 + v(6), v(8) * 10 + v(9));
        if bukan_digit {
            return None;
        }
        Tanggal::new(tahun as i32, bulan as u8, hari as u8)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.tahun, self.bulan, self.hari)
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn hari_sejak_epoch(self) -> i64 {
        let y = i64::from(self.tahun) - i64::from(self.bulan <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.bulan);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.hari) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Inverse of [`Tanggal::hari_sejak_epoch`] (Hinnant's `civil_from_days`).
    pub fn dari_hari_sejak_epoch(z: i64) -> Tanggal {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let hari = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let bulan = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let tahun = (yoe + era * 400 + i64::from(bulan <= 2)) as i32;
        Tanggal { tahun, bulan, hari }
    }

    /// The same day `n` years later; 29 Februari becomes 28 Februari in a common year.
    pub fn tambah_tahun(self, n: i32) -> Tanggal {
        let tahun = self.tahun + n;
        let hari = self.hari.min(hari_dalam_bulan(tahun, self.bulan));
        Tanggal { tahun, bulan: self.bulan, hari }
    }

    /// The same day `n` months later (clamped to the month's last day).
    pub fn tambah_bulan(self, n: i32) -> Tanggal {
        let total = self.tahun * 12 + i32::from(self.bulan) - 1 + n;
        let tahun = total.div_euclid(12);
        let bulan = (total.rem_euclid(12) + 1) as u8;
        let hari = self.hari.min(hari_dalam_bulan(tahun, bulan));
        Tanggal { tahun, bulan, hari }
    }

    /// The first day of the next month.
    pub fn awal_bulan_berikutnya(self) -> Tanggal {
        let t = Tanggal { hari: 1, ..self };
        t.tambah_bulan(1)
    }

    /// `22 November 2026`.
    pub fn format_panjang(self) -> String {
        format!("{} {} {}", self.hari, NAMA_BULAN_ID[usize::from(self.bulan - 1)], self.tahun)
    }

    /// `22 November 2026` in English.
    pub fn format_panjang_en(self) -> String {
        format!("{} {} {}", self.hari, NAMA_BULAN_EN[usize::from(self.bulan - 1)], self.tahun)
    }

    /// `22/11/2026`.
    pub fn format_pendek(self) -> String {
        format!("{:02}/{:02}/{}", self.hari, self.bulan, self.tahun)
    }
}

impl fmt::Display for Tanggal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Tanggal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut b = [0u8; 16];
        s.serialize_str(self.tulis_iso(&mut b))
    }
}

/// Writes `n` as `lebar` decimal digits into `b` (the low digits when it has more).
fn digit(b: &mut [u8], n: u32, lebar: usize) {
    let mut n = n;
    for i in (0..lebar).rev() {
        b[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

impl Tanggal {
    /// [`Tanggal::iso`] into a stack buffer, for serialising without a heap string (an export
    /// of 8,000 pegawai writes some 80,000 dates). Years outside 0–9999 take the general path.
    fn tulis_iso(self, b: &mut [u8; 16]) -> &str {
        let Ok(tahun @ 0..=9999) = u32::try_from(self.tahun) else {
            let s = self.iso();
            let n = s.len().min(16);
            b[..n].copy_from_slice(&s.as_bytes()[..n]);
            return std::str::from_utf8(&b[..n]).unwrap_or_default();
        };
        digit(&mut b[0..4], tahun, 4);
        b[4] = b'-';
        digit(&mut b[5..7], u32::from(self.bulan), 2);
        b[7] = b'-';
        digit(&mut b[8..10], u32::from(self.hari), 2);
        // Only ASCII digits and dashes were written.
        std::str::from_utf8(&b[..10]).unwrap_or_default()
    }
}

impl<'de> Deserialize<'de> for Tanggal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(BacaTeks(|s: &str| {
            Tanggal::parse_iso(s).ok_or_else(|| format!("tanggal tidak valid: \"{s}\" (harus TTTT-BB-HH)"))
        }))
    }
}

/// Reads a JSON string with `f` straight from the parser's text, without an owned copy first
/// (an import of 8,000 pegawai reads some 100,000 dates and stamps). It expects "a string",
/// as `String` does, so a value of another type gives serde's usual message.
struct BacaTeks<F>(F);

impl<'de, T, F: FnOnce(&str) -> Result<T, String>> serde::de::Visitor<'de> for BacaTeks<F> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<T, E> {
        (self.0)(s).map_err(E::custom)
    }
}

/// A span of whole years and months, e.g. masa kerja `12 tahun 3 bulan`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Rentang {
    pub tahun: i32,
    pub bulan: i32,
}

impl Rentang {
    /// Completed years and months from `awal` to `akhir` (zero if `akhir` is before `awal`).
    /// A month counts once its day has been reached: 15 Jan → 14 Mar is 1 month, → 15 Mar 2.
    pub fn antara(awal: Tanggal, akhir: Tanggal) -> Rentang {
        if akhir <= awal {
            return Rentang::default();
        }
        let mut bulan = (akhir.tahun - awal.tahun) * 12 + i32::from(akhir.bulan) - i32::from(awal.bulan);
        // Compare the day against the start day clamped to the end month's length, so that
        // 31 Jan → 28 Feb counts as one whole month.
        let hari_awal = awal.hari.min(hari_dalam_bulan(akhir.tahun, akhir.bulan));
        if akhir.hari < hari_awal {
            bulan -= 1;
        }
        Rentang { tahun: bulan / 12, bulan: bulan % 12 }
    }

    pub fn total_bulan(self) -> i32 {
        self.tahun * 12 + self.bulan
    }

    /// `12 tahun 3 bulan`.
    pub fn format_id(self) -> String {
        format!("{} tahun {} bulan", self.tahun, self.bulan)
    }

    pub fn format_en(self) -> String {
        let y = if self.tahun == 1 { "year" } else { "years" };
        let m = if self.bulan == 1 { "month" } else { "months" };
        format!("{} {y} {} {m}", self.tahun, self.bulan)
    }
}

/// A moment in time: milliseconds since 1970-01-01T00:00:00Z. Serialised as RFC 3339 in UTC
/// (`2026-11-22T02:00:00.000Z`) so exchange files are readable and sort as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Stempel(pub i64);

impl Stempel {
    pub fn tanggal_utc(self) -> Tanggal {
        Tanggal::dari_hari_sejak_epoch(self.0.div_euclid(86_400_000))
    }

    pub fn rfc3339(self) -> String {
        let t = self.tanggal_utc();
        let ms_hari = self.0.rem_euclid(86_400_000);
        let (j, m, d, ms) = (ms_hari / 3_600_000, ms_hari / 60_000 % 60, ms_hari / 1000 % 60, ms_hari % 1000);
        format!("{}T{j:02}:{m:02}:{d:02}.{ms:03}Z", t.iso())
    }

    /// The length of [`Stempel::rfc3339`], without writing it: 24 for the years 0–9999 (an
    /// import's room estimate asks it of every record).
    pub fn panjang_rfc3339(self) -> usize {
        match self.tanggal_utc().tahun() {
            0..=9999 => 24,
            _ => self.rfc3339().len(),
        }
    }

    /// Parses RFC 3339 with `Z` or a `±HH:MM` offset, with or without fractional seconds.
    /// Byte arithmetic on the fixed layout: an import reads a few stamps per record, and the
    /// form with `str::parse` for each field cost some 1,000 instructions per stamp.
    pub fn parse_rfc3339(s: &str) -> Option<Stempel> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 20 {
            return None;
        }
        let tanggal = Tanggal::parse_iso(s.get(..10)?)?;
        // Two ASCII digits at `i` as a number.
        let dua = |i: usize| -> Option<i64> {
            let (a, c) = (*b.get(i)?, *b.get(i + 1)?);
            (a.is_ascii_digit() && c.is_ascii_digit()).then(|| i64::from(a - b'0') * 10 + i64::from(c - b'0'))
        };
        if !matches!(b[10], b'T' | b't') || b[13] != b':' || b[16] != b':' {
            return None;
        }
        let (jam, menit, detik) = (dua(11)?, dua(14)?, dua(17)?);
        if jam > 23 || menit > 59 || detik > 60 {
            return None;
        }
        let mut i = 19;
        let mut ms = 0i64;
        if b[i] == b'.' {
            i += 1;
            let awal = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == awal {
                return None;
            }
            // Milliseconds: the first three digits, padded with zeros (`.5` is 500 ms).
            for k in 0..3 {
                let c = b.get(awal + k).filter(|_| awal + k < i).map_or(0, |c| c - b'0');
                ms = ms * 10 + i64::from(c);
            }
        }
        let offset_menit = match &b[i..] {
            [b'Z' | b'z'] => 0,
            [tanda @ (b'+' | b'-'), _, _, b':', _, _] => {
                let v = dua(i + 1)? * 60 + dua(i + 4)?;
                if *tanda == b'-' {
                    -v
                } else {
                    v
                }
            }
            _ => return None,
        };
        let detik_total = tanggal.hari_sejak_epoch() * 86_400 + jam * 3600 + menit * 60 + detik - offset_menit * 60;
        Some(Stempel(detik_total * 1000 + ms))
    }
}

impl Serialize for Stempel {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // `YYYY-MM-DDTHH:MM:SS.mmmZ` in a stack buffer, as `rfc3339` writes it.
        let t = self.tanggal_utc();
        let mut b = [0u8; 16];
        let tanggal = t.tulis_iso(&mut b);
        if tanggal.len() != 10 {
            return s.serialize_str(&self.rfc3339());
        }
        let mut w = [0u8; 24];
        w[..10].copy_from_slice(tanggal.as_bytes());
        let ms_hari = self.0.rem_euclid(86_400_000) as u32;
        w[10] = b'T';
        digit(&mut w[11..13], ms_hari / 3_600_000, 2);
        w[13] = b':';
        digit(&mut w[14..16], ms_hari / 60_000 % 60, 2);
        w[16] = b':';
        digit(&mut w[17..19], ms_hari / 1000 % 60, 2);
        w[19] = b'.';
        digit(&mut w[20..23], ms_hari % 1000, 3);
        w[23] = b'Z';
        s.serialize_str(std::str::from_utf8(&w).unwrap_or_default())
    }
}

impl<'de> Deserialize<'de> for Stempel {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(BacaTeks(|s: &str| {
            Stempel::parse_rfc3339(s).ok_or_else(|| format!("waktu tidak valid: \"{s}\" (harus RFC 3339)"))
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_stamps_are_written_as_iso_and_rfc3339_text() {
        for (y, m, d) in [(2026, 11, 22), (1, 1, 1), (9999, 12, 31), (-5, 3, 4), (12345, 6, 7), (2024, 2, 29)] {
            let tgl = Tanggal::new(y, m, d).unwrap();
            assert_eq!(serde_json::to_string(&tgl).unwrap(), format!("\"{}\"", tgl.iso()), "{y}-{m}-{d}");
        }
        for ms in [
            0,
            1,
            999,
            1_795_312_800_123,
            -1,
            -86_400_001,
            253_402_300_799_999,
            253_402_300_800_000,
            -62_167_219_200_001,
        ] {
            let s = Stempel(ms);
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.rfc3339()), "{ms}");
            assert_eq!(s.panjang_rfc3339(), s.rfc3339().len(), "{ms}");
        }
    }

    /// The earlier `str::parse` form of [`Stempel::parse_rfc3339`], kept as the reference the
    /// byte-arithmetic one is held against.
    fn parse_rfc3339_rujukan(s: &str) -> Option<Stempel> {
        let s = s.trim();
        if s.len() < 20 || !s.is_char_boundary(10) {
            return None;
        }
        let tanggal = Tanggal::parse_iso(&s[..10])?;
        let rest = &s[10..];
        let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix('t'))?;
        let num = |p: &str| -> Option<i64> {
            if p.len() == 2 && p.bytes().all(|c| c.is_ascii_digit()) {
                p.parse().ok()
            } else {
                None
            }
        };
        if rest.len() < 9 || !rest.is_char_boundary(8) {
            return None;
        }
        let (jam, menit, detik) = (num(rest.get(0..2)?)?, num(rest.get(3..5)?)?, num(rest.get(6..8)?)?);
        if rest.as_bytes()[2] != b':' || rest.as_bytes()[5] != b':' || jam > 23 || menit > 59 || detik > 60 {
            return None;
        }
        let mut rest = &rest[8..];
        let mut ms = 0i64;
        if let Some(frac) = rest.strip_prefix('.') {
            let digits = frac.bytes().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            // Milliseconds: the first three digits, padded with zeros (`.5` is 500 ms).
            let tiga = frac.bytes().take(digits.min(3)).chain(std::iter::repeat(b'0')).take(3);
            ms = tiga.fold(0, |acc, c| acc * 10 + i64::from(c - b'0'));
            rest = &frac[digits..];
        }
        let offset_menit = match rest {
            "Z" | "z" => 0,
            _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) && &rest[3..4] == ":" => {
                let v = num(&rest[1..3])? * 60 + num(&rest[4..6])?;
                if rest.starts_with('-') {
                    -v
                } else {
                    v
                }
            }
            _ => return None,
        };
        let detik_total = tanggal.hari_sejak_epoch() * 86_400 + jam * 3600 + menit * 60 + detik - offset_menit * 60;
        Some(Stempel(detik_total * 1000 + ms))
    }

    #[test]
    fn stamps_read_exactly_as_the_reference_reads_them_including_every_broken_variant() {
        let mut contoh: Vec<String> = Vec::new();
        for dasar in [
            "2026-11-22T02:00:00Z",
            "2026-11-22T02:00:00.000Z",
            "2026-11-22T23:59:60.123456z",
            "2024-02-29t09:05:07+07:00",
            "1999-12-31T00:00:00.5-09:30",
            " 2026-11-22T02:00:00.05Z\n",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999+14:00",
        ] {
            contoh.push(dasar.to_string());
            // Every byte replaced by each of these, every prefix, every byte dropped.
            for (i, _) in dasar.char_indices() {
                for ganti in ["0", "9", "a", ":", "-", "+", ".", "T", "Z", " ", "é", "", "00"] {
                    let mut s = dasar.to_string();
                    s.replace_range(i..i + 1, ganti);
                    contoh.push(s);
                }
                contoh.push(dasar[..i].to_string());
            }
        }
        for s in &contoh {
            assert_eq!(Stempel::parse_rfc3339(s), parse_rfc3339_rujukan(s), "{s:?}");
        }
        assert!(contoh.iter().filter(|s| Stempel::parse_rfc3339(s).is_some()).count() > 100);
    }

    #[test]
    fn fractions_of_a_second_are_read_to_the_millisecond() {
        let dasar = Stempel::parse_rfc3339("2026-11-22T02:00:00Z").unwrap().0;
        for (teks, ms) in [(".5", 500), (".05", 50), (".123", 123), (".123999", 123), (".0", 0), ("", 0)] {
            let s = format!("2026-11-22T02:00:00{teks}Z");
            assert_eq!(Stempel::parse_rfc3339(&s), Some(Stempel(dasar + ms)), "{s}");
        }
        assert_eq!(Stempel::parse_rfc3339("2026-11-22T02:00:00.Z"), None);
    }

    #[test]
    fn dates_and_stamps_read_from_json_keep_serde_messages() {
        assert_eq!(serde_json::from_str::<Tanggal>("\" 2026-11-22 \"").unwrap(), Tanggal::new(2026, 11, 22).unwrap());
        let e = serde_json::from_str::<Tanggal>("5").unwrap_err().to_string();
        assert!(e.starts_with("invalid type: integer `5`, expected a string"), "{e}");
        let e = serde_json::from_str::<Tanggal>("\"2023-02-29\"").unwrap_err().to_string();
        assert!(e.starts_with("tanggal tidak valid: \"2023-02-29\" (harus TTTT-BB-HH)"), "{e}");
        let e = serde_json::from_value::<Stempel>(serde_json::json!("kemarin")).unwrap_err().to_string();
        assert_eq!(e, "waktu tidak valid: \"kemarin\" (harus RFC 3339)");
        // Escaped text is read unescaped.
        assert_eq!(
            serde_json::from_str::<Tanggal>("\"2026-11-\\u00322\"").unwrap(),
            Tanggal::new(2026, 11, 22).unwrap()
        );
    }

    fn t(y: i32, m: u8, d: u8) -> Tanggal {
        Tanggal::new(y, m, d).unwrap()
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(Tanggal::new(2023, 2, 29).is_none());
        assert!(Tanggal::new(2024, 2, 29).is_some());
        assert!(Tanggal::new(1900, 2, 29).is_none());
        assert!(Tanggal::new(2000, 2, 29).is_some());
        assert!(Tanggal::new(2026, 13, 1).is_none());
        assert!(Tanggal::new(2026, 4, 31).is_none());
        assert!(Tanggal::new(2026, 1, 0).is_none());
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(t(1970, 1, 1).hari_sejak_epoch(), 0);
        assert_eq!(t(2026, 11, 22).hari_sejak_epoch(), 20_779);
        for z in [-800_000i64, -1, 0, 1, 10_957, 20_779, 100_000] {
            assert_eq!(Tanggal::dari_hari_sejak_epoch(z).hari_sejak_epoch(), z);
        }
    }

    #[test]
    fn iso_round_trip_and_strictness() {
        assert_eq!(Tanggal::parse_iso("1986-09-26"), Some(t(1986, 9, 26)));
        assert_eq!(t(1986, 9, 26).iso(), "1986-09-26");
        assert_eq!(Tanggal::parse_iso("1986-9-26"), None);
        assert_eq!(Tanggal::parse_iso("1986-02-30"), None);
        assert_eq!(Tanggal::parse_iso("+986-02-03"), None);
        // A non-digit in any digit's place, including the bytes either side of '0'..'9'.
        for i in [0, 1, 2, 3, 5, 6, 8, 9] {
            for c in ["/", ":", "x", " "] {
                let mut s = "1986-09-26".to_string();
                s.replace_range(i..=i, c);
                assert_eq!(Tanggal::parse_iso(&s), None, "{s}");
            }
        }
        assert_eq!(Tanggal::parse_iso("1986/09-26"), None);
        assert_eq!(Tanggal::parse_iso(" 1986-09-26\n"), Some(t(1986, 9, 26)));
    }

    #[test]
    fn formats_indonesian() {
        assert_eq!(t(2026, 11, 22).format_panjang(), "22 November 2026");
        assert_eq!(t(2026, 11, 2).format_pendek(), "02/11/2026");
        assert_eq!(t(2026, 8, 17).format_panjang_en(), "17 August 2026");
    }

    #[test]
    fn rentang_counts_completed_months() {
        assert_eq!(Rentang::antara(t(2015, 5, 1), t(2026, 11, 22)), Rentang { tahun: 11, bulan: 6 });
        assert_eq!(Rentang::antara(t(2020, 1, 15), t(2020, 3, 14)), Rentang { tahun: 0, bulan: 1 });
        assert_eq!(Rentang::antara(t(2020, 1, 15), t(2020, 3, 15)), Rentang { tahun: 0, bulan: 2 });
        assert_eq!(Rentang::antara(t(2021, 1, 31), t(2021, 2, 28)), Rentang { tahun: 0, bulan: 1 });
        assert_eq!(Rentang::antara(t(2026, 1, 1), t(2020, 1, 1)), Rentang::default());
    }

    #[test]
    fn month_arithmetic() {
        assert_eq!(t(2024, 2, 29).tambah_tahun(1), t(2025, 2, 28));
        assert_eq!(t(2026, 1, 31).tambah_bulan(1), t(2026, 2, 28));
        assert_eq!(t(2026, 12, 15).awal_bulan_berikutnya(), t(2027, 1, 1));
        assert_eq!(t(2026, 11, 1).tambah_bulan(-12), t(2025, 11, 1));
    }

    #[test]
    fn stempel_round_trip() {
        let s = Stempel::parse_rfc3339("2026-11-22T09:00:00+07:00").unwrap();
        assert_eq!(s.rfc3339(), "2026-11-22T02:00:00.000Z");
        assert_eq!(Stempel::parse_rfc3339(&s.rfc3339()), Some(s));
        assert_eq!(Stempel::parse_rfc3339("2026-11-22T02:00:00.5Z").unwrap().0 % 1000, 500);
        assert_eq!(Stempel::parse_rfc3339("2026-11-22 02:00:00Z"), None);
        assert_eq!(Stempel::parse_rfc3339("2026-11-22T02:00:00"), None);
        assert_eq!(Stempel::parse_rfc3339("2026-11-22T0é:00:00Z"), None);
    }
}
