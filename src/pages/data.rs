//! Your data: whether saving works, backups (export and import), reports,
//! a kept copy of damaged data, and starting over.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::files::{download_damaged, export_backup, export_markdown};
use crate::components::reset::ResetProgressHere;
use crate::components::set_title;
use crate::model::import::{parse_import, ImportError, ImportPreview, MAX_IMPORT_BYTES};
use crate::paths::href;
use crate::state::{use_app, SaveHealth};

/// The data page.
#[component]
pub fn DataPage() -> impl IntoView {
    set_title("Your data");
    let app = use_app();
    let (message, set_message) = signal(None::<Result<String, String>>);
    let report = move |result: Result<(), String>, ok: &str| {
        set_message.set(Some(result.map(|()| ok.to_string())));
    };
    let status = move || match app.health.get() {
        SaveHealth::Saving => "Everything you do is saved in this browser as you go.".to_string(),
        SaveHealth::NotSaving(problem) => {
            format!("Not saving: {problem}. Download a backup to keep your work.")
        }
        SaveHealth::HoldingDamaged => {
            "Not saving, to protect saved data that could not be read (see below).".to_string()
        }
        SaveHealth::ReadOnlyNewer { found } => format!(
            "Read-only: this browser holds data from a newer version of the app (format {found})."
        ),
    };
    let backup_status = move || {
        app.meta
            .with(|m| match (m.last_export_at, m.unexported_since) {
                (None, None) => "You have not made a backup yet.".to_string(),
                (None, Some(_)) => {
                    "You have not made a backup yet, and you have made changes.".to_string()
                }
                (Some(at), None) => format!(
                    "Last backup: {}. Nothing has changed since.",
                    pretty_time(at)
                ),
                (Some(at), Some(_)) => format!(
                    "Last backup: {}. You have made changes since.",
                    pretty_time(at)
                ),
            })
    };

    view! {
        <article class="page data-page">
            <h1>"Your data"</h1>
            <p class="lead">
                "Your ticks, choices and notes live only in this browser. Nothing is sent anywhere. "
                "Browsers can clear a site's data, so keep a backup file of your own."
            </p>

            <section class="card" aria-labelledby="status-heading">
                <h2 id="status-heading">"Saving"</h2>
                <p>{status}</p>
            </section>

            <section class="card" aria-labelledby="backup-heading">
                <h2 id="backup-heading">"Back up"</h2>
                <p>{backup_status}</p>
                <p>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| report(export_backup(&app), "Backup downloaded.")
                    >
                        "Download a backup (JSON)"
                    </button>
                </p>
                <p class="hint">
                    "The file holds everything: your role, ticks, notes and where you left off. Import it here, in this or any other browser, to get it all back."
                </p>
            </section>

            <ImportBackup />

            <section class="card" aria-labelledby="report-heading">
                <h2 id="report-heading">"Reports"</h2>
                <p>"Take your progress and notes with you as a document."</p>
                <p class="button-row">
                    <a class="button secondary" href=href("/report")>"Open the printable report"</a>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| report(export_markdown(&app), "Markdown report downloaded.")
                    >
                        "Download as Markdown"
                    </button>
                </p>
            </section>

            <p role="status" class="action-message">
                {move || match message.get() {
                    Some(Ok(text)) => view! { <span class="ok">{text}</span> }.into_any(),
                    Some(Err(text)) => view! { <span class="error">{text}</span> }.into_any(),
                    None => ().into_any(),
                }}
            </p>

            <DamagedCopy />

            <ResetProgressHere />
        </article>
    }
}

/// A time for people, on the visitor's clock: "2026-11-21 14:03".
fn pretty_time(ms: u64) -> String {
    crate::components::clock::datetime(ms)
}

