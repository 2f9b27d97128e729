//! The performance rules on the Aturan page: the predikat matrix (PermenPANRB 6/2022) as
//! printed, the five distribution patterns (SE MenPANRB 3/2023), the AK percentages, and the
//! two editable settings behind them — the rounding assumption for small units
//! (`pengaturan.asumsi_distribusi`, UNCONFIRMED, asn-rules.md §10 item 3) with what it means
//! for units of 1–11 people, and the koefisien angka kredit per jenjang
//! (`pengaturan.koefisien_ak`, UNCONFIRMED except Ahli Pertama).

use crate::domain::aturan_kinerja::{atur_koefisien, batas_dalam_pola, contoh_unit_kecil, KOEFISIEN_MAKS_PER_SERIBU};
use crate::domain::desimal;
use crate::rules::jabatan::JenjangFungsional;
use crate::rules::kinerja::{
    baris_matriks, format_per_seribu, kolom_matriks, persen_angka_kredit, Pembulatan, Predikat, PredikatOrganisasi,
    Rating, TabelKoefisienAk, MATRIKS_PREDIKAT, POLA_DISTRIBUSI,
};
use crate::store::dataset::Koleksi;
use crate::ui::providers::{use_bahasa, use_data};
use crate::ui::teks::Bahasa;
use leptos::prelude::*;

struct T {
    judul: &'static str,
    pengantar: &'static str,
    matriks: &'static str,
    matriks_keterangan: &'static str,
    sudut: &'static str,
    pola: &'static str,
    predikat_organisasi: &'static str,
    pola_kolom: &'static str,
    asumsi: &'static str,
    belum_terkonfirmasi: &'static str,
    terkonfirmasi: &'static str,
    asumsi_penjelasan: &'static str,
    pembulatan_maksimal: &'static str,
    pembulatan_maksimal_petunjuk: &'static str,
    pembulatan_minimal: &'static str,
    pembulatan_minimal_petunjuk: &'static str,
    contoh: &'static str,
    dinilai: &'static str,
    paling_banyak: fn(u8) -> String,
    paling_sedikit: fn(u8) -> String,
    tidak_dapat: &'static str,
    semua_dapat: &'static str,
    ak: &'static str,
    ak_rumus: &'static str,
    persentase: &'static str,
    predikat: &'static str,
    koefisien: &'static str,
    koefisien_catatan: &'static str,
    koefisien_galat: fn(&str, &str) -> String,
    koefisien_nol: &'static str,
}

const ID: T = T {
    judul: "Aturan kinerja",
    pengantar: "Aturan yang dipakai untuk predikat kinerja pegawai, pemeriksaan distribusi per unit, dan angka kredit jabatan fungsional. Yang belum terkonfirmasi dapat diubah di sini; perubahan tersimpan bersama data dan ikut terbawa saat data dibagikan.",
    matriks: "Matriks predikat kinerja pegawai",
    matriks_keterangan: "Predikat dari rating hasil kerja (baris) dan rating perilaku kerja (kolom), PermenPANRB 6/2022, Lampiran: kuadran kinerja.",
    sudut: "Hasil kerja ↓ / Perilaku kerja →",
    pola: "Pola distribusi predikat kinerja pegawai",
    predikat_organisasi: "Predikat kinerja organisasi",
    pola_kolom: "Pola distribusi (SE MenPANRB 3/2023)",
    asumsi: "Asumsi pembulatan untuk unit kecil",
    belum_terkonfirmasi: "Belum terkonfirmasi",
    terkonfirmasi: "Terkonfirmasi",
    asumsi_penjelasan: "SE MenPANRB 3/2023 menyebut persentase (paling banyak 70% atau 10%, paling sedikit 60% atau 10%) tetapi tidak mengatur cara membulatkannya menjadi jumlah orang bila pegawai yang dinilai di satu unit sedikit. Jenjang memakai asumsi berikut, yang belum terkonfirmasi dari teks resmi. Bawaannya paling longgar bagi unit kecil: batas \"paling banyak\" dibulatkan ke atas dan batas \"paling sedikit\" dibulatkan ke bawah. Ubah bila instansi Anda menetapkan lain; pemeriksaan distribusi langsung mengikutinya.",
    pembulatan_maksimal: "Pembulatan batas \"paling banyak\"",
    pembulatan_maksimal_petunjuk: "Misalnya Sangat Baik paling banyak 70% pada pola Istimewa.",
    pembulatan_minimal: "Pembulatan batas \"paling sedikit\"",
    pembulatan_minimal_petunjuk: "Misalnya Butuh Perbaikan paling sedikit 60% pada pola Butuh Perbaikan.",
    contoh: "Akibat asumsi ini pada unit kecil: jumlah orang untuk tiap batas, dan pola yang tidak dapat dipenuhi dengan sebaran mana pun",
    dinilai: "Pegawai dinilai",
    paling_banyak: |p| format!("Paling banyak {p}%"),
    paling_sedikit: |p| format!("Paling sedikit {p}%"),
    tidak_dapat: "Pola yang tidak dapat dipenuhi",
    semua_dapat: "semua dapat dipenuhi",
    ak: "Angka kredit dari predikat",
    ak_rumus: "AK = persentase predikat × koefisien tahunan; untuk evaluasi periodik dikalikan jumlah bulan/12 (PermenPANRB 1/2023, Peraturan BKN 3/2023).",
    persentase: "Persentase",
    predikat: "Predikat kinerja",
    koefisien: "Koefisien angka kredit tahunan per jenjang",
    koefisien_catatan: "Hanya koefisien Ahli Pertama (12,5) yang terkonfirmasi; nilai jenjang lain berasal dari ingatan dan perlu diperiksa terhadap Lampiran PermenPANRB 1/2023. Tulis dengan koma, misalnya 37,5.",
    koefisien_galat: |j, p| format!("{j}: {p}"),
    koefisien_nol: "Koefisien harus lebih dari 0.",
};

