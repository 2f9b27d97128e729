//! The persistence boundary, natively: round trip, a failing write leaves storage as it was,
//! newer or damaged data is refused and never overwritten.

use jenjang::domain::id::Id;
use jenjang::domain::nip::{JenisNomorInduk, Nip};
use jenjang::domain::pegawai::{JenisKelamin, Pegawai, StatusPegawai, UnitKerja};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::store::dataset::{Dataset, Koleksi, NasibAnggota, VERSI_SKEMA};
use jenjang::store::penyimpanan::{
    kunci_koleksi, kunci_meta, muat, simpan, GalatMuat, GalatPenyimpanan, Penyimpanan, PenyimpananMemori,
};

fn hari_ini() -> Tanggal {
    Tanggal::new(2026, 11, 23).unwrap()
}

fn pegawai(n: u8, nip: &str, unit: Option<Id>) -> Pegawai {
    let nip = Nip::parse(nip, JenisNomorInduk::Nip, hari_ini()).unwrap();
    Pegawai {
        id: Id::dari_byte_acak([n; 16]),
        created_at: Stempel(1),
        updated_at: Stempel(1),
        dihapus_pada: None,
        tanggal_lahir: nip.tanggal_lahir(),
        jenis_kelamin: nip.jenis_kelamin(),
        nip,
        nik: None,
        nama: format!("Pegawai {n}"),
        gelar_depan: String::new(),
        gelar_belakang: String::new(),
        tempat_lahir: "Bandung".into(),
        status: StatusPegawai::Pns,
        unit_kerja: unit,
        riwayat_pangkat: vec![],
        riwayat_jabatan: vec![],
        riwayat_pendidikan: vec![],
    }
}

fn unit(n: u8, nama: &str, induk: Option<Id>) -> UnitKerja {
    UnitKerja {
        id: Id::dari_byte_acak([n; 16]),
        created_at: Stempel(1),
        updated_at: Stempel(1),
        dihapus_pada: None,
        nama: nama.into(),
        induk,
    }
}

fn contoh() -> Dataset {
    let u = unit(100, "Sekretariat", None);
    let mut d = Dataset::default();
    d.pegawai.push(pegawai(1, "19860926 201505 1 001", Some(u.id.clone())));
    d.pegawai.push(pegawai(2, "199001152019032002", None));
    d.unit_kerja.push(u);
    d
}

#[test]
fn empty_storage_loads_an_empty_dataset() {
    assert_eq!(muat(&PenyimpananMemori::default()).unwrap(), Dataset::default());
}

#[test]
fn save_then_load_round_trips_every_collection() {
    let s = PenyimpananMemori::default();
    let d = contoh();
    simpan(&s, &d, &Koleksi::SEMUA).unwrap();
    assert_eq!(muat(&s).unwrap(), d);
    let meta = s.baca(&kunci_meta()).unwrap().unwrap();
    assert_eq!(meta, format!("{{\"versi_skema\":{VERSI_SKEMA}}}"));
}

#[test]
fn only_the_named_collection_is_written() {
    let s = PenyimpananMemori::default();
    let mut d = contoh();
    simpan(&s, &d, &Koleksi::SEMUA).unwrap();
    let unit_sebelum = s.baca(&kunci_koleksi(Koleksi::UnitKerja)).unwrap();
    d.unit_kerja[0].nama = "Diubah tanpa disimpan".into();
    d.pegawai[0].nama = "Nama baru".into();
    simpan(&s, &d, &[Koleksi::Pegawai]).unwrap();
    assert_eq!(s.baca(&kunci_koleksi(Koleksi::UnitKerja)).unwrap(), unit_sebelum);
    assert!(s.baca(&kunci_koleksi(Koleksi::Pegawai)).unwrap().unwrap().contains("Nama baru"));
}

