//! `/rounds/<id>`: one round. Its invitation (link, email, QR code), how
//! anonymous it is, the answers so far (a count, never the answers), adding
//! codes, the organiser's own answers in a team round, closing, the
//! results, deleting.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::add::{add_codes, reports_view, CodeReport};
use super::browser::{copy_text, focus_later, origin, select_field};
use super::qr::QrImage;
use super::results::RoundResults;
use super::{facts, next_step, round_title, today};
use crate::components::{around, set_title};
use crate::content::assessment::scale_label;
use crate::content::rounds::{anonymity_for_results, TEAM};
use crate::model::rounds::results::MIN_ANSWERS;
use crate::model::rounds::{Invitation, RoundId, RoundKind};
use crate::model::time::day_date;
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::{now_ms, use_app};
use crate::text::fill;
use crate::text::round_view as words;

/// "3 answers", as this language counts them.
fn answers(n: usize) -> String {
    let w = words::count();
    crate::text::plural(n, w.answers_one, w.answers_other)
}

/// `/rounds/round?id=<id>`: one round. (The id is in the query, so every
/// round is served the same page, `rounds/round.html`, with status 200.)
#[component]
pub fn RoundPage() -> impl IntoView {
    let app = use_app();
    let asked = use_query_map().with_untracked(|q| q.get("id"));
    let id = asked.as_deref().and_then(RoundId::from_hex);
    let exists =
        Memo::new(move |_| id.is_some_and(|id| app.rounds().with(|r| r.find(id).is_some())));
    let w = words::page();
    move || match id.filter(|_| exists.get()) {
        Some(id) => view! { <RoundView id=id /> }.into_any(),
        // The page as built, for no round in particular.
        None if asked.is_none() => {
            set_title(w.title);
            let (before, after) = around(w.intro, "link");
            view! {
                <article class="page round">
                    <h1>{w.title}</h1>
                    <p>{before} <a href=href("/rounds")>{w.link}</a> {after}</p>
                </article>
            }
            .into_any()
        }
        None => {
            set_title(w.not_found_title);
            view! {
                <article class="page round">
                    <h1>{w.not_found_title}</h1>
                    <p>{w.not_found}</p>
                    <p>
                        <a href=href("/rounds")>{w.all_rounds}</a>
                    </p>
                </article>
            }
            .into_any()
        }
    }
}

/// The invitation link: `<origin><base>/answer#LLI1-…`.
fn invitation_link(inv: &Invitation) -> String {
    format!("{}{}#{}", origin(), href("/answer"), inv.encode())
}

/// A `mailto:` link with a ready subject and text around the invitation.
fn mailto(inv: &Invitation, link: &str) -> String {
    let w = words::email();
    let (subject, what) = match inv.kind {
        RoundKind::AboutMe(_) => (w.about_me_subject, w.about_me_what),
        RoundKind::Team => (w.team_subject, w.team_what),
    };
    let by = inv
        .closes_on_day
        .map(|d| format!(" {}", fill(w.by, &[("date", &day_date(i64::from(d)))])))
        .unwrap_or_default();
    let body = fill(w.body, &[("what", what), ("link", link), ("by", &by)]);
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    format!("mailto:?subject={}&body={}", enc(subject), enc(&body))
}

