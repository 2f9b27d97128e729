//! CSV import of pegawai from an office spreadsheet: read the file → map its columns onto the
//! register's fields → check every row → preview → add the valid rows (one [`Dataset`] change,
//! which the caller saves atomically after an automatic backup, as for a Jenjang file).
//!
//! Decisions, shown to the user in the preview and asserted in `tests/csv_impor.rs`:
//! - **Required columns: NIP and Nama.** Tanggal lahir and jenis kelamin are read from the NIP
//!   when no column holds them (and checked against it when one does). Status, when no column
//!   holds it or the cell is empty, is PPPK for a NI PPPK (digits 13–14 not a month) and PNS
//!   otherwise — a CPNS has to be corrected afterwards, so the preview says so.
//! - **Units are matched by name** (case and spacing ignored) among the active units; a name not
//!   in the register **creates a new top-level unit**, listed in the preview before anything is
//!   applied. A name held by two units is an error (the row cannot say which).
//! - **Duplicates:** a NIP already in the register is *skipped* ("sudah ada"), never duplicated
//!   or overwritten; a NIP on two rows of the file is an error on every such row (the file must
//!   say which one is right).
//! - A value that cannot be stored is an error, never dropped silently: a TMT golongan without a
//!   golongan, a jabatan without its jenis, … Columns left unmapped are named in the preview.
//! - Golongan + TMT golongan → one riwayat pangkat; jabatan + jenis (+ jenjang) + TMT jabatan →
//!   one riwayat jabatan in the pegawai's unit; pendidikan + tahun lulus → one riwayat pendidikan.
//!
//! The reader is small and hand-written (no csv crate): RFC 4180 quoting, `;` `,` or tab
//! detected from the header line (or Excel's `sep=` line), UTF-8 with or without BOM, UTF-16
//! with BOM (Excel's "Unicode Text"), and otherwise Windows-1252 (Excel's "CSV" on Windows),
//! which is decoded and reported. Excel's `="…"` text cells and a leading `'` are unwrapped.
//! Row numbers are the spreadsheet's: the header is row 1, and a cell with a line break inside
//! quotes stays one row.

use super::dataset::{Dataset, Koleksi};
use crate::domain::id::Id;
use crate::domain::nip::{periksa_nik_terhadap_nip, JenisNomorInduk, Nik, Nip};
use crate::domain::pegawai::{
    JenisKelamin, JenisKenaikanPangkat, Pegawai, RiwayatJabatan, RiwayatPangkat, RiwayatPendidikan, StatusPegawai,
    UnitKerja,
};
use crate::domain::tanggal::{Stempel, Tanggal};
use crate::rules::jabatan::{JenisJabatan, JenjangFungsional};
use crate::rules::pangkat::{Golongan, GolonganPns, GolonganPppk};
use crate::rules::pendidikan::TingkatPendidikan;
// One map type for every lookup here (NIP → index, NIP → count): each extra map type is
// code in the wasm bundle, and `pertukaran` already uses this one.
use std::collections::HashMap;

/// Larger files are refused before they are read (an office register is far smaller).
pub const BATAS_UKURAN: usize = 10 * 1024 * 1024;
/// Data rows at most: more than localStorage holds anyway (README: about 3,000 pegawai).
pub const BATAS_BARIS: usize = 20_000;
/// Longest name accepted, as in the form.
const PANJANG_NAMA_MAKS: usize = 120;

// ---------------------------------------------------------------------------------------------
// Reading the file
// ---------------------------------------------------------------------------------------------

/// How the bytes were decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pengodean {
    Utf8,
    Utf16,
    /// Not UTF-8: read as Windows-1252, which is what Excel on Windows writes as "CSV".
    Windows1252,
}

/// The file as a table of cleaned cells (trimmed, `="…"` and a leading `'` unwrapped).
#[derive(Clone, Debug, PartialEq)]
pub struct TabelCsv {
    pub kepala: Vec<String>,
    /// Data rows; `baris[i]` is spreadsheet row `i + 2`.
    pub baris: Vec<Vec<String>>,
    pub pemisah: char,
    pub pengodean: Pengodean,
    /// Where a quoted cell opened and never closed, as (spreadsheet row, column): the rest of
    /// the file was read into that cell.
    pub kutip_terbuka: Option<(usize, usize)>,
}

/// Why a file is not read at all. Nothing is changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GalatCsv {
    Kosong,
    TerlaluBesar {
        ukuran: usize,
    },
    TerlaluBanyakBaris,
    /// Contains NUL bytes: binary, or UTF-16 without its byte-order mark.
    BukanTeks,
    /// An Excel workbook (.xlsx, .xls), not its CSV export.
    BukuKerjaExcel,
    /// A Jenjang exchange file chosen in the CSV picker.
    BerkasJenjang,
}

const SIMPAN_SEBAGAI_ID: &str = "Di Excel pilih File → Save As → \"CSV UTF-8 (Comma delimited)\".";
const SIMPAN_SEBAGAI_EN: &str = "In Excel choose File → Save As → \"CSV UTF-8 (Comma delimited)\".";

impl GalatCsv {
    pub fn pesan_id(&self) -> String {
        match self {
            GalatCsv::Kosong => "Berkas CSV kosong: tidak ada baris judul kolom.".into(),
            GalatCsv::TerlaluBesar { ukuran } => format!(
                "Berkas terlalu besar ({} MB; paling besar {} MB). Impor per unit kerja.",
                ukuran / 1_000_000,
                BATAS_UKURAN / 1_000_000
            ),
            GalatCsv::TerlaluBanyakBaris => format!(
                "Berkas berisi lebih dari {BATAS_BARIS} baris data. Bagi menjadi beberapa berkas (misalnya per unit kerja)."
            ),
            GalatCsv::BukanTeks => {
                format!("Berkas ini bukan teks CSV (berisi byte nol: berkas biner atau UTF-16 tanpa penanda). {SIMPAN_SEBAGAI_ID}")
            }
            GalatCsv::BukuKerjaExcel => format!("Ini buku kerja Excel (.xlsx/.xls), bukan CSV. {SIMPAN_SEBAGAI_ID}"),
            GalatCsv::BerkasJenjang => {
                "Ini berkas Jenjang (JSON), bukan CSV: impor lewat \"Pilih berkas Jenjang (.json)\".".into()
            }
        }
    }
    pub fn pesan_en(&self) -> String {
        match self {
            GalatCsv::Kosong => "The CSV file is empty: there is no header row.".into(),
            GalatCsv::TerlaluBesar { ukuran } => format!(
                "The file is too large ({} MB; at most {} MB). Import one work unit at a time.",
                ukuran / 1_000_000,
                BATAS_UKURAN / 1_000_000
            ),
            GalatCsv::TerlaluBanyakBaris => format!(
                "The file has more than {BATAS_BARIS} data rows. Split it into several files (one per work unit, say)."
            ),
            GalatCsv::BukanTeks => {
                format!("This is not CSV text (it contains zero bytes: a binary file, or UTF-16 without its mark). {SIMPAN_SEBAGAI_EN}")
            }
            GalatCsv::BukuKerjaExcel => {
                format!("This is an Excel workbook (.xlsx/.xls), not a CSV file. {SIMPAN_SEBAGAI_EN}")
            }
            GalatCsv::BerkasJenjang => {
                "This is a Jenjang file (JSON), not CSV: import it with \"Choose a Jenjang file (.json)\".".into()
            }
        }
    }
}

/// Windows-1252 bytes 0x80–0x9F (the rest of the code page is Latin-1, i.e. the same number).
const CP1252_80_9F: &str = "€\u{FFFD}‚ƒ„…†‡ˆ‰Š‹Œ\u{FFFD}Ž\u{FFFD}\u{FFFD}‘’“”•–—˜™š›œ\u{FFFD}žŸ";

