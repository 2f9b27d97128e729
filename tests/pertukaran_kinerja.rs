//! The performance-appraisal collections in exchange files (schema 3): export → read is the
//! identity, every export fits the published JSON Schema, the self-assessment and unit files
//! carry exactly the records they should, each malformed file in `tests/fixtures/kinerja/`
//! gives its own problem with where it is — in words an HR officer reads — and leaves the
//! stored data alone, a version-2 file still imports, the schema agrees field by field with
//! the Rust types and the reader, and a self-assessment merges beside the penilai's
//! evaluation without a conflict.

use jenjang::domain::contoh::data_contoh;
use jenjang::domain::evaluasi::{
    bandingkan, BuktiDukung, DialogKinerja, EvaluasiKinerja, Kanal, KinerjaOrganisasi, PenilaianMandiri, RealisasiIki,
    RealisasiKinerja, Skor, UmpanBalikMasyarakat,
};
use jenjang::domain::id::{Acak, Id};
use jenjang::domain::instansi::PeriodeEvaluasi;
use jenjang::domain::pegawai::Pegawai;
use jenjang::domain::periode::{Jangka, Periode};
use jenjang::domain::skp::{
    usul_penilai, Aspek, Cuplikan, EkspektasiPerilaku, Iki, JenisRhk, Lampiran, Perspektif, Perubahan, Rhk, Skp, Target,
};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::berakhlak::NilaiBerakhlak;
use jenjang::rules::kinerja::{AsumsiDistribusi, Pembulatan, Predikat, PredikatOrganisasi, Rating, TabelKoefisienAk};
use jenjang::store::dataset::{Dataset, Koleksi, VERSI_SKEMA};
use jenjang::store::gabung::{pratinjau, terapkan, Hitungan, Keputusan};
use jenjang::store::penyimpanan::{muat, simpan, PenyimpananMemori};
use jenjang::store::pertukaran::*;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashSet};
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

fn jam(n: i64) -> Stempel {
    Stempel(SEKARANG.0 + n * 3_600_000)
}

fn t(y: i32, m: u8, d: u8) -> Tanggal {
    Tanggal::new(y, m, d).unwrap()
}

fn akar() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(nama: &str) -> Vec<u8> {
    fs::read(akar().join("tests/fixtures/kinerja").join(nama)).unwrap_or_else(|e| panic!("{nama}: {e}"))
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
            m.into_iter().next().unwrap()
        }
    }
}

/// (koleksi, rekaman, medan) of a location, for compact assertions.
fn tempat(l: &Lokasi) -> (Option<&str>, Option<usize>, Option<&str>) {
    (l.koleksi.as_deref(), l.rekaman, l.medan.as_deref())
}

fn skema() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| {
        serde_json::from_str(&fs::read_to_string(akar().join("docs/exchange-format.schema.json")).unwrap()).unwrap()
    })
}

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| jsonschema::draft202012::new(skema()).unwrap_or_else(|e| panic!("schema does not compile: {e}")))
}

/// The schema's complaints about a file (empty = valid).
fn menurut_skema(v: &Value) -> Vec<String> {
    validator().iter_errors(v).map(|e| format!("{e} (at {})", e.instance_path())).collect()
}

fn menurut_skema_teks(teks: &str) -> Vec<String> {
    menurut_skema(&serde_json::from_str(teks).unwrap())
}

fn baca_nilai(v: &Value, ada: &Dataset) -> Result<Berkas, Vec<MasalahImpor>> {
    baca_berkas(v.to_string().as_bytes(), ada)
}

/// `awal` and all their ancestors, deleted ones included.
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

/// `akar` and every unit below it, deleted ones included.
fn subtree(d: &Dataset, akar: &Id) -> HashSet<Id> {
    d.unit_kerja
        .iter()
        .filter(|u| {
            let mut kini = Some(u.id.clone());
            let mut langkah = 0;
            while let Some(i) = kini {
                if &i == akar {
                    return true;
                }
                kini = d.unit_kerja.iter().find(|x| x.id == i).and_then(|x| x.induk.clone());
                langkah += 1;
                if langkah > d.unit_kerja.len() {
                    break;
                }
            }
            false
        })
        .map(|u| u.id.clone())
        .collect()
}

fn rujukan_pegawai(p: &Pegawai) -> Vec<Id> {
    p.unit_kerja.iter().chain(p.riwayat_jabatan.iter().filter_map(|r| r.unit_kerja.as_ref())).cloned().collect()
}

fn ids<'a, T: 'a>(xs: impl IntoIterator<Item = &'a T>, id: impl Fn(&T) -> &Id) -> BTreeSet<Id> {
    xs.into_iter().map(|x| id(x).clone()).collect()
}

// ---------------------------------------------------------------------------------------------
// The office: the sample data with a year of performance records
// ---------------------------------------------------------------------------------------------

struct Kantor {
    d: Dataset,
    /// Has a penilai and an atasan penilai; SKP 2027 (`d.skp[0]`, approved and amended, every
    /// optional field filled), a deleted SKP 2026, realisasi, evaluasi, dialog, and community
    /// feedback naming them at their own unit and at another.
    dinilai: Id,
    /// The unit of `dinilai`.
    unit: Id,
    /// A member of `unit` who was deleted, with an SKP: a tombstone that travels with the unit.
    mantan: Id,
    /// Someone outside `unit`'s subtree, with an SKP, realisasi, and feedback at `unit`.
    luar: Id,
    unit_luar: Id,
}

fn kantor() -> &'static Kantor {
    static K: OnceLock<Kantor> = OnceLock::new();
    K.get_or_init(buat_kantor)
}

