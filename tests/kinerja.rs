//! Performance appraisal rules and the SKP life cycle (issue 4 §7, native): the 9 cells of the
//! predikat matrix, the 5 organisation patterns at 0, 1, 2 and 10 employees and at their
//! boundary percentages, angka kredit examples, approval locking, amendment history, and a
//! snapshot that survives a transfer.

use jenjang::domain::contoh::{data_contoh, BENIH_CONTOH, JUMLAH_CONTOH};
use jenjang::domain::distribusi::{dapat_dipenuhi, periksa, Sebaran};
use jenjang::domain::evaluasi::{
    bandingkan, saran_rating_hasil_kerja, EvaluasiKinerja, PenilaianMandiri, RealisasiKinerja,
};
use jenjang::domain::id::Id;
use jenjang::domain::periode::Periode;
use jenjang::domain::skp::{
    ringkas_perubahan, ringkasan_en, usul_penilai, Aspek, GalatSkp, Iki, JenisRhk, Rhk, Skp, StatusSkp, Target,
};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::jabatan::JenjangFungsional;
use jenjang::rules::kinerja::{
    angka_kredit, format_per_seribu, predikat, AsumsiDistribusi, Pembulatan, Predikat, PredikatOrganisasi, Rating,
    TabelKoefisienAk,
};

use Predikat::*;
use Rating::*;

// ------------------------------------------------------------------------------------------
// PermenPANRB 6/2022, Lampiran: kuadran kinerja — all nine cells.
// ------------------------------------------------------------------------------------------

#[test]
fn predikat_matrix_all_nine_cells_as_in_permenpanrb_6_2022() {
    let kasus = [
        (DiAtasEkspektasi, DiAtasEkspektasi, SangatBaik),
        (DiAtasEkspektasi, SesuaiEkspektasi, Baik),
        (DiAtasEkspektasi, DiBawahEkspektasi, Kurang),
        (SesuaiEkspektasi, DiAtasEkspektasi, Baik),
        (SesuaiEkspektasi, SesuaiEkspektasi, Baik),
        (SesuaiEkspektasi, DiBawahEkspektasi, Kurang),
        (DiBawahEkspektasi, DiAtasEkspektasi, ButuhPerbaikan),
        (DiBawahEkspektasi, SesuaiEkspektasi, ButuhPerbaikan),
        (DiBawahEkspektasi, DiBawahEkspektasi, SangatKurang),
    ];
    for (hasil, perilaku, harap) in kasus {
        let sel = predikat(hasil, perilaku);
        assert_eq!(sel.predikat, harap, "{hasil:?} × {perilaku:?}");
        assert!(sel.alasan_id().contains(harap.label_id()) && sel.alasan_id().contains("PermenPANRB 6/2022"));
        assert!(sel.alasan_en().contains(harap.label_en()));
    }
}

#[test]
fn predikat_is_kurang_when_perilaku_below_whatever_the_results() {
    assert_eq!(predikat(DiAtasEkspektasi, DiBawahEkspektasi).predikat.label_id(), "Kurang/Misconduct");
}

// ------------------------------------------------------------------------------------------
// SE MenPANRB 3/2023: distribution patterns. Sebaran order: SB, B, BP, K, SK.
// ------------------------------------------------------------------------------------------

fn s(sb: u32, b: u32, bp: u32, k: u32, sk: u32) -> Sebaran {
    Sebaran([sb, b, bp, k, sk])
}

fn cek(o: PredikatOrganisasi, x: Sebaran) -> Vec<String> {
    periksa(o, x, AsumsiDistribusi::default()).pelanggaran.into_iter().map(|p| p.pesan_id).collect()
}

#[test]
fn an_empty_unit_breaks_no_pattern() {
    for o in PredikatOrganisasi::SEMUA {
        let h = periksa(o, Sebaran::default(), AsumsiDistribusi::default());
        assert!(h.sesuai() && h.dapat_dipenuhi, "{o:?}");
    }
}

