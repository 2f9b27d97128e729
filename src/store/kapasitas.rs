//! How much room the data takes and how much the browser has left. localStorage offers no
//! API for its quota, so the free room is measured by probing: the largest value that can
//! still be written (then removed at once). Sizes are bytes as browsers count them (UTF-16).
//!
//! Probing writes megabytes, so it is done once per session ([`Ruang`]); after that the free
//! room is what was measured minus what this app has stored since. Before an import is applied
//! the room it needs is confirmed with one test write of exactly that size ([`muat_sekarang`]),
//! which also notices room that another tab or site has taken meanwhile.

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

/// Whether `byte` more bytes (as [`ukuran`] counts them) can be stored now: one test write of
/// that size, removed at once. `None` when storage cannot be used at all.
pub fn muat_sekarang(s: &dyn Penyimpanan, byte: usize) -> Option<bool> {
    let kunci = kunci_uji();
    // The test key itself takes room too; what remains is text of `byte` bytes at most.
    let karakter = (byte / 2).saturating_sub(kunci.encode_utf16().count());
    match s.uji_tulis(&kunci, karakter) {
        Ok(()) => Some(true),
        Err(GalatPenyimpanan::Penuh) => Some(false),
        Err(_) => None,
    }
}

/// One measurement of the free room, kept for the session, and what this app had stored when
/// it was taken: while only this app writes, the free room now is the measured one minus what
/// it has stored since (or plus what it has removed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ruang {
    pub bebas: usize,
    pub dipakai: usize,
}

impl Ruang {
    /// Probes the free room (see [`ruang_bebas`]); `dipakai` is what this app has stored now.
    pub fn ukur(s: &dyn Penyimpanan, langkah: usize, dipakai: usize) -> Option<Ruang> {
        Some(Ruang { bebas: ruang_bebas(s, langkah)?, dipakai })
    }

    /// The free room when this app has `dipakai_kini` bytes stored.
    pub fn bebas_kini(&self, dipakai_kini: usize) -> usize {
        (self.bebas + self.dipakai).saturating_sub(dipakai_kini)
    }
}

/// The room check before an import is applied: (bytes needed, bytes available, fits). `lama`
/// is what the data takes in storage now, `tambahan` how much it grows at most
/// (`Pratinjau::tambahan`, UTF-16 code units), `cadangan_lama` the older backups that can make
/// way, `bebas` the free room as this session knows it. Whether it fits is not taken from that
/// estimate but tried with one test write of the room missing (another tab or site may have
/// used some since); the available figure shown is kept consistent with that answer.
pub fn ruang_impor(
    s: &dyn Penyimpanan,
    lama: usize,
    tambahan: usize,
    cadangan_lama: usize,
    bebas: usize,
) -> (usize, usize, bool) {
    let baru = lama.saturating_add(tambahan.saturating_mul(2));
    let (perlu, _, _) = cukup_untuk(baru, lama, 0, cadangan_lama);
    let kurang = perlu.saturating_sub(cadangan_lama);
    let muat = kurang == 0 || muat_sekarang(s, kurang).unwrap_or(false);
    let bebas = if muat { bebas.max(kurang) } else { bebas.min(kurang.saturating_sub(1)) };
    cukup_untuk(baru, lama, bebas, cadangan_lama)
}

/// Whether replacing the stored data with `baru` fits, counting the backup of the current
/// data taken first and the older backups that can make way. (needed, available) in bytes.
pub fn cukup_untuk(
    baru_byte: usize,
    lama_byte: usize,
    bebas_byte: usize,
    cadangan_lama_byte: usize,
) -> (usize, usize, bool) {
    // The backup is a copy of the current data; the new data then replaces the current data.
    let perlu = lama_byte + baru_byte.saturating_sub(lama_byte);
    let tersedia = bebas_byte + cadangan_lama_byte;
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
    fn one_test_write_says_whether_a_given_size_fits_now() {
        let s = PenyimpananMemori::dengan_kuota(100_000);
        s.tulis("lain", &"x".repeat(20_000)).unwrap();
        let bebas = 100_000 - ukuran("lain", &"x".repeat(20_000));
        assert_eq!(muat_sekarang(&s, bebas), Some(true));
        assert_eq!(muat_sekarang(&s, bebas + 2), Some(false));
        assert_eq!(muat_sekarang(&s, 0), Some(true));
        assert_eq!(s.isi.borrow().len(), 1, "the test key is gone");
    }

    #[test]
    fn an_import_fits_only_when_the_test_write_of_the_missing_room_succeeds() {
        let s = PenyimpananMemori::dengan_kuota(100_000);
        s.tulis("data", &"x".repeat(10_000)).unwrap();
        let lama = ukuran("data", &"x".repeat(10_000));
        let bebas = 100_000 - lama;
        // Growth of 20,000 characters: the backup (lama) plus 40,000 bytes.
        let (perlu, tersedia, muat) = ruang_impor(&s, lama, 20_000, 0, bebas);
        assert_eq!((perlu, tersedia, muat), (lama + 40_000, bebas, true));
        // A stale estimate (another tab filled storage since): the test write decides.
        s.tulis("lain", &"y".repeat(30_000)).unwrap();
        let (perlu, tersedia, muat) = ruang_impor(&s, lama, 20_000, 0, bebas);
        assert!(!muat && tersedia < perlu, "{perlu} {tersedia}");
        // Old backups that can make way count as room.
        assert!(ruang_impor(&s, lama, 20_000, 60_000, 0).2);
        // Nothing grows: only the backup of the current data is needed.
        assert_eq!(ruang_impor(&s, lama, 0, 0, 1).0, lama);
        assert_eq!(s.isi.borrow().len(), 2, "no test key left behind");
    }

    #[test]
    fn the_session_measurement_follows_what_this_app_stores() {
        let r = Ruang { bebas: 1_000, dipakai: 4_000 };
        assert_eq!(r.bebas_kini(4_000), 1_000);
        assert_eq!(r.bebas_kini(4_600), 400);
        assert_eq!(r.bebas_kini(3_000), 2_000, "deleting frees room");
        assert_eq!(r.bebas_kini(9_000), 0);
        let s = PenyimpananMemori::dengan_kuota(50_000);
        let r = Ruang::ukur(&s, 100, 0).unwrap();
        assert!(r.bebas <= 50_000 && r.bebas >= 50_000 - 50_000 / 16, "{r:?}");
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
