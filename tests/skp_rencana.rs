//! SKP planning (issue 4 §1; PermenPANRB 6/2022, asn-rules.md §1.2): the year's overview,
//! bulk planning from a template per jabatan, cascading to the penilai's RHK, RHK grouping as
//! printed (A. UTAMA / B. TAMBAHAN, SKP JPT by perspektif), reordering, targets and numbers.

use jenjang::domain::contoh::{data_contoh, BENIH_CONTOH, JUMLAH_CONTOH};
use jenjang::domain::evaluasi::EvaluasiKinerja;
use jenjang::domain::id::{Acak, Id};
use jenjang::domain::instansi::PeriodeEvaluasi;
use jenjang::domain::pegawai::{Pegawai, UnitKerja};
use jenjang::domain::periode::Periode;
use jenjang::domain::rencana_skp::*;
use jenjang::domain::skp::{
    angka_ribuan, Aspek, Cuplikan, Iki, JenisRhk, Pendekatan, Perspektif, Rhk, Skp, StatusSkp, Target,
};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::kinerja::{Predikat, Rating};
use std::collections::HashMap;

fn t(y: i32, m: u8, d: u8) -> Tanggal {
    Tanggal::new(y, m, d).unwrap()
}

fn contoh() -> (Vec<UnitKerja>, Vec<Pegawai>) {
    data_contoh(BENIH_CONTOH, JUMLAH_CONTOH, t(2026, 11, 23), Stempel(1_700_000_000_000))
}

fn pembuat_id(benih: u64) -> impl FnMut() -> Id {
    let mut a = Acak::new(benih);
    move || a.id()
}

fn rhk(id: Id, jenis: JenisRhk, uraian: &str) -> Rhk {
    Rhk {
        id: id.clone(),
        jenis,
        uraian: uraian.into(),
        rhk_pimpinan: None,
        perspektif: None,
        indikator: vec![Iki {
            id: Id::dari_byte_acak([9; 16]),
            aspek: Some(Aspek::Kuantitas),
            indikator: "Jumlah dokumen".into(),
            target: Target::Angka { nilai: 2.0, satuan: "dokumen".into() },
        }],
    }
}

/// A staff member with a proposed penilai, and that penilai.
fn staf_dan_penilai(pegawai: &[Pegawai], units: &[UnitKerja]) -> (Pegawai, Pegawai) {
    pegawai
        .iter()
        .find_map(|p| {
            let (penilai, _) = jenjang::domain::skp::usul_penilai(p, pegawai, units);
            penilai.map(|x| (p.clone(), x.clone()))
        })
        .unwrap()
}

#[test]
fn the_overview_lists_every_active_pegawai_with_this_years_skp_and_an_earlier_one_to_copy() {
    let (units, mut pegawai) = contoh();
    let mut id = pembuat_id(1);
    let a = pegawai[10].clone();
    let b = pegawai[11].clone();
    pegawai[12].dihapus_pada = Some(Stempel(5));
    let s2026 = Skp::baru(id(), &a, 2026, &pegawai, &units, Stempel(1));
    let s2027 = Skp::baru(id(), &a, 2027, &pegawai, &units, Stempel(2));
    let lama_b = Skp::baru(id(), &b, 2025, &pegawai, &units, Stempel(1));
    let lebih_baru_b = Skp::baru(id(), &b, 2026, &pegawai, &units, Stempel(1));
    let mut dihapus = Skp::baru(id(), &b, 2027, &pegawai, &units, Stempel(3));
    dihapus.dihapus_pada = Some(Stempel(4));
    let skp = vec![s2026.clone(), s2027.clone(), lama_b, lebih_baru_b.clone(), dihapus];

    let baris = baris_rencana(&pegawai, &skp, &[], 2027);
    assert_eq!(baris.len(), pegawai.len() - 1, "the deleted pegawai is not listed");
    let ra = baris.iter().find(|r| r.pegawai.id == a.id).unwrap();
    assert_eq!(ra.skp.map(|s| &s.id), Some(&s2027.id));
    assert!(ra.sebelumnya.is_none(), "nothing to copy when the year's SKP exists");
    let rb = baris.iter().find(|r| r.pegawai.id == b.id).unwrap();
    assert!(rb.skp.is_none(), "a tombstoned SKP does not count");
    assert_eq!(rb.sebelumnya.map(|s| s.tahun), Some(2026), "the latest earlier SKP is offered");
    assert_eq!(rb.sebelumnya.map(|s| &s.id), Some(&lebih_baru_b.id));

    let h = hitung_rencana(&baris);
    assert_eq!(h.pegawai, pegawai.len() - 1);
    assert_eq!((h.draf, h.diajukan, h.disetujui), (1, 0, 0));
    assert_eq!(h.belum_ada, h.pegawai - 1);
}

