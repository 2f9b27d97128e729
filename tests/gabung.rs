//! Merging an imported file (issue 3 §2 and §5): new, changed on one side, changed on both,
//! deleted on one side, deleted and changed; choices per record and for all; the sync base;
//! importing twice changes nothing; a generated office merged into itself and into nothing.

use jenjang::domain::contoh::data_contoh;
use jenjang::domain::id::Id;
use jenjang::domain::nip::{JenisNomorInduk, Nip};
use jenjang::domain::pegawai::{JenisKenaikanPangkat, Pegawai, RiwayatPangkat, StatusPegawai, UnitKerja};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::pangkat::{Golongan, GolonganPns};
use jenjang::store::dataset::{Dataset, Koleksi, Pengaturan};
use jenjang::store::gabung::{
    catat_ekspor, pratinjau, tampil_stempel, terapkan, Hitungan, JejakSinkron, Keputusan, Masukan, Pilihan, Pratinjau,
};
use jenjang::store::penyimpanan::{kunci_koleksi, muat, simpan, Penyimpanan, PenyimpananMemori};

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

fn tgl(y: i32, m: u8, d: u8) -> Tanggal {
    Tanggal::new(y, m, d).unwrap()
}

/// 22 November 2026, 02:00 UTC, and later moments by the hour.
const T0: Stempel = Stempel(1_795_312_800_000);
fn jam(n: i64) -> Stempel {
    Stempel(T0.0 + n * 3_600_000)
}

fn id(n: u8) -> Id {
    Id::dari_byte_acak([n; 16])
}

fn pangkat(n: u8, g: GolonganPns, tmt: Tanggal) -> RiwayatPangkat {
    RiwayatPangkat {
        id: id(200 + n),
        golongan: Golongan::Pns(g),
        tmt,
        nomor_sk: String::new(),
        tanggal_sk: None,
        jenis_kenaikan: JenisKenaikanPangkat::Reguler,
    }
}

fn pegawai(n: u8, nama: &str) -> Pegawai {
    let nip = Nip::parse("19860926 201505 1 001", JenisNomorInduk::Nip, tgl(2026, 11, 22)).unwrap();
    Pegawai {
        id: id(n),
        created_at: T0,
        updated_at: T0,
        dihapus_pada: None,
        tanggal_lahir: nip.tanggal_lahir(),
        jenis_kelamin: nip.jenis_kelamin(),
        nip,
        nik: None,
        nama: nama.into(),
        gelar_depan: String::new(),
        gelar_belakang: String::new(),
        tempat_lahir: "Bandung".into(),
        status: StatusPegawai::Pns,
        unit_kerja: None,
        riwayat_pangkat: vec![
            pangkat(1, GolonganPns::IIIA, tgl(2015, 5, 1)),
            pangkat(2, GolonganPns::IIIB, tgl(2019, 4, 1)),
        ],
        riwayat_jabatan: vec![],
        riwayat_pendidikan: vec![],
    }
}

fn unit(n: u8, nama: &str, induk: Option<Id>) -> UnitKerja {
    UnitKerja { id: id(n), created_at: T0, updated_at: T0, dihapus_pada: None, nama: nama.into(), induk }
}

/// Two people's data after one exchange: the same pegawai 1–3 and unit 100 on both sides,
/// with the sync base recorded on both (one exported, the other imported).
fn berdua() -> (Dataset, Dataset) {
    let mut saya = Dataset::default();
    saya.unit_kerja.push(unit(100, "Sekretariat", None));
    for (n, nama) in [(1, "Siti Rahayu"), (2, "Budi Santoso"), (3, "Maria Lumempouw")] {
        let mut p = pegawai(n, nama);
        p.unit_kerja = Some(id(100));
        saya.pegawai.push(p);
    }
    let mut mereka = Dataset::default();
    let berkas = kirim(&mut saya);
    terima(&mut mereka, &berkas, &Keputusan::default(), jam(0));
    assert_eq!((mereka.pegawai.clone(), mereka.unit_kerja.clone()), (saya.pegawai.clone(), saya.unit_kerja.clone()));
    (saya, mereka)
}

/// Exports the whole dataset and records the sync base, as the UI does after a download.
fn kirim(d: &mut Dataset) -> Masukan {
    let m = Masukan {
        pegawai: d.pegawai.clone(),
        unit_kerja: d.unit_kerja.clone(),
        pengaturan: Some(d.pengaturan.clone()),
        skp: d.skp.clone(),
        realisasi_kinerja: d.realisasi_kinerja.clone(),
        evaluasi_kinerja: d.evaluasi_kinerja.clone(),
        dialog_kinerja: d.dialog_kinerja.clone(),
        kinerja_organisasi: d.kinerja_organisasi.clone(),
        umpan_balik_masyarakat: d.umpan_balik_masyarakat.clone(),
    };
    assert_eq!(catat_ekspor(d, &m), Koleksi::Sinkron);
    m
}

