//! Evaluation of one SKP for one period (`#/skp/<id>/evaluasi/<periode>`), used by both sides:
//! the pegawai writes realisasi, bukti dukung and a penilaian mandiri; the pejabat penilai
//! writes continuous feedback, keeps the dialog kinerja log and sets the ratings, seeing the
//! predikat, the unit's distribution and the angka kredit live before saving. The printed
//! Dokumen Evaluasi Kinerja is in [`cetak`]. Every rule comes from `domain::lembar_evaluasi`,
//! `domain::evaluasi` and `rules::kinerja`; this file only wires them to the screen.

mod cetak;
mod dialog;
mod penilaian;
mod realisasi;

pub use cetak::CetakEvaluasi;

use crate::domain::evaluasi::{EvaluasiKinerja, RealisasiKinerja};
use crate::domain::id::Id;
use crate::domain::periode::{periode_tahun, Periode};
use crate::domain::skp::{Cuplikan, Skp, StatusSkp};
use crate::rules::kinerja::{predikat, Rating, SelMatriks};
use crate::ui::components::Judul;
use crate::ui::pages::TidakDitemukan;
use crate::ui::peramban::{id_baru, sekarang};
use crate::ui::providers::{dwibahasa, teks_halaman, use_bahasa, use_data, DataContext};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// The texts of the evaluation pages (the printed document itself keeps the official
/// Indonesian labels of the form, see [`cetak`]).
struct T {
    judul: fn(&str) -> String,
    kinerja: &'static str,
    skp_tahun: fn(i32) -> String,
    cetak_dokumen: &'static str,
    periode_evaluasi: &'static str,
    pegawai_dinilai: &'static str,
    pejabat_penilai: &'static str,
    atasan_penilai: &'static str,
    periode: &'static str,
    status_skp: &'static str,
    belum_diisi: &'static str,
    skp_belum_disetujui: &'static str,
    isi_halaman: &'static str,
    diisi_pegawai: &'static str,
    diisi_penilai: &'static str,
    // Realisasi
    realisasi_judul: &'static str,
    realisasi_pengantar: &'static str,
    rhk_pimpinan: &'static str,
    tanpa_rhk: &'static str,
    tanpa_indikator: &'static str,
    aspek: &'static str,
    iki: &'static str,
    target: &'static str,
    realisasi: &'static str,
    uraian_realisasi: &'static str,
    capaian: &'static str,
    target_uraian: &'static str,
    bukti_dukung: &'static str,
    bukti_kosong: &'static str,
    bukti_uraian: &'static str,
    bukti_tautan: &'static str,
    bukti_tautan_petunjuk: &'static str,
    tambah_bukti: &'static str,
    bukti_wajib_uraian: &'static str,
    hapus: &'static str,
    umpan_balik_rhk: &'static str,
    // Perilaku
    perilaku_judul: &'static str,
    perilaku_pengantar: &'static str,
    ekspektasi_khusus: &'static str,
    umpan_balik: &'static str,
    // Dialog kinerja
    dialog_judul: &'static str,
    dialog_pengantar: &'static str,
    dialog_kosong: &'static str,
    catat_dialog: &'static str,
    ubah_dialog: &'static str,
    ubah: &'static str,
    tanggal: &'static str,
    peserta: &'static str,
    topik: &'static str,
    kesepakatan: &'static str,
    tindak_lanjut: &'static str,
    simpan: &'static str,
    batal: &'static str,
    tanggal_wajib: &'static str,
    hapus_dialog_judul: &'static str,
    hapus_dialog_tanya: fn(&str) -> String,
    ya_hapus: &'static str,
    // Penilaian mandiri
    mandiri_judul: &'static str,
    mandiri_pengantar: &'static str,
    rating_hasil_kerja: &'static str,
    rating_perilaku: &'static str,
    refleksi: &'static str,
    ekspor_mandiri: &'static str,
    ekspor_mandiri_petunjuk: &'static str,
    ekspor_hasil: &'static str,
    ekspor_hasil_petunjuk: &'static str,
    ekspor_selesai: fn(&str) -> String,
    ekspor_gagal: &'static str,
    // Rating and predikat
    penilaian_judul: &'static str,
    saran_judul: &'static str,
    saran_catatan: &'static str,
    saran_rating: &'static str,
    pakai_saran: &'static str,
    per_rhk: &'static str,
    predikat_judul: &'static str,
    pilih_kedua: &'static str,
    pratinjau_belum: &'static str,
    ditetapkan_pada: fn(&str) -> String,
    belum_ditetapkan: &'static str,
    tetapkan: &'static str,
    tetapkan_petunjuk: &'static str,
    matriks_judul: &'static str,
    matriks_sudut: &'static str,
    pilihan_kini: &'static str,
    sumber: &'static str,
    kepala_unit: &'static str,
    kepala_unit_predikat: fn(&str) -> String,
    kepala_unit_belum: &'static str,
    // Distribution
    distribusi_judul: &'static str,
    distribusi_unit: fn(&str) -> String,
    organisasi: &'static str,
    organisasi_belum: &'static str,
    ke_distribusi: &'static str,
    pola: &'static str,
    predikat: &'static str,
    jumlah: &'static str,
    persen: &'static str,
    sebaran_caption: &'static str,
    sesuai_pola: &'static str,
    melanggar_pola: &'static str,
    tidak_dapat_dipenuhi: fn(u32) -> String,
    asumsi: fn(&str, &str) -> String,
    tanpa_unit: &'static str,
    // Angka kredit
    ak_judul: &'static str,
    ak_pengantar: fn(&str) -> String,
    ak_belum: &'static str,
    ak_tanpa_koefisien: &'static str,
    ak_belum_terkonfirmasi: &'static str,
    // Self vs penilai
    banding_judul: &'static str,
    banding_caption: &'static str,
    mandiri: &'static str,
    penilai: &'static str,
    beda: &'static str,
    sama: &'static str,
    refleksi_pegawai: &'static str,
    tanpa_refleksi: &'static str,
    // Community feedback
    masyarakat_judul: &'static str,
    masyarakat_catatan: &'static str,
    masyarakat_unit: &'static str,
    masyarakat_pegawai: &'static str,
    masyarakat_ringkas: fn(u32, &str) -> String,
    masyarakat_kosong: &'static str,
    ke_masyarakat: &'static str,
    // Printing
    dokumen_judul: &'static str,
    cetak: &'static str,
    kembali_evaluasi: &'static str,
    dokumen_catatan: &'static str,
}

