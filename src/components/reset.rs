//! Resetting progress, behind a confirmation that says what will be lost and
//! what is kept. The section shows only when there is something to reset.
//! (Its pages are all in pieces of the wasm, so the dialog's code comes
//! with them.)

use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::progress::Progress;
use crate::state::{use_app, AppState};
use crate::text::{fill, shell};

/// A "Reset my progress" button and its confirmation dialog.
#[component]
pub fn ResetProgress() -> impl IntoView {
    let app = use_app();
    let words = shell::reset();
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
            <h2 id="reset-heading">{words.heading}</h2>
            <button type="button" class="button danger" on:click=open>
                {words.button}
            </button>
            {move || dialog.get().run()}
        </section>
        <p class="hint" role="status" id="reset-done" tabindex="-1">
            {move || done.get().then_some(words.done)}
        </p>
    }
}

/// What a reset removes, in words: "2 ticked items, 1 reflection note,
/// your role choice and your place in the journey".
fn reset_loss(p: &Progress) -> String {
    let words = shell::reset();
    let count = |n: usize, one: &str, other: &str| {
        if n == 1 {
            one.to_string()
        } else {
            fill(other, &[("count", &n.to_string())])
        }
    };
    let mut parts = Vec::new();
    if !p.checked.is_empty() {
        parts.push(count(p.checked.len(), words.ticked_one, words.ticked_other));
    }
    if !p.notes.is_empty() {
        parts.push(count(p.notes.len(), words.notes_one, words.notes_other));
    }
    if p.role.is_some() {
        parts.push(words.role.to_string());
    }
    if p.last_visited.is_some() {
        parts.push(words.place.to_string());
    }
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => fill(
            words.list_last,
            &[("list", &rest.join(words.list_separator)), ("last", last)],
        ),
    }
}

/// Puts the confirmation dialog in `set_dialog`'s place. The dialog opens
/// itself as soon as it is on the page, with the focus on "Keep my progress".
fn make_dialog(app: AppState, set_dialog: WriteSignal<ViewFn>, set_done: WriteSignal<bool>) {
    let words = shell::reset();
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
                <h2 id="reset-dialog-title">{words.dialog_title}</h2>
                <p id="reset-dialog-loss">
                    {move || fill(words.dialog_loss, &[("loss", &loss())])}
                </p>
                <p>{words.dialog_kept}</p>
                <div class="dialog-actions">
                    <button type="button" class="button" autofocus on:click=move |_| close()>
                        {words.keep}
                    </button>
                    <button type="button" class="button danger" on:click=confirm>
                        {words.confirm}
                    </button>
                </div>
            </dialog>
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn progress(checked: usize, notes: usize, role: bool, place: bool) -> Progress {
        Progress {
            role: role.then(|| "leader".to_string()),
            checked: (0..checked).map(|n| format!("item-{n}")).collect(),
            notes: (0..notes)
                .map(|n| (format!("step-{n}"), "a note".to_string()))
                .collect(),
            last_visited: place.then(|| "/model".to_string()),
        }
    }

    #[test]
    fn the_loss_is_listed_in_words() {
        assert_eq!(
            reset_loss(&progress(2, 1, true, true)),
            "2 ticked items, 1 reflection note, your role choice and your place in the journey"
        );
        assert_eq!(
            reset_loss(&progress(1, 3, false, false)),
            "1 ticked item and 3 reflection notes"
        );
        assert_eq!(reset_loss(&progress(0, 0, true, false)), "your role choice");
        assert_eq!(reset_loss(&progress(0, 0, false, false)), "");
    }
}
