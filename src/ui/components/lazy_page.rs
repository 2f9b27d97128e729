//! Pages whose code is loaded on demand from a wasm chunk of their own, so that the first load
//! carries only the home page, the pegawai register and the data load/save path.
//!
//! The release build (trunk, with the cargo feature `split` set in index.html) marks each lazy
//! page a split point of `wasm_split_helpers` (leptos' `#[lazy]` machinery); the post-build hook
//! `scripts/pasca-build.py` cuts the cargo output into the main module and one chunk per split
//! with `wasm-split-cli`. Without the feature (native code, `cargo test --target wasm32…`
//! through wasm-bindgen-test-runner, which runs no splitter) the same declaration is a plain
//! function that renders the page at once, so nothing changes there.
//!
//! Unlike `#[lazy]`, the split is `fallible`: a chunk that cannot be fetched (offline before the
//! service worker stored it, a host that lost the file) shows a message and a retry button
//! instead of a panic, which would abort the whole app.

use leptos::prelude::*;

/// Declares `fn name(arg: T) -> AnyView`, the view of a page, which the split build loads
/// from the wasm chunk `chunk` (shown as [`LazyPage`] until it is there):
///
/// ```ignore
/// lazy_page!(
///     /// The SKP page.
///     pub fn skp(id: Id) in skp => view! { <pages::HalamanSkp id=id/> }
/// );
/// ```
///
/// The view expression may use only `arg`: it becomes a function pointer into the chunk.
/// Pages with the same `chunk` share one file.
macro_rules! lazy_page {
    ($(#[$meta:meta])* $vis:vis fn $nama:ident($arg:ident: $t:ty) in $chunk:ident => $view:expr) => {
        $(#[$meta])*
        $vis fn $nama($arg: $t) -> ::leptos::prelude::AnyView {
            #[cfg(not(feature = "split"))]
            {
                ::leptos::prelude::IntoAny::into_any($view)
            }
            #[cfg(feature = "split")]
            {
                // The split point: its body (and all the page code only it reaches) goes into
                // the chunk; calling it fetches and instantiates the chunk first.
                #[::leptos::wasm_split::wasm_split(
                    $chunk,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible
                )]
                fn $nama() -> ::core::result::Result<
                    fn($t) -> ::leptos::prelude::AnyView,
                    ::leptos::wasm_split::SplitLoaderError,
                > {
                    let buat: fn($t) -> ::leptos::prelude::AnyView =
                        |$arg| ::leptos::prelude::IntoAny::into_any($view);
                    Ok(buat)
                }
                use $crate::ui::components::LazyPage;
                ::leptos::prelude::IntoAny::into_any(::leptos::prelude::view! { <LazyPage muat=$nama arg=$arg/> })
            }
        }
    };
}
pub(crate) use lazy_page;

/// Where a lazy page is: loading its chunk, ready (with the function that renders it), or
/// failed to load.
enum Keadaan<A: 'static> {
    Memuat,
    Siap(fn(A) -> AnyView),
    Gagal,
}

// By hand: a derive would ask `A: Copy`, but a function pointer is `Copy` whatever it takes.
impl<A> Clone for Keadaan<A> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<A> Copy for Keadaan<A> {}

/// A page from a wasm chunk: a short busy state while the chunk loads, then the page; if the
/// chunk cannot be loaded, a message with a retry button (nothing is cached on failure, so a
/// retry fetches again).
#[component]
pub fn LazyPage<A, F, Fut>(
    /// Loads the chunk and returns the function that renders the page (the split point).
    muat: F,
    /// What the page is rendered with (its id, period…).
    arg: A,
) -> impl IntoView
where
    A: Clone + Send + Sync + 'static,
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<fn(A) -> AnyView, leptos::wasm_split::SplitLoaderError>> + 'static,
{
    let keadaan = RwSignal::new(Keadaan::<A>::Memuat);
    let mulai = move || {
        keadaan.set(Keadaan::Memuat);
        leptos::task::spawn_local(async move {
            let hasil = match muat().await {
                Ok(buat) => Keadaan::Siap(buat),
                Err(_) => Keadaan::Gagal,
            };
            // The page may have been left meanwhile: then there is nothing to update.
            keadaan.try_set(hasil);
        });
    };
    mulai();
    let t = crate::ui::providers::use_teks();
    move || match keadaan.get() {
        Keadaan::Memuat => view! {
            <section class="halaman" aria-busy="true">
                <p class="halaman__memuat" role="status">{crate::ui::providers::tx(|t| t.halaman_memuat)}</p>
            </section>
        }
        .into_any(),
        Keadaan::Siap(buat) => buat(arg.clone()),
        Keadaan::Gagal => view! {
            <section class="halaman" id="halaman-gagal-dimuat">
                <super::Judul teks=Signal::derive(move || t.get().halaman_gagal_judul.to_string())/>
                <p role="alert">{crate::ui::providers::tx(|t| t.halaman_gagal_isi)}</p>
                <p>
                    <button type="button" class="tombol" on:click=move |_| mulai()>
                        {crate::ui::providers::tx(|t| t.halaman_coba_lagi)}
                    </button>
                </p>
            </section>
        }
        .into_any(),
    }
}
