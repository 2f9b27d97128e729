//! End-to-end flows in headless Chromium against the release build in `dist/`.
//!
//! Run through `./scripts/test` (which builds `dist/` first), or by hand:
//! `trunk build --release && cargo test --test e2e -- --test-threads=1`.
//! The harness (server, chromedriver, helpers) is in `tests/support/mod.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

/// The app loads and renders its first heading.
#[tokio::test]
async fn aplikasi_terbuka() {
    let sesi = Sesi::baru().await;
    tunggu_elemen(&sesi, "h1").await;
    screenshot(&sesi, "beranda").await;
}
