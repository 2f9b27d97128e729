//! IndexedDB behind [`Penyimpanan`], for data that has outgrown localStorage (DESIGN: "When
//! data outgrows localStorage (~5 MB) the dataset moves to IndexedDB behind the same
//! boundary"). localStorage gives a few megabytes per origin; an office of 8,000 pegawai with
//! their histories needs about 26 MB, and each automatic backup as much again.
//!
//! # How a synchronous boundary sits on an asynchronous database
//! The app reads and writes storage synchronously (`Penyimpanan`). Here reads come from a
//! mirror of the database, loaded once before the app starts; writes go into the mirror and into
//! a journal. Everything written in one turn of the event loop is committed as **one** IndexedDB
//! transaction right after it — so a save of several collections, or an import with its backup,
//! is stored all or nothing, as with localStorage's rollback.
//!
//! - A failed commit (the quota is spent) rolls the mirror back to what the database holds and
//!   tells the app ([`Kabar::Gagal`]): the change stays on screen and is saved again with the next.
//! - Every commit first checks a revision counter in the same transaction: if another tab has
//!   committed since this tab last read, nothing is written ([`Kabar::Konflik`]) and this tab
//!   reloads — a stale tab never overwrites newer data. After a commit the other tabs are told
//!   over a `BroadcastChannel` and reload ([`Kabar::DariTabLain`]).
//! - [`tunggu_komit`] lets an import wait until its writes are really stored before it shows
//!   the result.

use super::penyimpanan::{GalatPenyimpanan, Penyimpanan, AWALAN_KUNCI};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The database and its one object store (keys as in localStorage: `jenjang.data.pegawai`, …).
const NAMA_DB: &str = "jenjang";

#[wasm_bindgen(inline_js = r#"
export function idb_buka(nama) {
  return new Promise((ok, gagal) => {
    let r;
    try { r = indexedDB.open(nama, 1); } catch (e) { gagal(e); return; }
    r.onupgradeneeded = () => r.result.createObjectStore('kv');
    r.onsuccess = () => { const db = r.result; db.onversionchange = () => db.close(); ok(db); };
    r.onerror = () => gagal(r.error);
    r.onblocked = () => gagal(new DOMException('diblokir tab lain', 'InvalidStateError'));
  });
}
export function idb_baca_semua(db) {
  return new Promise((ok, gagal) => {
    let tx;
    try { tx = db.transaction('kv', 'readonly'); } catch (e) { gagal(e); return; }
    const s = tx.objectStore('kv'), k = s.getAllKeys(), v = s.getAll();
    tx.oncomplete = () => ok([k.result, v.result]);
    tx.onabort = () => gagal(tx.error || new DOMException('dibatalkan', 'AbortError'));
  });
}
export function idb_komit(db, kunci, nilai, revisi, kosongkan) {
  return new Promise((ok, gagal) => {
    let tx;
    try { tx = db.transaction('kv', 'readwrite'); } catch (e) { gagal(e); return; }
    const s = tx.objectStore('kv'), baru = revisi + 1;
    let konflik = false, galat = null;
    const r = s.get('jenjang.revisi');
    r.onsuccess = () => {
      if ((r.result || 0) !== revisi) { konflik = true; tx.abort(); return; }
      try {
        if (kosongkan) s.clear();
        for (let i = 0; i < kunci.length; i++) {
          if (nilai[i] === undefined || nilai[i] === null) s.delete(kunci[i]); else s.put(nilai[i], kunci[i]);
        }
        s.put(baru, 'jenjang.revisi');
      } catch (e) { galat = e; try { tx.abort(); } catch (_) {} }
    };
    tx.oncomplete = () => ok(baru);
    tx.onabort = () => gagal(konflik ? new DOMException('diubah tab lain', 'Konflik')
      : (galat || tx.error || new DOMException('dibatalkan', 'AbortError')));
  });
}
let saluran = null;
export function idb_dengar(f) {
  if (typeof BroadcastChannel === 'undefined') return;
  if (saluran) saluran.close();
  saluran = new BroadcastChannel('jenjang');
  saluran.onmessage = (e) => f(Number(e.data) || 0);
}
export function idb_umumkan(revisi) { if (saluran) saluran.postMessage(revisi); }
export function idb_estimasi() {
  if (!navigator.storage || !navigator.storage.estimate) return Promise.resolve(null);
  return navigator.storage.estimate().then(e => [e.quota || 0, e.usage || 0], () => null);
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn idb_buka(nama: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch)]
    fn idb_baca_semua(db: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch)]
    fn idb_komit(
        db: &JsValue,
        kunci: js_sys::Array,
        nilai: js_sys::Array,
        revisi: f64,
        kosongkan: bool,
    ) -> Result<js_sys::Promise, JsValue>;
    fn idb_dengar(f: &Closure<dyn FnMut(f64)>);
    fn idb_umumkan(revisi: f64);
    fn idb_estimasi() -> js_sys::Promise;
}

