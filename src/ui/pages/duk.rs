//! Daftar Urut Kepangkatan: PNS and CPNS ordered by the PP 15/1979 criteria, optionally for
//! one unit and its sub-units, printable on A4 (landscape) through the print stylesheet.

use crate::domain::id::Id;
use crate::domain::{duk, turunan, unit};
use crate::rules::duk::{SUMBER_DUK, URUTAN_DUK};
use crate::ui::components::Judul;
use crate::ui::pages::pegawai_detail::tgl;
use crate::ui::peramban::{cetak, hari_ini};
use crate::ui::providers::{dwibahasa, tx, use_bahasa, use_data, use_teks};
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// The DUK page.
#[component]
pub fn HalamanDuk() -> impl IntoView {
    let t = use_teks();
    let b = use_bahasa();
    let data = use_data();
    let f_unit = RwSignal::new(String::new());
    let hari = hari_ini();

    let pilihan = move || data.pilihan_unit();
    let nama_unit_terpilih =
        move || Id::parse(&f_unit.get()).and_then(|id| data.data.with(|d| d.cari_unit(&id).map(|u| u.nama.clone())));

    let baris = move || {
        let en = b.get() == Bahasa::En;
        let terpilih = Id::parse(&f_unit.get()).map(|id| data.data.with(|d| unit::keturunan(&d.unit_kerja, &id)));
        data.data.with(|d| {
            let calon = d
                .pegawai_aktif()
                .filter(|p| terpilih.as_ref().is_none_or(|ids| p.unit_kerja.as_ref().is_some_and(|u| ids.contains(u))));
            let urut = duk::urutkan_duk(calon);
            let mut sebelumnya: Option<&crate::domain::pegawai::Pegawai> = None;
            urut.into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let alasan = sebelumnya
                        .and_then(|s| duk::penentu_urutan(s, p))
                        .map(|k| if en { k.label_en() } else { k.label_id() }.to_string())
                        .unwrap_or_default();
                    sebelumnya = Some(p);
                    let pangkat = p.pangkat_terakhir();
                    let jabatan = p.jabatan_terakhir();
                    let pendidikan = p.pendidikan_terakhir();
                    let mk = turunan::masa_kerja(p, hari).unwrap_or_default();
                    (
                        i + 1,
                        p.id.to_string(),
                        p.nama_lengkap(),
                        p.nip.tampil(),
                        pangkat.map(|r| r.golongan.label()).unwrap_or_default(),
                        pangkat.map(|r| tgl(r.tmt, b.get())).unwrap_or_default(),
                        jabatan.map(|r| r.nama_lengkap()).unwrap_or_default(),
                        jabatan.map(|r| tgl(r.tmt, b.get())).unwrap_or_default(),
                        (mk.tahun, mk.bulan),
                        pendidikan.map(|r| format!("{} {}", r.tingkat.label(), r.jurusan)).unwrap_or_default(),
                        pendidikan.map(|r| r.tahun_lulus.to_string()).unwrap_or_default(),
                        tgl(p.tanggal_lahir, b.get()),
                        alasan,
                    )
                })
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="halaman halaman--duk">
            <div class="halaman__kepala layar-saja">
                <Judul teks=Signal::derive(move || t.get().duk_judul.to_string())/>
                <button type="button" class="tombol tombol--utama" id="cetak-duk" on:click=move |_| cetak()>{tx(|t| t.cetak)}</button>
            </div>
            <div class="saring layar-saja">
                <div class="medan">
                    <label for="duk-unit">{tx(|t| t.unit_kerja)}</label>
                    <select id="duk-unit" on:change=move |ev| f_unit.set(event_target_value(&ev)) prop:value=move || f_unit.get()>
                        <option value="">{tx(|t| t.semua_unit)}</option>
                        {move || pilihan().into_iter().map(|(id, nama)| view! { <option value=id>{nama}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <details class="penjelasan-aturan layar-saja">
                <summary>{tx(|t| t.duk_kriteria)}</summary>
                <ol>
                    {URUTAN_DUK.iter().map(|k| { let k = *k; view! { <li>{dwibahasa(k.label_id(), k.label_en())}</li> } }).collect_view()}
                </ol>
                <p class="penjelasan">{tx(|t| t.sumber)}": "{SUMBER_DUK.sumber}</p>
                <p class="penjelasan">{SUMBER_DUK.belum_terkonfirmasi.map(|c| dwibahasa(c.id, c.en))}</p>
            </details>

            <header class="cetak__kepala">
                <p class="cetak__judul">"DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL"</p>
                <p>{move || nama_unit_terpilih().unwrap_or_default()}</p>
                <p>{move || (t.get().keadaan_per)(&tgl(hari, b.get()))}</p>
            </header>

            <div class="tabel-gulir">
                <table class="tabel tabel--duk" id="tabel-duk">
                    <thead>
                        <tr>
                            <th scope="col">{tx(|t| t.no)}</th>
                            <th scope="col">{tx(|t| t.nama)}" / NIP"</th>
                            <th scope="col">{tx(|t| t.pangkat_golongan)}" / TMT"</th>
                            <th scope="col">{tx(|t| t.jabatan)}" / TMT"</th>
                            <th scope="col">{tx(|t| t.masa_kerja)}</th>
                            <th scope="col">{tx(|t| t.pendidikan_terakhir)}</th>
                            <th scope="col">{tx(|t| t.tanggal_lahir)}</th>
                            <th scope="col" class="layar-saja">{tx(|t| t.dasar_urutan)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || baris().into_iter().map(|(no, id, nama, nip, gol, tmt_gol, jab, tmt_jab, (th, bl), pend, lulus, lahir, alasan)| view! {
                            <tr>
                                <td class="angka">{no}</td>
                                <td><a href=format!("#/pegawai/{id}")>{nama}</a><br/><span class="angka">{nip}</span></td>
                                <td>{gol}<br/>{tmt_gol}</td>
                                <td>{jab}<br/>{tmt_jab}</td>
                                <td class="angka">{move || (t.get().tahun_bulan_singkat)(th, bl)}</td>
                                <td>{pend}<br/>{lulus}</td>
                                <td>{lahir}</td>
                                <td class="layar-saja tabel__alasan">{alasan}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="kosong layar-saja">{move || baris().is_empty().then(|| t.get().duk_kosong)}</p>
            <div class="cetak__tanda-tangan">
                <p>{move || format!("……………, {}", tgl(hari, b.get()))}</p>
                <p>{tx(|t| t.pejabat_berwenang)}</p>
                <p class="cetak__ruang-ttd"></p>
                <p>"………………………………………"</p>
                <p>"NIP ……………………………"</p>
            </div>
        </section>
    }
}
