//! `#/kinerja/distribusi`: for a year and period, every unit's organisation predikat (set
//! here), the pattern it imposes (SE MenPANRB 3/2023), how many of its SKP are rated, the
//! spread of their predikat and the check against the pattern, with an office-wide summary on
//! top; and, for one unit, the list of its SKP with their evaluation.
//!
//! Deep link: `#/kinerja/distribusi?tahun=2027&periode=tw2&unit=<id>`.

use crate::domain::distribusi::{HasilDistribusi, Sebaran};
use crate::domain::id::Id;
use crate::domain::periode::{periode_tahun, Periode};
use crate::domain::rekap_kinerja::{
    daftar_evaluasi_unit, rekap_distribusi, tahun_tersedia, tetapkan_organisasi, RingkasanDistribusi, StatusUnit,
};
use crate::domain::unit;
use crate::rules::kinerja::{Predikat, PredikatOrganisasi, Rating};
use crate::ui::components::Judul;
use crate::ui::peramban::{hari_ini, id_baru, sekarang};
use crate::ui::providers::{dwibahasa, teks_halaman, use_bahasa, use_data};
use crate::ui::route::Route;
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

struct T {
    kinerja: &'static str,
    judul: &'static str,
    pengantar: &'static str,
    ke_aturan: &'static str,
    tahun: &'static str,
    periode: &'static str,
    unit: &'static str,
    semua_unit: &'static str,
    ringkasan: &'static str,
    diperiksa: &'static str,
    tidak_sesuai: &'static str,
    tidak_dapat: &'static str,
    tanpa_org: &'static str,
    predikat_org: &'static str,
    belum_ditetapkan: &'static str,
    catatan: &'static str,
    catatan_petunjuk: &'static str,
    pola: &'static str,
    dinilai: fn(u32, u32) -> String,
    sebaran: &'static str,
    predikat_pegawai: &'static str,
    jumlah: &'static str,
    persen: &'static str,
    status_tanpa_org: &'static str,
    status_belum_dinilai: &'static str,
    status_sesuai: &'static str,
    status_tidak_sesuai: &'static str,
    status_tidak_dapat: &'static str,
    hasil_tanpa_org: &'static str,
    hasil_belum_dinilai: &'static str,
    hasil_sesuai: &'static str,
    hasil_tidak_sesuai: &'static str,
    hasil_tidak_dapat: fn(u32) -> String,
    daftar_skp: &'static str,
    lihat_evaluasi: &'static str,
    tidak_ada_unit: &'static str,
    daftar_judul: &'static str,
    tutup_daftar: &'static str,
    no: &'static str,
    nama_nip: &'static str,
    jabatan: &'static str,
    penilai: &'static str,
    rating_hasil: &'static str,
    rating_perilaku: &'static str,
    predikat: &'static str,
    evaluasi: &'static str,
    belum_dinilai: &'static str,
    buka: &'static str,
    daftar_kosong: &'static str,
}

