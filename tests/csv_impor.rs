//! CSV import of pegawai from an office spreadsheet (`store::csv_impor`): reading (separators,
//! quoting, encodings, Excel's text cells), column mapping from header names, every kind of
//! row error with its row, column and reason, duplicates, the round trip with our own CSV
//! export, applying exactly the valid rows, and a no-panic fuzz. Files in
//! `tests/fixtures/csv/` (each used by a named test; `every_fixture_file_is_used` checks).

use jenjang::domain::contoh::data_contoh;
use jenjang::domain::id::{Acak, Id};
use jenjang::domain::pegawai::{JenisKelamin, JenisKenaikanPangkat, Pegawai, StatusPegawai, UnitKerja};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::jabatan::{JenisJabatan, JenjangFungsional};
use jenjang::rules::pangkat::{Golongan, GolonganPns, GolonganPppk};
use jenjang::rules::pendidikan::TingkatPendidikan;
use jenjang::store::csv::ekspor_csv_pegawai;
use jenjang::store::csv_impor::*;
use jenjang::store::dataset::{Dataset, Koleksi};

const FIXTURE: [&str; 7] = [
    "kantor-titik-koma.csv",
    "koma-kutip.csv",
    "tab.csv",
    "windows-1252.csv",
    "utf16.csv",
    "excel-teks.csv",
    "kutip-terbuka.csv",
];

fn hari_ini() -> Tanggal {
    Tanggal::new(2026, 11, 23).unwrap()
}

fn t(y: i32, m: u8, d: u8) -> Tanggal {
    Tanggal::new(y, m, d).unwrap()
}

fn fixture(nama: &str) -> Vec<u8> {
    assert!(FIXTURE.contains(&nama), "add {nama} to FIXTURE");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csv").join(nama);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn baca(byte: &[u8]) -> TabelCsv {
    baca_csv(byte).unwrap_or_else(|e| panic!("not read: {}", e.pesan_en()))
}

/// Reads, maps by header names and checks against `d`.
fn impor(byte: &[u8], d: &Dataset) -> (TabelCsv, HasilPeriksa) {
    let tabel = baca(byte);
    let peta = Pemetaan::usul(&tabel.kepala);
    let h = periksa_dengan(&tabel, &peta, d);
    (tabel, h)
}

/// Fresh ids, as the browser's `id_baru` gives them (each generator its own seed).
fn id_baru() -> impl FnMut() -> Id {
    static BENIH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1000);
    let mut acak = Acak::new(BENIH.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    move || acak.id()
}

fn periksa_dengan(tabel: &TabelCsv, peta: &Pemetaan, d: &Dataset) -> HasilPeriksa {
    let mut acak = Acak::new(7);
    periksa(tabel, peta, d, hari_ini(), &mut || acak.id())
}

/// The one problem on `baris` in `kolom` (panics with every problem when there is not exactly one).
fn masalah<'a>(h: &'a HasilPeriksa, baris: usize, kolom: &str) -> &'a MasalahBaris {
    let ini: Vec<&MasalahBaris> = h.masalah.iter().filter(|m| m.baris == baris && m.kolom == kolom).collect();
    match ini.as_slice() {
        [m] => m,
        _ => panic!("expected one problem on row {baris}, column {kolom:?}; all problems: {:#?}", h.masalah),
    }
}

/// Asserts the row's only error is in `kolom` and its reason contains `id` and `en`.
fn satu_galat(h: &HasilPeriksa, baris: usize, kolom: &str, id: &str, en: &str) {
    let galat: Vec<&MasalahBaris> =
        h.masalah.iter().filter(|m| m.baris == baris && m.jenis == JenisMasalah::Galat).collect();
    assert_eq!(galat.len(), 1, "row {baris}: {galat:#?}");
    let m = masalah(h, baris, kolom);
    assert_eq!(m.jenis, JenisMasalah::Galat);
    assert!(m.pesan_id.contains(id), "row {baris} {kolom}: {:?} lacks {id:?}", m.pesan_id);
    assert!(m.pesan_en.contains(en), "row {baris} {kolom}: {:?} lacks {en:?}", m.pesan_en);
    assert!(h.valid.iter().all(|(b, _)| *b != baris), "row {baris} must not be imported");
}

fn pegawai_baris(h: &HasilPeriksa, baris: usize) -> &Pegawai {
    h.valid
        .iter()
        .find(|(b, _)| *b == baris)
        .map(|(_, p)| p)
        .unwrap_or_else(|| panic!("row {baris} not valid: {:#?}", h.masalah))
}

fn unit(nama: &str, n: u8) -> UnitKerja {
    UnitKerja {
        id: Id::dari_byte_acak([n; 16]),
        created_at: Stempel(1),
        updated_at: Stempel(1),
        dihapus_pada: None,
        nama: nama.into(),
        induk: None,
    }
}

/// A register holding one pegawai (Budi, 198609262015051001) in "Bidang Mutasi".
fn register_budi() -> Dataset {
    let (_, h) = impor(b"NIP;Nama\n198609262015051001;Budi Lama\n", &Dataset::default());
    let (mut d, _, _) = terapkan(&Dataset::default(), &h, Stempel(5), &mut id_baru());
    d.unit_kerja.push(unit("Bidang Mutasi", 9));
    d
}

// ---------------------------------------------------------------------------------------------
// Column mapping
// ---------------------------------------------------------------------------------------------

