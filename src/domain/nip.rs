//! NIP (PNS, 18 digits), NI PPPK (18 digits) and NIK (16 digits) — asn-rules.md §6.
//!
//! Every number is parsed once at the boundary into a type that carries its decoded parts, so
//! the accessors never re-parse and never panic. Input is walked char by char: a pasted
//! full-width digit or an emoji is an error naming the character, never a byte-slicing panic.

use super::pegawai::{JenisKelamin, StatusPegawai};
use super::tanggal::Tanggal;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

/// Which layout an 18-digit number follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JenisNomorInduk {
    /// `YYYYMMDD YYYYMM G NNN` (Peraturan Kepala BKN 22/2007 & 43/2007).
    Nip,
    /// `YYYYMMDD YYYY KK G NNN` (asn-rules.md §6.2).
    NiPppk,
}

impl JenisNomorInduk {
    /// PNS and CPNS carry a NIP, PPPK a NI PPPK.
    pub fn untuk_status(status: StatusPegawai) -> JenisNomorInduk {
        if status.pppk() {
            JenisNomorInduk::NiPppk
        } else {
            JenisNomorInduk::Nip
        }
    }

    /// The name of the number as printed on an SK: `NIP` or `NI PPPK`.
    pub fn label(self) -> &'static str {
        match self {
            JenisNomorInduk::Nip => "NIP",
            JenisNomorInduk::NiPppk => "NI PPPK",
        }
    }
}

/// NIP digits 1–18 and NIK digits 1–16 (1-based positions in the text below and in messages).
const PANJANG_NIP: usize = 18;
const PANJANG_NIK: usize = 16;

/// Age at which a person may be appointed (asn-rules.md §6.1: "≥18 at TMT").
const USIA_MINIMAL: i32 = 18;

/// NIK adds 40 to the day of birth for women (Dukcapil, asn-rules.md §6.3).
const TAMBAHAN_HARI_WANITA: u8 = 40;

// ---------------------------------------------------------------------------------------------
// Shared digit handling
// ---------------------------------------------------------------------------------------------

/// Why a text is not a run of `n` digits; mapped onto [`NipError`] / [`NikError`].
enum GalatDigit {
    Kosong,
    Karakter { karakter: char, posisi: usize },
    Panjang { jumlah_digit: usize },
}

/// The digit values of `input`, whitespace removed (the printed form `19860926 201505 1 001`).
/// Any other non-digit is reported with its 1-based character position in the input as typed.
fn ambil_digit<const N: usize>(input: &str) -> Result<[u8; N], GalatDigit> {
    let mut digit = [0u8; N];
    // The stored form, exactly N ASCII digits, without decoding characters or a heap buffer:
    // an import reads the NIP twice (to guess its kind, then to check it) and the NIK once
    // for every pegawai.
    if input.len() == N && input.bytes().all(|c| c.is_ascii_digit()) {
        for (d, c) in digit.iter_mut().zip(input.bytes()) {
            *d = c - b'0';
        }
        return Ok(digit);
    }
    let mut jumlah = 0;
    for (i, c) in input.chars().enumerate() {
        if c.is_whitespace() {
            continue;
        }
        // `to_digit` would accept other scripts' digits only via `is_numeric`; ASCII only here.
        if !c.is_ascii_digit() {
            return Err(GalatDigit::Karakter { karakter: c, posisi: i + 1 });
        }
        if let Some(d) = digit.get_mut(jumlah) {
            *d = c as u8 - b'0';
        }
        jumlah += 1;
    }
    if jumlah == 0 {
        return Err(GalatDigit::Kosong);
    }
    if jumlah != N {
        return Err(GalatDigit::Panjang { jumlah_digit: jumlah });
    }
    Ok(digit)
}

/// The number written by `digit` (at most 4 digits here, so no overflow).
fn angka(digit: &[u8]) -> u32 {
    digit.iter().fold(0, |acc, &d| acc * 10 + u32::from(d))
}

/// The digits as text again, e.g. `19860230` for a message.
fn teks(digit: &[u8]) -> String {
    digit.iter().map(|&d| char::from(b'0' + d)).collect()
}

/// A character for a message: quoted, with invisible ones escaped (`'\u{200b}'`).
fn kutip(c: char) -> String {
    format!("'{}'", c.escape_debug())
}

/// The date a person born on `lahir` turns 18 (29 Februari → 28 Februari in a common year).
fn tanggal_usia_minimal(lahir: Tanggal) -> Tanggal {
    lahir.tambah_tahun(USIA_MINIMAL)
}

// ---------------------------------------------------------------------------------------------
// NIP / NI PPPK
// ---------------------------------------------------------------------------------------------

/// Digits 9–14: what the appointment part of the number says.
#[derive(Clone, Copy, Debug)]
enum Pengangkatan {
    /// NIP digits 9–14 `YYYYMM`; the day is always 1 (Perka BKN 22/2007).
    TmtCpns(Tanggal),
    /// NI PPPK digits 9–12 `YYYY` and the two-digit code 13–14 (meaning UNCONFIRMED).
    Pppk { tahun: i32, kode: u8 },
}

/// A validated NIP or NI PPPK. Serialised as its bare 18 digits.
///
/// Equality, order and hash use the 18 digits alone: the number is the identity, and the
/// [`JenisNomorInduk`] is a reading of it that a stored copy has to infer again on load.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "String")]
pub struct Nip {
    digit: String,
    jenis: JenisNomorInduk,
    tanggal_lahir: Tanggal,
    pengangkatan: Pengangkatan,
    jenis_kelamin: JenisKelamin,
    nomor_urut: u16,
}

/// Why a text is not a valid NIP / NI PPPK. Each variant names the part (digit positions) that
/// is wrong; `jenis` says which number the user was typing, so the message can name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NipError {
    /// Nothing but whitespace.
    Kosong { jenis: JenisNomorInduk },
    /// A character that is neither a digit nor whitespace; `posisi` is 1-based in the input.
    KarakterTidakValid { jenis: JenisNomorInduk, karakter: char, posisi: usize },
    /// Not 18 digits.
    PanjangSalah { jenis: JenisNomorInduk, jumlah_digit: usize },
    /// Digits 1–8 are not a calendar date (`digit` holds them, e.g. `19860230`).
    TanggalLahirTidakValid { jenis: JenisNomorInduk, digit: String },
    /// Digits 1–8 are a date after today.
    TanggalLahirDiMasaDepan { jenis: JenisNomorInduk, tanggal_lahir: Tanggal, hari_ini: Tanggal },
    /// NIP digits 13–14 are not a month 01–12 (`bulan` holds the two digits).
    BulanTmtTidakValid { bulan: String },
    /// NIP TMT CPNS (digits 9–14, day 1) is before the 18th birthday `usia_18`.
    TmtSebelumUsia18 { tmt: Tanggal, usia_18: Tanggal },
    /// NIP TMT CPNS is in a month after today's month.
    TmtDiMasaDepan { tmt: Tanggal, hari_ini: Tanggal },
    /// NI PPPK digits 9–12 are a year before the year the person turns 18.
    TahunPengangkatanSebelumUsia18 { tahun: i32, usia_18: Tanggal },
    /// NI PPPK digits 9–12 are a year after this year.
    TahunPengangkatanDiMasaDepan { tahun: i32, tahun_ini: i32 },
    /// Digit 15 is neither 1 (pria) nor 2 (wanita).
    JenisKelaminTidakValid { jenis: JenisNomorInduk, digit: u8 },
    /// Digits 16–18 are `000`.
    NomorUrutNol { jenis: JenisNomorInduk },
}

