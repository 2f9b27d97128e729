//! Exchange files (issue 3 §1, §2 and §5): export → read is the identity, every exported file
//! fits the published JSON Schema (`docs/exchange-format.schema.json`), slices hold exactly
//! what they should, and each malformed or hostile file in `tests/fixtures/impor/` gives its
//! own specific problem with where it is — never a panic, never a change to stored data.

use jenjang::domain::contoh::data_contoh;
use jenjang::domain::evaluasi::Kanal;
use jenjang::domain::id::{Acak, Id};
use jenjang::domain::instansi::{Instansi, PeriodeEvaluasi};
use jenjang::domain::pegawai::{JenisKelamin, JenisKenaikanPangkat, Pegawai, StatusPegawai, UnitKerja};
use jenjang::domain::skp::{Aspek, JenisRhk, Pendekatan, Perspektif, StatusSkp};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::berakhlak::NilaiBerakhlak;
use jenjang::rules::jabatan::{JenisJabatan, JenjangFungsional};
use jenjang::rules::kinerja::{Pembulatan, PredikatOrganisasi, Rating};
use jenjang::rules::pangkat::{GolonganPns, GolonganPppk};
use jenjang::rules::pendidikan::TingkatPendidikan;
use jenjang::store::dataset::{Dataset, Koleksi, NasibAnggota, VERSI_SKEMA};
use jenjang::store::penyimpanan::{muat, simpan, PenyimpananMemori};
use jenjang::store::pertukaran::*;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn hari_ini() -> Tanggal {
    Tanggal::new(2026, 11, 22).unwrap()
}

/// 2026-11-22T02:00:00Z, i.e. 09:00 WIB.
const SEKARANG: Stempel = Stempel(1_795_312_800_000);
/// WIB, UTC+7.
const WIB: i32 = 7 * 60;

fn akar() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(nama: &str) -> Vec<u8> {
    fs::read(akar().join("tests/fixtures/impor").join(nama)).unwrap_or_else(|e| panic!("{nama}: {e}"))
}

fn baca_fixture(nama: &str) -> Result<Berkas, Vec<MasalahImpor>> {
    baca_berkas(&fixture(nama), &Dataset::default())
}

fn pesan(m: &[MasalahImpor]) -> String {
    m.iter().map(MasalahImpor::pesan_id).collect::<Vec<_>>().join("\n")
}

/// The one problem a fixture must give (exactly one, so nothing else is wrong with it).
fn satu_masalah(nama: &str) -> MasalahImpor {
    match baca_fixture(nama) {
        Ok(_) => panic!("{nama}: accepted, but it must be refused"),
        Err(m) => {
            assert_eq!(m.len(), 1, "{nama}: expected exactly one problem, got:\n{}", pesan(&m));
            let m = m.into_iter().next().unwrap();
            assert!(!m.pesan_id().is_empty() && !m.pesan_en().is_empty());
            m
        }
    }
}

/// (koleksi, rekaman, medan) of a location, for compact assertions.
fn tempat(l: &Lokasi) -> (Option<&str>, Option<usize>, Option<&str>) {
    (l.koleksi.as_deref(), l.rekaman, l.medan.as_deref())
}

/// The sample office of 300 people with a few deletions, so that tombstones travel too.
fn dataset_contoh() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        let (unit_kerja, pegawai) = data_contoh(2026, 300, hari_ini(), SEKARANG);
        let mut d = Dataset { pegawai, unit_kerja, ..Default::default() };
        d.pengaturan.bup_fungsional.ubah(JenjangFungsional::AhliMadya, 62);
        let nanti = Stempel(SEKARANG.0 + 3_600_000);
        let hapus: Vec<Id> = d.pegawai.iter().skip(20).step_by(37).map(|p| p.id.clone()).collect();
        for id in &hapus {
            assert!(d.hapus_pegawai(id, nanti));
        }
        // A dissolved Subbagian: the unit is a tombstone, its people moved to the Sekretariat,
        // and their riwayat jabatan still name the dissolved unit.
        let sekretariat = d.unit_kerja[1].id.clone();
        let subbagian = d.unit_kerja[3].id.clone();
        d.hapus_unit(&subbagian, NasibAnggota::PindahkanKe(sekretariat), nanti).unwrap();
        d
    })
}

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        let teks = fs::read_to_string(akar().join("docs/exchange-format.schema.json")).unwrap();
        let skema: Value = serde_json::from_str(&teks).unwrap();
        jsonschema::draft202012::new(&skema).unwrap_or_else(|e| panic!("schema does not compile: {e}"))
    })
}

fn skema() -> Value {
    serde_json::from_str(&fs::read_to_string(akar().join("docs/exchange-format.schema.json")).unwrap()).unwrap()
}

/// The schema's complaints about a file (empty = valid).
fn menurut_skema(teks: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(teks).unwrap();
    validator().iter_errors(&v).map(|e| format!("{e} (at {})", e.instance_path())).collect()
}

/// Units of `d` from `awal` up through `induk`, deleted ones included.
fn dengan_leluhur(d: &Dataset, awal: impl IntoIterator<Item = Id>) -> HashSet<Id> {
    let mut hasil = HashSet::new();
    for id in awal {
        let mut kini = Some(id);
        while let Some(i) = kini {
            let Some(u) = d.unit_kerja.iter().find(|u| u.id == i) else { break };
            if !hasil.insert(i) {
                break;
            }
            kini = u.induk.clone();
        }
    }
    hasil
}

fn rujukan(p: &Pegawai) -> Vec<Id> {
    p.unit_kerja.iter().chain(p.riwayat_jabatan.iter().filter_map(|r| r.unit_kerja.as_ref())).cloned().collect()
}

