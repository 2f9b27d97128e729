//! The current route, from the location hash.

use crate::ui::route::Route;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct RuteContext(pub ReadSignal<Route>);

pub fn provide_rute() {
    let hash = || window().location().hash().unwrap_or_default();
    let (rute, set_rute) = signal(Route::parse(&hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| set_rute.set(Route::parse(&hash())));
    on_cleanup(move || handle.remove());
    provide_context(RuteContext(rute));
}

pub fn use_rute() -> ReadSignal<Route> {
    expect_context::<RuteContext>().0
}

/// Goes to a route (as a link would).
pub fn navigasi(r: &Route) {
    let _ = window().location().set_hash(&r.href());
}
