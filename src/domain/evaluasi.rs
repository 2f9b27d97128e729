//! During the year and at evaluation (PermenPANRB 6/2022; asn-rules.md §1.5–§1.11): what the
//! pegawai reports (realisasi with bukti dukung, and optionally a penilaian mandiri), what the
//! penilai records (umpan balik berkelanjutan, ratings), the dialog kinerja log, the unit's
//! organisation predikat, and community feedback.
//!
//! What the pegawai writes and what the penilai writes are separate records, so the
//! self-assessment file of one and the rating of the other travel and merge without ever
//! conflicting with each other.

use super::id::Id;
use super::periode::Periode;
use super::skp::{Skp, Target};
use super::tanggal::{Stempel, Tanggal};
use crate::rules::berakhlak::NilaiBerakhlak;
use crate::rules::kinerja::{self, Predikat, PredikatOrganisasi, Rating, SelMatriks};
use serde::{Deserialize, Serialize};

/// Evidence for a realisasi: a description and, optionally, where it is (a link or a path on
/// the office share).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuktiDukung {
    pub uraian: String,
    #[serde(default)]
    pub tautan: String,
}

/// The realisasi of one indicator: a number (for a numeric target) and/or a description.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RealisasiIki {
    pub iki: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nilai: Option<f64>,
    #[serde(default)]
    pub uraian: String,
}

/// The realisasi of one RHK in one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RealisasiRhk {
    pub rhk: Id,
    #[serde(default)]
    pub indikator: Vec<RealisasiIki>,
    #[serde(default)]
    pub bukti: Vec<BuktiDukung>,
}

/// The pegawai's own ratings and reflection (penilaian mandiri).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenilaianMandiri {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating_hasil_kerja: Option<Rating>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating_perilaku: Option<Rating>,
    #[serde(default)]
    pub refleksi: String,
}

/// What the pegawai reports for one SKP and period. Written by the pegawai.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RealisasiKinerja {
    pub id: Id,
    pub created_at: Stempel,
    pub updated_at: Stempel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dihapus_pada: Option<Stempel>,
    pub skp: Id,
    pub periode: Periode,
    #[serde(default)]
    pub rhk: Vec<RealisasiRhk>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandiri: Option<PenilaianMandiri>,
}

impl RealisasiKinerja {
    pub fn baru(id: Id, skp: Id, periode: Periode, sekarang: Stempel) -> RealisasiKinerja {
        RealisasiKinerja {
            id,
            created_at: sekarang,
            updated_at: sekarang,
            dihapus_pada: None,
            skp,
            periode,
            rhk: Vec::new(),
            mandiri: None,
        }
    }
    pub fn untuk_rhk(&self, rhk: &Id) -> Option<&RealisasiRhk> {
        self.rhk.iter().find(|r| &r.rhk == rhk)
    }
    /// The entry for `rhk`, created if missing.
    pub fn untuk_rhk_mut(&mut self, rhk: &Id) -> &mut RealisasiRhk {
        if let Some(i) = self.rhk.iter().position(|r| &r.rhk == rhk) {
            return &mut self.rhk[i];
        }
        self.rhk.push(RealisasiRhk { rhk: rhk.clone(), indikator: Vec::new(), bukti: Vec::new() });
        let n = self.rhk.len() - 1;
        &mut self.rhk[n]
    }
    pub fn nilai_iki(&self, rhk: &Id, iki: &Id) -> Option<&RealisasiIki> {
        self.untuk_rhk(rhk)?.indikator.iter().find(|i| &i.iki == iki)
    }
}

/// Feedback on one RHK.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UmpanBalikRhk {
    pub rhk: Id,
    #[serde(default)]
    pub umpan_balik: String,
}

/// Feedback on one BerAKHLAK value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UmpanBalikPerilaku {
    pub nilai: NilaiBerakhlak,
    #[serde(default)]
    pub umpan_balik: String,
}

/// What the penilai records for one SKP and period. Written by the penilai.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluasiKinerja {
    pub id: Id,
    pub created_at: Stempel,
    pub updated_at: Stempel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dihapus_pada: Option<Stempel>,
    pub skp: Id,
    pub periode: Periode,
    #[serde(default)]
    pub umpan_balik_rhk: Vec<UmpanBalikRhk>,
    #[serde(default)]
    pub umpan_balik_perilaku: Vec<UmpanBalikPerilaku>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating_hasil_kerja: Option<Rating>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating_perilaku: Option<Rating>,
    /// The date the penilai set the ratings (printed on the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ditetapkan_pada: Option<Tanggal>,
}

