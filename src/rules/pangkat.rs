//! Pangkat and golongan ruang of PNS (PP 99/2000 Lampiran) and golongan of PPPK
//! (PermenPANRB 72/2020; Perpres 98/2020 jo. Perpres 11/2024).

use super::{tgl, Sumber};
use serde::{Deserialize, Serialize};

pub const SUMBER_PANGKAT_PNS: Sumber = Sumber {
    berlaku_sejak: tgl(2000, 10, 10),
    sumber: "PP 99/2000 jo. PP 12/2002 tentang Kenaikan Pangkat PNS, Lampiran (pangkat dan golongan ruang)",
    belum_terkonfirmasi: None,
};

pub const SUMBER_GOLONGAN_PPPK: Sumber = Sumber {
    berlaku_sejak: tgl(2020, 12, 28),
    sumber: "Perpres 98/2020 jo. Perpres 11/2024 tentang Gaji dan Tunjangan PPPK (golongan I–XVII)",
    belum_terkonfirmasi: None,
};

/// Golongan ruang of a PNS, lowest to highest. The order is the order of seniority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GolonganPns {
    #[serde(rename = "I/a")]
    IA,
    #[serde(rename = "I/b")]
    IB,
    #[serde(rename = "I/c")]
    IC,
    #[serde(rename = "I/d")]
    ID,
    #[serde(rename = "II/a")]
    IIA,
    #[serde(rename = "II/b")]
    IIB,
    #[serde(rename = "II/c")]
    IIC,
    #[serde(rename = "II/d")]
    IID,
    #[serde(rename = "III/a")]
    IIIA,
    #[serde(rename = "III/b")]
    IIIB,
    #[serde(rename = "III/c")]
    IIIC,
    #[serde(rename = "III/d")]
    IIID,
    #[serde(rename = "IV/a")]
    IVA,
    #[serde(rename = "IV/b")]
    IVB,
    #[serde(rename = "IV/c")]
    IVC,
    #[serde(rename = "IV/d")]
    IVD,
    #[serde(rename = "IV/e")]
    IVE,
}

/// One row of the PP 99/2000 table: golongan ruang and the name of the pangkat.
const PANGKAT_PNS: [(GolonganPns, &str, &str); 17] = [
    (GolonganPns::IA, "I/a", "Juru Muda"),
    (GolonganPns::IB, "I/b", "Juru Muda Tingkat I"),
    (GolonganPns::IC, "I/c", "Juru"),
    (GolonganPns::ID, "I/d", "Juru Tingkat I"),
    (GolonganPns::IIA, "II/a", "Pengatur Muda"),
    (GolonganPns::IIB, "II/b", "Pengatur Muda Tingkat I"),
    (GolonganPns::IIC, "II/c", "Pengatur"),
    (GolonganPns::IID, "II/d", "Pengatur Tingkat I"),
    (GolonganPns::IIIA, "III/a", "Penata Muda"),
    (GolonganPns::IIIB, "III/b", "Penata Muda Tingkat I"),
    (GolonganPns::IIIC, "III/c", "Penata"),
    (GolonganPns::IIID, "III/d", "Penata Tingkat I"),
    (GolonganPns::IVA, "IV/a", "Pembina"),
    (GolonganPns::IVB, "IV/b", "Pembina Tingkat I"),
    (GolonganPns::IVC, "IV/c", "Pembina Utama Muda"),
    (GolonganPns::IVD, "IV/d", "Pembina Utama Madya"),
    (GolonganPns::IVE, "IV/e", "Pembina Utama"),
];

impl GolonganPns {
    pub fn semua() -> impl Iterator<Item = GolonganPns> {
        PANGKAT_PNS.iter().map(|r| r.0)
    }
    /// `III/b`.
    pub fn kode(self) -> &'static str {
        PANGKAT_PNS[self as usize].1
    }
    /// `Penata Muda Tingkat I`.
    pub fn pangkat(self) -> &'static str {
        PANGKAT_PNS[self as usize].2
    }
    /// `Penata Muda Tingkat I, III/b` — the display form of the glossary.
    pub fn pangkat_golongan(self) -> String {
        format!("{}, {}", self.pangkat(), self.kode())
    }
    /// 1 for I/a … 17 for IV/e.
    pub fn urutan(self) -> u8 {
        self as u8 + 1
    }
    /// Roman group I–IV.
    pub fn kelompok(self) -> u8 {
        self as u8 / 4 + 1
    }
    pub fn parse(s: &str) -> Option<GolonganPns> {
        let s = s.trim().replace(' ', "");
        PANGKAT_PNS.iter().find(|r| r.1.eq_ignore_ascii_case(&s)).map(|r| r.0)
    }
}