fn dekode(byte: &[u8]) -> (String, Pengodean) {
    let utf16 = |be: bool| -> String {
        let unit = byte[2..].chunks_exact(2).map(|p| if be { [p[0], p[1]] } else { [p[1], p[0]] });
        char::decode_utf16(unit.map(u16::from_be_bytes)).map(|c| c.unwrap_or('\u{FFFD}')).collect()
    };
    if byte.starts_with(b"\xFF\xFE") {
        return (utf16(false), Pengodean::Utf16);
    }
    if byte.starts_with(b"\xFE\xFF") {
        return (utf16(true), Pengodean::Utf16);
    }
    let isi = byte.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(byte);
    match std::str::from_utf8(isi) {
        Ok(t) => (t.to_string(), Pengodean::Utf8),
        Err(_) => {
            let t = isi
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => CP1252_80_9F.chars().nth(usize::from(b - 0x80)).unwrap_or('\u{FFFD}'),
                    _ => char::from(b),
                })
                .collect();
            (t, Pengodean::Windows1252)
        }
    }
}

/// The separator: the one named by Excel's `sep=` line, else the most frequent of `;`, tab and
/// `,` in the header line outside quotes (ties in that order: `;` is what Indonesian Excel writes).
fn tebak_pemisah(teks: &str) -> char {
    let mut n = [0usize; 3];
    let mut kutip = false;
    for c in teks.chars() {
        match c {
            '"' => kutip = !kutip,
            '\r' | '\n' if !kutip => break,
            ';' if !kutip => n[0] += 1,
            '\t' if !kutip => n[1] += 1,
            ',' if !kutip => n[2] += 1,
            _ => {}
        }
    }
    let terbanyak = n.iter().copied().max().unwrap_or(0);
    [';', '\t', ','].into_iter().zip(n).find(|&(_, k)| k == terbanyak).map_or(';', |(c, _)| c)
}

/// A cell as the register needs it: trimmed, Excel's text formula `="…"` and the `'` that
/// keeps digits as text unwrapped, and a lone dash (the usual "nothing" in office sheets) empty.
fn bersihkan(sel: &str) -> String {
    let s = sel.trim();
    let s = s.strip_prefix("=\"").and_then(|r| r.strip_suffix('"')).unwrap_or(s);
    let s = s.strip_prefix('\'').unwrap_or(s).trim();
    if matches!(s, "-" | "–" | "—") {
        String::new()
    } else {
        s.to_string()
    }
}

/// RFC 4180 records. Lenient where Excel is: a quote inside an unquoted cell is text, text
/// after a closing quote is appended. Returns the records and where an unclosed quote began.
type Rekaman = (Vec<Vec<String>>, Option<(usize, usize)>);
fn urai(teks: &str, pemisah: char) -> Result<Rekaman, GalatCsv> {
    let mut semua: Vec<Vec<String>> = Vec::new();
    let mut rekaman = Vec::new();
    let mut sel = String::new();
    let (mut kutip, mut awal_sel, mut mulai_kutip) = (false, true, (0, 0));
    let mut it = teks.chars().peekable();
    while let Some(c) = it.next() {
        if kutip {
            if c != '"' {
                sel.push(c);
            } else if it.peek() == Some(&'"') {
                it.next();
                sel.push('"');
            } else {
                kutip = false;
            }
        } else if c == '"' && awal_sel {
            (kutip, awal_sel, mulai_kutip) = (true, false, (semua.len() + 1, rekaman.len()));
        } else if c == pemisah || c == '\r' || c == '\n' {
            rekaman.push(bersihkan(&sel));
            sel.clear();
            awal_sel = true;
            if c != pemisah {
                if c == '\r' && it.peek() == Some(&'\n') {
                    it.next();
                }
                semua.push(std::mem::take(&mut rekaman));
                if semua.len() > BATAS_BARIS + 1 {
                    return Err(GalatCsv::TerlaluBanyakBaris);
                }
            }
        } else {
            sel.push(c);
            awal_sel = false;
        }
    }
    if !(awal_sel && sel.is_empty() && rekaman.is_empty()) {
        rekaman.push(bersihkan(&sel));
        semua.push(rekaman);
    }
    if semua.len() > BATAS_BARIS + 1 {
        return Err(GalatCsv::TerlaluBanyakBaris);
    }
    Ok((semua, kutip.then_some(mulai_kutip)))
}

/// Reads a CSV file's bytes into a table. Never panics, whatever the bytes.
pub fn baca_csv(byte: &[u8]) -> Result<TabelCsv, GalatCsv> {
    if byte.len() > BATAS_UKURAN {
        return Err(GalatCsv::TerlaluBesar { ukuran: byte.len() });
    }
    if byte.starts_with(b"PK\x03\x04") || byte.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(GalatCsv::BukuKerjaExcel);
    }
    let (teks, pengodean) = dekode(byte);
    if teks.contains('\0') {
        return Err(GalatCsv::BukanTeks);
    }
    if teks.trim_start().starts_with('{') {
        return Err(GalatCsv::BerkasJenjang);
    }
    // Excel's `sep=;` first line names the separator; Excel does not show it as a row.
    let mut isi = teks.as_str();
    let mut pemisah = None;
    if let Some(sisa) = isi.strip_prefix("sep=") {
        let mut c = sisa.chars();
        if let (Some(p), Some('\r' | '\n') | None) = (c.next(), c.next()) {
            pemisah = Some(p);
            isi = sisa.find('\n').and_then(|i| sisa.get(i + 1..)).unwrap_or("");
        }
    }
    let pemisah = pemisah.unwrap_or_else(|| tebak_pemisah(isi));
    let (mut rekaman, kutip_terbuka) = urai(isi, pemisah)?;
    while rekaman.last().is_some_and(|r| r.iter().all(String::is_empty)) {
        rekaman.pop();
    }
    if rekaman.is_empty() {
        return Err(GalatCsv::Kosong);
    }
    let kepala = rekaman.remove(0);
    Ok(TabelCsv { kepala, baris: rekaman, pemisah, pengodean, kutip_terbuka })
}

/// `A`, `B`, …, `Z`, `AA`: the column letters a spreadsheet shows.
pub fn huruf_kolom(i: usize) -> String {
    let mut n = i + 1;
    let mut s = Vec::new();
    while n > 0 {
        s.push(char::from(b'A' + ((n - 1) % 26) as u8));
        n = (n - 1) / 26;
    }
    s.iter().rev().collect()
}

impl TabelCsv {
    /// Columns in the widest row (a data row may be longer than the header).
    pub fn jumlah_kolom(&self) -> usize {
        self.baris.iter().map(Vec::len).chain([self.kepala.len()]).max().unwrap_or(0)
    }

    /// The header text, or the column letter when the header cell is empty.
    pub fn nama_kolom(&self, i: usize) -> String {
        match self.kepala.get(i).filter(|h| !h.is_empty()) {
            Some(h) => h.clone(),
            None => huruf_kolom(i),
        }
    }

    /// A sample value of the column: the first non-empty cell among the first rows.
    pub fn contoh(&self, i: usize) -> &str {
        self.baris.iter().take(20).filter_map(|b| b.get(i)).find(|s| !s.is_empty()).map_or("", String::as_str)
    }
}

// ---------------------------------------------------------------------------------------------
// Column mapping
// ---------------------------------------------------------------------------------------------

/// A field of the register that a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Medan {
    Nip,
    Nama,
    GelarDepan,
    GelarBelakang,
    TempatLahir,
    TanggalLahir,
    TempatTanggalLahir,
    JenisKelamin,
    Status,
    Nik,
    UnitKerja,
    Golongan,
    TmtGolongan,
    Jabatan,
    JenisJabatan,
    Jenjang,
    TmtJabatan,
    Pendidikan,
    Jurusan,
    Institusi,
    TahunLulus,
}

pub const JUMLAH_MEDAN: usize = 21;