const ID: T = T {
    judul: |n| format!("Evaluasi Kinerja — {n}"),
    kinerja: "Kinerja",
    skp_tahun: |y| format!("SKP {y}"),
    cetak_dokumen: "Cetak dokumen evaluasi",
    periode_evaluasi: "Periode evaluasi",
    pegawai_dinilai: "Pegawai yang dinilai",
    pejabat_penilai: "Pejabat Penilai Kinerja",
    atasan_penilai: "Atasan Pejabat Penilai Kinerja",
    periode: "Periode",
    status_skp: "Status SKP",
    belum_diisi: "(belum diisi)",
    skp_belum_disetujui: "SKP ini belum disetujui. Realisasi dapat dicatat, tetapi penilaian sebaiknya menunggu SKP disetujui.",
    isi_halaman: "Isi halaman",
    diisi_pegawai: "Diisi pegawai",
    diisi_penilai: "Diisi pejabat penilai",
    realisasi_judul: "Realisasi dan bukti dukung",
    realisasi_pengantar: "Tulis realisasi tiap indikator (angka untuk target berangka, koma untuk desimal) beserta uraiannya. Setiap isian tersimpan saat kolomnya ditinggalkan.",
    rhk_pimpinan: "RHK pimpinan yang diintervensi",
    tanpa_rhk: "SKP ini belum punya RHK.",
    tanpa_indikator: "RHK ini belum punya indikator.",
    aspek: "Aspek",
    iki: "Indikator kinerja individu",
    target: "Target",
    realisasi: "Realisasi",
    uraian_realisasi: "Uraian realisasi",
    capaian: "Capaian",
    target_uraian: "target berupa uraian",
    bukti_dukung: "Bukti dukung",
    bukti_kosong: "Belum ada bukti dukung.",
    bukti_uraian: "Uraian bukti",
    bukti_tautan: "Tautan atau lokasi berkas",
    bukti_tautan_petunjuk: "Ditampilkan sebagai teks, tidak pernah dibuka otomatis.",
    tambah_bukti: "Tambah bukti",
    bukti_wajib_uraian: "Tulis uraian bukti dukung.",
    hapus: "Hapus",
    umpan_balik_rhk: "Umpan balik berkelanjutan berdasarkan bukti dukung",
    perilaku_judul: "Perilaku kerja (BerAKHLAK)",
    perilaku_pengantar: "Umpan balik pejabat penilai untuk tiap nilai dasar, dengan panduan perilaku resminya dan ekspektasi khusus pimpinan dari SKP.",
    ekspektasi_khusus: "Ekspektasi khusus pimpinan",
    umpan_balik: "Umpan balik berkelanjutan",
    dialog_judul: "Dialog kinerja",
    dialog_pengantar: "Catatan percakapan kinerja untuk SKP ini sepanjang tahun, terbaru di atas.",
    dialog_kosong: "Belum ada dialog kinerja untuk SKP ini.",
    catat_dialog: "Catat dialog",
    ubah_dialog: "Ubah dialog kinerja",
    ubah: "Ubah",
    tanggal: "Tanggal",
    peserta: "Peserta",
    topik: "Topik",
    kesepakatan: "Kesepakatan",
    tindak_lanjut: "Tindak lanjut",
    simpan: "Simpan",
    batal: "Batal",
    tanggal_wajib: "Isi tanggal dialog.",
    hapus_dialog_judul: "Hapus dialog kinerja",
    hapus_dialog_tanya: |t| format!("Hapus catatan dialog kinerja tanggal {t}?"),
    ya_hapus: "Ya, hapus",
    mandiri_judul: "Penilaian mandiri",
    mandiri_pengantar: "Penilaian pegawai atas kinerjanya sendiri. Tidak menentukan predikat: pejabat penilai melihatnya di samping penilaiannya.",
    rating_hasil_kerja: "Rating hasil kerja",
    rating_perilaku: "Rating perilaku kerja",
    refleksi: "Refleksi",
    ekspor_mandiri: "Ekspor penilaian mandiri",
    ekspor_mandiri_petunjuk: "Berkas untuk pejabat penilai: data Anda, SKP, realisasi, penilaian mandiri dan dialog kinerja. Pejabat penilai mengimpornya di halaman Berbagi data.",
    ekspor_hasil: "Ekspor hasil penilaian",
    ekspor_hasil_petunjuk: "Berkas yang sama, kini dengan umpan balik dan rating pejabat penilai, untuk dikirim kembali ke pegawai.",
    ekspor_selesai: |n| format!("Berkas {n} diunduh."),
    ekspor_gagal: "Pegawai ini tidak ada di daftar pegawai, jadi berkasnya tidak dapat dibuat.",
    penilaian_judul: "Rating dan predikat kinerja",
    saran_judul: "Saran rating hasil kerja",
    saran_catatan: "Hanya saran dari realisasi terhadap target; keputusan tetap pada pejabat penilai.",
    saran_rating: "Saran",
    pakai_saran: "Pakai saran",
    per_rhk: "Per RHK",
    predikat_judul: "Predikat kinerja pegawai",
    pilih_kedua: "Pilih kedua rating untuk melihat predikatnya.",
    pratinjau_belum: "Pratinjau — belum ditetapkan",
    ditetapkan_pada: |t| format!("Ditetapkan pada {t}"),
    belum_ditetapkan: "Belum ditetapkan",
    tetapkan: "Tetapkan",
    tetapkan_petunjuk: "Predikat di atas berubah langsung saat rating diganti; baru tersimpan setelah Tetapkan.",
    matriks_judul: "Kuadran kinerja: rating hasil kerja × rating perilaku kerja",
    matriks_sudut: "Hasil kerja ↓ / Perilaku kerja →",
    pilihan_kini: "pilihan saat ini",
    sumber: "Sumber",
    kepala_unit: "Pegawai ini memegang jabatan pimpinan unit: menurut SE MenPANRB 3/2023, capaian kinerja organisasi unitnya menjadi rating hasil kerjanya.",
    kepala_unit_predikat: |p| format!("Capaian kinerja organisasi unit pada periode ini: {p}."),
    kepala_unit_belum: "Capaian kinerja organisasi unit ini belum ditetapkan untuk periode ini.",
    distribusi_judul: "Distribusi predikat di unit",
    distribusi_unit: |u| format!("Unit kerja: {u} — termasuk rating yang sedang dipilih."),
    organisasi: "Capaian kinerja organisasi",
    organisasi_belum: "Capaian kinerja organisasi unit ini belum ditetapkan untuk periode ini, jadi pola distribusinya belum dapat diperiksa.",
    ke_distribusi: "Tetapkan di halaman Distribusi",
    pola: "Pola distribusi",
    predikat: "Predikat",
    jumlah: "Jumlah",
    persen: "Persen",
    sebaran_caption: "Predikat pegawai unit pada periode ini",
    sesuai_pola: "✓ Sebaran memenuhi pola distribusi.",
    melanggar_pola: "⚠ Sebaran tidak memenuhi pola distribusi:",
    tidak_dapat_dipenuhi: |n| {
        format!("Catatan: dengan {n} pegawai yang dinilai, pola ini tidak dapat dipenuhi menurut asumsi pembulatan — unit terlalu kecil untuk pola ini. Ini pemberitahuan, bukan kesalahan penilaian.")
    },
    asumsi: |maks, min| format!("Asumsi pembulatan (belum diatur SE): batas paling banyak dibulatkan {maks}, paling sedikit {min}."),
    tanpa_unit: "SKP ini tidak mencatat unit kerja, jadi distribusi unit tidak dapat dihitung.",
    ak_judul: "Angka kredit",
    ak_pengantar: |j| format!("Jabatan fungsional jenjang {j}: AK = bulan/12 × persentase predikat × koefisien tahunan."),
    ak_belum: "Angka kredit dihitung setelah kedua rating dipilih.",
    ak_tanpa_koefisien: "Koefisien angka kredit jenjang ini belum diisi di halaman Aturan.",
    ak_belum_terkonfirmasi: "Koefisien jenjang ini BELUM TERKONFIRMASI dalam referensi; nilainya dapat diubah di halaman Aturan.",
    banding_judul: "Penilaian mandiri dan pejabat penilai",
    banding_caption: "Penilaian mandiri di samping pilihan pejabat penilai",
    mandiri: "Penilaian mandiri",
    penilai: "Pejabat penilai",
    beda: "≠ Berbeda",
    sama: "= Sama",
    refleksi_pegawai: "Refleksi pegawai",
    tanpa_refleksi: "(belum ada refleksi)",
    masyarakat_judul: "Umpan balik masyarakat",
    masyarakat_catatan: "Sinyal tersendiri: tidak mempengaruhi predikat.",
    masyarakat_unit: "Unit kerja",
    masyarakat_pegawai: "Tentang pegawai ini",
    masyarakat_ringkas: |n, r| format!("{n} umpan balik, rata-rata {r} dari 100"),
    masyarakat_kosong: "Tidak ada umpan balik masyarakat pada periode ini.",
    ke_masyarakat: "Catat umpan balik masyarakat",
    dokumen_judul: "Dokumen Evaluasi Kinerja",
    cetak: "Cetak",
    kembali_evaluasi: "Kembali ke evaluasi",
    dokumen_catatan: "Dokumen ini dicetak pada kertas A4 tegak dalam format resmi.",
};

