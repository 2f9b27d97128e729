//! Generated datasets for benchmarks (`scripts/bench`), from the same generator as "Muat data
//! contoh":
//! - `data_contoh N` prints the localStorage entries Jenjang reads
//!   (`{"jenjang.data.meta": "…", "jenjang.data.pegawai": "…", …}`);
//! - `data_contoh N --ekspor` prints a full exchange file (`jenis: lengkap`);
//! - `data_contoh N --ukur` times export and import natively and prints one JSON line: the
//!   export, the import check (`baca_berkas`, which takes the fast path for a valid file), the
//!   thorough check a refused file gets (`baca_berkas_teliti`), the preview against an empty
//!   browser (with the room estimate), and serde_json's own parse of the text.

use jenjang::domain::contoh::data_contoh;
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::store::dataset::{Dataset, Koleksi};
use jenjang::store::gabung::{pratinjau, Masukan};
use jenjang::store::penyimpanan::{simpan, ukuran_tersimpan, PenyimpananMemori};
use jenjang::store::pertukaran::{baca_berkas, baca_berkas_teliti, ekspor_lengkap};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let jumlah: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let mode = args.get(2).map(String::as_str).unwrap_or("");
    let hari_ini = Tanggal::new(2026, 11, 23).expect("tanggal");
    let sekarang = Stempel(1_795_000_000_000);
    let (unit_kerja, pegawai) = data_contoh(2026, jumlah, hari_ini, sekarang);
    let dataset = Dataset { pegawai, unit_kerja, ..Dataset::default() };
    match mode {
        "--ekspor" => println!("{}", ekspor_lengkap(&dataset, sekarang, 7 * 60)),
        "--ukur" => {
            let mulai = Instant::now();
            let berkas = ekspor_lengkap(&dataset, sekarang, 7 * 60);
            let ekspor_ms = mulai.elapsed().as_secs_f64() * 1000.0;
            let mulai = Instant::now();
            let hasil = baca_berkas(berkas.as_bytes(), &Dataset::default());
            let impor_ms = mulai.elapsed().as_secs_f64() * 1000.0;
            let mulai = Instant::now();
            let teliti = baca_berkas_teliti(berkas.as_bytes(), &Dataset::default());
            let teliti_ms = mulai.elapsed().as_secs_f64() * 1000.0;
            let masukan = hasil.clone().map(|b| Masukan::from(b.data)).unwrap_or_default();
            let mulai = Instant::now();
            let tambahan = pratinjau(&Dataset::default(), &masukan).tambahan;
            let pratinjau_ms = mulai.elapsed().as_secs_f64() * 1000.0;
            let mulai = Instant::now();
            let _: serde_json::Value = serde_json::from_str(&berkas).expect("json");
            let parse_ms = mulai.elapsed().as_secs_f64() * 1000.0;
            let memori = PenyimpananMemori::default();
            let tersimpan = simpan(&memori, &dataset, &Koleksi::SEMUA).map(|_| ukuran_tersimpan(&memori)).unwrap_or(0);
            println!(
                "{}",
                serde_json::json!({
                    "pegawai": jumlah, "berkas_byte": berkas.len(), "ekspor_ms": ekspor_ms,
                    "impor_ms": impor_ms, "impor_sah": hasil.is_ok(), "serde_parse_ms": parse_ms,
                    "teliti_ms": teliti_ms, "sama": teliti == hasil, "pratinjau_ms": pratinjau_ms,
                    "penyimpanan_byte": tersimpan, "taksiran_byte": 2 * tambahan,
                })
            );
        }
        _ => {
            let memori = PenyimpananMemori::default();
            if let Err(e) = simpan(&memori, &dataset, &Koleksi::SEMUA) {
                eprintln!("{}", e.pesan_id());
                std::process::exit(1);
            }
            let isi = memori.isi.borrow();
            println!("{}", serde_json::to_string(&*isi).expect("json"));
        }
    }
}
