//! Performance appraisal rules (PermenPANRB 6/2022; SE MenPANRB 3/2023; PermenPANRB 1/2023):
//! the three-level ratings, the predikat matrix ("kuadran kinerja"), the organisation predikat
//! and the distribution pattern each one imposes on its employees, and the conversion of a
//! predikat into angka kredit. Labels are exactly as in `asn-rules.md` §1.6–§1.9 and §5.6.

use super::jabatan::JenjangFungsional;
use super::{tgl, Catatan, Sumber};
use serde::{Deserialize, Serialize};

pub const SUMBER_MATRIKS: Sumber = Sumber {
    berlaku_sejak: tgl(2022, 1, 27),
    sumber: "PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN, Lampiran: kuadran kinerja (predikat dari rating hasil kerja dan rating perilaku kerja)",
    belum_terkonfirmasi: None,
};

pub const SUMBER_DISTRIBUSI: Sumber = Sumber {
    berlaku_sejak: tgl(2023, 1, 31),
    sumber: "SE MenPANRB 3/2023 tentang Tata Cara Penetapan Predikat Kinerja Pegawai ASN: pola distribusi menurut predikat kinerja organisasi",
    belum_terkonfirmasi: Some(Catatan {
        id: "pembulatan persentase untuk unit kecil tidak diatur; asumsi dapat diubah di halaman Aturan",
        en: "rounding of the percentages for small units is not specified; the assumption is editable on the Rules page",
    }),
};

pub const SUMBER_ANGKA_KREDIT: Sumber = Sumber {
    berlaku_sejak: tgl(2023, 1, 2),
    sumber:
        "PermenPANRB 1/2023 dan Peraturan BKN 3/2023: AK = persentase predikat × koefisien tahunan; periodik × bulan/12",
    belum_terkonfirmasi: Some(Catatan {
        id: "koefisien selain Ahli Pertama (12,5) belum dipastikan; dapat diubah di halaman Aturan",
        en: "coefficients other than Ahli Pertama (12.5) not yet confirmed; editable on the Rules page",
    }),
};

/// Rating hasil kerja and rating perilaku kerja (PermenPANRB 6/2022): three levels, no numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rating {
    DiBawahEkspektasi,
    SesuaiEkspektasi,
    DiAtasEkspektasi,
}

impl Rating {
    /// Highest first, the order of the matrix rows.
    pub const SEMUA: [Rating; 3] = [Rating::DiAtasEkspektasi, Rating::SesuaiEkspektasi, Rating::DiBawahEkspektasi];
    pub fn label_id(self) -> &'static str {
        match self {
            Rating::DiAtasEkspektasi => "Di Atas Ekspektasi",
            Rating::SesuaiEkspektasi => "Sesuai Ekspektasi",
            Rating::DiBawahEkspektasi => "Di Bawah Ekspektasi",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Rating::DiAtasEkspektasi => "Above expectations",
            Rating::SesuaiEkspektasi => "Meets expectations",
            Rating::DiBawahEkspektasi => "Below expectations",
        }
    }
    pub fn kode(self) -> &'static str {
        match self {
            Rating::DiAtasEkspektasi => "di-atas-ekspektasi",
            Rating::SesuaiEkspektasi => "sesuai-ekspektasi",
            Rating::DiBawahEkspektasi => "di-bawah-ekspektasi",
        }
    }
    pub fn parse(s: &str) -> Option<Rating> {
        Self::SEMUA.into_iter().find(|r| r.kode() == s)
    }
}

/// Predikat kinerja pegawai, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Predikat {
    SangatBaik,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl Predikat {
    pub const SEMUA: [Predikat; 5] =
        [Predikat::SangatBaik, Predikat::Baik, Predikat::ButuhPerbaikan, Predikat::Kurang, Predikat::SangatKurang];
    pub fn label_id(self) -> &'static str {
        match self {
            Predikat::SangatBaik => "Sangat Baik",
            Predikat::Baik => "Baik",
            Predikat::ButuhPerbaikan => "Butuh Perbaikan",
            Predikat::Kurang => "Kurang/Misconduct",
            Predikat::SangatKurang => "Sangat Kurang",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Predikat::SangatBaik => "Outstanding",
            Predikat::Baik => "Good",
            Predikat::ButuhPerbaikan => "Needs improvement",
            Predikat::Kurang => "Poor/Misconduct",
            Predikat::SangatKurang => "Very poor",
        }
    }
    /// A class-name-safe code (`sangat-baik`), also the serde name.
    pub fn kode(self) -> &'static str {
        match self {
            Predikat::SangatBaik => "sangat-baik",
            Predikat::Baik => "baik",
            Predikat::ButuhPerbaikan => "butuh-perbaikan",
            Predikat::Kurang => "kurang",
            Predikat::SangatKurang => "sangat-kurang",
        }
    }
}

