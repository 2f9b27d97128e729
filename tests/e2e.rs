//! End-to-end flows in headless Chromium against the release build in `dist/`: the things an
//! HR officer does with the register, each followed by a check of what the page shows.
//!
//! Run through `./scripts/test` (which builds `dist/` first), or by hand:
//! `trunk build --release && cargo test --test e2e -- --test-threads=1`.
//! The harness (server, chromedriver, helpers) is in `tests/support/mod.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

/// Saves a printed PDF under target/screenshots and, where pdftoppm exists, its first page as
/// PNG so it can be looked at.
fn simpan_cetak(pdf: &[u8], nama: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{nama}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let _ = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&path)
        .arg(dir.join(nama))
        .status();
}

async fn muat_ulang(sesi: &Sesi) {
    sesi.refresh().await.expect("reload");
    tunggu_elemen(sesi, "h1").await;
}

/// Fills the add form with a valid PNS and its first golongan.
async fn isi_pegawai_sah(sesi: &Sesi, nama: &str) {
    tunggu_elemen(sesi, "#formulir-pegawai").await;
    isi(sesi, "#f-nip", "19860926 201505 1 001").await;
    isi(sesi, "#f-nama", nama).await;
    isi(sesi, "#f-gelar_belakang", "S.Kom.").await;
    isi(sesi, "#f-tempat_lahir", "Bandung").await;
    setel(sesi, "#f-pangkat-0-golongan", "III/a").await;
    setel(sesi, "#f-pangkat-0-tmt", "2015-05-01").await;
    isi(sesi, "#f-pangkat-0-nomor_sk", "813/001/BKPSDM/2015").await;
    setel(sesi, "#f-pendidikan-0-tingkat", "Sarjana (S1)").await;
    isi(sesi, "#f-pendidikan-0-jurusan", "Teknik Informatika").await;
    setel(sesi, "#f-pendidikan-0-tahun_lulus", "2009").await;
}

#[tokio::test]
async fn add_list_reload_edit_delete_a_pegawai() {
    let sesi = Sesi::baru().await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "0 dari 0").await;
    klik(&sesi, "#tambah-pegawai").await;
    tunggu_teks(&sesi, "h1", "Tambah pegawai").await;
    isi_pegawai_sah(&sesi, "Budi Santoso").await;
    // Birth date and sex come from the NIP.
    assert_eq!(nilai(&sesi, "#f-tanggal_lahir").await, "1986-09-26");
    assert_eq!(nilai(&sesi, "#f-jenis_kelamin").await, "pria");
    // A second rank row (a regular promotion); the empty position row is removed.
    klik(&sesi, "#tambah-pangkat").await;
    setel(&sesi, "#f-pangkat-1-golongan", "III/b").await;
    setel(&sesi, "#f-pangkat-1-tmt", "2019-04-01").await;
    setel(&sesi, "#f-pangkat-1-jenis_kenaikan", "reguler").await;
    klik(&sesi, "#bagian-jabatan .tombol--teks").await;
    tunggu_hilang(&sesi, "#f-jabatan-0-nama").await;
    klik(&sesi, "#simpan-pegawai").await;

    // Saved: the detail page with the derived values; the current rank is the latest row.
    tunggu_teks(&sesi, "h1", "Budi Santoso, S.Kom.").await;
    tunggu_teks(&sesi, "#rincian-nip", "19860926 201505 1 001").await;
    tunggu_teks(&sesi, "#rincian-pangkat", "Penata Muda Tingkat I, III/b").await;
    tunggu_teks(&sesi, "#riwayat-pangkat", "KP Reguler").await;
    tunggu_teks(&sesi, "#rincian-pensiun", "1 Oktober 2044").await;
    tunggu_teks(&sesi, "#status-simpan", "Tersimpan").await;

    // Listed, and still there after a reload.
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#tabel-pegawai", "Budi Santoso").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "1 dari 1").await;
    muat_ulang(&sesi).await;
    tunggu_teks(&sesi, "#tabel-pegawai", "Budi Santoso").await;

    // Edit the name.
    klik(&sesi, "#tabel-pegawai a.tabel__nama").await;
    klik(&sesi, "#ubah-pegawai").await;
    tunggu_teks(&sesi, "h1", "Ubah data pegawai").await;
    isi(&sesi, "#f-nama", "Budi Santoso Wibowo").await;
    klik(&sesi, "#simpan-pegawai").await;
    tunggu_teks(&sesi, "h1", "Budi Santoso Wibowo").await;
    muat_ulang(&sesi).await;
    tunggu_teks(&sesi, "h1", "Budi Santoso Wibowo").await;

    // Delete, with confirmation.
    klik(&sesi, "#hapus-pegawai").await;
    tunggu_teks(&sesi, "#dialog-hapus", "19860926 201505 1 001").await;
    klik(&sesi, "#hapus-ya").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "0 dari 0").await;
    muat_ulang(&sesi).await;
    tunggu_teks(&sesi, "#jumlah-tampil", "0 dari 0").await;
}