impl NipError {
    /// The message for the user, in Bahasa Indonesia.
    pub fn pesan_id(&self) -> String {
        match self {
            NipError::Kosong { jenis } => format!("{} wajib diisi.", jenis.label()),
            NipError::KarakterTidakValid { jenis, karakter, posisi } => format!(
                "{} hanya boleh berisi angka (spasi diabaikan): karakter {} pada posisi ke-{} bukan angka.",
                jenis.label(),
                kutip(*karakter),
                posisi
            ),
            NipError::PanjangSalah { jenis, jumlah_digit } => {
                format!("{} harus {} digit; yang diisi {} digit.", jenis.label(), PANJANG_NIP, jumlah_digit)
            }
            NipError::TanggalLahirTidakValid { jenis, digit } => {
                format!("Tanggal lahir pada {} (digit 1–8) tidak valid: {}", jenis.label(), digit)
            }
            NipError::TanggalLahirDiMasaDepan { jenis, tanggal_lahir, hari_ini } => format!(
                "Tanggal lahir pada {} (digit 1–8), {}, melewati hari ini ({}).",
                jenis.label(),
                tanggal_lahir.format_panjang(),
                hari_ini.format_panjang()
            ),
            NipError::BulanTmtTidakValid { bulan } => {
                format!("Bulan TMT CPNS (digit 13–14) harus 01–12, bukan {bulan}.")
            }
            NipError::TmtSebelumUsia18 { tmt, usia_18 } => format!(
                "TMT CPNS pada NIP (digit 9–14), {}, sebelum pegawai berusia 18 tahun pada {}.",
                tmt.format_panjang(),
                usia_18.format_panjang()
            ),
            NipError::TmtDiMasaDepan { tmt, hari_ini } => format!(
                "TMT CPNS pada NIP (digit 9–14), {}, melewati bulan ini ({}).",
                tmt.format_panjang(),
                hari_ini.format_panjang()
            ),
            NipError::TahunPengangkatanSebelumUsia18 { tahun, usia_18 } => format!(
                "Tahun pengangkatan pada NI PPPK (digit 9–12), {}, sebelum tahun pegawai berusia 18 tahun ({}).",
                tahun,
                usia_18.format_panjang()
            ),
            NipError::TahunPengangkatanDiMasaDepan { tahun, tahun_ini } => {
                format!("Tahun pengangkatan pada NI PPPK (digit 9–12), {tahun}, melewati tahun ini ({tahun_ini}).")
            }
            NipError::JenisKelaminTidakValid { digit, .. } => {
                format!("Digit 15 (jenis kelamin) harus 1 (pria) atau 2 (wanita), bukan {digit}.")
            }
            NipError::NomorUrutNol { .. } => "Nomor urut (digit 16–18) harus 001–999, bukan 000.".to_string(),
        }
    }

    /// The message for the user, in English.
    pub fn pesan_en(&self) -> String {
        match self {
            NipError::Kosong { jenis } => format!("{} is required.", jenis.label()),
            NipError::KarakterTidakValid { jenis, karakter, posisi } => format!(
                "{} may contain only digits (spaces are ignored): character {} at position {} is not a digit.",
                jenis.label(),
                kutip(*karakter),
                posisi
            ),
            NipError::PanjangSalah { jenis, jumlah_digit } => {
                format!("{} must have {} digits; {} given.", jenis.label(), PANJANG_NIP, jumlah_digit)
            }
            NipError::TanggalLahirTidakValid { jenis, digit } => {
                format!("Date of birth in the {} (digits 1–8) is not a valid date: {}", jenis.label(), digit)
            }
            NipError::TanggalLahirDiMasaDepan { jenis, tanggal_lahir, hari_ini } => format!(
                "Date of birth in the {} (digits 1–8), {}, is after today ({}).",
                jenis.label(),
                tanggal_lahir.format_panjang_en(),
                hari_ini.format_panjang_en()
            ),
            NipError::BulanTmtTidakValid { bulan } => {
                format!("CPNS start month (digits 13–14) must be 01–12, not {bulan}.")
            }
            NipError::TmtSebelumUsia18 { tmt, usia_18 } => format!(
                "CPNS start date in the NIP (digits 9–14), {}, is before the employee turns 18 on {}.",
                tmt.format_panjang_en(),
                usia_18.format_panjang_en()
            ),
            NipError::TmtDiMasaDepan { tmt, hari_ini } => format!(
                "CPNS start date in the NIP (digits 9–14), {}, is after the current month ({}).",
                tmt.format_panjang_en(),
                hari_ini.format_panjang_en()
            ),
            NipError::TahunPengangkatanSebelumUsia18 { tahun, usia_18 } => format!(
                "Year of appointment in the NI PPPK (digits 9–12), {}, is before the year the employee turns 18 ({}).",
                tahun,
                usia_18.format_panjang_en()
            ),
            NipError::TahunPengangkatanDiMasaDepan { tahun, tahun_ini } => {
                format!("Year of appointment in the NI PPPK (digits 9–12), {tahun}, is after this year ({tahun_ini}).")
            }
            NipError::JenisKelaminTidakValid { digit, .. } => {
                format!("Digit 15 (sex) must be 1 (male) or 2 (female), not {digit}.")
            }
            NipError::NomorUrutNol { .. } => "Sequence number (digits 16–18) must be 001–999, not 000.".to_string(),
        }
    }
}

impl Nip {
    /// Parses a NIP or NI PPPK as typed (spaces allowed), checking every part, including the
    /// checks against `hari_ini` (birth date and appointment not in the future).
    pub fn parse(input: &str, jenis: JenisNomorInduk, hari_ini: Tanggal) -> Result<Nip, NipError> {
        Nip::baca(input, jenis, Some(hari_ini))
    }

    /// The checks shared by [`Nip::parse`] and deserialisation; those against today only when
    /// `hari_ini` is given (a stored number stays loadable as the calendar moves on).
    fn baca(input: &str, jenis: JenisNomorInduk, hari_ini: Option<Tanggal>) -> Result<Nip, NipError> {
        let d = ambil_digit::<PANJANG_NIP>(input).map_err(|g| match g {
            GalatDigit::Kosong => NipError::Kosong { jenis },
            GalatDigit::Karakter { karakter, posisi } => NipError::KarakterTidakValid { jenis, karakter, posisi },
            GalatDigit::Panjang { jumlah_digit } => NipError::PanjangSalah { jenis, jumlah_digit },
        })?;

        // Perka BKN 22/2007: digits 1–8 = tanggal lahir YYYYMMDD (no +40 for women, unlike NIK).
        let tanggal_lahir = Tanggal::new(angka(&d[0..4]) as i32, angka(&d[4..6]) as u8, angka(&d[6..8]) as u8)
            .ok_or_else(|| NipError::TanggalLahirTidakValid { jenis, digit: teks(&d[0..8]) })?;
        if let Some(hari_ini) = hari_ini {
            if tanggal_lahir > hari_ini {
                return Err(NipError::TanggalLahirDiMasaDepan { jenis, tanggal_lahir, hari_ini });
            }
        }
        let usia_18 = tanggal_usia_minimal(tanggal_lahir);

        let tahun = angka(&d[8..12]) as i32;
        let pengangkatan = match jenis {
            JenisNomorInduk::Nip => {
                // Perka BKN 22/2007: digits 9–14 = TMT CPNS YYYYMM, day always 1; ≥ 18 at TMT.
                let tmt = Tanggal::new(tahun, angka(&d[12..14]) as u8, 1)
                    .ok_or_else(|| NipError::BulanTmtTidakValid { bulan: teks(&d[12..14]) })?;
                if tmt < usia_18 {
                    return Err(NipError::TmtSebelumUsia18 { tmt, usia_18 });
                }
                if let Some(hari_ini) = hari_ini {
                    // Only the month is known, so a TMT this month is not in the future.
                    if (tmt.tahun(), tmt.bulan()) > (hari_ini.tahun(), hari_ini.bulan()) {
                        return Err(NipError::TmtDiMasaDepan { tmt, hari_ini });
                    }
                }
                Pengangkatan::TmtCpns(tmt)
            }
            JenisNomorInduk::NiPppk => {
                // asn-rules.md §6.2: digits 9–12 = tahun pengangkatan pertama; only the year is
                // known, so it may not precede the year of the 18th birthday.
                if tahun < usia_18.tahun() {
                    return Err(NipError::TahunPengangkatanSebelumUsia18 { tahun, usia_18 });
                }
                if let Some(hari_ini) = hari_ini {
                    if tahun > hari_ini.tahun() {
                        return Err(NipError::TahunPengangkatanDiMasaDepan { tahun, tahun_ini: hari_ini.tahun() });
                    }
                }
                // Digits 13–14: meaning UNCONFIRMED (21 common, 24 seen for paruh waktu), so
                // any 00–99 is accepted.
                Pengangkatan::Pppk { tahun, kode: angka(&d[12..14]) as u8 }
            }
        };

        // Perka BKN 22/2007: digit 15 = jenis kelamin, 1 pria / 2 wanita.
        let jenis_kelamin = match d[14] {
            1 => JenisKelamin::Pria,
            2 => JenisKelamin::Wanita,
            digit => return Err(NipError::JenisKelaminTidakValid { jenis, digit }),
        };

        // Perka BKN 22/2007: digits 16–18 = nomor urut from 001.
        let nomor_urut = angka(&d[15..18]) as u16;
        if nomor_urut == 0 {
            return Err(NipError::NomorUrutNol { jenis });
        }

        Ok(Nip { digit: teks(&d), jenis, tanggal_lahir, pengangkatan, jenis_kelamin, nomor_urut })
    }

