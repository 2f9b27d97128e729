//! The performance picture across a whole office for one year and period: per unit, its
//! organisation predikat, how many of its SKP are rated, the spread of the employee predikat
//! and the check against the SE MenPANRB 3/2023 pattern (asn-rules.md §1.8–§1.9); and per
//! unit, the list of its SKP with their evaluation. One pass over the SKP and evaluations,
//! so an office of thousands is checked at once.
//!
//! The population is the one [`evaluasi::predikat_unit`] uses: active SKP of the year whose
//! snapshot places the pegawai in the unit, with a rated evaluation of the period.

use super::distribusi::{self, HasilDistribusi, Sebaran};
use super::evaluasi::{self, EvaluasiKinerja, KinerjaOrganisasi};
use super::id::Id;
use super::pegawai::UnitKerja;
use super::periode::Periode;
use super::skp::Skp;
use super::tanggal::Stempel;
use super::unit;
use crate::rules::kinerja::{AsumsiDistribusi, PredikatOrganisasi, SelMatriks};
use std::collections::HashMap;

/// Where a unit stands for the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusUnit {
    /// No organisation predikat set: there is no pattern to check against.
    TanpaPredikatOrganisasi,
    /// A predikat is set but no SKP of the unit is rated yet.
    BelumDinilai,
    Sesuai,
    /// At least one condition of the pattern is broken.
    TidakSesuai,
    /// Broken, but no spread of this many people could meet the pattern under the rounding
    /// assumption: a notice, not a blame.
    TidakDapatDipenuhi,
}

/// One unit's row.
#[derive(Clone, Debug, PartialEq)]
pub struct RekapUnit<'a> {
    pub unit: &'a UnitKerja,
    /// Depth in the unit tree (0 for a top unit), for indentation.
    pub kedalaman: usize,
    pub organisasi: Option<&'a KinerjaOrganisasi>,
    /// Active SKP of the year for the unit (rated or not).
    pub jumlah_skp: u32,
    /// Employee predikat of the rated SKP.
    pub sebaran: Sebaran,
    /// The check, when an organisation predikat is set.
    pub hasil: Option<HasilDistribusi>,
}

impl RekapUnit<'_> {
    pub fn dinilai(&self) -> u32 {
        self.sebaran.jumlah()
    }
    pub fn status(&self) -> StatusUnit {
        match &self.hasil {
            None => StatusUnit::TanpaPredikatOrganisasi,
            Some(_) if self.dinilai() == 0 => StatusUnit::BelumDinilai,
            Some(h) if h.sesuai() => StatusUnit::Sesuai,
            Some(h) if h.dapat_dipenuhi => StatusUnit::TidakSesuai,
            Some(_) => StatusUnit::TidakDapatDipenuhi,
        }
    }
}

/// Counts for the top of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RingkasanDistribusi {
    /// Units with an organisation predikat and at least one rated SKP.
    pub diperiksa: u32,
    pub tidak_sesuai: u32,
    pub tidak_dapat_dipenuhi: u32,
    /// Units with rated SKP but no organisation predikat.
    pub tanpa_predikat_organisasi: u32,
}

