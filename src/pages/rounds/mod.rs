//! Team rounds, for the person asking: the list of rounds and starting one
//! (`/rounds`), one round with its invitation, the codes pasted in, closing
//! and the results (`/rounds/<id>`), and a reply link a colleague sent
//! (`/rounds/add#LLA1-…`). All in the wasm's `rounds` piece.

mod add;
mod browser;
mod qr;
pub mod reminder;
pub mod results;
mod round;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::{clock, set_title};
use crate::content::rounds::KINDS;
use crate::content::Role;
use crate::model::progress::plural;
use crate::model::rounds::codes::{InvitationProblem, MAX_NAME_CHARS};
use crate::model::rounds::results::MIN_ANSWERS;
use crate::model::rounds::{date_to_day, NewRound, Round, RoundKind, StartProblem, MAX_ROUNDS};
use crate::paths::href;
use crate::seal::{self, SealError};
use crate::state::{now_ms, use_app};

pub use add::AddPage;
use reminder::Reminder;
use results::RoundsTrend;
pub use round::RoundPage;

/// A round's name in lists and headings: its kind, and the name shown to
/// the people answering.
pub fn round_title(r: &Round) -> String {
    let kind = match r.kind() {
        Some(RoundKind::AboutMe(_)) => "About me",
        Some(RoundKind::Team) => "About our team",
        None => "A round of a kind this version does not know",
    };
    match r.name.as_deref() {
        Some(name) => format!("{kind}: {name}"),
        None => kind.to_string(),
    }
}

/// Today on the visitor's clock, as a day number.
fn today() -> u16 {
    date_to_day(&clock::iso_date(now_ms())).unwrap_or(0)
}

/// What the asker can do next with a round, in a sentence.
pub fn next_step(r: &Round, today: u16) -> String {
    let n = r.answers.len();
    if r.kind().is_none() {
        return "This round comes from a newer version of the app: reload the page to use it."
            .to_string();
    }
    if r.is_open() {
        if n == 0 {
            "Next: send the invitation link to the people you are asking.".to_string()
        } else if n < MIN_ANSWERS {
            format!(
                "Next: {} needed before there can be results.",
                plural(MIN_ANSWERS - n, "more answer", "more answers")
            )
        } else if r.past_closing(today) {
            "The closing date has passed: close the round to see the results.".to_string()
        } else {
            "Next: close the round to see the results, or wait for more answers.".to_string()
        }
    } else if n >= MIN_ANSWERS {
        "Closed: the results are ready.".to_string()
    } else {
        format!(
            "Closed with {}: results need at least {MIN_ANSWERS}, so none can be shown.",
            plural(n, "answer", "answers")
        )
    }
}

/// A round in one line: "Open · 2 answers · started 2026-11-29 · closing
/// date 2026-12-06" (the count only with `count`).
fn facts(r: &Round, count: bool) -> String {
    let mut parts = vec![if r.is_open() { "Open" } else { "Closed" }.to_string()];
    if count {
        parts.push(plural(r.answers.len(), "answer", "answers"));
    }
    parts.push(format!("started {}", clock::date(r.started_at)));
    match (r.closed_at, &r.closes_on) {
        (Some(at), _) => parts.push(format!("closed {}", clock::date(at))),
        (None, Some(day)) => parts.push(format!("closing date {day}")),
        (None, None) => {}
    }
    parts.join(" · ")
}