fn buat_kantor() -> Kantor {
    let (unit_kerja, pegawai) = data_contoh(2026, 120, hari_ini(), SEKARANG);
    let mut d = Dataset { pegawai, unit_kerja, ..Default::default() };
    // Edited settings, so that the full file carries something other than the defaults.
    d.pengaturan.asumsi_distribusi =
        AsumsiDistribusi { pembulatan_maksimal: Pembulatan::Terdekat, pembulatan_minimal: Pembulatan::Atas };
    d.pengaturan.koefisien_ak.baris[0].koefisien_per_seribu = 4_000;
    let mut acak = Acak::new(0x006b_696e_6572_6a61);

    let anggota = |d: &Dataset, u: &Id| d.pegawai_aktif().filter(|x| x.unit_kerja.as_ref() == Some(u)).count();
    let dinilai = d
        .pegawai_aktif()
        .find(|p| {
            let (penilai, atasan) = usul_penilai(p, &d.pegawai, &d.unit_kerja);
            penilai.is_some() && atasan.is_some() && p.unit_kerja.as_ref().is_some_and(|u| anggota(&d, u) >= 4)
        })
        .expect("someone with a penilai and an atasan in a unit of at least four")
        .clone();
    let unit = dinilai.unit_kerja.clone().unwrap();
    let penilai = usul_penilai(&dinilai, &d.pegawai, &d.unit_kerja).0.unwrap().clone();
    let di_unit: Vec<Pegawai> = d
        .pegawai_aktif()
        .filter(|x| x.unit_kerja.as_ref() == Some(&unit) && x.id != dinilai.id && x.id != penilai.id)
        .cloned()
        .collect();
    let (rekan, mantan) = (di_unit[0].clone(), di_unit[1].clone());
    let bawah = subtree(&d, &unit);
    let luar = d
        .pegawai_aktif()
        .find(|x| x.unit_kerja.as_ref().is_some_and(|u| !bawah.contains(u)) && x.id != penilai.id)
        .unwrap()
        .clone();
    let unit_luar = luar.unit_kerja.clone().unwrap();
    let baru = |p: &Pegawai, tahun: i32, acak: &mut Acak, pada: Stempel, d: &Dataset| {
        Skp::baru(acak.id(), p, tahun, &d.pegawai, &d.unit_kerja, pada)
    };

    // The penilai's SKP, whose RHK the dinilai's SKP intervenes.
    let mut skp_penilai = baru(&penilai, 2027, &mut acak, jam(1), &d);
    let rhk_pimpinan = acak.id();
    skp_penilai
        .ubah(jam(2), |s| {
            s.rhk.push(Rhk {
                id: rhk_pimpinan.clone(),
                jenis: JenisRhk::Utama,
                uraian: "Layanan mutasi pegawai tepat waktu".into(),
                rhk_pimpinan: None,
                perspektif: None,
                indikator: Vec::new(),
            })
        })
        .unwrap();

    // The dinilai's SKP 2027: drafted, submitted, approved, then amended.
    let mut a = baru(&dinilai, 2027, &mut acak, jam(3), &d);
    let (rhk1, iki1, rhk2, iki2) = (acak.id(), acak.id(), acak.id(), acak.id());
    a.ubah(jam(4), |s| {
        s.rhk = vec![
            Rhk {
                id: rhk1.clone(),
                jenis: JenisRhk::Utama,
                uraian: "Usul mutasi pegawai diverifikasi tepat waktu".into(),
                rhk_pimpinan: Some(rhk_pimpinan),
                perspektif: Some(Perspektif::ProsesBisnis),
                indikator: vec![Iki {
                    id: iki1.clone(),
                    aspek: Some(Aspek::Kuantitas),
                    indikator: "Jumlah usul mutasi yang diverifikasi".into(),
                    target: Target::Angka { nilai: 120.0, satuan: "dokumen".into() },
                }],
            },
            Rhk {
                id: rhk2,
                jenis: JenisRhk::Tambahan,
                uraian: "Pedoman verifikasi berkas mutasi tersusun".into(),
                rhk_pimpinan: None,
                perspektif: None,
                indikator: vec![Iki {
                    id: iki2,
                    aspek: None,
                    indikator: "Pedoman disahkan".into(),
                    target: Target::Teks("Disahkan Kepala Badan sebelum Juli".into()),
                }],
            },
        ];
        s.perilaku[0].ekspektasi_khusus = "Menjawab surat usul paling lama 5 hari kerja".into();
        s.lampiran = Lampiran {
            dukungan_sumber_daya: vec!["Akses aplikasi SIASN".into()],
            skema_pertanggungjawaban: vec!["Laporan triwulanan kepada atasan".into()],
            konsekuensi: vec!["Predikat sesuai capaian".into()],
        };
    })
    .unwrap();
    a.ajukan(jam(5)).unwrap();
    a.setujui(t(2027, 1, 10), jam(6)).unwrap();
    a.ubah_setelah_disetujui(t(2027, 5, 2), "Refocusing anggaran", jam(7), |s| {
        s.rhk[0].indikator[0].target = Target::Angka { nilai: 100.0, satuan: "dokumen".into() };
    })
    .unwrap();
    assert!(a.penilai.is_some() && a.atasan_penilai.is_some() && a.dinilai.jenis_jabatan.is_some());

    // Last year's SKP, deleted: its tombstone travels too.
    let mut lama = baru(&dinilai, 2026, &mut acak, jam(-9000), &d);
    lama.dihapus_pada = Some(jam(-10));
    lama.updated_at = jam(-10);
    let skp_rekan = baru(&rekan, 2027, &mut acak, jam(3), &d);
    let skp_mantan = baru(&mantan, 2027, &mut acak, jam(3), &d);
    let skp_luar = baru(&luar, 2027, &mut acak, jam(3), &d);
    assert!(d.hapus_pegawai(&mantan.id, jam(20)));

    let mut real = RealisasiKinerja::baru(acak.id(), a.id.clone(), Periode::Triwulan(1), jam(8));
    let r = real.untuk_rhk_mut(&rhk1);
    r.indikator.push(RealisasiIki { iki: iki1, nilai: Some(34.0), uraian: "34 usul diverifikasi".into() });
    r.bukti.push(BuktiDukung {
        uraian: "Rekap verifikasi Triwulan I".into(),
        tautan: "\\\\server\\mutasi\\2027\\rekap-tw1.xlsx".into(),
    });
    real.mandiri = Some(PenilaianMandiri {
        rating_hasil_kerja: Some(Rating::DiAtasEkspektasi),
        rating_perilaku: Some(Rating::SesuaiEkspektasi),
        refleksi: "Target verifikasi terlampaui".into(),
    });
    let real_luar = RealisasiKinerja::baru(acak.id(), skp_luar.id.clone(), Periode::Tahunan, jam(8));

    let mut ev = EvaluasiKinerja::baru(acak.id(), a.id.clone(), Periode::Triwulan(1), jam(9));
    ev.set_umpan_balik(&rhk1, "Pertahankan waktu verifikasi".into());
    ev.set_umpan_balik_perilaku(NilaiBerakhlak::Kolaboratif, "Libatkan Bidang Pengadaan lebih awal".into());
    ev.rating_hasil_kerja = Some(Rating::SesuaiEkspektasi);
    ev.rating_perilaku = Some(Rating::SesuaiEkspektasi);
    ev.ditetapkan_pada = Some(t(2027, 4, 8));
    let ev_rekan = EvaluasiKinerja::baru(acak.id(), skp_rekan.id.clone(), Periode::Triwulan(1), jam(9));
    let ev_mantan = EvaluasiKinerja::baru(acak.id(), skp_mantan.id.clone(), Periode::Tahunan, jam(9));

    let dialog = DialogKinerja {
        id: acak.id(),
        created_at: jam(10),
        updated_at: jam(10),
        dihapus_pada: None,
        skp: a.id.clone(),
        tanggal: t(2027, 2, 15),
        peserta: format!("{}; {}", dinilai.nama, penilai.nama),
        topik: "Antrean usul mutasi bulan Januari".into(),
        kesepakatan: "Verifikasi dibagi per OPD".into(),
        tindak_lanjut: "Jadwal per OPD disusun".into(),
    };
    let organisasi = |acak: &mut Acak, unit: &Id, periode: Periode, predikat: PredikatOrganisasi| KinerjaOrganisasi {
        id: acak.id(),
        created_at: jam(11),
        updated_at: jam(11),
        dihapus_pada: None,
        unit_kerja: unit.clone(),
        tahun: 2027,
        periode,
        predikat,
        catatan: "Ditetapkan pimpinan satu tingkat di atas".into(),
    };
    let org = organisasi(&mut acak, &unit, Periode::Tahunan, PredikatOrganisasi::Baik);
    let org_luar = organisasi(&mut acak, &unit_luar, Periode::Semester(1), PredikatOrganisasi::Istimewa);
    let masyarakat =
        |acak: &mut Acak, unit: &Id, pegawai: Option<&Id>, kanal: Kanal, skor: Skor| UmpanBalikMasyarakat {
            id: acak.id(),
            created_at: jam(12),
            updated_at: jam(12),
            dihapus_pada: None,
            unit_kerja: unit.clone(),
            pegawai: pegawai.cloned(),
            tanggal: t(2027, 3, 3),
            kanal,
            skor,
            komentar: "Dilayani cepat dan jelas".into(),
        };
    let ubm = vec![
        // About the dinilai at their unit: with every optional field, for the schema test.
        masyarakat(&mut acak, &unit, Some(&dinilai.id), Kanal::Loket, Skor::Bintang(4)),
        // About the unit, naming nobody.
        masyarakat(&mut acak, &unit, None, Kanal::Survei, Skor::IkmPerSepuluh(827)),
        // About the dinilai, received at another unit.
        masyarakat(&mut acak, &unit_luar, Some(&dinilai.id), Kanal::Daring, Skor::Bintang(5)),
        // About the other unit.
        masyarakat(&mut acak, &unit_luar, None, Kanal::Loket, Skor::Bintang(2)),
        // At the dinilai's unit, about someone outside it: travels only with that person.
        masyarakat(&mut acak, &unit, Some(&luar.id), Kanal::Loket, Skor::Bintang(3)),
    ];

    d.skp = vec![a, lama, skp_penilai, skp_rekan, skp_mantan, skp_luar];
    d.realisasi_kinerja = vec![real, real_luar];
    d.evaluasi_kinerja = vec![ev, ev_rekan, ev_mantan];
    d.dialog_kinerja = vec![dialog];
    d.kinerja_organisasi = vec![org, org_luar];
    d.umpan_balik_masyarakat = ubm;
    Kantor { d, dinilai: dinilai.id, unit, mantan: mantan.id, luar: luar.id, unit_luar }
}