const KUNCI_REVISI: &str = "jenjang.revisi";

/// What happened to a commit after the synchronous write that queued it had returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kabar {
    /// Not stored (nothing of that turn was); the keys that were to be written.
    Gagal(Vec<String>, GalatPenyimpanan),
    /// Not stored because another tab committed first; this tab's mirror now holds that data.
    Konflik,
    /// Another tab committed; the mirror now holds its data.
    DariTabLain,
}

/// The mirror of the database and the writes not yet committed.
struct Cermin {
    db: JsValue,
    /// Every stored key with its text and that text's length in UTF-16 code units.
    isi: BTreeMap<String, (String, usize)>,
    /// The revision the mirror was read or last committed at.
    revisi: f64,
    /// Writes of this turn, in order (`None` = remove), with who waits for their commit.
    jurnal: Vec<(String, Option<String>)>,
    penunggu: Vec<js_sys::Function>,
    /// Who waits for the commit that is running (their writes are in it).
    penunggu_jalan: Vec<js_sys::Function>,
    /// A commit is running: the next one starts when it ends.
    sibuk: bool,
    /// The free room `navigator.storage.estimate()` last gave (quota − usage), in bytes.
    bebas: Option<u64>,
}

/// Who hears about commits (see [`set_pendengar`]).
type Pendengar = Rc<dyn Fn(Kabar)>;

thread_local! {
    static CERMIN: RefCell<Option<Cermin>> = const { RefCell::new(None) };
    static PENDENGAR: RefCell<Option<Pendengar>> = const { RefCell::new(None) };
}

fn dengan<R>(f: impl FnOnce(&mut Cermin) -> R) -> Option<R> {
    CERMIN.with(|c| c.borrow_mut().as_mut().map(f))
}

/// Whether the data lives in IndexedDB in this tab.
pub fn aktif() -> bool {
    CERMIN.with(|c| c.borrow().is_some())
}

/// Who hears about commits that failed or came from another tab (the data provider).
pub fn set_pendengar(f: impl Fn(Kabar) + 'static) {
    PENDENGAR.with(|p| *p.borrow_mut() = Some(Rc::new(f)));
}

fn kabari(k: Kabar) {
    if let Some(f) = PENDENGAR.with(|p| p.borrow().clone()) {
        f(k);
    }
}