/// Every unit reference of a file resolves inside the file alone.
fn rujukan_lengkap_di_berkas(b: &Berkas) {
    let ada: HashSet<&Id> = b.data.unit_kerja.iter().map(|u| &u.id).collect();
    for u in &b.data.unit_kerja {
        assert!(u.induk.as_ref().is_none_or(|i| ada.contains(i)), "induk of {}", u.nama);
    }
    for p in &b.data.pegawai {
        for r in rujukan(p) {
            assert!(ada.contains(&r), "{} refers to {r}", p.nama);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Export → read
// ---------------------------------------------------------------------------------------------

#[test]
fn full_export_reads_back_as_the_same_dataset_tombstones_included() {
    let d = dataset_contoh();
    assert!(d.pegawai.iter().filter(|p| !p.aktif()).count() >= 5);
    assert!(d.unit_kerja.iter().any(|u| !u.aktif()));
    let teks = ekspor_lengkap(d, SEKARANG, WIB);
    let b = baca_berkas(teks.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b.jenis, JenisBerkas::Lengkap);
    assert_eq!(b.dibuat, "2026-11-22T09:00:00+07:00");
    assert_eq!(b.dibuat_stempel(), Some(SEKARANG));
    assert_eq!(b.aplikasi, env!("CARGO_PKG_VERSION"));
    let kembali = Dataset {
        pegawai: b.data.pegawai,
        unit_kerja: b.data.unit_kerja,
        pengaturan: b.data.pengaturan.expect("a full file carries the settings"),
        ..Default::default()
    };
    assert_eq!(kembali.pegawai, d.pegawai);
    assert_eq!(kembali.unit_kerja, d.unit_kerja);
    assert_eq!(kembali.pengaturan, d.pengaturan);
    // And writing it again gives the very same bytes.
    assert_eq!(ekspor_lengkap(&kembali, SEKARANG, WIB), teks);
}

#[test]
fn the_envelope_is_written_in_the_documented_order_with_the_local_offset() {
    let teks = ekspor_lengkap(&Dataset::default(), SEKARANG, WIB);
    let awal = format!(
        r#"{{"format":"jenjang","versi_skema":{VERSI_SKEMA},"jenis":"lengkap","dibuat":"2026-11-22T09:00:00+07:00","aplikasi":"{}","data":{{"pegawai":[],"unit_kerja":[],"pengaturan":"#,
        env!("CARGO_PKG_VERSION")
    );
    assert!(teks.starts_with(&awal), "{teks}");
    assert_eq!(rfc3339_dengan_offset(SEKARANG, 8 * 60), "2026-11-22T10:00:00+08:00");
    assert_eq!(rfc3339_dengan_offset(SEKARANG, 9 * 60), "2026-11-22T11:00:00+09:00");
}

#[test]
fn an_empty_dataset_round_trips() {
    let teks = ekspor_lengkap(&Dataset::default(), SEKARANG, 0);
    let b = baca_berkas(teks.as_bytes(), &Dataset::default()).unwrap();
    assert_eq!(b.data, DataBerkas { pengaturan: Some(Default::default()), ..Default::default() });
}

#[test]
fn file_names_say_what_and_when() {
    let t = hari_ini();
    assert_eq!(nama_berkas(JenisBerkas::Lengkap, t, None), "jenjang-lengkap-2026-11-22.json");
    assert_eq!(
        nama_berkas(JenisBerkas::PenilaianMandiri, t, Some("198609262015051001")),
        "jenjang-pegawai-198609262015051001-2026-11-22.json"
    );
    assert_eq!(
        nama_berkas(JenisBerkas::Unit, t, Some("Bidang Pengadaan, Pemberhentian dan Informasi")),
        "jenjang-unit-bidang-pengadaan-pemberhentian-dan-informasi-2026-11-22.json"
    );
    assert_eq!(
        nama_berkas(JenisBerkas::Unit, t, Some("<script>alert(1)</script>/../../etc")),
        "jenjang-unit-script-alert-1-script-etc-2026-11-22.json"
    );
    assert_eq!(nama_berkas(JenisBerkas::Unit, t, Some("   ")), "jenjang-unit-2026-11-22.json");
    let panjang = nama_berkas(JenisBerkas::Unit, t, Some(&"Sangat Panjang Sekali ".repeat(20)));
    assert!(panjang.is_ascii() && panjang.len() <= "jenjang-unit--2026-11-22.json".len() + 60, "{panjang}");
}

// ---------------------------------------------------------------------------------------------
// Slices
// ---------------------------------------------------------------------------------------------

#[test]
fn self_assessment_file_holds_one_pegawai_and_the_units_its_references_need() {
    let d = dataset_contoh();
    let mut diperiksa = 0;
    for p in d.pegawai.iter().filter(|p| p.aktif()).step_by(23) {
        let teks = ekspor_pegawai(d, &p.id, SEKARANG, WIB).unwrap();
        let b = baca_berkas(teks.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
        assert_eq!(b.jenis, JenisBerkas::PenilaianMandiri);
        assert_eq!(b.data.pegawai, vec![p.clone()]);
        assert_eq!(b.data.pengaturan, None);
        let harapan = dengan_leluhur(d, rujukan(p));
        let didapat: HashSet<Id> = b.data.unit_kerja.iter().map(|u| u.id.clone()).collect();
        assert_eq!(didapat, harapan, "{}", p.nama);
        for u in &b.data.unit_kerja {
            assert!(d.unit_kerja.contains(u));
        }
        rujukan_lengkap_di_berkas(&b);
        diperiksa += 1;
    }
    assert!(diperiksa >= 10);
}

#[test]
fn self_assessment_of_a_missing_or_deleted_pegawai_is_none() {
    let d = dataset_contoh();
    let dihapus = d.pegawai.iter().find(|p| !p.aktif()).unwrap();
    assert_eq!(ekspor_pegawai(d, &dihapus.id, SEKARANG, WIB), None);
    assert_eq!(ekspor_pegawai(d, &Id::dari_byte_acak([9; 16]), SEKARANG, WIB), None);
}

#[test]
fn unit_file_holds_the_subtree_its_members_and_the_units_they_refer_to() {
    let mut d = dataset_contoh().clone();
    let sekretariat = d.unit_kerja[1].id.clone();
    // A deleted member: the deletion must travel in the unit file as a tombstone.
    let anggota = d.pegawai.iter().find(|p| p.aktif() && p.unit_kerja.as_ref() == Some(&d.unit_kerja[2].id)).unwrap();
    let anggota = anggota.id.clone();
    assert!(d.hapus_pegawai(&anggota, Stempel(SEKARANG.0 + 10)));

    let teks = ekspor_unit(&d, &sekretariat, SEKARANG, WIB).unwrap();
    let b = baca_berkas(teks.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b.jenis, JenisBerkas::Unit);
    assert_eq!(b.data.pengaturan, None);

    // The subtree: the Sekretariat and both Subbagian, the dissolved one as a tombstone.
    let subtree: HashSet<Id> = d.unit_kerja[1..=3].iter().map(|u| u.id.clone()).collect();
    assert!(!d.unit_kerja[3].aktif());
    let harapan_pegawai: Vec<&Pegawai> =
        d.pegawai.iter().filter(|p| p.unit_kerja.as_ref().is_some_and(|u| subtree.contains(u))).collect();
    assert!(harapan_pegawai.len() >= 10);
    assert_eq!(b.data.pegawai.iter().collect::<Vec<_>>(), harapan_pegawai);
    assert!(b.data.pegawai.iter().any(|p| p.id == anggota && !p.aktif()));

    let harapan_unit =
        dengan_leluhur(&d, subtree.iter().cloned().chain(harapan_pegawai.iter().flat_map(|p| rujukan(p))));
    let didapat: HashSet<Id> = b.data.unit_kerja.iter().map(|u| u.id.clone()).collect();
    assert_eq!(didapat, harapan_unit);
    assert!(didapat.contains(&d.unit_kerja[0].id), "the Badan, parent of the Sekretariat");
    rujukan_lengkap_di_berkas(&b);

    assert_eq!(ekspor_unit(&d, &d.unit_kerja[3].id, SEKARANG, WIB), None, "a dissolved unit");
}

#[test]
fn every_export_of_every_kind_validates_against_the_published_schema() {
    let d = dataset_contoh();
    let lengkap = ekspor_lengkap(d, SEKARANG, WIB);
    assert_eq!(menurut_skema(&lengkap), Vec::<String>::new());
    let pppk = d.pegawai.iter().find(|p| p.aktif() && p.status == StatusPegawai::Pppk).unwrap();
    for p in d.pegawai.iter().filter(|p| p.aktif()).step_by(29).chain([pppk]) {
        let teks = ekspor_pegawai(d, &p.id, SEKARANG, -180).unwrap();
        assert_eq!(menurut_skema(&teks), Vec::<String>::new(), "{}", p.nama);
    }
    for u in d.unit_kerja.iter().filter(|u| u.aktif()) {
        let teks = ekspor_unit(d, &u.id, SEKARANG, 570).unwrap();
        assert_eq!(menurut_skema(&teks), Vec::<String>::new(), "{}", u.nama);
    }
    assert_eq!(menurut_skema(&String::from_utf8(fixture("sah-kecil.json")).unwrap()), Vec::<String>::new());
}

#[test]
fn the_schema_refuses_files_that_break_it_so_the_check_can_fail() {
    let sah: Value = serde_json::from_slice(&fixture("sah-kecil.json")).unwrap();
    type Ubah = Box<dyn Fn(&mut Value)>;
    let salah: Vec<(&str, Ubah)> = vec![
        ("NIP of 17 digits", Box::new(|v| v["data"]["pegawai"][0]["nip"] = json!("19860926201505100"))),
        ("NIK of 15 digits", Box::new(|v| v["data"]["pegawai"][0]["nik"] = json!("327301260986000"))),
        ("golongan V/a", Box::new(|v| v["data"]["pegawai"][0]["riwayat_pangkat"][0]["golongan"] = json!("V/a"))),
        ("date without zero padding", Box::new(|v| v["data"]["pegawai"][0]["tanggal_lahir"] = json!("1986-9-26"))),
        ("month 13", Box::new(|v| v["data"]["pegawai"][0]["tanggal_lahir"] = json!("1986-13-26"))),
        ("id not a UUID", Box::new(|v| v["data"]["unit_kerja"][0]["id"] = json!("unit-1"))),
        ("missing format", Box::new(|v| drop(v.as_object_mut().unwrap().remove("format")))),
        ("newer versi_skema", Box::new(|v| v["versi_skema"] = json!(VERSI_SKEMA + 1))),
        ("older versi_skema", Box::new(|v| v["versi_skema"] = json!(1))),
        ("no instansi", Box::new(|v| drop(v["data"]["pengaturan"].as_object_mut().unwrap().remove("instansi")))),
        ("periode tahunan", Box::new(|v| v["data"]["pengaturan"]["instansi"]["periode_evaluasi"] = json!("tahunan"))),
        ("instansi.nama a number", Box::new(|v| v["data"]["pengaturan"]["instansi"]["nama"] = json!(7))),
        ("unknown jenis", Box::new(|v| v["jenis"] = json!("cadangan"))),
        ("dibuat without offset", Box::new(|v| v["dibuat"] = json!("2026-11-22T09:00:00"))),
        ("pengaturan in a unit file", Box::new(|v| v["jenis"] = json!("unit"))),
        ("unknown field", Box::new(|v| v["data"]["pegawai"][0]["nama_lengkap"] = json!("Budi"))),
        ("missing nama", Box::new(|v| drop(v["data"]["pegawai"][0].as_object_mut().unwrap().remove("nama")))),
        ("status honorer", Box::new(|v| v["data"]["pegawai"][1]["status"] = json!("HONORER"))),
        ("usia BUP 300", Box::new(|v| v["data"]["pengaturan"]["bup_fungsional"]["baris"][0]["usia"] = json!(300))),
        ("jenjang unknown", Box::new(|v| v["data"]["pegawai"][0]["riwayat_jabatan"][0]["jenjang"] = json!("ahli"))),
        ("tingkat unknown", Box::new(|v| v["data"]["pegawai"][0]["riwayat_pendidikan"][0]["tingkat"] = json!("SMA"))),
        (
            "jenis kenaikan unknown",
            Box::new(|v| v["data"]["pegawai"][0]["riwayat_pangkat"][0]["jenis_kenaikan"] = json!("kp")),
        ),
        ("jenis kelamin unknown", Box::new(|v| v["data"]["pegawai"][0]["jenis_kelamin"] = json!("L"))),
        (
            "jenis jabatan unknown",
            Box::new(|v| v["data"]["pegawai"][0]["riwayat_jabatan"][0]["jenis"] = json!("struktural")),
        ),
    ];
    for (apa, ubah) in salah {
        let mut v = sah.clone();
        ubah(&mut v);
        assert!(!menurut_skema(&v.to_string()).is_empty(), "the schema accepted a file with {apa}");
        // The reader refuses it too — except a version 1 file, which it migrates (§6.1); that
        // one already carries instansi, which version 1 does not know.
        let hasil = baca_berkas(v.to_string().as_bytes(), &Dataset::default());
        if apa == "older versi_skema" {
            assert!(matches!(hasil.unwrap_err()[..], [MasalahImpor::MigrasiGagal { dari: 1, .. }]));
        } else {
            assert!(hasil.is_err(), "the reader accepted {apa}");
        }
    }
    // The schema describes what Jenjang writes; the reader also takes the printed form of a
    // NIP (spaces), as the form does, and writes it back bare (exchange-format.md, "Kelonggaran").
    let mut v = sah.clone();
    v["data"]["pegawai"][0]["nip"] = json!("19860926 201505 1 001");
    assert!(!menurut_skema(&v.to_string()).is_empty());
    let b = baca_berkas(v.to_string().as_bytes(), &Dataset::default()).unwrap();
    assert_eq!(b.data.pegawai[0].nip.as_str(), "198609262015051001");
}

#[test]
fn the_example_in_the_documentation_is_a_valid_file() {
    let doc = fs::read_to_string(akar().join("docs/exchange-format.md")).unwrap();
    let sesudah = &doc[doc.find("## 8. Contoh").unwrap()..];
    let awal = sesudah.find("```json\n").unwrap() + "```json\n".len();
    let contoh = &sesudah[awal..awal + sesudah[awal..].find("```").unwrap()];
    assert_eq!(menurut_skema(contoh), Vec::<String>::new());
    let b = baca_berkas(contoh.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b.jenis, JenisBerkas::PenilaianMandiri);
    rujukan_lengkap_di_berkas(&b);
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    assert!(jsonschema::draft202012::meta::is_valid(&skema()));
}

#[test]
fn schema_enums_list_exactly_what_the_rust_types_write() {
    let s = skema();
    let enum_skema = |def: &str| -> Vec<String> {
        s["$defs"][def]["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    fn kode<T: serde::Serialize>(xs: impl IntoIterator<Item = T>) -> Vec<String> {
        xs.into_iter().map(|x| serde_json::to_value(x).unwrap().as_str().unwrap().to_string()).collect()
    }
    assert_eq!(enum_skema("status"), kode(StatusPegawai::SEMUA));
    assert_eq!(enum_skema("jenis_kelamin"), kode([JenisKelamin::Pria, JenisKelamin::Wanita]));
    assert_eq!(enum_skema("jenis_jabatan"), kode(JenisJabatan::SEMUA));
    assert_eq!(enum_skema("jenjang_fungsional"), kode(JenjangFungsional::semua()));
    assert_eq!(enum_skema("tingkat_pendidikan"), kode(TingkatPendidikan::semua()));
    assert_eq!(enum_skema("jenis_kenaikan"), kode(JenisKenaikanPangkat::SEMUA));
    assert_eq!(enum_skema("periode_evaluasi"), kode(PeriodeEvaluasi::SEMUA));
    // Schema 3: the settings' rounding assumption and the performance records.
    assert_eq!(enum_skema("pembulatan"), kode(Pembulatan::SEMUA));
    assert_eq!(enum_skema("rating"), kode(Rating::SEMUA));
    assert_eq!(enum_skema("nilai_berakhlak"), kode(NilaiBerakhlak::SEMUA));
    assert_eq!(enum_skema("pendekatan"), kode(Pendekatan::SEMUA));
    assert_eq!(enum_skema("jenis_rhk"), kode([JenisRhk::Utama, JenisRhk::Tambahan]));
    assert_eq!(enum_skema("aspek"), kode(Aspek::SEMUA));
    assert_eq!(enum_skema("perspektif"), kode(Perspektif::SEMUA));
    assert_eq!(enum_skema("status_skp"), kode([StatusSkp::Draf, StatusSkp::Diajukan, StatusSkp::Disetujui]));
    assert_eq!(enum_skema("predikat_organisasi"), kode(PredikatOrganisasi::SEMUA));
    assert_eq!(enum_skema("kanal"), kode(Kanal::SEMUA));
    let golongan: Vec<String> = kode(GolonganPns::semua()).into_iter().chain(kode(GolonganPppk::semua())).collect();
    assert_eq!(enum_skema("golongan"), golongan);
    let jenis: Vec<String> =
        s["properties"]["jenis"]["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    assert_eq!(jenis, kode(JenisBerkas::SEMUA));
    assert_eq!(s["properties"]["versi_skema"]["const"], json!(VERSI_SKEMA));
}

/// A record with every optional field filled in, as the app writes it.
fn berkas_penuh() -> Value {
    let mut v: Value = serde_json::from_slice(&fixture("sah-kecil.json")).unwrap();
    v["data"]["pegawai"][0]["dihapus_pada"] = json!("2026-11-21T00:00:00.000Z");
    v["data"]["pegawai"][0]["riwayat_jabatan"][0]["tanggal_sk"] = json!("2015-12-20");
    v["data"]["unit_kerja"][1]["dihapus_pada"] = json!("2026-11-21T00:00:00.000Z");
    v["data"]["pengaturan"]["asumsi_distribusi"] =
        json!({"pembulatan_maksimal": "terdekat", "pembulatan_minimal": "bawah"});
    v["data"]["pengaturan"]["koefisien_ak"] =
        json!({"baris": [{"jenjang": "ahli-pertama", "koefisien_per_seribu": 12500}]});
    v
}

#[test]
fn schema_fields_and_required_lists_agree_with_the_reader_and_the_rust_types() {
    let s = skema();
    let penuh = berkas_penuh();
    let b = baca_berkas(penuh.to_string().as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    let d = Dataset {
        pegawai: b.data.pegawai,
        unit_kerja: b.data.unit_kerja,
        pengaturan: b.data.pengaturan.unwrap(),
        ..Default::default()
    };
    let ditulis: Value = serde_json::from_str(&ekspor_lengkap(&d, SEKARANG, WIB)).unwrap();

    // (schema definition, JSON pointer of a full record in the written file)
    let rekaman = [
        ("pegawai", "/data/pegawai/0"),
        ("unit_kerja", "/data/unit_kerja/1"),
        ("riwayat_pangkat", "/data/pegawai/0/riwayat_pangkat/0"),
        ("riwayat_jabatan", "/data/pegawai/0/riwayat_jabatan/0"),
        ("riwayat_pendidikan", "/data/pegawai/0/riwayat_pendidikan/0"),
        ("pengaturan", "/data/pengaturan"),
        ("instansi", "/data/pengaturan/instansi"),
        ("asumsi_distribusi", "/data/pengaturan/asumsi_distribusi"),
        ("koefisien_ak", "/data/pengaturan/koefisien_ak"),
    ];
    for (def, penunjuk) in rekaman {
        let properti: HashSet<String> = s["$defs"][def]["properties"].as_object().unwrap().keys().cloned().collect();
        let wajib: HashSet<String> =
            s["$defs"][def]["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
        let kunci: HashSet<String> = ditulis.pointer(penunjuk).unwrap().as_object().unwrap().keys().cloned().collect();
        assert_eq!(properti, kunci, "{def}: schema properties vs the fields Rust writes");
        for medan in &properti {
            let mut v = penuh.clone();
            v.pointer_mut(penunjuk).unwrap().as_object_mut().unwrap().remove(medan);
            let hasil = baca_berkas(v.to_string().as_bytes(), &Dataset::default());
            if wajib.contains(medan) {
                let m = hasil.expect_err(&format!("{def}.{medan} is required"));
                assert!(
                    m.iter().any(|x| matches!(x, MasalahImpor::MedanWajibTidakAda { lokasi }
                        if lokasi.medan.as_deref().is_some_and(|p| p.ends_with(medan.as_str())))),
                    "{def}.{medan}: {}",
                    pesan(&m)
                );
                assert!(!menurut_skema(&v.to_string()).is_empty(), "{def}.{medan}");
            } else {
                assert!(hasil.is_ok(), "{def}.{medan} is optional: {}", pesan(&hasil.err().unwrap()));
                assert!(menurut_skema(&v.to_string()).is_empty(), "{def}.{medan}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The corpus of malformed and hostile files
// ---------------------------------------------------------------------------------------------

#[test]
fn the_small_valid_fixture_is_accepted() {
    let b = baca_fixture("sah-kecil.json").unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!((b.data.pegawai.len(), b.data.unit_kerja.len()), (2, 2));
    assert_eq!(b.data.pegawai[0].nip.as_str(), "198609262015051001");
}

#[test]
fn a_file_over_50_mib_is_refused_before_parsing_with_its_size_and_the_limit() {
    let dir = std::env::temp_dir().join(format!("jenjang-pertukaran-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let jalur = dir.join("besar.json");
    // A valid file padded with spaces: only the size is wrong with it.
    let mut isi = fixture("sah-kecil.json");
    isi.resize(BATAS_UKURAN + 1, b' ');
    fs::write(&jalur, &isi).unwrap();
    let byte = fs::read(&jalur).unwrap();
    fs::remove_dir_all(&dir).unwrap();
    let m = baca_berkas(&byte, &Dataset::default()).unwrap_err();
    assert_eq!(m, vec![MasalahImpor::TerlaluBesar { ukuran: 52_428_801, batas: 52_428_800 }]);
    assert!(m[0].pesan_id().contains("50,0 MB"), "{}", m[0].pesan_id());
    assert!(m[0].pesan_id().contains("52428801 byte"));
    assert!(m[0].pesan_en().contains("50.0 MB"));
    // Exactly at the limit it is read.
    let mut pas = byte;
    pas.truncate(BATAS_UKURAN);
    assert!(baca_berkas(&pas, &Dataset::default()).is_ok());
}

#[test]
fn an_empty_file_is_reported_as_empty() {
    assert_eq!(satu_masalah("kosong.json"), MasalahImpor::BerkasKosong);
    assert_eq!(baca_berkas(b" \n\t ", &Dataset::default()), Err(vec![MasalahImpor::BerkasKosong]));
}

#[test]
fn truncated_json_is_reported_as_cut_short_with_line_and_column() {
    let m = satu_masalah("terpotong.json");
    let MasalahImpor::JsonTerpotong { baris, kolom } = m else { panic!("{m:?}") };
    let teks = String::from_utf8(fixture("terpotong.json")).unwrap();
    assert_eq!(baris, teks.lines().count());
    assert!(kolom > 0);
    assert!(m.pesan_id().contains("terpotong"), "{}", m.pesan_id());
}

#[test]
fn a_csv_given_as_json_is_not_json_at_line_1_column_1() {
    let m = satu_masalah("bukan-json-csv.json");
    assert_eq!(m, MasalahImpor::BukanJson { baris: 1, kolom: 1, rincian: "expected value".into() });
    assert_eq!(m.pesan_id(), "Berkas bukan JSON yang sah: diharapkan sebuah nilai pada baris 1, kolom 1.");
}

#[test]
fn text_after_the_json_is_not_json() {
    let m = satu_masalah("sampah-setelah-json.json");
    assert!(matches!(&m, MasalahImpor::BukanJson { rincian, .. } if rincian == "trailing characters"), "{m:?}");
}

#[test]
fn an_array_at_the_top_is_not_a_jenjang_file() {
    assert_eq!(satu_masalah("daftar-kosong.json"), MasalahImpor::BukanObjek { ditemukan: JenisJson::Daftar });
}

#[test]
fn a_number_at_the_top_is_not_a_jenjang_file() {
    assert_eq!(satu_masalah("angka.json"), MasalahImpor::BukanObjek { ditemukan: JenisJson::BilanganBulat });
}

#[test]
fn another_format_string_is_not_a_jenjang_file() {
    let m = satu_masalah("format-salah.json");
    assert_eq!(m, MasalahImpor::BukanBerkasJenjang { format: Some("\"excel\"".into()) });
    assert_eq!(tempat(&m.lokasi()), (None, None, Some("format")));
}

#[test]
fn a_missing_format_is_not_a_jenjang_file() {
    assert_eq!(satu_masalah("format-tidak-ada.json"), MasalahImpor::BukanBerkasJenjang { format: None });
}

#[test]
fn schema_version_zero_is_not_a_valid_version() {
    let m = satu_masalah("versi-skema-0.json");
    assert_eq!(m, MasalahImpor::VersiSkemaTidakValid { nilai: Some("0".into()) });
    assert_eq!(tempat(&m.lokasi()), (None, None, Some("versi_skema")));
}

#[test]
fn schema_version_as_text_is_not_a_valid_version() {
    assert_eq!(
        satu_masalah("versi-skema-teks.json"),
        MasalahImpor::VersiSkemaTidakValid { nilai: Some("\"1\"".into()) }
    );
}

#[test]
fn a_missing_schema_version_is_reported() {
    assert_eq!(satu_masalah("versi-skema-tidak-ada.json"), MasalahImpor::VersiSkemaTidakValid { nilai: None });
}

#[test]
fn a_newer_schema_version_is_refused_naming_the_version_needed() {
    let m = satu_masalah("versi-skema-99.json");
    assert_eq!(m, MasalahImpor::VersiSkemaLebihBaru { versi: 99, didukung: VERSI_SKEMA });
    let id = m.pesan_id().to_lowercase();
    assert!(id.contains("berkas ini dibuat oleh jenjang dengan versi skema 99"), "{id}");
    assert!(id.contains("perbarui jenjang ke versi yang mendukung skema 99"), "{id}");
    assert!(m.pesan_en().contains("Update Jenjang to a version that supports schema 99"));
}

#[test]
fn an_unknown_jenis_is_reported_with_the_choices() {
    let m = satu_masalah("jenis-tidak-dikenal.json");
    assert_eq!(m, MasalahImpor::JenisTidakDikenal { nilai: Some("\"cadangan\"".into()) });
    assert!(m.pesan_id().contains("lengkap, penilaian-mandiri, unit"), "{}", m.pesan_id());
}

#[test]
fn a_creation_time_that_is_not_rfc_3339_is_reported() {
    let m = satu_masalah("dibuat-salah.json");
    assert_eq!(m, MasalahImpor::DibuatTidakValid { nilai: Some("\"22/11/2026 09:00\"".into()) });
    assert_eq!(tempat(&m.lokasi()), (None, None, Some("dibuat")));
}

#[test]
fn a_file_without_data_is_reported() {
    assert_eq!(satu_masalah("data-tidak-ada.json"), MasalahImpor::DataTidakAda);
}

#[test]
fn data_as_a_string_is_reported() {
    assert_eq!(satu_masalah("data-teks.json"), MasalahImpor::DataBukanObjek { ditemukan: JenisJson::Teks });
}

#[test]
fn a_pegawai_collection_that_is_not_an_array_is_reported() {
    let m = satu_masalah("pegawai-bukan-daftar.json");
    assert_eq!(m, MasalahImpor::KoleksiBukanDaftar { koleksi: "pegawai".into(), ditemukan: JenisJson::Objek });
    assert_eq!(tempat(&m.lokasi()), (Some("pegawai"), None, None));
}

#[test]
fn a_record_that_is_a_string_is_reported_at_its_index() {
    let m = satu_masalah("rekaman-teks.json");
    let MasalahImpor::RekamanBukanObjek { lokasi, ditemukan } = &m else { panic!("{m:?}") };
    assert_eq!((tempat(lokasi), *ditemukan), ((Some("pegawai"), Some(1), None), JenisJson::Teks));
    assert_eq!(m.pesan_id(), "Pegawai ke-2: rekaman harus objek, bukan teks.");
}

#[test]
fn a_missing_name_is_a_missing_required_field_of_that_record() {
    let m = satu_masalah("nama-tidak-ada.json");
    let MasalahImpor::MedanWajibTidakAda { lokasi } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("nama")));
    assert_eq!(lokasi.id.as_deref(), Some("2d8b5e3c-7f4a-4b9c-8dbe-3f4a5b6c7d8e"));
    assert_eq!(
        m.pesan_id(),
        "Pegawai ke-1 (id 2d8b5e3c-7f4a-4b9c-8dbe-3f4a5b6c7d8e), kolom nama: kolom wajib ini tidak ada."
    );
}

#[test]
fn a_birth_date_given_as_a_number_is_the_wrong_type() {
    let m = satu_masalah("tanggal-lahir-angka.json");
    let MasalahImpor::TipeSalah { lokasi, ditemukan, diharapkan } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("tanggal_lahir")));
    assert_eq!((*ditemukan, *diharapkan), (JenisJson::BilanganBulat, JenisJson::Teks));
    assert!(m.pesan_id().contains("\"Budi Santoso\""), "{}", m.pesan_id());
}

#[test]
fn the_29th_of_february_2023_is_an_invalid_date_with_the_domain_message() {
    let m = satu_masalah("tanggal-lahir-29-februari-2023.json");
    let MasalahImpor::NilaiTidakValid { lokasi, rincian_id, rincian_en } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(1), Some("tanggal_lahir")));
    assert_eq!(rincian_id, "tanggal tidak valid: \"2023-02-29\" (harus TTTT-BB-HH)");
    assert!(rincian_en.contains("not a valid date"));
}

#[test]
fn a_nip_with_the_30th_of_february_is_invalid_with_the_nip_message() {
    let m = satu_masalah("nip-tanggal-lahir-30-februari.json");
    let MasalahImpor::NilaiTidakValid { lokasi, rincian_id, rincian_en } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("nip")));
    assert_eq!(rincian_id, "Tanggal lahir pada NIP (digit 1–8) tidak valid: 19860230");
    assert_eq!(rincian_en, "Date of birth in the NIP (digits 1–8) is not a valid date: 19860230");
}

#[test]
fn a_nip_with_birth_month_13_is_invalid() {
    let m = satu_masalah("nip-bulan-lahir-13.json");
    let MasalahImpor::NilaiTidakValid { lokasi, rincian_id, .. } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("nip")));
    assert!(rincian_id.contains("19861326"), "{rincian_id}");
}

#[test]
fn a_pns_nip_with_tmt_month_13_is_invalid_although_it_would_pass_as_a_ni_pppk() {
    let m = satu_masalah("nip-bulan-tmt-13.json");
    let MasalahImpor::NilaiTidakValid { lokasi, rincian_id, .. } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("nip")));
    assert!(rincian_id.contains("Bulan TMT CPNS (digit 13–14) harus 01–12, bukan 13"), "{rincian_id}");
    assert!(rincian_id.contains("status PNS"), "{rincian_id}");
}

#[test]
fn an_invalid_nik_is_reported_with_the_nik_message() {
    let m = satu_masalah("nik-tanggal-salah.json");
    let MasalahImpor::NilaiTidakValid { lokasi, rincian_id, rincian_en } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("nik")));
    assert!(rincian_id.starts_with("Tanggal lahir pada NIK") && rincian_id.ends_with("320986"), "{rincian_id}");
    assert!(rincian_en.starts_with("Date of birth in the NIK"), "{rincian_en}");
}

#[test]
fn an_id_that_is_not_a_uuid_is_invalid() {
    let m = satu_masalah("uuid-salah.json");
    let MasalahImpor::NilaiTidakValid { lokasi, rincian_id, .. } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("id")));
    assert_eq!(lokasi.id.as_deref(), Some("budi-santoso-1"));
    assert_eq!(rincian_id, "id bukan UUID: \"budi-santoso-1\"");
}