#[test]
fn a_full_storage_fails_the_save_and_leaves_every_key_as_it_was() {
    let d = contoh();
    let ukuran_awal = {
        let s = PenyimpananMemori::default();
        simpan(&s, &d, &Koleksi::SEMUA).unwrap();
        let n = s
            .isi
            .borrow()
            .iter()
            .map(|(k, v)| (k.encode_utf16().count() + v.encode_utf16().count()) * 2)
            .sum::<usize>();
        n
    };
    let s = PenyimpananMemori::dengan_kuota(ukuran_awal + 200);
    simpan(&s, &d, &Koleksi::SEMUA).unwrap();
    let sebelum = s.isi.borrow().clone();

    // A change to both collections that does not fit: the unit collection (written first in
    // key order: "data.pegawai" < "data.unit_kerja") grows too, so a partial write would show.
    let mut besar = d.clone();
    besar.unit_kerja[0].nama = "U".repeat(40);
    for i in 0..50u8 {
        besar.pegawai.push(pegawai(10 + i, "19860926 201505 1 001", None));
    }
    let hasil = simpan(&s, &besar, &[Koleksi::UnitKerja, Koleksi::Pegawai]);
    assert_eq!(hasil, Err(GalatPenyimpanan::Penuh));
    assert_eq!(*s.isi.borrow(), sebelum, "storage must be byte-for-byte unchanged");
    assert_eq!(muat(&s).unwrap(), d);
}

#[test]
fn a_multi_collection_failure_rolls_back_the_collections_already_written() {
    // Unit collection fits, pegawai collection does not: the unit write must be undone.
    let d = contoh();
    let s = PenyimpananMemori::default();
    simpan(&s, &d, &Koleksi::SEMUA).unwrap();
    let terpakai: usize =
        s.isi.borrow().iter().map(|(k, v)| (k.encode_utf16().count() + v.encode_utf16().count()) * 2).sum();
    let s = PenyimpananMemori::dengan_kuota(terpakai + 300);
    simpan(&s, &d, &Koleksi::SEMUA).unwrap();
    let sebelum = s.isi.borrow().clone();
    let mut ubah = d.clone();
    ubah.unit_kerja[0].nama = "Sekretariat Daerah".into();
    for i in 0..20u8 {
        ubah.pegawai.push(pegawai(50 + i, "19860926 201505 1 001", None));
    }
    assert!(simpan(&s, &ubah, &[Koleksi::Pegawai, Koleksi::UnitKerja]).is_err());
    assert_eq!(*s.isi.borrow(), sebelum);
}

#[test]
fn a_newer_schema_is_refused_and_left_alone() {
    let s = PenyimpananMemori::default();
    simpan(&s, &contoh(), &Koleksi::SEMUA).unwrap();
    s.tulis(&kunci_meta(), &format!("{{\"versi_skema\":{}}}", VERSI_SKEMA + 1)).unwrap();
    let sebelum = s.isi.borrow().clone();
    match muat(&s) {
        Err(e @ GalatMuat::VersiLebihBaru { .. }) => {
            assert!(e.pesan_id().contains(&format!("versi skema {}", VERSI_SKEMA + 1)), "{}", e.pesan_id());
        }
        lain => panic!("expected VersiLebihBaru, got {lain:?}"),
    }
    assert_eq!(*s.isi.borrow(), sebelum);
}

#[test]
fn a_damaged_collection_is_reported_with_where() {
    let s = PenyimpananMemori::default();
    simpan(&s, &contoh(), &Koleksi::SEMUA).unwrap();
    s.tulis(&kunci_koleksi(Koleksi::Pegawai), "[{\"id\": 5").unwrap();
    match muat(&s) {
        Err(GalatMuat::Rusak { koleksi, rincian }) => {
            assert_eq!(koleksi, "pegawai");
            assert!(rincian.contains("baris 1"), "{rincian}");
        }
        lain => panic!("expected Rusak, got {lain:?}"),
    }
    // An invalid NIP inside a stored record is also damage, not a panic.
    s.tulis(
        &kunci_koleksi(Koleksi::Pegawai),
        &serde_json::to_string(&contoh().pegawai).unwrap().replace("198609262015051001", "198602302015051001"),
    )
    .unwrap();
    assert!(matches!(muat(&s), Err(GalatMuat::Rusak { .. })));
}