const EN: T = T {
    judul: |n| format!("Performance evaluation — {n}"),
    kinerja: "Performance",
    skp_tahun: |y| format!("SKP {y}"),
    cetak_dokumen: "Print evaluation document",
    periode_evaluasi: "Evaluation periods",
    pegawai_dinilai: "Appraised employee",
    pejabat_penilai: "Appraiser",
    atasan_penilai: "Appraiser's superior",
    periode: "Period",
    status_skp: "SKP status",
    belum_diisi: "(not set)",
    skp_belum_disetujui: "This SKP is not approved yet. Achievements can be recorded, but the rating should wait for the approval.",
    isi_halaman: "On this page",
    diisi_pegawai: "Filled in by the employee",
    diisi_penilai: "Filled in by the appraiser",
    realisasi_judul: "Achievements and evidence",
    realisasi_pengantar: "Write what was achieved for each indicator (a number for a numeric target) with a description. Each field is saved when you leave it.",
    rhk_pimpinan: "Supervisor's result supported",
    tanpa_rhk: "This SKP has no planned results yet.",
    tanpa_indikator: "This result has no indicator yet.",
    aspek: "Aspect",
    iki: "Individual indicator",
    target: "Target",
    realisasi: "Achieved",
    uraian_realisasi: "Description",
    capaian: "Result",
    target_uraian: "descriptive target",
    bukti_dukung: "Evidence",
    bukti_kosong: "No evidence yet.",
    bukti_uraian: "Evidence description",
    bukti_tautan: "Link or file location",
    bukti_tautan_petunjuk: "Shown as text, never opened automatically.",
    tambah_bukti: "Add evidence",
    bukti_wajib_uraian: "Describe the evidence.",
    hapus: "Remove",
    umpan_balik_rhk: "Continuous feedback based on the evidence",
    perilaku_judul: "Work behaviour (BerAKHLAK)",
    perilaku_pengantar: "The appraiser's feedback on each core value, with its official behaviour guides and the leader's specific expectation from the SKP.",
    ekspektasi_khusus: "Leader's specific expectation",
    umpan_balik: "Continuous feedback",
    dialog_judul: "Performance dialogue",
    dialog_pengantar: "Notes of the performance conversations on this SKP through the year, newest first.",
    dialog_kosong: "No performance dialogue recorded for this SKP yet.",
    catat_dialog: "Record a dialogue",
    ubah_dialog: "Edit performance dialogue",
    ubah: "Edit",
    tanggal: "Date",
    peserta: "Participants",
    topik: "Topics",
    kesepakatan: "Agreements",
    tindak_lanjut: "Follow-up",
    simpan: "Save",
    batal: "Cancel",
    tanggal_wajib: "Enter the date of the dialogue.",
    hapus_dialog_judul: "Delete performance dialogue",
    hapus_dialog_tanya: |t| format!("Delete the performance dialogue of {t}?"),
    ya_hapus: "Yes, delete",
    mandiri_judul: "Self-assessment",
    mandiri_pengantar: "The employee's own view of their performance. It does not set the grade: the appraiser sees it beside their own rating.",
    rating_hasil_kerja: "Work-result rating",
    rating_perilaku: "Behaviour rating",
    refleksi: "Reflection",
    ekspor_mandiri: "Export self-assessment",
    ekspor_mandiri_petunjuk: "A file for your appraiser: your record, SKP, achievements, self-assessment and dialogues. The appraiser imports it on the Share data page.",
    ekspor_hasil: "Export the appraisal",
    ekspor_hasil_petunjuk: "The same file, now with the appraiser's feedback and ratings, to send back to the employee.",
    ekspor_selesai: |n| format!("File {n} downloaded."),
    ekspor_gagal: "This employee is not in the register, so the file cannot be made.",
    penilaian_judul: "Ratings and performance grade",
    saran_judul: "Suggested work-result rating",
    saran_catatan: "Only a suggestion from achievements against targets; the appraiser decides.",
    saran_rating: "Suggestion",
    pakai_saran: "Use the suggestion",
    per_rhk: "Per planned result",
    predikat_judul: "Employee performance grade",
    pilih_kedua: "Choose both ratings to see the grade.",
    pratinjau_belum: "Preview — not set yet",
    ditetapkan_pada: |t| format!("Set on {t}"),
    belum_ditetapkan: "Not set yet",
    tetapkan: "Set ratings",
    tetapkan_petunjuk: "The grade above changes as soon as a rating changes; it is saved only with Set ratings.",
    matriks_judul: "Performance quadrant: work-result rating × behaviour rating",
    matriks_sudut: "Work results ↓ / Behaviour →",
    pilihan_kini: "current choice",
    sumber: "Source",
    kepala_unit: "This employee heads a unit: under SE MenPANRB 3/2023 the unit's organisation performance becomes their work-result rating.",
    kepala_unit_predikat: |p| format!("The unit's organisation performance this period: {p}."),
    kepala_unit_belum: "The unit's organisation performance is not set for this period yet.",
    distribusi_judul: "Grade distribution in the unit",
    distribusi_unit: |u| format!("Work unit: {u} — including the rating being chosen."),
    organisasi: "Organisation performance",
    organisasi_belum: "The unit's organisation performance is not set for this period, so its distribution pattern cannot be checked yet.",
    ke_distribusi: "Set it on the Distribution page",
    pola: "Distribution pattern",
    predikat: "Grade",
    jumlah: "Count",
    persen: "Percent",
    sebaran_caption: "Grades of the unit's employees this period",
    sesuai_pola: "✓ The distribution meets the pattern.",
    melanggar_pola: "⚠ The distribution does not meet the pattern:",
    tidak_dapat_dipenuhi: |n| {
        format!("Note: with {n} rated employees this pattern cannot be met under the rounding assumption — the unit is too small for it. This is a notice, not an appraisal error.")
    },
    asumsi: |maks, min| format!("Rounding assumption (not set by the SE): caps rounded {maks}, floors rounded {min}."),
    tanpa_unit: "This SKP records no work unit, so the unit's distribution cannot be computed.",
    ak_judul: "Credit points (angka kredit)",
    ak_pengantar: |j| format!("Functional position, level {j}: AK = months/12 × grade percentage × annual coefficient."),
    ak_belum: "Credit points are computed once both ratings are chosen.",
    ak_tanpa_koefisien: "No credit-point coefficient is set for this level on the Rules page.",
    ak_belum_terkonfirmasi: "This level's coefficient is UNCONFIRMED in the reference; it can be changed on the Rules page.",
    banding_judul: "Self-assessment and appraiser",
    banding_caption: "The self-assessment beside the appraiser's choice",
    mandiri: "Self-assessment",
    penilai: "Appraiser",
    beda: "≠ Different",
    sama: "= Same",
    refleksi_pegawai: "Employee's reflection",
    tanpa_refleksi: "(no reflection yet)",
    masyarakat_judul: "Community feedback",
    masyarakat_catatan: "A separate signal: it does not affect the grade.",
    masyarakat_unit: "Work unit",
    masyarakat_pegawai: "About this employee",
    masyarakat_ringkas: |n, r| format!("{n} responses, average {r} of 100"),
    masyarakat_kosong: "No community feedback in this period.",
    ke_masyarakat: "Record community feedback",
    dokumen_judul: "Performance evaluation document",
    cetak: "Print",
    kembali_evaluasi: "Back to the evaluation",
    dokumen_catatan: "The document prints on A4 portrait in the official form, in Bahasa Indonesia as the regulation's form is.",
};

