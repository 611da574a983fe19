//! The genetic-code-of-control audit: practices that pull decisions upward,
//! each with who decides, who should, the ladder rungs, what competence and
//! clarity must come first, and a status; a summary on top.

use leptos::prelude::*;

use super::{EntryList, UndoBar};

use super::{focus_later, PracticeNav};
use crate::components::progress_bar::ProgressBar;
use crate::components::set_title;
use crate::content::practice::{
    audit_at_risk_note, audit_blocked_note, audit_examples, audit_help, audit_intro, audit_look_for,
};
use crate::content::{step_by_number, AuditStatus, Pillar, LADDER};
use crate::model::practice::{
    AuditEntry, AuditField, AuditRef, Removed, RungSlot, MAX_AUDIT_ENTRIES,
};
use crate::model::Tally;
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::{now_ms, use_app};
use crate::text::{fill, practice_page};

/// The audit page.
#[component]
pub fn AuditPage() -> impl IntoView {
    let words = practice_page::audit();
    let common = practice_page::common();
    set_title(words.title);
    let app = use_app();
    let undo = RwSignal::new(None::<Removed<AuditEntry>>);
    let ids = Memo::new(move |_| {
        app.practice()
            .with(|p| p.audit.iter().map(|e| e.id.clone()).collect::<Vec<_>>())
    });
    let full = move || app.practice().with(|p| p.audit.len() >= MAX_AUDIT_ENTRIES);
    let add = move |_| {
        let mut added = None;
        app.update_practice(|p| added = p.add_audit_entry(now_ms()));
        if let Some(id) = added {
            focus_later(format!("audit-{id}-practice"));
        }
    };
    let on_delete = Callback::new(move |removed: Removed<AuditEntry>| {
        undo.set(Some(removed));
        focus_later("audit-undo".to_string());
    });
    let restore = move |()| {
        if let Some(removed) = undo.get_untracked() {
            let id = removed.entry.id.clone();
            app.update_practice(|p| {
                p.restore_audit_entry(removed);
            });
            undo.set(None);
            focus_later(format!("audit-{id}-practice"));
        }
    };
    let step3 = step_by_number(3).expect("step 3");

    view! {
        <article class="page practice audit-page">
            <PracticeNav current="/practice/audit" />
            <h1>{words.title}</h1>
            <p class="lead">{audit_intro()[0]}</p>
            {paragraphs(&audit_intro()[1..])}
            <p>
                {step_sentence(words.belongs, step3)}
            </p>
            <details class="card look-for">
                <summary>{words.look_for}</summary>
                <ul>{audit_look_for().iter().map(|q| view! { <li>{*q}</li> }).collect_view()}</ul>
                <p>{words.examples}</p>
                <ul>{audit_examples().iter().map(|q| view! { <li>{*q}</li> }).collect_view()}</ul>
            </details>

            <AuditSummaryView />

            <section aria-labelledby="audit-entries-heading" class="audit-entries">
                <h2 id="audit-entries-heading">{words.entries}</h2>
                <p class="hint">{common.saved}</p>
                <UndoBar
                    message=Signal::derive(move || {
                        undo.with(|u| u.as_ref().map(|r| fill(words.deleted, &[("name", &r.entry.name(r.index + 1))])))
                    })
                    button_id="audit-undo"
                    on_undo=Callback::new(restore)
                />
                <EntryList
                    ids=ids
                    empty=words.empty
                    class="entry-list audit-list"
                    entry=move |id| view! { <AuditEntryForm id=id on_delete=on_delete /> }
                />
                <p class="button-row">
                    <button type="button" class="button" on:click=add disabled=full>
                        {words.add}
                    </button>
                </p>
                {move || {
                    full()
                        .then(|| {
                            view! {
                                <p class="hint">
                                    {fill(words.full, &[("max", &MAX_AUDIT_ENTRIES.to_string())])}
                                </p>
                            }
                        })
                }}
            </section>
        </article>
    }
}

/// `sentence` with `{step}` as a link to the step.
fn step_sentence(sentence: &'static str, step: &'static crate::content::Step) -> impl IntoView {
    let (before, after) = sentence.split_once("{step}").unwrap_or((sentence, ""));
    let label = fill(
        practice_page::common().step,
        &[("n", &step.number.to_string()), ("title", step.title())],
    );
    view! {
        {before}
        <a href=href(&format!("/steps/{}", step.slug))>{label}</a>
        {after}
    }
}

