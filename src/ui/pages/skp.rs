//! One SKP (PermenPANRB 6/2022; asn-rules.md §1.2): the plan in the official layout — the
//! three header blocks, pendekatan, RHK with their indicators and targets (cascaded from the
//! penilai's RHK), perilaku kerja with the leader's expectations, lampiran — and its life:
//! draf → diajukan → disetujui, read-only once approved, amendments with a reason.
//!
//! Save model: the page edits a working copy; "Simpan" applies it through `Skp::ubah` (or,
//! after approval, `Skp::ubah_setelah_disetujui` with a reason and date). Typed text is never
//! lost silently: a link away asks first, closing or reloading the tab asks the browser's
//! question, and leaving by the back button keeps the working copy in this tab until the page
//! is opened again.

mod cetak;
mod rhk;

pub use cetak::CetakSkp;

use crate::domain::id::Id;
use crate::domain::periode::periode_tahun;
use crate::domain::rencana_skp::{baris_teks, periode_penilaian, skp_pimpinan, SumberRhkPimpinan};
use crate::domain::skp::{Cuplikan, Pendekatan, Skp, StatusSkp};
use crate::domain::tanggal::Tanggal;
use crate::rules::berakhlak::NilaiBerakhlak;
use crate::rules::jabatan::JenisJabatan;
use crate::ui::components::{Dialog, Judul};
use crate::ui::pages::TidakDitemukan;
use crate::ui::peramban::{hari_ini, id_baru, sekarang};
use crate::ui::providers::{navigasi, use_bahasa, use_data};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

// ---------------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------------

pub(crate) struct T {
    judul: fn(i32, &str) -> String,
    kinerja: &'static str,
    status: &'static str,
    cetak: &'static str,
    hapus: &'static str,
    hapus_tanya: &'static str,
    ya_hapus: &'static str,
    batal: &'static str,
    simpan: &'static str,
    belum_disimpan: &'static str,
    tinggalkan_tanya: &'static str,
    dipulihkan: &'static str,
    tersimpan: &'static str,
    ajukan: &'static str,
    belum_lengkap: &'static str,
    kembalikan: &'static str,
    setujui: &'static str,
    tanggal_setuju: &'static str,
    simpan_dulu: &'static str,
    diajukan_kembali_draf: &'static str,
    disetujui_pada: fn(&str) -> String,
    terkunci: &'static str,
    ubah_setelah: &'static str,
    mode_amandemen: &'static str,
    alasan: &'static str,
    tanggal_perubahan: &'static str,
    simpan_perubahan: &'static str,
    diajukan_ok: &'static str,
    dikembalikan_ok: &'static str,
    disetujui_ok: &'static str,
    amandemen_ok: &'static str,
    pegawai_dinilai: &'static str,
    pejabat_penilai: &'static str,
    atasan_penilai: &'static str,
    nama: &'static str,
    nip: &'static str,
    pangkat: &'static str,
    jabatan: &'static str,
    unit_kerja: &'static str,
    belum_ada_pejabat: &'static str,
    cuplikan_catatan: &'static str,
    luar_daftar: &'static str,
    cari_pegawai: &'static str,
    pilih_pegawai: &'static str,
    pilih_kosong: &'static str,
    isi_sendiri: &'static str,
    usulkan_ulang: &'static str,
    kosongkan: &'static str,
    ganti: &'static str,
    skp_penilai: fn(i32) -> String,
    buat_skp_penilai: &'static str,
    penilai_tanpa_skp: fn(i32) -> String,
    periode_penilaian: &'static str,
    periode_awal: &'static str,
    periode_akhir: &'static str,
    pendekatan: &'static str,
    jpt: &'static str,
    jpt_petunjuk: &'static str,
    hasil_kerja: &'static str,
    utama: &'static str,
    tambahan: &'static str,
    tanpa_perspektif: &'static str,
    tambah_rhk: &'static str,
    tambah_rhk_di: fn(&str) -> String,
    rhk: &'static str,
    uraian_rhk: &'static str,
    jenis_rhk: &'static str,
    perspektif: &'static str,
    rhk_pimpinan: &'static str,
    rhk_pimpinan_kosong: &'static str,
    rhk_pimpinan_tanpa_penilai: &'static str,
    rhk_pimpinan_luar: &'static str,
    rhk_pimpinan_belum_ada_rhk: &'static str,
    rhk_pimpinan_hilang: &'static str,
    indikator: &'static str,
    aspek: &'static str,
    iki: &'static str,
    target: &'static str,
    jenis_target: &'static str,
    target_angka: &'static str,
    target_teks: &'static str,
    nilai_target: &'static str,
    satuan: &'static str,
    bukan_angka: &'static str,
    tambah_indikator: &'static str,
    naik: &'static str,
    turun: &'static str,
    hapus_rhk: &'static str,
    hapus_indikator: &'static str,
    rhk_kosong: &'static str,
    perilaku_kerja: &'static str,
    perilaku_pengantar: &'static str,
    ekspektasi: &'static str,
    lampiran: &'static str,
    lampiran_belum_pasti: &'static str,
    satu_per_baris: &'static str,
    dukungan: &'static str,
    skema: &'static str,
    konsekuensi: &'static str,
    evaluasi: &'static str,
    evaluasi_pengantar: &'static str,
    riwayat: &'static str,
    riwayat_kosong: &'static str,
    tanggal: &'static str,
    yang_berubah: &'static str,
}

