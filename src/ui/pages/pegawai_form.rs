//! Add or edit a pegawai. Errors appear next to each field (and in a summary that links to
//! them) after the first attempt to save, then follow the input live.

use crate::domain::formulir::{FormJabatan, FormPangkat, FormPegawai, FormPendidikan, Kesalahan, KonteksValidasi};
use crate::domain::id::Id;
use crate::domain::nip::{periksa_nik_terhadap_nip, JenisNomorInduk, Nik, Nip};
use crate::domain::pegawai::{JenisKelamin, JenisKenaikanPangkat, StatusPegawai};
use crate::rules::jabatan::{JenisJabatan, JenjangFungsional};
use crate::rules::pangkat::{GolonganPns, GolonganPppk};
use crate::rules::pendidikan::TingkatPendidikan;
use crate::ui::components::Judul;
use crate::ui::pages::TidakDitemukan;
use crate::ui::peramban::{hari_ini, id_baru, sekarang};
use crate::ui::providers::{navigasi, tx, use_bahasa, use_data, use_teks};
use crate::ui::route::Route;
use crate::ui::teks::{Bahasa, Teks};
use leptos::prelude::*;
use std::sync::Arc;

/// The element id of a field path: `pangkat.0.tmt` → `f-pangkat-0-tmt`.
fn id_medan(medan: &str) -> String {
    format!("f-{}", medan.replace('.', "-"))
}

/// Shared state of one form instance.
#[derive(Clone, Copy)]
struct Keadaan {
    form: RwSignal<FormPegawai>,
    galat: Memo<Vec<Kesalahan>>,
    bahasa: RwSignal<Bahasa>,
}

impl Keadaan {
    fn pesan(&self, medan: &str) -> Option<String> {
        let en = self.bahasa.get() == Bahasa::En;
        self.galat.with(|g| {
            g.iter().find(|k| k.medan == medan).map(|k| if en { k.pesan_en.clone() } else { k.pesan_id.clone() })
        })
    }
}

/// Label + control + inline error for one field. `kontrol` receives the element id and
/// the `aria-describedby`/`aria-invalid` values.
#[component]
fn Medan(
    k: Keadaan,
    /// Field path, e.g. `nip` or `pangkat.0.tmt`.
    #[prop(into)]
    medan: Signal<String>,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Hint under the label (format, example).
    #[prop(optional, into)]
    petunjuk: Option<Signal<String>>,
    /// Marks the field as required.
    #[prop(optional)]
    wajib: bool,
    /// Extra class for layout (`medan--lebar`).
    #[prop(optional)]
    kelas: &'static str,
    children: Children,
) -> impl IntoView {
    let galat_id = move || format!("{}-galat", id_medan(&medan.get()));
    let pesan = move || k.pesan(&medan.get());
    view! {
        <div class=format!("medan {kelas}") class:medan--galat=move || pesan().is_some()>
            <label for=move || id_medan(&medan.get())>
                {move || label.get()}
                {wajib.then(|| view! { <span class="wajib" aria-hidden="true">" *"</span> })}
            </label>
            {petunjuk.map(|p| view! { <span class="medan__petunjuk">{move || p.get()}</span> })}
            {children()}
            <p class="medan__galat" id=galat_id aria-live="polite">{pesan}</p>
        </div>
    }
}

type Baca = Arc<dyn Fn(&FormPegawai) -> String + Send + Sync>;
type Tulis = Arc<dyn Fn(&mut FormPegawai, String) + Send + Sync>;
type Pilihan = Arc<dyn Fn() -> Vec<(String, String)> + Send + Sync>;

/// A text/date/number input bound to a string field of the form. The closures are boxed so the
/// view is compiled once, not once per field (this keeps the wasm small).
fn masukan(
    k: Keadaan,
    medan: Signal<String>,
    jenis: &'static str,
    baca: impl Fn(&FormPegawai) -> String + Send + Sync + 'static,
    tulis: impl Fn(&mut FormPegawai, String) + Send + Sync + 'static,
) -> AnyView {
    masukan_dyn(k, medan, jenis, Arc::new(baca), Arc::new(tulis))
}

