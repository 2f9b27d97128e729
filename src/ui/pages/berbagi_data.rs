//! Sharing data: export the whole dataset or a slice as a Jenjang file, import one through
//! validate → preview → apply (after an automatic backup), and undo the last import.

use crate::domain::id::Id;
use crate::domain::tanggal::Stempel;
use crate::store::browser::PenyimpananPeramban;
use crate::store::cadangan::{self, InfoCadangan};
use crate::store::dataset::Koleksi;
use crate::store::gabung::{self, Keputusan, Masukan, Pilihan, Pratinjau};
use crate::store::idb;
use crate::store::kapasitas;
use crate::store::penyimpanan::Penyimpanan as _;
use crate::store::pertukaran::{self, JenisBerkas};
use crate::ui::components::Dialog;
use crate::ui::components::Judul;
use crate::ui::format;
use crate::ui::peramban::{baca_file, hari_ini, jam, offset_menit, sekarang, tanda_waktu, unduh};
use crate::ui::providers::{tx, use_bahasa, use_data, use_pengingat, use_teks};
use crate::ui::teks::Bahasa;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::Cell;
use std::sync::Arc;

/// Probe granularity for the free room: 64 K characters (128 KB), plenty for a MB-scale
/// estimate and few large test writes.
const LANGKAH_UJI: usize = 64 * 1024;

thread_local! {
    /// The free room, probed once per session (probing writes megabytes); see [`bebas_kini`].
    static RUANG: Cell<Option<kapasitas::Ruang>> = const { Cell::new(None) };
}

fn cadangan_lama() -> u64 {
    cadangan::byte_tersimpan(&cadangan::daftar(&PenyimpananPeramban))
}

/// The free room: measured the first time in this session, then followed from what the origin
/// stores (`kapasitas::Ruang`).
fn bebas_kini() -> u64 {
    if let Some(bebas) = idb::aktif().then(|| PenyimpananPeramban.ruang_bebas()).flatten() {
        return bebas;
    }
    let ruang = RUANG.with(Cell::get).or_else(|| {
        let r = kapasitas::Ruang::ukur(&PenyimpananPeramban, LANGKAH_UJI);
        RUANG.with(|c| c.set(r));
        r
    });
    ruang.map_or(0, |r| r.bebas_kini(&PenyimpananPeramban))
}

/// A checked file waiting in the preview: what it is, and its records for the merge.
#[derive(Debug, PartialEq)]
struct Impor {
    jenis: JenisBerkas,
    dibuat: Option<Stempel>,
    masukan: Masukan,
}

/// Where the import stands.
#[derive(Clone, Debug, PartialEq)]
enum Tahap {
    Siap,
    Membaca(String),
    /// The file was refused; nothing changed. (name, problems in both languages)
    Ditolak(String, Vec<(String, String)>),
    /// Checked and compared; waiting for the user's decision. The last part is the room:
    /// (bytes needed, bytes available, fits).
    /// The file is shared, not copied, each time the stage is read.
    /// (needed, available, fits, the data moves to IndexedDB first)
    Pratinjau(String, Arc<Impor>, Box<Pratinjau>, (u64, u64, bool, bool)),
    /// Applied; (message id, message en).
    Selesai(String, String),
    Gagal(String, String),
}

