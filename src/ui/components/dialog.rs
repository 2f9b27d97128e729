//! A modal confirmation built on the native `<dialog>` (focus trapping and Esc for free).

use leptos::prelude::*;

/// A modal dialog shown while `terbuka` is true. Closing it (Esc or a button) sets it false.
#[component]
pub fn Dialog(
    /// Whether the dialog is open.
    terbuka: RwSignal<bool>,
    /// The dialog's heading.
    #[prop(into)]
    judul: Signal<String>,
    /// The dialog's id, for tests and `aria` references.
    #[prop(into)]
    id: String,
    children: ChildrenFn,
) -> impl IntoView {
    let el = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        if let Some(d) = el.get() {
            if terbuka.get() {
                if !d.open() {
                    let _ = d.show_modal();
                }
            } else if d.open() {
                d.close();
            }
        }
    });
    let judul_id = format!("{id}-judul");
    let judul_id_attr = judul_id.clone();
    view! {
        <dialog class="dialog" id=id node_ref=el aria-labelledby=judul_id_attr on:close=move |_| terbuka.set(false)>
            <h2 class="dialog__judul" id=judul_id>{move || judul.get()}</h2>
            {move || terbuka.get().then(|| children())}
        </dialog>
    }
}
