//! One pegawai: identity, the derived values with the rule behind each, and all histories.

use crate::domain::id::Id;
use crate::domain::nip::periksa_nik_terhadap_nip;
use crate::domain::pegawai::Pegawai;
use crate::domain::tanggal::{Rentang, Tanggal};
use crate::domain::{turunan, unit};
use crate::store::dataset::Koleksi;
use crate::ui::components::{Dialog, Judul};
use crate::ui::pages::TidakDitemukan;
use crate::ui::peramban::{hari_ini, sekarang};
use crate::ui::providers::{dwibahasa, navigasi, tanggal_tx, tx, use_bahasa, use_data, use_teks};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// Date in the current language.
pub fn tgl(t: Tanggal, b: Bahasa) -> String {
    if b == Bahasa::En {
        t.format_panjang_en()
    } else {
        t.format_panjang()
    }
}
fn tgl_opsi(t: Option<Tanggal>, b: Bahasa) -> String {
    t.map(|t| tgl(t, b)).unwrap_or_else(|| "—".into())
}
fn rentang(r: Rentang, b: Bahasa) -> String {
    if b == Bahasa::En {
        r.format_en()
    } else {
        r.format_id()
    }
}

/// The detail page of pegawai `id`.
#[component]
pub fn DetailPegawai(
    /// The pegawai's id from the route.
    id: Id,
) -> impl IntoView {
    let data = use_data();
    let id_cari = id.clone();
    let pegawai = Memo::new(move |_| data.data.with(|d| d.cari_pegawai(&id_cari).cloned()));
    move || match pegawai.get() {
        Some(p) => view! { <Isi p=p/> }.into_any(),
        None => view! { <TidakDitemukan/> }.into_any(),
    }
}