/// `/rounds`: the visitor's rounds, and starting a new one.
#[component]
pub fn RoundsPage() -> impl IntoView {
    set_title("Ask your team");
    let app = use_app();
    browser::focus_later("rounds-title");
    let rounds = Memo::new(move |_| {
        app.rounds().with(|d| {
            let today = today();
            d.rounds
                .iter()
                .rev()
                .map(|r| {
                    (
                        r.id.clone(),
                        round_title(r),
                        facts(r, true),
                        next_step(r, today),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let list = move || {
        let rounds = rounds.get();
        if rounds.is_empty() {
            return view! { <p class="empty-note">"No rounds yet. Start the first one below."</p> }
                .into_any();
        }
        view! {
            <ul class="round-list">
                {rounds
                    .into_iter()
                    .map(|(id, title, facts, next)| {
                        view! {
                            <li class="card round-item">
                                <h3>
                                    <a href=href(&format!("/rounds/round?id={id}"))>{title}</a>
                                </h3>
                                <p class="round-facts">{facts}</p>
                                <p class="round-next">{next}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <article class="page rounds">
            <h1 id="rounds-title" tabindex="-1">
                "Ask your team"
            </h1>
            <p class="lead">
                "A self-assessment is your own view. Here you ask the people you work with for theirs, "
                "on the same three components, with no account and no server: the invitation is a link, "
                "and each answer comes back to you as a sealed code."
            </p>
            <section aria-labelledby="rounds-heading">
                <h2 id="rounds-heading">"Your rounds"</h2>
                {list}
            </section>
            <StartForm />
            <RoundsTrend kind="about-me" />
            <RoundsTrend kind="team" />
            <Reminder />
        </article>
    }
}

/// Why a round could not be started, in the visitor's words.
fn start_problem(p: StartProblem) -> String {
    match p {
        StartProblem::Invitation(InvitationProblem::NameTooLong) => {
            format!("The name is too long: use at most {MAX_NAME_CHARS} characters.")
        }
        StartProblem::Invitation(InvitationProblem::NameNotPlain) => {
            "The name holds characters that cannot go into a link, such as a line break. Use \
             plain text."
                .to_string()
        }
        StartProblem::Invitation(InvitationProblem::BadKey) | StartProblem::SameId => {
            "Something went wrong making the round's key, so nothing was started. Try again."
                .to_string()
        }
        StartProblem::TooMany => format!(
            "You have {MAX_ROUNDS} rounds, the most this app keeps. Delete one you no longer \
             need, then start the new one."
        ),
    }
}

fn seal_problem(e: SealError) -> String {
    match e {
        SealError::Unavailable => "This browser cannot make the keys a round needs here: its \
             cryptography works only on a secure (https) address. Nothing was started."
            .to_string(),
        SealError::BadKey | SealError::Damaged | SealError::Browser(_) => {
            "The browser could not make the round's keys, so nothing was started. Try again."
                .to_string()
        }
    }
}

/// Starting a round: its kind, a name, a closing date.
#[component]
fn StartForm() -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let (kind, set_kind) = signal("about-me");
    let (role, set_role) = signal(app.role());
    let (name, set_name) = signal(String::new());
    let (closes, set_closes) = signal(String::new());
    let (error, set_error) = signal(None::<String>);
    let (busy, set_busy) = signal(false);
    let min_date = clock::iso_date(now_ms());

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let kind = match kind.get_untracked() {
            "team" => RoundKind::Team,
            _ => match role.get_untracked() {
                Some(role) => RoundKind::AboutMe(role),
                None => {
                    set_error.set(Some(
                        "Choose your role first: the statements your colleagues see are worded for it."
                            .to_string(),
                    ));
                    browser::focus_later("start-error");
                    return;
                }
            },
        };
        let closes = closes.get_untracked();
        let closes_on_day = if closes.is_empty() {
            None
        } else {
            match date_to_day(&closes) {
                Some(day) if day >= today() => Some(day),
                Some(_) => {
                    set_error.set(Some(
                        "That closing date has passed already. Choose a later one, or none."
                            .to_string(),
                    ));
                    browser::focus_later("start-error");
                    return;
                }
                None => {
                    set_error.set(Some(
                        "The closing date is not a date this app can use. Choose one from the calendar, or none."
                            .to_string(),
                    ));
                    browser::focus_later("start-error");
                    return;
                }
            }
        };
        let name = name.get_untracked();
        set_error.set(None);
        set_busy.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let outcome = match seal::new_key_pair().await {
                Err(e) => Err(seal_problem(e)),
                Ok((public_key, private_key)) => {
                    // A random id is new in all but astronomically rare
                    // cases; one more try covers them.
                    let mut outcome = Err(StartProblem::SameId);
                    for _ in 0..2 {
                        let Some(id) = browser::random_round_id() else {
                            break;
                        };
                        app.update_rounds(|r| {
                            outcome = r
                                .start(
                                    NewRound {
                                        id,
                                        kind,
                                        name: Some(&name),
                                        closes_on_day,
                                        public_key: &public_key,
                                        private_key: &private_key,
                                    },
                                    now_ms(),
                                )
                                .map(|inv| inv.round);
                        });
                        if outcome != Err(StartProblem::SameId) {
                            break;
                        }
                    }
                    outcome.map_err(start_problem)
                }
            };
            set_busy.set(false);
            match outcome {
                Ok(id) => navigate(
                    &format!("/rounds/round?id={}", id.hex()),
                    Default::default(),
                ),
                Err(message) => {
                    set_error.set(Some(message));
                    browser::focus_later("start-error");
                }
            }
        });
    };

    let kinds = KINDS
        .iter()
        .map(|k| {
            let id = format!("kind-{}", k.id);
            let hint = format!("{id}-hint");
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name="round-kind"
                        value=k.id
                        aria-describedby=hint.clone()
                        prop:checked=move || kind.get() == k.id
                        on:change=move |_| set_kind.set(k.id)
                    />
                    <label for=id>
                        {k.title()}
                        <span class="hint choice-hint" id=hint>{k.description()}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let roles = Role::ALL
        .map(|r| {
            let id = format!("round-role-{}", r.id());
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name="round-role"
                        value=r.id()
                        prop:checked=move || role.get() == Some(r)
                        on:change=move |_| set_role.set(Some(r))
                    />
                    <label for=id>{r.label()}</label>
                </div>
            }
        })
        .collect_view();

    view! {
        <section class="card start-round" aria-labelledby="start-heading">
            <h2 id="start-heading">"Start a round"</h2>
            <form on:submit=submit novalidate>
                <fieldset>
                    <legend>"Who is it about?"</legend>
                    {kinds}
                </fieldset>
                <fieldset prop:hidden=move || kind.get() == "team">
                    <legend>"Your role"</legend>
                    <p class="hint">"The statements your colleagues rate are worded for it."</p>
                    {roles}
                </fieldset>
                <div class="field">
                    <label for="round-name">"Name shown to the people answering (optional)"</label>
                    <p class="hint" id="round-name-hint">
                        {move || {
                            if kind.get() == "team" {
                                "The team's name, so people know which team they are rating."
                            } else {
                                "Your first name, so the statements read naturally."
                            }
                        }}
                        " At most " {MAX_NAME_CHARS} " characters."
                    </p>
                    <input
                        type="text"
                        id="round-name"
                        maxlength=MAX_NAME_CHARS.to_string()
                        aria-describedby="round-name-hint"
                        autocomplete="off"
                        prop:value=name
                        on:input=move |ev| set_name.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="round-closes">"Closing date (optional)"</label>
                    <p class="hint" id="round-closes-hint">
                        "Shown to the people answering. The round stays open until you close it."
                    </p>
                    <input
                        type="date"
                        id="round-closes"
                        min=min_date
                        aria-describedby="round-closes-hint"
                        prop:value=closes
                        on:input=move |ev| set_closes.set(event_target_value(&ev))
                    />
                </div>
                <p id="start-error" class="error" role="alert" tabindex="-1">
                    {move || error.get()}
                </p>
                <p>
                    <button type="submit" class="button" disabled=busy>
                        {move || if busy.get() { "Starting…" } else { "Start the round" }}
                    </button>
                </p>
            </form>
        </section>
    }
}