/// The dataset a file holds (settings default when it has none).
fn dataset_dari(b: &Berkas) -> Dataset {
    let k = &b.data.kinerja;
    Dataset {
        pegawai: b.data.pegawai.clone(),
        unit_kerja: b.data.unit_kerja.clone(),
        pengaturan: b.data.pengaturan.clone().unwrap_or_default(),
        skp: k.skp.clone(),
        realisasi_kinerja: k.realisasi_kinerja.clone(),
        evaluasi_kinerja: k.evaluasi_kinerja.clone(),
        dialog_kinerja: k.dialog_kinerja.clone(),
        kinerja_organisasi: k.kinerja_organisasi.clone(),
        umpan_balik_masyarakat: k.umpan_balik_masyarakat.clone(),
        ..Default::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Export → read
// ---------------------------------------------------------------------------------------------

#[test]
fn a_full_export_with_every_kinerja_collection_reads_back_as_the_same_dataset() {
    let k = kantor();
    let d = &k.d;
    let teks = ekspor_lengkap(d, SEKARANG, WIB);
    let b = baca_berkas(teks.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    let kembali = dataset_dari(&b);
    assert_eq!(kembali.skp, d.skp);
    assert_eq!(kembali.realisasi_kinerja, d.realisasi_kinerja);
    assert_eq!(kembali.evaluasi_kinerja, d.evaluasi_kinerja);
    assert_eq!(kembali.dialog_kinerja, d.dialog_kinerja);
    assert_eq!(kembali.kinerja_organisasi, d.kinerja_organisasi);
    assert_eq!(kembali.umpan_balik_masyarakat, d.umpan_balik_masyarakat);
    assert_eq!(kembali.pengaturan, d.pengaturan, "the edited rounding assumption and AK coefficient travel");
    assert_ne!(d.pengaturan.asumsi_distribusi, AsumsiDistribusi::default());
    assert_eq!((kembali.pegawai.clone(), kembali.unit_kerja.clone()), (d.pegawai.clone(), d.unit_kerja.clone()));
    // The tombstones are there, and writing it again gives the very same bytes.
    assert!(kembali.skp.iter().any(|s| !s.aktif()) && kembali.pegawai.iter().any(|p| !p.aktif()));
    assert_eq!(ekspor_lengkap(&kembali, SEKARANG, WIB), teks);
    // A full file lists every collection, even when it is empty.
    let v: Value = serde_json::from_str(&ekspor_lengkap(&Dataset::default(), SEKARANG, WIB)).unwrap();
    for k in Koleksi::KINERJA {
        assert_eq!(v["data"][k.nama()], json!([]), "{}", k.nama());
    }
}

#[test]
fn every_kinerja_export_of_every_kind_fits_the_published_schema_and_reads_without_other_data() {
    let k = kantor();
    let d = &k.d;
    let mut berkas = vec![("lengkap".to_string(), ekspor_lengkap(d, SEKARANG, WIB))];
    for p in d.pegawai_aktif().filter(|p| d.skp.iter().any(|s| s.pegawai == p.id)) {
        berkas.push((p.nama.clone(), ekspor_pegawai(d, &p.id, SEKARANG, -180).unwrap()));
    }
    for u in d.unit_aktif() {
        berkas.push((u.nama.clone(), ekspor_unit(d, &u.id, SEKARANG, 570).unwrap()));
    }
    assert!(berkas.len() >= 10);
    let mut dengan_skp = 0;
    for (nama, teks) in &berkas {
        assert_eq!(menurut_skema_teks(teks), Vec::<String>::new(), "{nama}");
        // Read against an empty dataset: every reference resolves inside the file itself.
        let b = baca_berkas(teks.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{nama}: {}", pesan(&m)));
        dengan_skp += usize::from(!b.data.kinerja.skp.is_empty());
    }
    assert!(dengan_skp >= 5, "{dengan_skp}");
}

// ---------------------------------------------------------------------------------------------
// Slices
// ---------------------------------------------------------------------------------------------

#[test]
fn the_self_assessment_file_holds_exactly_that_pegawais_skp_records_and_the_units_they_reference() {
    let k = kantor();
    let d = &k.d;
    let p = d.cari_pegawai(&k.dinilai).unwrap();
    let teks = ekspor_pegawai(d, &p.id, SEKARANG, WIB).unwrap();
    let b = baca_berkas(teks.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b.jenis, JenisBerkas::PenilaianMandiri);
    assert_eq!(b.data.pegawai, vec![p.clone()]);
    let x = &b.data.kinerja;

    // Their SKP — this year's and last year's tombstone — and nobody else's.
    let skp: Vec<&Skp> = d.skp.iter().filter(|s| s.pegawai == p.id).collect();
    assert_eq!(skp.len(), 2);
    assert_eq!(x.skp.iter().collect::<Vec<_>>(), skp);
    let skp_ids = ids(skp.iter().copied(), |s| &s.id);
    // What hangs on those SKP, in full.
    let real: Vec<&RealisasiKinerja> = d.realisasi_kinerja.iter().filter(|r| skp_ids.contains(&r.skp)).collect();
    let ev: Vec<&EvaluasiKinerja> = d.evaluasi_kinerja.iter().filter(|e| skp_ids.contains(&e.skp)).collect();
    let dialog: Vec<&DialogKinerja> = d.dialog_kinerja.iter().filter(|e| skp_ids.contains(&e.skp)).collect();
    assert_eq!((real.len(), ev.len(), dialog.len()), (1, 1, 1));
    assert_eq!(x.realisasi_kinerja.iter().collect::<Vec<_>>(), real);
    assert_eq!(x.evaluasi_kinerja.iter().collect::<Vec<_>>(), ev);
    assert_eq!(x.dialog_kinerja.iter().collect::<Vec<_>>(), dialog);
    assert!(x.realisasi_kinerja[0].mandiri.is_some(), "the penilaian mandiri travels with the realisasi");
    // No organisation predikat (that is the unit's, not the person's); community feedback
    // naming them, wherever it was received, and no other.
    assert!(x.kinerja_organisasi.is_empty());
    let ubm: Vec<&UmpanBalikMasyarakat> =
        d.umpan_balik_masyarakat.iter().filter(|u| u.pegawai.as_ref() == Some(&p.id)).collect();
    assert_eq!(ubm.len(), 2);
    assert_eq!(x.umpan_balik_masyarakat.iter().collect::<Vec<_>>(), ubm);

    // Units: theirs and their history's, the units of that feedback, and all their ancestors —
    // which also holds the units of the SKP snapshots (penilai and atasan are found above them).
    let harapan = dengan_leluhur(d, rujukan_pegawai(p).into_iter().chain(ubm.iter().map(|u| u.unit_kerja.clone())));
    assert!(harapan.contains(&k.unit_luar), "feedback received at another unit brings that unit");
    let didapat: HashSet<Id> = b.data.unit_kerja.iter().map(|u| u.id.clone()).collect();
    assert_eq!(didapat, harapan);
    for s in &x.skp {
        for c in [Some(&s.dinilai), s.penilai.as_ref(), s.atasan_penilai.as_ref()].into_iter().flatten() {
            assert!(c.unit_kerja.as_ref().is_none_or(|u| didapat.contains(u)), "{}", c.nama_unit);
        }
    }
}

#[test]
fn a_unit_file_carries_its_members_skp_records_and_the_units_predikat_and_feedback() {
    let k = kantor();
    let d = &k.d;
    let teks = ekspor_unit(d, &k.unit, SEKARANG, WIB).unwrap();
    let b = baca_berkas(teks.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b.jenis, JenisBerkas::Unit);
    let x = &b.data.kinerja;
    let bawah = subtree(d, &k.unit);
    let anggota: HashSet<&Id> =
        d.pegawai.iter().filter(|p| p.unit_kerja.as_ref().is_some_and(|u| bawah.contains(u))).map(|p| &p.id).collect();
    assert!(anggota.contains(&k.mantan) && !anggota.contains(&k.luar));

    let skp: Vec<&Skp> = d.skp.iter().filter(|s| anggota.contains(&s.pegawai)).collect();
    assert!(skp.iter().any(|s| s.pegawai == k.mantan), "a deleted member's SKP travels with their tombstone");
    assert!(skp.len() >= 4);
    assert_eq!(x.skp.iter().collect::<Vec<_>>(), skp);
    let skp_ids = ids(skp.iter().copied(), |s| &s.id);
    let real: Vec<_> = d.realisasi_kinerja.iter().filter(|r| skp_ids.contains(&r.skp)).collect();
    let ev: Vec<_> = d.evaluasi_kinerja.iter().filter(|e| skp_ids.contains(&e.skp)).collect();
    let dialog: Vec<_> = d.dialog_kinerja.iter().filter(|e| skp_ids.contains(&e.skp)).collect();
    assert!(ev.len() >= 2);
    assert_eq!(x.realisasi_kinerja.iter().collect::<Vec<_>>(), real);
    assert_eq!(x.evaluasi_kinerja.iter().collect::<Vec<_>>(), ev);
    assert_eq!(x.dialog_kinerja.iter().collect::<Vec<_>>(), dialog);

    // The unit's organisation predikat, not the other unit's.
    let org: Vec<_> = d.kinerja_organisasi.iter().filter(|o| bawah.contains(&o.unit_kerja)).collect();
    assert_eq!(org.len(), 1);
    assert_eq!(x.kinerja_organisasi.iter().collect::<Vec<_>>(), org);
    // Feedback naming a member (wherever received), and the unit's feedback naming nobody; the
    // unit's feedback about someone outside it travels with that person, not here.
    let ubm: Vec<_> = d
        .umpan_balik_masyarakat
        .iter()
        .filter(|u| match &u.pegawai {
            Some(p) => anggota.contains(p),
            None => bawah.contains(&u.unit_kerja),
        })
        .collect();
    assert_eq!(ubm.len(), 3);
    assert!(d.umpan_balik_masyarakat.iter().any(|u| u.unit_kerja == k.unit && u.pegawai.as_ref() == Some(&k.luar)));
    assert_eq!(x.umpan_balik_masyarakat.iter().collect::<Vec<_>>(), ubm);

    let harapan = dengan_leluhur(
        d,
        bawah
            .iter()
            .cloned()
            .chain(d.pegawai.iter().filter(|p| anggota.contains(&p.id)).flat_map(rujukan_pegawai))
            .chain(ubm.iter().map(|u| u.unit_kerja.clone())),
    );
    let didapat: HashSet<Id> = b.data.unit_kerja.iter().map(|u| u.id.clone()).collect();
    assert_eq!(didapat, harapan);
}

// ---------------------------------------------------------------------------------------------
// The corpus: tests/fixtures/kinerja/
// ---------------------------------------------------------------------------------------------

const SKP_A: &str = "7c2d9e4f-1a3b-4c5d-8e6f-9a0b1c2d3e4f";
const HILANG: &str = "deadbeef-0000-4000-8000-000000000000";

#[test]
fn the_valid_kinerja_fixture_is_accepted_with_every_collection() {
    let teks = fixture("sah-kinerja.json");
    let b = baca_fixture("sah-kinerja.json").unwrap_or_else(|m| panic!("{}", pesan(&m)));
    let x = &b.data.kinerja;
    assert_eq!(
        [x.skp.len(), x.realisasi_kinerja.len(), x.evaluasi_kinerja.len(), x.dialog_kinerja.len()],
        [1, 1, 1, 1]
    );
    assert_eq!((x.kinerja_organisasi.len(), x.umpan_balik_masyarakat.len()), (1, 2));
    let skp = &x.skp[0];
    assert_eq!((skp.id.as_str(), skp.tahun, skp.rhk.len(), skp.perilaku.len()), (SKP_A, 2027, 2, 7));
    assert_eq!(skp.rhk[0].indikator[0].target, Target::Angka { nilai: 120.0, satuan: "dokumen".into() });
    assert_eq!(skp.rhk[1].indikator[0].target, Target::Teks("Pedoman disahkan sebelum akhir Juni".into()));
    assert_eq!(skp.atasan_penilai.as_ref().unwrap().pegawai, None, "a penilai outside the register");
    assert_eq!(x.realisasi_kinerja[0].periode, Periode::Triwulan(1));
    assert_eq!(x.kinerja_organisasi[0].periode, Periode::Tahunan);
    assert_eq!(x.umpan_balik_masyarakat[1].skor, Skor::IkmPerSepuluh(827));
    let p = b.data.pengaturan.as_ref().unwrap();
    assert_eq!(p.asumsi_distribusi, AsumsiDistribusi::default());
    assert_eq!(p.koefisien_ak.baris.len(), 2);
    assert_eq!(menurut_skema_teks(std::str::from_utf8(&teks).unwrap()), Vec::<String>::new());
    // The self-assessment compared with the penilai's rating, as the evaluation page shows it.
    let banding = bandingkan(x.realisasi_kinerja.first(), x.evaluasi_kinerja.first());
    assert!(banding.beda_hasil_kerja() && !banding.beda_perilaku());
    assert_eq!((banding.mandiri_predikat, banding.penilai_predikat), (Some(Predikat::Baik), Some(Predikat::Baik)));
}

#[test]
fn an_unknown_field_in_an_rhk_is_refused_at_its_path() {
    let m = satu_masalah("rhk-medan-tidak-dikenal.json");
    let MasalahImpor::MedanTidakDikenal { lokasi } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("skp"), Some(0), Some("rhk[0].bobot")));
    assert_eq!(lokasi.id.as_deref(), Some(SKP_A));
    assert_eq!(
        m.pesan_id(),
        format!(
            "SKP ke-1 (id {SKP_A}), kolom rhk ke-1 › bobot: kolom ini tidak dikenal oleh Jenjang versi skema ini \
             (salah ketik, atau berkas dari versi lain); isinya tidak akan terbaca."
        )
    );
    assert!(m.pesan_en().starts_with(&format!("SKP #1 (id {SKP_A}), field rhk #1 › bobot: this field is unknown")));
}

#[test]
fn a_target_number_written_as_text_is_the_wrong_type() {
    let m = satu_masalah("target-tipe-salah.json");
    let MasalahImpor::TipeSalah { lokasi, ditemukan, diharapkan } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("skp"), Some(0), Some("rhk[0].indikator[0].target.angka.nilai")));
    assert_eq!((*ditemukan, *diharapkan), (JenisJson::Teks, JenisJson::Bilangan));
    assert_eq!(
        m.pesan_id(),
        format!("SKP ke-1 (id {SKP_A}), kolom rhk ke-1 › indikator ke-1 › target › angka › nilai: harus bilangan, bukan teks.")
    );
    assert!(m
        .pesan_en()
        .ends_with("field rhk #1 › indikator #1 › target › angka › nilai: must be a number, not text."));
}

