//! `/answer#LLI1-…`: the page a colleague opens from an invitation. It never
//! reads or changes the visitor's own saved data. In the wasm's `answer`
//! piece, which nothing else uses, so a colleague opening it cold fetches
//! only the main module and this piece.

use leptos::prelude::*;

use crate::components::set_title;

/// The answer page.
#[component]
pub fn AnswerPage() -> impl IntoView {
    set_title("Answer a team round");
    view! {
        <article class="page answer">
            <h1>"Answer a team round"</h1>
        </article>
    }
}