#[tokio::test]
async fn an_invalid_nip_is_refused_with_the_message_next_to_the_field() {
    let sesi = Sesi::baru().await;
    sesi.buka("#/pegawai/baru").await;
    isi_pegawai_sah(&sesi, "Siti Rahayu").await;
    isi(&sesi, "#f-nip", "19860926 201513 2 001").await;
    klik(&sesi, "#simpan-pegawai").await;
    let galat = tunggu_teks(&sesi, "#f-nip-galat", "digit 13–14").await;
    assert!(galat.text().await.unwrap().contains("01–12"));
    tunggu_teks(&sesi, "#ringkasan-galat", "perlu diperbaiki").await;
    let invalid = sesi.find(Locator::Css("#f-nip")).await.unwrap().attr("aria-invalid").await.unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    // Still on the form, nothing saved.
    tunggu_elemen(&sesi, "#formulir-pegawai").await;
    screenshot(&sesi, "formulir-galat").await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "0 dari 0").await;

    // Fixing the field clears the message and the save goes through.
    sesi.buka("#/pegawai/baru").await;
    isi_pegawai_sah(&sesi, "Siti Rahayu").await;
    klik(&sesi, "#simpan-pegawai").await;
    tunggu_teks(&sesi, "h1", "Siti Rahayu").await;
}

#[tokio::test]
async fn switching_language_is_complete_and_remembered() {
    let sesi = Sesi::baru().await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "h1", "Pegawai").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "h1", "Employees").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "Showing 0 of 0 employees").await;
    let lang = sesi.execute("return document.documentElement.lang", vec![]).await.unwrap();
    assert_eq!(lang.as_str(), Some("en"));
    muat_ulang(&sesi).await;
    tunggu_teks(&sesi, "h1", "Employees").await;
    tunggu_teks(&sesi, "nav", "Work units").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "h1", "Pegawai").await;
}