#[test]
fn a_fifth_quarter_is_a_period_out_of_range() {
    let m = satu_masalah("periode-triwulan-5.json");
    let MasalahImpor::NilaiTidakValid { lokasi, rincian_id, rincian_en } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("realisasi_kinerja"), Some(0), Some("periode")));
    assert!(rincian_id.contains("triwulan 1–4") && rincian_en.contains("quarter 1–4"), "{rincian_id} / {rincian_en}");
    assert!(m
        .pesan_id()
        .starts_with("Realisasi kinerja ke-1 (id c172e394-6f80-41a2-bdb4-ef5061728394), kolom periode: "));
    assert!(m
        .pesan_en()
        .starts_with("Realisation report #1 (id c172e394-6f80-41a2-bdb4-ef5061728394), field periode: "));
}

#[test]
fn nine_stars_is_a_score_out_of_range() {
    let m = satu_masalah("skor-bintang-9.json");
    let MasalahImpor::NilaiTidakValid { lokasi, .. } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("umpan_balik_masyarakat"), Some(0), Some("skor")));
    assert_eq!(
        m.pesan_id(),
        "Umpan balik masyarakat ke-1 (id a5b6c7d8-a3c4-45e6-b1f8-239405162738), kolom skor: \
         skor harus 1–5 bintang atau indeks survei 0–100."
    );
    assert!(m.pesan_en().starts_with("Community feedback #1 "), "{}", m.pesan_en());
}

#[test]
fn two_active_skp_for_one_pegawai_and_year_are_refused_at_the_second() {
    let m = satu_masalah("dua-skp-aktif-setahun.json");
    let MasalahImpor::NilaiTidakValid { lokasi, .. } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("skp"), Some(1), Some("tahun")));
    assert_eq!(
        m.pesan_id(),
        "SKP ke-2 (id 0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d), kolom tahun: pegawai ini sudah punya SKP tahun 2027 \
         di berkas ini; satu pegawai hanya satu SKP per tahun."
    );
    // Once the first is deleted, the second is the one SKP of that year.
    let mut v: Value = serde_json::from_slice(&fixture("dua-skp-aktif-setahun.json")).unwrap();
    v["data"]["skp"][0]["dihapus_pada"] = json!("2027-02-01T01:00:00.000Z");
    assert!(baca_nilai(&v, &Dataset::default()).is_ok());
    // And a second SKP with another id against one already here is refused the same way.
    let ada = dataset_dari(&baca_fixture("sah-kinerja.json").unwrap());
    let mut v: Value = serde_json::from_slice(&fixture("dua-skp-aktif-setahun.json")).unwrap();
    v["data"]["skp"].as_array_mut().unwrap().remove(0);
    let m = baca_nilai(&v, &ada).unwrap_err();
    assert_eq!(m.len(), 1, "{}", pesan(&m));
    assert!(m[0].pesan_id().contains("di data ini (dengan id lain)"), "{}", m[0].pesan_id());
}

