//! Evaluation periods of a performance year (PermenPANRB 6/2022; asn-rules.md §1.4, §1.10):
//! periodic evaluations whose frequency each instansi sets (bulanan / triwulanan /
//! semesteran), and the annual one, which is a separate, final evaluation.

use super::instansi::PeriodeEvaluasi;
use super::tanggal::{hari_dalam_bulan, Tanggal, NAMA_BULAN_EN, NAMA_BULAN_ID};
use serde::{Deserialize, Serialize};

/// A span of calendar dates, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
// Inside an SKP in an exchange file: a field this version does not know is refused, never
// dropped (exchange-format.md §1).
#[serde(deny_unknown_fields)]
pub struct Jangka {
    pub awal: Tanggal,
    pub akhir: Tanggal,
}

impl Jangka {
    pub fn tahun(tahun: i32) -> Jangka {
        Jangka::bulan(tahun, 1, 12)
    }
    /// From the first day of month `dari` to the last day of month `sampai`.
    pub fn bulan(tahun: i32, dari: u8, sampai: u8) -> Jangka {
        let (dari, sampai) = (dari.clamp(1, 12), sampai.clamp(1, 12));
        let awal = Tanggal::new(tahun, dari, 1).unwrap_or_else(|| Tanggal::dari_hari_sejak_epoch(0));
        let akhir = Tanggal::new(tahun, sampai, hari_dalam_bulan(tahun, sampai)).unwrap_or(awal);
        Jangka { awal, akhir }
    }
    pub fn memuat(&self, t: Tanggal) -> bool {
        self.awal <= t && t <= self.akhir
    }
    /// `1 Januari s.d. 31 Desember 2027` as on the SKP form.
    pub fn format_id(&self) -> String {
        format!("{} s.d. {}", self.awal.format_panjang(), self.akhir.format_panjang())
    }
    pub fn format_en(&self) -> String {
        format!("{} to {}", self.awal.format_panjang_en(), self.akhir.format_panjang_en())
    }
}

/// One evaluation period of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Periode {
    /// 1–12.
    Bulan(u8),
    /// 1–4.
    Triwulan(u8),
    /// 1–2.
    Semester(u8),
    /// The annual (final) evaluation.
    Tahunan,
}

/// The periodic evaluations of a year for the instansi's frequency, in order, then the
/// annual one.
pub fn periode_tahun(f: PeriodeEvaluasi) -> Vec<Periode> {
    let mut v: Vec<Periode> = match f {
        PeriodeEvaluasi::Bulanan => (1..=12).map(Periode::Bulan).collect(),
        PeriodeEvaluasi::Triwulanan => (1..=4).map(Periode::Triwulan).collect(),
        PeriodeEvaluasi::Semesteran => (1..=2).map(Periode::Semester).collect(),
    };
    v.push(Periode::Tahunan);
    v
}

const ROMAWI: [&str; 4] = ["I", "II", "III", "IV"];

impl Periode {
    /// Whether the number is in range (a file could say `triwulan 7`).
    pub fn sah(self) -> bool {
        match self {
            Periode::Bulan(n) => (1..=12).contains(&n),
            Periode::Triwulan(n) => (1..=4).contains(&n),
            Periode::Semester(n) => (1..=2).contains(&n),
            Periode::Tahunan => true,
        }
    }
    fn indeks(n: u8, maks: usize) -> usize {
        usize::from(n.max(1) - 1).min(maks - 1)
    }
    /// `Triwulan II`, `Maret`, `Tahunan` as on the evaluation form header.
    pub fn label_id(self) -> String {
        match self {
            Periode::Bulan(n) => NAMA_BULAN_ID[Self::indeks(n, 12)].to_string(),
            Periode::Triwulan(n) => format!("Triwulan {}", ROMAWI[Self::indeks(n, 4)]),
            Periode::Semester(n) => format!("Semester {}", ROMAWI[Self::indeks(n, 2)]),
            Periode::Tahunan => "Tahunan".into(),
        }
    }
    pub fn label_en(self) -> String {
        match self {
            Periode::Bulan(n) => NAMA_BULAN_EN[Self::indeks(n, 12)].to_string(),
            Periode::Triwulan(n) => format!("Quarter {}", ROMAWI[Self::indeks(n, 4)]),
            Periode::Semester(n) => format!("Half-year {}", ROMAWI[Self::indeks(n, 2)]),
            Periode::Tahunan => "Annual".into(),
        }
    }
    /// A short code for element ids and URLs: `b3`, `tw2`, `s1`, `tahunan`.
    pub fn kode(self) -> String {
        match self {
            Periode::Bulan(n) => format!("b{n}"),
            Periode::Triwulan(n) => format!("tw{n}"),
            Periode::Semester(n) => format!("s{n}"),
            Periode::Tahunan => "tahunan".into(),
        }
    }
    pub fn parse_kode(s: &str) -> Option<Periode> {
        let p = if s == "tahunan" {
            Periode::Tahunan
        } else if let Some(n) = s.strip_prefix("tw") {
            Periode::Triwulan(n.parse().ok()?)
        } else if let Some(n) = s.strip_prefix('s') {
            Periode::Semester(n.parse().ok()?)
        } else if let Some(n) = s.strip_prefix('b') {
            Periode::Bulan(n.parse().ok()?)
        } else {
            return None;
        };
        p.sah().then_some(p)
    }
    /// Months covered: what angka kredit is pro-rated by.
    pub fn bulan(self) -> u8 {
        match self {
            Periode::Bulan(_) => 1,
            Periode::Triwulan(_) => 3,
            Periode::Semester(_) => 6,
            Periode::Tahunan => 12,
        }
    }
    pub fn jangka(self, tahun: i32) -> Jangka {
        match self {
            Periode::Bulan(n) => Jangka::bulan(tahun, n, n),
            Periode::Triwulan(n) => Jangka::bulan(tahun, 3 * n - 2, 3 * n),
            Periode::Semester(n) => Jangka::bulan(tahun, 6 * n - 5, 6 * n),
            Periode::Tahunan => Jangka::tahun(tahun),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_cover_the_year_and_round_trip_their_codes() {
        let ps = periode_tahun(PeriodeEvaluasi::Triwulanan);
        assert_eq!(ps.len(), 5);
        assert_eq!(ps[1].jangka(2027).awal, Tanggal::new(2027, 4, 1).unwrap());
        assert_eq!(ps[1].jangka(2027).akhir, Tanggal::new(2027, 6, 30).unwrap());
        assert_eq!(Periode::Bulan(2).jangka(2028).akhir, Tanggal::new(2028, 2, 29).unwrap());
        assert_eq!(Periode::Semester(2).jangka(2027).awal, Tanggal::new(2027, 7, 1).unwrap());
        for f in PeriodeEvaluasi::SEMUA {
            for p in periode_tahun(f) {
                assert_eq!(Periode::parse_kode(&p.kode()), Some(p));
            }
        }
        assert_eq!(Periode::parse_kode("tw5"), None);
        assert_eq!(Periode::Triwulan(4).label_id(), "Triwulan IV");
        assert_eq!(Jangka::tahun(2027).format_id(), "1 Januari 2027 s.d. 31 Desember 2027");
    }
}
