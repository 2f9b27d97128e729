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

/// Where this tab's data lives: IndexedDB once it has moved there (`super::idb`), else
/// localStorage. Every part of the app reads and writes through this one handle.
#[derive(Clone, Copy, Debug, Default)]
pub struct PenyimpananPeramban;

impl PenyimpananPeramban {
    fn aktif(&self) -> &'static dyn Penyimpanan {
        if super::idb::aktif() {
            &super::idb::PenyimpananIdb
        } else {
            &PenyimpananLokal
        }
    }
}

impl Penyimpanan for PenyimpananPeramban {
    fn baca(&self, kunci: &str) -> Result<Option<String>, GalatPenyimpanan> {
        self.aktif().baca(kunci)
    }
    fn tulis(&self, kunci: &str, nilai: &str) -> Result<(), GalatPenyimpanan> {
        self.aktif().tulis(kunci, nilai)
    }
    fn hapus(&self, kunci: &str) -> Result<(), GalatPenyimpanan> {
        self.aktif().hapus(kunci)
    }
    fn panjang(&self, kunci: &str) -> Result<Option<usize>, GalatPenyimpanan> {
        self.aktif().panjang(kunci)
    }
    fn ukuran_semua(&self) -> Result<usize, GalatPenyimpanan> {
        self.aktif().ukuran_semua()
    }
    fn uji_tulis(&self, kunci: &str, panjang: usize) -> Result<(), GalatPenyimpanan> {
        self.aktif().uji_tulis(kunci, panjang)
    }
    fn ruang_bebas(&self) -> Option<u64> {
        self.aktif().ruang_bebas()
    }
}

/// The localStorage keys that move to IndexedDB with the data: the collections, the meta
/// record and the automatic backups with their index.
pub fn kunci_data_lokal() -> Vec<String> {
    let Ok(storage) = PenyimpananLokal.storage() else { return Vec::new() };
    let n = storage.length().unwrap_or(0);
    let data = format!("{}data.", super::penyimpanan::AWALAN_KUNCI);
    let cadangan = format!("{}cadangan.", super::penyimpanan::AWALAN_KUNCI);
    (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&data) || k.starts_with(&cadangan))
        .collect()
}

/// A marker in localStorage, written once the data has moved to IndexedDB: other tabs still
/// on localStorage see it (`storage` event) and reload onto IndexedDB.
pub const KUNCI_PINDAH: &str = "jenjang.penyimpanan";

/// Moves the data from localStorage to IndexedDB (see `idb::pindah_dari`). `Ok(false)`: this
/// browser has no IndexedDB, so the data stays where it is.
pub async fn pindah_ke_idb() -> Result<bool, GalatPenyimpanan> {
    let kunci = kunci_data_lokal();
    let pindah = super::idb::pindah_dari(&PenyimpananLokal, kunci.clone()).await?;
    if pindah {
        // The marker first, so other tabs reload onto IndexedDB rather than read an emptied
        // localStorage; then the copies go.
        let ditandai = PenyimpananLokal.tulis(KUNCI_PINDAH, "indexeddb").is_ok();
        for k in &kunci {
            let _ = PenyimpananLokal.hapus(k);
        }
        if !ditandai {
            // localStorage was full to the last byte: there is room now.
            let _ = PenyimpananLokal.tulis(KUNCI_PINDAH, "indexeddb");
        }
    }
    Ok(pindah)
}

thread_local! {
    /// Set at start-up when the data lives in IndexedDB but could not be read: the app must then
    /// neither show nor write anything else (localStorage no longer holds the data).
    static GALAT_AWAL: std::cell::RefCell<Option<GalatPenyimpanan>> = const { std::cell::RefCell::new(None) };
}

/// The start-up failure, if any (see [`siapkan`]).
pub fn galat_awal() -> Option<GalatPenyimpanan> {
    GALAT_AWAL.with(|g| g.borrow().clone())
}

/// Before the app mounts: opens IndexedDB and works on it when the data lives there. A move to
/// IndexedDB interrupted after its commit leaves the same data in localStorage too: IndexedDB is
/// the one that counts, the copy goes. When the marker says the data moved but IndexedDB cannot
/// be read, the app is told (`galat_awal`) instead of starting empty on localStorage.
pub async fn siapkan() {
    match super::idb::mulai().await {
        Ok(true) => {
            for kunci in kunci_data_lokal() {
                let _ = PenyimpananLokal.hapus(&kunci);
            }
            let _ = PenyimpananLokal.tulis(KUNCI_PINDAH, "indexeddb");
        }
        Ok(false) => {
            if PenyimpananLokal.baca(KUNCI_PINDAH).ok().flatten().is_some() && kunci_data_lokal().is_empty() {
                // The database is gone (cleared by the user or the browser): nothing to protect.
                let _ = PenyimpananLokal.hapus(KUNCI_PINDAH);
            }
        }
        Err(e) => {
            if PenyimpananLokal.baca(KUNCI_PINDAH).ok().flatten().is_some() {
                GALAT_AWAL.with(|g| *g.borrow_mut() = Some(e));
            }
        }
    }
}
