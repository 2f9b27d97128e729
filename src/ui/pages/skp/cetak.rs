//! The SKP as a print-ready A4 document (landscape, for the six-column Hasil Kerja table) in
//! the official layout (asn-rules.md §1.2): title and approach, instansi and periode penilaian,
//! the three header blocks, Hasil Kerja (A. UTAMA / B. TAMBAHAN, SKP JPT by perspektif),
//! Perilaku Kerja with the leader's expectations, signatures, and the Lampiran.
//!
//! The document itself is always in Bahasa Indonesia (it is an official form); the screen
//! chrome around it follows the language toggle.

use super::{t, tampil_target};
use crate::domain::id::Id;
use crate::domain::rencana_skp::{kelompok_rhk, uraian_rhk_pimpinan};
use crate::domain::skp::{Cuplikan, Pendekatan, Rhk, Skp, StatusSkp};
use crate::rules::berakhlak::NilaiBerakhlak;
use crate::ui::components::Judul;
use crate::ui::pages::TidakDitemukan;
use crate::ui::peramban::{cetak, hari_ini};
use crate::ui::providers::use_data;
use crate::ui::route::Route;
use leptos::prelude::*;

struct C {
    judul: fn(i32, &str) -> String,
    kembali: &'static str,
    cetak: &'static str,
    bahasa_dokumen: &'static str,
    belum_disetujui: fn(&str) -> String,
    instansi_kosong: &'static str,
    ke_aturan: &'static str,
}

const CID: C = C {
    judul: |tahun, nama| format!("Cetak SKP {tahun} — {nama}"),
    kembali: "Kembali ke SKP",
    cetak: "Cetak",
    bahasa_dokumen: "Dokumen dicetak dalam Bahasa Indonesia sesuai formulir resmi.",
    belum_disetujui: |s| {
        format!("SKP ini berstatus {s}: dokumen dicetak sebagai rancangan dan tanggal tanda tangan adalah hari ini.")
    },
    instansi_kosong: "Nama instansi dan tempat penandatanganan belum diisi.",
    ke_aturan: "Isi di halaman Aturan",
};

const CEN: C = C {
    judul: |tahun, nama| format!("Print SKP {tahun} — {nama}"),
    kembali: "Back to the SKP",
    cetak: "Print",
    bahasa_dokumen: "The document prints in Bahasa Indonesia, the language of the official form.",
    belum_disetujui: |s| format!("This SKP is {s}: it prints as a draft, dated today."),
    instansi_kosong: "The agency name and place of signing are not set yet.",
    ke_aturan: "Set them on the Rules page",
};

/// The SKP as a print-ready A4 document.
#[component]
pub fn CetakSkp(
    /// The SKP's id from the route.
    id: Id,
) -> impl IntoView {
    let data = use_data();
    let skp = Memo::new(move |_| data.data.with(|d| d.cari_skp(&id).cloned()));
    move || match skp.get() {
        Some(s) => view! { <Dokumen s=s/> }.into_any(),
        None => view! { <TidakDitemukan/> }.into_any(),
    }
}

