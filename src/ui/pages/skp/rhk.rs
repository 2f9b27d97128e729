//! The Hasil Kerja part of the SKP page: RHK grouped as on the form (A. UTAMA / B. TAMBAHAN,
//! and in an SKP JPT the utama ones by perspektif), each with its description, the leader's
//! RHK it intervenes, and its indicators with aspek and target.

use super::{medan, tampil_angka, Bentuk, Kerja, T};
use crate::domain::id::Id;
use crate::domain::rencana_skp::{
    baca_angka, ganti_jenis_target, geser_iki, geser_rhk, iki_baru, kelompok_rhk, rhk_baru, skp_pimpinan,
    SumberRhkPimpinan,
};
use crate::domain::skp::{Aspek, Iki, JenisRhk, Pendekatan, Perspektif, Rhk, Skp, Target};
use crate::ui::peramban::id_baru;
use crate::ui::providers::use_data;
use leptos::prelude::*;

type KunciKelompok = (JenisRhk, Option<Perspektif>);
/// The groups of the working copy: key, and (number, RHK id) in order.
type DaftarKelompok = Memo<Vec<(KunciKelompok, Vec<(usize, Id)>)>>;

fn kode_kelompok(k: KunciKelompok) -> String {
    match k {
        (JenisRhk::Utama, Some(p)) => {
            format!("utama-{}", Perspektif::SEMUA.iter().position(|x| *x == p).map_or(0, |i| i + 1))
        }
        (JenisRhk::Utama, None) => "utama".into(),
        (JenisRhk::Tambahan, _) => "tambahan".into(),
    }
}

fn huruf(j: JenisRhk) -> &'static str {
    match j {
        JenisRhk::Utama => "A",
        JenisRhk::Tambahan => "B",
    }
}

fn cari_rhk<'a>(s: &'a Skp, id: &Id) -> Option<&'a Rhk> {
    s.rhk.iter().find(|r| &r.id == id)
}

fn cari_iki<'a>(s: &'a Skp, rhk: &Id, iki: &Id) -> Option<&'a Iki> {
    cari_rhk(s, rhk)?.indikator.iter().find(|i| &i.id == iki)
}

fn ubah_rhk(k: Kerja, id: &Id, f: impl FnOnce(&mut Rhk)) {
    k.ubah(|s| {
        if let Some(r) = s.rhk.iter_mut().find(|r| &r.id == id) {
            f(r)
        }
    });
}

fn ubah_iki(k: Kerja, rhk: &Id, iki: &Id, f: impl FnOnce(&mut Iki)) {
    ubah_rhk(k, rhk, |r| {
        if let Some(i) = r.indikator.iter_mut().find(|i| &i.id == iki) {
            f(i)
        }
    });
}