/// The cell of the matrix a pair of ratings falls in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelMatriks {
    pub hasil_kerja: Rating,
    pub perilaku: Rating,
    pub predikat: Predikat,
}

impl SelMatriks {
    /// Why this predikat, citing the rule.
    pub fn alasan_id(&self) -> String {
        format!(
            "Rating hasil kerja {} dan rating perilaku kerja {} → predikat {} (kuadran kinerja, {}).",
            self.hasil_kerja.label_id(),
            self.perilaku.label_id(),
            self.predikat.label_id(),
            "PermenPANRB 6/2022"
        )
    }
    pub fn alasan_en(&self) -> String {
        format!(
            "Work results rating {} and work behaviour rating {} → {} ({}) (performance quadrant, PermenPANRB 6/2022).",
            self.hasil_kerja.label_en(),
            self.perilaku.label_en(),
            self.predikat.label_en(),
            self.predikat.label_id()
        )
    }
}

/// PermenPANRB 6/2022, Lampiran, kuadran kinerja: rows are rating hasil kerja (Di Atas,
/// Sesuai, Di Bawah), columns rating perilaku kerja (Di Bawah, Sesuai, Di Atas), as printed.
/// Behaviour below expectation caps the predikat at Kurang/Misconduct; results below cap it at
/// Butuh Perbaikan.
pub const MATRIKS_PREDIKAT: [[Predikat; 3]; 3] = [
    [Predikat::Kurang, Predikat::Baik, Predikat::SangatBaik],
    [Predikat::Kurang, Predikat::Baik, Predikat::Baik],
    [Predikat::SangatKurang, Predikat::ButuhPerbaikan, Predikat::ButuhPerbaikan],
];

/// The matrix row of a rating hasil kerja (as printed: Di Atas on top).
pub fn baris_matriks(hasil_kerja: Rating) -> usize {
    match hasil_kerja {
        Rating::DiAtasEkspektasi => 0,
        Rating::SesuaiEkspektasi => 1,
        Rating::DiBawahEkspektasi => 2,
    }
}

/// The matrix column of a rating perilaku (as printed: Di Bawah on the left).
pub fn kolom_matriks(perilaku: Rating) -> usize {
    match perilaku {
        Rating::DiBawahEkspektasi => 0,
        Rating::SesuaiEkspektasi => 1,
        Rating::DiAtasEkspektasi => 2,
    }
}

/// The predikat for a pair of ratings, with the cell it came from.
pub fn predikat(hasil_kerja: Rating, perilaku: Rating) -> SelMatriks {
    let predikat = MATRIKS_PREDIKAT[baris_matriks(hasil_kerja)][kolom_matriks(perilaku)];
    SelMatriks { hasil_kerja, perilaku, predikat }
}

// ---------------------------------------------------------------------------------------------
// Organisation predikat and distribution patterns (SE MenPANRB 3/2023)
// ---------------------------------------------------------------------------------------------

/// Predikat kinerja organisasi (capaian kinerja organisasi), set per unit and period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PredikatOrganisasi {
    Istimewa,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl PredikatOrganisasi {
    pub const SEMUA: [PredikatOrganisasi; 5] = [
        PredikatOrganisasi::Istimewa,
        PredikatOrganisasi::Baik,
        PredikatOrganisasi::ButuhPerbaikan,
        PredikatOrganisasi::Kurang,
        PredikatOrganisasi::SangatKurang,
    ];
    pub fn label_id(self) -> &'static str {
        match self {
            PredikatOrganisasi::Istimewa => "Istimewa",
            PredikatOrganisasi::Baik => "Baik",
            PredikatOrganisasi::ButuhPerbaikan => "Butuh Perbaikan",
            PredikatOrganisasi::Kurang => "Kurang",
            PredikatOrganisasi::SangatKurang => "Sangat Kurang",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            PredikatOrganisasi::Istimewa => "Exceptional",
            PredikatOrganisasi::Baik => "Good",
            PredikatOrganisasi::ButuhPerbaikan => "Needs improvement",
            PredikatOrganisasi::Kurang => "Poor",
            PredikatOrganisasi::SangatKurang => "Very poor",
        }
    }
    pub fn kode(self) -> &'static str {
        match self {
            PredikatOrganisasi::Istimewa => "istimewa",
            PredikatOrganisasi::Baik => "baik",
            PredikatOrganisasi::ButuhPerbaikan => "butuh-perbaikan",
            PredikatOrganisasi::Kurang => "kurang",
            PredikatOrganisasi::SangatKurang => "sangat-kurang",
        }
    }
    pub fn parse(s: &str) -> Option<PredikatOrganisasi> {
        Self::SEMUA.into_iter().find(|p| p.kode() == s)
    }
    /// The distribution pattern this organisation predikat imposes.
    pub fn pola(self) -> &'static PolaDistribusi {
        &POLA_DISTRIBUSI[self as usize]
    }
}

