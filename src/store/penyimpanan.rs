//! The persistence boundary: the dataset is saved per collection under its own key, with a
//! small meta record carrying `versi_skema`. Reads and writes return `Result`; a failed write
//! of several collections is rolled back so storage never holds half a change.

use super::dataset::{Dataset, Koleksi, Pengaturan, VERSI_SKEMA};
use super::gabung::JejakSinkron;
use crate::domain::pegawai::{Pegawai, UnitKerja};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Key prefix of everything Jenjang stores, so nothing else in the origin is touched.
pub const AWALAN_KUNCI: &str = "jenjang.";

pub fn kunci_koleksi(k: Koleksi) -> String {
    format!("{AWALAN_KUNCI}data.{}", k.nama())
}
pub fn kunci_meta() -> String {
    format!("{AWALAN_KUNCI}data.meta")
}

/// Why storage refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GalatPenyimpanan {
    /// The browser's quota is exhausted (`QuotaExceededError`).
    Penuh,
    /// Storage is disabled or blocked (private mode, site settings).
    TidakTersedia(String),
    /// Any other failure, with the browser's words.
    Lain(String),
}

impl GalatPenyimpanan {
    pub fn pesan_id(&self) -> String {
        match self {
            GalatPenyimpanan::Penuh => "Penyimpanan browser penuh. Perubahan tetap ada di layar tetapi belum tersimpan; kosongkan ruang (hapus data situs lain atau data yang tidak perlu), lalu ubah sesuatu untuk menyimpan ulang.".into(),
            GalatPenyimpanan::TidakTersedia(d) => format!("Penyimpanan browser tidak tersedia ({d}). Perubahan hanya ada di layar sampai halaman ditutup."),
            GalatPenyimpanan::Lain(d) => format!("Gagal menyimpan: {d}. Perubahan tetap ada di layar."),
        }
    }
    pub fn pesan_en(&self) -> String {
        match self {
            GalatPenyimpanan::Penuh => "Browser storage is full. Your changes are still on screen but not saved; free some space (other sites' data or data you do not need), then make a change to save again.".into(),
            GalatPenyimpanan::TidakTersedia(d) => format!("Browser storage is not available ({d}). Changes live only on this page until it is closed."),
            GalatPenyimpanan::Lain(d) => format!("Save failed: {d}. Your changes are still on screen."),
        }
    }
}

/// A key–value store of strings: the browser's localStorage in the app, memory in tests.
pub trait Penyimpanan {
    fn baca(&self, kunci: &str) -> Result<Option<String>, GalatPenyimpanan>;
    fn tulis(&self, kunci: &str, nilai: &str) -> Result<(), GalatPenyimpanan>;
    fn hapus(&self, kunci: &str) -> Result<(), GalatPenyimpanan>;
}

/// In-memory storage with an optional quota in bytes (UTF-16 code units × 2, as browsers
/// count), so tests can make a write fail the way a full localStorage does.
#[derive(Default)]
pub struct PenyimpananMemori {
    pub isi: RefCell<BTreeMap<String, String>>,
    pub kuota_byte: Option<usize>,
}

impl PenyimpananMemori {
    pub fn dengan_kuota(kuota_byte: usize) -> Self {
        PenyimpananMemori { isi: RefCell::default(), kuota_byte: Some(kuota_byte) }
    }
    fn ukuran(k: &str, v: &str) -> usize {
        (k.encode_utf16().count() + v.encode_utf16().count()) * 2
    }
}

impl Penyimpanan for PenyimpananMemori {
    fn baca(&self, kunci: &str) -> Result<Option<String>, GalatPenyimpanan> {
        Ok(self.isi.borrow().get(kunci).cloned())
    }
    fn tulis(&self, kunci: &str, nilai: &str) -> Result<(), GalatPenyimpanan> {
        if let Some(kuota) = self.kuota_byte {
            let lain: usize =
                self.isi.borrow().iter().filter(|(k, _)| k.as_str() != kunci).map(|(k, v)| Self::ukuran(k, v)).sum();
            if lain + Self::ukuran(kunci, nilai) > kuota {
                return Err(GalatPenyimpanan::Penuh);
            }
        }
        self.isi.borrow_mut().insert(kunci.to_string(), nilai.to_string());
        Ok(())
    }
    fn hapus(&self, kunci: &str) -> Result<(), GalatPenyimpanan> {
        self.isi.borrow_mut().remove(kunci);
        Ok(())
    }
}

#[derive(Serialize, Deserialize)]
struct Meta {
    versi_skema: u32,
}