/// One round, which exists.
#[component]
fn RoundView(id: RoundId) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let round = Memo::new(move |_| app.rounds().with(|r| r.find(id).cloned()));
    let title = round.with_untracked(|r| r.as_ref().map(round_title).unwrap_or_default());
    set_title(&title);
    // Opening a round (or arriving from starting one) puts keyboard focus on
    // its heading, as the other pages do.
    focus_later("round-heading");
    let kind = round.with_untracked(|r| r.as_ref().and_then(|r| r.kind()));
    let invitation = round.with_untracked(|r| r.as_ref().and_then(|r| r.invitation()));
    let is_open = Memo::new(move |_| round.with(|r| r.as_ref().is_some_and(|r| r.is_open())));
    let count = Memo::new(move |_| round.with(|r| r.as_ref().map_or(0, |r| r.answers.len())));
    // The count has a line of its own below.
    let facts = move || round.with(|r| r.as_ref().map(|r| facts(r, false)).unwrap_or_default());
    let next = move || {
        round.with(|r| {
            r.as_ref()
                .map(|r| next_step(r, today()))
                .unwrap_or_default()
        })
    };

    let invite = invitation.map(|inv| {
        let w = words::invite();
        let link = invitation_link(&inv);
        let mail = mailto(&inv, &link);
        let (copied, set_copied) = signal(None::<&'static str>);
        let copy = {
            let link = link.clone();
            move |_| {
                let link = link.clone();
                leptos::task::spawn_local(async move {
                    if copy_text(&link).await {
                        set_copied.set(Some(w.copied));
                    } else {
                        select_field("invite-link");
                        set_copied.set(Some(w.copy_failed));
                    }
                });
            }
        };
        view! {
            <section
                class="card invite"
                aria-labelledby="invite-heading"
                prop:hidden=move || !is_open.get()
            >
                <h2 id="invite-heading">{w.heading}</h2>
                <p>{w.intro}</p>
                <label for="invite-link" class="file-label">
                    {w.link_label}
                </label>
                <div class="copy-row">
                    <input
                        type="text"
                        id="invite-link"
                        readonly
                        prop:value=link.clone()
                        on:focus=|_| select_field("invite-link")
                    />
                    <button type="button" class="button" on:click=copy>
                        {w.copy}
                    </button>
                </div>
                <p role="status" class="ok">{move || copied.get()}</p>
                <p class="button-row">
                    <a class="button secondary" href=mail>
                        {w.email}
                    </a>
                </p>
                <details class="qr-box">
                    <summary>{w.qr_summary}</summary>
                    <p class="hint">{w.qr_hint}</p>
                    <QrImage text=link label=w.qr_label />
                </details>
            </section>
        }
    });

    let w = words::view();
    view! {
        <article class="page round">
            <p class="breadcrumb">
                <a href=href("/rounds")>{words::page().all_rounds}</a>
            </p>
            <h1 id="round-heading" tabindex="-1">
                {title}
            </h1>
            <p class="round-facts">{facts}</p>
            <p class="round-count" role="status">
                {move || {
                    fill(w.count, &[("n", &crate::text::integer(count.get() as u64))])
                }}
            </p>
            <p class="round-next">{next}</p>
            {invite}
            <section class="anonymity" aria-labelledby="anonymity-heading">
                <h2 id="anonymity-heading">{w.anonymity_heading}</h2>
                {paragraphs(anonymity_for_results())}
            </section>
            <PasteCodes id=id is_open=is_open />
            {(kind == Some(RoundKind::Team)).then(|| view! { <OwnAnswers id=id /> })}
            <section class="round-results-box" aria-labelledby="results-heading">
                <h2 id="results-heading" tabindex="-1">{w.results_heading}</h2>
                {move || {
                    let n = count.get();
                    if is_open.get() {
                        view! { <p>{fill(w.results_open, &[("min", &MIN_ANSWERS.to_string())])}</p> }
                        .into_any()
                    } else if n >= MIN_ANSWERS {
                        view! { <RoundResults round=id /> }.into_any()
                    } else {
                        let text = fill(
                            w.closed_too_few,
                            &[("answers", &answers(n)), ("min", &MIN_ANSWERS.to_string())],
                        );
                        view! { <p>{text}</p> }
                        .into_any()
                    }
                }}
            </section>
            <CloseRound id=id is_open=is_open count=count />
            <DeleteRound id=id count=count on_deleted=Callback::new(move |()| {
                navigate("/rounds/", Default::default());
            }) />
        </article>
    }
}

/// The "Paste codes" form, and what became of each code.
#[component]
fn PasteCodes(id: RoundId, is_open: Memo<bool>) -> impl IntoView {
    let app = use_app();
    let (text, set_text) = signal(String::new());
    let (busy, set_busy) = signal(false);
    let (reports, set_reports) = signal(None::<Result<Vec<CodeReport>, String>>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        let pasted = text.get_untracked();
        leptos::task::spawn_local(async move {
            let outcome = add_codes(app, pasted, Some(id)).await;
            // Everything added: the box is emptied for the next paste.
            // Otherwise the text stays, to be checked or sent back.
            if outcome.as_ref().is_ok_and(|r| r.iter().all(|c| c.added)) {
                set_text.set(String::new());
            }
            set_reports.set(Some(outcome));
            set_busy.set(false);
            focus_later("paste-results");
        });
    };
    let here = id.hex();
    let w = words::paste();
    view! {
        <section class="card paste-codes" aria-labelledby="paste-heading">
            <h2 id="paste-heading">{w.heading}</h2>
            {move || (!is_open.get()).then(|| view! { <p>{w.closed}</p> })}
            <form on:submit=submit prop:hidden=move || !is_open.get()>
                <label for="paste-codes" class="file-label">
                    {w.label}
                </label>
                <p class="hint" id="paste-codes-hint">
                    {w.hint}
                </p>
                <textarea
                    id="paste-codes"
                    rows="5"
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby="paste-codes-hint"
                    prop:value=text
                    on:input=move |ev| set_text.set(event_target_value(&ev))
                ></textarea>
                <p>
                    <button type="submit" class="button" disabled=busy>
                        {move || if busy.get() { w.busy } else { w.button }}
                    </button>
                </p>
            </form>
            <div id="paste-results" class="paste-results" role="status" tabindex="-1">
                {move || {
                    reports
                        .get()
                        .map(|r| match r {
                            Ok(reports) => reports_view(reports, Some(here.clone())).into_any(),
                            Err(message) => {
                                view! { <p class="code-report refused">{message}</p> }.into_any()
                            }
                        })
                }}
            </div>
        </section>
    }
}