/// Applies a file and returns the collections it touched.
fn terima(d: &mut Dataset, m: &Masukan, k: &Keputusan, sekarang: Stempel) -> Vec<Koleksi> {
    let (baru, tersentuh) = terapkan(d, m, k, sekarang);
    *d = baru;
    tersentuh
}

fn cari(d: &Dataset, n: u8) -> &Pegawai {
    d.pegawai.iter().find(|p| p.id == id(n)).unwrap()
}

/// Edits a pegawai the way the app does: through `simpan_pegawai`, which stamps `updated_at`.
fn ubah(d: &mut Dataset, n: u8, pada: Stempel, f: impl FnOnce(&mut Pegawai)) {
    let mut p = cari(d, n).clone();
    f(&mut p);
    d.simpan_pegawai(p, pada);
}

fn hitung(baru: usize, berubah: usize, sama: usize, lokal_lebih_baru: usize, konflik: usize) -> Hitungan {
    Hitungan { baru, berubah, sama, lokal_lebih_baru, konflik, ..Hitungan::default() }
}

fn semua_sama(p: &Pratinjau, pegawai: usize, unit: usize) {
    assert_eq!(p.pegawai, hitung(0, 0, pegawai, 0, 0), "pegawai");
    assert_eq!(p.unit_kerja, hitung(0, 0, unit, 0, 0), "unit kerja");
    assert!(p.konflik.is_empty() && !p.ada_perubahan());
}

// ---------------------------------------------------------------------------------------------
// The merge cases (issue 3 §5)
// ---------------------------------------------------------------------------------------------

#[test]
fn a_new_record_is_added_with_its_base() {
    let (mut saya, mut mereka) = berdua();
    let mut p = pegawai(4, "Andi Pratama");
    p.created_at = jam(2);
    p.updated_at = jam(2);
    mereka.pegawai.push(p.clone());
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, hitung(1, 0, 3, 0, 0));
    assert_eq!(pr.unit_kerja, hitung(0, 0, 1, 0, 0));
    assert!(pr.ada_perubahan());

    let tersentuh = terima(&mut saya, &berkas, &Keputusan::default(), jam(3));
    assert_eq!(tersentuh, [Koleksi::Pegawai, Koleksi::Sinkron]);
    assert_eq!(cari(&saya, 4), &p);
    assert_eq!(saya.sinkron.basis(Koleksi::Pegawai, &id(4)), Some(jam(2)));
}

#[test]
fn a_record_changed_only_on_their_side_is_taken_with_their_stamp() {
    let (mut saya, mut mereka) = berdua();
    ubah(&mut mereka, 2, jam(5), |p| p.nama = "Budi Santoso Wibowo".into());
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, hitung(0, 1, 2, 0, 0));
    assert!(pr.konflik.is_empty());

    assert_eq!(terima(&mut saya, &berkas, &Keputusan::default(), jam(6)), [Koleksi::Pegawai, Koleksi::Sinkron]);
    assert_eq!(cari(&saya, 2).nama, "Budi Santoso Wibowo");
    assert_eq!(cari(&saya, 2).updated_at, jam(5), "their updated_at is kept, so both sides are now equal");
    assert_eq!(cari(&saya, 2), cari(&mereka, 2));
}

#[test]
fn a_record_changed_only_on_my_side_is_kept() {
    let (mut saya, mut mereka) = berdua();
    ubah(&mut saya, 1, jam(5), |p| p.tempat_lahir = "Garut".into());
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, hitung(0, 0, 2, 1, 0));
    assert!(!pr.ada_perubahan());

    let sebelum = saya.clone();
    // Even "take theirs for all" does not touch a record that only I changed.
    let tersentuh = terima(&mut saya, &berkas, &Keputusan::untuk_semua(Pilihan::MilikMereka), jam(6));
    assert!(tersentuh.is_empty(), "{tersentuh:?}");
    assert_eq!(saya, sebelum);
    assert_eq!(cari(&saya, 1).tempat_lahir, "Garut");
}

