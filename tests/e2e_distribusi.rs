//! End-to-end: the unit distribution check (issue 4 §3), the rounding assumption on the Aturan
//! page, community feedback (§5) and the predikat history on the pegawai page.
//!
//! The office is the sample data ("Muat data contoh": 48 pegawai in 8 units) built natively,
//! with SKP and evaluations made by the domain (`Skp::baru`, `EvaluasiKinerja::baru`) and
//! written into localStorage exactly as the app stores it, then the app is reloaded.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

use jenjang::domain::contoh::{data_contoh, BENIH_CONTOH, JUMLAH_CONTOH};
use jenjang::domain::evaluasi::{EvaluasiKinerja, KinerjaOrganisasi};
use jenjang::domain::id::{Acak, Id};
use jenjang::domain::periode::Periode;
use jenjang::domain::skp::Skp;
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::kinerja::{PredikatOrganisasi, Rating};
use jenjang::store::dataset::{Dataset, Koleksi};
use jenjang::store::penyimpanan::{simpan, PenyimpananMemori};
use std::time::{SystemTime, UNIX_EPOCH};

use Rating::*;

const TAHUN: i32 = 2025;

/// The office of the test and the ids it looks at.
struct Kantor {
    data: Dataset,
    /// 10 rated Baik, organisation predikat set in the test to Baik → breaks the pattern.
    unit_besar: Id,
    /// 3 rated (1 Butuh Perbaikan, 2 Baik) under Butuh Perbaikan: meets the pattern with
    /// floors rounded down (60% of 3 → 1), breaks it with floors rounded up (→ 2).
    unit_kecil: Id,
    /// A pegawai of the large unit with annual predikat in two years.
    pegawai_riwayat: Id,
}

fn kantor() -> Kantor {
    let sekarang = Stempel(SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as i64);
    let hari_ini = sekarang.tanggal_utc();
    let (unit_kerja, pegawai) = data_contoh(BENIH_CONTOH, JUMLAH_CONTOH, hari_ini, sekarang);
    let mut d = Dataset { pegawai, unit_kerja, ..Dataset::default() };
    let mut acak = Acak::new(77);

    // Units by number of members, largest first.
    let mut per_unit: Vec<(Id, Vec<Id>)> = d
        .unit_kerja
        .iter()
        .map(|u| {
            let anggota = d.pegawai.iter().filter(|p| p.unit_kerja.as_ref() == Some(&u.id)).map(|p| p.id.clone());
            (u.id.clone(), anggota.collect())
        })
        .collect();
    per_unit.sort_by_key(|(_, a)| std::cmp::Reverse(a.len()));
    let (unit_besar, anggota_besar) = per_unit[0].clone();
    let (unit_kecil, anggota_kecil) = per_unit[1].clone();
    assert!(anggota_besar.len() >= 10 && anggota_kecil.len() >= 3, "sample units too small");

    let mut nilai = |d: &mut Dataset, pegawai: &Id, tahun: i32, h: Rating, p: Rating| -> Id {
        let orang = d.cari_pegawai(pegawai).unwrap().clone();
        let skp = Skp::baru(acak.id(), &orang, tahun, &d.pegawai, &d.unit_kerja, sekarang);
        let mut e = EvaluasiKinerja::baru(acak.id(), skp.id.clone(), Periode::Tahunan, sekarang);
        e.rating_hasil_kerja = Some(h);
        e.rating_perilaku = Some(p);
        e.ditetapkan_pada = Tanggal::new(tahun, 12, 30);
        let id = skp.id.clone();
        d.skp.push(skp);
        d.evaluasi_kinerja.push(e);
        id
    };
    for p in anggota_besar.iter().take(10) {
        nilai(&mut d, p, TAHUN, SesuaiEkspektasi, SesuaiEkspektasi);
    }
    nilai(&mut d, &anggota_kecil[0], TAHUN, DiBawahEkspektasi, SesuaiEkspektasi);
    nilai(&mut d, &anggota_kecil[1], TAHUN, SesuaiEkspektasi, DiAtasEkspektasi);
    nilai(&mut d, &anggota_kecil[2], TAHUN, DiAtasEkspektasi, SesuaiEkspektasi);
    let pegawai_riwayat = anggota_besar[0].clone();
    nilai(&mut d, &pegawai_riwayat, TAHUN - 1, DiAtasEkspektasi, DiAtasEkspektasi);

    d.kinerja_organisasi.push(KinerjaOrganisasi {
        id: acak.id(),
        created_at: sekarang,
        updated_at: sekarang,
        dihapus_pada: None,
        unit_kerja: unit_kecil.clone(),
        tahun: TAHUN,
        periode: Periode::Tahunan,
        predikat: PredikatOrganisasi::ButuhPerbaikan,
        catatan: String::new(),
    });
    Kantor { data: d, unit_besar, unit_kecil, pegawai_riwayat }
}