impl RingkasanDistribusi {
    pub fn dari(rekap: &[RekapUnit<'_>]) -> RingkasanDistribusi {
        let mut r = RingkasanDistribusi::default();
        for x in rekap {
            match x.status() {
                StatusUnit::TanpaPredikatOrganisasi if x.dinilai() > 0 => r.tanpa_predikat_organisasi += 1,
                StatusUnit::TanpaPredikatOrganisasi | StatusUnit::BelumDinilai => {}
                StatusUnit::Sesuai => r.diperiksa += 1,
                StatusUnit::TidakSesuai => {
                    r.diperiksa += 1;
                    r.tidak_sesuai += 1;
                }
                StatusUnit::TidakDapatDipenuhi => {
                    r.diperiksa += 1;
                    r.tidak_dapat_dipenuhi += 1;
                }
            }
        }
        r
    }
}

/// The evaluation of each SKP for `periode`, the last one in the collection winning as in
/// [`evaluasi::predikat_unit`].
fn evaluasi_per_skp(evaluasi: &[EvaluasiKinerja], periode: Periode) -> HashMap<&Id, &EvaluasiKinerja> {
    let mut per_skp = HashMap::new();
    for e in evaluasi.iter().filter(|e| e.dihapus_pada.is_none() && e.periode == periode) {
        per_skp.insert(&e.skp, e);
    }
    per_skp
}

/// Every active unit in tree order with its organisation predikat, rated count, spread and
/// check for `tahun`/`periode` under `asumsi`.
pub fn rekap_distribusi<'a>(
    units: &'a [UnitKerja],
    skp: &'a [Skp],
    evaluasi: &'a [EvaluasiKinerja],
    organisasi: &'a [KinerjaOrganisasi],
    tahun: i32,
    periode: Periode,
    asumsi: AsumsiDistribusi,
) -> Vec<RekapUnit<'a>> {
    let per_skp = evaluasi_per_skp(evaluasi, periode);
    let mut per_unit: HashMap<&Id, (u32, Sebaran)> = HashMap::new();
    for s in skp.iter().filter(|s| s.aktif() && s.tahun == tahun) {
        let Some(u) = s.dinilai.unit_kerja.as_ref() else { continue };
        let x = per_unit.entry(u).or_default();
        x.0 += 1;
        if let Some(c) = per_skp.get(&s.id).and_then(|e| e.predikat()) {
            x.1 .0[c.predikat as usize] += 1;
        }
    }
    unit::urutan_pohon(units)
        .into_iter()
        .map(|(u, kedalaman)| {
            let (jumlah_skp, sebaran) = per_unit.get(&u.id).copied().unwrap_or_default();
            let organisasi = evaluasi::predikat_organisasi(organisasi, &u.id, tahun, periode);
            let hasil = organisasi.map(|o| distribusi::periksa(o.predikat, sebaran, asumsi));
            RekapUnit { unit: u, kedalaman, organisasi, jumlah_skp, sebaran, hasil }
        })
        .collect()
}

/// One SKP of a unit with its evaluation for the period.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisEvaluasiUnit<'a> {
    pub skp: &'a Skp,
    pub evaluasi: Option<&'a EvaluasiKinerja>,
    /// Once both ratings are chosen.
    pub sel: Option<SelMatriks>,
}

/// The active SKP of `unit` for `tahun` (by the snapshot), each with its evaluation for
/// `periode`, by name.
pub fn daftar_evaluasi_unit<'a>(
    skp: &'a [Skp],
    evaluasi: &'a [EvaluasiKinerja],
    unit: &Id,
    tahun: i32,
    periode: Periode,
) -> Vec<BarisEvaluasiUnit<'a>> {
    let per_skp = evaluasi_per_skp(evaluasi, periode);
    let mut v: Vec<BarisEvaluasiUnit<'a>> = skp
        .iter()
        .filter(|s| s.aktif() && s.tahun == tahun && s.dinilai.unit_kerja.as_ref() == Some(unit))
        .map(|s| {
            let e = per_skp.get(&s.id).copied();
            BarisEvaluasiUnit { skp: s, evaluasi: e, sel: e.and_then(|e| e.predikat()) }
        })
        .collect();
    v.sort_by_cached_key(|b| (b.skp.dinilai.nama.to_lowercase(), b.skp.dinilai.nip.clone()));
    v
}

