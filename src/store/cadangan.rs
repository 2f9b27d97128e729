//! Automatic backups: a full copy of the data taken before every import, restore and "hapus
//! semua data", so that "Urungkan" can put the data back exactly. A few rolling copies are
//! kept; when storage is short, the oldest go first, and if even one copy does not fit the
//! risky action is refused rather than done without a safety net.

use super::dataset::Koleksi;
use super::penyimpanan::{kunci_koleksi, kunci_meta, GalatPenyimpanan, Penyimpanan, AWALAN_KUNCI};
use crate::domain::tanggal::Stempel;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How many copies are kept at most.
pub const CADANGAN_MAKS: usize = 3;

fn kunci_daftar() -> String {
    format!("{AWALAN_KUNCI}cadangan.daftar")
}

/// What a backup is and why it was taken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InfoCadangan {
    pub kunci: String,
    pub waktu: Stempel,
    /// Why it was taken, for the user: `sebelum impor jenjang-lengkap-2026-11-22.json`.
    pub alasan: String,
    /// Characters stored.
    pub ukuran: usize,
}

/// The bytes `cadangan` take in the browser's storage (two per character stored, as in
/// [`kapasitas`](super::kapasitas)): what the storage meter counts, and what an import may
/// reclaim by dropping older backups.
pub fn byte_tersimpan(cadangan: &[InfoCadangan]) -> u64 {
    cadangan.iter().map(|c| c.ukuran as u64 * 2).sum()
}

/// The backups, newest first. A damaged index reads as none (the copies stay in storage).
pub fn daftar(s: &dyn Penyimpanan) -> Vec<InfoCadangan> {
    s.baca(&kunci_daftar()).ok().flatten().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default()
}

fn tulis_daftar(s: &dyn Penyimpanan, d: &[InfoCadangan]) -> Result<(), GalatPenyimpanan> {
    s.tulis(&kunci_daftar(), &serde_json::to_string(d).unwrap_or_else(|_| "[]".into()))
}

/// Stores `isi` (a full export) as the newest backup. Drops the oldest copies when storage is
/// full; fails with [`GalatPenyimpanan::Penuh`] only when not even this one copy fits.
pub fn simpan(s: &dyn Penyimpanan, isi: &str, waktu: Stempel, alasan: &str) -> Result<InfoCadangan, GalatPenyimpanan> {
    let mut ada = daftar(s);
    let kunci = format!("{AWALAN_KUNCI}cadangan.{}", waktu.0);
    loop {
        match s.tulis(&kunci, isi) {
            Ok(()) => break,
            Err(GalatPenyimpanan::Penuh) if !ada.is_empty() => {
                // Make room: the oldest copy goes.
                if let Some(tertua) = ada.pop() {
                    let _ = s.hapus(&tertua.kunci);
                    tulis_daftar(s, &ada)?;
                }
            }
            Err(e) => return Err(e),
        }
    }
    let info = InfoCadangan { kunci: kunci.clone(), waktu, alasan: alasan.to_string(), ukuran: isi.chars().count() };
    ada.retain(|c| c.kunci != kunci);
    ada.insert(0, info.clone());
    while ada.len() > CADANGAN_MAKS {
        if let Some(tertua) = ada.pop() {
            let _ = s.hapus(&tertua.kunci);
        }
    }
    if let Err(e) = tulis_daftar(s, &ada) {
        let _ = s.hapus(&kunci);
        return Err(e);
    }
    Ok(info)
}

/// The content of a backup.
pub fn baca(s: &dyn Penyimpanan, info: &InfoCadangan) -> Result<Option<String>, GalatPenyimpanan> {
    s.baca(&info.kunci)
}

/// Removes a backup (after it has been restored).
pub fn hapus(s: &dyn Penyimpanan, info: &InfoCadangan) -> Result<(), GalatPenyimpanan> {
    let mut ada = daftar(s);
    ada.retain(|c| c.kunci != info.kunci);
    tulis_daftar(s, &ada)?;
    s.hapus(&info.kunci)
}