fn masukan_dyn(k: Keadaan, medan: Signal<String>, jenis: &'static str, baca: Baca, tulis: Tulis) -> AnyView {
    view! {
        <input
            type=jenis
            id=move || id_medan(&medan.get())
            aria-invalid=move || k.pesan(&medan.get()).is_some().then_some("true")
            aria-describedby=move || format!("{}-galat", id_medan(&medan.get()))
            prop:value=move || k.form.with(|f| baca(f))
            on:input=move |ev| { let v = event_target_value(&ev); k.form.update(|f| tulis(f, v)) }
        />
    }
    .into_any()
}

/// A select bound to a string field; `pilihan` are (value, label) pairs after an empty one.
fn pilihan_medan(
    k: Keadaan,
    medan: Signal<String>,
    kosong: Signal<String>,
    pilihan: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
    baca: impl Fn(&FormPegawai) -> String + Send + Sync + 'static,
    tulis: impl Fn(&mut FormPegawai, String) + Send + Sync + 'static,
) -> AnyView {
    pilihan_dyn(k, medan, kosong, Arc::new(pilihan), Arc::new(baca), Arc::new(tulis))
}

fn pilihan_dyn(
    k: Keadaan,
    medan: Signal<String>,
    kosong: Signal<String>,
    pilihan: Pilihan,
    baca: Baca,
    tulis: Tulis,
) -> AnyView {
    let baca2 = baca.clone();
    view! {
        <select
            id=move || id_medan(&medan.get())
            aria-invalid=move || k.pesan(&medan.get()).is_some().then_some("true")
            aria-describedby=move || format!("{}-galat", id_medan(&medan.get()))
            prop:value=move || k.form.with(|f| baca(f))
            on:change=move |ev| { let v = event_target_value(&ev); k.form.update(|f| tulis(f, v)) }
        >
            <option value="">{move || kosong.get()}</option>
            {move || {
                let terpilih = k.form.with(|f| baca2(f));
                pilihan().into_iter().map(|(v, l)| { let s = v == terpilih; view! { <option value=v selected=s>{l}</option> } }).collect_view()
            }}
        </select>
    }
    .into_any()
}

fn s(x: &'static str) -> Signal<String> {
    Signal::stored(x.to_string())
}

fn st(t: Signal<&'static Teks>, f: fn(&Teks) -> &'static str) -> Signal<String> {
    Signal::derive(move || f(t.get()).to_string())
}

/// The add (`id = None`) or edit form.
#[component]
pub fn FormulirPegawai(
    /// The pegawai to edit, or `None` to add one.
    id: Option<Id>,
) -> impl IntoView {
    let data = use_data();
    let awal = match &id {
        Some(id) => match data.data.with_untracked(|d| d.cari_pegawai(id).map(FormPegawai::dari_pegawai)) {
            Some(f) => f,
            None => return view! { <TidakDitemukan/> }.into_any(),
        },
        None => FormPegawai {
            status: "PNS".into(),
            pangkat: vec![FormPangkat {
                jenis_kenaikan: JenisKenaikanPangkat::PengangkatanCpns.kode(),
                ..FormPangkat::kosong(id_baru())
            }],
            jabatan: vec![FormJabatan::kosong(id_baru())],
            pendidikan: vec![FormPendidikan::kosong(id_baru())],
            ..FormPegawai::default()
        },
    };
    view! { <Isi id=id awal=awal/> }.into_any()
}

