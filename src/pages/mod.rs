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

/// Marquet's phrase as he wrote it, which the other languages quote beside
/// their own (content/GLOSSARY.md).
const ORIGINAL_PHRASE: &str = "I intend to…";

/// A text with Marquet's original phrase, where another language quotes
/// it, marked as English, so a screen reader says it in English.
pub fn prose(text: &'static str) -> impl IntoView {
    let pieces: Vec<&'static str> = if crate::text::lang() == crate::text::Lang::En {
        vec![text]
    } else {
        text.split(ORIGINAL_PHRASE).collect()
    };
    let last = pieces.len() - 1;
    pieces
        .into_iter()
        .enumerate()
        .map(move |(i, piece)| {
            // An empty text would be written as a space in the built page.
            let piece = (!piece.is_empty()).then_some(piece);
            let original = (i < last).then(|| view! { <span lang="en">{ORIGINAL_PHRASE}</span> });
            view! { {piece}{original} }
        })
        .collect_view()
}

/// A list of paragraphs.
pub fn paragraphs(texts: &'static [&'static str]) -> impl IntoView {
    texts
        .iter()
        .map(|t| view! { <p>{prose(t)}</p> })
        .collect_view()
}

// Natively only: the test renders in German (a WebAssembly build carries one
// language).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::text::{set_lang, Lang};

    /// The original phrase on a German page is marked as English, each time
    /// and only there; on an English page nothing is marked.
    #[test]
    fn the_original_phrase_is_marked_as_english_on_other_languages_pages() {
        set_lang(Lang::De);
        let html = crate::prerender::render("/steps/act-your-way").html;
        set_lang(Lang::En);
        let quoted = html.matches("I intend to…").count();
        assert!(quoted >= 1, "the German step quotes the original");
        assert_eq!(
            html.matches("<span lang=\"en\">I intend to…</span>")
                .count(),
            quoted,
            "{html}"
        );
        let english = crate::prerender::render("/steps/act-your-way").html;
        assert!(!english.contains("<span lang=\"en\">"));
    }
}
