//! The instansi (government agency) whose data this is: its name for document headers, the place
//! printed above signatures, and how often it evaluates performance during the year.
//!
//! PermenPANRB 6/2022 leaves the frequency of the periodic evaluation (*evaluasi kinerja
//! periodik*) to each instansi: monthly, quarterly or per semester, within the yearly SKP
//! (January–December). See `reference/asn-rules.md` §1.4; the exact list of frequencies in the
//! regulation text is UNCONFIRMED wording, the three in use are those of e-Kinerja.

use super::tanggal::Tanggal;
use serde::{Deserialize, Serialize};

/// Settings of the instansi, kept in `pengaturan.instansi` (schema version 2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instansi {
    /// Name printed on SKP documents: `Pemerintah Kabupaten Contoh`.
    pub nama: String,
    /// Place printed above signatures: `Contoh` in "Contoh, 31 Desember 2026".
    pub tempat: String,
    pub periode_evaluasi: PeriodeEvaluasi,
}

impl Default for Instansi {
    /// No name or place yet, quarterly evaluation (the frequency a schema-1 dataset gets when
    /// it is migrated, see `store::pertukaran::migrasi`).
    fn default() -> Self {
        Instansi { nama: String::new(), tempat: String::new(), periode_evaluasi: PeriodeEvaluasi::Triwulanan }
    }
}

/// How often performance is evaluated during the SKP year (PermenPANRB 6/2022: set per instansi).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodeEvaluasi {
    /// Twelve periods, one per month.
    Bulanan,
    /// Four periods: Triwulan I–IV.
    Triwulanan,
    /// Two periods: Semester I–II.
    Semesteran,
}

/// One evaluation period of a year, both ends included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Periode {
    /// 1 for the first period of the year.
    pub nomor: u8,
    /// `Januari 2027`, `Triwulan I 2027`, `Semester I 2027`.
    pub label_id: String,
    /// `January 2027`, `Q1 2027`, `H1 2027`.
    pub label_en: String,
    pub mulai: Tanggal,
    pub selesai: Tanggal,
}

impl PeriodeEvaluasi {
    pub const SEMUA: [PeriodeEvaluasi; 3] =
        [PeriodeEvaluasi::Bulanan, PeriodeEvaluasi::Triwulanan, PeriodeEvaluasi::Semesteran];

