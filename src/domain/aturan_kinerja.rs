//! The editable performance settings of the Aturan page: what the rounding assumption for
//! the SE MenPANRB 3/2023 percentages means for small units (asn-rules.md §10 item 3), and
//! the koefisien angka kredit per jenjang (§5.6, UNCONFIRMED except Ahli Pertama).

use super::distribusi;
use crate::rules::jabatan::JenjangFungsional;
use crate::rules::kinerja::{
    AsumsiDistribusi, BarisKoefisienAk, PredikatOrganisasi, SyaratDistribusi, TabelKoefisienAk, POLA_DISTRIBUSI,
};

/// A percentage bound that appears in the patterns: a cap ("paling banyak") or a floor
/// ("paling sedikit").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Batas {
    pub maksimal: bool,
    pub persen: u8,
}

/// Every distinct bound of the five patterns, caps first, larger percentages first
/// (70% and 10% caps, 60% and 10% floors with the SE's table).
pub fn batas_dalam_pola() -> Vec<Batas> {
    let mut v: Vec<Batas> = POLA_DISTRIBUSI
        .iter()
        .flat_map(|p| p.syarat.iter())
        .filter_map(|s| match *s {
            SyaratDistribusi::Maksimal { persen, .. } => Some(Batas { maksimal: true, persen }),
            SyaratDistribusi::Minimal { persen, .. } => Some(Batas { maksimal: false, persen }),
            _ => None,
        })
        .collect();
    v.sort_by(|a, b| b.maksimal.cmp(&a.maksimal).then(b.persen.cmp(&a.persen)));
    v.dedup();
    v
}

/// What the assumption gives for a unit of `n` rated people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContohUnitKecil {
    pub n: u32,
    /// People per bound, in [`batas_dalam_pola`] order.
    pub orang: Vec<u32>,
    /// The organisation predikat whose pattern no spread of `n` people can meet.
    pub tidak_dapat_dipenuhi: Vec<PredikatOrganisasi>,
}

/// The assumption applied to units of 1 up to the size from which every pattern can always
/// be met ([`distribusi::SELALU_DAPAT_DIPENUHI`]).
pub fn contoh_unit_kecil(asumsi: AsumsiDistribusi) -> Vec<ContohUnitKecil> {
    let batas = batas_dalam_pola();
    (1..distribusi::SELALU_DAPAT_DIPENUHI)
        .map(|n| ContohUnitKecil {
            n,
            orang: batas
                .iter()
                .map(|b| {
                    let p = if b.maksimal { asumsi.pembulatan_maksimal } else { asumsi.pembulatan_minimal };
                    p.orang(n, b.persen)
                })
                .collect(),
            tidak_dapat_dipenuhi: PredikatOrganisasi::SEMUA
                .into_iter()
                .filter(|o| !distribusi::dapat_dipenuhi(*o, n, asumsi))
                .collect(),
        })
        .collect()
}

/// The largest coefficient accepted, in thousandths (the highest in the reference is 50).
pub const KOEFISIEN_MAKS_PER_SERIBU: u32 = 1_000_000;

/// Sets the annual coefficient of `jenjang` (thousandths), adding the row when an older
/// dataset lacks it. Returns whether anything changed.
pub fn atur_koefisien(tabel: &mut TabelKoefisienAk, jenjang: JenjangFungsional, per_seribu: u32) -> bool {
    match tabel.baris.iter_mut().find(|b| b.jenjang == jenjang) {
        Some(b) if b.koefisien_per_seribu == per_seribu => false,
        Some(b) => {
            b.koefisien_per_seribu = per_seribu;
            true
        }
        None => {
            tabel.baris.push(BarisKoefisienAk { jenjang, koefisien_per_seribu: per_seribu });
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::kinerja::Pembulatan;

    #[test]
    fn the_bounds_of_se_3_2023_are_two_caps_and_two_floors() {
        let b = batas_dalam_pola();
        let pasangan: Vec<_> = b.iter().map(|b| (b.maksimal, b.persen)).collect();
        assert_eq!(pasangan, [(true, 70), (true, 10), (false, 60), (false, 10)]);
    }

    #[test]
    fn small_unit_examples_follow_the_assumption() {
        let lunak = contoh_unit_kecil(AsumsiDistribusi::default());
        assert_eq!(lunak.len(), 11);
        // 3 people, caps up, floors down: 70% → 3, 10% → 1; 60% → 1, 10% → 0.
        assert_eq!(lunak[2].orang, [3, 1, 1, 0]);
        // One person can never be "most Baik" and "a Butuh Perbaikan" at once (pola Baik).
        assert!(lunak[0].tidak_dapat_dipenuhi.contains(&PredikatOrganisasi::Baik));
        let ketat = contoh_unit_kecil(AsumsiDistribusi {
            pembulatan_maksimal: Pembulatan::Bawah,
            pembulatan_minimal: Pembulatan::Atas,
        });
        assert_eq!(ketat[2].orang, [2, 0, 2, 1]);
        // With caps rounded down, 70% of one person is nobody: Istimewa cannot be met by one.
        assert!(ketat[0].tidak_dapat_dipenuhi.contains(&PredikatOrganisasi::Istimewa));
        assert!(!lunak[0].tidak_dapat_dipenuhi.contains(&PredikatOrganisasi::Istimewa));
    }

    #[test]
    fn a_coefficient_is_changed_or_added() {
        let mut t = TabelKoefisienAk::default();
        assert!(!atur_koefisien(&mut t, JenjangFungsional::AhliPertama, 12_500));
        assert!(atur_koefisien(&mut t, JenjangFungsional::AhliMuda, 26_000));
        assert_eq!(t.koefisien(JenjangFungsional::AhliMuda), Some(26_000));
        t.baris.retain(|b| b.jenjang != JenjangFungsional::Pemula);
        assert!(atur_koefisien(&mut t, JenjangFungsional::Pemula, 4_000));
        assert_eq!(t.koefisien(JenjangFungsional::Pemula), Some(4_000));
    }
}