/// Choosing a backup file, seeing what it holds, and replacing the current
/// data only after confirming.
#[component]
fn ImportBackup() -> impl IntoView {
    let app = use_app();
    let preview = RwSignal::new(None::<ImportPreview>);
    let (error, set_error) = signal(None::<String>);
    let (done, set_done) = signal(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let read_only = move || matches!(app.health.get(), SaveHealth::ReadOnlyNewer { .. });

    let clear_input = move || {
        if let Some(el) = input.get_untracked() {
            el.set_value("");
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        set_done.set(false);
        set_error.set(None);
        preview.set(None);
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|el| el.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        let bytes = file.size() as usize;
        if bytes > MAX_IMPORT_BYTES {
            set_error.set(Some(
                ImportError::TooLarge {
                    bytes,
                    limit: MAX_IMPORT_BYTES,
                }
                .to_string(),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            match text.ok().and_then(|t| t.as_string()) {
                None => set_error.set(Some("The browser could not read that file.".into())),
                Some(text) => match parse_import(&text) {
                    Ok(p) => preview.set(Some(p)),
                    Err(e) => set_error.set(Some(e.to_string())),
                },
            }
        });
    };
    let confirm = move |_| {
        if let Some(p) = preview.try_update(|p| p.take()).flatten() {
            app.replace_all(p.data);
            set_done.set(true);
            clear_input();
        }
    };
    let cancel = move |_| {
        preview.set(None);
        clear_input();
    };
    let current = move || {
        app.progress.with(|p| {
            p.loss_summary()
                .map(|s| format!("This replaces what is in this browser now: {s}."))
                .unwrap_or_else(|| "There is nothing in this browser yet to replace.".into())
        })
    };

    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">"Restore a backup"</h2>
            {move || {
                read_only()
                    .then(|| {
                        view! {
                            <p>
                                "Restoring is switched off while this browser holds data from a newer version of the app, so that it is never overwritten."
                            </p>
                        }
                    })
            }}
            <label for="import-file" class="file-label">"Choose a backup file (.json)"</label>
            <input
                id="import-file"
                type="file"
                accept=".json,application/json"
                node_ref=input
                on:change=on_change
                disabled=read_only
                aria-describedby="import-error"
            />
            <p id="import-error" class="error" role="alert">
                {move || error.get().map(|e| format!("That file was not imported. {e}"))}
            </p>
            {move || {
                preview
                    .with(|p| {
                        p.as_ref()
                            .map(|p| {
                                let mut text = p.summary.describe_in(&crate::components::clock::offset_at);
                                let extra: Vec<String> = [
                                    p.data.assessments.ready().and_then(|a| a.summary_words()),
                                    p.data.practice.ready().and_then(|p| p.count_words()),
                                ]
                                .into_iter()
                                .flatten()
                                .collect();
                                if !extra.is_empty() {
                                    text.push_str(&format!(" Also: {}.", extra.join("; ")));
                                }
                                text
                            })
                    })
                    .map(|described| {
                        view! {
                            <div class="import-preview" role="group" aria-labelledby="preview-title">
                                <p id="preview-title"><strong>"This backup holds: "</strong>{described}</p>
                                <p>{current}</p>
                                <div class="button-row">
                                    <button type="button" class="button" on:click=confirm>
                                        "Replace my data with this backup"
                                    </button>
                                    <button type="button" class="button secondary" on:click=cancel>
                                        "Cancel"
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
            <p role="status">{move || done.get().then_some("Backup restored.")}</p>
        </section>
    }
}

/// The kept copy of saved data that could not be read: download or delete.
#[component]
fn DamagedCopy() -> impl IntoView {
    let app = use_app();
    let (error, set_error) = signal(None::<String>);
    let (confirming, set_confirming) = signal(false);
    move || {
        app.damaged.get().map(|raw| {
            let size = raw.len();
            let raw_for_download = raw.clone();
            view! {
                <section class="card damaged" aria-labelledby="damaged-heading">
                    <h2 id="damaged-heading">"Saved data that could not be read"</h2>
                    <p>
                        "Earlier saved data in this browser could not be read, so it was set aside instead of being overwritten ("
                        {size} " characters). Download it to keep it or to have it looked at."
                    </p>
                    <p class="button-row">
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                if let Err(e) = download_damaged(&raw_for_download) {
                                    set_error.set(Some(e));
                                }
                            }
                        >
                            "Download the damaged copy"
                        </button>
                        <button
                            type="button"
                            class="button danger"
                            on:click=move |_| set_confirming.set(true)
                        >
                            "Delete the damaged copy"
                        </button>
                    </p>
                    {move || {
                        confirming
                            .get()
                            .then(|| {
                                view! {
                                    <div class="confirm" role="group" aria-label="Confirm deleting">
                                        <p>"Delete it for good? Download it first if you may want it."</p>
                                        <button
                                            type="button"
                                            class="button danger"
                                            on:click=move |_| {
                                                app.discard_damaged();
                                                set_confirming.set(false);
                                            }
                                        >
                                            "Yes, delete it"
                                        </button>
                                        <button type="button" on:click=move |_| set_confirming.set(false)>
                                            "Keep it"
                                        </button>
                                    </div>
                                }
                            })
                    }}
                    <p role="alert" class="error">{move || error.get()}</p>
                </section>
            }
        })
    }
}
