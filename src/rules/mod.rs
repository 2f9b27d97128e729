//! Regulation tables as data. Each table carries the date it is in force from
//! (`berlaku_sejak`) and its legal source (`sumber`), because these rules change
//! (KP periods went 2 → 6 → 12 a year in two years) and every verdict must be able to cite
//! the row it used. Items the reference marks UNCONFIRMED say so in `catatan` and, where the
//! app lets the user change them, are copied into the dataset as editable settings.

pub mod bup;
pub mod duk;
pub mod jabatan;
pub mod pangkat;
pub mod pendidikan;

use crate::domain::tanggal::Tanggal;

/// Where a table comes from and since when it applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sumber {
    /// The date the rule is in force from.
    pub berlaku_sejak: Tanggal,
    /// The regulation, as an HR officer would cite it.
    pub sumber: &'static str,
    /// `Some` when the reference could not confirm the values (they are then editable data).
    pub belum_terkonfirmasi: Option<&'static str>,
}

/// `Tanggal` for a table's effective date; the tables are constants checked by tests.
pub(crate) const fn tgl(tahun: i32, bulan: u8, hari: u8) -> Tanggal {
    match Tanggal::new_const(tahun, bulan, hari) {
        Some(t) => t,
        None => panic!("tanggal aturan tidak valid"),
    }
}

/// Every table, for the "Aturan" page that shows what the app applies and why.
pub fn semua_sumber() -> Vec<(&'static str, Sumber)> {
    vec![
        ("Pangkat dan golongan ruang PNS", pangkat::SUMBER_PANGKAT_PNS),
        ("Golongan PPPK", pangkat::SUMBER_GOLONGAN_PPPK),
        ("Jenis dan jenjang jabatan", jabatan::SUMBER_JABATAN),
        ("Pendidikan: golongan awal dan tertinggi KP reguler", pendidikan::SUMBER_PENDIDIKAN),
        ("Batas Usia Pensiun (BUP)", bup::SUMBER_BUP),
        ("BUP per jenjang jabatan fungsional", bup::SUMBER_BUP_JF),
        ("TMT pensiun", bup::SUMBER_TMT_PENSIUN),
        ("Urutan Daftar Urut Kepangkatan (DUK)", duk::SUMBER_DUK),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_table_cites_a_source_and_date() {
        for (nama, s) in super::semua_sumber() {
            assert!(!s.sumber.trim().is_empty(), "{nama} tanpa sumber");
            assert!(s.berlaku_sejak.tahun() >= 1979, "{nama}: {}", s.berlaku_sejak);
        }
    }
}