/// A list of entries in the summary, linking to each.
fn ref_list(refs: Vec<AuditRef>) -> impl IntoView {
    view! {
        <ul class="ref-list">
            {refs
                .into_iter()
                .map(|r| {
                    view! {
                        <li>
                            <a href=format!("#audit-{}", r.id) rel="external">
                                {r.number} ". " {r.name}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// How many decisions have moved, and which are held up.
#[component]
fn AuditSummaryView() -> impl IntoView {
    let app = use_app();
    let words = practice_page::audit();
    let summary = Memo::new(move |_| app.practice().with(|p| p.audit_summary()));
    let tally = Signal::derive(move || {
        summary.with(|s| Tally {
            done: s.handed_down,
            total: s.total,
        })
    });
    let step4 = step_by_number(4).expect("step 4");
    let step4_link = move || {
        view! {
            <a href=href(&format!("/steps/{}", step4.slug))>
                {fill(
                    practice_page::common().step,
                    &[("n", &step4.number.to_string()), ("title", step4.title())],
                )}
            </a>
        }
    };
    view! {
        <section class="card audit-summary" aria-labelledby="audit-summary-heading">
            <h2 id="audit-summary-heading">{words.summary}</h2>
            <ProgressBar label=words.progress_label tally=tally />
            <p>{move || summary.with(|s| s.describe())}</p>
            {move || {
                summary
                    .with(|s| {
                        (s.climbing > 0)
                            .then(|| {
                                let text = if s.climbing == 1 {
                                    words.climbing_one
                                } else {
                                    words.climbing_other
                                };
                                fill(text, &[("n", &s.climbing.to_string())])
                            })
                    })
                    .map(|t| view! { <p>{t}</p> })
            }}
            {move || {
                let s = summary.get();
                let any_blocked = !s.blocked_on_competence.is_empty()
                    || !s.blocked_on_clarity.is_empty();
                view! {
                    {(!s.blocked_on_competence.is_empty())
                        .then(|| {
                            view! {
                                <h3>{words.blocked_competence}</h3>
                                {ref_list(s.blocked_on_competence.clone())}
                            }
                        })}
                    {(!s.blocked_on_clarity.is_empty())
                        .then(|| {
                            view! {
                                <h3>{words.blocked_clarity}</h3>
                                {ref_list(s.blocked_on_clarity.clone())}
                            }
                        })}
                    {any_blocked
                        .then(|| {
                            view! {
                                <p class="hint">{audit_blocked_note()} " " {step4_link()} "."</p>
                            }
                        })}
                    {(!s.ready.is_empty())
                        .then(|| {
                            view! {
                                <h3>{words.ready}</h3>
                                {ref_list(s.ready.clone())}
                            }
                        })}
                    {(!s.at_risk.is_empty())
                        .then(|| {
                            view! {
                                <h3>{words.at_risk}</h3>
                                <p class="hint">{audit_at_risk_note()}</p>
                                {ref_list(s.at_risk.clone())}
                            }
                        })}
                }
            }}
        </section>
    }
}

/// The label of a rung option, e.g. "5: I intend to…".
fn rung_option(n: u8) -> String {
    LADDER
        .iter()
        .find(|r| r.number == n)
        .map(|r| {
            fill(
                practice_page::audit().rung_option,
                &[("n", &n.to_string()), ("phrase", r.phrase())],
            )
        })
        .unwrap_or_else(|| n.to_string())
}

/// One audit entry, edited in place.
#[component]
fn AuditEntryForm(id: String, on_delete: Callback<Removed<AuditEntry>>) -> impl IntoView {
    let app = use_app();
    let words = practice_page::audit();
    let entry = {
        let id = id.clone();
        Memo::new(move |_| app.practice().with(|p| p.audit_entry(&id).cloned()))
    };
    let position = {
        let id = id.clone();
        Memo::new(move |_| {
            app.practice()
                .with(|p| (p.audit_number(&id).unwrap_or(0), p.audit.len()))
        })
    };
    let number = move || position.get().0;
    let legend = move || entry.with(|e| e.as_ref().map(|e| e.name(number())).unwrap_or_default());
    let dom = |suffix: &str| format!("audit-{id}-{suffix}");
    let id = StoredValue::new(id.clone());

    let text_field = move |field: AuditField,
                           suffix: &'static str,
                           label: &'static str,
                           help: &'static str,
                           rows: Option<u8>| {
        let input_id = dom(suffix);
        let help_id = format!("{input_id}-help");
        let value = move || {
            entry.with(|e| {
                e.as_ref()
                    .map(|e| e.text(field).to_string())
                    .unwrap_or_default()
            })
        };
        let on_input = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let id = id.get_value();
            app.update_practice(|p| p.set_audit_text(&id, field, &text));
        };
        let control = match rows {
            Some(rows) => view! {
                <textarea
                    id=input_id.clone()
                    rows=rows.to_string()
                    maxlength=field.max_chars().to_string()
                    aria-describedby=help_id.clone()
                    prop:value=value
                    on:input=on_input
                ></textarea>
            }
            .into_any(),
            None => view! {
                <input
                    type="text"
                    id=input_id.clone()
                    maxlength=field.max_chars().to_string()
                    aria-describedby=help_id.clone()
                    prop:value=value
                    on:input=on_input
                />
            }
            .into_any(),
        };
        view! {
            <div class="field">
                <label for=input_id>{label}</label>
                <p class="hint" id=help_id>{help}</p>
                {control}
            </div>
        }
    };

    let rung_field = move |slot: RungSlot, suffix: &'static str, label: &'static str| {
        let select_id = dom(suffix);
        let current = move || entry.with(|e| e.as_ref().and_then(|e| e.rung(slot)));
        let options = (1..=7u8)
            .map(|n| {
                view! {
                    <option value=n.to_string() prop:selected=move || current() == Some(n)>
                        {rung_option(n)}
                    </option>
                }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for=select_id.clone()>{label}</label>
                <select
                    id=select_id
                    aria-describedby=dom("rungs-help")
                    on:change=move |ev| {
                        let rung = event_target_value(&ev).parse::<u8>().ok();
                        let id = id.get_value();
                        app.update_practice(|p| p.set_audit_rung(&id, slot, rung));
                    }
                >
                    <option value="" prop:selected=move || current().is_none()>
                        {words.not_set}
                    </option>
                    {options}
                </select>
            </div>
        }
    };

    let ready_box = move |pillar: Pillar, suffix: &'static str, label: &'static str| {
        let box_id = dom(suffix);
        view! {
            <div class="check-line">
                <input
                    type="checkbox"
                    id=box_id.clone()
                    prop:checked=move || entry.with(|e| e.as_ref().is_some_and(|e| e.ready(pillar)))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let id = id.get_value();
                        app.update_practice(|p| p.set_audit_ready(&id, pillar, on));
                    }
                />
                <label for=box_id>{label}</label>
            </div>
        }
    };

    let status_name = dom("status");
    let statuses = AuditStatus::ALL
        .iter()
        .map(|&status| {
            let radio_id = dom(&format!("status-{}", status.id()));
            let hint_id = format!("{radio_id}-hint");
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=radio_id.clone()
                        name=status_name.clone()
                        value=status.id()
                        aria-describedby=hint_id.clone()
                        prop:checked=move || entry.with(|e| e.as_ref().map(AuditEntry::status) == Some(status))
                        on:change=move |_| {
                            let id = id.get_value();
                            app.update_practice(|p| p.set_audit_status(&id, status));
                        }
                    />
                    <label for=radio_id>
                        {status.label()}
                        <span class="hint choice-hint" id=hint_id>{status.hint()}</span>
                    </label>
                </div>
            }
        })
        .collect_view();

    let move_by = move |by: isize| {
        let (n, len) = position.get_untracked();
        let blocked = (by < 0 && n <= 1) || (by > 0 && n >= len);
        if blocked {
            return;
        }
        let id = id.get_value();
        app.update_practice(|p| {
            p.move_audit_entry(&id, by);
        });
        let suffix = if by < 0 { "up" } else { "down" };
        focus_later(format!("audit-{id}-{suffix}"));
    };
    let delete = move |_| {
        let id = id.get_value();
        let mut removed = None;
        app.update_practice(|p| removed = p.remove_audit_entry(&id));
        if let Some(r) = removed {
            on_delete.run(r);
        }
    };
    let at_top = move || position.get().0 <= 1;
    let at_bottom = move || {
        let (n, len) = position.get();
        n >= len
    };

    view! {
        <li id=format!("audit-{}", id.get_value()) class="entry-item">
            <fieldset class="card audit-entry">
                <legend>
                    <span class="entry-number">
                        {move || fill(words.entry, &[("n", &number().to_string())])}
                    </span>
                    {legend}
                </legend>
                {text_field(
                    AuditField::Practice,
                    "practice",
                    words.practice,
                    audit_help().practice,
                    Some(2),
                )}
                <div class="field-row">
                    {text_field(
                        AuditField::DecidesNow,
                        "decides-now",
                        words.decides_now,
                        audit_help().decides_now,
                        None,
                    )}
                    {text_field(
                        AuditField::ShouldDecide,
                        "should-decide",
                        words.should_decide,
                        audit_help().should_decide,
                        None,
                    )}
                </div>
                <p class="hint" id=dom("rungs-help")>{audit_help().rungs}</p>
                <div class="field-row">
                    {rung_field(RungSlot::Now, "rung-now", words.rung_now)}
                    {rung_field(RungSlot::Target, "rung-target", words.rung_target)}
                </div>
                {text_field(
                    AuditField::Competence,
                    "competence",
                    words.competence,
                    audit_help().competence,
                    Some(2),
                )}
                {ready_box(Pillar::Competence, "competence-ready", words.competence_ready)}
                {text_field(
                    AuditField::Clarity,
                    "clarity",
                    words.clarity,
                    audit_help().clarity,
                    Some(2),
                )}
                {ready_box(Pillar::Clarity, "clarity-ready", words.clarity_ready)}
                <fieldset class="status-choice">
                    <legend>{words.status}</legend>
                    {statuses}
                </fieldset>
                <div class="entry-actions">
                    <button
                        type="button"
                        id=dom("up")
                        aria-disabled=move || at_top().to_string()
                        on:click=move |_| move_by(-1)
                    >
                        {words.up}
                    </button>
                    <button
                        type="button"
                        id=dom("down")
                        aria-disabled=move || at_bottom().to_string()
                        on:click=move |_| move_by(1)
                    >
                        {words.down}
                    </button>
                    <button type="button" id=dom("delete") class="danger-text" on:click=delete>
                        {practice_page::common().delete}
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