/// (field, id for the page, label id, label en, header names, fallback header names).
/// Header names are compared lowercased with everything but letters and digits removed, and
/// cut at a `(`: `Gol. Ruang` → `golruang`, `Tanggal Lahir (dd-mm-yyyy)` → `tanggallahir`.
/// A fallback is used only when no column carries one of the field's own names: `Pangkat` is
/// the golongan only in a sheet without a `Golongan` column (our own export has both).
type BarisMedan = (Medan, &'static str, &'static str, &'static str, &'static [&'static str], &'static [&'static str]);

#[rustfmt::skip]
const MEDAN: [BarisMedan; JUMLAH_MEDAN] = [
    (Medan::Nip, "nip", "NIP / NI PPPK", "NIP / NI PPPK",
        &["nip", "nipbaru", "nip18", "nipnipppk", "nipppk", "nippppk", "nipnippppk", "nomorindukpegawai", "nomorinduk"],
        &[]),
    (Medan::Nama, "nama", "Nama", "Name",
        &["nama", "namalengkap", "namapegawai", "namaasn", "namapns", "namatanpagelar"],
        &["namadengangelar", "namagelar"]),
    (Medan::GelarDepan, "gelar-depan", "Gelar depan", "Title before the name", &["gelardepan", "gelardpn"], &[]),
    (Medan::GelarBelakang, "gelar-belakang", "Gelar belakang", "Title after the name",
        &["gelarbelakang", "gelarblk", "gelarblkg"],
        &[]),
    (Medan::TempatLahir, "tempat-lahir", "Tempat lahir", "Place of birth",
        &["tempatlahir", "tmplahir", "tmptlahir", "tptlahir"],
        &[]),
    (Medan::TanggalLahir, "tanggal-lahir", "Tanggal lahir", "Date of birth",
        &["tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tgllahirddmmyyyy"],
        &[]),
    (Medan::TempatTanggalLahir, "ttl", "Tempat, tanggal lahir", "Place and date of birth",
        &["ttl", "tempattanggallahir", "tempattgllahir", "tempatdantanggallahir", "tmptgllahir", "tempattgllhr"],
        &[]),
    (Medan::JenisKelamin, "jenis-kelamin", "Jenis kelamin", "Sex",
        &["jeniskelamin", "jk", "lp", "kelamin", "sex", "gender"],
        &[]),
    (Medan::Status, "status", "Status (CPNS/PNS/PPPK)", "Status (CPNS/PNS/PPPK)",
        &["status", "statuspegawai", "statuskepegawaian", "jenispegawai", "statusasn", "jenisasn"],
        &[]),
    (Medan::Nik, "nik", "NIK", "NIK (national ID)", &["nik", "noktp", "nomorktp", "nomorindukkependudukan"], &[]),
    (Medan::UnitKerja, "unit-kerja", "Unit kerja", "Work unit",
        &["unitkerja", "unit", "satuankerja", "satker", "unitorganisasi", "unor", "subunitkerja"],
        &["bidang", "bagian"]),
    (Medan::Golongan, "golongan", "Golongan", "Grade",
        &["golongan", "gol", "golruang", "golonganruang", "pangkatgol", "pangkatgolongan", "pangkatgolruang", "pangkatgolonganruang", "golpangkat", "golterakhir", "golonganterakhir"],
        &["pangkat", "pangkatterakhir"]),
    (Medan::TmtGolongan, "tmt-golongan", "TMT golongan", "Grade effective date",
        &["tmtgolongan", "tmtgol", "tmtpangkat", "tmtpangkatgol", "tmtpangkatgolongan", "tmtgolruang", "tmtgolonganruang", "tmtpangkatgolruang"],
        &[]),
    (Medan::Jabatan, "jabatan", "Jabatan", "Position",
        &["jabatan", "namajabatan", "jabatanterakhir", "jabatansekarang"],
        &[]),
    (Medan::JenisJabatan, "jenis-jabatan", "Jenis jabatan", "Position type", &["jenisjabatan", "jenisjab"], &[]),
    (Medan::Jenjang, "jenjang", "Jenjang jabatan fungsional", "Functional level",
        &["jenjang", "jenjangjabatan", "jenjangfungsional", "jenjangjf"],
        &[]),
    (Medan::TmtJabatan, "tmt-jabatan", "TMT jabatan", "Position effective date", &["tmtjabatan", "tmtjab"], &[]),
    (Medan::Pendidikan, "pendidikan", "Pendidikan terakhir", "Highest education",
        &["pendidikanterakhir", "pendidikan", "pendterakhir", "tingkatpendidikan", "jenjangpendidikan", "ijazahterakhir"],
        &[]),
    (Medan::Jurusan, "jurusan", "Jurusan", "Major", &["jurusan", "programstudi", "prodi"], &[]),
    (Medan::Institusi, "institusi", "Institusi pendidikan", "School / university",
        &["institusi", "namasekolah", "sekolah", "universitas", "perguruantinggi", "namainstitusi"],
        &[]),
    (Medan::TahunLulus, "tahun-lulus", "Tahun lulus", "Graduation year",
        &["tahunlulus", "thnlulus", "thlulus", "lulus"],
        &[]),
];

impl Medan {
    /// Every field, in the order of the mapping table.
    pub fn semua() -> impl Iterator<Item = Medan> {
        MEDAN.iter().map(|r| r.0)
    }
    /// A stable id for the page (`tanggal-lahir`).
    pub fn kode(self) -> &'static str {
        MEDAN[self as usize].1
    }
    pub fn label_id(self) -> &'static str {
        MEDAN[self as usize].2
    }
    pub fn label_en(self) -> &'static str {
        MEDAN[self as usize].3
    }
    /// NIP and Nama; everything else is optional or read from the NIP.
    pub fn wajib(self) -> bool {
        matches!(self, Medan::Nip | Medan::Nama)
    }
}

