//! Checking a unit's employee predikat against the pattern its organisation predikat imposes
//! (SE MenPANRB 3/2023, asn-rules.md §1.9): counts, percentages, and each violated condition
//! in words. Percentages become numbers of people by the editable rounding assumption.

use crate::rules::kinerja::{AsumsiDistribusi, Predikat, PredikatOrganisasi, SyaratDistribusi};

/// How many employees of a unit hold each predikat, in [`Predikat::SEMUA`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sebaran(pub [u32; 5]);

impl Sebaran {
    pub fn dari<I: IntoIterator<Item = Predikat>>(predikat: I) -> Sebaran {
        let mut s = Sebaran::default();
        for p in predikat {
            s.0[p as usize] += 1;
        }
        s
    }
    pub fn jumlah(&self) -> u32 {
        self.0.iter().sum()
    }
    pub fn banyak(&self, p: Predikat) -> u32 {
        self.0[p as usize]
    }
    fn banyak_dari(&self, ps: &[Predikat]) -> u32 {
        ps.iter().map(|p| self.banyak(*p)).sum()
    }
    /// Percentage of the total with one decimal, as tenths (`333` = 33,3%).
    pub fn persen_per_sepuluh(&self, p: Predikat) -> u32 {
        let n = self.jumlah();
        (self.banyak(p) * 1000 + n / 2).checked_div(n).unwrap_or(0)
    }
}

/// One condition of the pattern that the unit does not meet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pelanggaran {
    pub syarat: SyaratDistribusi,
    /// How many people hold the predikat the condition is about.
    pub ada: u32,
    /// The bound in people after rounding (for `Terbanyak`, the largest other group).
    pub batas: u32,
    pub pesan_id: String,
    pub pesan_en: String,
}

/// The outcome of checking one unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HasilDistribusi {
    pub organisasi: PredikatOrganisasi,
    pub sebaran: Sebaran,
    pub pelanggaran: Vec<Pelanggaran>,
    /// `false` when no assignment of predikat to this many people can meet the pattern under
    /// the rounding assumption (e.g. Baik needs a Baik majority *and* a Butuh Perbaikan, which
    /// one person cannot be): the unit then gets a notice, not a blame.
    pub dapat_dipenuhi: bool,
}

impl HasilDistribusi {
    pub fn sesuai(&self) -> bool {
        self.pelanggaran.is_empty()
    }
}

fn daftar_id(ps: &[Predikat]) -> String {
    ps.iter().map(|p| p.label_id()).collect::<Vec<_>>().join(" dan/atau ")
}
fn daftar_en(ps: &[Predikat]) -> String {
    ps.iter().map(|p| p.label_en()).collect::<Vec<_>>().join(" and/or ")
}

/// The conditions of `organisasi`'s pattern that `sebaran` breaks, under `asumsi`.
pub fn periksa(organisasi: PredikatOrganisasi, sebaran: Sebaran, asumsi: AsumsiDistribusi) -> HasilDistribusi {
    let pelanggaran = langgar(organisasi, &sebaran, asumsi);
    let n = sebaran.jumlah();
    let dapat_dipenuhi = pelanggaran.is_empty() || dapat_dipenuhi(organisasi, n, asumsi);
    HasilDistribusi { organisasi, sebaran, pelanggaran, dapat_dipenuhi }
}

/// Whether `s` meets one condition (no messages: this runs inside the feasibility search).
fn terpenuhi(syarat: SyaratDistribusi, s: &Sebaran, asumsi: AsumsiDistribusi) -> bool {
    let n = s.jumlah();
    match syarat {
        SyaratDistribusi::Terbanyak(p) => Predikat::SEMUA.into_iter().all(|q| s.banyak(q) <= s.banyak(p)),
        SyaratDistribusi::Maksimal { predikat, persen } => {
            s.banyak_dari(predikat) <= asumsi.pembulatan_maksimal.orang(n, persen)
        }
        SyaratDistribusi::Minimal { predikat, persen } => {
            s.banyak_dari(predikat) >= asumsi.pembulatan_minimal.orang(n, persen)
        }
        SyaratDistribusi::HarusAda(predikat) => s.banyak_dari(predikat) >= 1,
        SyaratDistribusi::TidakBoleh(p) => s.banyak(p) == 0,
    }
}

fn memenuhi(organisasi: PredikatOrganisasi, s: &Sebaran, asumsi: AsumsiDistribusi) -> bool {
    s.jumlah() == 0 || organisasi.pola().syarat.iter().all(|x| terpenuhi(*x, s, asumsi))
}