#[test]
fn the_annual_predikat_comes_from_the_final_evaluation_once_both_ratings_are_set() {
    let (units, pegawai) = contoh();
    let a = &pegawai[10];
    let s = Skp::baru(Id::dari_byte_acak([1; 16]), a, 2027, &pegawai, &units, Stempel(1));
    let mut tw = EvaluasiKinerja::baru(Id::dari_byte_acak([2; 16]), s.id.clone(), Periode::Triwulan(4), Stempel(1));
    tw.rating_hasil_kerja = Some(Rating::DiAtasEkspektasi);
    tw.rating_perilaku = Some(Rating::DiAtasEkspektasi);
    let mut tahunan = EvaluasiKinerja::baru(Id::dari_byte_acak([3; 16]), s.id.clone(), Periode::Tahunan, Stempel(1));
    tahunan.rating_hasil_kerja = Some(Rating::SesuaiEkspektasi);
    let skp = vec![s.clone()];

    let cari = |ev: &[EvaluasiKinerja]| {
        baris_rencana(&pegawai, &skp, ev, 2027)
            .into_iter()
            .find(|r| r.pegawai.id == a.id)
            .and_then(|r| r.predikat_tahunan)
            .map(|x| x.predikat)
    };
    assert_eq!(cari(&[tw.clone()]), None, "a periodic evaluation is not the annual predikat");
    assert_eq!(cari(&[tw.clone(), tahunan.clone()]), None, "one rating is not enough");
    tahunan.rating_perilaku = Some(Rating::SesuaiEkspektasi);
    assert_eq!(cari(&[tw, tahunan.clone()]), Some(Predikat::Baik));
    tahunan.dihapus_pada = Some(Stempel(9));
    assert_eq!(cari(&[tahunan]), None);
}

#[test]
fn filters_by_unit_with_sub_units_and_by_status() {
    let (units, pegawai) = contoh();
    let induk = units.iter().find(|u| u.nama == "Sekretariat").unwrap();
    let subtree = jenjang::domain::unit::keturunan(&units, &induk.id);
    assert!(subtree.len() >= 3, "Sekretariat has two Subbagian");
    let di_sub =
        pegawai.iter().find(|p| p.unit_kerja.as_ref().is_some_and(|u| u != &induk.id && subtree.contains(u))).unwrap();
    let mut s = Skp::baru(Id::dari_byte_acak([1; 16]), di_sub, 2027, &pegawai, &units, Stempel(1));
    s.status = StatusSkp::Diajukan;
    let skp = vec![s];
    let baris = baris_rencana(&pegawai, &skp, &[], 2027);
    let di_unit: Vec<_> = baris.iter().filter(|b| b.cocok(Some(&subtree), None)).collect();
    assert!(di_unit.iter().any(|b| b.pegawai.id == di_sub.id), "a sub-unit's member is in the parent's filter");
    assert!(di_unit.len() < baris.len());
    let diajukan: Vec<_> =
        baris.iter().filter(|b| b.cocok(None, Some(SaringStatus::Status(StatusSkp::Diajukan)))).collect();
    assert_eq!(diajukan.len(), 1);
    assert_eq!(baris.iter().filter(|b| b.cocok(None, Some(SaringStatus::BelumAda))).count(), baris.len() - 1);
    assert_eq!(baris.iter().filter(|b| b.cocok(None, Some(SaringStatus::Status(StatusSkp::Draf)))).count(), 0);
    for s in SaringStatus::SEMUA {
        assert_eq!(SaringStatus::parse(s.kode()), Some(s));
    }
}

