//! End-to-end: importing pegawai from an office spreadsheet's CSV on the Berbagi data page.
//! The file goes through the file input; one column is matched by hand; the row errors show
//! their row, column and reason; only the valid rows reach the register, after a backup; and
//! cancelling leaves the stored data exactly as it was.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

/// An office sheet: `Penempatan` is the unit but not a name Jenjang recognises; rows 4, 6 and
/// 7 are broken (a 17-digit NIP, a golongan that does not exist, a date that is not a date).
const CSV: &str = "\u{feff}NIP;Nama Lengkap;Tgl. Lahir;Gol.;TMT Gol;Penempatan;Keterangan\r\n\
198609262015051001;Budi Santoso, S.Kom.;26-09-1986;III/b;01-04-2019;Bidang Mutasi;\r\n\
\"=\"\"199001152019032002\"\"\";Siti Rahayu;15 Januari 1990;III/a;01-03-2019;Sekretariat;baru\r\n\
19780512200312100;Tanpa Digit Terakhir;12-05-1978;IV/a;01-04-2018;Sekretariat;\r\n\
197805122003121003;Agus Prasetyo;12/05/1978;IV/a;01-04-2018;bidang mutasi;\r\n\
198311302010012004;Golongan Keliru;30-11-1983;V/a;01-04-2014;Sekretariat;\r\n\
198702142011011005;Tanggal Keliru;kemarin;III/c;01-04-2019;Sekretariat;\r\n";

