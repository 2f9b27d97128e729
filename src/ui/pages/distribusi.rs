//! Organisation predikat and the distribution check per unit. (being built)

use leptos::prelude::*;

/// Organisation predikat and the distribution check per unit.
#[component]
pub fn HalamanDistribusi() -> impl IntoView {
    
    view! { <section class="halaman"><h1 tabindex="-1">"Kinerja"</h1></section> }
}
