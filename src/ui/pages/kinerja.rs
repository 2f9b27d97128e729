//! The Kinerja page (PermenPANRB 6/2022; issue 4 §1): the SKP of every active pegawai for a
//! year — status, RHK, penilai, annual predikat — with filters by unit (and its sub-units) and
//! status; an SKP made from scratch (penilai proposed from the unit tree), copied from an
//! earlier year, or in bulk from a template for everyone with the same jabatan.

use crate::domain::id::Id;
use crate::domain::periode::Periode;
use crate::domain::rencana_skp::{
    baris_rencana, buat_dari_templat, calon_templat, periode_berjalan, tahun_pilihan, HitunganRencana, SaringStatus,
};
use crate::domain::skp::{Skp, StatusSkp};
use crate::domain::unit;
use crate::rules::kinerja::Predikat;
use crate::store::dataset::Koleksi;
use crate::ui::components::Judul;
use crate::ui::format::ribuan;
use crate::ui::peramban::{hari_ini, id_baru, sekarang};
use crate::ui::providers::{navigasi, teks_halaman, use_bahasa, use_data};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;
use std::collections::HashSet;

struct T {
    judul: &'static str,
    pengantar: &'static str,
    distribusi: &'static str,
    masyarakat: &'static str,
    tahun: &'static str,
    unit_kerja: &'static str,
    semua_unit: &'static str,
    status: &'static str,
    semua_status: &'static str,
    cari: &'static str,
    ringkasan: fn(&HitunganRencana) -> String,
    tabel: fn(i32) -> String,
    pegawai: &'static str,
    jabatan: &'static str,
    rhk: &'static str,
    penilai: &'static str,
    predikat: fn(i32) -> String,
    aksi: &'static str,
    belum_ada: &'static str,
    buka_skp: &'static str,
    evaluasi: fn(&str) -> String,
    buat_skp: &'static str,
    salin_dari: fn(i32) -> String,
    kosong: &'static str,
    tidak_cocok: &'static str,
    templat_judul: &'static str,
    templat_pengantar: fn(i32) -> String,
    templat_pilih: &'static str,
    templat_kosong_pilihan: &'static str,
    templat_label: fn(&str, &str, i32, usize) -> String,
    templat_calon: fn(&str, i32) -> String,
    templat_tanpa_calon: &'static str,
    templat_buat: fn(usize) -> String,
    templat_dibuat: fn(usize, i32) -> String,
    predikat_tahunan: &'static str,
}

const ID: T = T {
    judul: "Kinerja",
    pengantar: "SKP setiap pegawai aktif per tahun. Buat SKP baru (pejabat penilai diusulkan dari struktur unit), salin dari SKP tahun sebelumnya, atau buat sekaligus dari templat untuk pegawai dengan jabatan yang sama.",
    distribusi: "Distribusi predikat per unit",
    masyarakat: "Umpan balik masyarakat",
    tahun: "Tahun",
    unit_kerja: "Unit Kerja",
    semua_unit: "Semua unit",
    status: "Status SKP",
    semua_status: "Semua status",
    cari: "Cari nama atau NIP",
    ringkasan: |h| {
        format!(
            "{} pegawai: {} belum ada SKP, {} draf, {} diajukan, {} disetujui.",
            ribuan(h.pegawai as i64),
            ribuan(h.belum_ada as i64),
            ribuan(h.draf as i64),
            ribuan(h.diajukan as i64),
            ribuan(h.disetujui as i64)
        )
    },
    tabel: |tahun| format!("SKP tahun {tahun}"),
    pegawai: "Pegawai",
    jabatan: "Jabatan",
    rhk: "RHK",
    penilai: "Pejabat Penilai",
    predikat: |tahun| format!("Predikat {tahun}"),
    aksi: "Tindakan",
    belum_ada: "Belum ada SKP",
    buka_skp: "Buka SKP",
    evaluasi: |p| format!("Evaluasi {p}"),
    buat_skp: "Buat SKP",
    salin_dari: |tahun| format!("Salin dari SKP {tahun}"),
    kosong: "Belum ada pegawai. Tambahkan pegawai atau muat data contoh di Beranda.",
    tidak_cocok: "Tidak ada pegawai yang cocok dengan saringan.",
    templat_judul: "Perencanaan massal dari templat",
    templat_pengantar: |tahun| format!("Pilih satu SKP sebagai templat. RHK dan indikatornya disalin ke SKP baru (draf) untuk pegawai lain yang kini memegang jabatan yang sama dan belum memiliki SKP {tahun}; pejabat penilai masing-masing diusulkan dari struktur unit."),
    templat_pilih: "SKP templat",
    templat_kosong_pilihan: "— pilih SKP yang sudah memuat RHK —",
    templat_label: |nama, jabatan, tahun, n| format!("{nama} — {jabatan} (SKP {tahun}, {n} RHK)"),
    templat_calon: |jabatan, tahun| format!("Pegawai dengan jabatan {jabatan} yang belum memiliki SKP {tahun}"),
    templat_tanpa_calon: "Tidak ada pegawai lain dengan jabatan ini yang belum memiliki SKP tahun ini.",
    templat_buat: |n| format!("Buat {n} SKP dari templat"),
    templat_dibuat: |n, tahun| format!("{n} SKP {tahun} dibuat sebagai draf dari templat."),
    predikat_tahunan: "Predikat tahunan",
};