    /// NIP or NI PPPK: as given to [`Nip::parse`], or as inferred on deserialisation.
    pub fn jenis(&self) -> JenisNomorInduk {
        self.jenis
    }

    /// The bare 18 digits.
    pub fn as_str(&self) -> &str {
        &self.digit
    }

    /// The printed form: NIP `19860926 201505 1 001`, NI PPPK `19900913 2025 24 2 014`.
    pub fn tampil(&self) -> String {
        // `digit` holds 18 ASCII digits by construction, so these byte ranges are char ranges.
        let s = &self.digit;
        match self.jenis {
            JenisNomorInduk::Nip => {
                format!("{} {} {} {}", &s[0..8], &s[8..14], &s[14..15], &s[15..18])
            }
            JenisNomorInduk::NiPppk => {
                format!("{} {} {} {} {}", &s[0..8], &s[8..12], &s[12..14], &s[14..15], &s[15..18])
            }
        }
    }

    /// Digits 1–8.
    pub fn tanggal_lahir(&self) -> Tanggal {
        self.tanggal_lahir
    }

    /// Digit 15.
    pub fn jenis_kelamin(&self) -> JenisKelamin {
        self.jenis_kelamin
    }

    /// NIP digits 9–14 as a date (day 1); `None` for a NI PPPK, which holds only a year.
    pub fn tmt_cpns(&self) -> Option<Tanggal> {
        match self.pengangkatan {
            Pengangkatan::TmtCpns(tmt) => Some(tmt),
            Pengangkatan::Pppk { .. } => None,
        }
    }

    /// Year of first appointment: the TMT CPNS year of a NIP, digits 9–12 of a NI PPPK.
    pub fn tahun_pengangkatan(&self) -> i32 {
        match self.pengangkatan {
            Pengangkatan::TmtCpns(tmt) => tmt.tahun(),
            Pengangkatan::Pppk { tahun, .. } => tahun,
        }
    }

    /// NI PPPK digits 13–14 (meaning UNCONFIRMED, asn-rules.md §6.2); `None` for a NIP.
    pub fn kode_pppk(&self) -> Option<u8> {
        match self.pengangkatan {
            Pengangkatan::TmtCpns(_) => None,
            Pengangkatan::Pppk { kode, .. } => Some(kode),
        }
    }

    /// Digits 16–18, 1–999.
    pub fn nomor_urut(&self) -> u16 {
        self.nomor_urut
    }
}

impl PartialEq for Nip {
    fn eq(&self, other: &Nip) -> bool {
        self.digit == other.digit
    }
}
impl Eq for Nip {}
impl Hash for Nip {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.digit.hash(state);
    }
}
impl PartialOrd for Nip {
    fn partial_cmp(&self, other: &Nip) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Nip {
    fn cmp(&self, other: &Nip) -> Ordering {
        self.digit.cmp(&other.digit)
    }
}

/// Deserialisation: structural checks only (nothing against today), the jenis inferred from
/// digits 13–14 (01–12 → NIP, otherwise NI PPPK, asn-rules.md §6.2).
impl TryFrom<String> for Nip {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let bulan = ambil_digit::<PANJANG_NIP>(&s).map(|d| angka(&d[12..14]));
        let tebakan = match bulan {
            Ok(1..=12) => JenisNomorInduk::Nip,
            Ok(_) => JenisNomorInduk::NiPppk,
            // Report the structural error under the generic name.
            Err(_) => JenisNomorInduk::Nip,
        };
        match Nip::baca(&s, tebakan, None) {
            Ok(nip) => Ok(nip),
            // A NI PPPK whose code happens to be 01–12 can fail as a NIP (e.g. appointed in the
            // year of the 18th birthday but "TMT" before it); whatever `parse` accepted as a
            // NI PPPK must load again, so try that reading before giving up.
            Err(galat) if tebakan == JenisNomorInduk::Nip => {
                Nip::baca(&s, JenisNomorInduk::NiPppk, None).map_err(|_| galat.pesan_id())
            }
            Err(galat) => Err(galat.pesan_id()),
        }
    }
}
impl From<Nip> for String {
    fn from(n: Nip) -> String {
        n.digit
    }
}

/// The bare digits, borrowed (`into = "String"` would copy each one on export).
impl Serialize for Nip {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.digit)
    }
}

// ---------------------------------------------------------------------------------------------
// NIK
// ---------------------------------------------------------------------------------------------

/// The birth date a NIK holds: day and month, but only the last two digits of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TanggalLahirNik {
    /// 1–31, already minus 40 for women.
    pub hari: u8,
    pub bulan: u8,
    /// 00–99.
    pub tahun_dua_digit: u8,
}

impl TanggalLahirNik {
    /// `26-09-86`, the form printed in messages.
    pub fn format(self) -> String {
        format!("{:02}-{:02}-{:02}", self.hari, self.bulan, self.tahun_dua_digit)
    }

    /// Same day, month and last two digits of the year as `tanggal`.
    pub fn cocok_dengan(self, tanggal: Tanggal) -> bool {
        self.hari == tanggal.hari()
            && self.bulan == tanggal.bulan()
            && i32::from(self.tahun_dua_digit) == tanggal.tahun().rem_euclid(100)
    }
}

/// A validated NIK (Nomor Induk Kependudukan). Serialised as its bare 16 digits.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "String")]
pub struct Nik {
    digit: String,
    tanggal_lahir: TanggalLahirNik,
    jenis_kelamin: JenisKelamin,
}

/// Why a text is not a valid NIK.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NikError {
    Kosong,
    /// A character that is neither a digit nor whitespace; `posisi` is 1-based in the input.
    KarakterTidakValid {
        karakter: char,
        posisi: usize,
    },
    /// Not 16 digits.
    PanjangSalah {
        jumlah_digit: usize,
    },
    /// Digits 7–12 (DDMMYY, DD + 40 for women) are not a date; `digit` holds them.
    TanggalLahirTidakValid {
        digit: String,
    },
    /// Digits 13–16 are `0000`.
    NomorUrutNol,
}

impl NikError {
    /// The message for the user, in Bahasa Indonesia.
    pub fn pesan_id(&self) -> String {
        match self {
            NikError::Kosong => "NIK kosong.".to_string(),
            NikError::KarakterTidakValid { karakter, posisi } => format!(
                "NIK hanya boleh berisi angka (spasi diabaikan): karakter {} pada posisi ke-{} bukan angka.",
                kutip(*karakter),
                posisi
            ),
            NikError::PanjangSalah { jumlah_digit } => {
                format!("NIK harus {PANJANG_NIK} digit; yang diisi {jumlah_digit} digit.")
            }
            NikError::TanggalLahirTidakValid { digit } => {
                format!("Tanggal lahir pada NIK (digit 7–12, DDMMYY; wanita DD + 40) tidak valid: {digit}")
            }
            NikError::NomorUrutNol => "Nomor urut pada NIK (digit 13–16) harus 0001–9999, bukan 0000.".to_string(),
        }
    }

