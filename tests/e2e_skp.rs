//! End-to-end: planning SKP (issue 4 §1) and the printed SKP (§6) in headless Chromium against
//! the release build in `dist/`.
//!
//! `flock /tmp/jenjang-trunk.lock bash -c 'trunk build --release && cargo test --test e2e_skp -- --test-threads=1'`
//! The harness is in `tests/support/mod.rs`; screenshots and the printed PDF (with its pages as
//! PNG where pdftoppm exists) go to `target/screenshots/`.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

async fn js_teks(klien: &Client, skrip: &str) -> String {
    js(klien, skrip).await.as_str().map(str::to_owned).unwrap_or_default()
}

/// Clicks `css` after scrolling it to the middle of the window, clear of the sticky save bar.
async fn tekan(klien: &Client, css: &str) {
    tunggu_elemen(klien, css).await;
    klien
        .execute("document.querySelector(arguments[0]).scrollIntoView({ block: 'center' })", vec![css.into()])
        .await
        .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
    klik(klien, css).await;
}

/// Types into the field `css` (cleared first), after scrolling it clear of the save bar.
async fn ketik(klien: &Client, css: &str, teks: &str) {
    tunggu_elemen(klien, css).await;
    klien
        .execute("document.querySelector(arguments[0]).scrollIntoView({ block: 'center' })", vec![css.into()])
        .await
        .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
    isi(klien, css, teks).await;
}

/// The route part of the current URL (`#/skp/<id>`).
async fn rute_kini(sesi: &Sesi) -> String {
    let url = sesi.current_url().await.expect("current url");
    format!("#{}", url.fragment().unwrap_or(""))
}

