//! The persistence boundary, natively: round trip, a failing write leaves storage as it was,
//! newer or damaged data is refused and never overwritten.

use jenjang::domain::id::Id;
use jenjang::domain::nip::{JenisNomorInduk, Nip};
use jenjang::domain::pegawai::{JenisKelamin, Pegawai, StatusPegawai, UnitKerja};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::store::dataset::{Dataset, Koleksi, NasibAnggota, VERSI_SKEMA};
use jenjang::store::penyimpanan::{
    kunci_koleksi, kunci_meta, muat, panjang_json, simpan, teks_json, GalatMuat, GalatPenyimpanan, Penyimpanan,
    PenyimpananMemori,
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

/// The import preview's room estimate counts the JSON without writing it; the count must be
/// the stored text's length as browsers count it (UTF-16 code units), whatever the text holds.
#[test]
fn counted_json_length_is_the_written_text_in_utf16_units() {
    let mut d = contoh();
    let namaku = [
        "Pegawai biasa",
        "Ni Luh Putu Ayu Çandrawati",
        "許 美玲",
        "Ayu 😀 Lestari",
        "Kutip \"ganda\" dan \\ garis miring",
        "Baris\nbaru\ttab\u{1}kendali\u{7f}",
        "",
    ];
    for (i, nama) in namaku.iter().enumerate() {
        let mut p = pegawai(10 + i as u8, "199001152019032002", None);
        p.nama = (*nama).into();
        p.tempat_lahir = format!("{nama}{nama}");
        d.pegawai.push(p);
    }
    for p in &d.pegawai {
        let teks = teks_json(p).unwrap();
        assert_eq!(panjang_json(p), Some(teks.encode_utf16().count()), "{teks}");
    }
    let teks = teks_json(&d.pegawai).unwrap();
    assert_eq!(panjang_json(&d.pegawai), Some(teks.encode_utf16().count()));
    assert_eq!(teks, serde_json::to_string(&d.pegawai).unwrap());
}

/// The same on every collection of a file with performance records (numeric targets as
/// floats, nested plans, settings, the sync base).
#[test]
fn counted_json_length_holds_for_every_collection() {
    use jenjang::store::gabung::{terapkan, Keputusan, Masukan};
    use jenjang::store::pertukaran::baca_berkas;
    let byte = std::fs::read("tests/fixtures/kinerja/sah-kinerja.json").unwrap();
    let berkas = baca_berkas(&byte, &Dataset::default()).unwrap();
    let (d, _) = terapkan(&Dataset::default(), &Masukan::from(berkas.data), &Keputusan::default(), Stempel(1));
    fn sama<T: serde::Serialize>(x: &T) -> usize {
        let teks = teks_json(x).unwrap();
        assert_eq!(panjang_json(x), Some(teks.encode_utf16().count()), "{teks}");
        teks.len()
    }
    for (nama, panjang) in [
        ("pegawai", sama(&d.pegawai)),
        ("unit_kerja", sama(&d.unit_kerja)),
        ("pengaturan", sama(&d.pengaturan)),
        ("sinkron", sama(&d.sinkron)),
        ("skp", sama(&d.skp)),
        ("realisasi_kinerja", sama(&d.realisasi_kinerja)),
        ("evaluasi_kinerja", sama(&d.evaluasi_kinerja)),
        ("dialog_kinerja", sama(&d.dialog_kinerja)),
        ("kinerja_organisasi", sama(&d.kinerja_organisasi)),
        ("umpan_balik_masyarakat", sama(&d.umpan_balik_masyarakat)),
    ] {
        assert!(panjang > 2, "{nama} is empty in the fixture, so it was not compared");
    }
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

// ---------------------------------------------------------------------------------------------
// A dataset stored by schema version 1 (issue 3: "older schema versions are migrated on import
// and on load"). `tests/fixtures/migrasi/tersimpan-v1.json` holds the localStorage entries the
// version 1 code wrote for the sample office (48 pegawai, tombstones, an edited BUP, sync base).
// ---------------------------------------------------------------------------------------------

mod migrasi {
    use super::*;
    use jenjang::domain::instansi::{Instansi, PeriodeEvaluasi};
    use jenjang::store::penyimpanan::{simpan_terjaga, GalatSimpan, SidikTersimpan};
    use jenjang::store::pertukaran::baca_berkas;
    use std::collections::BTreeMap;

    const BADAN: &str = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";

    fn fixture(nama: &str) -> Vec<u8> {
        let jalur = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/migrasi").join(nama);
        std::fs::read(&jalur).unwrap_or_else(|e| panic!("{nama}: {e}"))
    }

    fn tersimpan_v1() -> PenyimpananMemori {
        let isi: BTreeMap<String, String> = serde_json::from_slice(&fixture("tersimpan-v1.json")).unwrap();
        assert_eq!(isi.get(&kunci_meta()).map(String::as_str), Some("{\"versi_skema\":1}"));
        PenyimpananMemori { isi: isi.into(), kuota_byte: None }
    }

    fn ukuran(s: &PenyimpananMemori) -> usize {
        s.isi.borrow().iter().map(|(k, v)| (k.encode_utf16().count() + v.encode_utf16().count()) * 2).sum()
    }

    #[test]
    fn a_stored_v1_dataset_loads_migrated_without_touching_storage() {
        let s = tersimpan_v1();
        let sebelum = s.isi.borrow().clone();
        let d = muat(&s).unwrap();
        assert_eq!(*s.isi.borrow(), sebelum, "loading writes nothing");
        assert_eq!((d.pegawai.len(), d.unit_kerja.len()), (48, 8));
        assert_eq!(
            d.pengaturan.instansi,
            Instansi { nama: BADAN.into(), tempat: String::new(), periode_evaluasi: PeriodeEvaluasi::Triwulanan }
        );
        assert_eq!(d.pengaturan.bup_fungsional.usia(jenjang::rules::jabatan::JenjangFungsional::AhliMadya), 62);
        assert_eq!(d.sinkron.jumlah(), 56, "the sync base is kept as it was");
        // Import and load share the step: the stored office and its full v1 export migrate alike.
        let b = baca_berkas(&fixture("lengkap-v1.json"), &Dataset::default()).unwrap();
        assert_eq!(b.data.pegawai, d.pegawai);
        assert_eq!(b.data.unit_kerja, d.unit_kerja);
        assert_eq!(b.data.pengaturan.as_ref(), Some(&d.pengaturan));
    }

    #[test]
    fn the_next_save_writes_every_collection_as_v2_and_it_loads_back_the_same() {
        let s = tersimpan_v1();
        let mut d = muat(&s).unwrap();
        let sinkron_sebelum = s.baca(&kunci_koleksi(Koleksi::Sinkron)).unwrap();
        d.pegawai[0].nama = "Nama Diperbarui".into();
        // Only the pegawai changed, but the meta record speaks for every collection.
        simpan(&s, &d, &[Koleksi::Pegawai]).unwrap();
        assert_eq!(s.baca(&kunci_meta()).unwrap().unwrap(), format!("{{\"versi_skema\":{VERSI_SKEMA}}}"));
        let pengaturan = s.baca(&kunci_koleksi(Koleksi::Pengaturan)).unwrap().unwrap();
        assert!(pengaturan.contains("\"instansi\":{\"nama\":\"Badan Kepegawaian"), "{pengaturan}");
        assert_eq!(s.baca(&kunci_koleksi(Koleksi::Sinkron)).unwrap(), sinkron_sebelum);
        assert_eq!(muat(&s).unwrap(), d);
        // From now on a save writes only what it is asked to.
        let unit_sebelum = s.baca(&kunci_koleksi(Koleksi::UnitKerja)).unwrap();
        let mut lagi = d.clone();
        lagi.unit_kerja[0].nama = "Tidak disimpan".into();
        lagi.pegawai[1].nama = "Disimpan".into();
        simpan(&s, &lagi, &[Koleksi::Pegawai]).unwrap();
        assert_eq!(s.baca(&kunci_koleksi(Koleksi::UnitKerja)).unwrap(), unit_sebelum);
    }

    #[test]
    fn a_guarded_save_from_a_tab_that_loaded_v1_also_writes_everything() {
        let s = tersimpan_v1();
        let mut d = muat(&s).unwrap();
        let mut sidik = SidikTersimpan::baca(&s).unwrap();
        d.unit_kerja[1].nama = "Sekretariat Daerah".into();
        simpan_terjaga(&s, &d, &[Koleksi::UnitKerja], &mut sidik).unwrap();
        assert_eq!(muat(&s).unwrap(), d);
        assert_eq!(sidik, SidikTersimpan::baca(&s).unwrap(), "the tab knows every collection it wrote");
        // A second tab that loaded the same v1 data before that save: as for any write from
        // elsewhere, changing a collection the first tab wrote differently is refused …
        let s2 = tersimpan_v1();
        let mut sidik_lama = SidikTersimpan::baca(&s2).unwrap();
        let mut tab_lama = muat(&s2).unwrap();
        simpan_terjaga(&s2, &d, &[Koleksi::UnitKerja], &mut SidikTersimpan::baca(&s2).unwrap()).unwrap();
        tab_lama.unit_kerja[2].nama = "Dari tab lama".into();
        assert_eq!(
            simpan_terjaga(&s2, &tab_lama, &[Koleksi::UnitKerja], &mut sidik_lama),
            Err(GalatSimpan::DiubahTempatLain { koleksi: "unit_kerja" })
        );
        // … while its (equally migrated) pegawai can be saved, and storage stays whole.
        tab_lama.pegawai[3].nama = "Dari tab lama".into();
        simpan_terjaga(&s2, &tab_lama, &[Koleksi::Pegawai], &mut sidik_lama).unwrap();
        let akhir = muat(&s2).unwrap();
        assert_eq!(
            (akhir.pegawai[3].nama.as_str(), akhir.unit_kerja[1].nama.as_str()),
            ("Dari tab lama", "Sekretariat Daerah")
        );
    }

    #[test]
    fn a_failed_write_of_the_migrated_data_leaves_the_v1_bytes_intact() {
        let v1 = tersimpan_v1();
        // Room for the version 1 data and a little more, not for the settings it gains plus a
        // longer name: the write of all collections fails part-way.
        let s = PenyimpananMemori { isi: v1.isi.clone(), kuota_byte: Some(ukuran(&v1) + 100) };
        let sebelum = s.isi.borrow().clone();
        let mut d = muat(&s).unwrap();
        d.unit_kerja[0].nama = "U".repeat(200);
        assert_eq!(simpan(&s, &d, &[Koleksi::UnitKerja]), Err(GalatPenyimpanan::Penuh));
        assert_eq!(*s.isi.borrow(), sebelum, "storage must be byte-for-byte the version 1 data");
        assert_eq!(muat(&s).unwrap().pengaturan.instansi.nama, BADAN, "and it migrates again");
    }

    #[test]
    fn v1_data_whose_settings_were_never_saved_gets_the_default_settings_with_instansi() {
        let s = tersimpan_v1();
        s.hapus(&kunci_koleksi(Koleksi::Pengaturan)).unwrap();
        let d = muat(&s).unwrap();
        assert_eq!(d.pengaturan.instansi.nama, BADAN);
        assert_eq!(d.pengaturan.bup_fungsional, Default::default());
    }

    #[test]
    fn a_failing_migration_on_load_is_reported_in_both_languages_and_nothing_is_written() {
        let s = tersimpan_v1();
        s.tulis(
            &kunci_koleksi(Koleksi::Pengaturan),
            r#"{"instansi":{"nama":"X","tempat":"Y","periode_evaluasi":"bulanan"}}"#,
        )
        .unwrap();
        let sebelum = s.isi.borrow().clone();
        let e = muat(&s).unwrap_err();
        let GalatMuat::MigrasiGagal { dari: 1, .. } = &e else { panic!("{e:?}") };
        assert!(e.pesan_id().starts_with("Data di browser ini disimpan dengan versi skema 1"), "{}", e.pesan_id());
        assert!(e.pesan_id().contains("sudah berisi \"instansi\""), "{}", e.pesan_id());
        assert!(e.pesan_en().contains("already holds \"instansi\""), "{}", e.pesan_en());
        assert_eq!(*s.isi.borrow(), sebelum);
    }

    #[test]
    fn a_record_the_migrated_shape_does_not_fit_is_damage_named_with_its_collection() {
        let s = tersimpan_v1();
        s.tulis(&kunci_koleksi(Koleksi::UnitKerja), r#"[{"id": "bukan uuid"}]"#).unwrap();
        match muat(&s) {
            Err(GalatMuat::Rusak { koleksi, rincian }) => {
                assert_eq!(koleksi, "unit_kerja");
                assert!(rincian.contains("sesudah migrasi dari versi skema 1"), "{rincian}");
            }
            lain => panic!("expected Rusak, got {lain:?}"),
        }
    }

    #[test]
    fn a_save_never_writes_over_data_of_a_newer_schema() {
        let s = tersimpan_v1();
        let d = muat(&s).unwrap();
        let mut sidik = SidikTersimpan::baca(&s).unwrap();
        s.tulis(&kunci_meta(), &format!("{{\"versi_skema\":{}}}", VERSI_SKEMA + 1)).unwrap();
        let sebelum = s.isi.borrow().clone();
        assert_eq!(
            simpan(&s, &d, &[Koleksi::Pegawai]),
            Err(GalatPenyimpanan::VersiLebihBaru { tersimpan: VERSI_SKEMA + 1 })
        );
        assert_eq!(
            simpan_terjaga(&s, &d, &[Koleksi::Pegawai], &mut sidik),
            Err(GalatSimpan::DiubahTempatLain { koleksi: "meta" })
        );
        assert_eq!(*s.isi.borrow(), sebelum);
        let e = GalatPenyimpanan::VersiLebihBaru { tersimpan: 3 };
        assert!(e.pesan_id().contains("versi skema 3") && e.pesan_en().contains("schema version 3"));
    }
}