/// One condition of a distribution pattern, over the employees of one unit rated by the same
/// leader. A set of predikat counts together ("Butuh Perbaikan dan/atau Kurang").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyaratDistribusi {
    /// "sebagian besar": this predikat is the most frequent one (ties allowed). The SE gives no
    /// number for "sebagian besar" beside the cap, so plurality is the reading used.
    Terbanyak(Predikat),
    /// At most `persen` % of the employees have one of these predikat.
    Maksimal { predikat: &'static [Predikat], persen: u8 },
    /// At least `persen` % of the employees have one of these predikat.
    Minimal { predikat: &'static [Predikat], persen: u8 },
    /// "harus ada": at least one employee has one of these predikat.
    HarusAda(&'static [Predikat]),
    /// No employee has this predikat.
    TidakBoleh(Predikat),
}

/// The pattern of one organisation predikat: its conditions, and the SE's sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PolaDistribusi {
    pub organisasi: PredikatOrganisasi,
    pub syarat: &'static [SyaratDistribusi],
    pub uraian_id: &'static str,
    pub uraian_en: &'static str,
}

use Predikat as P;
use SyaratDistribusi as S;

/// SE MenPANRB 3/2023, pola distribusi predikat kinerja pegawai, one row per organisation
/// predikat (asn-rules.md §1.9).
pub const POLA_DISTRIBUSI: [PolaDistribusi; 5] = [
    PolaDistribusi {
        organisasi: PredikatOrganisasi::Istimewa,
        syarat: &[S::Terbanyak(P::SangatBaik), S::Maksimal { predikat: &[P::SangatBaik], persen: 70 }],
        uraian_id: "Sebagian besar (paling banyak 70%) Sangat Baik; selebihnya dapat Baik, Butuh Perbaikan, Kurang/Misconduct dan/atau Sangat Kurang.",
        uraian_en: "Most (at most 70%) Outstanding; the rest may be Good, Needs improvement, Poor/Misconduct and/or Very poor.",
    },
    PolaDistribusi {
        organisasi: PredikatOrganisasi::Baik,
        syarat: &[
            S::Terbanyak(P::Baik),
            S::Maksimal { predikat: &[P::Baik], persen: 70 },
            S::HarusAda(&[P::ButuhPerbaikan, P::Kurang]),
        ],
        uraian_id: "Sebagian besar (paling banyak 70%) Baik; harus ada Butuh Perbaikan dan/atau Kurang/Misconduct; selebihnya dapat Sangat Baik dan/atau Sangat Kurang.",
        uraian_en: "Most (at most 70%) Good; there must be Needs improvement and/or Poor/Misconduct; the rest may be Outstanding and/or Very poor.",
    },
    PolaDistribusi {
        organisasi: PredikatOrganisasi::ButuhPerbaikan,
        syarat: &[
            S::Minimal { predikat: &[P::ButuhPerbaikan], persen: 60 },
            S::Maksimal { predikat: &[P::SangatBaik], persen: 10 },
        ],
        uraian_id: "Paling sedikit 60% Butuh Perbaikan; selebihnya dapat Sangat Baik (paling banyak 10%), Baik, Kurang/Misconduct dan/atau Sangat Kurang.",
        uraian_en: "At least 60% Needs improvement; the rest may be Outstanding (at most 10%), Good, Poor/Misconduct and/or Very poor.",
    },
    PolaDistribusi {
        organisasi: PredikatOrganisasi::Kurang,
        syarat: &[
            S::Minimal { predikat: &[P::Kurang], persen: 60 },
            S::Minimal { predikat: &[P::ButuhPerbaikan], persen: 10 },
            S::Maksimal { predikat: &[P::SangatBaik], persen: 10 },
        ],
        uraian_id: "Paling sedikit 60% Kurang/Misconduct dan paling sedikit 10% Butuh Perbaikan; selebihnya dapat Sangat Baik (paling banyak 10%), Baik dan/atau Sangat Kurang.",
        uraian_en: "At least 60% Poor/Misconduct and at least 10% Needs improvement; the rest may be Outstanding (at most 10%), Good and/or Very poor.",
    },
    PolaDistribusi {
        organisasi: PredikatOrganisasi::SangatKurang,
        syarat: &[
            S::Minimal { predikat: &[P::SangatKurang], persen: 60 },
            S::Minimal { predikat: &[P::Kurang, P::ButuhPerbaikan], persen: 10 },
            S::TidakBoleh(P::SangatBaik),
        ],
        uraian_id: "Paling sedikit 60% Sangat Kurang dan paling sedikit 10% Kurang/Misconduct dan/atau Butuh Perbaikan; selebihnya dapat Baik; tidak ada Sangat Baik.",
        uraian_en: "At least 60% Very poor and at least 10% Poor/Misconduct and/or Needs improvement; the rest may be Good; no Outstanding.",
    },
];

/// How a percentage of a small unit becomes a number of people. The SE does not say
/// (asn-rules.md §10 item 3), so this is an editable assumption that travels with the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pembulatan {
    Bawah,
    Terdekat,
    Atas,
}

