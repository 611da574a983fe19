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
    view! {
        <article class="page not-found">
            <h1>"This page does not exist"</h1>
            <p>
                "There is nothing at " <code>{asked}</code>
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
