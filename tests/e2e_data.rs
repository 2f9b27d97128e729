//! End-to-end: data that travels. Export → wipe → import gives the same data; a bad file is
//! refused with its reason and changes nothing; an import can be undone; hostile text in a
//! file is shown as text and never runs.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

/// Catches the next download the app offers (the Blob behind the object URL) as text.
async fn tangkap_unduhan(klien: &Client) {
    klien
        .execute(
            "window.__unduhan = null;
             const asli = URL.createObjectURL.bind(URL);
             URL.createObjectURL = (blob) => {
               blob.arrayBuffer().then(b => { window.__unduhan_awal = Array.from(new Uint8Array(b.slice(0, 3))); });
               blob.text().then(t => { window.__unduhan = t; });
               return asli(blob);
             };",
            vec![],
        )
        .await
        .expect("hook downloads");
}

async fn isi_unduhan(klien: &Client) -> String {
    for _ in 0..100 {
        let v = klien.execute("return window.__unduhan", vec![]).await.unwrap();
        if let Some(s) = v.as_str() {
            return s.to_string();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no download captured");
}

/// Writes `isi` to a temporary file and hands it to the import's file input.
async fn impor(klien: &Client, nama: &str, isi: &[u8]) {
    let dir = std::env::temp_dir().join(format!("jenjang-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(nama);
    std::fs::write(&path, isi).unwrap();
    let input = tunggu_elemen(klien, "#berkas-impor").await;
    input.send_keys(&path.display().to_string()).await.expect("choose file");
}

/// Loads the sample data and exports it all from the Berbagi data page (which stays open).
async fn ekspor_contoh(sesi: &Sesi) -> String {
    muat_contoh(sesi).await;
    sesi.buka("#/data").await;
    tunggu_teks(sesi, "h1", "Berbagi data").await;
    tangkap_unduhan(sesi).await;
    klik(sesi, "#ekspor-lengkap").await;
    isi_unduhan(sesi).await
}

/// A colleague's copy of an export in which the first pegawai has been renamed since: (the
/// file, the old name).
fn satu_diubah(ekspor: &str, nama_baru: &str) -> (String, String) {
    let mut v: serde_json::Value = serde_json::from_str(ekspor).unwrap();
    let lama = v["data"]["pegawai"][0]["nama"].as_str().unwrap().to_string();
    v["data"]["pegawai"][0]["nama"] = nama_baru.into();
    v["data"]["pegawai"][0]["updated_at"] = "2030-01-01T00:00:00.000Z".into();
    (v.to_string(), lama)
}

async fn muat_contoh(sesi: &Sesi) {
    sesi.buka("#/").await;
    klik(sesi, "#muat-contoh").await;
    tunggu_teks(sesi, ".pemberitahuan", "pegawai contoh ditambahkan").await;
}

#[tokio::test]
async fn export_wipe_import_gives_the_same_data_and_undo_puts_it_back() {
    let sesi = Sesi::baru().await;
    let berkas = ekspor_contoh(&sesi).await;
    tunggu_teks(&sesi, "#ekspor-status", "jenjang-lengkap-").await;
    let v: serde_json::Value = serde_json::from_str(&berkas).unwrap();
    assert_eq!(v["format"], "jenjang");
    assert_eq!(v["jenis"], "lengkap");
    assert_eq!(v["data"]["pegawai"].as_array().unwrap().len(), 48);
    // The register as CSV for Excel: BOM, `;`, one row per pegawai, NIP kept as text.
    js(&sesi, "window.__unduhan = null; return 0").await;
    klik(&sesi, "#ekspor-csv").await;
    let csv = isi_unduhan(&sesi).await;
    // (Blob.text() drops the BOM when decoding, so the first bytes are checked as bytes.)
    assert!(csv.starts_with("NIP;Nama;"), "{}", csv.chars().take(40).collect::<String>());
    assert_eq!(js(&sesi, "return window.__unduhan_awal").await, serde_json::json!([0xef, 0xbb, 0xbf]), "UTF-8 BOM");
    assert_eq!(csv.trim_end().split("\r\n").count(), 49);
    assert!(csv.contains("\"=\"\"19"), "NIP written as Excel text");
    let pegawai_awal = js(&sesi, "return localStorage.getItem('jenjang.data.pegawai')").await;
    let unit_awal = js(&sesi, "return localStorage.getItem('jenjang.data.unit_kerja')").await;

    // Wipe the browser's data: the register is empty.
    js(&sesi, "localStorage.clear(); return 0").await;
    sesi.refresh().await.unwrap();
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "0 dari 0").await;

    // Import the file: preview first, then apply.
    sesi.buka("#/data").await;
    impor(&sesi, "jenjang-lengkap.json", berkas.as_bytes()).await;
    tunggu_elemen(&sesi, "#pratinjau-impor").await;
    let baris_pegawai = tunggu_elemen(&sesi, "#tabel-pratinjau tbody tr").await.text().await.unwrap();
    assert!(baris_pegawai.contains("48"), "preview: {baris_pegawai}");
    screenshot(&sesi, "impor-pratinjau").await;
    klik(&sesi, "#terapkan-impor").await;
    tunggu_teks(&sesi, "#impor-selesai", "diterapkan").await;
    assert_eq!(js(&sesi, "return localStorage.getItem('jenjang.data.pegawai')").await, pegawai_awal);
    assert_eq!(js(&sesi, "return localStorage.getItem('jenjang.data.unit_kerja')").await, unit_awal);
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;

    // Importing the same file again changes nothing.
    sesi.buka("#/data").await;
    impor(&sesi, "jenjang-lengkap.json", berkas.as_bytes()).await;
    tunggu_teks(&sesi, "#pratinjau-impor", "tidak membawa perubahan").await;

    // Undo the import: back to the empty register it replaced.
    sesi.buka("#/data").await;
    klik(&sesi, "#urungkan-impor").await;
    tunggu_teks(&sesi, "#impor-selesai", "dipulihkan").await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "0 dari 0").await;
}

#[tokio::test]
async fn a_bad_file_is_refused_with_its_reason_and_changes_nothing() {
    let sesi = Sesi::baru().await;
    muat_contoh(&sesi).await;
    let sebelum = js(&sesi, "return localStorage.getItem('jenjang.data.pegawai')").await;
    sesi.buka("#/data").await;
    impor(&sesi, "masa-depan.json", br#"{"format":"jenjang","versi_skema":99,"jenis":"lengkap","dibuat":"2026-11-22T09:00:00+07:00","aplikasi":"9.0.0","data":{}}"#).await;
    tunggu_teks(&sesi, "#impor-ditolak", "99").await;
    screenshot(&sesi, "impor-ditolak").await;
    impor(&sesi, "terpotong.json", br#"{"format":"jenjang","versi_skema":1,"jen"#).await;
    tunggu_teks(&sesi, "#impor-ditolak", "baris 1").await;
    assert_eq!(js(&sesi, "return localStorage.getItem('jenjang.data.pegawai')").await, sebelum);
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;
}

#[tokio::test]
async fn markup_in_an_imported_name_is_shown_as_text_and_never_runs() {
    let sesi = Sesi::baru().await;
    muat_contoh(&sesi).await;
    sesi.buka("#/data").await;
    tangkap_unduhan(&sesi).await;
    klik(&sesi, "#ekspor-lengkap").await;
    let mut v: serde_json::Value = serde_json::from_str(&isi_unduhan(&sesi).await).unwrap();
    let jahat = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
    v["data"]["pegawai"][0]["nama"] = serde_json::Value::String(jahat.into());
    v["data"]["unit_kerja"][0]["nama"] = serde_json::Value::String("<b onmouseover=\"window.__xss=3\">Unit</b>".into());

    // Into a fresh browser profile's empty register.
    js(&sesi, "localStorage.clear(); return 0").await;
    sesi.refresh().await.unwrap();
    sesi.buka("#/data").await;
    impor(&sesi, "jahat.json", v.to_string().as_bytes()).await;
    klik(&sesi, "#terapkan-impor").await;
    tunggu_teks(&sesi, "#impor-selesai", "diterapkan").await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#tabel-pegawai", "<img src=x").await;
    sesi.buka("#/unit").await;
    tunggu_teks(&sesi, "#pohon-unit", "<b onmouseover").await;
    let xss =
        js(&sesi, "return window.__xss === undefined && !document.querySelector('main img, main script, main b')")
            .await;
    assert_eq!(xss, serde_json::Value::Bool(true), "markup from a file was interpreted");
}

#[tokio::test]
async fn a_change_in_one_tab_shows_in_the_other() {
    let sesi = Sesi::baru().await;
    muat_contoh(&sesi).await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;
    let tab_a = sesi.window().await.unwrap();

    // Tab B deletes a pegawai.
    let tab_b = sesi.new_window(true).await.unwrap();
    sesi.switch_to_window(tab_b.handle).await.unwrap();
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;
    klik(&sesi, "#tabel-pegawai tbody a").await;
    klik(&sesi, "#hapus-pegawai").await;
    klik(&sesi, "#hapus-ya").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "47 dari 47").await;

    // Tab A shows it without a reload, and says where it came from.
    sesi.switch_to_window(tab_a).await.unwrap();
    tunggu_teks(&sesi, "#jumlah-tampil", "47 dari 47").await;
    tunggu_teks(&sesi, "#status-simpan", "Diperbarui dari tab lain").await;
    // An edit in tab A now builds on B's change (B's deletion is kept).
    sesi.buka("#/unit").await;
    isi(&sesi, "#unit-nama", "Unit dari tab A").await;
    klik(&sesi, "#tambah-unit").await;
    tunggu_teks(&sesi, "#status-simpan", "Tersimpan").await;
    sesi.refresh().await.unwrap();
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "47 dari 47").await;
}

#[tokio::test]
async fn a_backup_reminder_appears_and_delete_all_can_be_undone() {
    let sesi = Sesi::baru().await;
    muat_contoh(&sesi).await;
    // The last full export was ten days ago.
    js(&sesi, "localStorage.setItem('jenjang.ekspor-terakhir', JSON.stringify(new Date(Date.now() - 10 * 864e5).toISOString())); return 0").await;
    sesi.refresh().await.unwrap();
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#pengingat-cadangan", "10 hari").await;
    screenshot(&sesi, "pengingat-cadangan").await;
    // Backing up now clears it.
    klik(&sesi, "#pengingat-cadangan a").await;
    tangkap_unduhan(&sesi).await;
    klik(&sesi, "#ekspor-lengkap").await;
    isi_unduhan(&sesi).await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;
    tunggu_hilang(&sesi, "#pengingat-cadangan").await;

    // Delete everything (after a confirmation), then restore the backup taken before it.
    sesi.buka("#/data").await;
    klik(&sesi, "#hapus-semua").await;
    klik(&sesi, "#hapus-semua-ya").await;
    tunggu_teks(&sesi, "#impor-selesai", "Semua data dihapus").await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "0 dari 0").await;
    sesi.buka("#/data").await;
    tunggu_teks(&sesi, "#urungkan-impor", "Pulihkan cadangan terakhir").await;
    klik(&sesi, "#urungkan-impor").await;
    tunggu_teks(&sesi, "#impor-selesai", "dipulihkan").await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;
}

#[tokio::test]
async fn an_import_that_would_not_fit_says_so_before_anything_is_applied() {
    let sesi = Sesi::baru().await;
    // The colleague's copy has one pegawai renamed since: the import would change something.
    let (berkas, _) = satu_diubah(&ekspor_contoh(&sesi).await, "Nama Diperbarui");
    tunggu_teks(&sesi, "#meter-penyimpanan", "Terpakai").await;
    tunggu_teks(&sesi, "#penyimpanan-persisten", "ersisten").await;
    let sebelum = js(
        &sesi,
        "return JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('jenjang.data.')).sort())",
    )
    .await;
    // Fill the rest of this origin's localStorage, and leave IndexedDB (where the data would
    // otherwise move) no room either.
    sesi.penuhkan_lokal().await;
    sesi.penuhkan_idb(true).await;
    impor(&sesi, "jenjang-lengkap.json", berkas.as_bytes()).await;
    tunggu_teks(&sesi, "#ruang-impor", "Tidak cukup").await;
    let nonaktif = tunggu_elemen(&sesi, "#terapkan-impor").await.prop("disabled").await.unwrap();
    assert_eq!(nonaktif.as_deref(), Some("true"));
    screenshot(&sesi, "impor-ruang-tidak-cukup").await;
    let sesudah = js(
        &sesi,
        "return JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('jenjang.data.')).sort())",
    )
    .await;
    assert!(sebelum == sesudah, "nothing may be written (stored data changed)");
}

/// localStorage holds a few megabytes; an office's whole register does not fit. The preview says
/// the data will move to IndexedDB, the import is applied there, localStorage keeps only a
/// marker, a reload starts on IndexedDB with the imported data, undo works there, and a full
/// IndexedDB is a clear message with the stored data unchanged.
#[tokio::test]
async fn data_too_big_for_localstorage_moves_to_indexeddb_and_nothing_is_lost() {
    let sesi = Sesi::baru().await;
    let (berkas, nama_lama) = satu_diubah(&ekspor_contoh(&sesi).await, "Nama Dari Berkas Besar");
    // Another page of this host has taken nearly all of localStorage.
    sesi.penuhkan_lokal().await;

    impor(&sesi, "jenjang-lengkap.json", berkas.as_bytes()).await;
    tunggu_teks(&sesi, "#ruang-impor", "IndexedDB").await;
    screenshot(&sesi, "impor-pindah-indexeddb").await;
    klik(&sesi, "#terapkan-impor").await;
    tunggu_teks(&sesi, "#hasil-impor", "diterapkan").await;
    // localStorage: no data left, only the marker (and the other page's filler).
    let lokal = js(&sesi, "return Object.keys(localStorage).filter(k => k.startsWith('jenjang.data.') || k.startsWith('jenjang.cadangan')).length").await;
    assert_eq!(lokal, 0);
    assert_eq!(js(&sesi, "return localStorage.getItem('jenjang.penyimpanan')").await, "indexeddb");
    let idb = sesi.isi_idb().await;
    assert!(
        idb.contains("jenjang.data.pegawai") && idb.contains("Nama Dari Berkas Besar"),
        "{}",
        &idb[..idb.len().min(300)]
    );
    assert!(idb.contains("jenjang.cadangan.daftar"), "the backup moved along");

    // A reload starts on IndexedDB.
    sesi.buka("#/pegawai").await;
    sesi.klien.refresh().await.unwrap();
    tunggu_teks(&sesi, "main", "Nama Dari Berkas Besar").await;

    // Undo puts the data back, in IndexedDB.
    sesi.buka("#/data").await;
    klik(&sesi, "#urungkan-impor").await;
    tunggu_teks(&sesi, "#hasil-impor", "dipulihkan").await;
    sesi.buka("#/pegawai").await;
    sesi.klien.refresh().await.unwrap();
    tunggu_teks(&sesi, "main", &nama_lama).await;

    // IndexedDB full: a change is not stored, the message says why, the stored data stays
    // exactly as it was; with room again, the next change stores both.
    let sebelum = sesi.isi_idb().await;
    sesi.penuhkan_idb(true).await;
    sesi.buka("#/unit").await;
    isi(&sesi, "#unit-nama", "Bagian Tanpa Ruang").await;
    klik(&sesi, "#tambah-unit").await;
    tunggu_teks(&sesi, "#status-simpan", "Penyimpanan browser penuh").await;
    screenshot(&sesi, "indexeddb-penuh").await;
    assert!(sesi.isi_idb().await == sebelum, "nothing may be written while IndexedDB is full");
    sesi.penuhkan_idb(false).await;
    isi(&sesi, "#unit-nama", "Bagian Dengan Ruang").await;
    klik(&sesi, "#tambah-unit").await;
    tunggu_teks(&sesi, "#status-simpan", "Tersimpan").await;
    let sesudah = sesi.isi_idb().await;
    assert!(sesudah.contains("Bagian Tanpa Ruang") && sesudah.contains("Bagian Dengan Ruang"));
}

/// Two tabs when the data moves to IndexedDB: the other tab reloads onto IndexedDB (it must not
/// read the emptied localStorage), and from then on a change in one tab shows in the other
/// (BroadcastChannel), building on each other's changes.
#[tokio::test]
async fn two_tabs_follow_the_data_into_indexeddb_and_each_other() {
    let sesi = Sesi::baru().await;
    muat_contoh(&sesi).await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;
    let tab_a = sesi.window().await.unwrap();
    let tab_b = sesi.new_window(true).await.unwrap();
    sesi.switch_to_window(tab_b.handle.clone()).await.unwrap();
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;

    // Tab A: localStorage is full, so its next save moves the data to IndexedDB.
    sesi.switch_to_window(tab_a.clone()).await.unwrap();
    sesi.penuhkan_lokal().await;
    sesi.buka("#/unit").await;
    isi(&sesi, "#unit-nama", "Unit sebelum pindah").await;
    klik(&sesi, "#tambah-unit").await;
    tunggu_teks(&sesi, "#status-simpan", "Tersimpan").await;
    assert_eq!(js(&sesi, "return localStorage.getItem('jenjang.penyimpanan')").await, "indexeddb");

    // Tab B reloaded onto IndexedDB: it sees A's unit.
    sesi.switch_to_window(tab_b.handle).await.unwrap();
    sesi.buka("#/unit").await;
    tunggu_teks(&sesi, "main", "Unit sebelum pindah").await;
    sesi.buka("#/pegawai").await;
    klik(&sesi, "#tabel-pegawai tbody a").await;
    klik(&sesi, "#hapus-pegawai").await;
    klik(&sesi, "#hapus-ya").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "47 dari 47").await;

    // Tab A shows B's deletion without a reload, and builds on it.
    sesi.switch_to_window(tab_a).await.unwrap();
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "47 dari 47").await;
    tunggu_teks(&sesi, "#status-simpan", "Diperbarui dari tab lain").await;
    sesi.buka("#/unit").await;
    isi(&sesi, "#unit-nama", "Unit dari tab A").await;
    klik(&sesi, "#tambah-unit").await;
    tunggu_teks(&sesi, "#status-simpan", "Tersimpan").await;
    sesi.refresh().await.unwrap();
    tunggu_teks(&sesi, "main", "Unit dari tab A").await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "47 dari 47").await;
}
