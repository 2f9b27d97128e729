//! Browser tests of the IndexedDB backend (`store::idb`) in headless Chromium: the move from
//! localStorage, commits that survive a fresh read, data far beyond localStorage's quota, and
//! another tab's newer data winning over a stale tab. A test binary of its own: the backend is
//! per page, and the other browser tests work on localStorage.
#![cfg(target_arch = "wasm32")]

use jenjang::domain::tanggal::Stempel;
use jenjang::store::browser::{pindah_ke_idb, PenyimpananLokal, PenyimpananPeramban, KUNCI_PINDAH};
use jenjang::store::cadangan;
use jenjang::store::dataset::Koleksi;
use jenjang::store::idb::{self, Kabar};
use jenjang::store::penyimpanan::{kunci_koleksi, muat, simpan, Penyimpanan};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

mod dukungan_browser;
use dukungan_browser::dataset;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function hapus_db() {
  return new Promise((ok) => { const r = indexedDB.deleteDatabase('jenjang'); r.onsuccess = r.onerror = r.onblocked = () => ok(); });
}
export function tab_lain_menulis(kunci, nilai) {
  return new Promise((ok, gagal) => {
    const r = indexedDB.open('jenjang', 1);
    r.onsuccess = () => {
      const db = r.result, tx = db.transaction('kv', 'readwrite'), s = tx.objectStore('kv');
      const g = s.get('jenjang.revisi');
      g.onsuccess = () => { s.put((g.result || 0) + 1, 'jenjang.revisi'); s.put(nilai, kunci); };
      tx.oncomplete = () => { db.close(); ok(); };
      tx.onabort = () => gagal(tx.error);
    };
    r.onerror = () => gagal(r.error);
  });
}
export function baca_db(kunci) {
  return new Promise((ok, gagal) => {
    const r = indexedDB.open('jenjang', 1);
    r.onsuccess = () => {
      const db = r.result, g = db.transaction('kv').objectStore('kv').get(kunci);
      g.onsuccess = () => { db.close(); ok(g.result === undefined ? null : g.result); };
      g.onerror = () => gagal(g.error);
    };
    r.onerror = () => gagal(r.error);
  });
}
"#)]
extern "C" {
    fn hapus_db() -> js_sys::Promise;
    fn tab_lain_menulis(kunci: &str, nilai: &str) -> js_sys::Promise;
    fn baca_db(kunci: &str) -> js_sys::Promise;
}

async fn tunggu(p: js_sys::Promise) -> JsValue {
    wasm_bindgen_futures::JsFuture::from(p).await.expect("promise")
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn kunci_jenjang_lokal() -> BTreeMap<String, String> {
    let s = storage();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("jenjang."))
        .map(|k| (k.clone(), s.get_item(&k).unwrap().unwrap()))
        .collect()
}

/// One test, in order: the backend is a per-page singleton.
#[wasm_bindgen_test]
async fn data_moves_to_indexeddb_commits_atomically_and_a_stale_tab_loses() {
    storage().clear().unwrap();
    tunggu(hapus_db()).await;

    // 1. Data in localStorage, nothing in IndexedDB: start-up stays on localStorage.
    let d = dataset(25, 10);
    simpan(&PenyimpananLokal, &d, &Koleksi::SEMUA).unwrap();
    cadangan::simpan(&PenyimpananLokal, "{\"salinan\":1}", Stempel(5), "uji").unwrap();
    assert!(!idb::mulai().await.unwrap());
    assert!(!idb::aktif());
    let sebelum = kunci_jenjang_lokal();
    assert!(sebelum.len() > 3);

    // 2. The move: the same texts (data and backups) behind the same boundary, localStorage
    // keeps only the marker.
    assert!(pindah_ke_idb().await.unwrap());
    assert!(idb::aktif());
    assert_eq!(
        kunci_jenjang_lokal().into_iter().collect::<Vec<_>>(),
        vec![(KUNCI_PINDAH.to_string(), "indexeddb".to_string())]
    );
    for (k, v) in &sebelum {
        assert_eq!(PenyimpananPeramban.baca(k).unwrap().as_ref(), Some(v), "{k} after the move");
        assert_eq!(tunggu(baca_db(k)).await.as_string().as_ref(), Some(v), "{k} in the database");
    }
    assert_eq!(muat(&PenyimpananPeramban).unwrap(), d);
    assert_eq!(cadangan::daftar(&PenyimpananPeramban).len(), 1);

    // 3. Far more than localStorage holds (~12 MB of JSON, 24 MB as browsers count): saved,
    // committed, and there after a fresh read of the database.
    let besar = dataset(40_000, 250);
    simpan(&PenyimpananPeramban, &besar, &Koleksi::SEMUA).unwrap();
    idb::tunggu_komit().await.unwrap();
    assert!(idb::mulai().await.unwrap(), "the database holds the data: start-up uses it");
    let dimuat = muat(&PenyimpananPeramban).unwrap();
    assert_eq!(dimuat.unit_kerja.len(), 40_000);
    assert_eq!(dimuat, besar);
    assert!(PenyimpananPeramban.ukuran_semua().unwrap() > 20_000_000);

    // 4. Another tab commits first: this tab's write is not stored, the other tab's data is
    // what this tab now reads, and the app is told.
    let kabar: Rc<RefCell<Vec<Kabar>>> = Rc::default();
    let k2 = kabar.clone();
    idb::set_pendengar(move |k| k2.borrow_mut().push(k));
    let kunci = kunci_koleksi(Koleksi::Pegawai);
    tunggu(tab_lain_menulis(&kunci, "[\"dari tab lain\"]")).await;
    PenyimpananPeramban.tulis(&kunci, "[\"basi\"]").unwrap();
    assert!(idb::tunggu_komit().await.is_err());
    assert_eq!(PenyimpananPeramban.baca(&kunci).unwrap().as_deref(), Some("[\"dari tab lain\"]"));
    assert_eq!(tunggu(baca_db(&kunci)).await.as_string().as_deref(), Some("[\"dari tab lain\"]"));
    assert!(kabar.borrow().contains(&Kabar::Konflik));

    // 5. Several writes in one turn are one transaction: all stored.
    PenyimpananPeramban.tulis(&kunci, "[1]").unwrap();
    PenyimpananPeramban.tulis(&kunci_koleksi(Koleksi::UnitKerja), "[2]").unwrap();
    PenyimpananPeramban.hapus(&kunci_koleksi(Koleksi::Skp)).unwrap();
    idb::tunggu_komit().await.unwrap();
    assert_eq!(tunggu(baca_db(&kunci)).await.as_string().as_deref(), Some("[1]"));
    assert_eq!(tunggu(baca_db(&kunci_koleksi(Koleksi::UnitKerja))).await.as_string().as_deref(), Some("[2]"));
    assert!(tunggu(baca_db(&kunci_koleksi(Koleksi::Skp))).await.is_null());

    storage().clear().unwrap();
}
