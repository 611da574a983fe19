//! The practice tools. (Being written.)

use leptos::prelude::*;

use crate::components::set_title;

/// The three tools.
#[component]
pub fn PracticeIndex() -> impl IntoView {
    set_title("Practice");
    view! { <article class="page"><h1>"Practice tools"</h1></article> }
}

/// The genetic-code-of-control audit.
#[component]
pub fn AuditPage() -> impl IntoView {
    set_title("Genetic-code audit");
    view! { <article class="page"><h1>"Genetic-code audit"</h1></article> }
}

/// The intent log.
#[component]
pub fn IntentLogPage() -> impl IntoView {
    set_title("Intent log");
    view! { <article class="page"><h1>"Intent log"</h1></article> }
}

/// The phrase coach.
#[component]
pub fn PhraseCoachPage() -> impl IntoView {
    set_title("Phrase coach");
    view! { <article class="page"><h1>"Phrase coach"</h1></article> }
}