impl Pembulatan {
    pub const SEMUA: [Pembulatan; 3] = [Pembulatan::Bawah, Pembulatan::Terdekat, Pembulatan::Atas];
    pub fn label_id(self) -> &'static str {
        match self {
            Pembulatan::Bawah => "ke bawah",
            Pembulatan::Terdekat => "ke terdekat (0,5 ke atas)",
            Pembulatan::Atas => "ke atas",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Pembulatan::Bawah => "down",
            Pembulatan::Terdekat => "to nearest (0.5 up)",
            Pembulatan::Atas => "up",
        }
    }
    pub fn kode(self) -> &'static str {
        match self {
            Pembulatan::Bawah => "bawah",
            Pembulatan::Terdekat => "terdekat",
            Pembulatan::Atas => "atas",
        }
    }
    pub fn parse(s: &str) -> Option<Pembulatan> {
        Self::SEMUA.into_iter().find(|p| p.kode() == s)
    }
    /// `persen` % of `n` people as a whole number of people.
    pub fn orang(self, n: u32, persen: u8) -> u32 {
        let kali = n * u32::from(persen);
        match self {
            Pembulatan::Bawah => kali / 100,
            Pembulatan::Terdekat => (kali + 50) / 100,
            Pembulatan::Atas => kali.div_ceil(100),
        }
    }
}

/// The rounding assumption: a cap ("paling banyak") and a floor ("paling sedikit") rounded
/// separately. The default is lenient to small units: caps round up, floors round down, so a
/// unit of 1 may have its single employee Sangat Baik under Istimewa (70% of 1 → 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AsumsiDistribusi {
    pub pembulatan_maksimal: Pembulatan,
    pub pembulatan_minimal: Pembulatan,
}

impl Default for AsumsiDistribusi {
    fn default() -> Self {
        AsumsiDistribusi { pembulatan_maksimal: Pembulatan::Atas, pembulatan_minimal: Pembulatan::Bawah }
    }
}

// ---------------------------------------------------------------------------------------------
// Angka kredit (PermenPANRB 1/2023; Peraturan BKN 3/2023)
// ---------------------------------------------------------------------------------------------

/// The percentage of the annual coefficient a predikat earns (Peraturan BKN 3/2023).
pub fn persen_angka_kredit(p: Predikat) -> u32 {
    match p {
        Predikat::SangatBaik => 150,
        Predikat::Baik => 100,
        Predikat::ButuhPerbaikan => 75,
        Predikat::Kurang => 50,
        Predikat::SangatKurang => 25,
    }
}

/// Koefisien angka kredit tahunan per jenjang, in thousandths (12.5 → 12_500), editable
/// because only Ahli Pertama is confirmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TabelKoefisienAk {
    pub baris: Vec<BarisKoefisienAk>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarisKoefisienAk {
    pub jenjang: JenjangFungsional,
    /// Thousandths of a credit point per year.
    pub koefisien_per_seribu: u32,
}

impl Default for TabelKoefisienAk {
    fn default() -> Self {
        let baris = JenjangFungsional::semua()
            .map(|jenjang| BarisKoefisienAk {
                jenjang,
                koefisien_per_seribu: match jenjang {
                    JenjangFungsional::Pemula => 3_750,
                    JenjangFungsional::Terampil => 5_000,
                    JenjangFungsional::Mahir => 12_500,
                    JenjangFungsional::Penyelia => 25_000,
                    JenjangFungsional::AhliPertama => 12_500,
                    JenjangFungsional::AhliMuda => 25_000,
                    JenjangFungsional::AhliMadya => 37_500,
                    JenjangFungsional::AhliUtama => 50_000,
                },
            })
            .collect();
        TabelKoefisienAk { baris }
    }
}