/// Golongan of a PPPK, I (1) … XVII (17).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct GolonganPppk(u8);

const ROMAWI: [&str; 17] =
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

impl GolonganPppk {
    pub fn new(n: u8) -> Option<GolonganPppk> {
        (1..=17).contains(&n).then_some(GolonganPppk(n))
    }
    pub fn semua() -> impl Iterator<Item = GolonganPppk> {
        (1..=17).map(GolonganPppk)
    }
    pub fn nomor(self) -> u8 {
        self.0
    }
    /// `IX`.
    pub fn kode(self) -> &'static str {
        ROMAWI[usize::from(self.0 - 1)]
    }
    pub fn parse(s: &str) -> Option<GolonganPppk> {
        let s = s.trim();
        ROMAWI.iter().position(|r| r.eq_ignore_ascii_case(s)).map(|i| GolonganPppk(i as u8 + 1))
    }
}

impl TryFrom<String> for GolonganPppk {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        GolonganPppk::parse(&s).ok_or_else(|| format!("golongan PPPK tidak dikenal: \"{s}\" (I–XVII)"))
    }
}
impl From<GolonganPppk> for String {
    fn from(g: GolonganPppk) -> String {
        g.kode().to_string()
    }
}

/// A golongan of either kind; a riwayat pangkat entry holds one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Golongan {
    Pns(GolonganPns),
    Pppk(GolonganPppk),
}

impl Golongan {
    pub fn kode(self) -> &'static str {
        match self {
            Golongan::Pns(g) => g.kode(),
            Golongan::Pppk(g) => g.kode(),
        }
    }
    /// `Penata Muda Tingkat I, III/b`, or `Golongan IX (PPPK)`.
    pub fn label(self) -> String {
        match self {
            Golongan::Pns(g) => g.pangkat_golongan(),
            Golongan::Pppk(g) => format!("Golongan {} (PPPK)", g.kode()),
        }
    }
    /// Parses either form: `III/b` is PNS, `IX` is PPPK.
    pub fn parse(s: &str) -> Option<Golongan> {
        GolonganPns::parse(s).map(Golongan::Pns).or_else(|| GolonganPppk::parse(s).map(Golongan::Pppk))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // PP 99/2000 Lampiran: 17 pangkat from Juru Muda I/a to Pembina Utama IV/e.
    #[test]
    fn pangkat_table_matches_pp_99_2000() {
        assert_eq!(GolonganPns::semua().count(), 17);
        assert_eq!(GolonganPns::IA.pangkat_golongan(), "Juru Muda, I/a");
        assert_eq!(GolonganPns::IIIB.pangkat_golongan(), "Penata Muda Tingkat I, III/b");
        assert_eq!(GolonganPns::IVE.pangkat_golongan(), "Pembina Utama, IV/e");
        assert_eq!(GolonganPns::IIID.pangkat(), "Penata Tingkat I");
        for (i, g) in GolonganPns::semua().enumerate() {
            assert_eq!(usize::from(g.urutan()), i + 1);
            assert_eq!(GolonganPns::parse(g.kode()), Some(g));
        }
        assert!(GolonganPns::IIIA > GolonganPns::IID);
        assert_eq!(GolonganPns::IVC.kelompok(), 4);
    }

    // Perpres 98/2020: PPPK golongan I–XVII.
    #[test]
    fn pppk_golongan_i_to_xvii() {
        assert_eq!(GolonganPppk::semua().count(), 17);
        assert_eq!(GolonganPppk::parse("ix").map(GolonganPppk::nomor), Some(9));
        assert_eq!(GolonganPppk::new(17).map(GolonganPppk::kode), Some("XVII"));
        assert!(GolonganPppk::new(0).is_none() && GolonganPppk::new(18).is_none());
    }

    #[test]
    fn golongan_serialises_as_its_code() {
        let j = serde_json::to_string(&[Golongan::Pns(GolonganPns::IIIB), Golongan::Pppk(GolonganPppk(9))]).unwrap();
        assert_eq!(j, r#"["III/b","IX"]"#);
        let back: Vec<Golongan> = serde_json::from_str(&j).unwrap();
        assert_eq!(back[0], Golongan::Pns(GolonganPns::IIIB));
        assert!(serde_json::from_str::<Golongan>(r#""V/a""#).is_err());
    }
}
