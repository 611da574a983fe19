//! The intent log: each "I intend to…" and each request for permission,
//! with what happened, and the share of intents over time.

use leptos::prelude::*;

use super::{EntryList, UndoBar};

use super::chart::IntentChart;
use super::{focus_later, is_partial_date, today_local, PracticeNav};
use crate::components::set_title;
use crate::content::practice::{intent_log_intro, outcome_pending};
use crate::content::{IntentKind, Outcome};
use crate::model::practice::{
    IntentEntry, IntentField, Removed, MAX_INTENT_ENTRIES, MAX_TEXT_CHARS,
};
use crate::pages::paragraphs;
use crate::state::{now_ms, use_app};

/// The intent-log page.
#[component]
pub fn IntentLogPage() -> impl IntoView {
    set_title("Intent log");
    let app = use_app();
    let undo = RwSignal::new(None::<Removed<IntentEntry>>);
    let ids = Memo::new(move |_| {
        app.practice()
            .with(|p| p.intents.iter().map(|e| e.id.clone()).collect::<Vec<_>>())
    });
    let full = move || {
        app.practice()
            .with(|p| p.intents.len() >= MAX_INTENT_ENTRIES)
    };
    let add = move |kind: IntentKind| {
        let mut added = None;
        let today = today_local();
        app.update_practice(|p| added = p.add_intent(now_ms(), kind, &today, ""));
        if let Some(id) = added {
            focus_later(format!("intent-{id}-text"));
        }
    };
    let on_delete = Callback::new(move |removed: Removed<IntentEntry>| {
        undo.set(Some(removed));
        focus_later("intent-undo".to_string());
    });
    let restore = move |()| {
        if let Some(removed) = undo.get_untracked() {
            let id = removed.entry.id.clone();
            app.update_practice(|p| {
                p.restore_intent(removed);
            });
            undo.set(None);
            focus_later(format!("intent-{id}-text"));
        }
    };
    let stats = Memo::new(move |_| app.practice().with(|p| p.intent_stats()));

    view! {
        <article class="page practice intent-page">
            <PracticeNav current="/practice/intents" />
            <h1>"Intent log"</h1>
            <p class="lead">{intent_log_intro()[0]}</p>
            {paragraphs(&intent_log_intro()[1..])}
            <p class="button-row">
                <button
                    type="button"
                    class="button"
                    disabled=full
                    on:click=move |_| add(IntentKind::Intent)
                >
                    "Log an intent"
                </button>
                <button
                    type="button"
                    class="button secondary"
                    disabled=full
                    on:click=move |_| add(IntentKind::Permission)
                >
                    "Log a permission request"
                </button>
            </p>
            {move || {
                full()
                    .then(|| {
                        view! {
                            <p class="hint">
                                "The log holds at most " {MAX_INTENT_ENTRIES}
                                " entries. Delete old ones to add more."
                            </p>
                        }
                    })
            }}

            <section class="card intent-summary" aria-labelledby="intent-summary-heading">
                <h2 id="intent-summary-heading">"Intents and permission requests over time"</h2>
                <p>{move || stats.with(|s| s.describe())}</p>
                {move || stats.with(|s| s.trend()).map(|t| view! { <p>{t}</p> })}
                {move || {
                    stats
                        .with(|s| {
                            (s.undated > 0)
                                .then(|| {
                                    format!(
                                        "{} without a date {} counted above but not in the chart.",
                                        crate::model::progress::plural(s.undated, "entry", "entries"),
                                        if s.undated == 1 { "is" } else { "are" },
                                    )
                                })
                        })
                        .map(|t| view! { <p class="hint">{t}</p> })
                }}
                <IntentChart stats=stats />
            </section>

            <section aria-labelledby="intent-entries-heading" class="intent-entries">
                <h2 id="intent-entries-heading">"Your log"</h2>
                <p class="hint">"Newest first. Saved as you type, in this browser only."</p>
                <UndoBar
                    message=Signal::derive(move || {
                        undo.with(|u| u.as_ref().map(|r| format!("{} deleted.", r.entry.kind().noun())))
                    })
                    button_id="intent-undo"
                    on_undo=Callback::new(restore)
                />
                <EntryList
                    ids=ids
                    empty="Nothing logged yet. The next time you tell someone what you are about to do, or ask whether you may, note it here."
                    class="entry-list intent-list"
                    entry=move |id| view! { <IntentEntryForm id=id on_delete=on_delete /> }
                />
            </section>
        </article>
    }
}

