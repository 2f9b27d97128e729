//! The few things the UI asks the browser directly: the clock, randomness, the title, print.

use crate::domain::id::Id;
use crate::domain::tanggal::{Stempel, Tanggal};

/// Today in the user's local time zone.
pub fn hari_ini() -> Tanggal {
    let d = js_sys::Date::new_0();
    Tanggal::new(d.get_full_year() as i32, d.get_month() as u8 + 1, d.get_date() as u8)
        .unwrap_or_else(|| Stempel(js_sys::Date::now() as i64).tanggal_utc())
}

pub fn sekarang() -> Stempel {
    Stempel(js_sys::Date::now() as i64)
}

/// A fresh UUID v4 from `crypto.getRandomValues` (available on plain-http intranet hosts too,
/// unlike `crypto.randomUUID`).
pub fn id_baru() -> Id {
    let mut b = [0u8; 16];
    let ok = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut b).is_ok())
        .unwrap_or(false);
    if !ok {
        // No Web Crypto: fall back to Math.random, still unique enough for local records.
        for x in b.iter_mut() {
            *x = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    Id::dari_byte_acak(b)
}

pub fn set_judul(judul: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(&format!("{judul} — Jenjang"));
    }
}

pub fn cetak() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The local time `HH.MM` of a timestamp (Indonesian uses a dot).
pub fn jam(s: Stempel) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(s.0 as f64));
    format!("{:02}.{:02}", d.get_hours(), d.get_minutes())
}

/// Offers `isi` as a file download named `nama` (a Blob behind a temporary object URL).
pub fn unduh(nama: &str, isi: &str, mime: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let galat = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let bagian = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(isi));
    let opsi = web_sys::BlobPropertyBag::new();
    opsi.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&bagian, &opsi).map_err(galat)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(galat)?;
    let dokumen = web_sys::window().and_then(|w| w.document()).ok_or("tidak ada dokumen")?;
    let a: web_sys::HtmlAnchorElement = dokumen.create_element("a").map_err(galat)?.unchecked_into();
    a.set_href(&url);
    a.set_download(nama);
    a.click();
    // The click has handed the Blob to the download; the URL can go.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The bytes of a file the user chose or dropped. The browser starts reading when this is
/// called, not when the result is awaited: call it before updating the page, so that the
/// file is read while the page redraws.
pub fn baca_file(file: &web_sys::File) -> impl std::future::Future<Output = Result<Vec<u8>, String>> {
    let janji = wasm_bindgen_futures::JsFuture::from(file.array_buffer());
    async move {
        let buffer = janji.await.map_err(|e| e.as_string().unwrap_or_else(|| format!("{e:?}")))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }
}

/// The user's UTC offset in minutes (positive east of Greenwich: WIB is +420).
pub fn offset_menit() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Asks the browser to keep this site's storage even when the disk runs low
/// (`navigator.storage.persist()`). `Some(true)` when it is (now) persistent, `Some(false)` when
/// the browser declined, `None` when the browser has no such API.
pub async fn minta_penyimpanan_persisten() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let sudah = wasm_bindgen_futures::JsFuture::from(storage.persisted().ok()?).await.ok()?.as_bool()?;
    if sudah {
        return Some(true);
    }
    wasm_bindgen_futures::JsFuture::from(storage.persist().ok()?).await.ok()?.as_bool()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    fn performance_mark(nama: &str);
}

/// A User Timing mark (`performance.mark`): the stages of a long task show on the browser's
/// performance timeline, and `scripts/bench` reads them to say where an import's time goes.
pub fn tanda_waktu(nama: &str) {
    performance_mark(nama);
}