    /// The message for the user, in English.
    pub fn pesan_en(&self) -> String {
        match self {
            NikError::Kosong => "NIK is empty.".to_string(),
            NikError::KarakterTidakValid { karakter, posisi } => format!(
                "NIK may contain only digits (spaces are ignored): character {} at position {} is not a digit.",
                kutip(*karakter),
                posisi
            ),
            NikError::PanjangSalah { jumlah_digit } => {
                format!("NIK must have {PANJANG_NIK} digits; {jumlah_digit} given.")
            }
            NikError::TanggalLahirTidakValid { digit } => {
                format!("Date of birth in the NIK (digits 7–12, DDMMYY; women DD + 40) is not a valid date: {digit}")
            }
            NikError::NomorUrutNol => {
                "Sequence number in the NIK (digits 13–16) must be 0001–9999, not 0000.".to_string()
            }
        }
    }
}

impl Nik {
    /// Parses a NIK as typed (spaces allowed): `PP KK CC DDMMYY NNNN`.
    pub fn parse(input: &str) -> Result<Nik, NikError> {
        let d = ambil_digit::<PANJANG_NIK>(input).map_err(|g| match g {
            GalatDigit::Kosong => NikError::Kosong,
            GalatDigit::Karakter { karakter, posisi } => NikError::KarakterTidakValid { karakter, posisi },
            GalatDigit::Panjang { jumlah_digit } => NikError::PanjangSalah { jumlah_digit },
        })?;

        // Dukcapil: digits 7–12 = DDMMYY, DD + 40 for women.
        let dd = angka(&d[6..8]) as u8;
        let (hari, jenis_kelamin) = if dd > TAMBAHAN_HARI_WANITA {
            (dd - TAMBAHAN_HARI_WANITA, JenisKelamin::Wanita)
        } else {
            (dd, JenisKelamin::Pria)
        };
        let bulan = angka(&d[8..10]) as u8;
        let yy = angka(&d[10..12]) as u8;
        // The century is not in the NIK: a date valid in 19YY or 20YY (29-02-00) is accepted.
        let ada = [1900, 2000].iter().any(|abad| Tanggal::new(abad + i32::from(yy), bulan, hari).is_some());
        if !ada {
            return Err(NikError::TanggalLahirTidakValid { digit: teks(&d[6..12]) });
        }

        // Dukcapil: digits 13–16 = nomor urut from 0001.
        if angka(&d[12..16]) == 0 {
            return Err(NikError::NomorUrutNol);
        }

        Ok(Nik { digit: teks(&d), tanggal_lahir: TanggalLahirNik { hari, bulan, tahun_dua_digit: yy }, jenis_kelamin })
    }

    /// The bare 16 digits.
    pub fn as_str(&self) -> &str {
        &self.digit
    }

    /// The printed form `32 01 01 260986 0001`.
    pub fn tampil(&self) -> String {
        // `digit` holds 16 ASCII digits by construction.
        let s = &self.digit;
        format!("{} {} {} {} {}", &s[0..2], &s[2..4], &s[4..6], &s[6..12], &s[12..16])
    }

    /// The birth date (DD minus 40 for women) and the sex the NIK implies.
    pub fn tanggal_lahir_dan_jenis_kelamin(&self) -> (TanggalLahirNik, JenisKelamin) {
        (self.tanggal_lahir, self.jenis_kelamin)
    }

    /// Digits 13–16, 1–9999.
    pub fn nomor_urut(&self) -> u16 {
        self.digit[12..16].bytes().fold(0, |acc, b| acc * 10 + u16::from(b - b'0'))
    }
}

impl PartialEq for Nik {
    fn eq(&self, other: &Nik) -> bool {
        self.digit == other.digit
    }
}
impl Eq for Nik {}
impl Hash for Nik {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.digit.hash(state);
    }
}

impl TryFrom<String> for Nik {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Nik::parse(&s).map_err(|galat| galat.pesan_id())
    }
}
impl From<Nik> for String {
    fn from(n: Nik) -> String {
        n.digit
    }
}

impl Serialize for Nik {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.digit)
    }
}

// ---------------------------------------------------------------------------------------------
// NIK ↔ NIP cross-check
// ---------------------------------------------------------------------------------------------

/// A NIK that disagrees with the NIP. A warning only: either number may be the one mistyped,
/// and Dukcapil data is sometimes wrong, so the record is still saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeringatanNik {
    /// NIK digits 7–12 (DD − 40 for women) differ from NIP digits 1–8 (YY vs the year's last two).
    TanggalLahirBerbeda { jenis: JenisNomorInduk, nik: TanggalLahirNik, nip: Tanggal },
    /// The sex the NIK implies (DD > 40 → wanita) differs from NIP digit 15.
    JenisKelaminBerbeda { jenis: JenisNomorInduk, nik: JenisKelamin, nip: JenisKelamin },
}

impl PeringatanNik {
    /// The message for the user, in Bahasa Indonesia.
    pub fn pesan_id(&self) -> String {
        match self {
            PeringatanNik::TanggalLahirBerbeda { jenis, nik, nip } => format!(
                "Tanggal lahir pada NIK ({}) tidak sama dengan {} ({:02}-{:02}-{:04})",
                nik.format(),
                jenis.label(),
                nip.hari(),
                nip.bulan(),
                nip.tahun()
            ),
            PeringatanNik::JenisKelaminBerbeda { jenis, nik, nip } => format!(
                "Jenis kelamin pada NIK ({}) tidak sama dengan {} digit 15 ({})",
                nik.label_id().to_lowercase(),
                jenis.label(),
                nip.label_id().to_lowercase()
            ),
        }
    }

    /// The message for the user, in English.
    pub fn pesan_en(&self) -> String {
        match self {
            PeringatanNik::TanggalLahirBerbeda { jenis, nik, nip } => format!(
                "Date of birth in the NIK ({}) differs from the {} ({:02}-{:02}-{:04})",
                nik.format(),
                jenis.label(),
                nip.hari(),
                nip.bulan(),
                nip.tahun()
            ),
            PeringatanNik::JenisKelaminBerbeda { jenis, nik, nip } => format!(
                "Sex in the NIK ({}) differs from {} digit 15 ({})",
                nik.label_en().to_lowercase(),
                jenis.label(),
                nip.label_en().to_lowercase()
            ),
        }
    }
}

/// Cross-checks a NIK against a NIP / NI PPPK (asn-rules.md §6.3); empty when they agree.
pub fn periksa_nik_terhadap_nip(nik: &Nik, nip: &Nip) -> Vec<PeringatanNik> {
    let (lahir_nik, kelamin_nik) = nik.tanggal_lahir_dan_jenis_kelamin();
    let mut peringatan = Vec::new();
    if !lahir_nik.cocok_dengan(nip.tanggal_lahir()) {
        peringatan.push(PeringatanNik::TanggalLahirBerbeda {
            jenis: nip.jenis(),
            nik: lahir_nik,
            nip: nip.tanggal_lahir(),
        });
    }
    if kelamin_nik != nip.jenis_kelamin() {
        peringatan.push(PeringatanNik::JenisKelaminBerbeda {
            jenis: nip.jenis(),
            nik: kelamin_nik,
            nip: nip.jenis_kelamin(),
        });
    }
    peringatan
}

#[cfg(test)]
mod tests {
    use super::*;

    const NIP_CONTOH: &str = "198609262015051001";
    const NIP_CONTOH_SPASI: &str = "19860926 201505 1 001";
    const PPPK_CONTOH: &str = "19900913 2025 24 2 014";

    fn tgl(y: i32, m: u8, d: u8) -> Tanggal {
        Tanggal::new(y, m, d).expect("test date")
    }

    fn hari_ini() -> Tanggal {
        tgl(2026, 6, 15)
    }

    fn nip(s: &str) -> Result<Nip, NipError> {
        Nip::parse(s, JenisNomorInduk::Nip, hari_ini())
    }

    fn pppk(s: &str) -> Result<Nip, NipError> {
        Nip::parse(s, JenisNomorInduk::NiPppk, hari_ini())
    }

    fn galat(r: Result<Nip, NipError>) -> NipError {
        r.expect_err("must be rejected")
    }

    fn galat_nik(r: Result<Nik, NikError>) -> NikError {
        r.expect_err("must be rejected")
    }

    // ---- NIP PNS ------------------------------------------------------------------------------

