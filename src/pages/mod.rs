//! One module per screen. Pages read the shared state and the content and
//! call state methods; they do not parse, score or save by themselves.

pub mod answer;
pub mod assess;
pub mod checklist;
pub mod data;
pub mod home;
pub mod model;
pub mod not_found;
pub mod pillars;
pub mod practice;
pub mod report;
pub mod rounds;
pub mod steps;
pub mod stories;

use leptos::prelude::*;

/// A list of paragraphs.
pub fn paragraphs(texts: &'static [&'static str]) -> impl IntoView {
    texts.iter().map(|t| view! { <p>{*t}</p> }).collect_view()
}
