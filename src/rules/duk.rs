//! The ordering criteria of the Daftar Urut Kepangkatan (PP 15/1979 tentang DUK PNS).

use super::{tgl, Catatan, Sumber};

pub const SUMBER_DUK: Sumber = Sumber {
    berlaku_sejak: tgl(1979, 4, 30),
    sumber: "PP 15/1979 tentang Daftar Urut Kepangkatan PNS: berturut-turut pangkat, jabatan, masa kerja, latihan jabatan, pendidikan, usia",
    belum_terkonfirmasi: Some(Catatan {
        id: "nomor pasal per kriteria belum dipastikan; kriteria latihan jabatan belum diterapkan karena riwayat diklat belum dicatat",
        en: "article numbers per criterion not yet confirmed; the training criterion is not applied until training records exist",
    }),
};

/// One step of the DUK ordering, applied only when every step before it is equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KriteriaDuk {
    /// Higher golongan ruang first.
    Pangkat,
    /// Same golongan: the one appointed to it earlier (earlier TMT golongan) first.
    TmtPangkat,
    /// Higher jabatan (by jenis jabatan) first.
    Jabatan,
    /// Longer masa kerja (earlier TMT CPNS) first.
    MasaKerja,
    /// Higher pendidikan first.
    Pendidikan,
    /// Older first (earlier tanggal lahir).
    Usia,
}

/// The criteria in order. Latihan jabatan (between masa kerja and pendidikan in PP 15/1979)
/// is left out until training records exist; the DUK page says so.
pub const URUTAN_DUK: [KriteriaDuk; 6] = [
    KriteriaDuk::Pangkat,
    KriteriaDuk::TmtPangkat,
    KriteriaDuk::Jabatan,
    KriteriaDuk::MasaKerja,
    KriteriaDuk::Pendidikan,
    KriteriaDuk::Usia,
];

impl KriteriaDuk {
    pub fn label_id(self) -> &'static str {
        match self {
            KriteriaDuk::Pangkat => "golongan ruang lebih tinggi",
            KriteriaDuk::TmtPangkat => "TMT golongan lebih dahulu",
            KriteriaDuk::Jabatan => "jabatan lebih tinggi",
            KriteriaDuk::MasaKerja => "masa kerja lebih lama",
            KriteriaDuk::Pendidikan => "pendidikan lebih tinggi",
            KriteriaDuk::Usia => "usia lebih tua",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            KriteriaDuk::Pangkat => "higher grade",
            KriteriaDuk::TmtPangkat => "earlier grade effective date",
            KriteriaDuk::Jabatan => "higher position",
            KriteriaDuk::MasaKerja => "longer service",
            KriteriaDuk::Pendidikan => "higher education",
            KriteriaDuk::Usia => "older",
        }
    }
}
