//! The dialog kinerja log of the SKP (asn-rules.md §1.5): date, who took part, topics,
//! agreements and follow-ups; added, edited and deleted here, newest first.

use super::{judul_bagian, t, tt, Lembar, T};
use crate::domain::evaluasi::DialogKinerja;
use crate::domain::id::Id;
use crate::domain::tanggal::Tanggal;
use crate::ui::components::Dialog;
use crate::ui::pages::pegawai_detail::tgl;
use crate::ui::peramban::{hari_ini, id_baru, sekarang};
use crate::ui::providers::use_bahasa;
use leptos::prelude::*;

#[component]
pub(super) fn BagianDialog(l: Lembar) -> impl IntoView {
    let t = t();
    let b = use_bahasa();
    let skp_id = l.skp_id();
    let daftar = {
        let id = skp_id.clone();
        move || l.data.data.with(|d| d.dialog_skp(&id).into_iter().cloned().collect::<Vec<_>>())
    };
    let terbuka = RwSignal::new(false);
    let draf = RwSignal::new(None::<DialogKinerja>);
    let galat = RwSignal::new(false);
    let tanya_hapus = RwSignal::new(false);
    let akan_dihapus = RwSignal::new(None::<(Id, Tanggal)>);
    let mode_baru = RwSignal::new(true);

    let baru = move |_| {
        let (skp, peserta) = l.skp.with_value(|s| {
            let nama: Vec<&str> = [Some(&s.dinilai), s.penilai.as_ref()]
                .into_iter()
                .flatten()
                .map(|c| c.nama.as_str())
                .filter(|n| !n.is_empty())
                .collect();
            (s.id.clone(), nama.join("; "))
        });
        let kini = sekarang();
        draf.set(Some(DialogKinerja {
            id: id_baru(),
            created_at: kini,
            updated_at: kini,
            dihapus_pada: None,
            skp,
            tanggal: hari_ini(),
            peserta,
            topik: String::new(),
            kesepakatan: String::new(),
            tindak_lanjut: String::new(),
        }));
        galat.set(false);
        mode_baru.set(true);
        terbuka.set(true);
    };
    let simpan = move |_| {
        let Some(d) = draf.get_untracked() else { return };
        l.data.ubah(|ds| [ds.simpan_dialog(d, sekarang())]);
        terbuka.set(false);
    };
    let hapus = move |_| {
        if let Some((id, _)) = akan_dihapus.get_untracked() {
            l.data.ubah(|d| d.hapus_dialog(&id, sekarang()));
        }
        tanya_hapus.set(false);
    };
    let judul_form =
        Signal::derive(move || if mode_baru.get() { t().catat_dialog } else { t().ubah_dialog }.to_string());

    view! {
        <section class="evaluasi__bagian" aria-labelledby="bagian-dialog-judul">
            {judul_bagian("bagian-dialog", |t| t.dialog_judul, None)}
            <p class="petunjuk">{tt(|t| t.dialog_pengantar)}</p>
            <div class="aksi">
                <button type="button" class="tombol" id="catat-dialog" on:click=baru>{tt(|t| t.catat_dialog)}</button>
            </div>
            <ol class="evaluasi__dialog" id="daftar-dialog">
                {let daftar = daftar.clone(); move || {
                    daftar()
                        .into_iter()
                        .map(|d| {
                            let (untuk_ubah, id, tanggal) = (d.clone(), d.id.clone(), d.tanggal);
                            view! {
                                <li class="evaluasi__dialog-entri">
                                    <h3 class="evaluasi__nilai-judul">{move || tgl(d.tanggal, b.get())}</h3>
                                    <dl class="evaluasi__dialog-isi">
                                        {isian(|t| t.peserta, d.peserta.clone())}
                                        {isian(|t| t.topik, d.topik.clone())}
                                        {isian(|t| t.kesepakatan, d.kesepakatan.clone())}
                                        {isian(|t| t.tindak_lanjut, d.tindak_lanjut.clone())}
                                    </dl>
                                    <div class="aksi">
                                        <button
                                            type="button"
                                            class="tombol tombol--kecil evaluasi__ubah-dialog"
                                            aria-label=move || format!("{} — {}", t().ubah, tgl(tanggal, b.get()))
                                            on:click=move |_| {
                                                draf.set(Some(untuk_ubah.clone()));
                                                galat.set(false);
                                                mode_baru.set(false);
                                                terbuka.set(true);
                                            }
                                        >
                                            {tt(|t| t.ubah)}
                                        </button>
                                        <button
                                            type="button"
                                            class="tombol tombol--kecil tombol--bahaya evaluasi__hapus-dialog"
                                            aria-label=move || format!("{} — {}", t().hapus, tgl(tanggal, b.get()))
                                            on:click=move |_| {
                                                akan_dihapus.set(Some((id.clone(), tanggal)));
                                                tanya_hapus.set(true);
                                            }
                                        >
                                            {tt(|t| t.hapus)}
                                        </button>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            {move || daftar().is_empty().then(|| view! { <p class="kosong">{tt(|t| t.dialog_kosong)}</p> })}

            <Dialog terbuka=terbuka id="dialog-kinerja" judul=judul_form>
                <div class="evaluasi__form-dialog">
                    <div class="medan">
                        <label for="dialog-tanggal">{tt(|t| t.tanggal)}</label>
                        <input
                            type="date"
                            id="dialog-tanggal"
                            aria-describedby="dialog-tanggal-galat"
                            aria-invalid=move || if galat.get() { "true" } else { "false" }
                            prop:value=move || draf.with(|d| d.as_ref().map(|d| d.tanggal.iso()).unwrap_or_default())
                            on:change=move |ev| match Tanggal::parse_iso(&event_target_value(&ev)) {
                                Some(tg) => {
                                    galat.set(false);
                                    draf.update(|d| if let Some(d) = d { d.tanggal = tg });
                                }
                                None => galat.set(true),
                            }
                        />
                        <p class="medan__galat" id="dialog-tanggal-galat" role="alert">{move || galat.get().then(|| t().tanggal_wajib)}</p>
                    </div>
                    {medan(draf, "dialog-peserta", |t| t.peserta, |d| &d.peserta, |d| &mut d.peserta)}
                    {medan(draf, "dialog-topik", |t| t.topik, |d| &d.topik, |d| &mut d.topik)}
                    {medan(draf, "dialog-kesepakatan", |t| t.kesepakatan, |d| &d.kesepakatan, |d| &mut d.kesepakatan)}
                    {medan(draf, "dialog-tindak-lanjut", |t| t.tindak_lanjut, |d| &d.tindak_lanjut, |d| &mut d.tindak_lanjut)}
                    <div class="aksi">
                        <button type="button" class="tombol tombol--utama" id="simpan-dialog" disabled=move || galat.get() on:click=simpan>
                            {tt(|t| t.simpan)}
                        </button>
                        <button type="button" class="tombol" on:click=move |_| terbuka.set(false)>{tt(|t| t.batal)}</button>
                    </div>
                </div>
            </Dialog>
            <Dialog terbuka=tanya_hapus id="dialog-hapus-dialog" judul=Signal::derive(move || t().hapus_dialog_judul.to_string())>
                <p>{move || akan_dihapus.get().map(|(_, tg)| (t().hapus_dialog_tanya)(&tgl(tg, b.get())))}</p>
                <div class="aksi">
                    <button type="button" class="tombol tombol--bahaya" id="hapus-dialog-ya" on:click=hapus>{tt(|t| t.ya_hapus)}</button>
                    <button type="button" class="tombol" on:click=move |_| tanya_hapus.set(false)>{tt(|t| t.batal)}</button>
                </div>
            </Dialog>
        </section>
    }
}

/// One field of a logged dialogue (skipped when empty).
fn isian(label: fn(&'static T) -> &'static str, isi: String) -> impl IntoView {
    (!isi.trim().is_empty()).then(|| view! { <div><dt>{tt(label)}</dt><dd>{isi}</dd></div> })
}

/// A text area of the dialogue form bound to one field of the draft.
fn medan(
    draf: RwSignal<Option<DialogKinerja>>,
    id: &'static str,
    label: fn(&'static T) -> &'static str,
    baca: fn(&DialogKinerja) -> &String,
    tulis: fn(&mut DialogKinerja) -> &mut String,
) -> impl IntoView {
    view! {
        <div class="medan">
            <label for=id>{tt(label)}</label>
            <textarea
                id=id
                rows="2"
                prop:value=move || draf.with(|d| d.as_ref().map(|d| baca(d).clone()).unwrap_or_default())
                on:input=move |ev| {
                    let teks = event_target_value(&ev);
                    draf.update(|d| if let Some(d) = d { *tulis(d) = teks });
                }
            ></textarea>
        </div>
    }
}