    #[test]
    fn nip_plain_digits_parse_into_their_parts() {
        // Perka BKN 22/2007: YYYYMMDD YYYYMM G NNN
        let n = nip(NIP_CONTOH).unwrap();
        assert_eq!(n.as_str(), NIP_CONTOH);
        assert_eq!(n.jenis(), JenisNomorInduk::Nip);
        assert_eq!(n.tanggal_lahir(), tgl(1986, 9, 26));
        assert_eq!(n.tmt_cpns(), Some(tgl(2015, 5, 1)));
        assert_eq!(n.tahun_pengangkatan(), 2015);
        assert_eq!(n.kode_pppk(), None);
        assert_eq!(n.jenis_kelamin(), JenisKelamin::Pria);
        assert_eq!(n.nomor_urut(), 1);
    }

    #[test]
    fn nip_spaced_form_is_accepted_and_stored_bare() {
        // asn-rules.md §6.1: often printed with spaces `19860926 201505 1 001`
        let n = nip(NIP_CONTOH_SPASI).unwrap();
        assert_eq!(n.as_str(), NIP_CONTOH);
        assert_eq!(n, nip(NIP_CONTOH).unwrap());
        // Tabs, newlines, leading/trailing and no-break spaces from a pasted document.
        let n = nip("\t 19860926\u{a0}201505\n1 001 ").unwrap();
        assert_eq!(n.as_str(), NIP_CONTOH);
    }

    #[test]
    fn nip_woman_has_digit_15_two_and_no_plus_40_on_the_day() {
        // Perka BKN 22/2007: digit 15 = jenis kelamin (2 = wanita); NIP does not add 40
        let n = nip("19860926 201505 2 001").unwrap();
        assert_eq!(n.jenis_kelamin(), JenisKelamin::Wanita);
        assert_eq!(n.tanggal_lahir(), tgl(1986, 9, 26));
        // Day 66 would be the NIK convention; in a NIP it is simply not a date.
        assert!(matches!(galat(nip("19860966 201505 2 001")), NipError::TanggalLahirTidakValid { .. }));
    }

    #[test]
    fn nip_empty_or_only_spaces_is_kosong() {
        // asn-rules.md §6.1: NIP is required, 18 digits
        for s in ["", "   ", "\t\n"] {
            let e = galat(nip(s));
            assert_eq!(e, NipError::Kosong { jenis: JenisNomorInduk::Nip });
            assert!(e.pesan_id().contains("NIP"));
        }
    }

    #[test]
    fn nip_too_short_or_too_long_says_how_many_digits() {
        // Perka BKN 22/2007: NIP is 18 digits
        let e = galat(nip("19860926 201505 1 01"));
        assert_eq!(e, NipError::PanjangSalah { jenis: JenisNomorInduk::Nip, jumlah_digit: 17 });
        assert!(e.pesan_id().contains("17 digit") && e.pesan_id().contains("18 digit"), "{}", e.pesan_id());
        assert!(e.pesan_en().contains("17") && e.pesan_en().contains("18"));

        let e = galat(nip("19860926 201505 1 0011"));
        assert_eq!(e, NipError::PanjangSalah { jenis: JenisNomorInduk::Nip, jumlah_digit: 19 });
        assert!(e.pesan_id().contains("19 digit"));
    }

    #[test]
    fn nip_letter_is_named_with_its_position() {
        // Perka BKN 22/2007: NIP is digits only
        let e = galat(nip("19860926 2015O5 1 001")); // letter O for zero
        assert_eq!(e, NipError::KarakterTidakValid { jenis: JenisNomorInduk::Nip, karakter: 'O', posisi: 14 });
        assert!(e.pesan_id().contains("'O'") && e.pesan_id().contains("posisi ke-14"), "{}", e.pesan_id());
        assert!(e.pesan_en().contains("'O'") && e.pesan_en().contains("position 14"));
    }

    #[test]
    fn nip_separators_other_than_whitespace_are_rejected() {
        // asn-rules.md §6.1: only the spaced printed form is a known layout
        let e = galat(nip("19860926-201505-1-001"));
        assert_eq!(e, NipError::KarakterTidakValid { jenis: JenisNomorInduk::Nip, karakter: '-', posisi: 9 });
        let e = galat(nip("19860926.201505.1.001"));
        assert!(matches!(e, NipError::KarakterTidakValid { karakter: '.', posisi: 9, .. }));
    }

    #[test]
    fn nip_full_width_digits_are_rejected_not_panicking() {
        // Guards against byte slicing: '１' is 3 bytes in UTF-8 and not an ASCII digit.
        let e = galat(nip("１９８６０９２６２０１５０５１００１"));
        assert_eq!(e, NipError::KarakterTidakValid { jenis: JenisNomorInduk::Nip, karakter: '１', posisi: 1 });
        // Position counts characters, not bytes.
        let e = galat(nip("1986é"));
        assert!(matches!(e, NipError::KarakterTidakValid { karakter: 'é', posisi: 5, .. }));
        // Invisible characters are shown escaped.
        let e = galat(nip("19860926\u{200b}201505 1 001"));
        assert!(e.pesan_id().contains("\\u{200b}"), "{}", e.pesan_id());
    }

    #[test]
    fn nip_birth_date_february_30_is_rejected_on_digits_1_to_8() {
        // Perka BKN 22/2007: digits 1–8 = tanggal lahir, a real calendar date
        let e = galat(nip("19860230 201505 1 001"));
        assert_eq!(e, NipError::TanggalLahirTidakValid { jenis: JenisNomorInduk::Nip, digit: "19860230".into() });
        assert_eq!(e.pesan_id(), "Tanggal lahir pada NIP (digit 1–8) tidak valid: 19860230");
        assert!(e.pesan_en().contains("digits 1–8"));
        for s in ["19861301 201505 1 001", "19860001 201505 1 001", "19860900 201505 1 001", "19860931 201505 1 001"] {
            assert!(matches!(galat(nip(s)), NipError::TanggalLahirTidakValid { .. }), "{s}");
        }
    }

    #[test]
    fn nip_birth_date_february_29_only_in_leap_years() {
        // Perka BKN 22/2007: digits 1–8 = tanggal lahir, a real calendar date
        assert!(nip("19880229 201505 1 001").is_ok());
        assert!(matches!(galat(nip("19870229 201505 1 001")), NipError::TanggalLahirTidakValid { .. }));
    }

    #[test]
    fn nip_birth_date_after_today_is_rejected() {
        // asn-rules.md §6.1: plausible age — nobody is born after today
        let e = galat(Nip::parse("20261225 201505 1 001", JenisNomorInduk::Nip, hari_ini()));
        assert_eq!(
            e,
            NipError::TanggalLahirDiMasaDepan {
                jenis: JenisNomorInduk::Nip,
                tanggal_lahir: tgl(2026, 12, 25),
                hari_ini: hari_ini()
            }
        );
        assert!(e.pesan_id().contains("digit 1–8") && e.pesan_id().contains("25 Desember 2026"));
    }

    #[test]
    fn nip_tmt_month_00_and_13_are_rejected_on_digits_13_to_14() {
        // Perka BKN 22/2007: digits 9–14 = TMT CPNS YYYYMM, month 01–12
        for (s, bulan) in [("19860926 201500 1 001", "00"), ("19860926 201513 1 001", "13")] {
            let e = galat(nip(s));
            assert_eq!(e, NipError::BulanTmtTidakValid { bulan: bulan.into() });
            assert!(e.pesan_id().starts_with("Bulan TMT CPNS (digit 13–14) harus 01–12"), "{}", e.pesan_id());
            assert!(e.pesan_id().contains(bulan));
            assert!(e.pesan_en().contains("digits 13–14"));
        }
    }

    #[test]
    fn nip_tmt_before_18th_birthday_is_rejected_and_states_that_date() {
        // asn-rules.md §6.1: TMT CPNS after birth + 18 years (≥ 18 at TMT)
        let e = galat(nip("19860926 200409 1 001"));
        assert_eq!(e, NipError::TmtSebelumUsia18 { tmt: tgl(2004, 9, 1), usia_18: tgl(2004, 9, 26) });
        assert!(e.pesan_id().contains("digit 9–14"), "{}", e.pesan_id());
        assert!(e.pesan_id().contains("26 September 2004"), "{}", e.pesan_id());
        assert!(e.pesan_en().contains("26 September 2004"));
        // The first whole month at 18 is fine.
        assert_eq!(nip("19860926 200410 1 001").unwrap().tmt_cpns(), Some(tgl(2004, 10, 1)));
        // Born on the 1st: TMT on the 18th birthday itself is fine.
        assert!(nip("19860901 200409 1 001").is_ok());
    }