/// The record to save when the organisation predikat or its note is set for a unit and
/// period: `ada` updated, a new record (id from `id_baru`), or `ada` tombstoned when the
/// predikat is cleared. `None` when nothing changes.
#[allow(clippy::too_many_arguments)]
pub fn tetapkan_organisasi(
    ada: Option<&KinerjaOrganisasi>,
    unit: &Id,
    tahun: i32,
    periode: Periode,
    predikat: Option<PredikatOrganisasi>,
    catatan: &str,
    id_baru: impl FnOnce() -> Id,
    sekarang: Stempel,
) -> Option<KinerjaOrganisasi> {
    let catatan = catatan.trim();
    match (ada, predikat) {
        (None, None) => None,
        (Some(o), None) => {
            let mut o = o.clone();
            o.dihapus_pada = Some(sekarang);
            o.updated_at = sekarang;
            Some(o)
        }
        (Some(o), Some(p)) => {
            if o.predikat == p && o.catatan == catatan {
                return None;
            }
            let mut o = o.clone();
            o.predikat = p;
            o.catatan = catatan.to_string();
            o.updated_at = sekarang;
            Some(o)
        }
        (None, Some(p)) => Some(KinerjaOrganisasi {
            id: id_baru(),
            created_at: sekarang,
            updated_at: sekarang,
            dihapus_pada: None,
            unit_kerja: unit.clone(),
            tahun,
            periode,
            predikat: p,
            catatan: catatan.to_string(),
        }),
    }
}