const EN: T = T {
    judul: "Performance",
    pengantar: "Each active employee's SKP (performance plan) per year. Create a new SKP (the appraiser is proposed from the unit tree), copy last year's, or create many at once from a template for everyone in the same position.",
    distribusi: "Predikat distribution per unit",
    masyarakat: "Community feedback",
    tahun: "Year",
    unit_kerja: "Work unit",
    semua_unit: "All units",
    status: "SKP status",
    semua_status: "All statuses",
    cari: "Search name or NIP",
    ringkasan: |h| {
        format!(
            "{} employees: {} without an SKP, {} draft, {} submitted, {} approved.",
            ribuan(h.pegawai as i64),
            ribuan(h.belum_ada as i64),
            ribuan(h.draf as i64),
            ribuan(h.diajukan as i64),
            ribuan(h.disetujui as i64)
        )
    },
    tabel: |tahun| format!("SKP for {tahun}"),
    pegawai: "Employee",
    jabatan: "Position",
    rhk: "Results",
    penilai: "Appraiser",
    predikat: |tahun| format!("Grade {tahun}"),
    aksi: "Actions",
    belum_ada: "No SKP yet",
    buka_skp: "Open SKP",
    evaluasi: |p| format!("Evaluation {p}"),
    buat_skp: "Create SKP",
    salin_dari: |tahun| format!("Copy from SKP {tahun}"),
    kosong: "No employees yet. Add employees or load the sample data on the Home page.",
    tidak_cocok: "No employee matches the filters.",
    templat_judul: "Bulk planning from a template",
    templat_pengantar: |tahun| format!("Choose one SKP as the template. Its results and indicators are copied into new draft SKPs for the other employees who now hold the same position and have no SKP for {tahun}; each one's appraiser is proposed from the unit tree."),
    templat_pilih: "Template SKP",
    templat_kosong_pilihan: "— choose an SKP that has results —",
    templat_label: |nama, jabatan, tahun, n| format!("{nama} — {jabatan} (SKP {tahun}, {n} results)"),
    templat_calon: |jabatan, tahun| format!("Employees in the position {jabatan} without an SKP for {tahun}"),
    templat_tanpa_calon: "No other employee in this position is without an SKP for this year.",
    templat_buat: |n| format!("Create {n} SKP from the template"),
    templat_dibuat: |n, tahun| format!("{n} SKP for {tahun} created as drafts from the template."),
    predikat_tahunan: "Annual grade",
};

/// One row of the table, as shown.
#[derive(Clone, Debug, PartialEq)]
struct Baris {
    pegawai: Id,
    nama: String,
    nip: String,
    jabatan: String,
    unit: String,
    /// The year's SKP: id, status, number of RHK, penilai's name.
    skp: Option<(Id, StatusSkp, usize, String)>,
    sebelumnya: Option<(Id, i32)>,
    predikat: Option<Predikat>,
}