const ID: T = T {
    kinerja: "Kinerja",
    judul: "Distribusi Predikat Kinerja",
    pengantar: "Predikat kinerja organisasi tiap unit menentukan pola distribusi predikat kinerja pegawainya (SE MenPANRB 3/2023). Untuk tahun dan periode yang dipilih, halaman ini memeriksa sebaran predikat pegawai yang sudah dinilai terhadap pola itu. Pembulatan persentase untuk unit kecil belum diatur dan merupakan asumsi yang dapat diubah di halaman",
    ke_aturan: "Aturan",
    tahun: "Tahun",
    periode: "Periode",
    unit: "Unit kerja",
    semua_unit: "Semua unit",
    ringkasan: "Ringkasan pemeriksaan",
    diperiksa: "Unit diperiksa",
    tidak_sesuai: "Unit tidak sesuai pola",
    tidak_dapat: "Unit yang polanya tidak dapat dipenuhi",
    tanpa_org: "Unit dinilai tanpa predikat organisasi",
    predikat_org: "Predikat kinerja organisasi",
    belum_ditetapkan: "— belum ditetapkan —",
    catatan: "Catatan",
    catatan_petunjuk: "Misalnya dasar penetapan oleh pimpinan satu tingkat di atas.",
    pola: "Pola distribusi",
    dinilai: |n, m| format!("{n} dari {m} SKP unit ini sudah dinilai pada periode ini."),
    sebaran: "Sebaran predikat kinerja pegawai",
    predikat_pegawai: "Predikat",
    jumlah: "Jumlah",
    persen: "Persen",
    status_tanpa_org: "Belum ada predikat organisasi",
    status_belum_dinilai: "Belum ada penilaian",
    status_sesuai: "Sesuai pola",
    status_tidak_sesuai: "Tidak sesuai pola",
    status_tidak_dapat: "Pola tidak dapat dipenuhi",
    hasil_tanpa_org: "Tetapkan predikat kinerja organisasi untuk memeriksa sebaran predikat pegawai unit ini.",
    hasil_belum_dinilai: "Belum ada SKP unit ini yang dinilai pada periode ini.",
    hasil_sesuai: "Sebaran predikat pegawai sesuai pola distribusi.",
    hasil_tidak_sesuai: "Sebaran predikat pegawai tidak sesuai pola distribusi:",
    hasil_tidak_dapat: |n| format!("Dengan {n} pegawai yang dinilai, pola ini tidak dapat dipenuhi oleh sebaran mana pun menurut asumsi pembulatan yang berlaku. Ini pemberitahuan, bukan kesalahan pejabat penilai. Syarat yang belum terpenuhi:"),
    daftar_skp: "Daftar SKP unit",
    lihat_evaluasi: "Lihat daftar evaluasi",
    tidak_ada_unit: "Belum ada unit kerja. Tambahkan unit kerja atau muat data contoh di Beranda.",
    daftar_judul: "Daftar evaluasi",
    tutup_daftar: "Tampilkan semua unit",
    no: "No",
    nama_nip: "Nama / NIP",
    jabatan: "Jabatan",
    penilai: "Pejabat penilai",
    rating_hasil: "Rating hasil kerja",
    rating_perilaku: "Rating perilaku kerja",
    predikat: "Predikat kinerja",
    evaluasi: "Evaluasi",
    belum_dinilai: "Belum dinilai",
    buka: "Buka",
    daftar_kosong: "Belum ada SKP unit ini untuk tahun ini.",
};

const EN: T = T {
    kinerja: "Performance",
    judul: "Performance Grade Distribution",
    pengantar: "Each unit's organisation performance grade sets the distribution pattern of its employees' grades (SE MenPANRB 3/2023). For the chosen year and period, this page checks the spread of the grades already given against that pattern. How percentages are rounded for small units is not specified; it is an assumption you can change on the page",
    ke_aturan: "Rules",
    tahun: "Year",
    periode: "Period",
    unit: "Work unit",
    semua_unit: "All units",
    ringkasan: "Check summary",
    diperiksa: "Units checked",
    tidak_sesuai: "Units breaking their pattern",
    tidak_dapat: "Units whose pattern cannot be met",
    tanpa_org: "Rated units without an organisation grade",
    predikat_org: "Organisation performance grade",
    belum_ditetapkan: "— not set —",
    catatan: "Note",
    catatan_petunjuk: "E.g. the basis on which the leader one level up set it.",
    pola: "Distribution pattern",
    dinilai: |n, m| format!("{n} of this unit's {m} SKP rated in this period."),
    sebaran: "Spread of employee performance grades",
    predikat_pegawai: "Grade",
    jumlah: "Count",
    persen: "Percent",
    status_tanpa_org: "No organisation grade yet",
    status_belum_dinilai: "Nothing rated yet",
    status_sesuai: "Meets the pattern",
    status_tidak_sesuai: "Breaks the pattern",
    status_tidak_dapat: "Pattern cannot be met",
    hasil_tanpa_org: "Set the organisation performance grade to check this unit's spread of employee grades.",
    hasil_belum_dinilai: "No SKP of this unit has been rated in this period yet.",
    hasil_sesuai: "The spread of employee grades meets the distribution pattern.",
    hasil_tidak_sesuai: "The spread of employee grades breaks the distribution pattern:",
    hasil_tidak_dapat: |n| format!("With {n} rated employees, no spread can meet this pattern under the rounding assumption in force. This is a notice, not the appraiser's fault. Conditions not met:"),
    daftar_skp: "Unit's SKP list",
    lihat_evaluasi: "View evaluation list",
    tidak_ada_unit: "No work units yet. Add work units or load the sample data on the Home page.",
    daftar_judul: "Evaluation list",
    tutup_daftar: "Show all units",
    no: "No",
    nama_nip: "Name / NIP",
    jabatan: "Position",
    penilai: "Appraiser",
    rating_hasil: "Work-result rating",
    rating_perilaku: "Behaviour rating",
    predikat: "Performance grade",
    evaluasi: "Evaluation",
    belum_dinilai: "Not rated",
    buka: "Open",
    daftar_kosong: "This unit has no SKP for this year yet.",
};

