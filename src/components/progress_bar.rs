//! A labelled progress bar that screen readers announce as "3 of 6".

use leptos::prelude::*;

use crate::model::Tally;

/// A progress bar for a count of ticked items.
#[component]
pub fn ProgressBar(
    /// What is being counted, e.g. "Whole checklist".
    #[prop(into)]
    label: String,
    /// Ticked and total items.
    #[prop(into)]
    tally: Signal<Tally>,
) -> impl IntoView {
    let text = move || {
        let t = tally.get();
        format!("{} of {} done", t.done, t.total)
    };
    // Set through the style object, not a style attribute, which the
    // Content-Security-Policy does not allow.
    let width = move || format!("{}%", tally.get().percent());
    view! {
        <div class="progress" class:complete=move || tally.get().is_complete()>
            <div class="progress-text">
                <span class="progress-label">{label.clone()}</span>
                <span class="progress-count">{text}</span>
            </div>
            <div
                class="progress-track"
                role="progressbar"
                aria-label=label
                aria-valuemin="0"
                aria-valuemax=move || tally.get().total
                aria-valuenow=move || tally.get().done
                aria-valuetext=text
            >
                <div class="progress-fill" style:width=width></div>
            </div>
        </div>
    }
}
