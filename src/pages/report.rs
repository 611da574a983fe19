//! A printable report of the visitor's progress and notes. The print
//! stylesheet hides the app's frame, so "Save as PDF" gives a clean document.

use leptos::prelude::*;

use crate::components::{clock, set_title};
use crate::content::{Role, SOURCE, STEPS};
use crate::paths::href;
use crate::state::{now_ms, use_app};
use crate::text::{fill, percent};

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let words = crate::text::report::page();
    set_title(words.title);
    let app = use_app();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    // Memos where a view is rebuilt: a tick elsewhere changes the progress,
    // and only what a view shows should make it run again.
    let role = Memo::new(move |_| app.role().map(Role::label).unwrap_or(words.role_none));
    let overall = move || {
        let t = app.progress.with(|p| p.overall_tally());
        fill(
            words.overall,
            &[
                ("done", &t.done.to_string()),
                ("total", &t.total.to_string()),
                ("percent", &percent(t.percent())),
            ],
        )
    };
    let steps = STEPS
        .iter()
        .map(|step| {
            let tally = move || {
                let t = app.progress.with(|p| p.step_tally(step));
                fill(
                    words.step_tally,
                    &[("done", &t.done.to_string()), ("total", &t.total.to_string())],
                )
            };
            let items = step
                .items
                .iter()
                .map(|item| {
                    let done = move || app.progress.with(|p| p.is_checked(item.id));
                    view! {
                        <li class:done=done>
                            <span class="report-mark">{move || if done() { words.item_done } else { words.item_open }}</span>
                            // A space, so the mark and the item are two words, however long the mark.
                            " "
                            {item.text()}
                        </li>
                    }
                })
                .collect_view();
            let note = Memo::new(move |_| app.progress.with(|p| p.note(step.slug).to_string()));
            view! {
                <section class="report-step">
                    <h2>
                        {fill(
                            words.step,
                            &[("number", &step.number.to_string()), ("title", step.title())],
                        )}
                    </h2>
                    <p class="hint">{tally}</p>
                    <ul class="report-items">{items}</ul>
                    <h3>{words.reflection}</h3>
                    <p class="report-prompt">{step.text().reflection_prompt}</p>
                    {move || {
                        let text = note.get();
                        if text.is_empty() {
                            view! { <p class="hint">{words.no_reflection}</p> }.into_any()
                        } else {
                            view! { <blockquote class="report-note">{text}</blockquote> }.into_any()
                        }
                    }}
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="page report">
            <h1>{words.heading}</h1>
            <p class="no-print button-row">
                <button type="button" class="button" on:click=print>{words.print}</button>
                <a class="button secondary" href=href("/data")>{words.back}</a>
            </p>
            <dl class="report-facts">
                <div><dt>{words.date}</dt><dd>{clock::date(now_ms())}</dd></div>
                <div><dt>{words.role}</dt><dd>{role}</dd></div>
                <div><dt>{words.checklist}</dt><dd>{overall}</dd></div>
            </dl>
            {steps}
            <crate::pages::assess::AssessmentReport />
            <crate::pages::practice::PracticeReport />
            <crate::pages::rounds::results::RoundsReport />
            <p class="hint">
                {words.source}
                <cite>{SOURCE.title()}": "{SOURCE.subtitle()}</cite>
                {fill(
                    words.source_rest,
                    &[("author", SOURCE.author()), ("year", &SOURCE.year.to_string())],
                )}
            </p>
        </article>
    }
}
