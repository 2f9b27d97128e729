//! Performance appraisal at scale for `scripts/bench` (issue 4 §7), from the generator behind
//! "Muat data contoh", with an SKP and a rated annual evaluation for every pegawai and an
//! organisation predikat for every unit:
//! - `bench_kinerja N --ukur` times, natively, every predikat (the matrix for each evaluation)
//!   and the whole distribution check (every unit's spread and SE 3/2023 check, as the
//!   `#/kinerja/distribusi` page computes it), and prints one JSON line;
//! - `bench_kinerja N --satu-unit` puts all N pegawai in one unit and prints
//!   `{"unit": id, "tahun": …, "entri": {localStorage key: value}}` for the browser bench.

use jenjang::domain::contoh::data_contoh;
use jenjang::domain::evaluasi::{EvaluasiKinerja, KinerjaOrganisasi};
use jenjang::domain::id::Acak;
use jenjang::domain::periode::Periode;
use jenjang::domain::rekap_kinerja::{rekap_distribusi, RingkasanDistribusi};
use jenjang::domain::skp::Skp;
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::kinerja::{PredikatOrganisasi, Rating};
use jenjang::store::dataset::{Dataset, Koleksi};
use jenjang::store::penyimpanan::{simpan, PenyimpananMemori};
use std::time::Instant;

const TAHUN: i32 = 2026;

fn dataset(jumlah: usize, satu_unit: bool) -> Dataset {
    let hari_ini = Tanggal::new(2026, 11, 23).expect("tanggal");
    let sekarang = Stempel(1_795_000_000_000);
    let (unit_kerja, mut pegawai) = data_contoh(2026, jumlah, hari_ini, sekarang);
    if satu_unit {
        let u = unit_kerja[0].id.clone();
        for p in &mut pegawai {
            p.unit_kerja = Some(u.clone());
        }
    }
    let mut acak = Acak::new(4);
    // The heads (the first pegawai of the generator) are the ones a penilai is proposed from;
    // passing only them keeps SKP creation linear (creation is not what is measured).
    let kepala: Vec<_> = pegawai.iter().take(unit_kerja.len()).cloned().collect();
    let rating =
        [Rating::DiAtasEkspektasi, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi, Rating::DiBawahEkspektasi];
    let mut skp = Vec::with_capacity(pegawai.len());
    let mut evaluasi = Vec::with_capacity(pegawai.len());
    for p in &pegawai {
        let s = Skp::baru(acak.id(), p, TAHUN, &kepala, &unit_kerja, sekarang);
        let mut e = EvaluasiKinerja::baru(acak.id(), s.id.clone(), Periode::Tahunan, sekarang);
        e.rating_hasil_kerja = Some(*acak.pilih(&rating));
        e.rating_perilaku = Some(*acak.pilih(&rating));
        e.ditetapkan_pada = Tanggal::new(TAHUN, 12, 30);
        skp.push(s);
        evaluasi.push(e);
    }
    let kinerja_organisasi = unit_kerja
        .iter()
        .map(|u| KinerjaOrganisasi {
            id: acak.id(),
            created_at: sekarang,
            updated_at: sekarang,
            dihapus_pada: None,
            unit_kerja: u.id.clone(),
            tahun: TAHUN,
            periode: Periode::Tahunan,
            predikat: *acak.pilih(&PredikatOrganisasi::SEMUA),
            catatan: String::new(),
        })
        .collect();
    Dataset { pegawai, unit_kerja, skp, evaluasi_kinerja: evaluasi, kinerja_organisasi, ..Dataset::default() }
}

/// Median of `n` runs of `f`, in milliseconds.
fn median_ms<R>(n: usize, mut f: impl FnMut() -> R) -> (f64, R) {
    let mut waktu = Vec::with_capacity(n);
    let mut hasil = None;
    for _ in 0..n {
        let mulai = Instant::now();
        hasil = Some(std::hint::black_box(f()));
        waktu.push(mulai.elapsed().as_secs_f64() * 1000.0);
    }
    waktu.sort_by(|a, b| a.total_cmp(b));
    (waktu[n / 2], hasil.expect("n > 0"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let jumlah: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(8000);
    match args.get(2).map(String::as_str).unwrap_or("--ukur") {
        "--satu-unit" => {
            let d = dataset(jumlah, true);
            let memori = PenyimpananMemori::default();
            if let Err(e) = simpan(&memori, &d, &Koleksi::SEMUA) {
                eprintln!("{}", e.pesan_id());
                std::process::exit(1);
            }
            let entri = memori.isi.borrow();
            println!(
                "{}",
                serde_json::json!({ "unit": d.unit_kerja[0].id.to_string(), "tahun": TAHUN, "entri": &*entri })
            );
        }
        _ => {
            let d = dataset(jumlah, false);
            let (predikat_ms, dinilai) =
                median_ms(7, || d.evaluasi_kinerja.iter().filter_map(|e| e.predikat()).count());
            let (distribusi_ms, ringkasan) = median_ms(7, || {
                let r = rekap_distribusi(
                    &d.unit_kerja,
                    &d.skp,
                    &d.evaluasi_kinerja,
                    &d.kinerja_organisasi,
                    TAHUN,
                    Periode::Tahunan,
                    d.pengaturan.asumsi_distribusi,
                );
                RingkasanDistribusi::dari(&r)
            });
            println!(
                "{}",
                serde_json::json!({
                    "pegawai": d.pegawai.len(), "unit": d.unit_kerja.len(), "dinilai": dinilai,
                    "predikat_ms": predikat_ms, "distribusi_ms": distribusi_ms,
                    "unit_diperiksa": ringkasan.diperiksa, "unit_tidak_sesuai": ringkasan.tidak_sesuai,
                })
            );
        }
    }
}
