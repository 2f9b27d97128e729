//! The autosave status in the header, announced politely to screen readers.

use crate::ui::peramban::jam;
use crate::ui::providers::{use_bahasa, use_data, use_teks, StatusSimpan};
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// "Tersimpan 09.41" / "Gagal menyimpan: …".
#[component]
pub fn StatusSimpanan() -> impl IntoView {
    let data = use_data();
    let t = use_teks();
    let bahasa = use_bahasa();
    let kelas = move || match data.status.get() {
        StatusSimpan::Siap | StatusSimpan::Tersimpan(_) | StatusSimpan::DariTabLain { ditolak: false } => {
            "status-simpan"
        }
        _ => "status-simpan status-simpan--galat",
    };
    let isi = move || {
        let en = bahasa.get() == Bahasa::En;
        match data.status.get() {
            StatusSimpan::Siap => t.get().status_siap.to_string(),
            StatusSimpan::Tersimpan(s) => format!("{} {}", t.get().status_tersimpan, jam(s)),
            StatusSimpan::Gagal(e) => {
                format!("{}: {}", t.get().status_gagal, if en { e.pesan_en() } else { e.pesan_id() })
            }
            StatusSimpan::TidakDisimpan(e) => {
                if en {
                    e.pesan_en()
                } else {
                    e.pesan_id()
                }
            }
            StatusSimpan::DariTabLain { ditolak: false } => t.get().status_dari_tab_lain.to_string(),
            StatusSimpan::DariTabLain { ditolak: true } => t.get().status_ditolak_tab_lain.to_string(),
        }
    };
    view! {
        <p class=kelas id="status-simpan" role="status" aria-live="polite">
            {isi}
        </p>
    }
}