    #[test]
    fn nip_tmt_18th_birthday_of_a_leap_day_child() {
        // asn-rules.md §6.1: ≥ 18 at TMT; 29 Feb 2000 turns 18 on 28 Feb 2018
        assert!(matches!(galat(nip("20000229 201802 1 001")), NipError::TmtSebelumUsia18 { .. }));
        assert!(nip("20000229 201803 1 001").is_ok());
    }

    #[test]
    fn nip_tmt_in_a_future_month_is_rejected() {
        // asn-rules.md §6.1: TMT CPNS ≤ today
        let e = galat(nip("19860926 202607 1 001"));
        assert_eq!(e, NipError::TmtDiMasaDepan { tmt: tgl(2026, 7, 1), hari_ini: hari_ini() });
        assert!(e.pesan_id().contains("digit 9–14") && e.pesan_id().contains("1 Juli 2026"), "{}", e.pesan_id());
        // This month counts as now: only the month is known.
        assert!(nip("19860926 202606 1 001").is_ok());
        assert!(Nip::parse("19860926 202606 1 001", JenisNomorInduk::Nip, tgl(2026, 6, 1)).is_ok());
        assert!(matches!(
            galat(Nip::parse("19860926 202606 1 001", JenisNomorInduk::Nip, tgl(2026, 5, 31))),
            NipError::TmtDiMasaDepan { .. }
        ));
    }

    #[test]
    fn nip_digit_15_three_and_zero_are_rejected() {
        // Perka BKN 22/2007: digit 15 = jenis kelamin, 1 pria / 2 wanita
        for (s, digit) in [("19860926 201505 3 001", 3), ("19860926 201505 0 001", 0)] {
            let e = galat(nip(s));
            assert_eq!(e, NipError::JenisKelaminTidakValid { jenis: JenisNomorInduk::Nip, digit });
            assert!(
                e.pesan_id().starts_with("Digit 15 (jenis kelamin) harus 1 (pria) atau 2 (wanita)"),
                "{}",
                e.pesan_id()
            );
            assert!(e.pesan_en().contains("Digit 15"));
        }
    }

    #[test]
    fn nip_sequence_000_is_rejected_and_999_accepted() {
        // Perka BKN 22/2007: digits 16–18 = nomor urut 001–999
        let e = galat(nip("19860926 201505 1 000"));
        assert_eq!(e, NipError::NomorUrutNol { jenis: JenisNomorInduk::Nip });
        assert!(e.pesan_id().starts_with("Nomor urut (digit 16–18) harus 001–999"), "{}", e.pesan_id());
        assert!(e.pesan_en().contains("digits 16–18"));
        assert_eq!(nip("19860926 201505 1 999").unwrap().nomor_urut(), 999);
    }

    #[test]
    fn every_nip_error_has_both_messages() {
        // STYLE.md §2: errors carry a message for the user
        let j = JenisNomorInduk::Nip;
        let semua = [
            NipError::Kosong { jenis: j },
            NipError::KarakterTidakValid { jenis: j, karakter: 'x', posisi: 1 },
            NipError::PanjangSalah { jenis: j, jumlah_digit: 3 },
            NipError::TanggalLahirTidakValid { jenis: j, digit: "19860230".into() },
            NipError::TanggalLahirDiMasaDepan { jenis: j, tanggal_lahir: tgl(2030, 1, 1), hari_ini: hari_ini() },
            NipError::BulanTmtTidakValid { bulan: "13".into() },
            NipError::TmtSebelumUsia18 { tmt: tgl(2000, 1, 1), usia_18: tgl(2004, 9, 26) },
            NipError::TmtDiMasaDepan { tmt: tgl(2030, 1, 1), hari_ini: hari_ini() },
            NipError::TahunPengangkatanSebelumUsia18 { tahun: 2000, usia_18: tgl(2008, 9, 13) },
            NipError::TahunPengangkatanDiMasaDepan { tahun: 2030, tahun_ini: 2026 },
            NipError::JenisKelaminTidakValid { jenis: j, digit: 3 },
            NipError::NomorUrutNol { jenis: j },
        ];
        for e in semua {
            assert!(!e.pesan_id().is_empty() && !e.pesan_en().is_empty());
            assert_ne!(e.pesan_id(), e.pesan_en(), "{e:?}");
        }
    }

    // ---- NI PPPK ------------------------------------------------------------------------------

    #[test]
    fn ni_pppk_example_parses_into_its_parts() {
        // asn-rules.md §6.2: YYYYMMDD YYYY KK G NNN, example `19900913 2025 24 2 014`
        let n = pppk(PPPK_CONTOH).unwrap();
        assert_eq!(n.as_str(), "199009132025242014");
        assert_eq!(n.jenis(), JenisNomorInduk::NiPppk);
        assert_eq!(n.tanggal_lahir(), tgl(1990, 9, 13));
        assert_eq!(n.tmt_cpns(), None);
        assert_eq!(n.tahun_pengangkatan(), 2025);
        assert_eq!(n.kode_pppk(), Some(24));
        assert_eq!(n.jenis_kelamin(), JenisKelamin::Wanita);
        assert_eq!(n.nomor_urut(), 14);
    }

    #[test]
    fn ni_pppk_accepts_any_two_digit_code() {
        // asn-rules.md §6.2: digits 13–14 meaning UNCONFIRMED, so 00–99 accepted
        for kode in ["00", "05", "12", "21", "24", "99"] {
            let n = pppk(&format!("19900913 2023 {kode} 1 012")).unwrap();
            assert_eq!(n.kode_pppk().map(|k| format!("{k:02}")), Some(kode.to_string()));
        }
    }

    #[test]
    fn ni_pppk_year_before_the_18th_birthday_year_is_rejected() {
        // asn-rules.md §6.2 with §6.1: appointed at 18 or older; only the year is known
        let e = galat(pppk("19900913 2007 21 2 014"));
        assert_eq!(e, NipError::TahunPengangkatanSebelumUsia18 { tahun: 2007, usia_18: tgl(2008, 9, 13) });
        assert!(e.pesan_id().contains("digit 9–12") && e.pesan_id().contains("13 September 2008"), "{}", e.pesan_id());
        // The year of the 18th birthday itself is accepted.
        assert!(pppk("19900913 2008 21 2 014").is_ok());
    }

    #[test]
    fn ni_pppk_year_after_this_year_is_rejected() {
        // asn-rules.md §6.2: year of first appointment ≤ today
        let e = galat(pppk("19900913 2027 21 2 014"));
        assert_eq!(e, NipError::TahunPengangkatanDiMasaDepan { tahun: 2027, tahun_ini: 2026 });
        assert!(e.pesan_id().contains("digit 9–12"));
        assert!(pppk("19900913 2026 21 2 014").is_ok());
    }

    #[test]
    fn ni_pppk_other_parts_are_checked_like_a_nip() {
        // asn-rules.md §6.2: date check on 1–8; digit 15 1/2; nomor urut
        let e = galat(pppk("19900230 2025 24 2 014"));
        assert_eq!(e, NipError::TanggalLahirTidakValid { jenis: JenisNomorInduk::NiPppk, digit: "19900230".into() });
        assert!(e.pesan_id().contains("NI PPPK (digit 1–8)"), "{}", e.pesan_id());
        assert!(matches!(galat(pppk("19900913 2025 24 3 014")), NipError::JenisKelaminTidakValid { digit: 3, .. }));
        assert!(matches!(galat(pppk("19900913 2025 24 2 000")), NipError::NomorUrutNol { .. }));
        assert!(matches!(galat(pppk("19900913 2025 24 2 14")), NipError::PanjangSalah { jumlah_digit: 17, .. }));
        let e = galat(pppk(""));
        assert_eq!(e, NipError::Kosong { jenis: JenisNomorInduk::NiPppk });
        assert!(e.pesan_id().contains("NI PPPK"));
    }

