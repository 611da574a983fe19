//! Team rounds, for the person asking: the list of rounds and starting one
//! (`/rounds`), one round with its invitation, the codes pasted in, closing
//! and the results (`/rounds/<id>`), and a reply link a colleague sent
//! (`/rounds/add#LLA1-…`). All in the wasm's `rounds` piece.

pub mod reminder;
pub mod results;

use leptos::prelude::*;

use crate::components::set_title;

/// `/rounds`: the visitor's rounds, and starting a new one.
#[component]
pub fn RoundsPage() -> impl IntoView {
    set_title("Ask your team");
    view! {
        <article class="page rounds">
            <h1>"Ask your team"</h1>
        </article>
    }
}

/// `/rounds/<id>`: one round.
#[component]
pub fn RoundPage() -> impl IntoView {
    set_title("Team round");
    view! {
        <article class="page round">
            <h1>"Team round"</h1>
        </article>
    }
}

/// `/rounds/add#LLA1-…`: a reply link, which adds the answer it carries.
#[component]
pub fn AddPage() -> impl IntoView {
    set_title("Add an answer");
    view! {
        <article class="page round-add">
            <h1>"Add an answer"</h1>
        </article>
    }
}
