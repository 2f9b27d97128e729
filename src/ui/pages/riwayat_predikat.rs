//! "Riwayat predikat kinerja" on the pegawai detail page: the annual predikat per year,
//! newest first (the annual evaluation of each year's SKP, asn-rules.md §1.10), with the
//! ratings behind it, the date it was set and links to the SKP and the evaluation.

use crate::domain::evaluasi::riwayat_predikat;
use crate::domain::id::Id;
use crate::domain::periode::Periode;
use crate::rules::kinerja::Rating;
use crate::ui::providers::{teks_halaman, use_bahasa, use_data};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

struct T {
    judul: &'static str,
    tahun: &'static str,
    rating_hasil: &'static str,
    rating_perilaku: &'static str,
    predikat: &'static str,
    ditetapkan: &'static str,
    dokumen: &'static str,
    skp: &'static str,
    evaluasi: &'static str,
    kosong: &'static str,
}

const ID: T = T {
    judul: "Riwayat predikat kinerja",
    tahun: "Tahun",
    rating_hasil: "Rating hasil kerja",
    rating_perilaku: "Rating perilaku kerja",
    predikat: "Predikat kinerja",
    ditetapkan: "Ditetapkan",
    dokumen: "Dokumen",
    skp: "SKP",
    evaluasi: "Evaluasi tahunan",
    kosong: "Belum ada predikat tahunan. Predikat tahunan berasal dari evaluasi kinerja tahunan pada SKP pegawai ini.",
};

const EN: T = T {
    judul: "Performance grade history",
    tahun: "Year",
    rating_hasil: "Work-result rating",
    rating_perilaku: "Behaviour rating",
    predikat: "Performance grade",
    ditetapkan: "Set on",
    dokumen: "Documents",
    skp: "SKP",
    evaluasi: "Annual evaluation",
    kosong:
        "No annual grade yet. The annual grade comes from the annual performance evaluation of this employee's SKP.",
};

/// The predikat history of `pegawai`, one row per year.
#[component]
pub fn RiwayatPredikat(
    /// The pegawai whose history is shown.
    pegawai: Id,
) -> impl IntoView {
    let data = use_data();
    let b = use_bahasa();
    let t = teks_halaman(&ID, &EN);
    let tt = move |f: fn(&'static T) -> &'static str| move || f(t());
    let baris = move || {
        let en = b.get() == Bahasa::En;
        let t = t();
        let rating = move |r: Rating| if en { r.label_en() } else { r.label_id() };
        let v = data.data.with(|d| riwayat_predikat(&pegawai, &d.skp, &d.evaluasi_kinerja));
        if v.is_empty() {
            return view! { <tr><td colspan="6" class="kosong">{t.kosong}</td></tr> }.into_any();
        }
        v.into_iter()
            .map(|r| {
                let p = r.sel.predikat;
                view! {
                    <tr>
                        <th scope="row" class="angka">{r.tahun}</th>
                        <td>{rating(r.sel.hasil_kerja)}</td>
                        <td>{rating(r.sel.perilaku)}</td>
                        <td><span class=format!("lencana-predikat lencana-predikat--{}", p.kode())>
                            {if en { p.label_en() } else { p.label_id() }}
                        </span></td>
                        <td>{r.ditetapkan_pada.map(|x| if en { x.format_panjang_en() } else { x.format_panjang() }).unwrap_or_else(|| "—".into())}</td>
                        <td><span class="riwayat-predikat__tautan">
                            <a href=Route::Skp(r.skp.clone()).href()>{t.skp}</a>
                            <a href=Route::Evaluasi(r.skp.clone(), Periode::Tahunan).href()>{t.evaluasi}</a>
                        </span></td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <h2 id="riwayat-predikat-judul">{tt(|t| t.judul)}</h2>
        <div class="tabel-gulir"><table class="tabel" id="riwayat-predikat" aria-labelledby="riwayat-predikat-judul">
            <thead><tr>
                <th scope="col">{tt(|t| t.tahun)}</th>
                <th scope="col">{tt(|t| t.rating_hasil)}</th>
                <th scope="col">{tt(|t| t.rating_perilaku)}</th>
                <th scope="col">{tt(|t| t.predikat)}</th>
                <th scope="col">{tt(|t| t.ditetapkan)}</th>
                <th scope="col">{tt(|t| t.dokumen)}</th>
            </tr></thead>
            <tbody>{baris}</tbody>
        </table></div>
    }
}