#[test]
fn delete_is_a_tombstone() {
    let mut d = contoh();
    let id = d.pegawai[0].id.clone();
    assert!(d.hapus_pegawai(&id, Stempel(99)));
    assert_eq!(d.pegawai.len(), 2);
    assert_eq!(d.pegawai[0].dihapus_pada, Some(Stempel(99)));
    assert_eq!(d.pegawai[0].updated_at, Stempel(99));
    assert!(d.cari_pegawai(&id).is_none());
    assert!(!d.hapus_pegawai(&id, Stempel(100)), "a tombstone is not deleted twice");
    // A deleted pegawai's NIP is free again.
    assert!(d.pemilik_nip(d.pegawai[0].nip.as_str(), None).is_none());
}

#[test]
fn saving_keeps_created_at_and_stamps_updated_at() {
    let mut d = contoh();
    let mut p = d.pegawai[1].clone();
    p.nama = "Baru".into();
    p.created_at = Stempel(5000);
    d.simpan_pegawai(p, Stempel(7000));
    assert_eq!(d.pegawai[1].created_at, Stempel(1));
    assert_eq!(d.pegawai[1].updated_at, Stempel(7000));
}

#[test]
fn deleting_a_unit_moves_or_releases_its_members() {
    let mut d = contoh();
    let induk = d.unit_kerja[0].id.clone();
    let anak = unit(101, "Subbagian Umum", Some(induk.clone()));
    let lain = unit(102, "Bidang Mutasi", None);
    d.unit_kerja.push(anak.clone());
    d.unit_kerja.push(lain.clone());
    d.pegawai[1].unit_kerja = Some(anak.id.clone());

    // The receiving unit cannot be inside the deleted subtree.
    assert!(d.hapus_unit(&induk, NasibAnggota::PindahkanKe(anak.id.clone()), Stempel(9)).is_err());
    assert!(d.cari_unit(&induk).is_some(), "nothing changed on a refused delete");

    d.hapus_unit(&induk, NasibAnggota::PindahkanKe(lain.id.clone()), Stempel(9)).unwrap();
    assert!(d.cari_unit(&induk).is_none() && d.cari_unit(&anak.id).is_none());
    assert!(d.pegawai.iter().all(|p| p.unit_kerja == Some(lain.id.clone())));

    d.hapus_unit(&lain.id, NasibAnggota::Lepaskan, Stempel(10)).unwrap();
    assert!(d.pegawai.iter().all(|p| p.unit_kerja.is_none()));
    assert_eq!(d.unit_kerja.len(), 3, "units are tombstoned, not removed");
}

#[test]
fn moving_a_unit_under_its_own_child_is_refused() {
    let mut d = contoh();
    let induk = d.unit_kerja[0].id.clone();
    let anak = unit(101, "Subbagian Umum", Some(induk.clone()));
    d.unit_kerja.push(anak.clone());
    assert!(d.pindah_unit(&induk, Some(anak.id.clone()), Stempel(3)).is_err());
    assert!(d.pindah_unit(&induk, Some(induk.clone()), Stempel(3)).is_err());
    assert_eq!(d.unit_kerja[0].induk, None);
    d.pindah_unit(&anak.id, None, Stempel(3)).unwrap();
    assert_eq!(d.unit_kerja[1].induk, None);
}

#[test]
fn sex_and_birth_date_follow_the_nip() {
    let p = pegawai(1, "19860926 201505 1 001", None);
    assert_eq!(p.jenis_kelamin, JenisKelamin::Pria);
    assert_eq!(p.tanggal_lahir, Tanggal::new(1986, 9, 26).unwrap());
}