#[test]
fn an_unknown_golongan_lists_the_codes_that_exist() {
    let m = satu_masalah("golongan-tidak-dikenal.json");
    let MasalahImpor::NilaiTidakDikenal { lokasi, nilai, pilihan } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("riwayat_pangkat[0].golongan")));
    assert_eq!(nilai, "V/a");
    assert_eq!(pilihan.len(), 34);
    assert!(m.pesan_id().contains("kolom riwayat_pangkat ke-1 › golongan"), "{}", m.pesan_id());
}

#[test]
fn an_unknown_status_lists_the_statuses() {
    let m = satu_masalah("status-tidak-dikenal.json");
    let MasalahImpor::NilaiTidakDikenal { lokasi, nilai, pilihan } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(1), Some("status")));
    assert_eq!((nilai.as_str(), pilihan.clone()), ("Honorer", vec!["CPNS".to_string(), "PNS".into(), "PPPK".into()]));
    assert!(m.pesan_id().ends_with("nilai \"Honorer\" tidak dikenal; pilihan: CPNS, PNS, PPPK."), "{}", m.pesan_id());
}

#[test]
fn a_fractional_graduation_year_is_the_wrong_type() {
    let m = satu_masalah("tahun-lulus-pecahan.json");
    let MasalahImpor::TipeSalah { lokasi, ditemukan, diharapkan } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("riwayat_pendidikan[0].tahun_lulus")));
    assert_eq!((*ditemukan, *diharapkan), (JenisJson::Pecahan, JenisJson::BilanganBulat));
}

