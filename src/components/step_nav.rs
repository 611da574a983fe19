//! Finding one's way through the four steps: where am I, which are done,
//! and the way back and on.

use leptos::prelude::*;

use crate::content::{Step, STEPS};
use crate::paths::href;
use crate::state::use_app;

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
    let items = STEPS
        .iter()
        .map(|step| {
            let number = step.number;
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
                            <span class="visually-hidden">"Step " {number} ": "</span>
                            {step.title()}
                        </span>
                        {move || done().then(|| view! { <span class="visually-hidden">" (done)"</span> })}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="step-indicator" aria-label="The four steps">
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
    view! {
        <nav class="pager" aria-label="Step pages">
            {match prev {
                Some(p) => view! {
                    <a class="button secondary" href=href(&step_path(p)) rel="prev">
                        "← Step " {p.number} ": " {p.title()}
                    </a>
                }.into_any(),
                None => view! {
                    <a class="button secondary" href=href("/steps")>"← All steps"</a>
                }.into_any(),
            }}
            {match next {
                Some(n) => view! {
                    <a class="button" href=href(&step_path(n)) rel="next">
                        "Step " {n.number} ": " {n.title()} " →"
                    </a>
                }.into_any(),
                None => view! {
                    <a class="button" href=href("/checklist")>"Review the whole checklist →"</a>
                }.into_any(),
            }}
        </nav>
    }
}