const ID: T = T {
    judul: |tahun, nama| format!("SKP {tahun} — {nama}"),
    kinerja: "Kinerja",
    status: "Status",
    cetak: "Cetak",
    hapus: "Hapus SKP",
    hapus_tanya: "Hapus SKP ini beserta realisasi, evaluasi dan dialog kinerjanya? Data tetap tercatat sebagai terhapus sehingga berkas pertukaran dapat mengenalinya.",
    ya_hapus: "Ya, hapus",
    batal: "Batal",
    simpan: "Simpan",
    belum_disimpan: "Ada perubahan yang belum disimpan.",
    tinggalkan_tanya: "Ada perubahan SKP yang belum disimpan. Tinggalkan halaman ini dan buang perubahan itu?",
    dipulihkan: "Perubahan yang belum disimpan dari kunjungan sebelumnya dipulihkan. Simpan atau batalkan.",
    tersimpan: "SKP disimpan.",
    ajukan: "Ajukan",
    belum_lengkap: "Belum dapat diajukan: ",
    kembalikan: "Kembalikan ke draf",
    setujui: "Setujui",
    tanggal_setuju: "Tanggal persetujuan",
    simpan_dulu: "Simpan atau batalkan perubahan terlebih dahulu.",
    diajukan_kembali_draf: "Menyimpan perubahan pada SKP yang diajukan mengembalikannya ke draf.",
    disetujui_pada: |t| format!("Disetujui pada {t}."),
    terkunci: "SKP yang disetujui hanya dapat dibaca. Perubahan setelah persetujuan dicatat dengan alasan dan tanggal.",
    ubah_setelah: "Ubah setelah disetujui",
    mode_amandemen: "Mode perubahan setelah persetujuan: ubah isian, lalu tulis alasan dan tanggal perubahan.",
    alasan: "Alasan perubahan",
    tanggal_perubahan: "Tanggal perubahan",
    simpan_perubahan: "Simpan perubahan",
    diajukan_ok: "SKP diajukan kepada pejabat penilai.",
    dikembalikan_ok: "SKP dikembalikan ke draf.",
    disetujui_ok: "SKP disetujui.",
    amandemen_ok: "Perubahan dicatat dalam riwayat perubahan.",
    pegawai_dinilai: "Pegawai yang Dinilai",
    pejabat_penilai: "Pejabat Penilai Kinerja",
    atasan_penilai: "Atasan Pejabat Penilai Kinerja",
    nama: "Nama",
    nip: "NIP",
    pangkat: "Pangkat/Gol. Ruang",
    jabatan: "Jabatan",
    unit_kerja: "Unit Kerja",
    belum_ada_pejabat: "Belum ditentukan.",
    cuplikan_catatan: "Data pejabat dicatat seperti saat dipilih; mutasi atau kenaikan pangkat kemudian tidak mengubah SKP ini.",
    luar_daftar: "Di luar daftar pegawai",
    cari_pegawai: "Cari nama atau NIP",
    pilih_pegawai: "Pilih dari daftar pegawai",
    pilih_kosong: "— pilih pegawai —",
    isi_sendiri: "Isi sendiri (di luar daftar pegawai)",
    usulkan_ulang: "Usulkan dari struktur unit",
    kosongkan: "Kosongkan",
    ganti: "Ganti",
    skp_penilai: |tahun| format!("SKP {tahun} pejabat penilai"),
    buat_skp_penilai: "Buat SKP pejabat penilai",
    penilai_tanpa_skp: |tahun| format!("Pejabat penilai belum memiliki SKP {tahun}."),
    periode_penilaian: "Periode penilaian",
    periode_awal: "Mulai",
    periode_akhir: "Sampai",
    pendekatan: "Pendekatan hasil kerja",
    jpt: "SKP JPT (RHK utama dikelompokkan per perspektif)",
    jpt_petunjuk: "Untuk Jabatan Pimpinan Tinggi dan pimpinan unit kerja mandiri.",
    hasil_kerja: "Hasil Kerja",
    utama: "A. UTAMA",
    tambahan: "B. TAMBAHAN",
    tanpa_perspektif: "Belum diberi perspektif",
    tambah_rhk: "Tambah RHK",
    tambah_rhk_di: |g| format!("Tambah RHK ({g})"),
    rhk: "RHK",
    uraian_rhk: "Rencana Hasil Kerja",
    jenis_rhk: "Jenis",
    perspektif: "Perspektif",
    rhk_pimpinan: "RHK Pimpinan yang Diintervensi",
    rhk_pimpinan_kosong: "— tidak ada —",
    rhk_pimpinan_tanpa_penilai: "Tentukan pejabat penilai dahulu.",
    rhk_pimpinan_luar: "Pejabat penilai di luar daftar pegawai: RHK-nya tidak tersedia di sini.",
    rhk_pimpinan_belum_ada_rhk: "SKP pejabat penilai belum memuat RHK.",
    rhk_pimpinan_hilang: "RHK pimpinan yang dipilih tidak lagi ada di SKP pejabat penilai. Pilih ulang.",
    indikator: "Indikator Kinerja Individu",
    aspek: "Aspek",
    iki: "Indikator",
    target: "Target",
    jenis_target: "Bentuk target",
    target_angka: "Angka + satuan",
    target_teks: "Uraian",
    nilai_target: "Nilai",
    satuan: "Satuan",
    bukan_angka: "Bukan angka: tulis misalnya 12 atau 2,5.",
    tambah_indikator: "Tambah indikator",
    naik: "Naikkan",
    turun: "Turunkan",
    hapus_rhk: "Hapus RHK",
    hapus_indikator: "Hapus indikator",
    rhk_kosong: "Belum ada RHK.",
    perilaku_kerja: "Perilaku Kerja",
    perilaku_pengantar: "Tujuh nilai dasar BerAKHLAK dengan panduan perilakunya (SE MenPANRB 20/2021), dan ekspektasi khusus pimpinan untuk tiap nilai.",
    ekspektasi: "Ekspektasi Khusus Pimpinan",
    lampiran: "Lampiran",
    lampiran_belum_pasti: "BELUM TERKONFIRMASI: nama ketiga bagian lampiran ini disusun dari ingatan atas formulir PermenPANRB 6/2022; teks resminya belum ditemukan (asn-rules §10 butir 1).",
    satu_per_baris: "Satu butir per baris.",
    dukungan: "Dukungan Sumber Daya",
    skema: "Skema Pertanggungjawaban",
    konsekuensi: "Konsekuensi",
    evaluasi: "Evaluasi kinerja",
    evaluasi_pengantar: "Periode evaluasi mengikuti pengaturan instansi:",
    riwayat: "Riwayat perubahan setelah persetujuan",
    riwayat_kosong: "Belum ada perubahan setelah persetujuan.",
    tanggal: "Tanggal",
    yang_berubah: "Yang berubah",
};

