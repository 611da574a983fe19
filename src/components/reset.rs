//! Resetting progress, behind a confirmation that says what will be lost.
//!
//! The button is on the home page, so it is in the main module; the dialog
//! that asks for confirmation is made by code in the your-data piece of the
//! wasm (see `app.rs`), fetched the first time the visitor presses the button.

use std::future::Future;

use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

use crate::app::PieceMissing;
use crate::model::progress::Progress;
use crate::state::{use_app, AppState};

/// A "Reset my progress" button and its confirmation dialog, for the home
/// page: the dialog's code is fetched the first time the button is pressed.
#[component]
pub fn ResetProgress() -> impl IntoView {
    reset_section(reset_dialog)
}

/// The same, for pages that are themselves in a piece of the wasm: the
/// dialog's code comes with the page. (A split function called from inside
/// another piece would also leave the unsplit wasm of the browser tests with
/// an import nothing can satisfy.)
#[component]
pub fn ResetProgressHere() -> impl IntoView {
    reset_section(|app, set_dialog, set_done| async move {
        make_dialog(app, set_dialog, set_done);
        Ok(())
    })
}

/// The section, with `open_dialog` putting the dialog in place.
fn reset_section<F, Fut>(open_dialog: F) -> impl IntoView
where
    F: Fn(AppState, WriteSignal<ViewFn>, WriteSignal<bool>) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<(), PieceMissing>> + 'static,
{
    let app = use_app();
    // Where the dialog goes once its code is here. The piece hands over a
    // function that makes the view rather than the view itself: the view is
    // then made by the `dialog.get().run()` closure below, so it belongs to
    // that closure's reactive owner and goes when it is replaced or when
    // this component goes, although its code was fetched after an await.
    let (dialog, set_dialog) = signal(ViewFn::default());
    let (done, set_done) = signal(false);
    let (missing, set_missing) = signal(false);
    let open = move |_| {
        set_done.set(false);
        set_missing.set(false);
        leptos::task::spawn_local(async move {
            if open_dialog(app, set_dialog, set_done).await.is_err() {
                set_missing.set(true);
            }
        });
    };
    view! {
        <section class="reset" aria-labelledby="reset-heading">
            <h2 id="reset-heading">"Start over"</h2>
            <button
                type="button"
                class="button danger"
                on:click=open
                disabled=move || app.progress.with(Progress::is_empty)
            >
                "Reset my progress"
            </button>
            <p class="hint" role="status">
                {move || done.get().then_some("Your progress has been reset.")}
            </p>
            <p class="error" role="alert">
                {move || {
                    missing
                        .get()
                        .then_some(
                            "The confirmation could not be loaded, so nothing was reset. \
                             Check the connection and press the button again.",
                        )
                }}
            </p>
            {move || dialog.get().run()}
        </section>
    }
}

/// Puts the confirmation dialog in `set_dialog`'s place, replacing the one
/// from an earlier press if there is one; its code is in the your-data piece.
#[wasm_split(your_data, fallible, wasm_split_path = ::leptos::wasm_split)]
fn reset_dialog(
    app: AppState,
    set_dialog: WriteSignal<ViewFn>,
    set_done: WriteSignal<bool>,
) -> Result<(), PieceMissing> {
    make_dialog(app, set_dialog, set_done);
    Ok(())
}

/// Puts the confirmation dialog in `set_dialog`'s place. The dialog opens
/// itself as soon as it is on the page, with the focus on "Keep my progress".
fn make_dialog(app: AppState, set_dialog: WriteSignal<ViewFn>, set_done: WriteSignal<bool>) {
    set_dialog.set(ViewFn::from(move || {
        let dialog = NodeRef::<Dialog>::new();
        let loss = move || app.progress.with(|p| p.loss_summary()).unwrap_or_default();
        let close = move || {
            if let Some(d) = dialog.get_untracked() {
                d.close();
            }
        };
        let confirm = move |_| {
            app.reset();
            close();
            set_done.set(true);
        };
        dialog.on_load(|d| {
            let _ = d.show_modal();
        });
        view! {
            <dialog node_ref=dialog aria-labelledby="reset-dialog-title" class="dialog">
                <h2 id="reset-dialog-title">"Reset your progress?"</h2>
                <p>
                    "This removes "
                    {loss}
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
        }
    }));
}