/// A small icon button (↑ ↓ ✕) with a text label for screen readers.
fn tombol_ikon(
    k: Kerja,
    id: String,
    ikon: &'static str,
    label: fn(&'static T) -> &'static str,
    klik: impl Fn() + Send + Sync + 'static,
) -> AnyView {
    view! {
        <button type="button" class="tombol tombol--kecil skp-ikon" id=id aria-label=k.tx.f(label) title=k.tx.f(label)
            on:click=move |_| klik()>
            <span aria-hidden="true">{ikon}</span>
        </button>
    }
    .into_any()
}

/// The RHK of the SKP, by group, with add buttons.
#[component]
pub(super) fn HasilKerja(k: Kerja) -> impl IntoView {
    let tx = k.tx;
    let kelompok = Memo::new(move |_| {
        k.draf.with(|s| {
            kelompok_rhk(s)
                .into_iter()
                .map(|g| {
                    let kunci = (g.jenis, g.perspektif);
                    let isi: Vec<(usize, Id)> = g.rhk.into_iter().map(|(n, r)| (n, r.id.clone())).collect();
                    (kunci, isi)
                })
                .collect::<Vec<_>>()
        })
    });
    let kunci = move || kelompok.with(|v| v.iter().map(|(kunci, _)| *kunci).collect::<Vec<_>>());
    view! {
        <section class="skp__bagian" aria-labelledby="skp-hasil-judul">
            <h2 id="skp-hasil-judul">{tx.f(|t| t.hasil_kerja)}</h2>
            <For each=kunci key=|kunci| *kunci let:kunci>
                <Kelompok k=k kunci=kunci kelompok=kelompok/>
            </For>
        </section>
    }
}

/// One group: its heading, its RHK cards, and a button to add one to it.
#[component]
fn Kelompok(k: Kerja, kunci: KunciKelompok, kelompok: DaftarKelompok) -> impl IntoView {
    let tx = k.tx;
    let (jenis, perspektif) = kunci;
    let isi =
        move || kelompok.with(|v| v.iter().find(|(x, _)| *x == kunci).map(|(_, r)| r.clone()).unwrap_or_default());
    let kode = kode_kelompok(kunci);
    let judul_utama = move || match jenis {
        JenisRhk::Utama => tx.get().utama,
        JenisRhk::Tambahan => tx.get().tambahan,
    };
    let sub = move || {
        perspektif.map(|p| if tx.en() { p.label_en() } else { p.label_id() }).unwrap_or_else(|| {
            if k.draf.with(|s| s.jpt) && jenis == JenisRhk::Utama {
                tx.get().tanpa_perspektif
            } else {
                ""
            }
        })
    };
    // The first group of a jenis carries the A./B. heading; the others (perspektif) a sub-heading.
    let pertama =
        move || kelompok.with(|v| v.iter().position(|(x, _)| *x == kunci) == v.iter().position(|(x, _)| x.0 == jenis));
    let tambah = move |_| {
        k.ubah(|s| {
            let r = rhk_baru(id_baru(), id_baru(), jenis, perspektif, s.pendekatan);
            s.rhk.push(r);
        })
    };
    let label_tambah = move || {
        let g = sub();
        if g.is_empty() {
            format!(
                "{} ({})",
                tx.get().tambah_rhk,
                if tx.en() { jenis.label_en().to_lowercase() } else { jenis.label_id().to_lowercase() }
            )
        } else {
            (tx.get().tambah_rhk_di)(g)
        }
    };
    let id_tambah = format!("tambah-rhk-{kode}");
    view! {
        <div class="skp-kelompok" id=format!("kelompok-{kode}")>
            {move || pertama().then(|| view! { <h3 class="skp-kelompok__judul">{judul_utama}</h3> })}
            {move || { let s = sub(); (!s.is_empty()).then(|| view! { <h4 class="skp-kelompok__sub">{s}</h4> }) }}
            <For each=isi key=|(_, id)| id.clone() let:r>
                <KartuRhk k=k id=r.1.clone() kelompok=kelompok/>
            </For>
            {move || isi().is_empty().then(|| view! { <p class="petunjuk skp-kelompok__kosong">{tx.f(|t| t.rhk_kosong)}</p> })}
            <Show when=move || !k.hanya_baca.get()>
                <button type="button" class="tombol tombol--kecil" id=id_tambah.clone() on:click=tambah>
                    {label_tambah}
                </button>
            </Show>
        </div>
    }
}

/// One RHK: description, kind, perspektif (JPT), the leader's RHK, indicators.
#[component]
fn KartuRhk(k: Kerja, id: Id, kelompok: DaftarKelompok) -> impl IntoView {
    let tx = k.tx;
    let data = use_data();
    let sid = id.to_string();
    // Held in the arena so that every closure below is `Copy`.
    let rid = StoredValue::new(id);
    let nomor = Memo::new(move |_| {
        rid.with_value(|id| {
            kelompok.with(|v| {
                v.iter().find_map(|((jenis, _), r)| {
                    r.iter().find(|(_, x)| x == id).map(|(n, _)| format!("{}.{}", huruf(*jenis), n))
                })
            })
        })
    });
    let kode = move || nomor.get().unwrap_or_default().replace('.', "");
    let rhk_ini =
        move |f: &dyn Fn(&Rhk) -> Option<String>| k.draf.with(|s| rid.with_value(|id| cari_rhk(s, id).and_then(f)));
    let jenis = move || k.draf.with(|s| rid.with_value(|id| cari_rhk(s, id).map(|r| r.jenis)));
    let perspektif = move || k.draf.with(|s| rid.with_value(|id| cari_rhk(s, id).and_then(|r| r.perspektif)));
    let jpt = move || k.draf.with(|s| s.jpt);
    let ubah = move |f: &dyn Fn(&mut Rhk)| rid.with_value(|id| ubah_rhk(k, id, f));

    // The leader's RHK: from the penilai's SKP of the same year (cascading).
    let pilihan_pimpinan = move || {
        k.draf.with(|s| {
            data.data.with(|d| match skp_pimpinan(s, &d.skp) {
                SumberRhkPimpinan::Ada(p) => {
                    let v: Vec<(String, String)> = kelompok_rhk(p)
                        .into_iter()
                        .flat_map(|g| {
                            g.rhk
                                .into_iter()
                                .map(move |(n, r)| (r.id.to_string(), format!("{}.{} {}", huruf(g.jenis), n, r.uraian)))
                        })
                        .collect();
                    if v.is_empty() {
                        Err(tx.get().rhk_pimpinan_belum_ada_rhk.to_string())
                    } else {
                        Ok(v)
                    }
                }
                SumberRhkPimpinan::BelumAdaSkp => Err((tx.get().penilai_tanpa_skp)(s.tahun)),
                SumberRhkPimpinan::PenilaiLuarDaftar => Err(tx.get().rhk_pimpinan_luar.to_string()),
                SumberRhkPimpinan::TanpaPenilai => Err(tx.get().rhk_pimpinan_tanpa_penilai.to_string()),
            })
        })
    };
    let terpilih = move || rhk_ini(&|r| r.rhk_pimpinan.as_ref().map(Id::to_string));
    let hilang =
        move || terpilih().is_some_and(|t| pilihan_pimpinan().map_or(true, |v| !v.iter().any(|(x, _)| *x == t)));
    let iki = move || {
        rhk_ini(&|r| Some(r.indikator.iter().map(|i| i.id.to_string()).collect::<Vec<_>>().join(" ")))
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(Id::parse)
            .collect::<Vec<_>>()
    };
    let (id_naik, id_turun, id_hapus) =
        (format!("rhk-{sid}-naik"), format!("rhk-{sid}-turun"), format!("rhk-{sid}-hapus"));
    let id_perspektif = format!("rhk-{sid}-perspektif");
    let id_pimpinan = format!("rhk-{sid}-pimpinan");
    let id_tambah_iki = format!("rhk-{sid}-tambah-iki");

    view! {
        <article class="skp-rhk kartu" id=format!("rhk-{sid}") data-kode=kode>
            <header class="skp-rhk__kepala">
                <h4 class="skp-rhk__nomor">{move || format!("{} {}", tx.get().rhk, nomor.get().unwrap_or_default())}</h4>
                <Show when=move || !k.hanya_baca.get()>
                    <div class="skp-rhk__alat">
                        {tombol_ikon(k, id_naik.clone(), "↑", |t| t.naik, move || k.ubah(|s| { let jpt = s.jpt; rid.with_value(|id| geser_rhk(&mut s.rhk, id, true, jpt)); }))}
                        {tombol_ikon(k, id_turun.clone(), "↓", |t| t.turun, move || k.ubah(|s| { let jpt = s.jpt; rid.with_value(|id| geser_rhk(&mut s.rhk, id, false, jpt)); }))}
                        {tombol_ikon(k, id_hapus.clone(), "✕", |t| t.hapus_rhk, move || k.ubah(|s| rid.with_value(|id| s.rhk.retain(|r| &r.id != id))))}
                    </div>
                </Show>
            </header>
            <div class="skp-rhk__isi">
                {medan(
                    k,
                    format!("rhk-{sid}-uraian"),
                    move || tx.get().uraian_rhk.to_string(),
                    Bentuk::Area,
                    move |s| rid.with_value(|id| cari_rhk(s, id).map(|r| r.uraian.clone()).unwrap_or_default()),
                    move |s, v| rid.with_value(|id| if let Some(r) = s.rhk.iter_mut().find(|r| &r.id == id) { r.uraian = v }),
                )}
                <div class="skp-rhk__jenis">
                    <div class="medan">
                        <label for=format!("rhk-{sid}-jenis")>{tx.f(|t| t.jenis_rhk)}</label>
                        <select id=format!("rhk-{sid}-jenis") disabled=move || k.hanya_baca.get()
                            on:change=move |ev| {
                                let j = if event_target_value(&ev) == "tambahan" { JenisRhk::Tambahan } else { JenisRhk::Utama };
                                ubah(&|r| r.jenis = j);
                            }>
                            {[JenisRhk::Utama, JenisRhk::Tambahan].map(|j| view! {
                                <option value=j.label_id().to_lowercase() selected=move || jenis() == Some(j)>{tx.dwi(j.label_id(), j.label_en())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <Show when=move || jpt() && jenis() == Some(JenisRhk::Utama)>
                        <div class="medan">
                            <label for=id_perspektif.clone()>{tx.f(|t| t.perspektif)}</label>
                            <select id=id_perspektif.clone() disabled=move || k.hanya_baca.get()
                                on:change=move |ev| {
                                    let p = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Perspektif::SEMUA.get(i).copied());
                                    ubah(&|r| r.perspektif = p);
                                }>
                                <option value="">"—"</option>
                                {Perspektif::SEMUA.into_iter().enumerate().map(|(i, p)| view! {
                                    <option value=i.to_string() selected=move || perspektif() == Some(p)>{tx.dwi(p.label_id(), p.label_en())}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    </Show>
                </div>
                <div class="medan skp-rhk__pimpinan">
                    <label for=id_pimpinan.clone()>{tx.f(|t| t.rhk_pimpinan)}</label>
                    {move || match pilihan_pimpinan() {
                        Ok(v) => {
                            let t = terpilih().unwrap_or_default();
                            // Read-only, the full text of the chosen RHK (a select cuts it short).
                            let teks = k.hanya_baca.get().then(|| v.iter().find(|(x, _)| *x == t).map(|(_, l)| l.clone())).flatten();
                            view! {
                                <select id=id_pimpinan.clone() disabled=move || k.hanya_baca.get()
                                    on:change=move |ev| { let v = Id::parse(&event_target_value(&ev)); ubah(&|r| r.rhk_pimpinan = v.clone()) }>
                                    <option value="">{tx.f(|t| t.rhk_pimpinan_kosong)}</option>
                                    {v.into_iter().map(|(val, label)| { let s = val == t; view! { <option value=val selected=s>{label}</option> } }).collect_view()}
                                </select>
                                {teks.map(|x| view! { <p class="skp-rhk__pimpinan-teks">{x}</p> })}
                            }.into_any()
                        }
                        Err(pesan) => view! { <p class="petunjuk" id=id_pimpinan.clone()>{pesan}</p> }.into_any(),
                    }}
                    {move || hilang().then(|| view! { <p class="peringatan">{tx.f(|t| t.rhk_pimpinan_hilang)}</p> })}
                </div>
                <h5 class="skp-rhk__sub">{tx.f(|t| t.indikator)}</h5>
                <ol class="skp-iki">
                    <For each=iki key=|i| i.clone() let:i>
                        <BarisIki k=k rhk=rid iki=i/>
                    </For>
                </ol>
                <Show when=move || !k.hanya_baca.get()>
                    <button type="button" class="tombol tombol--kecil" id=id_tambah_iki.clone()
                        on:click=move |_| k.ubah(|s| {
                            let p = s.pendekatan;
                            rid.with_value(|id| if let Some(r) = s.rhk.iter_mut().find(|r| &r.id == id) {
                                let i = iki_baru(id_baru(), r, p);
                                r.indikator.push(i);
                            });
                        })>
                        {tx.f(|t| t.tambah_indikator)}
                    </button>
                </Show>
            </div>
        </article>
    }
}

/// One indicator: aspek (quantitative approach only), indicator, target as number + unit or
/// as text, and its move/delete buttons.
#[component]
fn BarisIki(k: Kerja, rhk: StoredValue<Id>, iki: Id) -> impl IntoView {
    let tx = k.tx;
    let dom = format!("iki-{iki}");
    let iid = StoredValue::new(iki);
    let baca = move |f: &dyn Fn(&Iki) -> String| {
        k.draf.with(|s| rhk.with_value(|r| iid.with_value(|i| cari_iki(s, r, i).map(f).unwrap_or_default())))
    };
    let ubah = move |f: &dyn Fn(&mut Iki)| rhk.with_value(|r| iid.with_value(|i| ubah_iki(k, r, i, f)));
    let kuantitatif = move || k.draf.with(|s| s.pendekatan == Pendekatan::Kuantitatif);
    let angka_target =
        move || baca(&|i| if matches!(i.target, Target::Angka { .. }) { "1".into() } else { String::new() }) == "1";
    let galat_nilai = RwSignal::new(false);
    let geser = move |naik: bool| {
        rhk.with_value(|r| {
            ubah_rhk(k, r, |r| {
                iid.with_value(|i| geser_iki(&mut r.indikator, i, naik));
            })
        })
    };
    let hapus = move || rhk.with_value(|r| ubah_rhk(k, r, |r| iid.with_value(|i| r.indikator.retain(|x| &x.id != i))));
    let id_aspek = format!("{dom}-aspek");
    let id_teks = format!("{dom}-teks");
    let id_nilai = format!("{dom}-nilai");
    let id_galat = format!("{dom}-nilai-galat");
    let id_satuan = format!("{dom}-satuan");
    let (id_naik, id_turun, id_hapus) = (format!("{dom}-naik"), format!("{dom}-turun"), format!("{dom}-hapus"));

    view! {
        <li class="skp-iki__baris" id=dom.clone()>
            <Show when=kuantitatif>
                <div class="medan skp-iki__aspek">
                    <label for=id_aspek.clone()>{tx.f(|t| t.aspek)}</label>
                    <select id=id_aspek.clone() disabled=move || k.hanya_baca.get()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            let a = Aspek::SEMUA.into_iter().find(|a| a.label_id() == v);
                            ubah(&|i| i.aspek = a);
                        }>
                        <option value="">"—"</option>
                        {Aspek::SEMUA.map(|a| view! {
                            <option value=a.label_id() selected=move || baca(&|i| i.aspek.map(|x| x.label_id().to_string()).unwrap_or_default()) == a.label_id()>
                                {tx.dwi(a.label_id(), a.label_en())}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            <div class="medan skp-iki__indikator">
                <label for=format!("{dom}-indikator")>{tx.f(|t| t.iki)}</label>
                <input type="text" id=format!("{dom}-indikator") disabled=move || k.hanya_baca.get()
                    prop:value=move || baca(&|i| i.indikator.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); ubah(&|i| i.indikator = v.clone()) }/>
            </div>
            <div class="medan skp-iki__jenis">
                <label for=format!("{dom}-jenis")>{tx.f(|t| t.jenis_target)}</label>
                <select id=format!("{dom}-jenis") disabled=move || k.hanya_baca.get()
                    on:change=move |ev| {
                        let angka = event_target_value(&ev) == "angka";
                        galat_nilai.set(false);
                        ubah(&|i| i.target = ganti_jenis_target(&i.target, angka));
                    }>
                    <option value="angka" selected=angka_target>{tx.f(|t| t.target_angka)}</option>
                    <option value="teks" selected=move || !angka_target()>{tx.f(|t| t.target_teks)}</option>
                </select>
            </div>
            <Show when=angka_target fallback=move || view! {
                <div class="medan skp-iki__teks">
                    <label for=id_teks.clone()>{tx.f(|t| t.target)}</label>
                    <input type="text" id=id_teks.clone() disabled=move || k.hanya_baca.get()
                        prop:value=move || baca(&|i| match &i.target { Target::Teks(t) => t.clone(), _ => String::new() })
                        on:input=move |ev| { let v = event_target_value(&ev); ubah(&|i| i.target = Target::Teks(v.clone())) }/>
                </div>
            }>
                <div class="medan skp-iki__nilai">
                    <label for=id_nilai.clone()>{tx.f(|t| t.nilai_target)}</label>
                    <input type="text" inputmode="decimal" id=id_nilai.clone() disabled=move || k.hanya_baca.get()
                        aria-invalid=move || galat_nilai.get().then_some("true")
                        aria-describedby=id_galat.clone()
                        prop:value=move || baca(&|i| match &i.target { Target::Angka { nilai, .. } => tampil_angka(*nilai), _ => String::new() })
                        on:change=move |ev| match baca_angka(&event_target_value(&ev)) {
                            Some(n) => {
                                galat_nilai.set(false);
                                ubah(&|i| if let Target::Angka { nilai, .. } = &mut i.target { *nilai = n });
                            }
                            None => galat_nilai.set(true),
                        }/>
                    <p class="medan__galat" id=id_galat.clone() aria-live="polite">{move || galat_nilai.get().then(|| tx.get().bukan_angka)}</p>
                </div>
                <div class="medan skp-iki__satuan">
                    <label for=id_satuan.clone()>{tx.f(|t| t.satuan)}</label>
                    <input type="text" id=id_satuan.clone() disabled=move || k.hanya_baca.get()
                        prop:value=move || baca(&|i| match &i.target { Target::Angka { satuan, .. } => satuan.clone(), _ => String::new() })
                        on:input=move |ev| { let v = event_target_value(&ev); ubah(&|i| if let Target::Angka { satuan, .. } = &mut i.target { *satuan = v.clone() }) }/>
                </div>
            </Show>
            <Show when=move || !k.hanya_baca.get()>
                <div class="skp-iki__alat">
                    {tombol_ikon(k, id_naik.clone(), "↑", |t| t.naik, move || geser(true))}
                    {tombol_ikon(k, id_turun.clone(), "↓", |t| t.turun, move || geser(false))}
                    {tombol_ikon(k, id_hapus.clone(), "✕", |t| t.hapus_indikator, hapus)}
                </div>
            </Show>
        </li>
    }
}
