//! Shown for any address the app does not know.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::set_title;
use crate::paths::{self, href};

/// The page for an unknown address, with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    set_title("Page not found");
    let location = use_location();
    let asked = move || paths::app_path(&location.pathname.get());
    // Natively this is 404.html, for whatever address GitHub Pages finds
    // nothing at: the address is shown once the app runs.
    let at = move || {
        if cfg!(target_arch = "wasm32") {
            view! { <code>{asked}</code> }.into_any()
        } else {
            "this address".into_any()
        }
    };
    view! {
        <article class="page not-found">
            <h1>"This page does not exist"</h1>
            <p>
                "There is nothing at " {at}
                ". The link may be mistyped, or the page may have moved."
            </p>
            <p>
                <a class="button" href=href("/")>"Go to the home page"</a>
                " "
                <a class="button secondary" href=href("/steps")>"See the four steps"</a>
            </p>
        </article>
    }
}
