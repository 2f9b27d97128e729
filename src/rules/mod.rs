//! Regulation tables as data. Each table carries the date it is in force from
//! (`berlaku_sejak`) and its legal source (`sumber`), because these rules change
//! (KP periods went 2 → 6 → 12 a year in two years) and every verdict must be able to cite
//! the row it used. Items the reference marks UNCONFIRMED say so in `catatan` and, where the
//! app lets the user change them, are copied into the dataset as editable settings.

pub mod berakhlak;
pub mod bup;
pub mod duk;
pub mod jabatan;
pub mod kinerja;
pub mod pangkat;
pub mod pendidikan;
pub mod penilai;

use crate::domain::tanggal::Tanggal;

/// Where a table comes from and since when it applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sumber {
    /// The date the rule is in force from.
    pub berlaku_sejak: Tanggal,
    /// The regulation, as an HR officer would cite it.
    pub sumber: &'static str,
    /// `Some` when the reference could not confirm the values (they are then editable data).
    pub belum_terkonfirmasi: Option<Catatan>,
}

/// A note in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Catatan {
    pub id: &'static str,
    pub en: &'static str,
}

/// `Tanggal` for a table's effective date; the tables are constants checked by tests.
pub(crate) const fn tgl(tahun: i32, bulan: u8, hari: u8) -> Tanggal {
    match Tanggal::new_const(tahun, bulan, hari) {
        Some(t) => t,
        None => panic!("tanggal aturan tidak valid"),
    }
}

/// Every table with its name, for the "Aturan" page that shows what the app applies and why.
pub fn semua_sumber() -> Vec<(Catatan, Sumber)> {
    let c = |id, en| Catatan { id, en };
    vec![
        (c("Pangkat dan golongan ruang PNS", "PNS ranks and grades"), pangkat::SUMBER_PANGKAT_PNS),
        (c("Golongan PPPK", "PPPK grades"), pangkat::SUMBER_GOLONGAN_PPPK),
        (c("Jenis dan jenjang jabatan", "Position types and levels"), jabatan::SUMBER_JABATAN),
        (
            c("Pendidikan: golongan awal dan tertinggi KP reguler", "Education: entry grade and highest regular grade"),
            pendidikan::SUMBER_PENDIDIKAN,
        ),
        (c("Batas Usia Pensiun (BUP)", "Retirement age (BUP)"), bup::SUMBER_BUP),
        (c("BUP per jenjang jabatan fungsional", "Retirement age per functional level"), bup::SUMBER_BUP_JF),
        (c("TMT pensiun", "Retirement date"), bup::SUMBER_TMT_PENSIUN),
        (c("Urutan Daftar Urut Kepangkatan (DUK)", "Seniority list (DUK) ordering"), duk::SUMBER_DUK),
        (
            c("Nilai dasar BerAKHLAK dan panduan perilaku", "BerAKHLAK core values and behaviour guides"),
            berakhlak::SUMBER_BERAKHLAK,
        ),
        (
            c("Predikat kinerja pegawai (kuadran kinerja)", "Employee performance rating matrix"),
            kinerja::SUMBER_MATRIKS,
        ),
        (c("Pola distribusi predikat kinerja", "Performance rating distribution patterns"), kinerja::SUMBER_DISTRIBUSI),
        (
            c("Konversi predikat ke angka kredit", "Credit points from the performance rating"),
            kinerja::SUMBER_ANGKA_KREDIT,
        ),
        (c("Pejabat penilai kinerja", "Who appraises whom"), penilai::SUMBER_PENILAI),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_table_cites_a_source_and_date() {
        for (nama, s) in super::semua_sumber() {
            assert!(!s.sumber.trim().is_empty(), "{} tanpa sumber", nama.id);
            assert!(!nama.en.is_empty() && s.belum_terkonfirmasi.is_none_or(|c| !c.en.is_empty()));
            assert!(s.berlaku_sejak.tahun() >= 1979, "{}: {}", nama.id, s.berlaku_sejak);
        }
    }
}