#[test]
fn an_unknown_field_is_reported_instead_of_being_dropped() {
    let m = satu_masalah("medan-tidak-dikenal.json");
    let MasalahImpor::MedanTidakDikenal { lokasi } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("nama_lengkap")));
}

#[test]
fn a_key_written_twice_in_one_object_is_reported_with_its_position() {
    let m = satu_masalah("kunci-ganda.json");
    let MasalahImpor::KunciGanda { baris, kunci, .. } = &m else { panic!("{m:?}") };
    assert_eq!(kunci, "nama");
    let teks = String::from_utf8(fixture("kunci-ganda.json")).unwrap();
    let baris_harapan = teks.lines().position(|l| l.contains("Siti Aminah")).unwrap() + 1;
    assert_eq!(*baris, baris_harapan);
}

#[test]
fn duplicate_ids_in_a_collection_name_both_records() {
    let m = satu_masalah("id-ganda.json");
    let MasalahImpor::IdGanda { lokasi, indeks_pertama } = &m else { panic!("{m:?}") };
    assert_eq!((tempat(lokasi), *indeks_pertama), ((Some("pegawai"), Some(1), Some("id")), 0));
    assert!(m.pesan_id().starts_with("Pegawai ke-2 \"Siti Rahayu\""), "{}", m.pesan_id());
    assert!(m.pesan_id().contains("pegawai ke-1"), "{}", m.pesan_id());
}

