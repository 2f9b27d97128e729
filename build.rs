//! Build script: only for the split release build (cargo feature `split`, set by index.html for
//! trunk). `wasm-split-cli` (run by scripts/pasca-build.py) cuts the linked wasm into the main
//! module and the lazy pages' chunks; it needs the linker's relocations to do so.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
