//! Your data: whether saving works, backups (export, and restore by
//! replacing or merging), reports, kept copies of damaged data, starting
//! over, and deleting everything.

use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::files::{download_damaged, export_backup, export_markdown, Saved};
use crate::components::reset::ResetProgress;
use crate::components::set_title;
use crate::model::import::{parse_import, ImportError, ImportPreview, MAX_IMPORT_BYTES};
use crate::model::merge::{compare, note_marker, Comparison, Named, Side, MAX_NAMED};
use crate::model::progress::{join_words, plural};
use crate::model::time::parse_iso_datetime;
use crate::model::SavedData;
use crate::paths::href;
use crate::state::{use_app, SaveHealth};

/// A message shown next to the button that caused it: `Ok` for done, `Err`
/// for a problem.
type Said = Option<Result<String, String>>;

/// The message itself, in a live region that is always on the page (so
/// screen readers announce what appears in it).
fn said(message: ReadSignal<Said>) -> impl IntoView {
    view! {
        <span role="status" class="action-message">
            {move || match message.get() {
                Some(Ok(text)) => view! { <span class="ok">{text}</span> }.into_any(),
                Some(Err(text)) => view! { <span class="error">{text}</span> }.into_any(),
                None => ().into_any(),
            }}
        </span>
    }
}

/// What a backup's end says (nothing when the visitor cancelled).
fn backup_words(done: Result<Saved, String>) -> Said {
    done.map(|saved| saved.words().map(String::from))
        .transpose()
}

/// A button that saves a backup, with what came of it beside it. When no
/// backup file could be made (it would not restore), a second button offers
/// the data as it is, as text, so the visitor always leaves with a copy.
fn backup_button(
    label: &'static str,
    class: &'static str,
    (backup_said, set_backup_said): (ReadSignal<Said>, WriteSignal<Said>),
) -> impl IntoView {
    let app = use_app();
    view! {
        <p class="button-row">
            <button
                type="button"
                class=class
                on:click=move |_| export_backup(app, move |done| set_backup_said.set(backup_words(done)))
            >
                {label}
            </button>
            {said(backup_said)}
        </p>
        {move || {
            matches!(backup_said.get(), Some(Err(_)))
                .then(|| {
                    view! {
                        <p class="button-row">
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| {
                                    let _ = download_damaged(&app.snapshot().encode());
                                }
                            >
                                "Download my data as it is (text)"
                            </button>
                        </p>
                    }
                })
        }}
    }
}

