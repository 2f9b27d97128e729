//! End-to-end flows in headless Chromium against the release build in `dist/`: the things an
//! HR officer does with the register, each followed by a check of what the page shows.
//!
//! Run through `./scripts/test` (which builds `dist/` first), or by hand:
//! `trunk build --release && cargo test --test e2e -- --test-threads=1`.
//! The harness (server, chromedriver, helpers) is in `tests/support/mod.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

/// Sets an input's or select's value the way a user's edit would (date inputs cannot be
/// typed portably), firing `input` and `change`.
async fn setel(klien: &Client, css: &str, nilai: &str) {
    tunggu_elemen(klien, css).await;
    klien
        .execute(
            "const el = document.querySelector(arguments[0]);
             el.value = arguments[1];
             el.dispatchEvent(new Event('input', { bubbles: true }));
             el.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![css.into(), nilai.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("set {css}: {e}"));
}

async fn nilai(klien: &Client, css: &str) -> String {
    klien
        .execute("return document.querySelector(arguments[0]).value", vec![css.into()])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
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
    klik(&sesi, "#simpan-pegawai").await;

    // Saved: the detail page with the derived values.
    tunggu_teks(&sesi, "h1", "Budi Santoso, S.Kom.").await;
    tunggu_teks(&sesi, "#rincian-nip", "19860926 201505 1 001").await;
    tunggu_teks(&sesi, "#rincian-pangkat", "Penata Muda, III/a").await;
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
    let jumlah: usize = tunggu_elemen(&sesi, "#jumlah-pegawai").await.text().await.unwrap().replace('.', "").parse().unwrap();
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

    sesi.buka("#/unit").await;
    tunggu_elemen(&sesi, "#pohon-unit li").await;
    let unit = sesi.find_all(Locator::Css("#pohon-unit li")).await.unwrap().len();
    assert!(unit >= 4, "units: {unit}");
    screenshot(&sesi, "unit-kerja").await;

    // Everything is still there after a reload.
    muat_ulang(&sesi).await;
    sesi.buka("#/").await;
    tunggu_teks(&sesi, "#jumlah-pegawai", &jumlah.to_string()).await;
}