#[test]
fn istimewa_most_sangat_baik_at_most_70_percent() {
    use PredikatOrganisasi::Istimewa;
    // 10 people: 7 SB is the cap, 8 breaks it.
    assert!(cek(Istimewa, s(7, 3, 0, 0, 0)).is_empty());
    let v = cek(Istimewa, s(8, 2, 0, 0, 0));
    assert_eq!(v.len(), 1);
    assert!(v[0].contains("paling banyak 70%") && v[0].contains("ada 8"), "{v:?}");
    // SB must be the largest group.
    let v = cek(Istimewa, s(3, 4, 3, 0, 0));
    assert!(v[0].contains("Sebagian besar") && v[0].contains("4 Baik"), "{v:?}");
    // 1 person Sangat Baik: 70% of 1 rounds up to 1 under the default assumption…
    assert!(cek(Istimewa, s(1, 0, 0, 0, 0)).is_empty());
    // …and down to 0 under a strict one, which makes the pattern impossible for one person.
    let ketat = AsumsiDistribusi { pembulatan_maksimal: Pembulatan::Bawah, pembulatan_minimal: Pembulatan::Atas };
    let h = periksa(Istimewa, s(1, 0, 0, 0, 0), ketat);
    assert!(!h.sesuai() && !h.dapat_dipenuhi);
    // 2 people: 70% of 2 = 1,4 → 2 rounded up (default), 1 to the nearest.
    assert!(cek(Istimewa, s(1, 1, 0, 0, 0)).is_empty());
    assert!(cek(Istimewa, s(2, 0, 0, 0, 0)).is_empty());
    let terdekat = AsumsiDistribusi { pembulatan_maksimal: Pembulatan::Terdekat, ..AsumsiDistribusi::default() };
    assert_eq!(periksa(Istimewa, s(2, 0, 0, 0, 0), terdekat).pelanggaran.len(), 1);
}

#[test]
fn baik_needs_a_butuh_perbaikan_or_kurang_and_at_most_70_percent_baik() {
    use PredikatOrganisasi::Baik as OBaik;
    assert!(cek(OBaik, s(1, 7, 1, 1, 0)).is_empty());
    assert!(cek(OBaik, s(2, 7, 1, 0, 0)).is_empty());
    let v = cek(OBaik, s(2, 8, 0, 0, 0));
    assert_eq!(v.len(), 2, "{v:?}");
    assert!(v.iter().any(|m| m.contains("paling banyak 70%")));
    assert!(v.iter().any(|m| m.contains("Harus ada") && m.contains("Butuh Perbaikan dan/atau Kurang/Misconduct")));
    // One person can never meet it: a notice, not a blame.
    let h = periksa(OBaik, s(0, 1, 0, 0, 0), AsumsiDistribusi::default());
    assert!(!h.sesuai() && !h.dapat_dipenuhi);
    // Two people: one Baik and one Butuh Perbaikan is the only way.
    assert!(cek(OBaik, s(0, 1, 1, 0, 0)).is_empty());
    assert!(!cek(OBaik, s(0, 2, 0, 0, 0)).is_empty());
    assert!(dapat_dipenuhi(OBaik, 2, AsumsiDistribusi::default()));
}

#[test]
fn butuh_perbaikan_at_least_60_percent_and_at_most_10_percent_sangat_baik() {
    use PredikatOrganisasi::ButuhPerbaikan as O;
    assert!(cek(O, s(1, 3, 6, 0, 0)).is_empty());
    let v = cek(O, s(1, 4, 5, 0, 0));
    assert_eq!(v.len(), 1);
    assert!(v[0].contains("paling sedikit 60%") && v[0].contains("6 dari 10"), "{v:?}");
    let v = cek(O, s(2, 2, 6, 0, 0));
    assert!(v[0].contains("Sangat Baik paling banyak 10%") && v[0].contains("1 dari 10"), "{v:?}");
    // 1 person: 60% of 1 rounds down to 0 by default, so any single predikat but SB over 10%…
    // 10% of 1 rounds up to 1, so even SB is allowed.
    assert!(cek(O, s(0, 1, 0, 0, 0)).is_empty());
    // 2 people: 60% of 2 = 1,2 → 1.
    assert!(cek(O, s(0, 1, 1, 0, 0)).is_empty());
    assert!(!cek(O, s(0, 2, 0, 0, 0)).is_empty());
}

