fn main() {
    #[cfg(target_arch = "wasm32")]
    jenjang::ui::mount();
}
