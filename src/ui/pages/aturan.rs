//! The rules the app applies, each with its source and effective date; the UNCONFIRMED ones
//! say so, and the BUP per jenjang fungsional can be changed here.

use crate::domain::instansi::PeriodeEvaluasi;
use crate::rules::bup::bup_struktural;
use crate::rules::jabatan::{JenisJabatan, JenjangFungsional};
use crate::rules::pangkat::GolonganPns;
use crate::rules::pendidikan::TingkatPendidikan;
use crate::rules::semua_sumber;
use crate::store::dataset::Koleksi;
use crate::ui::components::Judul;
use crate::ui::peramban::hari_ini;
use crate::ui::providers::{dwibahasa, tanggal_tx, tx, use_bahasa, use_data, use_teks};
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// The Aturan page.
#[component]
pub fn HalamanAturan() -> impl IntoView {
    let t = use_teks();
    let data = use_data();
    let galat = RwSignal::new(None::<String>);

    let ubah_bup = move |jenjang: JenjangFungsional, nilai: String| match nilai.trim().parse::<u8>() {
        Ok(usia) if (50..=75).contains(&usia) => {
            galat.set(None);
            data.ubah(|d| {
                d.pengaturan.bup_fungsional.ubah(jenjang, usia);
                [Koleksi::Pengaturan]
            });
        }
        _ => galat.set(Some(format!("{}: {}", jenjang.label(), t.get_untracked().bup_rentang))),
    };

    view! {
        <section class="halaman">
            <Judul teks=Signal::derive(move || t.get().nav_aturan.to_string())/>
            <p class="halaman__pengantar">{tx(|t| t.aturan_pengantar)}</p>

            <h2>{tx(|t| t.sumber_aturan)}</h2>
            <div class="tabel-gulir"><table class="tabel" id="tabel-sumber">
                <thead><tr>
                    <th scope="col">{tx(|t| t.tabel)}</th>
                    <th scope="col">{tx(|t| t.sumber)}</th>
                    <th scope="col">{tx(|t| t.berlaku_sejak)}</th>
                    <th scope="col">{tx(|t| t.catatan)}</th>
                </tr></thead>
                <tbody>
                    {semua_sumber().into_iter().map(|(nama, s)| view! { <tr>
                        <td>{dwibahasa(nama.id, nama.en)}</td>
                        <td>{s.sumber}</td>
                        <td>{tanggal_tx(s.berlaku_sejak)}</td>
                        <td>{s.belum_terkonfirmasi.map(|c| view! { <span class="lencana lencana--peringatan">{tx(|t| t.belum_terkonfirmasi)}</span>" "{dwibahasa(c.id, c.en)} })}</td>
                    </tr> }).collect_view()}
                </tbody>
            </table></div>

            <h2>{tx(|t| t.batas_usia_pensiun)}</h2>
            <div class="tabel-gulir"><table class="tabel" id="tabel-bup">
                <thead><tr><th scope="col">{tx(|t| t.jenis_jabatan)}</th><th scope="col">"BUP"</th></tr></thead>
                <tbody>
                    {JenisJabatan::SEMUA.iter().filter_map(|j| bup_struktural(*j).map(|u| (*j, u))).map(|(j, u)| view! {
                        <tr><td>{dwibahasa(j.label_id(), j.label_en())}</td><td class="angka">{move || (t.get().tahun_n)(u)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table></div>

            <h3>{tx(|t| t.bup_fungsional)}</h3>
            <p class="peringatan">{tx(|t| t.bup_fungsional_catatan)}</p>
            <div class="kisi-bup" id="bup-fungsional">
                {JenjangFungsional::semua().map(|j| {
                    let id = format!("bup-{}", j.label().to_lowercase().replace(' ', "-"));
                    view! {
                        <div class="medan">
                            <label for=id.clone()>{j.label()}</label>
                            <input id=id type="number" min="50" max="75"
                                prop:value=move || data.data.with(|d| d.pengaturan.bup_fungsional.usia(j).to_string())
                                on:change=move |ev| ubah_bup(j, event_target_value(&ev))/>
                        </div>
                    }
                }).collect_view()}
            </div>
            <p class="medan__galat" role="alert">{move || galat.get()}</p>

            <FormInstansi/>

            <super::aturan_kinerja::AturanKinerja/>

            <h2>{tx(|t| t.pangkat_dan_pendidikan)}</h2>
            <div class="tabel-gulir"><table class="tabel" id="tabel-pendidikan">
                <thead><tr>
                    <th scope="col">{tx(|t| t.tingkat)}</th>
                    <th scope="col">{tx(|t| t.golongan_awal)}</th>
                    <th scope="col">{tx(|t| t.golongan_tertinggi)}</th>
                </tr></thead>
                <tbody>
                    {TingkatPendidikan::semua().map(|p| view! { <tr>
                        <td>{p.label()}</td>
                        <td>{p.golongan_awal().pangkat_golongan()}</td>
                        <td>{p.golongan_tertinggi_reguler().pangkat_golongan()}</td>
                    </tr> }).collect_view()}
                </tbody>
            </table></div>

            <h2>{tx(|t| t.pangkat_golongan)}</h2>
            <ol class="daftar-kolom">
                {GolonganPns::semua().map(|g| view! { <li>{g.pangkat_golongan()}</li> }).collect_view()}
            </ol>
        </section>
    }
}

/// The instansi settings (`pengaturan.instansi`): name for SKP document headers, place of
/// signing, and the periodic evaluation frequency. Each field is saved when it changes, like
/// the BUP table above.
#[component]
fn FormInstansi() -> impl IntoView {
    let t = use_teks();
    let b = use_bahasa();
    let data = use_data();
    let baca = move |f: fn(&crate::domain::instansi::Instansi) -> String| data.data.with(|d| f(&d.pengaturan.instansi));
    let simpan_teks = move |ubah: fn(&mut crate::domain::instansi::Instansi, String), nilai: String| {
        data.ubah(|d| {
            ubah(&mut d.pengaturan.instansi, nilai.trim().to_string());
            [Koleksi::Pengaturan]
        })
    };
    let periode = move || data.data.with(|d| d.pengaturan.instansi.periode_evaluasi);
    let daftar_periode = move || {
        let tahun = hari_ini().tahun();
        let en = b.get() == Bahasa::En;
        let label: Vec<String> =
            periode().periode(tahun).into_iter().map(|p| if en { p.label_en } else { p.label_id }).collect();
        (t.get().instansi_periode_tahun)(tahun, &label.join(", "))
    };
    view! {
        <h2 id="instansi-judul">{tx(|t| t.instansi_judul)}</h2>
        <p class="petunjuk">{tx(|t| t.instansi_keterangan)}</p>
        <div class="formulir__kisi" id="form-instansi" role="group" aria-labelledby="instansi-judul">
            <div class="medan medan--lebar">
                <label for="instansi-nama">{tx(|t| t.instansi_nama)}</label>
                <span class="medan__petunjuk" id="instansi-nama-petunjuk">{tx(|t| t.instansi_nama_petunjuk)}</span>
                <input id="instansi-nama" type="text" aria-describedby="instansi-nama-petunjuk"
                    prop:value=move || baca(|i| i.nama.clone())
                    on:change=move |ev| simpan_teks(|i, v| i.nama = v, event_target_value(&ev))/>
            </div>
            <div class="medan">
                <label for="instansi-tempat">{tx(|t| t.instansi_tempat)}</label>
                <span class="medan__petunjuk" id="instansi-tempat-petunjuk">{tx(|t| t.instansi_tempat_petunjuk)}</span>
                <input id="instansi-tempat" type="text" aria-describedby="instansi-tempat-petunjuk"
                    prop:value=move || baca(|i| i.tempat.clone())
                    on:change=move |ev| simpan_teks(|i, v| i.tempat = v, event_target_value(&ev))/>
            </div>
            <div class="medan">
                <label for="instansi-periode">{tx(|t| t.instansi_periode)}</label>
                <span class="medan__petunjuk" id="instansi-periode-petunjuk">{tx(|t| t.instansi_periode_petunjuk)}</span>
                <select id="instansi-periode" aria-describedby="instansi-periode-petunjuk"
                    on:change=move |ev| {
                        if let Some(p) = PeriodeEvaluasi::parse(&event_target_value(&ev)) {
                            data.ubah(|d| {
                                d.pengaturan.instansi.periode_evaluasi = p;
                                [Koleksi::Pengaturan]
                            });
                        }
                    }>
                    {PeriodeEvaluasi::SEMUA.map(|p| view! {
                        <option value=p.kode() selected=move || periode() == p>{dwibahasa(p.label_id(), p.label_en())}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
        <p class="petunjuk" id="instansi-periode-daftar">{daftar_periode}</p>
    }
}
