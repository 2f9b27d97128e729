//! The backup reminder: when the last full export was taken here, and after how many days
//! without one the app reminds. Both are settings of this browser (small keys), not data.

use crate::domain::tanggal::Stempel;
use gloo_storage::Storage as _;
use leptos::prelude::*;

const KUNCI_EKSPOR: &str = "jenjang.ekspor-terakhir";
const KUNCI_HARI: &str = "jenjang.pengingat-hari";
/// Remind after a week without a backup unless the user chose otherwise.
pub const HARI_BAKU: u32 = 7;

#[derive(Clone, Copy)]
pub struct PengingatContext {
    pub ekspor_terakhir: RwSignal<Option<Stempel>>,
    pub setiap_hari: RwSignal<u32>,
}

fn storage_ada() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

pub fn provide_pengingat() {
    let (ekspor, hari) = if storage_ada() {
        (
            gloo_storage::LocalStorage::get::<String>(KUNCI_EKSPOR).ok().and_then(|s| Stempel::parse_rfc3339(&s)),
            gloo_storage::LocalStorage::get::<u32>(KUNCI_HARI).unwrap_or(HARI_BAKU),
        )
    } else {
        (None, HARI_BAKU)
    };
    let ctx = PengingatContext { ekspor_terakhir: RwSignal::new(ekspor), setiap_hari: RwSignal::new(hari) };
    Effect::new(move |_| {
        let (e, h) = (ctx.ekspor_terakhir.get(), ctx.setiap_hari.get());
        if storage_ada() {
            // Failing to remember a setting is harmless: the reminder just comes back.
            if let Some(e) = e {
                let _ = gloo_storage::LocalStorage::set(KUNCI_EKSPOR, e.rfc3339());
            }
            let _ = gloo_storage::LocalStorage::set(KUNCI_HARI, h);
        }
    });
    provide_context(ctx);
}

pub fn use_pengingat() -> PengingatContext {
    expect_context::<PengingatContext>()
}
