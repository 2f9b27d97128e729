//! The persistence boundary: the dataset is saved per collection under its own key, with a
//! small meta record carrying `versi_skema`. Reads and writes return `Result`; a failed write
//! of several collections is rolled back so storage never holds half a change.
//!
//! # Older and newer schema versions
//! A dataset stored by an older Jenjang is migrated **in memory** on load, with the same steps
//! an imported file goes through (`pertukaran::migrasi_data`); storage is not touched by the
//! load. The next save then writes **every** collection with the new meta record, all or
//! nothing: the meta record's `versi_skema` speaks for all collections, so it is never raised
//! while one of them still has the old shape, and a failed write leaves the old bytes exactly as
//! they were (to be migrated again on the next load). Data stored by a newer Jenjang is refused
//! on load and never written over: a save finding it refuses too.

use super::dataset::{Dataset, Koleksi, Pengaturan, VERSI_SKEMA};
use super::gabung::JejakSinkron;
use super::pertukaran;
use crate::domain::pegawai::{Pegawai, UnitKerja};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
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
    /// Storage holds data of a newer schema (another tab runs a newer Jenjang): not written over.
    VersiLebihBaru { tersimpan: u32 },
}

impl GalatPenyimpanan {
    pub fn pesan_id(&self) -> String {
        match self {
            GalatPenyimpanan::Penuh => "Penyimpanan browser penuh. Perubahan tetap ada di layar tetapi belum tersimpan; kosongkan ruang (hapus data situs lain atau data yang tidak perlu), lalu ubah sesuatu untuk menyimpan ulang.".into(),
            GalatPenyimpanan::TidakTersedia(d) => format!("Penyimpanan browser tidak tersedia ({d}). Perubahan hanya ada di layar sampai halaman ditutup."),
            GalatPenyimpanan::Lain(d) => format!("Gagal menyimpan: {d}. Perubahan tetap ada di layar."),
            GalatPenyimpanan::VersiLebihBaru { tersimpan } => format!("Tidak disimpan: data di browser ini sudah disimpan oleh Jenjang yang lebih baru (versi skema {tersimpan}) dan tidak akan ditimpa. Buka Jenjang versi terbaru."),
        }
    }
    pub fn pesan_en(&self) -> String {
        match self {
            GalatPenyimpanan::Penuh => "Browser storage is full. Your changes are still on screen but not saved; free some space (other sites' data or data you do not need), then make a change to save again.".into(),
            GalatPenyimpanan::TidakTersedia(d) => format!("Browser storage is not available ({d}). Changes live only on this page until it is closed."),
            GalatPenyimpanan::Lain(d) => format!("Save failed: {d}. Your changes are still on screen."),
            GalatPenyimpanan::VersiLebihBaru { tersimpan } => format!("Not saved: the data in this browser was saved by a newer Jenjang (schema version {tersimpan}) and will not be overwritten. Open the latest Jenjang."),
        }
    }
}

/// A key–value store of strings: the browser's localStorage in the app, memory in tests.
pub trait Penyimpanan {
    fn baca(&self, kunci: &str) -> Result<Option<String>, GalatPenyimpanan>;
    fn tulis(&self, kunci: &str, nilai: &str) -> Result<(), GalatPenyimpanan>;
    fn hapus(&self, kunci: &str) -> Result<(), GalatPenyimpanan>;

    /// The length of the stored text in UTF-16 code units (what browsers count), `None` when
    /// there is none. The browser answers without copying the text out of storage.
    fn panjang(&self, kunci: &str) -> Result<Option<usize>, GalatPenyimpanan> {
        Ok(self.baca(kunci)?.map(|v| v.encode_utf16().count()))
    }

    /// Bytes (UTF-16, as browsers count) of every key and value in this storage — the whole
    /// origin's localStorage, whoever wrote it: what its quota is spent on.
    fn ukuran_semua(&self) -> Result<usize, GalatPenyimpanan>;

    /// The free room in bytes when the backend knows it without probing (IndexedDB: the
    /// browser's estimate). `None`: measure it with [`Penyimpanan::uji_tulis`] probes. A `u64`:
    /// the browser's estimate is often beyond what a 32-bit `usize` (wasm32) can hold.
    fn ruang_bebas(&self) -> Option<u64> {
        None
    }

