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
use crate::model::rounds::codes::{InvitationProblem, MAX_NAME_CHARS};
use crate::model::rounds::results::MIN_ANSWERS;
use crate::model::rounds::{date_to_day, NewRound, Round, RoundKind, StartProblem, MAX_ROUNDS};
use crate::model::time::day_date;
use crate::paths::href;
use crate::seal::{self, SealError};
use crate::state::{now_ms, use_app};
use crate::text::{fill, plural, rounds_list};

pub use add::AddPage;
use reminder::Reminder;
use results::RoundsTrend;
pub use round::RoundPage;

/// A round's name in lists and headings: its kind, and the name shown to
/// the people answering.
pub fn round_title(r: &Round) -> String {
    let words = rounds_list::round_title();
    let kind = match r.kind() {
        Some(RoundKind::AboutMe(_)) => words.about_me,
        Some(RoundKind::Team) => words.team,
        None => words.unknown,
    };
    match r.name.as_deref() {
        Some(name) => fill(words.named, &[("kind", kind), ("name", name)]),
        None => kind.to_string(),
    }
}

/// Today on the visitor's clock, as a day number.
fn today() -> u16 {
    date_to_day(&clock::iso_date(now_ms())).unwrap_or(0)
}

/// What the asker can do next with a round, in a sentence.
pub fn next_step(r: &Round, today: u16) -> String {
    let words = rounds_list::next_step();
    let n = r.answers.len();
    if r.kind().is_none() {
        return words.newer.to_string();
    }
    if r.is_open() {
        if n == 0 {
            words.send.to_string()
        } else if n < MIN_ANSWERS {
            plural(MIN_ANSWERS - n, words.more_one, words.more_other)
        } else if r.past_closing(today) {
            words.passed.to_string()
        } else {
            words.close_or_wait.to_string()
        }
    } else if n >= MIN_ANSWERS {
        words.ready.to_string()
    } else {
        fill(
            &plural(n, words.too_few_one, words.too_few_other),
            &[("min", &MIN_ANSWERS.to_string())],
        )
    }
}

/// A round in one line: "Open · 2 answers · started 2026-11-29 · closing
/// date 2026-12-06" (the count only with `count`).
fn facts(r: &Round, count: bool) -> String {
    let words = rounds_list::facts();
    let mut parts = vec![if r.is_open() {
        words.open
    } else {
        words.closed
    }
    .to_string()];
    if count {
        parts.push(plural(
            r.answers.len(),
            words.answers_one,
            words.answers_other,
        ));
    }
    let dated = |text, date: String| fill(text, &[("date", &date)]);
    parts.push(dated(words.started, clock::date(r.started_at)));
    match (r.closed_at, &r.closes_on) {
        (Some(at), _) => parts.push(dated(words.closed_on, clock::date(at))),
        (None, Some(day)) => parts.push(dated(
            words.closing_date,
            // A date this app cannot read is shown as it is saved.
            r.closes_on_day()
                .map_or_else(|| day.clone(), |d| day_date(i64::from(d))),
        )),
        (None, None) => {}
    }
    parts.join(" · ")
}

/// `/rounds`: the visitor's rounds, and starting a new one.
#[component]
pub fn RoundsPage() -> impl IntoView {
    let words = rounds_list::list();
    set_title(words.title);
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
            return view! { <p class="empty-note">{words.empty}</p> }.into_any();
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
                {words.title}
            </h1>
            <p class="lead">{words.lead}</p>
            <section aria-labelledby="rounds-heading">
                <h2 id="rounds-heading">{words.heading}</h2>
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
    let words = rounds_list::start();
    match p {
        StartProblem::Invitation(InvitationProblem::NameTooLong) => {
            fill(words.name_too_long, &[("max", &MAX_NAME_CHARS.to_string())])
        }
        StartProblem::Invitation(InvitationProblem::NameNotPlain) => {
            words.name_not_plain.to_string()
        }
        StartProblem::Invitation(InvitationProblem::BadKey) | StartProblem::SameId => {
            words.key_failed.to_string()
        }
        StartProblem::TooMany => fill(words.too_many, &[("max", &MAX_ROUNDS.to_string())]),
    }
}

