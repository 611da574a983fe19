//! A round's results, once it is closed with enough answers, and the trend
//! across rounds of one kind.

use leptos::prelude::*;

use crate::model::rounds::RoundId;

/// The results of one round (shown on its page once it is closed).
#[component]
pub fn RoundResults(round: RoundId) -> impl IntoView {
    let _ = round;
    view! { <section class="round-results"></section> }
}

/// Rounds of one kind over time (`kind`: "about-me" or "team").
#[component]
pub fn RoundsTrend(kind: &'static str) -> impl IntoView {
    let _ = kind;
    view! { <section class="rounds-trend"></section> }
}