#[test]
fn years_offered_are_those_with_an_skp_plus_this_and_next_year() {
    let (units, pegawai) = contoh();
    let s = Skp::baru(Id::dari_byte_acak([1; 16]), &pegawai[9], 2024, &pegawai, &units, Stempel(1));
    assert_eq!(tahun_pilihan(&[s], 2026), vec![2027, 2026, 2024]);
    assert_eq!(tahun_pilihan(&[], 2026), vec![2027, 2026]);
}

#[test]
fn the_current_period_follows_the_instansi_frequency() {
    let hari = t(2027, 5, 15);
    assert_eq!(periode_berjalan(PeriodeEvaluasi::Triwulanan, 2027, hari), Periode::Triwulan(2));
    assert_eq!(periode_berjalan(PeriodeEvaluasi::Bulanan, 2027, hari), Periode::Bulan(5));
    assert_eq!(periode_berjalan(PeriodeEvaluasi::Semesteran, 2027, hari), Periode::Semester(1));
    assert_eq!(periode_berjalan(PeriodeEvaluasi::Triwulanan, 2027, t(2027, 12, 31)), Periode::Triwulan(4));
    assert_eq!(periode_berjalan(PeriodeEvaluasi::Triwulanan, 2026, hari), Periode::Tahunan, "a past year");
    assert_eq!(periode_berjalan(PeriodeEvaluasi::Triwulanan, 2028, hari), Periode::Triwulan(1), "a future year");
}

#[test]
fn a_template_offers_the_holders_of_the_same_jabatan_without_an_skp_and_copies_its_rhk() {
    let (units, pegawai) = contoh();
    // The most common current jabatan of the sample office.
    let mut per_jabatan: HashMap<String, Vec<&Pegawai>> = HashMap::new();
    for p in &pegawai {
        if let Some(j) = p.jabatan_terakhir() {
            per_jabatan.entry(j.nama_lengkap()).or_default().push(p);
        }
    }
    let (_, sama) = per_jabatan.iter().max_by_key(|(_, v)| v.len()).unwrap();
    assert!(sama.len() >= 3, "the sample office has a jabatan held by at least three people");
    let mut id = pembuat_id(7);
    let mut templat = Skp::baru(id(), sama[0], 2027, &pegawai, &units, Stempel(1));
    templat.pendekatan = Pendekatan::Kualitatif;
    templat.rhk =
        vec![rhk(id(), JenisRhk::Utama, "Tersusunnya dokumen"), rhk(id(), JenisRhk::Tambahan, "Menjadi narasumber")];
    let sudah = Skp::baru(id(), sama[1], 2027, &pegawai, &units, Stempel(1));
    let semua = vec![templat.clone(), sudah];

    let calon = calon_templat(&templat, &pegawai, &semua, 2027);
    assert!(!calon.iter().any(|p| p.id == sama[0].id), "not the template's own pegawai");
    assert!(!calon.iter().any(|p| p.id == sama[1].id), "not someone who has an SKP that year");
    assert_eq!(calon.len(), sama.len() - 2);
    assert!(calon
        .iter()
        .all(|p| jabatan_sama(&p.jabatan_terakhir().unwrap().nama_lengkap(), &templat.dinilai.jabatan)));
    // Another year: the one who has an SKP in 2027 has none in 2028.
    assert_eq!(calon_templat(&templat, &pegawai, &semua, 2028).len(), sama.len() - 1);

    let baru = buat_dari_templat(&templat, &calon, 2027, &mut id, &pegawai, &units, Stempel(50));
    assert_eq!(baru.len(), calon.len());
    for (s, p) in baru.iter().zip(&calon) {
        assert_eq!(s.pegawai, p.id);
        assert_eq!(s.tahun, 2027);
        assert_eq!(s.status, StatusSkp::Draf);
        assert_eq!(s.pendekatan, Pendekatan::Kualitatif);
        assert_eq!(s.rhk.len(), 2);
        assert_eq!(s.rhk[0].uraian, "Tersusunnya dokumen");
        assert_ne!(s.rhk[0].id, templat.rhk[0].id, "new RHK ids");
        assert_ne!(s.rhk[0].indikator[0].id, templat.rhk[0].indikator[0].id, "new indicator ids");
        assert_eq!(s.dinilai.nama, p.nama_lengkap(), "each gets their own snapshot");
        assert_eq!(s.created_at, Stempel(50));
    }
    let mut ids: Vec<&Id> = baru.iter().map(|s| &s.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), baru.len());
}