#[component]
fn Isi(id: Option<Id>, awal: FormPegawai) -> impl IntoView {
    let t = use_teks();
    let bahasa = use_bahasa();
    let data = use_data();
    let form = RwSignal::new(awal);
    let dicoba = RwSignal::new(false);
    let id_pegawai = StoredValue::new(id.clone().unwrap_or_else(id_baru));
    let sunting = id.is_some();

    let validasi = move |f: &FormPegawai| {
        let hari = hari_ini();
        data.data.with(|d| {
            let unit: Vec<Id> = d.unit_aktif().map(|u| u.id.clone()).collect();
            let sendiri = id_pegawai.get_value();
            let pemilik = |nip: &str| d.pemilik_nip(nip, Some(&sendiri)).map(|p| p.nama_lengkap());
            f.validasi(sendiri.clone(), &KonteksValidasi { hari_ini: hari, unit: &unit, pemilik_nip: &pemilik })
        })
    };
    let galat = Memo::new(
        move |_| if dicoba.get() { form.with(|f| validasi(f).err().unwrap_or_default()) } else { Vec::new() },
    );
    let k = Keadaan { form, galat, bahasa };

    // NIK warnings (never blocking), shown as soon as both numbers are valid.
    let peringatan_nik = move || {
        let en = bahasa.get() == Bahasa::En;
        form.with(|f| {
            let status = StatusPegawai::parse(&f.status).unwrap_or(StatusPegawai::Pns);
            match (Nik::parse(&f.nik), Nip::parse(&f.nip, JenisNomorInduk::untuk_status(status), hari_ini())) {
                (Ok(nik), Ok(nip)) => periksa_nik_terhadap_nip(&nik, &nip)
                    .iter()
                    .map(|w| if en { w.pesan_en() } else { w.pesan_id() })
                    .collect(),
                _ => Vec::new(),
            }
        })
    };

    // Filling the NIP fills tanggal lahir and jenis kelamin when they are still empty.
    Effect::new(move |_| {
        let (nip, status) = form.with(|f| (f.nip.clone(), f.status.clone()));
        let status = StatusPegawai::parse(&status).unwrap_or(StatusPegawai::Pns);
        if let Ok(n) = Nip::parse(&nip, JenisNomorInduk::untuk_status(status), hari_ini()) {
            let kosong = form.with_untracked(|f| f.tanggal_lahir.is_empty() || f.jenis_kelamin.is_empty());
            if kosong {
                form.update(|f| {
                    if f.tanggal_lahir.is_empty() {
                        f.tanggal_lahir = n.tanggal_lahir().iso();
                    }
                    if f.jenis_kelamin.is_empty() {
                        f.jenis_kelamin = match n.jenis_kelamin() {
                            JenisKelamin::Pria => "pria".into(),
                            JenisKelamin::Wanita => "wanita".into(),
                        };
                    }
                });
            }
        }
    });

    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        dicoba.set(true);
        match form.with_untracked(|f| validasi(f)) {
            Ok(hasil) => {
                let id = hasil.pegawai.id.clone();
                data.ubah(|d| [d.simpan_pegawai(hasil.pegawai, sekarang())]);
                navigasi(&Route::DetailPegawai(id));
            }
            Err(g) => {
                // Move focus to the first field in error so keyboard users land on it.
                if let Some(pertama) = g.first() {
                    let id = id_medan(&pertama.medan);
                    request_animation_frame(move || {
                        if let Some(el) = document().get_element_by_id(&id) {
                            use wasm_bindgen::JsCast;
                            if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                                let _ = el.focus();
                            }
                        }
                    });
                }
            }
        }
    };

    let pilihan_unit = move || data.pilihan_unit();
    let pppk = move || form.with(|f| f.status == "PPPK");

    let judul =
        Signal::derive(
            move || if sunting { t.get().ubah_pegawai.to_string() } else { t.get().tambah_pegawai.to_string() },
        );
    let batal_href = match &id {
        Some(id) => Route::DetailPegawai(id.clone()).href(),
        None => Route::DaftarPegawai.href(),
    };

    view! {
        <section class="halaman">
            <p class="remah"><a href="#/pegawai">{tx(|t| t.nav_pegawai)}</a>" › "</p>
            <Judul teks=judul/>
            <p class="petunjuk">{tx(|t| t.form_petunjuk)}</p>
            <Show when=move || !galat.with(Vec::is_empty)>
                <div class="ringkasan-galat" role="alert" id="ringkasan-galat">
                    <p>{move || (t.get().ada_galat)(galat.with(Vec::len))}</p>
                    <ul>
                        {move || {
                            let en = bahasa.get() == Bahasa::En;
                            galat.get().into_iter().map(|k| view! {
                                <li><a href=format!("#{}", id_medan(&k.medan)) on:click=move |ev| {
                                    ev.prevent_default();
                                    if let Some(el) = document().get_element_by_id(&id_medan(&k.medan)) {
                                        use wasm_bindgen::JsCast;
                                        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() { let _ = el.focus(); }
                                    }
                                }>{if en { k.pesan_en.clone() } else { k.pesan_id.clone() }}</a></li>
                            }).collect_view()
                        }}
                    </ul>
                </div>
            </Show>
            <form class="formulir" id="formulir-pegawai" novalidate on:submit=simpan>
                <fieldset class="formulir__bagian">
                    <legend>{tx(|t| t.identitas)}</legend>
                    <div class="formulir__kisi">
                        <Medan k=k medan=s("status") label=st(t, |t| t.status) wajib=true>
                            {pilihan_medan(k, s("status"), st(t, |t| t.pilih), || StatusPegawai::SEMUA.iter().map(|s| (s.kode().to_string(), s.kode().to_string())).collect(), |f| f.status.clone(), |f, v| f.status = v)}
                        </Medan>
                        <Medan k=k medan=s("nip") label=Signal::derive(move || if pppk() { "NI PPPK".to_string() } else { "NIP".to_string() }) wajib=true
                            petunjuk=Signal::derive(move || if pppk() { "19900913 2025 21 2 014".to_string() } else { "19860926 201505 1 001".to_string() })>
                            {masukan(k, s("nip"), "text", |f| f.nip.clone(), |f, v| f.nip = v)}
                        </Medan>
                        <Medan k=k medan=s("nama") label=st(t, |t| t.nama_tanpa_gelar) wajib=true kelas="medan--lebar">
                            {masukan(k, s("nama"), "text", |f| f.nama.clone(), |f, v| f.nama = v)}
                        </Medan>
                        <Medan k=k medan=s("gelar_depan") label=st(t, |t| t.gelar_depan)>
                            {masukan(k, s("gelar_depan"), "text", |f| f.gelar_depan.clone(), |f, v| f.gelar_depan = v)}
                        </Medan>
                        <Medan k=k medan=s("gelar_belakang") label=st(t, |t| t.gelar_belakang)>
                            {masukan(k, s("gelar_belakang"), "text", |f| f.gelar_belakang.clone(), |f, v| f.gelar_belakang = v)}
                        </Medan>
                        <Medan k=k medan=s("tempat_lahir") label=st(t, |t| t.tempat_lahir)>
                            {masukan(k, s("tempat_lahir"), "text", |f| f.tempat_lahir.clone(), |f, v| f.tempat_lahir = v)}
                        </Medan>
                        <Medan k=k medan=s("tanggal_lahir") label=st(t, |t| t.tanggal_lahir) wajib=true>
                            {masukan(k, s("tanggal_lahir"), "date", |f| f.tanggal_lahir.clone(), |f, v| f.tanggal_lahir = v)}
                        </Medan>
                        <Medan k=k medan=s("jenis_kelamin") label=st(t, |t| t.jenis_kelamin) wajib=true>
                            {pilihan_medan(k, s("jenis_kelamin"), st(t, |t| t.pilih), move || {
                                let en = bahasa.get() == Bahasa::En;
                                [("pria", JenisKelamin::Pria), ("wanita", JenisKelamin::Wanita)].iter().map(|(v, j)| (v.to_string(), if en { j.label_en() } else { j.label_id() }.to_string())).collect()
                            }, |f| f.jenis_kelamin.clone(), |f, v| f.jenis_kelamin = v)}
                        </Medan>
                        <Medan k=k medan=s("nik") label=s("NIK") petunjuk=st(t, |t| t.nik_petunjuk)>
                            {masukan(k, s("nik"), "text", |f| f.nik.clone(), |f, v| f.nik = v)}
                            {move || peringatan_nik().into_iter().map(|w| view! { <p class="peringatan">{w}</p> }).collect_view()}
                        </Medan>
                        <Medan k=k medan=s("unit_kerja") label=st(t, |t| t.unit_kerja) kelas="medan--lebar">
                            {pilihan_medan(k, s("unit_kerja"), st(t, |t| t.tanpa_unit), pilihan_unit, |f| f.unit_kerja.clone(), |f, v| f.unit_kerja = v)}
                        </Medan>
                    </div>
                </fieldset>

                <BagianRiwayatPangkat k=k pppk=Signal::derive(pppk)/>
                <BagianRiwayatJabatan k=k pilihan_unit=Signal::derive(pilihan_unit)/>
                <BagianRiwayatPendidikan k=k/>

                <div class="aksi aksi--lekat">
                    <button type="submit" class="tombol tombol--utama" id="simpan-pegawai">{tx(|t| t.simpan)}</button>
                    <a class="tombol" href=batal_href>{tx(|t| t.batal)}</a>
                </div>
            </form>
        </section>
    }
}