/// The stored data exactly as it is in storage (every collection's text and the meta record),
/// as one JSON object; restoring it puts back the same bytes.
pub fn salinan_data(s: &dyn Penyimpanan) -> Result<String, GalatPenyimpanan> {
    let mut isi = BTreeMap::new();
    for kunci in Koleksi::SEMUA.iter().map(|&k| kunci_koleksi(k)).chain(std::iter::once(kunci_meta())) {
        if let Some(v) = s.baca(&kunci)? {
            isi.insert(kunci, v);
        }
    }
    Ok(serde_json::to_string(&isi).unwrap_or_else(|_| "{}".into()))
}

/// Why a backup could not be put back. Storage is left as it was before the attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GalatPulihkan {
    Rusak(String),
    Penyimpanan(GalatPenyimpanan),
}

impl GalatPulihkan {
    pub fn pesan_id(&self) -> String {
        match self {
            GalatPulihkan::Rusak(d) => {
                format!("Cadangan rusak dan tidak dipulihkan ({d}). Data saat ini tidak diubah.")
            }
            GalatPulihkan::Penyimpanan(g) => g.pesan_id(),
        }
    }
    pub fn pesan_en(&self) -> String {
        match self {
            GalatPulihkan::Rusak(d) => {
                format!("The backup is damaged and was not restored ({d}). The current data is unchanged.")
            }
            GalatPulihkan::Penyimpanan(g) => g.pesan_en(),
        }
    }
}

