//! The register: search as you type, filter by unit (with its sub-units), golongan and
//! status, sort by any column, and the count shown; drawn [`BARIS_PER_HALAMAN`] rows at a time.

use crate::domain::pegawai::{Pegawai, StatusPegawai};
use crate::domain::unit;
use crate::rules::pangkat::{Golongan, GolonganPns, GolonganPppk};
use crate::ui::components::Judul;
use crate::ui::format::ribuan;
use crate::ui::providers::{tx, use_data, use_teks};
use leptos::prelude::*;
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kolom {
    Nama,
    Nip,
    Golongan,
    Jabatan,
    Unit,
    Status,
}

/// One row as shown, computed from the pegawai and the unit tree.
#[derive(Clone, Debug, PartialEq)]
struct Baris {
    id: String,
    kunci: String,
    nama: String,
    nip: String,
    nip_mentah: String,
    golongan: Option<Golongan>,
    golongan_label: String,
    jabatan: String,
    unit: String,
    status: StatusPegawai,
}

fn baris(p: &Pegawai, nama_unit: &dyn Fn(&crate::domain::id::Id) -> String) -> Baris {
    let golongan = p.pangkat_terakhir().map(|r| r.golongan);
    Baris {
        id: p.id.to_string(),
        kunci: format!("{}@{}", p.id, p.updated_at.0),
        nama: p.nama_lengkap(),
        nip: p.nip.tampil(),
        nip_mentah: p.nip.as_str().to_string(),
        golongan,
        golongan_label: golongan.map(|g| g.label()).unwrap_or_default(),
        jabatan: p.jabatan_terakhir().map(|j| j.nama_lengkap()).unwrap_or_default(),
        unit: p.unit_kerja.as_ref().map(nama_unit).unwrap_or_default(),
        status: p.status,
    }
}

/// Seniority key of a golongan for sorting: PNS IV/e highest; PPPK after PNS.
fn urutan_golongan(g: Option<Golongan>) -> (u8, u8) {
    match g {
        Some(Golongan::Pns(g)) => (2, g.urutan()),
        Some(Golongan::Pppk(g)) => (1, g.nomor()),
        None => (0, 0),
    }
}

/// Rows drawn at first (and per "show more"): 8,000 rows take about 2 s to draw on this
/// machine (scripts/bench), a page of 250 a fraction of that.
pub const BARIS_PER_HALAMAN: usize = 250;

/// Does the row match the search text? Name (case-insensitive) or NIP digits.
fn cocok(b: &Baris, cari: &str) -> bool {
    let cari = cari.trim();
    if cari.is_empty() {
        return true;
    }
    let digit: String = cari.chars().filter(|c| !c.is_whitespace()).collect();
    (digit.chars().all(|c| c.is_ascii_digit()) && b.nip_mentah.contains(&digit))
        || b.nama.to_lowercase().contains(&cari.to_lowercase())
}

