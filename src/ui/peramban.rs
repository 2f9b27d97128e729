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