#[test]
fn a_record_changed_on_both_sides_is_a_conflict_showing_the_fields_that_differ() {
    let (mut saya, mut mereka) = berdua();
    mereka.unit_kerja.push(unit(101, "Bidang Mutasi dan Promosi", Some(id(100))));
    ubah(&mut saya, 1, jam(4), |p| {
        p.nama = "Siti Rahayu Lestari".into();
        p.riwayat_pangkat.push(pangkat(3, GolonganPns::IIIC, tgl(2023, 4, 1)));
    });
    ubah(&mut mereka, 1, jam(5), |p| {
        p.nama = "Siti Rahayu Wulandari".into();
        p.tanggal_lahir = tgl(1986, 9, 27);
        p.unit_kerja = Some(id(101));
        p.riwayat_pangkat[1].tmt = tgl(2019, 10, 1);
    });
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, hitung(0, 0, 2, 0, 1));
    assert_eq!(pr.unit_kerja, hitung(1, 0, 1, 0, 0));
    assert_eq!(pr.konflik.len(), 1);
    let k = &pr.konflik[0];
    assert_eq!((k.koleksi, &k.id), (Koleksi::Pegawai, &id(1)));
    assert_eq!(k.label, "Siti Rahayu Lestari (NIP 19860926 201505 1 001)");
    assert!(!k.lokal_dihapus && !k.masuk_dihapus);

    let bidang: Vec<&str> = k.beda.iter().map(|b| b.bidang.as_str()).collect();
    assert_eq!(bidang, ["nama", "tanggal_lahir", "unit_kerja", "riwayat_pangkat", "updated_at"]);
    let sisi = |b: &str| {
        let x = k.beda.iter().find(|x| x.bidang == b).unwrap();
        (x.label.as_str(), x.lokal.as_str(), x.masuk.as_str())
    };
    assert_eq!(sisi("nama"), ("Nama", "Siti Rahayu Lestari", "Siti Rahayu Wulandari"));
    assert_eq!(sisi("tanggal_lahir"), ("Tanggal lahir", "26 September 1986", "27 September 1986"));
    // Their unit is new in the same file: its name comes from the file.
    assert_eq!(sisi("unit_kerja"), ("Unit kerja", "Sekretariat", "Bidang Mutasi dan Promosi"));
    assert_eq!(
        sisi("riwayat_pangkat"),
        (
            "Riwayat pangkat",
            "3 riwayat; berbeda: III/b, TMT 1 April 2019; III/c, TMT 1 April 2023",
            "2 riwayat; berbeda: III/b, TMT 1 Oktober 2019"
        )
    );
    assert_eq!(
        sisi("updated_at"),
        ("Terakhir diubah", "22 November 2026 pukul 06.00 UTC", "22 November 2026 pukul 07.00 UTC")
    );
}

#[test]
fn a_record_deleted_only_on_their_side_is_deleted_here_by_its_tombstone() {
    let (mut saya, mut mereka) = berdua();
    assert!(mereka.hapus_pegawai(&id(3), jam(5)));
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, Hitungan { dihapus: 1, ..hitung(0, 1, 2, 0, 0) });

    terima(&mut saya, &berkas, &Keputusan::default(), jam(6));
    assert_eq!(saya.pegawai.len(), 3, "a tombstone, not a removal");
    assert!(saya.cari_pegawai(&id(3)).is_none());
    assert_eq!(cari(&saya, 3).dihapus_pada, Some(jam(5)));
}

#[test]
fn deleted_here_and_changed_there_is_a_conflict() {
    let (mut saya, mut mereka) = berdua();
    assert!(saya.hapus_pegawai(&id(2), jam(4)));
    ubah(&mut mereka, 2, jam(5), |p| p.gelar_belakang = "S.Kom.".into());
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, hitung(0, 0, 2, 0, 1));
    let k = &pr.konflik[0];
    assert!(k.lokal_dihapus && !k.masuk_dihapus);
    assert_eq!(k.beda[0].bidang, "dihapus_pada", "the deletion is shown first");
    assert_eq!(k.beda[0].lokal, "dihapus pada 22 November 2026 pukul 06.00 UTC");
    assert_eq!(k.beda[0].masuk, "aktif");
    assert!(k.beda.iter().any(|b| b.bidang == "gelar_belakang" && b.lokal == "(kosong)" && b.masuk == "S.Kom."));

    // Taking theirs brings the pegawai back, as they edited it.
    let (hasil, _) = terapkan(&saya, &berkas, &Keputusan::untuk_semua(Pilihan::MilikMereka), jam(6));
    assert_eq!(hasil.cari_pegawai(&id(2)).map(|p| p.gelar_belakang.as_str()), Some("S.Kom."));
    // Keeping mine keeps it deleted.
    let (hasil, _) = terapkan(&saya, &berkas, &Keputusan::default(), jam(6));
    assert!(hasil.cari_pegawai(&id(2)).is_none());
}

#[test]
fn changed_here_and_deleted_there_is_a_conflict() {
    let (mut saya, mut mereka) = berdua();
    ubah(&mut saya, 2, jam(4), |p| p.nama = "Budi S.".into());
    assert!(mereka.hapus_pegawai(&id(2), jam(5)));
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai.konflik, 1);
    assert_eq!(pr.pegawai.dihapus, 0, "a deletion in conflict is not counted as a plain deletion");
    let k = &pr.konflik[0];
    assert!(!k.lokal_dihapus && k.masuk_dihapus);
    assert_eq!(k.beda[0].masuk, "dihapus pada 22 November 2026 pukul 07.00 UTC");
}