/// The Kinerja page: SKP per pegawai and year.
#[component]
pub fn HalamanKinerja() -> impl IntoView {
    let data = use_data();
    let b = use_bahasa();
    let t = teks_halaman(&ID, &EN);
    let en = move || b.get() == Bahasa::En;
    let hari = hari_ini();
    let tahun = RwSignal::new(hari.tahun());
    // `#/kinerja?unit=<id>` (the link from a unit on the distribution page) opens on that unit.
    let unit_awal = window()
        .location()
        .hash()
        .ok()
        .and_then(|h| crate::ui::route::param(&h, "unit"))
        .filter(|u| Id::parse(u).is_some_and(|id| data.data.with_untracked(|d| d.cari_unit(&id).is_some())))
        .unwrap_or_default();
    let f_unit = RwSignal::new(unit_awal);
    let f_status = RwSignal::new(String::new());
    let cari = RwSignal::new(String::new());
    let pesan = RwSignal::new(String::new());

    let pilihan_tahun = move || data.data.with(|d| tahun_pilihan(&d.skp, hari.tahun()));
    let periode_kini =
        move || data.data.with(|d| periode_berjalan(d.pengaturan.instansi.periode_evaluasi, tahun.get(), hari));

    let semua = Memo::new(move |_| {
        let th = tahun.get();
        data.data.with(|d| {
            let nama_unit =
                |u: &Option<Id>| u.as_ref().and_then(|u| d.cari_unit(u)).map(|u| u.nama.clone()).unwrap_or_default();
            baris_rencana(&d.pegawai, &d.skp, &d.evaluasi_kinerja, th)
                .into_iter()
                .map(|r| {
                    let p = r.pegawai;
                    (
                        p.unit_kerja.clone(),
                        r.skp.map(|s| s.status),
                        Baris {
                            pegawai: p.id.clone(),
                            nama: p.nama_lengkap(),
                            nip: p.nip.tampil(),
                            jabatan: p.jabatan_terakhir().map(|j| j.nama_lengkap()).unwrap_or_default(),
                            unit: nama_unit(&p.unit_kerja),
                            skp: r.skp.map(|s| {
                                (
                                    s.id.clone(),
                                    s.status,
                                    s.rhk.len(),
                                    s.penilai.as_ref().map(|c| c.nama.clone()).unwrap_or_default(),
                                )
                            }),
                            sebelumnya: r.sebelumnya.map(|s| (s.id.clone(), s.tahun)),
                            predikat: r.predikat_tahunan.map(|x| x.predikat),
                        },
                    )
                })
                .collect::<Vec<_>>()
        })
    });

    let tampil = Memo::new(move |_| {
        let unit_ids: Option<Vec<Id>> =
            Id::parse(&f_unit.get()).map(|id| data.data.with(|d| unit::keturunan(&d.unit_kerja, &id)));
        let status = SaringStatus::parse(&f_status.get());
        let cari = cari.get().trim().to_lowercase();
        let digit: String = cari.chars().filter(char::is_ascii_digit).collect();
        let mut v: Vec<Baris> = semua.with(|s| {
            s.iter()
                .filter(|(u, st, b)| {
                    unit_ids.as_ref().is_none_or(|ids| u.as_ref().is_some_and(|u| ids.contains(u)))
                        && match status {
                            None => true,
                            Some(SaringStatus::BelumAda) => st.is_none(),
                            Some(SaringStatus::Status(x)) => *st == Some(x),
                        }
                        && (cari.is_empty()
                            || b.nama.to_lowercase().contains(&cari)
                            || (!digit.is_empty() && b.nip.replace(' ', "").contains(&digit)))
                })
                .map(|(_, _, b)| b.clone())
                .collect()
        });
        v.sort_by_key(|a| a.nama.to_lowercase());
        v
    });
    let hitungan = move || {
        let status: Vec<Option<StatusSkp>> = tampil.with(|v| v.iter().map(|b| b.skp.as_ref().map(|s| s.1)).collect());
        let mut h = HitunganRencana::default();
        for s in status {
            h.pegawai += 1;
            match s {
                None => h.belum_ada += 1,
                Some(StatusSkp::Draf) => h.draf += 1,
                Some(StatusSkp::Diajukan) => h.diajukan += 1,
                Some(StatusSkp::Disetujui) => h.disetujui += 1,
            }
        }
        h
    };
    let total = move || semua.with(Vec::len);

    // Create an SKP: new (penilai proposed), or copied from an earlier year.
    let buat = move |pegawai: Id, salin: Option<Id>| {
        let th = tahun.get_untracked();
        let mut baru: Option<Id> = None;
        data.ubah(|d| {
            let Some(p) = d.cari_pegawai(&pegawai) else {
                return Vec::new();
            };
            if d.skp_pegawai(&pegawai, th).is_some() {
                return Vec::new();
            }
            let mut id = id_baru;
            let s: Skp = match salin.as_ref().and_then(|x| d.cari_skp(x)) {
                Some(lama) => lama.salin_ke_tahun(th, &mut id, p, &d.pegawai, &d.unit_kerja, sekarang()),
                None => Skp::baru(id_baru(), p, th, &d.pegawai, &d.unit_kerja, sekarang()),
            };
            baru = Some(s.id.clone());
            vec![d.simpan_skp(s)]
        });
        if let Some(id) = baru {
            navigasi(&Route::Skp(id));
        }
    };

    view! {
        <section class="halaman kinerja">
            <div class="halaman__kepala">
                <Judul teks=Signal::derive(move || t().judul.to_string())/>
                <div class="aksi">
                    <a class="tombol" id="ke-distribusi" href=Route::Distribusi.href()>{move || t().distribusi}</a>
                    <a class="tombol" id="ke-masyarakat" href=Route::Masyarakat.href()>{move || t().masyarakat}</a>
                </div>
            </div>
            <p class="halaman__pengantar">{move || t().pengantar}</p>

            <form class="saring kinerja__saring" role="search" on:submit=|ev| ev.prevent_default()>
                <div class="medan">
                    <label for="tahun-kinerja">{move || t().tahun}</label>
                    <select id="tahun-kinerja" on:change=move |ev| if let Ok(x) = event_target_value(&ev).parse() { tahun.set(x) }>
                        {move || pilihan_tahun().into_iter().map(|th| view! {
                            <option value=th.to_string() selected=move || tahun.get() == th>{th}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for="kinerja-unit">{move || t().unit_kerja}</label>
                    <select id="kinerja-unit" on:change=move |ev| f_unit.set(event_target_value(&ev)) prop:value=move || f_unit.get()>
                        <option value="">{move || t().semua_unit}</option>
                        {move || data.pilihan_unit().into_iter().map(|(id, nama)| view! { <option value=id>{nama}</option> }).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for="kinerja-status">{move || t().status}</label>
                    <select id="kinerja-status" on:change=move |ev| f_status.set(event_target_value(&ev)) prop:value=move || f_status.get()>
                        <option value="">{move || t().semua_status}</option>
                        {SaringStatus::SEMUA.map(|s| view! {
                            <option value=s.kode()>{move || if en() { s.label_en() } else { s.label_id() }}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for="kinerja-cari">{move || t().cari}</label>
                    <input id="kinerja-cari" type="search" autocomplete="off" prop:value=move || cari.get()
                        on:input=move |ev| cari.set(event_target_value(&ev))/>
                </div>
            </form>
            <p class="jumlah" id="ringkasan-kinerja" aria-live="polite">{move || (t().ringkasan)(&hitungan())}</p>
            <p class="pemberitahuan" role="status" id="pesan-kinerja">{move || pesan.get()}</p>
            <Templat tahun=tahun pesan=pesan/>

            <Show
                when=move || !tampil.with(Vec::is_empty)
                fallback=move || view! { <p class="kosong">{move || if total() == 0 { t().kosong } else { t().tidak_cocok }}</p> }
            >
                <div class="tabel-gulir">
                    <table class="tabel kinerja__tabel" id="tabel-kinerja">
                        <caption class="sr-only">{move || (t().tabel)(tahun.get())}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t().pegawai}</th>
                                <th scope="col">{move || t().jabatan}</th>
                                <th scope="col">{move || t().unit_kerja}</th>
                                <th scope="col">{move || t().status}</th>
                                <th scope="col" class="angka">{move || t().rhk}</th>
                                <th scope="col">{move || t().penilai}</th>
                                <th scope="col">{move || (t().predikat)(tahun.get())}</th>
                                <th scope="col">{move || t().aksi}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || tampil.get() key=|b| (b.pegawai.clone(), b.skp.clone(), b.predikat, b.sebelumnya.clone()) let:b>
                                {baris_view(b, t, en, periode_kini, buat)}
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>

        </section>
    }
}

/// One table row.
fn baris_view(
    b: Baris,
    t: impl Fn() -> &'static T + Copy + Send + Sync + 'static,
    en: impl Fn() -> bool + Copy + Send + Sync + 'static,
    periode_kini: impl Fn() -> Periode + Copy + Send + Sync + 'static,
    buat: impl Fn(Id, Option<Id>) + Copy + Send + Sync + 'static,
) -> AnyView {
    let pid = b.pegawai.clone();
    let status = b.skp.as_ref().map(|s| s.1);
    let tindakan = match b.skp.clone() {
        Some((id, ..)) => {
            let id2 = id.clone();
            view! {
                <a class="tombol tombol--kecil" id=format!("buka-skp-{pid}") href=Route::Skp(id).href()>{move || t().buka_skp}</a>
                {move || {
                    let p = periode_kini();
                    let label = if en() { p.label_en() } else { p.label_id() };
                    view! { <a class="tombol tombol--kecil" href=Route::Evaluasi(id2.clone(), p).href()>{(t().evaluasi)(&label)}</a> }
                }}
            }
            .into_any()
        }
        None => {
            let (p1, p2) = (pid.clone(), pid.clone());
            view! {
                <button type="button" class="tombol tombol--kecil tombol--utama" id=format!("buat-skp-{pid}")
                    on:click=move |_| buat(p1.clone(), None)>{move || t().buat_skp}</button>
                {b.sebelumnya.clone().map(|(lama, th)| view! {
                    <button type="button" class="tombol tombol--kecil" id=format!("salin-skp-{pid}")
                        on:click=move |_| buat(p2.clone(), Some(lama.clone()))>{move || (t().salin_dari)(th)}</button>
                })}
            }
            .into_any()
        }
    };
    view! {
        <tr data-pegawai=pid.to_string()>
            <td data-label=move || t().pegawai>
                <a class="tabel__nama" href=Route::DetailPegawai(pid.clone()).href()>{b.nama.clone()}</a>
                <br/><span class="angka kinerja__nip">{b.nip.clone()}</span>
            </td>
            <td data-label=move || t().jabatan class="kinerja__jabatan">{b.jabatan.clone()}</td>
            <td data-label=move || t().unit_kerja>{b.unit.clone()}</td>
            <td data-label=move || t().status>
                {match status {
                    Some(s) => view! { <span class=format!("lencana skp-status skp-status--{}", s.kode())>{move || if en() { s.label_en() } else { s.label_id() }}</span> }.into_any(),
                    None => view! { <span class="kinerja__belum">{move || t().belum_ada}</span> }.into_any(),
                }}
            </td>
            <td data-label=move || t().rhk class="angka">{b.skp.as_ref().map(|s| s.2.to_string()).unwrap_or_else(|| "—".into())}</td>
            <td data-label=move || t().penilai>{b.skp.as_ref().map(|s| if s.3.is_empty() { "—".to_string() } else { s.3.clone() }).unwrap_or_default()}</td>
            <td data-label=move || t().predikat_tahunan>
                {b.predikat.map(|p| view! {
                    <span class=format!("lencana kinerja-predikat kinerja-predikat--{}", p.kode())>{move || if en() { p.label_en() } else { p.label_id() }}</span>
                })}
            </td>
            <td data-label=move || t().aksi><div class="kinerja__aksi">{tindakan}</div></td>
        </tr>
    }
    .into_any()
}

/// Bulk planning: an SKP as the template, the pegawai holding the same jabatan without an
/// SKP for the year, and one save that creates their drafts.
#[component]
fn Templat(tahun: RwSignal<i32>, pesan: RwSignal<String>) -> impl IntoView {
    let data = use_data();
    let t = teks_halaman(&ID, &EN);
    let templat = RwSignal::new(String::new());
    // Candidates the user unticked.
    let dikecualikan = RwSignal::new(HashSet::<String>::new());

    let pilihan = move || {
        data.data.with(|d| {
            let mut v: Vec<(i32, String, String)> = d
                .skp_aktif()
                .filter(|s| !s.rhk.is_empty())
                .map(|s| {
                    (
                        s.tahun,
                        s.id.to_string(),
                        (t().templat_label)(&s.dinilai.nama, &s.dinilai.jabatan, s.tahun, s.rhk.len()),
                    )
                })
                .collect();
            v.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
            v
        })
    };
    let calon = Memo::new(move |_| {
        let th = tahun.get();
        let id = Id::parse(&templat.get())?;
        data.data.with(|d| {
            let s = d.cari_skp(&id)?;
            let c: Vec<(String, String, String)> = calon_templat(s, &d.pegawai, &d.skp, th)
                .into_iter()
                .map(|p| {
                    let unit =
                        p.unit_kerja.as_ref().and_then(|u| d.cari_unit(u)).map(|u| u.nama.clone()).unwrap_or_default();
                    (p.id.to_string(), p.nama_lengkap(), unit)
                })
                .collect();
            Some((s.dinilai.jabatan.clone(), c))
        })
    });
    let terpilih = move || {
        let kecuali = dikecualikan.get();
        calon.with(|c| {
            c.as_ref()
                .map(|(_, v)| {
                    v.iter().filter(|(id, ..)| !kecuali.contains(id)).map(|(id, ..)| id.clone()).collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let buat = move |_| {
        let Some(id) = Id::parse(&templat.get_untracked()) else {
            return;
        };
        let th = tahun.get_untracked();
        let ids: Vec<Id> = terpilih().iter().filter_map(|x| Id::parse(x)).collect();
        let mut n = 0;
        data.ubah(|d| {
            let Some(s) = d.cari_skp(&id).cloned() else {
                return Vec::new();
            };
            let untuk: Vec<_> =
                calon_templat(&s, &d.pegawai, &d.skp, th).into_iter().filter(|p| ids.contains(&p.id)).collect();
            let mut baru_id = id_baru;
            let baru = buat_dari_templat(&s, &untuk, th, &mut baru_id, &d.pegawai, &d.unit_kerja, sekarang());
            n = baru.len();
            for x in baru {
                d.simpan_skp(x);
            }
            if n > 0 {
                vec![Koleksi::Skp]
            } else {
                Vec::new()
            }
        });
        dikecualikan.set(HashSet::new());
        pesan.set((t().templat_dibuat)(n, th));
    };

    view! {
        <details class="kartu kinerja__templat" id="templat">
            <summary class="kinerja__templat-judul">{move || t().templat_judul}</summary>
            <p class="petunjuk">{move || (t().templat_pengantar)(tahun.get())}</p>
            <div class="medan medan--sempit kinerja__templat-pilih">
                <label for="templat-skp">{move || t().templat_pilih}</label>
                <select id="templat-skp" on:change=move |ev| { dikecualikan.set(HashSet::new()); templat.set(event_target_value(&ev)) }>
                    <option value="">{move || t().templat_kosong_pilihan}</option>
                    {move || pilihan().into_iter().map(|(_, id, label)| {
                        let s = id == templat.get_untracked();
                        view! { <option value=id selected=s>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            {move || calon.get().map(|(jabatan, v)| {
                if v.is_empty() {
                    return view! { <p class="petunjuk" id="templat-tanpa-calon">{move || t().templat_tanpa_calon}</p> }.into_any();
                }
                view! {
                    <fieldset class="kinerja__calon" id="templat-calon">
                        <legend>{move || (t().templat_calon)(&jabatan, tahun.get())}</legend>
                        {v.into_iter().map(|(id, nama, unit)| {
                            let id2 = id.clone();
                            view! {
                                <label class="pilihan">
                                    <input type="checkbox" value=id.clone()
                                        prop:checked=move || !dikecualikan.with(|k| k.contains(&id))
                                        on:change=move |ev| {
                                            let ya = event_target_checked(&ev);
                                            dikecualikan.update(|k| { if ya { k.remove(&id2); } else { k.insert(id2.clone()); } });
                                        }/>
                                    {nama}<span class="petunjuk">{format!(" — {unit}")}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <div class="aksi">
                        <button type="button" class="tombol tombol--utama" id="buat-dari-templat"
                            disabled=move || terpilih().is_empty() on:click=buat>
                            {move || (t().templat_buat)(terpilih().len())}
                        </button>
                    </div>
                }.into_any()
            })}
        </details>
    }
}
