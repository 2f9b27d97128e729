//! One SKP: plan, approval, amendments. (being built)

use crate::domain::id::Id;
use leptos::prelude::*;

/// One SKP: plan, approval, amendments.
#[component]
pub fn HalamanSkp(id: Id) -> impl IntoView {
    let _ = (id);
    view! { <section class="halaman"><h1 tabindex="-1">"Kinerja"</h1></section> }
}

/// The SKP as a print-ready A4 document.
#[component]
pub fn CetakSkp(id: Id) -> impl IntoView {
    let _ = id;
    view! { <section class="halaman"><h1 tabindex="-1">"SKP"</h1></section> }
}