#[test]
fn conflicts_follow_the_choice_for_all_unless_a_record_has_its_own() {
    let (mut saya, mut mereka) = berdua();
    for n in 1..=3 {
        ubah(&mut saya, n, jam(4), |p| p.tempat_lahir = "Garut".into());
        ubah(&mut mereka, n, jam(5), |p| p.tempat_lahir = "Medan".into());
    }
    let berkas = kirim(&mut mereka);
    assert_eq!(pratinjau(&saya, &berkas).pegawai.konflik, 3);

    let tempat = |d: &Dataset| (1..=3).map(|n| cari(d, n).tempat_lahir.clone()).collect::<Vec<_>>();

    let (hasil, _) = terapkan(&saya, &berkas, &Keputusan::untuk_semua(Pilihan::MilikMereka), jam(6));
    assert_eq!(tempat(&hasil), ["Medan", "Medan", "Medan"]);

    let (hasil, _) = terapkan(&saya, &berkas, &Keputusan::untuk_semua(Pilihan::PunyaSaya), jam(6));
    assert_eq!(tempat(&hasil), ["Garut", "Garut", "Garut"]);
    assert_eq!(Keputusan::default().semua, Pilihan::PunyaSaya, "by default nothing of mine is overwritten");

    let mut k = Keputusan::untuk_semua(Pilihan::PunyaSaya);
    k.pilih(Koleksi::Pegawai, id(2), Pilihan::MilikMereka);
    let (hasil, _) = terapkan(&saya, &berkas, &k, jam(6));
    assert_eq!(tempat(&hasil), ["Garut", "Medan", "Garut"]);

    let mut k = Keputusan::untuk_semua(Pilihan::MilikMereka);
    k.pilih(Koleksi::Pegawai, id(3), Pilihan::PunyaSaya);
    // A choice for the same id in another collection does not apply here.
    k.pilih(Koleksi::UnitKerja, id(1), Pilihan::PunyaSaya);
    let (hasil, _) = terapkan(&saya, &berkas, &k, jam(6));
    assert_eq!(tempat(&hasil), ["Medan", "Medan", "Garut"]);
}

#[test]
fn keeping_mine_in_a_conflict_is_stamped_past_theirs_and_taken_back_there() {
    let (mut saya, mut mereka) = berdua();
    ubah(&mut saya, 1, jam(4), |p| p.tempat_lahir = "Garut".into());
    ubah(&mut mereka, 1, jam(5), |p| p.tempat_lahir = "Medan".into());
    let berkas = kirim(&mut mereka);
    // My clock is behind theirs: the stamp still lands after their version.
    terima(&mut saya, &berkas, &Keputusan::default(), jam(3));
    assert_eq!(cari(&saya, 1).tempat_lahir, "Garut");
    assert!(cari(&saya, 1).updated_at > jam(5));

    // Sent back, my choice is a plain one-sided change for them: no second conflict.
    let balik = kirim(&mut saya);
    let pr = pratinjau(&mereka, &balik);
    assert_eq!(pr.pegawai, hitung(0, 1, 2, 0, 0));
    terima(&mut mereka, &balik, &Keputusan::default(), jam(7));
    assert_eq!(cari(&mereka, 1), cari(&saya, 1));
}

#[test]
fn a_tombstone_of_a_record_never_seen_is_stored() {
    let (mut saya, mut mereka) = berdua();
    let mut p = pegawai(9, "Pegawai Sementara");
    p.created_at = jam(1);
    mereka.simpan_pegawai(p, jam(1));
    assert!(mereka.hapus_pegawai(&id(9), jam(2)));
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, Hitungan { baru_terhapus: 1, ..hitung(1, 0, 3, 0, 0) });
    terima(&mut saya, &berkas, &Keputusan::default(), jam(3));
    assert_eq!(cari(&saya, 9).dihapus_pada, Some(jam(2)));
    assert!(saya.cari_pegawai(&id(9)).is_none());

    // A later file that still holds the live record (someone who never saw the deletion)
    // does not bring it back: theirs is older than the tombstone.
    let mut lama = cari(&saya, 9).clone();
    lama.dihapus_pada = None;
    lama.updated_at = jam(1);
    let basi = Masukan { pegawai: vec![lama], ..Masukan::default() };
    assert_eq!(pratinjau(&saya, &basi).pegawai, hitung(0, 0, 0, 1, 0));
}