impl EvaluasiKinerja {
    pub fn baru(id: Id, skp: Id, periode: Periode, sekarang: Stempel) -> EvaluasiKinerja {
        EvaluasiKinerja {
            id,
            created_at: sekarang,
            updated_at: sekarang,
            dihapus_pada: None,
            skp,
            periode,
            umpan_balik_rhk: Vec::new(),
            umpan_balik_perilaku: Vec::new(),
            rating_hasil_kerja: None,
            rating_perilaku: None,
            ditetapkan_pada: None,
        }
    }
    /// The predikat, once both ratings are chosen, with its matrix cell.
    pub fn predikat(&self) -> Option<SelMatriks> {
        Some(kinerja::predikat(self.rating_hasil_kerja?, self.rating_perilaku?))
    }
    pub fn umpan_balik_untuk(&self, rhk: &Id) -> &str {
        self.umpan_balik_rhk.iter().find(|u| &u.rhk == rhk).map(|u| u.umpan_balik.as_str()).unwrap_or("")
    }
    pub fn set_umpan_balik(&mut self, rhk: &Id, teks: String) {
        match self.umpan_balik_rhk.iter_mut().find(|u| &u.rhk == rhk) {
            Some(u) => u.umpan_balik = teks,
            None => self.umpan_balik_rhk.push(UmpanBalikRhk { rhk: rhk.clone(), umpan_balik: teks }),
        }
    }
    pub fn umpan_balik_perilaku_untuk(&self, n: NilaiBerakhlak) -> &str {
        self.umpan_balik_perilaku.iter().find(|u| u.nilai == n).map(|u| u.umpan_balik.as_str()).unwrap_or("")
    }
    pub fn set_umpan_balik_perilaku(&mut self, n: NilaiBerakhlak, teks: String) {
        match self.umpan_balik_perilaku.iter_mut().find(|u| u.nilai == n) {
            Some(u) => u.umpan_balik = teks,
            None => self.umpan_balik_perilaku.push(UmpanBalikPerilaku { nilai: n, umpan_balik: teks }),
        }
    }
}

/// One entry of the dialog kinerja log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DialogKinerja {
    pub id: Id,
    pub created_at: Stempel,
    pub updated_at: Stempel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dihapus_pada: Option<Stempel>,
    pub skp: Id,
    pub tanggal: Tanggal,
    /// Who took part.
    #[serde(default)]
    pub peserta: String,
    #[serde(default)]
    pub topik: String,
    #[serde(default)]
    pub kesepakatan: String,
    #[serde(default)]
    pub tindak_lanjut: String,
}

/// The organisation predikat of one unit for one period (SE MenPANRB 3/2023 step 1), set by
/// the leader one level up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KinerjaOrganisasi {
    pub id: Id,
    pub created_at: Stempel,
    pub updated_at: Stempel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dihapus_pada: Option<Stempel>,
    pub unit_kerja: Id,
    pub tahun: i32,
    pub periode: Periode,
    pub predikat: PredikatOrganisasi,
    #[serde(default)]
    pub catatan: String,
}

/// Where community feedback came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kanal {
    Loket,
    Survei,
    Daring,
}

impl Kanal {
    pub const SEMUA: [Kanal; 3] = [Kanal::Loket, Kanal::Survei, Kanal::Daring];
    pub fn label_id(self) -> &'static str {
        match self {
            Kanal::Loket => "Loket",
            Kanal::Survei => "Survei",
            Kanal::Daring => "Daring",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Kanal::Loket => "Service counter",
            Kanal::Survei => "Survey",
            Kanal::Daring => "Online",
        }
    }
    pub fn kode(self) -> &'static str {
        match self {
            Kanal::Loket => "loket",
            Kanal::Survei => "survei",
            Kanal::Daring => "daring",
        }
    }
    pub fn parse(s: &str) -> Option<Kanal> {
        Self::SEMUA.into_iter().find(|k| k.kode() == s)
    }
}

/// A community score: 1–5 stars, or an IKM-style survey index 0–100 (thousandths not needed:
/// tenths kept, `827` = 82,7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Skor {
    Bintang(u8),
    IkmPerSepuluh(u16),
}