#[test]
fn a_realisasi_of_an_skp_that_exists_nowhere_is_a_dangling_reference_to_an_skp() {
    let m = satu_masalah("realisasi-skp-tidak-ada.json");
    let MasalahImpor::RujukanTidakAda { lokasi, id_dirujuk } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("realisasi_kinerja"), Some(0), Some("skp")));
    assert_eq!(id_dirujuk, HILANG);
    assert_eq!(
        m.pesan_id(),
        format!(
            "Realisasi kinerja ke-1 (id c172e394-6f80-41a2-bdb4-ef5061728394), kolom skp: merujuk SKP dengan id \
             {HILANG} yang tidak ada, baik di berkas ini maupun di data Anda."
        )
    );
    assert!(m
        .pesan_en()
        .ends_with(&format!("refers to an SKP with id {HILANG} that exists neither in this file nor in your data.")));
}

#[test]
fn an_skp_of_a_pegawai_that_exists_nowhere_is_a_dangling_reference_to_a_pegawai() {
    let m = satu_masalah("skp-pegawai-tidak-ada.json");
    let MasalahImpor::RujukanTidakAda { lokasi, id_dirujuk } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("skp"), Some(0), Some("pegawai")));
    assert_eq!(id_dirujuk, HILANG);
    assert_eq!(
        m.pesan_id(),
        format!(
            "SKP ke-1 (id {SKP_A}), kolom pegawai: merujuk pegawai dengan id {HILANG} yang tidak ada, baik di \
             berkas ini maupun di data Anda."
        )
    );
    assert!(m.pesan_en().contains("field pegawai: refers to an employee with id"), "{}", m.pesan_en());
    // The pegawai in the data already here resolves it.
    let mut ada = Dataset::default();
    let mut p = baca_fixture("sah-kinerja.json").unwrap().data.pegawai[0].clone();
    p.id = Id::parse(HILANG).unwrap();
    ada.pegawai.push(p);
    assert!(baca_berkas(&fixture("skp-pegawai-tidak-ada.json"), &ada).is_ok());
}

#[test]
fn community_feedback_for_a_unit_that_exists_nowhere_is_a_dangling_reference_to_a_unit() {
    let m = satu_masalah("umpan-balik-unit-tidak-ada.json");
    let MasalahImpor::RujukanTidakAda { lokasi, id_dirujuk } = &m else { panic!("{m:?}") };
    assert_eq!(tempat(lokasi), (Some("umpan_balik_masyarakat"), Some(1), Some("unit_kerja")));
    assert_eq!(id_dirujuk, HILANG);
    assert!(
        m.pesan_id().starts_with("Umpan balik masyarakat ke-2 (id b6c7d8e9-b4d5-46f7-82a9-34a516273849), kolom unit_kerja: merujuk unit kerja dengan id"),
        "{}",
        m.pesan_id()
    );
}

#[test]
fn a_duplicate_skp_id_names_both_records() {
    let m = satu_masalah("skp-id-ganda.json");
    let MasalahImpor::IdGanda { lokasi, indeks_pertama } = &m else { panic!("{m:?}") };
    assert_eq!((tempat(lokasi), *indeks_pertama), ((Some("skp"), Some(1), Some("id")), 0));
    assert_eq!(
        m.pesan_id(),
        format!("SKP ke-2 (id {SKP_A}), kolom id: id ini sudah dipakai oleh SKP ke-1; setiap rekaman harus punya id sendiri.")
    );
    assert!(m.pesan_en().ends_with("this id is already used by SKP #1; every record needs its own id."));
}

#[test]
fn an_skp_collection_that_is_not_a_list_is_reported_and_what_hangs_on_it_dangles() {
    let m = baca_fixture("skp-bukan-daftar.json").unwrap_err();
    assert_eq!(m[0], MasalahImpor::KoleksiBukanDaftar { koleksi: "skp".into(), ditemukan: JenisJson::Objek });
    assert_eq!(tempat(&m[0].lokasi()), (Some("skp"), None, None));
    assert_eq!(m[0].pesan_id(), "Kolom \"data.skp\" harus daftar (array) rekaman, bukan objek.");
    assert_eq!(m[0].pesan_en(), "\"data.skp\" must be a list (array) of records, not an object.");
    // The SKP in it was not read, so the realisasi, evaluasi and dialog that name it dangle.
    let sisa: Vec<_> = m[1..]
        .iter()
        .map(|x| match x {
            MasalahImpor::RujukanTidakAda { lokasi, id_dirujuk } if id_dirujuk == SKP_A => {
                (lokasi.koleksi.clone().unwrap(), lokasi.medan.clone().unwrap())
            }
            lain => panic!("{lain:?}"),
        })
        .collect();
    let harapan: Vec<(String, String)> = ["realisasi_kinerja", "evaluasi_kinerja", "dialog_kinerja"]
        .into_iter()
        .map(|k| (k.to_string(), "skp".to_string()))
        .collect();
    assert_eq!(sisa, harapan, "{}", pesan(&m));
}

#[test]
fn kinerja_messages_are_in_bahasa_indonesia_without_serdes_english() {
    for entri in fs::read_dir(akar().join("tests/fixtures/kinerja")).unwrap() {
        let nama = entri.unwrap().file_name().into_string().unwrap();
        if !nama.ends_with(".json") {
            continue;
        }
        if let Err(m) = baca_fixture(&nama) {
            for x in &m {
                let id = x.pesan_id();
                for kata in
                    ["expected", "invalid", "unknown", "missing", "field", "Skp ", "_kinerja ke-", "_masyarakat ke-"]
                {
                    assert!(!id.contains(kata), "{nama}: \"{kata}\" in {id}");
                }
                assert!(!x.pesan_en().contains(" ke-"), "{nama}: {}", x.pesan_en());
            }
        }
    }
}

#[test]
fn every_kinerja_fixture_file_is_asserted_by_a_test() {
    let sumber = include_str!("pertukaran_kinerja.rs");
    for entri in fs::read_dir(akar().join("tests/fixtures/kinerja")).unwrap() {
        let nama = entri.unwrap().file_name().into_string().unwrap();
        if nama.ends_with(".md") {
            continue;
        }
        assert!(sumber.contains(&format!("\"{nama}\"")), "tests/fixtures/kinerja/{nama} is not used by any test");
    }
}

#[test]
fn reading_the_kinerja_corpus_leaves_stored_data_byte_for_byte_unchanged() {
    // Stored: the office with its year of records, plus the valid fixture's own records, so
    // that every broken file also meets data it could have changed.
    let mut d = kantor().d.clone();
    let sah = dataset_dari(&baca_fixture("sah-kinerja.json").unwrap());
    d.pegawai.extend(sah.pegawai);
    d.unit_kerja.extend(sah.unit_kerja);
    d.skp.extend(sah.skp);
    d.realisasi_kinerja.extend(sah.realisasi_kinerja);
    d.evaluasi_kinerja.extend(sah.evaluasi_kinerja);
    d.dialog_kinerja.extend(sah.dialog_kinerja);
    d.kinerja_organisasi.extend(sah.kinerja_organisasi);
    d.umpan_balik_masyarakat.extend(sah.umpan_balik_masyarakat);
    let s = PenyimpananMemori::default();
    simpan(&s, &d, &Koleksi::SEMUA).unwrap();
    let sebelum = s.isi.borrow().clone();
    let ada = muat(&s).unwrap();
    assert_eq!(ada, d);
    let mut ditolak = 0;
    for entri in fs::read_dir(akar().join("tests/fixtures/kinerja")).unwrap() {
        let jalur = entri.unwrap().path();
        let nama = jalur.file_name().unwrap().to_string_lossy().to_string();
        let hasil = baca_berkas(&fs::read(&jalur).unwrap(), &ada);
        if nama.ends_with(".json") && !["sah-kinerja.json", "lengkap-v2.json"].contains(&nama.as_str()) {
            assert!(hasil.is_err(), "{nama} is refused against the stored data too");
            ditolak += 1;
        }
    }
    assert_eq!(ditolak, 10);
    assert_eq!(*s.isi.borrow(), sebelum);
    assert_eq!(muat(&s).unwrap(), d);
}

// ---------------------------------------------------------------------------------------------
// Version 2 files
// ---------------------------------------------------------------------------------------------