/// One intent-log entry, edited in place.
#[component]
fn IntentEntryForm(id: String, on_delete: Callback<Removed<IntentEntry>>) -> impl IntoView {
    let app = use_app();
    let entry = {
        let id = id.clone();
        Memo::new(move |_| app.practice().with(|p| p.intent(&id).cloned()))
    };
    let kind = move || {
        entry.with(|e| {
            e.as_ref()
                .map(IntentEntry::kind)
                .unwrap_or(IntentKind::Intent)
        })
    };
    let dom = |suffix: &str| format!("intent-{id}-{suffix}");
    let id = StoredValue::new(id.clone());
    let legend = move || {
        entry.with(|e| {
            e.as_ref()
                .map(|e| {
                    let date = if e.date.is_empty() {
                        "no date"
                    } else {
                        e.date.as_str()
                    };
                    format!("{}, {date}", e.kind().noun())
                })
                .unwrap_or_default()
        })
    };

    let kind_name = dom("kind");
    let kinds = IntentKind::ALL
        .iter()
        .map(|&k| {
            let radio_id = dom(&format!("kind-{}", k.id()));
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=radio_id.clone()
                        name=kind_name.clone()
                        value=k.id()
                        prop:checked=move || kind() == k
                        on:change=move |_| {
                            let id = id.get_value();
                            app.update_practice(|p| p.set_intent_kind(&id, k));
                        }
                    />
                    <label for=radio_id>{k.label()}</label>
                </div>
            }
        })
        .collect_view();

    let outcome_name = dom("outcome");
    let outcome_choice = move |value: Option<Outcome>, suffix: String, label: &'static str| {
        let radio_id = dom(&format!("outcome-{suffix}"));
        view! {
            <div class="choice">
                <input
                    type="radio"
                    id=radio_id.clone()
                    name=outcome_name.clone()
                    value=suffix.clone()
                    prop:checked=move || entry.with(|e| e.as_ref().map(IntentEntry::outcome)) == Some(value)
                    on:change=move |_| {
                        let id = id.get_value();
                        app.update_practice(|p| p.set_intent_outcome(&id, value));
                    }
                />
                <label for=radio_id>{label}</label>
            </div>
        }
    };
    let outcomes = std::iter::once(outcome_choice(
        None,
        "pending".to_string(),
        outcome_pending(),
    ))
    .chain(
        Outcome::ALL
            .iter()
            .map(|&o| outcome_choice(Some(o), o.id().to_string(), o.label())),
    )
    .collect_view();

    let text_id = dom("text");
    let note_id = dom("note");
    let date_id = dom("date");
    let set_text = move |field: IntentField, ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let id = id.get_value();
        app.update_practice(|p| p.set_intent_text(&id, field, &text));
    };
    let delete = move |_| {
        let id = id.get_value();
        let mut removed = None;
        app.update_practice(|p| removed = p.remove_intent(&id));
        if let Some(r) = removed {
            on_delete.run(r);
        }
    };

    view! {
        <li id=format!("intent-{}", id.get_value()) class="entry-item">
            <fieldset class="card intent-entry" class:permission=move || kind() == IntentKind::Permission>
                <legend>{legend}</legend>
                <fieldset class="inline-choice">
                    <legend>"What I did"</legend>
                    {kinds}
                </fieldset>
                <div class="field date-field">
                    <label for=date_id.clone()>"Date"</label>
                    <input
                        type="date"
                        id=date_id
                        min="1970-01-01"
                        max="9999-12-31"
                        prop:value=move || entry.with(|e| e.as_ref().map(|e| e.date.clone()).unwrap_or_default())
                        on:input=move |ev| {
                            if is_partial_date(&ev) {
                                return;
                            }
                            let date = event_target_value(&ev);
                            let id = id.get_value();
                            app.update_practice(|p| p.set_intent_date(&id, &date));
                        }
                    />
                </div>
                <div class="field">
                    <label for=text_id.clone()>{move || kind().text_label()}</label>
                    <textarea
                        id=text_id
                        rows="2"
                        maxlength=MAX_TEXT_CHARS.to_string()
                        prop:value=move || entry.with(|e| e.as_ref().map(|e| e.text.clone()).unwrap_or_default())
                        on:input=move |ev| set_text(IntentField::Text, ev)
                    ></textarea>
                </div>
                <fieldset class="inline-choice">
                    <legend>"What happened"</legend>
                    {outcomes}
                </fieldset>
                <div class="field">
                    <label for=note_id.clone()>"Note (optional)"</label>
                    <textarea
                        id=note_id
                        rows="2"
                        maxlength=MAX_TEXT_CHARS.to_string()
                        prop:value=move || entry.with(|e| e.as_ref().map(|e| e.note.clone()).unwrap_or_default())
                        on:input=move |ev| set_text(IntentField::Note, ev)
                    ></textarea>
                </div>
                <div class="entry-actions">
                    <button type="button" id=dom("delete") class="danger-text" on:click=delete>
                        "Delete"
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
