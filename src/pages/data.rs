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
use crate::model::time::parse_iso_datetime;
use crate::model::SavedData;
use crate::paths::href;
use crate::state::{use_app, SaveHealth};
use crate::text::{data_page, fill};

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
                                {data_page::backup().as_text}
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
    let words = data_page::page();
    let b = data_page::backup();
    let r = data_page::reports();
    set_title(words.title);
    let app = use_app();
    let (backup_said, set_backup_said) = signal(None);
    let (report_said, set_report_said) = signal(None);
    let status = move || match app.health.get() {
        SaveHealth::Saving => words.saving_ok.to_string(),
        SaveHealth::NotSaving(problem, _) => {
            fill(words.not_saving, &[("problem", &problem.to_string())])
        }
        SaveHealth::HoldingDamaged => words.holding_damaged.to_string(),
        SaveHealth::ReadOnlyNewer { found } => {
            fill(words.read_only, &[("format", &found.to_string())])
        }
    };
    let backup_status = move || {
        app.meta
            .with(|m| match (m.last_export_at, m.unexported_since) {
                (None, None) => b.never.to_string(),
                (None, Some(_)) => b.never_changed.to_string(),
                (Some(at), None) => fill(b.unchanged, &[("date", &pretty_time(at))]),
                (Some(at), Some(_)) => fill(b.changed, &[("date", &pretty_time(at))]),
            })
    };

    view! {
        <article class="page data-page">
            <h1>{words.title}</h1>
            <p class="lead">{words.lead}</p>

            <section class="card" aria-labelledby="status-heading">
                <h2 id="status-heading">{words.saving_heading}</h2>
                <p>{status}</p>
            </section>

            <section class="card" aria-labelledby="backup-heading">
                <h2 id="backup-heading">{b.heading}</h2>
                <p>{backup_status}</p>
                {backup_button(b.button, "button", (backup_said, set_backup_said))}
                <p class="hint">{b.hint}</p>
            </section>

            <ImportBackup />

            <section class="card" aria-labelledby="report-heading">
                <h2 id="report-heading">{r.heading}</h2>
                <p>{r.text}</p>
                <p class="button-row">
                    <a class="button secondary" href=href("/report")>{r.open}</a>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| {
                            set_report_said.set(Some(export_markdown(&app).map(|()| r.markdown_done.into())))
                        }
                    >
                        {r.markdown}
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
    let words = data_page::restore();
    let items = groups
        .iter()
        .map(|g| {
            let mut names = g.names.iter().take(MAX_NAMED).cloned().collect::<Vec<_>>();
            let more = g.names.len().saturating_sub(MAX_NAMED);
            if more > 0 {
                names.push(fill(words.and_more, &[("n", &more.to_string())]));
            }
            view! {
                <li>
                    <strong>{fill(words.named, &[("part", g.part)])}</strong>
                    {names.join(words.name_separator)}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="named-list">{items}</ul> }
}

/// What a merge would do, in a few sentences.
fn merge_words(c: &Comparison, exported_on: Option<&str>, here: &SavedData) -> Vec<String> {
    let words = data_page::merge();
    let mut lines = vec![words.adds.to_string()];
    if !c.notes_both.is_empty() {
        lines.push(fill(
            words.notes_both,
            &[
                ("marker", &note_marker(exported_on)),
                ("notes", &c.notes_both.join(words.separator)),
            ],
        ));
    }
    if !c.entries_differ.is_empty() {
        let rule = match c.newer {
            Side::Here => words.here_newer,
            Side::Backup => words.backup_newer,
        };
        lines.push(fill(
            rule,
            &[("entries", &c.entries_differ.join(words.separator))],
        ));
    }
    if here.progress.role.is_some() || here.progress.last_visited.is_some() {
        lines.push(words.role_stays.to_string());
    }
    if !c.merge_changes {
        lines.push(words.no_change.to_string());
    }
    lines
}

/// Choosing a backup file, seeing what it holds against what this browser
/// holds, and replacing or merging only after confirming.
#[component]
fn ImportBackup() -> impl IntoView {
    let app = use_app();
    let words = data_page::restore();
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
                None => set_error.set(Some((words.unreadable_file.into(), None))),
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
                finish(words.restored);
            }
            Err(why) => set_error.set(Some((fill(words.not_restored, &[("why", &why)]), None))),
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
                finish(words.merged);
            }
            Err(why) => set_error.set(Some((fill(words.not_merged, &[("why", &why)]), None))),
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
                    Saved::Written => Some(words.first_saved.into()),
                    Saved::Handed => Some(words.first_downloaded.into()),
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
            text = fill(
                words.summary_more,
                &[
                    ("summary", &text),
                    ("more", &extra.join(words.more_separator)),
                ],
            );
        }
        text
    };

    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">{words.heading}</h2>
            {move || {
                read_only()
                    .then(|| {
                        view! {
                            <p>{words.read_only}</p>
                        }
                    })
            }}
            <p class="hint">{words.hint}</p>
            <label for="import-file" class="file-label">{words.choose}</label>
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
                                <p>{fill(words.refused, &[("message", &message)])}</p>
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
                                                        {words.download_held}
                                                    </button>
                                                </p>
                                            }
                                        })
                                }}
                                {details
                                    .map(|d| {
                                        view! {
                                            <details class="rules error-details">
                                                <summary>{words.details}</summary>
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
                                <td role="cell" data-label=words.col_here>{r.here.clone()}</td>
                                <td role="cell" data-label=words.col_backup>{r.backup.clone()}</td>
                                <td role="cell" data-label=words.col_merged>{merged}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let nothing_lost = c.only_here.is_empty() && c.differ.is_empty();
                let merge_part = match &c.merged {
                    Err(why) => {
                        view! {
                            <p>{fill(words.cannot_merge, &[("why", why)])}</p>
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
                                <strong>{words.holds}</strong>
                                {described}
                            </p>
                            // One card per part on narrow screens (the history
                            // table's style); the roles keep it a table for
                            // screen readers when it is laid out as cards.
                            <div class="table-scroll">
                                <table class="history-table stack" role="table">
                                    <caption>{words.caption}</caption>
                                    <thead role="rowgroup">
                                        <tr role="row">
                                            <th scope="col" role="columnheader">{words.col_part}</th>
                                            <th scope="col" role="columnheader">{words.col_here}</th>
                                            <th scope="col" role="columnheader">{words.col_backup}</th>
                                            <th scope="col" role="columnheader">{words.col_merged}</th>
                                        </tr>
                                    </thead>
                                    <tbody role="rowgroup">{rows}</tbody>
                                </table>
                            </div>
                            <h3>{words.if_replace}</h3>
                            <p>
                                {words.replace_all}
                                {nothing_lost.then_some(" ")}
                                {nothing_lost.then_some(words.nothing_lost)}
                            </p>
                            {(!c.only_here.is_empty())
                                .then(|| {
                                    view! {
                                        <p>{words.only_here}</p>
                                        {named_list(&c.only_here)}
                                    }
                                })}
                            {(!c.differ.is_empty())
                                .then(|| {
                                    view! {
                                        <p>{words.differ}</p>
                                        {named_list(&c.differ)}
                                    }
                                })}
                            <h3>{words.if_merge}</h3>
                            {merge_part}
                            {move || {
                                damaged_held()
                                    .then(|| {
                                        view! {
                                            <p class="error">
                                                {words.held_first}
                                            </p>
                                        }
                                    })
                            }}
                            <p class="button-row">
                                <button type="button" class="button secondary" on:click=download_first>
                                    {words.download_first}
                                </button>
                                {said(first_said)}
                            </p>
                            <div class="button-row">
                                {can_merge
                                    .then(|| {
                                        view! {
                                            <button type="button" class="button" on:click=merge>
                                                {words.merge}
                                            </button>
                                        }
                                    })}
                                <button type="button" class="button danger" on:click=replace>
                                    {words.replace}
                                </button>
                                <button type="button" class="button secondary" on:click=cancel>
                                    {words.cancel}
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
    let words = data_page::damaged();
    move || {
        let held = app.damaged.get();
        let copies = app.damaged_copies();
        if held.is_none() && copies.is_empty() {
            return None;
        }
        let held = held.map(|raw| {
            view! {
                <DamagedItem
                    when=words.held.to_string()
                    label=words.held_label
                    key=None
                    raw=raw
                />
            }
        });
        let copies = copies
            .into_iter()
            .map(|(key, at, raw)| {
                let (when, label) = match at {
                    Some(ms) => {
                        let date = [("date", pretty_time(ms))];
                        let date = [(date[0].0, date[0].1.as_str())];
                        (fill(words.kept_on, &date), fill(words.kept_on_label, &date))
                    }
                    None => (words.earlier.to_string(), words.earlier_label.to_string()),
                };
                view! { <DamagedItem when=when label=label key=Some(key) raw=raw /> }
            })
            .collect_view();
        Some(view! {
            <section class="card damaged" aria-labelledby="damaged-heading">
                <h2 id="damaged-heading">{words.heading}</h2>
                <p>{words.text}</p>
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
    let words = data_page::damaged();
    let (error, set_error) = signal(None::<String>);
    let (confirming, set_confirming) = signal(false);
    let size = raw.chars().count();
    let size = fill(
        if size == 1 {
            words.chars_one
        } else {
            words.chars_other
        },
        &[("n", &size.to_string())],
    );
    let which = fill(words.label, &[("label", &label)]);
    let which_too = which.clone();
    let key = StoredValue::new(key);
    view! {
        <li>
            <p>{fill(words.item, &[("when", &when), ("size", &size)])}</p>
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
                    {words.download}
                    <span class="visually-hidden">{which}</span>
                </button>
                <button type="button" class="button danger" on:click=move |_| set_confirming.set(true)>
                    {words.delete}
                    <span class="visually-hidden">{which_too}</span>
                </button>
            </p>
            {move || {
                confirming
                    .get()
                    .then(|| {
                        view! {
                            <div class="confirm" role="group" aria-label=words.confirm_label>
                                <p>{words.confirm}</p>
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
                                            set_error.set(Some(fill(words.not_deleted, &[("problem", &problem.to_string())])));
                                        }
                                        set_confirming.set(false);
                                    }
                                >
                                    {words.yes}
                                </button>
                                <button type="button" on:click=move |_| set_confirming.set(false)>
                                    {words.keep}
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
    let w = data_page::delete_all();
    let count = |n: usize, one: &str, other: &str| {
        (n > 0).then(|| fill(if n == 1 { one } else { other }, &[("n", &n.to_string())]))
    };
    let parts: Vec<String> = [
        count(p.checked.len(), w.ticks_one, w.ticks_other),
        count(p.notes.len(), w.notes_one, w.notes_other),
        p.role.is_some().then(|| w.role.to_string()),
        p.last_visited.is_some().then(|| w.place.to_string()),
        count(a.history.len(), w.assessments_one, w.assessments_other),
        a.draft.is_some().then(|| w.draft.to_string()),
        count(x.audit.len(), w.audit_one, w.audit_other),
        count(x.intents.len(), w.intents_one, w.intents_other),
        match damaged {
            0 => None,
            1 => Some(w.copies_one.to_string()),
            n => Some(fill(w.copies_other, &[("n", &n.to_string())])),
        },
        (d.meta != Default::default()).then(|| w.meta.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    match parts.split_last() {
        None => None,
        Some((last, [])) => Some(last.clone()),
        Some((last, rest)) => Some(fill(
            w.list_last,
            &[("list", &rest.join(w.list_separator)), ("last", last)],
        )),
    }
}

/// Deleting everything this app keeps in this browser, for a shared or
/// borrowed computer, behind a confirmation that offers a backup first.
#[component]
fn DeleteEverything() -> impl IntoView {
    let app = use_app();
    let words = data_page::delete_all();
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
        let result = app
            .delete_all()
            .map_err(|problem| fill(words.failed, &[("problem", &problem.to_string())]));
        close();
        set_deleted.set(Some(result.map(|()| words.done.to_string())));
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
            <h2 id="delete-all-heading">{words.heading}</h2>
            <p>{words.text}</p>
            <button type="button" class="button danger" on:click=open>
                {words.button}
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
                <h2 id="delete-all-title">{words.dialog_title}</h2>
                <p id="delete-all-what">
                    {move || match what.get() {
                        Some(all) => fill(words.removes, &[("all", &all)]),
                        None => words.nothing.to_string(),
                    }}
                </p>
                <p>{words.backup_hint}</p>
                {backup_button(words.backup_first, "button secondary", (backup_said, set_backup_said))}
                <div class="dialog-actions">
                    <button type="button" class="button" autofocus on:click=move |_| close()>
                        {words.keep}
                    </button>
                    <button type="button" class="button danger" on:click=confirm>
                        {words.confirm}
                    </button>
                </div>
            </dialog>
        </section>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::STEPS;
    use crate::model::import::Section;
    use crate::model::progress::Progress;
    use crate::model::DecodeError;
    use crate::storage::StorageProblem;
    use crate::text::{set_lang, Lang};

    /// The text runs of the data and report pages as built (a first visit).
    fn page_texts() -> Vec<String> {
        crate::prerender::built_texts(&["/data", "/report"])
    }

    /// Everything the storage, import, merge and report code says, for a
    /// backup that differs from this browser's data in every part.
    fn messages() -> Vec<String> {
        let here = {
            let mut p = Progress::default();
            p.set_checked(STEPS[0].items[0].id, true);
            p.notes.insert(STEPS[0].slug.into(), "Mine".into());
            p.notes.insert("gone-step".into(), "Old".into());
            p.role = Some("leader".into());
            p.last_visited = Some("/model".into());
            SavedData::new(p)
        };
        let backup = {
            let mut p = Progress::default();
            p.set_checked(STEPS[1].items[0].id, true);
            p.notes.insert(STEPS[0].slug.into(), "Theirs".into());
            p.role = Some("member".into());
            p.last_visited = Some("/pillars".into());
            SavedData::new(p)
        };
        let c = compare(&here, &backup, Some("2026-11-21"));
        let mut out = merge_words(&c, Some("2026-11-21"), &here);
        for r in &c.rows {
            out.extend([r.part.to_string(), r.here.clone(), r.backup.clone()]);
        }
        for n in c.only_here.iter().chain(&c.differ) {
            out.push(n.part.to_string());
            out.extend(n.names.iter().cloned());
        }
        out.extend(everything_words(&here, 2));
        let errors = [
            ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1,
                limit: MAX_IMPORT_BYTES,
            },
            ImportError::Empty,
            ImportError::NotJson {
                line: 1,
                column: 2,
                message: "x".into(),
                backup: true,
            },
            ImportError::NewerVersion { found: 9 },
        ];
        let refused = [
            "[]",
            r#"{"app": "other", "version": 1}"#,
            r#"{"version": 1, "progress": {"checked": 3}}"#,
            r#"{"version": 1, "progress": {"notes": {"a": 1}}}"#,
            r#"{"version": 0}"#,
        ];
        let all = errors
            .into_iter()
            .chain(refused.iter().map(|t| parse_import(t).unwrap_err()))
            .chain([ImportError::Invalid(Section::Bookkeeping, "x".into())]);
        for e in all {
            let r = e.explain();
            out.extend([r.message, r.details]);
        }
        let preview = parse_import(&crate::model::import::export_json(&here, 0)).unwrap();
        out.push(preview.summary.describe());
        out.extend([
            StorageProblem::Full.to_string(),
            StorageProblem::Unavailable("x".into()).to_string(),
            DecodeError::NewerVersion { found: 9 }.to_string(),
            DecodeError::WrongShape("x".into()).to_string(),
        ]);
        let report = crate::model::report::markdown(&here, 0, &|_| 0);
        // Every line but the book's title, which stays in English.
        out.extend(
            report
                .lines()
                .filter(|l| !l.contains("Turn the Ship Around!"))
                .map(String::from),
        );
        out
    }

    /// English words that no German sentence of these pages uses.
    const ENGLISH: [&str; 14] = [
        " the ", " is ", " and ", " not ", " of ", " backup", "Backup ", " your ", "Your ",
        " you ", "Step ", " this ", " item", "Nothing",
    ];

    #[test]
    fn the_data_page_report_and_messages_speak_german() {
        set_lang(Lang::En);
        let english_pages = page_texts();
        let english = messages();
        set_lang(Lang::De);
        let pages = page_texts();
        let german = messages();
        set_lang(Lang::En);
        // Names, the book, words German shares with English, the languages'
        // own names, and the self-assessment's part of the report (another
        // area's words, moved with the assess pages).
        let same = |t: &str| {
            t.contains("Leader-Leader") && !t.contains(' ')
                || t.contains("Turn the Ship Around!")
                || t.contains("Marquet")
                || crate::content::SOURCE.subtitle() == t
                || ["LL", "Details", "JSON", "Markdown", "Audit"].contains(&t)
                || ["English", "Deutsch", "Español", "Français"].contains(&t)
                || t.contains("elf-assessment")
        };
        let left: Vec<_> = pages
            .iter()
            .filter(|t| !same(t) && english_pages.contains(t))
            .collect();
        assert!(left.is_empty(), "the German pages still say {left:#?}");
        assert!(german.len() > 60 && english.iter().any(|t| t.contains(" the ")));
        let left: Vec<_> = german
            .iter()
            .filter(|de| {
                let padded = format!(" {de} ");
                ENGLISH.iter().any(|w| padded.contains(w))
            })
            .collect();
        assert!(left.is_empty(), "English words left in {left:#?}");
    }
}