    /// The value in files and storage.
    pub fn kode(self) -> &'static str {
        match self {
            PeriodeEvaluasi::Bulanan => "bulanan",
            PeriodeEvaluasi::Triwulanan => "triwulanan",
            PeriodeEvaluasi::Semesteran => "semesteran",
        }
    }

    pub fn parse(s: &str) -> Option<PeriodeEvaluasi> {
        Self::SEMUA.into_iter().find(|p| p.kode() == s.trim())
    }

    pub fn label_id(self) -> &'static str {
        match self {
            PeriodeEvaluasi::Bulanan => "Bulanan",
            PeriodeEvaluasi::Triwulanan => "Triwulanan",
            PeriodeEvaluasi::Semesteran => "Semesteran",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            PeriodeEvaluasi::Bulanan => "Monthly",
            PeriodeEvaluasi::Triwulanan => "Quarterly",
            PeriodeEvaluasi::Semesteran => "Half-yearly",
        }
    }

    /// Months in one period: 1, 3 or 6.
    pub fn bulan_per_periode(self) -> u8 {
        match self {
            PeriodeEvaluasi::Bulanan => 1,
            PeriodeEvaluasi::Triwulanan => 3,
            PeriodeEvaluasi::Semesteran => 6,
        }
    }

    /// The periods of `tahun` in order, covering 1 January to 31 December without gap or
    /// overlap.
    pub fn periode(self, tahun: i32) -> Vec<Periode> {
        // The calendar split is `domain::periode`'s; this adds the year to the labels.
        super::periode::periode_tahun(self)
            .into_iter()
            .filter(|p| *p != super::periode::Periode::Tahunan)
            .zip(1u8..)
            .map(|(p, nomor)| {
                let jangka = p.jangka(tahun);
                let (label_id, label_en) = match self {
                    PeriodeEvaluasi::Bulanan => {
                        (format!("{} {tahun}", p.label_id()), format!("{} {tahun}", p.label_en()))
                    }
                    PeriodeEvaluasi::Triwulanan => (format!("{} {tahun}", p.label_id()), format!("Q{nomor} {tahun}")),
                    PeriodeEvaluasi::Semesteran => (format!("{} {tahun}", p.label_id()), format!("H{nomor} {tahun}")),
                };
                Periode { nomor, label_id, label_en, mulai: jangka.awal, selesai: jangka.akhir }
            })
            .collect()
    }

    /// The period of `tahun` that holds `tanggal`, if `tanggal` is in that year.
    pub fn periode_untuk(self, tanggal: Tanggal) -> Option<Periode> {
        self.periode(tanggal.tahun()).into_iter().find(|p| p.mulai <= tanggal && tanggal <= p.selesai)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(y: i32, m: u8, d: u8) -> Tanggal {
        Tanggal::new(y, m, d).unwrap()
    }

    #[test]
    fn periods_cover_the_year_without_gap_or_overlap() {
        for p in PeriodeEvaluasi::SEMUA {
            for tahun in [2027, 2028] {
                let daftar = p.periode(tahun);
                assert_eq!(daftar.len(), usize::from(12 / p.bulan_per_periode()), "{p:?}");
                assert_eq!(daftar[0].mulai, t(tahun, 1, 1));
                assert_eq!(daftar.last().unwrap().selesai, t(tahun, 12, 31));
                for w in daftar.windows(2) {
                    assert_eq!(w[0].selesai.hari_sejak_epoch() + 1, w[1].mulai.hari_sejak_epoch(), "{p:?} {tahun}");
                }
                assert!(daftar.iter().enumerate().all(|(i, x)| usize::from(x.nomor) == i + 1));
            }
        }
    }

    #[test]
    fn monthly_periods_are_named_by_month_and_know_leap_years() {
        let b = PeriodeEvaluasi::Bulanan.periode(2028);
        assert_eq!((b[0].label_id.as_str(), b[0].label_en.as_str()), ("Januari 2028", "January 2028"));
        assert_eq!((b[1].mulai, b[1].selesai), (t(2028, 2, 1), t(2028, 2, 29)));
        assert_eq!(PeriodeEvaluasi::Bulanan.periode(2027)[1].selesai, t(2027, 2, 28));
        assert_eq!(b[11].label_id, "Desember 2028");
    }

    #[test]
    fn quarters_are_triwulan_i_to_iv_as_on_the_evaluation_form() {
        // Evaluation form header "PERIODE: TRIWULAN I/II/III/IV" (asn-rules.md §1.4).
        let q = PeriodeEvaluasi::Triwulanan.periode(2027);
        let ringkas: Vec<(&str, &str, Tanggal, Tanggal)> =
            q.iter().map(|p| (p.label_id.as_str(), p.label_en.as_str(), p.mulai, p.selesai)).collect();
        assert_eq!(
            ringkas,
            vec![
                ("Triwulan I 2027", "Q1 2027", t(2027, 1, 1), t(2027, 3, 31)),
                ("Triwulan II 2027", "Q2 2027", t(2027, 4, 1), t(2027, 6, 30)),
                ("Triwulan III 2027", "Q3 2027", t(2027, 7, 1), t(2027, 9, 30)),
                ("Triwulan IV 2027", "Q4 2027", t(2027, 10, 1), t(2027, 12, 31)),
            ]
        );
    }

    #[test]
    fn semesters_split_the_year_at_july() {
        let s = PeriodeEvaluasi::Semesteran.periode(2027);
        assert_eq!((s[0].label_id.as_str(), s[0].selesai), ("Semester I 2027", t(2027, 6, 30)));
        assert_eq!(
            (s[1].label_id.as_str(), s[1].label_en.as_str(), s[1].mulai),
            ("Semester II 2027", "H2 2027", t(2027, 7, 1))
        );
    }

    #[test]
    fn the_period_of_a_date() {
        let p = PeriodeEvaluasi::Triwulanan.periode_untuk(t(2027, 5, 17)).unwrap();
        assert_eq!(p.label_id, "Triwulan II 2027");
        assert_eq!(PeriodeEvaluasi::Semesteran.periode_untuk(t(2027, 6, 30)).unwrap().nomor, 1);
        assert_eq!(PeriodeEvaluasi::Bulanan.periode_untuk(t(2027, 12, 31)).unwrap().label_en, "December 2027");
    }

    #[test]
    fn codes_round_trip_and_are_what_serde_writes() {
        for p in PeriodeEvaluasi::SEMUA {
            assert_eq!(PeriodeEvaluasi::parse(p.kode()), Some(p));
            assert_eq!(serde_json::to_value(p).unwrap(), serde_json::json!(p.kode()));
            assert!(!p.label_id().is_empty() && !p.label_en().is_empty());
        }
        assert_eq!(PeriodeEvaluasi::parse("tahunan"), None);
    }

    #[test]
    fn an_instansi_is_read_only_with_all_three_fields_and_nothing_else() {
        let i: Instansi = serde_json::from_str(
            r#"{"nama": "Pemerintah Kabupaten Contoh", "tempat": "Contoh", "periode_evaluasi": "triwulanan"}"#,
        )
        .unwrap();
        assert_eq!(i.periode_evaluasi, PeriodeEvaluasi::Triwulanan);
        assert!(serde_json::from_str::<Instansi>(r#"{"nama": "X", "tempat": "Y"}"#).is_err());
        assert!(serde_json::from_str::<Instansi>(
            r#"{"nama": "X", "tempat": "Y", "periode_evaluasi": "bulanan", "kota": "Z"}"#
        )
        .is_err());
    }
}