/// Saves a printed PDF and its pages as PNG (pdftoppm, where installed) to look at.
fn simpan_cetak(pdf: &[u8], nama: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    // Pages of an earlier, longer print would be mistaken for this one's.
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let f = e.file_name().to_string_lossy().into_owned();
        if f.starts_with(&format!("{nama}-")) && f.ends_with(".png") {
            let _ = std::fs::remove_file(e.path());
        }
    }
    let path = dir.join(format!("{nama}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let _ = std::process::Command::new("pdftoppm").args(["-png", "-r", "70"]).arg(&path).arg(dir.join(nama)).status();
    eprintln!("printed: {}", path.display());
    // The pages as text (pdftotext, where installed), to check none is blank.
    let mut halaman = Vec::new();
    for i in 1.. {
        let keluar = std::process::Command::new("pdftotext")
            .args(["-f", &i.to_string(), "-l", &i.to_string()])
            .arg(&path)
            .arg("-")
            .output();
        match keluar {
            Ok(o) if o.status.success() => halaman.push(String::from_utf8_lossy(&o.stdout).into_owned()),
            _ => break,
        }
        if i > 50 {
            break;
        }
    }
    halaman
}

async fn muat_contoh(sesi: &Sesi) {
    sesi.buka("#/").await;
    klik(sesi, "#muat-contoh").await;
    tunggu_teks(sesi, ".pemberitahuan", "pegawai contoh ditambahkan").await;
}

async fn muat_ulang(sesi: &Sesi) {
    sesi.refresh().await.expect("reload");
    tunggu_elemen(sesi, "h1").await;
}

/// A staff member (not a unit head) without an SKP whose jabatan others hold too, picked from
/// the overview: the row's pegawai id.
async fn pilih_staf(sesi: &Sesi) -> String {
    // The kinerja page is loaded on demand (its own wasm chunk): wait until its table is there.
    tunggu_elemen(sesi, "#tabel-kinerja [id^=buat-skp-]").await;
    js_teks(
        sesi,
        "const rows = [...document.querySelectorAll('#tabel-kinerja tbody tr')];
         const jab = r => r.querySelector('.kinerja__jabatan').textContent.trim();
         const staf = r => !/^(Kepala|Sekretaris)/.test(jab(r)) && r.querySelector('[id^=buat-skp-]');
         const n = j => rows.filter(r => jab(r) === j).length;
         const r = rows.filter(staf).sort((a, b) => n(jab(b)) - n(jab(a)))[0];
         return r ? r.dataset.pegawai : '';",
    )
    .await
}

/// Plans an SKP end to end: create for a staff member (penilai proposed), the leader's SKP with
/// one RHK, two RHK with indicators (the utama one cascaded from the leader's), an ekspektasi
/// khusus; a refused submit with its reason, submit, approve, read-only, an amendment with its
/// history, persisted after reload; then the print preview (PDF) and screenshots.
#[tokio::test]
async fn plan_cascade_submit_approve_amend_and_print_an_skp() {
    let sesi = Sesi::baru().await;
    muat_contoh(&sesi).await;
    let tahun = js(&sesi, "return new Date().getFullYear()").await.as_i64().unwrap();

    // The instansi name and place printed on the SKP.
    sesi.buka("#/aturan").await;
    setel(&sesi, "#instansi-nama", "Pemerintah Kabupaten Contoh").await;
    setel(&sesi, "#instansi-tempat", "Contoh").await;

    // The overview: every active pegawai, none with an SKP yet.
    sesi.buka("#/kinerja").await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", "48 pegawai: 48 belum ada SKP").await;
    assert!(tunggu_elemen(&sesi, "#ke-distribusi")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap()
        .ends_with("#/kinerja/distribusi"));
    assert!(tunggu_elemen(&sesi, "#ke-masyarakat")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap()
        .ends_with("#/masyarakat"));
    let staf = pilih_staf(&sesi).await;
    assert!(!staf.is_empty(), "a staff member without an SKP");
    tekan(&sesi, &format!("#buat-skp-{staf}")).await;

    // The new SKP: a draft with the proposed penilai (a snapshot from the register).
    tunggu_teks(&sesi, "#status-skp", "Draf").await;
    let penilai = tunggu_elemen(&sesi, "#penilai-nama").await.text().await.unwrap();
    assert!(penilai.len() > 3 && penilai != "—", "a proposed penilai: {penilai:?}");
    let atasan = tunggu_elemen(&sesi, "#atasan-nama").await.text().await.unwrap();
    assert!(atasan.len() > 3 && atasan != penilai, "a proposed atasan: {atasan:?}");
    let rute_staf = rute_kini(&sesi).await;
    // No RHK of the leader to intervene yet: the page says so, and offers to create their SKP.
    tekan(&sesi, "#tambah-rhk-utama").await;
    tunggu_teks(&sesi, ".skp-rhk[data-kode='A1'] .skp-rhk__pimpinan", "belum memiliki SKP").await;
    tekan(&sesi, "#batal-skp").await;
    tunggu_hilang(&sesi, ".skp-rhk").await;

    // The leader's SKP with one RHK.
    tekan(&sesi, "#buat-skp-penilai").await;
    tunggu_teks(&sesi, "h1", &penilai).await;
    // (A JPT leader's SKP groups utama RHK by perspektif: the first add button either way.)
    tekan(&sesi, "[id^='tambah-rhk-utama']").await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] textarea", "Meningkatnya kualitas layanan administrasi kepegawaian").await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__indikator input", "Persentase layanan selesai tepat waktu").await;
    setel(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__nilai input", "95").await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__satuan input", "%").await;
    tunggu_teks(&sesi, "#skp-kotor", "belum disimpan").await;
    tekan(&sesi, "#simpan-skp").await;
    tunggu_teks(&sesi, "#pesan-skp", "SKP disimpan").await;
    tunggu_hilang(&sesi, "#skp-kotor").await;

    // Back to the staff member's SKP: RHK utama cascaded from the leader's RHK.
    sesi.buka(&rute_staf).await;
    tunggu_teks(&sesi, "#skp-penilai", "pejabat penilai").await;
    tekan(&sesi, "#tambah-rhk-utama").await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] textarea", "Terverifikasinya usulan kenaikan pangkat pegawai").await;
    let pilihan = js_teks(
        &sesi,
        "const o = [...document.querySelectorAll(\".skp-rhk[data-kode='A1'] .skp-rhk__pimpinan option\")]
           .find(o => o.textContent.includes('Meningkatnya kualitas layanan'));
         return o ? o.value : '';",
    )
    .await;
    assert!(!pilihan.is_empty(), "the leader's RHK is offered");
    setel(&sesi, ".skp-rhk[data-kode='A1'] .skp-rhk__pimpinan select", &pilihan).await;
    ketik(
        &sesi,
        ".skp-rhk[data-kode='A1'] .skp-iki__indikator input",
        "Jumlah usulan kenaikan pangkat yang diverifikasi",
    )
    .await;
    setel(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__nilai input", "1.200").await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__satuan input", "berkas").await;
    // A second indicator takes the next aspek (kualitas); a number typed wrong is refused.
    tekan(&sesi, ".skp-rhk[data-kode='A1'] button[id$='-tambah-iki']").await;
    tunggu_elemen(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__baris:nth-child(2)").await;
    assert_eq!(
        nilai(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__baris:nth-child(2) .skp-iki__aspek select").await,
        "Kualitas"
    );
    ketik(
        &sesi,
        ".skp-rhk[data-kode='A1'] .skp-iki__baris:nth-child(2) .skp-iki__indikator input",
        "Persentase berkas tanpa kesalahan",
    )
    .await;
    setel(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__baris:nth-child(2) .skp-iki__nilai input", "sepuluh").await;
    tunggu_teks(
        &sesi,
        ".skp-rhk[data-kode='A1'] .skp-iki__baris:nth-child(2) .skp-iki__nilai .medan__galat",
        "Bukan angka",
    )
    .await;
    setel(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__baris:nth-child(2) .skp-iki__nilai input", "100").await;
    tunggu_hilang(
        &sesi,
        ".skp-rhk[data-kode='A1'] .skp-iki__baris:nth-child(2) .skp-iki__nilai .medan__galat:not(:empty)",
    )
    .await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__baris:nth-child(2) .skp-iki__satuan input", "%").await;

    // RHK tambahan, its indicator left empty for now.
    tekan(&sesi, "#tambah-rhk-tambahan").await;
    ketik(&sesi, ".skp-rhk[data-kode='B1'] textarea", "Menjadi narasumber sosialisasi SKP").await;
    ketik(&sesi, "#ekspektasi-1", "Menanggapi setiap permintaan layanan paling lambat satu hari kerja").await;
    setel(&sesi, "#lampiran-dukungan", "Akses SIASN\n\nLaptop kantor").await;

    sesi.execute("document.querySelector('#skp-hasil-judul').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&sesi, "skp-draf").await;

    // A link away with unsaved edits asks first; staying keeps them. (The click opens a
    // confirm, which some drivers report on the click itself.)
    let _ = sesi.find(Locator::Css(".navigasi a[href='#/pegawai']")).await.unwrap().click().await;
    let tanya = sesi.get_alert_text().await.expect("a confirm before leaving");
    assert!(tanya.contains("belum disimpan"), "{tanya}");
    sesi.dismiss_alert().await.unwrap();
    assert_eq!(rute_kini(&sesi).await, rute_staf);
    assert_eq!(
        nilai(&sesi, "#ekspektasi-1").await,
        "Menanggapi setiap permintaan layanan paling lambat satu hari kerja"
    );

    // Submitting with something missing: refused, with the reason in words (the changes are saved).
    tekan(&sesi, "#ajukan-skp").await;
    tunggu_teks(&sesi, "#pesan-skp", "ada indikator tanpa uraian").await;
    tunggu_teks(&sesi, "#status-skp", "Draf").await;
    tunggu_hilang(&sesi, "#skp-kotor").await;
    // A text target for the tambahan RHK, then submit.
    ketik(&sesi, ".skp-rhk[data-kode='B1'] .skp-iki__indikator input", "Kegiatan sosialisasi yang diisi").await;
    setel(&sesi, ".skp-rhk[data-kode='B1'] .skp-iki__jenis select", "teks").await;
    ketik(&sesi, ".skp-rhk[data-kode='B1'] .skp-iki__teks input", "dua kali dalam setahun").await;
    tekan(&sesi, "#ajukan-skp").await;
    tunggu_teks(&sesi, "#status-skp", "Diajukan").await;
    tunggu_teks(&sesi, "#pesan-skp", "diajukan").await;

    // Approve on a date.
    setel(&sesi, "#tanggal-setuju", &format!("{tahun}-01-10")).await;
    tekan(&sesi, "#setujui-skp").await;
    tunggu_teks(&sesi, "#status-skp", "Disetujui").await;
    tunggu_teks(&sesi, "#skp-terkunci", &format!("10 Januari {tahun}")).await;

    // Read-only: no enabled field, no add/move/delete buttons, no way to change the penilai.
    let terbuka = js(
        &sesi,
        "return [...document.querySelectorAll('.skp input, .skp textarea, .skp select')].filter(e => !e.disabled).map(e => e.id)",
    )
    .await;
    assert_eq!(terbuka, serde_json::json!([]), "enabled fields on an approved SKP");
    tunggu_hilang(&sesi, "#tambah-rhk-utama").await;
    tunggu_hilang(&sesi, ".skp-rhk__alat").await;
    tunggu_hilang(&sesi, "#ganti-penilai").await;

    // An amendment: reason and date, then listed in the history.
    tekan(&sesi, "#ubah-setelah-disetujui").await;
    ketik(&sesi, ".skp-rhk[data-kode='B1'] textarea", "Menjadi narasumber sosialisasi SKP dan e-Kinerja").await;
    tekan(&sesi, "#simpan-amandemen").await;
    tunggu_teks(&sesi, "#pesan-skp", "alasan").await;
    ketik(&sesi, "#alasan-perubahan", "Penugasan tambahan dari Kepala Badan").await;
    setel(&sesi, "#tanggal-perubahan", &format!("{tahun}-03-02")).await;
    tekan(&sesi, "#simpan-amandemen").await;
    tunggu_teks(&sesi, "#pesan-skp", "riwayat perubahan").await;
    tunggu_teks(&sesi, "#riwayat-perubahan", "Penugasan tambahan dari Kepala Badan").await;
    tunggu_teks(&sesi, "#riwayat-perubahan", "RHK diubah").await;
    tunggu_teks(&sesi, "#riwayat-perubahan", &format!("2 Maret {tahun}")).await;
    tunggu_teks(&sesi, "#status-skp", "Disetujui").await;

    // Everything persisted.
    muat_ulang(&sesi).await;
    tunggu_teks(&sesi, "#status-skp", "Disetujui").await;
    tunggu_teks(&sesi, "#riwayat-perubahan", "Penugasan tambahan dari Kepala Badan").await;
    assert_eq!(nilai(&sesi, ".skp-rhk[data-kode='A1'] .skp-rhk__pimpinan select").await, pilihan);
    assert_eq!(nilai(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__nilai input").await, "1.200");
    assert_eq!(
        nilai(&sesi, ".skp-rhk[data-kode='B1'] textarea").await,
        "Menjadi narasumber sosialisasi SKP dan e-Kinerja"
    );
    assert_eq!(nilai(&sesi, ".skp-rhk[data-kode='B1'] .skp-iki__teks input").await, "dua kali dalam setahun");
    assert_eq!(
        nilai(&sesi, "#ekspektasi-1").await,
        "Menanggapi setiap permintaan layanan paling lambat satu hari kerja"
    );
    assert_eq!(nilai(&sesi, "#lampiran-dukungan").await, "Akses SIASN\nLaptop kantor");
    tunggu_teks(&sesi, "#penilai-nama", &penilai).await;
    tunggu_teks(&sesi, "#lampiran-belum-pasti", "BELUM TERKONFIRMASI").await;
    tunggu_elemen(&sesi, "#periode-evaluasi a[href$='/evaluasi/tahunan']").await;
    sesi.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
    screenshot(&sesi, "skp").await;
    sesi.execute("document.querySelector('#skp-hasil-judul').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&sesi, "skp-hasil-kerja").await;

    // In English, and on a phone.
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "#skp-perilaku-judul", "Work behaviour").await;
    tunggu_teks(&sesi, "#status-skp", "Approved").await;
    // The amendment history too: the fixed words in English, what was written as written.
    tunggu_teks(&sesi, "#riwayat-perubahan", "RHK changed").await;
    tunggu_teks(&sesi, "#riwayat-perubahan", "Penugasan tambahan dari Kepala Badan").await;
    sesi.execute("document.querySelector('#riwayat-perubahan').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&sesi, "skp-riwayat-en").await;
    sesi.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
    screenshot(&sesi, "skp-en").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "#skp-perilaku-judul", "Perilaku Kerja").await;
    sesi.set_window_size(390, 844).await.unwrap();
    sesi.execute("document.querySelector('#skp-hasil-judul').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&sesi, "skp-ponsel").await;
    sesi.set_window_size(1366, 768).await.unwrap();

    // The printed SKP: the official layout with what was planned.
    let skp_id = rute_staf.trim_start_matches("#/skp/").to_string();
    sesi.buka(&format!("#/skp/{skp_id}/cetak")).await;
    tunggu_teks(&sesi, "#dokumen-skp", "SASARAN KINERJA PEGAWAI").await;
    let dok = tunggu_elemen(&sesi, "#dokumen-skp").await.text().await.unwrap();
    for harap in [
        "PENDEKATAN HASIL KERJA KUANTITATIF",
        "PEMERINTAH KABUPATEN CONTOH",
        &format!("PERIODE PENILAIAN: 1 JANUARI {tahun} S.D. 31 DESEMBER {tahun}"),
        "PEGAWAI YANG DINILAI",
        "PEJABAT PENILAI KINERJA",
        "ATASAN PEJABAT PENILAI KINERJA",
        "A. UTAMA",
        "B. TAMBAHAN",
        "Meningkatnya kualitas layanan administrasi kepegawaian",
        "Terverifikasinya usulan kenaikan pangkat pegawai",
        "1.200 berkas",
        "100 %",
        "dua kali dalam setahun",
        "Menanggapi setiap permintaan layanan paling lambat satu hari kerja",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        &format!("Contoh, 10 Januari {tahun}"),
        "Pegawai yang Dinilai",
        "Pejabat Penilai Kinerja",
        "LAMPIRAN SASARAN KINERJA PEGAWAI",
        "Akses SIASN",
        &penilai,
        &atasan,
    ] {
        assert!(dok.contains(harap), "printed SKP lacks {harap:?}:\n{dok}");
    }
    screenshot(&sesi, "cetak-skp").await;
    let pdf = sesi
        .print(
            fantoccini::wd::PrintConfiguration::builder()
                .orientation(fantoccini::wd::PrintOrientation::Landscape)
                .size(fantoccini::wd::PrintSize::A4)
                .build()
                .unwrap(),
        )
        .await
        .expect("print to PDF");
    assert!(pdf.starts_with(b"%PDF"));
    let halaman = simpan_cetak(&pdf, "skp-cetak");
    eprintln!("printed SKP: {} pages", halaman.len());
    // No blank page; the lampiran starts its own page.
    for (i, h) in halaman.iter().enumerate() {
        assert!(!h.trim().is_empty(), "page {} of the printed SKP is blank", i + 1);
    }
    if let Some(akhir) = halaman.last() {
        assert!(akhir.trim_start().starts_with("LAMPIRAN SASARAN KINERJA PEGAWAI"), "last page: {akhir}");
    }

    // The overview now shows the approved SKP with its RHK and penilai.
    sesi.buka("#/kinerja").await;
    let baris = tunggu_teks(&sesi, "#tabel-kinerja tbody tr", "Disetujui").await;
    let teks = baris.text().await.unwrap();
    assert!(teks.contains(&penilai), "{teks}");
    tunggu_teks(&sesi, "#ringkasan-kinerja", "1 disetujui").await;
    setel(&sesi, "#kinerja-status", "disetujui").await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", "1 pegawai").await;
    setel(&sesi, "#kinerja-status", "").await;
    screenshot(&sesi, "kinerja").await;
}

/// Bulk planning from a template (the same jabatan, one save), copying last year's SKP into
/// the next year, the unit filter with sub-units, and the overview in English and on a phone.
#[tokio::test]
async fn bulk_planning_from_a_template_and_copying_into_next_year() {
    let sesi = Sesi::baru().await;
    muat_contoh(&sesi).await;
    let tahun = js(&sesi, "return new Date().getFullYear()").await.as_i64().unwrap();
    sesi.buka("#/kinerja").await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", "48 pegawai").await;

    // Unit filter: a unit with its sub-units shows more rows than one of its sub-units.
    let unit = |nama: &str| {
        format!(
            "return [...document.querySelectorAll('#kinerja-unit option')].find(o => o.textContent.trim() === '{nama}').value"
        )
    };
    let sekretariat = js_teks(&sesi, &unit("Sekretariat")).await;
    setel(&sesi, "#kinerja-unit", &sekretariat).await;
    let n_induk = sesi.find_all(Locator::Css("#tabel-kinerja tbody tr")).await.unwrap().len();
    let sub = js_teks(&sesi, &unit("Subbagian Umum dan Kepegawaian")).await;
    setel(&sesi, "#kinerja-unit", &sub).await;
    let n_sub = sesi.find_all(Locator::Css("#tabel-kinerja tbody tr")).await.unwrap().len();
    assert!(n_sub >= 1 && n_induk > n_sub, "Sekretariat {n_induk} rows, its Subbagian {n_sub}");
    setel(&sesi, "#kinerja-unit", "").await;

    // One SKP with one RHK: the template.
    let staf = pilih_staf(&sesi).await;
    let jabatan = js_teks(
        &sesi,
        &format!("return document.querySelector(\"tr[data-pegawai='{staf}'] .kinerja__jabatan\").textContent.trim()"),
    )
    .await;
    let sama = js(
        &sesi,
        &format!(
            "return [...document.querySelectorAll('#tabel-kinerja .kinerja__jabatan')].filter(j => j.textContent.trim() === {}).length",
            serde_json::to_string(&jabatan).unwrap()
        ),
    )
    .await
    .as_u64()
    .unwrap();
    assert!(sama >= 2, "{jabatan:?} is held by {sama}");
    tekan(&sesi, &format!("#buat-skp-{staf}")).await;
    tunggu_teks(&sesi, "#status-skp", "Draf").await;
    tekan(&sesi, "#tambah-rhk-utama").await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] textarea", "Tersusunnya laporan data kepegawaian bulanan").await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__indikator input", "Jumlah laporan").await;
    setel(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__nilai input", "12").await;
    ketik(&sesi, ".skp-rhk[data-kode='A1'] .skp-iki__satuan input", "laporan").await;
    tekan(&sesi, "#simpan-skp").await;
    tunggu_teks(&sesi, "#pesan-skp", "SKP disimpan").await;
    let skp_templat = rute_kini(&sesi).await.trim_start_matches("#/skp/").to_string();

    // The template: everyone else with that jabatan and no SKP, created in one go.
    sesi.buka("#/kinerja").await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", "1 draf").await;
    klik(&sesi, "#templat summary").await;
    setel(&sesi, "#templat-skp", &skp_templat).await;
    tunggu_elemen(&sesi, "#templat-calon").await;
    let calon = sesi.find_all(Locator::Css("#templat-calon input[type=checkbox]")).await.unwrap().len() as u64;
    assert_eq!(calon, sama - 1, "everyone else holding {jabatan:?}");
    sesi.execute("document.querySelector('#templat').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&sesi, "kinerja-templat").await;
    tunggu_teks(&sesi, "#buat-dari-templat", &format!("Buat {calon} SKP dari templat")).await;
    tekan(&sesi, "#buat-dari-templat").await;
    tunggu_teks(&sesi, "#pesan-kinerja", &format!("{calon} SKP {tahun} dibuat")).await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", &format!("{} draf", calon + 1)).await;
    tunggu_elemen(&sesi, "#templat-tanpa-calon").await;
    // Each copy has the template's RHK.
    let rhk: Vec<String> = serde_json::from_value(
        js(
            &sesi,
            "return [...document.querySelectorAll('#tabel-kinerja tbody tr')].filter(r => r.textContent.includes('Draf')).map(r => r.children[4].textContent.trim())",
        )
        .await,
    )
    .unwrap();
    assert_eq!(rhk.len() as u64, calon + 1);
    assert!(rhk.iter().all(|n| n == "1"), "{rhk:?}");
    muat_ulang(&sesi).await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", &format!("{} draf", calon + 1)).await;

    // Next year: "Salin dari SKP {tahun}" copies the plan into a new draft.
    setel(&sesi, "#tahun-kinerja", &(tahun + 1).to_string()).await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", "48 belum ada SKP").await;
    tunggu_teks(&sesi, &format!("#salin-skp-{staf}"), &format!("Salin dari SKP {tahun}")).await;
    tekan(&sesi, &format!("#salin-skp-{staf}")).await;
    tunggu_teks(&sesi, "h1", &format!("SKP {}", tahun + 1)).await;
    assert_eq!(nilai(&sesi, ".skp-rhk[data-kode='A1'] textarea").await, "Tersusunnya laporan data kepegawaian bulanan");
    tunggu_teks(&sesi, "#status-skp", "Draf").await;

    // The overview in English and on a phone.
    sesi.buka("#/kinerja").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", "employees").await;
    screenshot(&sesi, "kinerja-en").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "#ringkasan-kinerja", "pegawai").await;
    sesi.set_window_size(390, 844).await.unwrap();
    screenshot(&sesi, "kinerja-ponsel").await;
    sesi.execute("document.querySelector('#tabel-kinerja').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&sesi, "kinerja-ponsel-tabel").await;
    sesi.set_window_size(1366, 768).await.unwrap();
}

/// axe-core on the overview, an SKP being edited and its print page: no serious or critical
/// accessibility violation.
#[tokio::test]
async fn skp_pages_have_no_serious_accessibility_violations() {
    let axe = sumber_axe();
    let sesi = Sesi::baru().await;
    muat_contoh(&sesi).await;
    sesi.buka("#/kinerja").await;
    let staf = pilih_staf(&sesi).await;
    tekan(&sesi, &format!("#buat-skp-{staf}")).await;
    tunggu_teks(&sesi, "#status-skp", "Draf").await;
    tekan(&sesi, "#tambah-rhk-utama").await;
    tekan(&sesi, "#tambah-rhk-tambahan").await;
    klik(&sesi, "#ganti-atasan").await;
    isi(&sesi, "#cari-atasan", "a").await;
    sesi.execute("document.querySelector('#blok-atasan').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&sesi, "skp-ganti-atasan").await;
    // Leaving by the back button (no question is possible there) keeps the unsaved working
    // copy: it comes back when the SKP is opened again.
    let skp = rute_kini(&sesi).await;
    sesi.back().await.unwrap();
    tunggu_teks(&sesi, "h1", "Kinerja").await;
    sesi.forward().await.unwrap();
    tunggu_teks(&sesi, "#pesan-skp", "dipulihkan").await;
    tunggu_elemen(&sesi, "#skp-kotor").await;
    assert_eq!(sesi.find_all(Locator::Css(".skp-rhk")).await.unwrap().len(), 2);
    assert_eq!(rute_kini(&sesi).await, skp);
    tekan(&sesi, "#simpan-skp").await;
    tunggu_teks(&sesi, "#pesan-skp", "SKP disimpan").await;
    let mut temuan = Vec::new();
    for rute in ["#/kinerja".to_string(), skp.clone(), format!("{skp}/cetak")] {
        sesi.buka(&rute).await;
        tunggu_elemen(&sesi, "h1").await;
        if rute == "#/kinerja" {
            klik(&sesi, "#templat summary").await;
        }
        let hasil = jalankan_axe(&sesi, &axe).await;
        assert!(hasil["rules"].as_u64().unwrap_or(0) > 20, "{rute}: axe ran no rules: {hasil}");
        eprintln!("{rute}: minor/moderate: {}", hasil["other"]);
        for v in hasil["serious"].as_array().cloned().unwrap_or_default() {
            temuan.push(format!("{rute}: {}", v.as_str().unwrap_or_default()));
        }
    }
    assert!(temuan.is_empty(), "accessibility violations:\n{}", temuan.join("\n"));
}
