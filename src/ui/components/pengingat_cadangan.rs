//! A gentle banner when the data has not been backed up (exported in full) for a while.

use crate::store::cadangan::pengingat_cadangan;
use crate::ui::peramban::sekarang;
use crate::ui::providers::{use_data, use_pengingat, use_rute, use_teks};
use crate::ui::route::Route;
use leptos::prelude::*;

/// "Data belum dicadangkan selama N hari — Cadangkan sekarang", hidden on the Berbagi data page.
#[component]
pub fn PengingatCadangan() -> impl IntoView {
    let t = use_teks();
    let data = use_data();
    let pengingat = use_pengingat();
    let rute = use_rute();
    let hari = move || {
        let tertua = data
            .data
            .with(|d| d.pegawai_aktif().map(|p| p.created_at).chain(d.unit_aktif().map(|u| u.created_at)).min());
        pengingat_cadangan(pengingat.ekspor_terakhir.get(), tertua, sekarang(), pengingat.setiap_hari.get())
    };
    move || {
        (rute.get() != Route::Data).then(hari).flatten().map(|n| {
            view! {
                <p class="pengingat" role="status" id="pengingat-cadangan">
                    {move || (t.get().pengingat_cadangan)(n)}" "
                    <a href="#/data">{move || t.get().cadangkan_sekarang}</a>
                </p>
            }
        })
    }
}