/// The Berbagi data page.
#[component]
pub fn HalamanBerbagiData() -> impl IntoView {
    let t = use_teks();
    let b = use_bahasa();
    let data = use_data();
    let tahap = RwSignal::new(Tahap::Siap);
    let pesan_ekspor = RwSignal::new(None::<String>);
    let pegawai_pilih = RwSignal::new(String::new());
    let unit_pilih = RwSignal::new(String::new());
    let semua_pilihan = RwSignal::new(Pilihan::PunyaSaya);
    let per_rekaman = RwSignal::new(std::collections::BTreeMap::<(Koleksi, Id), Pilihan>::new());
    let ambil_pengaturan = RwSignal::new(false);
    let cadangan = RwSignal::new(cadangan::daftar(&PenyimpananPeramban));
    let en = move || b.get() == Bahasa::En;
    let pengingat = use_pengingat();
    let persisten = RwSignal::new(None::<bool>);
    // Probing the free room writes large test values, so it is done once per session; after
    // that the estimate follows what the origin stores.
    let bebas = RwSignal::new(bebas_kini());
    let ukur_ulang = move || bebas.set(bebas_kini());
    spawn_local(async move { persisten.set(crate::ui::peramban::minta_penyimpanan_persisten().await) });
    let tanya_hapus = RwSignal::new(false);

    // Export: the file is offered for download, then the exported versions become the sync base.
    let ekspor = move |isi: Option<String>, nama: String| {
        let Some(isi) = isi else { return };
        match unduh(&nama, &isi, "application/json") {
            Ok(()) => {
                if let Ok(berkas) = data.data.with_untracked(|d| pertukaran::baca_berkas(isi.as_bytes(), d)) {
                    data.ubah(|d| [gabung::catat_ekspor(d, &Masukan::from(berkas.data))]);
                }
                pesan_ekspor.set(Some(nama));
            }
            Err(e) => pesan_ekspor.set(Some(e)),
        }
    };
    let ekspor_lengkap = move |_| {
        let isi = data.data.with_untracked(|d| pertukaran::ekspor_lengkap(d, sekarang(), offset_menit()));
        ekspor(Some(isi), pertukaran::nama_berkas(JenisBerkas::Lengkap, hari_ini(), None));
        // A full export is the backup the reminder asks for.
        pengingat.ekspor_terakhir.set(Some(sekarang()));
    };
    let ekspor_pegawai = move |_| {
        let Some(id) = Id::parse(&pegawai_pilih.get_untracked()) else { return };
        let (isi, nip) = data.data.with_untracked(|d| {
            (
                pertukaran::ekspor_pegawai(d, &id, sekarang(), offset_menit()),
                d.cari_pegawai(&id).map(|p| p.nip.as_str().to_string()),
            )
        });
        ekspor(isi, pertukaran::nama_berkas(JenisBerkas::PenilaianMandiri, hari_ini(), nip.as_deref()));
    };
    let pemisah = RwSignal::new(';');
    let ekspor_csv = move |_| {
        let isi = data.data.with_untracked(|d| crate::store::csv::ekspor_csv_pegawai(d, pemisah.get_untracked()));
        let nama = format!("jenjang-pegawai-{}.csv", hari_ini().iso());
        match unduh(&nama, &isi, "text/csv;charset=utf-8") {
            Ok(()) => pesan_ekspor.set(Some(nama)),
            Err(e) => pesan_ekspor.set(Some(e)),
        }
    };
    let ekspor_unit = move |_| {
        let Some(id) = Id::parse(&unit_pilih.get_untracked()) else { return };
        let (isi, nama) = data.data.with_untracked(|d| {
            (pertukaran::ekspor_unit(d, &id, sekarang(), offset_menit()), d.cari_unit(&id).map(|u| u.nama.clone()))
        });
        ekspor(isi, pertukaran::nama_berkas(JenisBerkas::Unit, hari_ini(), nama.as_deref()));
    };

    // Import: read → validate → compare; nothing is changed until "Terapkan".
    let periksa = move |file: web_sys::File| {
        tanda_waktu("jenjang-impor-mulai");
        let dibaca = baca_file(&file);
        let nama = file.name();
        tahap.set(Tahap::Membaca(nama.clone()));
        per_rekaman.set(Default::default());
        semua_pilihan.set(Pilihan::PunyaSaya);
        ambil_pengaturan.set(false);
        spawn_local(async move {
            let byte = match dibaca.await {
                Ok(b) => b,
                Err(e) => {
                    tahap.set(Tahap::Gagal(
                        format!("Berkas tidak dapat dibaca: {e}"),
                        format!("The file could not be read: {e}"),
                    ));
                    return;
                }
            };
            tanda_waktu("jenjang-impor-dibaca");
            let hasil = data.data.with_untracked(|d| pertukaran::baca_berkas(&byte, d));
            tanda_waktu("jenjang-impor-diperiksa");
            match hasil {
                Err(masalah) => {
                    tahap.set(Tahap::Ditolak(nama, masalah.iter().map(|m| (m.pesan_id(), m.pesan_en())).collect()))
                }
                Ok(berkas) => {
                    let dibuat = berkas.dibuat_stempel();
                    let impor = Impor { jenis: berkas.jenis, dibuat, masukan: Masukan::from(berkas.data) };
                    let p = data.data.with_untracked(|d| gabung::pratinjau(d, &impor.masukan));
                    tanda_waktu("jenjang-impor-dibandingkan");
                    // Room, before anything is applied: the backup of the current data plus the
                    // growth (with every conflict taken from the file: the largest outcome), against
                    // the free room now. A file that changes nothing needs no room.
                    let ruang = if p.ada_perubahan() {
                        ukur_ulang();
                        let lama = kapasitas::terpakai(&PenyimpananPeramban) as u64;
                        let (perlu, tersedia, muat) =
                            kapasitas::ruang_impor(lama, p.tambahan as u64, cadangan_lama(), bebas.get_untracked());
                        // Too big for localStorage: the data can move to IndexedDB, whose room is
                        // what the browser's estimate says (the move takes the backups along).
                        // (Asked only then: the browser's estimate takes a while to answer.)
                        let idb_bebas =
                            if muat || idb::aktif() || !idb::tersedia() { None } else { idb::estimasi_bebas().await };
                        match idb_bebas {
                            Some(idb_bebas) => {
                                let (perlu, tersedia, muat) =
                                    kapasitas::ruang_impor_idb(lama, p.tambahan as u64, idb_bebas);
                                (perlu, tersedia, muat, true)
                            }
                            None => (perlu, tersedia, muat, false),
                        }
                    } else {
                        (0, bebas.get_untracked(), true, false)
                    };
                    tanda_waktu("jenjang-impor-diukur");
                    tahap.set(Tahap::Pratinjau(nama, Arc::new(impor), Box::new(p), ruang));
                    tanda_waktu("jenjang-impor-ditampilkan");
                }
            }
        });
    };
    let pilih_berkas = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(f) = input.files().and_then(|l| l.get(0)) {
            periksa(f);
        }
        // The same file can be chosen again (after fixing it, or to import twice).
        input.set_value("");
    };
    let seret_di_atas = RwSignal::new(false);
    let jatuhkan = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        seret_di_atas.set(false);
        if let Some(f) = ev.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
            periksa(f);
        }
    };

    // Takes the automatic backup that must exist before a risky step; false = step refused.
    // When localStorage cannot hold it, the data moves to IndexedDB first (`dengan_ruang`).
    let cadangkan = move |alasan: String| async move {
        let hasil = data
            .dengan_ruang(|| {
                let alasan = alasan.clone();
                async move {
                    cadangan::salinan_data(&PenyimpananPeramban)
                        .and_then(|salinan| cadangan::simpan(&PenyimpananPeramban, &salinan, sekarang(), &alasan))
                }
            })
            .await;
        cadangan.set(cadangan::daftar(&PenyimpananPeramban));
        match hasil {
            Ok(_) => true,
            Err(e) => {
                tahap.set(Tahap::Gagal(
                    format!(
                        "Dibatalkan: cadangan otomatis tidak dapat dibuat, jadi tidak ada yang diubah. {}",
                        e.pesan_id()
                    ),
                    format!(
                        "Cancelled: the automatic backup could not be made, so nothing was changed. {}",
                        e.pesan_en()
                    ),
                ));
                false
            }
        }
    };

    let hapus_semua = move |_| {
        tanya_hapus.set(false);
        spawn_local(async move {
            if !cadangkan("sebelum hapus semua data".into()).await {
                return;
            }
            let kosong = crate::store::dataset::Dataset::default();
            let hasil = data.ganti_atomik(kosong, &Koleksi::SEMUA).await;
            ukur_ulang();
            match hasil {
                Ok(()) => tahap.set(Tahap::Selesai(
                    t.get_untracked().hapus_semua_selesai.into(),
                    crate::ui::teks::EN.hapus_semua_selesai.into(),
                )),
                Err(e) => tahap.set(Tahap::Gagal(e.pesan_id(), e.pesan_en())),
            }
        });
    };

    let terapkan = move |_| {
        let Tahap::Pratinjau(nama, impor, _, (_, _, _, pindah)) = tahap.get_untracked() else { return };
        spawn_local(async move {
            let waktu = sekarang();
            // 0. Too big for localStorage: the data (with its backups) moves to IndexedDB first.
            if pindah {
                if let Err(e) = data.pindah_ke_idb().await {
                    tahap.set(Tahap::Gagal(
                        format!("Impor tidak diterapkan; data tidak berubah. {}", e.pesan_id()),
                        format!("Import not applied; nothing changed. {}", e.pesan_en()),
                    ));
                    return;
                }
            }
            // 1. The safety net: an exact copy of the stored data, or no import at all.
            if !cadangkan(format!("sebelum impor {nama}")).await {
                return;
            }
            // 2. Merge in memory, 3. write all of it or none of it.
            let keputusan = Keputusan {
                semua: semua_pilihan.get_untracked(),
                per_rekaman: per_rekaman.get_untracked(),
                ambil_pengaturan: ambil_pengaturan.get_untracked(),
            };
            let (baru, koleksi) = data.data.with_untracked(|d| gabung::terapkan(d, &impor.masukan, &keputusan, waktu));
            let hasil = data.dengan_ruang(|| data.ganti_atomik(baru.clone(), &koleksi)).await;
            ukur_ulang();
            match hasil {
                Ok(()) => tahap.set(Tahap::Selesai(
                    format!("Impor {nama} diterapkan. Cadangan data sebelumnya tersimpan; gunakan \"Urungkan impor terakhir\" bila perlu."),
                    format!("Import of {nama} applied. A backup of the previous data was kept; use \"Undo last import\" if needed."),
                )),
                Err(e) => tahap.set(Tahap::Gagal(
                    format!("Impor tidak diterapkan; data tidak berubah. {}", e.pesan_id()),
                    format!("Import not applied; nothing changed. {}", e.pesan_en()),
                )),
            }
        });
    };

    let urungkan = move |info: InfoCadangan| {
        spawn_local(async move {
            // Restoring is itself a risky step: the current data is kept too.
            if !cadangkan(format!("sebelum pemulihan ({})", info.alasan)).await {
                return;
            }
            let hasil =
                cadangan::baca(&PenyimpananPeramban, &info).map_err(|e| (e.pesan_id(), e.pesan_en())).and_then(|isi| {
                    let isi =
                        isi.ok_or_else(|| ("Cadangan tidak ditemukan.".to_string(), "Backup not found.".to_string()))?;
                    cadangan::pulihkan_data(&PenyimpananPeramban, &isi).map_err(|e| (e.pesan_id(), e.pesan_en()))
                });
            // With IndexedDB the restore is stored only once committed.
            let hasil = match hasil {
                Ok(()) => idb::tunggu_komit().await.map_err(|e| (e.pesan_id(), e.pesan_en())),
                Err(e) => Err(e),
            };
            match hasil {
                Ok(()) => {
                    let _ = cadangan::hapus(&PenyimpananPeramban, &info);
                    data.muat_ulang();
                    ukur_ulang();
                    cadangan.set(cadangan::daftar(&PenyimpananPeramban));
                    tahap.set(Tahap::Selesai(
                        format!("Data dipulihkan seperti sebelum: {}.", info.alasan),
                        format!("Data restored as it was before: {}.", info.alasan),
                    ));
                }
                Err((id, en)) => tahap.set(Tahap::Gagal(id, en)),
            }
        });
    };

    // The outcome of choosing a file appears below the drop zone: bring it into view.
    Effect::new(move |_| {
        if !matches!(tahap.get(), Tahap::Siap | Tahap::Membaca(_)) {
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("hasil-impor") {
                    el.scroll_into_view();
                }
            });
        }
    });

    let pilihan_pegawai = move || {
        data.data.with(|d| {
            let mut v: Vec<(String, String)> = d
                .pegawai_aktif()
                .map(|p| (p.id.to_string(), format!("{} — {}", p.nama_lengkap(), p.nip.tampil())))
                .collect();
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v
        })
    };

    let tampil_tahap = move || {
        match tahap.get() {
        Tahap::Siap => ().into_any(),
        Tahap::Membaca(nama) => view! { <p class="pemberitahuan" role="status">{move || (t.get().memeriksa_berkas)(&nama)}</p> }.into_any(),
        Tahap::Gagal(id, en_) => view! { <p class="ringkasan-galat" role="alert" id="impor-gagal">{move || if en() { en_.clone() } else { id.clone() }}</p> }.into_any(),
        Tahap::Selesai(id, en_) => view! { <p class="pemberitahuan" role="status" id="impor-selesai">{move || if en() { en_.clone() } else { id.clone() }}</p> }.into_any(),
        Tahap::Ditolak(nama, masalah) => {
            let n = masalah.len();
            view! {
                <div class="ringkasan-galat" role="alert" id="impor-ditolak">
                    <p>{move || (t.get().berkas_ditolak)(&nama, n)}</p>
                    <ul>
                        {masalah.into_iter().take(50).map(|(id, en_)| view! { <li>{move || if en() { en_.clone() } else { id.clone() }}</li> }).collect_view()}
                    </ul>
                    {(n > 50).then(|| view! { <p>{move || (t.get().masalah_lain)(n - 50)}</p> })}
                </div>
            }
            .into_any()
        }
        Tahap::Pratinjau(nama, impor, p, (perlu, tersedia, muat, pindah)) => {
            let baris = |label: fn(&crate::ui::teks::Teks) -> &'static str, h: gabung::Hitungan| view! {
                <tr>
                    <th scope="row">{tx(label)}</th>
                    <td class="angka">{h.baru}</td>
                    <td class="angka">{h.berubah}</td>
                    <td class="angka">{h.sama}</td>
                    <td class="angka">{h.lokal_lebih_baru}</td>
                    <td class="angka">{h.konflik}</td>
                </tr>
            };
            let ada_konflik = !p.konflik.is_empty();
            let ada_perubahan = p.ada_perubahan();
            let pengaturan_berbeda = p.pengaturan_berbeda;
            let jenis = impor.jenis;
            let dibuat = impor.dibuat.map(|w| (w.tanggal_utc(), jam(w)));
            view! {
                <section class="pratinjau" id="pratinjau-impor" aria-labelledby="pratinjau-judul">
                    <h3 id="pratinjau-judul">{move || (t.get().pratinjau_judul)(&nama)}</h3>
                    <p class="petunjuk">
                        {move || if en() { jenis.label_en() } else { jenis.label_id() }}
                        {dibuat.map(|(tanggal, pukul)| view! { " · "{tx(|t| t.dibuat)}" "{crate::ui::providers::tanggal_tx(tanggal)}" "{pukul} })}
                    </p>
                    <div class="tabel-gulir"><table class="tabel" id="tabel-pratinjau">
                        <thead><tr>
                            <th scope="col">{tx(|t| t.koleksi)}</th>
                            <th scope="col">{tx(|t| t.jumlah_baru)}</th>
                            <th scope="col">{tx(|t| t.jumlah_berubah)}</th>
                            <th scope="col">{tx(|t| t.jumlah_sama)}</th>
                            <th scope="col">{tx(|t| t.jumlah_lokal_lebih_baru)}</th>
                            <th scope="col">{tx(|t| t.jumlah_konflik)}</th>
                        </tr></thead>
                        <tbody>
                            {baris(|t| t.nav_pegawai, p.pegawai)}
                            {baris(|t| t.nav_unit, p.unit_kerja)}
                        </tbody>
                    </table></div>
                    {ada_konflik.then(|| view! {
                        <h3>{tx(|t| t.konflik_judul)}</h3>
                        <p class="petunjuk">{tx(|t| t.konflik_petunjuk)}</p>
                        <div class="aksi">
                            <button type="button" class="tombol tombol--kecil" id="semua-punya-saya" on:click=move |_| { semua_pilihan.set(Pilihan::PunyaSaya); per_rekaman.set(Default::default()); }>{tx(|t| t.semua_punya_saya)}</button>
                            <button type="button" class="tombol tombol--kecil" id="semua-milik-mereka" on:click=move |_| { semua_pilihan.set(Pilihan::MilikMereka); per_rekaman.set(Default::default()); }>{tx(|t| t.semua_milik_mereka)}</button>
                        </div>
                        <ul class="daftar-konflik">
                            {p.konflik.iter().map(|k| {
                                let kunci = StoredValue::new((k.koleksi, k.id.clone()));
                                let pilihan = move || per_rekaman.with(|m| kunci.with_value(|k| m.get(k).copied())).unwrap_or_else(|| semua_pilihan.get());
                                let pilih = move |p: Pilihan| per_rekaman.update(|m| { m.insert(kunci.get_value(), p); });
                                let nama_radio = format!("konflik-{}", k.id);
                                view! {
                                    <li class="konflik">
                                        <p class="konflik__judul">{k.label.clone()}</p>
                                        <div class="tabel-gulir"><table class="tabel">
                                            <thead><tr><th scope="col">{tx(|t| t.kolom)}</th><th scope="col">{tx(|t| t.punya_saya)}</th><th scope="col">{tx(|t| t.milik_mereka)}</th></tr></thead>
                                            <tbody>
                                                {k.beda.iter().map(|d| view! { <tr><th scope="row">{d.label.clone()}</th><td>{d.lokal.clone()}</td><td>{d.masuk.clone()}</td></tr> }).collect_view()}
                                            </tbody>
                                        </table></div>
                                        <div class="aksi">
                                            <label class="pilihan"><input type="radio" name=nama_radio.clone() prop:checked=move || pilihan() == Pilihan::PunyaSaya on:change=move |_| pilih(Pilihan::PunyaSaya)/>{tx(|t| t.pertahankan_punya_saya)}</label>
                                            <label class="pilihan"><input type="radio" name=nama_radio prop:checked=move || pilihan() == Pilihan::MilikMereka on:change=move |_| pilih(Pilihan::MilikMereka)/>{tx(|t| t.ambil_milik_mereka)}</label>
                                        </div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })}
                    {pengaturan_berbeda.then(|| view! {
                        <label class="pilihan"><input type="checkbox" prop:checked=move || ambil_pengaturan.get() on:change=move |ev| ambil_pengaturan.set(event_target_checked(&ev))/>{tx(|t| t.ambil_pengaturan)}</label>
                    })}
                    <p class="petunjuk">{move || if ada_perubahan { t.get().pratinjau_cadangan } else { t.get().pratinjau_tanpa_perubahan }}</p>
                    {ada_perubahan.then(|| view! {
                        <p class=if muat { "petunjuk" } else { "ringkasan-galat" } id="ruang-impor">
                            {move || (t.get().ruang_impor)(&format::ukuran(perlu), &format::ukuran(tersedia))}
                            {(muat && pindah).then(|| view! { " "{tx(|t| t.ruang_pindah_idb)} })}
                            {(!muat).then(|| view! { " "{tx(|t| t.ruang_tidak_cukup)} })}
                        </p>
                    })}
                    <div class="aksi">
                        <button type="button" class="tombol tombol--utama" id="terapkan-impor" disabled=!(muat && ada_perubahan) on:click=terapkan>{tx(|t| t.terapkan_impor)}</button>
                        <button type="button" class="tombol" on:click=move |_| tahap.set(Tahap::Siap)>{tx(|t| t.batal)}</button>
                    </div>
                </section>
            }
            .into_any()
        }
    }
    };

    view! {
        <section class="halaman">
            <Judul teks=Signal::derive(move || t.get().nav_data.to_string())/>
            <p class="halaman__pengantar">{tx(|t| t.data_pengantar)}</p>

            <h2>{tx(|t| t.ekspor)}</h2>
            <div class="kisi-ekspor">
                <div class="kartu">
                    <p>{tx(|t| t.ekspor_lengkap_keterangan)}</p>
                    <button type="button" class="tombol tombol--utama" id="ekspor-lengkap" on:click=ekspor_lengkap>{tx(|t| t.ekspor_lengkap)}</button>
                </div>
                <div class="kartu">
                    <label for="ekspor-pegawai-pilih">{tx(|t| t.ekspor_pegawai_keterangan)}</label>
                    <select id="ekspor-pegawai-pilih" on:change=move |ev| pegawai_pilih.set(event_target_value(&ev))>
                        <option value="">{tx(|t| t.pilih)}</option>
                        {move || pilihan_pegawai().into_iter().map(|(id, nama)| view! { <option value=id>{nama}</option> }).collect_view()}
                    </select>
                    <button type="button" class="tombol" id="ekspor-pegawai" on:click=ekspor_pegawai>{tx(|t| t.ekspor_pegawai)}</button>
                </div>
                <div class="kartu">
                    <label for="ekspor-unit-pilih">{tx(|t| t.ekspor_unit_keterangan)}</label>
                    <select id="ekspor-unit-pilih" on:change=move |ev| unit_pilih.set(event_target_value(&ev))>
                        <option value="">{tx(|t| t.pilih)}</option>
                        {move || data.pilihan_unit().into_iter().map(|(id, nama)| view! { <option value=id>{nama}</option> }).collect_view()}
                    </select>
                    <button type="button" class="tombol" id="ekspor-unit" on:click=ekspor_unit>{tx(|t| t.ekspor_unit)}</button>
                </div>
                <div class="kartu">
                    <label for="csv-pemisah">{tx(|t| t.ekspor_csv_keterangan)}</label>
                    <select id="csv-pemisah" on:change=move |ev| pemisah.set(if event_target_value(&ev) == "," { ',' } else { ';' })>
                        <option value=";">{tx(|t| t.pemisah_titik_koma)}</option>
                        <option value=",">{tx(|t| t.pemisah_koma)}</option>
                    </select>
                    <button type="button" class="tombol" id="ekspor-csv" on:click=ekspor_csv>{tx(|t| t.ekspor_csv)}</button>
                </div>
            </div>
            <p class="pemberitahuan" role="status" id="ekspor-status">{move || pesan_ekspor.get().map(|n| (t.get().ekspor_selesai)(&n))}</p>

            <h2>{tx(|t| t.impor)}</h2>
            <div
                class="zona-impor"
                class:zona-impor--aktif=move || seret_di_atas.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); seret_di_atas.set(true); }
                on:dragleave=move |_| seret_di_atas.set(false)
                on:drop=jatuhkan
            >
                <label for="berkas-impor">{tx(|t| t.impor_pilih)}</label>
                <input id="berkas-impor" type="file" accept=".json,application/json" on:change=pilih_berkas/>
                <p class="petunjuk">{tx(|t| t.impor_seret)}</p>
            </div>
            <div aria-live="polite" id="hasil-impor">{tampil_tahap}</div>
            <super::impor_csv::ImporCsv setelah_impor=move |_| {
                cadangan.set(cadangan::daftar(&PenyimpananPeramban));
                ukur_ulang();
            }/>

            <h2>{tx(|t| t.penyimpanan_judul)}</h2>
            {move || {
                data.data.track();
                let dipakai = kapasitas::terpakai(&PenyimpananPeramban) as u64 + cadangan.with(|c| cadangan::byte_tersimpan(c));
                let bebas = bebas.get();
                let total = (dipakai + bebas).max(1);
                let hampir_penuh = bebas * 5 < total;
                view! {
                    <div class="meter-penyimpanan" id="meter-penyimpanan">
                        <meter min="0" max=total.to_string() value=dipakai.to_string() high=(total * 4 / 5).to_string() aria-describedby="meter-keterangan"></meter>
                        <p id="meter-keterangan">{move || (t.get().penyimpanan_terpakai)(&format::ukuran(dipakai), &format::ukuran(bebas))}</p>
                        {hampir_penuh.then(|| view! { <p class="peringatan">{tx(|t| t.penyimpanan_hampir_penuh)}</p> })}
                        <p id="penyimpanan-persisten">{move || match persisten.get() {
                            Some(true) => t.get().persisten_ya,
                            Some(false) => t.get().persisten_tidak,
                            None => t.get().persisten_tidak_diketahui,
                        }}</p>
                    </div>
                }
            }}

            <h2>{tx(|t| t.cadangan_judul)}</h2>
            <p class="petunjuk">{tx(|t| t.cadangan_keterangan)}</p>
            <div class="medan medan--sempit">
                <label for="pengingat-hari">{tx(|t| t.pengingat_setiap)}</label>
                <span class="medan__petunjuk">{tx(|t| t.pengingat_petunjuk)}</span>
                <input id="pengingat-hari" type="number" min="0" max="365"
                    prop:value=move || pengingat.setiap_hari.get().to_string()
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                            pengingat.setiap_hari.set(n.min(365));
                        }
                    }
                />
            </div>
            {move || {
                let daftar = cadangan.get();
                if daftar.is_empty() {
                    return view! { <p class="kosong">{tx(|t| t.cadangan_kosong)}</p> }.into_any();
                }
                let terbaru = daftar[0].clone();
                let label_impor = terbaru.alasan.starts_with("sebelum impor");
                view! {
                    <ul class="daftar-ringkas" id="daftar-cadangan">
                        {daftar.into_iter().map(|c| {
                            let tanggal = crate::ui::providers::tanggal_tx(c.waktu.tanggal_utc());
                            view! { <li>{tanggal}" "{jam(c.waktu)}" — "{c.alasan.clone()}</li> }
                        }).collect_view()}
                    </ul>
                    <button type="button" class="tombol" id="urungkan-impor" on:click=move |_| urungkan(terbaru.clone())>
                        {if label_impor { tx(|t| t.urungkan_impor)() } else { tx(|t| t.pulihkan_cadangan)() }}
                    </button>
                }
                .into_any()
            }}
            <h2>{tx(|t| t.hapus_semua_data)}</h2>
            <p class="petunjuk">{tx(|t| t.hapus_semua_keterangan)}</p>
            <button type="button" class="tombol tombol--bahaya" id="hapus-semua" on:click=move |_| tanya_hapus.set(true)>{tx(|t| t.hapus_semua_data)}</button>
            <Dialog terbuka=tanya_hapus id="dialog-hapus-semua" judul=Signal::derive(move || t.get().hapus_semua_data.to_string())>
                <p>{tx(|t| t.hapus_semua_tanya)}</p>
                <div class="aksi">
                    <button type="button" class="tombol tombol--bahaya" id="hapus-semua-ya" on:click=hapus_semua>{tx(|t| t.ya_hapus)}</button>
                    <button type="button" class="tombol" on:click=move |_| tanya_hapus.set(false)>{tx(|t| t.batal)}</button>
                </div>
            </Dialog>
        </section>
    }
}