#[test]
fn a_duplicate_nip_between_two_active_pegawai_is_reported() {
    let m = satu_masalah("nip-ganda.json");
    let MasalahImpor::NipGanda { lokasi, nip, indeks_pertama } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(1), Some("nip")));
    assert_eq!((nip.as_str(), *indeks_pertama), ("198609262015051001", 0));
}

#[test]
fn a_duplicate_nip_of_a_deleted_pegawai_is_allowed() {
    let mut v: Value = serde_json::from_slice(&fixture("nip-ganda.json")).unwrap();
    v["data"]["pegawai"][0]["dihapus_pada"] = json!("2026-11-21T00:00:00.000Z");
    assert!(baca_berkas(v.to_string().as_bytes(), &Dataset::default()).is_ok());
}

#[test]
fn a_pegawai_unit_that_exists_nowhere_is_a_dangling_reference() {
    let m = satu_masalah("rujukan-unit-pegawai.json");
    let MasalahImpor::RujukanTidakAda { lokasi, id_dirujuk } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(1), Some("unit_kerja")));
    assert_eq!(id_dirujuk, "deadbeef-0000-4000-8000-000000000000");
}

#[test]
fn a_parent_unit_that_exists_nowhere_is_a_dangling_reference() {
    let m = satu_masalah("rujukan-induk.json");
    let MasalahImpor::RujukanTidakAda { lokasi, .. } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("unit_kerja"), Some(1), Some("induk")));
    assert_eq!(lokasi.nama.as_deref(), Some("Bidang Mutasi dan Promosi"));
}

#[test]
fn a_riwayat_jabatan_unit_that_exists_nowhere_is_a_dangling_reference() {
    let m = satu_masalah("rujukan-riwayat-jabatan.json");
    let MasalahImpor::RujukanTidakAda { lokasi, .. } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pegawai"), Some(0), Some("riwayat_jabatan[0].unit_kerja")));
    assert!(m.pesan_id().contains("kolom riwayat_jabatan ke-1 › unit_kerja"), "{}", m.pesan_id());
}

#[test]
fn a_reference_to_a_unit_in_the_current_data_resolves() {
    let mut ada = Dataset::default();
    ada.tambah_unit(Id::parse("deadbeef-0000-4000-8000-000000000000").unwrap(), "Unit lama".into(), None, SEKARANG);
    for nama in ["rujukan-unit-pegawai.json", "rujukan-induk.json", "rujukan-riwayat-jabatan.json"] {
        let hasil = baca_berkas(&fixture(nama), &ada);
        assert!(hasil.is_ok(), "{nama}: {}", pesan(&hasil.err().unwrap()));
    }
    // A deleted unit still counts: a riwayat jabatan keeps naming a dissolved unit.
    ada.unit_kerja[0].dihapus_pada = Some(SEKARANG);
    assert!(baca_berkas(&fixture("rujukan-riwayat-jabatan.json"), &ada).is_ok());
}

#[test]
fn units_whose_parents_form_a_cycle_are_each_reported() {
    let m = baca_fixture("induk-melingkar.json").unwrap_err();
    let tempat_semua: Vec<_> = m
        .iter()
        .map(|x| match x {
            MasalahImpor::IndukMelingkar { lokasi } => (lokasi.rekaman, lokasi.medan.clone()),
            lain => panic!("{lain:?}"),
        })
        .collect();
    assert_eq!(tempat_semua, vec![(Some(0), Some("induk".into())), (Some(1), Some("induk".into()))]);
}

#[test]
fn settings_in_a_unit_file_are_refused() {
    let m = satu_masalah("pengaturan-di-berkas-unit.json");
    assert_eq!(m, MasalahImpor::PengaturanDiLuarBerkasLengkap { jenis: JenisBerkas::Unit });
    assert_eq!(tempat(&m.lokasi()), (Some("pengaturan"), None, None));
}

#[test]
fn nesting_200_levels_deep_is_refused_with_its_own_message() {
    let m = satu_masalah("bersarang-200.json");
    let teks = String::from_utf8(fixture("bersarang-200.json")).unwrap();
    let baris = teks.lines().position(|l| l.contains("[[[[")).unwrap() + 1;
    assert!(matches!(m, MasalahImpor::TerlaluDalam { baris: b, .. } if b == baris), "{m:?}");
    assert!(m.pesan_id().contains("terlalu dalam"));
}