/// A history row of the form (pangkat, jabatan, pendidikan), so the three history sections
/// share one implementation of rows, field paths, adding and removing.
trait BarisForm: Send + Sync + 'static {
    /// Field path prefix and element-id stem: `pangkat` → `pangkat.0.tmt`, `#tambah-pangkat`.
    const AWALAN: &'static str;
    fn daftar(f: &FormPegawai) -> &Vec<Self>
    where
        Self: Sized;
    fn daftar_mut(f: &mut FormPegawai) -> &mut Vec<Self>
    where
        Self: Sized;
    fn id(&self) -> &Id;
    fn baru() -> Self
    where
        Self: Sized;
}

/// `impl BarisForm` for a row type stored in `FormPegawai::$medan`.
macro_rules! baris_form {
    ($jenis:ty, $medan:ident) => {
        impl BarisForm for $jenis {
            const AWALAN: &'static str = stringify!($medan);
            fn daftar(f: &FormPegawai) -> &Vec<Self> {
                &f.$medan
            }
            fn daftar_mut(f: &mut FormPegawai) -> &mut Vec<Self> {
                &mut f.$medan
            }
            fn id(&self) -> &Id {
                &self.id
            }
            fn baru() -> Self {
                <$jenis>::kosong(id_baru())
            }
        }
    };
}
baris_form!(FormPangkat, pangkat);
baris_form!(FormJabatan, jabatan);
baris_form!(FormPendidikan, pendidikan);

