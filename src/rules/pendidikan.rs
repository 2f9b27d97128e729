//! Pendidikan: the golongan a PNS enters with and the highest golongan reachable by
//! kenaikan pangkat reguler (PP 99/2000 jo. Kep BKN 12/2002; Peraturan BKN 2/2025).

use super::pangkat::GolonganPns;
use super::{tgl, Sumber};
use serde::{Deserialize, Serialize};

pub const SUMBER_PENDIDIKAN: Sumber = Sumber {
    berlaku_sejak: tgl(2025, 5, 20),
    sumber: "PP 99/2000 jo. Keputusan Kepala BKN 12/2002 (golongan awal dan tertinggi menurut ijazah); Peraturan BKN 2/2025 (KP reguler boleh melampaui pangkat atasan langsung)",
    belum_terkonfirmasi: None,
};

/// Tingkat pendidikan, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TingkatPendidikan {
    Sd,
    Sltp,
    SltpKejuruan,
    Slta,
    SltaKejuruan,
    D1,
    D2,
    Sgplb,
    D3,
    S1,
    D4,
    Profesi,
    S2,
    S3,
}

/// (tingkat, label, golongan awal, golongan tertinggi KP reguler).
const PENDIDIKAN: [(TingkatPendidikan, &str, GolonganPns, GolonganPns); 14] = [
    (TingkatPendidikan::Sd, "SD", GolonganPns::IA, GolonganPns::IIA),
    (TingkatPendidikan::Sltp, "SLTP", GolonganPns::IC, GolonganPns::IIC),
    (TingkatPendidikan::SltpKejuruan, "SLTP Kejuruan", GolonganPns::IC, GolonganPns::IID),
    (TingkatPendidikan::Slta, "SLTA", GolonganPns::IIA, GolonganPns::IIIB),
    (TingkatPendidikan::SltaKejuruan, "SLTA Kejuruan", GolonganPns::IIA, GolonganPns::IIIB),
    (TingkatPendidikan::D1, "Diploma I", GolonganPns::IIA, GolonganPns::IIIB),
    (TingkatPendidikan::D2, "Diploma II", GolonganPns::IIB, GolonganPns::IIIB),
    (TingkatPendidikan::Sgplb, "SGPLB", GolonganPns::IIB, GolonganPns::IIIC),
    (TingkatPendidikan::D3, "Diploma III / Sarjana Muda", GolonganPns::IIC, GolonganPns::IIIC),
    (TingkatPendidikan::S1, "Sarjana (S1)", GolonganPns::IIIA, GolonganPns::IIID),
    (TingkatPendidikan::D4, "Diploma IV", GolonganPns::IIIA, GolonganPns::IIID),
    (TingkatPendidikan::Profesi, "Dokter / Apoteker", GolonganPns::IIIB, GolonganPns::IVA),
    (TingkatPendidikan::S2, "Magister (S2)", GolonganPns::IIIB, GolonganPns::IVA),
    (TingkatPendidikan::S3, "Doktor (S3)", GolonganPns::IIIC, GolonganPns::IVB),
];

impl TingkatPendidikan {
    pub fn semua() -> impl Iterator<Item = TingkatPendidikan> {
        PENDIDIKAN.iter().map(|r| r.0)
    }
    pub fn label(self) -> &'static str {
        PENDIDIKAN[self as usize].1
    }
    /// Golongan ruang a CPNS with this ijazah is appointed in.
    pub fn golongan_awal(self) -> GolonganPns {
        PENDIDIKAN[self as usize].2
    }
    /// Highest golongan ruang reachable by kenaikan pangkat reguler with this ijazah.
    pub fn golongan_tertinggi_reguler(self) -> GolonganPns {
        PENDIDIKAN[self as usize].3
    }
    pub fn parse(s: &str) -> Option<TingkatPendidikan> {
        let s = s.trim();
        Self::semua().find(|t| {
            t.label().eq_ignore_ascii_case(s)
                || serde_json::to_value(t).ok().and_then(|v| v.as_str().map(|k| k.eq_ignore_ascii_case(s)))
                    == Some(true)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Kep BKN 12/2002 table: S1 enters III/a, reaches III/d by KP reguler; S3 III/c → IV/b.
    #[test]
    fn entry_and_ceiling_per_ijazah() {
        assert_eq!(TingkatPendidikan::Sd.golongan_awal(), GolonganPns::IA);
        assert_eq!(TingkatPendidikan::Sd.golongan_tertinggi_reguler(), GolonganPns::IIA);
        assert_eq!(TingkatPendidikan::Slta.golongan_tertinggi_reguler(), GolonganPns::IIIB);
        assert_eq!(TingkatPendidikan::D3.golongan_awal(), GolonganPns::IIC);
        assert_eq!(TingkatPendidikan::S1.golongan_awal(), GolonganPns::IIIA);
        assert_eq!(TingkatPendidikan::S1.golongan_tertinggi_reguler(), GolonganPns::IIID);
        assert_eq!(TingkatPendidikan::S2.golongan_tertinggi_reguler(), GolonganPns::IVA);
        assert_eq!(TingkatPendidikan::S3.golongan_awal(), GolonganPns::IIIC);
        assert_eq!(TingkatPendidikan::S3.golongan_tertinggi_reguler(), GolonganPns::IVB);
        for t in TingkatPendidikan::semua() {
            assert!(t.golongan_awal() <= t.golongan_tertinggi_reguler(), "{t:?}");
            assert_eq!(TingkatPendidikan::parse(t.label()), Some(t));
        }
        assert_eq!(TingkatPendidikan::parse("s2"), Some(TingkatPendidikan::S2));
    }
}