fn kunci_kepala(h: &str) -> String {
    let h = h.split('(').next().unwrap_or("");
    h.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Which column (0-based) fills each field, if any.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Pemetaan([Option<usize>; JUMLAH_MEDAN]);

impl Pemetaan {
    /// Proposes a column for every field from the header names; a column fills one field.
    pub fn usul(kepala: &[String]) -> Pemetaan {
        let kunci: Vec<String> = kepala.iter().map(|h| kunci_kepala(h)).collect();
        let mut p = Pemetaan::default();
        for cadangan in [false, true] {
            for (m, _, _, _, nama, nama_cadangan) in MEDAN {
                let daftar = if cadangan { nama_cadangan } else { nama };
                if p.kolom(m).is_some() {
                    continue;
                }
                let bebas = (0..kunci.len()).find(|&i| daftar.contains(&kunci[i].as_str()) && !p.0.contains(&Some(i)));
                p.atur(m, bebas);
            }
        }
        p
    }
    pub fn kolom(&self, m: Medan) -> Option<usize> {
        self.0[m as usize]
    }
    pub fn atur(&mut self, m: Medan, kolom: Option<usize>) {
        self.0[m as usize] = kolom;
    }
    /// Required fields without a column: the import cannot be checked until they have one.
    pub fn kurang(&self) -> Vec<Medan> {
        Medan::semua().filter(|&m| m.wajib() && self.kolom(m).is_none()).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Cell values
// ---------------------------------------------------------------------------------------------

/// Month names and abbreviations, Indonesian and English, by their first three letters.
const BULAN: [&str; 12] =
    ["jan", "feb", "mar", "apr", "mei may", "jun", "jul", "agu ags agt aug", "sep", "okt oct", "nov", "des dec"];

/// A date as office sheets write it: `05-01-1990`, `5/1/1990`, `05.01.1990`, `1990-01-05`
/// (with or without a time after it), `5 Januari 1990`, `05-Jan-1990`, or an Excel day number
/// (5 digits, days since 30 Desember 1899). Day before month: Indonesian order. Years 1900–2100.
pub fn baca_tanggal(s: &str) -> Option<Tanggal> {
    let s = s.trim();
    let angka = |p: &str, maks: usize| -> Option<u32> {
        (!p.is_empty() && p.len() <= maks && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
    };
    if s.len() == 5 {
        if let Some(n) = angka(s, 5) {
            // Excel's day 25569 is 1 Januari 1970.
            return Some(Tanggal::dari_hari_sejak_epoch(i64::from(n) - 25_569)).filter(|t| t.tahun() >= 1900);
        }
    }
    let mut bagian = s.split([' ', '-', '/', '.', ',', 'T']).filter(|p| !p.is_empty());
    let (a, b, c) = (bagian.next()?, bagian.next()?, bagian.next()?);
    let sisa_waktu = bagian.all(|p| p.contains(':') || angka(p, 3).is_some());
    let bulan = |p: &str| -> Option<u32> {
        angka(p, 2).or_else(|| {
            let p = p.to_lowercase();
            let tiga: String = p.chars().take(3).collect();
            let ok = p.chars().count() >= 3 && p.chars().all(char::is_alphabetic);
            BULAN.iter().position(|b| ok && b.split(' ').any(|x| x == tiga)).map(|i| i as u32 + 1)
        })
    };
    let (tahun, bln, hari) = if a.len() == 4 {
        (angka(a, 4)?, bulan(b)?, angka(c, 2)?)
    } else {
        (angka(c, 4).filter(|_| c.len() == 4)?, bulan(b)?, angka(a, 2)?)
    };
    if !sisa_waktu || !(1900..=2100).contains(&tahun) || bln > 12 || hari > 31 {
        return None;
    }
    Tanggal::new(tahun as i32, bln as u8, hari as u8)
}

/// `III/b`, `III b`, `IIIb`, `III-b`, `3/b`, `Penata Muda Tingkat I, III/b`, `Penata Muda Tk. I`;
/// for PPPK `IX`, `Golongan IX`, `9`.
pub fn baca_golongan(s: &str, pppk: bool) -> Option<Golongan> {
    let s = s.trim().trim_end_matches(')').trim_end();
    if pppk {
        let akhir = s.rsplit([' ', ',', '(', '/']).next().unwrap_or(s);
        return GolonganPppk::parse(akhir)
            .or_else(|| akhir.parse::<u8>().ok().and_then(GolonganPppk::new))
            .map(Golongan::Pppk);
    }
    if let Some(g) = GolonganPns::parse(s) {
        return Some(Golongan::Pns(g));
    }
    // From the end: the ruang letter, separators, then the roman (or 1–4) group on a word start.
    let c: Vec<char> = s.chars().collect();
    let (&ruang, sebelum) = c.split_last()?;
    let ruang = ruang.to_ascii_lowercase();
    let tanpa_pemisah = sebelum.iter().rposition(|x| !matches!(x, ' ' | '/' | '-' | '.'))?;
    let sebelum = &sebelum[..=tanpa_pemisah];
    let awal = sebelum.iter().rposition(|x| !matches!(x.to_ascii_uppercase(), 'I' | 'V')).map_or(0, |i| i + 1);
    let romawi: String = sebelum[awal..].iter().map(|x| x.to_ascii_uppercase()).collect();
    let (romawi, awal) = match (romawi.is_empty(), sebelum.last()) {
        (true, Some(d @ '1'..='4')) => {
            (["I", "II", "III", "IV"][(*d as usize) - ('1' as usize)].to_string(), sebelum.len() - 1)
        }
        _ => (romawi, awal),
    };
    if (awal > 0 && sebelum[awal - 1].is_alphanumeric()) || !('a'..='e').contains(&ruang) {
        return pangkat_bernama(s);
    }
    GolonganPns::parse(&format!("{romawi}/{ruang}")).map(Golongan::Pns).or_else(|| pangkat_bernama(s))
}

/// A pangkat written by name only (`Penata Muda Tk. I`).
fn pangkat_bernama(s: &str) -> Option<Golongan> {
    let kunci = |t: &str| -> String {
        let t: String = t.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        t.replace("tingkat", "tk")
    };
    let s = kunci(s);
    GolonganPns::semua().find(|g| kunci(g.pangkat()) == s).map(Golongan::Pns)
}

fn kunci_teks(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn baca_status(s: &str) -> Option<StatusPegawai> {
    match kunci_teks(s).as_str() {
        "pns" | "pegawainegerisipil" => Some(StatusPegawai::Pns),
        "cpns" | "calonpns" | "calonpegawainegerisipil" => Some(StatusPegawai::Cpns),
        "pppk" | "p3k" | "pegawaipemerintahdenganperjanjiankerja" => Some(StatusPegawai::Pppk),
        _ => None,
    }
}

fn baca_jenis_kelamin(s: &str) -> Option<JenisKelamin> {
    match kunci_teks(s).as_str() {
        "l" | "lk" | "laki" | "lakilaki" | "pria" | "m" | "male" | "1" => Some(JenisKelamin::Pria),
        "p" | "pr" | "perempuan" | "wanita" | "w" | "f" | "female" | "2" => Some(JenisKelamin::Wanita),
        _ => None,
    }
}

fn baca_jenis_jabatan(s: &str) -> Option<JenisJabatan> {
    let k = kunci_teks(s);
    let sama = |a: &str| a.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).eq(k.chars());
    JenisJabatan::SEMUA.into_iter().find(|j| sama(j.kode()) || sama(j.label_id())).or(match k.as_str() {
        "jf" | "jft" | "fungsional" | "fungsionaltertentu" => Some(JenisJabatan::Fungsional),
        "jfu" | "fungsionalumum" | "jabatanpelaksana" => Some(JenisJabatan::Pelaksana),
        _ => None,
    })
}

/// The jenjang named as whole words in a jabatan name (`Analis SDM Aparatur Ahli Muda`).
fn jenjang_dalam(nama: &str) -> Option<JenjangFungsional> {
    let kata = format!(
        " {} ",
        nama.split(|c: char| !c.is_alphanumeric())
            .filter(|k| !k.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    );
    JenjangFungsional::semua().find(|j| kata.contains(&format!(" {} ", j.label().to_lowercase())))
}

/// `Sarjana (S1) Informatika` (our export), `S1 Ilmu Hukum`, `S-1 Hukum`, `D III Akuntansi`,
/// `SMA`, `SMK`, …: the level and the rest as the major.
fn baca_pendidikan(s: &str) -> Option<(TingkatPendidikan, String)> {
    let sisa = |t: &str| t.trim_start_matches([' ', '-', ',', '/', ':']).trim().to_string();
    let label = TingkatPendidikan::semua()
        .filter_map(|t| {
            let n = t.label().len();
            let cocok = s.get(..n).is_some_and(|a| a.eq_ignore_ascii_case(t.label()))
                && !s.get(n..).is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric() || c == '-'));
            cocok.then_some((n, t))
        })
        .max_by_key(|&(n, _)| n);
    if let Some((n, t)) = label {
        return Some((t, sisa(s.get(n..).unwrap_or(""))));
    }
    let mut kata = s.split_whitespace();
    let mut kode = kata.next()?.replace(['-', '.', '/'], "").to_uppercase();
    let mut dipakai = 1;
    if kode == "D" {
        kode.push_str(&kata.next().unwrap_or("").to_uppercase());
        dipakai = 2;
    }
    let t = match kode.as_str() {
        "SD" | "MI" => TingkatPendidikan::Sd,
        "SMP" | "SLTP" | "MTS" => TingkatPendidikan::Sltp,
        "SMA" | "SLTA" | "SMU" | "MA" => TingkatPendidikan::Slta,
        "SMK" | "STM" | "SMEA" | "SLTAKEJURUAN" => TingkatPendidikan::SltaKejuruan,
        "SLTPKEJURUAN" => TingkatPendidikan::SltpKejuruan,
        "SGPLB" => TingkatPendidikan::Sgplb,
        "D1" | "DI" => TingkatPendidikan::D1,
        "D2" | "DII" => TingkatPendidikan::D2,
        "D3" | "DIII" => TingkatPendidikan::D3,
        "D4" | "DIV" => TingkatPendidikan::D4,
        "S1" | "SARJANA" => TingkatPendidikan::S1,
        "S2" | "MAGISTER" => TingkatPendidikan::S2,
        "S3" | "DOKTOR" => TingkatPendidikan::S3,
        "PROFESI" | "DOKTER" | "APOTEKER" => TingkatPendidikan::Profesi,
        _ => return None,
    };
    Some((t, s.split_whitespace().skip(dipakai).collect::<Vec<_>>().join(" ")))
}

/// Titles that may precede a name in a "nama dengan gelar" cell.
const GELAR_DEPAN: [&str; 12] =
    ["prof.", "dr.", "drg.", "drh.", "drs.", "dra.", "ir.", "h.", "hj.", "apt.", "ns.", "kh."];

/// `Dr. Hj. Siti Rahayu, S.Kom., M.Si.` → (`Dr. Hj.`, `Siti Rahayu`, `S.Kom., M.Si.`).
fn pisah_gelar(nama: &str) -> (String, String, String) {
    let (inti, belakang) = nama.split_once(',').unwrap_or((nama, ""));
    let kata: Vec<&str> = inti.split_whitespace().collect();
    let n = kata
        .iter()
        .take_while(|k| GELAR_DEPAN.iter().any(|g| g.eq_ignore_ascii_case(k)))
        .count()
        .min(kata.len().saturating_sub(1));
    (kata[..n].join(" "), kata[n..].join(" "), belakang.trim().to_string())
}

fn rapikan(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A value quoted in a message, shortened.
fn kutip(s: &str) -> String {
    let mut t: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        t.push('…');
    }
    format!("\"{t}\"")
}

// ---------------------------------------------------------------------------------------------
// Checking the rows
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JenisMasalah {
    /// The row is not imported.
    Galat,
    /// Imported; worth a look (a NIK that disagrees with the NIP, a status read from the NIP).
    Peringatan,
    /// Not imported because the pegawai is already in the register.
    Dilewati,
}

/// One problem: spreadsheet row, column (its header text; empty when the field has no
/// column, then `medan` names it) and the reason in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MasalahBaris {
    pub baris: usize,
    pub kolom: String,
    pub medan: Option<Medan>,
    pub jenis: JenisMasalah,
    pub pesan_id: String,
    pub pesan_en: String,
}

/// The outcome of checking a file with a mapping: what "Impor" would add.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HasilPeriksa {
    /// (spreadsheet row, the new pegawai), in file order.
    pub valid: Vec<(usize, Pegawai)>,
    /// Units the valid rows name that are not in the register: created on import.
    pub unit_baru: Vec<UnitKerja>,
    /// Every problem, by row.
    pub masalah: Vec<MasalahBaris>,
    /// Rows with at least one error.
    pub jumlah_galat: usize,
    /// Rows whose NIP is already in the register.
    pub jumlah_dilewati: usize,
    /// Notes on the whole file (encoding, values read from the NIP, columns not imported).
    pub catatan: Vec<(String, String)>,
}

/// One row being checked.
struct Baris<'a> {
    tabel: &'a TabelCsv,
    peta: &'a Pemetaan,
    sel: &'a [String],
    nomor: usize,
    masalah: Vec<MasalahBaris>,
    galat: bool,
}

