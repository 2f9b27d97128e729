//! Writes a generated dataset as the localStorage entries Jenjang reads, for benchmarks:
//! `cargo run --release --example data_contoh -- 1000 > data.json` gives
//! `{"jenjang.data.meta": "…", "jenjang.data.pegawai": "…", "jenjang.data.unit_kerja": "…"}`.

use jenjang::domain::contoh::data_contoh;
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::store::dataset::{Dataset, Koleksi};
use jenjang::store::penyimpanan::{simpan, PenyimpananMemori};

fn main() {
    let jumlah: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let hari_ini = Tanggal::new(2026, 11, 23).expect("tanggal");
    let (unit_kerja, pegawai) = data_contoh(2026, jumlah, hari_ini, Stempel(1_795_000_000_000));
    let dataset = Dataset { pegawai, unit_kerja, ..Dataset::default() };
    let memori = PenyimpananMemori::default();
    if let Err(e) = simpan(&memori, &dataset, &Koleksi::SEMUA) {
        eprintln!("{}", e.pesan_id());
        std::process::exit(1);
    }
    let isi = memori.isi.borrow();
    println!("{}", serde_json::to_string(&*isi).expect("json"));
}
