//! Shared end-to-end harness for `tests/e2e*.rs` (use it with `mod support;`).
//!
//! One [`Sesi`] = one static server for `dist/` on `127.0.0.1:<free port>` (std only, in a
//! background thread) + one chromedriver child on another free port + one headless Chromium
//! with a fresh profile, driven through fantoccini. Dropping the `Sesi` ends the browser
//! session, kills only that chromedriver child, stops the server and removes the profile.
//!
//! ```ignore
//! mod support;
//! use support::*;
//!
//! #[tokio::test]
//! async fn beranda() {
//!     let sesi = Sesi::baru().await;
//!     sesi.buka("#/").await;
//!     tunggu_teks(&sesi, "h1", "Jenjang").await;
//!     screenshot(&sesi, "beranda").await;
//!     // Offline: stop the server, reload; the app must come from its service worker.
//!     // sesi.server.stop(); sesi.refresh().await.unwrap();
//! }
//! ```
//!
//! `dist/` must hold a release build: `./scripts/test` makes it (`trunk build --release`).
//! Screenshots go to `target/screenshots/<name>.png` (or `$CARGO_TARGET_DIR/screenshots`).
#![allow(dead_code)]

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::ops::Deref;
use std::path::{Component, Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub use fantoccini::elements::Element;
pub use fantoccini::{Client, Locator};

/// How long the `tunggu_*` helpers wait before failing.
pub const TUNGGU: Duration = Duration::from_secs(10);
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The project root (where Cargo.toml is).
pub fn akar() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The release build served to the browser.
pub fn dist() -> PathBuf {
    akar().join("dist")
}

fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) if !d.is_empty() => {
            let d = PathBuf::from(d);
            if d.is_absolute() {
                d
            } else {
                akar().join(d)
            }
        }
        _ => akar().join("target"),
    }
}

// ------------------------------------------------------------------------------------------
// Session
// ------------------------------------------------------------------------------------------

/// One browser session against a fresh static server for `dist/`.
///
/// Derefs to the fantoccini [`Client`], so `sesi.find(..)`, `screenshot(&sesi, ..)` work.
pub struct Sesi {
    /// The WebDriver client (also reachable through `Deref`).
    pub klien: Client,
    /// Base URL of the app, with a trailing slash: `http://127.0.0.1:<port>/`.
    pub url: String,
    /// The static server; `sesi.server.stop()` takes the site offline for real.
    pub server: ServerStatis,
    chromedriver: Chromedriver,
    id_sesi: Option<String>,
    profil: PathBuf,
}