#[test]
fn jabatan_names_match_regardless_of_case_and_spacing_but_never_when_empty() {
    assert!(jabatan_sama(
        "Analis Sumber Daya Manusia  Aparatur Ahli Muda",
        "analis sumber daya manusia aparatur ahli muda"
    ));
    assert!(!jabatan_sama("Analis SDM Ahli Muda", "Analis SDM Ahli Pertama"));
    assert!(!jabatan_sama("", ""));
}

#[test]
fn template_keeps_leader_links_only_for_the_same_year_and_penilai() {
    let (units, pegawai) = contoh();
    let (staf, penilai) = staf_dan_penilai(&pegawai, &units);
    let mut id = pembuat_id(3);
    let mut pimpinan = Skp::baru(id(), &penilai, 2027, &pegawai, &units, Stempel(1));
    pimpinan.rhk = vec![rhk(id(), JenisRhk::Utama, "RHK pimpinan")];
    let mut templat = Skp::baru(id(), &staf, 2027, &pegawai, &units, Stempel(1));
    let mut r = rhk(id(), JenisRhk::Utama, "RHK staf");
    r.rhk_pimpinan = Some(pimpinan.rhk[0].id.clone());
    templat.rhk = vec![r];
    // Someone with the same penilai (a sibling in the same unit with the same proposal).
    let rekan = pegawai
        .iter()
        .find(|p| {
            p.id != staf.id
                && jenjang::domain::skp::usul_penilai(p, &pegawai, &units).0.map(|x| &x.id) == Some(&penilai.id)
        })
        .unwrap();
    let sama_tahun = buat_dari_templat(&templat, &[rekan], 2027, &mut id, &pegawai, &units, Stempel(2));
    assert_eq!(sama_tahun[0].rhk[0].rhk_pimpinan, templat.rhk[0].rhk_pimpinan);
    let tahun_lain = buat_dari_templat(&templat, &[rekan], 2028, &mut id, &pegawai, &units, Stempel(2));
    assert_eq!(tahun_lain[0].rhk[0].rhk_pimpinan, None, "last year's leader RHK belongs to last year's SKP");
    let semua = vec![pimpinan.clone(), sama_tahun[0].clone()];
    assert_eq!(uraian_rhk_pimpinan(&sama_tahun[0], &sama_tahun[0].rhk[0], &semua), Some("RHK pimpinan"));
}