const EN: T = T {
    judul: |tahun, nama| format!("SKP {tahun} — {nama}"),
    kinerja: "Performance",
    status: "Status",
    cetak: "Print",
    hapus: "Delete SKP",
    hapus_tanya: "Delete this SKP with its realisation reports, evaluations and dialogues? It stays recorded as deleted so exchange files can recognise it.",
    ya_hapus: "Yes, delete",
    batal: "Cancel",
    simpan: "Save",
    belum_disimpan: "There are unsaved changes.",
    tinggalkan_tanya: "This SKP has unsaved changes. Leave this page and discard them?",
    dipulihkan: "Unsaved changes from your previous visit were restored. Save or cancel them.",
    tersimpan: "SKP saved.",
    ajukan: "Submit",
    belum_lengkap: "Not ready to submit: ",
    kembalikan: "Return to draft",
    setujui: "Approve",
    tanggal_setuju: "Approval date",
    simpan_dulu: "Save or cancel the changes first.",
    diajukan_kembali_draf: "Saving a change to a submitted SKP returns it to draft.",
    disetujui_pada: |t| format!("Approved on {t}."),
    terkunci: "An approved SKP is read-only. A change after approval is recorded with a reason and date.",
    ubah_setelah: "Amend after approval",
    mode_amandemen: "Amending after approval: change the fields, then write the reason and date of the change.",
    alasan: "Reason for the change",
    tanggal_perubahan: "Date of the change",
    simpan_perubahan: "Save amendment",
    diajukan_ok: "SKP submitted to the appraiser.",
    dikembalikan_ok: "SKP returned to draft.",
    disetujui_ok: "SKP approved.",
    amandemen_ok: "The change is recorded in the amendment history.",
    pegawai_dinilai: "Employee appraised",
    pejabat_penilai: "Appraiser",
    atasan_penilai: "Appraiser's superior",
    nama: "Name",
    nip: "NIP",
    pangkat: "Rank/Grade",
    jabatan: "Position",
    unit_kerja: "Work unit",
    belum_ada_pejabat: "Not set yet.",
    cuplikan_catatan: "Officials are recorded as they were when chosen; a later transfer or promotion does not change this SKP.",
    luar_daftar: "Not in the register",
    cari_pegawai: "Search name or NIP",
    pilih_pegawai: "Choose from the register",
    pilih_kosong: "— choose an employee —",
    isi_sendiri: "Type it in (not in the register)",
    usulkan_ulang: "Propose from the unit tree",
    kosongkan: "Clear",
    ganti: "Change",
    skp_penilai: |tahun| format!("Appraiser's SKP {tahun}"),
    buat_skp_penilai: "Create the appraiser's SKP",
    penilai_tanpa_skp: |tahun| format!("The appraiser has no SKP for {tahun} yet."),
    periode_penilaian: "Appraisal period",
    periode_awal: "From",
    periode_akhir: "To",
    pendekatan: "Work results approach",
    jpt: "SKP for senior executives (core results grouped by perspective)",
    jpt_petunjuk: "For JPT posts and heads of independent work units.",
    hasil_kerja: "Work results",
    utama: "A. CORE",
    tambahan: "B. ADDITIONAL",
    tanpa_perspektif: "No perspective yet",
    tambah_rhk: "Add result",
    tambah_rhk_di: |g| format!("Add result ({g})"),
    rhk: "Result",
    uraian_rhk: "Planned result (RHK)",
    jenis_rhk: "Kind",
    perspektif: "Perspective",
    rhk_pimpinan: "Supervisor's result supported",
    rhk_pimpinan_kosong: "— none —",
    rhk_pimpinan_tanpa_penilai: "Choose the appraiser first.",
    rhk_pimpinan_luar: "The appraiser is not in the register: their results are not available here.",
    rhk_pimpinan_belum_ada_rhk: "The appraiser's SKP has no results yet.",
    rhk_pimpinan_hilang: "The chosen supervisor's result is no longer in the appraiser's SKP. Choose again.",
    indikator: "Individual indicators",
    aspek: "Aspect",
    iki: "Indicator",
    target: "Target",
    jenis_target: "Target form",
    target_angka: "Number + unit",
    target_teks: "Description",
    nilai_target: "Value",
    satuan: "Unit",
    bukan_angka: "Not a number: write e.g. 12 or 2.5.",
    tambah_indikator: "Add indicator",
    naik: "Move up",
    turun: "Move down",
    hapus_rhk: "Delete result",
    hapus_indikator: "Delete indicator",
    rhk_kosong: "No results yet.",
    perilaku_kerja: "Work behaviour",
    perilaku_pengantar: "The seven BerAKHLAK core values with their behaviour guides (SE MenPANRB 20/2021), and the leader's specific expectation for each.",
    ekspektasi: "Leader's specific expectation",
    lampiran: "Attachment",
    lampiran_belum_pasti: "UNCONFIRMED: the names of these three attachment parts come from memory of the PermenPANRB 6/2022 form; the official text was not found (asn-rules §10 item 1).",
    satu_per_baris: "One item per line.",
    dukungan: "Resource support",
    skema: "Accountability scheme",
    konsekuensi: "Consequences",
    evaluasi: "Performance evaluation",
    evaluasi_pengantar: "Evaluation periods follow the agency's setting:",
    riwayat: "Amendments after approval",
    riwayat_kosong: "No amendments after approval yet.",
    tanggal: "Date",
    yang_berubah: "What changed",
};

/// A text picked from [`T`].
type Label = fn(&'static T) -> &'static str;

/// The texts of the current language.
#[derive(Clone, Copy)]
pub(crate) struct Tx(RwSignal<Bahasa>);

/// The page texts, following the language toggle.
pub(crate) fn t() -> Tx {
    Tx(use_bahasa())
}

impl Tx {
    pub(crate) fn get(self) -> &'static T {
        if self.en() {
            &EN
        } else {
            &ID
        }
    }
    pub(crate) fn en(self) -> bool {
        self.0.get() == Bahasa::En
    }
    /// A text as a reactive view child: `{tx.f(|t| t.simpan)}`. One closure type for all.
    pub(crate) fn f(
        self,
        f: fn(&'static T) -> &'static str,
    ) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || f(self.get())
    }
    /// One of two texts by language (labels that live on domain types).
    pub(crate) fn dwi(self, id: &'static str, en: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync {
        move || if self.en() { en } else { id }
    }
    pub(crate) fn tanggal(self, t: Tanggal) -> String {
        if self.en() {
            t.format_panjang_en()
        } else {
            t.format_panjang()
        }
    }
}

/// A target number the Indonesian way, thousands grouped: `1.200`, `2,5`.
pub(crate) fn tampil_angka(n: f64) -> String {
    crate::domain::skp::angka_ribuan(n, ',')
}

/// A target as printed: `1.200 berkas`, `100 %`, or its text.
pub(crate) fn tampil_target(t: &crate::domain::skp::Target) -> String {
    t.tampil(',')
}

// ---------------------------------------------------------------------------------------------
// Working copy
// ---------------------------------------------------------------------------------------------

/// The page's editing state: the working copy, the stored version it started from, and
/// whether an approved SKP is being amended.
#[derive(Clone, Copy)]
pub(crate) struct Kerja {
    pub draf: RwSignal<Skp>,
    pub dasar: RwSignal<Skp>,
    pub hanya_baca: Memo<bool>,
    pub kotor: Memo<bool>,
    pub tx: Tx,
}

impl Kerja {
    /// Changes the working copy.
    pub fn ubah(&self, f: impl FnOnce(&mut Skp)) {
        self.draf.update(f);
    }
}

thread_local! {
    /// Working copies left by the back button, per SKP id, with the stored version they were
    /// based on: restored when the page is opened again and that version is still current.
    static DRAF_TERTINGGAL: RefCell<HashMap<String, (Skp, Skp)>> = RefCell::new(HashMap::new());
}

/// A message of the page (aria-live): the outcome of the last action.
#[derive(Clone, Debug, PartialEq)]
struct Pesan {
    id: String,
    en: String,
    galat: bool,
}

impl Pesan {
    fn ok(t: fn(&'static T) -> &'static str) -> Pesan {
        Pesan { id: t(&ID).into(), en: t(&EN).into(), galat: false }
    }
    fn galat(e: &crate::domain::skp::GalatSkp) -> Pesan {
        Pesan { id: e.pesan_id(), en: e.pesan_en(), galat: true }
    }
}

// ---------------------------------------------------------------------------------------------
// Generic fields
// ---------------------------------------------------------------------------------------------

type Baca = Arc<dyn Fn(&Skp) -> String + Send + Sync>;
type Tulis = Arc<dyn Fn(&mut Skp, String) + Send + Sync>;

/// When a text area writes to the working copy.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bentuk {
    /// As typed.
    Area,
    /// When it changes (leaves focus): for a value that is normalised (one item per line),
    /// so typing a new line is not undone.
    AreaSaatUbah,
}

/// A labelled text area bound to the working copy; disabled when read-only.
pub(crate) fn medan(
    k: Kerja,
    id: String,
    label: impl Fn() -> String + Send + Sync + 'static,
    bentuk: Bentuk,
    baca: impl Fn(&Skp) -> String + Send + Sync + 'static,
    tulis: impl Fn(&mut Skp, String) + Send + Sync + 'static,
) -> AnyView {
    medan_dyn(k, id, Arc::new(label), bentuk == Bentuk::AreaSaatUbah, Arc::new(baca), Arc::new(tulis))
}

