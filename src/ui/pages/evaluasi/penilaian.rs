//! The ratings: the pegawai's penilaian mandiri (with its export for the penilai), the
//! penilai's rating with the suggestion, the live predikat on the official matrix, the unit's
//! distribution, the angka kredit and community feedback beside it, and self vs penilai.

use super::{judul_bagian, koma, t, tt, Lembar, MedanTeks, PilihRating, T};
use crate::domain::desimal;
use crate::domain::evaluasi::{bandingkan, saran_rating_hasil_kerja, EvaluasiKinerja, RingkasanMasyarakat};
use crate::domain::id::Id;
use crate::domain::lembar_evaluasi::{
    ak_periode, distribusi_unit, kepala_unit, label_capaian, masyarakat_periode, setel_mandiri, tetapkan,
};
use crate::domain::tanggal::Stempel;
use crate::rules::kinerja::{
    baris_matriks, kolom_matriks, Predikat, Rating, TabelKoefisienAk, MATRIKS_PREDIKAT, SUMBER_DISTRIBUSI,
    SUMBER_MATRIKS,
};
use crate::store::gabung;
use crate::store::pertukaran::{self, JenisBerkas};
use crate::ui::pages::pegawai_detail::tgl;
use crate::ui::peramban::{hari_ini, offset_menit, sekarang, unduh};
use crate::ui::providers::{dwibahasa, use_bahasa};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

/// The outcome of an export, for the status line.
#[derive(Clone, Debug, PartialEq)]
enum Ekspor {
    Selesai(String),
    TidakAda,
    Gagal(String),
}

/// Downloads the pegawai's `penilaian-mandiri` file (their record, SKP, realisasi, evaluasi
/// and dialog) and records what was sent as the merge base, as the Berbagi data page does.
fn ekspor(l: Lembar, hasil: RwSignal<Option<Ekspor>>) {
    let pegawai = l.skp.with_value(|s| s.pegawai.clone());
    let berkas = l.data.data.with_untracked(|d| {
        let isi = pertukaran::ekspor_pegawai(d, &pegawai, sekarang(), offset_menit())?;
        Some((isi, d.cari_pegawai(&pegawai).map(|p| p.nip.as_str().to_string())))
    });
    let Some((isi, nip)) = berkas else {
        hasil.set(Some(Ekspor::TidakAda));
        return;
    };
    let nama = pertukaran::nama_berkas(JenisBerkas::PenilaianMandiri, hari_ini(), nip.as_deref());
    match unduh(&nama, &isi, "application/json") {
        Ok(()) => {
            if let Ok(b) = l.data.data.with_untracked(|d| pertukaran::baca_berkas(isi.as_bytes(), d)) {
                l.data.ubah(|d| [gabung::catat_ekspor(d, &b.data.ke_masukan())]);
            }
            hasil.set(Some(Ekspor::Selesai(nama)));
        }
        Err(e) => hasil.set(Some(Ekspor::Gagal(e))),
    }
}