/// The texts of the current language, reactive.
fn t() -> impl Fn() -> &'static T + Copy + Send + Sync + 'static {
    teks_halaman(&ID, &EN)
}

/// One text of the current language: `{tt(|t| t.simpan)}` (one closure type for all labels).
fn tt(f: fn(&'static T) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let t = t();
    move || f(t())
}

/// `2,5` in Indonesian, `2.5` in English.
fn koma() -> impl Fn() -> char + Copy + Send + Sync + 'static {
    let b = use_bahasa();
    move || if b.get() == Bahasa::En { '.' } else { ',' }
}

/// What every part of the page shares: the SKP, the period, the saved records of both sides,
/// and the ratings being chosen (not saved until "Tetapkan").
#[derive(Clone, Copy)]
struct Lembar {
    data: DataContext,
    skp: StoredValue<Skp>,
    periode: Periode,
    realisasi: Memo<Option<RealisasiKinerja>>,
    evaluasi: Memo<Option<EvaluasiKinerja>>,
    pilih_hasil: RwSignal<Option<Rating>>,
    pilih_perilaku: RwSignal<Option<Rating>>,
}

impl Lembar {
    fn skp_id(self) -> Id {
        self.skp.with_value(|s| s.id.clone())
    }
    /// The predikat of the ratings being chosen (what-if), once both are chosen.
    fn sel(self) -> Option<SelMatriks> {
        Some(predikat(self.pilih_hasil.get()?, self.pilih_perilaku.get()?))
    }
    /// Changes the pegawai's record for this period (created on first change) and saves it.
    fn ubah_realisasi(self, f: impl FnOnce(&mut RealisasiKinerja)) {
        let (skp, periode) = (self.skp_id(), self.periode);
        self.data.ubah(|d| {
            let lama = d.realisasi(&skp, periode).cloned();
            let mut r = lama.clone().unwrap_or_else(|| RealisasiKinerja::baru(id_baru(), skp, periode, sekarang()));
            f(&mut r);
            if Some(&r) == lama.as_ref() {
                return None;
            }
            Some(d.simpan_realisasi(r, sekarang()))
        });
    }
    /// Changes the penilai's record for this period (created on first change) and saves it.
    fn ubah_evaluasi(self, f: impl FnOnce(&mut EvaluasiKinerja)) {
        let (skp, periode) = (self.skp_id(), self.periode);
        self.data.ubah(|d| {
            let lama = d.evaluasi(&skp, periode).cloned();
            let mut e = lama.clone().unwrap_or_else(|| EvaluasiKinerja::baru(id_baru(), skp, periode, sekarang()));
            f(&mut e);
            if Some(&e) == lama.as_ref() {
                return None;
            }
            Some(d.simpan_evaluasi(e, sekarang()))
        });
    }
}