impl<'a> Baris<'a> {
    fn nilai(&self, m: Medan) -> &'a str {
        let sel: &'a [String] = self.sel;
        self.peta.kolom(m).and_then(|k| sel.get(k)).map_or("", String::as_str)
    }
    fn catat(&mut self, m: Medan, jenis: JenisMasalah, id: String, en: String) {
        self.galat |= jenis == JenisMasalah::Galat;
        let kolom = self.peta.kolom(m).map(|k| self.tabel.nama_kolom(k)).unwrap_or_default();
        self.masalah.push(MasalahBaris { baris: self.nomor, kolom, medan: Some(m), jenis, pesan_id: id, pesan_en: en });
    }
    fn galat(&mut self, m: Medan, id: String, en: String) {
        self.catat(m, JenisMasalah::Galat, id, en);
    }
    fn wajib(&mut self, m: Medan) {
        if self.peta.kolom(m).is_some() {
            self.galat(m, format!("{} wajib diisi.", m.label_id()), format!("{} is required.", m.label_en()));
        } else {
            self.galat(
                m,
                format!("{} wajib diisi, tetapi belum ada kolom untuknya: pilih kolomnya, atau jangan impor kolom yang memerlukannya.", m.label_id()),
                format!("{} is required, but no column is chosen for it: choose its column, or do not import the column that needs it.", m.label_en()),
            );
        }
    }
    /// A value in `m` that needs `induk`, which is empty.
    fn tanpa_induk(&mut self, m: Medan, induk: Medan) {
        if !self.nilai(m).is_empty() {
            self.galat(
                m,
                format!("{} diisi tetapi {} kosong, jadi tidak dapat disimpan.", m.label_id(), induk.label_id()),
                format!("{} is filled in but {} is empty, so it cannot be stored.", m.label_en(), induk.label_en()),
            );
        }
    }
    fn tanggal(&mut self, m: Medan, wajib: bool) -> Option<Tanggal> {
        let v = self.nilai(m);
        if v.is_empty() {
            if wajib {
                self.wajib(m);
            }
            return None;
        }
        let t = baca_tanggal(v);
        if t.is_none() {
            self.galat(
                m,
                format!(
                    "{} bukan tanggal yang dikenali; tulis misalnya 05-01-1990, 1990-01-05, atau 5 Januari 1990.",
                    kutip(v)
                ),
                format!("{} is not a recognised date; write e.g. 05-01-1990, 1990-01-05 or 5 January 1990.", kutip(v)),
            );
        }
        t
    }
    /// A TMT before the 18th birthday (the form's rule, asn-rules.md §6.1).
    fn setelah_18(&mut self, m: Medan, tmt: Option<Tanggal>, lahir: Option<Tanggal>) {
        if let (Some(t), Some(l)) = (tmt, lahir) {
            if t < l.tambah_tahun(18) {
                self.galat(
                    m,
                    format!("{} ({}) sebelum pegawai berusia 18 tahun.", m.label_id(), t.format_panjang()),
                    format!("{} ({}) is before the employee turned 18.", m.label_en(), t.format_panjang_en()),
                );
            }
        }
    }
}

/// Where a row's unit is.
enum UnitBaris {
    Ada(Id),
    /// Not in the register: (normalised key, name as written).
    Baru(String, String),
}

fn kunci_unit(nama: &str) -> String {
    rapikan(nama).to_lowercase()
}

/// The NIP layout says PPPK (digits 13–14 not a month) or, by default, PNS.
fn status_dari_nip(nip: &str) -> StatusPegawai {
    let d: Vec<u32> = nip.chars().filter_map(|c| c.to_digit(10)).collect();
    match d.get(12..14) {
        Some(&[a, b]) if d.len() == 18 && !(1..=12).contains(&(a * 10 + b)) => StatusPegawai::Pppk,
        _ => StatusPegawai::Pns,
    }
}