impl Skor {
    pub fn sah(self) -> bool {
        match self {
            Skor::Bintang(n) => (1..=5).contains(&n),
            Skor::IkmPerSepuluh(n) => n <= 1000,
        }
    }
    /// On a 0–100 scale, in tenths, so stars and survey indices can be summarised together
    /// (1 star = 20, 5 stars = 100).
    pub fn per_sepuluh_dari_100(self) -> u32 {
        match self {
            Skor::Bintang(n) => u32::from(n) * 200,
            Skor::IkmPerSepuluh(n) => u32::from(n),
        }
    }
}

/// One piece of community feedback (umpan balik masyarakat): a signal shown beside the
/// predikat, never mixed into it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UmpanBalikMasyarakat {
    pub id: Id,
    pub created_at: Stempel,
    pub updated_at: Stempel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dihapus_pada: Option<Stempel>,
    pub unit_kerja: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pegawai: Option<Id>,
    pub tanggal: Tanggal,
    pub kanal: Kanal,
    pub skor: Skor,
    #[serde(default)]
    pub komentar: String,
}

/// Community feedback of a unit in a date span, summarised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct RingkasanMasyarakat {
    pub jumlah: u32,
    /// Mean on a 0–100 scale, in tenths.
    pub rata_rata_per_sepuluh: Option<u32>,
    pub per_kanal: [u32; 3],
}

pub fn ringkas_masyarakat<'a>(entri: impl IntoIterator<Item = &'a UmpanBalikMasyarakat>) -> RingkasanMasyarakat {
    let mut r = RingkasanMasyarakat::default();
    let mut total = 0u64;
    for e in entri {
        r.jumlah += 1;
        total += u64::from(e.skor.per_sepuluh_dari_100());
        r.per_kanal[e.kanal as usize] += 1;
    }
    if r.jumlah > 0 {
        r.rata_rata_per_sepuluh = Some(((total + u64::from(r.jumlah) / 2) / u64::from(r.jumlah)) as u32);
    }
    r
}

// ---------------------------------------------------------------------------------------------
// Suggested rating from realisasi vs target
// ---------------------------------------------------------------------------------------------

/// How one indicator's realisasi compares with its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capaian {
    DiAtas,
    Sesuai,
    DiBawah,
    /// A text target or no number yet: the penilai judges.
    TidakTerukur,
}

/// Realisasi vs a numeric target; for time and cost less is better.
pub fn capaian_iki(aspek_lebih_kecil_lebih_baik: bool, target: &Target, realisasi: Option<f64>) -> Capaian {
    let (Target::Angka { nilai: t, .. }, Some(r)) = (target, realisasi) else {
        return Capaian::TidakTerukur;
    };
    let (t, r) = (*t, r);
    if !t.is_finite() || !r.is_finite() {
        return Capaian::TidakTerukur;
    }
    let lebih_baik = if aspek_lebih_kecil_lebih_baik { r < t } else { r > t };
    if (r - t).abs() <= f64::EPSILON * t.abs().max(1.0) {
        Capaian::Sesuai
    } else if lebih_baik {
        Capaian::DiAtas
    } else {
        Capaian::DiBawah
    }
}

/// A suggestion for the rating hasil kerja with its reasoning, never applied by itself.
#[derive(Clone, Debug, PartialEq)]
pub struct SaranRating {
    pub rating: Option<Rating>,
    pub alasan_id: String,
    pub alasan_en: String,
    /// Per RHK: its id and how its indicators compare (`None` when nothing is measurable).
    pub per_rhk: Vec<(Id, Option<Capaian>)>,
}

