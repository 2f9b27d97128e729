//! The add/edit form: each problem is reported on its own field, in Bahasa Indonesia.

use jenjang::domain::formulir::{FormJabatan, FormPangkat, FormPegawai, FormPendidikan, Kesalahan, KonteksValidasi};
use jenjang::domain::id::Id;
use jenjang::domain::pegawai::StatusPegawai;
use jenjang::domain::tanggal::Tanggal;
use jenjang::rules::jabatan::JenjangFungsional;
use jenjang::rules::pangkat::{Golongan, GolonganPns, GolonganPppk};

fn id(n: u8) -> Id {
    Id::dari_byte_acak([n; 16])
}

fn form_sah() -> FormPegawai {
    FormPegawai {
        nip: "19860926 201505 1 001".into(),
        nik: "3273012609860001".into(),
        nama: "Budi Santoso".into(),
        gelar_belakang: "S.Kom.".into(),
        tempat_lahir: "Bandung".into(),
        tanggal_lahir: "1986-09-26".into(),
        jenis_kelamin: "pria".into(),
        status: "PNS".into(),
        pangkat: vec![FormPangkat {
            id: id(10),
            golongan: "III/a".into(),
            tmt: "2015-05-01".into(),
            nomor_sk: "813/001/BKD/2015".into(),
            tanggal_sk: "2015-04-20".into(),
            jenis_kenaikan: "pengangkatan-cpns".into(),
        }],
        jabatan: vec![FormJabatan {
            id: id(11),
            jenis: "fungsional".into(),
            nama: "Analis SDM Aparatur".into(),
            jenjang: "Ahli Pertama".into(),
            unit_kerja: String::new(),
            tmt: "2019-01-02".into(),
            nomor_sk: String::new(),
            tanggal_sk: String::new(),
        }],
        pendidikan: vec![FormPendidikan {
            id: id(12),
            tingkat: "Sarjana (S1)".into(),
            jurusan: "Informatika".into(),
            institusi: "ITB".into(),
            tahun_lulus: "2009".into(),
        }],
        ..FormPegawai::default()
    }
}

fn validasi(f: &FormPegawai) -> Result<jenjang::domain::formulir::HasilValidasi, Vec<Kesalahan>> {
    let unit = [id(50)];
    let pemilik = |nip: &str| (nip == "199001152019032002").then(|| "Siti Rahayu".to_string());
    f.validasi(
        id(1),
        &KonteksValidasi { hari_ini: Tanggal::new(2026, 11, 23).unwrap(), unit: &unit, pemilik_nip: &pemilik },
    )
}

fn galat_pada(f: &FormPegawai, medan: &str) -> Kesalahan {
    let g = validasi(f).expect_err("should be refused");
    g.into_iter().find(|k| k.medan == medan).unwrap_or_else(|| panic!("no error on {medan}"))
}

#[test]
fn a_complete_form_becomes_a_pegawai_with_histories() {
    let h = validasi(&form_sah()).unwrap();
    let p = h.pegawai;
    assert_eq!(p.nip.as_str(), "198609262015051001");
    assert_eq!(p.nama_lengkap(), "Budi Santoso, S.Kom.");
    assert_eq!(p.pangkat_terakhir().unwrap().golongan, Golongan::Pns(GolonganPns::IIIA));
    assert_eq!(p.jabatan_terakhir().unwrap().jenjang, Some(JenjangFungsional::AhliPertama));
    assert_eq!(p.pendidikan_terakhir().unwrap().tahun_lulus, 2009);
    assert!(h.peringatan.is_empty(), "{:?}", h.peringatan);
}

#[test]
fn an_invalid_nip_is_reported_on_the_nip_field_naming_the_part() {
    let mut f = form_sah();
    f.nip = "19860926 201513 1 001".into();
    let k = galat_pada(&f, "nip");
    assert!(k.pesan_id.contains("13–14"), "{}", k.pesan_id);
}

#[test]
fn a_nip_already_in_use_is_refused_with_the_holders_name() {
    let mut f = form_sah();
    f.nip = "199001152019032002".into();
    f.tanggal_lahir = "1990-01-15".into();
    f.jenis_kelamin = "wanita".into();
    f.nik = String::new();
    assert!(galat_pada(&f, "nip").pesan_id.contains("Siti Rahayu"));
}

