//! The self-assessment: questions, results and history. (Being written.)

use leptos::prelude::*;

use crate::components::set_title;

/// The questionnaire.
#[component]
pub fn AssessPage() -> impl IntoView {
    set_title("Self-assessment");
    view! { <article class="page"><h1>"Self-assessment"</h1></article> }
}

/// The latest results.
#[component]
pub fn ResultsPage() -> impl IntoView {
    set_title("Your results");
    view! { <article class="page"><h1>"Your results"</h1></article> }
}

/// Every past assessment.
#[component]
pub fn HistoryPage() -> impl IntoView {
    set_title("Your assessments over time");
    view! { <article class="page"><h1>"Your assessments over time"</h1></article> }
}
