//! The page heading: sets the document title and takes focus on every navigation, so screen
//! reader and keyboard users land on the new page's heading.

use crate::ui::peramban::set_judul;
use leptos::prelude::*;

/// `<h1>` of a page.
#[component]
pub fn Judul(
    /// The heading text (reactive, e.g. follows the language).
    #[prop(into)]
    teks: Signal<String>,
) -> impl IntoView {
    let h1 = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| set_judul(&teks.get()));
    Effect::new(move |_| {
        if let Some(el) = h1.get() {
            let _ = el.focus();
        }
    });
    view! {
        <h1 class="halaman__judul" tabindex="-1" node_ref=h1>
            {move || teks.get()}
        </h1>
    }
}