#[test]
fn kurang_at_least_60_percent_kurang_and_10_percent_butuh_perbaikan() {
    use PredikatOrganisasi::Kurang as O;
    assert!(cek(O, s(0, 3, 1, 6, 0)).is_empty());
    let v = cek(O, s(0, 4, 0, 6, 0));
    assert_eq!(v.len(), 1);
    assert!(v[0].contains("Butuh Perbaikan paling sedikit 10%"), "{v:?}");
    let v = cek(O, s(2, 2, 1, 5, 0));
    assert_eq!(v.len(), 2, "{v:?}");
    assert!(cek(O, s(0, 0, 0, 1, 0)).is_empty());
    assert!(cek(O, s(0, 0, 1, 1, 0)).is_empty());
}

#[test]
fn sangat_kurang_no_sangat_baik_and_at_least_60_percent_sangat_kurang() {
    use PredikatOrganisasi::SangatKurang as O;
    assert!(cek(O, s(0, 3, 0, 1, 6)).is_empty());
    assert!(cek(O, s(0, 3, 1, 0, 6)).is_empty());
    let v = cek(O, s(1, 2, 1, 0, 6));
    assert_eq!(v.len(), 1);
    assert!(v[0].contains("Tidak boleh ada predikat Sangat Baik"), "{v:?}");
    let v = cek(O, s(0, 4, 0, 0, 6));
    assert!(v[0].contains("Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10%"), "{v:?}");
    let v = cek(O, s(0, 5, 0, 0, 5));
    assert!(v.iter().any(|m| m.contains("Sangat Kurang paling sedikit 60%")), "{v:?}");
    assert!(cek(O, s(0, 0, 0, 0, 1)).is_empty());
    assert!(!cek(O, s(1, 0, 0, 0, 0)).is_empty());
    assert!(cek(O, s(0, 0, 0, 1, 1)).is_empty());
}

#[test]
fn rounding_assumption_moves_the_boundary_for_odd_sizes() {
    use PredikatOrganisasi::ButuhPerbaikan as O;
    // 7 people, min 60% = 4,2: down → 4, up → 5.
    let x = s(0, 3, 4, 0, 0);
    assert!(cek(O, x).is_empty());
    let atas = AsumsiDistribusi { pembulatan_maksimal: Pembulatan::Atas, pembulatan_minimal: Pembulatan::Atas };
    let h = periksa(O, x, atas);
    assert_eq!(h.pelanggaran.len(), 1);
    assert!(h.pelanggaran[0].pesan_id.contains("5 dari 7") && h.pelanggaran[0].pesan_id.contains("ke atas"));
}

// ------------------------------------------------------------------------------------------
// Angka kredit (Peraturan BKN 3/2023)
// ------------------------------------------------------------------------------------------

#[test]
fn angka_kredit_examples_of_perban_3_2023() {
    let t = TabelKoefisienAk::default();
    let ap = t.koefisien(JenjangFungsional::AhliPertama).unwrap();
    // 2 months Baik, Ahli Pertama: 2/12 × 100% × 12,5 = 2,083.
    let ak = angka_kredit(Baik, ap, 2);
    assert_eq!(ak.per_seribu, 2_083);
    assert_eq!(ak.rumus_id(), "2/12 × 100% (Baik) × 12,5 = 2,083");
    // A year Sangat Baik: 150% × 12,5 = 18,75.
    assert_eq!(format_per_seribu(angka_kredit(SangatBaik, ap, 12).per_seribu, ','), "18,75");
    // Butuh Perbaikan 75%, Kurang 50%, Sangat Kurang 25% of a year.
    assert_eq!(angka_kredit(ButuhPerbaikan, ap, 12).per_seribu, 9_375);
    assert_eq!(angka_kredit(Kurang, ap, 12).per_seribu, 6_250);
    assert_eq!(angka_kredit(SangatKurang, ap, 12).per_seribu, 3_125);
    // A quarter Baik, Ahli Muda (25): 6,25.
    let am = t.koefisien(JenjangFungsional::AhliMuda).unwrap();
    assert_eq!(angka_kredit(Baik, am, Periode::Triwulan(1).bulan()).per_seribu, 6_250);
    assert!(TabelKoefisienAk::terkonfirmasi(JenjangFungsional::AhliPertama));
    assert!(!TabelKoefisienAk::terkonfirmasi(JenjangFungsional::AhliMuda));
}