/// One row while it is shown: its position-based field paths and accessors by row id (the id
/// stays put while rows above it are removed).
struct Baris<T> {
    k: Keadaan,
    rid: StoredValue<Id>,
    posisi: Signal<usize>,
    _jenis: std::marker::PhantomData<fn() -> T>,
}

impl<T> Clone for Baris<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Baris<T> {}

impl<T: BarisForm> Baris<T> {
    /// The field path of field `x` of this row, e.g. `pangkat.1.tmt`.
    fn medan(self, x: &'static str) -> Signal<String> {
        let posisi = self.posisi;
        Signal::derive(move || format!("{}.{}.{x}", T::AWALAN, posisi.get()))
    }
    fn baca(self, g: fn(&T) -> String) -> impl Fn(&FormPegawai) -> String + Send + Sync + 'static {
        let rid = self.rid;
        move |f| T::daftar(f).iter().find(|r| *r.id() == rid.get_value()).map(g).unwrap_or_default()
    }
    fn tulis(self, g: fn(&mut T, String)) -> impl Fn(&mut FormPegawai, String) + Send + Sync + 'static {
        let rid = self.rid;
        move |f, v| {
            if let Some(r) = T::daftar_mut(f).iter_mut().find(|r| *r.id() == rid.get_value()) {
                g(r, v)
            }
        }
    }
    /// A text/date/number field of this row.
    fn masukan(
        self,
        x: &'static str,
        jenis: &'static str,
        baca: fn(&T) -> String,
        tulis: fn(&mut T, String),
    ) -> AnyView {
        masukan(self.k, self.medan(x), jenis, self.baca(baca), self.tulis(tulis))
    }
}

