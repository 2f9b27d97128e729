//! Browser tests: run in headless Chromium by wasm-bindgen-test-runner
//! (`cargo test --target wasm32-unknown-unknown --test browser`, layer 2 of ./scripts/test).
//! Placeholder until the storage-backend tests land here.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn local_storage_tersedia() {
    let window = web_sys::window().expect("a window");
    let storage = window
        .local_storage()
        .expect("access to localStorage")
        .expect("localStorage");
    storage.set_item("jenjang:uji", "1").expect("setItem");
    assert_eq!(storage.get_item("jenjang:uji").expect("getItem").as_deref(), Some("1"));
    storage.remove_item("jenjang:uji").expect("removeItem");
}