fn nama_galat(e: &JsValue) -> String {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return d.name();
    }
    if let Some(e) = e.dyn_ref::<js_sys::Error>() {
        return String::from(e.name());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

fn terjemahkan(e: &JsValue) -> GalatPenyimpanan {
    match nama_galat(e).as_str() {
        "QuotaExceededError" => GalatPenyimpanan::Penuh,
        n @ ("SecurityError" | "InvalidStateError" | "NotFoundError" | "UnknownError") => {
            GalatPenyimpanan::TidakTersedia(format!("IndexedDB: {n}"))
        }
        n => GalatPenyimpanan::Lain(format!("IndexedDB: {n}")),
    }
}

async fn janji(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    wasm_bindgen_futures::JsFuture::from(p?).await
}

/// Everything the database holds: (revision, key → text).
async fn baca_db(db: &JsValue) -> Result<(f64, BTreeMap<String, (String, usize)>), GalatPenyimpanan> {
    let hasil = janji(idb_baca_semua(db)).await.map_err(|e| terjemahkan(&e))?;
    let pasangan: js_sys::Array = hasil.unchecked_into();
    let kunci: js_sys::Array = pasangan.get(0).unchecked_into();
    let nilai: js_sys::Array = pasangan.get(1).unchecked_into();
    let mut isi = BTreeMap::new();
    let mut revisi = 0.0;
    for i in 0..kunci.length() {
        let (Some(k), v) = (kunci.get(i).as_string(), nilai.get(i)) else { continue };
        if k == KUNCI_REVISI {
            revisi = v.as_f64().unwrap_or(0.0);
        } else if let Some(teks) = v.dyn_ref::<js_sys::JsString>() {
            isi.insert(k, (String::from(teks), teks.length() as usize));
        }
    }
    Ok((revisi, isi))
}

async fn perbarui_estimasi() {
    let bebas = estimasi_bebas().await;
    dengan(|c| c.bebas = bebas);
}

/// Whether this browser offers IndexedDB here at all.
pub fn tersedia() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("indexedDB")).ok())
        .is_some_and(|v| !v.is_undefined() && !v.is_null())
}

/// The origin's free room per the browser (`navigator.storage.estimate()`: quota − usage), in
/// bytes; `None` when the browser does not say.
pub async fn estimasi_bebas() -> Option<u64> {
    let hasil = wasm_bindgen_futures::JsFuture::from(idb_estimasi()).await.ok()?;
    let a = hasil.dyn_ref::<js_sys::Array>()?;
    let (kuota, pakai) = (a.get(0).as_f64()?, a.get(1).as_f64()?);
    Some((kuota - pakai).max(0.0) as u64)
}

/// Opens the database. `Ok(None)` when this browser has no IndexedDB (or refuses it here).
async fn buka_db() -> Result<Option<JsValue>, GalatPenyimpanan> {
    if !tersedia() {
        return Ok(None);
    }
    janji(idb_buka(NAMA_DB)).await.map(Some).map_err(|e| terjemahkan(&e))
}

/// At start-up, before the app mounts: when the database holds Jenjang's data, this tab works
/// on it (true). Otherwise the data stays in localStorage (false).
pub async fn mulai() -> Result<bool, GalatPenyimpanan> {
    let Some(db) = buka_db().await? else { return Ok(false) };
    let (revisi, isi) = baca_db(&db).await?;
    if revisi == 0.0 || isi.is_empty() {
        return Ok(false);
    }
    pasang(db, revisi, isi);
    perbarui_estimasi().await;
    Ok(true)
}

fn pasang(db: JsValue, revisi: f64, isi: BTreeMap<String, (String, usize)>) {
    CERMIN.with(|c| {
        *c.borrow_mut() = Some(Cermin {
            db,
            isi,
            revisi,
            jurnal: Vec::new(),
            penunggu: Vec::new(),
            penunggu_jalan: Vec::new(),
            sibuk: false,
            bebas: None,
        })
    });
    let dengar = Closure::<dyn FnMut(f64)>::new(move |revisi: f64| {
        if dengan(|c| c.revisi).is_some_and(|r| r != revisi) {
            wasm_bindgen_futures::spawn_local(async {
                if muat_ulang().await.is_ok() {
                    kabari(Kabar::DariTabLain);
                }
            });
        }
    });
    idb_dengar(&dengar);
    // Kept for the life of the page (a later `pasang` closes the channel that calls it).
    dengar.forget();
}