#[test]
fn leader_rhk_come_from_the_penilais_skp_of_the_same_year() {
    let (units, pegawai) = contoh();
    let (staf, penilai) = staf_dan_penilai(&pegawai, &units);
    let mut id = pembuat_id(4);
    let mut s = Skp::baru(id(), &staf, 2027, &pegawai, &units, Stempel(1));
    assert_eq!(skp_pimpinan(&s, &[]), SumberRhkPimpinan::BelumAdaSkp);
    let mut pimpinan_lalu = Skp::baru(id(), &penilai, 2026, &pegawai, &units, Stempel(1));
    pimpinan_lalu.rhk = vec![rhk(id(), JenisRhk::Utama, "RHK 2026")];
    assert_eq!(skp_pimpinan(&s, &[pimpinan_lalu.clone()]), SumberRhkPimpinan::BelumAdaSkp, "not last year's");
    let mut pimpinan = Skp::baru(id(), &penilai, 2027, &pegawai, &units, Stempel(1));
    pimpinan.rhk = vec![rhk(id(), JenisRhk::Utama, "RHK 2027")];
    let semua = vec![pimpinan_lalu.clone(), pimpinan.clone()];
    match skp_pimpinan(&s, &semua) {
        SumberRhkPimpinan::Ada(p) => assert_eq!(p.id, pimpinan.id),
        x => panic!("{x:?}"),
    }

    // A link into the leader's SKP holds; one into last year's does not.
    let mut a = rhk(id(), JenisRhk::Utama, "a");
    a.rhk_pimpinan = Some(pimpinan.rhk[0].id.clone());
    let mut b = rhk(id(), JenisRhk::Utama, "b");
    b.rhk_pimpinan = Some(pimpinan_lalu.rhk[0].id.clone());
    s.rhk = vec![a.clone(), b.clone(), rhk(id(), JenisRhk::Tambahan, "c")];
    assert_eq!(tautan_pimpinan_hilang(&s, &semua), vec![b.id.clone()]);
    assert_eq!(uraian_rhk_pimpinan(&s, &a, &semua), Some("RHK 2027"));
    assert_eq!(uraian_rhk_pimpinan(&s, &b, &semua), None);

    // A penilai outside the register (the bupati) has no SKP here; no penilai at all.
    s.penilai = Some(Cuplikan { nama: "Bupati Contoh".into(), ..Default::default() });
    assert_eq!(skp_pimpinan(&s, &semua), SumberRhkPimpinan::PenilaiLuarDaftar);
    assert_eq!(tautan_pimpinan_hilang(&s, &semua).len(), 2, "every link is now dangling");
    s.penilai = None;
    assert_eq!(skp_pimpinan(&s, &semua), SumberRhkPimpinan::TanpaPenilai);
}

fn skp_kosong(jpt: bool) -> Skp {
    let (units, pegawai) = contoh();
    let mut s = Skp::baru(Id::dari_byte_acak([1; 16]), &pegawai[12], 2027, &pegawai, &units, Stempel(1));
    s.jpt = jpt;
    s
}

fn n(x: u8) -> Id {
    Id::dari_byte_acak([x; 16])
}

#[test]
fn rhk_are_grouped_utama_then_tambahan_and_numbered_within_each() {
    let mut s = skp_kosong(false);
    s.rhk =
        vec![rhk(n(1), JenisRhk::Tambahan, "t1"), rhk(n(2), JenisRhk::Utama, "u1"), rhk(n(3), JenisRhk::Utama, "u2")];
    let k = kelompok_rhk(&s);
    assert_eq!(k.len(), 2);
    assert_eq!(k[0].jenis, JenisRhk::Utama);
    assert_eq!(k[0].rhk.iter().map(|(i, r)| (*i, r.uraian.as_str())).collect::<Vec<_>>(), vec![(1, "u1"), (2, "u2")]);
    assert_eq!(k[1].rhk.iter().map(|(i, r)| (*i, r.uraian.as_str())).collect::<Vec<_>>(), vec![(1, "t1")]);
    // An empty SKP still shows both groups (to add into).
    assert_eq!(kelompok_rhk(&skp_kosong(false)).len(), 2);
}

