//! CSV import of pegawai on the Berbagi data page: choose a file → match its columns → preview
//! (counts, new units, problems by row) → "Impor N baris yang valid". Every rule lives in
//! `store::csv_impor`; this component wires it to the page, the backup and storage.

use crate::store::browser::PenyimpananPeramban;
use crate::store::cadangan;
use crate::store::csv_impor::{self, huruf_kolom, JenisMasalah, Medan, Pemetaan, TabelCsv};
use crate::ui::peramban::{baca_file, hari_ini, id_baru, sekarang};
use crate::ui::providers::{tx, use_bahasa, use_data, use_teks};
use crate::ui::teks::{Bahasa, EN, ID};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// At most this many problems are listed (the counts cover all of them).
const MASALAH_TAMPIL: usize = 200;

/// The "Impor pegawai dari CSV" section.
///
/// Nothing is stored until the user presses "Impor N baris yang valid"; then an automatic
/// backup is taken and the valid rows are written in one atomic change.
#[component]
pub fn ImporCsv(
    /// Runs after the stored data (or the backup list) changed, so the page can refresh its
    /// backup list and storage meter.
    #[prop(into)]
    setelah_impor: Callback<()>,
) -> impl IntoView {
    let t = use_teks();
    let b = use_bahasa();
    let data = use_data();
    let berkas = RwSignal::new(None::<(String, TabelCsv)>);
    let peta = RwSignal::new(Pemetaan::default());
    // The outcome of the last step, in both languages; `true` for a failure.
    let pesan = RwSignal::new(None::<(String, String, bool)>);
    let seret = RwSignal::new(false);

    // Checked again whenever the mapping or the register changes; only with every required
    // field mapped.
    let hasil = Memo::new(move |_| {
        berkas.with(|f| {
            let (_, tabel) = f.as_ref()?;
            let lengkap = peta.with(|p| p.kurang().is_empty());
            lengkap
                .then(|| peta.with(|p| data.data.with(|d| csv_impor::periksa(tabel, p, d, hari_ini(), &mut id_baru))))
        })
    });

    let baca = move |file: web_sys::File| {
        let dibaca = baca_file(&file);
        let nama = file.name();
        pesan.set(None);
        berkas.set(None);
        spawn_local(async move {
            let tabel = dibaca
                .await
                .map_err(|e| (format!("Berkas tidak dapat dibaca: {e}"), format!("The file could not be read: {e}")))
                .and_then(|byte| csv_impor::baca_csv(&byte).map_err(|g| (g.pesan_id(), g.pesan_en())));
            match tabel {
                Ok(tabel) => {
                    peta.set(Pemetaan::usul(&tabel.kepala));
                    berkas.set(Some((nama, tabel)));
                }
                Err((id, en_)) => pesan.set(Some((format!("{nama}: {id}"), format!("{nama}: {en_}"), true))),
            }
        });
    };
    let pilih = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(f) = input.files().and_then(|l| l.get(0)) {
            baca(f);
        }
        input.set_value("");
    };
    let jatuhkan = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        seret.set(false);
        if let Some(f) = ev.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
            baca(f);
        }
    };

    // The mapping appears below the drop zone, on a long page: bring it into view.
    Effect::new(move |_| {
        if berkas.with(Option::is_some) {
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("pemetaan-csv") {
                    el.scroll_into_view();
                }
            });
        }
    });

    let impor = move |_| {
        let (Some(h), Some(nama)) = (hasil.get_untracked(), berkas.with_untracked(|f| f.as_ref().map(|f| f.0.clone())))
        else {
            return;
        };
        let gagal = |id: String, en_: String| Some(((ID.csv_gagal)(&id), (EN.csv_gagal)(&en_), true));
        spawn_local(async move {
            // 1. The safety net, as for a Jenjang file: an exact copy of the stored data, or no
            // import. When localStorage cannot hold it, the data moves to IndexedDB first.
            let cadang = data
                .dengan_ruang(|| {
                    let nama = nama.clone();
                    async move {
                        cadangan::salinan_data(&PenyimpananPeramban).and_then(|salinan| {
                            cadangan::simpan(
                                &PenyimpananPeramban,
                                &salinan,
                                sekarang(),
                                &format!("sebelum impor CSV {nama}"),
                            )
                        })
                    }
                })
                .await;
            if let Err(e) = cadang {
                pesan.set(gagal(e.pesan_id(), e.pesan_en()));
                setelah_impor.run(());
                return;
            }
            // 2. All valid rows in one change, written all or nothing.
            let (baru, koleksi, n) = data.data.with_untracked(|d| csv_impor::terapkan(d, &h, sekarang(), &mut id_baru));
            let unit = baru.unit_kerja.len().saturating_sub(data.data.with_untracked(|d| d.unit_kerja.len()));
            match data.dengan_ruang(|| data.ganti_atomik(baru.clone(), &koleksi)).await {
                Ok(()) => {
                    pesan.set(Some(((ID.csv_selesai)(n, unit, &nama), (EN.csv_selesai)(n, unit, &nama), false)));
                    berkas.set(None);
                }
                Err(e) => pesan.set(gagal(e.pesan_id(), e.pesan_en())),
            }
            setelah_impor.run(());
        });
    };

    // Step 1, the mapping table. Re-rendered only for another file or language: a choice in a
    // select just updates `peta` (the select already shows it), so focus stays where it is.
    let langkah_pemetaan = move || {
        let (t, en) = (t.get(), b.get() == Bahasa::En);
        berkas.with(|f| {
            let (nama, tabel) = f.as_ref()?;
            let pilihan = peta.get_untracked();
            let kolom: Vec<String> = (0..tabel.jumlah_kolom())
                .map(|i| match tabel.kepala.get(i).filter(|h| !h.is_empty()) {
                    Some(h) => format!("{} · {h}", huruf_kolom(i)),
                    None => huruf_kolom(i),
                })
                .collect();
            let contoh: Vec<String> = (0..kolom.len()).map(|i| tabel.contoh(i).to_string()).collect();
            let baris = Medan::semua().map(|m| {
                let (id, dipilih, contoh) = (format!("peta-{}", m.kode()), pilihan.kolom(m), contoh.clone());
                let opsi = kolom.iter().enumerate().map(|(i, k)| {
                    view! { <option value=i.to_string() selected=dipilih == Some(i)>{k.clone()}</option> }
                });
                view! {
                    <tr>
                        <th scope="row">
                            <label for=id.clone()>
                                {if en { m.label_en() } else { m.label_id() }}
                                {if m.wajib() { " *" } else { "" }}
                            </label>
                        </th>
                        <td>
                            <select
                                id=id
                                on:change=move |ev| peta.update(|p| p.atur(m, event_target_value(&ev).parse().ok()))
                            >
                                <option value="" selected=dipilih.is_none()>{t.csv_tidak_diimpor}</option>
                                {opsi.collect_view()}
                            </select>
                        </td>
                        <td class="tabel__alasan">{move || peta.with(|p| p.kolom(m).and_then(|k| contoh.get(k).cloned()))}</td>
                    </tr>
                }
            });
            let pemisah = if tabel.pemisah == '\t' { "tab".to_string() } else { format!("\"{}\"", tabel.pemisah) };
            Some(view! {
                <section class="pratinjau" id="pemetaan-csv" aria-labelledby="pemetaan-csv-judul">
                    <h3 id="pemetaan-csv-judul">{t.csv_pemetaan}</h3>
                    <p>{(t.csv_info)(nama, tabel.baris.len(), &pemisah)}</p>
                    <p class="petunjuk">{t.csv_pemetaan_petunjuk}</p>
                    <div class="tabel-gulir">
                        <table class="tabel" id="tabel-pemetaan">
                            <caption class="sr-only">{t.csv_pemetaan}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t.csv_isian}</th>
                                    <th scope="col">{t.csv_kolom_berkas}</th>
                                    <th scope="col">{t.csv_contoh}</th>
                                </tr>
                            </thead>
                            <tbody>{baris.collect_view()}</tbody>
                        </table>
                    </div>
                </section>
            })
        })
    };

    // Step 2, the preview: plain text, rebuilt with each check (mapping, register, language).
    let langkah_pratinjau = move || {
        let (t, en) = (t.get(), b.get() == Bahasa::En);
        let teks = move |id: &str, en_: &str| if en { en_.to_string() } else { id.to_string() };
        let kurang = peta.with(|p| p.kurang());
        if berkas.with(|f| f.is_none()) {
            return None;
        }
        if !kurang.is_empty() {
            let nama: Vec<&str> = kurang.iter().map(|m| if en { m.label_en() } else { m.label_id() }).collect();
            return Some(
                view! { <p class="ringkasan-galat" role="alert" id="csv-kurang">{(t.csv_kurang)(&nama.join(", "))}</p> }
                    .into_any(),
            );
        }
        hasil.with(|h| {
            let h = h.as_ref()?;
            let n = h.valid.len();
            let kartu = [(n, t.csv_valid), (h.jumlah_galat, t.csv_galat), (h.jumlah_dilewati, t.csv_dilewati)].map(
                |(angka, label)| {
                    view! {
                        <li class="kartu">
                            <span class="kartu__angka">{angka}</span>
                            <span class="kartu__label">{label}</span>
                        </li>
                    }
                },
            );
            let unit_baru: Vec<&str> = h.unit_baru.iter().map(|u| u.nama.as_str()).collect();
            let unit_baru = (!unit_baru.is_empty()).then(|| (t.csv_unit_baru)(&unit_baru.join(", ")));
            let masalah = h.masalah.iter().take(MASALAH_TAMPIL).map(|m| {
                let akibat = match m.jenis {
                    JenisMasalah::Galat => t.csv_akibat_galat,
                    JenisMasalah::Peringatan => t.csv_akibat_peringatan,
                    JenisMasalah::Dilewati => t.csv_akibat_dilewati,
                };
                let kolom = match (m.kolom.is_empty(), m.medan) {
                    (true, Some(f)) => format!("({})", if en { f.label_en() } else { f.label_id() }),
                    _ => m.kolom.clone(),
                };
                view! {
                    <tr class:baris--galat=m.jenis == JenisMasalah::Galat>
                        <td class="angka">{m.baris}</td>
                        <td>{kolom}</td>
                        <td>{akibat}</td>
                        <td>{teks(&m.pesan_id, &m.pesan_en)}</td>
                    </tr>
                }
            });
            let lebih = h.masalah.len().saturating_sub(MASALAH_TAMPIL);
            let catatan = h.catatan.iter().map(|(id, en_)| view! { <li>{teks(id, en_)}</li> });
            Some(
                view! {
                    <section class="pratinjau" id="pratinjau-csv" aria-labelledby="pratinjau-csv-judul">
                        <h3 id="pratinjau-csv-judul">{t.csv_pratinjau}</h3>
                        <ul class="ringkasan" id="ringkasan-csv">{kartu}</ul>
                        {unit_baru.map(|u| view! { <p id="csv-unit-baru">{u}</p> })}
                        <ul class="petunjuk" id="csv-catatan">{catatan.collect_view()}</ul>
                        {(!h.masalah.is_empty()).then(|| view! {
                            <div class="tabel-gulir">
                                <table class="tabel" id="tabel-masalah-csv">
                                    <caption class="tabel__judul">{t.csv_masalah}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t.csv_baris}</th>
                                            <th scope="col">{t.csv_kolom}</th>
                                            <th scope="col">{t.csv_akibat}</th>
                                            <th scope="col">{t.csv_alasan}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{masalah.collect_view()}</tbody>
                                </table>
                            </div>
                        })}
                        {(lebih > 0).then(|| view! { <p>{(t.masalah_lain)(lebih)}</p> })}
                        <div class="aksi">
                            <button type="button" class="tombol tombol--utama" id="impor-csv" disabled=n == 0 on:click=impor>
                                {(t.csv_impor_n)(n)}
                            </button>
                            <button type="button" class="tombol" id="batal-csv" on:click=move |_| berkas.set(None)>
                                {t.batal}
                            </button>
                        </div>
                    </section>
                }
                .into_any(),
            )
        })
    };

    view! {
        <h2 id="impor-csv-judul">{tx(|t| t.csv_judul)}</h2>
        <p class="petunjuk">{tx(|t| t.csv_pengantar)}</p>
        <div
            class="zona-impor"
            class:zona-impor--aktif=move || seret.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                seret.set(true);
            }
            on:dragleave=move |_| seret.set(false)
            on:drop=jatuhkan
        >
            <label for="berkas-csv">{tx(|t| t.csv_pilih)}</label>
            <input id="berkas-csv" type="file" accept=".csv,.txt,text/csv" on:change=pilih/>
            <p class="petunjuk">{tx(|t| t.impor_seret)}</p>
        </div>
        <div aria-live="polite" id="hasil-csv">
            {move || pesan.get().map(|(id, en_, galat)| {
                let kelas = if galat { "ringkasan-galat" } else { "pemberitahuan" };
                view! {
                    <p class=kelas role=if galat { "alert" } else { "status" } id="csv-pesan">
                        {move || if b.get() == Bahasa::En { en_.clone() } else { id.clone() }}
                    </p>
                }
            })}
        </div>
        {langkah_pemetaan}
        {langkah_pratinjau}
    }
}