const EN: T = T {
    judul: "Performance rules",
    pengantar: "The rules used for employee performance grades, the distribution check per unit, and functional credit points. Unconfirmed ones can be changed here; changes are saved with the data and travel when it is shared.",
    matriks: "Employee performance grade matrix",
    matriks_keterangan: "Grade from the work-result rating (rows) and the behaviour rating (columns), PermenPANRB 6/2022, Annex: performance quadrant.",
    sudut: "Work results ↓ / Behaviour →",
    pola: "Distribution patterns of employee grades",
    predikat_organisasi: "Organisation performance grade",
    pola_kolom: "Distribution pattern (SE MenPANRB 3/2023)",
    asumsi: "Rounding assumption for small units",
    belum_terkonfirmasi: "Unconfirmed",
    terkonfirmasi: "Confirmed",
    asumsi_penjelasan: "SE MenPANRB 3/2023 gives percentages (at most 70% or 10%, at least 60% or 10%) but does not say how to round them into a number of people when a unit has few rated employees. Jenjang uses the assumption below, not yet confirmed from the official text. The default is the most lenient for small units: \"at most\" bounds are rounded up and \"at least\" bounds are rounded down. Change it if your agency decided otherwise; the distribution check follows at once.",
    pembulatan_maksimal: "Rounding of \"at most\" bounds",
    pembulatan_maksimal_petunjuk: "E.g. Outstanding at most 70% under the Exceptional pattern.",
    pembulatan_minimal: "Rounding of \"at least\" bounds",
    pembulatan_minimal_petunjuk: "E.g. Needs improvement at least 60% under the Needs improvement pattern.",
    contoh: "What this assumption means for small units: people per bound, and the patterns no spread can meet",
    dinilai: "Rated employees",
    paling_banyak: |p| format!("At most {p}%"),
    paling_sedikit: |p| format!("At least {p}%"),
    tidak_dapat: "Patterns that cannot be met",
    semua_dapat: "all can be met",
    ak: "Credit points from the grade",
    ak_rumus: "AK = grade percentage × annual coefficient; for a periodic evaluation times months/12 (PermenPANRB 1/2023, Peraturan BKN 3/2023).",
    persentase: "Percentage",
    predikat: "Performance grade",
    koefisien: "Annual credit-point coefficient per level",
    koefisien_catatan: "Only the Ahli Pertama coefficient (12.5) is confirmed; the other levels come from memory and need checking against the Annex of PermenPANRB 1/2023. Write decimals with a point or comma, e.g. 37.5.",
    koefisien_galat: |j, p| format!("{j}: {p}"),
    koefisien_nol: "The coefficient must be more than 0.",
};