#[test]
fn records_only_here_are_left_alone() {
    let (mut saya, mut mereka) = berdua();
    saya.simpan_pegawai(pegawai(5, "Hanya Di Sini"), jam(2));
    saya.tambah_unit(id(105), "Unit Baru".into(), None, jam(2));
    // Their slice export holds one pegawai only: absence is not deletion.
    let berkas = Masukan { pegawai: vec![cari(&mereka, 1).clone()], ..Masukan::default() };
    catat_ekspor(&mut mereka, &Masukan { pegawai: berkas.pegawai.clone(), ..Masukan::default() });

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai.total(), 1);
    assert_eq!(pr.unit_kerja.total(), 0);
    let sebelum = saya.clone();
    let tersentuh = terima(&mut saya, &berkas, &Keputusan::untuk_semua(Pilihan::MilikMereka), jam(3));
    assert!(tersentuh.is_empty());
    assert_eq!(saya, sebelum);
    assert!(saya.cari_pegawai(&id(5)).is_some() && saya.cari_unit(&id(105)).is_some());
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    for pilihan in [Pilihan::MilikMereka, Pilihan::PunyaSaya] {
        let (mut saya, mut mereka) = berdua();
        ubah(&mut saya, 1, jam(4), |p| p.nama = "Mine".into());
        ubah(&mut mereka, 1, jam(5), |p| p.nama = "Theirs".into());
        ubah(&mut mereka, 2, jam(5), |p| p.nama = "Changed There".into());
        mereka.simpan_pegawai(pegawai(6, "Baru"), jam(5));
        assert!(mereka.hapus_pegawai(&id(3), jam(5)));
        mereka.tambah_unit(id(106), "Bidang Baru".into(), Some(id(100)), jam(5));
        let berkas = kirim(&mut mereka);
        let keputusan = Keputusan::untuk_semua(pilihan);

        let pertama = terima(&mut saya, &berkas, &keputusan, jam(6));
        assert_eq!(pertama, [Koleksi::Pegawai, Koleksi::UnitKerja, Koleksi::Sinkron], "{pilihan:?}");
        let setelah_pertama = saya.clone();

        let pr = pratinjau(&saya, &berkas);
        assert!(pr.konflik.is_empty() && !pr.ada_perubahan(), "{pilihan:?}: {pr:?}");
        match pilihan {
            Pilihan::MilikMereka => semua_sama(&pr, 4, 2),
            // My kept version is now simply newer than theirs.
            Pilihan::PunyaSaya => assert_eq!(pr.pegawai, hitung(0, 0, 3, 1, 0)),
        }
        let kedua = terima(&mut saya, &berkas, &keputusan, jam(7));
        assert!(kedua.is_empty(), "{pilihan:?}: {kedua:?}");
        assert_eq!(saya, setelah_pertama, "{pilihan:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The sync base
// ---------------------------------------------------------------------------------------------

#[test]
fn the_base_recorded_on_export_makes_their_later_edit_a_plain_change() {
    // I export, they import, they edit, I import: only they changed since my export.
    let (saya, mut mereka) = berdua();
    assert_eq!(saya.sinkron.basis(Koleksi::Pegawai, &id(1)), Some(T0), "recorded on export");
    assert_eq!(mereka.sinkron.basis(Koleksi::Pegawai, &id(1)), Some(T0), "recorded on import");
    assert_eq!(saya.sinkron.basis(Koleksi::UnitKerja, &id(100)), Some(T0));

    ubah(&mut mereka, 1, jam(5), |p| p.nama = "Siti R.".into());
    let berkas = kirim(&mut mereka);
    assert_eq!(pratinjau(&saya, &berkas).pegawai, hitung(0, 1, 2, 0, 0));

    // Without the base the same difference could not be told apart from a conflict.
    let mut tanpa_basis = saya.clone();
    tanpa_basis.sinkron = JejakSinkron::default();
    assert_eq!(pratinjau(&tanpa_basis, &berkas).pegawai, hitung(0, 0, 2, 0, 1));
}

#[test]
fn the_base_recorded_on_import_makes_my_later_edit_a_plain_change() {
    let (mut saya, mut mereka) = berdua();
    // They import from me... and I edit afterwards; their next file still holds the old version.
    ubah(&mut saya, 2, jam(4), |p| p.nama = "Budi S.".into());
    let berkas = kirim(&mut mereka);
    assert_eq!(pratinjau(&saya, &berkas).pegawai, hitung(0, 0, 2, 1, 0));
    // And the other way round: they, having imported, see my edit as a plain change.
    let dari_saya = kirim(&mut saya);
    assert_eq!(pratinjau(&mereka, &dari_saya).pegawai, hitung(0, 1, 2, 0, 0));
}

#[test]
fn a_stale_copy_is_not_taken_and_their_next_edit_of_it_is_a_conflict() {
    let (mut saya, mut mereka) = berdua();
    let basi = kirim(&mut mereka); // a copy taken before my edit below reached them
    ubah(&mut saya, 1, jam(4), |p| p.nama = "Siti R.".into());
    let _ = kirim(&mut saya); // sent, but never imported on their side

    // The old copy is older than what I last sent: nothing to take.
    assert_eq!(pratinjau(&saya, &basi).pegawai, hitung(0, 0, 2, 1, 0));
    terima(&mut saya, &basi, &Keputusan::default(), jam(5));
    assert_eq!(cari(&saya, 1).nama, "Siti R.");

    // They edit their old version later: that must not silently replace my edit they never saw.
    ubah(&mut mereka, 1, jam(6), |p| p.tempat_lahir = "Medan".into());
    let berkas = kirim(&mut mereka);
    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, hitung(0, 0, 2, 0, 1));
}

#[test]
fn without_a_base_any_difference_is_a_conflict() {
    let mut saya = Dataset::default();
    saya.pegawai.push(pegawai(1, "Siti Rahayu"));
    let mut theirs = pegawai(1, "Siti Rahayu");
    theirs.updated_at = jam(3);
    theirs.nama = "Siti Rahayu, lain".into();
    let pr = pratinjau(&saya, &Masukan { pegawai: vec![theirs], ..Masukan::default() });
    assert_eq!(pr.pegawai, hitung(0, 0, 0, 0, 1));
}

#[test]
fn the_same_stamp_with_different_content_is_a_conflict() {
    // A hand-edited file keeps the stamp but changes the content.
    let (saya, mereka) = berdua();
    let mut p = cari(&mereka, 1).clone();
    p.nama = "Diubah Tangan".into();
    let pr = pratinjau(&saya, &Masukan { pegawai: vec![p], ..Masukan::default() });
    assert_eq!(pr.pegawai, hitung(0, 0, 0, 0, 1));
}

#[test]
fn deleted_on_both_sides_is_not_a_conflict_and_the_later_tombstone_wins() {
    let (mut saya, mut mereka) = berdua();
    assert!(saya.hapus_pegawai(&id(1), jam(4)));
    assert!(mereka.hapus_pegawai(&id(1), jam(5)));
    assert!(saya.hapus_pegawai(&id(2), jam(5)));
    assert!(mereka.hapus_pegawai(&id(2), jam(4)));
    let berkas = kirim(&mut mereka);
    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.pegawai, hitung(0, 1, 1, 1, 0));
    assert_eq!(pr.pegawai.dihapus, 0, "already deleted here");
    terima(&mut saya, &berkas, &Keputusan::default(), jam(6));
    assert_eq!(cari(&saya, 1).dihapus_pada, Some(jam(5)));
    assert_eq!(cari(&saya, 2).dihapus_pada, Some(jam(5)));
}

