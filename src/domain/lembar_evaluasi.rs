//! What the evaluation of one SKP for one period shows and how it is edited (PermenPANRB
//! 6/2022; SE MenPANRB 3/2023; asn-rules.md §1.5–§1.10, §5.6): the realisasi the pegawai types
//! (numbers the Indonesian way, bukti dukung), the penilai's decision, the live check of the
//! unit's distribution with the rating being chosen, the angka kredit of a jabatan fungsional,
//! community feedback of the period, and the labels of the printed Dokumen Evaluasi Kinerja.
//!
//! The evaluation page and its printed document only wire these to the screen.

use super::distribusi::{self, HasilDistribusi, Sebaran};
use super::evaluasi::{
    self, BuktiDukung, Capaian, EvaluasiKinerja, KinerjaOrganisasi, PenilaianMandiri, RealisasiIki, RealisasiKinerja,
    RingkasanMasyarakat, UmpanBalikMasyarakat,
};
use super::id::Id;
use super::masyarakat;
use super::periode::{Jangka, Periode};
use super::rencana_skp::{self, KelompokRhk};
use super::skp::{JenisRhk, Skp};
use super::tanggal::Tanggal;
use crate::rules::jabatan::JenjangFungsional;
use crate::rules::kinerja::{angka_kredit, AngkaKredit, AsumsiDistribusi, Predikat, Rating, TabelKoefisienAk};

// ---------------------------------------------------------------------------------------------
// Numbers as typed
// ---------------------------------------------------------------------------------------------

/// A realisasi that is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BukanAngka;

impl BukanAngka {
    pub fn pesan_id(self) -> &'static str {
        "Bukan angka. Tulis misalnya 12 atau 2,5 (koma untuk desimal)."
    }
    pub fn pesan_en(self) -> &'static str {
        "Not a number. Write for example 12 or 2.5."
    }
}

/// A realisasi as typed: a number the Indonesian way (`2,5`, `1.234,5`; see
/// [`rencana_skp::baca_angka`], shared with the SKP targets), or nothing. A negative number is
/// refused: no target counts below zero.
pub fn baca_realisasi(s: &str) -> Result<Option<f64>, BukanAngka> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    match rencana_skp::baca_angka(s) {
        Some(n) if n >= 0.0 => Ok(Some(n)),
        _ => Err(BukanAngka),
    }
}

// ---------------------------------------------------------------------------------------------
// Editing what the pegawai reports
// ---------------------------------------------------------------------------------------------

fn iki_mut<'a>(r: &'a mut RealisasiKinerja, rhk: &Id, iki: &Id) -> &'a mut RealisasiIki {
    let entri = r.untuk_rhk_mut(rhk);
    if let Some(i) = entri.indikator.iter().position(|x| &x.iki == iki) {
        return &mut entri.indikator[i];
    }
    entri.indikator.push(RealisasiIki { iki: iki.clone(), nilai: None, uraian: String::new() });
    let n = entri.indikator.len() - 1;
    &mut entri.indikator[n]
}

/// The number achieved for one indicator (`None` clears it).
pub fn setel_nilai(r: &mut RealisasiKinerja, rhk: &Id, iki: &Id, nilai: Option<f64>) {
    iki_mut(r, rhk, iki).nilai = nilai;
}

/// The description of what was achieved for one indicator.
pub fn setel_uraian(r: &mut RealisasiKinerja, rhk: &Id, iki: &Id, uraian: &str) {
    iki_mut(r, rhk, iki).uraian = uraian.trim().to_string();
}

/// Adds evidence to an RHK; refused (`false`) when the description is empty.
pub fn tambah_bukti(r: &mut RealisasiKinerja, rhk: &Id, uraian: &str, tautan: &str) -> bool {
    if uraian.trim().is_empty() {
        return false;
    }
    r.untuk_rhk_mut(rhk)
        .bukti
        .push(BuktiDukung { uraian: uraian.trim().to_string(), tautan: tautan.trim().to_string() });
    true
}

/// Removes the `i`-th evidence of an RHK (nothing when there is none).
pub fn hapus_bukti(r: &mut RealisasiKinerja, rhk: &Id, i: usize) {
    let entri = r.untuk_rhk_mut(rhk);
    if i < entri.bukti.len() {
        entri.bukti.remove(i);
    }
}