/// A history section: its rows (each with a remove button) and an add button.
fn bagian_riwayat<T: BarisForm>(
    k: Keadaan,
    judul: fn(&'static Teks) -> &'static str,
    tambah: fn(&'static Teks) -> &'static str,
    isi: impl Fn(Baris<T>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let isi = Arc::new(isi);
    let baris = move || k.form.with(|f| T::daftar(f).iter().map(|r| r.id().clone()).collect::<Vec<_>>());
    view! {
        <fieldset class="formulir__bagian" id=format!("bagian-{}", T::AWALAN)>
            <legend>{tx(judul)}</legend>
            <For
                each=baris
                key=|id| id.clone()
                children=move |rid| {
                    let rid = StoredValue::new(rid);
                    let posisi = Signal::derive(move || {
                        k.form.with(|f| T::daftar(f).iter().position(|r| *r.id() == rid.get_value()).unwrap_or(usize::MAX))
                    });
                    let b = Baris::<T> { k, rid, posisi, _jenis: std::marker::PhantomData };
                    view! {
                        <div class="baris-riwayat">
                            {isi(b)}
                            <button
                                type="button"
                                class="tombol tombol--kecil tombol--teks"
                                on:click=move |_| k.form.update(|f| T::daftar_mut(f).retain(|r| *r.id() != rid.get_value()))
                            >
                                {tx(|t| t.hapus_baris)}
                            </button>
                        </div>
                    }
                }
            />
            <button
                type="button"
                class="tombol tombol--kecil"
                id=format!("tambah-{}", T::AWALAN)
                on:click=move |_| k.form.update(|f| T::daftar_mut(f).push(T::baru()))
            >
                {tx(tambah)}
            </button>
        </fieldset>
    }
}

#[component]
fn BagianRiwayatPangkat(k: Keadaan, pppk: Signal<bool>) -> impl IntoView {
    let t = use_teks();
    let bahasa = use_bahasa();
    bagian_riwayat::<FormPangkat>(
        k,
        |t| t.riwayat_pangkat,
        |t| t.tambah_riwayat_pangkat,
        move |b| {
            let golongan = move || {
                if pppk.get() {
                    GolonganPppk::semua().map(|g| (g.kode().to_string(), format!("{} (PPPK)", g.kode()))).collect()
                } else {
                    GolonganPns::semua().map(|g| (g.kode().to_string(), g.pangkat_golongan())).collect()
                }
            };
            let jenis = move || {
                let en = bahasa.get() == Bahasa::En;
                JenisKenaikanPangkat::SEMUA
                    .iter()
                    .map(|j| (j.kode(), if en { j.label_en() } else { j.label_id() }.to_string()))
                    .collect()
            };
            view! {
            <Medan k=k medan=b.medan("golongan") label=st(t, |t| t.golongan) wajib=true>
                {pilihan_medan(k, b.medan("golongan"), st(t, |t| t.pilih), golongan, b.baca(|r| r.golongan.clone()), b.tulis(|r, v| r.golongan = v))}
            </Medan>
            <Medan k=k medan=b.medan("tmt") label=s("TMT") wajib=true>
                {b.masukan("tmt", "date", |r| r.tmt.clone(), |r, v| r.tmt = v)}
            </Medan>
            <Medan k=k medan=b.medan("jenis_kenaikan") label=st(t, |t| t.jenis_kenaikan) wajib=true>
                {pilihan_medan(k, b.medan("jenis_kenaikan"), st(t, |t| t.pilih), jenis, b.baca(|r| r.jenis_kenaikan.clone()), b.tulis(|r, v| r.jenis_kenaikan = v))}
            </Medan>
            <Medan k=k medan=b.medan("nomor_sk") label=st(t, |t| t.nomor_sk)>
                {b.masukan("nomor_sk", "text", |r| r.nomor_sk.clone(), |r, v| r.nomor_sk = v)}
            </Medan>
            <Medan k=k medan=b.medan("tanggal_sk") label=st(t, |t| t.tanggal_sk)>
                {b.masukan("tanggal_sk", "date", |r| r.tanggal_sk.clone(), |r, v| r.tanggal_sk = v)}
            </Medan>
        }
        .into_any()
        },
    )
}

#[component]
fn BagianRiwayatJabatan(k: Keadaan, pilihan_unit: Signal<Vec<(String, String)>>) -> impl IntoView {
    let t = use_teks();
    let bahasa = use_bahasa();
    bagian_riwayat::<FormJabatan>(
        k,
        |t| t.riwayat_jabatan,
        |t| t.tambah_riwayat_jabatan,
        move |b| {
            let fungsional = move || k.form.with(b.baca(|r| r.jenis.clone())) == JenisJabatan::Fungsional.kode();
            let jenis = move || {
                let en = bahasa.get() == Bahasa::En;
                JenisJabatan::SEMUA
                    .iter()
                    .map(|j| (j.kode().to_string(), if en { j.label_en() } else { j.label_id() }.to_string()))
                    .collect()
            };
            view! {
            <Medan k=k medan=b.medan("jenis") label=st(t, |t| t.jenis_jabatan) wajib=true>
                {pilihan_medan(k, b.medan("jenis"), st(t, |t| t.pilih), jenis, b.baca(|r| r.jenis.clone()), b.tulis(|r, v| r.jenis = v))}
            </Medan>
            <Medan k=k medan=b.medan("nama") label=st(t, |t| t.nama_jabatan) wajib=true kelas="medan--lebar">
                {b.masukan("nama", "text", |r| r.nama.clone(), |r, v| r.nama = v)}
            </Medan>
            <Show when=fungsional>
                <Medan k=k medan=b.medan("jenjang") label=st(t, |t| t.jenjang) wajib=true>
                    {pilihan_medan(k, b.medan("jenjang"), st(t, |t| t.pilih),
                        || JenjangFungsional::semua().map(|j| (j.label().to_string(), j.label().to_string())).collect(),
                        b.baca(|r| r.jenjang.clone()), b.tulis(|r, v| r.jenjang = v))}
                </Medan>
            </Show>
            <Medan k=k medan=b.medan("unit_kerja") label=st(t, |t| t.unit_kerja)>
                {pilihan_medan(k, b.medan("unit_kerja"), st(t, |t| t.tanpa_unit), move || pilihan_unit.get(), b.baca(|r| r.unit_kerja.clone()), b.tulis(|r, v| r.unit_kerja = v))}
            </Medan>
            <Medan k=k medan=b.medan("tmt") label=s("TMT") wajib=true>
                {b.masukan("tmt", "date", |r| r.tmt.clone(), |r, v| r.tmt = v)}
            </Medan>
            <Medan k=k medan=b.medan("nomor_sk") label=st(t, |t| t.nomor_sk)>
                {b.masukan("nomor_sk", "text", |r| r.nomor_sk.clone(), |r, v| r.nomor_sk = v)}
            </Medan>
            <Medan k=k medan=b.medan("tanggal_sk") label=st(t, |t| t.tanggal_sk)>
                {b.masukan("tanggal_sk", "date", |r| r.tanggal_sk.clone(), |r, v| r.tanggal_sk = v)}
            </Medan>
        }
        .into_any()
        },
    )
}

#[component]
fn BagianRiwayatPendidikan(k: Keadaan) -> impl IntoView {
    let t = use_teks();
    bagian_riwayat::<FormPendidikan>(
        k,
        |t| t.riwayat_pendidikan,
        |t| t.tambah_riwayat_pendidikan,
        move |b| {
            view! {
                <Medan k=k medan=b.medan("tingkat") label=st(t, |t| t.tingkat) wajib=true>
                    {pilihan_medan(k, b.medan("tingkat"), st(t, |t| t.pilih),
                        || TingkatPendidikan::semua().map(|j| (j.label().to_string(), j.label().to_string())).collect(),
                        b.baca(|r| r.tingkat.clone()), b.tulis(|r, v| r.tingkat = v))}
                </Medan>
                <Medan k=k medan=b.medan("jurusan") label=st(t, |t| t.jurusan)>
                    {b.masukan("jurusan", "text", |r| r.jurusan.clone(), |r, v| r.jurusan = v)}
                </Medan>
                <Medan k=k medan=b.medan("institusi") label=st(t, |t| t.institusi) kelas="medan--lebar">
                    {b.masukan("institusi", "text", |r| r.institusi.clone(), |r, v| r.institusi = v)}
                </Medan>
                <Medan k=k medan=b.medan("tahun_lulus") label=st(t, |t| t.tahun_lulus) wajib=true>
                    {b.masukan("tahun_lulus", "number", |r| r.tahun_lulus.clone(), |r, v| r.tahun_lulus = v)}
                </Medan>
            }
            .into_any()
        },
    )
}
