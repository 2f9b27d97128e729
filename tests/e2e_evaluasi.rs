//! End-to-end: the evaluation of one SKP for one period (issue 4 §2–§4, §6), in headless
//! Chromium against the release build in `dist/`.
//!
//! The SKP are built natively (sample office + `Skp::baru`, two RHK with indicators, submitted
//! and approved) and written into the browser's storage exactly as the app stores them, so
//! these flows do not depend on the SKP planning pages.
//!
//! (a) realisasi → suggestion → rating → live predikat on the matrix → Tetapkan → reload keeps
//!     it all; (b) a unit with an organisation predikat rated so that it breaks the SE MenPANRB
//!     3/2023 pattern shows the rule it breaks, live, before saving; (c) the pegawai's
//!     self-assessment file, imported by the penilai through `#/data`, shows self vs penilai side
//!     by side; (d) the Dokumen Evaluasi Kinerja printed on A4 portrait; and ratings set in
//!     another tab following in this one.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

use jenjang::domain::contoh::{data_contoh, BENIH_CONTOH, JUMLAH_CONTOH};
use jenjang::domain::evaluasi::{
    BuktiDukung, EvaluasiKinerja, Kanal, KinerjaOrganisasi, PenilaianMandiri, RealisasiIki, RealisasiKinerja,
    RealisasiRhk, Skor, UmpanBalikMasyarakat,
};
use jenjang::domain::id::{Acak, Id};
use jenjang::domain::instansi::PeriodeEvaluasi;
use jenjang::domain::periode::Periode;
use jenjang::domain::skp::{usul_penilai, Aspek, Iki, JenisRhk, Rhk, Skp, Target};
use jenjang::domain::tanggal::{Stempel, Tanggal};
use jenjang::rules::berakhlak::NilaiBerakhlak;
use jenjang::rules::kinerja::{PredikatOrganisasi, Rating};
use jenjang::store::dataset::{Dataset, Koleksi};
use jenjang::store::penyimpanan::{self, PenyimpananMemori};

const TAHUN: i32 = 2026;
const SEKARANG: Stempel = Stempel(1_795_312_800_000);
const TW2: Periode = Periode::Triwulan(2);

fn hari_ini() -> Tanggal {
    Tanggal::new(2026, 11, 22).unwrap()
}