#[test]
fn a_version_2_file_imports_under_version_3_with_nothing_to_transform() {
    let byte = fixture("lengkap-v2.json");
    let v2: Value = serde_json::from_slice(&byte).unwrap();
    assert_eq!(v2["versi_skema"], json!(2), "a version 2 file");
    assert!(Koleksi::KINERJA.iter().all(|k| v2["data"].get(k.nama()).is_none()));
    let b = baca_berkas(&byte, &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b.jenis, JenisBerkas::Lengkap);
    assert_eq!((b.data.pegawai.len(), b.data.unit_kerja.len()), (48, 8));
    assert_eq!(b.data.kinerja, DataKinerja::default());
    // The instansi the version 2 user saved is kept as it is (no 1 → 2 step runs on it), and the
    // settings version 3 added start at their defaults.
    let p = b.data.pengaturan.as_ref().unwrap();
    assert_eq!(
        (p.instansi.nama.as_str(), p.instansi.tempat.as_str(), p.instansi.periode_evaluasi),
        ("Pemerintah Kabupaten Contoh", "Contoh", PeriodeEvaluasi::Semesteran)
    );
    assert_eq!((&p.asumsi_distribusi, &p.koefisien_ak), (&AsumsiDistribusi::default(), &TabelKoefisienAk::default()));

    // Written again, every record and setting it had is exactly as it was, in version 3.
    let v3: Value = serde_json::from_str(&ekspor_lengkap(&dataset_dari(&b), SEKARANG, WIB)).unwrap();
    assert_eq!(v3["versi_skema"], json!(VERSI_SKEMA));
    for k in ["pegawai", "unit_kerja"] {
        assert_eq!(v3["data"][k], v2["data"][k], "{k}");
    }
    for k in ["bup_fungsional", "instansi"] {
        assert_eq!(v3["data"]["pengaturan"][k], v2["data"]["pengaturan"][k], "{k}");
    }
    assert_eq!(menurut_skema(&v3), Vec::<String>::new());
    // The version 3 schema refuses the version 2 file for its version number alone.
    assert!(!menurut_skema(&v2).is_empty());
    let mut sebagai_v3 = v2.clone();
    sebagai_v3["versi_skema"] = json!(3);
    assert_eq!(menurut_skema(&sebagai_v3), Vec::<String>::new());

    // The 2 → 3 step changes nothing, and the same office from version 1 arrives identical.
    let mut data = v2["data"].as_object().unwrap().clone();
    migrasi_data(2, &mut data).unwrap();
    assert_eq!(Value::Object(data), v2["data"]);
    let dari_v1 =
        baca_berkas(&fs::read(akar().join("tests/fixtures/migrasi/lengkap-v1.json")).unwrap(), &Dataset::default())
            .unwrap();
    assert_eq!((&dari_v1.data.pegawai, &dari_v1.data.unit_kerja), (&b.data.pegawai, &b.data.unit_kerja));
}

#[test]
fn a_version_2_file_that_carries_kinerja_records_reads_them_as_written() {
    // 2 → 3 fills nothing in, so unlike a version 1 file carrying `instansi` there is no value
    // to guess: a file labelled 2 that already has the new collections is read as it is.
    let mut v: Value = serde_json::from_slice(&fixture("sah-kinerja.json")).unwrap();
    v["versi_skema"] = json!(2);
    let b = baca_nilai(&v, &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b, baca_fixture("sah-kinerja.json").unwrap());
}

// ---------------------------------------------------------------------------------------------
// The schema against the Rust types and the reader
// ---------------------------------------------------------------------------------------------

/// The fields of `T` as serde knows them, from its "unknown field" error (every one of these
/// types refuses unknown fields), and those `T` cannot do without: removing which from `penuh`
/// (a value of `T` with every field present) makes it fail with "missing field".
fn bentuk<T: DeserializeOwned>(penuh: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    bentuk_dalam(penuh, |v| serde_json::from_value::<T>(v).map(drop).map_err(|e| e.to_string()))
}

/// [`bentuk`] of the struct variant `angka` of `Target`, reached through the enum.
fn bentuk_target_angka(penuh: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    bentuk_dalam(penuh, |v| {
        serde_json::from_value::<Target>(json!({ "angka": v })).map(drop).map_err(|e| e.to_string())
    })
}

fn bentuk_dalam(penuh: &Value, baca: impl Fn(Value) -> Result<(), String>) -> (BTreeSet<String>, BTreeSet<String>) {
    let galat = baca(json!({ "\u{1}asing": 0 })).expect_err("the type must refuse an unknown field");
    let (_, diharapkan) = galat.split_once(", expected ").unwrap_or_else(|| panic!("{galat}"));
    let medan: BTreeSet<String> = diharapkan.split('`').skip(1).step_by(2).map(str::to_string).collect();
    assert!(!medan.is_empty(), "{galat}");
    baca(penuh.clone()).unwrap_or_else(|e| panic!("the full value must read: {e}"));
    let wajib = medan
        .iter()
        .filter(|m| {
            let mut v = penuh.clone();
            v.as_object_mut().unwrap().remove(m.as_str());
            baca(v).is_err_and(|e| e.contains(&format!("missing field `{m}`")))
        })
        .cloned()
        .collect();
    (medan, wajib)
}

type Bentuk = fn(&Value) -> (BTreeSet<String>, BTreeSet<String>);

/// (where the record is described in the schema, where a full one is in the written file, its
/// collection, how its Rust type reads it).
fn rekaman_kinerja() -> Vec<(&'static str, &'static str, &'static str, Bentuk)> {
    vec![
        ("/$defs/skp", "/data/skp/0", "skp", bentuk::<Skp>),
        ("/$defs/jangka", "/data/skp/0/periode", "skp", bentuk::<Jangka>),
        ("/$defs/cuplikan", "/data/skp/0/dinilai", "skp", bentuk::<Cuplikan>),
        ("/$defs/cuplikan", "/data/skp/0/penilai", "skp", bentuk::<Cuplikan>),
        ("/$defs/rhk", "/data/skp/0/rhk/0", "skp", bentuk::<Rhk>),
        ("/$defs/iki", "/data/skp/0/rhk/0/indikator/0", "skp", bentuk::<Iki>),
        (
            "/$defs/target/oneOf/0/properties/angka",
            "/data/skp/0/rhk/0/indikator/0/target/angka",
            "skp",
            bentuk_target_angka,
        ),
        ("/$defs/ekspektasi_perilaku", "/data/skp/0/perilaku/0", "skp", bentuk::<EkspektasiPerilaku>),
        ("/$defs/lampiran", "/data/skp/0/lampiran", "skp", bentuk::<Lampiran>),
        ("/$defs/perubahan", "/data/skp/0/perubahan/0", "skp", bentuk::<Perubahan>),
        ("/$defs/realisasi_kinerja", "/data/realisasi_kinerja/0", "realisasi_kinerja", bentuk::<RealisasiKinerja>),
        (
            "/$defs/realisasi_rhk",
            "/data/realisasi_kinerja/0/rhk/0",
            "realisasi_kinerja",
            bentuk::<jenjang::domain::evaluasi::RealisasiRhk>,
        ),
        (
            "/$defs/realisasi_iki",
            "/data/realisasi_kinerja/0/rhk/0/indikator/0",
            "realisasi_kinerja",
            bentuk::<RealisasiIki>,
        ),
        ("/$defs/bukti_dukung", "/data/realisasi_kinerja/0/rhk/0/bukti/0", "realisasi_kinerja", bentuk::<BuktiDukung>),
        (
            "/$defs/penilaian_mandiri",
            "/data/realisasi_kinerja/0/mandiri",
            "realisasi_kinerja",
            bentuk::<PenilaianMandiri>,
        ),
        ("/$defs/evaluasi_kinerja", "/data/evaluasi_kinerja/0", "evaluasi_kinerja", bentuk::<EvaluasiKinerja>),
        (
            "/$defs/umpan_balik_rhk",
            "/data/evaluasi_kinerja/0/umpan_balik_rhk/0",
            "evaluasi_kinerja",
            bentuk::<jenjang::domain::evaluasi::UmpanBalikRhk>,
        ),
        (
            "/$defs/umpan_balik_perilaku",
            "/data/evaluasi_kinerja/0/umpan_balik_perilaku/0",
            "evaluasi_kinerja",
            bentuk::<jenjang::domain::evaluasi::UmpanBalikPerilaku>,
        ),
        ("/$defs/dialog_kinerja", "/data/dialog_kinerja/0", "dialog_kinerja", bentuk::<DialogKinerja>),
        ("/$defs/kinerja_organisasi", "/data/kinerja_organisasi/0", "kinerja_organisasi", bentuk::<KinerjaOrganisasi>),
        (
            "/$defs/umpan_balik_masyarakat",
            "/data/umpan_balik_masyarakat/0",
            "umpan_balik_masyarakat",
            bentuk::<UmpanBalikMasyarakat>,
        ),
    ]
}