#[test]
fn nesting_far_deeper_than_the_limit_does_not_overflow_the_stack() {
    let dalam = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let m = baca_berkas(dalam.as_bytes(), &Dataset::default()).unwrap_err();
    assert!(matches!(m[..], [MasalahImpor::TerlaluDalam { baris: 1, .. }]), "{m:?}");
    let objek = format!("{}1{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    assert!(matches!(
        baca_berkas(objek.as_bytes(), &Dataset::default()).unwrap_err()[..],
        [MasalahImpor::TerlaluDalam { .. }]
    ));
}

#[test]
fn invalid_utf8_is_reported_at_its_byte_offset() {
    let byte = fixture("bukan-utf8.json");
    let posisi = byte.iter().position(|&b| b == 0xFF).unwrap();
    assert_eq!(satu_masalah("bukan-utf8.json"), MasalahImpor::BukanUtf8 { posisi_byte: posisi, mungkin_utf16: false });
    // After a BOM the offset still counts from the start of the file.
    let mut dengan_bom = b"\xEF\xBB\xBF".to_vec();
    dengan_bom.extend_from_slice(&byte);
    assert_eq!(
        baca_berkas(&dengan_bom, &Dataset::default()),
        Err(vec![MasalahImpor::BukanUtf8 { posisi_byte: posisi + 3, mungkin_utf16: false }])
    );
}

#[test]
fn a_utf16_file_is_recognised_and_the_user_told_to_save_it_as_utf8() {
    let m = satu_masalah("utf16.json");
    assert_eq!(m, MasalahImpor::BukanUtf8 { posisi_byte: 0, mungkin_utf16: true });
    assert!(m.pesan_id().contains("UTF-16"));
}

#[test]
fn a_utf8_bom_is_skipped_and_the_file_accepted() {
    let b = baca_fixture("bom-sah.json").unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b, baca_fixture("sah-kecil.json").unwrap());
}

#[test]
fn script_and_html_in_every_text_field_are_plain_text_and_round_trip_unchanged() {
    let b = baca_fixture("muatan-skrip-html.json").unwrap_or_else(|m| panic!("{}", pesan(&m)));
    let skrip = "<script>alert(1)</script>";
    let img = "<img src=x onerror=alert(1)>";
    assert_eq!(b.aplikasi, skrip);
    let p = &b.data.pegawai[0];
    assert_eq!(
        [&p.nama, &p.gelar_depan, &p.gelar_belakang, &p.tempat_lahir],
        [skrip, img, "\"><svg onload=alert(1)>", "javascript:alert(1)"]
    );
    assert_eq!(p.riwayat_pangkat[0].nomor_sk, "{{7*7}} ${7*7}");
    assert_eq!(
        (p.riwayat_jabatan[0].nama.as_str(), p.riwayat_jabatan[0].nomor_sk.as_str()),
        (img, "'; DROP TABLE pegawai; --")
    );
    assert_eq!(p.riwayat_pendidikan[0].jurusan, "Ω≈ç√ 日本語 🙂 \u{200b}");
    assert_eq!(p.riwayat_pendidikan[0].institusi, skrip);
    assert_eq!(b.data.pegawai[1].nama, img);
    assert_eq!([&b.data.unit_kerja[0].nama, &b.data.unit_kerja[1].nama], [skrip, img]);

    let d = Dataset {
        pegawai: b.data.pegawai.clone(),
        unit_kerja: b.data.unit_kerja.clone(),
        pengaturan: b.data.pengaturan.clone().unwrap(),
        ..Default::default()
    };
    let lagi = baca_berkas(ekspor_lengkap(&d, SEKARANG, WIB).as_bytes(), &Dataset::default()).unwrap();
    assert_eq!(lagi.data, b.data);
    // And in a unit file's name it is only a slug.
    assert_eq!(
        nama_berkas(JenisBerkas::Unit, hari_ini(), Some(img)),
        "jenjang-unit-img-src-x-onerror-alert-1-2026-11-22.json"
    );
}

#[test]
fn every_problem_of_one_record_is_reported_not_only_the_first() {
    let m = baca_fixture("banyak-masalah-satu-pegawai.json").unwrap_err();
    let mut didapat: Vec<(&str, Option<String>)> = m
        .iter()
        .map(|x| {
            let jenis = match x {
                MasalahImpor::MedanWajibTidakAda { .. } => "wajib",
                MasalahImpor::NilaiTidakValid { .. } => "tidak valid",
                MasalahImpor::NilaiTidakDikenal { .. } => "tidak dikenal",
                MasalahImpor::TipeSalah { .. } => "tipe salah",
                lain => panic!("{lain:?}"),
            };
            assert_eq!(x.lokasi().rekaman, Some(1));
            (jenis, x.lokasi().medan)
        })
        .collect();
    let mut harapan: Vec<(&str, Option<String>)> = [
        ("wajib", "nama"),
        ("tidak valid", "tanggal_lahir"),
        ("tidak dikenal", "status"),
        ("wajib", "riwayat_pangkat[0].tmt"),
        ("tipe salah", "riwayat_pangkat[1]"),
    ]
    .into_iter()
    .map(|(j, m)| (j, Some(m.to_string())))
    .collect();
    harapan.sort();
    didapat.sort();
    assert_eq!(didapat, harapan, "{}", pesan(&m));
}

#[test]
fn problems_are_capped_and_the_rest_counted() {
    let rekaman = vec![json!("bukan objek"); 5000];
    let mut v: Value = serde_json::from_slice(&fixture("sah-kecil.json")).unwrap();
    v["data"]["pegawai"] = Value::Array(rekaman);
    let m = baca_berkas(v.to_string().as_bytes(), &Dataset::default()).unwrap_err();
    assert_eq!(m.len(), BATAS_MASALAH + 1);
    assert_eq!(m.last(), Some(&MasalahImpor::TerlaluBanyakMasalah { ditampilkan: BATAS_MASALAH, total: 5000 }));
}

#[test]
fn envelope_problems_are_all_reported_together() {
    let mut v: Value = serde_json::from_slice(&fixture("sah-kecil.json")).unwrap();
    v["jenis"] = json!(3);
    v["dibuat"] = json!(null);
    v["aplikasi"] = json!(["0.1.0"]);
    v["tambahan"] = json!(true);
    v["data"]["unit_kerja"] = json!("none");
    let m = baca_berkas(v.to_string().as_bytes(), &Dataset::default()).unwrap_err();
    assert_eq!(
        m,
        vec![
            MasalahImpor::MedanTidakDikenal { lokasi: Lokasi { medan: Some("tambahan".into()), ..Default::default() } },
            MasalahImpor::JenisTidakDikenal { nilai: Some("3".into()) },
            MasalahImpor::DibuatTidakValid { nilai: Some("null".into()) },
            MasalahImpor::AplikasiTidakValid { nilai: Some("daftar (array)".into()) },
            MasalahImpor::KoleksiBukanDaftar { koleksi: "unit_kerja".into(), ditemukan: JenisJson::Teks },
            // With no unit in the file, the pegawai's units dangle.
            MasalahImpor::RujukanTidakAda {
                lokasi: Lokasi {
                    koleksi: Some("pegawai".into()),
                    rekaman: Some(0),
                    id: Some("2d8b5e3c-7f4a-4b9c-8dbe-3f4a5b6c7d8e".into()),
                    nama: Some("Budi Santoso".into()),
                    medan: Some("unit_kerja".into()),
                },
                id_dirujuk: "1c7a4d2b-6e3f-4a8b-9cad-2e3f4a5b6c7d".into(),
            },
            MasalahImpor::RujukanTidakAda {
                lokasi: Lokasi {
                    koleksi: Some("pegawai".into()),
                    rekaman: Some(0),
                    id: Some("2d8b5e3c-7f4a-4b9c-8dbe-3f4a5b6c7d8e".into()),
                    nama: Some("Budi Santoso".into()),
                    medan: Some("riwayat_jabatan[0].unit_kerja".into()),
                },
                id_dirujuk: "1c7a4d2b-6e3f-4a8b-9cad-2e3f4a5b6c7d".into(),
            },
            MasalahImpor::RujukanTidakAda {
                lokasi: Lokasi {
                    koleksi: Some("pegawai".into()),
                    rekaman: Some(1),
                    id: Some("3e9c6f4d-8a5b-4cad-9ecf-4a5b6c7d8e9f".into()),
                    nama: Some("Siti Rahayu".into()),
                    medan: Some("unit_kerja".into()),
                },
                id_dirujuk: "0b6f3c1a-5d2e-4f7a-8b9c-1d2e3f4a5b6c".into(),
            },
        ],
        "{}",
        pesan(&m)
    );
}

#[test]
fn every_fixture_file_is_asserted_by_a_test() {
    let sumber = [include_str!("pertukaran.rs"), include_str!("penyimpanan.rs")].concat();
    for folder in ["tests/fixtures/impor", "tests/fixtures/migrasi"] {
        for entri in fs::read_dir(akar().join(folder)).unwrap() {
            let nama = entri.unwrap().file_name().into_string().unwrap();
            if nama.ends_with(".md") {
                continue;
            }
            assert!(sumber.contains(&format!("\"{nama}\"")), "{folder}/{nama} is not used by any test");
        }
    }
}