fn medan_dyn(
    k: Kerja,
    id: String,
    label: Arc<dyn Fn() -> String + Send + Sync>,
    saat_ubah: bool,
    baca: Baca,
    tulis: Tulis,
) -> AnyView {
    let tulis2 = tulis.clone();
    view! {
        <div class="medan">
            <label for=id.clone()>{move || label()}</label>
            <textarea id=id rows="3" disabled=move || k.hanya_baca.get()
                prop:value=move || k.draf.with(|s| baca(s))
                on:input=move |ev| if !saat_ubah { let v = event_target_value(&ev); k.ubah(|s| tulis(s, v)) }
                on:change=move |ev| if saat_ubah { let v = event_target_value(&ev); k.ubah(|s| tulis2(s, v)) }
            ></textarea>
        </div>
    }
    .into_any()
}

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

/// One SKP: plan, approval, amendments.
#[component]
pub fn HalamanSkp(
    /// The SKP's id from the route.
    id: Id,
) -> impl IntoView {
    let data = use_data();
    let id_cari = id.clone();
    let ada = Memo::new(move |_| data.data.with(|d| d.cari_skp(&id_cari).is_some()));
    move || match ada.get().then(|| data.data.with_untracked(|d| d.cari_skp(&id).cloned())).flatten() {
        Some(s) => view! { <Isi awal=s/> }.into_any(),
        None => view! { <TidakDitemukan/> }.into_any(),
    }
}

