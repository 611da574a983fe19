//! The two worked examples, the three common mistakes and the origin story.

use leptos::prelude::*;

use crate::components::set_title;
use crate::content::{EXAMPLES, MISTAKES, ORIGIN};
use crate::pages::{citing_the_book, paragraphs};
use crate::text::journey;

/// Stories from the book: what worked, what failed, and where it began.
#[component]
pub fn StoriesPage() -> impl IntoView {
    let words = journey::stories();
    set_title(words.title);
    let examples = EXAMPLES
        .iter()
        .map(|e| {
            view! {
                <section class=format!("example card example-{}", e.id) aria-labelledby=format!("example-{}", e.id)>
                    <p class="example-ship">{e.ship()}</p>
                    <h3 id=format!("example-{}", e.id)>{e.title()}</h3>
                    {paragraphs(e.paragraphs())}
                    <p class="outcome"><strong>{words.outcome} " "</strong>{e.outcome()}</p>
                    <p class="lesson"><strong>{words.lesson} " "</strong>{e.lesson()}</p>
                </section>
            }
        })
        .collect_view();
    let mistakes = MISTAKES
        .iter()
        .map(|m| {
            view! {
                <li>
                    <h3>{m.title()}</h3>
                    <p>{m.explanation()}</p>
                </li>
            }
        })
        .collect_view();
    let origin = ORIGIN
        .iter()
        .map(|o| {
            view! {
                <li>
                    <h3>{o.ship()}</h3>
                    {paragraphs(o.paragraphs())}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="page stories">
            <h1>{words.heading}</h1>
            <section aria-labelledby="examples-heading">
                <h2 id="examples-heading">{words.examples}</h2>
                <div class="two-col">{examples}</div>
            </section>
            <section aria-labelledby="mistakes-heading">
                <h2 id="mistakes-heading">{words.mistakes}</h2>
                <ol class="mistakes">{mistakes}</ol>
            </section>
            <section aria-labelledby="origin-heading">
                <h2 id="origin-heading">{words.origin}</h2>
                <ol class="timeline">{origin}</ol>
            </section>
            <section aria-labelledby="source-heading">
                <h2 id="source-heading">{words.source}</h2>
                <p>{citing_the_book(words.source_text)}</p>
            </section>
        </article>
    }
}
