//! The model at a glance: the problem, who it suits, the core idea, the seven
//! principles and the language of intent.

use leptos::prelude::*;

use crate::components::set_title;
use crate::content::{intent_language, overview, PRINCIPLES};
use crate::pages::{citing_the_book, paragraphs};
use crate::paths::href;
use crate::text::journey;

/// The overview of the leader-leader model.
#[component]
pub fn ModelPage() -> impl IntoView {
    let words = journey::model();
    set_title(words.title);
    let principles = PRINCIPLES
        .iter()
        .map(|p| {
            view! {
                <li class="principle">
                    <h3>{p.title()}</h3>
                    <p>{p.explanation()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="page model">
            <h1>{words.heading}</h1>
            <dl class="facts">
                <div><dt>{words.what_it_is}</dt><dd>{overview().name}</dd></div>
                <div><dt>{words.field}</dt><dd>{overview().category}</dd></div>
                <div><dt>{words.time_to_results}</dt><dd>{overview().time_to_results}</dd></div>
                <div>
                    <dt>{words.source}</dt>
                    <dd>{citing_the_book(words.source_text)}</dd>
                </div>
            </dl>

            <section aria-labelledby="problem-heading">
                <h2 id="problem-heading">{words.problem}</h2>
                <p>{overview().problem}</p>
                <div class="two-col">
                    <div class="card suits">
                        <h3>{words.suits}</h3>
                        <p>{overview().suited_to}</p>
                    </div>
                    <div class="card not-suits">
                        <h3>{words.not_suits}</h3>
                        <p>{overview().not_suited_to}</p>
                    </div>
                </div>
            </section>

            <section aria-labelledby="idea-heading">
                <h2 id="idea-heading">{words.core_idea}</h2>
                {paragraphs(overview().core_idea)}
                <blockquote class="key-insight">
                    <p>{overview().key_insight}</p>
                </blockquote>
            </section>

            <section aria-labelledby="empower-heading">
                <h2 id="empower-heading">{words.empowerment}</h2>
                <p>{overview().why_empowerment_fails}</p>
            </section>

            <section aria-labelledby="last-heading">
                <h2 id="last-heading">{words.results_last}</h2>
                <p>{overview().durability}</p>
            </section>

            <section aria-labelledby="principles-heading">
                <h2 id="principles-heading">{words.principles}</h2>
                <ol class="principles">{principles}</ol>
            </section>

            <section aria-labelledby="intent-heading" id="intent">
                <h2 id="intent-heading">{intent_language().title}</h2>
                {paragraphs(intent_language().paragraphs)}
                <div class="phrase-pair">
                    <p class="phrase before">
                        <span class="phrase-label">{words.instead_of}</span>
                        {intent_language().before}
                    </p>
                    <p class="phrase after">
                        <span class="phrase-label">{words.say}</span>
                        {intent_language().after}
                    </p>
                </div>
            </section>

            <p class="next-link">
                <a class="button" href=href("/pillars")>{words.next}</a>
            </p>
        </article>
    }
}
