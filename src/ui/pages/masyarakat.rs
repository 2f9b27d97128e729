//! `#/masyarakat`: community feedback (umpan balik masyarakat, issue 4 §5) per unit and
//! optionally per pegawai of that unit — record, list by unit and period, delete (tombstone),
//! and a summary per unit. Its own signal: shown beside the predikat, never mixed into it.

use crate::domain::evaluasi::{Kanal, Skor};
use crate::domain::id::Id;
use crate::domain::masyarakat::{
    buat_umpan_balik, ringkasan_per_unit, saring, tampil_skor, GalatUmpanBalik, JenisSkor, MasukanUmpanBalik,
};
use crate::domain::periode::{periode_tahun, Periode};
use crate::domain::rekap_kinerja::tahun_tersedia;
use crate::domain::tanggal::Tanggal;
use crate::ui::components::{Dialog, Judul};
use crate::ui::peramban::{hari_ini, id_baru, sekarang};
use crate::ui::providers::{teks_halaman, use_bahasa, use_data};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

struct T {
    kinerja: &'static str,
    judul: &'static str,
    pengantar: &'static str,
    sinyal_judul: &'static str,
    sinyal: &'static str,
    catat: &'static str,
    unit: &'static str,
    pilih_unit: &'static str,
    pegawai: &'static str,
    pegawai_petunjuk: &'static str,
    tanpa_pegawai: &'static str,
    tanggal: &'static str,
    kanal: &'static str,
    jenis_skor: &'static str,
    bintang: &'static str,
    ikm: &'static str,
    skor: &'static str,
    skor_bintang_petunjuk: &'static str,
    skor_ikm_petunjuk: &'static str,
    n_bintang: fn(u8) -> String,
    komentar: &'static str,
    simpan: &'static str,
    tersimpan: &'static str,
    ringkasan_judul: &'static str,
    semua_unit: &'static str,
    tahun: &'static str,
    periode: &'static str,
    ringkasan_caption: fn(&str, i32) -> String,
    jumlah: &'static str,
    rata_rata: &'static str,
    skala: &'static str,
    ringkasan_kosong: &'static str,
    daftar_caption: fn(&str, i32) -> String,
    aksi: &'static str,
    hapus: &'static str,
    hapus_judul: &'static str,
    hapus_tanya: &'static str,
    ya_hapus: &'static str,
    batal: &'static str,
    daftar_kosong: &'static str,
    dihapus: &'static str,
    wajib: &'static str,
}

const ID: T = T {
    kinerja: "Kinerja",
    judul: "Umpan Balik Masyarakat",
    pengantar: "Catat umpan balik dari penerima layanan per unit kerja dan, bila ditujukan kepada seseorang, per pegawai di unit itu: dari loket, survei, atau kanal daring, dengan skor bintang 1–5 atau indeks survei (gaya IKM) 0–100.",
    sinyal_judul: "Sinyal tersendiri",
    sinyal: "Umpan balik masyarakat ditampilkan di samping predikat kinerja sebagai sinyal tersendiri. Skornya tidak pernah dihitung ke dalam rating hasil kerja, rating perilaku, predikat kinerja pegawai, maupun pemeriksaan pola distribusi.",
    catat: "Catat umpan balik",
    unit: "Unit kerja",
    pilih_unit: "— pilih unit —",
    pegawai: "Pegawai (opsional)",
    pegawai_petunjuk: "Hanya anggota unit yang dipilih.",
    tanpa_pegawai: "— untuk unit —",
    tanggal: "Tanggal",
    kanal: "Kanal",
    jenis_skor: "Jenis skor",
    bintang: "Bintang 1–5",
    ikm: "Indeks survei 0–100",
    skor: "Skor",
    skor_bintang_petunjuk: "1 = sangat tidak puas, 5 = sangat puas.",
    skor_ikm_petunjuk: "Satu angka desimal, misalnya 82,7.",
    n_bintang: |n| format!("{n} bintang"),
    komentar: "Komentar",
    simpan: "Simpan umpan balik",
    tersimpan: "Umpan balik disimpan.",
    ringkasan_judul: "Ringkasan dan daftar",
    semua_unit: "Semua unit",
    tahun: "Tahun",
    periode: "Periode",
    ringkasan_caption: |p, t| format!("Ringkasan per unit — {p} {t}"),
    jumlah: "Jumlah",
    rata_rata: "Rata-rata (0–100)",
    skala: "Rata-rata pada skala 0–100: 1 bintang = 20, 5 bintang = 100; indeks survei apa adanya.",
    ringkasan_kosong: "Belum ada umpan balik pada periode ini.",
    daftar_caption: |p, t| format!("Umpan balik — {p} {t}"),
    aksi: "Aksi",
    hapus: "Hapus",
    hapus_judul: "Hapus umpan balik?",
    hapus_tanya: "Umpan balik ini dihapus dari daftar dan ringkasan. Penghapusan ikut terbawa saat data dibagikan.",
    ya_hapus: "Ya, hapus",
    batal: "Batal",
    daftar_kosong: "Belum ada umpan balik yang cocok dengan saringan.",
    dihapus: "Umpan balik dihapus.",
    wajib: "wajib",
};

