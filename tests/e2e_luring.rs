//! Offline and installable (issue 3 §4), in headless Chromium against the release build:
//! the service worker serves the app with the test's static server stopped, a new build is
//! offered by the "Versi baru tersedia" banner and taken on a click, the page makes no request
//! after load except the worker's update check, the Content-Security-Policy holds, and the web
//! manifest with its icons is linked and valid.
//!
//! The service worker is `static/sw.js`; its precache list and version are written into
//! `dist/sw.js` at build time by `scripts/pasca-build.py` (a trunk post_build hook).
#![cfg(not(target_arch = "wasm32"))]

mod support;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use support::*;

async fn js_async(klien: &Client, skrip: &str) -> serde_json::Value {
    klien.execute_async(skrip, vec![]).await.unwrap_or_else(|e| panic!("{skrip}: {e}"))
}

/// Waits until a service worker controls the page (installed, precached, activated, claimed).
async fn tunggu_dikendalikan(sesi: &Sesi) {
    let mulai = Instant::now();
    loop {
        if js(sesi, "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)").await == true {
            return;
        }
        assert!(
            mulai.elapsed() < Duration::from_secs(20),
            "no service worker controls the page after 20 s; console: {:?}",
            sesi.log_konsol()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The cache names of this origin.
async fn cache(sesi: &Sesi) -> Vec<String> {
    let v = js_async(
        sesi,
        "const done = arguments[arguments.length - 1]; caches.keys().then(done, e => done(['error ' + e]));",
    )
    .await;
    v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

/// Fails if the browser console so far reports a CSP violation or a JavaScript error.
fn tanpa_pelanggaran(sesi: &Sesi) {
    let log = sesi.log_konsol();
    eprintln!("console: {log:#?}");
    let buruk: Vec<_> = log
        .iter()
        .filter(|l| {
            l.contains("Content Security Policy") || l.contains("Content-Security-Policy") || l.contains("Uncaught")
        })
        .collect();
    assert!(buruk.is_empty(), "console: {buruk:#?}");
}

async fn muat_contoh_dan_cek_daftar(sesi: &Sesi) {
    sesi.buka("#/").await;
    klik(sesi, "#muat-contoh").await;
    tunggu_teks(sesi, ".pemberitahuan", "pegawai contoh ditambahkan").await;
    sesi.buka("#/pegawai").await;
    let teks = tunggu_teks(sesi, "#jumlah-tampil", " dari ").await.text().await.unwrap();
    let jumlah: usize = teks
        .split(" dari ")
        .next()
        .and_then(|s| s.split_whitespace().last())
        .unwrap_or("")
        .replace('.', "")
        .parse()
        .unwrap_or_else(|e| panic!("{teks:?}: {e}"));
    assert!(jumlah >= 40, "the list shows {jumlah} pegawai: {teks:?}");
}

fn salin_dir(dari: &Path, ke: &Path) {
    std::fs::create_dir_all(ke).unwrap();
    for e in std::fs::read_dir(dari).unwrap() {
        let e = e.unwrap();
        let tujuan = ke.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            salin_dir(&e.path(), &tujuan);
        } else {
            std::fs::copy(e.path(), &tujuan).unwrap();
        }
    }
}

/// A private copy of dist/ (so a test can change what is served), removed on drop.
struct SalinanDist(PathBuf);

impl SalinanDist {
    fn baru() -> SalinanDist {
        let dir = std::env::temp_dir().join(format!(
            "jenjang-dist-{}-{}",
            std::process::id(),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
        ));
        salin_dir(&dist(), &dir);
        SalinanDist(dir)
    }
}

impl Drop for SalinanDist {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test]
async fn after_one_visit_the_app_loads_and_works_with_the_server_stopped() {
    let mut sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    tunggu_dikendalikan(&sesi).await;
    let nama_cache = cache(&sesi).await;
    assert_eq!(nama_cache.len(), 1, "one cache for one build: {nama_cache:?}");
    assert!(nama_cache[0].starts_with("jenjang-"), "{nama_cache:?}");

    sesi.server.stop();
    sesi.refresh().await.expect("reload offline");
    tunggu_teks(&sesi, "h1", "Beranda").await;
    tunggu_dikendalikan(&sesi).await;
    muat_contoh_dan_cek_daftar(&sesi).await;
    // A full load of another page address, still offline.
    sesi.buka("index.html#/duk").await;
    tunggu_elemen(&sesi, "h1").await;
    assert!(!teks_halaman(&sesi).await.is_empty());
    screenshot(&sesi, "luring-duk").await;
    tanpa_pelanggaran(&sesi);
}

#[tokio::test]
async fn a_new_build_is_offered_and_taken_on_a_click() {
    let salinan = SalinanDist::baru();
    let mut sesi = Sesi::baru().await;
    // Serve the private copy instead (another port, so another origin with a fresh worker).
    sesi.goto("about:blank").await.expect("about:blank");
    sesi.server = ServerStatis::mulai(&salinan.0);
    sesi.url = sesi.server.url();
    sesi.buka("").await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    tunggu_dikendalikan(&sesi).await;
    let lama = cache(&sesi).await;
    assert_eq!(lama.len(), 1, "{lama:?}");
    // No banner for the version in use.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(sesi.find(Locator::Css("#versi-baru")).await.is_err(), "banner shown without a new version");

    // "Deploy" a new build: another version in sw.js (the same files).
    let jalur_sw = salinan.0.join("sw.js");
    let sw = std::fs::read_to_string(&jalur_sw).unwrap();
    let versi_lama = lama[0].trim_start_matches("jenjang-");
    assert!(sw.contains(&format!("const VERSI = \"{versi_lama}\";")), "sw.js version is not the cache name");
    std::fs::write(&jalur_sw, sw.replace(&format!("\"{versi_lama}\""), "\"baru-2\"")).unwrap();

    // The app checks for an update on load.
    sesi.refresh().await.expect("reload");
    tunggu_teks(&sesi, "h1", "Beranda").await;
    // Chromium may hold the first update check after an activation back a few seconds.
    let mulai = Instant::now();
    while sesi.find(Locator::Css("#versi-baru")).await.is_err() {
        assert!(
            mulai.elapsed() < Duration::from_secs(30),
            "no new-version banner after 30 s; requests: {:?}; console: {:?}",
            sesi.server.permintaan(),
            sesi.log_konsol()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let banner = tunggu_teks(&sesi, "#versi-baru", "Versi baru tersedia").await;
    let teks = banner.text().await.unwrap();
    assert_eq!(teks.split_whitespace().collect::<Vec<_>>().join(" "), "Versi baru tersedia — muat ulang");
    screenshot(&sesi, "versi-baru").await;

    // The click activates the new worker and reloads the page into it.
    js(&sesi, "window.__halamanLama = true; return null").await;
    klik(&sesi, "#muat-ulang-versi").await;
    let mulai = Instant::now();
    while js(&sesi, "return window.__halamanLama === true").await == true {
        assert!(mulai.elapsed() < Duration::from_secs(10), "the page did not reload");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tunggu_teks(&sesi, "h1", "Beranda").await;
    tunggu_dikendalikan(&sesi).await;
    assert_eq!(cache(&sesi).await, vec!["jenjang-baru-2".to_string()], "the old cache is deleted");
    tunggu_hilang(&sesi, "#versi-baru").await;
    tanpa_pelanggaran(&sesi);
}

#[tokio::test]
async fn after_load_the_only_request_is_the_update_check() {
    let sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    tunggu_dikendalikan(&sesi).await;
    let awal = sesi.server.permintaan();
    let gagal: Vec<_> = awal.iter().filter(|r| !r.ends_with(" 200")).collect();
    assert!(gagal.is_empty(), "first load: failed requests {gagal:?} in {awal:?}");
    for berkas in ["/sw.js", "/index.html", "/manifest.webmanifest", "/ikon-512.png", "/ikon-maskable-512.png"] {
        assert!(awal.iter().any(|r| r.starts_with(&format!("GET {berkas} "))), "{berkas} not fetched: {awal:?}");
    }

    // Use the app: nothing is fetched (the first visit's worker already controls the page).
    muat_contoh_dan_cek_daftar(&sesi).await;
    for rute in ["#/unit", "#/duk", "#/data", "#/aturan", "#/pegawai/baru", "#/"] {
        sesi.buka(rute).await;
        tunggu_elemen(&sesi, "h1").await;
    }
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "h1", "Home").await;
    klik(&sesi, "#ganti-bahasa").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let sesudah = sesi.server.permintaan();
    assert_eq!(sesudah[awal.len()..].to_vec(), Vec::<String>::new(), "requests while using the app");

    // A reload: everything from the cache; the server sees only the update check of sw.js.
    sesi.refresh().await.expect("reload");
    tunggu_teks(&sesi, "h1", "Beranda").await;
    let mulai = Instant::now();
    loop {
        let baru = sesi.server.permintaan()[sesudah.len()..].to_vec();
        let lain: Vec<_> = baru.iter().filter(|r| r.as_str() != "GET /sw.js 200").collect();
        assert!(lain.is_empty(), "requests after a reload other than the update check: {baru:?}");
        if !baru.is_empty() {
            break;
        }
        assert!(mulai.elapsed() < Duration::from_secs(30), "no update check within 30 s of a reload");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    sesi.buka("#/pegawai").await;
    tunggu_elemen(&sesi, "#jumlah-tampil").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let akhir: Vec<_> = sesi.server.permintaan()[sesudah.len()..].to_vec();
    assert!(akhir.iter().all(|r| r == "GET /sw.js 200"), "{akhir:?}");
    tanpa_pelanggaran(&sesi);
}

#[tokio::test]
async fn the_csp_forbids_inline_scripts_and_the_app_still_runs() {
    let html = std::fs::read_to_string(dist().join("index.html")).unwrap();
    assert!(html.contains("http-equiv=\"Content-Security-Policy\""));
    assert!(!html.contains("@SKRIP@"), "the post_build hook did not write the loader's hash");
    assert!(!html.contains("'unsafe-inline'") && !html.contains("'unsafe-eval'"));

    let sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    let csp = js(&sesi, "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content").await;
    assert!(csp.as_str().unwrap().contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{csp}");
    // An injected inline script (as a stored `<script>` would be) does not run.
    let hasil = js_async(
        &sesi,
        "const done = arguments[arguments.length - 1];
         let ditolak = false;
         document.addEventListener('securitypolicyviolation', () => { ditolak = true; }, { once: true });
         const s = document.createElement('script');
         s.textContent = 'window.__jahat = 1';
         document.body.appendChild(s);
         setTimeout(() => done({ jalan: window.__jahat === 1, ditolak }), 300);",
    )
    .await;
    assert_eq!(hasil, serde_json::json!({ "jalan": false, "ditolak": true }));
    let _ = sesi.log_konsol(); // the violation just provoked
                               // And a request to another origin is refused by connect-src.
    let hasil = js_async(
        &sesi,
        "const done = arguments[arguments.length - 1];
         fetch('http://example.invalid/').then(() => done('fetched'), e => done('refused'));",
    )
    .await;
    assert_eq!(hasil, "refused");
    let _ = sesi.log_konsol();
    sesi.buka("#/pegawai").await;
    tunggu_elemen(&sesi, "#jumlah-tampil").await;
    tanpa_pelanggaran(&sesi);
}

#[tokio::test]
async fn the_manifest_is_linked_and_valid_and_its_icons_exist() {
    let sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    let hasil = js_async(
        &sesi,
        "const done = arguments[arguments.length - 1];
         const link = document.querySelector('link[rel=manifest]');
         if (!link) { done({ galat: 'no <link rel=manifest>' }); return; }
         fetch(link.href).then(r => r.json()).then(async m => {
           const ikon = [];
           for (const i of m.icons) {
             const img = new Image();
             img.src = new URL(i.src, link.href).href;
             try { await img.decode(); ikon.push([i.sizes, i.purpose, img.naturalWidth + 'x' + img.naturalHeight]); }
             catch (e) { ikon.push([i.sizes, i.purpose, 'error']); }
           }
           const favicon = document.querySelector('link[rel=icon]').getAttribute('href');
           done({ m, ikon, favicon });
         }, e => done({ galat: String(e) }));",
    )
    .await;
    assert!(hasil.get("galat").is_none(), "{hasil}");
    let m = &hasil["m"];
    assert_eq!(m["name"], "Jenjang");
    assert_eq!(m["short_name"], "Jenjang");
    assert_eq!(m["lang"], "id");
    assert_eq!(m["start_url"], "./");
    assert_eq!(m["display"], "standalone");
    assert_eq!(m["theme_color"], "#08447f");
    assert_eq!(m["background_color"], "#08447f");
    let ikon = hasil["ikon"].as_array().unwrap();
    for (ukuran, tujuan) in [("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")] {
        assert!(
            ikon.iter().any(|i| i[0] == ukuran && i[1] == tujuan && i[2] == ukuran),
            "no {tujuan} icon of {ukuran} that loads at that size: {ikon:?}"
        );
    }
    assert_ne!(hasil["favicon"], "data:,", "the favicon is the real icon");
    tanpa_pelanggaran(&sesi);
}

/// The wasm chunks of the lazy pages in dist/ (`jenjang-<hash>-split_<page>.wasm` and the
/// `-chunk_<n>.wasm` they share), as written by scripts/pasca-build.py.
fn berkas_chunk() -> Vec<String> {
    let mut nama: Vec<String> = std::fs::read_dir(dist())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".wasm") && (n.contains("-split_") || n.contains("-chunk_")))
        .collect();
    nama.sort();
    nama
}

#[tokio::test]
async fn lazy_pages_open_offline_after_one_visit_that_never_opened_them() {
    let chunk = berkas_chunk();
    assert!(
        chunk.iter().any(|n| n.contains("-split_kinerja.")) && chunk.iter().any(|n| n.contains("-split_berbagi_data.")),
        "dist/ has no chunks of the lazy pages (is the release build split?): {chunk:?}"
    );
    // One visit of the home page only: no lazy page is opened while the server runs.
    let mut sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    tunggu_dikendalikan(&sesi).await;
    let permintaan = sesi.server.permintaan();
    let tersimpan = js_async(
        &sesi,
        "const done = arguments[arguments.length - 1];
         caches.keys()
           .then(k => caches.open(k[0]))
           .then(c => c.keys())
           .then(r => done(r.map(q => new URL(q.url).pathname.slice(1))), e => done(['error ' + e]));",
    )
    .await;
    let tersimpan: Vec<&str> = tersimpan.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    for c in &chunk {
        assert!(tersimpan.contains(&c.as_str()), "{c} is not precached; cache: {tersimpan:?}");
    }

    sesi.server.stop();
    // Through the router, from a page of the main module…
    for (rute, judul) in [("#/kinerja", "Kinerja"), ("#/data", "Berbagi data"), ("#/pegawai/baru", "Tambah pegawai")] {
        sesi.buka(rute).await;
        tunggu_teks(&sesi, "h1", judul).await;
        assert!(sesi.find(Locator::Css("#halaman-gagal-dimuat")).await.is_err(), "{rute}: chunk not loaded");
    }
    // …and a full load at a lazy page's address.
    sesi.buka("index.html#/kinerja/distribusi").await;
    sesi.refresh().await.expect("reload offline");
    tunggu_teks(&sesi, "h1", "Distribusi").await;
    assert!(sesi.find(Locator::Css("#halaman-gagal-dimuat")).await.is_err(), "the distribution page's chunk");
    // The chunks came from the worker's precache of that first visit, not from the server.
    let diambil: Vec<_> = permintaan.iter().filter(|r| r.contains("-split_") || r.contains("-chunk_")).collect();
    assert!(diambil.iter().all(|r| r.ends_with(" 200")), "{diambil:?}");
    screenshot(&sesi, "luring-kinerja").await;
    tanpa_pelanggaran(&sesi);
}

#[tokio::test]
async fn a_lazy_page_whose_chunk_cannot_be_fetched_says_so_and_loads_on_retry() {
    let salinan = SalinanDist::baru();
    let chunk = berkas_chunk();
    let data = chunk.iter().find(|n| n.contains("-split_berbagi_data.")).expect("the Berbagi data chunk");
    let jalur = salinan.0.join(data);
    let simpan = salinan.0.join("chunk-disimpan");
    std::fs::rename(&jalur, &simpan).unwrap();

    // Without the file the service worker cannot install: every request goes to the server.
    let mut sesi = Sesi::baru().await;
    sesi.goto("about:blank").await.expect("about:blank");
    sesi.server = ServerStatis::mulai(&salinan.0);
    sesi.url = sesi.server.url();
    sesi.buka("#/data").await;
    let pesan = tunggu_teks(&sesi, "#halaman-gagal-dimuat h1", "Halaman ini belum dapat dimuat").await;
    let teks = tunggu_elemen(&sesi, "#halaman-gagal-dimuat [role=alert]").await.text().await.unwrap();
    assert!(teks.contains("Data Anda tidak berubah"), "{teks:?}");
    let fokus = js(&sesi, "return document.activeElement && document.activeElement.tagName").await;
    assert_eq!(fokus.as_str(), Some("H1"), "focus on the message's heading");
    drop(pesan);
    screenshot(&sesi, "chunk-gagal").await;
    // The app still runs: another page, and the message in English.
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "#halaman-gagal-dimuat h1", "This page could not be loaded").await;
    klik(&sesi, "#ganti-bahasa").await;

    // The file is back (the network is back): "Coba lagi" loads the page.
    std::fs::rename(&simpan, &jalur).unwrap();
    klik(&sesi, "#halaman-gagal-dimuat button").await;
    tunggu_teks(&sesi, "h1", "Berbagi data").await;
    tunggu_hilang(&sesi, "#halaman-gagal-dimuat").await;
    sesi.buka("#/pegawai").await;
    tunggu_elemen(&sesi, "#jumlah-tampil").await;
    // The 404 of the missing chunk is the only error in the console.
    let log = sesi.log_konsol();
    let lain: Vec<_> = log
        .iter()
        .filter(|l| l.contains("Uncaught") || l.contains("panicked") || l.contains("Content Security Policy"))
        .collect();
    assert!(lain.is_empty(), "console: {log:#?}");
}