/// The performance-rules section of the Aturan page.
#[component]
pub fn AturanKinerja() -> impl IntoView {
    let data = use_data();
    let b = use_bahasa();
    let en = move || b.get() == Bahasa::En;
    let t = move || if en() { &EN } else { &ID };
    let tt = move |f: fn(&'static T) -> &'static str| move || f(t());
    let dua = move |id: &'static str, e: &'static str| move || if en() { e } else { id };
    let galat = RwSignal::new(None::<String>);

    let asumsi = move || data.data.with(|d| d.pengaturan.asumsi_distribusi);
    let pilih_pembulatan = move |maksimal: bool| {
        let id = if maksimal { "asumsi-maksimal" } else { "asumsi-minimal" };
        let petunjuk = format!("{id}-petunjuk");
        let kini = move || {
            let a = asumsi();
            if maksimal {
                a.pembulatan_maksimal
            } else {
                a.pembulatan_minimal
            }
        };
        view! {
            <div class="medan">
                <label for=id>{tt(if maksimal { |t| t.pembulatan_maksimal } else { |t| t.pembulatan_minimal })}</label>
                <select id=id aria-describedby=petunjuk.clone() on:change=move |ev| {
                    if let Some(p) = Pembulatan::parse(&event_target_value(&ev)) {
                        data.ubah(|d| {
                            let a = &mut d.pengaturan.asumsi_distribusi;
                            if maksimal { a.pembulatan_maksimal = p } else { a.pembulatan_minimal = p }
                            [Koleksi::Pengaturan]
                        });
                    }
                }>
                    {Pembulatan::SEMUA.map(|p| view! {
                        <option value=p.kode() selected=move || kini() == p>{dua(p.label_id(), p.label_en())}</option>
                    }).collect_view()}
                </select>
                <span class="medan__petunjuk" id=petunjuk>
                    {tt(if maksimal { |t| t.pembulatan_maksimal_petunjuk } else { |t| t.pembulatan_minimal_petunjuk })}
                </span>
            </div>
        }
    };

    let ubah_koefisien = move |j: JenjangFungsional, teks: String| {
        let en = en();
        match desimal::baca(&teks, 3, KOEFISIEN_MAKS_PER_SERIBU) {
            Ok(0) => galat.set(Some((t().koefisien_galat)(j.label(), t().koefisien_nol))),
            Ok(n) => {
                galat.set(None);
                data.ubah(|d| atur_koefisien(&mut d.pengaturan.koefisien_ak, j, n).then_some(Koleksi::Pengaturan));
            }
            Err(g) => {
                let pesan = if en { g.pesan_en() } else { g.pesan_id() };
                galat.set(Some((t().koefisien_galat)(j.label(), &pesan)));
            }
        }
    };
    let batas = batas_dalam_pola();

    view! {
        <section class="aturan-kinerja" id="aturan-kinerja" aria-labelledby="aturan-kinerja-judul">
            <h2 id="aturan-kinerja-judul">{tt(|t| t.judul)}</h2>
            <p class="petunjuk">{tt(|t| t.pengantar)}</p>

            <h3>{tt(|t| t.matriks)}</h3>
            <div class="tabel-gulir"><table class="tabel matriks-predikat" id="matriks-predikat">
                <caption class="tabel__judul">{tt(|t| t.matriks_keterangan)}</caption>
                <thead><tr>
                    <td class="matriks-predikat__sudut">{tt(|t| t.sudut)}</td>
                    {[Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi, Rating::DiAtasEkspektasi].map(|r| view! {
                        <th scope="col">{dua(r.label_id(), r.label_en())}</th>
                    }).collect_view()}
                </tr></thead>
                <tbody>
                    {Rating::SEMUA.map(|h| view! { <tr>
                        <th scope="row">{dua(h.label_id(), h.label_en())}</th>
                        {[Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi, Rating::DiAtasEkspektasi].map(|p| {
                            let x = MATRIKS_PREDIKAT[baris_matriks(h)][kolom_matriks(p)];
                            view! { <td><span class=format!("lencana-predikat lencana-predikat--{}", x.kode())>{dua(x.label_id(), x.label_en())}</span></td> }
                        }).collect_view()}
                    </tr> }).collect_view()}
                </tbody>
            </table></div>

            <h3>{tt(|t| t.pola)}</h3>
            <div class="tabel-gulir"><table class="tabel" id="tabel-pola">
                <thead><tr>
                    <th scope="col">{tt(|t| t.predikat_organisasi)}</th>
                    <th scope="col">{tt(|t| t.pola_kolom)}</th>
                </tr></thead>
                <tbody>
                    {POLA_DISTRIBUSI.iter().map(|p| view! { <tr>
                        <th scope="row">{dua(p.organisasi.label_id(), p.organisasi.label_en())}</th>
                        <td>{dua(p.uraian_id, p.uraian_en)}</td>
                    </tr> }).collect_view()}
                </tbody>
            </table></div>

            <h3 id="asumsi-judul">{tt(|t| t.asumsi)}</h3>
            <p class="peringatan" id="asumsi-penjelasan">
                <span class="lencana lencana--peringatan">{tt(|t| t.belum_terkonfirmasi)}</span>" "{tt(|t| t.asumsi_penjelasan)}
            </p>
            <div class="formulir__kisi aturan-kinerja__asumsi" role="group" aria-labelledby="asumsi-judul">
                {pilih_pembulatan(true)}
                {pilih_pembulatan(false)}
            </div>
            <div class="tabel-gulir" aria-live="polite"><table class="tabel" id="contoh-unit-kecil">
                <caption class="tabel__judul">{tt(|t| t.contoh)}</caption>
                <thead><tr>
                    <th scope="col">{tt(|t| t.dinilai)}</th>
                    {batas.iter().map(|x| {
                        let (m, p) = (x.maksimal, x.persen);
                        view! { <th scope="col">{move || if m { (t().paling_banyak)(p) } else { (t().paling_sedikit)(p) }}</th> }
                    }).collect_view()}
                    <th scope="col">{tt(|t| t.tidak_dapat)}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let en = en();
                        let t = t();
                        contoh_unit_kecil(asumsi()).into_iter().map(|c| {
                            let pola: Vec<&str> = c.tidak_dapat_dipenuhi.iter()
                                .map(|o: &PredikatOrganisasi| if en { o.label_en() } else { o.label_id() }).collect();
                            let pola = if pola.is_empty() { t.semua_dapat.to_string() } else { pola.join(", ") };
                            view! { <tr>
                                <th scope="row" class="angka">{c.n}</th>
                                {c.orang.into_iter().map(|o| view! { <td class="angka">{o}</td> }).collect_view()}
                                <td>{pola}</td>
                            </tr> }
                        }).collect_view()
                    }}
                </tbody>
            </table></div>

            <h3>{tt(|t| t.ak)}</h3>
            <p class="petunjuk">{tt(|t| t.ak_rumus)}</p>
            <div class="tabel-gulir aturan-kinerja__sempit"><table class="tabel" id="tabel-persen-ak">
                <thead><tr>
                    <th scope="col">{tt(|t| t.predikat)}</th>
                    <th scope="col">{tt(|t| t.persentase)}</th>
                </tr></thead>
                <tbody>
                    {Predikat::SEMUA.map(|p| view! { <tr>
                        <th scope="row">{dua(p.label_id(), p.label_en())}</th>
                        <td class="angka">{format!("{}%", persen_angka_kredit(p))}</td>
                    </tr> }).collect_view()}
                </tbody>
            </table></div>

            <h3 id="koefisien-judul">{tt(|t| t.koefisien)}</h3>
            <p class="peringatan">
                <span class="lencana lencana--peringatan">{tt(|t| t.belum_terkonfirmasi)}</span>" "{tt(|t| t.koefisien_catatan)}
            </p>
            <div class="kisi-bup" id="koefisien-ak" role="group" aria-labelledby="koefisien-judul">
                {JenjangFungsional::semua().map(|j| {
                    let id = format!("koefisien-{}", j.label().to_lowercase().replace(' ', "-"));
                    let status_id = format!("{id}-status");
                    let pasti = TabelKoefisienAk::terkonfirmasi(j);
                    view! {
                        <div class="medan">
                            <label for=id.clone()>{j.label()}</label>
                            <input id=id type="text" inputmode="decimal" autocomplete="off" aria-describedby=status_id.clone()
                                prop:value=move || {
                                    let k = data.data.with(|d| d.pengaturan.koefisien_ak.koefisien(j)).unwrap_or(0);
                                    format_per_seribu(k, if en() { '.' } else { ',' })
                                }
                                on:change=move |ev| ubah_koefisien(j, event_target_value(&ev))/>
                            <span id=status_id class=if pasti { "lencana aturan-kinerja__pasti" } else { "lencana lencana--peringatan" }>
                                {tt(if pasti { |t| t.terkonfirmasi } else { |t| t.belum_terkonfirmasi })}
                            </span>
                        </div>
                    }
                }).collect_view()}
            </div>
            <p class="medan__galat" role="alert" id="koefisien-galat">{move || galat.get()}</p>
        </section>
    }
}