/// Copies the data (and the backups) from localStorage into IndexedDB, all in one transaction,
/// and switches this tab to it. The caller clears localStorage only after this has returned
/// `Ok(true)`, so at any moment the data is whole in one of the two. `Ok(false)`: this browser
/// has no IndexedDB.
pub async fn pindah_dari(lokal: &dyn Penyimpanan, kunci_lokal: Vec<String>) -> Result<bool, GalatPenyimpanan> {
    if aktif() {
        return Ok(true);
    }
    let Some(db) = buka_db().await? else { return Ok(false) };
    let (revisi, _) = baca_db(&db).await?;
    let mut isi = BTreeMap::new();
    let (k_js, v_js) = (js_sys::Array::new(), js_sys::Array::new());
    for kunci in &kunci_lokal {
        if let Some(teks) = lokal.baca(kunci)? {
            k_js.push(&JsValue::from_str(kunci));
            v_js.push(&JsValue::from_str(&teks));
            let n = teks.encode_utf16().count();
            isi.insert(kunci.clone(), (teks, n));
        }
    }
    // A left-over from an earlier attempt is replaced: localStorage holds the data until now.
    let revisi_baru = janji(idb_komit(&db, k_js, v_js, revisi, true)).await.map_err(|e| terjemahkan(&e))?;
    pasang(db, revisi_baru.as_f64().unwrap_or(revisi + 1.0), isi);
    perbarui_estimasi().await;
    Ok(true)
}

/// Reads the database into the mirror again (after a failed commit or another tab's).
async fn muat_ulang() -> Result<(), GalatPenyimpanan> {
    let Some(db) = dengan(|c| c.db.clone()) else { return Ok(()) };
    let (revisi, isi) = baca_db(&db).await?;
    dengan(|c| {
        c.revisi = revisi;
        c.isi = isi;
        // Writes queued meanwhile are kept: they are re-applied over the fresh data.
        for (k, v) in &c.jurnal {
            match v {
                Some(v) => {
                    c.isi.insert(k.clone(), (v.clone(), v.encode_utf16().count()));
                }
                None => {
                    c.isi.remove(k);
                }
            }
        }
    });
    Ok(())
}

fn antre(kunci: &str, nilai: Option<&str>) {
    let mulai = dengan(|c| {
        match nilai {
            Some(v) => {
                c.isi.insert(kunci.to_string(), (v.to_string(), v.encode_utf16().count()));
            }
            None => {
                c.isi.remove(kunci);
            }
        }
        c.jurnal.push((kunci.to_string(), nilai.map(str::to_string)));
        !c.sibuk && c.jurnal.len() == 1
    });
    if mulai == Some(true) {
        // After this turn of the event loop: everything written in it goes into one transaction.
        wasm_bindgen_futures::spawn_local(komit());
    }
}

/// Commits the journal, one transaction at a time, until it is empty.
async fn komit() {
    loop {
        let Some(Some((db, jurnal, penunggu, revisi))) = dengan(|c| {
            if c.sibuk || c.jurnal.is_empty() {
                return None;
            }
            c.sibuk = true;
            Some((c.db.clone(), std::mem::take(&mut c.jurnal), std::mem::take(&mut c.penunggu), c.revisi))
        }) else {
            return;
        };
        // The last write of each key wins; a key written then removed is removed.
        let mut akhir: BTreeMap<&str, Option<&str>> = BTreeMap::new();
        for (k, v) in &jurnal {
            akhir.insert(k, v.as_deref());
        }
        let (k_js, v_js) = (js_sys::Array::new(), js_sys::Array::new());
        for (k, v) in &akhir {
            k_js.push(&JsValue::from_str(k));
            v_js.push(&v.map_or(JsValue::NULL, JsValue::from_str));
        }
        let hasil = janji(idb_komit(&db, k_js, v_js, revisi, false)).await;
        let galat = match hasil {
            Ok(r) => {
                let baru = r.as_f64().unwrap_or(revisi + 1.0);
                dengan(|c| c.revisi = baru);
                idb_umumkan(baru);
                None
            }
            Err(e) => {
                let konflik = nama_galat(&e) == "Konflik";
                // The mirror goes back to what is really stored (plus writes queued since).
                let _ = muat_ulang().await;
                Some(if konflik {
                    (GalatPenyimpanan::Lain("data baru saja diubah di tab lain".into()), Kabar::Konflik)
                } else {
                    let g = terjemahkan(&e);
                    (g.clone(), Kabar::Gagal(akhir.keys().map(|k| k.to_string()).collect(), g))
                })
            }
        };
        let mut penunggu = penunggu;
        dengan(|c| {
            c.sibuk = false;
            penunggu.append(&mut c.penunggu_jalan);
        });
        perbarui_estimasi().await;
        for f in penunggu {
            let nilai = match &galat {
                None => JsValue::TRUE,
                Some((g, _)) => JsValue::from_str(&g.pesan_id()),
            };
            let _ = f.call1(&JsValue::NULL, &nilai);
        }
        if let Some((_, kabar)) = galat {
            kabari(kabar);
        }
    }
}