#[test]
fn the_fast_path_and_the_thorough_path_read_every_fixture_and_export_alike() {
    let d = dataset_contoh();
    let mut berkas: Vec<(String, Vec<u8>)> = Vec::new();
    for folder in ["tests/fixtures/impor", "tests/fixtures/migrasi"] {
        for entri in fs::read_dir(akar().join(folder)).unwrap() {
            let jalur = entri.unwrap().path();
            berkas.push((jalur.display().to_string(), fs::read(&jalur).unwrap()));
        }
    }
    berkas.push(("lengkap".into(), ekspor_lengkap(d, SEKARANG, WIB).into_bytes()));
    for p in d.pegawai.iter().filter(|p| p.aktif()).step_by(41) {
        berkas.push((p.nama.clone(), ekspor_pegawai(d, &p.id, SEKARANG, WIB).unwrap().into_bytes()));
    }
    for u in d.unit_kerja.iter().filter(|u| u.aktif()) {
        berkas.push((u.nama.clone(), ekspor_unit(d, &u.id, SEKARANG, WIB).unwrap().into_bytes()));
    }
    let mut diterima = 0;
    for ada in [Dataset::default(), d.clone()] {
        for (nama, byte) in &berkas {
            let hasil = baca_berkas(byte, &ada);
            assert_eq!(hasil, baca_berkas_teliti(byte, &ada), "{nama}");
            diterima += usize::from(hasil.is_ok());
        }
    }
    assert!(diterima > 20, "{diterima}");
}

#[test]
fn reading_the_whole_corpus_leaves_stored_data_byte_for_byte_unchanged() {
    let s = PenyimpananMemori::default();
    simpan(&s, dataset_contoh(), &Koleksi::SEMUA).unwrap();
    let sebelum = s.isi.borrow().clone();
    let ada = muat(&s).unwrap();
    for entri in fs::read_dir(akar().join("tests/fixtures/impor")).unwrap() {
        let byte = fs::read(entri.unwrap().path()).unwrap();
        let _ = baca_berkas(&byte, &ada);
    }
    assert_eq!(*s.isi.borrow(), sebelum);
    assert_eq!(&ada, dataset_contoh());
}

// ---------------------------------------------------------------------------------------------
// Migration: schema version 1 files (issue 3: "keep at least one real migration with a fixture
// file of the older version"). The fixtures in tests/fixtures/migrasi/ were written by the
// version 1 code (commit "Migration fixtures written by the schema-1 code").
// ---------------------------------------------------------------------------------------------

fn migrasi_fixture(nama: &str) -> Vec<u8> {
    fs::read(akar().join("tests/fixtures/migrasi").join(nama)).unwrap_or_else(|e| panic!("{nama}: {e}"))
}

fn instansi(nama: &str) -> Instansi {
    Instansi { nama: nama.into(), tempat: String::new(), periode_evaluasi: PeriodeEvaluasi::Triwulanan }
}

/// Reads a version 1 fixture (migrated 1 → 2 → 3 on the way in), checks that it says version
/// 1, and writes what was read back as a full export of the current version.
fn impor_v1(nama: &str) -> (Value, Berkas, Value) {
    let byte = migrasi_fixture(nama);
    let v1: Value = serde_json::from_slice(&byte).unwrap();
    assert_eq!(v1["versi_skema"], json!(1), "{nama} is a version 1 file");
    let b = baca_berkas(&byte, &Dataset::default()).unwrap_or_else(|m| panic!("{nama}: {}", pesan(&m)));
    let d = Dataset {
        pegawai: b.data.pegawai.clone(),
        unit_kerja: b.data.unit_kerja.clone(),
        pengaturan: b.data.pengaturan.clone().unwrap_or_default(),
        ..Default::default()
    };
    let v2: Value = serde_json::from_str(&ekspor_lengkap(&d, SEKARANG, WIB)).unwrap();
    (v1, b, v2)
}

#[test]
fn a_full_v1_export_imports_as_v2_with_instansi_named_after_the_root_unit_and_nothing_else_changed() {
    let (v1, b, v2) = impor_v1("lengkap-v1.json");
    assert_eq!(b.jenis, JenisBerkas::Lengkap);
    assert_eq!((b.data.pegawai.len(), b.data.unit_kerja.len()), (48, 8));
    assert!(b.data.pegawai.iter().any(|p| !p.aktif()) && b.data.unit_kerja.iter().any(|u| !u.aktif()));
    let pengaturan = b.data.pengaturan.as_ref().unwrap();
    assert_eq!(pengaturan.instansi, instansi("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"));
    assert_eq!(pengaturan.bup_fungsional.usia(JenjangFungsional::AhliMadya), 62, "the edited BUP survives");
    // Every record, and the BUP table, exactly as the version 1 file had them.
    assert_eq!(v2["data"]["pegawai"], v1["data"]["pegawai"]);
    assert_eq!(v2["data"]["unit_kerja"], v1["data"]["unit_kerja"]);
    assert_eq!(v2["data"]["pengaturan"]["bup_fungsional"], v1["data"]["pengaturan"]["bup_fungsional"]);
    assert_eq!(
        v2["data"]["pengaturan"]["instansi"],
        json!({"nama": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "tempat": "", "periode_evaluasi": "triwulanan"})
    );
    assert_eq!(v2["versi_skema"], json!(VERSI_SKEMA));
}

#[test]
fn a_migrated_file_exported_again_fits_the_current_schema() {
    for nama in ["lengkap-v1.json", "satu-akar-v1.json", "banyak-akar-v1.json", "unit-tanpa-pengaturan-v1.json"] {
        let (v1, _, v2) = impor_v1(nama);
        assert!(!menurut_skema(&v1.to_string()).is_empty(), "{nama}: the current schema must refuse a v1 file");
        assert_eq!(menurut_skema(&v2.to_string()), Vec::<String>::new(), "{nama}");
    }
}

#[test]
fn migration_names_the_instansi_after_the_only_active_root_ignoring_a_deleted_one() {
    let (_, b, _) = impor_v1("satu-akar-v1.json");
    assert!(b.data.unit_kerja.iter().filter(|u| u.induk.is_none()).count() == 2, "a deleted second root");
    assert_eq!(b.data.pengaturan.unwrap().instansi, instansi("Pemerintah Kabupaten Contoh"));
}

#[test]
fn migration_leaves_the_instansi_name_empty_when_there_are_several_roots() {
    let (_, b, _) = impor_v1("banyak-akar-v1.json");
    assert_eq!(b.data.unit_kerja.iter().filter(|u| u.induk.is_none() && u.aktif()).count(), 2);
    assert_eq!(b.data.pengaturan.unwrap().instansi, instansi(""));
}

#[test]
fn a_v1_file_without_settings_stays_without_settings() {
    let (v1, b, _) = impor_v1("unit-tanpa-pengaturan-v1.json");
    assert_eq!(b.jenis, JenisBerkas::Unit);
    assert_eq!(b.data.pengaturan, None);
    let sah = baca_fixture("sah-kecil.json").unwrap();
    assert_eq!((&b.data.pegawai, &b.data.unit_kerja), (&sah.data.pegawai, &sah.data.unit_kerja));
    // `"pengaturan": null` in a full version 1 file is "no settings" too.
    let mut v = v1.clone();
    v["jenis"] = json!("lengkap");
    v["data"]["pengaturan"] = Value::Null;
    let b = baca_berkas(v.to_string().as_bytes(), &Dataset::default()).unwrap();
    assert_eq!(b.data.pengaturan, None);
}

#[test]
fn a_v1_file_that_already_has_instansi_fails_migration_with_a_message_in_both_languages() {
    let m = baca_berkas(&migrasi_fixture("instansi-di-v1.json"), &Dataset::default()).unwrap_err();
    assert_eq!(m.len(), 1, "{}", pesan(&m));
    let MasalahImpor::MigrasiGagal { dari, rincian_id, rincian_en } = &m[0] else { panic!("{m:?}") };
    assert_eq!(*dari, 1);
    assert!(rincian_id.contains("sudah berisi \"instansi\"") && rincian_en.contains("already holds"));
    assert_eq!(tempat(&m[0].lokasi()), (None, None, Some("versi_skema")));
    assert!(
        m[0].pesan_id().starts_with(&format!(
            "Berkas versi skema 1 tidak dapat diubah ke versi skema {VERSI_SKEMA}: \"pengaturan\" sudah berisi"
        )),
        "{}",
        m[0].pesan_id()
    );
    assert!(m[0]
        .pesan_en()
        .starts_with(&format!("A schema version 1 file could not be brought to schema version {VERSI_SKEMA}")));
    // The same file labelled version 2 is what its author meant: accepted, its instansi kept.
    let mut v: Value = serde_json::from_slice(&migrasi_fixture("instansi-di-v1.json")).unwrap();
    v["versi_skema"] = json!(2);
    let b = baca_berkas(v.to_string().as_bytes(), &Dataset::default()).unwrap();
    assert_eq!(b.data.pengaturan.unwrap().instansi.periode_evaluasi, PeriodeEvaluasi::Bulanan);
}