#[test]
fn an_skp_jpt_groups_its_utama_rhk_by_the_four_perspektif() {
    let mut s = skp_kosong(true);
    let mut a = rhk(n(1), JenisRhk::Utama, "anggaran");
    a.perspektif = Some(Perspektif::Anggaran);
    let mut b = rhk(n(2), JenisRhk::Utama, "layanan");
    b.perspektif = Some(Perspektif::PenerimaLayanan);
    let c = rhk(n(3), JenisRhk::Utama, "tanpa");
    let d = rhk(n(4), JenisRhk::Tambahan, "tambahan");
    s.rhk = vec![a, b, c, d];
    let k = kelompok_rhk(&s);
    let kunci: Vec<_> = k.iter().map(|g| (g.jenis, g.perspektif, g.rhk.len())).collect();
    assert_eq!(
        kunci,
        vec![
            (JenisRhk::Utama, Some(Perspektif::PenerimaLayanan), 1),
            (JenisRhk::Utama, Some(Perspektif::ProsesBisnis), 0),
            (JenisRhk::Utama, Some(Perspektif::PenguatanInternal), 0),
            (JenisRhk::Utama, Some(Perspektif::Anggaran), 1),
            (JenisRhk::Utama, None, 1),
            (JenisRhk::Tambahan, None, 1),
        ]
    );
    // Numbering runs across the perspektif groups in print order.
    assert_eq!(k[0].rhk[0].0, 1);
    assert_eq!(k[3].rhk[0].0, 2);
    assert_eq!(k[4].rhk[0].0, 3);
    assert_eq!(k[5].rhk[0].0, 1);
}

#[test]
fn moving_an_rhk_stays_within_its_group() {
    let mut v =
        vec![rhk(n(1), JenisRhk::Utama, "u1"), rhk(n(2), JenisRhk::Tambahan, "t1"), rhk(n(3), JenisRhk::Utama, "u2")];
    assert!(geser_rhk(&mut v, &n(3), true, false));
    assert_eq!(v.iter().map(|r| r.uraian.as_str()).collect::<Vec<_>>(), vec!["u2", "t1", "u1"]);
    assert!(!geser_rhk(&mut v, &n(3), true, false), "already first of the utama");
    assert!(!geser_rhk(&mut v, &n(2), true, false), "the only tambahan");
    assert!(!geser_rhk(&mut v, &n(1), false, false), "already last of the utama");
    assert!(!geser_rhk(&mut v, &n(99), false, false));
    // JPT: perspektif groups are separate.
    v[0].perspektif = Some(Perspektif::ProsesBisnis);
    v[2].perspektif = Some(Perspektif::Anggaran);
    assert!(!geser_rhk(&mut v, &n(1), true, true));
    assert!(geser_rhk(&mut v, &n(1), true, false), "without JPT both are utama");
}

#[test]
fn moving_an_indicator_and_the_next_aspek_for_a_new_one() {
    let mut r = rhk_baru(n(1), n(2), JenisRhk::Utama, None, Pendekatan::Kuantitatif);
    assert_eq!(r.indikator.len(), 1);
    assert_eq!(r.indikator[0].aspek, Some(Aspek::Kuantitas));
    let i2 = iki_baru(n(3), &r, Pendekatan::Kuantitatif);
    assert_eq!(i2.aspek, Some(Aspek::Kualitas));
    r.indikator.push(i2);
    let i3 = iki_baru(n(4), &r, Pendekatan::Kuantitatif);
    assert_eq!(i3.aspek, Some(Aspek::Waktu));
    r.indikator.push(i3);
    assert!(geser_iki(&mut r.indikator, &n(4), true));
    assert_eq!(
        r.indikator.iter().map(|i| i.aspek.unwrap()).collect::<Vec<_>>(),
        vec![Aspek::Kuantitas, Aspek::Waktu, Aspek::Kualitas]
    );
    assert!(!geser_iki(&mut r.indikator, &n(2), true));
    assert!(!geser_iki(&mut r.indikator, &n(3), false));
    let kual = iki_baru(n(5), &r, Pendekatan::Kualitatif);
    assert_eq!(kual.aspek, None, "the qualitative approach has no aspek split");
    assert_eq!(kual.target, Target::Teks(String::new()));
}

