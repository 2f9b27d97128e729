//! The Dokumen Evaluasi Kinerja of one SKP and period, print-ready on A4 portrait in the
//! layout of the PermenPANRB 6/2022 form (asn-rules.md §1.2, §1.5, §1.9): header with the
//! period, the three people, capaian kinerja organisasi and pola distribusi, the Hasil Kerja
//! table with realisasi and umpan balik, the Perilaku Kerja table, ratings, predikat and the
//! signatures. The labels of the document are the form's own, in Bahasa Indonesia, whatever
//! the interface language; the screen around it follows the language.

use super::{t, tt};
use crate::domain::evaluasi::{EvaluasiKinerja, RealisasiKinerja};
use crate::domain::id::Id;
use crate::domain::lembar_evaluasi::{label_kelompok, label_periode_dokumen};
use crate::domain::periode::Periode;
use crate::domain::rencana_skp::{kelompok_rhk, uraian_rhk_pimpinan};
use crate::domain::skp::{angka, Cuplikan, Pendekatan, Rhk, Skp, Target};
use crate::rules::berakhlak::NilaiBerakhlak;
use crate::rules::kinerja::Rating;
use crate::store::dataset::Dataset;
use crate::ui::components::Judul;
use crate::ui::pages::TidakDitemukan;
use crate::ui::peramban::{cetak, hari_ini};
use crate::ui::providers::use_data;
use crate::ui::route::Route;
use leptos::prelude::*;

/// The Dokumen Evaluasi Kinerja as a print-ready A4 document.
#[component]
pub fn CetakEvaluasi(
    /// The SKP's id from the route.
    id: Id,
    /// The evaluation period from the route.
    periode: Periode,
) -> impl IntoView {
    let data = use_data();
    let skp = Memo::new(move |_| data.data.with(|d| d.cari_skp(&id).cloned()));
    move || match skp.get() {
        Some(s) => view! { <Halaman skp=s periode=periode/> }.into_any(),
        None => view! { <TidakDitemukan/> }.into_any(),
    }
}

#[component]
fn Halaman(skp: Skp, periode: Periode) -> impl IntoView {
    let data = use_data();
    let t = t();
    let nama = skp.dinilai.nama.clone();
    let judul = Signal::derive(move || format!("{} — {}", t().dokumen_judul, nama));
    let kembali = Route::Evaluasi(skp.id.clone(), periode).href();
    view! {
        <section class="halaman">
            <div class="halaman__kepala layar-saja">
                <Judul teks=judul/>
                <div class="aksi">
                    <a class="tombol" href=kembali>{tt(|t| t.kembali_evaluasi)}</a>
                    <button type="button" class="tombol tombol--utama" id="cetak-evaluasi" on:click=move |_| cetak()>
                        {tt(|t| t.cetak)}
                    </button>
                </div>
            </div>
            <p class="petunjuk layar-saja">{tt(|t| t.dokumen_catatan)}</p>
            {move || data.data.with(|d| dokumen(d, &skp, periode))}
        </section>
    }
}

/// `—` for what is not there yet, so an empty cell is never mistaken for a printing fault.
fn atau_strip(s: &str) -> String {
    if s.trim().is_empty() {
        "—".into()
    } else {
        s.to_string()
    }
}

fn rating(r: Option<Rating>) -> String {
    r.map(|r| r.label_id().to_uppercase()).unwrap_or_else(|| "—".into())
}

