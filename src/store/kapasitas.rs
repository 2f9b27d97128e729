//! How much room the data takes and how much the browser has left. localStorage offers no
//! API for its quota, so the free room is measured by probing: the largest value that can
//! still be written (then removed at once). Sizes are bytes as browsers count them (UTF-16).
//!
//! Probing writes megabytes, so it is done once per session ([`Ruang`]); after that the free
//! room is what was measured minus what the origin has stored since, which the browser tells
//! at no cost.

use super::dataset::{Dataset, Koleksi};
use super::penyimpanan::{kunci_koleksi, kunci_meta, GalatPenyimpanan, Penyimpanan, AWALAN_KUNCI};

/// Bytes a key and its text take (UTF-16 code units × 2).
pub fn ukuran(kunci: &str, teks: &str) -> usize {
    (kunci.encode_utf16().count() + teks.encode_utf16().count()) * 2
}

/// Bytes the stored data collections take now (asked of storage without reading the texts).
pub fn terpakai(s: &dyn Penyimpanan) -> usize {
    Koleksi::SEMUA
        .iter()
        .map(|&k| kunci_koleksi(k))
        .chain(std::iter::once(kunci_meta()))
        .filter_map(|k| s.panjang(&k).ok().flatten().map(|n| (k.encode_utf16().count() + n) * 2))
        .sum()
}

/// Bytes the given dataset would take once saved.
pub fn kebutuhan(d: &Dataset) -> usize {
    let memori = super::penyimpanan::PenyimpananMemori::default();
    match super::penyimpanan::simpan(&memori, d, &Koleksi::SEMUA) {
        Ok(()) => terpakai(&memori),
        Err(_) => usize::MAX,
    }
}

/// The free room, in bytes, to within `langkah` characters or 1/32 of it, whichever is larger
/// (each step writes a large test value, so the search stops once the estimate is good
/// enough): the largest probe value that can be written. Nothing is left behind. `None` when
/// storage cannot be used at all.
pub fn ruang_bebas(s: &dyn Penyimpanan, langkah: usize) -> Option<usize> {
    let kunci = kunci_uji();
    let muat = |n: usize| -> Result<bool, GalatPenyimpanan> {
        match s.uji_tulis(&kunci, n) {
            Ok(()) => Ok(true),
            Err(GalatPenyimpanan::Penuh) => Ok(false),
            Err(e) => Err(e),
        }
    };
    let langkah = langkah.max(1);
    if !muat(0).ok()? {
        return Some(0);
    }
    // Grow until a write fails (or a generous ceiling), then halve the gap.
    let (mut bisa, mut tidak) = (0usize, langkah);
    while muat(tidak).ok()? {
        bisa = tidak;
        if tidak >= 256 << 20 {
            return Some(ukuran(&kunci, "") + bisa * 2);
        }
        tidak *= 2;
    }
    while tidak - bisa > langkah.max(bisa / 32) {
        let tengah = bisa + (tidak - bisa) / 2;
        if muat(tengah).ok()? {
            bisa = tengah;
        } else {
            tidak = tengah;
        }
    }
    Some(ukuran(&kunci, "") + bisa * 2)
}

fn kunci_uji() -> String {
    format!("{AWALAN_KUNCI}uji-ruang")
}

/// One measurement of the free room, kept for the session, and what the whole origin's storage
/// held when it was taken. localStorage's quota is the origin's, so the free room now is the
/// measured one minus what the origin stores beyond what it stored then (or plus what it has
/// removed) — whoever wrote it: this tab, another tab, another page of the same host. Reading
/// the origin's usage costs well under a millisecond; probing costs many large writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ruang {
    pub bebas: u64,
    pub dipakai: u64,
}

impl Ruang {
    /// Probes the free room (see [`ruang_bebas`]) and notes the origin's usage.
    pub fn ukur(s: &dyn Penyimpanan, langkah: usize) -> Option<Ruang> {
        let dipakai = s.ukuran_semua().ok()? as u64;
        let bebas = match s.ruang_bebas() {
            Some(b) => b,
            None => ruang_bebas(s, langkah)? as u64,
        };
        Some(Ruang { bebas, dipakai })
    }

    /// The free room when the origin's storage holds `dipakai_kini` bytes.
    pub fn bebas_saat(&self, dipakai_kini: u64) -> u64 {
        (self.bebas + self.dipakai).saturating_sub(dipakai_kini)
    }

    /// The free room now (0 when storage cannot be read).
    pub fn bebas_kini(&self, s: &dyn Penyimpanan) -> u64 {
        s.ukuran_semua().map_or(0, |d| self.bebas_saat(d as u64))
    }
}

/// The room check before an import is applied: (bytes needed, bytes available, fits). `lama`
/// is what the data takes in storage now, `tambahan` how much it grows at most
/// (`Pratinjau::tambahan`, UTF-16 code units), `cadangan_lama` the older backups that can make
/// way, `bebas` the free room now ([`Ruang::bebas_kini`]). The apply itself still writes all or
/// nothing, so should storage fill up in between, nothing is lost. Bytes as `u64`: the free
/// room the browser reports for IndexedDB is often beyond a 32-bit `usize` (wasm32).
pub fn ruang_impor(lama: u64, tambahan: u64, cadangan_lama: u64, bebas: u64) -> (u64, u64, bool) {
    cukup_untuk(lama.saturating_add(tambahan.saturating_mul(2)), lama, bebas, cadangan_lama)
}