#[component]
fn Isi(p: Pegawai) -> impl IntoView {
    let t = use_teks();
    let b = use_bahasa();
    let data = use_data();
    let hapus = RwSignal::new(false);
    let hari = hari_ini();
    let nama = p.nama_lengkap();
    let id = p.id.clone();

    let unit_jalur = {
        let u = p.unit_kerja.clone();
        move || {
            data.data.with(|d| {
                u.as_ref()
                    .map(|u| {
                        unit::jalur(&d.unit_kerja, u).iter().map(|x| x.nama.clone()).collect::<Vec<_>>().join(" › ")
                    })
                    .unwrap_or_else(|| "—".into())
            })
        }
    };
    let nama_unit = move |u: &Option<Id>| {
        data.data.with(|d| u.as_ref().and_then(|u| d.cari_unit(u)).map(|x| x.nama.clone()).unwrap_or_default())
    };

    let bup = data.data.with_untracked(|d| turunan::bup(&p, &d.pengaturan.bup_fungsional));
    let tmt_pensiun = data.data.with_untracked(|d| turunan::tmt_pensiun(&p, &d.pengaturan.bup_fungsional));
    let usia = turunan::usia(&p, hari);
    let masa_kerja = turunan::masa_kerja(&p, hari);
    let mkg = turunan::masa_kerja_golongan(&p, hari);
    let peringatan_nik: Vec<_> = p.nik.as_ref().map(|n| periksa_nik_terhadap_nip(n, &p.nip)).unwrap_or_default();

    let pangkat = p.pangkat_terakhir().cloned();
    let jabatan = p.jabatan_terakhir().cloned();
    let pendidikan = p.pendidikan_terakhir().cloned();

    let mut rp = p.riwayat_pangkat.clone();
    rp.sort_by_key(|r| std::cmp::Reverse(r.tmt));
    let mut rj = p.riwayat_jabatan.clone();
    rj.sort_by_key(|r| std::cmp::Reverse(r.tmt));
    let mut rd = p.riwayat_pendidikan.clone();
    rd.sort_by_key(|r| std::cmp::Reverse((r.tahun_lulus, r.tingkat)));

    let id_hapus = id.clone();
    let lakukan_hapus = move |_| {
        let id = id_hapus.clone();
        data.ubah(|d| d.hapus_pegawai(&id, sekarang()).then_some(Koleksi::Pegawai));
        hapus.set(false);
        navigasi(&Route::DaftarPegawai);
    };

    let p2 = p.clone();
    view! {
        <article class="halaman">
            <p class="remah"><a href="#/pegawai">{tx(|t| t.nav_pegawai)}</a>" › "</p>
            <div class="halaman__kepala">
                <Judul teks=Signal::derive({ let nama = nama.clone(); move || nama.clone() })/>
                <div class="aksi">
                    <a class="tombol tombol--utama" id="ubah-pegawai" href=Route::UbahPegawai(id.clone()).href()>{tx(|t| t.ubah)}</a>
                    <button type="button" class="tombol tombol--bahaya" id="hapus-pegawai" on:click=move |_| hapus.set(true)>{tx(|t| t.hapus)}</button>
                </div>
            </div>

            <dl class="rincian">
                <div><dt>"NIP"</dt><dd class="angka" id="rincian-nip">{p.nip.tampil()}</dd></div>
                <div><dt>"NIK"</dt><dd class="angka">{p.nik.as_ref().map(|n| n.as_str().to_string()).unwrap_or_else(|| "—".into())}
                    {peringatan_nik.iter().map(|w| { let w = w.clone(); view! { <span class="peringatan">{move || if b.get() == Bahasa::En { w.pesan_en() } else { w.pesan_id() }}</span> } }).collect_view()}
                </dd></div>
                <div><dt>{tx(|t| t.tempat_tanggal_lahir)}</dt><dd>{{ let tl = p.tempat_lahir.clone(); let tg = p.tanggal_lahir; move || format!("{}{}", if tl.is_empty() { String::new() } else { format!("{tl}, ") }, tgl(tg, b.get())) }}</dd></div>
                <div><dt>{tx(|t| t.jenis_kelamin)}</dt><dd>{{ let j = p.jenis_kelamin; dwibahasa(j.label_id(), j.label_en()) }}</dd></div>
                <div><dt>{tx(|t| t.status)}</dt><dd>{p.status.kode()}</dd></div>
                <div><dt>{tx(|t| t.unit_kerja)}</dt><dd>{unit_jalur}</dd></div>
                <div><dt>{tx(|t| t.pangkat_golongan)}</dt><dd id="rincian-pangkat">{pangkat.as_ref().map(|r| r.golongan.label()).unwrap_or_else(|| "—".into())}</dd></div>
                <div><dt>{tx(|t| t.jabatan)}</dt><dd>{jabatan.as_ref().map(|r| r.nama_lengkap()).unwrap_or_else(|| "—".into())}</dd></div>
                <div><dt>{tx(|t| t.pendidikan_terakhir)}</dt><dd>{pendidikan.as_ref().map(|r| format!("{} {}", r.tingkat.label(), r.jurusan)).unwrap_or_else(|| "—".into())}</dd></div>
                <div><dt>{tx(|t| t.usia)}</dt><dd id="rincian-usia">{move || rentang(usia, b.get())}</dd></div>
                <div><dt>{tx(|t| t.masa_kerja)}</dt><dd>{move || masa_kerja.map(|r| rentang(r, b.get())).unwrap_or_else(|| "—".into())}
                    <span class="penjelasan">{tx(|t| t.masa_kerja_dasar)}</span></dd></div>
                <div><dt>{tx(|t| t.masa_kerja_golongan)}</dt><dd>{move || mkg.map(|r| rentang(r, b.get())).unwrap_or_else(|| "—".into())}
                    <span class="penjelasan">{tx(|t| t.masa_kerja_golongan_dasar)}</span></dd></div>
                <div><dt>"BUP"</dt><dd id="rincian-bup">{move || (t.get().tahun_n)(bup.usia)}
                    <span class="penjelasan">{move || if b.get() == Bahasa::En { bup.dasar.penjelasan_en() } else { bup.dasar.penjelasan_id() } }</span></dd></div>
                <div><dt>{tx(|t| t.tmt_pensiun)}</dt><dd id="rincian-pensiun">{tanggal_tx(tmt_pensiun)}
                    <span class="penjelasan">{tx(|t| t.tmt_pensiun_dasar)}</span></dd></div>
            </dl>

            <h2>{tx(|t| t.riwayat_pangkat)}</h2>
            <div class="tabel-gulir"><table class="tabel" id="riwayat-pangkat">
                <thead><tr>
                    <th scope="col">{tx(|t| t.pangkat_golongan)}</th>
                    <th scope="col">"TMT"</th>
                    <th scope="col">{tx(|t| t.jenis_kenaikan)}</th>
                    <th scope="col">{tx(|t| t.nomor_sk)}</th>
                    <th scope="col">{tx(|t| t.tanggal_sk)}</th>
                </tr></thead>
                <tbody>
                    {rp.into_iter().map(|r| view! { <tr>
                        <td>{r.golongan.label()}</td>
                        <td>{tanggal_tx(r.tmt)}</td>
                        <td>{dwibahasa(r.jenis_kenaikan.label_id(), r.jenis_kenaikan.label_en())}</td>
                        <td>{r.nomor_sk.clone()}</td>
                        <td>{move || tgl_opsi(r.tanggal_sk, b.get())}</td>
                    </tr> }).collect_view()}
                </tbody>
            </table></div>

            <h2>{tx(|t| t.riwayat_jabatan)}</h2>
            <div class="tabel-gulir"><table class="tabel" id="riwayat-jabatan">
                <thead><tr>
                    <th scope="col">{tx(|t| t.jenis_jabatan)}</th>
                    <th scope="col">{tx(|t| t.nama_jabatan)}</th>
                    <th scope="col">{tx(|t| t.unit_kerja)}</th>
                    <th scope="col">"TMT"</th>
                    <th scope="col">{tx(|t| t.nomor_sk)}</th>
                </tr></thead>
                <tbody>
                    {rj.into_iter().map(|r| { let unit = nama_unit(&r.unit_kerja); view! { <tr>
                        <td>{dwibahasa(r.jenis.label_id(), r.jenis.label_en())}{r.jenjang.map(|j| format!(" — {}", j.label()))}</td>
                        <td>{r.nama.clone()}</td>
                        <td>{unit}</td>
                        <td>{tanggal_tx(r.tmt)}</td>
                        <td>{r.nomor_sk.clone()}</td>
                    </tr> } }).collect_view()}
                </tbody>
            </table></div>

            <h2>{tx(|t| t.riwayat_pendidikan)}</h2>
            <div class="tabel-gulir"><table class="tabel" id="riwayat-pendidikan">
                <thead><tr>
                    <th scope="col">{tx(|t| t.tingkat)}</th>
                    <th scope="col">{tx(|t| t.jurusan)}</th>
                    <th scope="col">{tx(|t| t.institusi)}</th>
                    <th scope="col">{tx(|t| t.tahun_lulus)}</th>
                </tr></thead>
                <tbody>
                    {rd.into_iter().map(|r| view! { <tr>
                        <td>{r.tingkat.label()}</td>
                        <td>{r.jurusan.clone()}</td>
                        <td>{r.institusi.clone()}</td>
                        <td class="angka">{r.tahun_lulus}</td>
                    </tr> }).collect_view()}
                </tbody>
            </table></div>

            <super::riwayat_predikat::RiwayatPredikat pegawai=id.clone()/>

            <Dialog terbuka=hapus id="dialog-hapus" judul=Signal::derive(move || t.get().hapus_pegawai_judul.to_string())>
                <p>{{ let n = p2.nama_lengkap(); let nip = p2.nip.tampil(); move || (t.get().hapus_pegawai_tanya)(&n, &nip) }}</p>
                <div class="aksi">
                    <button type="button" class="tombol tombol--bahaya" id="hapus-ya" on:click=lakukan_hapus.clone()>{tx(|t| t.ya_hapus)}</button>
                    <button type="button" class="tombol" on:click=move |_| hapus.set(false)>{tx(|t| t.batal)}</button>
                </div>
            </Dialog>
        </article>
    }
}
