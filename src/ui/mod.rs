//! The user interface. `route`, `teks` and `format` are plain Rust (tested natively); the
//! components need the browser and compile only for wasm32.

pub mod format;
pub mod route;
pub mod teks;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod peramban;
#[cfg(target_arch = "wasm32")]
pub mod providers;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Mounts the app on `<body>`, once storage is ready: when the data has moved to IndexedDB,
/// its mirror is read first (a few milliseconds), so the app starts with the data in hand.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        crate::store::browser::siapkan().await;
        leptos::mount::mount_to_body(App);
    });
}
