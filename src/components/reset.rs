//! Resetting progress, behind a confirmation that says what will be lost.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::state::use_app;

/// A "Reset my progress" button and its confirmation dialog.
#[component]
pub fn ResetProgress() -> impl IntoView {
    let app = use_app();
    let dialog = NodeRef::<Dialog>::new();
    let (done, set_done) = signal(false);
    let loss = move || app.progress.with(|p| p.loss_summary());
    let open = move |_| {
        set_done.set(false);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let confirm = move |_| {
        app.reset();
        close();
        set_done.set(true);
    };
    view! {
        <section class="reset" aria-labelledby="reset-heading">
            <h2 id="reset-heading">"Start over"</h2>
            <button type="button" class="button danger" on:click=open disabled=move || loss().is_none()>
                "Reset my progress"
            </button>
            <p class="hint" role="status">
                {move || done.get().then_some("Your progress has been reset.")}
            </p>
            <dialog node_ref=dialog aria-labelledby="reset-dialog-title" class="dialog">
                <h2 id="reset-dialog-title">"Reset your progress?"</h2>
                <p>
                    "This removes "
                    {move || loss().unwrap_or_default()}
                    " from this browser. It cannot be undone. Your assessments and practice entries are kept."
                </p>
                <div class="dialog-actions">
                    <button type="button" class="button" autofocus on:click=move |_| close()>
                        "Keep my progress"
                    </button>
                    <button type="button" class="button danger" on:click=confirm>
                        "Yes, reset everything"
                    </button>
                </div>
            </dialog>
        </section>
    }
}
