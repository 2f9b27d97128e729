//! Community feedback per unit. (being built)

use leptos::prelude::*;

/// Community feedback per unit.
#[component]
pub fn HalamanMasyarakat() -> impl IntoView {
    
    view! { <section class="halaman"><h1 tabindex="-1">"Kinerja"</h1></section> }
}
