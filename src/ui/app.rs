//! The app shell: skip link, header with navigation, language toggle and save status, and the
//! page of the current route.

use crate::ui::components::{PengingatCadangan, StatusSimpanan};
use crate::ui::pages;
use crate::ui::providers::{
    provide_bahasa, provide_data, provide_pengingat, provide_rute, tx, use_bahasa, use_rute, use_teks,
};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// Root component: provides every context, then lays out the shell.
#[component]
pub fn App() -> impl IntoView {
    provide_bahasa();
    provide_rute();
    provide_data();
    provide_pengingat();
    view! {
        // The skip link must not change the hash: the hash is the route, and `#utama` is none.
        <a class="lompat" href="#utama" on:click=lewati_ke_konten>{move || use_teks().get().lewati_ke_konten}</a>
        <Kepala/>
        <main id="utama" class="utama" tabindex="-1">
            <PengingatCadangan/>
            <Halaman/>
        </main>
        <footer class="kaki">
            <p>{move || use_teks().get().kaki}</p>
        </footer>
        <crate::ui::components::VersiBaru/>
    }
}

/// Moves focus to the main content without touching the location hash (the router's).
fn lewati_ke_konten(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(el) = document().get_element_by_id("utama") {
        use wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Header: brand, main navigation, save status, language switch.
#[component]
fn Kepala() -> impl IntoView {
    let t = use_teks();
    let rute = use_rute();
    let bahasa = use_bahasa();
    let tautan = move |bagian: &'static str, href: &'static str, label: fn(&crate::ui::teks::Teks) -> &'static str| {
        view! {
            <li>
                <a
                    class="navigasi__tautan"
                    href=href
                    aria-current=move || (rute.get().bagian() == bagian).then_some("page")
                >
                    {move || label(t.get())}
                </a>
            </li>
        }
    };
    view! {
        <header class="kepala">
            <a class="kepala__merek" href="#/">
                <span class="kepala__logo" aria-hidden="true">"J"</span>
                "Jenjang"
            </a>
            <nav class="navigasi" aria-label=tx(|t| t.navigasi_utama)>
                <ul class="navigasi__daftar">
                    {tautan("beranda", "#/", |t| t.nav_beranda)}
                    {tautan("pegawai", "#/pegawai", |t| t.nav_pegawai)}
                    {tautan("unit", "#/unit", |t| t.nav_unit)}
                    {tautan("duk", "#/duk", |t| t.nav_duk)}
                    {tautan("kinerja", "#/kinerja", |t| t.nav_kinerja)}
                    {tautan("data", "#/data", |t| t.nav_data)}
                    {tautan("aturan", "#/aturan", |t| t.nav_aturan)}
                </ul>
            </nav>
            <div class="kepala__alat">
                <StatusSimpanan/>
                <button
                    type="button"
                    class="tombol tombol--kecil"
                    id="ganti-bahasa"
                    on:click=move |_| bahasa.update(|b| *b = b.lain())
                    aria-label=tx(|t| t.ganti_bahasa_label)
                >
                    {move || if bahasa.get() == Bahasa::Id { "English" } else { "Bahasa Indonesia" }}
                </button>
            </div>
        </header>
    }
}

/// The page for the current route. The pages a session rarely starts with come from wasm
/// chunks of their own in the release build (see `lazy` below); the home page, the pegawai
/// list and the data load/save path stay in the main module.
#[component]
fn Halaman() -> impl IntoView {
    let rute = use_rute();
    move || match rute.get() {
        Route::Beranda => view! { <pages::Beranda/> }.into_any(),
        Route::DaftarPegawai => view! { <pages::DaftarPegawai/> }.into_any(),
        Route::PegawaiBaru => lazy::formulir_pegawai(None),
        Route::UbahPegawai(id) => lazy::formulir_pegawai(Some(id)),
        Route::DetailPegawai(id) => lazy::detail_pegawai(id),
        Route::UnitKerja => lazy::unit_kerja(()),
        Route::Duk => lazy::duk(()),
        Route::Aturan => lazy::aturan(()),
        Route::Data => lazy::berbagi_data(()),
        Route::Kinerja => lazy::kinerja(()),
        Route::Skp(id) => lazy::skp(id),
        Route::CetakSkp(id) => lazy::cetak_skp(id),
        Route::Evaluasi(id, periode) => lazy::evaluasi((id, periode)),
        Route::CetakEvaluasi(id, periode) => lazy::cetak_evaluasi((id, periode)),
        Route::Distribusi => lazy::distribusi(()),
        Route::Masyarakat => lazy::masyarakat(()),
        Route::TidakDitemukan(_) => view! { <pages::TidakDitemukan/> }.into_any(),
    }
}

/// The lazy pages and their chunks: the kinerja pages share one (opening one of them usually
/// leads to the others, and one split per page made ~200 small files where this makes ~40);
/// code used by several chunks goes into shared chunks, which the splitter makes itself.
mod lazy {
    use crate::domain::id::Id;
    use crate::domain::periode::Periode;
    use crate::ui::components::lazy_page;
    use crate::ui::pages;
    use leptos::prelude::*;

    lazy_page!(
        /// Add or edit a pegawai.
        pub fn formulir_pegawai(id: Option<Id>) in formulir_pegawai => view! { <pages::FormulirPegawai id=id/> }
    );
    lazy_page!(
        /// One pegawai: identity, histories, predikat history (16 KB brotli off the first load).
        pub fn detail_pegawai(id: Id) in detail_pegawai => view! { <pages::DetailPegawai id=id/> }
    );
    lazy_page!(
        /// The unit kerja tree.
        pub fn unit_kerja(_x: ()) in unit_kerja => view! { <pages::HalamanUnitKerja/> }
    );
    lazy_page!(
        /// Daftar Urut Kepangkatan.
        pub fn duk(_x: ()) in duk => view! { <pages::HalamanDuk/> }
    );
    lazy_page!(
        /// The rules as data, the instansi and the kinerja settings.
        pub fn aturan(_x: ()) in aturan => view! { <pages::HalamanAturan/> }
    );
    lazy_page!(
        /// Export, import (exchange files and CSV), backups.
        pub fn berbagi_data(_x: ()) in berbagi_data => view! { <pages::HalamanBerbagiData/> }
    );
    lazy_page!(
        /// SKP per pegawai and year.
        pub fn kinerja(_x: ()) in kinerja => view! { <pages::HalamanKinerja/> }
    );
    lazy_page!(
        /// One SKP.
        pub fn skp(id: Id) in kinerja => view! { <pages::HalamanSkp id=id/> }
    );
    lazy_page!(
        /// One SKP, printable.
        pub fn cetak_skp(id: Id) in kinerja => view! { <pages::CetakSkp id=id/> }
    );
    lazy_page!(
        /// The evaluation of an SKP in a period.
        pub fn evaluasi(x: (Id, Periode)) in kinerja => view! { <pages::HalamanEvaluasi id=x.0 periode=x.1/> }
    );
    lazy_page!(
        /// The evaluation document, printable.
        pub fn cetak_evaluasi(x: (Id, Periode)) in kinerja => view! { <pages::CetakEvaluasi id=x.0 periode=x.1/> }
    );
    lazy_page!(
        /// Predikat distribution per unit.
        pub fn distribusi(_x: ()) in kinerja => view! { <pages::HalamanDistribusi/> }
    );
    lazy_page!(
        /// Community feedback.
        pub fn masyarakat(_x: ()) in kinerja => view! { <pages::HalamanMasyarakat/> }
    );
}