/// The data page.
#[component]
pub fn DataPage() -> impl IntoView {
    set_title("Your data");
    let app = use_app();
    let (backup_said, set_backup_said) = signal(None);
    let (report_said, set_report_said) = signal(None);
    let status = move || match app.health.get() {
        SaveHealth::Saving => "Everything you do is saved in this browser as you go.".to_string(),
        SaveHealth::NotSaving(problem, _) => {
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
                {backup_button("Download a backup (JSON)", "button", (backup_said, set_backup_said))}
                <p class="hint">
                    "The file holds everything this app keeps for you: your role, ticked items, reflection notes and where you left off; "
                    "your self-assessments, finished and in progress; your audit and intent-log entries; "
                    "and when you last changed your data and made a backup. "
                    "Import it here, in this or any other browser, to get it all back."
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
                        on:click=move |_| {
                            set_report_said.set(Some(export_markdown(&app).map(|()| "Markdown report downloaded.".into())))
                        }
                    >
                        "Download as Markdown"
                    </button>
                    {said(report_said)}
                </p>
            </section>

            <DamagedCopy />

            <ResetProgress />

            <DeleteEverything />
        </article>
    }
}

/// A time for people, on the visitor's clock: "2026-11-21 14:03".
fn pretty_time(ms: u64) -> String {
    crate::components::clock::datetime(ms)
}

/// A list of entries for the preview: "Ticked items: a; b; and 3 more".
fn named_list(groups: &[Named]) -> impl IntoView {
    let items = groups
        .iter()
        .map(|g| {
            let mut names = g.names.iter().take(MAX_NAMED).cloned().collect::<Vec<_>>();
            let more = g.names.len().saturating_sub(MAX_NAMED);
            if more > 0 {
                names.push(format!("and {more} more"));
            }
            view! {
                <li>
                    <strong>{g.part} ": "</strong>
                    {names.join("; ")}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="named-list">{items}</ul> }
}

/// What a merge would do, in a few sentences.
fn merge_words(c: &Comparison, exported_on: Option<&str>, here: &SavedData) -> Vec<String> {
    let mut lines = vec![
        "Nothing in this browser is removed: what the backup holds is added to it. \
         Entries you deleted here after the backup was made come back."
            .to_string(),
    ];
    if !c.notes_both.is_empty() {
        lines.push(format!(
            "Reflection notes that differ are both kept, yours first and the backup's below the line \"{}\": {}",
            note_marker(exported_on),
            c.notes_both.join("; ")
        ));
    }
    if !c.entries_differ.is_empty() {
        let rule = match c.newer {
            Side::Here => {
                "are kept as they are in this browser, whose data changed more recently than the backup's"
            }
            Side::Backup => {
                "are replaced by the backup's version: the backup's data changed more recently than this browser's"
            }
        };
        lines.push(format!(
            "Entries that differ between the two {rule}: {}",
            c.entries_differ.join("; ")
        ));
    }
    if here.progress.role.is_some() || here.progress.last_visited.is_some() {
        lines.push("Your role and where you left off stay as they are here.".to_string());
    }
    if !c.merge_changes {
        lines
            .push("Merging changes nothing: everything in the backup is already here.".to_string());
    }
    lines
}

/// Choosing a backup file, seeing what it holds against what this browser
/// holds, and replacing or merging only after confirming.
#[component]
fn ImportBackup() -> impl IntoView {
    let app = use_app();
    let preview = RwSignal::new(None::<ImportPreview>);
    // The visitor's words for a refused file, and the technical detail.
    let (error, set_error) = signal(None::<(String, Option<String>)>);
    let (done, set_done) = signal(None::<&'static str>);
    let (first_said, set_first_said) = signal(None);
    let input = NodeRef::<leptos::html::Input>::new();
    let read_only = move || matches!(app.health.get(), SaveHealth::ReadOnlyNewer { .. });
    let refuse = move |e: ImportError| {
        let r = e.explain();
        set_error.set(Some((r.message, Some(r.details))));
    };

    let clear_input = move || {
        if let Some(el) = input.get_untracked() {
            el.set_value("");
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        set_done.set(None);
        set_error.set(None);
        set_first_said.set(None);
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
            refuse(ImportError::TooLarge {
                bytes,
                limit: MAX_IMPORT_BYTES,
            });
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            match text.ok().and_then(|t| t.as_string()) {
                None => set_error.set(Some((
                    "The browser could not read that file. Try choosing it again.".into(),
                    None,
                ))),
                Some(text) => match parse_import(&text) {
                    Ok(p) => preview.set(Some(p)),
                    Err(e) => refuse(e),
                },
            }
        });
    };
    let exported_on = move || {
        preview.with(|p| {
            p.as_ref()
                .and_then(|p| p.summary.exported_at.as_deref())
                .and_then(parse_iso_datetime)
                .map(crate::components::clock::date)
        })
    };
    // Recomputed when this browser's data changes while the preview is
    // open (another tab, or the download below marking a backup).
    let comparison = Memo::new(move |_| {
        if preview.with(Option::is_none) {
            return None;
        }
        let here = app.peek();
        let on = exported_on();
        preview.with(|p| {
            p.as_ref()
                .map(|p| (compare(&here, &p.data, on.as_deref()), here))
        })
    });
    let finish = move |what: &'static str| {
        set_done.set(Some(what));
        set_first_said.set(None);
        clear_input();
    };
    let replace = move |_| {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        match app.replace_all(p.data) {
            Ok(()) => {
                preview.set(None);
                finish("Backup restored. This browser now holds what the backup holds.");
            }
            Err(why) => set_error.set(Some((format!("The backup was not restored: {why}."), None))),
        }
    };
    let merge = move |_| {
        let on = exported_on();
        let Some(p) = preview.get_untracked() else {
            return;
        };
        match app.merge_backup(&p.data, on.as_deref()) {
            Ok(()) => {
                preview.set(None);
                finish(
                    "Backup merged. This browser now holds what it held and what the backup holds.",
                );
            }
            Err(why) => set_error.set(Some((format!("The backup was not merged: {why}."), None))),
        }
    };
    let cancel = move |_| {
        preview.set(None);
        set_first_said.set(None);
        clear_input();
    };
    let download_first = move |_| {
        export_backup(app, move |done| {
            set_first_said.set(
                done.map(|saved| match saved {
                    Saved::Written => Some("A backup of what is here now was saved.".into()),
                    Saved::Handed => Some(
                        "A backup of what is here now was downloaded, unless you cancelled it."
                            .into(),
                    ),
                    Saved::Cancelled => None,
                })
                .transpose(),
            )
        });
    };
    let damaged_held = move || app.health.get() == SaveHealth::HoldingDamaged;

    let summary_line = move |p: &ImportPreview| {
        let mut text = p.summary.describe_in(&crate::components::clock::offset_at);
        let extra: Vec<String> = [
            p.data.assessments.ready().and_then(|a| a.summary_words()),
            p.data.practice.ready().and_then(|p| p.count_words()),
            p.data.rounds.ready().and_then(|r| r.summary_words()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !extra.is_empty() {
            text.push_str(&format!(" Also: {}.", extra.join("; ")));
        }
        text
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
            <p class="hint">
                "Before anything changes you see what the backup holds next to what this browser holds, and choose: "
                "replace everything here with the backup, or merge the two."
            </p>
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
            <div id="import-error" class="error" role="alert">
                {move || {
                    error
                        .get()
                        .map(|(message, details)| {
                            view! {
                                <p>"That file was not imported. " {message} " Nothing in this browser was changed."</p>
                                {move || {
                                    app.damaged
                                        .get()
                                        .map(|raw| {
                                            view! {
                                                <p class="button-row">
                                                    <button
                                                        type="button"
                                                        class="button"
                                                        on:click=move |_| {
                                                            let _ = download_damaged(&raw);
                                                        }
                                                    >
                                                        "Download the saved data that could not be read"
                                                    </button>
                                                </p>
                                            }
                                        })
                                }}
                                {details
                                    .map(|d| {
                                        view! {
                                            <details class="rules error-details">
                                                <summary>"Details"</summary>
                                                <p>{d}</p>
                                            </details>
                                        }
                                    })}
                            }
                        })
                }}
            </div>
            {move || {
                let (c, here) = comparison.get()?;
                let described = preview.with(|p| p.as_ref().map(summary_line))?;
                let on = exported_on();
                let rows = c
                    .rows
                    .iter()
                    .map(|r| {
                        let merged = r.merged.clone().unwrap_or_else(|| "\u{2014}".into());
                        view! {
                            <tr role="row">
                                <th scope="row" role="rowheader">{r.part}</th>
                                <td role="cell" data-label="In this browser now">{r.here.clone()}</td>
                                <td role="cell" data-label="In the backup">{r.backup.clone()}</td>
                                <td role="cell" data-label="After merging">{merged}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let nothing_lost = c.only_here.is_empty() && c.differ.is_empty();
                let merge_part = match &c.merged {
                    Err(why) => {
                        view! {
                            <p>
                                "Merging is not possible with this backup: " {why.clone()}
                                ". You can still replace, or cancel."
                            </p>
                        }
                            .into_any()
                    }
                    Ok(_) => {
                        let lines = merge_words(&c, on.as_deref(), &here)
                            .into_iter()
                            .map(|l| view! { <li>{l}</li> })
                            .collect_view();
                        view! { <ul>{lines}</ul> }.into_any()
                    }
                };
                let can_merge = c.merged.is_ok();
                Some(
                    view! {
                        <div class="import-preview" role="group" aria-labelledby="preview-title">
                            <p id="preview-title">
                                <strong>"This backup holds: "</strong>
                                {described}
                            </p>
                            // One card per part on narrow screens (the history
                            // table's style); the roles keep it a table for
                            // screen readers when it is laid out as cards.
                            <div class="table-scroll">
                                <table class="history-table stack" role="table">
                                    <caption>"Part by part"</caption>
                                    <thead role="rowgroup">
                                        <tr role="row">
                                            <th scope="col" role="columnheader">"Part"</th>
                                            <th scope="col" role="columnheader">"In this browser now"</th>
                                            <th scope="col" role="columnheader">"In the backup"</th>
                                            <th scope="col" role="columnheader">"After merging"</th>
                                        </tr>
                                    </thead>
                                    <tbody role="rowgroup">{rows}</tbody>
                                </table>
                            </div>
                            <h3>"If you replace"</h3>
                            <p>
                                "Every part above becomes what the backup holds. "
                                {nothing_lost
                                    .then_some(
                                        "Nothing is lost: everything in this browser is also in the backup.",
                                    )}
                            </p>
                            {(!c.only_here.is_empty())
                                .then(|| {
                                    view! {
                                        <p>"In this browser but not in the backup, so lost:"</p>
                                        {named_list(&c.only_here)}
                                    }
                                })}
                            {(!c.differ.is_empty())
                                .then(|| {
                                    view! {
                                        <p>"In the backup in another version, which takes the place of yours:"</p>
                                        {named_list(&c.differ)}
                                    }
                                })}
                            <h3>"If you merge"</h3>
                            {merge_part}
                            {move || {
                                damaged_held()
                                    .then(|| {
                                        view! {
                                            <p class="error">
                                                "The saved data that could not be read (see below) is kept aside first, by either choice. If the browser has no room for that, nothing changes."
                                            </p>
                                        }
                                    })
                            }}
                            <p class="button-row">
                                <button type="button" class="button secondary" on:click=download_first>
                                    "Download what is here first"
                                </button>
                                {said(first_said)}
                            </p>
                            <div class="button-row">
                                {can_merge
                                    .then(|| {
                                        view! {
                                            <button type="button" class="button" on:click=merge>
                                                "Merge the backup into my data"
                                            </button>
                                        }
                                    })}
                                <button type="button" class="button danger" on:click=replace>
                                    "Replace my data with this backup"
                                </button>
                                <button type="button" class="button secondary" on:click=cancel>
                                    "Cancel"
                                </button>
                            </div>
                        </div>
                    },
                )
            }}
            <p role="status">{move || done.get()}</p>
        </section>
    }
}

/// Saved data that could not be read: every kept copy, with its date, and
/// the held one that could not be copied aside; each to download or delete.
#[component]
fn DamagedCopy() -> impl IntoView {
    let app = use_app();
    move || {
        let held = app.damaged.get();
        let copies = app.damaged_copies();
        if held.is_none() && copies.is_empty() {
            return None;
        }
        let held = held.map(|raw| {
            view! {
                <DamagedItem
                    when="Not copied aside (the browser refused the copy): it is still where your data is saved, and nothing is saved until you download or delete it"
                        .to_string()
                    label="not copied aside"
                    key=None
                    raw=raw
                />
            }
        });
        let copies = copies
            .into_iter()
            .map(|(key, at, raw)| {
                let label = match at {
                    Some(ms) => format!("kept on {}", pretty_time(ms)),
                    None => "kept by an earlier version of the app".to_string(),
                };
                let when = format!("K{}", &label[1..]);
                view! { <DamagedItem when=when label=label key=Some(key) raw=raw /> }
            })
            .collect_view();
        Some(view! {
            <section class="card damaged" aria-labelledby="damaged-heading">
                <h2 id="damaged-heading">"Saved data that could not be read"</h2>
                <p>
                    "Earlier saved data in this browser could not be read, so it was set aside instead of being overwritten. "
                    "Each time that happens, a copy of its own is kept here until you download or delete it. "
                    "Download a copy to keep it or to have it looked at. Copies are not part of a backup file."
                </p>
                <ul class="damaged-copies">{held} {copies}</ul>
            </section>
        })
    }
}

/// One copy of unreadable data: `when` describes it, `label` tells its
/// buttons apart for screen readers, and `key` is where it is kept (`None`
/// for the held one, still under the data key).
#[component]
fn DamagedItem(
    when: String,
    #[prop(into)] label: String,
    key: Option<String>,
    raw: String,
) -> impl IntoView {
    let app = use_app();
    let (error, set_error) = signal(None::<String>);
    let (confirming, set_confirming) = signal(false);
    let size = raw.chars().count();
    let which = format!(" ({label})");
    let which_too = which.clone();
    let key = StoredValue::new(key);
    view! {
        <li>
            <p>{when} ". " {plural(size, "character", "characters")} "."</p>
            <p class="button-row">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        if let Err(e) = download_damaged(&raw) {
                            set_error.set(Some(e));
                        }
                    }
                >
                    "Download the damaged copy"
                    <span class="visually-hidden">{which}</span>
                </button>
                <button type="button" class="button danger" on:click=move |_| set_confirming.set(true)>
                    "Delete the damaged copy"
                    <span class="visually-hidden">{which_too}</span>
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
                                        let result = match key.get_value() {
                                            Some(k) => app.discard_copy(&k),
                                            None => {
                                                app.discard_held();
                                                Ok(())
                                            }
                                        };
                                        if let Err(problem) = result {
                                            set_error.set(Some(format!("It was not deleted: {problem}.")));
                                        }
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
        </li>
    }
}

/// Everything this app keeps in this browser, in words, for the delete
/// confirmation; `None` when nothing is kept.
fn everything_words(d: &SavedData, damaged: usize) -> Option<String> {
    let p = &d.progress;
    let a = d.assessments.ready().cloned().unwrap_or_default();
    let x = d.practice.ready().cloned().unwrap_or_default();
    let count = |n: usize, one: &str, many: &str| (n > 0).then(|| plural(n, one, many));
    let parts: Vec<String> = [
        count(p.checked.len(), "ticked item", "ticked items"),
        count(p.notes.len(), "reflection note", "reflection notes"),
        p.role.is_some().then(|| "your role choice".to_string()),
        p.last_visited
            .is_some()
            .then(|| "your place in the journey".to_string()),
        count(a.history.len(), "self-assessment", "self-assessments"),
        a.draft
            .is_some()
            .then(|| "the self-assessment in progress".to_string()),
        count(x.audit.len(), "audit entry", "audit entries"),
        count(x.intents.len(), "intent-log entry", "intent-log entries"),
        match damaged {
            0 => None,
            1 => Some("the kept copy of data that could not be read".to_string()),
            n => Some(format!(
                "the {n} kept copies of data that could not be read"
            )),
        },
        (d.meta != Default::default())
            .then(|| "the record of your changes and backups".to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| join_words(&parts))
}

/// Deleting everything this app keeps in this browser, for a shared or
/// borrowed computer, behind a confirmation that offers a backup first.
#[component]
fn DeleteEverything() -> impl IntoView {
    let app = use_app();
    let dialog = NodeRef::<Dialog>::new();
    let (deleted, set_deleted) = signal(None::<Result<String, String>>);
    let (backup_said, set_backup_said) = signal(None);
    let (what, set_what) = signal(None::<String>);
    let message = NodeRef::<leptos::html::P>::new();
    let open = move |_| {
        set_deleted.set(None);
        set_backup_said.set(None);
        set_what.set(untrack(|| {
            let damaged =
                usize::from(app.damaged.with(Option::is_some)) + app.damaged_copies().len();
            everything_words(&app.peek(), damaged)
        }));
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let confirm = move |_| {
        let result = app.delete_all().map_err(|problem| {
            format!("Nothing was deleted: {problem}. Try again, or clear this site's data in the browser's settings.")
        });
        close();
        set_deleted.set(Some(result.map(|()| {
            "Everything was deleted. This browser now holds nothing from Leader-Leader, and the app starts as on a first visit.".to_string()
        })));
        // Once the message is on the page (an empty one is not shown): the
        // button the dialog returns the focus to is still there, but the
        // message is what the visitor needs to hear.
        request_animation_frame(move || {
            if let Some(p) = message.get_untracked() {
                let _ = p.focus();
            }
        });
    };
    view! {
        <section class="card delete-all" aria-labelledby="delete-all-heading">
            <h2 id="delete-all-heading">"Delete all my data"</h2>
            <p>
                "On a shared or borrowed computer, remove everything this app keeps in this browser before you leave. "
                "Other open tabs of the app start over too. Backup files you downloaded are not touched."
            </p>
            <button type="button" class="button danger" on:click=open>
                "Delete all my data"
            </button>
            <p role="status" tabindex="-1" node_ref=message class="action-message">
                {move || match deleted.get() {
                    Some(Ok(text)) => view! { <span class="ok">{text}</span> }.into_any(),
                    Some(Err(text)) => view! { <span class="error">{text}</span> }.into_any(),
                    None => ().into_any(),
                }}
            </p>
            <dialog
                node_ref=dialog
                class="dialog"
                aria-labelledby="delete-all-title"
                aria-describedby="delete-all-what"
            >
                <h2 id="delete-all-title">"Delete all your data from this browser?"</h2>
                <p id="delete-all-what">
                    {move || match what.get() {
                        Some(all) => format!(
                            "This removes everything Leader-Leader keeps in this browser: {all}. It cannot be undone."
                        ),
                        None => "Nothing of yours is saved in this browser yet; this makes sure of it. It cannot be undone."
                            .to_string(),
                    }}
                </p>
                <p>"If you may want any of it later, download a backup first and keep the file somewhere safe."</p>
                {backup_button("Download a backup first", "button secondary", (backup_said, set_backup_said))}
                <div class="dialog-actions">
                    <button type="button" class="button" autofocus on:click=move |_| close()>
                        "Keep my data"
                    </button>
                    <button type="button" class="button danger" on:click=confirm>
                        "Delete everything"
                    </button>
                </div>
            </dialog>
        </section>
    }
}
