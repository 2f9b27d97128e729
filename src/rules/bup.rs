//! Batas Usia Pensiun (UU 20/2023 Pasal 55) and the date a pension starts.

use super::jabatan::{JenisJabatan, JenjangFungsional};
use super::{tgl, Catatan, Sumber};
use serde::{Deserialize, Serialize};

pub const SUMBER_BUP: Sumber = Sumber {
    berlaku_sejak: tgl(2023, 10, 31),
    sumber: "UU 20/2023 tentang ASN, Pasal 55: JPT 60 tahun; Administrator, Pengawas dan Pelaksana 58 tahun; Jabatan Fungsional sesuai peraturan jabatan fungsionalnya",
    belum_terkonfirmasi: None,
};

pub const SUMBER_BUP_JF: Sumber = Sumber {
    berlaku_sejak: tgl(2023, 10, 31),
    sumber: "Peraturan masing-masing jabatan fungsional (nilai umum: Ahli Utama 65, Ahli Madya 60, lainnya 58)",
    belum_terkonfirmasi: Some(Catatan {
        id: "nilai per jenjang JF belum dipastikan; dapat diubah di halaman Aturan",
        en: "values per functional level not yet confirmed; editable on the Rules page",
    }),
};

pub const SUMBER_TMT_PENSIUN: Sumber = Sumber {
    berlaku_sejak: tgl(2023, 10, 31),
    sumber: "Praktik pemberhentian dengan hak pensiun: TMT pensiun = tanggal 1 bulan berikutnya setelah mencapai BUP",
    belum_terkonfirmasi: Some(Catatan {
        id: "aturan perhitungan TMT pensiun belum dipastikan dari teks resmi",
        en: "how the retirement date is computed is not yet confirmed from the official text",
    }),
};

/// BUP of a jenis jabatan other than fungsional (UU 20/2023 Pasal 55).
pub fn bup_struktural(jenis: JenisJabatan) -> Option<u8> {
    match jenis {
        JenisJabatan::JptUtama | JenisJabatan::JptMadya | JenisJabatan::JptPratama => Some(60),
        JenisJabatan::Administrator | JenisJabatan::Pengawas | JenisJabatan::Pelaksana => Some(58),
        JenisJabatan::Fungsional => None,
    }
}

/// BUP per jenjang jabatan fungsional. UNCONFIRMED, so it lives in the dataset and the user
/// can change it; [`TabelBupFungsional::default`] holds the commonly cited values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TabelBupFungsional {
    pub baris: Vec<BarisBupFungsional>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarisBupFungsional {
    pub jenjang: JenjangFungsional,
    pub usia: u8,
}

impl Default for TabelBupFungsional {
    fn default() -> Self {
        let baris = JenjangFungsional::semua()
            .map(|jenjang| BarisBupFungsional {
                jenjang,
                usia: match jenjang {
                    JenjangFungsional::AhliUtama => 65,
                    JenjangFungsional::AhliMadya => 60,
                    _ => 58,
                },
            })
            .collect();
        TabelBupFungsional { baris }
    }
}

impl TabelBupFungsional {
    /// The BUP for a jenjang; a jenjang missing from an edited table falls back to 58,
    /// the BUP of the other nonmanajerial jabatan (Pelaksana).
    pub fn usia(&self, jenjang: JenjangFungsional) -> u8 {
        self.baris.iter().find(|b| b.jenjang == jenjang).map_or(58, |b| b.usia)
    }

    pub fn ubah(&mut self, jenjang: JenjangFungsional, usia: u8) {
        match self.baris.iter_mut().find(|b| b.jenjang == jenjang) {
            Some(b) => b.usia = usia,
            None => self.baris.push(BarisBupFungsional { jenjang, usia }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // UU 20/2023 Pasal 55: JPT 60; Administrator, Pengawas, Pelaksana 58.
    #[test]
    fn bup_per_jenis_jabatan() {
        assert_eq!(bup_struktural(JenisJabatan::JptUtama), Some(60));
        assert_eq!(bup_struktural(JenisJabatan::JptPratama), Some(60));
        assert_eq!(bup_struktural(JenisJabatan::Administrator), Some(58));
        assert_eq!(bup_struktural(JenisJabatan::Pengawas), Some(58));
        assert_eq!(bup_struktural(JenisJabatan::Pelaksana), Some(58));
        assert_eq!(bup_struktural(JenisJabatan::Fungsional), None);
    }

    // Commonly cited JF values (UNCONFIRMED): Ahli Utama 65, Ahli Madya 60, others 58; editable.
    #[test]
    fn jf_defaults_and_edit() {
        let mut t = TabelBupFungsional::default();
        assert_eq!(t.usia(JenjangFungsional::AhliUtama), 65);
        assert_eq!(t.usia(JenjangFungsional::AhliMadya), 60);
        assert_eq!(t.usia(JenjangFungsional::AhliMuda), 58);
        assert_eq!(t.usia(JenjangFungsional::Penyelia), 58);
        t.ubah(JenjangFungsional::AhliMuda, 60);
        assert_eq!(t.usia(JenjangFungsional::AhliMuda), 60);
        t.baris.clear();
        assert_eq!(t.usia(JenjangFungsional::AhliUtama), 58);
    }
}