#[test]
fn a_v2_file_without_instansi_is_missing_a_required_field_of_the_settings() {
    let mut v: Value = serde_json::from_slice(&fixture("sah-kecil.json")).unwrap();
    v["data"]["pengaturan"].as_object_mut().unwrap().remove("instansi");
    let m = baca_berkas(v.to_string().as_bytes(), &Dataset::default()).unwrap_err();
    assert_eq!(m.len(), 1, "{}", pesan(&m));
    let MasalahImpor::MedanWajibTidakAda { lokasi } = &m[0] else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("pengaturan"), None, Some("instansi")));
    assert_eq!(m[0].pesan_id(), "Pengaturan, kolom instansi: kolom wajib ini tidak ada.");
    assert_eq!(m[0].pesan_en(), "Settings, field instansi: this required field is missing.");
    // And one field of it: the path goes inside.
    let mut v: Value = serde_json::from_slice(&fixture("sah-kecil.json")).unwrap();
    v["data"]["pengaturan"]["instansi"].as_object_mut().unwrap().remove("periode_evaluasi");
    let m = baca_berkas(v.to_string().as_bytes(), &Dataset::default()).unwrap_err();
    assert_eq!(m[0].pesan_id(), "Pengaturan, kolom instansi › periode_evaluasi: kolom wajib ini tidak ada.");
}

#[test]
fn the_instansi_of_a_current_file_is_read_as_written() {
    let b = baca_fixture("sah-kecil.json").unwrap();
    assert_eq!(
        b.data.pengaturan.unwrap().instansi,
        Instansi {
            nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia".into(),
            tempat: "Bandung".into(),
            periode_evaluasi: PeriodeEvaluasi::Triwulanan,
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Never a panic
// ---------------------------------------------------------------------------------------------

/// Bytes drawn mostly from JSON's own alphabet, so that some of them get past the parser.
fn byte_acak(acak: &mut Acak) -> Vec<u8> {
    const POTONGAN: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b":",
        b",",
        b"\"",
        b"\\",
        b" ",
        b"\n",
        b"0",
        b"-1",
        b"1e999",
        b"true",
        b"null",
        b"\"format\"",
        b"\"jenjang\"",
        b"\"versi_skema\"",
        b"1",
        b"\"data\"",
        b"\"pegawai\"",
        b"\"unit_kerja\"",
        b"\"id\"",
        b"\"nip\"",
        b"\\u0000",
        b"\\ud800",
        b"\xEF\xBB\xBF",
        b"\xFF",
        b"\xC3",
        b"\xE2\x80",
        b"\xF0\x9F\x99\x82",
    ];
    let n = acak.di_bawah(120) as usize;
    let mut hasil = Vec::new();
    for _ in 0..n {
        if acak.di_bawah(4) == 0 {
            hasil.push(acak.berikut() as u8);
        } else {
            let potongan: &&[u8] = acak.pilih(POTONGAN);
            hasil.extend_from_slice(potongan);
        }
    }
    hasil
}

/// A valid file with a few bytes flipped, removed, duplicated or inserted.
fn mutasi_byte(acak: &mut Acak, sah: &[u8]) -> Vec<u8> {
    let mut b = sah.to_vec();
    for _ in 0..=acak.di_bawah(4) {
        if b.is_empty() {
            break;
        }
        let i = acak.di_bawah(b.len() as u64) as usize;
        match acak.di_bawah(5) {
            0 => b[i] = acak.berikut() as u8,
            1 => {
                let j = (i + acak.di_bawah(40) as usize).min(b.len());
                b.drain(i..j);
            }
            2 => {
                let j = (i + acak.di_bawah(40) as usize).min(b.len());
                let salin = b[i..j].to_vec();
                b.splice(i..i, salin);
            }
            3 => b.insert(i, *acak.pilih(b"{}[]\",:0-.eE\\ ")),
            _ => b.truncate(i),
        }
    }
    b
}

/// A valid file with one value somewhere replaced by a value of another shape.
fn mutasi_nilai(acak: &mut Acak, sah: &Value) -> Vec<u8> {
    fn semua_jalur(v: &Value, jalur: String, keluar: &mut Vec<String>) {
        keluar.push(jalur.clone());
        match v {
            Value::Object(o) => o.iter().for_each(|(k, x)| semua_jalur(x, format!("{jalur}/{k}"), keluar)),
            Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| semua_jalur(x, format!("{jalur}/{i}"), keluar)),
            _ => {}
        }
    }
    let mut v = sah.clone();
    let mut jalur = Vec::new();
    semua_jalur(&v, String::new(), &mut jalur);
    let pengganti = [
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(1.5),
        json!(1e300),
        json!(""),
        json!("x"),
        json!("2026-02-30"),
        json!("9999-12-31T23:59:60.999999+23:59"),
        json!("198609262015051001"),
        json!("deadbeef-0000-4000-8000-000000000000"),
        json!("<script>alert(1)</script>"),
        json!("\u{0}\u{200b}🙂"),
        json!([]),
        json!({}),
        json!([[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]),
        json!({"id": "0b6f3c1a-5d2e-4f7a-8b9c-1d2e3f4a5b6c"}),
        json!({"a[": 1, "]b[0]": 2, "x.y[99999999999999999999]": 3, "": null}),
        Value::String("é".repeat(acak.di_bawah(300) as usize)),
    ];
    for _ in 0..=acak.di_bawah(3) {
        let j = acak.pilih(&jalur).clone();
        let baru = acak.pilih(&pengganti).clone();
        if let Some(x) = v.pointer_mut(&j) {
            match (acak.di_bawah(4), x.as_object_mut()) {
                (0, Some(o)) if !o.is_empty() => {
                    let k = o.keys().nth(acak.di_bawah(o.len() as u64) as usize).cloned().unwrap();
                    o.remove(&k);
                }
                _ => *x = baru,
            }
        }
    }
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn reading_never_panics_on_random_bytes_or_mutated_files() {
    let sah_byte = fixture("sah-kecil.json");
    let sah: Value = serde_json::from_slice(&sah_byte).unwrap();
    // A version 1 file too, so that mutations reach the migration step.
    let sah_v1: Value = serde_json::from_slice(&migrasi_fixture("satu-akar-v1.json")).unwrap();
    let mut ada = Dataset::default();
    ada.tambah_unit(Id::parse("deadbeef-0000-4000-8000-000000000000").unwrap(), "Unit lama".into(), None, SEKARANG);
    let mut acak = Acak::new(0x006A_656E_6A61_6E67);
    let mut diterima = 0;
    let mut jenis: HashSet<String> = HashSet::new();
    // JENJANG_FUZZ_KASUS=200000 for a longer run; the default keeps `cargo test` quick.
    let jumlah: u32 = std::env::var("JENJANG_FUZZ_KASUS").ok().and_then(|s| s.parse().ok()).unwrap_or(4500);
    for kasus in 0..jumlah {
        let byte = match kasus % 4 {
            0 => byte_acak(&mut acak),
            1 => mutasi_byte(&mut acak, &sah_byte),
            2 => mutasi_nilai(&mut acak, &sah),
            _ => mutasi_nilai(&mut acak, &sah_v1),
        };
        let hasil = std::panic::catch_unwind(|| {
            let h = baca_berkas(&byte, &ada);
            // The fast path never accepts what the thorough path refuses, nor reads it otherwise.
            assert_eq!(h, baca_berkas_teliti(&byte, &ada), "case {kasus}");
            if let Err(m) = &h {
                for x in m {
                    assert!(!x.pesan_id().is_empty() && !x.pesan_en().is_empty());
                    let _ = x.lokasi();
                }
            }
            h
        });
        match hasil {
            Ok(Ok(_)) => diterima += 1,
            Ok(Err(m)) => {
                assert!(!m.is_empty(), "case {kasus}: refused without a reason");
                jenis.extend(m.iter().map(|x| format!("{x:?}").split([' ', '{', '(']).next().unwrap().to_string()));
            }
            Err(_) => panic!("case {kasus} panicked on {:?}", String::from_utf8_lossy(&byte)),
        }
    }
    // The generator reaches deep: many different problems, and some mutated files still valid.
    assert!(diterima > 20, "{diterima}");
    assert!(jenis.len() >= 15, "{jenis:?}");
}

#[test]
fn a_unit_record_with_every_field_is_read_exactly() {
    // Guard for the field tables: a unit kerja as the app writes it, every optional field set.
    let u = UnitKerja {
        id: Id::dari_byte_acak([3; 16]),
        created_at: Stempel(1),
        updated_at: Stempel(2),
        dihapus_pada: Some(Stempel(3)),
        nama: "Sekretariat".into(),
        induk: Some(Id::dari_byte_acak([4; 16])),
    };
    let induk = UnitKerja { id: Id::dari_byte_acak([4; 16]), induk: None, dihapus_pada: None, ..u.clone() };
    let d = Dataset { unit_kerja: vec![induk, u], ..Default::default() };
    let b = baca_berkas(ekspor_lengkap(&d, SEKARANG, WIB).as_bytes(), &Dataset::default()).unwrap();
    assert_eq!(b.data.unit_kerja, d.unit_kerja);
}