/// The pegawai list page.
#[component]
pub fn DaftarPegawai() -> impl IntoView {
    let t = use_teks();
    let data = use_data();
    let cari = RwSignal::new(String::new());
    let f_unit = RwSignal::new(String::new());
    let f_golongan = RwSignal::new(String::new());
    let f_status = RwSignal::new(String::new());
    let urut = RwSignal::new((Kolom::Nama, true));

    let semua = Memo::new(move |_| {
        data.data.with(|d| {
            let nama_unit = |id: &crate::domain::id::Id| d.cari_unit(id).map(|u| u.nama.clone()).unwrap_or_default();
            d.pegawai_aktif().map(|p| (p.unit_kerja.clone(), baris(p, &nama_unit))).collect::<Vec<_>>()
        })
    });
    let total = move || semua.with(Vec::len);

    let tampil = Memo::new(move |_| {
        let unit_terpilih: Option<Vec<crate::domain::id::Id>> = crate::domain::id::Id::parse(&f_unit.get())
            .map(|id| data.data.with(|d| unit::keturunan(&d.unit_kerja, &id)));
        let golongan = Golongan::parse(&f_golongan.get());
        let status = StatusPegawai::parse(&f_status.get());
        let cari = cari.get();
        let (kolom, naik) = urut.get();
        let mut v: Vec<Baris> = semua.with(|s| {
            s.iter()
                .filter(|(u, b)| {
                    unit_terpilih.as_ref().is_none_or(|ids| u.as_ref().is_some_and(|u| ids.contains(u)))
                        && golongan.is_none_or(|g| b.golongan == Some(g))
                        && status.is_none_or(|s| b.status == s)
                        && cocok(b, &cari)
                })
                .map(|(_, b)| b.clone())
                .collect()
        });
        v.sort_by(|a, b| {
            let o = match kolom {
                Kolom::Nama => a.nama.to_lowercase().cmp(&b.nama.to_lowercase()),
                Kolom::Nip => a.nip_mentah.cmp(&b.nip_mentah),
                Kolom::Golongan => urutan_golongan(a.golongan).cmp(&urutan_golongan(b.golongan)),
                Kolom::Jabatan => a.jabatan.to_lowercase().cmp(&b.jabatan.to_lowercase()),
                Kolom::Unit => a.unit.to_lowercase().cmp(&b.unit.to_lowercase()),
                Kolom::Status => a.status.kode().cmp(b.status.kode()),
            };
            let o = if naik { o } else { o.reverse() };
            if o == Ordering::Equal {
                a.nama.cmp(&b.nama)
            } else {
                o
            }
        });
        v
    });

    let pilihan_unit = move || data.pilihan_unit();

    // A register of thousands is drawn a page at a time: the first BARIS_PER_HALAMAN rows, more
    // on request. Every change of search, filter or order starts again at the top.
    let batas = RwSignal::new(BARIS_PER_HALAMAN);
    Effect::new(move |sebelumnya: Option<()>| {
        cari.track();
        f_unit.track();
        f_golongan.track();
        f_status.track();
        urut.track();
        if sebelumnya.is_some() {
            batas.set(BARIS_PER_HALAMAN);
        }
    });
    let baris_tampil = move || tampil.with(|v| v.iter().take(batas.get()).cloned().collect::<Vec<_>>());
    let sisa = move || tampil.with(Vec::len).saturating_sub(batas.get());

    let kepala_kolom = move |kolom: Kolom, label: fn(&crate::ui::teks::Teks) -> &'static str| {
        let aria = move || {
            let (k, naik) = urut.get();
            if k == kolom {
                if naik {
                    "ascending"
                } else {
                    "descending"
                }
            } else {
                "none"
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button
                    type="button"
                    class="tabel__urut"
                    on:click=move |_| urut.update(|(k, naik)| if *k == kolom { *naik = !*naik } else { *k = kolom; *naik = true })
                >
                    {move || label(t.get())}
                    <span aria-hidden="true" class="tabel__panah">
                        {move || match urut.get() { (k, true) if k == kolom => "▲", (k, false) if k == kolom => "▼", _ => "" }}
                    </span>
                </button>
            </th>
        }
    };

    view! {
        <section class="halaman">
            <div class="halaman__kepala">
                <Judul teks=Signal::derive(move || t.get().nav_pegawai.to_string())/>
                <a class="tombol tombol--utama" id="tambah-pegawai" href="#/pegawai/baru">{tx(|t| t.tambah_pegawai)}</a>
            </div>
            <form class="saring" role="search" on:submit=|ev| ev.prevent_default()>
                <div class="medan medan--lebar">
                    <label for="cari">{tx(|t| t.cari_label)}</label>
                    <input
                        id="cari"
                        type="search"
                        autocomplete="off"
                        placeholder=tx(|t| t.cari_placeholder)
                        prop:value=move || cari.get()
                        on:input=move |ev| cari.set(event_target_value(&ev))
                    />
                </div>
                <div class="medan">
                    <label for="saring-unit">{tx(|t| t.unit_kerja)}</label>
                    <select id="saring-unit" on:change=move |ev| f_unit.set(event_target_value(&ev)) prop:value=move || f_unit.get()>
                        <option value="">{tx(|t| t.semua_unit)}</option>
                        {move || pilihan_unit().into_iter().map(|(id, nama)| view! { <option value=id>{nama}</option> }).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for="saring-golongan">{tx(|t| t.golongan)}</label>
                    <select id="saring-golongan" on:change=move |ev| f_golongan.set(event_target_value(&ev)) prop:value=move || f_golongan.get()>
                        <option value="">{tx(|t| t.semua_golongan)}</option>
                        <optgroup label="PNS">
                            {GolonganPns::semua().map(|g| view! { <option value=g.kode()>{g.kode()}</option> }).collect_view()}
                        </optgroup>
                        <optgroup label="PPPK">
                            {GolonganPppk::semua().map(|g| view! { <option value=g.kode()>{g.kode()}</option> }).collect_view()}
                        </optgroup>
                    </select>
                </div>
                <div class="medan">
                    <label for="saring-status">{tx(|t| t.status)}</label>
                    <select id="saring-status" on:change=move |ev| f_status.set(event_target_value(&ev)) prop:value=move || f_status.get()>
                        <option value="">{tx(|t| t.semua_status)}</option>
                        {StatusPegawai::SEMUA.map(|s| view! { <option value=s.kode()>{s.kode()}</option> }).collect_view()}
                    </select>
                </div>
            </form>
            <p class="jumlah" id="jumlah-tampil" aria-live="polite">
                {move || (t.get().menampilkan)(&ribuan(tampil.with(Vec::len) as i64), &ribuan(total() as i64))}
            </p>
            <Show
                when=move || !tampil.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="kosong">
                        {move || if total() == 0 { t.get().daftar_kosong } else { t.get().tidak_ada_yang_cocok }}
                    </p>
                }
            >
                <div class="tabel-gulir">
                    <table class="tabel" id="tabel-pegawai">
                        <caption class="sr-only">{tx(|t| t.nav_pegawai)}</caption>
                        <thead>
                            <tr>
                                {kepala_kolom(Kolom::Nama, |t| t.nama)}
                                {kepala_kolom(Kolom::Nip, |_| "NIP")}
                                {kepala_kolom(Kolom::Golongan, |t| t.pangkat_golongan)}
                                {kepala_kolom(Kolom::Jabatan, |t| t.jabatan)}
                                {kepala_kolom(Kolom::Unit, |t| t.unit_kerja)}
                                {kepala_kolom(Kolom::Status, |t| t.status)}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=baris_tampil key=|b| b.kunci.clone() let:b>
                                <tr>
                                    <td data-label=tx(|t| t.nama)><a href=format!("#/pegawai/{}", b.id) class="tabel__nama">{b.nama.clone()}</a></td>
                                    <td data-label="NIP" class="angka">{b.nip.clone()}</td>
                                    <td data-label=tx(|t| t.pangkat_golongan)>{b.golongan_label.clone()}</td>
                                    <td data-label=tx(|t| t.jabatan)>{b.jabatan.clone()}</td>
                                    <td data-label=tx(|t| t.unit_kerja)>{b.unit.clone()}</td>
                                    <td data-label=tx(|t| t.status)><span class=format!("lencana lencana--{}", b.status.kode().to_lowercase())>{b.status.kode()}</span></td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <Show when=move || { sisa() != 0 }>
                    <div class="aksi" id="lebih-banyak">
                        <p class="petunjuk">
                            {move || (t.get().baris_pertama)(&ribuan(batas.get() as i64), &ribuan(tampil.with(Vec::len) as i64))}
                        </p>
                        <button type="button" class="tombol" id="tampilkan-lagi" on:click=move |_| batas.update(|b| *b += BARIS_PER_HALAMAN)>
                            {move || (t.get().tampilkan_lagi)(&ribuan(sisa().min(BARIS_PER_HALAMAN) as i64))}
                        </button>
                        <button type="button" class="tombol" id="tampilkan-semua" on:click=move |_| batas.set(usize::MAX)>
                            {move || (t.get().tampilkan_semua)(&ribuan(tampil.with(Vec::len) as i64))}
                        </button>
                    </div>
                </Show>
            </Show>
        </section>
    }
}