/// Checks every row of `tabel` under `pemetaan` against the register `d`. The valid rows become
/// pegawai (their ids and timestamps are set by [`terapkan`]: the check runs again at every
/// change of the mapping, so it mints ids only for the few new units, from `buat_id`).
pub fn periksa(
    tabel: &TabelCsv,
    pemetaan: &Pemetaan,
    d: &Dataset,
    hari_ini: Tanggal,
    buat_id: &mut dyn FnMut() -> Id,
) -> HasilPeriksa {
    let mut h = HasilPeriksa { catatan: catatan_berkas(tabel, pemetaan), ..HasilPeriksa::default() };
    // Each data row's NIP as bare digits, and how many rows carry each one.
    let nip_berkas: Vec<String> = tabel
        .baris
        .iter()
        .map(|b| pemetaan.kolom(Medan::Nip).and_then(|k| b.get(k)).map_or(String::new(), |s| digit(s)))
        .collect();
    let mut jumlah: HashMap<&str, usize> = HashMap::with_capacity(nip_berkas.len());
    for n in nip_berkas.iter().filter(|n| n.len() == 18) {
        let k = jumlah.get(n.as_str()).copied().unwrap_or(0);
        jumlah.insert(n.as_str(), k + 1);
    }
    let kt = Konteks {
        d,
        ada: nip_aktif(d),
        unit: d.unit_aktif().map(|u| (kunci_unit(&u.nama), &u.id)).collect(),
        nip_berkas: &nip_berkas,
        jumlah,
        hari_ini,
        kosong: Id::dari_byte_acak([0; 16]),
    };
    for (i, sel) in tabel.baris.iter().enumerate() {
        if sel.iter().all(String::is_empty) {
            continue;
        }
        let mut b = Baris { tabel, peta: pemetaan, sel, nomor: i + 2, masalah: Vec::new(), galat: false };
        let hasil = periksa_baris(&mut b, &kt);
        if let Some((baris, k)) = tabel.kutip_terbuka.filter(|&(baris, _)| baris == i + 2) {
            b.galat = true;
            b.masalah.push(MasalahBaris {
                baris,
                kolom: tabel.nama_kolom(k),
                medan: Medan::semua().find(|&m| pemetaan.kolom(m) == Some(k)),
                jenis: JenisMasalah::Galat,
                pesan_id: "Tanda kutip di sel ini tidak pernah ditutup: sisa berkas terbaca ke dalamnya.".into(),
                pesan_en: "The quote in this cell is never closed: the rest of the file was read into it.".into(),
            });
        }
        let dilewati = b.masalah.iter().any(|m| m.jenis == JenisMasalah::Dilewati);
        h.masalah.append(&mut b.masalah);
        if dilewati {
            h.jumlah_dilewati += 1;
            continue;
        }
        if b.galat {
            h.jumlah_galat += 1;
            continue;
        }
        let Some((mut p, unit_baris)) = hasil else { continue };
        p.unit_kerja = match unit_baris {
            None => None,
            Some(UnitBaris::Ada(id)) => Some(id),
            Some(UnitBaris::Baru(kunci, nama)) => match h.unit_baru.iter().find(|u| kunci_unit(&u.nama) == kunci) {
                Some(u) => Some(u.id.clone()),
                None => {
                    let id = buat_id();
                    let (created_at, updated_at, dihapus_pada, induk) = (Stempel(0), Stempel(0), None, None);
                    h.unit_baru.push(UnitKerja { id: id.clone(), created_at, updated_at, dihapus_pada, nama, induk });
                    Some(id)
                }
            },
        };
        for r in &mut p.riwayat_jabatan {
            r.unit_kerja = p.unit_kerja.clone();
        }
        h.valid.push((i + 2, p));
    }
    h
}

fn catatan_berkas(tabel: &TabelCsv, peta: &Pemetaan) -> Vec<(String, String)> {
    let mut c = Vec::new();
    if tabel.pengodean == Pengodean::Windows1252 {
        c.push((
            format!("Berkas ini bukan UTF-8; dibaca sebagai Windows-1252 (CSV Excel lama). Periksa huruf beraksen di pratinjau. {SIMPAN_SEBAGAI_ID}"),
            format!("This file is not UTF-8; it was read as Windows-1252 (older Excel CSV). Check accented letters in the preview. {SIMPAN_SEBAGAI_EN}"),
        ));
    }
    if let Some((n, _)) = tabel.kutip_terbuka {
        c.push((
            format!("Tanda kutip yang dibuka di baris {n} tidak pernah ditutup: sisa berkas terbaca sebagai satu sel."),
            format!("A quote opened on row {n} is never closed: the rest of the file was read as one cell."),
        ));
    }
    if peta.kolom(Medan::Status).is_none() {
        c.push((
            "Tidak ada kolom Status: pegawai dengan NI PPPK dicatat sebagai PPPK, yang lain sebagai PNS. Ubah CPNS sesudah impor.".into(),
            "No Status column: employees with a NI PPPK are recorded as PPPK, all others as PNS. Correct CPNS after the import.".into(),
        ));
    }
    let lahir = [Medan::TanggalLahir, Medan::TempatTanggalLahir].iter().all(|&m| peta.kolom(m).is_none());
    if lahir || peta.kolom(Medan::JenisKelamin).is_none() {
        c.push((
            "Tanggal lahir dan jenis kelamin yang tidak ada kolomnya diambil dari NIP (digit 1–8 dan 15).".into(),
            "Date of birth and sex, where no column holds them, are taken from the NIP (digits 1–8 and 15).".into(),
        ));
    }
    let tak_dipakai: Vec<String> =
        (0..tabel.jumlah_kolom()).filter(|&i| !peta.0.contains(&Some(i))).map(|i| tabel.nama_kolom(i)).collect();
    if !tak_dipakai.is_empty() {
        let daftar = tak_dipakai.join(", ");
        c.push((format!("Kolom yang tidak diimpor: {daftar}."), format!("Columns not imported: {daftar}.")));
    }
    c
}

/// What every row is checked against.
struct Konteks<'a> {
    d: &'a Dataset,
    /// Active pegawai by NIP → index in `d.pegawai`.
    ada: HashMap<&'a str, usize>,
    /// Active units: (name as compared, id).
    unit: Vec<(String, &'a Id)>,
    /// Each data row's NIP digits, and how many rows carry each 18-digit one.
    nip_berkas: &'a [String],
    jumlah: HashMap<&'a str, usize>,
    hari_ini: Tanggal,
    /// The id of every record until [`terapkan`] gives it a real one.
    kosong: Id,
}

