//! The service worker's registration and the "new version available" banner.
//!
//! On load (http/https only) the app registers `sw.js` (made by the build: static/sw.js plus
//! its precache list from scripts/pasca-build.py) and asks it to check for an update — the one
//! network request the app makes by itself. When a new build has been installed and is
//! waiting, a banner offers it; its button tells the waiting worker to take over
//! (`postMessage("skipWaiting")`) and reloads the page once it controls it. Every failure is
//! logged to the console and otherwise ignored: the app works without a service worker.
//!
//! The few service-worker calls are bound here by hand (structural JS calls), so no extra
//! web-sys features are compiled for them.

use crate::ui::providers::use_teks;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `navigator.serviceWorker` (a `ServiceWorkerContainer`).
    #[derive(Clone)]
    type WadahPekerja;
    #[wasm_bindgen(method, getter)]
    fn controller(this: &WadahPekerja) -> Option<PekerjaLayanan>;
    #[wasm_bindgen(method)]
    fn register(this: &WadahPekerja, url: &str) -> js_sys::Promise;
    #[wasm_bindgen(method, setter)]
    fn set_oncontrollerchange(this: &WadahPekerja, f: &js_sys::Function);

    /// A `ServiceWorkerRegistration`.
    #[derive(Clone)]
    type Registrasi;
    #[wasm_bindgen(method, getter)]
    fn waiting(this: &Registrasi) -> Option<PekerjaLayanan>;
    #[wasm_bindgen(method, getter)]
    fn installing(this: &Registrasi) -> Option<PekerjaLayanan>;
    #[wasm_bindgen(method)]
    fn update(this: &Registrasi) -> js_sys::Promise;
    #[wasm_bindgen(method, setter)]
    fn set_onupdatefound(this: &Registrasi, f: &js_sys::Function);

    /// A `ServiceWorker`.
    #[derive(Clone)]
    type PekerjaLayanan;
    #[wasm_bindgen(method, getter)]
    fn state(this: &PekerjaLayanan) -> String;
    #[wasm_bindgen(method, js_name = postMessage)]
    fn post_message(this: &PekerjaLayanan, pesan: &JsValue);
    #[wasm_bindgen(method, setter)]
    fn set_onstatechange(this: &PekerjaLayanan, f: &js_sys::Function);
}

thread_local! {
    /// The installed new version waiting to take over, once there is one.
    static MENUNGGU: RefCell<Option<PekerjaLayanan>> = const { RefCell::new(None) };
}

/// The banner; render it once (in the app shell). Registers the service worker on mount.
#[component]
pub fn VersiBaru() -> impl IntoView {
    let t = use_teks();
    let tersedia = RwSignal::new(false);
    daftarkan(tersedia);
    view! {
        <div role="status" aria-live="polite">
            <Show when=move || tersedia.get()>
                <p class="versi-baru" id="versi-baru">
                    <span>{move || t.get().versi_baru}</span>
                    <button type="button" class="tombol tombol--kecil" id="muat-ulang-versi" on:click=move |_| pakai_versi_baru()>
                        {move || t.get().versi_baru_muat_ulang}
                    </button>
                </p>
            </Show>
        </div>
    }
}

/// `navigator.serviceWorker` on an http(s) page that has one.
fn wadah() -> Option<WadahPekerja> {
    let w = web_sys::window()?;
    let protokol = w.location().protocol().ok()?;
    if protokol != "http:" && protokol != "https:" {
        return None;
    }
    let navigator = js_sys::Reflect::get(&w, &JsValue::from_str("navigator")).ok()?;
    let sw = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!sw.is_undefined() && !sw.is_null()).then(|| sw.unchecked_into())
}

/// Whether a service worker controls this page (so an installed worker is a *new* version).
fn dikendalikan() -> bool {
    wadah().and_then(|sw| sw.controller()).is_some()
}

fn fungsi(f: impl FnMut() + 'static) -> js_sys::Function {
    Closure::<dyn FnMut()>::new(f).into_js_value().unchecked_into()
}

fn tawarkan(pekerja: PekerjaLayanan, tersedia: RwSignal<bool>) {
    MENUNGGU.with(|m| *m.borrow_mut() = Some(pekerja));
    tersedia.set(true);
}

/// Offers `pekerja` once it has installed, if it is an update (a controller exists).
fn awasi(pekerja: PekerjaLayanan, tersedia: RwSignal<bool>) {
    let p = pekerja.clone();
    pekerja.set_onstatechange(&fungsi(move || {
        if p.state() == "installed" && dikendalikan() {
            tawarkan(p.clone(), tersedia);
        }
    }));
}

fn daftarkan(tersedia: RwSignal<bool>) {
    let Some(sw) = wadah() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let reg: Registrasi = match JsFuture::from(sw.register("./sw.js")).await {
            Ok(r) => r.unchecked_into(),
            Err(e) => {
                leptos::logging::warn!("Jenjang: service worker not registered (no offline use): {e:?}");
                return;
            }
        };
        if let Some(w) = reg.waiting() {
            if sw.controller().is_some() {
                tawarkan(w, tersedia);
            }
        }
        if let Some(p) = reg.installing() {
            awasi(p, tersedia);
        }
        let r = reg.clone();
        reg.set_onupdatefound(&fungsi(move || {
            if let Some(p) = r.installing() {
                awasi(p, tersedia);
            }
        }));
        // The update check on load (first visit: the worker is only now installing).
        if sw.controller().is_some() {
            if let Err(e) = JsFuture::from(reg.update()).await {
                leptos::logging::warn!("Jenjang: update check failed (offline?): {e:?}");
            }
        }
    });
}

/// The banner's button: let the waiting version take over, then reload into it.
fn pakai_versi_baru() {
    let muat_ulang = || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    match (wadah(), MENUNGGU.with(|m| m.borrow_mut().take())) {
        (Some(sw), Some(pekerja)) => {
            sw.set_oncontrollerchange(&fungsi(muat_ulang));
            pekerja.post_message(&JsValue::from_str("skipWaiting"));
        }
        _ => muat_ulang(),
    }
}