/// The pegawai's own ratings and reflection: each argument given replaces the one kept.
pub fn setel_mandiri(
    r: &mut RealisasiKinerja,
    hasil_kerja: Option<Rating>,
    perilaku: Option<Rating>,
    refleksi: Option<&str>,
) {
    let m = r.mandiri.get_or_insert_with(|| PenilaianMandiri {
        rating_hasil_kerja: None,
        rating_perilaku: None,
        refleksi: String::new(),
    });
    if hasil_kerja.is_some() {
        m.rating_hasil_kerja = hasil_kerja;
    }
    if perilaku.is_some() {
        m.rating_perilaku = perilaku;
    }
    if let Some(t) = refleksi {
        m.refleksi = t.trim().to_string();
    }
}

/// The penilai sets both ratings on `tanggal` (printed on the document).
pub fn tetapkan(e: &mut EvaluasiKinerja, hasil_kerja: Rating, perilaku: Rating, tanggal: Tanggal) {
    e.rating_hasil_kerja = Some(hasil_kerja);
    e.rating_perilaku = Some(perilaku);
    e.ditetapkan_pada = Some(tanggal);
}

// ---------------------------------------------------------------------------------------------
// Reading the SKP for the evaluation
// ---------------------------------------------------------------------------------------------

/// How an indicator's realisasi compares with its target, in words.
pub fn label_capaian(c: Option<Capaian>) -> (&'static str, &'static str) {
    match c {
        Some(Capaian::DiAtas) => ("Di atas target", "Above target"),
        Some(Capaian::Sesuai) => ("Sesuai target", "On target"),
        Some(Capaian::DiBawah) => ("Di bawah target", "Below target"),
        Some(Capaian::TidakTerukur) | None => ("Belum terukur", "Not measured"),
    }
}

/// The realisasi of one indicator against its target (see [`evaluasi::capaian_iki`]).
pub fn capaian(skp: &Skp, realisasi: Option<&RealisasiKinerja>, rhk: &Id, iki: &Id) -> Capaian {
    let Some(i) = skp.cari_rhk(rhk).and_then(|r| r.indikator.iter().find(|i| &i.id == iki)) else {
        return Capaian::TidakTerukur;
    };
    let lkb = i.aspek.is_some_and(|a| a.lebih_kecil_lebih_baik());
    evaluasi::capaian_iki(lkb, &i.target, realisasi.and_then(|r| r.nilai_iki(rhk, iki)).and_then(|x| x.nilai))
}

/// The heading of a group of the Hasil Kerja table (see [`rencana_skp::kelompok_rhk`]):
/// `A. UTAMA`, `B. TAMBAHAN`, and on an SKP JPT `A. UTAMA — Perspektif Proses Bisnis`.
pub fn label_kelompok(k: &KelompokRhk<'_>) -> (String, String) {
    let (id, en) = match k.jenis {
        JenisRhk::Utama => ("A. UTAMA", "A. CORE"),
        JenisRhk::Tambahan => ("B. TAMBAHAN", "B. ADDITIONAL"),
    };
    match k.perspektif {
        Some(p) => (format!("{id} — {}", p.label_id()), format!("{en} — {}", p.label_en())),
        None => (id.to_string(), en.to_string()),
    }
}

/// Whether the pegawai yang dinilai leads a unit: the SKP snapshot holds a managerial jabatan
/// (JPT, Administrator, Pengawas), which in the register is the head of its unit kerja. For
/// such a pegawai the unit's capaian kinerja organisasi becomes the rating hasil kerja (SE
/// MenPANRB 3/2023, asn-rules.md §1.6).
pub fn kepala_unit(skp: &Skp) -> bool {
    skp.dinilai.jenis_jabatan.is_some_and(|j| j.manajerial())
}

/// `TRIWULAN II`, `SEMESTER I`, `MARET`, and `AKHIR` for the annual (final) evaluation, as the
/// form header prints the period ("PERIODE: TRIWULAN I/II/III/IV-AKHIR").
pub fn label_periode_dokumen(p: Periode) -> String {
    match p {
        Periode::Tahunan => "AKHIR".into(),
        _ => p.label_id().to_uppercase(),
    }
}

// ---------------------------------------------------------------------------------------------
// The unit's distribution while rating
// ---------------------------------------------------------------------------------------------

