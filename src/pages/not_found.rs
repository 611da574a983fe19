//! Shown for any address the app does not know.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::{around, set_title};
use crate::paths::{self, href};
use crate::text::journey;

/// The page for an unknown address, with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let words = journey::not_found();
    set_title(words.title);
    let location = use_location();
    let asked = move || paths::app_path(&location.pathname.get());
    // Natively this is 404.html, for whatever address GitHub Pages finds
    // nothing at: the address is shown once the app runs.
    let at = move || {
        if cfg!(target_arch = "wasm32") {
            view! { <code>{asked}</code> }.into_any()
        } else {
            words.this_address.into_any()
        }
    };
    let (before, after) = around(words.text, "address");
    view! {
        <article class="page not-found">
            <h1>{words.heading}</h1>
            <p>{before} {at} {after}</p>
            <p>
                <a class="button" href=href("/")>{words.home}</a>
                " "
                <a class="button secondary" href=href("/steps")>{words.steps}</a>
            </p>
        </article>
    }
}