fn digit(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn nip_aktif(d: &Dataset) -> HashMap<&str, usize> {
    let mut ada = HashMap::with_capacity(d.pegawai.len());
    for (i, p) in d.pegawai.iter().enumerate().filter(|(_, p)| p.aktif()) {
        ada.insert(p.nip.as_str(), i);
    }
    ada
}

fn periksa_baris(b: &mut Baris, kt: &Konteks) -> Option<(Pegawai, Option<UnitBaris>)> {
    use Medan as M;
    let hari_ini = kt.hari_ini;
    let nip_teks = b.nilai(M::Nip);

    // Status first: it says which number the NIP column holds.
    let status_teks = b.nilai(M::Status);
    let status = if status_teks.is_empty() {
        let s = status_dari_nip(nip_teks);
        if b.peta.kolom(M::Status).is_some() {
            b.catat(
                M::Status,
                JenisMasalah::Peringatan,
                format!("Status kosong; dicatat sebagai {} menurut NIP.", s.kode()),
                format!("Status is empty; recorded as {} from the NIP.", s.kode()),
            );
        }
        Some(s)
    } else {
        let s = baca_status(status_teks);
        if s.is_none() {
            b.galat(
                M::Status,
                format!("Status harus CPNS, PNS, atau PPPK, bukan {}.", kutip(status_teks)),
                format!("Status must be CPNS, PNS or PPPK, not {}.", kutip(status_teks)),
            );
        }
        s
    };
    let jenis_nomor = JenisNomorInduk::untuk_status(status.unwrap_or(StatusPegawai::Pns));

    let nip = if nip_teks.is_empty() {
        b.wajib(M::Nip);
        None
    } else if nip_teks.contains(['E', 'e']) && nip_teks.contains('+') {
        b.galat(
            M::Nip,
            format!("{} adalah angka yang sudah dibulatkan Excel; digit NIP hilang. Format kolom NIP sebagai Teks di sumbernya, lalu ekspor ulang.", kutip(nip_teks)),
            format!("{} is a number Excel has rounded; the NIP's digits are lost. Format the NIP column as Text at the source and export again.", kutip(nip_teks)),
        );
        None
    } else {
        match Nip::parse(nip_teks, jenis_nomor, hari_ini) {
            Ok(n) => Some(n),
            Err(e) => {
                b.galat(M::Nip, e.pesan_id(), e.pesan_en());
                None
            }
        }
    };
    if let Some(n) = &nip {
        if let Some(nama) = kt.ada.get(n.as_str()).and_then(|&i| kt.d.pegawai.get(i)).map(|p| &p.nama) {
            b.catat(
                M::Nip,
                JenisMasalah::Dilewati,
                format!("NIP sudah ada di register ({nama}); baris dilewati."),
                format!("NIP already in the register ({nama}); row skipped."),
            );
            return None;
        }
        if kt.jumlah.get(n.as_str()).is_some_and(|&k| k > 1) {
            let lain: Vec<String> = (kt.nip_berkas.iter().enumerate())
                .filter(|&(i, x)| x == n.as_str() && i + 2 != b.nomor)
                .map(|(i, _)| (i + 2).to_string())
                .collect();
            let lain = lain.join(", ");
            b.galat(
                M::Nip,
                format!("NIP yang sama juga ada di baris {lain}; perbaiki berkas agar setiap NIP hanya satu baris."),
                format!("The same NIP is also on row {lain}; fix the file so each NIP has one row."),
            );
        }
    }

    let mut nama = rapikan(b.nilai(M::Nama));
    let (mut gelar_depan, mut gelar_belakang) = (rapikan(b.nilai(M::GelarDepan)), rapikan(b.nilai(M::GelarBelakang)));
    if b.peta.kolom(M::GelarDepan).is_none() && b.peta.kolom(M::GelarBelakang).is_none() {
        (gelar_depan, nama, gelar_belakang) = pisah_gelar(&nama);
    }
    if nama.is_empty() {
        b.wajib(M::Nama);
    } else if nama.chars().count() > PANJANG_NAMA_MAKS {
        b.galat(
            M::Nama,
            format!("Nama paling panjang {PANJANG_NAMA_MAKS} karakter."),
            format!("Name is at most {PANJANG_NAMA_MAKS} characters."),
        );
    }

    // Tanggal lahir: its own column, else the "tempat, tanggal lahir" column, else the NIP.
    let mut tempat_lahir = rapikan(b.nilai(M::TempatLahir));
    let ttl = b.nilai(M::TempatTanggalLahir);
    let mut tanggal_lahir = b.tanggal(M::TanggalLahir, false);
    let mut medan_lahir = M::TanggalLahir;
    if b.nilai(M::TanggalLahir).is_empty() && !ttl.is_empty() {
        medan_lahir = M::TempatTanggalLahir;
        let pisah = ttl.char_indices().filter(|&(_, c)| c == ',' || c.is_whitespace()).find_map(|(i, c)| {
            let kanan = ttl.get(i + c.len_utf8()..)?;
            baca_tanggal(kanan).map(|t| (ttl.get(..i).unwrap_or("").trim().trim_end_matches(',').trim(), t))
        });
        match pisah {
            Some((tempat, t)) => {
                tanggal_lahir = Some(t);
                if tempat_lahir.is_empty() {
                    tempat_lahir = rapikan(tempat);
                }
            }
            None => b.galat(
                M::TempatTanggalLahir,
                format!(
                    "{} tidak berisi tempat dan tanggal lahir yang dikenali (misalnya \"Bandung, 26-09-1986\").",
                    kutip(ttl)
                ),
                format!(
                    "{} does not hold a recognised place and date of birth (e.g. \"Bandung, 26-09-1986\").",
                    kutip(ttl)
                ),
            ),
        }
    }
    if let (Some(t), Some(n)) = (tanggal_lahir, &nip) {
        if t != n.tanggal_lahir() {
            b.galat(
                medan_lahir,
                format!(
                    "Tanggal lahir {} tidak sama dengan NIP ({}).",
                    t.format_panjang(),
                    n.tanggal_lahir().format_panjang()
                ),
                format!(
                    "Date of birth {} does not match the NIP ({}).",
                    t.format_panjang_en(),
                    n.tanggal_lahir().format_panjang_en()
                ),
            );
        }
    }
    let tanggal_lahir = nip.as_ref().map(Nip::tanggal_lahir);

    let jk_teks = b.nilai(M::JenisKelamin);
    if !jk_teks.is_empty() {
        match (baca_jenis_kelamin(jk_teks), &nip) {
            (None, _) => b.galat(
                M::JenisKelamin,
                format!("Jenis kelamin harus L/P (laki-laki/perempuan, pria/wanita), bukan {}.", kutip(jk_teks)),
                format!("Sex must be L/P (male/female), not {}.", kutip(jk_teks)),
            ),
            (Some(j), Some(n)) if j != n.jenis_kelamin() => b.galat(
                M::JenisKelamin,
                format!(
                    "Jenis kelamin {} tidak sama dengan digit 15 NIP ({}).",
                    j.label_id().to_lowercase(),
                    n.jenis_kelamin().label_id().to_lowercase()
                ),
                format!(
                    "Sex {} does not match digit 15 of the NIP ({}).",
                    j.label_en().to_lowercase(),
                    n.jenis_kelamin().label_en().to_lowercase()
                ),
            ),
            _ => {}
        }
    }

    let nik_teks = b.nilai(M::Nik);
    let nik = if nik_teks.is_empty() {
        None
    } else {
        match Nik::parse(nik_teks) {
            Ok(k) => {
                for w in nip.as_ref().map(|n| periksa_nik_terhadap_nip(&k, n)).unwrap_or_default() {
                    b.catat(M::Nik, JenisMasalah::Peringatan, w.pesan_id(), w.pesan_en());
                }
                Some(k)
            }
            Err(e) => {
                b.galat(M::Nik, e.pesan_id(), e.pesan_en());
                None
            }
        }
    };

    let unit_teks = rapikan(b.nilai(M::UnitKerja));
    let unit_baris = if unit_teks.is_empty() {
        None
    } else {
        let kunci = kunci_unit(&unit_teks);
        let cocok: Vec<&Id> = kt.unit.iter().filter(|(k, _)| *k == kunci).map(|&(_, id)| id).collect();
        match cocok.as_slice() {
            [] => Some(UnitBaris::Baru(kunci, unit_teks)),
            [id] => Some(UnitBaris::Ada((*id).clone())),
            banyak => {
                b.galat(
                    M::UnitKerja,
                    format!(
                        "Ada {} unit kerja bernama {}; ganti nama salah satunya di halaman Unit kerja lebih dulu.",
                        banyak.len(),
                        kutip(&unit_teks)
                    ),
                    format!(
                        "{} work units are named {}; rename one of them on the Work units page first.",
                        banyak.len(),
                        kutip(&unit_teks)
                    ),
                );
                None
            }
        }
    };

    let pppk = status == Some(StatusPegawai::Pppk);
    let mut riwayat_pangkat = Vec::new();
    let golongan_teks = b.nilai(M::Golongan);
    if golongan_teks.is_empty() {
        b.tanpa_induk(M::TmtGolongan, M::Golongan);
    } else {
        let g = baca_golongan(golongan_teks, pppk);
        if g.is_none() {
            let (id, en) = if pppk {
                ("Golongan PPPK harus I sampai XVII", "A PPPK grade is I to XVII")
            } else {
                ("Golongan ruang PNS harus I/a sampai IV/e", "A PNS grade is I/a to IV/e")
            };
            b.galat(
                M::Golongan,
                format!("{id}, bukan {}.", kutip(golongan_teks)),
                format!("{en}, not {}.", kutip(golongan_teks)),
            );
        }
        let tmt = b.tanggal(M::TmtGolongan, true);
        b.setelah_18(M::TmtGolongan, tmt, tanggal_lahir);
        if let (Some(golongan), Some(tmt)) = (g, tmt) {
            // The sheet does not say how the golongan was reached: appointment when it is the
            // CPNS/PPPK one, otherwise "Lainnya" rather than a guess.
            let jenis_kenaikan = match status {
                Some(StatusPegawai::Pppk) => JenisKenaikanPangkat::PengangkatanPppk,
                Some(StatusPegawai::Cpns) => JenisKenaikanPangkat::PengangkatanCpns,
                _ if nip.as_ref().and_then(Nip::tmt_cpns) == Some(tmt) => JenisKenaikanPangkat::PengangkatanCpns,
                _ => JenisKenaikanPangkat::Lainnya,
            };
            riwayat_pangkat.push(RiwayatPangkat {
                id: kt.kosong.clone(),
                golongan,
                tmt,
                nomor_sk: String::new(),
                tanggal_sk: None,
                jenis_kenaikan,
            });
        }
    }

    let mut riwayat_jabatan = Vec::new();
    let jabatan = rapikan(b.nilai(M::Jabatan));
    if jabatan.is_empty() {
        for m in [M::JenisJabatan, M::Jenjang, M::TmtJabatan] {
            b.tanpa_induk(m, M::Jabatan);
        }
    } else {
        let jenjang_teks = b.nilai(M::Jenjang);
        let jenjang = if jenjang_teks.is_empty() {
            jenjang_dalam(&jabatan)
        } else {
            let j = JenjangFungsional::parse(jenjang_teks);
            if j.is_none() {
                b.galat(
                    M::Jenjang,
                    format!("Jenjang {} tidak dikenal (Pemula, Terampil, Mahir, Penyelia, Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama).", kutip(jenjang_teks)),
                    format!("Level {} is unknown (Pemula, Terampil, Mahir, Penyelia, Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama).", kutip(jenjang_teks)),
                );
            }
            j
        };
        let jenis_teks = b.nilai(M::JenisJabatan);
        let jenis = if !jenis_teks.is_empty() {
            let j = baca_jenis_jabatan(jenis_teks);
            if j.is_none() {
                b.galat(
                    M::JenisJabatan,
                    format!("Jenis jabatan {} tidak dikenal (JPT Utama/Madya/Pratama, Administrator, Pengawas, Fungsional, Pelaksana).", kutip(jenis_teks)),
                    format!("Position type {} is unknown (JPT Utama/Madya/Pratama, Administrator, Pengawas, Fungsional, Pelaksana).", kutip(jenis_teks)),
                );
            }
            j
        } else if jenjang.is_some() {
            Some(JenisJabatan::Fungsional)
        } else {
            b.galat(
                M::JenisJabatan,
                "Jenis jabatan wajib diisi bila jabatan diisi (kecuali jabatan fungsional yang namanya memuat jenjang, mis. \"Analis SDM Aparatur Ahli Muda\").".into(),
                "Position type is required when a position is given (except a functional position whose name includes its level, e.g. \"Analis SDM Aparatur Ahli Muda\").".into(),
            );
            None
        };
        let fungsional = jenis == Some(JenisJabatan::Fungsional);
        if fungsional && jenjang.is_none() && jenjang_teks.is_empty() {
            b.galat(
                M::Jenjang,
                "Jenjang wajib diketahui untuk jabatan fungsional: isi kolom jenjang atau tulis jenjang di nama jabatan.".into(),
                "A functional position needs its level: fill in a level column or write it in the position name.".into(),
            );
        }
        let tmt = b.tanggal(M::TmtJabatan, true);
        b.setelah_18(M::TmtJabatan, tmt, tanggal_lahir);
        if let (Some(jenis), Some(tmt)) = (jenis, tmt) {
            let jenjang = jenjang.filter(|_| fungsional);
            // The name without a trailing jenjang, as the form keeps it (`nama_lengkap` adds it).
            let mut nama_jabatan = jabatan.clone();
            if let Some(label) = jenjang.map(JenjangFungsional::label) {
                let potong = nama_jabatan.len().saturating_sub(label.len());
                let sisa = nama_jabatan.get(..potong).unwrap_or("").trim_end();
                if nama_jabatan.get(potong..).is_some_and(|t| t.eq_ignore_ascii_case(label)) && !sisa.is_empty() {
                    nama_jabatan = sisa.to_string();
                }
            }
            riwayat_jabatan.push(RiwayatJabatan {
                id: kt.kosong.clone(),
                jenis,
                nama: nama_jabatan,
                jenjang,
                unit_kerja: None,
                tmt,
                nomor_sk: String::new(),
                tanggal_sk: None,
            });
        }
    }

    let mut riwayat_pendidikan = Vec::new();
    let pendidikan_teks = b.nilai(M::Pendidikan);
    if pendidikan_teks.is_empty() {
        for m in [M::Jurusan, M::Institusi, M::TahunLulus] {
            b.tanpa_induk(m, M::Pendidikan);
        }
    } else {
        let p = baca_pendidikan(pendidikan_teks);
        if p.is_none() {
            b.galat(
                M::Pendidikan,
                format!(
                    "Tingkat pendidikan {} tidak dikenal (mis. SD, SMP, SMA, SMK, D3, D4, S1, S2, S3).",
                    kutip(pendidikan_teks)
                ),
                format!(
                    "Education level {} is unknown (e.g. SD, SMP, SMA, SMK, D3, D4, S1, S2, S3).",
                    kutip(pendidikan_teks)
                ),
            );
        }
        let tahun_teks = b.nilai(M::TahunLulus);
        let tahun = tahun_teks.parse::<i32>().ok().filter(|t| (1940..=hari_ini.tahun()).contains(t));
        if tahun_teks.is_empty() {
            b.wajib(M::TahunLulus);
        } else if tahun.is_none() {
            b.galat(
                M::TahunLulus,
                format!("Tahun lulus harus angka 1940–{}, bukan {}.", hari_ini.tahun(), kutip(tahun_teks)),
                format!("Graduation year must be a number 1940–{}, not {}.", hari_ini.tahun(), kutip(tahun_teks)),
            );
        }
        if let (Some((tingkat, jurusan)), Some(tahun_lulus)) = (p, tahun) {
            let kolom_jurusan = rapikan(b.nilai(M::Jurusan));
            riwayat_pendidikan.push(RiwayatPendidikan {
                id: kt.kosong.clone(),
                tingkat,
                jurusan: if kolom_jurusan.is_empty() { jurusan } else { kolom_jurusan },
                institusi: rapikan(b.nilai(M::Institusi)),
                tahun_lulus,
            });
        }
    }

    if b.galat {
        return None;
    }
    let nip = nip?;
    Some((
        Pegawai {
            id: kt.kosong.clone(),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            nik,
            nama,
            gelar_depan,
            gelar_belakang,
            tempat_lahir,
            tanggal_lahir: nip.tanggal_lahir(),
            jenis_kelamin: nip.jenis_kelamin(),
            status: status?,
            nip,
            unit_kerja: None,
            riwayat_pangkat,
            riwayat_jabatan,
            riwayat_pendidikan,
        },
        unit_baris,
    ))
}

// ---------------------------------------------------------------------------------------------
// Applying
// ---------------------------------------------------------------------------------------------

/// The register with the valid rows added (and the new units they name), stamped `sekarang`,
/// every new record with a fresh id from `buat_id`;
/// the collections changed; and how many pegawai were added. A NIP that reached the register
/// since the check (another tab) is skipped here too, so nothing is ever duplicated.
pub fn terapkan(
    d: &Dataset,
    hasil: &HasilPeriksa,
    sekarang: Stempel,
    buat_id: &mut dyn FnMut() -> Id,
) -> (Dataset, Vec<Koleksi>, usize) {
    let mut baru = d.clone();
    let mut ada = nip_aktif(d);
    let mut ditambah = 0;
    for (_, p) in &hasil.valid {
        if ada.insert(p.nip.as_str(), usize::MAX).is_none() {
            let mut p = Pegawai { id: buat_id(), created_at: sekarang, updated_at: sekarang, ..p.clone() };
            p.riwayat_pangkat.iter_mut().for_each(|r| r.id = buat_id());
            p.riwayat_jabatan.iter_mut().for_each(|r| r.id = buat_id());
            p.riwayat_pendidikan.iter_mut().for_each(|r| r.id = buat_id());
            baru.pegawai.push(p);
            ditambah += 1;
        }
    }
    let tambahan = &baru.pegawai[d.pegawai.len()..];
    let unit: Vec<UnitKerja> = hasil
        .unit_baru
        .iter()
        .filter(|u| tambahan.iter().any(|p| p.unit_kerja.as_ref() == Some(&u.id)))
        .map(|u| UnitKerja { created_at: sekarang, updated_at: sekarang, ..u.clone() })
        .collect();
    let mut koleksi = Vec::new();
    if ditambah > 0 {
        koleksi.push(Koleksi::Pegawai);
    }
    if !unit.is_empty() {
        baru.unit_kerja.extend(unit);
        koleksi.push(Koleksi::UnitKerja);
    }
    (baru, koleksi, ditambah)
}