#[test]
fn birth_date_and_sex_must_agree_with_the_nip() {
    let mut f = form_sah();
    f.tanggal_lahir = "1986-09-27".into();
    f.jenis_kelamin = "wanita".into();
    assert!(galat_pada(&f, "tanggal_lahir").pesan_id.contains("26 September 1986"));
    assert!(galat_pada(&f, "jenis_kelamin").pesan_id.contains("digit 15"));
}

#[test]
fn required_fields_are_named() {
    let f = FormPegawai::default();
    let g = validasi(&f).unwrap_err();
    for medan in ["status", "nip", "nama", "tanggal_lahir", "jenis_kelamin"] {
        assert!(g.iter().any(|k| k.medan == medan && k.pesan_id.contains("wajib")), "{medan}: {g:?}");
    }
}

#[test]
fn a_nik_that_disagrees_with_the_nip_is_a_warning_not_a_block() {
    let mut f = form_sah();
    f.nik = "3273012709860001".into(); // 27-09-86 instead of 26-09-86
    let h = validasi(&f).unwrap();
    assert_eq!(h.peringatan.len(), 1);
    assert_eq!(h.peringatan[0].medan, "nik");
}

#[test]
fn history_errors_point_at_the_row_and_field() {
    let mut f = form_sah();
    f.pangkat.push(FormPangkat {
        id: id(20),
        golongan: "V/a".into(),
        tmt: "2019-13-01".into(),
        nomor_sk: String::new(),
        tanggal_sk: String::new(),
        jenis_kenaikan: "reguler".into(),
    });
    f.jabatan[0].jenjang = String::new();
    f.pendidikan[0].tahun_lulus = "20O9".into();
    assert!(galat_pada(&f, "pangkat.1.golongan").pesan_id.contains("I/a sampai IV/e"));
    assert!(galat_pada(&f, "pangkat.1.tmt").pesan_id.contains("bukan tanggal"));
    assert!(galat_pada(&f, "jabatan.0.jenjang").pesan_id.contains("fungsional"));
    assert!(galat_pada(&f, "pendidikan.0.tahun_lulus").pesan_id.contains("1940"));
}

#[test]
fn rows_left_blank_are_ignored() {
    let mut f = form_sah();
    f.pangkat.push(FormPangkat::kosong(id(30)));
    f.jabatan.push(FormJabatan::kosong(id(31)));
    f.pendidikan.push(FormPendidikan::kosong(id(32)));
    let p = validasi(&f).unwrap().pegawai;
    assert_eq!((p.riwayat_pangkat.len(), p.riwayat_jabatan.len(), p.riwayat_pendidikan.len()), (1, 1, 1));
}

#[test]
fn pppk_uses_ni_pppk_and_golongan_i_to_xvii() {
    let mut f = form_sah();
    f.status = "PPPK".into();
    f.nip = "19900913 2023 21 2 014".into();
    f.tanggal_lahir = "1990-09-13".into();
    f.jenis_kelamin = "wanita".into();
    f.nik = String::new();
    f.pangkat[0].golongan = "III/a".into();
    assert!(galat_pada(&f, "pangkat.0.golongan").pesan_id.contains("I sampai XVII"));
    f.pangkat[0].golongan = "IX".into();
    f.pangkat[0].tmt = "2023-03-01".into();
    f.pangkat[0].jenis_kenaikan = "pengangkatan-pppk".into();
    let p = validasi(&f).unwrap().pegawai;
    assert_eq!(p.status, StatusPegawai::Pppk);
    assert_eq!(p.pangkat_terakhir().unwrap().golongan, Golongan::Pppk(GolonganPppk::new(9).unwrap()));
}

#[test]
fn an_unknown_unit_is_refused_and_a_known_one_kept() {
    let mut f = form_sah();
    f.unit_kerja = id(77).to_string();
    assert!(galat_pada(&f, "unit_kerja").pesan_id.contains("tidak ditemukan"));
    f.unit_kerja = id(50).to_string();
    assert_eq!(validasi(&f).unwrap().pegawai.unit_kerja, Some(id(50)));
}

#[test]
fn edit_form_round_trips_a_pegawai() {
    let p = validasi(&form_sah()).unwrap().pegawai;
    let f = FormPegawai::dari_pegawai(&p);
    assert_eq!(f.nip, "19860926 201505 1 001");
    assert_eq!(validasi(&f).unwrap().pegawai, p);
}