/// Writes `isi` to a temporary file and hands it to the CSV file input.
async fn pilih_csv(klien: &Client, nama: &str, isi: &[u8]) {
    let dir = std::env::temp_dir().join(format!("jenjang-e2e-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(nama);
    std::fs::write(&path, isi).unwrap();
    let input = tunggu_elemen(klien, "#berkas-csv").await;
    input.send_keys(&path.display().to_string()).await.expect("choose file");
}

/// Every stored key of Jenjang's data and backups, as one JSON text.
async fn tersimpan(klien: &Client) -> serde_json::Value {
    js(klien, "return JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('jenjang.data.') || k.startsWith('jenjang.cadangan')).sort())").await
}

async fn gulir_ke(klien: &Client, css: &str) {
    klien
        .execute("document.querySelector(arguments[0]).scrollIntoView({ block: 'start' })", vec![css.into()])
        .await
        .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
}

/// The texts of the problem table's rows: `[row, column, outcome, reason]` each.
async fn baris_masalah(klien: &Client) -> Vec<Vec<String>> {
    let v = js(
        klien,
        "return Array.from(document.querySelectorAll('#tabel-masalah-csv tbody tr')).map(tr => Array.from(tr.cells).map(td => td.innerText))",
    )
    .await;
    serde_json::from_value(v).expect("rows of cells")
}

#[tokio::test]
async fn a_csv_is_mapped_previewed_and_only_its_valid_rows_are_imported() {
    let sesi = Sesi::baru().await;
    sesi.buka("#/data").await;
    tunggu_teks(&sesi, "h2", "Impor pegawai dari CSV").await;
    pilih_csv(&sesi, "pegawai-kantor.csv", CSV.as_bytes()).await;

    // Step 1: the columns were matched from their headers, except the unit.
    tunggu_teks(&sesi, "#pemetaan-csv", "pegawai-kantor.csv: 6 baris data, pemisah kolom \";\"").await;
    let dipilih = |id: &'static str| format!("return document.querySelector('#peta-{id}').value");
    assert_eq!(js(&sesi, &dipilih("nip")).await, "0");
    assert_eq!(js(&sesi, &dipilih("nama")).await, "1");
    assert_eq!(js(&sesi, &dipilih("tanggal-lahir")).await, "2");
    assert_eq!(js(&sesi, &dipilih("golongan")).await, "3");
    assert_eq!(js(&sesi, &dipilih("tmt-golongan")).await, "4");
    assert_eq!(js(&sesi, &dipilih("unit-kerja")).await, "", "Penempatan is not recognised");
    // Every select has its label.
    let tanpa_label = js(&sesi, "return Array.from(document.querySelectorAll('#tabel-pemetaan select')).filter(s => !document.querySelector(`label[for=\"${s.id}\"]`)).length").await;
    assert_eq!(tanpa_label, 0);
    tunggu_teks(&sesi, "#ringkasan-csv", "Siap diimpor").await;
    tunggu_teks(&sesi, "#csv-catatan", "Kolom yang tidak diimpor: Penempatan, Keterangan").await;

    // The user matches "Penempatan" to Unit kerja; the sample value shows and the preview follows.
    let unit = tunggu_elemen(&sesi, "#peta-unit-kerja").await;
    unit.select_by_value("5").await.expect("choose the Penempatan column");
    tunggu_teks(&sesi, "#tabel-pemetaan tr", "Bidang Mutasi").await;
    tunggu_teks(&sesi, "#csv-unit-baru", "Unit kerja baru yang akan dibuat: Bidang Mutasi, Sekretariat.").await;
    tunggu_teks(&sesi, "#csv-catatan", "Kolom yang tidak diimpor: Keterangan.").await;
    gulir_ke(&sesi, "#pemetaan-csv").await;
    screenshot(&sesi, "impor-csv-pemetaan").await;
    // The changed row, with its sample value.
    gulir_ke(&sesi, "#peta-status").await;
    screenshot(&sesi, "impor-csv-pemetaan-unit").await;

    // Step 2: counts and the problems, each with its row, column and reason.
    let kartu = tunggu_elemen(&sesi, "#ringkasan-csv").await.text().await.unwrap();
    let angka: Vec<&str> = kartu.split_whitespace().filter(|w| w.chars().all(|c| c.is_ascii_digit())).collect();
    assert_eq!(angka, vec!["3", "3", "0"], "valid, with errors, skipped: {kartu}");
    let masalah = baris_masalah(&sesi).await;
    assert_eq!(masalah.len(), 3, "{masalah:?}");
    let cocok = |b: &[String], baris: &str, kolom: &str, alasan: &str| {
        b[0] == baris && b[1] == kolom && b[2] == "Tidak diimpor" && b[3].contains(alasan)
    };
    assert!(cocok(&masalah[0], "4", "NIP", "NIP harus 18 digit; yang diisi 17 digit."), "{:?}", masalah[0]);
    assert!(
        cocok(&masalah[1], "6", "Gol.", "Golongan ruang PNS harus I/a sampai IV/e, bukan \"V/a\""),
        "{:?}",
        masalah[1]
    );
    assert!(cocok(&masalah[2], "7", "Tgl. Lahir", "\"kemarin\" bukan tanggal yang dikenali"), "{:?}", masalah[2]);
    tunggu_teks(&sesi, "#tabel-masalah-csv caption", "Masalah per baris").await;
    tunggu_teks(&sesi, "#impor-csv", "Impor 3 baris yang valid").await;
    gulir_ke(&sesi, "#pratinjau-csv").await;
    screenshot(&sesi, "impor-csv-pratinjau").await;

    // The reasons are complete in English too.
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "#tabel-masalah-csv", "NIP must have 18 digits; 17 given.").await;
    tunggu_teks(&sesi, "#impor-csv", "Import 3 valid rows").await;
    tunggu_teks(&sesi, "#tabel-pemetaan", "Date of birth").await;
    gulir_ke(&sesi, "#pratinjau-csv").await;
    screenshot(&sesi, "impor-csv-pratinjau-en").await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "#impor-csv", "Impor 3 baris yang valid").await;

    // No serious accessibility problem in the mapping table and preview.
    let axe = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/axe-core/axe.min.js"))
        .expect("node_modules/axe-core missing: run ./scripts/test (it runs npm ci)");
    sesi.execute(&axe, vec![]).await.expect("inject axe-core");
    let serius = sesi
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document.querySelector('main'), { resultTypes: ['violations'] }).then(r => done(
               r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))),
               e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("run axe");
    assert_eq!(serius, serde_json::json!([]), "serious accessibility violations");

    // Confirm: exactly the three valid pegawai and their two units, after a backup.
    klik(&sesi, "#impor-csv").await;
    tunggu_teks(&sesi, "#csv-pesan", "3 pegawai dan 2 unit kerja baru diimpor dari pegawai-kantor.csv").await;
    tunggu_hilang(&sesi, "#pemetaan-csv").await;
    tunggu_teks(&sesi, "#daftar-cadangan", "sebelum impor CSV pegawai-kantor.csv").await;
    tunggu_teks(&sesi, "#urungkan-impor", "Urungkan impor terakhir").await;
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "3 dari 3").await;
    let daftar = tunggu_elemen(&sesi, "#tabel-pegawai").await.text().await.unwrap();
    for nama in ["Budi Santoso, S.Kom.", "Siti Rahayu", "Agus Prasetyo", "Bidang Mutasi", "Sekretariat", "III/b"] {
        assert!(daftar.contains(nama), "{nama} missing from the register:\n{daftar}");
    }
    for nama in ["Tanpa Digit Terakhir", "Golongan Keliru", "Tanggal Keliru"] {
        assert!(!daftar.contains(nama), "{nama} was imported:\n{daftar}");
    }
    let pegawai: serde_json::Value =
        serde_json::from_str(js(&sesi, "return localStorage.getItem('jenjang.data.pegawai')").await.as_str().unwrap())
            .unwrap();
    assert_eq!(pegawai.as_array().map(Vec::len), Some(3), "stored: {pegawai}");
    sesi.buka("#/unit").await;
    tunggu_teks(&sesi, "#pohon-unit", "Bidang Mutasi").await;

    // The same file again: the three are "sudah ada" and skipped, nothing to import.
    sesi.buka("#/data").await;
    pilih_csv(&sesi, "pegawai-kantor.csv", CSV.as_bytes()).await;
    klik(&sesi, "#peta-unit-kerja").await;
    tunggu_elemen(&sesi, "#peta-unit-kerja").await.select_by_value("5").await.unwrap();
    tunggu_teks(&sesi, "#tabel-masalah-csv", "NIP sudah ada di register (Budi Santoso); baris dilewati.").await;
    let nonaktif = tunggu_elemen(&sesi, "#impor-csv").await.prop("disabled").await.unwrap();
    assert_eq!(nonaktif.as_deref(), Some("true"), "nothing valid to import");
    assert!(teks_halaman(&sesi).await.contains("Impor 0 baris yang valid"));
}

