//! The pegawai's realisasi per RHK and indicator with its bukti dukung, beside the penilai's
//! continuous feedback on that RHK; then the penilai's feedback per BerAKHLAK value.

use super::{judul_bagian, koma, t, tt, Lembar, MedanTeks};
use crate::domain::evaluasi::Capaian;
use crate::domain::id::Id;
use crate::domain::lembar_evaluasi::{
    self, baca_realisasi, hapus_bukti, label_capaian, label_kelompok, setel_nilai, setel_uraian, tambah_bukti,
};
use crate::domain::rencana_skp::{kelompok_rhk, uraian_rhk_pimpinan};
use crate::domain::skp::{angka, Iki, Rhk, Target};
use crate::rules::berakhlak::NilaiBerakhlak;
use crate::ui::providers::{dwibahasa, use_bahasa};
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// A group heading (id, en) with its numbered RHK.
type Kelompok = ((String, String), Vec<(usize, Rhk)>);

/// Realisasi per RHK, grouped as on the form (A. UTAMA, B. TAMBAHAN, perspektif for JPT).
#[component]
pub(super) fn BagianRealisasi(l: Lembar) -> impl IntoView {
    let b = use_bahasa();
    let kelompok: Vec<Kelompok> = l.skp.with_value(|s| {
        kelompok_rhk(s)
            .iter()
            .filter(|k| !k.rhk.is_empty())
            .map(|k| (label_kelompok(k), k.rhk.iter().map(|(n, r)| (*n, (*r).clone())).collect()))
            .collect()
    });
    let kosong = kelompok.is_empty();
    view! {
        <section class="evaluasi__bagian" aria-labelledby="bagian-realisasi-judul">
            {judul_bagian("bagian-realisasi", |t| t.realisasi_judul, Some(|t| t.diisi_pegawai))}
            <p class="petunjuk">{tt(|t| t.realisasi_pengantar)}</p>
            {kosong.then(|| view! { <p class="kosong">{tt(|t| t.tanpa_rhk)}</p> })}
            {kelompok
                .into_iter()
                .map(|((id, en), rhk)| {
                    view! {
                        <h3>{move || if b.get() == Bahasa::En { en.clone() } else { id.clone() }}</h3>
                        {rhk.into_iter().map(|(no, r)| view! { <KartuRhk l=l no=no rhk=r/> }).collect_view()}
                    }
                })
                .collect_view()}
        </section>
    }
}

