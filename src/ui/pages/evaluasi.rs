//! Realisasi, feedback and rating of one SKP for one period. (being built)

use crate::domain::periode::Periode;
use crate::domain::id::Id;
use leptos::prelude::*;

/// Realisasi, feedback and rating of one SKP for one period.
#[component]
pub fn HalamanEvaluasi(id: Id, periode: Periode) -> impl IntoView {
    let _ = (id, periode);
    view! { <section class="halaman"><h1 tabindex="-1">"Kinerja"</h1></section> }
}

/// The Dokumen Evaluasi Kinerja as a print-ready A4 document.
#[component]
pub fn CetakEvaluasi(id: Id, periode: Periode) -> impl IntoView {
    let _ = (id, periode);
    view! { <section class="halaman"><h1 tabindex="-1">"Dokumen Evaluasi Kinerja"</h1></section> }
}