fn langgar(organisasi: PredikatOrganisasi, s: &Sebaran, asumsi: AsumsiDistribusi) -> Vec<Pelanggaran> {
    let n = s.jumlah();
    let mut hasil = Vec::new();
    if n == 0 {
        return hasil;
    }
    for syarat in organisasi.pola().syarat {
        if terpenuhi(*syarat, s, asumsi) {
            continue;
        }
        let (ada, batas, id, en) = match *syarat {
            SyaratDistribusi::Terbanyak(p) => {
                let ada = s.banyak(p);
                let (lain, terbesar) = Predikat::SEMUA
                    .into_iter()
                    .filter(|q| *q != p)
                    .map(|q| (q, s.banyak(q)))
                    .max_by_key(|(_, k)| *k)
                    .unwrap_or((p, 0));
                (
                    ada,
                    terbesar,
                    format!(
                        "Sebagian besar pegawai harus {}: ada {ada} {}, lebih sedikit dari {terbesar} {}.",
                        p.label_id(),
                        p.label_id(),
                        lain.label_id()
                    ),
                    format!(
                        "Most employees must be {}: {ada} are {}, fewer than the {terbesar} {}.",
                        p.label_en(),
                        p.label_en(),
                        lain.label_en()
                    ),
                )
            }
            SyaratDistribusi::Maksimal { predikat, persen } => {
                let ada = s.banyak_dari(predikat);
                let batas = asumsi.pembulatan_maksimal.orang(n, persen);
                (
                    ada,
                    batas,
                    format!(
                        "{} paling banyak {persen}% ({batas} dari {n} orang, dibulatkan {}); ada {ada}.",
                        daftar_id(predikat),
                        asumsi.pembulatan_maksimal.label_id()
                    ),
                    format!(
                        "{} at most {persen}% ({batas} of {n}, rounded {}); there are {ada}.",
                        daftar_en(predikat),
                        asumsi.pembulatan_maksimal.label_en()
                    ),
                )
            }
            SyaratDistribusi::Minimal { predikat, persen } => {
                let ada = s.banyak_dari(predikat);
                let batas = asumsi.pembulatan_minimal.orang(n, persen);
                (
                    ada,
                    batas,
                    format!(
                        "{} paling sedikit {persen}% ({batas} dari {n} orang, dibulatkan {}); ada {ada}.",
                        daftar_id(predikat),
                        asumsi.pembulatan_minimal.label_id()
                    ),
                    format!(
                        "{} at least {persen}% ({batas} of {n}, rounded {}); there are {ada}.",
                        daftar_en(predikat),
                        asumsi.pembulatan_minimal.label_en()
                    ),
                )
            }
            SyaratDistribusi::HarusAda(predikat) => {
                let ada = s.banyak_dari(predikat);
                (
                    ada,
                    1,
                    format!("Harus ada pegawai dengan predikat {}; belum ada.", daftar_id(predikat)),
                    format!("There must be an employee rated {}; there is none.", daftar_en(predikat)),
                )
            }
            SyaratDistribusi::TidakBoleh(p) => {
                let ada = s.banyak(p);
                (
                    ada,
                    0,
                    format!("Tidak boleh ada predikat {}; ada {ada}.", p.label_id()),
                    format!("No employee may be rated {}; there are {ada}.", p.label_en()),
                )
            }
        };
        hasil.push(Pelanggaran { syarat: *syarat, ada, batas, pesan_id: id, pesan_en: en });
    }
    hasil
}

/// Whether some spread of `n` people meets the pattern. From [`SELALU_DAPAT_DIPENUHI`] people
/// up every pattern can be met under every rounding (a test searches up to 60 to show it), so
/// only small units are searched.
pub fn dapat_dipenuhi(organisasi: PredikatOrganisasi, n: u32, asumsi: AsumsiDistribusi) -> bool {
    n == 0 || n >= SELALU_DAPAT_DIPENUHI || cari_sebaran(organisasi, n, asumsi)
}

pub const SELALU_DAPAT_DIPENUHI: u32 = 12;

fn cari_sebaran(organisasi: PredikatOrganisasi, n: u32, asumsi: AsumsiDistribusi) -> bool {
    let mut k = [0u32; 5];
    cari(organisasi, asumsi, 0, n, &mut k)
}

fn cari(o: PredikatOrganisasi, asumsi: AsumsiDistribusi, i: usize, sisa: u32, k: &mut [u32; 5]) -> bool {
    if i == 4 {
        k[4] = sisa;
        return memenuhi(o, &Sebaran(*k), asumsi);
    }
    for x in 0..=sisa {
        k[i] = x;
        if cari(o, asumsi, i + 1, sisa - x, k) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use Predikat::*;

    fn s(sb: u32, b: u32, bp: u32, k: u32, sk: u32) -> Sebaran {
        Sebaran([sb, b, bp, k, sk])
    }

    #[test]
    fn percentages_in_tenths() {
        let x = s(1, 2, 0, 0, 0);
        assert_eq!(x.persen_per_sepuluh(SangatBaik), 333);
        assert_eq!(x.persen_per_sepuluh(Baik), 667);
        assert_eq!(Sebaran::default().persen_per_sepuluh(Baik), 0);
    }

    #[test]
    fn every_pattern_can_be_met_from_the_threshold_up_under_every_rounding() {
        use crate::rules::kinerja::Pembulatan;
        for maks in Pembulatan::SEMUA {
            for min in Pembulatan::SEMUA {
                let a = AsumsiDistribusi { pembulatan_maksimal: maks, pembulatan_minimal: min };
                for o in PredikatOrganisasi::SEMUA {
                    for n in SELALU_DAPAT_DIPENUHI..=60 {
                        assert!(cari_sebaran(o, n, a), "{o:?} n={n} {a:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn baik_cannot_be_met_by_one_person_but_can_by_two() {
        let a = AsumsiDistribusi::default();
        assert!(!dapat_dipenuhi(PredikatOrganisasi::Baik, 1, a));
        assert!(dapat_dipenuhi(PredikatOrganisasi::Baik, 2, a));
        assert!(dapat_dipenuhi(PredikatOrganisasi::Istimewa, 1, a));
    }
}