/// The export button with its hint and status line.
fn tombol_ekspor(
    l: Lembar,
    id: &'static str,
    label: fn(&'static T) -> &'static str,
    petunjuk: fn(&'static T) -> &'static str,
) -> impl IntoView {
    let t = t();
    let hasil = RwSignal::new(None::<Ekspor>);
    view! {
        <div class="evaluasi__ekspor">
            <button type="button" class="tombol" id=id on:click=move |_| ekspor(l, hasil)>{tt(label)}</button>
            <p class="penjelasan">{tt(petunjuk)}</p>
            <p class="pemberitahuan" role="status" id=format!("{id}-status")>
                {move || match hasil.get() {
                    Some(Ekspor::Selesai(n)) => (t().ekspor_selesai)(&n),
                    Some(Ekspor::TidakAda) => t().ekspor_gagal.to_string(),
                    Some(Ekspor::Gagal(e)) => e,
                    None => String::new(),
                }}
            </p>
        </div>
    }
}

/// The pegawai's own ratings and reflection, and the export for the penilai.
#[component]
pub(super) fn BagianMandiri(l: Lembar) -> impl IntoView {
    let t = t();
    let mandiri = move |f: fn(&crate::domain::evaluasi::PenilaianMandiri) -> Option<Rating>| {
        Signal::derive(move || l.realisasi.with(|r| r.as_ref().and_then(|r| r.mandiri.as_ref()).and_then(f)))
    };
    let refleksi = Signal::derive(move || {
        l.realisasi
            .with(|r| r.as_ref().and_then(|r| r.mandiri.as_ref()).map(|m| m.refleksi.clone()).unwrap_or_default())
    });
    view! {
        <section class="evaluasi__bagian" aria-labelledby="bagian-mandiri-judul">
            {judul_bagian("bagian-mandiri", |t| t.mandiri_judul, Some(|t| t.diisi_pegawai))}
            <p class="petunjuk">{tt(|t| t.mandiri_pengantar)}</p>
            <div class="evaluasi__rating">
                <PilihRating
                    nama="mandiri-hasil"
                    legenda=|t| t.rating_hasil_kerja
                    nilai=mandiri(|m| m.rating_hasil_kerja)
                    pada_pilih=Callback::new(move |r| l.ubah_realisasi(|x| setel_mandiri(x, Some(r), None, None)))
                />
                <PilihRating
                    nama="mandiri-perilaku"
                    legenda=|t| t.rating_perilaku
                    nilai=mandiri(|m| m.rating_perilaku)
                    pada_pilih=Callback::new(move |r| l.ubah_realisasi(|x| setel_mandiri(x, None, Some(r), None)))
                />
            </div>
            <MedanTeks
                id="refleksi"
                label=Signal::derive(move || t().refleksi.to_string())
                nilai=refleksi
                pada_ubah=Callback::new(move |s: String| l.ubah_realisasi(|x| setel_mandiri(x, None, None, Some(&s))))
            />
            {tombol_ekspor(l, "ekspor-mandiri", |t| t.ekspor_mandiri, |t| t.ekspor_mandiri_petunjuk)}
        </section>
    }
}

/// The penilai's decision: suggestion, ratings, the live predikat on the matrix, "Tetapkan";
/// beside it the unit's distribution with this choice, the angka kredit and community feedback.
#[component]
pub(super) fn BagianPenilaian(l: Lembar) -> impl IntoView {
    let t = t();
    let b = use_bahasa();
    let saran = Memo::new(move |_| l.skp.with_value(|s| l.realisasi.with(|r| saran_rating_hasil_kerja(s, r.as_ref()))));
    let nama_rhk = move |id: &Id| l.skp.with_value(|s| s.cari_rhk(id).map(|r| r.uraian.clone()).unwrap_or_default());
    let tersimpan =
        move || l.evaluasi.with(|e| e.as_ref().map(|e| (e.rating_hasil_kerja, e.rating_perilaku, e.ditetapkan_pada)));
    let status = move || {
        let pilihan = (l.pilih_hasil.get(), l.pilih_perilaku.get());
        match tersimpan() {
            Some((h, p, Some(tg))) if (h, p) == pilihan => (t().ditetapkan_pada)(&tgl(tg, b.get())),
            _ if pilihan.0.is_some() || pilihan.1.is_some() => t().pratinjau_belum.to_string(),
            _ => t().belum_ditetapkan.to_string(),
        }
    };
    let simpan = move |_| {
        if let (Some(h), Some(p)) = (l.pilih_hasil.get_untracked(), l.pilih_perilaku.get_untracked()) {
            l.ubah_evaluasi(|e| tetapkan(e, h, p, hari_ini()));
        }
    };
    let kepala = l.skp.with_value(kepala_unit);
    view! {
        <section class="evaluasi__bagian" aria-labelledby="bagian-penilaian-judul">
            {judul_bagian("bagian-penilaian", |t| t.penilaian_judul, Some(|t| t.diisi_penilai))}
            <div class="evaluasi__kisi">
                <div class="evaluasi__kolom">
                    <div class="evaluasi__saran" id="saran-rating">
                        <h3 class="evaluasi__subjudul">{tt(|t| t.saran_judul)}</h3>
                        <p class="penjelasan">{tt(|t| t.saran_catatan)}</p>
                        {move || {
                            let s = saran.get();
                            let rating = s.rating;
                            view! {
                                <p>
                                    <strong>{tt(|t| t.saran_rating)}": "</strong>
                                    <span id="saran-rating-nilai">{rating.map(|r| dwibahasa(r.label_id(), r.label_en()))}</span>
                                    {rating.is_none().then_some("—")}
                                </p>
                                <p class="penjelasan">{move || if b.get() == Bahasa::En { s.alasan_en.clone() } else { s.alasan_id.clone() }}</p>
                                <details>
                                    <summary>{tt(|t| t.per_rhk)}</summary>
                                    <ul class="daftar-ringkas">
                                        {s.per_rhk.iter().map(|(id, c)| {
                                            let (ci, ce) = label_capaian(*c);
                                            view! { <li>{nama_rhk(id)}": "{dwibahasa(ci, ce)}</li> }
                                        }).collect_view()}
                                    </ul>
                                </details>
                                {rating.map(|r| view! {
                                    <button type="button" class="tombol tombol--kecil" id="pakai-saran" on:click=move |_| l.pilih_hasil.set(Some(r))>
                                        {tt(|t| t.pakai_saran)}
                                    </button>
                                })}
                            }
                        }}
                    </div>
                    {kepala.then(|| view! { <CatatanKepalaUnit l=l/> })}
                    <div class="evaluasi__rating">
                        <PilihRating
                            nama="penilai-hasil"
                            legenda=|t| t.rating_hasil_kerja
                            nilai=l.pilih_hasil
                            pada_pilih=Callback::new(move |r| l.pilih_hasil.set(Some(r)))
                        />
                        <PilihRating
                            nama="penilai-perilaku"
                            legenda=|t| t.rating_perilaku
                            nilai=l.pilih_perilaku
                            pada_pilih=Callback::new(move |r| l.pilih_perilaku.set(Some(r)))
                        />
                    </div>
                    <div class="predikat" id="predikat-hasil" aria-live="polite">
                        <h3 class="evaluasi__subjudul">{tt(|t| t.predikat_judul)}</h3>
                        {move || match l.sel() {
                            Some(sel) => {
                                let p = sel.predikat;
                                view! {
                                    <p class=format!("predikat__label predikat__label--{}", p.kode())>{dwibahasa(p.label_id(), p.label_en())}</p>
                                    <p class="penjelasan">{move || if b.get() == Bahasa::En { sel.alasan_en() } else { sel.alasan_id() }}</p>
                                }
                                .into_any()
                            }
                            None => view! { <p class="penjelasan">{tt(|t| t.pilih_kedua)}</p> }.into_any(),
                        }}
                        <p class="lencana evaluasi__status-penetapan" id="status-penetapan">{status}</p>
                    </div>
                    <Matriks l=l/>
                    <div class="aksi">
                        <button
                            type="button"
                            class="tombol tombol--utama"
                            id="tetapkan-rating"
                            disabled=move || l.sel().is_none()
                            on:click=simpan
                        >
                            {tt(|t| t.tetapkan)}
                        </button>
                        <span class="penjelasan">{tt(|t| t.tetapkan_petunjuk)}</span>
                    </div>
                    {tombol_ekspor(l, "ekspor-hasil", |t| t.ekspor_hasil, |t| t.ekspor_hasil_petunjuk)}
                </div>
                <aside class="evaluasi__kolom evaluasi__samping">
                    <DistribusiUnit l=l/>
                    <AngkaKredit l=l/>
                    <Masyarakat l=l/>
                </aside>
            </div>
        </section>
    }
}

/// The official 3×3 matrix with the cell of the ratings being chosen marked (a border and a
/// text, not colour alone), and the rule cited.
#[component]
fn Matriks(l: Lembar) -> impl IntoView {
    let t = t();
    let kolom = [Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi, Rating::DiAtasEkspektasi];
    let sel = move |baris: usize, k: usize| {
        l.sel().is_some_and(|s| baris_matriks(s.hasil_kerja) == baris && kolom_matriks(s.perilaku) == k)
    };
    view! {
        <div class="tabel-gulir">
            <table class="tabel matriks" id="matriks-predikat">
                <caption class="tabel__judul">{tt(|t| t.matriks_judul)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tt(|t| t.matriks_sudut)}</th>
                        {kolom.map(|r| view! { <th scope="col">{dwibahasa(r.label_id(), r.label_en())}</th> })}
                    </tr>
                </thead>
                <tbody>
                    {Rating::SEMUA
                        .into_iter()
                        .map(|h| {
                            let i = baris_matriks(h);
                            view! {
                                <tr>
                                    <th scope="row">{dwibahasa(h.label_id(), h.label_en())}</th>
                                    {kolom
                                        .map(|p| {
                                            let k = kolom_matriks(p);
                                            let pr = MATRIKS_PREDIKAT[i][k];
                                            view! {
                                                <td
                                                    id=format!("matriks-{i}-{k}")
                                                    class=move || if sel(i, k) { "matriks__sel matriks__sel--terpilih" } else { "matriks__sel" }
                                                    aria-current=move || sel(i, k).then_some("true")
                                                >
                                                    {dwibahasa(pr.label_id(), pr.label_en())}
                                                    {move || sel(i, k).then(|| view! {
                                                        <span class="matriks__penanda">"◆ "{move || t().pilihan_kini}</span>
                                                    })}
                                                </td>
                                            }
                                        })}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <p class="penjelasan">{tt(|t| t.sumber)}": "{SUMBER_MATRIKS.sumber}</p>
    }
}

/// For the head of a unit: the unit's organisation performance becomes the rating hasil kerja
/// (SE MenPANRB 3/2023, asn-rules.md §1.6).
#[component]
fn CatatanKepalaUnit(l: Lembar) -> impl IntoView {
    let t = t();
    let b = use_bahasa();
    let (unit, tahun) = l.skp.with_value(|s| (s.dinilai.unit_kerja.clone(), s.tahun));
    let organisasi = move || {
        let unit = unit.as_ref()?;
        l.data.data.with(|d| d.kinerja_organisasi_unit(unit, tahun, l.periode).map(|o| o.predikat))
    };
    view! {
        <div class="peringatan evaluasi__kepala-unit" id="catatan-kepala-unit">
            <p>{tt(|t| t.kepala_unit)}</p>
            <p>
                {move || match organisasi() {
                    Some(o) => (t().kepala_unit_predikat)(if b.get() == Bahasa::En { o.label_en() } else { o.label_id() }),
                    None => t().kepala_unit_belum.to_string(),
                }}
            </p>
        </div>
    }
}

/// The unit's employee predikat with the rating being chosen substituted, checked against the
/// pattern of the unit's organisation predikat (SE MenPANRB 3/2023), live.
#[component]
fn DistribusiUnit(l: Lembar) -> impl IntoView {
    let t = t();
    let b = use_bahasa();
    let koma = koma();
    let (unit, nama_unit, tahun, skp_id) =
        l.skp.with_value(|s| (s.dinilai.unit_kerja.clone(), s.dinilai.nama_unit.clone(), s.tahun, s.id.clone()));
    let Some(unit) = unit else {
        return view! {
            <div class="evaluasi__panel" id="distribusi-unit">
                <h3 class="evaluasi__subjudul">{tt(|t| t.distribusi_judul)}</h3>
                <p class="penjelasan">{tt(|t| t.tanpa_unit)}</p>
            </div>
        }
        .into_any();
    };
    let nama_unit = {
        let unit = unit.clone();
        move || l.data.data.with(|d| d.cari_unit(&unit).map(|u| u.nama.clone())).unwrap_or_else(|| nama_unit.clone())
    };
    let cek = Memo::new(move |_| {
        let ganti = l.sel().map(|s| s.predikat);
        l.data.data.with(|d| {
            let asumsi = d.pengaturan.asumsi_distribusi;
            let x = distribusi_unit(
                &d.skp,
                &d.evaluasi_kinerja,
                &d.kinerja_organisasi,
                &unit,
                tahun,
                l.periode,
                Some((&skp_id, ganti)),
                asumsi,
            );
            (x.organisasi.map(|o| o.predikat), x.sebaran, x.hasil, asumsi)
        })
    });
    view! {
        <div class="evaluasi__panel" id="distribusi-unit" aria-live="polite">
            <h3 class="evaluasi__subjudul">{tt(|t| t.distribusi_judul)}</h3>
            <p class="penjelasan">{move || (t().distribusi_unit)(&nama_unit())}</p>
            {move || {
                let (organisasi, sebaran, hasil, asumsi) = cek.get();
                let en = b.get() == Bahasa::En;
                let atas = match organisasi {
                    Some(o) => view! {
                        <p><strong>{tt(|t| t.organisasi)}": "</strong><span id="predikat-organisasi">{dwibahasa(o.label_id(), o.label_en())}</span></p>
                        <p class="penjelasan"><strong>{tt(|t| t.pola)}": "</strong>{dwibahasa(o.pola().uraian_id, o.pola().uraian_en)}</p>
                    }
                    .into_any(),
                    None => view! {
                        <p class="peringatan" id="organisasi-belum">
                            {tt(|t| t.organisasi_belum)}" "
                            <a href=Route::Distribusi.href()>{tt(|t| t.ke_distribusi)}</a>
                        </p>
                    }
                    .into_any(),
                };
                let tabel = view! {
                    <table class="tabel evaluasi__sebaran" id="sebaran-unit">
                        <caption class="sr-only">{tt(|t| t.sebaran_caption)}</caption>
                        <thead><tr>
                            <th scope="col">{tt(|t| t.predikat)}</th>
                            <th scope="col">{tt(|t| t.jumlah)}</th>
                            <th scope="col">{tt(|t| t.persen)}</th>
                        </tr></thead>
                        <tbody>
                            {Predikat::SEMUA.map(|p| view! {
                                <tr>
                                    <th scope="row">{dwibahasa(p.label_id(), p.label_en())}</th>
                                    <td class="angka">{sebaran.banyak(p)}</td>
                                    <td class="angka">{move || format!("{}%", desimal::tampil(sebaran.persen_per_sepuluh(p), 1, koma()))}</td>
                                </tr>
                            })}
                        </tbody>
                    </table>
                };
                let periksa = hasil.map(|h| {
                    if h.sesuai() {
                        view! { <p class="pemberitahuan" id="distribusi-sesuai">{tt(|t| t.sesuai_pola)}</p> }.into_any()
                    } else {
                        let n = h.sebaran.jumlah();
                        view! {
                            <div class="ringkasan-galat" id="distribusi-pelanggaran">
                                <p>{tt(|t| t.melanggar_pola)}</p>
                                <ul>
                                    {h.pelanggaran.iter().map(|x| view! { <li>{if en { x.pesan_en.clone() } else { x.pesan_id.clone() }}</li> }).collect_view()}
                                </ul>
                                {(!h.dapat_dipenuhi).then(|| view! { <p class="penjelasan" id="distribusi-tidak-dapat">{move || (t().tidak_dapat_dipenuhi)(n)}</p> })}
                            </div>
                        }
                        .into_any()
                    }
                });
                let (maks, min) = if en {
                    (asumsi.pembulatan_maksimal.label_en(), asumsi.pembulatan_minimal.label_en())
                } else {
                    (asumsi.pembulatan_maksimal.label_id(), asumsi.pembulatan_minimal.label_id())
                };
                view! {
                    {atas}
                    {tabel}
                    {periksa}
                    <p class="penjelasan">{(t().asumsi)(maks, min)}</p>
                }
            }}
            <p class="penjelasan">{tt(|t| t.sumber)}": "{SUMBER_DISTRIBUSI.sumber}</p>
        </div>
    }
    .into_any()
}

/// Angka kredit of a jabatan fungsional for this period from the predikat being chosen.
#[component]
fn AngkaKredit(l: Lembar) -> impl IntoView {
    let t = t();
    let b = use_bahasa();
    let pegawai = l.skp.with_value(|s| s.pegawai.clone());
    let hitung = move || {
        let predikat = l.sel().map(|s| s.predikat);
        l.data.data.with(|d| {
            let jenjang = d.cari_pegawai(&pegawai).and_then(|p| p.jabatan_terakhir()).and_then(|j| j.jenjang)?;
            let ada_koefisien = d.pengaturan.koefisien_ak.koefisien(jenjang).is_some();
            Some((jenjang, ada_koefisien, ak_periode(Some(jenjang), predikat, &d.pengaturan.koefisien_ak, l.periode)))
        })
    };
    move || {
        hitung().map(|(jenjang, ada_koefisien, ak)| {
            let en = b.get() == Bahasa::En;
            view! {
                <div class="evaluasi__panel" id="angka-kredit" aria-live="polite">
                    <h3 class="evaluasi__subjudul">{tt(|t| t.ak_judul)}</h3>
                    <p class="penjelasan">{(t().ak_pengantar)(jenjang.label())}</p>
                    {match (ada_koefisien, ak) {
                        (false, _) => view! { <p class="peringatan">{tt(|t| t.ak_tanpa_koefisien)}</p> }.into_any(),
                        (true, Some(x)) => view! {
                            <p class="evaluasi__ak" id="ak-rumus">{if en { x.ak.rumus_en() } else { x.ak.rumus_id() }}</p>
                        }
                        .into_any(),
                        (true, None) => view! { <p class="penjelasan">{tt(|t| t.ak_belum)}</p> }.into_any(),
                    }}
                    {(!TabelKoefisienAk::terkonfirmasi(jenjang)).then(|| view! {
                        <p class="peringatan" id="ak-belum-terkonfirmasi">{tt(|t| t.ak_belum_terkonfirmasi)}</p>
                    })}
                </div>
            }
        })
    }
}

/// Community feedback of the unit and about the pegawai in this period: its own signal, never
/// part of the predikat.
#[component]
fn Masyarakat(l: Lembar) -> impl IntoView {
    let t = t();
    let koma = koma();
    let (unit, pegawai, jangka) =
        l.skp.with_value(|s| (s.dinilai.unit_kerja.clone(), s.pegawai.clone(), l.periode.jangka(s.tahun)));
    let ringkas = Memo::new(move |_| {
        l.data.data.with(|d| masyarakat_periode(&d.umpan_balik_masyarakat, unit.as_ref(), &pegawai, jangka))
    });
    let baris = move |label: fn(&'static T) -> &'static str, r: RingkasanMasyarakat| {
        let isi = move || match r.rata_rata_per_sepuluh {
            Some(x) if r.jumlah > 0 => (t().masyarakat_ringkas)(r.jumlah, &desimal::tampil(x, 1, koma())),
            _ => t().masyarakat_kosong.to_string(),
        };
        let kanal = (r.jumlah > 0).then(|| {
            crate::domain::evaluasi::Kanal::SEMUA
                .map(|k| view! { <span class="evaluasi__kanal">{dwibahasa(k.label_id(), k.label_en())}" "{r.per_kanal[k as usize]}</span> })
        });
        view! { <div><dt>{tt(label)}</dt><dd>{isi}" "{kanal}</dd></div> }
    };
    view! {
        <div class="evaluasi__panel" id="umpan-balik-masyarakat">
            <h3 class="evaluasi__subjudul">{tt(|t| t.masyarakat_judul)}</h3>
            <p class="lencana lencana--peringatan">{tt(|t| t.masyarakat_catatan)}</p>
            <dl class="evaluasi__masyarakat">
                {move || {
                    let (u, p) = ringkas.get();
                    view! { {baris(|t| t.masyarakat_unit, u)} {baris(|t| t.masyarakat_pegawai, p)} }
                }}
            </dl>
            <p><a href=Route::Masyarakat.href()>{tt(|t| t.ke_masyarakat)}</a></p>
        </div>
    }
}

/// The pegawai's own ratings beside the penilai's choice, differences marked by an icon and a
/// word (not colour alone), and the reflection.
#[component]
pub(super) fn BagianBanding(l: Lembar) -> impl IntoView {
    let t = t();
    let banding = Memo::new(move |_| {
        let mut e = l
            .evaluasi
            .get()
            .unwrap_or_else(|| EvaluasiKinerja::baru(Id::dari_byte_acak([0; 16]), l.skp_id(), l.periode, Stempel(0)));
        e.rating_hasil_kerja = l.pilih_hasil.get();
        e.rating_perilaku = l.pilih_perilaku.get();
        l.realisasi.with(|r| bandingkan(r.as_ref(), Some(&e)))
    });
    let refleksi = move || {
        l.realisasi
            .with(|r| r.as_ref().and_then(|r| r.mandiri.as_ref()).map(|m| m.refleksi.clone()).unwrap_or_default())
    };
    let rating = |r: Option<Rating>| r.map(|r| (r.label_id(), r.label_en()));
    let predikat = |p: Option<Predikat>| p.map(|p| (p.label_id(), p.label_en()));
    view! {
        <section class="evaluasi__bagian" aria-labelledby="bagian-banding-judul">
            {judul_bagian("bagian-banding", |t| t.banding_judul, None)}
            <div class="tabel-gulir">
                <table class="tabel evaluasi__banding" id="tabel-banding">
                    <caption class="sr-only">{tt(|t| t.banding_caption)}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col">{tt(|t| t.mandiri)}</th>
                            <th scope="col">{tt(|t| t.penilai)}</th>
                            <th scope="col"><span class="sr-only">{tt(|t| t.beda)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let x = banding.get();
                            view! {
                                {baris_banding("banding-hasil", |t| t.rating_hasil_kerja, rating(x.mandiri_hasil_kerja), rating(x.penilai_hasil_kerja), x.beda_hasil_kerja())}
                                {baris_banding("banding-perilaku", |t| t.rating_perilaku, rating(x.mandiri_perilaku), rating(x.penilai_perilaku), x.beda_perilaku())}
                                {baris_banding("banding-predikat", |t| t.predikat_judul, predikat(x.mandiri_predikat), predikat(x.penilai_predikat), x.beda_predikat())}
                            }
                        }}
                    </tbody>
                </table>
            </div>
            <h3 class="evaluasi__subjudul">{tt(|t| t.refleksi_pegawai)}</h3>
            <p class="evaluasi__refleksi" id="banding-refleksi">
                {move || {
                    let r = refleksi();
                    if r.is_empty() { t().tanpa_refleksi.to_string() } else { r }
                }}
            </p>
        </section>
    }
}

type Label = Option<(&'static str, &'static str)>;

fn baris_banding(
    id: &'static str,
    judul: fn(&'static T) -> &'static str,
    mandiri: Label,
    penilai: Label,
    beda: bool,
) -> impl IntoView {
    let sel = |x: Label| x.map(|(i, e)| dwibahasa(i, e));
    let penanda = if beda {
        Some(view! { <strong class="evaluasi__beda">{tt(|t| t.beda)}</strong> }.into_any())
    } else if mandiri.is_some() {
        Some(view! { <span class="penjelasan">{tt(|t| t.sama)}</span> }.into_any())
    } else {
        None
    };
    view! {
        <tr id=id class=if beda { "evaluasi__baris-beda" } else { "" }>
            <th scope="row">{tt(judul)}</th>
            <td>{sel(mandiri)}{mandiri.is_none().then_some("—")}</td>
            <td>{sel(penilai)}{penilai.is_none().then_some("—")}</td>
            <td>{penanda}</td>
        </tr>
    }
}