/// One RHK: its indicators with target and realisasi, its evidence, and the penilai's feedback.
#[component]
fn KartuRhk(l: Lembar, no: usize, rhk: Rhk) -> impl IntoView {
    let t = t();
    let id = rhk.id.clone();
    let pimpinan = {
        let rhk = rhk.clone();
        move || l.data.data.with(|d| l.skp.with_value(|s| uraian_rhk_pimpinan(s, &rhk, &d.skp).map(str::to_string)))
    };
    let baris = rhk.indikator.iter().map(|i| baris_iki(l, &id, i)).collect_view();
    let tanpa_indikator = rhk.indikator.is_empty();
    let umpan_balik = {
        let id = id.clone();
        Signal::derive(move || {
            l.evaluasi.with(|e| e.as_ref().map(|e| e.umpan_balik_untuk(&id).to_string()).unwrap_or_default())
        })
    };
    let simpan_umpan_balik = {
        let id = id.clone();
        Callback::new(move |teks: String| l.ubah_evaluasi(|e| e.set_umpan_balik(&id, teks.trim().to_string())))
    };
    let jenis = rhk.jenis;
    view! {
        <div class="evaluasi__rhk" id=format!("rhk-{id}")>
            <h4 class="evaluasi__rhk-judul">
                <span class="lencana">{dwibahasa(jenis.label_id(), jenis.label_en())}" "{no}</span>" "{rhk.uraian.clone()}
            </h4>
            {move || pimpinan().map(|p| view! {
                <p class="penjelasan">{tt(|t| t.rhk_pimpinan)}": "{p}</p>
            })}
            {if tanpa_indikator {
                view! { <p class="kosong">{tt(|t| t.tanpa_indikator)}</p> }.into_any()
            } else {
                view! {
                    <div class="tabel-gulir">
                        <table class="tabel evaluasi__tabel-iki">
                            <caption class="sr-only">{rhk.uraian.clone()}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{tt(|t| t.aspek)}</th>
                                    <th scope="col">{tt(|t| t.iki)}</th>
                                    <th scope="col">{tt(|t| t.target)}</th>
                                    <th scope="col">{tt(|t| t.realisasi)}</th>
                                    <th scope="col">{tt(|t| t.uraian_realisasi)}</th>
                                    <th scope="col">{tt(|t| t.capaian)}</th>
                                </tr>
                            </thead>
                            <tbody>{baris}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
            <BuktiDukung l=l rhk=id.clone()/>
            <div class="evaluasi__umpan-balik">
                <MedanTeks
                    id=format!("umpan-balik-{id}")
                    label=Signal::derive(move || format!("{} ({})", t().umpan_balik_rhk, t().diisi_penilai.to_lowercase()))
                    nilai=umpan_balik
                    pada_ubah=simpan_umpan_balik
                />
            </div>
        </div>
    }
}

/// One indicator: target, the realisasi number (numeric targets only) and its description,
/// and how it compares with the target (icon and words, not colour alone).
fn baris_iki(l: Lembar, rhk: &Id, i: &Iki) -> impl IntoView {
    let t = t();
    let b = use_bahasa();
    let koma = koma();
    let iki = i.id.clone();
    let satuan = match &i.target {
        Target::Angka { satuan, .. } => Some(satuan.clone()),
        Target::Teks(_) => None,
    };
    let target = i.target.clone();
    let indikator = i.indikator.clone();
    let aspek = i.aspek;
    let galat = RwSignal::new(false);
    let ambil = {
        let (rhk, iki) = (rhk.clone(), iki.clone());
        move |f: fn(&crate::domain::evaluasi::RealisasiIki) -> String| {
            l.realisasi.with(|r| r.as_ref().and_then(|r| r.nilai_iki(&rhk, &iki)).map(f).unwrap_or_default())
        }
    };
    let id_nilai = format!("realisasi-{iki}");
    let id_uraian = format!("uraian-{iki}");
    let id_galat = format!("galat-{iki}");
    let sel_nilai = satuan.map(|satuan| {
        let (rhk, iki) = (rhk.clone(), iki.clone());
        let ambil = ambil.clone();
        let simpan = move |ev| match baca_realisasi(&event_target_value(&ev)) {
            Ok(n) => {
                galat.set(false);
                l.ubah_realisasi(|r| setel_nilai(r, &rhk, &iki, n));
            }
            Err(_) => galat.set(true),
        };
        let indikator = indikator.clone();
        view! {
            <label class="sr-only" for=id_nilai.clone()>{move || format!("{} — {}", t().realisasi, indikator)}</label>
            <span class="evaluasi__angka">
                <input
                    type="text"
                    inputmode="decimal"
                    id=id_nilai
                    aria-describedby=id_galat.clone()
                    aria-invalid=move || if galat.get() { "true" } else { "false" }
                    prop:value=move || ambil(|x| x.nilai.map(|n| angka(n, ',')).unwrap_or_default())
                    on:change=simpan
                />
                <span>{satuan}</span>
            </span>
            <p class="medan__galat" id=id_galat role="alert">
                {move || galat.get().then(|| if b.get() == Bahasa::En {
                    lembar_evaluasi::BukanAngka.pesan_en()
                } else {
                    lembar_evaluasi::BukanAngka.pesan_id()
                })}
            </p>
        }
        .into_any()
    });
    let sel_nilai =
        sel_nilai.unwrap_or_else(|| view! { <span class="penjelasan">"— "{tt(|t| t.target_uraian)}</span> }.into_any());
    let simpan_uraian = {
        let (rhk, iki) = (rhk.clone(), iki.clone());
        move |ev| {
            let teks = event_target_value(&ev);
            l.ubah_realisasi(|r| setel_uraian(r, &rhk, &iki, &teks));
        }
    };
    let capaian = {
        let (rhk, iki) = (rhk.clone(), iki.clone());
        move || l.skp.with_value(|s| l.realisasi.with(|r| lembar_evaluasi::capaian(s, r.as_ref(), &rhk, &iki)))
    };
    view! {
        <tr>
            <td data-label=tt(|t| t.aspek)>{aspek.map(|a| dwibahasa(a.label_id(), a.label_en()))}</td>
            <td data-label=tt(|t| t.iki)>{i.indikator.clone()}</td>
            <td class="angka" data-label=tt(|t| t.target)>{move || target.tampil(koma())}</td>
            <td data-label=tt(|t| t.realisasi)>{sel_nilai}</td>
            <td data-label=tt(|t| t.uraian_realisasi)>
                <label class="sr-only" for=id_uraian.clone()>{move || format!("{} — {}", t().uraian_realisasi, indikator)}</label>
                <input type="text" id=id_uraian prop:value=move || ambil(|x| x.uraian.clone()) on:change=simpan_uraian/>
            </td>
            <td id=format!("capaian-{iki}") data-label=tt(|t| t.capaian)>
                {move || {
                    let c = capaian();
                    let (id, en) = label_capaian(Some(c));
                    let ikon = match c {
                        Capaian::DiAtas => "▲",
                        Capaian::Sesuai => "●",
                        Capaian::DiBawah => "▼",
                        Capaian::TidakTerukur => "○",
                    };
                    view! {
                        <span class=format!("evaluasi__capaian evaluasi__capaian--{}", ikon_kelas(c))>
                            <span aria-hidden="true">{ikon}" "</span>
                            {if b.get() == Bahasa::En { en } else { id }}
                        </span>
                    }
                }}
            </td>
        </tr>
    }
}

fn ikon_kelas(c: Capaian) -> &'static str {
    match c {
        Capaian::DiAtas => "atas",
        Capaian::Sesuai => "sesuai",
        Capaian::DiBawah => "bawah",
        Capaian::TidakTerukur => "belum",
    }
}

/// The evidence of one RHK: listed (links as plain text, never fetched), added, removed.
#[component]
fn BuktiDukung(l: Lembar, rhk: Id) -> impl IntoView {
    let t = t();
    let uraian = RwSignal::new(String::new());
    let tautan = RwSignal::new(String::new());
    let galat = RwSignal::new(false);
    let daftar = {
        let rhk = rhk.clone();
        move || {
            l.realisasi
                .with(|r| r.as_ref().and_then(|r| r.untuk_rhk(&rhk)).map(|x| x.bukti.clone()).unwrap_or_default())
        }
    };
    let kosong = {
        let daftar = daftar.clone();
        move || daftar().is_empty()
    };
    let tambah = {
        let rhk = rhk.clone();
        move |_| {
            let (u, k) = (uraian.get_untracked(), tautan.get_untracked());
            if u.trim().is_empty() {
                galat.set(true);
                return;
            }
            galat.set(false);
            l.ubah_realisasi(|r| {
                tambah_bukti(r, &rhk, &u, &k);
            });
            uraian.set(String::new());
            tautan.set(String::new());
        }
    };
    let id_uraian = format!("bukti-uraian-{rhk}");
    let id_tautan = format!("bukti-tautan-{rhk}");
    let id_galat = format!("bukti-galat-{rhk}");
    let rhk_hapus = rhk.clone();
    view! {
        <div class="evaluasi__bukti">
            <h5 class="evaluasi__subjudul">{tt(|t| t.bukti_dukung)}</h5>
            <ul class="evaluasi__daftar-bukti" id=format!("daftar-bukti-{rhk}")>
                {move || {
                    daftar()
                        .into_iter()
                        .enumerate()
                        .map(|(i, bk)| {
                            let rhk = rhk_hapus.clone();
                            let label = bk.uraian.clone();
                            view! {
                                <li>
                                    <span>{bk.uraian}</span>
                                    {(!bk.tautan.is_empty()).then(|| view! { <span class="evaluasi__tautan">{bk.tautan}</span> })}
                                    <button
                                        type="button"
                                        class="tombol tombol--kecil tombol--teks"
                                        aria-label=move || format!("{}: {}", t().hapus, label)
                                        on:click=move |_| l.ubah_realisasi(|r| hapus_bukti(r, &rhk, i))
                                    >
                                        {tt(|t| t.hapus)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            {move || kosong().then(|| view! { <p class="penjelasan">{tt(|t| t.bukti_kosong)}</p> })}
            <div class="evaluasi__tambah-bukti">
                <div class="medan">
                    <label for=id_uraian.clone()>{tt(|t| t.bukti_uraian)}</label>
                    <input
                        type="text"
                        id=id_uraian
                        aria-describedby=id_galat.clone()
                        aria-invalid=move || if galat.get() { "true" } else { "false" }
                        prop:value=move || uraian.get()
                        on:input=move |ev| uraian.set(event_target_value(&ev))
                    />
                    <p class="medan__galat" id=id_galat role="alert">{move || galat.get().then(|| t().bukti_wajib_uraian)}</p>
                </div>
                <div class="medan">
                    <label for=id_tautan.clone()>{tt(|t| t.bukti_tautan)}</label>
                    <input type="text" id=id_tautan prop:value=move || tautan.get() on:input=move |ev| tautan.set(event_target_value(&ev))/>
                    <span class="medan__petunjuk">{tt(|t| t.bukti_tautan_petunjuk)}</span>
                </div>
                <button type="button" class="tombol" id=format!("tambah-bukti-{rhk}") on:click=tambah>{tt(|t| t.tambah_bukti)}</button>
            </div>
        </div>
    }
}

/// The penilai's feedback per BerAKHLAK value, with the value's three official panduan and the
/// SKP's ekspektasi khusus pimpinan.
#[component]
pub(super) fn BagianPerilaku(l: Lembar) -> impl IntoView {
    let b = use_bahasa();
    let t = t();
    let baris: Vec<(NilaiBerakhlak, String)> = l.skp.with_value(|s| {
        NilaiBerakhlak::SEMUA
            .into_iter()
            .map(|n| {
                let e =
                    s.perilaku.iter().find(|p| p.nilai == n).map(|p| p.ekspektasi_khusus.clone()).unwrap_or_default();
                (n, e)
            })
            .collect()
    });
    view! {
        <section class="evaluasi__bagian" aria-labelledby="bagian-perilaku-judul">
            {judul_bagian("bagian-perilaku", |t| t.perilaku_judul, Some(|t| t.diisi_penilai))}
            <p class="petunjuk">{tt(|t| t.perilaku_pengantar)}</p>
            <div class="evaluasi__perilaku">
                {baris
                    .into_iter()
                    .enumerate()
                    .map(|(i, (n, ekspektasi))| {
                        let u = n.uraian();
                        let nilai = Signal::derive(move || {
                            l.evaluasi.with(|e| e.as_ref().map(|e| e.umpan_balik_perilaku_untuk(n).to_string()).unwrap_or_default())
                        });
                        let simpan = Callback::new(move |teks: String| {
                            l.ubah_evaluasi(|e| e.set_umpan_balik_perilaku(n, teks.trim().to_string()))
                        });
                        let kosong = ekspektasi.trim().is_empty();
                        view! {
                            <div class="evaluasi__nilai" id=format!("perilaku-{}", i + 1)>
                                <h3 class="evaluasi__nilai-judul">{i + 1}". "{dwibahasa(u.nama, u.nama_en)}</h3>
                                <ul class="evaluasi__panduan">
                                    {(0..3).map(|k| view! { <li>{dwibahasa(u.panduan_id[k], u.panduan_en[k])}</li> }).collect_view()}
                                </ul>
                                <p class="evaluasi__ekspektasi">
                                    <strong>{tt(|t| t.ekspektasi_khusus)}": "</strong>
                                    {if kosong { view! { <span class="penjelasan">{tt(|t| t.belum_diisi)}</span> }.into_any() } else { ekspektasi.into_any() }}
                                </p>
                                <MedanTeks
                                    id=format!("umpan-balik-perilaku-{}", i + 1)
                                    label=Signal::derive(move || format!("{} — {}", t().umpan_balik, if b.get() == Bahasa::En { u.nama_en } else { u.nama }))
                                    nilai=nilai
                                    pada_ubah=simpan
                                />
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