#[component]
fn Isi(awal: Skp) -> impl IntoView {
    let data = use_data();
    let tx = t();
    let id = awal.id.clone();

    // The working copy, or the one the back button left behind if it is still based on the
    // stored version.
    let tertinggal = DRAF_TERTINGGAL.with(|m| m.borrow_mut().remove(id.as_str()));
    let (draf_awal, dipulihkan) = match tertinggal {
        Some((dasar, draf)) if dasar == awal => (draf, true),
        _ => (awal.clone(), false),
    };
    let dasar = RwSignal::new(awal.clone());
    let draf = RwSignal::new(draf_awal);
    let amandemen = RwSignal::new(false);
    let kotor = Memo::new(move |_| draf.with(|a| dasar.with(|b| a != b)));
    let hanya_baca = Memo::new(move |_| dasar.with(Skp::terkunci) && !amandemen.get());
    let k = Kerja { draf, dasar, hanya_baca, kotor, tx };
    let pesan = RwSignal::new(dipulihkan.then(|| Pesan::ok(|t| t.dipulihkan)));

    // The stored SKP changed (this page's save, another tab): follow it unless there are
    // unsaved edits.
    let id_simpan = id.clone();
    let tersimpan = Memo::new(move |_| data.data.with(|d| d.cari_skp(&id_simpan).cloned()));
    Effect::new(move |_| {
        if let Some(s) = tersimpan.get() {
            if dasar.with_untracked(|b| *b != s) {
                if !kotor.get_untracked() {
                    draf.set(s.clone());
                }
                dasar.set(s);
            }
        }
    });

    jaga_perubahan(k, id.clone());

    // Applies `f` to the stored SKP and saves it; returns what `f` returned. The working copy
    // then follows the stored version.
    let terapkan = {
        let id = id.clone();
        move |f: &dyn Fn(&mut Skp) -> Result<(), crate::domain::skp::GalatSkp>| -> bool {
            let mut hasil = None;
            data.ubah(|d| {
                let Some(mut s) = d.cari_skp(&id).cloned() else {
                    return Vec::new();
                };
                let sebelum = s.clone();
                let r = f(&mut s);
                let k = if s != sebelum { vec![d.simpan_skp(s.clone())] } else { Vec::new() };
                hasil = Some((r, s));
                k
            });
            match hasil {
                Some((r, s)) => {
                    // What was applied is now stored; edits that were not applied stay.
                    if dasar.with_untracked(|b| *b != s) {
                        dasar.set(s.clone());
                        draf.set(s);
                    }
                    match r {
                        Ok(()) => true,
                        Err(e) => {
                            pesan.set(Some(Pesan::galat(&e)));
                            false
                        }
                    }
                }
                None => false,
            }
        }
    };
    let terapkan = StoredValue::new(terapkan);

    let simpan = move || {
        let baru = draf.get_untracked();
        if terapkan.with_value(|f| f(&|s: &mut Skp| s.ubah(sekarang(), |x| *x = baru.clone()))) {
            pesan.set(Some(Pesan::ok(|t| t.tersimpan)));
        }
    };
    let batalkan = move || {
        draf.set(dasar.get_untracked());
        amandemen.set(false);
        pesan.set(None);
    };
    let ajukan = move || {
        let baru = draf.get_untracked();
        let kotor = kotor.get_untracked();
        let ok = terapkan.with_value(|f| {
            f(&|s: &mut Skp| {
                if kotor {
                    s.ubah(sekarang(), |x| *x = baru.clone())?;
                }
                s.ajukan(sekarang())
            })
        });
        if ok {
            pesan.set(Some(Pesan::ok(|t| t.diajukan_ok)));
        }
    };
    let kembalikan = move || {
        if terapkan.with_value(|f| f(&|s: &mut Skp| s.kembalikan(sekarang()))) {
            pesan.set(Some(Pesan::ok(|t| t.dikembalikan_ok)));
        }
    };
    let tgl_setuju = RwSignal::new(hari_ini().iso());
    let setujui = move || {
        let Some(tgl) = Tanggal::parse_iso(&tgl_setuju.get_untracked()) else {
            return;
        };
        if terapkan.with_value(|f| f(&|s: &mut Skp| s.setujui(tgl, sekarang()))) {
            pesan.set(Some(Pesan::ok(|t| t.disetujui_ok)));
        }
    };
    let alasan = RwSignal::new(String::new());
    let tgl_ubah = RwSignal::new(hari_ini().iso());
    let simpan_amandemen = move || {
        let baru = draf.get_untracked();
        let tgl = Tanggal::parse_iso(&tgl_ubah.get_untracked()).unwrap_or_else(hari_ini);
        let a = alasan.get_untracked();
        if terapkan
            .with_value(|f| f(&|s: &mut Skp| s.ubah_setelah_disetujui(tgl, &a, sekarang(), |x| *x = baru.clone())))
        {
            amandemen.set(false);
            alasan.set(String::new());
            pesan.set(Some(Pesan::ok(|t| t.amandemen_ok)));
        }
    };

    let tanya_hapus = RwSignal::new(false);
    let hapus = {
        let id = id.clone();
        move |_| {
            draf.set(dasar.get_untracked());
            let id = id.clone();
            data.ubah(|d| d.hapus_skp(&id, sekarang()));
            tanya_hapus.set(false);
            navigasi(&Route::Kinerja);
        }
    };

    let status = move || dasar.with(|s| s.status);
    let judul = Signal::derive(move || dasar.with(|s| (tx.get().judul)(s.tahun, &s.dinilai.nama)));
    let id_cetak = Route::CetakSkp(id.clone()).href();

    view! {
        <article class="halaman skp">
            <p class="remah"><a href="#/kinerja">{tx.f(|t| t.kinerja)}</a>" › "</p>
            <div class="halaman__kepala">
                <Judul teks=judul/>
                <div class="aksi">
                    <a class="tombol" id="cetak-skp" href=id_cetak>{tx.f(|t| t.cetak)}</a>
                    <button type="button" class="tombol tombol--bahaya" id="hapus-skp" on:click=move |_| tanya_hapus.set(true)>
                        {tx.f(|t| t.hapus)}
                    </button>
                </div>
            </div>

            <section class="skp__status kartu" aria-labelledby="skp-status-judul">
                <h2 id="skp-status-judul" class="skp__status-judul">
                    {tx.f(|t| t.status)}": "
                    <span id="status-skp" class=move || format!("lencana skp-status skp-status--{}", status().kode())>
                        {move || if tx.en() { status().label_en() } else { status().label_id() }}
                    </span>
                </h2>
                <p class="skp__pesan" id="pesan-skp" role="status" aria-live="polite"
                    class:skp__pesan--galat=move || pesan.with(|p| p.as_ref().is_some_and(|p| p.galat))>
                    {move || pesan.with(|p| p.as_ref().map(|p| if tx.en() { p.en.clone() } else { p.id.clone() }))}
                </p>
                {move || match status() {
                    StatusSkp::Draf => view! {
                        <div class="aksi">
                            <button type="button" class="tombol tombol--utama" id="ajukan-skp" on:click=move |_| ajukan()>{tx.f(|t| t.ajukan)}</button>
                            <span class="petunjuk" id="kekurangan-skp">
                                {move || {
                                    let k = draf.with(Skp::kekurangan);
                                    (!k.is_empty()).then(|| {
                                        let daftar: Vec<&str> = k.iter().map(|x| if tx.en() { x.1 } else { x.0 }).collect();
                                        format!("{}{}.", tx.get().belum_lengkap, daftar.join("; "))
                                    })
                                }}
                            </span>
                        </div>
                    }.into_any(),
                    StatusSkp::Diajukan => view! {
                        <div class="aksi skp__setujui">
                            <button type="button" class="tombol" id="kembalikan-skp" disabled=move || kotor.get() on:click=move |_| kembalikan()>{tx.f(|t| t.kembalikan)}</button>
                            <div class="medan">
                                <label for="tanggal-setuju">{tx.f(|t| t.tanggal_setuju)}</label>
                                <input type="date" id="tanggal-setuju" prop:value=move || tgl_setuju.get() on:input=move |ev| tgl_setuju.set(event_target_value(&ev))/>
                            </div>
                            <button type="button" class="tombol tombol--utama" id="setujui-skp" disabled=move || kotor.get() on:click=move |_| setujui()>{tx.f(|t| t.setujui)}</button>
                        </div>
                        <p class="petunjuk">{move || if kotor.get() { tx.get().simpan_dulu } else { tx.get().diajukan_kembali_draf }}</p>
                    }.into_any(),
                    StatusSkp::Disetujui => view! {
                        <p class="petunjuk" id="skp-terkunci">
                            {move || dasar.with(|s| s.disetujui_pada).map(|d| (tx.get().disetujui_pada)(&tx.tanggal(d)))}" "
                            {tx.f(|t| t.terkunci)}
                        </p>
                        <Show when=move || !amandemen.get()>
                            <div class="aksi">
                                <button type="button" class="tombol" id="ubah-setelah-disetujui" on:click=move |_| amandemen.set(true)>{tx.f(|t| t.ubah_setelah)}</button>
                            </div>
                        </Show>
                    }.into_any(),
                }}
            </section>

            <HeaderBlok k=k/>
            <rhk::HasilKerja k=k/>
            <Perilaku k=k/>
            <Lampiran k=k/>
            <Evaluasi id=id.clone()/>
            <Riwayat k=k/>

            <Show when=move || kotor.get() || amandemen.get()>
                <div class="aksi aksi--lekat skp__simpan" role="region" aria-label=tx.f(|t| t.simpan)>
                    <Show when=move || amandemen.get() fallback=move || view! {
                        <p class="skp__kotor" id="skp-kotor">{tx.f(|t| t.belum_disimpan)}</p>
                        <button type="button" class="tombol tombol--utama" id="simpan-skp" on:click=move |_| simpan()>{tx.f(|t| t.simpan)}</button>
                        <button type="button" class="tombol" id="batal-skp" on:click=move |_| batalkan()>{tx.f(|t| t.batal)}</button>
                    }>
                        <p class="skp__kotor">{tx.f(|t| t.mode_amandemen)}</p>
                        <div class="skp__amandemen">
                            <div class="medan medan--lebar">
                                <label for="alasan-perubahan">{tx.f(|t| t.alasan)}</label>
                                <input type="text" id="alasan-perubahan" prop:value=move || alasan.get() on:input=move |ev| alasan.set(event_target_value(&ev))/>
                            </div>
                            <div class="medan">
                                <label for="tanggal-perubahan">{tx.f(|t| t.tanggal_perubahan)}</label>
                                <input type="date" id="tanggal-perubahan" prop:value=move || tgl_ubah.get() on:input=move |ev| tgl_ubah.set(event_target_value(&ev))/>
                            </div>
                        </div>
                        <button type="button" class="tombol tombol--utama" id="simpan-amandemen" on:click=move |_| simpan_amandemen()>{tx.f(|t| t.simpan_perubahan)}</button>
                        <button type="button" class="tombol" id="batal-amandemen" on:click=move |_| batalkan()>{tx.f(|t| t.batal)}</button>
                    </Show>
                </div>
            </Show>

            <Dialog terbuka=tanya_hapus id="dialog-hapus-skp" judul=Signal::derive(move || tx.get().hapus.to_string())>
                <p>{tx.f(|t| t.hapus_tanya)}</p>
                <div class="aksi">
                    <button type="button" class="tombol tombol--bahaya" id="hapus-skp-ya" on:click=hapus.clone()>{tx.f(|t| t.ya_hapus)}</button>
                    <button type="button" class="tombol" on:click=move |_| tanya_hapus.set(false)>{tx.f(|t| t.batal)}</button>
                </div>
            </Dialog>
        </article>
    }
}

/// Guards unsaved edits: asks before a link leaves the page, lets the browser ask before the
/// tab closes or reloads, and keeps the working copy when the page goes by other means (the
/// back button) so it comes back when the SKP is opened again.
fn jaga_perubahan(k: Kerja, id: Id) {
    use wasm_bindgen::JsCast;
    let klik = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented() || !k.kotor.get_untracked() {
            return;
        }
        let tautan = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten());
        let Some(a) = tautan else {
            return;
        };
        let href = a.get_attribute("href").unwrap_or_default();
        if a.get_attribute("target").is_some() || href.starts_with("#utama") {
            return;
        }
        let tanya = k.tx.get_untracked_teks().tinggalkan_tanya;
        if window().confirm_with_message(tanya).unwrap_or(true) {
            k.draf.set(k.dasar.get_untracked());
        } else {
            ev.prevent_default();
        }
    });
    let tutup = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if k.kotor.get_untracked() {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });
    on_cleanup(move || {
        klik.remove();
        tutup.remove();
        let sisa = k.kotor.try_get_untracked().unwrap_or(false);
        let simpanan = if sisa { k.dasar.try_get_untracked().zip(k.draf.try_get_untracked()) } else { None };
        DRAF_TERTINGGAL.with(|m| {
            let mut m = m.borrow_mut();
            match simpanan {
                Some(x) => {
                    m.insert(id.to_string(), x);
                }
                None => {
                    m.remove(id.as_str());
                }
            }
        });
    });
}