/// Why the stored dataset could not be loaded. In every case the stored data is left exactly
/// as it is and the app does not write over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GalatMuat {
    Penyimpanan(GalatPenyimpanan),
    /// Saved by a newer Jenjang.
    VersiLebihBaru {
        tersimpan: u32,
        didukung: u32,
    },
    /// A collection is not valid JSON of the expected shape.
    Rusak {
        koleksi: String,
        rincian: String,
    },
}

impl GalatMuat {
    pub fn pesan_id(&self) -> String {
        match self {
            GalatMuat::Penyimpanan(g) => g.pesan_id(),
            GalatMuat::VersiLebihBaru { tersimpan, didukung } => format!(
                "Data di browser ini disimpan oleh Jenjang yang lebih baru (versi skema {tersimpan}); versi ini hanya mengenal sampai versi {didukung}. Data tidak diubah. Buka dengan Jenjang versi terbaru."
            ),
            GalatMuat::Rusak { koleksi, rincian } => format!(
                "Data tersimpan pada koleksi \"{koleksi}\" rusak ({rincian}). Data tidak diubah dan tidak akan ditimpa; aplikasi berjalan tanpa menyimpan."
            ),
        }
    }
    pub fn pesan_en(&self) -> String {
        match self {
            GalatMuat::Penyimpanan(g) => g.pesan_en(),
            GalatMuat::VersiLebihBaru { tersimpan, didukung } => format!(
                "The data in this browser was saved by a newer Jenjang (schema version {tersimpan}); this version knows up to {didukung}. Nothing was changed. Open it with the latest Jenjang."
            ),
            GalatMuat::Rusak { koleksi, rincian } => format!(
                "The stored collection \"{koleksi}\" is damaged ({rincian}). Nothing was changed or will be overwritten; the app runs without saving."
            ),
        }
    }
}

fn baca_koleksi<T: for<'de> Deserialize<'de> + Default>(s: &dyn Penyimpanan, k: Koleksi) -> Result<T, GalatMuat> {
    match s.baca(&kunci_koleksi(k)).map_err(GalatMuat::Penyimpanan)? {
        None => Ok(T::default()),
        Some(teks) => serde_json::from_str(&teks).map_err(|e| GalatMuat::Rusak {
            koleksi: k.nama().to_string(),
            rincian: format!("baris {}, kolom {}: {e}", e.line(), e.column()),
        }),
    }
}

/// Loads the dataset. An empty storage gives an empty dataset.
pub fn muat(s: &dyn Penyimpanan) -> Result<Dataset, GalatMuat> {
    if let Some(teks) = s.baca(&kunci_meta()).map_err(GalatMuat::Penyimpanan)? {
        let meta: Meta = serde_json::from_str(&teks)
            .map_err(|e| GalatMuat::Rusak { koleksi: "meta".into(), rincian: e.to_string() })?;
        if meta.versi_skema > VERSI_SKEMA {
            return Err(GalatMuat::VersiLebihBaru { tersimpan: meta.versi_skema, didukung: VERSI_SKEMA });
        }
        // Versions below VERSI_SKEMA would be migrated here; version 1 is the first.
    }
    let pegawai: Vec<Pegawai> = baca_koleksi(s, Koleksi::Pegawai)?;
    let unit_kerja: Vec<UnitKerja> = baca_koleksi(s, Koleksi::UnitKerja)?;
    let pengaturan: Pengaturan = baca_koleksi(s, Koleksi::Pengaturan)?;
    let sinkron: JejakSinkron = baca_koleksi(s, Koleksi::Sinkron)?;
    Ok(Dataset { pegawai, unit_kerja, pengaturan, sinkron })
}

fn serialisasi(d: &Dataset, k: Koleksi) -> String {
    // Serialising these plain structs cannot fail (no maps with non-string keys).
    let hasil = match k {
        Koleksi::Pegawai => serde_json::to_string(&d.pegawai),
        Koleksi::UnitKerja => serde_json::to_string(&d.unit_kerja),
        Koleksi::Pengaturan => serde_json::to_string(&d.pengaturan),
        Koleksi::Sinkron => serde_json::to_string(&d.sinkron),
    };
    hasil.unwrap_or_else(|_| String::from("[]"))
}

/// Saves the given collections (and the meta record). Either all of them are written or, if
/// any write fails, the ones already written are put back as they were and the error returned.
pub fn simpan(s: &dyn Penyimpanan, d: &Dataset, koleksi: &[Koleksi]) -> Result<(), GalatPenyimpanan> {
    tulis_semua(s, &tulisan(d, koleksi))
}