// ------------------------------------------------------------------------------------------
// SKP life cycle
// ------------------------------------------------------------------------------------------

fn t(y: i32, m: u8, d: u8) -> Tanggal {
    Tanggal::new(y, m, d).unwrap()
}

fn id(n: u8) -> Id {
    Id::dari_byte_acak([n; 16])
}

fn rhk(n: u8, jenis: JenisRhk, target: f64) -> Rhk {
    Rhk {
        id: id(n),
        jenis,
        uraian: format!("RHK {n}"),
        rhk_pimpinan: None,
        perspektif: None,
        indikator: vec![Iki {
            id: id(n + 100),
            aspek: Some(Aspek::Kuantitas),
            indikator: format!("Jumlah dokumen {n}"),
            target: Target::Angka { nilai: target, satuan: "dokumen".into() },
        }],
    }
}

fn skp_contoh() -> (Skp, jenjang::store::dataset::Dataset) {
    let (unit_kerja, pegawai) = data_contoh(BENIH_CONTOH, JUMLAH_CONTOH, t(2026, 11, 23), Stempel(1_700_000_000_000));
    let d = jenjang::store::dataset::Dataset { pegawai, unit_kerja, ..Default::default() };
    let p = d.pegawai.iter().find(|p| usul_penilai(p, &d.pegawai, &d.unit_kerja).0.is_some()).unwrap().clone();
    let skp = Skp::baru(id(1), &p, 2027, &d.pegawai, &d.unit_kerja, Stempel(1));
    (skp, d)
}

#[test]
fn a_new_skp_proposes_a_senior_enough_penilai_from_the_unit_tree() {
    let (skp, d) = skp_contoh();
    let penilai = skp.penilai.as_ref().unwrap();
    let pp = d.cari_pegawai(penilai.pegawai.as_ref().unwrap()).unwrap();
    let jenis_penilai = pp.jabatan_terakhir().unwrap().jenis;
    let dinilai = d.cari_pegawai(&skp.pegawai).unwrap().jabatan_terakhir().unwrap();
    let minimal = jenjang::rules::penilai::penilai_minimal(dinilai.jenis, dinilai.jenjang).unwrap();
    assert!(jenjang::rules::penilai::cukup_tinggi(jenis_penilai, minimal));
    assert_eq!(skp.perilaku.len(), 7);
    assert_eq!(skp.status, StatusSkp::Draf);
    assert_eq!(skp.periode.format_id(), "1 Januari 2027 s.d. 31 Desember 2027");
}