#[test]
fn a_repeated_id_in_a_file_counts_once() {
    let (saya, mereka) = berdua();
    let p = cari(&mereka, 1).clone();
    let pr = pratinjau(&saya, &Masukan { pegawai: vec![p.clone(), p], ..Masukan::default() });
    assert_eq!(pr.pegawai, hitung(0, 0, 1, 0, 0));
}

#[test]
fn a_unit_conflict_names_the_parents() {
    let (mut saya, mut mereka) = berdua();
    saya.tambah_unit(id(101), "Bidang A".into(), Some(id(100)), jam(1));
    let berkas = kirim(&mut saya);
    terima(&mut mereka, &berkas, &Keputusan::default(), jam(1));
    saya.ganti_nama_unit(&id(101), "Bidang A Baru".into(), jam(2));
    saya.pindah_unit(&id(101), None, jam(2)).unwrap();
    mereka.ganti_nama_unit(&id(101), "Bidang A Lama".into(), jam(3));
    let berkas = kirim(&mut mereka);

    let pr = pratinjau(&saya, &berkas);
    assert_eq!(pr.unit_kerja, hitung(0, 0, 1, 0, 1));
    let k = &pr.konflik[0];
    assert_eq!((k.koleksi, k.label.as_str()), (Koleksi::UnitKerja, "Bidang A Baru"));
    let dua: Vec<(&str, &str, &str)> =
        k.beda.iter().map(|b| (b.label.as_str(), b.lokal.as_str(), b.masuk.as_str())).collect();
    assert_eq!(dua[0], ("Nama unit", "Bidang A Baru", "Bidang A Lama"));
    assert_eq!(dua[1], ("Unit induk", "— (unit teratas)", "Sekretariat"));
}

