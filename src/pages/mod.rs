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

/// A sentence that names the book: its `{book}` placeholder becomes the
/// cited title, and `{author}`, `{year}` and `{kind}` are filled in.
pub fn citing_the_book(text: &'static str) -> impl IntoView {
    use crate::content::SOURCE;
    let (before, after) = crate::components::around(text, "book");
    let book = crate::text::fill(
        crate::text::shell::layout().book,
        &[("title", SOURCE.title()), ("subtitle", SOURCE.subtitle())],
    );
    let after = after.map(|text| {
        crate::text::fill(
            text,
            &[
                ("author", SOURCE.author()),
                ("year", &SOURCE.year.to_string()),
                ("kind", SOURCE.kind()),
            ],
        )
    });
    view! { {before}<cite>{book}</cite>{after} }
}

/// A list of paragraphs.
pub fn paragraphs(texts: &'static [&'static str]) -> impl IntoView {
    texts.iter().map(|t| view! { <p>{*t}</p> }).collect_view()
}