#[test]
fn skp_cannot_be_submitted_incomplete_and_is_read_only_once_approved() {
    let (mut skp, _) = skp_contoh();
    match skp.ajukan(Stempel(2)) {
        Err(GalatSkp::BelumLengkap(k)) => assert!(k.iter().any(|x| x.0 == "belum ada RHK utama")),
        lain => panic!("{lain:?}"),
    }
    skp.ubah(Stempel(3), |s| s.rhk.push(rhk(1, JenisRhk::Utama, 2.0))).unwrap();
    assert_eq!(skp.updated_at, Stempel(3));
    skp.ajukan(Stempel(4)).unwrap();
    // A change to a submitted SKP sends it back to draft.
    skp.ubah(Stempel(5), |s| s.rhk.push(rhk(2, JenisRhk::Tambahan, 1.0))).unwrap();
    assert_eq!(skp.status, StatusSkp::Draf);
    assert!(matches!(skp.setujui(t(2027, 1, 10), Stempel(6)), Err(GalatSkp::StatusTidakSesuai { .. })));
    skp.ajukan(Stempel(7)).unwrap();
    skp.setujui(t(2027, 1, 10), Stempel(8)).unwrap();
    assert!(skp.terkunci());
    let sebelum = skp.clone();
    assert_eq!(skp.ubah(Stempel(9), |s| s.rhk.clear()), Err(GalatSkp::Terkunci));
    assert_eq!(skp, sebelum, "a refused change leaves the SKP exactly as it was");
    // A change cannot forge the status or the history either.
    let (mut draf, _) = skp_contoh();
    draf.ubah(Stempel(10), |s| s.status = StatusSkp::Disetujui).unwrap();
    assert_eq!(draf.status, StatusSkp::Draf);
}

#[test]
fn an_amendment_after_approval_is_recorded_with_reason_date_and_what_changed() {
    let (mut skp, _) = skp_contoh();
    skp.ubah(Stempel(3), |s| s.rhk.push(rhk(1, JenisRhk::Utama, 2.0))).unwrap();
    skp.ajukan(Stempel(4)).unwrap();
    skp.setujui(t(2027, 1, 10), Stempel(5)).unwrap();
    assert_eq!(
        skp.ubah_setelah_disetujui(t(2027, 5, 2), "  ", Stempel(6), |s| s.rhk[0].uraian = "x".into()),
        Err(GalatSkp::AlasanKosong)
    );
    assert_eq!(
        skp.ubah_setelah_disetujui(t(2027, 5, 2), "refocusing", Stempel(6), |_| {}),
        Err(GalatSkp::TidakAdaPerubahan)
    );
    skp.ubah_setelah_disetujui(t(2027, 5, 2), "Refocusing anggaran", Stempel(7), |s| {
        s.rhk[0].indikator[0].target = Target::Angka { nilai: 1.0, satuan: "dokumen".into() };
        s.rhk.push(rhk(3, JenisRhk::Tambahan, 4.0));
    })
    .unwrap();
    assert_eq!(skp.status, StatusSkp::Disetujui);
    assert_eq!(skp.disetujui_pada, Some(t(2027, 1, 10)));
    assert_eq!(skp.perubahan.len(), 1);
    let p = &skp.perubahan[0];
    assert_eq!((p.tanggal, p.alasan.as_str()), (t(2027, 5, 2), "Refocusing anggaran"));
    assert_eq!(p.ringkasan, vec!["RHK diubah (indikator/target): RHK 1".to_string(), "RHK ditambah: RHK 3".into()]);
    // The history itself cannot be rewritten by the next amendment.
    skp.ubah_setelah_disetujui(t(2027, 6, 1), "Koreksi", Stempel(8), |s| {
        s.perubahan.clear();
        s.rhk[0].uraian = "RHK 1 baru".into();
    })
    .unwrap();
    assert_eq!(skp.perubahan.len(), 2);
    assert_eq!(skp.perubahan[1].ringkasan, vec!["RHK diubah: RHK 1 → RHK 1 baru".to_string()]);
}