    /// Writes a throw-away text of `panjang` characters under `kunci` and removes it at once:
    /// `Ok` when that much room is free now.
    fn uji_tulis(&self, kunci: &str, panjang: usize) -> Result<(), GalatPenyimpanan> {
        let hasil = self.tulis(kunci, &"a".repeat(panjang));
        let _ = self.hapus(kunci);
        hasil
    }
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
    fn ukuran_semua(&self) -> Result<usize, GalatPenyimpanan> {
        Ok(self.isi.borrow().iter().map(|(k, v)| Self::ukuran(k, v)).sum())
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
    /// Saved by an older Jenjang, and the migration to this version failed.
    MigrasiGagal {
        dari: u32,
        rincian_id: String,
        rincian_en: String,
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
            GalatMuat::MigrasiGagal { dari, rincian_id, .. } => format!(
                "Data di browser ini disimpan dengan versi skema {dari} dan tidak dapat diubah ke versi skema {VERSI_SKEMA}: {rincian_id} Data tidak diubah dan tidak akan ditimpa; aplikasi berjalan tanpa menyimpan."
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
            GalatMuat::MigrasiGagal { dari, rincian_en, .. } => format!(
                "The data in this browser was saved with schema version {dari} and could not be brought to schema version {VERSI_SKEMA}: {rincian_en} Nothing was changed or will be overwritten; the app runs without saving."
            ),
        }
    }
}

fn rusak(k: &str, e: &serde_json::Error) -> GalatMuat {
    GalatMuat::Rusak { koleksi: k.to_string(), rincian: format!("baris {}, kolom {}: {e}", e.line(), e.column()) }
}

fn baca_koleksi<T: for<'de> Deserialize<'de> + Default>(s: &dyn Penyimpanan, k: Koleksi) -> Result<T, GalatMuat> {
    match s.baca(&kunci_koleksi(k)).map_err(GalatMuat::Penyimpanan)? {
        None => Ok(T::default()),
        Some(teks) => serde_json::from_str(&teks).map_err(|e| rusak(k.nama(), &e)),
    }
}

/// The schema version of the stored data: `None` when nothing was ever saved.
fn versi_tersimpan(s: &dyn Penyimpanan) -> Result<Option<u32>, GalatMuat> {
    let Some(teks) = s.baca(&kunci_meta()).map_err(GalatMuat::Penyimpanan)? else {
        return Ok(None);
    };
    let meta: Meta =
        serde_json::from_str(&teks).map_err(|e| GalatMuat::Rusak { koleksi: "meta".into(), rincian: e.to_string() })?;
    Ok(Some(meta.versi_skema))
}

/// Loads the dataset. An empty storage gives an empty dataset; data of an older schema is
/// migrated in memory (module docs).
pub fn muat(s: &dyn Penyimpanan) -> Result<Dataset, GalatMuat> {
    let versi = versi_tersimpan(s)?.unwrap_or(VERSI_SKEMA);
    if versi > VERSI_SKEMA {
        return Err(GalatMuat::VersiLebihBaru { tersimpan: versi, didukung: VERSI_SKEMA });
    }
    if versi == VERSI_SKEMA {
        let pegawai: Vec<Pegawai> = baca_koleksi(s, Koleksi::Pegawai)?;
        let unit_kerja: Vec<UnitKerja> = baca_koleksi(s, Koleksi::UnitKerja)?;
        let pengaturan: Pengaturan = baca_koleksi(s, Koleksi::Pengaturan)?;
        let sinkron: JejakSinkron = baca_koleksi(s, Koleksi::Sinkron)?;
        let mut d = Dataset { pegawai, unit_kerja, pengaturan, sinkron, ..Dataset::default() };
        baca_kinerja(s, &mut d)?;
        return Ok(d);
    }

    // An older schema: the collections as the `data` object of an exchange file, through the
    // same migration steps as an import. A stored dataset always has settings (a missing key
    // meant the defaults, which an empty object gives in every older version).
    let mut data = Map::new();
    for (k, kosong) in [
        (Koleksi::Pegawai, Value::Array(Vec::new())),
        (Koleksi::UnitKerja, Value::Array(Vec::new())),
        (Koleksi::Pengaturan, Value::Object(Map::new())),
    ] {
        let nilai = match s.baca(&kunci_koleksi(k)).map_err(GalatMuat::Penyimpanan)? {
            Some(teks) => serde_json::from_str(&teks).map_err(|e| rusak(k.nama(), &e))?,
            None => kosong,
        };
        data.insert(k.nama().to_string(), nilai);
    }
    pertukaran::migrasi_data(versi, &mut data).map_err(|g| GalatMuat::MigrasiGagal {
        dari: g.dari,
        rincian_id: g.rincian_id,
        rincian_en: g.rincian_en,
    })?;
    let mut ambil = |k: Koleksi| data.remove(k.nama()).unwrap_or(Value::Null);
    let sesudah = |k: Koleksi, e: serde_json::Error| GalatMuat::Rusak {
        koleksi: k.nama().to_string(),
        rincian: format!("sesudah migrasi dari versi skema {versi}: {e}"),
    };
    let pegawai = Vec::<Pegawai>::deserialize(ambil(Koleksi::Pegawai)).map_err(|e| sesudah(Koleksi::Pegawai, e))?;
    let unit_kerja =
        Vec::<UnitKerja>::deserialize(ambil(Koleksi::UnitKerja)).map_err(|e| sesudah(Koleksi::UnitKerja, e))?;
    let pengaturan =
        Pengaturan::deserialize(ambil(Koleksi::Pengaturan)).map_err(|e| sesudah(Koleksi::Pengaturan, e))?;
    // The merge bookkeeping is this browser's own and has not changed shape.
    let sinkron: JejakSinkron = baca_koleksi(s, Koleksi::Sinkron)?;
    // The performance collections exist since schema 3; an older storage has none.
    let mut d = Dataset { pegawai, unit_kerja, pengaturan, sinkron, ..Dataset::default() };
    baca_kinerja(s, &mut d)?;
    Ok(d)
}

/// The schema-3 performance collections (absent keys read as empty).
fn baca_kinerja(s: &dyn Penyimpanan, d: &mut Dataset) -> Result<(), GalatMuat> {
    d.skp = baca_koleksi(s, Koleksi::Skp)?;
    d.realisasi_kinerja = baca_koleksi(s, Koleksi::RealisasiKinerja)?;
    d.evaluasi_kinerja = baca_koleksi(s, Koleksi::EvaluasiKinerja)?;
    d.dialog_kinerja = baca_koleksi(s, Koleksi::DialogKinerja)?;
    d.kinerja_organisasi = baca_koleksi(s, Koleksi::KinerjaOrganisasi)?;
    d.umpan_balik_masyarakat = baca_koleksi(s, Koleksi::UmpanBalikMasyarakat)?;
    Ok(())
}

fn serialisasi(d: &Dataset, k: Koleksi) -> String {
    // Serialising these plain structs cannot fail (no maps with non-string keys).
    let hasil = match k {
        Koleksi::Pegawai => teks_json(&d.pegawai),
        Koleksi::UnitKerja => teks_json(&d.unit_kerja),
        Koleksi::Pengaturan => teks_json(&d.pengaturan),
        Koleksi::Sinkron => teks_json(&d.sinkron),
        Koleksi::Skp => teks_json(&d.skp),
        Koleksi::RealisasiKinerja => teks_json(&d.realisasi_kinerja),
        Koleksi::EvaluasiKinerja => teks_json(&d.evaluasi_kinerja),
        Koleksi::DialogKinerja => teks_json(&d.dialog_kinerja),
        Koleksi::KinerjaOrganisasi => teks_json(&d.kinerja_organisasi),
        Koleksi::UmpanBalikMasyarakat => teks_json(&d.umpan_balik_masyarakat),
    };
    hasil.unwrap_or_else(|| String::from("[]"))
}

/// Where the JSON of the records goes: into a text (storage, export), or only counted (the
/// room an import needs). One writer type for both, so the bundle holds the serialisation code
/// of every record type once rather than once per writer.
enum TulisanJson {
    Teks(Vec<u8>),
    /// UTF-16 code units, as browsers count stored text.
    Hitung(usize),
}

impl std::io::Write for TulisanJson {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.tulis(b);
        Ok(b.len())
    }
    /// Everything is taken at once: the default `write_all` loops around `write` (and
    /// re-slices) for each of serde_json's many small writes (measured: 15% of the instructions
    /// of counting 1,000 pegawai this way went into that loop).
    fn write_all(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.tulis(b);
        Ok(())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `x` as compact JSON text (what `serde_json::to_string` gives), `None` if it cannot be
/// serialised.
pub fn teks_json<T: Serialize + ?Sized>(x: &T) -> Option<String> {
    let mut t = TulisanJson::Teks(Vec::with_capacity(128));
    serde_json::to_writer(&mut t, x).ok()?;
    match t {
        TulisanJson::Teks(v) => String::from_utf8(v).ok(),
        TulisanJson::Hitung(_) => None,
    }
}

impl TulisanJson {
    fn tulis(&mut self, b: &[u8]) {
        match self {
            TulisanJson::Teks(v) => v.extend_from_slice(b),
            // One unit per UTF-8 sequence, two for a 4-byte one.
            TulisanJson::Hitung(n) if b.is_ascii() => *n += b.len(),
            TulisanJson::Hitung(n) => {
                *n += b.iter().map(|&c| usize::from(c & 0xC0 != 0x80) + usize::from(c >= 0xF0)).sum::<usize>()
            }
        }
    }
}

/// The length of [`teks_json`] in UTF-16 code units, without writing the text anywhere;
/// `None` if it cannot be serialised.
pub fn panjang_json<T: Serialize + ?Sized>(x: &T) -> Option<usize> {
    // Counted directly (the import preview's hot path); serde_json's own text otherwise.
    if let Some(n) = super::panjang_json::hitung(x) {
        return Some(n);
    }
    let mut t = TulisanJson::Hitung(0);
    serde_json::to_writer(&mut t, x).ok()?;
    match t {
        TulisanJson::Hitung(n) => Some(n),
        TulisanJson::Teks(_) => None,
    }
}

/// Saves the given collections (and the meta record). Either all of them are written or, if
/// any write fails, the ones already written are put back as they were and the error returned.
/// While storage holds an older schema, every collection is written (module docs); data of a
/// newer schema is never written over.
pub fn simpan(s: &dyn Penyimpanan, d: &Dataset, koleksi: &[Koleksi]) -> Result<(), GalatPenyimpanan> {
    let koleksi = koleksi_ditulis(s, koleksi)?;
    tulis_semua(s, &tulisan(d, &koleksi))
}

/// The collections a save must write: those asked for, or all of them while the stored meta
/// record names an older schema (or cannot be read: writing everything is then the safe way
/// to make storage whole). Refuses when storage holds a newer schema.
fn koleksi_ditulis(s: &dyn Penyimpanan, koleksi: &[Koleksi]) -> Result<Vec<Koleksi>, GalatPenyimpanan> {
    match versi_tersimpan(s) {
        Ok(None) => Ok(koleksi.to_vec()),
        Ok(Some(v)) if v == VERSI_SKEMA => Ok(koleksi.to_vec()),
        Ok(Some(v)) if v > VERSI_SKEMA => Err(GalatPenyimpanan::VersiLebihBaru { tersimpan: v }),
        Ok(Some(_))
        | Err(GalatMuat::Rusak { .. } | GalatMuat::VersiLebihBaru { .. } | GalatMuat::MigrasiGagal { .. }) => {
            Ok(Koleksi::SEMUA.to_vec())
        }
        Err(GalatMuat::Penyimpanan(e)) => Err(e),
    }
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
    let koleksi = match koleksi_ditulis(s, koleksi) {
        Ok(k) => k,
        // Only another tab running a newer Jenjang writes a newer schema: like any write from
        // elsewhere, the caller reloads (and the load then refuses that data, never writing).
        Err(GalatPenyimpanan::VersiLebihBaru { .. }) => return Err(GalatSimpan::DiubahTempatLain { koleksi: "meta" }),
        Err(e) => return Err(GalatSimpan::Penyimpanan(e)),
    };
    for &k in &koleksi {
        let kunci = kunci_koleksi(k);
        let sekarang = s.baca(&kunci).map_err(GalatSimpan::Penyimpanan)?.as_deref().map(sidik);
        if sidik_tab.0.get(&kunci).copied().flatten() != sekarang {
            return Err(GalatSimpan::DiubahTempatLain { koleksi: k.nama() });
        }
    }
    let tulisan = tulisan(d, &koleksi);
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
        .filter_map(|k| s.panjang(&k).ok().flatten().map(|n| (k.encode_utf16().count() + n) * 2))
        .sum()
}
