//! The browser's localStorage behind [`Penyimpanan`]. Uses gloo-storage's handle, but only
//! after asking web-sys whether storage exists at all: gloo's `LocalStorage::raw()` throws
//! when storage is disabled, and a disabled storage must be a message, not a crash.

use super::penyimpanan::{GalatPenyimpanan, Penyimpanan};
use gloo_storage::Storage as _;
use wasm_bindgen::{JsCast, JsValue};

/// localStorage of this origin.
#[derive(Clone, Copy, Debug, Default)]
pub struct PenyimpananLokal;

impl PenyimpananLokal {
    fn storage(&self) -> Result<web_sys::Storage, GalatPenyimpanan> {
        let window = web_sys::window().ok_or_else(|| GalatPenyimpanan::TidakTersedia("tidak ada window".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(gloo_storage::LocalStorage::raw()),
            Ok(None) => Err(GalatPenyimpanan::TidakTersedia("localStorage tidak ada".into())),
            Err(e) => Err(GalatPenyimpanan::TidakTersedia(nama_galat(&e))),
        }
    }
}

/// The length in UTF-16 code units of the value under `kunci`, without copying it into wasm.
fn panjang_js(storage: &web_sys::Storage, kunci: &JsValue) -> Result<Option<usize>, GalatPenyimpanan> {
    let get_item: js_sys::Function =
        js_sys::Reflect::get(storage, &JsValue::from_str("getItem")).map_err(terjemahkan)?.unchecked_into();
    let nilai = get_item.call1(storage, kunci).map_err(terjemahkan)?;
    Ok(nilai.dyn_ref::<js_sys::JsString>().map(|t| t.length() as usize))
}

/// The DOMException name (`QuotaExceededError`, `SecurityError`, …) or the value as text.
fn nama_galat(e: &JsValue) -> String {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return d.name();
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

fn terjemahkan(e: JsValue) -> GalatPenyimpanan {
    let nama = nama_galat(&e);
    // Chromium and Firefox name it QuotaExceededError; old Firefox used NS_ERROR_DOM_QUOTA_REACHED.
    if nama == "QuotaExceededError" || nama == "NS_ERROR_DOM_QUOTA_REACHED" {
        GalatPenyimpanan::Penuh
    } else if nama == "SecurityError" {
        GalatPenyimpanan::TidakTersedia(nama)
    } else {
        GalatPenyimpanan::Lain(nama)
    }
}

impl Penyimpanan for PenyimpananLokal {
    fn baca(&self, kunci: &str) -> Result<Option<String>, GalatPenyimpanan> {
        self.storage()?.get_item(kunci).map_err(terjemahkan)
    }
    fn tulis(&self, kunci: &str, nilai: &str) -> Result<(), GalatPenyimpanan> {
        self.storage()?.set_item(kunci, nilai).map_err(terjemahkan)
    }
    fn hapus(&self, kunci: &str) -> Result<(), GalatPenyimpanan> {
        self.storage()?.remove_item(kunci).map_err(terjemahkan)
    }
    /// `getItem(kunci).length`, asked of the JS string itself: measuring megabytes of stored
    /// data must not copy them into wasm memory first.
    fn panjang(&self, kunci: &str) -> Result<Option<usize>, GalatPenyimpanan> {
        let storage = self.storage()?;
        panjang_js(&storage, &JsValue::from_str(kunci))
    }
    /// Every key of the origin with its value's length, asked of the JS strings (well under a
    /// millisecond for megabytes of data).
    fn ukuran_semua(&self) -> Result<usize, GalatPenyimpanan> {
        let storage = self.storage()?;
        let mut byte = 0;
        for i in 0..storage.length().map_err(terjemahkan)? {
            if let Some(kunci) = storage.key(i).map_err(terjemahkan)? {
                let nilai = panjang_js(&storage, &JsValue::from_str(&kunci))?.unwrap_or(0);
                byte += (kunci.encode_utf16().count() + nilai) * 2;
            }
        }
        Ok(byte)
    }
    /// The test text is made by the browser (`"a".repeat(n)`), not copied over from wasm.
    fn uji_tulis(&self, kunci: &str, panjang: usize) -> Result<(), GalatPenyimpanan> {
        let storage = self.storage()?;
        let set_item: js_sys::Function =
            js_sys::Reflect::get(&storage, &JsValue::from_str("setItem")).map_err(terjemahkan)?.unchecked_into();
        // No browser gives localStorage anywhere near this much, and JS strings stop at 2^29.
        let Ok(n) = i32::try_from(panjang).map(|n| n.min(1 << 28)) else {
            return Err(GalatPenyimpanan::Penuh);
        };
        if n as usize != panjang {
            return Err(GalatPenyimpanan::Penuh);
        }
        let uji = js_sys::JsString::from("a").repeat(n);
        let hasil = set_item.call2(&storage, &JsValue::from_str(kunci), &uji).map(drop).map_err(terjemahkan);
        let _ = storage.remove_item(kunci);
        hasil
    }
}