/// The suggestion follows the guidance of PermenPANRB 6/2022 as summarised in asn-rules.md
/// §1.6, without fixed percentage thresholds: an RHK is above expectation when every measured
/// indicator is met and one exceeds, below when one falls short; the rating is Di Atas when
/// most RHK are above and no RHK utama is below, Di Bawah when most are below, else Sesuai.
pub fn saran_rating_hasil_kerja(skp: &Skp, realisasi: Option<&RealisasiKinerja>) -> SaranRating {
    let mut per_rhk = Vec::new();
    let (mut atas, mut sesuai, mut bawah, mut utama_bawah) = (0u32, 0u32, 0u32, 0u32);
    for r in &skp.rhk {
        let mut c_rhk: Option<Capaian> = None;
        for i in &r.indikator {
            let lkb = i.aspek.is_some_and(|a| a.lebih_kecil_lebih_baik());
            let nilai = realisasi.and_then(|x| x.nilai_iki(&r.id, &i.id)).and_then(|x| x.nilai);
            let c = capaian_iki(lkb, &i.target, nilai);
            c_rhk = match (c_rhk, c) {
                (x, Capaian::TidakTerukur) => x,
                (_, Capaian::DiBawah) | (Some(Capaian::DiBawah), _) => Some(Capaian::DiBawah),
                (Some(Capaian::DiAtas), _) | (_, Capaian::DiAtas) => Some(Capaian::DiAtas),
                _ => Some(Capaian::Sesuai),
            };
        }
        match c_rhk {
            Some(Capaian::DiAtas) => atas += 1,
            Some(Capaian::Sesuai) => sesuai += 1,
            Some(Capaian::DiBawah) => {
                bawah += 1;
                if r.jenis == super::skp::JenisRhk::Utama {
                    utama_bawah += 1;
                }
            }
            _ => {}
        }
        per_rhk.push((r.id.clone(), c_rhk));
    }
    let terukur = atas + sesuai + bawah;
    let tidak = per_rhk.len() as u32 - terukur;
    if terukur == 0 {
        return SaranRating {
            rating: None,
            alasan_id: "Belum ada realisasi berangka yang dapat dibandingkan dengan target; pejabat penilai menilai berdasarkan bukti dukung.".into(),
            alasan_en: "No numeric realisation to compare with the targets yet; the appraising official judges from the evidence.".into(),
            per_rhk,
        };
    }
    let rating = if atas * 2 > terukur && utama_bawah == 0 {
        Rating::DiAtasEkspektasi
    } else if bawah * 2 > terukur {
        Rating::DiBawahEkspektasi
    } else {
        Rating::SesuaiEkspektasi
    };
    let alasan_id = format!(
        "Dari {terukur} RHK terukur: {atas} di atas target, {sesuai} sesuai, {bawah} di bawah ({utama_bawah} di antaranya RHK utama){}. Saran: {}. Pedoman: Di Atas bila sebagian besar di atas dan tidak ada RHK utama di bawah; Di Bawah bila sebagian besar di bawah.",
        if tidak > 0 { format!("; {tidak} RHK tidak terukur") } else { String::new() },
        rating.label_id()
    );
    let alasan_en = format!(
        "Of {terukur} measured RHK: {atas} above target, {sesuai} on target, {bawah} below ({utama_bawah} of them core){}. Suggestion: {}. Guidance: Above when most are above and no core RHK is below; Below when most are below.",
        if tidak > 0 { format!("; {tidak} not measurable") } else { String::new() },
        rating.label_en()
    );
    SaranRating { rating: Some(rating), alasan_id, alasan_en, per_rhk }
}

// ---------------------------------------------------------------------------------------------
// Self vs penilai
// ---------------------------------------------------------------------------------------------

/// The pegawai's own view beside the penilai's, for the side-by-side comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Perbandingan {
    pub mandiri_hasil_kerja: Option<Rating>,
    pub penilai_hasil_kerja: Option<Rating>,
    pub mandiri_perilaku: Option<Rating>,
    pub penilai_perilaku: Option<Rating>,
    pub mandiri_predikat: Option<Predikat>,
    pub penilai_predikat: Option<Predikat>,
}

impl Perbandingan {
    pub fn beda_hasil_kerja(&self) -> bool {
        self.mandiri_hasil_kerja.is_some() && self.mandiri_hasil_kerja != self.penilai_hasil_kerja
    }
    pub fn beda_perilaku(&self) -> bool {
        self.mandiri_perilaku.is_some() && self.mandiri_perilaku != self.penilai_perilaku
    }
    pub fn beda_predikat(&self) -> bool {
        self.mandiri_predikat.is_some() && self.mandiri_predikat != self.penilai_predikat
    }
}

pub fn bandingkan(realisasi: Option<&RealisasiKinerja>, evaluasi: Option<&EvaluasiKinerja>) -> Perbandingan {
    let m = realisasi.and_then(|r| r.mandiri.as_ref());
    let mh = m.and_then(|m| m.rating_hasil_kerja);
    let mp = m.and_then(|m| m.rating_perilaku);
    let ph = evaluasi.and_then(|e| e.rating_hasil_kerja);
    let pp = evaluasi.and_then(|e| e.rating_perilaku);
    let pred = |h: Option<Rating>, p: Option<Rating>| Some(kinerja::predikat(h?, p?).predikat);
    Perbandingan {
        mandiri_hasil_kerja: mh,
        penilai_hasil_kerja: ph,
        mandiri_perilaku: mp,
        penilai_perilaku: pp,
        mandiri_predikat: pred(mh, mp),
        penilai_predikat: pred(ph, pp),
    }
}