/// The same check when localStorage cannot hold the result and the data moves to IndexedDB
/// first: the room is the browser's estimate for the origin (`bebas`), and what is needed is
/// the data after the import (the current data plus the growth) and the backup of the
/// current data, both in IndexedDB.
pub fn ruang_impor_idb(lama: u64, tambahan: u64, bebas: u64) -> (u64, u64, bool) {
    let perlu = lama.saturating_add(tambahan.saturating_mul(2)).saturating_add(lama);
    (perlu, bebas, perlu <= bebas)
}

/// Whether replacing the stored data with `baru` fits, counting the backup of the current
/// data taken first and the older backups that can make way. (needed, available) in bytes.
pub fn cukup_untuk(baru_byte: u64, lama_byte: u64, bebas_byte: u64, cadangan_lama_byte: u64) -> (u64, u64, bool) {
    // The backup is a copy of the current data; the new data then replaces the current data.
    let perlu = lama_byte.saturating_add(baru_byte.saturating_sub(lama_byte));
    let tersedia = bebas_byte.saturating_add(cadangan_lama_byte);
    (perlu, tersedia, perlu <= tersedia)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::penyimpanan::PenyimpananMemori;

    #[test]
    fn probing_finds_the_free_room_and_leaves_nothing_behind() {
        let s = PenyimpananMemori::dengan_kuota(1_000_000);
        s.tulis("lain", &"x".repeat(100_000)).unwrap();
        let bebas = ruang_bebas(&s, 1_000).unwrap();
        let benar = 1_000_000 - ukuran("lain", &"x".repeat(100_000));
        assert!(bebas <= benar && benar - bebas <= benar / 16, "found {bebas}, true {benar}");
        assert_eq!(s.isi.borrow().len(), 1, "the probe key is gone");
        assert_eq!(ruang_bebas(&PenyimpananMemori::dengan_kuota(10), 1_000), Some(0));
    }

    #[test]
    fn a_replacement_fits_only_with_room_for_the_backup() {
        // 3 MB now, 4 MB after: needs 3 (backup) + 1 (growth).
        assert_eq!(cukup_untuk(4_000, 3_000, 3_500, 0), (4_000, 3_500, false));
        assert_eq!(cukup_untuk(4_000, 3_000, 3_500, 600), (4_000, 4_100, true));
        // Shrinking still needs room for the backup.
        assert_eq!(cukup_untuk(1_000, 3_000, 2_000, 0), (3_000, 2_000, false));
    }

    #[test]
    fn an_import_fits_when_the_backup_and_the_growth_fit_in_the_free_room_and_old_backups() {
        // 3,000 bytes now, 20,000 characters of growth: the backup (3,000) plus 40,000 bytes.
        assert_eq!(ruang_impor(3_000, 20_000, 0, 43_000), (43_000, 43_000, true));
        assert_eq!(ruang_impor(3_000, 20_000, 0, 42_999), (43_000, 42_999, false));
        // Old backups that can make way count as room.
        assert!(ruang_impor(3_000, 20_000, 10_000, 33_000).2);
        // Nothing grows: only the backup of the current data is needed.
        assert_eq!(ruang_impor(3_000, 0, 0, 3_000), (3_000, 3_000, true));
    }

    #[test]
    fn moving_to_indexeddb_needs_the_moved_data_its_backup_and_the_growth() {
        // 3,000 bytes now plus 20,000 characters of growth (40,000 bytes), and the backup (3,000).
        assert_eq!(ruang_impor_idb(3_000, 20_000, 46_000), (46_000, 46_000, true));
        assert_eq!(ruang_impor_idb(3_000, 20_000, 45_999), (46_000, 45_999, false));
        assert_eq!(ruang_impor_idb(u64::MAX, 1, 10), (u64::MAX, 10, false));
    }

    #[test]
    fn the_session_measurement_follows_what_the_origin_stores_whoever_writes_it() {
        let r = Ruang { bebas: 1_000, dipakai: 4_000 };
        assert_eq!(r.bebas_saat(4_600), 400);
        assert_eq!(r.bebas_saat(3_000), 2_000, "deleting frees room");
        assert_eq!(r.bebas_saat(9_000), 0);
        let s = PenyimpananMemori::dengan_kuota(200_000);
        s.tulis("lain", &"x".repeat(10_000)).unwrap();
        let r = Ruang::ukur(&s, 100).unwrap();
        let benar = |s: &PenyimpananMemori| 200_000 - s.ukuran_semua().unwrap() as u64;
        assert!(r.bebas <= benar(&s) && r.bebas + benar(&s) / 16 >= benar(&s), "{r:?}");
        // Another writer (not this app's keys) fills part of the origin: the estimate follows,
        // as exactly as the first measurement was.
        s.tulis("pengisi", &"y".repeat(50_000)).unwrap();
        assert!(r.bebas_kini(&s) <= benar(&s) && r.bebas_kini(&s) + 200_000 / 16 >= benar(&s));
        s.hapus("lain").unwrap();
        assert!(r.bebas_kini(&s) <= benar(&s));
    }

    #[test]
    fn sizes_count_utf16() {
        assert_eq!(ukuran("ab", "é"), 6);
        let mut d = Dataset::default();
        let kosong = kebutuhan(&d);
        d.pengaturan.bup_fungsional.ubah(crate::rules::jabatan::JenjangFungsional::AhliMuda, 60);
        assert!(kebutuhan(&d) >= kosong);
    }
}
