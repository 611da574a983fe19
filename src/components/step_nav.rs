//! Finding one's way through the four steps: where am I, which are done,
//! and the way back and on.

use leptos::prelude::*;

use crate::components::around;
use crate::content::{Step, STEPS};
use crate::paths::href;
use crate::state::use_app;
use crate::text::{fill, journey};

/// The app path of a step's page.
pub fn step_path(step: &Step) -> String {
    format!("/steps/{}", step.slug)
}

/// The four steps as a list of links; the current one carries
/// `aria-current="step"`, finished ones say so.
#[component]
pub fn StepIndicator(
    /// The number of the step being shown, if any.
    #[prop(into)]
    current: Signal<Option<u8>>,
) -> impl IntoView {
    let app = use_app();
    let words = journey::step_nav();
    let items = STEPS
        .iter()
        .map(|step| {
            let number = step.number;
            // Screen readers hear "Step 2: …"; the number is on the dot.
            let (before, after) = around(journey::step().name, "title");
            let hidden = move |part: Option<&str>| {
                part.map(|text| {
                    let text = fill(text, &[("number", &number.to_string())]);
                    view! { <span class="visually-hidden">{text}</span> }
                })
            };
            let is_current = move || current.get() == Some(number);
            let done = move || app.progress.with(|p| p.step_done(step));
            view! {
                <li
                    class="step-indicator-item"
                    class:current=is_current
                    class:done=done
                >
                    <a href=href(&step_path(step)) aria-current=move || is_current().then_some("step")>
                        <span class="step-dot" aria-hidden="true">
                            {move || if done() { "✓".to_string() } else { number.to_string() }}
                        </span>
                        <span class="step-name">
                            {hidden(before)}
                            {step.title()}
                            {hidden(after)}
                        </span>
                        {move || done().then(|| view! { <span class="visually-hidden">" " {words.done}</span> })}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="step-indicator" aria-label=words.label>
            <ol>{items}</ol>
        </nav>
    }
}

/// Back and next links around a step.
#[component]
pub fn StepPager(step: &'static Step) -> impl IntoView {
    let index = (step.number - 1) as usize;
    let prev = index.checked_sub(1).and_then(|i| STEPS.get(i));
    let next = STEPS.get(index + 1);
    let words = journey::step_nav();
    let name = |text: &str, s: &Step| {
        fill(
            text,
            &[("number", &s.number.to_string()), ("title", s.title())],
        )
    };
    view! {
        <nav class="pager" aria-label=words.pager_label>
            {match prev {
                Some(p) => view! {
                    <a class="button secondary" href=href(&step_path(p)) rel="prev">
                        {name(words.previous, p)}
                    </a>
                }.into_any(),
                None => view! {
                    <a class="button secondary" href=href("/steps")>{words.all_steps}</a>
                }.into_any(),
            }}
            {match next {
                Some(n) => view! {
                    <a class="button" href=href(&step_path(n)) rel="next">
                        {name(words.next, n)}
                    </a>
                }.into_any(),
                None => view! {
                    <a class="button" href=href("/checklist")>{words.to_checklist}</a>
                }.into_any(),
            }}
        </nav>
    }
}