#[tokio::test]
async fn cancelling_a_csv_import_leaves_the_stored_data_unchanged() {
    let sesi = Sesi::baru().await;
    klik(&sesi, "#muat-contoh").await;
    tunggu_teks(&sesi, ".pemberitahuan", "pegawai contoh ditambahkan").await;
    sesi.buka("#/data").await;
    tunggu_teks(&sesi, "h2", "Impor pegawai dari CSV").await;
    let sebelum = tersimpan(&sesi).await;
    pilih_csv(&sesi, "pegawai-kantor.csv", CSV.as_bytes()).await;
    tunggu_teks(&sesi, "#impor-csv", "Impor 3 baris yang valid").await;
    klik(&sesi, "#batal-csv").await;
    tunggu_hilang(&sesi, "#pemetaan-csv").await;
    tunggu_hilang(&sesi, "#pratinjau-csv").await;
    assert!(tersimpan(&sesi).await == sebelum, "cancelling changed the stored data or took a backup");
    sesi.refresh().await.unwrap();
    sesi.buka("#/pegawai").await;
    tunggu_teks(&sesi, "#jumlah-tampil", "48 dari 48").await;

    // A file that is not CSV is refused with its reason, and changes nothing either.
    sesi.buka("#/data").await;
    pilih_csv(&sesi, "daftar.xlsx", b"PK\x03\x04\x14\x00\x06\x00").await;
    tunggu_teks(&sesi, "#csv-pesan", "daftar.xlsx: Ini buku kerja Excel (.xlsx/.xls), bukan CSV.").await;
    assert!(tersimpan(&sesi).await == sebelum);
}
