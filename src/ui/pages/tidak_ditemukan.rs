//! Unknown route or a pegawai that no longer exists.

use crate::ui::components::Judul;
use crate::ui::providers::{tx, use_teks};
use leptos::prelude::*;

/// "Halaman tidak ditemukan" with a way back.
#[component]
pub fn TidakDitemukan() -> impl IntoView {
    let t = use_teks();
    view! {
        <section class="halaman">
            <Judul teks=Signal::derive(move || t.get().tidak_ditemukan_judul.to_string())/>
            <p>{tx(|t| t.tidak_ditemukan_isi)}</p>
            <p><a class="tombol" href="#/pegawai">{tx(|t| t.ke_daftar_pegawai)}</a></p>
        </section>
    }
}