// ---------------------------------------------------------------------------------------------
// Across pegawai: a unit's distribution, a pegawai's history
// ---------------------------------------------------------------------------------------------

/// The predikat of every rated SKP of `unit` for `tahun` and `periode`: the population the
/// SE MenPANRB 3/2023 pattern applies to (the employees of one unit, as the SKP snapshot
/// placed them). `ganti` substitutes an unsaved rating (the what-if while rating).
pub fn predikat_unit<'a>(
    skp: &'a [Skp],
    evaluasi: &'a [EvaluasiKinerja],
    unit: &Id,
    tahun: i32,
    periode: Periode,
    ganti: Option<(&Id, Option<Predikat>)>,
) -> Vec<(&'a Skp, Predikat)> {
    let mut per_skp: std::collections::HashMap<&Id, &EvaluasiKinerja> = std::collections::HashMap::new();
    for e in evaluasi.iter().filter(|e| e.dihapus_pada.is_none() && e.periode == periode) {
        per_skp.insert(&e.skp, e);
    }
    skp.iter()
        .filter(|s| s.aktif() && s.tahun == tahun && s.dinilai.unit_kerja.as_ref() == Some(unit))
        .filter_map(|s| {
            let p = match ganti {
                Some((id, p)) if *id == s.id => p,
                _ => per_skp.get(&s.id).and_then(|e| e.predikat()).map(|c| c.predikat),
            };
            p.map(|p| (s, p))
        })
        .collect()
}

/// The organisation predikat set for `unit` in `tahun`/`periode`, if any.
pub fn predikat_organisasi<'a>(
    organisasi: &'a [KinerjaOrganisasi],
    unit: &Id,
    tahun: i32,
    periode: Periode,
) -> Option<&'a KinerjaOrganisasi> {
    organisasi
        .iter()
        .filter(|o| o.dihapus_pada.is_none() && &o.unit_kerja == unit && o.tahun == tahun && o.periode == periode)
        .max_by_key(|o| o.updated_at)
}

/// One year of a pegawai's performance history.
#[derive(Clone, Debug, PartialEq)]
pub struct PredikatTahunan {
    pub tahun: i32,
    pub skp: Id,
    pub sel: SelMatriks,
    pub ditetapkan_pada: Option<Tanggal>,
}

/// The annual predikat of `pegawai` per year, newest first: the annual (final) evaluation
/// of each year's SKP (asn-rules.md §1.10: the annual predikat is the final evaluation's).
pub fn riwayat_predikat(pegawai: &Id, skp: &[Skp], evaluasi: &[EvaluasiKinerja]) -> Vec<PredikatTahunan> {
    let mut v: Vec<PredikatTahunan> = skp
        .iter()
        .filter(|s| s.aktif() && &s.pegawai == pegawai)
        .filter_map(|s| {
            let e = evaluasi
                .iter()
                .filter(|e| e.dihapus_pada.is_none() && e.skp == s.id && e.periode == Periode::Tahunan)
                .max_by_key(|e| e.updated_at)?;
            Some(PredikatTahunan {
                tahun: s.tahun,
                skp: s.id.clone(),
                sel: e.predikat()?,
                ditetapkan_pada: e.ditetapkan_pada,
            })
        })
        .collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.tahun));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_and_cost_are_better_when_lower() {
        let t = Target::Angka { nilai: 12.0, satuan: "bulan".into() };
        assert_eq!(capaian_iki(true, &t, Some(10.0)), Capaian::DiAtas);
        assert_eq!(capaian_iki(true, &t, Some(12.0)), Capaian::Sesuai);
        assert_eq!(capaian_iki(true, &t, Some(13.0)), Capaian::DiBawah);
        assert_eq!(capaian_iki(false, &t, Some(13.0)), Capaian::DiAtas);
        assert_eq!(capaian_iki(false, &Target::Teks("laporan".into()), Some(13.0)), Capaian::TidakTerukur);
        assert_eq!(capaian_iki(false, &t, None), Capaian::TidakTerukur);
        assert_eq!(capaian_iki(false, &t, Some(f64::NAN)), Capaian::TidakTerukur);
    }

    #[test]
    fn community_scores_share_one_scale() {
        assert_eq!(Skor::Bintang(5).per_sepuluh_dari_100(), 1000);
        assert_eq!(Skor::Bintang(1).per_sepuluh_dari_100(), 200);
        assert!(!Skor::Bintang(6).sah() && !Skor::IkmPerSepuluh(1001).sah());
    }
}