#[test]
fn headers_are_mapped_from_office_names_and_synonyms() {
    let kepala: Vec<String> = [
        "No.",
        "NIP Baru",
        "NIP Lama",
        "Nama Lengkap",
        "Tgl. Lahir",
        "L/P",
        "Pangkat/Gol",
        "TMT Gol",
        "Unit  Kerja",
        "Pendidikan Terakhir",
        "Thn. Lulus",
        "JENIS JABATAN",
        "Tanggal Lahir (dd-mm-yyyy)",
    ]
    .map(String::from)
    .to_vec();
    let p = Pemetaan::usul(&kepala);
    assert_eq!(p.kolom(Medan::Nip), Some(1), "NIP Baru, not NIP Lama");
    assert_eq!(p.kolom(Medan::Nama), Some(3));
    assert_eq!(p.kolom(Medan::TanggalLahir), Some(4), "the first of two date-of-birth columns");
    assert_eq!(p.kolom(Medan::JenisKelamin), Some(5));
    assert_eq!(p.kolom(Medan::Golongan), Some(6));
    assert_eq!(p.kolom(Medan::TmtGolongan), Some(7));
    assert_eq!(p.kolom(Medan::UnitKerja), Some(8));
    assert_eq!(p.kolom(Medan::Pendidikan), Some(9));
    assert_eq!(p.kolom(Medan::TahunLulus), Some(10));
    assert_eq!(p.kolom(Medan::JenisJabatan), Some(11));
    assert_eq!(p.kolom(Medan::Status), None);
    assert!(p.kurang().is_empty());

    for (h, medan) in [
        ("Gol", Medan::Golongan),
        ("Gol. Ruang", Medan::Golongan),
        ("Golongan Ruang", Medan::Golongan),
        ("Unit Kerja", Medan::UnitKerja),
        ("Satuan Kerja", Medan::UnitKerja),
        ("TMT Pangkat", Medan::TmtGolongan),
        ("Tempat, Tanggal Lahir", Medan::TempatTanggalLahir),
        ("TTL", Medan::TempatTanggalLahir),
        ("Jenis Kelamin", Medan::JenisKelamin),
        ("nik", Medan::Nik),
        ("Status Kepegawaian", Medan::Status),
    ] {
        let p = Pemetaan::usul(&[h.to_string()]);
        assert_eq!(p.kolom(medan), Some(0), "{h}");
    }

    // "Pangkat" is the golongan only when no column is named for the golongan (our own export
    // has both: Golongan `III/b` and Pangkat `Penata Muda Tingkat I, III/b`).
    let p = Pemetaan::usul(&["Pangkat".to_string()]);
    assert_eq!(p.kolom(Medan::Golongan), Some(0));
    let p = Pemetaan::usul(&["Pangkat".to_string(), "Golongan".to_string()]);
    assert_eq!(p.kolom(Medan::Golongan), Some(1));

    // Required fields without a column.
    let p = Pemetaan::usul(&["Nama Pegawai".to_string(), "Keterangan".to_string()]);
    assert_eq!(p.kurang(), vec![Medan::Nip]);
    assert_eq!(Pemetaan::usul(&[]).kurang(), vec![Medan::Nip, Medan::Nama]);
}