fn seal_problem(e: SealError) -> String {
    let words = rounds_list::start();
    match e {
        SealError::Unavailable => words.no_crypto.to_string(),
        SealError::BadKey | SealError::Damaged | SealError::Browser(_) => {
            words.browser_failed.to_string()
        }
    }
}

/// Starting a round: its kind, a name, a closing date.
#[component]
fn StartForm() -> impl IntoView {
    let words = rounds_list::start();
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
                    set_error.set(Some(words.no_role.to_string()));
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
                    set_error.set(Some(words.date_passed.to_string()));
                    browser::focus_later("start-error");
                    return;
                }
                None => {
                    set_error.set(Some(words.date_unusable.to_string()));
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
            <h2 id="start-heading">{words.heading}</h2>
            <form on:submit=submit novalidate>
                <fieldset>
                    <legend>{words.who}</legend>
                    {kinds}
                </fieldset>
                <fieldset prop:hidden=move || kind.get() == "team">
                    <legend>{words.role}</legend>
                    <p class="hint">{words.role_hint}</p>
                    {roles}
                </fieldset>
                <div class="field">
                    <label for="round-name">{words.name}</label>
                    <p class="hint" id="round-name-hint">
                        {move || {
                            if kind.get() == "team" {
                                words.name_hint_team
                            } else {
                                words.name_hint_me
                            }
                        }}
                        " "
                        {fill(words.name_max, &[("max", &MAX_NAME_CHARS.to_string())])}
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
                    <label for="round-closes">{words.closes}</label>
                    <p class="hint" id="round-closes-hint">{words.closes_hint}</p>
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
                        {move || if busy.get() { words.busy } else { words.button }}
                    </button>
                </p>
            </form>
        </section>
    }
}

// Natively only: a WebAssembly build carries one language.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::text::{set_lang, Lang};

    /// A team round named "Blue", started on 2026-11-29 with `answers`
    /// answers and a closing date of 2026-12-18.
    fn round(answers: usize) -> Round {
        let answers: Vec<String> = (0..answers)
            .map(|i| format!(r#"{{"id":"AAAAAAAAAAAAAAA{i}","values":{{}}}}"#))
            .collect();
        serde_json::from_str(&format!(
            r#"{{"id":"a102030405060708","kind":"team","name":"Blue",
                "closes_on":"2026-12-18","started_at":1795910400000,
                "answers":[{}]}}"#,
            answers.join(",")
        ))
        .unwrap()
    }

    #[test]
    fn a_rounds_line_and_next_step_speak_german() {
        let today = date_to_day("2026-11-30").unwrap();
        let english = (
            round_title(&round(1)),
            facts(&round(1), true),
            next_step(&round(1), today),
        );
        set_lang(Lang::De);
        let german = (
            round_title(&round(1)),
            facts(&round(1), true),
            next_step(&round(1), today),
            next_step(&round(0), today),
        );
        set_lang(Lang::En);
        assert_eq!(
            english,
            (
                "About our team: Blue".to_string(),
                "Open · 1 answer · started 2026-11-29 · closing date 2026-12-18".to_string(),
                "Next: 2 more answers needed before there can be results.".to_string(),
            )
        );
        assert_eq!(
            german,
            (
                "Über unser Team: Blue".to_string(),
                "Offen · 1 Antwort · gestartet am 29.11.2026 · Abschlussdatum 18.12.2026"
                    .to_string(),
                "Als Nächstes: Es braucht noch 2 Antworten, bevor es Ergebnisse geben kann."
                    .to_string(),
                "Als Nächstes: Schick den Einladungslink an die Personen, die du fragst."
                    .to_string(),
            )
        );
    }

    fn first_visit_words() -> Vec<&'static str> {
        let l = rounds_list::list();
        let s = rounds_list::start();
        let r = rounds_list::reminder();
        let a = rounds_list::add();
        vec![
            l.title,
            l.lead,
            l.heading,
            l.empty,
            s.heading,
            s.who,
            s.role,
            s.name,
            s.closes,
            s.closes_hint,
            s.button,
            r.heading,
            r.intro,
            r.remind_me,
            r.download,
            a.title,
            a.same_browser,
            a.all_rounds,
        ]
    }

    #[test]
    fn the_rounds_list_and_add_pages_speak_every_language() {
        crate::prerender::assert_pages_translated(
            &["/rounds", "/rounds/add", "/assess/history"],
            first_visit_words,
        );
    }
}