/// A unit's employee predikat for one period and, when its organisation predikat is set, the
/// check against the pattern that predikat imposes (SE MenPANRB 3/2023).
#[derive(Clone, Debug, PartialEq)]
pub struct DistribusiUnit<'a> {
    pub organisasi: Option<&'a KinerjaOrganisasi>,
    pub sebaran: Sebaran,
    /// `None` when no organisation predikat is set: there is no pattern to check against.
    pub hasil: Option<HasilDistribusi>,
}

/// The unit's spread with `ganti` (this SKP and the predikat being chosen, `None` while not
/// both ratings are chosen) in place of what is saved, and its check under `asumsi`.
#[allow(clippy::too_many_arguments)]
pub fn distribusi_unit<'a>(
    skp: &[Skp],
    evaluasi: &[EvaluasiKinerja],
    organisasi: &'a [KinerjaOrganisasi],
    unit: &Id,
    tahun: i32,
    periode: Periode,
    ganti: Option<(&Id, Option<Predikat>)>,
    asumsi: AsumsiDistribusi,
) -> DistribusiUnit<'a> {
    let predikat = evaluasi::predikat_unit(skp, evaluasi, unit, tahun, periode, ganti);
    let sebaran = Sebaran::dari(predikat.into_iter().map(|(_, p)| p));
    let organisasi = evaluasi::predikat_organisasi(organisasi, unit, tahun, periode);
    let hasil = organisasi.map(|o| distribusi::periksa(o.predikat, sebaran, asumsi));
    DistribusiUnit { organisasi, sebaran, hasil }
}

// ---------------------------------------------------------------------------------------------
// Angka kredit
// ---------------------------------------------------------------------------------------------

/// The angka kredit a jabatan fungsional earns in a period, and whether the coefficient used
/// is confirmed by the reference (only Ahli Pertama is; the rest is an editable assumption).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AkPeriode {
    pub jenjang: JenjangFungsional,
    pub ak: AngkaKredit,
    pub terkonfirmasi: bool,
}

/// AK = bulan/12 × persentase predikat × koefisien tahunan (Peraturan BKN 3/2023), for a
/// period of `periode.bulan()` months. `None` without a jenjang, a predikat or a coefficient.
pub fn ak_periode(
    jenjang: Option<JenjangFungsional>,
    predikat: Option<Predikat>,
    tabel: &TabelKoefisienAk,
    periode: Periode,
) -> Option<AkPeriode> {
    let jenjang = jenjang?;
    let koefisien = tabel.koefisien(jenjang)?;
    Some(AkPeriode {
        jenjang,
        ak: angka_kredit(predikat?, koefisien, periode.bulan()),
        terkonfirmasi: TabelKoefisienAk::terkonfirmasi(jenjang),
    })
}

// ---------------------------------------------------------------------------------------------
// Community feedback of the period
// ---------------------------------------------------------------------------------------------