/// Puts a [`salinan_data`] copy back: every data key gets the copy's exact text (a key the
/// copy lacks is removed). All or nothing: on a failed write the keys written are restored.
pub fn pulihkan_data(s: &dyn Penyimpanan, salinan: &str) -> Result<(), GalatPulihkan> {
    let isi: BTreeMap<String, String> =
        serde_json::from_str(salinan).map_err(|e| GalatPulihkan::Rusak(e.to_string()))?;
    let kunci_data: Vec<String> =
        Koleksi::SEMUA.iter().map(|&k| kunci_koleksi(k)).chain(std::iter::once(kunci_meta())).collect();
    if let Some(asing) = isi.keys().find(|k| !kunci_data.contains(k)) {
        return Err(GalatPulihkan::Rusak(format!("kunci tidak dikenal: {asing}")));
    }
    let mut sebelumnya: Vec<(String, Option<String>)> = Vec::new();
    for kunci in &kunci_data {
        let lama = s.baca(kunci).map_err(GalatPulihkan::Penyimpanan)?;
        let hasil = match isi.get(kunci) {
            Some(v) => s.tulis(kunci, v),
            None => s.hapus(kunci),
        };
        if let Err(e) = hasil {
            for (k, v) in sebelumnya.iter().rev() {
                let _ = match v {
                    Some(v) => s.tulis(k, v),
                    None => s.hapus(k),
                };
            }
            return Err(GalatPulihkan::Penyimpanan(e));
        }
        sebelumnya.push((kunci.clone(), lama));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::penyimpanan::PenyimpananMemori;

    #[test]
    fn keeps_the_newest_three_newest_first() {
        let s = PenyimpananMemori::default();
        for i in 1..=5 {
            simpan(&s, &format!("isi {i}"), Stempel(i), &format!("ke-{i}")).unwrap();
        }
        let d = daftar(&s);
        assert_eq!(d.iter().map(|c| c.waktu.0).collect::<Vec<_>>(), vec![5, 4, 3]);
        assert_eq!(baca(&s, &d[0]).unwrap().as_deref(), Some("isi 5"));
        assert_eq!(s.baca("jenjang.cadangan.1").unwrap(), None, "dropped copies are removed from storage");
    }

    #[test]
    fn a_full_storage_drops_old_copies_before_giving_up() {
        let s = PenyimpananMemori::dengan_kuota(2_000);
        simpan(&s, &"a".repeat(300), Stempel(1), "lama").unwrap();
        simpan(&s, &"b".repeat(300), Stempel(2), "lama").unwrap();
        // 700 characters fit only once both older copies are gone.
        let info = simpan(&s, &"c".repeat(700), Stempel(3), "baru").unwrap();
        assert_eq!(daftar(&s), vec![info]);
        // Nothing fits: refused. The older copy was given up trying to make room (the data
        // itself lives in its own collections and is untouched); the caller refuses the action.
        assert_eq!(simpan(&s, &"d".repeat(5_000), Stempel(4), "terlalu besar"), Err(GalatPenyimpanan::Penuh));
        assert!(daftar(&s).is_empty());
    }

    #[test]
    fn a_data_copy_restores_the_exact_bytes() {
        let s = PenyimpananMemori::default();
        s.tulis(&kunci_koleksi(Koleksi::Pegawai), "[1, 2]").unwrap();
        s.tulis(&kunci_meta(), "{\"versi_skema\":1}").unwrap();
        let salinan = salinan_data(&s).unwrap();
        let sebelum = s.isi.borrow().clone();
        s.tulis(&kunci_koleksi(Koleksi::Pegawai), "[3]").unwrap();
        s.tulis(&kunci_koleksi(Koleksi::UnitKerja), "[4]").unwrap();
        pulihkan_data(&s, &salinan).unwrap();
        assert_eq!(*s.isi.borrow(), sebelum);
        assert!(matches!(pulihkan_data(&s, "{\"lain\": \"x\"}"), Err(GalatPulihkan::Rusak(_))));
        assert!(matches!(pulihkan_data(&s, "bukan json"), Err(GalatPulihkan::Rusak(_))));
        assert_eq!(*s.isi.borrow(), sebelum);
    }

    #[test]
    fn restore_then_remove() {
        let s = PenyimpananMemori::default();
        let info = simpan(&s, "salinan", Stempel(9), "sebelum impor").unwrap();
        assert_eq!(baca(&s, &info).unwrap().as_deref(), Some("salinan"));
        hapus(&s, &info).unwrap();
        assert!(daftar(&s).is_empty());
        assert_eq!(baca(&s, &info).unwrap(), None);
    }
}

/// Days since the last full export, when a reminder is due: the last export (or, with none,
/// the oldest record) is at least `setiap_hari` days old. `setiap_hari == 0` turns it off; an
/// empty register needs no backup.
pub fn pengingat_cadangan(
    ekspor_terakhir: Option<Stempel>,
    data_tertua: Option<Stempel>,
    sekarang: Stempel,
    setiap_hari: u32,
) -> Option<i64> {
    if setiap_hari == 0 {
        return None;
    }
    let sejak = ekspor_terakhir.or(data_tertua)?;
    let hari = (sekarang.0 - sejak.0).div_euclid(86_400_000);
    (hari >= i64::from(setiap_hari)).then_some(hari)
}

#[cfg(test)]
mod tests_pengingat {
    use super::*;

    const HARI: i64 = 86_400_000;

    #[test]
    fn reminds_after_the_configured_days_without_an_export() {
        let sekarang = Stempel(100 * HARI);
        assert_eq!(pengingat_cadangan(Some(Stempel(94 * HARI)), None, sekarang, 7), None);
        assert_eq!(pengingat_cadangan(Some(Stempel(93 * HARI)), None, sekarang, 7), Some(7));
        // Never exported: counted from the oldest record.
        assert_eq!(pengingat_cadangan(None, Some(Stempel(80 * HARI)), sekarang, 7), Some(20));
        // Nothing stored, or reminders off.
        assert_eq!(pengingat_cadangan(None, None, sekarang, 7), None);
        assert_eq!(pengingat_cadangan(Some(Stempel(0)), None, sekarang, 0), None);
    }
}