    #[test]
    fn ni_pppk_does_not_need_a_month_in_digits_13_to_14() {
        // asn-rules.md §6.2: a PPPK code 24 is not a month; as NIP the same digits are invalid
        assert!(matches!(galat(nip(PPPK_CONTOH)), NipError::BulanTmtTidakValid { .. }));
        assert!(pppk(PPPK_CONTOH).is_ok());
    }

    #[test]
    fn jenis_follows_status_pegawai() {
        // asn-rules.md §6: PNS/CPNS carry a NIP, PPPK a NI PPPK
        assert_eq!(JenisNomorInduk::untuk_status(StatusPegawai::Pns), JenisNomorInduk::Nip);
        assert_eq!(JenisNomorInduk::untuk_status(StatusPegawai::Cpns), JenisNomorInduk::Nip);
        assert_eq!(JenisNomorInduk::untuk_status(StatusPegawai::Pppk), JenisNomorInduk::NiPppk);
    }

    // ---- tampil -------------------------------------------------------------------------------

    #[test]
    fn tampil_groups_nip_and_ni_pppk_as_printed() {
        // asn-rules.md §6.1/§6.2: printed forms
        assert_eq!(nip(NIP_CONTOH).unwrap().tampil(), "19860926 201505 1 001");
        assert_eq!(pppk("199009132025242014").unwrap().tampil(), "19900913 2025 24 2 014");
        assert_eq!(Nik::parse("3201016609860002").unwrap().tampil(), "32 01 01 660986 0002");
    }

    // ---- NIK ----------------------------------------------------------------------------------

    #[test]
    fn nik_man_keeps_the_day_of_birth() {
        // Dukcapil: PP KK CC DDMMYY NNNN
        let n = Nik::parse("3201012609860001").unwrap();
        assert_eq!(n.as_str(), "3201012609860001");
        let (lahir, kelamin) = n.tanggal_lahir_dan_jenis_kelamin();
        assert_eq!(lahir, TanggalLahirNik { hari: 26, bulan: 9, tahun_dua_digit: 86 });
        assert_eq!(lahir.format(), "26-09-86");
        assert_eq!(kelamin, JenisKelamin::Pria);
        assert_eq!(n.nomor_urut(), 1);
    }

    #[test]
    fn nik_woman_has_40_added_to_the_day() {
        // Dukcapil: women DD + 40
        let n = Nik::parse("32 01 01 660986 0002").unwrap();
        assert_eq!(n.as_str(), "3201016609860002");
        let (lahir, kelamin) = n.tanggal_lahir_dan_jenis_kelamin();
        assert_eq!(lahir, TanggalLahirNik { hari: 26, bulan: 9, tahun_dua_digit: 86 });
        assert_eq!(kelamin, JenisKelamin::Wanita);
        // Edge days: 41 = 1st (woman), 71 = 31st (woman), 31 = 31st (man).
        assert_eq!(Nik::parse("3201014101900001").unwrap().tanggal_lahir_dan_jenis_kelamin().0.hari, 1);
        assert_eq!(Nik::parse("3201017101900001").unwrap().tanggal_lahir_dan_jenis_kelamin().0.hari, 31);
        assert_eq!(Nik::parse("3201013101900001").unwrap().tanggal_lahir_dan_jenis_kelamin().1, JenisKelamin::Pria);
    }

    #[test]
    fn nik_invalid_birth_dates_are_rejected() {
        // Dukcapil: digits 7–12 DDMMYY (DD − 40 for women) must be a date
        for ddmmyy in ["300286", "700286", "000190", "400190", "320190", "720190", "011390", "010090", "310490"] {
            let s = format!("320101{ddmmyy}0001");
            let e = galat_nik(Nik::parse(&s));
            assert_eq!(e, NikError::TanggalLahirTidakValid { digit: ddmmyy.into() }, "{s}");
            assert!(e.pesan_id().contains("digit 7–12") && e.pesan_id().contains(ddmmyy));
        }
        // 29-02 without a century: valid if 19YY or 20YY is a leap year.
        assert!(Nik::parse("3201012902000001").is_ok()); // 2000
        assert!(Nik::parse("3201016902880001").is_ok()); // 1988, woman
        assert!(Nik::parse("3201012902870001").is_err());
    }

    #[test]
    fn nik_structural_errors() {
        // Dukcapil: NIK is 16 digits, nomor urut from 0001
        assert_eq!(galat_nik(Nik::parse("  ")), NikError::Kosong);
        let e = galat_nik(Nik::parse("320101260986001"));
        assert_eq!(e, NikError::PanjangSalah { jumlah_digit: 15 });
        assert!(e.pesan_id().contains("16 digit") && e.pesan_id().contains("15 digit"));
        let e = galat_nik(Nik::parse("32010126098600O1"));
        assert_eq!(e, NikError::KarakterTidakValid { karakter: 'O', posisi: 15 });
        let e = galat_nik(Nik::parse("3201012609860000"));
        assert_eq!(e, NikError::NomorUrutNol);
        assert!(e.pesan_id().contains("digit 13–16"));
        for e in [
            NikError::Kosong,
            NikError::KarakterTidakValid { karakter: 'x', posisi: 1 },
            NikError::PanjangSalah { jumlah_digit: 1 },
            NikError::TanggalLahirTidakValid { digit: "300286".into() },
            NikError::NomorUrutNol,
        ] {
            assert_ne!(e.pesan_id(), e.pesan_en());
        }
    }

    // ---- NIK ↔ NIP ----------------------------------------------------------------------------

    #[test]
    fn cross_check_matching_nik_and_nip_gives_no_warning() {
        // asn-rules.md §6.3: NIK birth date (−40 if female) = NIP 1–8, sex = NIP 15
        let pria = nip("19860926 201505 1 001").unwrap();
        assert!(periksa_nik_terhadap_nip(&Nik::parse("3201012609860001").unwrap(), &pria).is_empty());
        let wanita = nip("19860926 201505 2 001").unwrap();
        assert!(periksa_nik_terhadap_nip(&Nik::parse("3201016609860001").unwrap(), &wanita).is_empty());
        // Born 2000: YY 00 against year 2000.
        let muda = nip("20000105 202401 1 003").unwrap();
        assert!(periksa_nik_terhadap_nip(&Nik::parse("3201010501000001").unwrap(), &muda).is_empty());
    }

    #[test]
    fn cross_check_different_birth_date_warns_naming_both() {
        // asn-rules.md §6.3: NIK DDMMYY vs NIP digits 1–8 (YY vs YYYY)
        let n = nip("19860926 201505 1 001").unwrap();
        let nik = Nik::parse("3201012709860001").unwrap();
        let w = periksa_nik_terhadap_nip(&nik, &n);
        assert_eq!(
            w,
            vec![PeringatanNik::TanggalLahirBerbeda {
                jenis: JenisNomorInduk::Nip,
                nik: TanggalLahirNik { hari: 27, bulan: 9, tahun_dua_digit: 86 },
                nip: tgl(1986, 9, 26)
            }]
        );
        assert_eq!(w[0].pesan_id(), "Tanggal lahir pada NIK (27-09-86) tidak sama dengan NIP (26-09-1986)");
        assert!(w[0].pesan_en().contains("27-09-86") && w[0].pesan_en().contains("26-09-1986"));
        // Only the year differs.
        let nik = Nik::parse("3201012609870001").unwrap();
        assert!(matches!(periksa_nik_terhadap_nip(&nik, &n)[..], [PeringatanNik::TanggalLahirBerbeda { .. }]));
    }

    #[test]
    fn cross_check_different_sex_warns_naming_both() {
        // asn-rules.md §6.3: NIK DD > 40 → wanita must match NIP digit 15
        let n = nip("19860926 201505 1 001").unwrap();
        let nik = Nik::parse("3201016609860001").unwrap(); // woman, same date
        let w = periksa_nik_terhadap_nip(&nik, &n);
        assert_eq!(
            w,
            vec![PeringatanNik::JenisKelaminBerbeda {
                jenis: JenisNomorInduk::Nip,
                nik: JenisKelamin::Wanita,
                nip: JenisKelamin::Pria
            }]
        );
        assert!(w[0].pesan_id().contains("wanita") && w[0].pesan_id().contains("pria"), "{}", w[0].pesan_id());
        assert!(w[0].pesan_en().contains("female") && w[0].pesan_en().contains("male"));
    }