#[test]
fn the_user_can_change_the_mapping_and_it_is_used() {
    let byte = b"Nomor Pegawai;Nama;Penempatan\n198609262015051001;Budi Santoso;Bidang Mutasi\n";
    let tabel = baca(byte);
    let mut peta = Pemetaan::usul(&tabel.kepala);
    assert_eq!(peta.kurang(), vec![Medan::Nip]);
    assert_eq!(peta.kolom(Medan::UnitKerja), None);
    peta.atur(Medan::Nip, Some(0));
    peta.atur(Medan::UnitKerja, Some(2));
    let h = periksa_dengan(&tabel, &peta, &Dataset::default());
    assert_eq!(h.valid.len(), 1, "{:#?}", h.masalah);
    assert_eq!(h.unit_baru.len(), 1);
    assert_eq!(h.unit_baru[0].nama, "Bidang Mutasi");
    // Unmapping a column drops its field.
    peta.atur(Medan::UnitKerja, None);
    let h = periksa_dengan(&tabel, &peta, &Dataset::default());
    assert!(h.unit_baru.is_empty() && h.valid[0].1.unit_kerja.is_none());
    assert!(h.catatan.iter().any(|(id, _)| id.contains("Kolom yang tidak diimpor: Penempatan")), "{:?}", h.catatan);
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

#[test]
fn the_separator_is_detected_from_the_header_line() {
    assert_eq!(baca(&fixture("kantor-titik-koma.csv")).pemisah, ';');
    assert_eq!(baca(&fixture("koma-kutip.csv")).pemisah, ',');
    assert_eq!(baca(&fixture("tab.csv")).pemisah, '\t');
    // Commas inside a quoted header do not count; the data rows are not looked at.
    let tabel = baca(b"\"Nama, lengkap\";NIP\nA,B,C,D;1\n");
    assert_eq!(tabel.pemisah, ';');
    assert_eq!(tabel.kepala, vec!["Nama, lengkap", "NIP"]);
    assert_eq!(tabel.baris, vec![vec!["A,B,C,D", "1"]]);
    // A single column: nothing to split on.
    assert_eq!(baca(b"NIP\n1\n").kepala, vec!["NIP"]);

    let tab = baca(&fixture("tab.csv"));
    let (_, h) = impor(&fixture("tab.csv"), &Dataset::default());
    assert_eq!(tab.kepala, vec!["NIP", "Nama", "Golongan", "TMT Golongan"]);
    assert_eq!(h.valid.len(), 2, "{:#?}", h.masalah);
    let siti = &pegawai_baris(&h, 3).riwayat_pangkat[0];
    assert_eq!((siti.golongan, siti.tmt), (Golongan::Pns(GolonganPns::IIIA), t(2019, 3, 1)), "`III a`, `01.03.2019`");
    assert_eq!(siti.jenis_kenaikan, JenisKenaikanPangkat::PengangkatanCpns, "TMT equals the NIP's TMT CPNS");
    let budi = &pegawai_baris(&h, 2).riwayat_pangkat[0];
    assert_eq!(budi.tmt, t(2019, 4, 1), "`1 April 2019`");
    assert_eq!(budi.jenis_kenaikan, JenisKenaikanPangkat::Lainnya, "not known from the sheet");
}

#[test]
fn quoted_cells_keep_separators_line_breaks_and_quotes() {
    let tabel = baca(&fixture("koma-kutip.csv"));
    assert_eq!(tabel.baris.len(), 3, "a line break inside quotes stays in its row");
    assert_eq!(tabel.baris[0][1], "Santoso, Budi");
    assert_eq!(tabel.baris[0][2], "Bidang Mutasi, Promosi dan Kinerja");
    assert_eq!(tabel.baris[0][3], "Kepala Subbagian \"Umum\"");
    assert_eq!(tabel.baris[1][2], "Sekretariat\nLantai 2");
    assert_eq!(tabel.baris[2][1], "Agus \"Gus\" Prasetyo");
    let (_, h) = impor(&fixture("koma-kutip.csv"), &Dataset::default());
    assert_eq!(h.valid.len(), 3, "{:#?}", h.masalah);
    // Spreadsheet rows: the multi-line cell is row 3, so Agus is row 4.
    assert_eq!(pegawai_baris(&h, 4).nama, "Agus \"Gus\" Prasetyo");
    assert_eq!(pegawai_baris(&h, 2).riwayat_jabatan[0].nama, "Kepala Subbagian \"Umum\"");
    assert_eq!(pegawai_baris(&h, 2).riwayat_jabatan[0].jenis, JenisJabatan::Pengawas);
    // A unit name's line break is spacing, not part of the name.
    assert!(h.unit_baru.iter().any(|u| u.nama == "Sekretariat Lantai 2"), "{:?}", h.unit_baru);

    // CR, LF and CRLF line ends; an empty quoted cell; a quote inside an unquoted cell is text.
    let tabel = baca(b"A;B\r1;\"\"\r\n2;x\"y\n");
    assert_eq!(tabel.baris, vec![vec!["1", ""], vec!["2", "x\"y"]]);
}

#[test]
fn a_bom_utf16_and_windows_1252_are_decoded() {
    let kantor = baca(&fixture("kantor-titik-koma.csv"));
    assert_eq!(kantor.kepala[0], "No", "the UTF-8 BOM is not part of the first header");
    assert_eq!(kantor.pengodean, Pengodean::Utf8);

    let u16 = baca(&fixture("utf16.csv"));
    assert_eq!((u16.pengodean, u16.pemisah), (Pengodean::Utf16, '\t'));
    assert_eq!(u16.baris[0], vec!["198609262015051001", "Budi Santoso", "Béru"]);

    let (tabel, h) = impor(&fixture("windows-1252.csv"), &Dataset::default());
    assert_eq!(tabel.pengodean, Pengodean::Windows1252);
    assert_eq!(pegawai_baris(&h, 2).nama, "José Ma’ruf", "é and the curly apostrophe, not garbage");
    assert!(h.catatan.iter().any(|(id, en)| id.contains("bukan UTF-8") && en.contains("not UTF-8")), "{:?}", h.catatan);
    let (_, h) = impor(&fixture("kantor-titik-koma.csv"), &Dataset::default());
    assert!(!h.catatan.iter().any(|(id, _)| id.contains("UTF-8 ")), "no encoding note for UTF-8");
}

#[test]
fn excel_text_cells_are_unwrapped_and_a_rounded_nip_is_explained() {
    let (tabel, h) = impor(&fixture("excel-teks.csv"), &Dataset::default());
    assert_eq!(tabel.pemisah, ',', "from Excel's sep= line");
    assert_eq!(tabel.kepala, vec!["NIP", "Nama", "NIK"], "the sep= line is not the header");
    assert_eq!(pegawai_baris(&h, 2).nip.as_str(), "198609262015051001", "=\"…\"");
    assert_eq!(pegawai_baris(&h, 2).nik.as_ref().map(|n| n.as_str()), Some("3273012609860001"));
    assert_eq!(pegawai_baris(&h, 3).nip.as_str(), "199001152019032002", "leading '");
    assert_eq!(pegawai_baris(&h, 3).jenis_kelamin, JenisKelamin::Wanita);
    satu_galat(&h, 4, "NIP", "dibulatkan Excel", "Excel has rounded");
}

#[test]
fn refused_files_say_why_and_never_become_a_table() {
    assert_eq!(baca_csv(b""), Err(GalatCsv::Kosong));
    assert_eq!(baca_csv(b"\xef\xbb\xbf\r\n;;\r\n"), Err(GalatCsv::Kosong));
    assert_eq!(baca_csv(b"PK\x03\x04\x14\x00"), Err(GalatCsv::BukuKerjaExcel));
    assert_eq!(baca_csv(b"\xD0\xCF\x11\xE0\xA1\xB1"), Err(GalatCsv::BukuKerjaExcel));
    assert_eq!(baca_csv(b"N\0I\0P\0\n\0"), Err(GalatCsv::BukanTeks), "UTF-16 without its BOM");
    assert_eq!(baca_csv(br#"{"format":"jenjang"}"#), Err(GalatCsv::BerkasJenjang));
    let besar = vec![b'a'; BATAS_UKURAN + 1];
    assert_eq!(baca_csv(&besar), Err(GalatCsv::TerlaluBesar { ukuran: BATAS_UKURAN + 1 }));
    let banyak = "NIP\n".to_string() + &"1\n".repeat(BATAS_BARIS + 1);
    assert_eq!(baca_csv(banyak.as_bytes()), Err(GalatCsv::TerlaluBanyakBaris));
    let pas = "NIP\n".to_string() + &"1\n".repeat(BATAS_BARIS);
    assert_eq!(baca_csv(pas.as_bytes()).map(|t| t.baris.len()), Ok(BATAS_BARIS));
    for g in [GalatCsv::Kosong, GalatCsv::BukuKerjaExcel, GalatCsv::BukanTeks, GalatCsv::BerkasJenjang] {
        assert!(!g.pesan_id().is_empty() && !g.pesan_en().is_empty());
    }
    assert!(GalatCsv::BukuKerjaExcel.pesan_id().contains("CSV UTF-8"));
}

#[test]
fn an_unclosed_quote_is_reported_with_its_row() {
    let (tabel, h) = impor(&fixture("kutip-terbuka.csv"), &Dataset::default());
    assert_eq!(tabel.kutip_terbuka, Some((3, 1)));
    assert_eq!(tabel.baris.len(), 2, "the rest of the file is one cell of row 3");
    assert_eq!(tabel.baris[1][1], "Siti Rahayu\r\n197805122003121003;Agus", "trimmed like every cell");
    assert!(h.catatan.iter().any(|(id, en)| id.contains("baris 3") && en.contains("row 3")), "{:?}", h.catatan);
    satu_galat(&h, 3, "Nama", "tidak pernah ditutup", "never closed");
    assert_eq!(h.valid.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

#[test]
fn an_office_register_imports_its_valid_rows_with_their_histories() {
    let (_, h) = impor(&fixture("kantor-titik-koma.csv"), &Dataset::default());
    assert_eq!(h.valid.len(), 3, "{:#?}", h.masalah);
    assert_eq!((h.jumlah_galat, h.jumlah_dilewati), (1, 0));
    // Row 5 is empty (kept in the numbering); row 6 has a 17-digit NIP.
    satu_galat(&h, 6, "NIP", "harus 18 digit; yang diisi 17 digit", "must have 18 digits; 17 given");

    let budi = pegawai_baris(&h, 2);
    assert_eq!(
        (budi.nama.as_str(), budi.gelar_depan.as_str(), budi.gelar_belakang.as_str()),
        ("Budi Santoso", "", "S.Kom.")
    );
    assert_eq!((budi.tempat_lahir.as_str(), budi.tanggal_lahir), ("Bandung", t(1986, 9, 26)));
    assert_eq!((budi.status, budi.jenis_kelamin), (StatusPegawai::Pns, JenisKelamin::Pria));
    let j = &budi.riwayat_jabatan[0];
    assert_eq!(
        (j.nama.as_str(), j.jenis, j.jenjang),
        ("Analis SDM Aparatur", JenisJabatan::Fungsional, Some(JenjangFungsional::AhliPertama))
    );
    assert_eq!(j.nama_lengkap(), "Analis SDM Aparatur Ahli Pertama");
    assert_eq!(j.tmt, t(2020, 1, 2));
    assert_eq!(j.unit_kerja, budi.unit_kerja, "the position is in the pegawai's unit");
    let d = &budi.riwayat_pendidikan[0];
    assert_eq!((d.tingkat, d.jurusan.as_str(), d.tahun_lulus), (TingkatPendidikan::S1, "Informatika", 2009));

    let siti = pegawai_baris(&h, 3);
    assert_eq!(
        (siti.gelar_depan.as_str(), siti.nama.as_str(), siti.gelar_belakang.as_str()),
        ("Dr.", "Siti Rahayu", "M.Si.")
    );
    assert_eq!((siti.status, siti.tempat_lahir.as_str()), (StatusPegawai::Cpns, "Surakarta"));
    assert_eq!(siti.riwayat_pangkat[0].jenis_kenaikan, JenisKenaikanPangkat::PengangkatanCpns);
    assert_eq!(siti.riwayat_pendidikan[0].tingkat, TingkatPendidikan::S2);

    let rina = pegawai_baris(&h, 4);
    assert_eq!(rina.status, StatusPegawai::Pppk);
    assert_eq!(rina.riwayat_pangkat[0].golongan, Golongan::Pppk(GolonganPppk::new(9).unwrap()));
    assert_eq!(rina.riwayat_jabatan[0].jenis, JenisJabatan::Fungsional, "read from the jenjang in the name");
    assert_eq!(rina.riwayat_jabatan[0].jenjang, Some(JenjangFungsional::Mahir));
    assert_eq!(rina.riwayat_pendidikan[0].tingkat, TingkatPendidikan::D3);

    // "Bidang Mutasi" and "bidang  mutasi" are one new unit; "Sekretariat" the other.
    let nama: Vec<&str> = h.unit_baru.iter().map(|u| u.nama.as_str()).collect();
    assert_eq!(nama, vec!["Bidang Mutasi", "Sekretariat"]);
    assert_eq!(budi.unit_kerja, rina.unit_kerja);
    assert_eq!(budi.unit_kerja.as_ref(), Some(&h.unit_baru[0].id));
    assert!(h.catatan.iter().any(|(id, _)| id == "Kolom yang tidak diimpor: No, Keterangan."), "{:?}", h.catatan);
    assert!(!h.catatan.iter().any(|(id, _)| id.contains("Tidak ada kolom Status")));
}

/// A header with every field and one broken row per kind of error (row 2 is valid).
const KEPALA: &str = "NIP;Nama;Status;Tanggal Lahir;Jenis Kelamin;NIK;Unit Kerja;Golongan;TMT Golongan;Jabatan;Jenis Jabatan;Jenjang;TMT Jabatan;Pendidikan;Tahun Lulus";

fn baris_sah(ubah: &[(usize, &str)]) -> String {
    let mut sel = vec![
        "198609262015051001",
        "Budi Santoso",
        "PNS",
        "26-09-1986",
        "L",
        "3273012609860001",
        "Bidang Mutasi",
        "III/b",
        "01-04-2019",
        "Pranata Komputer",
        "Fungsional",
        "Ahli Pertama",
        "02-01-2020",
        "S1 Informatika",
        "2009",
    ];
    for &(i, v) in ubah {
        sel[i] = v;
    }
    sel.join(";")
}

/// (cells changed from a valid row, column, reason id, reason en).
type Kasus = (Vec<(usize, &'static str)>, &'static str, &'static str, &'static str);

#[test]
fn each_kind_of_row_error_names_its_row_column_and_reason() {
    // (changed cells, column, reason id, reason en); each case is its own row, from row 3.
    let kasus: Vec<Kasus> = vec![
        (vec![(0, "")], "NIP", "NIP / NI PPPK wajib diisi", "NIP / NI PPPK is required"),
        (
            vec![(0, "19860926201505100X")],
            "NIP",
            "karakter 'X' pada posisi ke-18 bukan angka",
            "character 'X' at position 18",
        ),
        (
            vec![(0, "198602302015051001"), (3, "")],
            "NIP",
            "digit 1–8) tidak valid: 19860230",
            "not a valid date: 19860230",
        ),
        (
            vec![(0, "198609262015131001")],
            "NIP",
            "Bulan TMT CPNS (digit 13–14) harus 01–12, bukan 13",
            "must be 01–12, not 13",
        ),
        (vec![(1, "")], "Nama", "Nama wajib diisi", "Name is required"),
        (vec![(2, "Honorer")], "Status", "Status harus CPNS, PNS, atau PPPK, bukan \"Honorer\"", "not \"Honorer\""),
        (
            vec![(3, "31-02-1986")],
            "Tanggal Lahir",
            "\"31-02-1986\" bukan tanggal yang dikenali",
            "is not a recognised date",
        ),
        (
            vec![(3, "27-09-1986")],
            "Tanggal Lahir",
            "tidak sama dengan NIP (26 September 1986)",
            "does not match the NIP",
        ),
        (vec![(4, "X")], "Jenis Kelamin", "Jenis kelamin harus L/P", "Sex must be L/P"),
        (
            vec![(4, "P")],
            "Jenis Kelamin",
            "tidak sama dengan digit 15 NIP (pria)",
            "does not match digit 15 of the NIP (male)",
        ),
        (
            vec![(5, "32730126098600")],
            "NIK",
            "NIK harus 16 digit; yang diisi 14 digit",
            "NIK must have 16 digits; 14 given",
        ),
        (
            vec![(7, "V/a")],
            "Golongan",
            "Golongan ruang PNS harus I/a sampai IV/e, bukan \"V/a\"",
            "A PNS grade is I/a to IV/e",
        ),
        (vec![(8, "")], "TMT Golongan", "TMT golongan wajib diisi", "Grade effective date is required"),
        (vec![(7, "")], "TMT Golongan", "TMT golongan diisi tetapi Golongan kosong", "is filled in but Grade is empty"),
        (vec![(8, "01-04-2003")], "TMT Golongan", "sebelum pegawai berusia 18 tahun", "before the employee turned 18"),
        (
            vec![(10, ""), (11, "")],
            "Jenis Jabatan",
            "Jenis jabatan wajib diisi bila jabatan diisi",
            "Position type is required",
        ),
        (
            vec![(10, "Struktural")],
            "Jenis Jabatan",
            "Jenis jabatan \"Struktural\" tidak dikenal",
            "Position type \"Struktural\" is unknown",
        ),
        (
            vec![(11, "")],
            "Jenjang",
            "Jenjang wajib diketahui untuk jabatan fungsional",
            "A functional position needs its level",
        ),
        (
            vec![(11, "Ahli Sekali")],
            "Jenjang",
            "Jenjang \"Ahli Sekali\" tidak dikenal",
            "Level \"Ahli Sekali\" is unknown",
        ),
        (vec![(12, "kemarin")], "TMT Jabatan", "\"kemarin\" bukan tanggal", "\"kemarin\" is not a recognised date"),
        (
            vec![(9, ""), (10, ""), (11, "")],
            "TMT Jabatan",
            "TMT jabatan diisi tetapi Jabatan kosong",
            "Position effective date is filled in but Position is empty",
        ),
        (
            vec![(13, "Kursus")],
            "Pendidikan",
            "Tingkat pendidikan \"Kursus\" tidak dikenal",
            "Education level \"Kursus\" is unknown",
        ),
        (
            vec![(14, "2031")],
            "Tahun Lulus",
            "Tahun lulus harus angka 1940–2026, bukan \"2031\"",
            "Graduation year must be a number 1940–2026",
        ),
        (vec![(14, "")], "Tahun Lulus", "Tahun lulus wajib diisi", "Graduation year is required"),
        (
            vec![(13, "")],
            "Tahun Lulus",
            "Tahun lulus diisi tetapi Pendidikan terakhir kosong",
            "is filled in but Highest education is empty",
        ),
    ];
    let mut csv = format!("{KEPALA}\n{}\n", baris_sah(&[]));
    // Each case's NIP differs (sequence number) so that no two rows share one.
    let nomor: Vec<String> = (0..kasus.len()).map(|i| format!("{:03}", i + 2)).collect();
    for (i, (ubah, ..)) in kasus.iter().enumerate() {
        let nip_unik = format!("19860926201505{}{}", "1", nomor[i]);
        let mut sel: Vec<(usize, &str)> = vec![(0, nip_unik.as_str())];
        sel.extend(ubah.iter().copied());
        csv.push_str(&baris_sah(&sel));
        csv.push('\n');
    }
    let (_, h) = impor(csv.as_bytes(), &Dataset::default());
    assert_eq!(h.valid.len(), 1, "only row 2 is valid: {:#?}", h.masalah);
    assert_eq!(h.valid[0].0, 2);
    assert_eq!(h.jumlah_galat, kasus.len());
    for (i, (_, kolom, id, en)) in kasus.iter().enumerate() {
        satu_galat(&h, i + 3, kolom, id, en);
    }
    // A problem found in a field without a column names the field instead.
    let (_, h) = impor(b"NIP;Nama;Golongan\n198609262015051001;Budi;III/b\n", &Dataset::default());
    let m = h.masalah.iter().find(|m| m.baris == 2).expect("TMT golongan is missing");
    assert_eq!((m.kolom.as_str(), m.medan), ("", Some(Medan::TmtGolongan)));
    assert!(m.pesan_id.contains("belum ada kolom untuknya") && m.pesan_en.contains("no column is chosen"));
}

#[test]
fn a_nik_that_disagrees_with_the_nip_and_an_empty_status_are_warnings_only() {
    let csv = "NIP;Nama;NIK;Status\n198609262015051001;Budi;3273012709860001;\n199009132025242014;Rina;;\n";
    let (_, h) = impor(csv.as_bytes(), &Dataset::default());
    assert_eq!(h.valid.len(), 2, "{:#?}", h.masalah);
    let nik = masalah(&h, 2, "NIK");
    assert_eq!(nik.jenis, JenisMasalah::Peringatan);
    assert!(nik.pesan_id.contains("Tanggal lahir pada NIK"), "{}", nik.pesan_id);
    assert_eq!(masalah(&h, 2, "Status").jenis, JenisMasalah::Peringatan);
    assert!(masalah(&h, 3, "Status").pesan_id.contains("PPPK menurut NIP"));
    assert_eq!(pegawai_baris(&h, 3).status, StatusPegawai::Pppk, "NI PPPK layout: digits 13–14 = 24");
    assert_eq!(pegawai_baris(&h, 2).status, StatusPegawai::Pns);
    assert_eq!(h.jumlah_galat, 0);
}

#[test]
fn without_a_status_column_the_status_comes_from_the_nip_and_the_preview_says_so() {
    let (_, h) = impor(b"NIP;Nama\n199009132025242014;Rina\n198609262015051001;Budi\n", &Dataset::default());
    assert_eq!(pegawai_baris(&h, 2).status, StatusPegawai::Pppk);
    assert_eq!(pegawai_baris(&h, 3).status, StatusPegawai::Pns);
    assert!(h.masalah.is_empty(), "{:#?}", h.masalah);
    assert!(h.catatan.iter().any(|(id, en)| id.contains("Tidak ada kolom Status") && en.contains("No Status column")));
    assert!(h.catatan.iter().any(|(id, _)| id.contains("diambil dari NIP")));
}

#[test]
fn a_nip_already_in_the_register_is_skipped_not_duplicated() {
    let d = register_budi();
    let (_, h) = impor(&fixture("kantor-titik-koma.csv"), &d);
    assert_eq!((h.valid.len(), h.jumlah_dilewati, h.jumlah_galat), (2, 1, 1));
    let m = masalah(&h, 2, "NIP");
    assert_eq!(m.jenis, JenisMasalah::Dilewati);
    assert!(m.pesan_id.contains("sudah ada") && m.pesan_id.contains("Budi Lama"), "{}", m.pesan_id);
    assert!(m.pesan_en.contains("already in the register"));
    assert!(h.masalah.iter().filter(|m| m.baris == 2).count() == 1, "a skipped row reports nothing else");
    // The existing "Bidang Mutasi" is used for Rina; only "Sekretariat" is new.
    assert_eq!(h.unit_baru.iter().map(|u| u.nama.as_str()).collect::<Vec<_>>(), vec!["Sekretariat"]);
    assert_eq!(pegawai_baris(&h, 4).unit_kerja, Some(Id::dari_byte_acak([9; 16])));
    let (baru, _, n) = terapkan(&d, &h, Stempel(10), &mut id_baru());
    assert_eq!(n, 2);
    assert_eq!(baru.pegawai.iter().filter(|p| p.nip.as_str() == "198609262015051001").count(), 1);
    assert_eq!(baru.pegawai[0], d.pegawai[0], "the pegawai already there is untouched");

    // A deleted pegawai's NIP is free again.
    let mut d = register_budi();
    let id = d.pegawai[0].id.clone();
    d.hapus_pegawai(&id, Stempel(6));
    let (_, h) = impor(&fixture("kantor-titik-koma.csv"), &d);
    assert_eq!((h.valid.len(), h.jumlah_dilewati), (3, 0));
}

#[test]
fn a_nip_twice_in_the_file_is_an_error_on_every_such_row() {
    let csv = "NIP;Nama\n198609262015051001;Budi\n199001152019032002;Siti\n19860926 201505 1 001;Budi S.\n";
    let (_, h) = impor(csv.as_bytes(), &Dataset::default());
    assert_eq!(h.valid.len(), 1);
    assert_eq!(pegawai_baris(&h, 3).nama, "Siti");
    satu_galat(&h, 2, "NIP", "juga ada di baris 4", "also on row 4");
    satu_galat(&h, 4, "NIP", "juga ada di baris 2", "also on row 2");
}

#[test]
fn units_are_matched_by_name_or_created_and_an_ambiguous_name_is_an_error() {
    let unit_kerja = vec![unit("Sekretariat", 1), unit("Bidang Mutasi", 2), unit("Bidang Mutasi", 3), unit("Lama", 4)];
    let mut d = Dataset { unit_kerja, ..Dataset::default() };
    d.unit_kerja[3].dihapus_pada = Some(Stempel(2));
    let csv = "NIP;Nama;Unit\n198609262015051001;Budi;  SEKRETARIAT \n199001152019032002;Siti;Bidang Mutasi\n197805122003121003;Agus;Lama\n";
    let (_, h) = impor(csv.as_bytes(), &d);
    assert_eq!(pegawai_baris(&h, 2).unit_kerja, Some(Id::dari_byte_acak([1; 16])));
    satu_galat(&h, 3, "Unit", "Ada 2 unit kerja bernama \"Bidang Mutasi\"", "2 work units are named");
    // A deleted unit is not matched: a new one is created, and the preview lists it.
    assert_eq!(h.unit_baru.len(), 1);
    assert_eq!(h.unit_baru[0].nama, "Lama");
    assert_ne!(pegawai_baris(&h, 4).unit_kerja, Some(Id::dari_byte_acak([4; 16])));
}

#[test]
fn office_ways_of_writing_dates_grades_and_titles_are_read() {
    for (s, tanggal) in [
        ("05-01-1990", t(1990, 1, 5)),
        ("5/1/1990", t(1990, 1, 5)),
        ("05.01.1990", t(1990, 1, 5)),
        ("1990-01-05", t(1990, 1, 5)),
        ("1990-01-05 00:00:00", t(1990, 1, 5)),
        ("5 Januari 1990", t(1990, 1, 5)),
        ("05 Jan 1990", t(1990, 1, 5)),
        ("17-Agustus-1990", t(1990, 8, 17)),
        ("17 Agt 1990", t(1990, 8, 17)),
        ("1 Mei 2000", t(2000, 5, 1)),
        ("3 Desember 2001", t(2001, 12, 3)),
        ("3 October 2001", t(2001, 10, 3)),
        ("29 Februari 2024", t(2024, 2, 29)),
        ("32878", t(1990, 1, 5)),
    ] {
        assert_eq!(baca_tanggal(s), Some(tanggal), "{s}");
    }
    for s in [
        "",
        "1990",
        "05/01/90",
        "29-02-2023",
        "13 Foo 1990",
        "5 Januarix 1990x",
        "1990-13-01",
        "05-13-1990",
        "0-1-1990",
        "5 Ja 1990",
        "05-01-1990 x",
        "12/31/1990",
    ] {
        assert_eq!(baca_tanggal(s), None, "{s}");
    }

    let pns = |s: &str| baca_golongan(s, false);
    for s in [
        "III/b",
        "iii/b",
        "III b",
        "IIIb",
        "III-b",
        "III.b",
        "3/b",
        "3b",
        "Penata Muda Tingkat I, III/b",
        "Penata Muda Tk. I (III/b)",
        "Penata Muda Tk. I",
    ] {
        assert_eq!(pns(s), Some(Golongan::Pns(GolonganPns::IIIB)), "{s}");
    }
    assert_eq!(pns("Pengatur Tingkat I, II/d"), Some(Golongan::Pns(GolonganPns::IID)), "not III/d");
    assert_eq!(pns("IV/e"), Some(Golongan::Pns(GolonganPns::IVE)));
    for s in ["V/a", "III/f", "IX", "Penata Muda Tingkat", "b", "III/", "Ib"] {
        assert_ne!(pns(s).map(|g| g.kode()), Some("III/b"), "{s}");
    }
    assert_eq!(pns("V/a"), None);
    assert_eq!(pns("IX"), None, "a PPPK grade is not a PNS grade");
    let pppk = |s: &str| baca_golongan(s, true).map(|g| g.kode());
    assert_eq!(pppk("IX"), Some("IX"));
    assert_eq!(pppk("Golongan IX"), Some("IX"));
    assert_eq!(pppk("9"), Some("IX"));
    assert_eq!(pppk("XVIII"), None);
    assert_eq!(pppk("III/b"), None);

    // Titles inside the name; education written the short way.
    let csv = "NIP;Nama Lengkap;Pendidikan;Tahun Lulus\n\
               198609262015051001;Prof. Dr. Ir. H. Budi Santoso, M.T., Ph.D.;S-3 Teknik Sipil;2015\n\
               199001152019032002;M. Siti Rahayu;D III Akuntansi;2010\n\
               197805122003121003;Agus;SMA;1996\n\
               198311302010012004;Dewi;Diploma IV Keperawatan;2005\n\
               198702142011011005;Hendra;SLTP Kejuruan;1990\n\
               198609262015051006;Rudi;sltp-kejuruan;1990\n\
               198609262015051007;Joko;SGPLB;1990\n";
    let (_, h) = impor(csv.as_bytes(), &Dataset::default());
    assert_eq!(h.valid.len(), 7, "{:#?}", h.masalah);
    let budi = pegawai_baris(&h, 2);
    assert_eq!(
        (budi.gelar_depan.as_str(), budi.nama.as_str(), budi.gelar_belakang.as_str()),
        ("Prof. Dr. Ir. H.", "Budi Santoso", "M.T., Ph.D.")
    );
    assert_eq!(
        (budi.riwayat_pendidikan[0].tingkat, budi.riwayat_pendidikan[0].jurusan.as_str()),
        (TingkatPendidikan::S3, "Teknik Sipil")
    );
    let siti = pegawai_baris(&h, 3);
    assert_eq!((siti.gelar_depan.as_str(), siti.nama.as_str()), ("", "M. Siti Rahayu"), "M. is a name, not a title");
    assert_eq!(
        (siti.riwayat_pendidikan[0].tingkat, siti.riwayat_pendidikan[0].jurusan.as_str()),
        (TingkatPendidikan::D3, "Akuntansi")
    );
    assert_eq!(pegawai_baris(&h, 4).riwayat_pendidikan[0].tingkat, TingkatPendidikan::Slta);
    assert_eq!(pegawai_baris(&h, 5).riwayat_pendidikan[0].tingkat, TingkatPendidikan::D4, "not Diploma I");
    assert_eq!(pegawai_baris(&h, 6).riwayat_pendidikan[0].tingkat, TingkatPendidikan::SltpKejuruan, "not SLTP");
    assert_eq!(pegawai_baris(&h, 7).riwayat_pendidikan[0].tingkat, TingkatPendidikan::SltpKejuruan, "the stored code");
    assert_eq!(pegawai_baris(&h, 8).riwayat_pendidikan[0].tingkat, TingkatPendidikan::Sgplb);
}

// ---------------------------------------------------------------------------------------------
// Round trip and applying
// ---------------------------------------------------------------------------------------------

fn register_contoh() -> Dataset {
    let (unit_kerja, pegawai) = data_contoh(2026, 48, hari_ini(), Stempel(0));
    Dataset { pegawai, unit_kerja, ..Dataset::default() }
}

#[test]
fn a_file_from_our_own_csv_export_imports_back_cleanly() {
    let asal = register_contoh();
    for pemisah in [';', ','] {
        let csv = ekspor_csv_pegawai(&asal, pemisah);
        // Into a register with the same units (as on another office PC): every row valid.
        let sasaran = Dataset { unit_kerja: asal.unit_kerja.clone(), ..Dataset::default() };
        let (tabel, h) = impor(csv.as_bytes(), &sasaran);
        assert_eq!(tabel.pemisah, pemisah);
        let galat: Vec<&MasalahBaris> = h.masalah.iter().filter(|m| m.jenis != JenisMasalah::Peringatan).collect();
        assert!(galat.is_empty(), "{galat:#?}");
        assert_eq!(h.valid.len(), asal.pegawai.len());
        assert!(h.unit_baru.is_empty(), "units matched by name");
        for (_, b) in &h.valid {
            let a = asal.pegawai.iter().find(|a| a.nip == b.nip).expect("same NIP");
            assert_eq!(
                (
                    &a.nama,
                    &a.gelar_depan,
                    &a.gelar_belakang,
                    &a.tempat_lahir,
                    a.tanggal_lahir,
                    a.jenis_kelamin,
                    a.status,
                    &a.nik,
                    &a.unit_kerja
                ),
                (
                    &b.nama,
                    &b.gelar_depan,
                    &b.gelar_belakang,
                    &b.tempat_lahir,
                    b.tanggal_lahir,
                    b.jenis_kelamin,
                    b.status,
                    &b.nik,
                    &b.unit_kerja
                ),
            );
            let (pa, pb) = (a.pangkat_terakhir(), b.pangkat_terakhir());
            assert_eq!(pa.map(|r| (r.golongan, r.tmt)), pb.map(|r| (r.golongan, r.tmt)), "{}", a.nama);
            let (ja, jb) = (a.jabatan_terakhir(), b.jabatan_terakhir());
            assert_eq!(
                ja.map(|r| (r.nama_lengkap(), r.jenis, r.jenjang, r.tmt)),
                jb.map(|r| (r.nama_lengkap(), r.jenis, r.jenjang, r.tmt))
            );
            let (da, db) = (a.pendidikan_terakhir(), b.pendidikan_terakhir());
            assert_eq!(
                da.map(|r| (r.tingkat, &r.jurusan, r.tahun_lulus)),
                db.map(|r| (r.tingkat, &r.jurusan, r.tahun_lulus))
            );
        }
        // Into the register it came from: every row is already there.
        let (_, h) = impor(csv.as_bytes(), &asal);
        assert_eq!((h.valid.len(), h.jumlah_dilewati, h.jumlah_galat), (0, asal.pegawai.len(), 0));
        let (sama, koleksi, n) = terapkan(&asal, &h, Stempel(9), &mut id_baru());
        assert_eq!((sama, koleksi, n), (asal.clone(), vec![], 0), "nothing to apply changes nothing");
    }
}

#[test]
fn applying_adds_exactly_the_valid_rows_and_their_new_units() {
    let d = register_budi();
    let (_, h) = impor(&fixture("kantor-titik-koma.csv"), &d);
    let sekarang = Stempel(1_800_000_000_000);
    let (baru, koleksi, n) = terapkan(&d, &h, sekarang, &mut id_baru());
    assert_eq!(n, 2);
    assert_eq!(koleksi, vec![Koleksi::Pegawai, Koleksi::UnitKerja]);
    assert_eq!(baru.pegawai.len(), d.pegawai.len() + 2);
    assert_eq!(&baru.pegawai[..d.pegawai.len()], &d.pegawai[..], "existing records untouched");
    assert_eq!(&baru.unit_kerja[..d.unit_kerja.len()], &d.unit_kerja[..]);
    let tambahan: Vec<&Pegawai> = baru.pegawai[d.pegawai.len()..].iter().collect();
    let nip: Vec<&str> = tambahan.iter().map(|p| p.nip.as_str()).collect();
    assert_eq!(nip, vec!["199001152019032002", "199009132025242014"], "the valid rows, in file order");
    for p in &tambahan {
        assert_eq!((p.created_at, p.updated_at, p.dihapus_pada), (sekarang, sekarang, None));
        let valid = &h.valid.iter().find(|(_, v)| v.nip == p.nip).expect("previewed").1;
        let mut sama = Pegawai { id: valid.id.clone(), created_at: Stempel(0), updated_at: Stempel(0), ..(*p).clone() };
        for (r, v) in sama.riwayat_pangkat.iter_mut().zip(&valid.riwayat_pangkat) {
            r.id = v.id.clone();
        }
        for (r, v) in sama.riwayat_jabatan.iter_mut().zip(&valid.riwayat_jabatan) {
            r.id = v.id.clone();
        }
        for (r, v) in sama.riwayat_pendidikan.iter_mut().zip(&valid.riwayat_pendidikan) {
            r.id = v.id.clone();
        }
        assert_eq!(sama, *valid, "as previewed, with ids and timestamps");
    }
    // Every new record has its own id, none shared with the register.
    let mut ids: Vec<&Id> = baru
        .pegawai
        .iter()
        .flat_map(|p| {
            std::iter::once(&p.id)
                .chain(p.riwayat_pangkat.iter().map(|r| &r.id))
                .chain(p.riwayat_jabatan.iter().map(|r| &r.id))
                .chain(p.riwayat_pendidikan.iter().map(|r| &r.id))
        })
        .chain(baru.unit_kerja.iter().map(|u| &u.id))
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "ids are unique");

    let baru_unit = &baru.unit_kerja[d.unit_kerja.len()..];
    assert_eq!(baru_unit.len(), 1);
    assert_eq!(
        (baru_unit[0].nama.as_str(), baru_unit[0].created_at, baru_unit[0].induk.clone()),
        ("Sekretariat", sekarang, None)
    );
    assert_eq!(tambahan[0].unit_kerja.as_ref(), Some(&baru_unit[0].id));
    assert_eq!((baru.pengaturan.clone(), baru.sinkron.clone()), (d.pengaturan.clone(), d.sinkron.clone()));

    // A NIP that reached the register between the check and the apply is not added twice,
    // and a new unit only its rows needed is not created.
    let mut lain = d.clone();
    lain.pegawai.push(baru.pegawai[d.pegawai.len()].clone());
    let (hasil, koleksi, n) = terapkan(&lain, &h, sekarang, &mut id_baru());
    assert_eq!(n, 1);
    assert_eq!(koleksi, vec![Koleksi::Pegawai]);
    assert_eq!(hasil.pegawai.len(), lain.pegawai.len() + 1);
    assert_eq!(hasil.unit_kerja, lain.unit_kerja);
}

// ---------------------------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------------------------

/// Runs the whole pipeline on `byte` with the proposed mapping and a random one.
fn jalankan(byte: &[u8], acak: &mut Acak, d: &Dataset) {
    let Ok(tabel) = baca_csv(byte) else { return };
    let kolom = tabel.jumlah_kolom();
    for i in 0..kolom.min(30) {
        let _ = (tabel.nama_kolom(i), tabel.contoh(i));
    }
    let mut peta = Pemetaan::usul(&tabel.kepala);
    let mut id = Acak::new(acak.berikut());
    let h = periksa(&tabel, &peta, d, hari_ini(), &mut || id.id());
    let (baru, _, n) = terapkan(d, &h, Stempel(1), &mut || id.id());
    assert_eq!(n, h.valid.len());
    assert_eq!(baru.pegawai.len(), d.pegawai.len() + n);
    for m in Medan::semua() {
        let k = acak.di_bawah(kolom as u64 + 2) as usize;
        peta.atur(m, (k < kolom + 1).then_some(k));
    }
    let h = periksa(&tabel, &peta, d, hari_ini(), &mut || id.id());
    assert!(h.masalah.iter().all(|m| m.baris >= 2 && m.baris < tabel.baris.len() + 2));
}

#[test]
fn arbitrary_input_never_panics() {
    let mut acak = Acak::new(20_261_123);
    let d = register_budi();
    let potongan: &[&[u8]] = &[
        b";",
        b",",
        b"\t",
        b"\"",
        b"\"\"",
        b"\r",
        b"\n",
        b"\r\n",
        b"=\"",
        b"'",
        b"NIP",
        b"Nama",
        b"Golongan",
        b"TMT Gol",
        b"Jabatan",
        b"Unit Kerja",
        b"Pendidikan",
        b"Tahun Lulus",
        b"Tempat/Tgl Lahir",
        b"sep=",
        b"198609262015051001",
        b"19860926",
        b"III/b",
        b"IX",
        b"5 Januari 1990",
        b"31-02-2024",
        b"S1 ",
        b"D III",
        b"Ahli Muda",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xe9",
        b"\x92",
        "é".as_bytes(),
        "\u{212a}".as_bytes(),
        "𝟙".as_bytes(),
        b"-",
        b"E+17",
        b"Dr. ",
        b", S.Kom.",
        b"Fungsional",
        b"PPPK",
        b"L",
        b"P",
        b" ",
    ];
    let mut korpus: Vec<Vec<u8>> = FIXTURE.iter().map(|f| fixture(f)).collect();
    korpus.push(ekspor_csv_pegawai(&register_contoh(), ';').into_bytes());
    for _ in 0..3000 {
        let mut byte = Vec::new();
        match acak.di_bawah(3) {
            // Random bytes.
            0 => (0..acak.di_bawah(200)).for_each(|_| byte.push(acak.di_bawah(256) as u8)),
            // CSV-ish pieces.
            1 => (0..acak.di_bawah(80)).for_each(|_| byte.extend_from_slice(acak.pilih::<&[u8]>(potongan))),
            // A real file, mutated.
            _ => {
                byte = acak.pilih(&korpus).clone();
                for _ in 0..1 + acak.di_bawah(8) {
                    let i = acak.di_bawah(byte.len() as u64 + 1) as usize;
                    match acak.di_bawah(3) {
                        0 if i < byte.len() => {
                            byte.remove(i);
                        }
                        1 => byte.splice(i..i, acak.pilih(potongan).iter().copied()).for_each(drop),
                        _ if i < byte.len() => byte[i] = acak.di_bawah(256) as u8,
                        _ => {}
                    }
                }
            }
        }
        jalankan(&byte, &mut acak, &d);
    }
    for (i, f) in korpus.iter().enumerate() {
        // Every prefix of a real file (a file cut off mid-cell, mid-quote, mid-character).
        for n in (0..f.len()).step_by(1 + i % 3 + f.len() / 400) {
            jalankan(&f[..n], &mut acak, &d);
        }
    }
}

#[test]
fn every_fixture_file_is_used() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csv");
    let mut ada: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    ada.sort();
    let mut dipakai: Vec<String> = FIXTURE.iter().map(|s| s.to_string()).collect();
    dipakai.sort();
    assert_eq!(ada, dipakai, "each file in tests/fixtures/csv is read by a test");
}