/// The office reduced to the people its records name, with the first record of each kinerja
/// collection deleted (so `dihapus_pada` is written too), as a full file.
fn berkas_penuh_kinerja() -> Value {
    let k = kantor();
    let mut d = k.d.clone();
    let dinamai: HashSet<Id> = d.skp.iter().map(|s| s.pegawai.clone()).collect();
    d.pegawai.retain(|p| {
        dinamai.contains(&p.id) || d.umpan_balik_masyarakat.iter().any(|u| u.pegawai.as_ref() == Some(&p.id))
    });
    let hapus = Some(jam(30));
    d.skp[0].dihapus_pada = hapus;
    d.realisasi_kinerja[0].dihapus_pada = hapus;
    d.evaluasi_kinerja[0].dihapus_pada = hapus;
    d.dialog_kinerja[0].dihapus_pada = hapus;
    d.kinerja_organisasi[0].dihapus_pada = hapus;
    d.umpan_balik_masyarakat[0].dihapus_pada = hapus;
    serde_json::from_str(&ekspor_lengkap(&d, SEKARANG, WIB)).unwrap()
}

#[test]
fn kinerja_schema_fields_and_required_lists_agree_with_the_rust_types_and_the_reader() {
    // A field added to `Skp` (or to any type below) without the schema fails here: the schema's
    // properties are compared with the fields serde knows, not only with what one file holds.
    let s = skema();
    let penuh = berkas_penuh_kinerja();
    baca_nilai(&penuh, &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(menurut_skema(&penuh), Vec::<String>::new());
    for (def, penunjuk, koleksi, bentuk) in rekaman_kinerja() {
        let d = s.pointer(def).unwrap_or_else(|| panic!("{def} missing from the schema"));
        let properti: BTreeSet<String> = d["properties"].as_object().unwrap().keys().cloned().collect();
        let wajib: BTreeSet<String> = d
            .get("required")
            .map(|r| r.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect())
            .unwrap_or_default();
        assert_eq!(d["additionalProperties"], json!(false), "{def}: the type refuses unknown fields");
        let ditulis = penuh.pointer(penunjuk).unwrap_or_else(|| panic!("{penunjuk} not in the file"));
        let kunci: BTreeSet<String> = ditulis.as_object().unwrap().keys().cloned().collect();
        let (medan_rust, wajib_rust) = bentuk(ditulis);
        assert_eq!(properti, medan_rust, "{def}: schema properties vs the fields of the Rust type");
        assert_eq!(kunci, medan_rust, "{def}: the full record written at {penunjuk} has every field");
        assert_eq!(wajib, wajib_rust, "{def}: schema required vs fields without #[serde(default)]");

        for medan in &properti {
            let mut v = penuh.clone();
            v.pointer_mut(penunjuk).unwrap().as_object_mut().unwrap().remove(medan);
            let hasil = baca_nilai(&v, &Dataset::default());
            if wajib.contains(medan) {
                let m = hasil.expect_err(&format!("{def}.{medan} is required"));
                assert!(
                    m.iter().any(|x| {
                        let l = x.lokasi();
                        l.koleksi.as_deref() == Some(koleksi)
                            && l.rekaman == Some(0)
                            && (l.medan.as_deref().is_some_and(|p| p.ends_with(medan.as_str()))
                                || x.pesan_id().contains(&format!("kolom wajib \"{medan}\" tidak ada")))
                    }),
                    "{def}.{medan}: {}",
                    pesan(&m)
                );
                assert!(!menurut_skema(&v).is_empty(), "the schema must refuse a file without {def}.{medan}");
            } else {
                assert!(hasil.is_ok(), "{def}.{medan} is optional: {}", pesan(&hasil.err().unwrap()));
                assert_eq!(menurut_skema(&v), Vec::<String>::new(), "{def}.{medan} is optional");
            }
        }

        // An unknown field is refused by both, at its path.
        let mut v = penuh.clone();
        v.pointer_mut(penunjuk).unwrap().as_object_mut().unwrap().insert("medan_asing".into(), json!(1));
        let m = baca_nilai(&v, &Dataset::default()).expect_err(&format!("{def}: unknown field accepted"));
        assert!(
            m.iter().any(|x| matches!(x, MasalahImpor::MedanTidakDikenal { lokasi }
                if lokasi.koleksi.as_deref() == Some(koleksi)
                    && lokasi.medan.as_deref().is_some_and(|p| p.ends_with("medan_asing")))),
            "{def}: {}",
            pesan(&m)
        );
        assert!(!menurut_skema(&v).is_empty(), "{def}: the schema accepted an unknown field");
    }
    // And the collections themselves are the optional arrays of `data`.
    let data = &s["properties"]["data"];
    for k in Koleksi::KINERJA {
        assert!(!data["required"].as_array().unwrap().contains(&json!(k.nama())), "{}", k.nama());
        assert_eq!(data["properties"][k.nama()]["type"], json!("array"), "{}", k.nama());
    }
}

/// A schema that checks one value against one definition of the published schema.
fn validator_untuk(def: &str) -> jsonschema::Validator {
    let v = json!({ "$defs": skema()["$defs"].clone(), "$ref": format!("#/$defs/{def}") });
    jsonschema::draft202012::new(&v).unwrap()
}

#[test]
fn periods_targets_and_scores_the_schema_accepts_are_exactly_those_the_reader_accepts() {
    let periode = validator_untuk("periode");
    let target = validator_untuk("target");
    let skor = validator_untuk("skor");
    // Every value the Rust types can hold in range, as serde writes it.
    let mut sah: Vec<(&jsonschema::Validator, Value)> = Vec::new();
    for p in (1..=12).map(Periode::Bulan).chain((1..=4).map(Periode::Triwulan)).chain((1..=2).map(Periode::Semester)) {
        sah.push((&periode, serde_json::to_value(p).unwrap()));
    }
    sah.push((&periode, json!("tahunan")));
    assert_eq!(serde_json::to_value(Periode::Triwulan(2)).unwrap(), json!({"triwulan": 2}));
    for x in [Target::Angka { nilai: 2.0, satuan: "dokumen".into() }, Target::Teks("Laporan".into())] {
        sah.push((&target, serde_json::to_value(x).unwrap()));
    }
    assert_eq!(serde_json::to_value(Target::Teks("x".into())).unwrap(), json!({"teks": "x"}));
    for n in 1..=5 {
        sah.push((&skor, serde_json::to_value(Skor::Bintang(n)).unwrap()));
    }
    for n in [0, 827, 1000] {
        sah.push((&skor, serde_json::to_value(Skor::IkmPerSepuluh(n)).unwrap()));
    }
    assert_eq!(serde_json::to_value(Skor::IkmPerSepuluh(827)).unwrap(), json!({"ikm-per-sepuluh": 827}));
    for (v, x) in &sah {
        assert!(v.is_valid(x), "the schema refuses {x}, which Jenjang writes");
    }

    // Values near them: the schema and the reader (serde, then the range check) agree on each.
    let dibaca_periode = |x: &Value| serde_json::from_value::<Periode>(x.clone()).is_ok_and(Periode::sah);
    let dibaca_target = |x: &Value| serde_json::from_value::<Target>(x.clone()).is_ok();
    let dibaca_skor = |x: &Value| serde_json::from_value::<Skor>(x.clone()).is_ok_and(Skor::sah);
    let mut calon_periode = vec![
        json!("Tahunan"),
        json!("triwulan"),
        json!("bulanan"),
        json!({"minggu": 1}),
        json!({"triwulan": "2"}),
        json!({"triwulan": 2.5}),
        json!({"triwulan": -1}),
        json!({"triwulan": 256}),
        json!({"triwulan": 2, "bulan": 3}),
        json!({}),
        json!(2),
        json!(null),
        json!({"tahunan": 1}),
        json!({"tahunan": {}}),
    ];
    for (k, maks) in [("bulan", 12), ("triwulan", 4), ("semester", 2)] {
        calon_periode.extend([json!({ k: 0 }), json!({ k: maks }), json!({ k: maks + 1 })]);
    }
    let calon_target = [
        json!({"angka": {"nilai": 2, "satuan": "dokumen"}}),
        json!({"angka": {"nilai": -0.5, "satuan": ""}}),
        json!({"angka": {"nilai": "2", "satuan": "dokumen"}}),
        json!({"angka": {"nilai": 2}}),
        json!({"angka": {"nilai": 2, "satuan": "dokumen", "bobot": 1}}),
        json!({"angka": 2}),
        json!({"teks": 5}),
        json!({"persen": 100}),
        json!({"teks": "a", "angka": {"nilai": 1, "satuan": ""}}),
        json!("teks"),
    ];
    let calon_skor = [
        json!({"bintang": 0}),
        json!({"bintang": 6}),
        json!({"bintang": 9}),
        json!({"bintang": 4.5}),
        json!({"ikm-per-sepuluh": 1001}),
        json!({"ikm_per_sepuluh": 827}),
        json!({"ikm-per-sepuluh": -1}),
        json!({"bintang": 4, "ikm-per-sepuluh": 800}),
        json!("bintang"),
    ];
    let mut diperiksa = 0;
    let mut ditolak = 0;
    for (v, dibaca, calon) in [
        (&periode, &dibaca_periode as &dyn Fn(&Value) -> bool, &calon_periode[..]),
        (&target, &dibaca_target, &calon_target[..]),
        (&skor, &dibaca_skor, &calon_skor[..]),
    ] {
        for x in calon {
            assert_eq!(v.is_valid(x), dibaca(x), "schema and reader disagree on {x}");
            diperiksa += 1;
            ditolak += usize::from(!dibaca(x));
        }
    }
    assert!(diperiksa > 35 && ditolak > 25, "{diperiksa} {ditolak}");
    // The one leniency (exchange-format.md, "Kelonggaran pembaca"): the annual period in the map
    // form serde also reads, `{"tahunan": null}`. Written again it is `"tahunan"`.
    let longgar = json!({"tahunan": null});
    assert!(!periode.is_valid(&longgar) && dibaca_periode(&longgar));
    assert_eq!(serde_json::to_value(serde_json::from_value::<Periode>(longgar).unwrap()).unwrap(), json!("tahunan"));
}

// ---------------------------------------------------------------------------------------------
// Merge: the pegawai's self-assessment meets the penilai's evaluation
// ---------------------------------------------------------------------------------------------

#[test]
fn a_self_assessment_merges_beside_the_penilais_evaluation_without_conflict_and_twice_changes_nothing() {
    // Both start from the same office with the approved SKP and nothing on it yet.
    let k = kantor();
    let mut awal = k.d.clone();
    let skp_id = awal.skp[0].id.clone();
    awal.realisasi_kinerja.retain(|r| r.skp != skp_id);
    awal.evaluasi_kinerja.retain(|e| e.skp != skp_id);
    awal.dialog_kinerja.retain(|e| e.skp != skp_id);
    let mut pegawai = awal.clone();
    let mut penilai = awal.clone();
    let rhk = pegawai.skp[0].rhk[0].clone();

    // The pegawai reports Triwulan I and rates themself…
    let mut real = RealisasiKinerja::baru(Id::dari_byte_acak([71; 16]), skp_id.clone(), Periode::Triwulan(1), jam(40));
    real.untuk_rhk_mut(&rhk.id).indikator.push(RealisasiIki {
        iki: rhk.indikator[0].id.clone(),
        nilai: Some(40.0),
        uraian: String::new(),
    });
    real.mandiri = Some(PenilaianMandiri {
        rating_hasil_kerja: Some(Rating::DiAtasEkspektasi),
        rating_perilaku: Some(Rating::DiAtasEkspektasi),
        refleksi: "Target terlampaui".into(),
    });
    pegawai.realisasi_kinerja.push(real.clone());
    // …while the penilai, on their own computer, has already rated the same SKP and period.
    let mut ev = EvaluasiKinerja::baru(Id::dari_byte_acak([72; 16]), skp_id.clone(), Periode::Triwulan(1), jam(41));
    ev.rating_hasil_kerja = Some(Rating::SesuaiEkspektasi);
    ev.rating_perilaku = Some(Rating::DiAtasEkspektasi);
    penilai.evaluasi_kinerja.push(ev.clone());

    // The self-assessment file reaches the penilai.
    let berkas = ekspor_pegawai(&pegawai, &k.dinilai, jam(42), WIB).unwrap();
    let masuk = baca_berkas(berkas.as_bytes(), &penilai).unwrap_or_else(|m| panic!("{}", pesan(&m))).data.ke_masukan();
    assert_eq!(masuk.realisasi_kinerja, vec![real.clone()]);
    assert!(masuk.evaluasi_kinerja.is_empty(), "the pegawai has no evaluation to send");
    let pr = pratinjau(&penilai, &masuk);
    assert!(pr.konflik.is_empty(), "{:?}", pr.konflik);
    assert_eq!(pr.hitungan(Koleksi::Skp).map(|h| (h.sama, h.total())), Some((2, 2)));
    assert_eq!(pr.hitungan(Koleksi::RealisasiKinerja), Some(&Hitungan { baru: 1, ..Hitungan::default() }));
    assert_eq!(pr.hitungan(Koleksi::EvaluasiKinerja), None);
    assert_eq!((pr.pegawai.sama, pr.pegawai.total()), (1, 1));

    let (setelah, tersentuh) = terapkan(&penilai, &masuk, &Keputusan::default(), jam(43));
    assert_eq!(tersentuh, vec![Koleksi::Sinkron, Koleksi::RealisasiKinerja]);
    // Two separate records for one SKP and period: theirs beside mine, each intact.
    let r = setelah.realisasi_kinerja.iter().find(|r| r.id == real.id).unwrap();
    let e = setelah.evaluasi_kinerja.iter().find(|e| e.id == ev.id).unwrap();
    assert_eq!((r, e), (&real, &ev));
    let banding = bandingkan(Some(r), Some(e));
    assert!(banding.beda_hasil_kerja() && !banding.beda_perilaku());

    // Importing the same file again changes nothing.
    let pr = pratinjau(&setelah, &masuk);
    assert!(pr.konflik.is_empty() && !pr.ada_perubahan(), "{pr:?}");
    let (lagi, tersentuh) = terapkan(&setelah, &masuk, &Keputusan::default(), jam(44));
    assert!(tersentuh.is_empty(), "{tersentuh:?}");
    assert_eq!(lagi, setelah);

    // What the penilai sends back — the same pegawai's file from their side — carries the
    // evaluation; the pegawai takes it, again without a conflict, and has both.
    let balik = ekspor_pegawai(&setelah, &k.dinilai, jam(45), WIB).unwrap();
    let masuk = baca_berkas(balik.as_bytes(), &pegawai).unwrap().data.ke_masukan();
    assert_eq!(masuk.evaluasi_kinerja, vec![ev.clone()]);
    let pr = pratinjau(&pegawai, &masuk);
    assert!(pr.konflik.is_empty());
    assert_eq!(pr.hitungan(Koleksi::EvaluasiKinerja), Some(&Hitungan { baru: 1, ..Hitungan::default() }));
    assert_eq!(pr.hitungan(Koleksi::RealisasiKinerja).map(|h| h.sama), Some(1));
    let (pegawai_kini, _) = terapkan(&pegawai, &masuk, &Keputusan::default(), jam(46));
    assert!(pegawai_kini.evaluasi_kinerja.contains(&ev) && pegawai_kini.realisasi_kinerja.contains(&real));
}

// ---------------------------------------------------------------------------------------------
// The documentation's example
// ---------------------------------------------------------------------------------------------

#[test]
fn the_documented_self_assessment_example_is_what_jenjang_exports_for_that_pegawai() {
    let doc = fs::read_to_string(akar().join("docs/exchange-format.md")).unwrap();
    let sesudah = &doc[doc.find("## 8. Contoh").unwrap()..];
    let awal = sesudah.find("```json\n").unwrap() + "```json\n".len();
    let contoh = &sesudah[awal..awal + sesudah[awal..].find("```").unwrap()];
    assert_eq!(menurut_skema_teks(contoh), Vec::<String>::new());
    let b = baca_berkas(contoh.as_bytes(), &Dataset::default()).unwrap_or_else(|m| panic!("{}", pesan(&m)));
    assert_eq!(b.jenis, JenisBerkas::PenilaianMandiri);
    let x = &b.data.kinerja;
    assert_eq!((x.skp.len(), x.realisasi_kinerja.len(), x.dialog_kinerja.len()), (1, 1, 1));
    assert!(x.realisasi_kinerja[0].mandiri.is_some());
    // The same records as Budi's file exported from the valid fixture's data before the
    // penilai's evaluation arrived: the example is what Jenjang writes, only laid out by hand.
    let mut d = dataset_dari(&baca_fixture("sah-kinerja.json").unwrap());
    d.evaluasi_kinerja.clear();
    let budi = d.pegawai[0].id.clone();
    let diekspor = ekspor_pegawai(&d, &budi, SEKARANG, WIB).unwrap();
    let diekspor = baca_berkas(diekspor.as_bytes(), &Dataset::default()).unwrap();
    assert_eq!(b.data, diekspor.data);
    let ditulis: Value = serde_json::from_str(&ekspor_pegawai(&d, &budi, SEKARANG, WIB).unwrap()).unwrap();
    let contoh: Value = serde_json::from_str(contoh).unwrap();
    assert_eq!(contoh["data"], ditulis["data"]);
}
