//! The interface language: Bahasa Indonesia by default, English on request, remembered.

use crate::ui::teks::{teks, Bahasa, Teks};
use gloo_storage::Storage as _;
use leptos::prelude::*;

const KUNCI_BAHASA: &str = "jenjang.bahasa";

#[derive(Clone, Copy)]
pub struct BahasaContext(pub RwSignal<Bahasa>);

fn storage_ada() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

/// Reads the remembered language and keeps `<html lang>` and storage in step with it.
pub fn provide_bahasa() {
    let awal = if storage_ada() {
        match gloo_storage::LocalStorage::get::<String>(KUNCI_BAHASA).ok().as_deref() {
            Some("en") => Bahasa::En,
            _ => Bahasa::Id,
        }
    } else {
        Bahasa::Id
    };
    let bahasa = RwSignal::new(awal);
    Effect::new(move |_| {
        let b = bahasa.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", b.kode());
        }
        if storage_ada() {
            // A failed write of this small setting only means it is not remembered.
            let _ = gloo_storage::LocalStorage::set(KUNCI_BAHASA, b.kode());
        }
    });
    provide_context(BahasaContext(bahasa));
}

pub fn use_bahasa() -> RwSignal<Bahasa> {
    expect_context::<BahasaContext>().0
}

/// The texts of the current language, reactive.
pub fn use_teks() -> Signal<&'static Teks> {
    let b = use_bahasa();
    Signal::derive(move || teks(b.get()))
}

// Reactive text helpers. Each returns one closure type whatever text it shows, so the view
// code behind it is compiled once instead of once per label: with a few hundred labels this
// is the difference between a bundle over and under the size budget.

/// A text of the current language: `{tx(|t| t.simpan)}`.
pub fn tx(f: fn(&'static Teks) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let t = use_teks();
    move || f(t.get())
}

/// A page's own typed texts by language (`struct T` with `const ID: T` and `const EN: T` in the
/// page file): `let t = teks_halaman(&ID, &EN);` then `t().judul`.
pub fn teks_halaman<T: Sync + 'static>(
    id: &'static T,
    en: &'static T,
) -> impl Fn() -> &'static T + Copy + Send + Sync + 'static {
    let b = use_bahasa();
    move || if b.get() == Bahasa::En { en } else { id }
}

/// One of two given texts by language: `{dwibahasa(j.label_id(), j.label_en())}`.
pub fn dwibahasa(id: &'static str, en: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let b = use_bahasa();
    move || if b.get() == Bahasa::En { en } else { id }
}

/// A date in the current language (`22 November 2026`).
pub fn tanggal_tx(t: crate::domain::tanggal::Tanggal) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let b = use_bahasa();
    move || if b.get() == Bahasa::En { t.format_panjang_en() } else { t.format_panjang() }
}