/// The key and text of each collection to write, plus the meta record.
fn tulisan(d: &Dataset, koleksi: &[Koleksi]) -> Vec<(String, String)> {
    let mut tulisan: Vec<(String, String)> = koleksi.iter().map(|&k| (kunci_koleksi(k), serialisasi(d, k))).collect();
    tulisan.sort();
    tulisan.dedup_by(|a, b| a.0 == b.0);
    tulisan.push((kunci_meta(), serde_json::json!({ "versi_skema": VERSI_SKEMA }).to_string()));
    tulisan
}

fn tulis_semua(s: &dyn Penyimpanan, tulisan: &[(String, String)]) -> Result<(), GalatPenyimpanan> {
    let mut sebelumnya: Vec<(String, Option<String>)> = Vec::with_capacity(tulisan.len());
    for (kunci, nilai) in tulisan {
        let lama = match s.baca(kunci) {
            Ok(v) => v,
            Err(e) => {
                pulihkan(s, &sebelumnya);
                return Err(e);
            }
        };
        if lama.as_deref() == Some(nilai.as_str()) {
            continue;
        }
        if let Err(e) = s.tulis(kunci, nilai) {
            pulihkan(s, &sebelumnya);
            return Err(e);
        }
        sebelumnya.push((kunci.clone(), lama));
    }
    Ok(())
}

/// A fingerprint (FNV-1a) of each collection's text as this tab last read or wrote it. A save
/// compares it with what storage holds now: if another tab wrote in between, the save is
/// refused instead of silently overwriting newer data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SidikTersimpan(BTreeMap<String, Option<u64>>);

fn sidik(teks: &str) -> u64 {
    teks.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl SidikTersimpan {
    /// The fingerprints of what storage holds now.
    pub fn baca(s: &dyn Penyimpanan) -> Result<SidikTersimpan, GalatPenyimpanan> {
        let mut peta = BTreeMap::new();
        for k in Koleksi::SEMUA {
            let kunci = kunci_koleksi(k);
            let teks = s.baca(&kunci)?;
            peta.insert(kunci, teks.as_deref().map(sidik));
        }
        Ok(SidikTersimpan(peta))
    }
}

/// Why a guarded save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GalatSimpan {
    Penyimpanan(GalatPenyimpanan),
    /// Another tab (or window) has written this collection since this tab read it.
    DiubahTempatLain {
        koleksi: &'static str,
    },
}

/// [`simpan`], but only when none of the collections has been written by someone else since
/// this tab last read or wrote it (per `sidik`); on success `sidik` follows the new texts.
pub fn simpan_terjaga(
    s: &dyn Penyimpanan,
    d: &Dataset,
    koleksi: &[Koleksi],
    sidik_tab: &mut SidikTersimpan,
) -> Result<(), GalatSimpan> {
    for &k in koleksi {
        let kunci = kunci_koleksi(k);
        let sekarang = s.baca(&kunci).map_err(GalatSimpan::Penyimpanan)?.as_deref().map(sidik);
        if sidik_tab.0.get(&kunci).copied().flatten() != sekarang {
            return Err(GalatSimpan::DiubahTempatLain { koleksi: k.nama() });
        }
    }
    let tulisan = tulisan(d, koleksi);
    tulis_semua(s, &tulisan).map_err(GalatSimpan::Penyimpanan)?;
    for (kunci, teks) in &tulisan {
        if kunci != &kunci_meta() {
            sidik_tab.0.insert(kunci.clone(), Some(sidik(teks)));
        }
    }
    Ok(())
}

fn pulihkan(s: &dyn Penyimpanan, sebelumnya: &[(String, Option<String>)]) {
    // Best effort in reverse order; restoring an older value never needs more room than the
    // value it replaces did before this save began.
    for (kunci, lama) in sebelumnya.iter().rev() {
        let _ = match lama {
            Some(v) => s.tulis(kunci, v),
            None => s.hapus(kunci),
        };
    }
}

/// Bytes the dataset occupies in storage (UTF-16, as browsers count it).
pub fn ukuran_tersimpan(s: &dyn Penyimpanan) -> usize {
    Koleksi::SEMUA
        .iter()
        .map(|&k| kunci_koleksi(k))
        .chain(std::iter::once(kunci_meta()))
        .filter_map(|k| s.baca(&k).ok().flatten().map(|v| (k.encode_utf16().count() + v.encode_utf16().count()) * 2))
        .sum()
}