/// The texts of the current language.
fn t() -> impl Fn() -> &'static T + Copy {
    teks_halaman(&ID, &EN)
}

/// One text of the current language (one closure type for every label of the page).
fn tt(f: fn(&'static T) -> &'static str) -> impl Fn() -> &'static str + Copy {
    let t = t();
    move || f(t())
}

/// `?tahun=…&periode=…&unit=…` of the location hash.
fn parameter(nama: &str) -> Option<String> {
    crate::ui::route::param(&window().location().hash().ok()?, nama)
}

/// One unit's row as shown (owned, so it can live in a memo).
#[derive(Clone, Debug, PartialEq)]
struct Baris {
    unit: Id,
    nama: String,
    /// The units above it (`Dinas › Bidang`), empty for a top unit.
    induk: String,
    organisasi: Option<PredikatOrganisasi>,
    catatan: String,
    jumlah_skp: u32,
    sebaran: Sebaran,
    hasil: Option<HasilDistribusi>,
    status: StatusUnit,
}

/// The distribution page.
#[component]
pub fn HalamanDistribusi() -> impl IntoView {
    let data = use_data();
    let t = t();
    let jenis_periode = data.data.with_untracked(|d| d.pengaturan.instansi.periode_evaluasi);
    let daftar_periode = periode_tahun(jenis_periode);
    let tahun = RwSignal::new(parameter("tahun").and_then(|s| s.parse().ok()).unwrap_or_else(|| hari_ini().tahun()));
    let periode = RwSignal::new(
        parameter("periode")
            .and_then(|s| Periode::parse_kode(&s))
            .filter(|p| daftar_periode.contains(p))
            .unwrap_or(Periode::Tahunan),
    );
    let unit_dipilih = RwSignal::new(parameter("unit").and_then(|s| Id::parse(&s)));

    // One computation per change: every unit's row and the office-wide counts.
    let semua = Memo::new(move |_| {
        let (th, pr) = (tahun.get(), periode.get());
        data.data.with(|d| {
            let r = rekap_distribusi(
                &d.unit_kerja,
                &d.skp,
                &d.evaluasi_kinerja,
                &d.kinerja_organisasi,
                th,
                pr,
                d.pengaturan.asumsi_distribusi,
            );
            let ringkasan = RingkasanDistribusi::dari(&r);
            let baris = r
                .into_iter()
                .map(|r| Baris {
                    unit: r.unit.id.clone(),
                    nama: r.unit.nama.clone(),
                    induk: {
                        let mut jalur = unit::jalur(&d.unit_kerja, &r.unit.id);
                        jalur.pop();
                        jalur.iter().map(|u| u.nama.as_str()).collect::<Vec<_>>().join(" › ")
                    },
                    organisasi: r.organisasi.map(|o| o.predikat),
                    catatan: r.organisasi.map(|o| o.catatan.clone()).unwrap_or_default(),
                    jumlah_skp: r.jumlah_skp,
                    sebaran: r.sebaran,
                    status: r.status(),
                    hasil: r.hasil,
                })
                .collect::<Vec<_>>();
            (baris, ringkasan)
        })
    });
    let rekap = Memo::new(move |_| semua.with(|s| s.0.clone()));
    let ringkasan = Memo::new(move |_| semua.with(|s| s.1));
    // The years with data, plus the one chosen (a deep link may name a year without data).
    let tahun_pilihan = Memo::new(move |_| {
        let mut v = data.data.with(|d| tahun_tersedia(&d.skp, &d.kinerja_organisasi, hari_ini().tahun()));
        let kini = tahun.get();
        if !v.contains(&kini) {
            v.push(kini);
            v.sort_unstable_by(|a, b| b.cmp(a));
        }
        v
    });
    let kunci_unit = move || {
        let pilih = unit_dipilih.get();
        rekap.with(|v| {
            v.iter().filter(|b| pilih.as_ref().is_none_or(|u| &b.unit == u)).map(|b| b.unit.clone()).collect::<Vec<_>>()
        })
    };

    let kartu_ringkas =
        move |id: &'static str, label: fn(&'static T) -> &'static str, nilai: fn(&RingkasanDistribusi) -> u32| {
            view! {
                <li class="kartu" id=id>
                    <span class="kartu__angka">{move || nilai(&ringkasan.get())}</span>
                    <span class="kartu__label">{tt(label)}</span>
                </li>
            }
        };

    view! {
        <section class="halaman distribusi">
            <p class="remah"><a href=Route::Kinerja.href()>{tt(|t| t.kinerja)}</a>" › "</p>
            <Judul teks=Signal::derive(move || t().judul.to_string())/>
            <p class="halaman__pengantar">{tt(|t| t.pengantar)}" "<a href=Route::Aturan.href()>{tt(|t| t.ke_aturan)}</a>"."</p>

            <div class="saring distribusi__saring">
                <div class="medan">
                    <label for="distribusi-tahun">{tt(|t| t.tahun)}</label>
                    <select id="distribusi-tahun" on:change=move |ev| {
                        if let Ok(x) = event_target_value(&ev).parse() { tahun.set(x) }
                    }>
                        {move || tahun_pilihan.get().into_iter().map(|x| view! {
                            <option value=x.to_string() selected=move || tahun.get() == x>{x}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for="distribusi-periode">{tt(|t| t.periode)}</label>
                    <select id="distribusi-periode" on:change=move |ev| {
                        if let Some(p) = Periode::parse_kode(&event_target_value(&ev)) { periode.set(p) }
                    }>
                        {daftar_periode.into_iter().map(|p| view! {
                            <option value=p.kode() selected=move || periode.get() == p>{pilih_bahasa(p.label_id(), p.label_en())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for="distribusi-unit">{tt(|t| t.unit)}</label>
                    <select id="distribusi-unit" on:change=move |ev| unit_dipilih.set(Id::parse(&event_target_value(&ev)))>
                        <option value="" selected=move || unit_dipilih.get().is_none()>{tt(|t| t.semua_unit)}</option>
                        {move || data.pilihan_unit().into_iter().map(|(id, nama)| {
                            let cocok = id.clone();
                            view! { <option value=id selected=move || unit_dipilih.get().is_some_and(|u| u.as_str() == cocok)>{nama}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>

            <h2 class="sr-only" id="distribusi-ringkasan-judul">{tt(|t| t.ringkasan)}</h2>
            <ul class="ringkasan" aria-labelledby="distribusi-ringkasan-judul" aria-live="polite">
                {kartu_ringkas("ringkasan-diperiksa", |t| t.diperiksa, |r| r.diperiksa)}
                {kartu_ringkas("ringkasan-tidak-sesuai", |t| t.tidak_sesuai, |r| r.tidak_sesuai)}
                {kartu_ringkas("ringkasan-tidak-dapat", |t| t.tidak_dapat, |r| r.tidak_dapat_dipenuhi)}
                {kartu_ringkas("ringkasan-tanpa-org", |t| t.tanpa_org, |r| r.tanpa_predikat_organisasi)}
            </ul>

            <p class="kosong">{move || rekap.with(Vec::is_empty).then(tt(|t| t.tidak_ada_unit))}</p>
            <div class="distribusi__kisi">
                <For each=kunci_unit key=|id| id.clone() children=move |id| view! {
                    <KartuUnit unit=id rekap=rekap tahun=tahun periode=periode unit_dipilih=unit_dipilih/>
                }/>
            </div>

            {move || unit_dipilih.get().map(|u| view! { <DaftarEvaluasi unit=u tahun=tahun periode=periode unit_dipilih=unit_dipilih/> })}
        </section>
    }
}

/// A `String` label of the current language (for labels computed per value).
fn pilih_bahasa(id: String, en: String) -> impl Fn() -> String {
    let b = use_bahasa();
    move || if b.get() == Bahasa::En { en.clone() } else { id.clone() }
}

fn status_label(s: StatusUnit) -> fn(&'static T) -> &'static str {
    match s {
        StatusUnit::TanpaPredikatOrganisasi => |t| t.status_tanpa_org,
        StatusUnit::BelumDinilai => |t| t.status_belum_dinilai,
        StatusUnit::Sesuai => |t| t.status_sesuai,
        StatusUnit::TidakSesuai => |t| t.status_tidak_sesuai,
        StatusUnit::TidakDapatDipenuhi => |t| t.status_tidak_dapat,
    }
}

fn status_kelas(s: StatusUnit) -> &'static str {
    match s {
        StatusUnit::TanpaPredikatOrganisasi | StatusUnit::BelumDinilai => "distribusi-unit distribusi-unit--kosong",
        StatusUnit::Sesuai => "distribusi-unit distribusi-unit--sesuai",
        StatusUnit::TidakSesuai => "distribusi-unit distribusi-unit--tidak-sesuai",
        StatusUnit::TidakDapatDipenuhi => "distribusi-unit distribusi-unit--tidak-dapat",
    }
}

/// One unit: its organisation predikat (editable), pattern, rated count, spread and check.
#[component]
fn KartuUnit(
    /// The unit shown.
    unit: Id,
    /// Every unit's row for the period.
    rekap: Memo<Vec<Baris>>,
    tahun: RwSignal<i32>,
    periode: RwSignal<Periode>,
    /// Set to this unit by "View evaluation list".
    unit_dipilih: RwSignal<Option<Id>>,
) -> impl IntoView {
    let data = use_data();
    let b = use_bahasa();
    let t = t();
    let cari = unit.clone();
    let baris = Memo::new(move |_| rekap.with(|v| v.iter().find(|x| x.unit == cari).cloned()));
    let ambil = move |f: fn(&Baris) -> String| move || baris.with(|x| x.as_ref().map(f).unwrap_or_default());
    let status = move || baris.with(|x| x.as_ref().map(|x| x.status).unwrap_or(StatusUnit::TanpaPredikatOrganisasi));

    // Sets the predikat (`Some(p)` from the select, `None` = cleared) or, with `catatan`, the note.
    let u = unit.clone();
    let simpan = move |pilihan: Option<Option<PredikatOrganisasi>>, catatan: Option<String>| {
        let (th, pr, u) = (tahun.get_untracked(), periode.get_untracked(), u.clone());
        data.ubah(|d| {
            let ada = d.kinerja_organisasi_unit(&u, th, pr).cloned();
            let predikat = pilihan.unwrap_or_else(|| ada.as_ref().map(|o| o.predikat));
            let catatan = catatan.unwrap_or_else(|| ada.as_ref().map(|o| o.catatan.clone()).unwrap_or_default());
            let waktu = sekarang();
            tetapkan_organisasi(ada.as_ref(), &u, th, pr, predikat, &catatan, id_baru, waktu)
                .map(|o| d.simpan_kinerja_organisasi(o, waktu))
        });
    };
    let simpan2 = simpan.clone();

    let id_judul = format!("unit-{unit}-judul");
    let id_org = format!("org-{unit}");
    let id_catatan = format!("catatan-{unit}");
    let id_catatan_petunjuk = format!("catatan-{unit}-petunjuk");
    let href_skp = format!("{}?unit={unit}", Route::Kinerja.href());
    let u_pilih = unit.clone();
    let organisasi = move || baris.with(|x| x.as_ref().and_then(|x| x.organisasi));

    let baris_sebaran = move |p: Predikat| {
        let jumlah = move || baris.with(|x| x.as_ref().map(|x| x.sebaran.banyak(p)).unwrap_or(0));
        let persen = move || baris.with(|x| x.as_ref().map(|x| x.sebaran.persen_per_sepuluh(p)).unwrap_or(0));
        let koma = move || if b.get() == Bahasa::En { '.' } else { ',' };
        view! {
            <tr class=format!("distribusi-tabel__baris distribusi-tabel__baris--{}", p.kode())>
                <th scope="row">{dwibahasa(p.label_id(), p.label_en())}</th>
                <td class="angka">{jumlah}</td>
                <td class="angka">{move || format!("{}%", crate::domain::desimal::tampil(persen(), 1, koma()))}</td>
                <td class="distribusi-tabel__batang"><meter min="0" max="1000" value=persen aria-hidden="true"></meter></td>
            </tr>
        }
    };

    view! {
        <article class=move || status_kelas(status()) aria-labelledby=id_judul.clone() data-unit=unit.to_string()>
            <header class="distribusi-unit__kepala">
                <div>
                    <p class="distribusi-unit__induk">{ambil(|x| x.induk.clone())}</p>
                    <h2 class="distribusi-unit__judul" id=id_judul.clone()>{ambil(|x| x.nama.clone())}</h2>
                </div>
                <span class="lencana distribusi-unit__status">{move || status_label(status())(t())}</span>
            </header>
            <div class="distribusi-unit__isian">
                <div class="medan">
                    <label for=id_org.clone()>{tt(|t| t.predikat_org)}</label>
                    <select id=id_org class="distribusi-unit__organisasi" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        simpan(Some(PredikatOrganisasi::parse(&v)), None);
                    }>
                        <option value="" selected=move || organisasi().is_none()>{tt(|t| t.belum_ditetapkan)}</option>
                        {PredikatOrganisasi::SEMUA.map(|p| view! {
                            <option value=p.kode() selected=move || organisasi() == Some(p)>{dwibahasa(p.label_id(), p.label_en())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for=id_catatan.clone()>{tt(|t| t.catatan)}</label>
                    <input id=id_catatan type="text" aria-describedby=id_catatan_petunjuk.clone()
                        disabled=move || organisasi().is_none()
                        prop:value=ambil(|x| x.catatan.clone())
                        on:change=move |ev| simpan2(None, Some(event_target_value(&ev)))/>
                    <span class="medan__petunjuk" id=id_catatan_petunjuk>{tt(|t| t.catatan_petunjuk)}</span>
                </div>
            </div>
            {move || organisasi().map(|o| view! {
                <p class="distribusi-unit__pola"><strong>{tt(|t| t.pola)}" "{dwibahasa(o.label_id(), o.label_en())}": "</strong>{dwibahasa(o.pola().uraian_id, o.pola().uraian_en)}</p>
            })}
            <p class="distribusi-unit__jumlah">{move || baris.with(|x| x.as_ref().map(|x| (t().dinilai)(x.sebaran.jumlah(), x.jumlah_skp)))}</p>
            <table class="tabel distribusi-tabel">
                <caption class="sr-only">{tt(|t| t.sebaran)}</caption>
                <thead><tr>
                    <th scope="col">{tt(|t| t.predikat_pegawai)}</th>
                    <th scope="col">{tt(|t| t.jumlah)}</th>
                    <th scope="col">{tt(|t| t.persen)}</th>
                    <th scope="col"><span class="sr-only">{tt(|t| t.persen)}</span></th>
                </tr></thead>
                <tbody>{Predikat::SEMUA.map(baris_sebaran).collect_view()}</tbody>
            </table>
            <div class="distribusi-unit__hasil" aria-live="polite">
                {move || hasil(status(), baris.get(), b.get())}
            </div>
            <p class="distribusi-unit__aksi">
                <a href=href_skp>{tt(|t| t.daftar_skp)}</a>
                <button type="button" class="tombol tombol--kecil" on:click=move |_| unit_dipilih.set(Some(u_pilih.clone()))>
                    {tt(|t| t.lihat_evaluasi)}
                </button>
            </p>
        </article>
    }
}

/// The check in words: OK, each broken condition, or the notice that it cannot be met.
fn hasil(status: StatusUnit, baris: Option<Baris>, b: Bahasa) -> impl IntoView {
    let t = if b == Bahasa::En { &EN } else { &ID };
    let en = b == Bahasa::En;
    let pelanggaran: Vec<String> = baris
        .as_ref()
        .and_then(|x| x.hasil.as_ref())
        .map(|h| h.pelanggaran.iter().map(|p| if en { p.pesan_en.clone() } else { p.pesan_id.clone() }).collect())
        .unwrap_or_default();
    let n = baris.as_ref().map(|x| x.sebaran.jumlah()).unwrap_or(0);
    let (kelas, kalimat) = match status {
        StatusUnit::TanpaPredikatOrganisasi => ("distribusi-hasil", t.hasil_tanpa_org.to_string()),
        StatusUnit::BelumDinilai => ("distribusi-hasil", t.hasil_belum_dinilai.to_string()),
        StatusUnit::Sesuai => ("distribusi-hasil distribusi-hasil--sesuai", t.hasil_sesuai.to_string()),
        StatusUnit::TidakSesuai => {
            ("distribusi-hasil distribusi-hasil--tidak-sesuai", t.hasil_tidak_sesuai.to_string())
        }
        StatusUnit::TidakDapatDipenuhi => ("distribusi-hasil distribusi-hasil--tidak-dapat", (t.hasil_tidak_dapat)(n)),
    };
    view! {
        <p class=kelas>{kalimat}</p>
        {(!pelanggaran.is_empty()).then(|| view! {
            <ul class="distribusi-hasil__daftar">{pelanggaran.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        })}
    }
}

/// The SKP of one unit with their evaluation for the period.
#[component]
fn DaftarEvaluasi(
    /// The unit listed.
    unit: Id,
    tahun: RwSignal<i32>,
    periode: RwSignal<Periode>,
    /// Cleared by "Show all units".
    unit_dipilih: RwSignal<Option<Id>>,
) -> impl IntoView {
    let data = use_data();
    let b = use_bahasa();
    let t = t();
    let nama_unit = {
        let u = unit.clone();
        move || data.data.with(|d| d.cari_unit(&u).map(|x| x.nama.clone()).unwrap_or_default())
    };
    let baris = move || {
        let (th, pr) = (tahun.get(), periode.get());
        let en = b.get() == Bahasa::En;
        data.data.with(|d| {
            let v = daftar_evaluasi_unit(&d.skp, &d.evaluasi_kinerja, &unit, th, pr);
            if v.is_empty() {
                return view! { <tr><td colspan="8" class="kosong">{t().daftar_kosong}</td></tr> }.into_any();
            }
            let t = t();
            let rating = |r: Option<Rating>| r.map(|r| if en { r.label_en() } else { r.label_id() }).unwrap_or("—");
            v.into_iter()
                .enumerate()
                .map(|(i, x)| {
                    let s = x.skp;
                    let predikat = x.sel.map(|c| c.predikat);
                    let (kelas, label) = match predikat {
                        Some(p) => (format!("lencana-predikat lencana-predikat--{}", p.kode()), if en { p.label_en() } else { p.label_id() }),
                        None => ("lencana-predikat lencana-predikat--belum".to_string(), t.belum_dinilai),
                    };
                    view! {
                        <tr>
                            <td class="angka">{i + 1}</td>
                            <td><a class="tabel__nama" href=Route::DetailPegawai(s.pegawai.clone()).href()>{s.dinilai.nama.clone()}</a>
                                <span class="penjelasan angka">{s.dinilai.nip.clone()}</span></td>
                            <td>{s.dinilai.jabatan.clone()}</td>
                            <td>{s.penilai.as_ref().map(|p| p.nama.clone()).unwrap_or_else(|| "—".into())}</td>
                            <td>{rating(x.evaluasi.and_then(|e| e.rating_hasil_kerja))}</td>
                            <td>{rating(x.evaluasi.and_then(|e| e.rating_perilaku))}</td>
                            <td><span class=kelas>{label}</span></td>
                            <td><a href=Route::Evaluasi(s.id.clone(), pr).href()>{t.buka}</a></td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    let periode_label = move || {
        let p = periode.get();
        if b.get() == Bahasa::En {
            p.label_en()
        } else {
            p.label_id()
        }
    };
    // Opening the list moves focus (and the view) to its heading.
    let judul = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = judul.get() {
            let _ = h.focus();
        }
    });
    view! {
        <section class="distribusi__daftar" aria-labelledby="daftar-evaluasi-judul">
            <div class="halaman__kepala">
                <h2 id="daftar-evaluasi-judul" tabindex="-1" node_ref=judul>{tt(|t| t.daftar_judul)}": "{nama_unit.clone()}</h2>
                <button type="button" class="tombol tombol--kecil" id="tutup-daftar-evaluasi" on:click=move |_| unit_dipilih.set(None)>
                    {tt(|t| t.tutup_daftar)}
                </button>
            </div>
            <div class="tabel-gulir">
                <table class="tabel" id="tabel-evaluasi-unit">
                    <caption class="tabel__judul">{tt(|t| t.daftar_judul)}" "{nama_unit}" — "{periode_label}" "{move || tahun.get()}</caption>
                    <thead><tr>
                        <th scope="col">{tt(|t| t.no)}</th>
                        <th scope="col">{tt(|t| t.nama_nip)}</th>
                        <th scope="col">{tt(|t| t.jabatan)}</th>
                        <th scope="col">{tt(|t| t.penilai)}</th>
                        <th scope="col">{tt(|t| t.rating_hasil)}</th>
                        <th scope="col">{tt(|t| t.rating_perilaku)}</th>
                        <th scope="col">{tt(|t| t.predikat)}</th>
                        <th scope="col">{tt(|t| t.evaluasi)}</th>
                    </tr></thead>
                    <tbody>{baris}</tbody>
                </table>
            </div>
        </section>
    }
}