/// Every kind of line an amendment summary has, in Bahasa Indonesia as kept with the SKP and in
/// English as shown on the English page; what people wrote stays as written.
#[test]
fn amendment_lines_of_every_kind_read_in_both_languages() {
    let (mut a, _) = skp_contoh();
    a.rhk = vec![rhk(1, JenisRhk::Utama, 2.0), rhk(2, JenisRhk::Utama, 3.0), rhk(3, JenisRhk::Tambahan, 1.0)];
    let mut b = a.clone();
    b.pendekatan = jenjang::domain::skp::Pendekatan::Kualitatif;
    b.penilai = None;
    b.atasan_penilai = b.dinilai.clone().into();
    b.rhk.retain(|r| r.id != id(2));
    b.rhk[0].uraian = "RHK 1 → dipertajam".into();
    b.rhk[1].indikator[0].target = Target::Angka { nilai: 9.0, satuan: "laporan".into() };
    b.rhk.push(rhk(4, JenisRhk::Tambahan, 1.0));
    b.perilaku[6].ekspektasi_khusus = "Memimpin rapat lintas bidang".into();
    b.lampiran.konsekuensi.push("Teguran".into());
    b.jpt = !a.jpt;
    let penilai = a.penilai.as_ref().unwrap().nama.clone();
    let atasan = a.atasan_penilai.as_ref().map_or("—".to_string(), |c| c.nama.clone());
    let dinilai = b.dinilai.nama.clone();
    let baris = ringkas_perubahan(&a, &b);
    let harapan: Vec<(String, String)> = vec![
        ("Pendekatan: Kuantitatif → Kualitatif".into(), "Approach: Quantitative → Qualitative".into()),
        (format!("Pejabat penilai: {penilai} → —"), format!("Appraiser: {penilai} → —")),
        (
            format!("Atasan pejabat penilai: {atasan} → {dinilai}"),
            format!("Appraiser's superior: {atasan} → {dinilai}"),
        ),
        ("RHK diubah: RHK 1 → RHK 1 → dipertajam".into(), "RHK changed: RHK 1 → RHK 1 → dipertajam".into()),
        ("RHK dihapus: RHK 2".into(), "RHK removed: RHK 2".into()),
        ("RHK diubah (indikator/target): RHK 3".into(), "RHK changed (indicators/targets): RHK 3".into()),
        ("RHK ditambah: RHK 4".into(), "RHK added: RHK 4".into()),
        (
            "Ekspektasi khusus pimpinan (Kolaboratif) diubah".into(),
            "Leader's specific expectation (Collaborative) changed".into(),
        ),
        ("Lampiran diubah".into(), "Attachment changed".into()),
        ("Periode atau jenis SKP diubah".into(), "Period or type of SKP changed".into()),
    ];
    assert_eq!(baris, harapan.iter().map(|(i, _)| i.clone()).collect::<Vec<_>>());
    for (i, en) in &harapan {
        assert_eq!(&ringkasan_en(i), en, "{i}");
    }
    // A line of a later version is shown as stored.
    assert_eq!(ringkasan_en("Sesuatu yang baru diubah"), "Sesuatu yang baru diubah");
}

#[test]
fn snapshot_stays_after_a_transfer() {
    let (skp, mut d) = skp_contoh();
    let sebelum = skp.dinilai.clone();
    let lain = d.unit_kerja.iter().find(|u| Some(&u.id) != sebelum.unit_kerja.as_ref()).unwrap().id.clone();
    let p = d.pegawai.iter_mut().find(|p| p.id == skp.pegawai).unwrap();
    p.unit_kerja = Some(lain.clone());
    p.riwayat_jabatan[0].nama = "Jabatan baru setelah mutasi".into();
    // The stored SKP is untouched; a new SKP would take the new state.
    assert_eq!(skp.dinilai, sebelum);
    let baru = Skp::baru(id(9), d.cari_pegawai(&skp.pegawai).unwrap(), 2028, &d.pegawai, &d.unit_kerja, Stempel(2));
    assert_eq!(baru.dinilai.unit_kerja, Some(lain));
    assert_ne!(baru.dinilai.nama_unit, sebelum.nama_unit);
}