/// The organiser's own answers to a team round, saved as they are chosen.
#[component]
fn OwnAnswers(id: RoundId) -> impl IntoView {
    let app = use_app();
    let own = Memo::new(move |_| {
        app.rounds()
            .with(|r| r.find(id).map(|r| r.own.clone()).unwrap_or_default())
    });
    let set = move |statement: &'static str, value: u8| {
        app.update_rounds(|r| {
            let mut values: BTreeMap<String, u8> =
                r.find(id).map(|r| r.own.clone()).unwrap_or_default();
            values.insert(statement.to_string(), value);
            r.set_own(id, &values);
        });
    };
    let statements = TEAM
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let options = (1..=5u8)
                .map(|value| {
                    let input_id = format!("own-{}-{value}", s.id);
                    let for_id = input_id.clone();
                    view! {
                        <label class="scale-option" for=for_id>
                            <input
                                type="radio"
                                id=input_id
                                name=format!("own-{}", s.id)
                                value=value.to_string()
                                prop:checked=move || own.with(|o| o.get(s.id) == Some(&value))
                                on:change=move |_| set(s.id, value)
                            />
                            <span>{scale_label(value)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="question">
                    <legend>
                        <span class="q-number">{i + 1} ". "</span>
                        {s.text()}
                    </legend>
                    <div class="scale">{options}</div>
                </fieldset>
            }
        })
        .collect_view();
    let w = words::own();
    view! {
        <section class="card own-answers" aria-labelledby="own-heading">
            <h2 id="own-heading">{w.heading}</h2>
            <p class="hint">{w.hint}</p>
            <details>
                <summary>
                    {move || {
                        fill(
                            w.summary,
                            &[
                                ("given", &own.with(BTreeMap::len).to_string()),
                                ("total", &TEAM.len().to_string()),
                            ],
                        )
                    }}
                </summary>
                {statements}
            </details>
        </section>
    }
}

/// A button that asks before it acts: pressing it shows `question` (worded
/// when it opens) with a button that does it and one that keeps things as
/// they are. Focus moves to the "yes" button, and back to the first button
/// when the visitor keeps things.
#[component]
fn ConfirmButton(
    id: &'static str,
    /// The id of the button that does it.
    yes_id: &'static str,
    class: &'static str,
    label: &'static str,
    question: Callback<(), String>,
    yes: &'static str,
    no: &'static str,
    on_yes: Callback<()>,
) -> impl IntoView {
    let (confirming, set_confirming) = signal(false);
    let text_id = format!("{yes_id}-text");
    view! {
        <p>
            <button
                type="button"
                id=id
                class=class
                aria-expanded=move || confirming.get().to_string()
                on:click=move |_| {
                    set_confirming.set(true);
                    focus_later(yes_id);
                }
            >
                {label}
            </button>
        </p>
        {move || {
            confirming
                .get()
                .then(|| {
                    view! {
                        <div class="confirm" role="group" aria-labelledby=text_id.clone()>
                            <p id=text_id.clone()>{question.run(())}</p>
                            <p class="button-row">
                                <button
                                    type="button"
                                    id=yes_id
                                    class=class
                                    on:click=move |_| {
                                        set_confirming.set(false);
                                        on_yes.run(());
                                    }
                                >
                                    {yes}
                                </button>
                                <button
                                    type="button"
                                    on:click=move |_| {
                                        set_confirming.set(false);
                                        focus_later(id);
                                    }
                                >
                                    {no}
                                </button>
                            </p>
                        </div>
                    }
                })
        }}
    }
}

/// "Close the round", behind a confirmation.
#[component]
fn CloseRound(id: RoundId, is_open: Memo<bool>, count: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let w = words::close();
    let question = Callback::new(move |()| {
        let n = count.get_untracked();
        let mut text = w.question.to_string();
        if n < MIN_ANSWERS {
            text.push(' ');
            text += &fill(
                w.too_few,
                &[("answers", &answers(n)), ("min", &MIN_ANSWERS.to_string())],
            );
        }
        text
    });
    let close = Callback::new(move |()| {
        app.update_rounds(|r| {
            r.close(id, now_ms());
        });
        focus_later("results-heading");
    });
    move || {
        is_open.get().then(|| {
            view! {
                <section class="close-round" aria-labelledby="close-heading">
                    <h2 id="close-heading">{w.heading}</h2>
                    <p>{w.intro}</p>
                    <ConfirmButton
                        id="close-round"
                        yes_id="close-confirm"
                        class="button"
                        label=w.button
                        question=question
                        yes=w.yes
                        no=w.no
                        on_yes=close
                    />
                </section>
            }
        })
    }
}

/// "Delete this round", behind a confirmation.
#[component]
fn DeleteRound(id: RoundId, count: Memo<usize>, on_deleted: Callback<()>) -> impl IntoView {
    let app = use_app();
    let w = words::delete();
    let question =
        Callback::new(move |()| fill(w.question, &[("answers", &answers(count.get_untracked()))]));
    let delete = Callback::new(move |()| {
        app.update_rounds(|r| {
            r.delete(id);
        });
        on_deleted.run(());
    });
    view! {
        <section class="delete-round" aria-labelledby="delete-heading">
            <h2 id="delete-heading">{w.heading}</h2>
            <ConfirmButton
                id="delete-round"
                yes_id="delete-confirm"
                class="button danger"
                label=w.button
                question=question
                yes=w.yes
                no=w.no
                on_yes=delete
            />
        </section>
    }
}