/// Community feedback within `jangka`: of the whole unit, and of those naming the pegawai
/// (whatever unit recorded them). Kept apart from the predikat: it is its own signal, never an
/// input to the rating.
pub fn masyarakat_periode(
    entri: &[UmpanBalikMasyarakat],
    unit: Option<&Id>,
    pegawai: &Id,
    jangka: Jangka,
) -> (RingkasanMasyarakat, RingkasanMasyarakat) {
    let unit = match unit {
        Some(u) => evaluasi::ringkas_masyarakat(masyarakat::saring(entri, Some(u), Some(jangka))),
        None => RingkasanMasyarakat::default(),
    };
    let pribadi = evaluasi::ringkas_masyarakat(
        masyarakat::saring(entri, None, Some(jangka)).into_iter().filter(|e| e.pegawai.as_ref() == Some(pegawai)),
    );
    (unit, pribadi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evaluasi::{Kanal, Skor};
    use crate::domain::skp::{Aspek, Cuplikan, Iki, Perspektif, Rhk, Target};
    use crate::domain::tanggal::Stempel;
    use crate::rules::jabatan::JenisJabatan;
    use crate::rules::kinerja::PredikatOrganisasi;

    fn id(n: u8) -> Id {
        Id::dari_byte_acak([n; 16])
    }
    fn t(y: i32, m: u8, d: u8) -> Tanggal {
        Tanggal::new(y, m, d).unwrap()
    }

    fn skp(n: u8, unit: &Id) -> Skp {
        Skp {
            id: id(n),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            pegawai: id(n + 100),
            tahun: 2027,
            periode: Jangka::tahun(2027),
            pendekatan: Default::default(),
            jpt: false,
            dinilai: Cuplikan { unit_kerja: Some(unit.clone()), nama: format!("P{n}"), ..Default::default() },
            penilai: None,
            atasan_penilai: None,
            rhk: vec![
                Rhk {
                    id: id(n + 1),
                    jenis: JenisRhk::Utama,
                    uraian: "Dokumen analisis jabatan".into(),
                    rhk_pimpinan: None,
                    perspektif: Some(Perspektif::ProsesBisnis),
                    indikator: vec![
                        Iki {
                            id: id(n + 2),
                            aspek: Some(Aspek::Kuantitas),
                            indikator: "Jumlah dokumen".into(),
                            target: Target::Angka { nilai: 4.0, satuan: "dokumen".into() },
                        },
                        Iki {
                            id: id(n + 3),
                            aspek: Some(Aspek::Waktu),
                            indikator: "Waktu penyelesaian".into(),
                            target: Target::Angka { nilai: 3.0, satuan: "bulan".into() },
                        },
                    ],
                },
                Rhk {
                    id: id(n + 4),
                    jenis: JenisRhk::Tambahan,
                    uraian: "Narasumber".into(),
                    rhk_pimpinan: Some(id(200)),
                    perspektif: None,
                    indikator: vec![],
                },
            ],
            perilaku: vec![],
            lampiran: Default::default(),
            status: Default::default(),
            disetujui_pada: None,
            perubahan: vec![],
        }
    }

    fn dinilai(s: &Skp, periode: Periode, h: Rating, p: Rating) -> EvaluasiKinerja {
        let mut e = EvaluasiKinerja::baru(id(s.id.as_str().as_bytes()[0]), s.id.clone(), periode, Stempel(0));
        tetapkan(&mut e, h, p, t(2027, 7, 1));
        e
    }

    #[test]
    fn a_realisasi_is_a_non_negative_number_or_nothing() {
        assert_eq!(baca_realisasi(""), Ok(None));
        assert_eq!(baca_realisasi("  "), Ok(None));
        assert_eq!(baca_realisasi("12"), Ok(Some(12.0)));
        assert_eq!(baca_realisasi("2,5"), Ok(Some(2.5)));
        assert_eq!(baca_realisasi("1.234,5"), Ok(Some(1234.5)));
        assert_eq!(baca_realisasi("2.5"), Ok(Some(2.5)));
        for salah in ["abc", "1,2,3", "-3", "1e5", "NaN"] {
            assert_eq!(baca_realisasi(salah), Err(BukanAngka), "{salah}");
        }
    }

    #[test]
    fn realisasi_edits_create_entries_once_and_keep_the_rest() {
        let u = id(50);
        let s = skp(1, &u);
        let (rhk, iki) = (s.rhk[0].id.clone(), s.rhk[0].indikator[0].id.clone());
        let mut r = RealisasiKinerja::baru(id(90), s.id.clone(), Periode::Triwulan(2), Stempel(0));
        setel_nilai(&mut r, &rhk, &iki, Some(5.0));
        setel_uraian(&mut r, &rhk, &iki, "  lima dokumen ");
        assert_eq!(r.rhk.len(), 1);
        assert_eq!(r.rhk[0].indikator.len(), 1);
        let x = r.nilai_iki(&rhk, &iki).unwrap();
        assert_eq!((x.nilai, x.uraian.as_str()), (Some(5.0), "lima dokumen"));
        setel_nilai(&mut r, &rhk, &iki, None);
        assert_eq!(r.nilai_iki(&rhk, &iki).unwrap().uraian, "lima dokumen");
        assert!(!tambah_bukti(&mut r, &rhk, "  ", "https://contoh"));
        assert!(tambah_bukti(&mut r, &rhk, "SK tim", " https://arsip/sk.pdf "));
        assert!(tambah_bukti(&mut r, &rhk, "Notulen", ""));
        assert_eq!(r.untuk_rhk(&rhk).unwrap().bukti[0].tautan, "https://arsip/sk.pdf");
        hapus_bukti(&mut r, &rhk, 5);
        hapus_bukti(&mut r, &rhk, 0);
        let bukti = &r.untuk_rhk(&rhk).unwrap().bukti;
        assert_eq!(bukti.len(), 1);
        assert_eq!(bukti[0].uraian, "Notulen");
    }

    #[test]
    fn self_ratings_change_only_what_is_given() {
        let mut r = RealisasiKinerja::baru(id(90), id(1), Periode::Tahunan, Stempel(0));
        setel_mandiri(&mut r, Some(Rating::DiAtasEkspektasi), None, None);
        setel_mandiri(&mut r, None, Some(Rating::SesuaiEkspektasi), Some(" saya belajar "));
        let m = r.mandiri.as_ref().unwrap();
        assert_eq!(m.rating_hasil_kerja, Some(Rating::DiAtasEkspektasi));
        assert_eq!(m.rating_perilaku, Some(Rating::SesuaiEkspektasi));
        assert_eq!(m.refleksi, "saya belajar");
    }

    #[test]
    fn capaian_per_indicator_treats_time_as_better_when_lower() {
        let u = id(50);
        let s = skp(1, &u);
        let rhk = s.rhk[0].id.clone();
        let (kuantitas, waktu) = (s.rhk[0].indikator[0].id.clone(), s.rhk[0].indikator[1].id.clone());
        let mut r = RealisasiKinerja::baru(id(90), s.id.clone(), Periode::Triwulan(2), Stempel(0));
        assert_eq!(capaian(&s, Some(&r), &rhk, &kuantitas), Capaian::TidakTerukur);
        setel_nilai(&mut r, &rhk, &kuantitas, Some(5.0));
        setel_nilai(&mut r, &rhk, &waktu, Some(4.0));
        assert_eq!(capaian(&s, Some(&r), &rhk, &kuantitas), Capaian::DiAtas);
        assert_eq!(capaian(&s, Some(&r), &rhk, &waktu), Capaian::DiBawah, "4 months for a 3-month target");
        assert_eq!(capaian(&s, Some(&r), &rhk, &id(77)), Capaian::TidakTerukur);
        assert_eq!(label_capaian(Some(Capaian::DiBawah)).0, "Di bawah target");
    }

    #[test]
    fn group_headings_as_on_the_form() {
        let u = id(50);
        let mut s = skp(1, &u);
        let g = rencana_skp::kelompok_rhk(&s);
        let label: Vec<String> = g.iter().map(|k| label_kelompok(k).0).collect();
        assert_eq!(label, ["A. UTAMA", "B. TAMBAHAN"]);
        s.jpt = true;
        let g = rencana_skp::kelompok_rhk(&s);
        assert_eq!(label_kelompok(&g[1]).0, "A. UTAMA — Perspektif Proses Bisnis");
        assert_eq!(label_kelompok(&g[1]).1, "A. CORE — Business process");
        assert_eq!(label_kelompok(g.last().unwrap()).0, "B. TAMBAHAN");
    }

    #[test]
    fn heads_of_units_hold_a_managerial_jabatan() {
        let u = id(50);
        let mut s = skp(1, &u);
        assert!(!kepala_unit(&s));
        s.dinilai.jenis_jabatan = Some(JenisJabatan::Fungsional);
        assert!(!kepala_unit(&s));
        s.dinilai.jenis_jabatan = Some(JenisJabatan::Pengawas);
        assert!(kepala_unit(&s));
    }

    #[test]
    fn the_document_prints_the_period_as_the_form_does() {
        assert_eq!(label_periode_dokumen(Periode::Triwulan(2)), "TRIWULAN II");
        assert_eq!(label_periode_dokumen(Periode::Semester(1)), "SEMESTER I");
        assert_eq!(label_periode_dokumen(Periode::Bulan(3)), "MARET");
        assert_eq!(label_periode_dokumen(Periode::Tahunan), "AKHIR");
    }

    /// SE MenPANRB 3/2023, pola Baik: "harus ada Butuh Perbaikan dan/atau Kurang/Misconduct".
    #[test]
    fn the_rating_being_chosen_is_checked_against_the_unit_pattern_before_saving() {
        let u = id(50);
        let tw = Periode::Triwulan(2);
        let a = skp(10, &u);
        let b = skp(20, &u);
        let c = skp(30, &u);
        let lain = skp(40, &id(51));
        let evaluasi = vec![
            dinilai(&a, tw, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi),
            dinilai(&b, tw, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi),
            dinilai(&lain, tw, Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi),
            // Another period does not count.
            dinilai(&c, Periode::Triwulan(1), Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi),
        ];
        let semua = vec![a, b, c.clone(), lain];
        let org = vec![KinerjaOrganisasi {
            id: id(60),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            unit_kerja: u.clone(),
            tahun: 2027,
            periode: tw,
            predikat: PredikatOrganisasi::Baik,
            catatan: String::new(),
        }];
        let asumsi = AsumsiDistribusi::default();
        let cek =
            |p: Option<Predikat>| distribusi_unit(&semua, &evaluasi, &org, &u, 2027, tw, Some((&c.id, p)), asumsi);

        // Rated Baik too: three Baik and no Butuh Perbaikan/Kurang breaks the Baik pattern.
        let x = cek(Some(Predikat::Baik));
        assert_eq!(x.organisasi.map(|o| o.predikat), Some(PredikatOrganisasi::Baik));
        assert_eq!(x.sebaran.banyak(Predikat::Baik), 3);
        let h = x.hasil.unwrap();
        assert_eq!(h.pelanggaran.len(), 1, "{:?}", h.pelanggaran);
        assert!(h.pelanggaran[0].pesan_id.contains("Harus ada pegawai dengan predikat Butuh Perbaikan"));
        // Rated Butuh Perbaikan: the pattern holds.
        assert!(cek(Some(Predikat::ButuhPerbaikan)).hasil.unwrap().sesuai());
        // Not yet rated: only the two saved ones count.
        assert_eq!(cek(None).sebaran.jumlah(), 2);
        // Without an organisation predikat there is nothing to check against.
        let tanpa = distribusi_unit(&semua, &evaluasi, &[], &u, 2027, tw, None, asumsi);
        assert!(tanpa.organisasi.is_none() && tanpa.hasil.is_none());
        assert_eq!(tanpa.sebaran.jumlah(), 2);
    }

    /// Peraturan BKN 3/2023: 3 months Baik, Ahli Pertama = 3/12 × 100% × 12,5 = 3,125.
    #[test]
    fn angka_kredit_of_a_quarter_and_its_confirmation() {
        let tabel = TabelKoefisienAk::default();
        let ak = ak_periode(Some(JenjangFungsional::AhliPertama), Some(Predikat::Baik), &tabel, Periode::Triwulan(2))
            .unwrap();
        assert_eq!(ak.ak.per_seribu, 3_125);
        assert!(ak.terkonfirmasi);
        let muda = ak_periode(Some(JenjangFungsional::AhliMuda), Some(Predikat::SangatBaik), &tabel, Periode::Tahunan)
            .unwrap();
        assert_eq!(muda.ak.per_seribu, 37_500);
        assert!(!muda.terkonfirmasi, "Ahli Muda's coefficient is UNCONFIRMED");
        assert!(ak_periode(None, Some(Predikat::Baik), &tabel, Periode::Tahunan).is_none());
        assert!(ak_periode(Some(JenjangFungsional::AhliMuda), None, &tabel, Periode::Tahunan).is_none());
    }

    #[test]
    fn community_feedback_of_the_period_for_the_unit_and_the_pegawai() {
        let u = id(50);
        let p = id(101);
        let e = |n: u8, unit: &Id, pegawai: Option<&Id>, tanggal: Tanggal, skor: Skor| UmpanBalikMasyarakat {
            id: id(n),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            unit_kerja: unit.clone(),
            pegawai: pegawai.cloned(),
            tanggal,
            kanal: Kanal::Loket,
            skor,
            komentar: String::new(),
        };
        let mut entri = vec![
            e(1, &u, None, t(2027, 4, 2), Skor::Bintang(4)),
            e(2, &u, Some(&p), t(2027, 6, 30), Skor::Bintang(5)),
            e(3, &u, Some(&p), t(2027, 7, 1), Skor::Bintang(1)),
            e(4, &id(51), None, t(2027, 5, 1), Skor::Bintang(1)),
        ];
        entri.push(UmpanBalikMasyarakat {
            dihapus_pada: Some(Stempel(1)),
            ..e(5, &u, None, t(2027, 5, 1), Skor::Bintang(1))
        });
        let (unit, pribadi) = masyarakat_periode(&entri, Some(&u), &p, Periode::Triwulan(2).jangka(2027));
        assert_eq!(unit.jumlah, 2);
        assert_eq!(unit.rata_rata_per_sepuluh, Some(900));
        assert_eq!(pribadi.jumlah, 1);
        assert_eq!(pribadi.rata_rata_per_sepuluh, Some(1000));
    }
}
