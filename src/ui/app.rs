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

/// The page for the current route.
#[component]
fn Halaman() -> impl IntoView {
    let rute = use_rute();
    move || match rute.get() {
        Route::Beranda => view! { <pages::Beranda/> }.into_any(),
        Route::DaftarPegawai => view! { <pages::DaftarPegawai/> }.into_any(),
        Route::PegawaiBaru => view! { <pages::FormulirPegawai id=None/> }.into_any(),
        Route::UbahPegawai(id) => view! { <pages::FormulirPegawai id=Some(id)/> }.into_any(),
        Route::DetailPegawai(id) => view! { <pages::DetailPegawai id=id/> }.into_any(),
        Route::UnitKerja => view! { <pages::HalamanUnitKerja/> }.into_any(),
        Route::Duk => view! { <pages::HalamanDuk/> }.into_any(),
        Route::Aturan => view! { <pages::HalamanAturan/> }.into_any(),
        Route::Data => view! { <pages::HalamanBerbagiData/> }.into_any(),
        Route::Kinerja => view! { <pages::HalamanKinerja/> }.into_any(),
        Route::Skp(id) => view! { <pages::HalamanSkp id=id/> }.into_any(),
        Route::CetakSkp(id) => view! { <pages::CetakSkp id=id/> }.into_any(),
        Route::Evaluasi(id, periode) => view! { <pages::HalamanEvaluasi id=id periode=periode/> }.into_any(),
        Route::CetakEvaluasi(id, periode) => view! { <pages::CetakEvaluasi id=id periode=periode/> }.into_any(),
        Route::Distribusi => view! { <pages::HalamanDistribusi/> }.into_any(),
        Route::Masyarakat => view! { <pages::HalamanMasyarakat/> }.into_any(),
        Route::TidakDitemukan(_) => view! { <pages::TidakDitemukan/> }.into_any(),
    }
}
