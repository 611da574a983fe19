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
use crate::text::{fill, practice_page};

/// A saved `YYYY-MM-DD` date as the visitor's language writes it; `None`
/// when there is none.
pub(crate) fn shown_date(iso: &str) -> Option<String> {
    if iso.is_empty() {
        return None;
    }
    Some(
        crate::model::practice::date_days(iso)
            .map(crate::model::time::day_date)
            .unwrap_or_else(|| iso.to_string()),
    )
}

/// The intent-log page.
#[component]
pub fn IntentLogPage() -> impl IntoView {
    let words = practice_page::intents();
    set_title(words.title);
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
            <h1>{words.title}</h1>
            <p class="lead">{intent_log_intro()[0]}</p>
            {paragraphs(&intent_log_intro()[1..])}
            <p class="button-row">
                <button
                    type="button"
                    class="button"
                    disabled=full
                    on:click=move |_| add(IntentKind::Intent)
                >
                    {words.log_intent}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    disabled=full
                    on:click=move |_| add(IntentKind::Permission)
                >
                    {words.log_permission}
                </button>
            </p>
            {move || {
                full()
                    .then(|| {
                        view! {
                            <p class="hint">
                                {fill(words.full, &[("max", &MAX_INTENT_ENTRIES.to_string())])}
                            </p>
                        }
                    })
            }}

            <section class="card intent-summary" aria-labelledby="intent-summary-heading">
                <h2 id="intent-summary-heading">{words.over_time}</h2>
                <p>{move || stats.with(|s| s.describe())}</p>
                {move || stats.with(|s| s.trend()).map(|t| view! { <p>{t}</p> })}
                {move || {
                    stats
                        .with(|s| {
                            (s.undated > 0)
                                .then(|| {
                                    let text = if s.undated == 1 {
                                        words.undated_one
                                    } else {
                                        words.undated_other
                                    };
                                    fill(text, &[("n", &s.undated.to_string())])
                                })
                        })
                        .map(|t| view! { <p class="hint">{t}</p> })
                }}
                <IntentChart stats=stats />
            </section>

            <section aria-labelledby="intent-entries-heading" class="intent-entries">
                <h2 id="intent-entries-heading">{words.log}</h2>
                <p class="hint">{words.newest_first}</p>
                <UndoBar
                    message=Signal::derive(move || {
                        undo.with(|u| u.as_ref().map(|r| fill(words.deleted, &[("kind", r.entry.kind().noun())])))
                    })
                    button_id="intent-undo"
                    on_undo=Callback::new(restore)
                />
                <EntryList
                    ids=ids
                    empty=words.empty
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
                    let words = practice_page::intents();
                    let date = shown_date(&e.date).unwrap_or_else(|| words.no_date.to_string());
                    fill(words.legend, &[("kind", e.kind().noun()), ("date", &date)])
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
                    <legend>{practice_page::intents().what_i_did}</legend>
                    {kinds}
                </fieldset>
                <div class="field date-field">
                    <label for=date_id.clone()>{practice_page::intents().date}</label>
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
                    <legend>{practice_page::intents().what_happened}</legend>
                    {outcomes}
                </fieldset>
                <div class="field">
                    <label for=note_id.clone()>{practice_page::intents().note}</label>
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
                        {practice_page::common().delete}
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
