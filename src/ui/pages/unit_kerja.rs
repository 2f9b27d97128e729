//! The unit kerja tree editor: add, rename, move and delete units. Moving or deleting a unit
//! that has members first says how many and asks what to do with them.

use crate::domain::id::Id;
use crate::domain::unit;
use crate::store::dataset::{Koleksi, NasibAnggota};
use crate::ui::components::{Dialog, Judul};
use crate::ui::peramban::{id_baru, sekarang};
use crate::ui::providers::{tx, use_bahasa, use_data, use_teks};
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// The unit tree page.
#[component]
pub fn HalamanUnitKerja() -> impl IntoView {
    let t = use_teks();
    let b = use_bahasa();
    let data = use_data();

    let nama_baru = RwSignal::new(String::new());
    let induk_baru = RwSignal::new(String::new());
    let galat_tambah = RwSignal::new(None::<&'static str>);

    // Dialog state: which unit, and the action being confirmed.
    let sasaran = RwSignal::new(None::<Id>);
    let buka_pindah = RwSignal::new(false);
    let buka_hapus = RwSignal::new(false);
    let buka_ganti = RwSignal::new(false);
    let isian_nama = RwSignal::new(String::new());
    let isian_induk = RwSignal::new(String::new());
    let nasib = RwSignal::new(String::from("ikut"));
    let tujuan = RwSignal::new(String::new());
    let galat_dialog = RwSignal::new(None::<String>);

    let pohon = move || {
        data.data.with(|d| {
            unit::urutan_pohon(&d.unit_kerja)
                .into_iter()
                .map(|(u, dalam)| {
                    let subtree = unit::keturunan(&d.unit_kerja, &u.id);
                    let langsung = d.pegawai_aktif().filter(|p| p.unit_kerja.as_ref() == Some(&u.id)).count();
                    let total = d.anggota_unit(&subtree).count();
                    (u.id.clone(), u.nama.clone(), dalam, langsung, total)
                })
                .collect::<Vec<_>>()
        })
    };
    let pilihan = move || data.pilihan_unit();
    let nama_sasaran = move || {
        sasaran.get().and_then(|id| data.data.with(|d| d.cari_unit(&id).map(|u| u.nama.clone()))).unwrap_or_default()
    };
    let dampak = move || {
        sasaran
            .get()
            .map(|id| data.data.with(|d| unit::rencana_hapus_unit(&d.unit_kerja, &d.pegawai, &id)))
            .map(|x| (x.sub_unit.len().saturating_sub(1), x.anggota.len()))
            .unwrap_or((0, 0))
    };

    let tambah = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let nama = nama_baru.get_untracked().trim().to_string();
        if nama.is_empty() {
            galat_tambah.set(Some(t.get_untracked().nama_unit_wajib));
            return;
        }
        galat_tambah.set(None);
        let induk = Id::parse(&induk_baru.get_untracked());
        data.ubah(|d| {
            d.tambah_unit(id_baru(), nama, induk, sekarang());
            [Koleksi::UnitKerja]
        });
        nama_baru.set(String::new());
    };

    let ganti_nama = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let nama = isian_nama.get_untracked().trim().to_string();
        if nama.is_empty() {
            galat_dialog.set(Some(t.get_untracked().nama_unit_wajib.to_string()));
            return;
        }
        if let Some(id) = sasaran.get_untracked() {
            data.ubah(|d| d.ganti_nama_unit(&id, nama, sekarang()).then_some(Koleksi::UnitKerja));
        }
        buka_ganti.set(false);
    };

    let pindah = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(id) = sasaran.get_untracked() else { return };
        let induk = Id::parse(&isian_induk.get_untracked());
        let anggota_ke = (nasib.get_untracked() == "pindahkan").then(|| Id::parse(&tujuan.get_untracked()));
        if anggota_ke == Some(None) {
            galat_dialog.set(Some(t.get_untracked().pilih_unit_tujuan.to_string()));
            return;
        }
        let mut hasil = Ok(());
        data.ubah(|d| {
            let k = d.pindah_unit_beserta(&id, induk, anggota_ke.flatten(), sekarang());
            let tersentuh = k.clone().unwrap_or_default();
            hasil = k.map(|_| ());
            tersentuh
        });
        match hasil {
            Ok(()) => buka_pindah.set(false),
            Err(e) => galat_dialog
                .set(Some(if b.get_untracked() == Bahasa::En { e.pesan_en() } else { e.pesan_id() }.to_string())),
        }
    };

    let hapus = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(id) = sasaran.get_untracked() else { return };
        let n = if nasib.get_untracked() == "pindahkan" {
            match Id::parse(&tujuan.get_untracked()) {
                Some(t) => NasibAnggota::PindahkanKe(t),
                None => {
                    galat_dialog.set(Some(t.get_untracked().pilih_unit_tujuan.to_string()));
                    return;
                }
            }
        } else {
            NasibAnggota::Lepaskan
        };
        let mut hasil = Ok([Koleksi::UnitKerja, Koleksi::Pegawai]);
        data.ubah(|d| {
            hasil = d.hapus_unit(&id, n, sekarang());
            hasil.map(|k| k.to_vec()).unwrap_or_default()
        });
        match hasil {
            Ok(_) => buka_hapus.set(false),
            Err(e) => galat_dialog
                .set(Some(if b.get_untracked() == Bahasa::En { e.pesan_en() } else { e.pesan_id() }.to_string())),
        }
    };

    let buka = move |id: Id, dialog: RwSignal<bool>| {
        let (nama, induk) = data.data.with_untracked(|d| {
            d.cari_unit(&id)
                .map(|u| (u.nama.clone(), u.induk.as_ref().map(|i| i.to_string()).unwrap_or_default()))
                .unwrap_or_default()
        });
        isian_nama.set(nama);
        isian_induk.set(induk);
        nasib.set(if dialog == buka_hapus { "lepaskan".into() } else { "ikut".into() });
        tujuan.set(String::new());
        galat_dialog.set(None);
        sasaran.set(Some(id));
        dialog.set(true);
    };

    let pilihan_nasib = move |nilai: &'static str, label: fn(&crate::ui::teks::Teks) -> &'static str| {
        view! {
            <label class="pilihan">
                <input type="radio" name="nasib" value=nilai prop:checked=move || nasib.get() == nilai on:change=move |_| nasib.set(nilai.into())/>
                {move || label(t.get())}
            </label>
        }
    };
    let pilih_tujuan = move || {
        view! {
            <Show when=move || nasib.get() == "pindahkan">
                <div class="medan">
                    <label for="unit-tujuan">{tx(|t| t.unit_tujuan)}</label>
                    <select id="unit-tujuan" on:change=move |ev| tujuan.set(event_target_value(&ev))>
                        <option value="">{tx(|t| t.pilih)}</option>
                        {move || {
                            let terlarang = sasaran.get().map(|id| data.data.with(|d| unit::keturunan(&d.unit_kerja, &id))).unwrap_or_default();
                            pilihan().into_iter().filter(|(id, _)| buka_pindah.get() || !terlarang.iter().any(|x| x.as_str() == id))
                                .filter(|(id, _)| sasaran.get().is_none_or(|s| s.as_str() != id))
                                .map(|(id, nama)| view! { <option value=id>{nama}</option> }).collect_view()
                        }}
                    </select>
                </div>
            </Show>
        }
    };
    let galat_dialog_view = move || galat_dialog.get().map(|g| view! { <p class="medan__galat" role="alert">{g}</p> });

    view! {
        <section class="halaman">
            <Judul teks=Signal::derive(move || t.get().nav_unit.to_string())/>
            <p class="halaman__pengantar">{tx(|t| t.unit_pengantar)}</p>

            <form class="formulir formulir--sebaris" id="formulir-unit" on:submit=tambah>
                <div class="medan medan--lebar" class:medan--galat=move || galat_tambah.get().is_some()>
                    <label for="unit-nama">{tx(|t| t.nama_unit)}</label>
                    <input id="unit-nama" type="text" prop:value=move || nama_baru.get() on:input=move |ev| nama_baru.set(event_target_value(&ev))
                        aria-describedby="unit-nama-galat" aria-invalid=move || galat_tambah.get().is_some().then_some("true")/>
                    <p class="medan__galat" id="unit-nama-galat">{move || galat_tambah.get()}</p>
                </div>
                <div class="medan">
                    <label for="unit-induk">{tx(|t| t.induk)}</label>
                    <select id="unit-induk" on:change=move |ev| induk_baru.set(event_target_value(&ev)) prop:value=move || induk_baru.get()>
                        <option value="">{tx(|t| t.tanpa_induk)}</option>
                        {move || pilihan().into_iter().map(|(id, nama)| view! { <option value=id>{nama}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="tombol tombol--utama" id="tambah-unit">{tx(|t| t.tambah_unit)}</button>
            </form>

            {move || {
                let v = pohon();
                if v.is_empty() {
                    return view! { <p class="kosong">{tx(|t| t.unit_kosong)}</p> }.into_any();
                }
                view! {
                    <ul class="pohon" id="pohon-unit">
                        {v.into_iter().map(|(id, nama, dalam, langsung, total)| {
                            let (a, c, d) = (id.clone(), id.clone(), id.clone());
                            view! {
                                <li class=format!("pohon__simpul pohon__simpul--{}", dalam.min(6))>
                                    <span class="pohon__nama">{nama}</span>
                                    <span class="pohon__jumlah">{move || (t.get().jumlah_anggota)(langsung, total)}</span>
                                    <span class="pohon__aksi">
                                        <button type="button" class="tombol tombol--kecil" on:click=move |_| buka(a.clone(), buka_ganti)>{tx(|t| t.ganti_nama)}</button>
                                        <button type="button" class="tombol tombol--kecil" on:click=move |_| buka(c.clone(), buka_pindah)>{tx(|t| t.pindahkan)}</button>
                                        <button type="button" class="tombol tombol--kecil tombol--bahaya" on:click=move |_| buka(d.clone(), buka_hapus)>{tx(|t| t.hapus)}</button>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}

            <Dialog terbuka=buka_ganti id="dialog-ganti-nama" judul=Signal::derive(move || t.get().ganti_nama.to_string())>
                <form on:submit=ganti_nama>
                    <div class="medan">
                        <label for="ganti-nama-isian">{tx(|t| t.nama_unit)}</label>
                        <input id="ganti-nama-isian" type="text" prop:value=move || isian_nama.get() on:input=move |ev| isian_nama.set(event_target_value(&ev))/>
                    </div>
                    {galat_dialog_view}
                    <div class="aksi">
                        <button type="submit" class="tombol tombol--utama">{tx(|t| t.simpan)}</button>
                        <button type="button" class="tombol" on:click=move |_| buka_ganti.set(false)>{tx(|t| t.batal)}</button>
                    </div>
                </form>
            </Dialog>

            <Dialog terbuka=buka_pindah id="dialog-pindah" judul=Signal::derive(move || format!("{} {}", t.get().pindahkan, nama_sasaran()))>
                <form on:submit=pindah>
                    <div class="medan">
                        <label for="pindah-induk">{tx(|t| t.induk_baru)}</label>
                        <select id="pindah-induk" on:change=move |ev| isian_induk.set(event_target_value(&ev))>
                            <option value="" selected=move || isian_induk.get().is_empty()>{tx(|t| t.tanpa_induk)}</option>
                            {move || {
                                let terlarang = sasaran.get().map(|id| data.data.with(|d| unit::keturunan(&d.unit_kerja, &id))).unwrap_or_default();
                                let dipilih = isian_induk.get_untracked();
                                pilihan().into_iter().filter(|(id, _)| !terlarang.iter().any(|x| x.as_str() == id))
                                    .map(|(id, nama)| { let s = id == dipilih; view! { <option value=id selected=s>{nama}</option> } }).collect_view()
                            }}
                        </select>
                    </div>
                    <p>{move || { let (sub, n) = dampak(); (t.get().dampak_pindah)(sub, n) }}</p>
                    <Show when=move || { dampak().1 > 0 }>
                        <fieldset class="formulir__bagian">
                            <legend>{tx(|t| t.pegawai_unit_ini)}</legend>
                            {pilihan_nasib("ikut", |t| t.anggota_ikut_pindah)}
                            {pilihan_nasib("pindahkan", |t| t.anggota_pindah_ke_unit_lain)}
                            {pilih_tujuan}
                        </fieldset>
                    </Show>
                    {galat_dialog_view}
                    <div class="aksi">
                        <button type="submit" class="tombol tombol--utama" id="pindah-ya">{tx(|t| t.pindahkan)}</button>
                        <button type="button" class="tombol" on:click=move |_| buka_pindah.set(false)>{tx(|t| t.batal)}</button>
                    </div>
                </form>
            </Dialog>

            <Dialog terbuka=buka_hapus id="dialog-hapus-unit" judul=Signal::derive(move || format!("{} {}", t.get().hapus, nama_sasaran()))>
                <form on:submit=hapus>
                    <p>{move || { let (sub, n) = dampak(); (t.get().dampak_hapus)(sub, n) }}</p>
                    <Show when=move || { dampak().1 > 0 }>
                        <fieldset class="formulir__bagian">
                            <legend>{tx(|t| t.pegawai_unit_ini)}</legend>
                            {pilihan_nasib("lepaskan", |t| t.anggota_lepaskan)}
                            {pilihan_nasib("pindahkan", |t| t.anggota_pindah_ke_unit_lain)}
                            {pilih_tujuan}
                        </fieldset>
                    </Show>
                    {galat_dialog_view}
                    <div class="aksi">
                        <button type="submit" class="tombol tombol--bahaya" id="hapus-unit-ya">{tx(|t| t.ya_hapus)}</button>
                        <button type="button" class="tombol" on:click=move |_| buka_hapus.set(false)>{tx(|t| t.batal)}</button>
                    </div>
                </form>
            </Dialog>
        </section>
    }
}
