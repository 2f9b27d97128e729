//! Jenis and jenjang jabatan (UU 20/2023; PP 11/2017 jo. PP 17/2020; PermenPANRB 1/2023).

use super::pangkat::GolonganPns;
use super::{tgl, Catatan, Sumber};
use serde::{Deserialize, Serialize};

pub const SUMBER_JABATAN: Sumber = Sumber {
    berlaku_sejak: tgl(2023, 10, 31),
    sumber: "UU 20/2023 tentang ASN; PP 11/2017 jo. PP 17/2020; PermenPANRB 1/2023 tentang Jabatan Fungsional",
    belum_terkonfirmasi: Some(Catatan {
        id: "rentang golongan jenjang keterampilan belum dipastikan",
        en: "grade ranges of the skilled (keterampilan) levels not yet confirmed",
    }),
};

/// Jenis jabatan. The order is the order of seniority used by the DUK (highest first is
/// `JptUtama`), with jabatan fungsional and pelaksana after the managerial posts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JenisJabatan {
    JptUtama,
    JptMadya,
    JptPratama,
    Administrator,
    Pengawas,
    Fungsional,
    Pelaksana,
}

impl JenisJabatan {
    pub const SEMUA: [JenisJabatan; 7] = [
        JenisJabatan::JptUtama,
        JenisJabatan::JptMadya,
        JenisJabatan::JptPratama,
        JenisJabatan::Administrator,
        JenisJabatan::Pengawas,
        JenisJabatan::Fungsional,
        JenisJabatan::Pelaksana,
    ];
    pub fn label_id(self) -> &'static str {
        match self {
            JenisJabatan::JptUtama => "JPT Utama",
            JenisJabatan::JptMadya => "JPT Madya",
            JenisJabatan::JptPratama => "JPT Pratama",
            JenisJabatan::Administrator => "Administrator",
            JenisJabatan::Pengawas => "Pengawas",
            JenisJabatan::Fungsional => "Jabatan Fungsional",
            JenisJabatan::Pelaksana => "Pelaksana",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            JenisJabatan::JptUtama => "Senior executive (Utama)",
            JenisJabatan::JptMadya => "Senior executive (Madya)",
            JenisJabatan::JptPratama => "Senior executive (Pratama)",
            JenisJabatan::Administrator => "Administrator",
            JenisJabatan::Pengawas => "Supervisor",
            JenisJabatan::Fungsional => "Functional position",
            JenisJabatan::Pelaksana => "Executor (Pelaksana)",
        }
    }
    pub fn kode(self) -> &'static str {
        match self {
            JenisJabatan::JptUtama => "jpt-utama",
            JenisJabatan::JptMadya => "jpt-madya",
            JenisJabatan::JptPratama => "jpt-pratama",
            JenisJabatan::Administrator => "administrator",
            JenisJabatan::Pengawas => "pengawas",
            JenisJabatan::Fungsional => "fungsional",
            JenisJabatan::Pelaksana => "pelaksana",
        }
    }
    pub fn parse(s: &str) -> Option<JenisJabatan> {
        let s = s.trim();
        Self::SEMUA.into_iter().find(|j| j.kode().eq_ignore_ascii_case(s) || j.label_id().eq_ignore_ascii_case(s))
    }
    pub fn manajerial(self) -> bool {
        self < JenisJabatan::Fungsional
    }
}

/// Kategori of a jabatan fungsional.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KategoriFungsional {
    Keahlian,
    Keterampilan,
}

/// Jenjang of a jabatan fungsional.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JenjangFungsional {
    Pemula,
    Terampil,
    Mahir,
    Penyelia,
    AhliPertama,
    AhliMuda,
    AhliMadya,
    AhliUtama,
}