impl Tx {
    fn get_untracked_teks(self) -> &'static T {
        if self.0.get_untracked() == Bahasa::En {
            &EN
        } else {
            &ID
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Header blocks: pegawai yang dinilai, pejabat penilai, atasan pejabat penilai
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Peran {
    Dinilai,
    Penilai,
    Atasan,
}

impl Peran {
    fn kode(self) -> &'static str {
        match self {
            Peran::Dinilai => "dinilai",
            Peran::Penilai => "penilai",
            Peran::Atasan => "atasan",
        }
    }
    fn baca(self, s: &Skp) -> Option<&Cuplikan> {
        match self {
            Peran::Dinilai => Some(&s.dinilai),
            Peran::Penilai => s.penilai.as_ref(),
            Peran::Atasan => s.atasan_penilai.as_ref(),
        }
    }
    fn tulis(self, s: &mut Skp, c: Option<Cuplikan>) {
        match self {
            Peran::Dinilai => {
                if let Some(c) = c {
                    s.dinilai = c;
                }
            }
            Peran::Penilai => s.penilai = c,
            Peran::Atasan => s.atasan_penilai = c,
        }
    }
    fn ubah(self, s: &mut Skp, f: impl FnOnce(&mut Cuplikan)) {
        let c = match self {
            Peran::Dinilai => Some(&mut s.dinilai),
            Peran::Penilai => s.penilai.as_mut(),
            Peran::Atasan => s.atasan_penilai.as_mut(),
        };
        if let Some(c) = c {
            f(c);
        }
    }
}

/// The three header blocks, the periode penilaian, the approach and the JPT switch.
#[component]
fn HeaderBlok(k: Kerja) -> impl IntoView {
    let tx = k.tx;
    let galat_periode = RwSignal::new(None::<crate::domain::rencana_skp::GalatPeriode>);
    let ubah_periode = move |awal: bool, nilai: String| {
        let Some(tgl) = Tanggal::parse_iso(&nilai) else {
            return;
        };
        let (tahun, lama) = k.draf.with_untracked(|s| (s.tahun, s.periode));
        let (a, b) = if awal { (tgl, lama.akhir) } else { (lama.awal, tgl) };
        match periode_penilaian(tahun, a, b) {
            Ok(j) => {
                galat_periode.set(None);
                k.ubah(|s| s.periode = j);
            }
            Err(e) => galat_periode.set(Some(e)),
        }
    };
    view! {
        <section class="skp__bagian" aria-labelledby="skp-pihak-judul">
            <h2 id="skp-pihak-judul" class="sr-only">{tx.f(|t| t.pegawai_dinilai)}</h2>
            <div class="skp-pihak">
                {blok_pihak(k, Peran::Dinilai)}
                {blok_pihak(k, Peran::Penilai)}
                {blok_pihak(k, Peran::Atasan)}
            </div>
            <p class="petunjuk">{tx.f(|t| t.cuplikan_catatan)}</p>
            <div class="formulir__kisi skp__pengaturan">
                <fieldset class="skp__periode">
                    <legend>{tx.f(|t| t.periode_penilaian)}</legend>
                    <div class="medan">
                        <label for="periode-awal">{tx.f(|t| t.periode_awal)}</label>
                        <input type="date" id="periode-awal" disabled=move || k.hanya_baca.get()
                            aria-invalid=move || galat_periode.get().map(|_| "true")
                            prop:value=move || k.draf.with(|s| s.periode.awal.iso())
                            on:change=move |ev| ubah_periode(true, event_target_value(&ev))/>
                    </div>
                    <div class="medan">
                        <label for="periode-akhir">{tx.f(|t| t.periode_akhir)}</label>
                        <input type="date" id="periode-akhir" disabled=move || k.hanya_baca.get()
                            aria-invalid=move || galat_periode.get().map(|_| "true")
                            prop:value=move || k.draf.with(|s| s.periode.akhir.iso())
                            on:change=move |ev| ubah_periode(false, event_target_value(&ev))/>
                    </div>
                    <p class="medan__galat" aria-live="polite">
                        {move || galat_periode.get().map(|e| if tx.en() { e.pesan_en() } else { e.pesan_id() })}
                    </p>
                </fieldset>
                <fieldset class="skp__pendekatan">
                    <legend>{tx.f(|t| t.pendekatan)}</legend>
                    {Pendekatan::SEMUA.map(|p| view! {
                        <label class="pilihan">
                            <input type="radio" name="pendekatan" id=format!("pendekatan-{}", p.label_id().to_lowercase())
                                disabled=move || k.hanya_baca.get()
                                prop:checked=move || k.draf.with(|s| s.pendekatan == p)
                                on:change=move |_| k.ubah(|s| s.pendekatan = p)/>
                            {tx.dwi(p.label_id(), p.label_en())}
                        </label>
                    }).collect_view()}
                </fieldset>
                <div class="skp__jpt">
                    <label class="pilihan">
                        <input type="checkbox" id="skp-jpt" disabled=move || k.hanya_baca.get()
                            aria-describedby="skp-jpt-petunjuk"
                            prop:checked=move || k.draf.with(|s| s.jpt)
                            on:change=move |ev| { let v = event_target_checked(&ev); k.ubah(|s| s.jpt = v) }/>
                        {tx.f(|t| t.jpt)}
                    </label>
                    <span class="medan__petunjuk" id="skp-jpt-petunjuk">{tx.f(|t| t.jpt_petunjuk)}</span>
                </div>
            </div>
        </section>
    }
}

/// One header block: the snapshot's five fields; for the penilai and atasan, a way to choose
/// someone else from the register or to type in someone outside it.
fn blok_pihak(k: Kerja, peran: Peran) -> AnyView {
    let tx = k.tx;
    let data = use_data();
    let judul = move || match peran {
        Peran::Dinilai => tx.get().pegawai_dinilai,
        Peran::Penilai => tx.get().pejabat_penilai,
        Peran::Atasan => tx.get().atasan_penilai,
    };
    let ada = move || k.draf.with(|s| peran.baca(s).is_some());
    let luar = move || k.draf.with(|s| peran.baca(s).is_some_and(|c| c.pegawai.is_none()));
    let bisa_ubah = move || peran != Peran::Dinilai && !k.hanya_baca.get();
    // Five fields: read-only text for a snapshot from the register, inputs for someone typed in.
    type Ambil = fn(&Cuplikan) -> &String;
    type Taruh = fn(&mut Cuplikan, String);
    let baris: [(Label, &'static str, Ambil, Taruh); 5] = [
        (|t| t.nama, "nama", |c| &c.nama, |c, v| c.nama = v),
        (|t| t.nip, "nip", |c| &c.nip, |c, v| c.nip = v),
        (|t| t.pangkat, "pangkat", |c| &c.pangkat, |c, v| c.pangkat = v),
        (|t| t.jabatan, "jabatan", |c| &c.jabatan, |c, v| c.jabatan = v),
        (|t| t.unit_kerja, "unit", |c| &c.nama_unit, |c, v| c.nama_unit = v),
    ];
    let isi = move || {
        if !ada() {
            return view! { <p class="skp-pihak__kosong" id=format!("{}-kosong", peran.kode())>{tx.f(|t| t.belum_ada_pejabat)}</p> }
                .into_any();
        }
        let sunting = luar() && bisa_ubah();
        view! {
            <dl class="skp-pihak__rincian">
                {baris.map(|(label, kode, ambil, taruh)| {
                    let id = format!("{}-{kode}", peran.kode());
                    let nilai = move || k.draf.with(|s| peran.baca(s).map(|c| ambil(c).clone()).unwrap_or_default());
                    view! {
                        <div>
                            <dt>{if sunting { view! { <label for=id.clone()>{tx.f(label)}</label> }.into_any() } else { tx.f(label).into_any() }}</dt>
                            <dd>
                                {if sunting {
                                    view! { <input type="text" id=id.clone() prop:value=nilai
                                        on:input=move |ev| { let v = event_target_value(&ev); k.ubah(|s| peran.ubah(s, |c| taruh(c, v))) }/> }.into_any()
                                } else {
                                    view! { <span id=id.clone()>{move || { let v = nilai(); if v.is_empty() { "—".to_string() } else { v } }}</span> }.into_any()
                                }}
                            </dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
            {move || luar().then(|| view! { <p class="lencana lencana--peringatan">{tx.f(|t| t.luar_daftar)}</p> })}
        }
        .into_any()
    };

    let cari = RwSignal::new(String::new());
    let pilihan = move || {
        let cari = cari.get().trim().to_lowercase();
        let digit: String = cari.chars().filter(char::is_ascii_digit).collect();
        let dinilai = k.draf.with(|s| s.pegawai.clone());
        data.data.with(|d| {
            let mut v: Vec<(u8, String, String, String)> = d
                .pegawai_aktif()
                .filter(|p| p.id != dinilai)
                .filter_map(|p| {
                    let j = p.jabatan_terakhir();
                    let jenis = j.map(|j| j.jenis);
                    let pimpinan = matches!(
                        jenis,
                        Some(
                            JenisJabatan::JptUtama
                                | JenisJabatan::JptMadya
                                | JenisJabatan::JptPratama
                                | JenisJabatan::Administrator
                                | JenisJabatan::Pengawas
                        )
                    );
                    let cocok = if cari.is_empty() {
                        pimpinan
                    } else {
                        p.nama_lengkap().to_lowercase().contains(&cari)
                            || (!digit.is_empty() && p.nip.as_str().contains(&digit))
                    };
                    cocok.then(|| {
                        let urut =
                            jenis.map_or(9, |j| JenisJabatan::SEMUA.iter().position(|x| *x == j).unwrap_or(8) as u8);
                        let jab = j.map(|j| j.nama_lengkap()).unwrap_or_default();
                        (urut, p.nama_lengkap(), p.id.to_string(), jab)
                    })
                })
                .collect();
            v.sort();
            v.truncate(50);
            v
        })
    };
    let pilih = move |id: String| {
        let Some(id) = Id::parse(&id) else {
            return;
        };
        let c = data.data.with_untracked(|d| d.cari_pegawai(&id).map(|p| Cuplikan::dari(p, &d.unit_kerja)));
        if let Some(c) = c {
            k.ubah(|s| peran.tulis(s, Some(c)));
        }
    };
    let usulkan = move || {
        let dinilai = k.draf.with_untracked(|s| s.pegawai.clone());
        let usul = data.data.with_untracked(|d| {
            let p = d.cari_pegawai(&dinilai)?;
            let (penilai, atasan) = crate::domain::skp::usul_penilai(p, &d.pegawai, &d.unit_kerja);
            Some((penilai.map(|x| Cuplikan::dari(x, &d.unit_kerja)), atasan.map(|x| Cuplikan::dari(x, &d.unit_kerja))))
        });
        if let Some((penilai, atasan)) = usul {
            k.ubah(|s| match peran {
                Peran::Penilai => s.penilai = penilai,
                Peran::Atasan => s.atasan_penilai = atasan,
                Peran::Dinilai => {}
            });
        }
    };
    let kode = peran.kode();

    view! {
        <section class="skp-pihak__blok kartu" id=format!("blok-{kode}") aria-labelledby=format!("blok-{kode}-judul")>
            <h3 class="skp-pihak__judul" id=format!("blok-{kode}-judul")>{judul}</h3>
            {isi}
            {(peran == Peran::Penilai).then(|| view! { <TautanSkpPenilai k=k/> })}
            <Show when=bisa_ubah>
                <details class="skp-pihak__ganti">
                    <summary id=format!("ganti-{kode}")>{tx.f(|t| t.ganti)}</summary>
                    <div class="medan">
                        <label for=format!("cari-{kode}")>{tx.f(|t| t.cari_pegawai)}</label>
                        <input type="search" id=format!("cari-{kode}") autocomplete="off"
                            prop:value=move || cari.get() on:input=move |ev| cari.set(event_target_value(&ev))/>
                    </div>
                    <div class="medan">
                        <label for=format!("pilih-{kode}")>{tx.f(|t| t.pilih_pegawai)}</label>
                        <select id=format!("pilih-{kode}") prop:value="" on:change=move |ev| pilih(event_target_value(&ev))>
                            <option value="">{tx.f(|t| t.pilih_kosong)}</option>
                            {move || pilihan().into_iter().map(|(_, nama, id, jab)| view! {
                                <option value=id>{if jab.is_empty() { nama } else { format!("{nama} — {jab}") }}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="aksi">
                        <button type="button" class="tombol tombol--kecil" id=format!("luar-{kode}")
                            on:click=move |_| k.ubah(|s| {
                                let c = peran.baca(s).cloned().unwrap_or_default();
                                peran.tulis(s, Some(Cuplikan { pegawai: None, jenis_jabatan: None, unit_kerja: None, ..c }));
                            })>
                            {tx.f(|t| t.isi_sendiri)}
                        </button>
                        <button type="button" class="tombol tombol--kecil" id=format!("usul-{kode}") on:click=move |_| usulkan()>
                            {tx.f(|t| t.usulkan_ulang)}
                        </button>
                        <button type="button" class="tombol tombol--kecil tombol--teks" id=format!("kosongkan-{kode}")
                            on:click=move |_| k.ubah(|s| peran.tulis(s, None))>
                            {tx.f(|t| t.kosongkan)}
                        </button>
                    </div>
                </details>
            </Show>
        </section>
    }
    .into_any()
}

/// Under the penilai: a link to their SKP of the same year, or a button to create it (their
/// RHK are what this SKP's RHK intervene).
#[component]
fn TautanSkpPenilai(k: Kerja) -> impl IntoView {
    let data = use_data();
    let tx = k.tx;
    let keadaan = move || {
        k.draf.with(|s| {
            data.data.with(|d| match skp_pimpinan(s, &d.skp) {
                SumberRhkPimpinan::Ada(p) => Some(Ok(p.id.clone())),
                SumberRhkPimpinan::BelumAdaSkp => s.penilai.as_ref().and_then(|c| c.pegawai.clone()).map(Err),
                _ => None,
            })
        })
    };
    let tahun = move || k.draf.with(|s| s.tahun);
    let buat = move |penilai: Id| {
        let tahun = k.draf.with_untracked(|s| s.tahun);
        let mut baru = None;
        data.ubah(|d| {
            let Some(p) = d.cari_pegawai(&penilai) else {
                return Vec::new();
            };
            let s = Skp::baru(id_baru(), p, tahun, &d.pegawai, &d.unit_kerja, sekarang());
            baru = Some(s.id.clone());
            vec![d.simpan_skp(s)]
        });
        if let Some(id) = baru {
            navigasi(&Route::Skp(id));
        }
    };
    move || {
        match keadaan() {
        Some(Ok(id)) => view! {
            <p><a id="skp-penilai" href=Route::Skp(id).href()>{move || (tx.get().skp_penilai)(tahun())}</a></p>
        }
        .into_any(),
        Some(Err(penilai)) => view! {
            <p class="petunjuk">{move || (tx.get().penilai_tanpa_skp)(tahun())}</p>
            <button type="button" class="tombol tombol--kecil" id="buat-skp-penilai" on:click=move |_| buat(penilai.clone())>
                {tx.f(|t| t.buat_skp_penilai)}
            </button>
        }
        .into_any(),
        None => ().into_any(),
    }
    }
}

// ---------------------------------------------------------------------------------------------
// Perilaku kerja, lampiran, evaluation periods, amendment history
// ---------------------------------------------------------------------------------------------

/// The seven BerAKHLAK values, their three panduan perilaku, and the leader's expectation.
#[component]
fn Perilaku(k: Kerja) -> impl IntoView {
    let tx = k.tx;
    view! {
        <section class="skp__bagian" aria-labelledby="skp-perilaku-judul">
            <h2 id="skp-perilaku-judul">{tx.f(|t| t.perilaku_kerja)}</h2>
            <p class="petunjuk">{tx.f(|t| t.perilaku_pengantar)}</p>
            <ol class="skp-perilaku">
                {NilaiBerakhlak::SEMUA.into_iter().enumerate().map(|(i, n)| {
                    let u = n.uraian();
                    view! {
                        <li class="skp-perilaku__nilai">
                            <div class="skp-perilaku__uraian">
                                <h3 class="skp-perilaku__nama">{tx.dwi(u.nama, u.nama_en)}</h3>
                                <ul class="skp-perilaku__panduan">
                                    {(0..3).map(|j| view! { <li>{tx.dwi(u.panduan_id[j], u.panduan_en[j])}</li> }).collect_view()}
                                </ul>
                            </div>
                            {medan(
                                k,
                                format!("ekspektasi-{}", i + 1),
                                move || format!("{} — {}", tx.get().ekspektasi, if tx.en() { u.nama_en } else { u.nama }),
                                Bentuk::Area,
                                move |s| s.perilaku.iter().find(|e| e.nilai == n).map(|e| e.ekspektasi_khusus.clone()).unwrap_or_default(),
                                move |s, v| match s.perilaku.iter_mut().find(|e| e.nilai == n) {
                                    Some(e) => e.ekspektasi_khusus = v,
                                    None => s.perilaku.push(crate::domain::skp::EkspektasiPerilaku { nilai: n, ekspektasi_khusus: v }),
                                },
                            )}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Lampiran: three lists, one item per line, with the UNCONFIRMED note.
#[component]
fn Lampiran(k: Kerja) -> impl IntoView {
    let tx = k.tx;
    type Bagian = fn(&mut crate::domain::skp::Lampiran) -> &mut Vec<String>;
    let bagian: [(Label, &'static str, Bagian); 3] = [
        (|t| t.dukungan, "dukungan", |l| &mut l.dukungan_sumber_daya),
        (|t| t.skema, "skema", |l| &mut l.skema_pertanggungjawaban),
        (|t| t.konsekuensi, "konsekuensi", |l| &mut l.konsekuensi),
    ];
    view! {
        <section class="skp__bagian" aria-labelledby="skp-lampiran-judul">
            <h2 id="skp-lampiran-judul">{tx.f(|t| t.lampiran)}</h2>
            <p class="peringatan" id="lampiran-belum-pasti">{tx.f(|t| t.lampiran_belum_pasti)}</p>
            <p class="petunjuk">{tx.f(|t| t.satu_per_baris)}</p>
            <div class="skp-lampiran">
                {bagian.map(|(label, kode, ambil)| medan(
                    k,
                    format!("lampiran-{kode}"),
                    move || label(tx.get()).to_string(),
                    Bentuk::AreaSaatUbah,
                    move |s| { let mut l = s.lampiran.clone(); ambil(&mut l).join("\n") },
                    move |s, v| *ambil(&mut s.lampiran) = baris_teks(&v),
                )).collect_view()}
            </div>
        </section>
    }
}

/// Links to the evaluation of each period of the SKP's year.
#[component]
fn Evaluasi(id: Id) -> impl IntoView {
    let data = use_data();
    let tx = t();
    let periode = move || data.data.with(|d| periode_tahun(d.pengaturan.instansi.periode_evaluasi));
    let frekuensi = move || {
        data.data.with(|d| {
            let f = d.pengaturan.instansi.periode_evaluasi;
            if tx.en() {
                f.label_en()
            } else {
                f.label_id()
            }
        })
    };
    view! {
        <section class="skp__bagian" aria-labelledby="skp-evaluasi-judul">
            <h2 id="skp-evaluasi-judul">{tx.f(|t| t.evaluasi)}</h2>
            <p class="petunjuk">{tx.f(|t| t.evaluasi_pengantar)}" "{frekuensi}"."</p>
            <ul class="skp-evaluasi" id="periode-evaluasi">
                {move || periode().into_iter().map(|p| {
                    let href = Route::Evaluasi(id.clone(), p).href();
                    view! { <li><a class="tombol tombol--kecil" href=href>{move || if tx.en() { p.label_en() } else { p.label_id() }}</a></li> }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The amendments after approval: date, reason, what changed.
#[component]
fn Riwayat(k: Kerja) -> impl IntoView {
    let tx = k.tx;
    let perubahan = move || k.dasar.with(|s| s.perubahan.clone());
    view! {
        <section class="skp__bagian" aria-labelledby="skp-riwayat-judul">
            <h2 id="skp-riwayat-judul">{tx.f(|t| t.riwayat)}</h2>
            <Show when=move || !perubahan().is_empty() fallback=move || view! { <p class="petunjuk">{tx.f(|t| t.riwayat_kosong)}</p> }>
                <div class="tabel-gulir">
                    <table class="tabel" id="riwayat-perubahan">
                        <caption class="sr-only">{tx.f(|t| t.riwayat)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tx.f(|t| t.tanggal)}</th>
                                <th scope="col">{tx.f(|t| t.alasan)}</th>
                                <th scope="col">{tx.f(|t| t.yang_berubah)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || perubahan().into_iter().rev().map(|p| view! {
                                <tr>
                                    <td class="angka">{move || tx.tanggal(p.tanggal)}</td>
                                    <td>{p.alasan.clone()}</td>
                                    <td><ul class="daftar-ringkas">{p.ringkasan.into_iter().map(|r| view! {
                                        <li>{move || if tx.en() { crate::domain::skp::ringkasan_en(&r) } else { r.clone() }}</li>
                                    }).collect_view()}</ul></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