#[test]
fn switching_a_target_between_number_and_text_keeps_what_was_typed() {
    let a = Target::Angka { nilai: 2.5, satuan: "dokumen".into() };
    assert_eq!(ganti_jenis_target(&a, false), Target::Teks("2,5 dokumen".into()));
    assert_eq!(ganti_jenis_target(&a, true), a);
    assert_eq!(
        ganti_jenis_target(&Target::Teks("12 bulan".into()), true),
        Target::Angka { nilai: 12.0, satuan: "bulan".into() }
    );
    assert_eq!(
        ganti_jenis_target(&Target::Teks("1.000 berkas".into()), true),
        Target::Angka { nilai: 1000.0, satuan: "berkas".into() }
    );
    assert_eq!(
        ganti_jenis_target(&Target::Teks("tepat waktu".into()), true),
        Target::Angka { nilai: 0.0, satuan: String::new() }
    );
    // A large number becomes grouped text and reads back as the same number.
    let besar = Target::Angka { nilai: 1_250_000.0, satuan: "rupiah".into() };
    assert_eq!(ganti_jenis_target(&besar, false), Target::Teks("1.250.000 rupiah".into()));
    assert_eq!(ganti_jenis_target(&ganti_jenis_target(&besar, false), true), besar);
}

#[test]
fn targets_are_shown_with_thousands_grouped_in_either_language() {
    let kasus: [(f64, &str, &str); 10] = [
        (0.0, "0", "0"),
        (999.0, "999", "999"),
        (1000.0, "1.000", "1,000"),
        (1500.0, "1.500", "1,500"),
        (2.5, "2,5", "2.5"),
        (1234.5, "1.234,5", "1,234.5"),
        (1_234_567.0, "1.234.567", "1,234,567"),
        (-12_000.25, "-12.000,25", "-12,000.25"),
        (-0.5, "-0,5", "-0.5"),
        (100.0, "100", "100"),
    ];
    for (n, id, en) in kasus {
        assert_eq!(angka_ribuan(n, ','), id, "{n}");
        assert_eq!(angka_ribuan(n, '.'), en, "{n}");
    }
    let t = Target::Angka { nilai: 12_000.0, satuan: "berkas".into() };
    assert_eq!(t.tampil(','), "12.000 berkas");
    assert_eq!(t.tampil('.'), "12,000 berkas");
    assert_eq!(Target::Angka { nilai: 100.0, satuan: String::new() }.tampil(','), "100");
    assert_eq!(Target::Teks("tepat waktu".into()).tampil(','), "tepat waktu");
}

#[test]
fn numbers_are_read_the_indonesian_way() {
    let kasus: [(&str, Option<f64>); 14] = [
        ("2", Some(2.0)),
        ("2,5", Some(2.5)),
        ("1.234,5", Some(1234.5)),
        ("1.000", Some(1000.0)),
        ("1.234.567", Some(1_234_567.0)),
        ("2.5", Some(2.5)),
        ("0.125", Some(0.125)),
        (" 100 ", Some(100.0)),
        ("-3", Some(-3.0)),
        ("12.34,5", None),
        ("1,2,3", None),
        ("dua", None),
        ("", None),
        ("1.2.3", None),
    ];
    for (s, harap) in kasus {
        assert_eq!(baca_angka(s), harap, "{s:?}");
    }
}

#[test]
fn lampiran_lines_and_the_periode_penilaian() {
    assert_eq!(baris_teks("Laptop\n\n  Akses SIASN  \n"), vec!["Laptop".to_string(), "Akses SIASN".to_string()]);
    assert!(baris_teks(" \n").is_empty());
    let j = periode_penilaian(2027, t(2027, 7, 1), t(2027, 12, 31)).unwrap();
    assert_eq!(j.format_id(), "1 Juli 2027 s.d. 31 Desember 2027");
    assert_eq!(periode_penilaian(2027, t(2026, 12, 1), t(2027, 12, 31)), Err(GalatPeriode::LuarTahun));
    assert_eq!(periode_penilaian(2027, t(2027, 8, 1), t(2027, 7, 31)), Err(GalatPeriode::Terbalik));
}
