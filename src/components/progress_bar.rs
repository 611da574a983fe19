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
    // One reactive closure for the whole bar: rebuilt when the tally
    // changes, it is less code in the main module than a closure per
    // attribute (measured: 1.6 KB gzipped).
    move || {
        let t = tally.get();
        let text = crate::text::fill(
            crate::text::shell::progress_bar().count,
            &[
                ("done", &t.done.to_string()),
                ("total", &t.total.to_string()),
            ],
        );
        // Set through the style object, not a style attribute, which the
        // Content-Security-Policy does not allow.
        let width = format!("{}%", t.percent());
        let class = if t.is_complete() {
            "progress complete"
        } else {
            "progress"
        };
        view! {
            <div class=class>
                <div class="progress-text">
                    <span class="progress-label">{label.clone()}</span>
                    <span class="progress-count">{text.clone()}</span>
                </div>
                <div
                    class="progress-track"
                    role="progressbar"
                    aria-label=label.clone()
                    aria-valuemin="0"
                    aria-valuemax=t.total
                    aria-valuenow=t.done
                    aria-valuetext=text
                >
                    <div class="progress-fill" style:width=width></div>
                </div>
            </div>
        }
    }
}
