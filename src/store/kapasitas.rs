//! How much room the data takes and how much the browser has left. localStorage offers no
//! API for its quota, so the free room is measured by probing: the largest value that can
//! still be written (then removed at once). Sizes are bytes as browsers count them (UTF-16).

use super::dataset::{Dataset, Koleksi};
use super::penyimpanan::{kunci_koleksi, kunci_meta, GalatPenyimpanan, Penyimpanan, AWALAN_KUNCI};

/// Bytes a key and its text take (UTF-16 code units × 2).
pub fn ukuran(kunci: &str, teks: &str) -> usize {
    (kunci.encode_utf16().count() + teks.encode_utf16().count()) * 2
}

/// Bytes the stored data collections take now.
pub fn terpakai(s: &dyn Penyimpanan) -> usize {
    Koleksi::SEMUA
        .iter()
        .map(|&k| kunci_koleksi(k))
        .chain(std::iter::once(kunci_meta()))
        .filter_map(|k| s.baca(&k).ok().flatten().map(|v| ukuran(&k, &v)))
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
    let kunci = format!("{AWALAN_KUNCI}uji-ruang");
    let muat = |n: usize| -> Result<bool, GalatPenyimpanan> {
        let hasil = s.tulis(&kunci, &"a".repeat(n));
        let _ = s.hapus(&kunci);
        match hasil {
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
    fn sizes_count_utf16() {
        assert_eq!(ukuran("ab", "é"), 6);
        let mut d = Dataset::default();
        let kosong = kebutuhan(&d);
        d.pengaturan.bup_fungsional.ubah(crate::rules::jabatan::JenjangFungsional::AhliMuda, 60);
        assert!(kebutuhan(&d) >= kosong);
    }
}
