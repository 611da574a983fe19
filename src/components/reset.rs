//! Resetting progress, behind a confirmation that says what will be lost and
//! what is kept. The section shows only when there is something to reset.
//! (Its pages are all in pieces of the wasm, so the dialog's code comes
//! with them.)

use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::progress::{join_words, plural, Progress};
use crate::state::{use_app, AppState};

/// A "Reset my progress" button and its confirmation dialog.
#[component]
pub fn ResetProgress() -> impl IntoView {
    let app = use_app();
    // Where the dialog goes once the button is pressed. `make_dialog` hands
    // over a function that makes the view rather than the view itself: the
    // view is then made by the `dialog.get().run()` closure below, so it
    // belongs to that closure's reactive owner and goes when it is replaced
    // or when this component goes.
    let (dialog, set_dialog) = signal(ViewFn::default());
    let (done, set_done) = signal(false);
    let open = move |_| {
        set_done.set(false);
        make_dialog(app, set_dialog, set_done);
    };
    view! {
        <section
            class="reset"
            aria-labelledby="reset-heading"
            hidden=move || app.progress.with(Progress::nothing_chosen)
        >
            <h2 id="reset-heading">"Start over"</h2>
            <button type="button" class="button danger" on:click=open>
                "Reset my progress"
            </button>
            {move || dialog.get().run()}
        </section>
        <p class="hint" role="status" id="reset-done" tabindex="-1">
            {move || done.get().then_some("Your progress has been reset.")}
        </p>
    }
}

/// What a reset removes, in words: "2 ticked items, 1 reflection note,
/// your role choice and your place in the journey".
fn reset_loss(p: &Progress) -> String {
    let mut parts = Vec::new();
    if !p.checked.is_empty() {
        parts.push(plural(p.checked.len(), "ticked item", "ticked items"));
    }
    if !p.notes.is_empty() {
        parts.push(plural(p.notes.len(), "reflection note", "reflection notes"));
    }
    if p.role.is_some() {
        parts.push("your role choice".to_string());
    }
    if p.last_visited.is_some() {
        parts.push("your place in the journey".to_string());
    }
    join_words(&parts)
}

/// Puts the confirmation dialog in `set_dialog`'s place. The dialog opens
/// itself as soon as it is on the page, with the focus on "Keep my progress".
fn make_dialog(app: AppState, set_dialog: WriteSignal<ViewFn>, set_done: WriteSignal<bool>) {
    set_dialog.set(ViewFn::from(move || {
        let dialog = NodeRef::<Dialog>::new();
        let loss = move || app.progress.with(reset_loss);
        let close = move || {
            if let Some(d) = dialog.get_untracked() {
                d.close();
            }
        };
        let confirm = move |_| {
            app.reset();
            close();
            set_done.set(true);
            // The button that opened the dialog is gone (nothing is left to
            // reset): the focus goes to the message that says it is done.
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("reset-done"))
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        };
        dialog.on_load(|d| {
            let _ = d.show_modal();
        });
        view! {
            <dialog
                node_ref=dialog
                aria-labelledby="reset-dialog-title"
                aria-describedby="reset-dialog-loss"
                class="dialog"
            >
                <h2 id="reset-dialog-title">"Reset your progress?"</h2>
                <p id="reset-dialog-loss">
                    "This removes " {loss} " from this browser. It cannot be undone."
                </p>
                <p>
                    "Kept: your self-assessments (finished and in progress), your audit and your intent log. "
                    "To remove those too, use \"Delete all my data\" on the Your data page."
                </p>
                <div class="dialog-actions">
                    <button type="button" class="button" autofocus on:click=move |_| close()>
                        "Keep my progress"
                    </button>
                    <button type="button" class="button danger" on:click=confirm>
                        "Reset ticks, notes, role and place; keep assessments and practice"
                    </button>
                </div>
            </dialog>
        }
    }));
}