#[test]
fn a_stale_tab_never_overwrites_what_another_tab_wrote() {
    use jenjang::store::penyimpanan::{simpan_terjaga, GalatSimpan, SidikTersimpan};
    let s = PenyimpananMemori::default();
    simpan(&s, &contoh(), &Koleksi::SEMUA).unwrap();
    // Two tabs read the same data.
    let mut tab_a = muat(&s).unwrap();
    let mut sidik_a = SidikTersimpan::baca(&s).unwrap();
    let mut tab_b = muat(&s).unwrap();
    let mut sidik_b = SidikTersimpan::baca(&s).unwrap();

    // B renames a pegawai and saves.
    tab_b.pegawai[0].nama = "Diubah di tab B".into();
    simpan_terjaga(&s, &tab_b, &[Koleksi::Pegawai], &mut sidik_b).unwrap();
    let setelah_b = s.isi.borrow().clone();

    // A, still holding the old list, edits another pegawai: refused, B's change stays.
    tab_a.pegawai[1].nama = "Diubah di tab A".into();
    assert_eq!(
        simpan_terjaga(&s, &tab_a, &[Koleksi::Pegawai], &mut sidik_a),
        Err(GalatSimpan::DiubahTempatLain { koleksi: "pegawai" })
    );
    assert_eq!(*s.isi.borrow(), setelah_b);

    // A collection B did not touch can still be saved from A.
    tab_a.unit_kerja[0].nama = "Sekretariat Daerah".into();
    simpan_terjaga(&s, &tab_a, &[Koleksi::UnitKerja], &mut sidik_a).unwrap();

    // After reloading, A saves normally, and B's next save is now the stale one.
    let mut tab_a = muat(&s).unwrap();
    let mut sidik_a = SidikTersimpan::baca(&s).unwrap();
    assert_eq!(tab_a.pegawai[0].nama, "Diubah di tab B");
    tab_a.pegawai[1].nama = "Diubah di tab A".into();
    simpan_terjaga(&s, &tab_a, &[Koleksi::Pegawai], &mut sidik_a).unwrap();
    tab_b.pegawai[1].nama = "Lagi dari B".into();
    assert!(simpan_terjaga(&s, &tab_b, &[Koleksi::Pegawai], &mut sidik_b).is_err());
    assert_eq!(muat(&s).unwrap().pegawai[1].nama, "Diubah di tab A");
}

#[test]
fn moving_a_unit_can_send_its_direct_members_elsewhere() {
    let mut d = contoh();
    let sekretariat = d.unit_kerja[0].id.clone();
    let bidang = unit(103, "Bidang Mutasi", None);
    d.unit_kerja.push(bidang.clone());
    let k = d.pindah_unit_beserta(&sekretariat, Some(bidang.id.clone()), Some(bidang.id.clone()), Stempel(4)).unwrap();
    assert_eq!(k, vec![Koleksi::UnitKerja, Koleksi::Pegawai]);
    assert_eq!(d.unit_kerja[0].induk, Some(bidang.id.clone()));
    assert_eq!(d.pegawai[0].unit_kerja, Some(bidang.id.clone()));
    // Without a receiving unit the members move along with their unit (only units change).
    assert_eq!(d.pindah_unit_beserta(&sekretariat, None, None, Stempel(5)).unwrap(), vec![Koleksi::UnitKerja]);
}

#[test]
fn adding_sample_data_twice_adds_nothing_the_second_time() {
    let mut d = Dataset::default();
    let sampel = contoh();
    assert_eq!(d.tambah_yang_belum_ada(sampel.unit_kerja.clone(), sampel.pegawai.clone()), 2);
    assert_eq!(d.tambah_yang_belum_ada(sampel.unit_kerja.clone(), sampel.pegawai.clone()), 0);
    assert_eq!((d.pegawai.len(), d.unit_kerja.len()), (2, 1));
}