/// `—` for an empty cell.
fn isi(s: &str) -> String {
    if s.trim().is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

#[component]
fn Dokumen(s: Skp) -> impl IntoView {
    let data = use_data();
    let tx = t();
    let c = move || if tx.en() { &CEN } else { &CID };
    let (instansi, tempat, pimpinan): (String, String, Vec<Option<String>>) = data.data.with_untracked(|d| {
        let pimpinan = s.rhk.iter().map(|r| uraian_rhk_pimpinan(&s, r, &d.skp).map(str::to_string)).collect();
        (d.pengaturan.instansi.nama.clone(), d.pengaturan.instansi.tempat.clone(), pimpinan)
    });
    let uraian_pimpinan = |r: &Rhk| {
        s.rhk.iter().position(|x| x.id == r.id).and_then(|i| pimpinan[i].clone()).unwrap_or_else(|| "-".into())
    };
    let kuantitatif = s.pendekatan == Pendekatan::Kuantitatif;
    let tanggal_ttd = s.disetujui_pada.unwrap_or_else(hari_ini);
    let tempat_tanggal =
        format!("{}, {}", if tempat.trim().is_empty() { "……………" } else { tempat.trim() }, tanggal_ttd.format_panjang());
    let judul = Signal::derive({
        let (tahun, nama) = (s.tahun, s.dinilai.nama.clone());
        move || (c().judul)(tahun, &nama)
    });
    let status = s.status;
    let instansi_kosong = instansi.trim().is_empty() || tempat.trim().is_empty();

    // Header blocks: three (NO, label, value) column triples side by side.
    let kosong = Cuplikan::default();
    let pihak = [&s.dinilai, s.penilai.as_ref().unwrap_or(&kosong), s.atasan_penilai.as_ref().unwrap_or(&kosong)];
    type Ambil = fn(&Cuplikan) -> &str;
    let label_pihak: [(&str, Ambil); 5] = [
        ("NAMA", |c| &c.nama),
        ("NIP", |c| &c.nip),
        ("PANGKAT/GOL. RUANG", |c| &c.pangkat),
        ("JABATAN", |c| &c.jabatan),
        ("UNIT KERJA", |c| &c.nama_unit),
    ];
    let baris_pihak = label_pihak
        .iter()
        .enumerate()
        .map(|(i, (label, ambil))| {
            view! {
                <tr>
                    {pihak.map(|c| view! {
                        <td class="dokumen-skp__no">{i + 1}</td>
                        <td class="dokumen-skp__label">{*label}</td>
                        <td>{isi(ambil(c))}</td>
                    }).collect_view()}
                </tr>
            }
        })
        .collect_view();

    // Hasil kerja rows.
    let kolom = if kuantitatif { 6 } else { 4 };
    let mut baris_hasil = Vec::new();
    for g in kelompok_rhk(&s) {
        let pertama_jenis = match g.jenis {
            crate::domain::skp::JenisRhk::Utama => "A. UTAMA",
            crate::domain::skp::JenisRhk::Tambahan => "B. TAMBAHAN",
        };
        let sudah = baris_hasil.iter().any(|(k, _): &(String, AnyView)| k == pertama_jenis);
        if !sudah {
            baris_hasil.push((
                pertama_jenis.to_string(),
                view! { <tr class="dokumen-skp__kelompok"><td colspan=kolom>{pertama_jenis}</td></tr> }.into_any(),
            ));
        }
        if s.jpt && g.jenis == crate::domain::skp::JenisRhk::Utama {
            let sub = g.perspektif.map(|p| p.label_id().to_uppercase()).unwrap_or_else(|| "TANPA PERSPEKTIF".into());
            if g.perspektif.is_some() || !g.rhk.is_empty() {
                baris_hasil.push((
                    String::new(),
                    view! { <tr class="dokumen-skp__perspektif"><td colspan=kolom>{sub}</td></tr> }.into_any(),
                ));
            }
        }
        if g.rhk.is_empty() && !(s.jpt && g.jenis == crate::domain::skp::JenisRhk::Utama && g.perspektif.is_some()) {
            baris_hasil.push((
                String::new(),
                view! { <tr><td colspan=kolom class="dokumen-skp__nihil">"-"</td></tr> }.into_any(),
            ));
        }
        for (n, r) in g.rhk {
            let pimpinan = uraian_pimpinan(r);
            if kuantitatif {
                let jumlah = r.indikator.len().max(1);
                if r.indikator.is_empty() {
                    baris_hasil.push((
                        String::new(),
                        view! {
                            <tr>
                                <td class="dokumen-skp__no">{n}</td>
                                <td>{pimpinan.clone()}</td>
                                <td>{isi(&r.uraian)}</td>
                                <td></td><td></td><td></td>
                            </tr>
                        }
                        .into_any(),
                    ));
                }
                for (j, i) in r.indikator.iter().enumerate() {
                    let aspek = i.aspek.map(|a| a.label_id()).unwrap_or("-");
                    let target = isi(&tampil_target(&i.target));
                    let sel_rhk = (j == 0).then(|| {
                        view! {
                            <td class="dokumen-skp__no" rowspan=jumlah>{n}</td>
                            <td rowspan=jumlah>{pimpinan.clone()}</td>
                            <td rowspan=jumlah>{isi(&r.uraian)}</td>
                        }
                    });
                    baris_hasil.push((
                        String::new(),
                        view! {
                            <tr>
                                {sel_rhk}
                                <td>{aspek}</td>
                                <td>{isi(&i.indikator)}</td>
                                <td>{target}</td>
                            </tr>
                        }
                        .into_any(),
                    ));
                }
            } else {
                let ukuran = r
                    .indikator
                    .iter()
                    .map(|i| {
                        let target = tampil_target(&i.target);
                        let teks = if target.trim().is_empty() {
                            i.indikator.clone()
                        } else {
                            format!("{}: {}", i.indikator, target)
                        };
                        view! { <li>{teks}</li> }
                    })
                    .collect_view();
                baris_hasil.push((
                    String::new(),
                    view! {
                        <tr>
                            <td class="dokumen-skp__no">{n}</td>
                            <td>{pimpinan}</td>
                            <td>{isi(&r.uraian)}</td>
                            <td><ul class="dokumen-skp__daftar">{ukuran}</ul></td>
                        </tr>
                    }
                    .into_any(),
                ));
            }
        }
    }
    let baris_hasil: Vec<AnyView> = baris_hasil.into_iter().map(|(_, v)| v).collect();

    let kepala_hasil = if kuantitatif {
        view! {
            <tr>
                <th scope="col">"NO"</th>
                <th scope="col">"RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"</th>
                <th scope="col">"RENCANA HASIL KERJA"</th>
                <th scope="col">"ASPEK"</th>
                <th scope="col">"INDIKATOR KINERJA INDIVIDU"</th>
                <th scope="col">"TARGET"</th>
            </tr>
            <tr class="dokumen-skp__nomor-kolom">{(1..=6).map(|i| view! { <th scope="col">{format!("({i})")}</th> }).collect_view()}</tr>
        }
        .into_any()
    } else {
        view! {
            <tr>
                <th scope="col">"NO"</th>
                <th scope="col">"RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"</th>
                <th scope="col">"RENCANA HASIL KERJA"</th>
                <th scope="col">"UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET"</th>
            </tr>
            <tr class="dokumen-skp__nomor-kolom">{(1..=4).map(|i| view! { <th scope="col">{format!("({i})")}</th> }).collect_view()}</tr>
        }
        .into_any()
    };

    let baris_perilaku = NilaiBerakhlak::SEMUA
        .into_iter()
        .enumerate()
        .map(|(i, n)| {
            let u = n.uraian();
            let ekspektasi =
                s.perilaku.iter().find(|e| e.nilai == n).map(|e| e.ekspektasi_khusus.clone()).unwrap_or_default();
            view! {
                <tr>
                    <td class="dokumen-skp__no">{i + 1}</td>
                    <td>
                        <strong>{u.nama}</strong>
                        <ul class="dokumen-skp__daftar">{u.panduan_id.map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </td>
                    <td>{isi(&ekspektasi)}</td>
                </tr>
            }
        })
        .collect_view();

    let lampiran = [
        ("DUKUNGAN SUMBER DAYA", s.lampiran.dukungan_sumber_daya.clone()),
        ("SKEMA PERTANGGUNGJAWABAN", s.lampiran.skema_pertanggungjawaban.clone()),
        ("KONSEKUENSI", s.lampiran.konsekuensi.clone()),
    ]
    .into_iter()
    .map(|(judul, butir)| {
        view! {
            <h3 class="dokumen-skp__sub">{judul}</h3>
            {if butir.is_empty() {
                view! { <p>"-"</p> }.into_any()
            } else {
                view! { <ol class="dokumen-skp__butir">{butir.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ol> }.into_any()
            }}
        }
    })
    .collect_view();

    let ttd = |peran: &'static str, atas: String, c: Option<&Cuplikan>| {
        let nama = c.map(|c| isi(&c.nama)).unwrap_or_else(|| "………………………………".into());
        let nip = c.map(|c| c.nip.clone()).filter(|n| !n.trim().is_empty()).unwrap_or_else(|| "……………………".into());
        view! {
            <div class="dokumen-skp__ttd-blok">
                <p>{atas}</p>
                <p>{peran}</p>
                <p class="dokumen-skp__ruang-ttd"></p>
                <p class="dokumen-skp__ttd-nama">{nama}</p>
                <p>{format!("NIP. {nip}")}</p>
            </div>
        }
    };
    let id_skp = s.id.clone();

    view! {
        <section class="halaman cetak-skp">
            <p class="remah"><a href=Route::Skp(id_skp.clone()).href()>{move || c().kembali}</a>" › "</p>
            <div class="halaman__kepala layar-saja">
                <Judul teks=judul/>
                <div class="aksi">
                    <button type="button" class="tombol tombol--utama" id="cetak-dokumen-skp" on:click=move |_| cetak()>{move || c().cetak}</button>
                </div>
            </div>
            <div class="layar-saja cetak-skp__catatan">
                <p class="petunjuk">{move || c().bahasa_dokumen}</p>
                {(status != StatusSkp::Disetujui).then(|| view! {
                    <p class="peringatan" id="cetak-belum-disetujui">{move || (c().belum_disetujui)(&if tx.en() { status.label_en() } else { status.label_id() }.to_lowercase())}</p>
                })}
                {instansi_kosong.then(|| view! {
                    <p class="peringatan">{move || c().instansi_kosong}" "<a href="#/aturan">{move || c().ke_aturan}</a></p>
                })}
            </div>

            <div class="dokumen-skp__gulir">
                <div class="dokumen-skp" id="dokumen-skp" lang="id">
                    <header class="dokumen-skp__kepala">
                        <p class="dokumen-skp__judul">"SASARAN KINERJA PEGAWAI"</p>
                        <p>{if kuantitatif { "PENDEKATAN HASIL KERJA KUANTITATIF" } else { "PENDEKATAN HASIL KERJA KUALITATIF" }}</p>
                    </header>
                    <div class="dokumen-skp__instansi">
                        <span id="dokumen-instansi">{if instansi.trim().is_empty() { "……………………………".to_string() } else { instansi.to_uppercase() }}</span>
                        <span>"PERIODE PENILAIAN: "{s.periode.format_id().to_uppercase()}</span>
                    </div>

                    <table class="dokumen-skp__tabel dokumen-skp__pihak">
                        <colgroup>
                            {(0..3).map(|_| view! {
                                <col class="dokumen-skp__kol-no"/><col class="dokumen-skp__kol-label"/><col class="dokumen-skp__kol-isi"/>
                            }).collect_view()}
                        </colgroup>
                        <thead>
                            <tr>
                                <th scope="col">"NO"</th><th scope="colgroup" colspan="2">"PEGAWAI YANG DINILAI"</th>
                                <th scope="col">"NO"</th><th scope="colgroup" colspan="2">"PEJABAT PENILAI KINERJA"</th>
                                <th scope="col">"NO"</th><th scope="colgroup" colspan="2">"ATASAN PEJABAT PENILAI KINERJA"</th>
                            </tr>
                        </thead>
                        <tbody>{baris_pihak}</tbody>
                    </table>

                    <table class="dokumen-skp__tabel dokumen-skp__hasil" id="dokumen-hasil-kerja">
                        <caption>"HASIL KERJA"</caption>
                        <thead>{kepala_hasil}</thead>
                        <tbody>{baris_hasil}</tbody>
                    </table>

                    <table class="dokumen-skp__tabel dokumen-skp__perilaku" id="dokumen-perilaku">
                        <caption>"PERILAKU KERJA"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"NO"</th>
                                <th scope="col">"PERILAKU KERJA"</th>
                                <th scope="col">"EKSPEKTASI KHUSUS PIMPINAN"</th>
                            </tr>
                        </thead>
                        <tbody>{baris_perilaku}</tbody>
                    </table>

                    <div class="dokumen-skp__ttd" id="dokumen-ttd">
                        {ttd("Pegawai yang Dinilai", "\u{a0}".into(), Some(&s.dinilai))}
                        {ttd("Pejabat Penilai Kinerja", tempat_tanggal, s.penilai.as_ref())}
                    </div>

                    <section class="dokumen-skp__lampiran" id="dokumen-lampiran">
                        <p class="dokumen-skp__judul">"LAMPIRAN SASARAN KINERJA PEGAWAI"</p>
                        {lampiran}
                    </section>
                </div>
            </div>
        </section>
    }
}