/// Waits until every write made so far is committed. `Err` when that commit failed (the mirror
/// then holds what the database holds). Without IndexedDB there is nothing to wait for.
pub async fn tunggu_komit() -> Result<(), GalatPenyimpanan> {
    let janji = js_sys::Promise::new(&mut |selesai, _| {
        let menunggu = dengan(|c| {
            if !c.jurnal.is_empty() {
                c.penunggu.push(selesai.clone());
            } else if c.sibuk {
                c.penunggu_jalan.push(selesai.clone());
            } else {
                return false;
            }
            true
        });
        if menunggu != Some(true) {
            let _ = selesai.call1(&JsValue::NULL, &JsValue::TRUE);
        }
    });
    // Queued writes are waited for with the commit that carries them; with none queued, the
    // commit running now carries the last ones.
    let hasil = wasm_bindgen_futures::JsFuture::from(janji).await.unwrap_or(JsValue::TRUE);
    if hasil == JsValue::TRUE {
        Ok(())
    } else {
        let pesan = hasil.as_string().unwrap_or_default();
        Err(if pesan == GalatPenyimpanan::Penuh.pesan_id() {
            GalatPenyimpanan::Penuh
        } else {
            GalatPenyimpanan::Lain(pesan)
        })
    }
}

/// The IndexedDB mirror as a [`Penyimpanan`]: only keys under [`AWALAN_KUNCI`] live here.
#[derive(Clone, Copy, Debug, Default)]
pub struct PenyimpananIdb;

impl Penyimpanan for PenyimpananIdb {
    fn baca(&self, kunci: &str) -> Result<Option<String>, GalatPenyimpanan> {
        dengan(|c| c.isi.get(kunci).map(|(v, _)| v.clone())).ok_or_else(tidak_terbuka)
    }
    fn tulis(&self, kunci: &str, nilai: &str) -> Result<(), GalatPenyimpanan> {
        if !aktif() {
            return Err(tidak_terbuka());
        }
        antre(kunci, Some(nilai));
        Ok(())
    }
    fn hapus(&self, kunci: &str) -> Result<(), GalatPenyimpanan> {
        if !aktif() {
            return Err(tidak_terbuka());
        }
        antre(kunci, None);
        Ok(())
    }
    fn panjang(&self, kunci: &str) -> Result<Option<usize>, GalatPenyimpanan> {
        dengan(|c| c.isi.get(kunci).map(|(_, n)| *n)).ok_or_else(tidak_terbuka)
    }
    fn ukuran_semua(&self) -> Result<usize, GalatPenyimpanan> {
        dengan(|c| c.isi.iter().map(|(k, (_, n))| (k.encode_utf16().count() + n) * 2).sum()).ok_or_else(tidak_terbuka)
    }
    /// No test write: the browser's estimate of the origin's free room decides.
    fn uji_tulis(&self, _kunci: &str, panjang: usize) -> Result<(), GalatPenyimpanan> {
        match self.ruang_bebas() {
            Some(bebas) if (panjang as u64).saturating_mul(2) > bebas => Err(GalatPenyimpanan::Penuh),
            _ => Ok(()),
        }
    }
    fn ruang_bebas(&self) -> Option<u64> {
        dengan(|c| c.bebas).flatten()
    }
}

fn tidak_terbuka() -> GalatPenyimpanan {
    GalatPenyimpanan::TidakTersedia(format!("IndexedDB {AWALAN_KUNCI} belum dibuka"))
}