#[test]
fn a_hostile_long_name_is_shortened_in_the_diff() {
    let (mut saya, mut mereka) = berdua();
    ubah(&mut saya, 1, jam(4), |p| p.nama = "a".into());
    ubah(&mut mereka, 1, jam(5), |p| p.nama = "<script>".repeat(10_000));
    let berkas = kirim(&mut mereka);
    let pr = pratinjau(&saya, &berkas);
    let nama = pr.konflik[0].beda.iter().find(|b| b.bidang == "nama").unwrap();
    assert!(nama.masuk.chars().count() <= 200 && nama.masuk.ends_with('…'));
}

#[test]
fn stamps_read_as_indonesian_dates() {
    assert_eq!(tampil_stempel(T0), "22 November 2026 pukul 02.00 UTC");
}

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

#[test]
fn their_settings_are_taken_only_when_asked() {
    let (mut saya, mut mereka) = berdua();
    mereka.pengaturan.bup_fungsional.ubah(jenjang::rules::jabatan::JenjangFungsional::AhliMuda, 60);
    let berkas = kirim(&mut mereka);
    let pr = pratinjau(&saya, &berkas);
    assert!(pr.pengaturan_berbeda);
    semua_sama(&Pratinjau { pengaturan_berbeda: false, ..pr }, 3, 1);

    let (hasil, tersentuh) = terapkan(&saya, &berkas, &Keputusan::default(), jam(6));
    assert_eq!(hasil.pengaturan, Pengaturan::default());
    assert!(tersentuh.is_empty());

    let k = Keputusan { ambil_pengaturan: true, ..Keputusan::default() };
    assert_eq!(terima(&mut saya, &berkas, &k, jam(6)), [Koleksi::Pengaturan]);
    assert_eq!(saya.pengaturan, mereka.pengaturan);
    assert!(!pratinjau(&saya, &berkas).pengaturan_berbeda);
    // A slice file without settings never changes them.
    let irisan = Masukan { pengaturan: None, ..berkas };
    assert!(!pratinjau(&Dataset::default(), &irisan).pengaturan_berbeda);
}

// ---------------------------------------------------------------------------------------------
// A generated office
// ---------------------------------------------------------------------------------------------

fn kantor() -> Masukan {
    let (unit_kerja, pegawai) = data_contoh(2026, 300, tgl(2026, 11, 22), T0);
    Masukan { pegawai, unit_kerja, ..Masukan::default() }
}

#[test]
fn a_generated_office_merged_into_itself_is_all_unchanged() {
    let m = kantor();
    let d = Dataset { pegawai: m.pegawai.clone(), unit_kerja: m.unit_kerja.clone(), ..Dataset::default() };
    semua_sama(&pratinjau(&d, &m), m.pegawai.len(), m.unit_kerja.len());
    let (hasil, tersentuh) = terapkan(&d, &m, &Keputusan::default(), jam(1));
    assert_eq!(tersentuh, [Koleksi::Sinkron], "only the bases are new");
    assert_eq!((hasil.pegawai, hasil.unit_kerja), (d.pegawai, d.unit_kerja));
}

#[test]
fn a_generated_office_merged_into_nothing_is_all_new_and_equal_afterwards() {
    let m = kantor();
    assert_eq!(m.pegawai.len(), 300);
    let pr = pratinjau(&Dataset::default(), &m);
    assert_eq!(pr.pegawai, hitung(300, 0, 0, 0, 0));
    assert_eq!(pr.unit_kerja, hitung(m.unit_kerja.len(), 0, 0, 0, 0));

    let (hasil, tersentuh) = terapkan(&Dataset::default(), &m, &Keputusan::default(), jam(1));
    assert_eq!(tersentuh, [Koleksi::Pegawai, Koleksi::UnitKerja, Koleksi::Sinkron]);
    assert_eq!(hasil.pegawai, m.pegawai);
    assert_eq!(hasil.unit_kerja, m.unit_kerja);
    assert_eq!(hasil.sinkron.jumlah(), 300 + m.unit_kerja.len());
    semua_sama(&pratinjau(&hasil, &m), 300, m.unit_kerja.len());
    assert_eq!(terapkan(&hasil, &m, &Keputusan::default(), jam(2)), (hasil.clone(), vec![]));
}

// ---------------------------------------------------------------------------------------------
// Storage of the bases
// ---------------------------------------------------------------------------------------------

#[test]
fn the_bases_are_saved_and_loaded_with_the_dataset() {
    let (saya, _) = berdua();
    let s = PenyimpananMemori::default();
    simpan(&s, &saya, &Koleksi::SEMUA).unwrap();
    let teks = s.baca(&kunci_koleksi(Koleksi::Sinkron)).unwrap().unwrap();
    assert!(teks.starts_with("{\"pegawai\":{\""), "{teks}");
    assert!(teks.contains("\"2026-11-22T02:00:00.000Z\""), "{teks}");
    assert_eq!(muat(&s).unwrap(), saya);
}