/// Realisasi, feedback and rating of one SKP for one period.
#[component]
pub fn HalamanEvaluasi(
    /// The SKP's id from the route.
    id: Id,
    /// The evaluation period from the route.
    periode: Periode,
) -> impl IntoView {
    let data = use_data();
    let skp = Memo::new(move |_| data.data.with(|d| d.cari_skp(&id).cloned()));
    move || match skp.get() {
        Some(s) => view! { <Isi skp=s periode=periode/> }.into_any(),
        None => view! { <TidakDitemukan/> }.into_any(),
    }
}

#[component]
fn Isi(skp: Skp, periode: Periode) -> impl IntoView {
    let data = use_data();
    let t = t();
    let b = use_bahasa();
    let skp_id = skp.id.clone();
    let realisasi = {
        let id = skp_id.clone();
        Memo::new(move |_| data.data.with(|d| d.realisasi(&id, periode).cloned()))
    };
    let evaluasi = {
        let id = skp_id.clone();
        Memo::new(move |_| data.data.with(|d| d.evaluasi(&id, periode).cloned()))
    };
    let tersimpan = evaluasi.get_untracked();
    let l = Lembar {
        data,
        skp: StoredValue::new(skp.clone()),
        periode,
        realisasi,
        evaluasi,
        pilih_hasil: RwSignal::new(tersimpan.as_ref().and_then(|e| e.rating_hasil_kerja)),
        pilih_perilaku: RwSignal::new(tersimpan.as_ref().and_then(|e| e.rating_perilaku)),
    };
    // When the saved ratings change (saved here, or in another tab that then reloads this
    // one's data), a choice that still showed the saved rating follows it; a choice being
    // made here, not yet set, stays as chosen.
    Effect::new(move |sebelum: Option<(Option<Rating>, Option<Rating>)>| {
        let kini = evaluasi.with(|e| e.as_ref().map_or((None, None), |e| (e.rating_hasil_kerja, e.rating_perilaku)));
        // (Only when the saved rating itself changed: saving feedback text changes the record
        // too, and must not redraw the ratings.)
        if let Some((hasil, perilaku)) = sebelum {
            if hasil != kini.0 && l.pilih_hasil.get_untracked() == hasil {
                l.pilih_hasil.set(kini.0);
            }
            if perilaku != kini.1 && l.pilih_perilaku.get_untracked() == perilaku {
                l.pilih_perilaku.set(kini.1);
            }
        }
        kini
    });
    let jangka = periode.jangka(skp.tahun);
    let semua_periode = move || {
        data.data.with(|d| {
            let mut v = periode_tahun(d.pengaturan.instansi.periode_evaluasi);
            if !v.contains(&periode) {
                v.push(periode);
                v.sort();
            }
            v
        })
    };
    let nama = skp.dinilai.nama.clone();
    let judul = Signal::derive(move || (t().judul)(&nama));
    let id_tautan = skp_id.clone();
    let tautan_periode = move || {
        semua_periode()
            .into_iter()
            .map(|p| {
                let href = Route::Evaluasi(id_tautan.clone(), p).href();
                let kini = p == periode;
                view! {
                    <li>
                        <a class="evaluasi__periode-tautan" href=href aria-current=kini.then_some("page")>
                            {move || if b.get() == Bahasa::En { p.label_en() } else { p.label_id() }}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let status = skp.status;
    view! {
        <article class="halaman evaluasi">
            <p class="remah">
                <a href="#/kinerja">{tt(|t| t.kinerja)}</a>" › "
                <a href=Route::Skp(skp_id.clone()).href() id="ke-skp">{move || (t().skp_tahun)(skp.tahun)}</a>" › "
            </p>
            <div class="halaman__kepala">
                <Judul teks=judul/>
                <div class="aksi">
                    <a class="tombol" id="ke-cetak" href=Route::CetakEvaluasi(skp_id.clone(), periode).href()>
                        {tt(|t| t.cetak_dokumen)}
                    </a>
                </div>
            </div>
            <nav class="evaluasi__periode" aria-label=tt(|t| t.periode_evaluasi)>
                <ul>{tautan_periode}</ul>
            </nav>
            <dl class="rincian evaluasi__identitas">
                {orang(tt(|t| t.pegawai_dinilai), Some(skp.dinilai.clone()), "identitas-pegawai")}
                {orang(tt(|t| t.pejabat_penilai), skp.penilai.clone(), "identitas-penilai")}
                {orang(tt(|t| t.atasan_penilai), skp.atasan_penilai.clone(), "identitas-atasan")}
                <div>
                    <dt>{tt(|t| t.periode)}</dt>
                    <dd id="periode-evaluasi">
                        {move || if b.get() == Bahasa::En { periode.label_en() } else { periode.label_id() }}
                        " "{skp.tahun}
                        <span class="penjelasan">{move || if b.get() == Bahasa::En { jangka.format_en() } else { jangka.format_id() }}</span>
                    </dd>
                </div>
                <div>
                    <dt>{tt(|t| t.status_skp)}</dt>
                    <dd>{dwibahasa(status.label_id(), status.label_en())}</dd>
                </div>
            </dl>
            {(status != StatusSkp::Disetujui).then(|| view! { <p class="peringatan" id="skp-belum-disetujui">{tt(|t| t.skp_belum_disetujui)}</p> })}
            <nav class="evaluasi__isi" aria-label=tt(|t| t.isi_halaman)>
                <ul>
                    {lompat("bagian-realisasi", |t| t.realisasi_judul)}
                    {lompat("bagian-perilaku", |t| t.perilaku_judul)}
                    {lompat("bagian-dialog", |t| t.dialog_judul)}
                    {lompat("bagian-mandiri", |t| t.mandiri_judul)}
                    {lompat("bagian-penilaian", |t| t.penilaian_judul)}
                    {lompat("bagian-banding", |t| t.banding_judul)}
                </ul>
            </nav>
            <realisasi::BagianRealisasi l=l/>
            <realisasi::BagianPerilaku l=l/>
            <dialog::BagianDialog l=l/>
            <penilaian::BagianMandiri l=l/>
            <penilaian::BagianPenilaian l=l/>
            <penilaian::BagianBanding l=l/>
        </article>
    }
}

/// One person of the header: name, NIP, jabatan and unit as the SKP's snapshot has them.
fn orang(
    judul: impl Fn() -> &'static str + Send + Sync + 'static,
    c: Option<Cuplikan>,
    id: &'static str,
) -> impl IntoView {
    let isi = match c {
        Some(c) => view! {
            <span class="evaluasi__nama">{c.nama}</span>
            <span class="penjelasan angka">{c.nip}</span>
            <span class="penjelasan">{c.jabatan}{(!c.nama_unit.is_empty()).then(|| format!(" — {}", c.nama_unit))}</span>
        }
        .into_any(),
        None => view! { <span class="penjelasan">{tt(|t| t.belum_diisi)}</span> }.into_any(),
    };
    view! {
        <div>
            <dt>{judul}</dt>
            <dd id=id>{isi}</dd>
        </div>
    }
}

/// An entry of the page's table of contents: scrolls to the section and moves focus to its
/// heading (a `#fragment` link would be taken for a route).
fn lompat(tujuan: &'static str, label: fn(&'static T) -> &'static str) -> impl IntoView {
    let pergi = move |_| {
        if let Some(el) = document().get_element_by_id(&format!("{tujuan}-judul")) {
            el.scroll_into_view();
            if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = h.focus();
            }
        }
    };
    view! { <li><button type="button" class="tombol tombol--kecil" on:click=pergi>{tt(label)}</button></li> }
}

/// The heading of a section with who fills it in (not by colour alone: a text tag).
fn judul_bagian(
    id: &'static str,
    label: fn(&'static T) -> &'static str,
    peran: Option<fn(&'static T) -> &'static str>,
) -> impl IntoView {
    view! {
        <h2 id=format!("{id}-judul") tabindex="-1" class="evaluasi__judul-bagian">
            {tt(label)}
            {peran.map(|p| view! { <span class="lencana evaluasi__peran">{tt(p)}</span> })}
        </h2>
    }
}

/// A group of three radio buttons for a rating (Di Atas / Sesuai / Di Bawah Ekspektasi).
#[component]
fn PilihRating(
    /// The radios' `name` and the prefix of their ids (`<nama>-sesuai-ekspektasi`).
    nama: &'static str,
    /// The legend.
    legenda: fn(&'static T) -> &'static str,
    /// The chosen rating.
    #[prop(into)]
    nilai: Signal<Option<Rating>>,
    /// Called with the rating the user picks.
    pada_pilih: Callback<Rating>,
) -> impl IntoView {
    view! {
        <fieldset class="pilih-rating" id=nama>
            <legend>{tt(legenda)}</legend>
            {Rating::SEMUA
                .into_iter()
                .map(|r| {
                    view! {
                        <label class="pilihan">
                            <input
                                type="radio"
                                name=nama
                                id=format!("{nama}-{}", r.kode())
                                value=r.kode()
                                prop:checked=move || nilai.get() == Some(r)
                                on:change=move |_| pada_pilih.run(r)
                            />
                            {dwibahasa(r.label_id(), r.label_en())}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A labelled text area saved when it is left (`change`).
#[component]
fn MedanTeks(
    /// The textarea's id.
    #[prop(into)]
    id: String,
    /// Its label.
    #[prop(into)]
    label: Signal<String>,
    /// The saved text.
    #[prop(into)]
    nilai: Signal<String>,
    /// Called with the new text.
    pada_ubah: Callback<String>,
) -> impl IntoView {
    let untuk = id.clone();
    view! {
        <div class="medan evaluasi__medan-teks">
            <label for=untuk>{move || label.get()}</label>
            <textarea id=id rows="3" prop:value=move || nilai.get() on:change=move |ev| pada_ubah.run(event_target_value(&ev))></textarea>
        </div>
    }
}