/// The five identity rows of one person block: (label, value).
fn identitas(c: Option<&Cuplikan>) -> [(&'static str, String); 5] {
    let v = |f: fn(&Cuplikan) -> &String| c.map(|c| atau_strip(f(c))).unwrap_or_else(|| "—".into());
    [
        ("NAMA", v(|c| &c.nama)),
        ("NIP", v(|c| &c.nip)),
        ("PANGKAT/GOL. RUANG", v(|c| &c.pangkat)),
        ("JABATAN", v(|c| &c.jabatan)),
        ("UNIT KERJA", v(|c| &c.nama_unit)),
    ]
}

/// What the pegawai achieved on one indicator, as the "realisasi berdasarkan bukti dukung"
/// cell prints it: the number with the target's unit, then the description.
fn realisasi_iki(r: Option<&RealisasiKinerja>, rhk: &Id, iki: &Id, target: &Target) -> String {
    let Some(x) = r.and_then(|r| r.nilai_iki(rhk, iki)) else { return String::new() };
    let angka = match (x.nilai, target) {
        (Some(n), Target::Angka { satuan, .. }) => format!("{} {}", angka(n, ','), satuan).trim().to_string(),
        _ => String::new(),
    };
    [angka, x.uraian.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" — ")
}

/// The rows of one RHK: the RHK cells span its indicators (and the evidence line, when there
/// is evidence).
fn baris_rhk(
    d: &Dataset,
    skp: &Skp,
    no: usize,
    r: &Rhk,
    realisasi: Option<&RealisasiKinerja>,
    evaluasi: Option<&EvaluasiKinerja>,
) -> impl IntoView {
    let bukti = realisasi.and_then(|x| x.untuk_rhk(&r.id)).map(|x| x.bukti.clone()).unwrap_or_default();
    let n_iki = r.indikator.len().max(1);
    let rentang = (n_iki + usize::from(!bukti.is_empty())).to_string();
    let pimpinan = uraian_rhk_pimpinan(skp, r, &d.skp).map(str::to_string).unwrap_or_default();
    let umpan_balik = evaluasi.map(|e| e.umpan_balik_untuk(&r.id).to_string()).unwrap_or_default();
    let sel_iki: Vec<[String; 4]> = if r.indikator.is_empty() {
        vec![Default::default()]
    } else {
        r.indikator
            .iter()
            .map(|i| {
                [
                    i.aspek.map(|a| a.label_id().to_string()).unwrap_or_default(),
                    i.indikator.clone(),
                    i.target.tampil(','),
                    realisasi_iki(realisasi, &r.id, &i.id, &i.target),
                ]
            })
            .collect()
    };
    let mut baris = Vec::new();
    for (k, [aspek, iki, target, nilai]) in sel_iki.into_iter().enumerate() {
        let kepala = (k == 0).then(|| {
            view! {
                <td rowspan=rentang.clone() class="dokumen-evaluasi__no">{no}</td>
                <td rowspan=rentang.clone()>{pimpinan.clone()}</td>
                <td rowspan=rentang.clone()>{r.uraian.clone()}</td>
            }
        });
        let akhir = (k == 0).then(|| view! { <td rowspan=rentang.clone()>{umpan_balik.clone()}</td> });
        baris.push(
            view! {
                <tr>
                    {kepala}
                    <td>{aspek}</td>
                    <td>{iki}</td>
                    <td>{target}</td>
                    <td>{nilai}</td>
                    {akhir}
                </tr>
            }
            .into_any(),
        );
    }
    if !bukti.is_empty() {
        let daftar = bukti
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let tautan = if b.tautan.is_empty() { String::new() } else { format!(" ({})", b.tautan) };
                format!("{}. {}{}", i + 1, b.uraian, tautan)
            })
            .collect::<Vec<_>>()
            .join("; ");
        baris.push(
            view! {
                <tr class="dokumen-evaluasi__bukti">
                    <td colspan="4"><em>"Bukti dukung: "</em>{daftar}</td>
                </tr>
            }
            .into_any(),
        );
    }
    baris
}