/// Writes the dataset into localStorage as the app stores it and reloads on `rute`.
async fn muat(sesi: &Sesi, d: &Dataset, rute: &str) {
    let memori = PenyimpananMemori::default();
    simpan(&memori, d, &Koleksi::SEMUA).expect("store the dataset");
    let isi = serde_json::to_value(&*memori.isi.borrow()).unwrap();
    sesi.execute(
        "localStorage.clear(); for (const [k, v] of Object.entries(arguments[0])) localStorage.setItem(k, v); return 0;",
        vec![isi],
    )
    .await
    .expect("write localStorage");
    sesi.buka(rute).await;
    sesi.refresh().await.unwrap();
}

async fn pilih(sesi: &Sesi, css: &str, nilai: &str) {
    tunggu_elemen(sesi, css)
        .await
        .select_by_value(nilai)
        .await
        .unwrap_or_else(|e| panic!("select {nilai} in {css}: {e}"));
}

/// Waits until the text of the first `css` element, whitespace collapsed (table cells are
/// tab-separated in WebDriver text), contains `harap`.
async fn tunggu_isi(sesi: &Sesi, css: &str, harap: &str) {
    let mut terakhir = String::new();
    for _ in 0..100 {
        if let Ok(el) = sesi.find(Locator::Css(css)).await {
            terakhir = el.text().await.unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
            if terakhir.contains(harap) {
                return;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("`{css}` never contained {harap:?}; last text: {terakhir:?}");
}

/// Waits until the stored collection `koleksi` contains `harap`.
async fn tunggu_simpanan(sesi: &Sesi, koleksi: &str, harap: &str) {
    let skrip = format!("return localStorage.getItem('jenjang.data.{koleksi}') || ''");
    for _ in 0..50 {
        if js(sesi, &skrip).await.as_str().unwrap_or("").contains(harap) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("jenjang.data.{koleksi} never contained {harap:?}");
}

#[tokio::test]
async fn a_unit_breaking_its_pattern_is_told_in_words_and_the_rounding_assumption_changes_a_small_unit() {
    let k = kantor();
    let sesi = Sesi::baru().await;
    let rute = format!("#/kinerja/distribusi?tahun={TAHUN}&periode=tahunan");
    muat(&sesi, &k.data, &rute).await;
    tunggu_teks(&sesi, "h1", "Distribusi Predikat Kinerja").await;

    let kartu_besar = format!("article[data-unit='{}']", k.unit_besar);
    let kartu_kecil = format!("article[data-unit='{}']", k.unit_kecil);
    // The small unit has its predikat already: 1 of 3 Butuh Perbaikan meets "at least 60%"
    // when floors are rounded down (the default).
    tunggu_teks(&sesi, &format!("{kartu_kecil} .distribusi-unit__hasil"), "sesuai pola distribusi").await;
    tunggu_teks(&sesi, &format!("{kartu_kecil} .distribusi-unit__jumlah"), "3 dari 3 SKP").await;
    tunggu_teks(&sesi, &format!("{kartu_besar} .distribusi-unit__hasil"), "Tetapkan predikat kinerja organisasi").await;
    tunggu_teks(&sesi, "#ringkasan-diperiksa", "1").await;
    tunggu_teks(&sesi, "#ringkasan-tanpa-org", "1").await;

    // Set the large unit's organisation predikat to Baik: all 10 rated Baik breaks two rules.
    pilih(&sesi, &format!("#org-{}", k.unit_besar), "baik").await;
    let hasil = format!("{kartu_besar} .distribusi-unit__hasil");
    tunggu_teks(&sesi, &hasil, "tidak sesuai pola distribusi").await;
    tunggu_teks(&sesi, &hasil, "Baik paling banyak 70% (7 dari 10 orang, dibulatkan ke atas); ada 10.").await;
    tunggu_teks(
        &sesi,
        &hasil,
        "Harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct; belum ada.",
    )
    .await;
    tunggu_teks(&sesi, &format!("{kartu_besar} .distribusi-unit__pola"), "paling banyak 70%").await;
    tunggu_teks(&sesi, &format!("{kartu_besar} .distribusi-tabel"), "100%").await;
    tunggu_teks(&sesi, "#ringkasan-diperiksa", "2").await;
    tunggu_teks(&sesi, "#ringkasan-tidak-sesuai", "1").await;
    // Saved: the organisation predikat is in storage, and a note on it too.
    tunggu_simpanan(&sesi, "kinerja_organisasi", "\"baik\"").await;
    isi(&sesi, &format!("#catatan-{}", k.unit_besar), "Ditetapkan Sekretaris Daerah").await;
    js(
        &sesi,
        &format!("document.getElementById('catatan-{}').dispatchEvent(new Event('change')); return 0", k.unit_besar),
    )
    .await;
    tunggu_simpanan(&sesi, "kinerja_organisasi", "Ditetapkan Sekretaris Daerah").await;
    sesi.execute("window.scrollTo(0, 0); return 0", vec![]).await.unwrap();
    screenshot(&sesi, "distribusi").await;
    js(&sesi, &format!("document.querySelector(\"{kartu_besar}\").scrollIntoView(); return 0")).await;
    screenshot(&sesi, "distribusi-kartu").await;

    // The unit's evaluation list: 10 rated SKP, each Baik, linked to its evaluation.
    klik(&sesi, &format!("{kartu_besar} .distribusi-unit__aksi button")).await;
    tunggu_teks(&sesi, "#daftar-evaluasi-judul", "Daftar evaluasi").await;
    let baris = sesi.find_all(Locator::Css("#tabel-evaluasi-unit tbody tr")).await.unwrap();
    assert!(baris.len() >= 10, "{} rows", baris.len());
    tunggu_teks(&sesi, "#tabel-evaluasi-unit tbody", "Baik").await;
    tunggu_elemen(&sesi, "#tabel-evaluasi-unit a[href$='/evaluasi/tahunan']").await;
    screenshot(&sesi, "distribusi-daftar-unit").await;

    // Floors rounded up on the Aturan page: 60% of 3 is now 2 people, the small unit breaks it.
    sesi.buka("#/aturan").await;
    tunggu_elemen(&sesi, "#aturan-kinerja").await;
    // Row "3 people" by default: at most 70% → 3, at most 10% → 1, at least 60% → 1, at least 10% → 0.
    tunggu_isi(&sesi, "#contoh-unit-kecil tbody tr:nth-child(3)", "3 3 1 1 0").await;
    pilih(&sesi, "#asumsi-minimal", "atas").await;
    // The small-unit table follows at once: at least 60% of 3 → 2, at least 10% → 1.
    tunggu_isi(&sesi, "#contoh-unit-kecil tbody tr:nth-child(3)", "3 3 1 2 1").await;
    tunggu_simpanan(&sesi, "pengaturan", "\"pembulatan_minimal\":\"atas\"").await;
    js(&sesi, "document.getElementById('aturan-kinerja').scrollIntoView(); return 0").await;
    screenshot(&sesi, "aturan-kinerja").await;
    js(&sesi, "document.getElementById('asumsi-judul').scrollIntoView(); return 0").await;
    screenshot(&sesi, "aturan-kinerja-asumsi").await;

    sesi.buka(&rute).await;
    let hasil_kecil = format!("{kartu_kecil} .distribusi-unit__hasil");
    tunggu_teks(&sesi, &hasil_kecil, "Butuh Perbaikan paling sedikit 60% (2 dari 3 orang, dibulatkan ke atas); ada 1.")
        .await;
    tunggu_teks(&sesi, "#ringkasan-tidak-sesuai", "2").await;

    // An AK coefficient typed with a comma is kept in thousandths; a wrong one is refused.
    sesi.buka("#/aturan").await;
    isi(&sesi, "#koefisien-ahli-muda", "26,5").await;
    js(&sesi, "document.getElementById('koefisien-ahli-muda').dispatchEvent(new Event('change')); return 0").await;
    tunggu_simpanan(&sesi, "pengaturan", "26500").await;
    isi(&sesi, "#koefisien-ahli-madya", "abc").await;
    js(&sesi, "document.getElementById('koefisien-ahli-madya').dispatchEvent(new Event('change')); return 0").await;
    tunggu_teks(&sesi, "#koefisien-galat", "Ahli Madya").await;
}

#[tokio::test]
async fn community_feedback_is_recorded_summarised_and_deleted_apart_from_the_predikat() {
    let k = kantor();
    let sesi = Sesi::baru().await;
    muat(&sesi, &k.data, "#/masyarakat").await;
    tunggu_teks(&sesi, "h1", "Umpan Balik Masyarakat").await;
    tunggu_teks(&sesi, "#sinyal-terpisah", "tidak pernah dihitung").await;
    let nama_unit = k.data.cari_unit(&k.unit_kecil).unwrap().nama.clone();

    // Nothing chosen: each reason at its field.
    klik(&sesi, "#simpan-masyarakat").await;
    tunggu_teks(&sesi, "#mb-unit-galat", "Pilih unit kerja").await;
    tunggu_teks(&sesi, "#mb-skor-galat", "bintang").await;

    // An IKM survey index with one decimal, for the unit and one of its pegawai.
    pilih(&sesi, "#mb-unit", k.unit_kecil.as_str()).await;
    let anggota = k.data.pegawai.iter().find(|p| p.unit_kerja.as_ref() == Some(&k.unit_kecil)).unwrap();
    pilih(&sesi, "#mb-pegawai", anggota.id.as_str()).await;
    pilih(&sesi, "#mb-kanal", "survei").await;
    klik(&sesi, "#mb-jenis-ikm").await;
    isi(&sesi, "#mb-skor", "82,75").await;
    klik(&sesi, "#simpan-masyarakat").await;
    tunggu_teks(&sesi, "#mb-skor-galat", "satu desimal").await;
    isi(&sesi, "#mb-skor", "82,7").await;
    isi(&sesi, "#mb-komentar", "Antrean singkat, petugas ramah").await;
    klik(&sesi, "#simpan-masyarakat").await;
    tunggu_teks(&sesi, "#masyarakat-status", "disimpan").await;
    tunggu_teks(&sesi, "#ringkasan-masyarakat tbody", &nama_unit).await;
    tunggu_teks(&sesi, "#ringkasan-masyarakat tbody", "82,7").await;
    tunggu_teks(&sesi, "#daftar-masyarakat tbody", "IKM 82,7").await;
    tunggu_teks(&sesi, "#daftar-masyarakat tbody", &anggota.nama_lengkap()).await;

    // Four stars at the counter: 80,0 and 82,7 → mean 81,4 on the 0–100 scale, one per channel.
    pilih(&sesi, "#mb-unit", k.unit_kecil.as_str()).await;
    pilih(&sesi, "#mb-kanal", "loket").await;
    klik(&sesi, "#mb-jenis-bintang").await;
    pilih(&sesi, "#mb-skor", "4").await;
    klik(&sesi, "#simpan-masyarakat").await;
    tunggu_isi(&sesi, "#ringkasan-masyarakat tbody tr", &format!("{nama_unit} 2 81,4 1 1 0")).await;
    sesi.execute("window.scrollTo(0, 0); return 0", vec![]).await.unwrap();
    screenshot(&sesi, "masyarakat").await;
    js(&sesi, "document.getElementById('ringkasan-masyarakat').scrollIntoView(); return 0").await;
    screenshot(&sesi, "masyarakat-ringkasan").await;

    // Delete the survey entry (the older one, second in the list): the summary follows.
    klik(&sesi, "#daftar-masyarakat tbody tr:nth-child(2) button").await;
    klik(&sesi, "#hapus-masyarakat-ya").await;
    tunggu_teks(&sesi, "#masyarakat-status", "dihapus").await;
    tunggu_isi(&sesi, "#ringkasan-masyarakat tbody tr", &format!("{nama_unit} 1 80,0 1 0 0")).await;
    // A tombstone, not a removal.
    tunggu_simpanan(&sesi, "umpan_balik_masyarakat", "dihapus_pada").await;

    // Its own signal: the predikat of the unit did not move (still meets Butuh Perbaikan).
    sesi.buka(&format!("#/kinerja/distribusi?tahun={TAHUN}&periode=tahunan")).await;
    tunggu_teks(&sesi, &format!("article[data-unit='{}'] .distribusi-unit__hasil", k.unit_kecil), "sesuai pola").await;

    // The unit's link to its SKP list opens the Kinerja page filtered on that unit.
    let tautan = format!("article[data-unit='{}'] a[href^='#/kinerja?unit=']", k.unit_kecil);
    klik(&sesi, &tautan).await;
    tunggu_teks(&sesi, "h1", "Kinerja").await;
    let pilih = tunggu_elemen(&sesi, "#kinerja-unit").await.prop("value").await.unwrap();
    assert_eq!(pilih.as_deref(), Some(k.unit_kecil.to_string().as_str()));
}

#[tokio::test]
async fn the_pegawai_page_shows_the_annual_predikat_per_year_newest_first() {
    let k = kantor();
    let sesi = Sesi::baru().await;
    muat(&sesi, &k.data, &format!("#/pegawai/{}", k.pegawai_riwayat)).await;
    tunggu_teks(&sesi, "#riwayat-predikat-judul", "Riwayat predikat kinerja").await;
    let baris = sesi.find_all(Locator::Css("#riwayat-predikat tbody tr")).await.unwrap();
    assert_eq!(baris.len(), 2);
    let rata = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let pertama = rata(baris[0].text().await.unwrap());
    let kedua = rata(baris[1].text().await.unwrap());
    assert!(pertama.starts_with(&TAHUN.to_string()) && pertama.contains("Baik"), "{pertama}");
    assert!(pertama.contains(&format!("30 Desember {TAHUN}")), "{pertama}");
    assert!(kedua.starts_with(&(TAHUN - 1).to_string()) && kedua.contains("Sangat Baik"), "{kedua}");
    assert!(kedua.contains("Di Atas Ekspektasi"), "{kedua}");
    tunggu_elemen(&sesi, "#riwayat-predikat a[href^='#/skp/']").await;
    js(&sesi, "document.getElementById('riwayat-predikat-judul').scrollIntoView(); return 0").await;
    screenshot(&sesi, "riwayat-predikat").await;

    // Someone without any SKP: the empty-state text.
    let lain = k.data.pegawai.iter().find(|p| k.data.skp.iter().all(|s| s.pegawai != p.id)).unwrap();
    sesi.buka(&format!("#/pegawai/{}", lain.id)).await;
    tunggu_teks(&sesi, "#riwayat-predikat tbody", "Belum ada predikat tahunan").await;
}

/// axe-core (npm, installed by scripts/setup) on the distribution page with a unit's list open
/// and on the community feedback page with its inline errors showing: no serious or critical
/// violation.
#[tokio::test]
async fn distribution_and_community_pages_have_no_serious_accessibility_violations() {
    let axe = sumber_axe();
    let k = kantor();
    let sesi = Sesi::baru().await;
    let distribusi = format!("#/kinerja/distribusi?tahun={TAHUN}&periode=tahunan&unit={}", k.unit_kecil);
    muat(&sesi, &k.data, &distribusi).await;
    let mut temuan = Vec::new();
    for rute in [distribusi.as_str(), "#/kinerja/distribusi", "#/masyarakat"] {
        sesi.buka(rute).await;
        sesi.refresh().await.unwrap();
        tunggu_elemen(&sesi, "h1").await;
        if rute == distribusi {
            tunggu_elemen(&sesi, "#tabel-evaluasi-unit tbody tr").await;
        }
        if rute == "#/masyarakat" {
            klik(&sesi, "#simpan-masyarakat").await;
            tunggu_teks(&sesi, "#mb-unit-galat", "Pilih unit kerja").await;
        }
        let hasil = jalankan_axe(&sesi, &axe).await;
        assert!(hasil["rules"].as_u64().unwrap_or(0) > 20, "{rute}: axe ran no rules: {hasil}");
        eprintln!("{rute}: minor/moderate: {}", hasil["other"]);
        for v in hasil["serious"].as_array().cloned().unwrap_or_default() {
            temuan.push(format!("{rute}: {}", v.as_str().unwrap_or_default()));
        }
    }
    assert!(temuan.is_empty(), "accessibility violations:\n{}", temuan.join("\n"));

    // In English, every label of the page switches.
    sesi.buka(&distribusi).await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "h1", "Performance Grade Distribution").await;
    tunggu_teks(&sesi, "#daftar-evaluasi-judul", "Evaluation list").await;
    tunggu_teks(
        &sesi,
        &format!("article[data-unit='{}'] .distribusi-unit__hasil", k.unit_kecil),
        "meets the distribution pattern",
    )
    .await;
    screenshot(&sesi, "distribusi-en").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "h1", "Distribusi Predikat Kinerja").await;

    // On a phone: one column, no sideways scroll of the page (wide tables scroll in their box).
    sesi.set_window_size(390, 844).await.expect("phone size");
    for (rute, nama) in [(distribusi.as_str(), "distribusi-ponsel"), ("#/masyarakat", "masyarakat-ponsel")] {
        sesi.buka(rute).await;
        tunggu_elemen(&sesi, "h1").await;
        let lebar = js(&sesi, "return document.documentElement.scrollWidth - window.innerWidth").await;
        assert!(lebar.as_i64().unwrap_or(1) <= 0, "{rute}: page wider than the phone by {lebar}px");
        screenshot(&sesi, nama).await;
    }
}