#[tokio::test]
async fn sample_data_fills_every_page_and_screenshots_are_taken() {
    let sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    klik(&sesi, "#muat-contoh").await;
    tunggu_teks(&sesi, ".pemberitahuan", "pegawai contoh ditambahkan").await;
    let jumlah: usize =
        tunggu_elemen(&sesi, "#jumlah-pegawai").await.text().await.unwrap().replace('.', "").parse().unwrap();
    assert!(jumlah >= 40, "sample has {jumlah} pegawai");
    screenshot(&sesi, "beranda").await;

    // The list: search as you type, filter by status, sort.
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", &format!("{jumlah} dari {jumlah}")).await;
    screenshot(&sesi, "daftar-pegawai").await;
    setel(&sesi, "#saring-status", "PPPK").await;
    let pppk = tunggu_elemen(&sesi, "#jumlah-tampil").await.text().await.unwrap();
    assert!(!pppk.starts_with(&format!("Menampilkan {jumlah} ")), "status filter changed nothing: {pppk}");
    setel(&sesi, "#saring-status", "").await;
    let nama_pertama = tunggu_elemen(&sesi, "#tabel-pegawai tbody a").await.text().await.unwrap();
    isi(&sesi, "#cari", &nama_pertama).await;
    tunggu_teks(&sesi, "#jumlah-tampil", "Menampilkan 1 dari").await;
    isi(&sesi, "#cari", "").await;

    // A detail page with histories.
    klik(&sesi, "#tabel-pegawai tbody a").await;
    tunggu_elemen(&sesi, "#riwayat-pangkat tbody tr").await;
    tunggu_elemen(&sesi, "#rincian-bup").await;
    screenshot(&sesi, "detail-pegawai").await;

    // The edit form of a full record.
    klik(&sesi, "#ubah-pegawai").await;
    tunggu_elemen(&sesi, "#f-pangkat-0-golongan").await;
    screenshot(&sesi, "formulir-pegawai").await;

    // DUK: ordered, numbered, with the reason for each row.
    sesi.buka("#/duk").await;
    tunggu_elemen(&sesi, "#tabel-duk tbody tr").await;
    let baris = sesi.find_all(Locator::Css("#tabel-duk tbody tr")).await.unwrap().len();
    assert!(baris >= 30, "DUK rows: {baris}");
    screenshot(&sesi, "duk").await;
    // The DUK as printed: A4 landscape through the print stylesheet.
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
    simpan_cetak(&pdf, "duk-cetak");

    sesi.buka("#/unit").await;
    tunggu_elemen(&sesi, "#pohon-unit li").await;
    let unit = sesi.find_all(Locator::Css("#pohon-unit li")).await.unwrap().len();
    assert!(unit >= 4, "units: {unit}");
    screenshot(&sesi, "unit-kerja").await;

    // The rules in force, with their sources; an UNCONFIRMED value is marked and editable.
    sesi.buka("#/aturan").await;
    tunggu_teks(&sesi, "#tabel-sumber", "UU 20/2023").await;
    tunggu_teks(&sesi, "#tabel-sumber", "Belum terkonfirmasi").await;
    screenshot(&sesi, "aturan").await;

    // A detail page in English: every label switches, dates too.
    sesi.buka("#/pegawai").await;
    klik(&sesi, "#tabel-pegawai tbody a").await;
    tunggu_elemen(&sesi, "#rincian-bup").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "dl.rincian", "Retirement date").await;
    tunggu_teks(&sesi, "#riwayat-pangkat", "Rank / Grade").await;
    screenshot(&sesi, "detail-pegawai-en").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "dl.rincian", "TMT pensiun").await;

    // On a phone the register is still usable (cards instead of a wide table).
    sesi.set_window_size(390, 844).await.unwrap();
    sesi.buka("#/pegawai").await;
    tunggu_elemen(&sesi, "#tabel-pegawai").await;
    screenshot(&sesi, "daftar-pegawai-ponsel").await;
    sesi.set_window_size(1366, 768).await.unwrap();

    // Everything is still there after a reload.
    muat_ulang(&sesi).await;
    sesi.buka("#/").await;
    tunggu_teks(&sesi, "#jumlah-pegawai", &jumlah.to_string()).await;
}

#[tokio::test]
async fn navigation_moves_focus_and_title_to_the_new_page() {
    let sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    klik(&sesi, "a.navigasi__tautan[href='#/duk']").await;
    tunggu_teks(&sesi, "h1", "Daftar Urut Kepangkatan").await;
    let fokus = js(&sesi, "return document.activeElement && document.activeElement.tagName").await;
    assert_eq!(fokus.as_str(), Some("H1"));
    let judul = js(&sesi, "return document.title").await;
    assert_eq!(judul.as_str(), Some("Daftar Urut Kepangkatan — Jenjang"));
    let aktif = js(&sesi, "return document.querySelector('a[aria-current=page]').getAttribute('href')").await;
    assert_eq!(aktif.as_str(), Some("#/duk"));
    sesi.buka("#/entah-apa").await;
    tunggu_teks(&sesi, "h1", "Halaman tidak ditemukan").await;
}

#[tokio::test]
async fn a_full_storage_is_reported_and_the_change_kept_on_screen() {
    let sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    // Fill this origin's localStorage to the brim with other data, and leave IndexedDB (where
    // the data would otherwise move) no room either.
    sesi.penuhkan_lokal().await;
    sesi.penuhkan_idb(true).await;
    sesi.buka("#/pegawai/baru").await;
    isi_pegawai_sah(&sesi, "Dewi Lestari").await;
    klik(&sesi, "#simpan-pegawai").await;
    tunggu_teks(&sesi, "h1", "Dewi Lestari").await;
    tunggu_teks(&sesi, "#status-simpan", "Penyimpanan browser penuh").await;
    screenshot(&sesi, "penyimpanan-penuh").await;
    // Kept in memory: still listed.
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#tabel-pegawai", "Dewi Lestari").await;
    let tersimpan = js(&sesi, "return localStorage.getItem('jenjang.data.pegawai')").await;
    assert!(tersimpan.is_null(), "nothing half-written: {tersimpan}");
    assert_eq!(sesi.isi_idb().await, "[]", "nor moved half-way into IndexedDB");
    // Space freed: the next change saves everything that was pending.
    js(&sesi, "Object.keys(localStorage).filter(k => k.startsWith('pengisi.')).forEach(k => localStorage.removeItem(k)); return 0;").await;
    sesi.penuhkan_idb(false).await;
    sesi.buka("#/unit").await;
    isi(&sesi, "#unit-nama", "Sekretariat").await;
    klik(&sesi, "#tambah-unit").await;
    tunggu_teks(&sesi, "#status-simpan", "Tersimpan").await;
    muat_ulang(&sesi).await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#tabel-pegawai", "Dewi Lestari").await;
}