/// The whole document from the saved records (not the what-if of the evaluation page).
fn dokumen(d: &Dataset, skp: &Skp, periode: Periode) -> impl IntoView {
    let realisasi = d.realisasi(&skp.id, periode);
    let evaluasi = d.evaluasi(&skp.id, periode);
    let instansi = &d.pengaturan.instansi;
    let jangka = periode.jangka(skp.tahun);
    let organisasi = skp
        .dinilai
        .unit_kerja
        .as_ref()
        .and_then(|u| d.kinerja_organisasi_unit(u, skp.tahun, periode))
        .map(|o| o.predikat);
    let pendekatan = match skp.pendekatan {
        Pendekatan::Kuantitatif => "PENDEKATAN HASIL KERJA KUANTITATIF",
        Pendekatan::Kualitatif => "PENDEKATAN HASIL KERJA KUALITATIF",
    };
    let bagi = if skp.jpt {
        "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    } else {
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
    };
    let pegawai = identitas(Some(&skp.dinilai));
    let penilai = identitas(skp.penilai.as_ref());
    let atasan = identitas(skp.atasan_penilai.as_ref());
    let baris_identitas = pegawai
        .into_iter()
        .zip(penilai)
        .enumerate()
        .map(|(i, ((l1, v1), (l2, v2)))| {
            view! {
                <tr>
                    <td class="dokumen-evaluasi__no">{i + 1}</td><td class="dokumen-evaluasi__label">{l1}</td><td>{v1}</td>
                    <td class="dokumen-evaluasi__no">{i + 1}</td><td class="dokumen-evaluasi__label">{l2}</td><td>{v2}</td>
                </tr>
            }
        })
        .collect_view();
    let capaian = organisasi.map(|o| o.label_id().to_uppercase()).unwrap_or_else(|| "BELUM DITETAPKAN".into());
    let pola = organisasi.map(|o| o.pola().uraian_id).unwrap_or("—");
    let baris_atasan = atasan
        .into_iter()
        .enumerate()
        .map(|(i, (l, v))| {
            let kanan = match i {
                0 => Some(view! { <td colspan="3" class="dokumen-evaluasi__nilai">{capaian.clone()}</td> }.into_any()),
                1 => Some(view! { <th colspan="3" scope="colgroup">"POLA DISTRIBUSI"</th> }.into_any()),
                2 => Some(view! { <td colspan="3" rowspan="3" class="dokumen-evaluasi__pola">{pola}</td> }.into_any()),
                _ => None,
            };
            view! {
                <tr>
                    <td class="dokumen-evaluasi__no">{i + 1}</td><td class="dokumen-evaluasi__label">{l}</td><td>{v}</td>
                    {kanan}
                </tr>
            }
        })
        .collect_view();
    let hasil_kerja = kelompok_rhk(skp)
        .iter()
        .map(|k| {
            let (label, _) = label_kelompok(k);
            let isi = if k.rhk.is_empty() {
                view! { <tr><td colspan="8" class="dokumen-evaluasi__kosong">"—"</td></tr> }.into_any()
            } else {
                k.rhk.iter().map(|(n, r)| baris_rhk(d, skp, *n, r, realisasi, evaluasi)).collect_view().into_any()
            };
            view! {
                <tr><td colspan="8" class="dokumen-evaluasi__kelompok">{label}</td></tr>
                {isi}
            }
        })
        .collect_view();
    let perilaku = NilaiBerakhlak::SEMUA
        .into_iter()
        .enumerate()
        .map(|(i, n)| {
            let u = n.uraian();
            let ekspektasi =
                skp.perilaku.iter().find(|p| p.nilai == n).map(|p| p.ekspektasi_khusus.clone()).unwrap_or_default();
            let umpan_balik = evaluasi.map(|e| e.umpan_balik_perilaku_untuk(n).to_string()).unwrap_or_default();
            view! {
                <tr>
                    <td class="dokumen-evaluasi__no">{i + 1}</td>
                    <td>
                        <strong>{u.nama}</strong>
                        <ul class="dokumen-evaluasi__panduan">{u.panduan_id.map(|p| view! { <li>{p}</li> })}</ul>
                    </td>
                    <td>{ekspektasi}</td>
                    <td>{umpan_balik}</td>
                </tr>
            }
        })
        .collect_view();
    let predikat = evaluasi
        .and_then(|e| e.predikat())
        .map(|s| s.predikat.label_id().to_uppercase())
        .unwrap_or_else(|| "BELUM DITETAPKAN".into());
    let tempat =
        if instansi.tempat.trim().is_empty() { "……………".to_string() } else { instansi.tempat.clone() };
    let tanggal = evaluasi.and_then(|e| e.ditetapkan_pada).unwrap_or_else(hari_ini).format_panjang();
    let ttd = |peran: &'static str, tanggal: Option<String>, c: Option<&Cuplikan>| {
        let nama = c.map(|c| c.nama.clone()).filter(|n| !n.is_empty()).unwrap_or_else(|| "………………………………".into());
        let nip = c.map(|c| c.nip.clone()).filter(|n| !n.is_empty()).unwrap_or_else(|| "……………………".into());
        view! {
            <div class="dokumen-evaluasi__ttd-blok">
                <p>{tanggal.unwrap_or_else(|| "\u{a0}".into())}</p>
                <p>{peran}</p>
                <p class="dokumen-evaluasi__ruang-ttd"></p>
                <p class="dokumen-evaluasi__nama-ttd">{nama}</p>
                <p>"NIP "{nip}</p>
            </div>
        }
    };
    view! {
        <article class="dokumen-evaluasi" id="dokumen-evaluasi">
            <header class="dokumen-evaluasi__kepala">
                <p class="dokumen-evaluasi__judul">"EVALUASI KINERJA PEGAWAI"</p>
                <p>{pendekatan}</p>
                <p>{bagi}</p>
                <p id="dokumen-periode">"PERIODE: "{label_periode_dokumen(periode)}</p>
            </header>
            <div class="dokumen-evaluasi__baris">
                <span id="dokumen-instansi">{atau_strip(&instansi.nama).to_uppercase()}</span>
                <span>"PERIODE PENILAIAN: "{jangka.format_id().to_uppercase()}</span>
            </div>
            <table class="dokumen-evaluasi__tabel">
                <caption class="sr-only">"Pegawai yang dinilai, pejabat penilai kinerja, atasan pejabat penilai kinerja, capaian kinerja organisasi"</caption>
                <colgroup>
                    <col class="dokumen-evaluasi__kol-no"/><col class="dokumen-evaluasi__kol-label"/><col/>
                    <col class="dokumen-evaluasi__kol-no"/><col class="dokumen-evaluasi__kol-label"/><col/>
                </colgroup>
                <tbody>
                    <tr>
                        <th scope="col">"NO"</th><th colspan="2" scope="colgroup">"PEGAWAI YANG DINILAI"</th>
                        <th scope="col">"NO"</th><th colspan="2" scope="colgroup">"PEJABAT PENILAI KINERJA"</th>
                    </tr>
                    {baris_identitas}
                    <tr>
                        <th scope="col">"NO"</th><th colspan="2" scope="colgroup">"ATASAN PEJABAT PENILAI KINERJA"</th>
                        <th colspan="3" scope="colgroup">"CAPAIAN KINERJA ORGANISASI"</th>
                    </tr>
                    {baris_atasan}
                </tbody>
            </table>
            <table class="dokumen-evaluasi__tabel dokumen-evaluasi__hasil" id="dokumen-hasil-kerja">
                <caption class="dokumen-evaluasi__caption">"HASIL KERJA"</caption>
                <thead>
                    <tr>
                        <th scope="col">"NO"</th>
                        <th scope="col">"RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"</th>
                        <th scope="col">"RENCANA HASIL KERJA"</th>
                        <th scope="col">"ASPEK"</th>
                        <th scope="col">"INDIKATOR KINERJA INDIVIDU"</th>
                        <th scope="col">"TARGET"</th>
                        <th scope="col">"REALISASI BERDASARKAN BUKTI DUKUNG"</th>
                        <th scope="col">"UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"</th>
                    </tr>
                    <tr class="dokumen-evaluasi__nomor-kolom">
                        {(1..=8).map(|i| view! { <td>"("{i}")"</td> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {hasil_kerja}
                    <tr class="dokumen-evaluasi__rating">
                        <th colspan="6" scope="row">"RATING HASIL KERJA"</th>
                        <td colspan="2" id="dokumen-rating-hasil">{rating(evaluasi.and_then(|e| e.rating_hasil_kerja))}</td>
                    </tr>
                </tbody>
            </table>
            <table class="dokumen-evaluasi__tabel dokumen-evaluasi__perilaku" id="dokumen-perilaku">
                <caption class="dokumen-evaluasi__caption">"PERILAKU KERJA"</caption>
                <thead>
                    <tr>
                        <th scope="col">"NO"</th>
                        <th scope="col">"PERILAKU KERJA"</th>
                        <th scope="col">"EKSPEKTASI KHUSUS PIMPINAN"</th>
                        <th scope="col">"UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"</th>
                    </tr>
                </thead>
                <tbody>
                    {perilaku}
                    <tr class="dokumen-evaluasi__rating">
                        <th colspan="3" scope="row">"RATING PERILAKU KERJA"</th>
                        <td id="dokumen-rating-perilaku">{rating(evaluasi.and_then(|e| e.rating_perilaku))}</td>
                    </tr>
                    <tr class="dokumen-evaluasi__rating dokumen-evaluasi__predikat">
                        <th colspan="3" scope="row">"PREDIKAT KINERJA PEGAWAI"</th>
                        <td id="dokumen-predikat">{predikat}</td>
                    </tr>
                </tbody>
            </table>
            <div class="dokumen-evaluasi__ttd" id="dokumen-ttd">
                {ttd("Pegawai yang Dinilai", None, Some(&skp.dinilai))}
                {ttd("Pejabat Penilai Kinerja", Some(format!("{tempat}, {tanggal}")), skp.penilai.as_ref())}
                <div class="dokumen-evaluasi__ttd-atasan">
                    {ttd("Mengetahui, Atasan Pejabat Penilai Kinerja", None, skp.atasan_penilai.as_ref())}
                </div>
            </div>
        </article>
    }
}