impl TabelKoefisienAk {
    pub fn koefisien(&self, jenjang: JenjangFungsional) -> Option<u32> {
        self.baris.iter().find(|b| b.jenjang == jenjang).map(|b| b.koefisien_per_seribu)
    }
    /// Whether the reference confirms this jenjang's value.
    pub fn terkonfirmasi(jenjang: JenjangFungsional) -> bool {
        jenjang == JenjangFungsional::AhliPertama
    }
}

/// Angka kredit earned, in thousandths, with how it was computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AngkaKredit {
    pub predikat: Predikat,
    pub bulan: u8,
    pub koefisien_per_seribu: u32,
    /// Thousandths, rounded half up.
    pub per_seribu: u32,
}

/// AK = bulan/12 × persentase predikat × koefisien tahunan (Peraturan BKN 3/2023); `bulan`
/// is 12 for an annual evaluation. `2 bulan Baik, Ahli Pertama` = 2/12 × 100% × 12,5 = 2,083.
pub fn angka_kredit(predikat: Predikat, koefisien_per_seribu: u32, bulan: u8) -> AngkaKredit {
    let bulan = bulan.min(12);
    let pembilang = u64::from(koefisien_per_seribu) * u64::from(persen_angka_kredit(predikat)) * u64::from(bulan);
    let per_seribu = ((pembilang + 600) / 1_200) as u32;
    AngkaKredit { predikat, bulan, koefisien_per_seribu, per_seribu }
}

/// `12_500` → `12,5`; `2_083` → `2,083` (Indonesian decimal comma, trailing zeros dropped).
pub fn format_per_seribu(n: u32, koma: char) -> String {
    let bulat = n / 1000;
    let sisa = n % 1000;
    if sisa == 0 {
        return bulat.to_string();
    }
    let pecahan = format!("{sisa:03}");
    format!("{bulat}{koma}{}", pecahan.trim_end_matches('0'))
}

impl AngkaKredit {
    pub fn rumus_id(&self) -> String {
        format!(
            "{}/12 × {}% ({}) × {} = {}",
            self.bulan,
            persen_angka_kredit(self.predikat),
            self.predikat.label_id(),
            format_per_seribu(self.koefisien_per_seribu, ','),
            format_per_seribu(self.per_seribu, ',')
        )
    }
    pub fn rumus_en(&self) -> String {
        format!(
            "{}/12 × {}% ({}) × {} = {}",
            self.bulan,
            persen_angka_kredit(self.predikat),
            self.predikat.label_en(),
            format_per_seribu(self.koefisien_per_seribu, '.'),
            format_per_seribu(self.per_seribu, '.')
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_organisation_predikat_has_its_own_pattern() {
        for (i, o) in PredikatOrganisasi::SEMUA.into_iter().enumerate() {
            assert_eq!(POLA_DISTRIBUSI[i].organisasi, o);
            assert_eq!(o.pola().organisasi, o);
            assert_eq!(PredikatOrganisasi::parse(o.kode()), Some(o));
        }
    }

    #[test]
    fn predikat_order_is_best_first_and_indexes_match() {
        for (i, p) in Predikat::SEMUA.into_iter().enumerate() {
            assert_eq!(p as usize, i);
        }
        assert!(Predikat::SangatBaik < Predikat::SangatKurang);
    }

    #[test]
    fn rounding_of_small_units() {
        assert_eq!(Pembulatan::Bawah.orang(1, 70), 0);
        assert_eq!(Pembulatan::Atas.orang(1, 70), 1);
        assert_eq!(Pembulatan::Terdekat.orang(1, 70), 1);
        assert_eq!(Pembulatan::Terdekat.orang(5, 10), 1); // 0.5 → 1
        assert_eq!(Pembulatan::Bawah.orang(10, 60), 6);
        assert_eq!(Pembulatan::Atas.orang(10, 60), 6);
        assert_eq!(Pembulatan::Atas.orang(0, 60), 0);
    }

    #[test]
    fn format_thousandths() {
        assert_eq!(format_per_seribu(12_500, ','), "12,5");
        assert_eq!(format_per_seribu(2_083, ','), "2,083");
        assert_eq!(format_per_seribu(25_000, '.'), "25");
        assert_eq!(format_per_seribu(50, '.'), "0.05");
    }
}