#[test]
fn copying_last_years_skp_gives_a_fresh_draft_with_new_ids_and_no_leader_links() {
    let (mut skp, d) = skp_contoh();
    let mut r = rhk(1, JenisRhk::Utama, 2.0);
    r.rhk_pimpinan = Some(id(77));
    skp.ubah(Stempel(3), |s| {
        s.rhk.push(r);
        s.perilaku[0].ekspektasi_khusus = "Responsif".into();
    })
    .unwrap();
    skp.ajukan(Stempel(4)).unwrap();
    skp.setujui(t(2027, 1, 10), Stempel(5)).unwrap();
    let mut n = 200u8;
    let mut baru_id = || {
        n += 1;
        id(n)
    };
    let p = d.cari_pegawai(&skp.pegawai).unwrap();
    let salin = skp.salin_ke_tahun(2028, &mut baru_id, p, &d.pegawai, &d.unit_kerja, Stempel(9));
    assert_eq!((salin.tahun, salin.status, salin.perubahan.len()), (2028, StatusSkp::Draf, 0));
    assert_eq!(salin.rhk[0].uraian, "RHK 1");
    assert_ne!(salin.rhk[0].id, skp.rhk[0].id);
    assert_ne!(salin.rhk[0].indikator[0].id, skp.rhk[0].indikator[0].id);
    assert_eq!(salin.rhk[0].rhk_pimpinan, None);
    assert_eq!(salin.perilaku[0].ekspektasi_khusus, "Responsif");
}

// ------------------------------------------------------------------------------------------
// Evaluation: suggested rating, self vs penilai
// ------------------------------------------------------------------------------------------

#[test]
fn suggested_rating_follows_realisasi_and_is_only_a_suggestion() {
    let (mut skp, _) = skp_contoh();
    skp.ubah(Stempel(3), |s| {
        s.rhk = vec![rhk(1, JenisRhk::Utama, 2.0), rhk(2, JenisRhk::Utama, 4.0), rhk(3, JenisRhk::Tambahan, 1.0)];
    })
    .unwrap();
    let mut real = RealisasiKinerja::baru(id(50), skp.id.clone(), Periode::Triwulan(1), Stempel(4));
    // Nothing entered: no suggestion.
    assert_eq!(saran_rating_hasil_kerja(&skp, Some(&real)).rating, None);
    let isi = |real: &mut RealisasiKinerja, n: u8, v: f64| {
        real.untuk_rhk_mut(&id(n)).indikator =
            vec![jenjang::domain::evaluasi::RealisasiIki { iki: id(n + 100), nilai: Some(v), uraian: String::new() }];
    };
    isi(&mut real, 1, 3.0);
    isi(&mut real, 2, 5.0);
    isi(&mut real, 3, 1.0);
    let s = saran_rating_hasil_kerja(&skp, Some(&real));
    assert_eq!(s.rating, Some(DiAtasEkspektasi), "{}", s.alasan_id);
    assert!(s.alasan_id.contains("2 di atas target, 1 sesuai, 0 di bawah"));
    // A core RHK below target rules out Di Atas.
    isi(&mut real, 2, 3.0);
    isi(&mut real, 3, 2.0);
    let s = saran_rating_hasil_kerja(&skp, Some(&real));
    assert_eq!(s.rating, Some(SesuaiEkspektasi), "{}", s.alasan_id);
    isi(&mut real, 1, 1.0);
    assert_eq!(saran_rating_hasil_kerja(&skp, Some(&real)).rating, Some(DiBawahEkspektasi));
}

#[test]
fn self_assessment_and_penilai_side_by_side_flag_the_differences() {
    let mut real = RealisasiKinerja::baru(id(50), id(1), Periode::Tahunan, Stempel(4));
    real.mandiri = Some(PenilaianMandiri {
        rating_hasil_kerja: Some(DiAtasEkspektasi),
        rating_perilaku: Some(DiAtasEkspektasi),
        refleksi: "Target terlampaui".into(),
    });
    let mut ev = EvaluasiKinerja::baru(id(51), id(1), Periode::Tahunan, Stempel(5));
    ev.rating_hasil_kerja = Some(SesuaiEkspektasi);
    ev.rating_perilaku = Some(DiAtasEkspektasi);
    let b = bandingkan(Some(&real), Some(&ev));
    assert!(b.beda_hasil_kerja() && !b.beda_perilaku() && b.beda_predikat());
    assert_eq!((b.mandiri_predikat, b.penilai_predikat), (Some(SangatBaik), Some(Baik)));
    assert_eq!(ev.predikat().unwrap().predikat, Baik);
}