const EN: T = T {
    kinerja: "Performance",
    judul: "Community Feedback",
    pengantar: "Record feedback from service users per work unit and, when it is about someone, per employee of that unit: from the service counter, a survey or online, with a 1–5 star score or a survey index (IKM style) of 0–100.",
    sinyal_judul: "A separate signal",
    sinyal: "Community feedback is shown beside the performance grade as a signal of its own. Its scores are never counted into the work-result rating, the behaviour rating, the employee's performance grade or the distribution check.",
    catat: "Record feedback",
    unit: "Work unit",
    pilih_unit: "— choose a unit —",
    pegawai: "Employee (optional)",
    pegawai_petunjuk: "Only members of the chosen unit.",
    tanpa_pegawai: "— for the unit —",
    tanggal: "Date",
    kanal: "Channel",
    jenis_skor: "Score type",
    bintang: "Stars 1–5",
    ikm: "Survey index 0–100",
    skor: "Score",
    skor_bintang_petunjuk: "1 = very dissatisfied, 5 = very satisfied.",
    skor_ikm_petunjuk: "One decimal, e.g. 82.7.",
    n_bintang: |n| if n == 1 { "1 star".into() } else { format!("{n} stars") },
    komentar: "Comment",
    simpan: "Save feedback",
    tersimpan: "Feedback saved.",
    ringkasan_judul: "Summary and list",
    semua_unit: "All units",
    tahun: "Year",
    periode: "Period",
    ringkasan_caption: |p, t| format!("Summary per unit — {p} {t}"),
    jumlah: "Count",
    rata_rata: "Mean (0–100)",
    skala: "Mean on a 0–100 scale: 1 star = 20, 5 stars = 100; survey indices as they are.",
    ringkasan_kosong: "No feedback in this period yet.",
    daftar_caption: |p, t| format!("Feedback — {p} {t}"),
    aksi: "Actions",
    hapus: "Delete",
    hapus_judul: "Delete this feedback?",
    hapus_tanya: "The entry leaves the list and the summary. The deletion travels with shared data.",
    ya_hapus: "Yes, delete",
    batal: "Cancel",
    daftar_kosong: "No feedback matches the filters.",
    dihapus: "Feedback deleted.",
    wajib: "required",
};

fn t() -> impl Fn() -> &'static T + Copy {
    teks_halaman(&ID, &EN)
}

fn tt(f: fn(&'static T) -> &'static str) -> impl Fn() -> &'static str + Copy {
    let t = t();
    move || f(t())
}

fn kanal_label(k: Kanal, en: bool) -> &'static str {
    if en {
        k.label_en()
    } else {
        k.label_id()
    }
}