async fn tercentang(klien: &Client, css: &str) -> bool {
    klien
        .execute("return document.querySelector(arguments[0]).checked", vec![css.into()])
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Types into a field and leaves it (Tab), as a user does: the app saves on `change`.
async fn ketik(klien: &Client, css: &str, teks: &str) {
    isi(klien, css, teks).await;
    tunggu_elemen(klien, css).await.send_keys("\u{E004}").await.unwrap_or_else(|e| panic!("tab out of {css}: {e}"));
}

/// The class attribute of an element.
async fn kelas(klien: &Client, css: &str) -> String {
    tunggu_elemen(klien, css).await.attr("class").await.ok().flatten().unwrap_or_default()
}

/// Catches the next download the app offers (the Blob behind the object URL) as text.
async fn tangkap_unduhan(klien: &Client) {
    js(
        klien,
        "window.__unduhan = null;
         const asli = URL.createObjectURL.bind(URL);
         URL.createObjectURL = (blob) => { blob.text().then(t => { window.__unduhan = t; }); return asli(blob); };
         return 0;",
    )
    .await;
}

async fn isi_unduhan(klien: &Client) -> String {
    for _ in 0..100 {
        if let Some(s) = js(klien, "return window.__unduhan").await.as_str() {
            return s.to_string();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no download captured");
}

/// Saves a printed PDF under target/screenshots and every page of it as PNG (pdftoppm), so the
/// document can be looked at.
fn simpan_cetak(pdf: &[u8], nama: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{nama}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let _ = std::process::Command::new("pdftoppm").args(["-png", "-r", "70"]).arg(&path).arg(dir.join(nama)).status();
}

/// Screenshots of the whole page, one per screenful from the top (`<nama>-0.png`, …), so a
/// long page can be looked at piece by piece.
async fn screenshot_penuh(sesi: &Sesi, nama: &str) {
    let tinggi = js(sesi, "return document.documentElement.scrollHeight").await.as_i64().unwrap_or(0);
    let layar = js(sesi, "return window.innerHeight").await.as_i64().unwrap_or(600).max(200);
    let mut y = 0;
    let mut i = 0;
    while y < tinggi && i < 20 {
        sesi.execute("window.scrollTo(0, arguments[0]); return 0", vec![y.into()]).await.expect("scroll");
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        screenshot(sesi, &format!("{nama}-{i}")).await;
        y += layar - 40;
        i += 1;
    }
}

// ------------------------------------------------------------------------------------------
// The data: the sample office with SKPs built the way the app builds them
// ------------------------------------------------------------------------------------------

/// One SKP's ids, to find its fields on the page.
struct SkpUji {
    id: Id,
    nama: String,
    rhk: [Id; 2],
    /// RHK 1: kuantitas (4 dokumen), kualitas (100 %); RHK 2: kuantitas (12 layanan), waktu (3 bulan).
    iki: [Id; 4],
}

struct Kantor {
    d: Dataset,
    acak: Acak,
}

impl Kantor {
    /// The sample office (48 pegawai in 8 units) with the instansi set to quarterly periods.
    fn baru() -> Kantor {
        let (unit_kerja, pegawai) = data_contoh(BENIH_CONTOH, JUMLAH_CONTOH, hari_ini(), SEKARANG);
        let mut d = Dataset { unit_kerja, pegawai, ..Dataset::default() };
        d.pengaturan.instansi.nama = "Pemerintah Kabupaten Contoh".into();
        d.pengaturan.instansi.tempat = "Contoh".into();
        d.pengaturan.instansi.periode_evaluasi = PeriodeEvaluasi::Triwulanan;
        Kantor { d, acak: Acak::new(4242) }
    }

    /// The unit with the most staff who have a proposed penilai and atasan, and those staff
    /// (a jabatan fungsional first when there is one, for the angka kredit).
    fn staf_unit_terbesar(&self) -> (Id, Vec<Id>) {
        let mut per_unit: std::collections::BTreeMap<Id, Vec<Id>> = Default::default();
        for (i, p) in self.d.pegawai.iter().enumerate() {
            let (penilai, atasan) = usul_penilai(p, &self.d.pegawai, &self.d.unit_kerja);
            if i >= 8 && penilai.is_some() && atasan.is_some() {
                if let Some(u) = &p.unit_kerja {
                    per_unit.entry(u.clone()).or_default().push(p.id.clone());
                }
            }
        }
        let (unit, mut staf) = per_unit.into_iter().max_by_key(|(_, v)| v.len()).expect("a unit with staff");
        staf.sort_by_key(|id| {
            let p = self.d.cari_pegawai(id).unwrap();
            p.jabatan_terakhir().and_then(|j| j.jenjang).is_none()
        });
        (unit, staf)
    }

    /// An approved SKP for `pegawai` with two RHK and four indicators.
    fn skp(&mut self, pegawai: &Id) -> SkpUji {
        let p = self.d.cari_pegawai(pegawai).unwrap().clone();
        let mut s = Skp::baru(self.acak.id(), &p, TAHUN, &self.d.pegawai, &self.d.unit_kerja, SEKARANG);
        let iki = [self.acak.id(), self.acak.id(), self.acak.id(), self.acak.id()];
        let rhk = [self.acak.id(), self.acak.id()];
        let angka = |nilai: f64, satuan: &str| Target::Angka { nilai, satuan: satuan.into() };
        s.rhk = vec![
            Rhk {
                id: rhk[0].clone(),
                jenis: JenisRhk::Utama,
                uraian: "Tersusunnya dokumen analisis jabatan unit".into(),
                rhk_pimpinan: None,
                perspektif: None,
                indikator: vec![
                    Iki {
                        id: iki[0].clone(),
                        aspek: Some(Aspek::Kuantitas),
                        indikator: "Jumlah dokumen analisis jabatan".into(),
                        target: angka(4.0, "dokumen"),
                    },
                    Iki {
                        id: iki[1].clone(),
                        aspek: Some(Aspek::Kualitas),
                        indikator: "Persentase dokumen yang diterima tanpa revisi".into(),
                        target: angka(100.0, "%"),
                    },
                ],
            },
            Rhk {
                id: rhk[1].clone(),
                jenis: JenisRhk::Utama,
                uraian: "Terlaksananya layanan usul mutasi pegawai".into(),
                rhk_pimpinan: None,
                perspektif: None,
                indikator: vec![
                    Iki {
                        id: iki[2].clone(),
                        aspek: Some(Aspek::Kuantitas),
                        indikator: "Jumlah usul mutasi yang diproses".into(),
                        target: angka(12.0, "layanan"),
                    },
                    Iki {
                        id: iki[3].clone(),
                        aspek: Some(Aspek::Waktu),
                        indikator: "Waktu penyelesaian".into(),
                        target: angka(3.0, "bulan"),
                    },
                ],
            },
        ];
        if let Some(e) = s.perilaku.iter_mut().find(|e| e.nilai == NilaiBerakhlak::Kolaboratif) {
            e.ekspektasi_khusus = "Aktif berbagi data dengan bidang lain".into();
        }
        s.ajukan(SEKARANG).expect("submit");
        s.setujui(Tanggal::new(TAHUN, 1, 15).unwrap(), SEKARANG).expect("approve");
        let uji = SkpUji { id: s.id.clone(), nama: s.dinilai.nama.clone(), rhk, iki };
        self.d.skp.push(s);
        uji
    }

    /// The penilai's saved rating of an SKP for a period.
    fn nilai(&mut self, skp: &Id, hasil: Rating, perilaku: Rating) {
        let mut e = EvaluasiKinerja::baru(self.acak.id(), skp.clone(), TW2, SEKARANG);
        e.rating_hasil_kerja = Some(hasil);
        e.rating_perilaku = Some(perilaku);
        e.ditetapkan_pada = Some(Tanggal::new(TAHUN, 7, 3).unwrap());
        self.d.evaluasi_kinerja.push(e);
    }

    fn organisasi(&mut self, unit: &Id, predikat: PredikatOrganisasi) {
        self.d.kinerja_organisasi.push(KinerjaOrganisasi {
            id: self.acak.id(),
            created_at: SEKARANG,
            updated_at: SEKARANG,
            dihapus_pada: None,
            unit_kerja: unit.clone(),
            tahun: TAHUN,
            periode: TW2,
            predikat,
            catatan: String::new(),
        });
    }
}

/// Writes the dataset into the browser's storage the way the app saves it, then opens `rute`
/// with a real reload so the app loads it.
async fn buka_dengan(sesi: &Sesi, d: &Dataset, rute: &str) {
    let mem = PenyimpananMemori::default();
    penyimpanan::simpan(&mem, d, &Koleksi::SEMUA).expect("serialise the dataset");
    let isi = serde_json::to_value(mem.isi.borrow().clone()).unwrap();
    sesi.execute(
        "localStorage.clear(); const x = arguments[0]; for (const k in x) localStorage.setItem(k, x[k]); return 0;",
        vec![isi],
    )
    .await
    .expect("write storage");
    sesi.buka(rute).await;
    sesi.refresh().await.expect("reload");
    tunggu_elemen(sesi, "h1").await;
}

fn rute_evaluasi(s: &SkpUji) -> String {
    format!("#/skp/{}/evaluasi/tw2", s.id)
}

// ------------------------------------------------------------------------------------------
// (a) realisasi → suggestion → rating → predikat → save → reload
// ------------------------------------------------------------------------------------------

#[tokio::test]
async fn realisasi_suggestion_rating_predikat_saved_and_kept_after_reload() {
    let mut k = Kantor::baru();
    let (_, staf) = k.staf_unit_terbesar();
    let s = k.skp(&staf[0]);
    let sesi = Sesi::baru().await;
    buka_dengan(&sesi, &k.d, &rute_evaluasi(&s)).await;
    tunggu_teks(&sesi, "h1", &s.nama).await;
    tunggu_teks(&sesi, "#periode-evaluasi", "Triwulan II").await;
    tunggu_teks(&sesi, "#periode-evaluasi", "1 April 2026 s.d. 30 Juni 2026").await;
    tunggu_teks(&sesi, ".evaluasi__periode a[aria-current='page']", "Triwulan II").await;
    assert_eq!(sesi.find_all(Locator::Css(".evaluasi__periode a")).await.unwrap().len(), 5, "four quarters + annual");
    // Nothing measured yet: no suggestion.
    tunggu_teks(&sesi, "#saran-rating", "Belum ada realisasi berangka").await;

    // The pegawai's realisasi: RHK 1 above (5 of 4 dokumen, 100 %), RHK 2 above (14 of 12, in 3 months).
    let [k1, k2, k3, k4] = &s.iki;
    ketik(&sesi, &format!("#realisasi-{k1}"), "5").await;
    tunggu_teks(&sesi, &format!("#capaian-{k1}"), "Di atas target").await;
    ketik(&sesi, &format!("#realisasi-{k2}"), "100").await;
    ketik(&sesi, &format!("#realisasi-{k3}"), "14").await;
    ketik(&sesi, &format!("#realisasi-{k4}"), "2,5").await;
    tunggu_teks(&sesi, &format!("#capaian-{k4}"), "Di atas target").await;
    ketik(&sesi, &format!("#uraian-{k1}"), "Lima dokumen anjab selesai").await;
    // A mistyped number is refused with a reason and not saved.
    ketik(&sesi, &format!("#realisasi-{k2}"), "seratus").await;
    tunggu_teks(&sesi, &format!("#galat-{k2}"), "Bukan angka").await;
    ketik(&sesi, &format!("#realisasi-{k2}"), "100").await;
    tunggu_hilang(&sesi, &format!("#realisasi-{k2}[aria-invalid='true']")).await;

    // Evidence: a description and a link shown as text.
    let [r1, _] = &s.rhk;
    isi(&sesi, &format!("#bukti-uraian-{r1}"), "SK Tim Analisis Jabatan").await;
    isi(&sesi, &format!("#bukti-tautan-{r1}"), "https://arsip.contoh.go.id/sk-anjab.pdf").await;
    klik(&sesi, &format!("#tambah-bukti-{r1}")).await;
    tunggu_teks(&sesi, &format!("#daftar-bukti-{r1}"), "SK Tim Analisis Jabatan").await;
    tunggu_teks(&sesi, &format!("#daftar-bukti-{r1} .evaluasi__tautan"), "https://arsip.contoh.go.id/sk-anjab.pdf")
        .await;
    assert!(
        sesi.find_all(Locator::Css(&format!("#daftar-bukti-{r1} a"))).await.unwrap().is_empty(),
        "a link of evidence is text, not a link that could be followed or fetched"
    );
    // The penilai's continuous feedback on the RHK and on a BerAKHLAK value.
    ketik(&sesi, &format!("#umpan-balik-{r1}"), "Dokumen lengkap dan tepat waktu").await;
    ketik(&sesi, "#umpan-balik-perilaku-7", "Aktif berkoordinasi lintas bidang").await;
    tunggu_teks(&sesi, "#perilaku-7", "Aktif berbagi data dengan bidang lain").await;

    // A performance dialogue.
    klik(&sesi, "#catat-dialog").await;
    isi(&sesi, "#dialog-topik", "Kemajuan anjab triwulan II").await;
    isi(&sesi, "#dialog-kesepakatan", "Dokumen kelima diselesaikan Juni").await;
    screenshot(&sesi, "evaluasi-dialog").await;
    klik(&sesi, "#simpan-dialog").await;
    tunggu_teks(&sesi, "#daftar-dialog", "Kemajuan anjab triwulan II").await;
    // Edited: a follow-up added.
    klik(&sesi, "#daftar-dialog li:first-child .evaluasi__ubah-dialog").await;
    tunggu_teks(&sesi, "#dialog-kinerja-judul", "Ubah dialog kinerja").await;
    isi(&sesi, "#dialog-tindak-lanjut", "Bimbingan penyusunan peta jabatan").await;
    klik(&sesi, "#simpan-dialog").await;
    tunggu_teks(&sesi, "#daftar-dialog", "Bimbingan penyusunan peta jabatan").await;
    // An older one goes below it (newest first), and can be deleted after a confirmation.
    klik(&sesi, "#catat-dialog").await;
    setel(&sesi, "#dialog-tanggal", "2026-04-06").await;
    isi(&sesi, "#dialog-topik", "Penetapan ekspektasi awal").await;
    klik(&sesi, "#simpan-dialog").await;
    tunggu_teks(&sesi, "#daftar-dialog li:nth-child(2)", "6 April 2026").await;
    tunggu_teks(&sesi, "#daftar-dialog li:nth-child(1)", "Kemajuan anjab triwulan II").await;
    klik(&sesi, "#daftar-dialog li:nth-child(2) .evaluasi__hapus-dialog").await;
    tunggu_teks(&sesi, "#dialog-hapus-dialog", "6 April 2026").await;
    klik(&sesi, "#hapus-dialog-ya").await;
    tunggu_hilang(&sesi, "#daftar-dialog li:nth-child(2)").await;

    // The suggestion from realisasi vs target, clearly a suggestion.
    tunggu_teks(&sesi, "#saran-rating-nilai", "Di Atas Ekspektasi").await;
    tunggu_teks(&sesi, "#saran-rating", "Dari 2 RHK terukur: 2 di atas target").await;
    tunggu_teks(&sesi, "#saran-rating", "keputusan tetap pada pejabat penilai").await;

    // No organisation predikat for this unit: said so, with the way to set it.
    tunggu_teks(&sesi, "#organisasi-belum", "belum ditetapkan").await;
    let tautan = tunggu_elemen(&sesi, "#organisasi-belum a").await.attr("href").await.unwrap();
    assert_eq!(tautan.as_deref(), Some("#/kinerja/distribusi"));

    // Rating: the predikat shows live with its matrix cell, before saving.
    klik(&sesi, "#penilai-hasil-di-atas-ekspektasi").await;
    tunggu_teks(&sesi, "#predikat-hasil", "Pilih kedua rating").await;
    klik(&sesi, "#penilai-perilaku-sesuai-ekspektasi").await;
    tunggu_teks(&sesi, "#predikat-hasil .predikat__label", "Baik").await;
    tunggu_teks(&sesi, "#predikat-hasil", "PermenPANRB 6/2022").await;
    tunggu_teks(&sesi, "#status-penetapan", "Pratinjau").await;
    tunggu_teks(&sesi, "#matriks-0-1", "pilihan saat ini").await;
    assert!(kelas(&sesi, "#matriks-0-1").await.contains("matriks__sel--terpilih"));
    klik(&sesi, "#penilai-perilaku-di-atas-ekspektasi").await;
    tunggu_teks(&sesi, "#predikat-hasil .predikat__label", "Sangat Baik").await;
    tunggu_teks(&sesi, "#matriks-0-2", "pilihan saat ini").await;
    assert!(!kelas(&sesi, "#matriks-0-1").await.contains("terpilih"), "only the current cell is marked");
    assert_eq!(
        js(&sesi, "return localStorage.getItem('jenjang.data.evaluasi_kinerja')")
            .await
            .as_str()
            .map(|s| s.contains("rating_hasil_kerja")),
        Some(false),
        "the what-if is not saved before Tetapkan"
    );
    screenshot(&sesi, "evaluasi").await;
    klik(&sesi, "#tetapkan-rating").await;
    tunggu_teks(&sesi, "#status-penetapan", "Ditetapkan pada").await;
    screenshot_penuh(&sesi, "evaluasi-penuh").await;

    // Reload: everything is still there.
    sesi.refresh().await.unwrap();
    tunggu_teks(&sesi, "h1", &s.nama).await;
    tunggu_teks(&sesi, "#predikat-hasil .predikat__label", "Sangat Baik").await;
    tunggu_teks(&sesi, "#status-penetapan", "Ditetapkan pada").await;
    assert!(tercentang(&sesi, "#penilai-hasil-di-atas-ekspektasi").await);
    assert!(tercentang(&sesi, "#penilai-perilaku-di-atas-ekspektasi").await);
    assert_eq!(nilai(&sesi, &format!("#realisasi-{k1}")).await, "5");
    assert_eq!(nilai(&sesi, &format!("#realisasi-{k4}")).await, "2,5");
    assert_eq!(nilai(&sesi, &format!("#uraian-{k1}")).await, "Lima dokumen anjab selesai");
    assert_eq!(nilai(&sesi, &format!("#umpan-balik-{r1}")).await, "Dokumen lengkap dan tepat waktu");
    assert_eq!(nilai(&sesi, "#umpan-balik-perilaku-7").await, "Aktif berkoordinasi lintas bidang");
    tunggu_teks(&sesi, &format!("#daftar-bukti-{r1}"), "SK Tim Analisis Jabatan").await;
    tunggu_teks(&sesi, "#daftar-dialog", "Dokumen kelima diselesaikan Juni").await;
    tunggu_teks(&sesi, "#daftar-dialog", "Bimbingan penyusunan peta jabatan").await;
    assert_eq!(
        sesi.find_all(Locator::Css("#daftar-dialog li")).await.unwrap().len(),
        1,
        "the deleted one stays deleted"
    );

    // Another period is its own evaluation.
    klik(&sesi, ".evaluasi__periode li:nth-child(3) a").await;
    tunggu_teks(&sesi, "#periode-evaluasi", "Triwulan III").await;
    tunggu_teks(&sesi, "#status-penetapan", "Belum ditetapkan").await;
    assert_eq!(nilai(&sesi, &format!("#realisasi-{k1}")).await, "");

    // In English, every label switches.
    sesi.buka(&rute_evaluasi(&s)).await;
    klik(&sesi, "#ganti-bahasa").await;
    tunggu_teks(&sesi, "h1", "Performance evaluation").await;
    tunggu_teks(&sesi, "#predikat-hasil .predikat__label", "Outstanding").await;
    tunggu_teks(&sesi, "#saran-rating", "Suggested work-result rating").await;
    screenshot(&sesi, "evaluasi-en").await;
    klik(&sesi, "#ganti-bahasa").await;

    // On a phone.
    sesi.set_window_size(390, 844).await.unwrap();
    tunggu_teks(&sesi, "h1", "Evaluasi Kinerja").await;
    screenshot_penuh(&sesi, "evaluasi-ponsel").await;
    // No sideways scrolling of the page on a phone (wide tables scroll inside their own box);
    // when there is, the message names the elements that stick out.
    let lebih = js(
        &sesi,
        "const w = document.documentElement.clientWidth;
         return [document.documentElement.scrollWidth - w, [...document.querySelectorAll('body *')]
           .filter(e => e.getBoundingClientRect().right > w + 1)
           .slice(0, 8).map(e => `${e.tagName}.${e.className}#${e.id} ${Math.round(e.getBoundingClientRect().right)}px`)]",
    )
    .await;
    assert_eq!(lebih[0].as_i64(), Some(0), "the page scrolls sideways on a phone; sticking out: {}", lebih[1]);
}

/// Two tabs on the same evaluation: ratings set in one appear in the other, which had not
/// chosen any; a choice being made (not yet set) in a tab is not replaced by the other's save.
#[tokio::test]
async fn ratings_set_in_another_tab_follow_in_this_one_unless_a_choice_is_being_made() {
    let mut k = Kantor::baru();
    let (_, staf) = k.staf_unit_terbesar();
    let s = k.skp(&staf[0]);
    let sesi = Sesi::baru().await;
    buka_dengan(&sesi, &k.d, &rute_evaluasi(&s)).await;
    tunggu_teks(&sesi, "#status-penetapan", "Belum ditetapkan").await;
    let tab_a = sesi.window().await.unwrap();

    // Tab B sets both ratings.
    let tab_b = sesi.new_window(true).await.unwrap();
    sesi.switch_to_window(tab_b.handle.clone()).await.unwrap();
    sesi.buka(&rute_evaluasi(&s)).await;
    tunggu_teks(&sesi, "#status-penetapan", "Belum ditetapkan").await;
    klik(&sesi, "#penilai-hasil-di-atas-ekspektasi").await;
    klik(&sesi, "#penilai-perilaku-sesuai-ekspektasi").await;
    klik(&sesi, "#tetapkan-rating").await;
    tunggu_teks(&sesi, "#status-penetapan", "Ditetapkan pada").await;

    // Tab A, without a reload: the set ratings, chosen and marked as set.
    sesi.switch_to_window(tab_a.clone()).await.unwrap();
    tunggu_teks(&sesi, "#predikat-hasil .predikat__label", "Baik").await;
    tunggu_teks(&sesi, "#status-penetapan", "Ditetapkan pada").await;
    assert!(tercentang(&sesi, "#penilai-hasil-di-atas-ekspektasi").await);
    assert!(tercentang(&sesi, "#penilai-perilaku-sesuai-ekspektasi").await);

    // Tab A starts a different choice; tab B then changes the set work-result rating.
    klik(&sesi, "#penilai-perilaku-di-atas-ekspektasi").await;
    tunggu_teks(&sesi, "#status-penetapan", "Pratinjau").await;
    sesi.switch_to_window(tab_b.handle).await.unwrap();
    klik(&sesi, "#penilai-hasil-sesuai-ekspektasi").await;
    klik(&sesi, "#tetapkan-rating").await;
    tunggu_teks(&sesi, "#predikat-hasil .predikat__label", "Baik").await;
    tunggu_teks(&sesi, "#status-penetapan", "Ditetapkan pada").await;

    // Tab A: the work-result rating it had not touched follows; its own behaviour choice stays,
    // still a preview, not set.
    sesi.switch_to_window(tab_a).await.unwrap();
    tunggu_teks(&sesi, "#status-simpan", "Diperbarui dari tab lain").await;
    let batas = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !tercentang(&sesi, "#penilai-hasil-sesuai-ekspektasi").await {
        assert!(std::time::Instant::now() < batas, "the work-result rating set in tab B did not follow in tab A");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(tercentang(&sesi, "#penilai-perilaku-di-atas-ekspektasi").await, "the choice being made stays");
    tunggu_teks(&sesi, "#status-penetapan", "Pratinjau").await;
}

// ------------------------------------------------------------------------------------------
// (b) the unit's distribution, live
// ------------------------------------------------------------------------------------------

/// SE MenPANRB 3/2023, pola Baik: "sebagian besar (paling banyak 70%) Baik". With one Baik
/// and one Butuh Perbaikan already rated, rating the third pegawai Butuh Perbaikan makes Baik
/// no longer the largest group.
#[tokio::test]
async fn a_rating_that_breaks_the_unit_pattern_names_the_rule_before_saving() {
    let mut k = Kantor::baru();
    let (unit, staf) = k.staf_unit_terbesar();
    assert!(staf.len() >= 3, "the sample's largest unit has at least three staff");
    let s = k.skp(&staf[0]);
    let a = k.skp(&staf[1]);
    let b = k.skp(&staf[2]);
    k.nilai(&a.id, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi);
    k.nilai(&b.id, Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi);
    k.organisasi(&unit, PredikatOrganisasi::Baik);
    // Community feedback of the unit in the period (and one outside it), its own signal.
    for (n, tanggal, bintang) in [(1u8, (2026, 5, 12), 4u8), (2, (2026, 6, 2), 5), (3, (2026, 8, 1), 1)] {
        k.d.umpan_balik_masyarakat.push(UmpanBalikMasyarakat {
            id: Id::dari_byte_acak([n; 16]),
            created_at: SEKARANG,
            updated_at: SEKARANG,
            dihapus_pada: None,
            unit_kerja: unit.clone(),
            pegawai: None,
            tanggal: Tanggal::new(tanggal.0, tanggal.1, tanggal.2).unwrap(),
            kanal: Kanal::Loket,
            skor: Skor::Bintang(bintang),
            komentar: String::new(),
        });
    }
    let kepala = k.d.pegawai[..8].iter().find(|p| p.unit_kerja.as_ref() == Some(&unit)).map(|p| p.id.clone());
    let kepala = k.skp(&kepala.expect("the sample's units have heads"));
    let sesi = Sesi::baru().await;
    buka_dengan(&sesi, &k.d, &rute_evaluasi(&s)).await;
    tunggu_teks(&sesi, "h1", &s.nama).await;
    tunggu_teks(&sesi, "#predikat-organisasi", "Baik").await;
    tunggu_teks(&sesi, "#distribusi-unit", "harus ada Butuh Perbaikan dan/atau Kurang/Misconduct").await;
    tunggu_elemen(&sesi, "#distribusi-sesuai").await;
    tunggu_teks(&sesi, "#umpan-balik-masyarakat", "2 umpan balik, rata-rata 90 dari 100").await;
    tunggu_teks(&sesi, "#umpan-balik-masyarakat", "tidak mempengaruhi predikat").await;

    // Rated Butuh Perbaikan: the pattern breaks, in words, with the counts.
    klik(&sesi, "#penilai-hasil-di-bawah-ekspektasi").await;
    klik(&sesi, "#penilai-perilaku-sesuai-ekspektasi").await;
    tunggu_teks(&sesi, "#predikat-hasil .predikat__label", "Butuh Perbaikan").await;
    tunggu_teks(&sesi, "#distribusi-pelanggaran", "tidak memenuhi pola").await;
    tunggu_teks(
        &sesi,
        "#distribusi-pelanggaran",
        "Sebagian besar pegawai harus Baik: ada 1 Baik, lebih sedikit dari 2 Butuh Perbaikan",
    )
    .await;
    tunggu_teks(&sesi, "#sebaran-unit tbody tr:nth-child(3)", "2").await;
    tunggu_teks(&sesi, "#sebaran-unit tbody tr:nth-child(3)", "66,7%").await;
    js(&sesi, "document.getElementById('distribusi-unit').scrollIntoView(); return 0").await;
    screenshot(&sesi, "evaluasi-distribusi-melanggar").await;

    // Rated Baik instead: the pattern holds again. Nothing was saved along the way.
    klik(&sesi, "#penilai-hasil-sesuai-ekspektasi").await;
    tunggu_elemen(&sesi, "#distribusi-sesuai").await;
    tunggu_hilang(&sesi, "#distribusi-pelanggaran").await;
    tunggu_teks(&sesi, "#sebaran-unit tbody tr:nth-child(2)", "66,7%").await;
    let tersimpan = js(&sesi, "return localStorage.getItem('jenjang.data.evaluasi_kinerja')").await;
    assert!(!tersimpan.as_str().unwrap_or("").contains(s.id.as_str()), "what-if only");

    // The head of that unit: the unit's organisation performance becomes the rating hasil
    // kerja (SE MenPANRB 3/2023), shown with the unit's predikat.
    sesi.buka(&rute_evaluasi(&kepala)).await;
    tunggu_teks(&sesi, "h1", &kepala.nama).await;
    tunggu_teks(&sesi, "#catatan-kepala-unit", "capaian kinerja organisasi unitnya menjadi rating hasil kerjanya")
        .await;
    tunggu_teks(&sesi, "#catatan-kepala-unit", "pada periode ini: Baik").await;
    sesi.buka(&rute_evaluasi(&s)).await;
    tunggu_teks(&sesi, "h1", &s.nama).await;
    assert!(sesi.find_all(Locator::Css("#catatan-kepala-unit")).await.unwrap().is_empty(), "staff are not heads");
}

// ------------------------------------------------------------------------------------------
// (c) the self-assessment loop between two browsers
// ------------------------------------------------------------------------------------------

#[tokio::test]
async fn the_penilai_imports_the_self_assessment_and_sees_it_beside_their_rating() {
    let mut k = Kantor::baru();
    let (_, staf) = k.staf_unit_terbesar();
    let s = k.skp(&staf[0]);
    let [k1, ..] = &s.iki;

    // The pegawai's own browser: realisasi, self-ratings, reflection, export.
    let berkas = {
        let sesi = Sesi::baru().await;
        buka_dengan(&sesi, &k.d, &rute_evaluasi(&s)).await;
        tunggu_teks(&sesi, "h1", &s.nama).await;
        ketik(&sesi, &format!("#realisasi-{k1}"), "5").await;
        klik(&sesi, "#mandiri-hasil-di-atas-ekspektasi").await;
        klik(&sesi, "#mandiri-perilaku-di-atas-ekspektasi").await;
        ketik(&sesi, "#refleksi", "Saya menyelesaikan lima dokumen, lebih dari target.").await;
        tunggu_teks(&sesi, "#banding-predikat", "Sangat Baik").await;
        tangkap_unduhan(&sesi).await;
        klik(&sesi, "#ekspor-mandiri").await;
        let berkas = isi_unduhan(&sesi).await;
        tunggu_teks(&sesi, "#ekspor-mandiri-status", "jenjang-pegawai-").await;
        berkas
    };
    let v: serde_json::Value = serde_json::from_str(&berkas).unwrap();
    assert_eq!(v["jenis"], "penilaian-mandiri");
    assert_eq!(v["data"]["pegawai"].as_array().map(Vec::len), Some(1));
    let r = &v["data"]["realisasi_kinerja"][0];
    assert_eq!(r["mandiri"]["rating_hasil_kerja"], "di-atas-ekspektasi");
    assert!(r["mandiri"]["refleksi"].as_str().unwrap_or("").contains("lima dokumen"));

    // The penilai's browser with the office's data: import through Berbagi data.
    let sesi = Sesi::baru().await;
    buka_dengan(&sesi, &k.d, "#/data").await;
    let dir = std::env::temp_dir().join(format!("jenjang-e2e-evaluasi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("penilaian-mandiri.json");
    std::fs::write(&path, &berkas).unwrap();
    tunggu_elemen(&sesi, "#berkas-impor").await.send_keys(&path.display().to_string()).await.expect("choose file");
    tunggu_elemen(&sesi, "#pratinjau-impor").await;
    klik(&sesi, "#terapkan-impor").await;
    tunggu_teks(&sesi, "#impor-selesai", "diterapkan").await;

    sesi.buka(&rute_evaluasi(&s)).await;
    tunggu_teks(&sesi, "h1", &s.nama).await;
    assert_eq!(nilai(&sesi, &format!("#realisasi-{k1}")).await, "5");
    tunggu_teks(&sesi, "#banding-hasil", "Di Atas Ekspektasi").await;
    tunggu_teks(&sesi, "#banding-refleksi", "lebih dari target").await;
    // The penilai rates lower: the differences are marked with a sign and a word.
    klik(&sesi, "#penilai-hasil-sesuai-ekspektasi").await;
    klik(&sesi, "#penilai-perilaku-sesuai-ekspektasi").await;
    klik(&sesi, "#tetapkan-rating").await;
    tunggu_teks(&sesi, "#status-penetapan", "Ditetapkan pada").await;
    tunggu_teks(&sesi, "#banding-hasil", "≠ Berbeda").await;
    tunggu_teks(&sesi, "#banding-perilaku", "≠ Berbeda").await;
    tunggu_teks(&sesi, "#banding-predikat", "Sangat Baik").await;
    tunggu_teks(&sesi, "#banding-predikat", "≠ Berbeda").await;
    assert!(kelas(&sesi, "#banding-predikat").await.contains("evaluasi__baris-beda"));
    js(&sesi, "document.getElementById('bagian-banding-judul').scrollIntoView(); return 0").await;
    screenshot(&sesi, "evaluasi-banding").await;
}

// ------------------------------------------------------------------------------------------
// (d) the printed Dokumen Evaluasi Kinerja
// ------------------------------------------------------------------------------------------

#[tokio::test]
async fn the_evaluation_document_prints_on_a4_portrait_in_the_official_layout() {
    let mut k = Kantor::baru();
    let (unit, staf) = k.staf_unit_terbesar();
    let s = k.skp(&staf[0]);
    let a = k.skp(&staf[1]);
    k.nilai(&a.id, Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi);
    k.organisasi(&unit, PredikatOrganisasi::Baik);
    let mut r = RealisasiKinerja::baru(k.acak.id(), s.id.clone(), TW2, SEKARANG);
    let iki = |iki: &Id, nilai: f64, uraian: &str| RealisasiIki {
        iki: iki.clone(),
        nilai: Some(nilai),
        uraian: uraian.into(),
    };
    r.rhk = vec![
        RealisasiRhk {
            rhk: s.rhk[0].clone(),
            indikator: vec![iki(&s.iki[0], 5.0, "Lima dokumen anjab"), iki(&s.iki[1], 100.0, "")],
            bukti: vec![BuktiDukung {
                uraian: "SK Tim Analisis Jabatan".into(),
                tautan: "https://arsip.contoh.go.id/sk.pdf".into(),
            }],
        },
        RealisasiRhk {
            rhk: s.rhk[1].clone(),
            indikator: vec![iki(&s.iki[2], 12.0, "Usul mutasi diproses"), iki(&s.iki[3], 3.0, "")],
            bukti: vec![],
        },
    ];
    r.mandiri = Some(PenilaianMandiri {
        rating_hasil_kerja: Some(Rating::DiAtasEkspektasi),
        rating_perilaku: Some(Rating::SesuaiEkspektasi),
        refleksi: "Target tercapai".into(),
    });
    k.d.realisasi_kinerja.push(r);
    k.nilai(&s.id, Rating::DiAtasEkspektasi, Rating::SesuaiEkspektasi);
    if let Some(e) = k.d.evaluasi_kinerja.iter_mut().find(|e| e.skp == s.id) {
        e.set_umpan_balik(&s.rhk[0], "Dokumen lengkap, tepat waktu".into());
        e.set_umpan_balik_perilaku(NilaiBerakhlak::Kolaboratif, "Berkoordinasi dengan baik".into());
    }

    let sesi = Sesi::baru().await;
    buka_dengan(&sesi, &k.d, &format!("#/skp/{}/evaluasi/tw2/cetak", s.id)).await;
    tunggu_teks(&sesi, "#dokumen-evaluasi", "EVALUASI KINERJA PEGAWAI").await;
    tunggu_teks(&sesi, "#dokumen-periode", "PERIODE: TRIWULAN II").await;
    tunggu_teks(&sesi, "#dokumen-evaluasi", "PERIODE PENILAIAN: 1 APRIL 2026 S.D. 30 JUNI 2026").await;
    tunggu_teks(&sesi, "#dokumen-instansi", "PEMERINTAH KABUPATEN CONTOH").await;
    tunggu_teks(&sesi, "#dokumen-evaluasi", "CAPAIAN KINERJA ORGANISASI").await;
    tunggu_teks(&sesi, "#dokumen-evaluasi", "Sebagian besar (paling banyak 70%) Baik").await;
    tunggu_teks(&sesi, "#dokumen-hasil-kerja", "5 dokumen — Lima dokumen anjab").await;
    tunggu_teks(&sesi, "#dokumen-hasil-kerja", "Dokumen lengkap, tepat waktu").await;
    tunggu_teks(&sesi, "#dokumen-hasil-kerja", "SK Tim Analisis Jabatan (https://arsip.contoh.go.id/sk.pdf)").await;
    tunggu_teks(&sesi, "#dokumen-rating-hasil", "DI ATAS EKSPEKTASI").await;
    tunggu_teks(&sesi, "#dokumen-perilaku", "Aktif berbagi data dengan bidang lain").await;
    tunggu_teks(&sesi, "#dokumen-rating-perilaku", "SESUAI EKSPEKTASI").await;
    tunggu_teks(&sesi, "#dokumen-predikat", "BAIK").await;
    tunggu_teks(&sesi, "#dokumen-ttd", "Contoh, 3 Juli 2026").await;
    tunggu_teks(&sesi, "#dokumen-ttd", "Pejabat Penilai Kinerja").await;
    tunggu_teks(&sesi, "#dokumen-ttd", "Atasan Pejabat Penilai Kinerja").await;
    screenshot(&sesi, "evaluasi-cetak-layar").await;

    let pdf = sesi
        .print(
            fantoccini::wd::PrintConfiguration::builder()
                .orientation(fantoccini::wd::PrintOrientation::Portrait)
                .size(fantoccini::wd::PrintSize::A4)
                .build()
                .unwrap(),
        )
        .await
        .expect("print to PDF");
    assert!(pdf.starts_with(b"%PDF"));
    simpan_cetak(&pdf, "evaluasi-cetak");
    // Every page portrait (the app's other print, the DUK, is landscape).
    let teks = String::from_utf8_lossy(&pdf);
    let halaman: Vec<(f64, f64)> = teks
        .match_indices("/MediaBox [")
        .filter_map(|(i, _)| {
            let isi = &teks[i + 11..];
            let angka: Vec<f64> = isi[..isi.find(']')?].split_whitespace().filter_map(|x| x.parse().ok()).collect();
            (angka.len() == 4).then(|| (angka[2] - angka[0], angka[3] - angka[1]))
        })
        .collect();
    assert!(!halaman.is_empty() && halaman.iter().all(|(l, t)| l < t), "A4 portrait pages: {halaman:?}");
    assert!(halaman.len() <= 3, "the document fits on at most three pages: {}", halaman.len());
}

// ------------------------------------------------------------------------------------------
// Accessibility
// ------------------------------------------------------------------------------------------

/// axe-core (npm, installed by scripts/setup) on the evaluation page with everything filled in,
/// with the dialog form open, and on the document page: no serious or critical violation.
#[tokio::test]
async fn the_evaluation_pages_have_no_serious_accessibility_violations() {
    let axe = sumber_axe();
    let mut k = Kantor::baru();
    let (unit, staf) = k.staf_unit_terbesar();
    let s = k.skp(&staf[0]);
    k.organisasi(&unit, PredikatOrganisasi::Baik);
    k.nilai(&s.id, Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi);
    let sesi = Sesi::baru().await;
    buka_dengan(&sesi, &k.d, &rute_evaluasi(&s)).await;
    let mut temuan = Vec::new();
    for (langkah, rute) in [
        ("halaman", rute_evaluasi(&s)),
        ("dialog", rute_evaluasi(&s)),
        ("cetak", format!("#/skp/{}/evaluasi/tw2/cetak", s.id)),
    ] {
        sesi.buka(&rute).await;
        tunggu_elemen(&sesi, "h1").await;
        if langkah == "halaman" {
            // A mistyped number shows its inline error too.
            ketik(&sesi, &format!("#realisasi-{}", s.iki[0]), "x").await;
            tunggu_teks(&sesi, &format!("#galat-{}", s.iki[0]), "Bukan angka").await;
        }
        if langkah == "dialog" {
            klik(&sesi, "#catat-dialog").await;
            tunggu_elemen(&sesi, "#dialog-topik").await;
        }
        let hasil = jalankan_axe(&sesi, &axe).await;
        // (With the modal open, axe checks only the dialog: fewer rules apply.)
        let minimal = if langkah == "dialog" { 10 } else { 20 };
        assert!(hasil["rules"].as_u64().unwrap_or(0) > minimal, "{langkah}: axe ran no rules: {hasil}");
        eprintln!("{langkah}: minor/moderate: {}", hasil["other"]);
        for v in hasil["serious"].as_array().cloned().unwrap_or_default() {
            temuan.push(format!("{langkah}: {}", v.as_str().unwrap_or_default()));
        }
    }
    assert!(temuan.is_empty(), "accessibility violations:\n{}", temuan.join("\n"));
}