#[test]
fn stored_data_without_bases_still_loads() {
    // Data saved before the sync bookkeeping existed: no `sinkron` key at all.
    let (saya, _) = berdua();
    let s = PenyimpananMemori::default();
    simpan(&s, &saya, &[Koleksi::Pegawai, Koleksi::UnitKerja, Koleksi::Pengaturan]).unwrap();
    assert_eq!(s.baca(&kunci_koleksi(Koleksi::Sinkron)).unwrap(), None);
    let d = muat(&s).unwrap();
    assert_eq!(d.sinkron, JejakSinkron::default());
    assert_eq!((d.pegawai, d.unit_kerja), (saya.pegawai, saya.unit_kerja));
    // And an object missing one collection's map loads too.
    s.tulis(&kunci_koleksi(Koleksi::Sinkron), "{}").unwrap();
    assert_eq!(muat(&s).unwrap().sinkron, JejakSinkron::default());
}

// ---------------------------------------------------------------------------------------------
// How much room applying a file needs (the import's storage check, issue 3 §5)
// ---------------------------------------------------------------------------------------------

/// Bytes the dataset takes once saved (every collection and the meta record).
fn tersimpan(d: &Dataset) -> usize {
    jenjang::store::kapasitas::kebutuhan(d)
}

/// The preview's estimate never comes out below the real growth of taking theirs everywhere,
/// and is close to it.
fn cek_tambahan(lokal: &Dataset, m: &Masukan, apa: &str) {
    let pr = pratinjau(lokal, m);
    let keputusan = Keputusan { ambil_pengaturan: true, ..Keputusan::untuk_semua(Pilihan::MilikMereka) };
    let (hasil, _) = terapkan(lokal, m, &keputusan, jam(50));
    let (sebelum, sesudah) = (tersimpan(lokal), tersimpan(&hasil));
    let taksiran = sebelum + 2 * pr.tambahan;
    assert!(sesudah <= taksiran, "{apa}: grows to {sesudah}, estimated {taksiran}");
    // Slack: the per-collection allowance and a comma per new record.
    let longgar = 2 * (16 * 40 + m.pegawai.len() + m.unit_kerja.len()) + 64;
    assert!(taksiran <= sesudah.max(sebelum) + longgar, "{apa}: estimated {taksiran}, grows to {sesudah}");
}

#[test]
fn the_room_an_import_needs_is_estimated_without_building_the_result() {
    let (unit_kerja, pegawai) = data_contoh(3, 400, tgl(2026, 11, 22), T0);
    let kantor = Dataset { pegawai, unit_kerja, ..Dataset::default() };
    let mut sumber = kantor.clone();
    let berkas = kirim(&mut sumber);

    // Into an empty browser: everything is new.
    cek_tambahan(&Dataset::default(), &berkas, "into an empty browser");
    // The same file again: nothing grows but nothing is estimated either beyond the slack.
    let mut sini = Dataset::default();
    terima(&mut sini, &berkas, &Keputusan::default(), jam(1));
    assert!(pratinjau(&sini, &berkas).tambahan < 2 * 16 * 40, "a file already applied needs no room");
    cek_tambahan(&sini, &berkas, "the same file again");

    // Their records changed (longer names, a longer unit name, new settings), some deleted, a few new.
    let mut lagi = sumber.clone();
    for n in 0..50 {
        let p = lagi.pegawai[n * 7].clone();
        let mut p2 = p.clone();
        p2.nama = format!("{} bin Abdurrahman Wahid", p.nama);
        lagi.simpan_pegawai(p2, jam(3));
    }
    let id_hapus = lagi.pegawai[1].id.clone();
    lagi.hapus_pegawai(&id_hapus, jam(4));
    lagi.unit_kerja[0].nama = "Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kabupaten Contoh".into();
    lagi.unit_kerja[0].updated_at = jam(4);
    lagi.pengaturan.instansi.nama = "Pemerintah Kabupaten Contoh".into();
    let (unit_baru, pegawai_baru) = data_contoh(4, 30, tgl(2026, 11, 22), T0);
    lagi.tambah_yang_belum_ada(unit_baru, pegawai_baru);
    let berkas2 = kirim(&mut lagi);
    cek_tambahan(&sini, &berkas2, "changed, deleted and new records");
    // Both sides changed: conflicts, counted as if theirs were taken.
    let mut konflik = sini.clone();
    for n in 0..20 {
        let id = konflik.pegawai[n * 7].id.clone();
        let mut p = konflik.pegawai.iter().find(|p| p.id == id).unwrap().clone();
        p.nama = "X".into();
        konflik.simpan_pegawai(p, jam(5));
    }
    assert!(!pratinjau(&konflik, &berkas2).konflik.is_empty());
    cek_tambahan(&konflik, &berkas2, "conflicts");
}
