//! The Kinerja page: SKP per pegawai and year. (being built)

use leptos::prelude::*;

/// The Kinerja page: SKP per pegawai and year.
#[component]
pub fn HalamanKinerja() -> impl IntoView {
    
    view! { <section class="halaman"><h1 tabindex="-1">"Kinerja"</h1></section> }
}
