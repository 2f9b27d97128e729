//! Home: what is in the register at a glance, and the sample data for a first look.

use crate::domain::contoh::{data_contoh, BENIH_CONTOH, JUMLAH_CONTOH};
use crate::domain::pegawai::StatusPegawai;
use crate::domain::turunan;
use crate::store::dataset::Koleksi;
use crate::ui::components::{Dialog, Judul};
use crate::ui::format::ribuan;
use crate::ui::peramban::{hari_ini, sekarang};
use crate::ui::providers::{tx, use_bahasa, use_data, use_teks};
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// Summary cards, upcoming retirements, and "Muat data contoh".
#[component]
pub fn Beranda() -> impl IntoView {
    let t = use_teks();
    let data = use_data();
    let bahasa = use_bahasa();
    let konfirmasi = RwSignal::new(false);
    let pesan = RwSignal::new(None::<String>);

    let hitung = move |s: Option<StatusPegawai>| {
        data.data.with(|d| d.pegawai_aktif().filter(|p| s.is_none_or(|s| p.status == s)).count())
    };
    let jumlah_unit = move || data.data.with(|d| d.unit_aktif().count());
    let kosong = move || hitung(None) == 0;

    let muat_contoh = move || {
        let (unit, pegawai) = data_contoh(BENIH_CONTOH, JUMLAH_CONTOH, hari_ini(), sekarang());
        let mut ditambah = 0usize;
        data.ubah(|d| {
            ditambah = d.tambah_yang_belum_ada(unit, pegawai);
            [Koleksi::UnitKerja, Koleksi::Pegawai]
        });
        pesan.set(Some((t.get_untracked().contoh_dimuat)(ditambah)));
        konfirmasi.set(false);
    };

    // The next retirements within 24 months, earliest first (rule shown on the detail page).
    let pensiun = move || {
        let hari = hari_ini();
        let batas = hari.tambah_bulan(24);
        data.data.with(|d| {
            let mut v: Vec<_> = d
                .pegawai_aktif()
                .map(|p| (turunan::tmt_pensiun(p, &d.pengaturan.bup_fungsional), p.id.clone(), p.nama_lengkap()))
                .filter(|(tmt, ..)| *tmt >= hari && *tmt <= batas)
                .collect();
            v.sort();
            v.truncate(8);
            v
        })
    };

    view! {
        <section class="halaman">
            <Judul teks=Signal::derive(move || t.get().beranda_judul.to_string())/>
            <p class="halaman__pengantar">{tx(|t| t.beranda_pengantar)}</p>
            <ul class="ringkasan">
                <li class="kartu">
                    <a href="#/pegawai" class="kartu__angka" id="jumlah-pegawai">{move || ribuan(hitung(None) as i64)}</a>
                    <span class="kartu__label">{tx(|t| t.ringkasan_pegawai)}</span>
                </li>
                <li class="kartu">
                    <span class="kartu__angka">{move || ribuan(hitung(Some(StatusPegawai::Pns)) as i64)}</span>
                    <span class="kartu__label">"PNS"</span>
                </li>
                <li class="kartu">
                    <span class="kartu__angka">{move || ribuan(hitung(Some(StatusPegawai::Cpns)) as i64)}</span>
                    <span class="kartu__label">"CPNS"</span>
                </li>
                <li class="kartu">
                    <span class="kartu__angka">{move || ribuan(hitung(Some(StatusPegawai::Pppk)) as i64)}</span>
                    <span class="kartu__label">"PPPK"</span>
                </li>
                <li class="kartu">
                    <a href="#/unit" class="kartu__angka">{move || ribuan(jumlah_unit() as i64)}</a>
                    <span class="kartu__label">{tx(|t| t.ringkasan_unit)}</span>
                </li>
            </ul>

            <div class="aksi">
                <a class="tombol tombol--utama" href="#/pegawai/baru">{tx(|t| t.tambah_pegawai)}</a>
                <button
                    type="button"
                    class="tombol"
                    id="muat-contoh"
                    on:click=move |_| if kosong() { muat_contoh() } else { konfirmasi.set(true) }
                >
                    {tx(|t| t.muat_data_contoh)}
                </button>
            </div>
            <p class="pemberitahuan" role="status">{move || pesan.get()}</p>
            <Show when=kosong>
                <p class="petunjuk">{tx(|t| t.beranda_kosong)}</p>
            </Show>

            <h2>{tx(|t| t.pensiun_mendatang)}</h2>
            {move || {
                let v = pensiun();
                if v.is_empty() {
                    view! { <p class="petunjuk">{tx(|t| t.pensiun_tidak_ada)}</p> }.into_any()
                } else {
                    let en = bahasa.get() == Bahasa::En;
                    view! {
                        <ul class="daftar-ringkas">
                            {v.into_iter().map(|(tmt, id, nama)| view! {
                                <li>
                                    <a href=format!("#/pegawai/{id}")>{nama}</a>
                                    " — "
                                    {if en { tmt.format_panjang_en() } else { tmt.format_panjang() }}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}

            <Dialog terbuka=konfirmasi id="dialog-contoh" judul=Signal::derive(move || t.get().muat_data_contoh.to_string())>
                <p>{tx(|t| t.contoh_konfirmasi)}</p>
                <div class="aksi">
                    <button type="button" class="tombol tombol--utama" id="contoh-ya" on:click=move |_| muat_contoh()>
                        {tx(|t| t.ya_tambahkan)}
                    </button>
                    <button type="button" class="tombol" on:click=move |_| konfirmasi.set(false)>{tx(|t| t.batal)}</button>
                </div>
            </Dialog>
        </section>
    }
}
