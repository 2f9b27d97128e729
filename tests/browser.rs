//! Browser tests in headless Chromium (wasm-bindgen-test-runner): the storage backend against
//! the real localStorage, a real quota failure, and the app mounted in a page.
#![cfg(target_arch = "wasm32")]

use jenjang::store::browser::PenyimpananLokal;
use jenjang::store::dataset::Koleksi;
use jenjang::store::penyimpanan::{kunci_koleksi, muat, simpan, GalatPenyimpanan, Penyimpanan};
use wasm_bindgen_test::*;

mod dukungan_browser;
use dukungan_browser::dataset;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn dataset_round_trips_through_real_local_storage() {
    storage().clear().unwrap();
    let d = dataset(25, 10);
    simpan(&PenyimpananLokal, &d, &Koleksi::SEMUA).unwrap();
    // What is in localStorage is the JSON the store wrote, under its own key.
    let mentah = storage().get_item(&kunci_koleksi(Koleksi::UnitKerja)).unwrap().unwrap();
    assert!(mentah.starts_with('[') && mentah.contains("Unit 24"));
    assert_eq!(muat(&PenyimpananLokal).unwrap(), d);
    storage().clear().unwrap();
}

/// Fills localStorage with filler keys until the browser refuses, halving the chunk each time.
fn isi_sampai_penuh() -> Vec<String> {
    let s = storage();
    let mut kunci = Vec::new();
    let mut ukuran = 1 << 20;
    let mut i = 0;
    while ukuran >= 16 {
        let k = format!("pengisi.{i}");
        match s.set_item(&k, &"a".repeat(ukuran)) {
            Ok(()) => {
                kunci.push(k);
                i += 1;
            }
            Err(_) => ukuran /= 2,
        }
    }
    kunci
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_leaves_stored_data_unchanged() {
    storage().clear().unwrap();
    let kecil = dataset(3, 5);
    simpan(&PenyimpananLokal, &kecil, &Koleksi::SEMUA).unwrap();
    let pengisi = isi_sampai_penuh();
    assert!(!pengisi.is_empty());
    let sebelum = storage().get_item(&kunci_koleksi(Koleksi::UnitKerja)).unwrap();

    // A much bigger version of the same collection cannot fit.
    let besar = dataset(200, 200);
    let hasil = simpan(&PenyimpananLokal, &besar, &[Koleksi::UnitKerja]);
    assert_eq!(hasil, Err(GalatPenyimpanan::Penuh));
    assert!(GalatPenyimpanan::Penuh.pesan_id().contains("penuh"));
    assert_eq!(storage().get_item(&kunci_koleksi(Koleksi::UnitKerja)).unwrap(), sebelum);

    for k in pengisi {
        storage().remove_item(&k).unwrap();
    }
    assert_eq!(muat(&PenyimpananLokal).unwrap(), kecil);
    // After space is freed the same save goes through.
    simpan(&PenyimpananLokal, &besar, &[Koleksi::UnitKerja]).unwrap();
    assert_eq!(muat(&PenyimpananLokal).unwrap().unit_kerja.len(), 200);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn backend_reads_missing_keys_as_none() {
    storage().clear().unwrap();
    assert_eq!(PenyimpananLokal.baca("jenjang.tidak-ada").unwrap(), None);
    PenyimpananLokal.tulis("jenjang.uji", "1").unwrap();
    PenyimpananLokal.hapus("jenjang.uji").unwrap();
    assert_eq!(PenyimpananLokal.baca("jenjang.uji").unwrap(), None);
}

#[wasm_bindgen_test]
async fn the_app_mounts_in_indonesian_with_navigation() {
    storage().clear().unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let wadah = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&wadah).unwrap();
    use wasm_bindgen::JsCast;
    let handle = leptos::mount::mount_to(wadah.clone().unchecked_into(), jenjang::ui::App);
    // Let effects run.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await.unwrap();
    let teks = wadah.text_content().unwrap_or_default();
    assert!(teks.contains("Pegawai") && teks.contains("Unit Kerja") && teks.contains("DUK"), "{teks}");
    assert!(wadah.query_selector("h1").unwrap().is_some());
    assert!(wadah.query_selector("#status-simpan[role=status]").unwrap().is_some());
    drop(handle);
}

// A lazy page (ui/components/lazy_page.rs) whose chunk fails to load, then loads on retry.
// wasm-bindgen-test-runner runs no splitter, so the chunk loader here is a stand-in with the
// same contract as wasm-split's: it calls back once per attempt with success or failure.

static CHUNK_ADA: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

unsafe extern "C" fn muat_chunk_palsu(selesai: leptos::wasm_split::rt::LoadCallbackFn, data: *const std::ffi::c_void) {
    let ada = CHUNK_ADA.load(std::sync::atomic::Ordering::SeqCst);
    unsafe { selesai(data, ada) };
}

static PEMUAT: leptos::wasm_split::rt::LazySplitLoader =
    unsafe { leptos::wasm_split::rt::LazySplitLoader::new(muat_chunk_palsu) };

async fn halaman_uji() -> Result<fn(()) -> leptos::prelude::AnyView, leptos::wasm_split::SplitLoaderError> {
    leptos::wasm_split::rt::ensure_loaded(std::pin::Pin::static_ref(&PEMUAT)).await?;
    Ok(|()| {
        use leptos::prelude::*;
        view! { <h1 id="halaman-uji">"Halaman dari chunk"</h1> }.into_any()
    })
}

/// Lets the browser run tasks and effects until `css` matches in `wadah` (or ~2 s pass).
async fn tunggu(wadah: &web_sys::Element, css: &str) -> bool {
    for _ in 0..100 {
        if wadah.query_selector(css).unwrap().is_some() {
            return true;
        }
        let jeda = js_sys::Promise::new(&mut |ok, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&ok, 20).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(jeda).await.unwrap();
    }
    false
}

#[wasm_bindgen_test]
async fn a_lazy_page_is_busy_then_says_its_chunk_failed_and_loads_on_retry() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    storage().clear().unwrap();
    CHUNK_ADA.store(false, std::sync::atomic::Ordering::SeqCst);
    let document = web_sys::window().unwrap().document().unwrap();
    let wadah = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&wadah).unwrap();
    let handle = leptos::mount::mount_to(wadah.clone().unchecked_into(), || {
        jenjang::ui::providers::provide_bahasa();
        view! { <jenjang::ui::components::LazyPage muat=halaman_uji arg=()/> }
    });
    // At once: the busy state.
    let sibuk = wadah.query_selector("[aria-busy=true] [role=status]").unwrap().expect("the busy state");
    assert_eq!(sibuk.text_content().unwrap(), "Memuat…");

    // The chunk fails: a message, not a panic (which would abort the app).
    assert!(tunggu(&wadah, "#halaman-gagal-dimuat").await, "{}", wadah.inner_html());
    assert!(wadah.query_selector("[aria-busy]").unwrap().is_none());
    let teks = wadah.text_content().unwrap();
    assert!(teks.contains("Halaman ini belum dapat dimuat") && teks.contains("Data Anda tidak berubah"), "{teks}");

    // The chunk is reachable again: "Coba lagi" loads the page (a failure is never cached).
    CHUNK_ADA.store(true, std::sync::atomic::Ordering::SeqCst);
    let tombol: web_sys::HtmlElement =
        wadah.query_selector("#halaman-gagal-dimuat button").unwrap().unwrap().unchecked_into();
    assert_eq!(tombol.text_content().unwrap(), "Coba lagi");
    tombol.click();
    assert!(tunggu(&wadah, "#halaman-uji").await, "{}", wadah.inner_html());
    assert!(wadah.query_selector("#halaman-gagal-dimuat").unwrap().is_none());
    drop(handle);
    wadah.remove();
}