/// The community feedback page.
#[component]
pub fn HalamanMasyarakat() -> impl IntoView {
    let data = use_data();
    let b = use_bahasa();
    let t = t();
    let en = move || b.get() == Bahasa::En;
    let koma = move || if en() { '.' } else { ',' };

    // The form, as typed.
    let f_unit = RwSignal::new(None::<Id>);
    let f_pegawai = RwSignal::new(None::<Id>);
    let f_tanggal = RwSignal::new(hari_ini().iso());
    let f_kanal = RwSignal::new(Kanal::Loket);
    let f_jenis = RwSignal::new(JenisSkor::Bintang);
    let f_skor = RwSignal::new(String::new());
    let f_komentar = RwSignal::new(String::new());
    let galat = RwSignal::new(Vec::<GalatUmpanBalik>::new());
    let pesan = RwSignal::new(None::<fn(&'static T) -> &'static str>);

    // The filters of the summary and the list.
    let s_unit = RwSignal::new(None::<Id>);
    let s_tahun = RwSignal::new(hari_ini().tahun());
    let s_periode = RwSignal::new(Periode::Tahunan);
    let daftar_periode = data.data.with_untracked(|d| periode_tahun(d.pengaturan.instansi.periode_evaluasi));

    let anggota = move || {
        let u = f_unit.get();
        data.data.with(|d| {
            let mut v: Vec<(String, String)> = d
                .pegawai_aktif()
                .filter(|p| u.is_some() && p.unit_kerja == u)
                .map(|p| (p.id.to_string(), format!("{} — {}", p.nama_lengkap(), p.nip.tampil())))
                .collect();
            v.sort_by_cached_key(|x| x.1.to_lowercase());
            v
        })
    };

    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let m = MasukanUmpanBalik {
            unit_kerja: f_unit.get_untracked(),
            pegawai: f_pegawai.get_untracked(),
            tanggal: Tanggal::parse_iso(&f_tanggal.get_untracked()),
            kanal: f_kanal.get_untracked(),
            jenis_skor: f_jenis.get_untracked(),
            skor: f_skor.get_untracked(),
            komentar: f_komentar.get_untracked(),
        };
        let hasil = data.data.with_untracked(|d| buat_umpan_balik(&m, &d.pegawai, hari_ini(), id_baru(), sekarang()));
        match hasil {
            Ok(u) => {
                let (tanggal, unit) = (u.tanggal, u.unit_kerja.clone());
                data.ubah(|d| [d.simpan_umpan_balik_masyarakat(u, sekarang())]);
                galat.set(Vec::new());
                f_skor.set(String::new());
                f_komentar.set(String::new());
                pesan.set(Some(|t| t.tersimpan));
                // Show the new entry: widen the filters when they would hide it.
                s_tahun.set(tanggal.tahun());
                if !s_periode.get_untracked().jangka(tanggal.tahun()).memuat(tanggal) {
                    s_periode.set(Periode::Tahunan);
                }
                if s_unit.get_untracked().is_some_and(|s| s != unit) {
                    s_unit.set(None);
                }
            }
            Err(g) => {
                pesan.set(None);
                galat.set(g);
            }
        }
    };
    let galat_medan = move |medan: &'static str| {
        move || {
            let en = en();
            galat.with(|g| {
                g.iter()
                    .filter(|x| x.medan() == medan)
                    .map(|x| if en { x.pesan_en() } else { x.pesan_id() })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        }
    };

    let jangka = move || s_periode.get().jangka(s_tahun.get());
    let label_periode = move || {
        let p = s_periode.get();
        if en() {
            p.label_en()
        } else {
            p.label_id()
        }
    };
    let ringkasan = move || {
        let (j, u, en, koma) = (jangka(), s_unit.get(), en(), koma());
        data.data.with(|d| {
            ringkasan_per_unit(&d.umpan_balik_masyarakat, &d.unit_kerja, j)
                .into_iter()
                .filter(|(x, _)| u.as_ref().is_none_or(|u| &x.id == u))
                .map(|(x, r)| {
                    // Always one decimal in the summary (`80,0`), so the column lines up.
                    let rata =
                        r.rata_rata_per_sepuluh.map(|n| format!("{}{koma}{}", n / 10, n % 10)).unwrap_or_default();
                    let _ = en;
                    view! {
                        <tr>
                            <th scope="row">{x.nama.clone()}</th>
                            <td class="angka">{r.jumlah}</td>
                            <td class="angka">{rata}</td>
                            {r.per_kanal.map(|n| view! { <td class="angka">{n}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let hapus_id = RwSignal::new(None::<Id>);
    let buka_hapus = RwSignal::new(false);
    let daftar = move || {
        let (j, u, en, koma) = (jangka(), s_unit.get(), en(), koma());
        let t = t();
        data.data.with(|d| {
            saring(&d.umpan_balik_masyarakat, u.as_ref(), Some(j))
                .into_iter()
                .map(|e| {
                    let nama_unit = d.unit_kerja.iter().find(|x| x.id == e.unit_kerja).map(|x| x.nama.clone()).unwrap_or_default();
                    let pegawai = e.pegawai.as_ref().and_then(|p| d.pegawai.iter().find(|x| &x.id == p));
                    let id = e.id.clone();
                    let skor = match e.skor {
                        Skor::Bintang(n) => format!("{} ({})", "★".repeat(usize::from(n)), tampil_skor(e.skor, koma)),
                        Skor::IkmPerSepuluh(_) => format!("IKM {}", tampil_skor(e.skor, koma)),
                    };
                    view! {
                        <tr>
                            <td class="angka">{if en { e.tanggal.format_panjang_en() } else { e.tanggal.format_panjang() }}</td>
                            <td>{nama_unit}</td>
                            <td>{pegawai.map(|p| view! { <a href=Route::DetailPegawai(p.id.clone()).href()>{p.nama_lengkap()}</a> })}</td>
                            <td>{kanal_label(e.kanal, en)}</td>
                            <td class="angka">{skor}</td>
                            <td class="masyarakat__komentar">{e.komentar.clone()}</td>
                            <td><button type="button" class="tombol tombol--kecil tombol--bahaya" on:click=move |_| {
                                hapus_id.set(Some(id.clone()));
                                buka_hapus.set(true);
                            }>{t.hapus}</button></td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let lakukan_hapus = move |_| {
        if let Some(id) = hapus_id.get_untracked() {
            data.ubah(|d| d.hapus_umpan_balik_masyarakat(&id, sekarang()));
            pesan.set(Some(|t| t.dihapus));
        }
        buka_hapus.set(false);
    };

    let pilihan_unit = move || data.pilihan_unit();
    let opsi_unit = move |pilih: RwSignal<Option<Id>>| {
        move || {
            pilihan_unit()
                .into_iter()
                .map(|(id, nama)| {
                    let cocok = id.clone();
                    view! { <option value=id selected=move || pilih.get().is_some_and(|u| u.as_str() == cocok)>{nama}</option> }
                })
                .collect_view()
        }
    };
    let tahun_pilihan = move || data.data.with(|d| tahun_tersedia(&d.skp, &d.kinerja_organisasi, hari_ini().tahun()));

    view! {
        <section class="halaman masyarakat">
            <p class="remah"><a href=Route::Kinerja.href()>{tt(|t| t.kinerja)}</a>" › "</p>
            <Judul teks=Signal::derive(move || t().judul.to_string())/>
            <p class="halaman__pengantar">{tt(|t| t.pengantar)}</p>
            <aside class="sinyal-terpisah" id="sinyal-terpisah" aria-labelledby="sinyal-terpisah-judul">
                <p class="sinyal-terpisah__judul" id="sinyal-terpisah-judul">{tt(|t| t.sinyal_judul)}</p>
                <p>{tt(|t| t.sinyal)}</p>
            </aside>

            <form class="formulir__bagian masyarakat__formulir" id="form-masyarakat" novalidate on:submit=simpan aria-labelledby="catat-judul">
                <h2 id="catat-judul">{tt(|t| t.catat)}</h2>
                <div class="formulir__kisi">
                    <div class="medan">
                        <label for="mb-unit">{tt(|t| t.unit)}" "<span class="wajib" title=tt(|t| t.wajib)>"*"</span></label>
                        <select id="mb-unit" required aria-describedby="mb-unit-galat" on:change=move |ev| {
                            f_unit.set(Id::parse(&event_target_value(&ev)));
                            f_pegawai.set(None);
                        }>
                            <option value="" selected=move || f_unit.get().is_none()>{tt(|t| t.pilih_unit)}</option>
                            {opsi_unit(f_unit)}
                        </select>
                        <p class="medan__galat" id="mb-unit-galat" role="alert">{galat_medan("unit")}</p>
                    </div>
                    <div class="medan">
                        <label for="mb-pegawai">{tt(|t| t.pegawai)}</label>
                        <select id="mb-pegawai" aria-describedby="mb-pegawai-petunjuk mb-pegawai-galat" disabled=move || f_unit.get().is_none()
                            on:change=move |ev| f_pegawai.set(Id::parse(&event_target_value(&ev)))>
                            <option value="" selected=move || f_pegawai.get().is_none()>{tt(|t| t.tanpa_pegawai)}</option>
                            {move || anggota().into_iter().map(|(id, nama)| {
                                let cocok = id.clone();
                                view! { <option value=id selected=move || f_pegawai.get().is_some_and(|p| p.as_str() == cocok)>{nama}</option> }
                            }).collect_view()}
                        </select>
                        <span class="medan__petunjuk" id="mb-pegawai-petunjuk">{tt(|t| t.pegawai_petunjuk)}</span>
                        <p class="medan__galat" id="mb-pegawai-galat" role="alert">{galat_medan("pegawai")}</p>
                    </div>
                    <div class="medan">
                        <label for="mb-tanggal">{tt(|t| t.tanggal)}" "<span class="wajib" title=tt(|t| t.wajib)>"*"</span></label>
                        <input id="mb-tanggal" type="date" required aria-describedby="mb-tanggal-galat"
                            prop:value=move || f_tanggal.get() on:change=move |ev| f_tanggal.set(event_target_value(&ev))/>
                        <p class="medan__galat" id="mb-tanggal-galat" role="alert">{galat_medan("tanggal")}</p>
                    </div>
                    <div class="medan">
                        <label for="mb-kanal">{tt(|t| t.kanal)}</label>
                        <select id="mb-kanal" on:change=move |ev| {
                            if let Some(k) = Kanal::parse(&event_target_value(&ev)) { f_kanal.set(k) }
                        }>
                            {Kanal::SEMUA.map(|k| view! {
                                <option value=k.kode() selected=move || f_kanal.get() == k>{move || kanal_label(k, en())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="medan masyarakat__jenis">
                        <legend>{tt(|t| t.jenis_skor)}</legend>
                        <label class="pilihan"><input type="radio" name="mb-jenis" id="mb-jenis-bintang"
                            prop:checked=move || f_jenis.get() == JenisSkor::Bintang
                            on:change=move |_| { f_jenis.set(JenisSkor::Bintang); f_skor.set(String::new()); }/>{tt(|t| t.bintang)}</label>
                        <label class="pilihan"><input type="radio" name="mb-jenis" id="mb-jenis-ikm"
                            prop:checked=move || f_jenis.get() == JenisSkor::Ikm
                            on:change=move |_| { f_jenis.set(JenisSkor::Ikm); f_skor.set(String::new()); }/>{tt(|t| t.ikm)}</label>
                    </fieldset>
                    <div class="medan">
                        <label for="mb-skor">{tt(|t| t.skor)}" "<span class="wajib" title=tt(|t| t.wajib)>"*"</span></label>
                        {move || match f_jenis.get() {
                            JenisSkor::Bintang => view! {
                                <select id="mb-skor" required aria-describedby="mb-skor-petunjuk mb-skor-galat"
                                    on:change=move |ev| f_skor.set(event_target_value(&ev))>
                                    <option value="" selected=move || f_skor.get().is_empty()>"—"</option>
                                    {(1..=5u8).rev().map(|n| view! {
                                        <option value=n.to_string() selected=move || f_skor.get() == n.to_string()>
                                            {"★".repeat(usize::from(n))}" "{move || (t().n_bintang)(n)}
                                        </option>
                                    }).collect_view()}
                                </select>
                            }.into_any(),
                            JenisSkor::Ikm => view! {
                                <input id="mb-skor" type="text" inputmode="decimal" required autocomplete="off"
                                    aria-describedby="mb-skor-petunjuk mb-skor-galat"
                                    prop:value=move || f_skor.get() on:input=move |ev| f_skor.set(event_target_value(&ev))/>
                            }.into_any(),
                        }}
                        <span class="medan__petunjuk" id="mb-skor-petunjuk">{move || match f_jenis.get() {
                            JenisSkor::Bintang => t().skor_bintang_petunjuk,
                            JenisSkor::Ikm => t().skor_ikm_petunjuk,
                        }}</span>
                        <p class="medan__galat" id="mb-skor-galat" role="alert">{galat_medan("skor")}</p>
                    </div>
                    <div class="medan medan--lebar">
                        <label for="mb-komentar">{tt(|t| t.komentar)}</label>
                        <textarea id="mb-komentar" rows="2" prop:value=move || f_komentar.get()
                            on:input=move |ev| f_komentar.set(event_target_value(&ev))></textarea>
                    </div>
                </div>
                <div class="aksi">
                    <button type="submit" class="tombol tombol--utama" id="simpan-masyarakat">{tt(|t| t.simpan)}</button>
                    <p class="pemberitahuan" id="masyarakat-status" role="status">{move || pesan.get().map(|f| f(t()))}</p>
                </div>
            </form>

            <h2>{tt(|t| t.ringkasan_judul)}</h2>
            <div class="saring">
                <div class="medan medan--lebar">
                    <label for="saring-unit">{tt(|t| t.unit)}</label>
                    <select id="saring-unit" on:change=move |ev| s_unit.set(Id::parse(&event_target_value(&ev)))>
                        <option value="" selected=move || s_unit.get().is_none()>{tt(|t| t.semua_unit)}</option>
                        {opsi_unit(s_unit)}
                    </select>
                </div>
                <div class="medan">
                    <label for="saring-tahun">{tt(|t| t.tahun)}</label>
                    <select id="saring-tahun" on:change=move |ev| {
                        if let Ok(x) = event_target_value(&ev).parse() { s_tahun.set(x) }
                    }>
                        {move || tahun_pilihan().into_iter().map(|x| view! {
                            <option value=x.to_string() selected=move || s_tahun.get() == x>{x}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for="saring-periode">{tt(|t| t.periode)}</label>
                    <select id="saring-periode" on:change=move |ev| {
                        if let Some(p) = Periode::parse_kode(&event_target_value(&ev)) { s_periode.set(p) }
                    }>
                        {daftar_periode.into_iter().map(|p| view! {
                            <option value=p.kode() selected=move || s_periode.get() == p>
                                {move || if en() { p.label_en() } else { p.label_id() }}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </div>

            <div class="tabel-gulir" aria-live="polite">
                <table class="tabel" id="ringkasan-masyarakat">
                    <caption class="tabel__judul">{move || (t().ringkasan_caption)(&label_periode(), s_tahun.get())}</caption>
                    <thead><tr>
                        <th scope="col">{tt(|t| t.unit)}</th>
                        <th scope="col">{tt(|t| t.jumlah)}</th>
                        <th scope="col">{tt(|t| t.rata_rata)}</th>
                        {Kanal::SEMUA.map(|k| view! { <th scope="col">{move || kanal_label(k, en())}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {move || {
                            let v = ringkasan();
                            if v.is_empty() {
                                view! { <tr><td colspan="6" class="kosong">{t().ringkasan_kosong}</td></tr> }.into_any()
                            } else {
                                v.into_iter().collect_view().into_any()
                            }
                        }}
                    </tbody>
                </table>
            </div>
            <p class="petunjuk">{tt(|t| t.skala)}</p>

            <div class="tabel-gulir">
                <table class="tabel" id="daftar-masyarakat">
                    <caption class="tabel__judul">{move || (t().daftar_caption)(&label_periode(), s_tahun.get())}</caption>
                    <thead><tr>
                        <th scope="col">{tt(|t| t.tanggal)}</th>
                        <th scope="col">{tt(|t| t.unit)}</th>
                        <th scope="col">{tt(|t| t.pegawai)}</th>
                        <th scope="col">{tt(|t| t.kanal)}</th>
                        <th scope="col">{tt(|t| t.skor)}</th>
                        <th scope="col">{tt(|t| t.komentar)}</th>
                        <th scope="col">{tt(|t| t.aksi)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let v = daftar();
                            if v.is_empty() {
                                view! { <tr><td colspan="7" class="kosong">{t().daftar_kosong}</td></tr> }.into_any()
                            } else {
                                v.into_iter().collect_view().into_any()
                            }
                        }}
                    </tbody>
                </table>
            </div>

            <Dialog terbuka=buka_hapus id="dialog-hapus-masyarakat" judul=Signal::derive(move || t().hapus_judul.to_string())>
                <p>{tt(|t| t.hapus_tanya)}</p>
                <div class="aksi">
                    <button type="button" class="tombol tombol--bahaya" id="hapus-masyarakat-ya" on:click=lakukan_hapus>{tt(|t| t.ya_hapus)}</button>
                    <button type="button" class="tombol" on:click=move |_| buka_hapus.set(false)>{tt(|t| t.batal)}</button>
                </div>
            </Dialog>
        </section>
    }
}