#[tokio::test]
async fn data_from_a_newer_version_is_refused_and_never_overwritten() {
    let sesi = Sesi::baru().await;
    tunggu_teks(&sesi, "h1", "Beranda").await;
    js(&sesi, "localStorage.setItem('jenjang.data.meta', '{\"versi_skema\":99}'); localStorage.setItem('jenjang.data.pegawai', '[{\"dari\":\"masa depan\"}]'); return 0;").await;
    muat_ulang(&sesi).await;
    tunggu_teks(&sesi, "#status-simpan", "versi skema 99").await;
    klik(&sesi, "#muat-contoh").await;
    tunggu_teks(&sesi, ".pemberitahuan", "pegawai contoh ditambahkan").await;
    let meta = js(&sesi, "return localStorage.getItem('jenjang.data.meta')").await;
    assert_eq!(meta.as_str(), Some("{\"versi_skema\":99}"));
    let pegawai = js(&sesi, "return localStorage.getItem('jenjang.data.pegawai')").await;
    assert_eq!(pegawai.as_str(), Some("[{\"dari\":\"masa depan\"}]"));
}

#[tokio::test]
async fn units_form_a_tree_and_deleting_one_with_members_asks_what_to_do() {
    let sesi = Sesi::baru().await;
    sesi.buka("#/unit").await;
    tunggu_teks(&sesi, "h1", "Unit Kerja").await;
    klik(&sesi, "#tambah-unit").await;
    tunggu_teks(&sesi, "#unit-nama-galat", "wajib").await;
    for nama in ["Dinas Kesehatan", "Bidang Pelayanan"] {
        isi(&sesi, "#unit-nama", nama).await;
        klik(&sesi, "#tambah-unit").await;
        tunggu_teks(&sesi, "#pohon-unit", nama).await;
    }
    // Put Bidang Pelayanan under Dinas Kesehatan.
    let bidang = js(&sesi, "return [...document.querySelectorAll('#pohon-unit li')].findIndex(li => li.textContent.includes('Bidang Pelayanan'))").await.as_i64().unwrap();
    klik(&sesi, &format!("#pohon-unit li:nth-child({}) .pohon__aksi button:nth-child(2)", bidang + 1)).await;
    let induk = js(&sesi, "return [...document.querySelectorAll('#pindah-induk option')].find(o => o.textContent.includes('Dinas Kesehatan')).value").await;
    setel(&sesi, "#pindah-induk", induk.as_str().unwrap()).await;
    klik(&sesi, "#pindah-ya").await;
    tunggu_elemen(&sesi, "#pohon-unit li.pohon__simpul--1").await;
    tunggu_teks(&sesi, "#pohon-unit li.pohon__simpul--1", "Bidang Pelayanan").await;

    // A pegawai in the sub-unit.
    sesi.buka("#/pegawai/baru").await;
    isi_pegawai_sah(&sesi, "Rina Wati").await;
    let sub = js(&sesi, "return [...document.querySelectorAll('#f-unit_kerja option')].find(o => o.textContent.includes('Bidang Pelayanan')).value").await;
    setel(&sesi, "#f-unit_kerja", sub.as_str().unwrap()).await;
    klik(&sesi, "#simpan-pegawai").await;
    tunggu_teks(&sesi, "h1", "Rina Wati").await;
    tunggu_teks(&sesi, "dl.rincian", "Dinas Kesehatan › Bidang Pelayanan").await;

    // Deleting the parent says what it affects and asks what happens to the member.
    sesi.buka("#/unit").await;
    tunggu_teks(&sesi, "#pohon-unit", "1 pegawai").await;
    klik(&sesi, "#pohon-unit li.pohon__simpul--0 .tombol--bahaya").await;
    tunggu_teks(&sesi, "#dialog-hapus-unit", "1 sub-unitnya").await;
    tunggu_teks(&sesi, "#dialog-hapus-unit", "Ada 1 pegawai").await;
    screenshot(&sesi, "hapus-unit").await;
    klik(&sesi, "#dialog-hapus-unit input[value=lepaskan]").await;
    klik(&sesi, "#hapus-unit-ya").await;
    tunggu_teks(&sesi, ".kosong", "Belum ada unit kerja").await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#tabel-pegawai", "Rina Wati").await;
}