impl Sesi {
    /// Starts server, chromedriver and Chromium, and opens the app's start page.
    pub async fn baru() -> Sesi {
        let server = ServerStatis::mulai(&dist());
        let chromedriver = Chromedriver::mulai();
        let profil = profil_baru();

        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1366,768",
                    format!("--user-data-dir={}", profil.display()),
                ],
            }),
        );
        caps.insert("goog:loggingPrefs".into(), serde_json::json!({ "browser": "ALL" }));

        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let klien = fantoccini::ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&chromedriver.url())
            .await
            .unwrap_or_else(|e| panic!("could not start Chromium through chromedriver ({CHROMIUM}): {e}"));
        let id_sesi = klien.session_id().await.ok().flatten();

        let url = server.url();
        let sesi = Sesi { klien, url, server, chromedriver, id_sesi, profil };
        sesi.buka("").await;
        sesi
    }

    /// Navigates to `rute` relative to the app, e.g. `""`, `"#/pegawai"`, `"index.html#/"`.
    pub async fn buka(&self, rute: &str) {
        let url = format!("{}{}", self.url, rute);
        self.klien.goto(&url).await.unwrap_or_else(|e| panic!("could not open {url}: {e}"));
    }

    /// Makes this page's origin behave as if its storage quota were spent (`penuh`), or not:
    /// IndexedDB writes fail with `QuotaExceededError` (the transaction aborts, as a real full
    /// quota does) and `navigator.storage.estimate()` reports no free room. Chromium's own way,
    /// the DevTools `Storage.overrideQuotaForOrigin`, is accepted by Chromium 156 but changes
    /// nothing (measured: the estimate keeps its 10 GiB quota), so the page's IndexedDB API is
    /// wrapped instead. Lasts until the page is reloaded. localStorage is not affected.
    pub async fn penuhkan_idb(&self, penuh: bool) {
        self.klien
            .execute(
                "window.__jenjang_penuh = arguments[0];
                 if (!window.__jenjang_pasang_penuh) {
                   window.__jenjang_pasang_penuh = true;
                   const put = IDBObjectStore.prototype.put;
                   IDBObjectStore.prototype.put = function (...a) {
                     if (window.__jenjang_penuh) throw new DOMException('kuota habis (uji)', 'QuotaExceededError');
                     return put.apply(this, a);
                   };
                   const est = navigator.storage.estimate.bind(navigator.storage);
                   navigator.storage.estimate = () => est().then(e =>
                     window.__jenjang_penuh ? { quota: e.usage, usage: e.usage } : e);
                 }
                 return 0;",
                vec![penuh.into()],
            )
            .await
            .expect("wrap IndexedDB");
    }

    /// Fills this origin's localStorage to the brim with other data (`pengisi.<i>` keys, as
    /// another page of the same host might), halving the chunk each time the browser refuses.
    pub async fn penuhkan_lokal(&self) {
        self.klien
            .execute(
                "let n = 1 << 20, i = 0; while (n >= 16) { try { localStorage.setItem('pengisi.' + i, 'a'.repeat(n)); i++; } catch (e) { n = n >> 1; } } return i;",
                vec![],
            )
            .await
            .expect("fill localStorage");
    }

    /// Jenjang's entries in IndexedDB (`jenjang` → `kv`), sorted, as `[[key, value], …]` JSON
    /// text (the revision counter left out): to compare what is stored before and after.
    pub async fn isi_idb(&self) -> String {
        let v = self
            .klien
            .execute_async(
                "const selesai = arguments[arguments.length - 1];
                 const r = indexedDB.open('jenjang', 1);
                 r.onupgradeneeded = () => r.result.createObjectStore('kv');
                 r.onsuccess = () => {
                   const db = r.result, s = db.transaction('kv').objectStore('kv');
                   const k = s.getAllKeys(), v = s.getAll();
                   v.onsuccess = () => {
                     const isi = k.result.map((x, i) => [x, v.result[i]]).filter(([x]) => x !== 'jenjang.revisi');
                     isi.sort(); db.close(); selesai(JSON.stringify(isi));
                   };
                 };
                 r.onerror = () => selesai('galat: ' + r.error);",
                vec![],
            )
            .await
            .expect("read IndexedDB");
        v.as_str().unwrap_or_default().to_string()
    }

    /// The browser console so far (level and message per line), e.g. to show why a page is blank.
    /// Uses chromedriver's log endpoint; each call returns only entries not returned before.
    pub fn log_konsol(&self) -> Vec<String> {
        let Some(id) = &self.id_sesi else {
            return vec![];
        };
        let jawab =
            http(self.chromedriver.addr(), "POST", &format!("/session/{id}/se/log"), Some(r#"{"type":"browser"}"#));
        let Ok((200, body)) = jawab else {
            return vec![];
        };
        let Ok(json) = serde_json::from_str::<serde_json::Value>(&body) else {
            return vec![];
        };
        json["value"]
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .map(|e| format!("{} {}", e["level"].as_str().unwrap_or("?"), e["message"].as_str().unwrap_or("")))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Deref for Sesi {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.klien
    }
}

impl Drop for Sesi {
    fn drop(&mut self) {
        // End the WebDriver session synchronously (this closes Chromium) so that nothing is
        // left running even when the test panicked and the async runtime is already gone.
        if let Some(id) = &self.id_sesi {
            let _ = http(self.chromedriver.addr(), "DELETE", &format!("/session/{id}"), None);
        }
        // Fields drop after this: the chromedriver child is killed, the server stopped.
        let _ = std::fs::remove_dir_all(&self.profil);
    }
}

fn profil_baru() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = std::env::temp_dir().join(format!(
        "jenjang-e2e-{}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed),
        nanos
    ));
    std::fs::create_dir_all(&dir).expect("create a Chromium profile dir");
    dir
}

// ------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------

/// Runs `skrip` in the page and returns its value (panics with the script on failure).
pub async fn js(klien: &Client, skrip: &str) -> serde_json::Value {
    klien.execute(skrip, vec![]).await.unwrap_or_else(|e| panic!("{skrip}: {e}"))
}

/// The `value` of the first element matching `css` ("" when there is none).
pub async fn nilai(klien: &Client, css: &str) -> String {
    klien
        .execute("return document.querySelector(arguments[0]).value", vec![css.into()])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Sets an input's or select's value the way a user's edit would (date inputs cannot be typed
/// portably), firing `input` and `change`.
pub async fn setel(klien: &Client, css: &str, nilai: &str) {
    tunggu_elemen(klien, css).await;
    klien
        .execute(
            "const el = document.querySelector(arguments[0]);
             el.value = arguments[1];
             el.dispatchEvent(new Event('input', { bubbles: true }));
             el.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![css.into(), nilai.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("set {css}: {e}"));
}

/// Saves a PNG of the viewport to `target/screenshots/<nama>.png` and returns its path.
pub async fn screenshot(klien: &Client, nama: &str) -> PathBuf {
    let png = klien.screenshot().await.unwrap_or_else(|e| panic!("screenshot {nama}: {e}"));
    let dir = target_dir().join("screenshots");
    std::fs::create_dir_all(&dir).expect("create target/screenshots");
    let path = dir.join(format!("{nama}.png"));
    std::fs::write(&path, png).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    eprintln!("screenshot: {}", path.display());
    path
}

/// Waits (up to [`TUNGGU`]) for an element matching `css` and returns it.
pub async fn tunggu_elemen(klien: &Client, css: &str) -> Element {
    let mulai = Instant::now();
    loop {
        if let Ok(el) = klien.find(Locator::Css(css)).await {
            return el;
        }
        if mulai.elapsed() > TUNGGU {
            gagal(klien, &format!("no element `{css}` after {TUNGGU:?}")).await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits (up to [`TUNGGU`]) for an element matching `css` whose text contains `teks`.
pub async fn tunggu_teks(klien: &Client, css: &str, teks: &str) -> Element {
    let mulai = Instant::now();
    loop {
        let mut terlihat = Vec::new();
        if let Ok(els) = klien.find_all(Locator::Css(css)).await {
            for el in els {
                if let Ok(t) = el.text().await {
                    if t.contains(teks) {
                        return el;
                    }
                    terlihat.push(t);
                }
            }
        }
        if mulai.elapsed() > TUNGGU {
            gagal(klien, &format!("no `{css}` containing {teks:?} after {TUNGGU:?}; `{css}` texts seen: {terlihat:?}"))
                .await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits (up to [`TUNGGU`]) until no element matches `css`.
pub async fn tunggu_hilang(klien: &Client, css: &str) {
    let mulai = Instant::now();
    loop {
        match klien.find_all(Locator::Css(css)).await {
            Ok(els) if els.is_empty() => return,
            _ => {}
        }
        if mulai.elapsed() > TUNGGU {
            gagal(klien, &format!("`{css}` still present after {TUNGGU:?}")).await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits for `css` and clicks it.
pub async fn klik(klien: &Client, css: &str) {
    let el = tunggu_elemen(klien, css).await;
    el.click().await.unwrap_or_else(|e| panic!("click `{css}`: {e}"));
}

/// Waits for the input `css`, clears it and types `teks`.
pub async fn isi(klien: &Client, css: &str, teks: &str) {
    let el = tunggu_elemen(klien, css).await;
    el.clear().await.unwrap_or_else(|e| panic!("clear `{css}`: {e}"));
    el.send_keys(teks).await.unwrap_or_else(|e| panic!("type into `{css}`: {e}"));
}

/// The page's visible text (`document.body.innerText`).
pub async fn teks_halaman(klien: &Client) -> String {
    klien
        .execute("return document.body ? document.body.innerText : ''", vec![])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Fails the test with the URL, the page text and a screenshot `gagal-<time>.png`.
async fn gagal(klien: &Client, pesan: &str) -> ! {
    let url = klien.current_url().await.map(|u| u.to_string()).unwrap_or_default();
    let mut teks = teks_halaman(klien).await;
    if teks.len() > 600 {
        let mut i = 600;
        while !teks.is_char_boundary(i) {
            i -= 1;
        }
        teks.truncate(i);
        teks.push('…');
    }
    let nama = format!("gagal-{}", SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0));
    let shot = match klien.screenshot().await {
        Ok(png) => {
            let dir = target_dir().join("screenshots");
            let path = dir.join(format!("{nama}.png"));
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(&path, png);
            path.display().to_string()
        }
        Err(e) => format!("(no screenshot: {e})"),
    };
    panic!("{pesan}\n  url: {url}\n  page text: {teks:?}\n  screenshot: {shot}\n  (Sesi::log_konsol() shows the browser console)");
}

// ------------------------------------------------------------------------------------------
// Static file server (std only)
// ------------------------------------------------------------------------------------------

/// A static file server for one directory at the site root, on `127.0.0.1:<free port>`.
///
/// One request per connection (`Connection: close`, `Cache-Control: no-store`), so that after
/// [`ServerStatis::stop`] nothing of it is left: a reload then fails to connect, as offline.
pub struct ServerStatis {
    addr: SocketAddr,
    dir: PathBuf,
    berhenti: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    permintaan: Arc<Mutex<Vec<String>>>,
}

impl ServerStatis {
    /// Serves `dir` (which must contain `index.html`) on a free loopback port.
    pub fn mulai(dir: &Path) -> ServerStatis {
        if !dir.join("index.html").is_file() {
            panic!(
                "{} is missing: the e2e tests need a release build in dist/ — \
                 run ./scripts/test or trunk build --release first",
                dir.join("index.html").display()
            );
        }
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let mut server = ServerStatis {
            addr: listener.local_addr().expect("local_addr"),
            dir: dir.to_path_buf(),
            berhenti: Arc::new(AtomicBool::new(false)),
            thread: None,
            permintaan: Arc::new(Mutex::new(Vec::new())),
        };
        server.jalankan(listener);
        server
    }

    fn jalankan(&mut self, listener: TcpListener) {
        self.berhenti.store(false, Ordering::SeqCst);
        let berhenti = self.berhenti.clone();
        let dir = self.dir.clone();
        let log = self.permintaan.clone();
        self.thread = Some(std::thread::spawn(move || {
            for conn in listener.incoming() {
                if berhenti.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = conn {
                    let dir = dir.clone();
                    let log = log.clone();
                    std::thread::spawn(move || layani(stream, &dir, &log));
                }
            }
            // The listener is dropped here: the port is closed.
        }));
    }

    /// `http://127.0.0.1:<port>/`
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Closes the listening socket and waits for the accept thread to end. Idempotent.
    pub fn stop(&mut self) {
        if let Some(thread) = self.thread.take() {
            self.berhenti.store(true, Ordering::SeqCst);
            // Wake the blocking accept() so the thread sees the flag and drops the listener.
            let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
            let _ = thread.join();
        }
    }

    /// Serves again on the same address after [`stop`](Self::stop) ("back online").
    pub fn mulai_lagi(&mut self) {
        if self.thread.is_some() {
            return;
        }
        let listener = TcpListener::bind(self.addr).unwrap_or_else(|e| panic!("rebind {}: {e}", self.addr));
        self.jalankan(listener);
    }

    /// Whether the server is accepting connections.
    pub fn berjalan(&self) -> bool {
        self.thread.is_some()
    }

    /// Request paths served so far (e.g. `GET /index.html 200`).
    pub fn permintaan(&self) -> Vec<String> {
        self.permintaan.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl Drop for ServerStatis {
    fn drop(&mut self) {
        self.stop();
    }
}

fn layani(mut stream: TcpStream, dir: &Path, log: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut baris = String::new();
    if reader.read_line(&mut baris).unwrap_or(0) == 0 {
        return; // the wake-up connection from stop(), or an idle one
    }
    // Skip the headers.
    loop {
        let mut h = String::new();
        match reader.read_line(&mut h) {
            Ok(0) | Err(_) => break,
            Ok(_) if h == "\r\n" || h == "\n" => break,
            Ok(_) => {}
        }
    }
    let mut parts = baris.split_whitespace();
    let metode = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");

    let (status, tipe, body) = if metode != "GET" && metode != "HEAD" {
        (405, "text/plain; charset=utf-8", b"method not allowed".to_vec())
    } else {
        match berkas(dir, path) {
            Some(file) => match std::fs::read(&file) {
                Ok(bytes) => (200, tipe_konten(&file), bytes),
                Err(_) => (404, "text/plain; charset=utf-8", b"not found".to_vec()),
            },
            None => (404, "text/plain; charset=utf-8", b"not found".to_vec()),
        }
    };
    if let Ok(mut v) = log.lock() {
        v.push(format!("{metode} {path} {status}"));
    }
    let alasan = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let kepala = format!(
        "HTTP/1.1 {status} {alasan}\r\nContent-Type: {tipe}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(kepala.as_bytes());
    if metode != "HEAD" {
        let _ = stream.write_all(&body);
    }
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Both);
}

/// Maps a URL path to a file under `dir`; `None` for anything outside it or missing.
fn berkas(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let rel = decoded.trim_start_matches('/');
    let mut path = dir.to_path_buf();
    for comp in Path::new(rel).components() {
        match comp {
            Component::Normal(c) => path.push(c),
            Component::CurDir => {}
            _ => return None, // `..`, absolute, prefixes
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    path.is_file().then_some(path)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn tipe_konten(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

// ------------------------------------------------------------------------------------------
// chromedriver (a child process of this test, on a free port)
// ------------------------------------------------------------------------------------------

struct Chromedriver {
    child: Child,
    port: u16,
}

impl Chromedriver {
    fn mulai() -> Chromedriver {
        let program = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| CHROMEDRIVER.into());
        let mut terakhir = String::new();
        for _ in 0..3 {
            let port = port_bebas();
            let mut child = Command::new(&program)
                .arg(format!("--port={port}"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("could not start {program} (apt-get install chromium-driver, or ./scripts/setup): {e}")
                });
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
            let mulai = Instant::now();
            while mulai.elapsed() < Duration::from_secs(15) {
                if let Ok(Some(status)) = child.try_wait() {
                    terakhir = format!("chromedriver exited: {status}");
                    break;
                }
                if let Ok((200, body)) = http(addr, "GET", "/status", None) {
                    if body.contains("\"ready\":true") || body.contains("\"ready\": true") {
                        return Chromedriver { child, port };
                    }
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            if terakhir.is_empty() {
                terakhir = format!("chromedriver on port {port} did not answer within 15 s");
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("could not start chromedriver: {terakhir}");
    }

    fn addr(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port))
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        // Only our own child, by its handle.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn port_bebas() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("find a free port")
}

/// A minimal blocking HTTP/1.1 request (for chromedriver's status, logs and session end).
fn http(addr: SocketAddr, metode: &str, path: &str, body: Option<&str>) -> io::Result<(u16, String)> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(2))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    let body = body.unwrap_or("");
    let req = format!(
        "{metode} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes())?;
    // chromedriver answers `Connection:close` but keeps the socket open, so read exactly
    // the headers and then Content-Length bytes (or chunks) instead of reading to the end.
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let pisah = loop {
        if let Some(p) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break p;
        }
        let n = s.read(&mut buf)?;
        if n == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "no HTTP headers"));
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let kepala = String::from_utf8_lossy(&raw[..pisah]).to_ascii_lowercase();
    let mut isi = raw.split_off(pisah + 4);
    let status = kepala.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let header = |nama: &str| kepala.lines().find_map(|l| l.strip_prefix(nama).map(|v| v.trim().to_string()));
    let chunked = header("transfer-encoding:").is_some_and(|v| v.contains("chunked"));
    match header("content-length:").and_then(|v| v.parse::<usize>().ok()) {
        Some(len) => {
            while isi.len() < len {
                let n = s.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                isi.extend_from_slice(&buf[..n]);
            }
            isi.truncate(len);
        }
        None if chunked => {
            while !isi.windows(5).any(|w| w == b"0\r\n\r\n") {
                let n = s.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                isi.extend_from_slice(&buf[..n]);
            }
            isi = dechunk(&isi);
        }
        None => {
            s.read_to_end(&mut isi)?;
        }
    }
    Ok((status, String::from_utf8_lossy(&isi).into_owned()))
}

fn dechunk(mut s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = s.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&s[..eol]);
        let Ok(n) = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16) else {
            break;
        };
        let rest = &s[eol + 2..];
        if n == 0 || rest.len() < n {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        s = rest[n..].strip_prefix(b"\r\n").unwrap_or(&rest[n..]);
    }
    out
}

/// The axe-core source (npm, installed by `./scripts/test`).
pub fn sumber_axe() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/axe-core/axe.min.js"))
        .expect("node_modules/axe-core missing: run ./scripts/test (it runs npm ci)")
}

/// Injects axe-core (`sumber`, from [`sumber_axe`]) and runs it on the whole document:
/// `{ rules: <rules run>, other: [minor/moderate ids], serious: [serious/critical, described] }`.
pub async fn jalankan_axe(klien: &Client, sumber: &str) -> serde_json::Value {
    klien.execute(sumber, vec![]).await.expect("inject axe-core");
    klien
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(r => done({
               rules: r.passes.length + r.violations.length + r.incomplete.length,
               other: r.violations.filter(v => v.impact !== 'serious' && v.impact !== 'critical').map(v => v.id),
               serious: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')),
             }), e => done({ rules: 0, other: [], serious: ['axe failed: ' + e] }));",
            vec![],
        )
        .await
        .expect("run axe")
}