/// (jenjang, label, kategori, lowest golongan, highest golongan) — PermenPANRB 1/2023; the
/// keahlian ranges are confirmed by a BKN slide, the keterampilan ranges are UNCONFIRMED.
const JENJANG: [(JenjangFungsional, &str, KategoriFungsional, GolonganPns, GolonganPns); 8] = [
    (JenjangFungsional::Pemula, "Pemula", KategoriFungsional::Keterampilan, GolonganPns::IIA, GolonganPns::IIA),
    (JenjangFungsional::Terampil, "Terampil", KategoriFungsional::Keterampilan, GolonganPns::IIB, GolonganPns::IID),
    (JenjangFungsional::Mahir, "Mahir", KategoriFungsional::Keterampilan, GolonganPns::IIIA, GolonganPns::IIIB),
    (JenjangFungsional::Penyelia, "Penyelia", KategoriFungsional::Keterampilan, GolonganPns::IIIC, GolonganPns::IIID),
    (
        JenjangFungsional::AhliPertama,
        "Ahli Pertama",
        KategoriFungsional::Keahlian,
        GolonganPns::IIIA,
        GolonganPns::IIIB,
    ),
    (JenjangFungsional::AhliMuda, "Ahli Muda", KategoriFungsional::Keahlian, GolonganPns::IIIC, GolonganPns::IIID),
    (JenjangFungsional::AhliMadya, "Ahli Madya", KategoriFungsional::Keahlian, GolonganPns::IVA, GolonganPns::IVC),
    (JenjangFungsional::AhliUtama, "Ahli Utama", KategoriFungsional::Keahlian, GolonganPns::IVD, GolonganPns::IVE),
];

impl JenjangFungsional {
    pub fn semua() -> impl Iterator<Item = JenjangFungsional> {
        JENJANG.iter().map(|r| r.0)
    }
    fn baris(self) -> &'static (JenjangFungsional, &'static str, KategoriFungsional, GolonganPns, GolonganPns) {
        &JENJANG[self as usize]
    }
    pub fn label(self) -> &'static str {
        self.baris().1
    }
    pub fn kategori(self) -> KategoriFungsional {
        self.baris().2
    }
    /// The golongan range of the jenjang (lowest, highest).
    pub fn rentang_golongan(self) -> (GolonganPns, GolonganPns) {
        (self.baris().3, self.baris().4)
    }
    pub fn parse(s: &str) -> Option<JenjangFungsional> {
        let s = s.trim();
        JENJANG.iter().find(|r| r.1.eq_ignore_ascii_case(s)).map(|r| r.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // PermenPANRB 1/2023 (via BKN slide): Ahli Pertama III/a–III/b … Ahli Utama IV/d–IV/e.
    #[test]
    fn keahlian_ranges() {
        assert_eq!(JenjangFungsional::AhliPertama.rentang_golongan(), (GolonganPns::IIIA, GolonganPns::IIIB));
        assert_eq!(JenjangFungsional::AhliMuda.rentang_golongan(), (GolonganPns::IIIC, GolonganPns::IIID));
        assert_eq!(JenjangFungsional::AhliMadya.rentang_golongan(), (GolonganPns::IVA, GolonganPns::IVC));
        assert_eq!(JenjangFungsional::AhliUtama.rentang_golongan(), (GolonganPns::IVD, GolonganPns::IVE));
        assert_eq!(JenjangFungsional::Penyelia.kategori(), KategoriFungsional::Keterampilan);
        for j in JenjangFungsional::semua() {
            assert_eq!(JenjangFungsional::parse(j.label()), Some(j));
        }
    }

    // UU 20/2023: manajerial = JPT, Administrator, Pengawas; nonmanajerial = JF, Pelaksana.
    #[test]
    fn managerial_split() {
        assert!(JenisJabatan::JptPratama.manajerial() && JenisJabatan::Pengawas.manajerial());
        assert!(!JenisJabatan::Fungsional.manajerial() && !JenisJabatan::Pelaksana.manajerial());
        for j in JenisJabatan::SEMUA {
            assert_eq!(JenisJabatan::parse(j.kode()), Some(j));
            assert_eq!(JenisJabatan::parse(j.label_id()), Some(j));
        }
    }
}