/// axe-core (npm, installed by scripts/setup) run on every main page: no serious or critical
/// accessibility violation.
#[tokio::test]
async fn main_pages_have_no_serious_accessibility_violations() {
    let axe = sumber_axe();
    let sesi = Sesi::baru().await;
    klik(&sesi, "#muat-contoh").await;
    tunggu_teks(&sesi, ".pemberitahuan", "pegawai contoh ditambahkan").await;
    sesi.buka("#/pegawai").await;
    let detail = tunggu_elemen(&sesi, "#tabel-pegawai tbody a").await.attr("href").await.unwrap().unwrap();
    let mut temuan = Vec::new();
    for rute in ["#/", "#/pegawai", &detail, "#/pegawai/baru", "#/unit", "#/duk", "#/aturan"] {
        sesi.buka(rute).await;
        tunggu_elemen(&sesi, "h1").await;
        if rute == "#/pegawai/baru" {
            // With the inline errors showing, as a user who pressed Save too early sees it.
            klik(&sesi, "#simpan-pegawai").await;
            tunggu_elemen(&sesi, "#ringkasan-galat").await;
        }
        let hasil = jalankan_axe(&sesi, &axe).await;
        // axe really ran its rules on this page (a check that cannot pass vacuously).
        assert!(hasil["rules"].as_u64().unwrap_or(0) > 20, "{rute}: axe ran no rules: {hasil}");
        eprintln!("{rute}: minor/moderate: {}", hasil["other"]);
        for v in hasil["serious"].as_array().cloned().unwrap_or_default() {
            temuan.push(format!("{rute}: {}", v.as_str().unwrap_or_default()));
        }
    }
    assert!(temuan.is_empty(), "accessibility violations:\n{}", temuan.join("\n"));
}

/// A register of hundreds is drawn 250 rows at a time; "show more" and "show all" draw the
/// rest, and a search starts again at the top.
#[tokio::test]
async fn a_large_register_is_drawn_a_page_at_a_time() {
    use jenjang::domain::contoh::data_contoh;
    use jenjang::domain::tanggal::{Stempel, Tanggal};
    use jenjang::store::dataset::{Dataset, Koleksi};
    use jenjang::store::penyimpanan::{simpan, PenyimpananMemori};

    let (unit_kerja, pegawai) = data_contoh(7, 600, Tanggal::new(2026, 11, 23).unwrap(), Stempel(1_795_400_000_000));
    let nama_satu = pegawai[123].nama.clone();
    let d = Dataset { unit_kerja, pegawai, ..Dataset::default() };
    let memori = PenyimpananMemori::default();
    simpan(&memori, &d, &Koleksi::SEMUA).expect("store the dataset");
    let simpanan = serde_json::to_value(&*memori.isi.borrow()).unwrap();
    let sesi = Sesi::baru().await;
    sesi.execute(
        "localStorage.clear(); for (const [k, v] of Object.entries(arguments[0])) localStorage.setItem(k, v); return 0;",
        vec![simpanan],
    )
    .await
    .expect("write localStorage");
    sesi.buka("#/pegawai").await;
    sesi.refresh().await.unwrap();
    tunggu_teks(&sesi, "#jumlah-tampil", "600 dari 600").await;
    let baris = || async { sesi.find_all(Locator::Css("#tabel-pegawai tbody tr")).await.unwrap().len() };
    assert_eq!(baris().await, 250);
    tunggu_teks(&sesi, "#lebih-banyak", "Baris 1–250 dari 600").await;
    screenshot(&sesi, "daftar-pegawai-halaman").await;
    klik(&sesi, "#tampilkan-lagi").await;
    tunggu_teks(&sesi, "#lebih-banyak", "Baris 1–500 dari 600").await;
    assert_eq!(baris().await, 500);
    klik(&sesi, "#tampilkan-semua").await;
    tunggu_hilang(&sesi, "#lebih-banyak").await;
    assert_eq!(baris().await, 600);
    // A search narrows the list; clearing it starts again at the first page.
    isi(&sesi, "#cari", &nama_satu).await;
    tunggu_teks(&sesi, "#tabel-pegawai", &nama_satu).await;
    assert!(baris().await < 250);
    setel(&sesi, "#cari", "").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "600 dari 600").await;
    tunggu_teks(&sesi, "#lebih-banyak", "Baris 1–250 dari 600").await;
    assert_eq!(baris().await, 250);
}