    #[test]
    fn cross_check_both_wrong_gives_two_warnings_and_names_ni_pppk() {
        // asn-rules.md §6.3 applied to a NI PPPK (digits 1–8 and 15 have the same meaning)
        let n = pppk(PPPK_CONTOH).unwrap(); // 13-09-1990, wanita
        let nik = Nik::parse("3201011409900001").unwrap(); // 14-09-90, pria
        let w = periksa_nik_terhadap_nip(&nik, &n);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].pesan_id(), "Tanggal lahir pada NIK (14-09-90) tidak sama dengan NI PPPK (13-09-1990)");
        assert!(matches!(
            w[1],
            PeringatanNik::JenisKelaminBerbeda { nik: JenisKelamin::Pria, nip: JenisKelamin::Wanita, .. }
        ));
    }

    // ---- serde --------------------------------------------------------------------------------

    #[test]
    fn nip_serialises_as_the_bare_18_digits_and_round_trips() {
        // STYLE.md §5: the dataset stores the number itself
        let n = nip(NIP_CONTOH_SPASI).unwrap();
        let json = serde_json::to_string(&n).unwrap();
        assert_eq!(json, "\"198609262015051001\"");
        let kembali: Nip = serde_json::from_str(&json).unwrap();
        assert_eq!(kembali, n);
        assert_eq!(kembali.jenis(), JenisNomorInduk::Nip);
        assert_eq!(kembali.tmt_cpns(), Some(tgl(2015, 5, 1)));

        let p = pppk(PPPK_CONTOH).unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, "\"199009132025242014\"");
        let kembali: Nip = serde_json::from_str(&json).unwrap();
        assert_eq!(kembali.jenis(), JenisNomorInduk::NiPppk);
        assert_eq!(kembali.tampil(), PPPK_CONTOH);
    }

    #[test]
    fn nip_deserialisation_skips_checks_against_today() {
        // A stored number must load whatever the date: structural checks only.
        let n: Nip = serde_json::from_str("\"198609262099011001\"").unwrap();
        assert_eq!(n.tmt_cpns(), Some(tgl(2099, 1, 1)));
        let n: Nip = serde_json::from_str("\"209901012120011001\"").unwrap();
        assert_eq!(n.tanggal_lahir(), tgl(2099, 1, 1));
    }

    #[test]
    fn ni_pppk_with_a_month_like_code_still_loads() {
        // Guards a round-trip: code 05 reads as a NIP month, and as a NIP "TMT May 2008" is before
        // the 18th birthday (13 Sep 2008), yet it is a valid NI PPPK and must load as one.
        let p = pppk("19900913 2008 05 2 014").unwrap();
        assert!(nip("19900913 2008 05 2 014").is_err());
        let kembali: Nip = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(kembali, p);
        assert_eq!(kembali.jenis(), JenisNomorInduk::NiPppk);
    }

    #[test]
    fn stored_nip_invalid_as_nip_but_valid_as_ni_pppk_loads_as_ni_pppk() {
        // Consequence of the fallback above, pinned on purpose: `parse` rejects this NIP (TMT
        // Sep 2004 before the 18th birthday, Perka BKN 22/2007), but the same 18 digits are a
        // valid NI PPPK (year 2004 = year of turning 18, asn-rules.md §6.2), so a stored copy
        // loads rather than making the whole dataset unreadable.
        assert!(nip("19860926 200409 1 001").is_err());
        let n: Nip = serde_json::from_str("\"198609262004091001\"").unwrap();
        assert_eq!(n.jenis(), JenisNomorInduk::NiPppk);
        assert_eq!(n.tmt_cpns(), None);
    }

    #[test]
    fn nip_deserialising_garbage_fails() {
        // STYLE.md §2: parse at the boundary, never trust storage
        for json in [
            "\"\"",
            "\"abc\"",
            "\"19860926201505100\"",
            "\"198602302015051001\"",
            "\"198609262015053001\"",
            "\"198609262015051000\"",
            "\"198609262003091001\"", // TMT before 18 as NIP and as NI PPPK
            "\"19860926-201505-1-001\"",
            "198609262015051001",
            "null",
            "{}",
        ] {
            assert!(serde_json::from_str::<Nip>(json).is_err(), "{json}");
        }
        let e = serde_json::from_str::<Nip>("\"198602302015051001\"").unwrap_err();
        assert!(e.to_string().contains("digit 1–8"), "{e}");
    }

    #[test]
    fn nik_serialises_as_the_bare_16_digits_and_round_trips() {
        // STYLE.md §5: the dataset stores the number itself
        let n = Nik::parse("32 01 01 660986 0002").unwrap();
        let json = serde_json::to_string(&n).unwrap();
        assert_eq!(json, "\"3201016609860002\"");
        assert_eq!(serde_json::from_str::<Nik>(&json).unwrap(), n);
        for json in ["\"\"", "\"3201013002860001\"", "\"32010126098600\"", "3201012609860001"] {
            assert!(serde_json::from_str::<Nik>(json).is_err(), "{json}");
        }
    }

    // ---- robustness ---------------------------------------------------------------------------

    /// Calls everything a UI might call on the result, so a panic anywhere surfaces.
    fn pakai_semua(s: &str) {
        for jenis in [JenisNomorInduk::Nip, JenisNomorInduk::NiPppk] {
            for hari_ini in [tgl(2026, 6, 15), tgl(1900, 1, 1), tgl(9999, 12, 31)] {
                match Nip::parse(s, jenis, hari_ini) {
                    Ok(n) => pakai_nip(&n),
                    Err(e) => {
                        let _ = (e.pesan_id(), e.pesan_en());
                    }
                }
            }
        }
        if let Ok(n) = Nip::try_from(s.to_string()) {
            pakai_nip(&n);
        }
        match Nik::parse(s) {
            Ok(n) => {
                let _ = (n.as_str(), n.tampil(), n.tanggal_lahir_dan_jenis_kelamin(), n.nomor_urut());
                if let Ok(p) = Nip::try_from("198609262015051001".to_string()) {
                    for w in periksa_nik_terhadap_nip(&n, &p) {
                        let _ = (w.pesan_id(), w.pesan_en());
                    }
                }
            }
            Err(e) => {
                let _ = (e.pesan_id(), e.pesan_en());
            }
        }
        let _ = Nik::try_from(s.to_string());
    }

    fn pakai_nip(n: &Nip) {
        let _ = (n.jenis(), n.as_str(), n.tampil(), n.tanggal_lahir(), n.jenis_kelamin());
        let _ = (n.tmt_cpns(), n.tahun_pengangkatan(), n.kode_pppk(), n.nomor_urut());
        let _ = serde_json::to_string(n).unwrap();
    }

    #[test]
    fn no_parser_panics_on_odd_input() {
        // STYLE.md §2: never panic on input
        let seratus_digit = "1".repeat(100);
        let mut aneh: Vec<String> = [
            "",
            " ",
            "\0",
            "１２",
            "１９８６０９２６２０１５０５１００１",
            "😀",
            "19860926😀201505 1 001",
            "é",
            "ß19860926201505100",
            "\u{200b}",
            "\u{feff}198609262015051001",
            "١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١", // Arabic-Indic digits
            "99999999999999999999",
            "000000000000000000",
            "999999999999999999",
            "99999999 999999 9 999",
            "0000000000000000",
            "9999999999999999",
            "-198609262015051001",
            "+198609262015051001",
            "1.98609262015051e17",
            "\u{10FFFF}",
            "a\u{301}",
            NIP_CONTOH,
            NIP_CONTOH_SPASI,
            PPPK_CONTOH,
            "3201016609860002",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        aneh.push(seratus_digit.clone());
        for n in 0..=100 {
            aneh.push(seratus_digit[..n].to_string());
            aneh.push("😀".repeat(n));
        }
        for s in &aneh {
            pakai_semua(s);
        }

        // Pseudo-random digit strings of length 16 and 18 reach the later checks.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..18 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push(char::from(b'0' + (x % 10) as u8));
            }
            pakai_semua(&s);
            pakai_semua(&s[..16]);
        }
    }
}
