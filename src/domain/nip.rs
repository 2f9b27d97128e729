//! NIP (PNS, 18 digits), NI PPPK (18 digits) and NIK (16 digits) — asn-rules.md §6.
//! STUB: the bodies are being written; the API is fixed.

use super::pegawai::{JenisKelamin, StatusPegawai};
use super::tanggal::Tanggal;
use serde::{Deserialize, Serialize};

/// Which layout an 18-digit number follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JenisNomorInduk {
    /// `YYYYMMDD YYYYMM G NNN` (Peraturan Kepala BKN 22/2007 & 43/2007).
    Nip,
    /// `YYYYMMDD YYYY KK G NNN`.
    NiPppk,
}

impl JenisNomorInduk {
    pub fn untuk_status(status: StatusPegawai) -> JenisNomorInduk {
        if status.pppk() { JenisNomorInduk::NiPppk } else { JenisNomorInduk::Nip }
    }
}

/// A validated NIP or NI PPPK, stored as its 18 digits.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nip(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NipError {
    Kosong,
}

impl NipError {
    pub fn pesan_id(&self) -> String { todo!() }
    pub fn pesan_en(&self) -> String { todo!() }
}

impl Nip {
    pub fn parse(_input: &str, _jenis: JenisNomorInduk, _hari_ini: Tanggal) -> Result<Nip, NipError> { todo!() }
    pub fn jenis(&self) -> JenisNomorInduk { todo!() }
    pub fn as_str(&self) -> &str { &self.0 }
    pub fn tampil(&self) -> String { todo!() }
    pub fn tanggal_lahir(&self) -> Tanggal { todo!() }
    pub fn jenis_kelamin(&self) -> JenisKelamin { todo!() }
    pub fn tmt_cpns(&self) -> Option<Tanggal> { todo!() }
    pub fn nomor_urut(&self) -> u16 { todo!() }
}

impl TryFrom<String> for Nip {
    type Error = String;
    fn try_from(_s: String) -> Result<Self, String> { todo!() }
}
impl From<Nip> for String {
    fn from(n: Nip) -> String { n.0 }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nik(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NikError {
    Kosong,
}
impl NikError {
    pub fn pesan_id(&self) -> String { todo!() }
    pub fn pesan_en(&self) -> String { todo!() }
}

impl Nik {
    pub fn parse(_input: &str) -> Result<Nik, NikError> { todo!() }
    pub fn as_str(&self) -> &str { &self.0 }
}
impl TryFrom<String> for Nik {
    type Error = String;
    fn try_from(_s: String) -> Result<Self, String> { todo!() }
}
impl From<Nik> for String {
    fn from(n: Nik) -> String { n.0 }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeringatanNik {
    TanggalLahirBerbeda,
}
impl PeringatanNik {
    pub fn pesan_id(&self) -> String { todo!() }
    pub fn pesan_en(&self) -> String { todo!() }
}

pub fn periksa_nik_terhadap_nip(_nik: &Nik, _nip: &Nip) -> Vec<PeringatanNik> { todo!() }