/// The years to offer: `tahun_ini`, the next one (planning), and every year with an SKP or an
/// organisation predikat, newest first.
pub fn tahun_tersedia(skp: &[Skp], organisasi: &[KinerjaOrganisasi], tahun_ini: i32) -> Vec<i32> {
    let mut v: Vec<i32> = skp
        .iter()
        .filter(|s| s.aktif())
        .map(|s| s.tahun)
        .chain(organisasi.iter().filter(|o| o.dihapus_pada.is_none()).map(|o| o.tahun))
        .chain([tahun_ini, tahun_ini + 1])
        .collect();
    v.sort_unstable_by(|a, b| b.cmp(a));
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::skp::Cuplikan;
    use crate::domain::tanggal::Stempel;
    use crate::rules::kinerja::{Predikat, Rating};

    fn id(n: u8) -> Id {
        Id::dari_byte_acak([n; 16])
    }

    fn unit(n: u8, induk: Option<u8>) -> UnitKerja {
        UnitKerja {
            id: id(n),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            nama: format!("Unit {n}"),
            induk: induk.map(id),
        }
    }

    fn skp(n: u8, u: u8, tahun: i32) -> Skp {
        let p = id(n);
        Skp {
            id: id(n + 100),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            pegawai: p.clone(),
            tahun,
            periode: crate::domain::periode::Jangka::tahun(tahun),
            pendekatan: Default::default(),
            jpt: false,
            dinilai: Cuplikan {
                pegawai: Some(p),
                nama: format!("Pegawai {n}"),
                unit_kerja: Some(id(u)),
                ..Default::default()
            },
            penilai: None,
            atasan_penilai: None,
            rhk: vec![],
            perilaku: vec![],
            lampiran: Default::default(),
            status: Default::default(),
            disetujui_pada: None,
            perubahan: vec![],
        }
    }

    fn ev(n: u8, periode: Periode, h: Rating, p: Rating) -> EvaluasiKinerja {
        let mut e = EvaluasiKinerja::baru(id(n + 200), id(n + 100), periode, Stempel(1));
        e.rating_hasil_kerja = Some(h);
        e.rating_perilaku = Some(p);
        e
    }

    fn org(u: u8, p: PredikatOrganisasi, periode: Periode) -> KinerjaOrganisasi {
        tetapkan_organisasi(None, &id(u), 2027, periode, Some(p), "", || id(u + 50), Stempel(2)).unwrap()
    }

    use Rating::*;

    /// Unit 1 (Baik): 5 SKP, 4 rated Baik and one not rated → Baik above 70% (3 of 4, caps
    /// rounded up) and no Butuh Perbaikan/Kurang (SE 3/2023, pola Baik). Unit 2 (sub-unit of 1, Istimewa): one rated
    /// Sangat Baik → fine. Unit 3: rated, no organisation predikat.
    fn kantor() -> (Vec<UnitKerja>, Vec<Skp>, Vec<EvaluasiKinerja>, Vec<KinerjaOrganisasi>) {
        let units = vec![unit(1, None), unit(2, Some(1)), unit(3, None)];
        let skp = vec![
            skp(1, 1, 2027),
            skp(2, 1, 2027),
            skp(3, 1, 2027),
            skp(4, 1, 2027),
            skp(5, 2, 2027),
            skp(6, 3, 2027),
            skp(7, 1, 2026),
            skp(8, 1, 2027),
        ];
        let t = Periode::Tahunan;
        let evaluasi = vec![
            ev(1, t, SesuaiEkspektasi, SesuaiEkspektasi),
            ev(2, t, DiAtasEkspektasi, SesuaiEkspektasi),
            ev(3, t, SesuaiEkspektasi, DiAtasEkspektasi),
            ev(4, t, SesuaiEkspektasi, SesuaiEkspektasi),
            ev(5, t, DiAtasEkspektasi, DiAtasEkspektasi),
            ev(6, t, DiBawahEkspektasi, DiBawahEkspektasi),
            ev(7, t, DiBawahEkspektasi, DiBawahEkspektasi),
            ev(4, Periode::Triwulan(1), DiBawahEkspektasi, SesuaiEkspektasi),
        ];
        let organisasi = vec![org(1, PredikatOrganisasi::Baik, t), org(2, PredikatOrganisasi::Istimewa, t)];
        (units, skp, evaluasi, organisasi)
    }

    #[test]
    fn each_unit_gets_its_spread_check_and_status_for_the_year_and_period() {
        let (u, s, e, o) = kantor();
        let r = rekap_distribusi(&u, &s, &e, &o, 2027, Periode::Tahunan, AsumsiDistribusi::default());
        let nama: Vec<_> = r.iter().map(|x| (x.unit.nama.as_str(), x.kedalaman)).collect();
        assert_eq!(nama, [("Unit 1", 0), ("Unit 2", 1), ("Unit 3", 0)]);
        assert_eq!((r[0].jumlah_skp, r[0].dinilai()), (5, 4));
        assert_eq!(r[0].sebaran, Sebaran([0, 4, 0, 0, 0]));
        assert_eq!(r[0].status(), StatusUnit::TidakSesuai);
        assert_eq!(r[0].hasil.as_ref().unwrap().pelanggaran.len(), 2, "Baik > 70% and no BP/Kurang");
        assert_eq!(r[1].status(), StatusUnit::Sesuai);
        assert_eq!(r[2].status(), StatusUnit::TanpaPredikatOrganisasi);
        assert_eq!(r[2].sebaran, Sebaran([0, 0, 0, 0, 1]));
        let ringkas = RingkasanDistribusi::dari(&r);
        assert_eq!(
            ringkas,
            RingkasanDistribusi {
                diperiksa: 2,
                tidak_sesuai: 1,
                tidak_dapat_dipenuhi: 0,
                tanpa_predikat_organisasi: 1
            }
        );
        // Another period: only SKP 4 is rated there, and no unit has a predikat for it.
        let r = rekap_distribusi(&u, &s, &e, &o, 2027, Periode::Triwulan(1), AsumsiDistribusi::default());
        assert_eq!(r[0].sebaran, Sebaran([0, 0, 1, 0, 0]));
        assert!(r.iter().all(|x| x.status() == StatusUnit::TanpaPredikatOrganisasi));
    }

    #[test]
    fn the_spread_is_the_one_predikat_unit_gives() {
        let (u, s, e, o) = kantor();
        for periode in [Periode::Tahunan, Periode::Triwulan(1)] {
            for tahun in [2026, 2027] {
                let r = rekap_distribusi(&u, &s, &e, &o, tahun, periode, AsumsiDistribusi::default());
                for x in &r {
                    let satu = evaluasi::predikat_unit(&s, &e, &x.unit.id, tahun, periode, None);
                    assert_eq!(x.sebaran, Sebaran::dari(satu.into_iter().map(|(_, p)| p)));
                }
            }
        }
    }

    #[test]
    fn a_unit_of_one_under_baik_gets_the_notice_not_a_blame() {
        // SE 3/2023 pola Baik needs a Baik majority and a Butuh Perbaikan/Kurang: not with one person.
        let (u, s, e, _) = kantor();
        let o = vec![org(2, PredikatOrganisasi::Baik, Periode::Tahunan)];
        let r = rekap_distribusi(&u, &s, &e, &o, 2027, Periode::Tahunan, AsumsiDistribusi::default());
        assert_eq!(r[1].status(), StatusUnit::TidakDapatDipenuhi);
        assert_eq!(RingkasanDistribusi::dari(&r).tidak_dapat_dipenuhi, 1);
    }

    #[test]
    fn a_predikat_set_with_nothing_rated_is_not_counted_as_checked() {
        let (u, s, e, _) = kantor();
        let o = vec![org(3, PredikatOrganisasi::Baik, Periode::Semester(1))];
        let r = rekap_distribusi(&u, &s, &e, &o, 2027, Periode::Semester(1), AsumsiDistribusi::default());
        assert_eq!(r[2].status(), StatusUnit::BelumDinilai);
        assert_eq!(RingkasanDistribusi::dari(&r), RingkasanDistribusi::default());
    }

    #[test]
    fn the_unit_list_has_every_skp_of_the_year_by_name_rated_or_not() {
        let (_, s, e, _) = kantor();
        let v = daftar_evaluasi_unit(&s, &e, &id(1), 2027, Periode::Tahunan);
        let nama: Vec<_> = v.iter().map(|b| b.skp.dinilai.nama.as_str()).collect();
        assert_eq!(nama, ["Pegawai 1", "Pegawai 2", "Pegawai 3", "Pegawai 4", "Pegawai 8"]);
        assert_eq!(v[1].sel.map(|c| c.predikat), Some(Predikat::Baik));
        assert!(v[4].evaluasi.is_none() && v[4].sel.is_none());
    }

    #[test]
    fn setting_changing_and_clearing_the_organisation_predikat() {
        let u = id(1);
        let t = Periode::Triwulan(2);
        let baru =
            tetapkan_organisasi(None, &u, 2027, t, Some(PredikatOrganisasi::Baik), " catatan ", || id(9), Stempel(5))
                .unwrap();
        assert_eq!((baru.id.clone(), baru.catatan.as_str(), baru.created_at), (id(9), "catatan", Stempel(5)));
        assert_eq!(
            tetapkan_organisasi(
                Some(&baru),
                &u,
                2027,
                t,
                Some(PredikatOrganisasi::Baik),
                "catatan",
                || id(8),
                Stempel(6)
            ),
            None
        );
        let ubah = tetapkan_organisasi(
            Some(&baru),
            &u,
            2027,
            t,
            Some(PredikatOrganisasi::Kurang),
            "catatan",
            || id(8),
            Stempel(6),
        )
        .unwrap();
        assert_eq!((ubah.id.clone(), ubah.predikat, ubah.updated_at), (id(9), PredikatOrganisasi::Kurang, Stempel(6)));
        let hapus = tetapkan_organisasi(Some(&ubah), &u, 2027, t, None, "", || id(8), Stempel(7)).unwrap();
        assert_eq!(hapus.dihapus_pada, Some(Stempel(7)));
        assert_eq!(evaluasi::predikat_organisasi(&[hapus], &u, 2027, t), None);
        assert_eq!(tetapkan_organisasi(None, &u, 2027, t, None, "x", || id(8), Stempel(7)), None);
    }

    #[test]
    fn years_offered_include_this_and_next_and_every_year_with_data() {
        let (_, s, _, o) = kantor();
        assert_eq!(tahun_tersedia(&s, &o, 2026), [2027, 2026]);
        assert_eq!(tahun_tersedia(&s, &o, 2030), [2031, 2030, 2027, 2026]);
    }
}
