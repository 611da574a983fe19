//! A printable report of the visitor's progress and notes. The print
//! stylesheet hides the app's frame, so "Save as PDF" gives a clean document.

use leptos::prelude::*;

use crate::components::{clock, set_title};
use crate::content::{Role, SOURCE, STEPS};
use crate::paths::href;
use crate::state::{now_ms, use_app};

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    set_title("Report");
    let app = use_app();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    // Memos where a view is rebuilt: a tick elsewhere changes the progress,
    // and only what a view shows should make it run again.
    let role = Memo::new(move |_| app.role().map(Role::label).unwrap_or("Not chosen yet"));
    let overall = move || {
        let t = app.progress.with(|p| p.overall_tally());
        format!(
            "{} of {} checklist items done ({}%)",
            t.done,
            t.total,
            t.percent()
        )
    };
    let steps = STEPS
        .iter()
        .map(|step| {
            let tally = move || {
                let t = app.progress.with(|p| p.step_tally(step));
                format!("{} of {} done", t.done, t.total)
            };
            let items = step
                .items
                .iter()
                .map(|item| {
                    let done = move || app.progress.with(|p| p.is_checked(item.id));
                    view! {
                        <li class:done=done>
                            <span class="report-mark">{move || if done() { "Done" } else { "Open" }}</span>
                            {item.text()}
                        </li>
                    }
                })
                .collect_view();
            let note = Memo::new(move |_| app.progress.with(|p| p.note(step.slug).to_string()));
            view! {
                <section class="report-step">
                    <h2>"Step " {step.number} ": " {step.title()}</h2>
                    <p class="hint">{tally}</p>
                    <ul class="report-items">{items}</ul>
                    <h3>"Reflection"</h3>
                    <p class="report-prompt">{step.text().reflection_prompt}</p>
                    {move || {
                        let text = note.get();
                        if text.is_empty() {
                            view! { <p class="hint">"No reflection yet."</p> }.into_any()
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
            <h1>"Leader-Leader: my progress"</h1>
            <p class="no-print button-row">
                <button type="button" class="button" on:click=print>"Print or save as PDF"</button>
                <a class="button secondary" href=href("/data")>"Back to your data"</a>
            </p>
            <dl class="report-facts">
                <div><dt>"Date"</dt><dd>{clock::date(now_ms())}</dd></div>
                <div><dt>"Role"</dt><dd>{role}</dd></div>
                <div><dt>"Checklist"</dt><dd>{overall}</dd></div>
            </dl>
            {steps}
            <crate::pages::assess::AssessmentReport />
            <crate::pages::practice::PracticeReport />
            <crate::pages::rounds::results::RoundsReport />
            <p class="hint">
                "Source: " <cite>{SOURCE.title()}": "{SOURCE.subtitle()}</cite> ", " {SOURCE.author()} ", " {SOURCE.year} "."
            </p>
        </article>
    }
}
