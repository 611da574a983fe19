//! The self-assessment: the questionnaire (`/assess`), the results of one
//! assessment (`/assess/results`, the latest, or `?at=<time>` for an earlier
//! one) and the history with trends and comparison (`/assess/history`).
//!
//! The pages only draw and call the model; scoring, patterns, next actions
//! and history rules live in [`crate::model::assessment`].

use leptos::ev::SubmitEvent;
use leptos::html::{Button, H1, H2};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use wasm_bindgen::JsCast;

use std::collections::BTreeMap;

use crate::components::chart::{ScoreBars, TrendLine};
use crate::components::clock;
use crate::components::progress_bar::ProgressBar;
use crate::components::role_picker::RolePicker;
use crate::components::set_title;
use crate::content::assessment::{
    answered_as, intro, pillar_prompt, rung_advice, scale_label, statements_for, NextAction,
    Statement, LADDER_QUESTION, TARGET_RUNG,
};
use crate::content::{item_by_id, Pillar, Role, LADDER};
use crate::model::assessment::{
    change, change_sign, change_words, next_actions, pillar_in_sentence, question_count, reason,
    rules, rung_phrase, scoring_words, Assessment, AssessmentData, Scores, RUNGS, SCORE_MAX,
};
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::{now_ms, use_app};
use crate::text::{assess_page, fill};

/// `template` filled with `values`, each value kept on one line (a date in a
/// caption should not break in the middle).
fn nowrap_filled(template: &str, values: Vec<(&'static str, String)>) -> impl IntoView {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let name = &rest[open + 1..close];
        parts.push(rest[..open].to_string().into_any());
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, v)) => {
                parts.push(view! { <span class="nowrap">{v.clone()}</span> }.into_any())
            }
            None => parts.push(rest[open..=close].to_string().into_any()),
        }
        rest = &rest[close + 1..];
    }
    parts.push(rest.to_string().into_any());
    parts
}

/// Focuses the element with this id, if it can take focus.
fn focus_id(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Each completed assessment's label for charts and captions: its local
/// date, with the time where two fall on the same day.
fn date_labels(data: &AssessmentData) -> BTreeMap<u64, String> {
    let times: Vec<u64> = data.chronological().iter().map(|a| a.taken_at).collect();
    let labels = clock::labels(times.iter().copied());
    times.into_iter().zip(labels).collect()
}

/// The label of the assessment taken at `t` among all of them.
fn date_label(t: u64) -> String {
    use_app()
        .assessments()
        .with_untracked(date_labels)
        .remove(&t)
        .unwrap_or_else(|| clock::date(t))
}

/// Moves keyboard focus to a page's heading when the page opens.
fn focus_on_open(heading: NodeRef<H1>) {
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
}

/// The questionnaire.
#[component]
pub fn AssessPage() -> impl IntoView {
    let words = assess_page::questionnaire();
    set_title(words.title);
    let app = use_app();
    let heading = NodeRef::<H1>::new();
    focus_on_open(heading);
    // Memos, here and below: another tab's change reloads the whole part, and
    // a view should run again only when what it shows has changed (a rerun
    // builds its components afresh, losing their state).
    let has_history = Memo::new(move |_| app.assessments().with(|a| !a.history.is_empty()));
    // A draft saved before drafts recorded their role is taken to be in the
    // role it is first shown in.
    let seen_as = app.progress.with_untracked(|p| p.role());
    let stage = Memo::new(move |_| {
        let role = app.role()?;
        Some(
            app.assessments()
                .with(|a| a.role_switch(role, seen_as))
                .map(|(from, answered)| (from, role, answered)),
        )
    });
    // What the last choice about a role change did, for screen readers and
    // eyes alike.
    let outcome = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| {
        if matches!(stage.get(), Some(Some(_))) {
            outcome.set(None);
        }
    });
    view! {
        <article class="page assess">
            <h1 node_ref=heading tabindex="-1">{words.title}</h1>
            <p class="lead">{words.lead}</p>
            {paragraphs(intro())}
            {move || {
                has_history
                    .get()
                    .then(|| {
                        view! {
                            <p class="button-row">
                                <a class="button secondary" href=href("/assess/results")>
                                    {words.latest_results}
                                </a>
                                <a class="button secondary" href=href("/assess/history")>
                                    {words.history}
                                </a>
                            </p>
                        }
                    })
            }}
            <div class="card">
                <RolePicker />
            </div>
            <p role="status" class="hint">{move || outcome.get()}</p>
            {move || match stage.get() {
                Some(None) => view! { <Questionnaire /> }.into_any(),
                Some(Some((from, to, answered))) => {
                    view! { <RoleSwitch from=from to=to answered=answered outcome=outcome /> }
                        .into_any()
                }
                None => {
                    view! {
                        <p class="hint">{words.choose_role}</p>
                    }
                        .into_any()
                }
            }}
        </article>
    }
}

/// Asked when the role changes while a draft holds answers given to the
/// other role's wording: start afresh, keep the answers, or go back.
#[component]
fn RoleSwitch(
    from: Role,
    to: Role,
    answered: usize,
    outcome: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let app = use_app();
    let words = assess_page::role_switch();
    // The buttons go once a choice is made: focus returns to the role.
    let done = move |said: &'static str| {
        outcome.set(Some(said));
        request_animation_frame(move || {
            let role = app.progress.with_untracked(|p| p.role()).unwrap_or(to);
            focus_id(&format!("role-{}", role.id()));
        });
    };
    let afresh = move |_| {
        app.update_assessments(|a| a.discard_draft());
        done(words.afresh_done);
    };
    let keep = move |_| {
        app.update_assessments(|a| a.set_draft_role(to));
        done(words.keep_done);
    };
    let back = move |_| {
        app.set_role(from);
        done(words.back_done);
    };
    view! {
        <section class="banner" role="alert" aria-labelledby="role-switch-heading">
            <h2 id="role-switch-heading">{words.heading}</h2>
            <p>
                {fill(
                    words.body,
                    &[
                        ("answered", &answered.to_string()),
                        ("total", &question_count().to_string()),
                        ("from", answered_as(from)),
                        ("to", answered_as(to)),
                    ],
                )}
            </p>
            <p class="button-row">
                <button type="button" class="button" on:click=afresh>
                    {words.afresh}
                </button>
                <button type="button" class="button secondary" on:click=keep>
                    {words.keep}
                </button>
                <button type="button" class="button secondary" on:click=back>
                    {words.back}
                </button>
            </p>
        </section>
    }
}

/// The statements and the ladder question, with the answered count and the
/// list of unanswered questions when the visitor asks for results too soon.
#[component]
fn Questionnaire() -> impl IntoView {
    let app = use_app();
    let words = assess_page::questionnaire();
    let role = Signal::from(Memo::new(move |_| app.role().unwrap_or(Role::Leader)));
    let (show_missing, set_show_missing) = signal(false);
    let summary = NodeRef::<H2>::new();
    let navigate = use_navigate();
    let tally = Signal::derive(move || app.assessments().with(|a| a.tally()));
    let missing = Memo::new(move |_| app.assessments().with(|a| a.missing()));
    let started = Memo::new(move |_| {
        app.assessments().with(|a| {
            a.draft
                .as_ref()
                .filter(|d| !d.answers.is_empty() || d.rung.is_some())
                .map(|d| clock::date(d.started_at))
        })
    });

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(role) = app.role() else {
            return;
        };
        if !missing.get_untracked().is_empty() {
            set_show_missing.set(true);
            // Once the summary is drawn, take the keyboard to its heading.
            request_animation_frame(move || {
                if let Some(el) = summary.get_untracked() {
                    let _ = el.focus();
                }
            });
            return;
        }
        let mut done = None;
        app.update_assessments(|a| done = a.complete(role, now_ms()).ok());
        if done.is_some() {
            // The router adds the site's base itself.
            navigate("/assess/results", Default::default());
        } else {
            set_show_missing.set(true);
        }
    };

    let groups = Pillar::ALL
        .iter()
        .map(|&pillar| {
            let heading_id = format!("group-{}", pillar.id());
            let labelled_by = heading_id.clone();
            let fields = statements_for(pillar)
                .map(|s| view! { <StatementField statement=s role=role show_missing=show_missing /> })
                .collect_view();
            view! {
                <section class="assess-group" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{pillar.name()}</h2>
                    <p class="hint">{pillar_prompt(pillar)}</p>
                    {fields}
                </section>
            }
        })
        .collect_view();

    view! {
        <form class="assess-form" novalidate on:submit=submit>
            <div class="assess-status">
                <ProgressBar label=words.progress_label tally=tally />
                {move || {
                    started
                        .get()
                        .map(|date| {
                            view! {
                                <p class="hint">{fill(words.started, &[("date", &date)])}</p>
                            }
                        })
                }}
            </div>
            <section
                class="error-summary"
                aria-labelledby="missing-heading"
                hidden=move || !show_missing.get() || missing.with(|m| m.is_empty())
            >
                <h2 id="missing-heading" tabindex="-1" node_ref=summary>
                    {move || {
                        let n = missing.with(|m| m.count());
                        let text = if n == 1 { words.missing_one } else { words.missing_other };
                        fill(text, &[("n", &n.to_string())])
                    }}
                </h2>
                <p>{words.missing_go}</p>
                <ul class="button-row">
                    {move || {
                        let m = missing.get();
                        let statements = m.statements.into_iter().map(|s| (s.id, question_number(s.id)));
                        let ladder = m.rung.then_some(("ladder", question_count()));
                        statements
                            .chain(ladder)
                            .map(|(id, number)| {
                                let target = format!("q-{id}-1");
                                view! {
                                    <li>
                                        <a
                                            class="button secondary small"
                                            href=format!("#q-{id}")
                                            rel="external"
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                focus_id(&target);
                                            }
                                        >
                                            <span class="visually-hidden">{words.question} " "</span>
                                            {number}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
            {groups}
            <section class="assess-group" aria-labelledby="group-ladder">
                <h2 id="group-ladder">{words.ladder_heading}</h2>
                <LadderField role=role show_missing=show_missing />
            </section>
            <p class="assess-submit">
                <button type="submit" class="button">{words.submit}</button>
            </p>
        </form>
    }
}

/// A statement's number as the questionnaire shows it (the ladder question
/// comes last).
fn question_number(statement_id: &str) -> usize {
    crate::content::STATEMENTS
        .iter()
        .position(|s| s.id == statement_id)
        .map(|i| i + 1)
        .unwrap_or_default()
}

/// One statement: a fieldset with five labelled radio buttons.
#[component]
fn StatementField(
    statement: &'static Statement,
    role: Signal<Role>,
    show_missing: ReadSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let answer = move || app.assessments().with(|a| a.answer_of(statement.id));
    let unanswered = move || show_missing.get() && answer().is_none();
    let number = question_number(statement.id);
    let note_id = format!("q-{}-missing", statement.id);
    let described = note_id.clone();
    let options = (1..=5u8)
        .map(|value| {
            let id = format!("q-{}-{value}", statement.id);
            let for_id = id.clone();
            view! {
                <label class="scale-option" for=for_id>
                    <input
                        type="radio"
                        id=id
                        name=format!("q-{}", statement.id)
                        value=value.to_string()
                        prop:checked=move || answer() == Some(value)
                        on:change=move |_| {
                            app.update_assessments(|a| {
                                a.answer(statement.id, value, now_ms());
                                a.set_draft_role(role.get_untracked());
                            })
                        }
                    />
                    <span>{scale_label(value)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="question"
            class:missing=unanswered
            id=format!("q-{}", statement.id)
            aria-describedby=move || unanswered().then(|| described.clone())
        >
            <legend>
                <span class="q-number">{number} ". "</span>
                {move || statement.text(role.get())}
            </legend>
            {move || {
                unanswered()
                    .then(|| view! { <p class="q-missing" id=note_id.clone()>{assess_page::questionnaire().not_answered}</p> })
            }}
            <div class="scale">{options}</div>
        </fieldset>
    }
}

/// The ladder question: seven rungs, each described in plain words.
#[component]
fn LadderField(role: Signal<Role>, show_missing: ReadSignal<bool>) -> impl IntoView {
    let app = use_app();
    let chosen = move || app.assessments().with(|a| a.draft_rung());
    let unanswered = move || show_missing.get() && chosen().is_none();
    let rungs = LADDER
        .iter()
        .map(|rung| {
            let number = rung.number;
            let id = format!("q-ladder-{number}");
            let for_id = id.clone();
            view! {
                <label class="rung-option" for=for_id>
                    <input
                        type="radio"
                        id=id
                        name="q-ladder"
                        value=number.to_string()
                        prop:checked=move || chosen() == Some(number)
                        on:change=move |_| {
                            app.update_assessments(|a| {
                                a.set_rung(number, now_ms());
                                a.set_draft_role(role.get_untracked());
                            })
                        }
                    />
                    <span>
                        <strong>
                            {fill(
                                assess_page::questionnaire().rung,
                                &[("n", &number.to_string()), ("phrase", rung.phrase())],
                            )}
                        </strong>
                        " "
                        <span class="rung-words">
                            {move || LADDER_QUESTION.rung_words(role.get(), number).unwrap_or_default()}
                        </span>
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="question ladder-question"
            class:missing=unanswered
            id="q-ladder"
            aria-describedby=move || {
                if unanswered() { "q-ladder-hint q-ladder-missing" } else { "q-ladder-hint" }
            }
        >
            <legend>
                <span class="q-number">{question_count()} ". "</span>
                {move || LADDER_QUESTION.question(role.get())}
            </legend>
            <p class="hint" id="q-ladder-hint">{LADDER_QUESTION.hint()}</p>
            {move || {
                unanswered()
                    .then(|| view! { <p class="q-missing" id="q-ladder-missing">{assess_page::questionnaire().not_answered}</p> })
            }}
            <div class="rungs">{rungs}</div>
        </fieldset>
    }
}

/// The assessment a results page shows: `?at=<time>`, or the latest.
fn chosen_assessment(at: Option<u64>) -> Option<(Assessment, Option<Assessment>, bool)> {
    let app = use_app();
    app.assessments().with(|a| {
        let latest = a.latest()?.taken_at;
        let shown = at.and_then(|t| a.find(t)).or_else(|| a.latest())?;
        let before = a.before(shown.taken_at).cloned();
        Some((shown.clone(), before, shown.taken_at == latest))
    })
}

/// The results of one assessment: the latest unless `?at=` names another.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let words = assess_page::results();
    set_title(words.title);
    let app = use_app();
    let query = use_query_map();
    let heading = NodeRef::<H1>::new();
    focus_on_open(heading);
    let at = Memo::new(move |_| query.with(|q| q.get("at").and_then(|v| v.parse::<u64>().ok())));
    let shown = Memo::new(move |_| chosen_assessment(at.get()));
    let draft_tally = Memo::new(move |_| {
        app.assessments()
            .with(|a| a.draft.as_ref().map(|d| d.tally()).filter(|t| t.done > 0))
    });

    view! {
        <article class="page assess-results">
            <h1 node_ref=heading tabindex="-1">{words.title}</h1>
            {move || match shown.get() {
                None => view! {
                    <p class="lead">{words.none}</p>
                    <p>
                        <a class="button" href=href("/assess")>
                            {move || if draft_tally.with(Option::is_some) { words.continue_assessment } else { words.take }}
                        </a>
                    </p>
                }
                .into_any(),
                Some((a, before, is_latest)) => view! {
                    <ResultsView assessment=a before=before is_latest=is_latest />
                }
                .into_any(),
            }}
            {move || {
                draft_tally
                    .get()
                    .filter(|_| shown.with(|s| s.is_some()))
                    .map(|t| {
                        view! {
                            <p class="hint">
                                {fill(
                                    words.in_progress,
                                    &[("done", &t.done.to_string()), ("total", &t.total.to_string())],
                                )}
                                " "
                                <a href=href("/assess")>{words.continue_it}</a>
                            </p>
                        }
                    })
            }}
        </article>
    }
}

/// The results of one assessment, drawn.
#[component]
fn ResultsView(
    assessment: Assessment,
    before: Option<Assessment>,
    is_latest: bool,
) -> impl IntoView {
    let words = assess_page::results();
    let a = assessment;
    let role = a.role().unwrap_or(Role::Leader);
    let s = a.scores;
    let pattern = a.pattern();
    let (weak, actions) = next_actions(s);
    let before_date = before.as_ref().map(|b| date_label(b.taken_at));
    let deltas = before.as_ref().map(|b| change(b.scores, s));

    let change_head = before_date
        .is_some()
        .then(|| view! { <th scope="col">{words.change}</th> });
    let caption = match before_date.clone() {
        Some(d) => nowrap_filled(
            &fill(words.caption_since, &[("max", &SCORE_MAX.to_string())]),
            vec![("date", d)],
        )
        .into_any(),
        None => fill(words.caption, &[("max", &SCORE_MAX.to_string())]).into_any(),
    };
    let score_rows = Pillar::ALL
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let delta = deltas.map(|d| {
                let (_, v) = d[i];
                view! {
                    <td>
                        <span aria-hidden="true">{change_sign(v)}</span>
                        <span class="visually-hidden">{change_words(v)}</span>
                    </td>
                }
            });
            view! {
                <tr class:weakest=p == weak>
                    <th scope="row">{p.name()}</th>
                    <td>{s.get(p)}</td>
                    <td>{SCORE_MAX}</td>
                    {delta}
                </tr>
            }
        })
        .collect_view();

    let ladder = a.rung.map(|rung| {
        let phrase = rung_phrase(rung).unwrap_or_default();
        let rung_text = LADDER_QUESTION.rung_words(role, rung).unwrap_or_default();
        let intent = (rung < TARGET_RUNG).then(|| {
            view! {
                <p>
                    <a href=href("/steps/act-your-way#item-act-intent-language")>
                        {words.intent_link}
                    </a>
                </p>
            }
        });
        view! {
            <section class="card" aria-labelledby="ladder-result-heading">
                <h2 id="ladder-result-heading">{words.ladder_heading}</h2>
                <p class="rung-result">
                    <strong>
                        {fill(
                            words.rung,
                            &[
                                ("rung", &rung.to_string()),
                                ("rungs", &RUNGS.to_string()),
                                ("phrase", phrase),
                            ],
                        )}
                    </strong>
                </p>
                <p>{rung_text}</p>
                <p>{rung_advice(role, rung)}</p>
                {intent}
            </section>
        }
    });

    let earlier_note = (!is_latest).then(|| {
        view! {
            <p class="banner banner-info">
                {words.earlier} " "
                <a href=href("/assess/results")>{words.see_latest}</a>
            </p>
        }
    });

    view! {
        {earlier_note}
        <p class="lead">
            {fill(
                words.taken,
                &[("when", &clock::datetime(a.taken_at)), ("role", answered_as(role))],
            )}
        </p>
        <section class="card" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{words.scores_heading}</h2>
            <ScoreBars title=words.scores_heading scores=s />
            <div class="table-scroll">
            <table class="score-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{words.component}</th>
                        <th scope="col">{words.score}</th>
                        <th scope="col">{words.out_of}</th>
                        {change_head}
                    </tr>
                </thead>
                <tbody>{score_rows}</tbody>
            </table>
            </div>
        </section>
        <section class=format!("card pattern pattern-{}", pattern.id()) aria-labelledby="pattern-heading">
            <p class="pattern-kicker">{words.kicker}</p>
            <h2 id="pattern-heading">{pattern.title()}</h2>
            <p>{pattern.meaning(role)}</p>
            <p><strong>{words.why}</strong>{reason(s)}</p>
            <p>{pattern.lesson()}</p>
            <details class="rules">
                <summary>{words.rules}</summary>
                <p>{scoring_words()}</p>
                <ol>{rules().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ol>
            </details>
        </section>
        <section class="card" aria-labelledby="actions-heading">
            <h2 id="actions-heading">
                {fill(words.actions_heading, &[("pillar", pillar_in_sentence(weak))])}
            </h2>
            <p>
                {fill(
                    words.weakest,
                    &[
                        ("pillar", weak.name()),
                        ("score", &s.get(weak).to_string()),
                        ("max", &SCORE_MAX.to_string()),
                    ],
                )}
            </p>
            <NextActionList actions=actions />
        </section>
        {ladder}
        <p class="button-row">
            <a class="button" href=href("/assess/history")>{words.history}</a>
            <a class="button secondary" href=href("/assess")>{words.again}</a>
        </p>
    }
}

/// Next actions, each as the checklist items it is made of (linked to
/// their step, with whether they are ticked) and the step it belongs to.
/// Also shown with a team round's results.
#[component]
pub fn NextActionList(actions: Vec<&'static NextAction>) -> impl IntoView {
    let app = use_app();
    let words = assess_page::results();
    let items = actions
        .into_iter()
        .map(|action| {
            let step = action.step.step();
            let items = action
                .items
                .iter()
                .filter_map(|id| item_by_id(id))
                .map(|(step, item)| {
                    let done = move || app.progress.with(|p| p.is_checked(item.id));
                    view! {
                        <li class:done=done>
                            <a href=href(&format!("/steps/{}#item-{}", step.slug, item.id))>
                                {item.text()}
                            </a>
                            " "
                            <span class="tag">{move || if done() { words.ticked } else { words.not_ticked }}</span>
                        </li>
                    }
                })
                .collect_view();
            // Said once: the checklist items that make up the action, as
            // links (the action's own sentence retells them).
            view! {
                <li class="next-action">
                    <ul class="next-action-items">{items}</ul>
                    <p class="next-action-step">
                        {words.part_of} " "
                        <a href=href(&format!("/steps/{}", step.slug))>
                            {fill(
                                words.step,
                                &[("n", &step.number.to_string()), ("title", step.title())],
                            )}
                        </a>
                    </p>
                </li>
            }
        })
        .collect_view();

    view! { <ol class="next-actions">{items}</ol> }
}

/// Every past assessment: trends per component, the latest compared with any
/// earlier one, and deletion with undo.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let words = assess_page::history();
    set_title(words.title);
    let app = use_app();
    let heading = NodeRef::<H1>::new();
    focus_on_open(heading);
    // Another tab's change must not build Trends and Compare afresh: the
    // comparison the visitor chose would go back to the default.
    let count = Memo::new(move |_| app.assessments().with(|a| a.history.len()));
    view! {
        <article class="page assess-history">
            <h1 node_ref=heading tabindex="-1">{words.title}</h1>
            {move || {
                (count.get() == 0)
                    .then(|| {
                        view! {
                            <p class="lead">{words.none}</p>
                        }
                    })
            }}
            {move || (count.get() > 0).then(|| view! { <Trends /> <Compare /> })}
            <EveryAssessment />
            <crate::pages::rounds::reminder::Reminder />
            <p class="button-row">
                <a class="button" href=href("/assess")>
                    {move || if count.get() == 0 { words.take } else { words.again }}
                </a>
            </p>
        </article>
    }
}

/// A line chart per component, with the movement in words.
#[component]
fn Trends() -> impl IntoView {
    let app = use_app();
    let words = assess_page::history();
    let charts = move || {
        app.assessments().with(|a| {
            let all = a.chronological();
            let n = all.len();
            let labels = clock::labels(all.iter().map(|x| x.taken_at));
            Pillar::ALL
                .iter()
                .map(|&p| {
                    let points: Vec<(String, u8)> = all
                        .iter()
                        .zip(&labels)
                        .map(|(x, label)| (label.clone(), x.scores.get(p)))
                        .collect();
                    let first = points.first().map(|x| x.1).unwrap_or_default();
                    let last = points.last().map(|x| x.1).unwrap_or_default();
                    let said = if n < 2 {
                        fill(
                            words.trend_one,
                            &[("last", &last.to_string()), ("max", &SCORE_MAX.to_string())],
                        )
                    } else {
                        fill(
                            words.trend_many,
                            &[
                                ("first", &first.to_string()),
                                ("last", &last.to_string()),
                                ("n", &n.to_string()),
                                ("change", &change_words(i16::from(last) - i16::from(first))),
                            ],
                        )
                    };
                    let heading_id = format!("trend-{}", p.id());
                    let labelled_by = heading_id.clone();
                    view! {
                        <section class="card trend" aria-labelledby=labelled_by>
                            <h3 id=heading_id>{p.name()}</h3>
                            <TrendLine pillar=p points=points />
                            <p class="hint">{said}</p>
                        </section>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="trends-heading">
            <h2 id="trends-heading">{words.trends_heading}</h2>
            <p class="hint">{words.trends_hint}</p>
            <div class="trend-grid">{charts}</div>
        </section>
    }
}

/// The latest assessment beside any earlier one, with the change per
/// component.
#[component]
fn Compare() -> impl IntoView {
    let app = use_app();
    let words = assess_page::history();
    // `None` means "the one before the latest".
    let picked = RwSignal::new(None::<u64>);
    let pair = Memo::new(move |_| {
        app.assessments().with(|a| {
            let latest = a.latest()?.clone();
            let earlier = picked
                .get()
                .and_then(|t| a.find(t))
                .filter(|e| e.taken_at < latest.taken_at)
                .or_else(|| a.before(latest.taken_at))?
                .clone();
            Some((earlier, latest))
        })
    });
    let options = move || {
        app.assessments().with(|a| {
            let latest = a.latest().map(|l| l.taken_at).unwrap_or_default();
            let chosen = pair.with(|p| p.as_ref().map(|(e, _)| e.taken_at));
            a.chronological()
                .into_iter()
                .rev()
                .filter(|x| x.taken_at < latest)
                .map(|x| {
                    let t = x.taken_at;
                    view! {
                        <option value=t.to_string() selected=chosen == Some(t)>
                            {clock::datetime(t)}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    let latest_when = move || {
        app.assessments()
            .with(|a| a.latest().map(|l| clock::datetime(l.taken_at)))
            .unwrap_or_default()
    };
    // The choice stays in place while what it shows changes, so keyboard
    // focus stays on it.
    view! {
        <section aria-labelledby="compare-heading" class="card compare">
            <h2 id="compare-heading">{words.compare_heading}</h2>
            <p hidden=move || pair.with(|p| p.is_some())>{words.compare_none}</p>
            <p hidden=move || pair.with(|p| p.is_none())>
                <label for="compare-with">
                    {move || fill(words.compare_with, &[("when", &latest_when())])}
                </label>
                " "
                <select
                    id="compare-with"
                    on:change=move |ev| picked.set(event_target_value(&ev).parse::<u64>().ok())
                >
                    {options}
                </select>
            </p>
            {move || {
                pair.get()
                    .map(|(earlier, latest)| {
                        let e_date = date_label(earlier.taken_at);
                        let l_date = date_label(latest.taken_at);
                        let changes = change(earlier.scores, latest.scores);
                        let rows = changes
                            .into_iter()
                            .map(|(p, d)| {
                                view! {
                                    <tr>
                                        <th scope="row">{p.name()}</th>
                                        <td>{earlier.scores.get(p)}</td>
                                        <td>{latest.scores.get(p)}</td>
                                        <td>
                                            <span aria-hidden="true">{change_sign(d)}</span>
                                            <span class="visually-hidden">{change_words(d)}</span>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        let summary = changes
                            .into_iter()
                            .map(|(p, d)| {
                                fill(
                                    words.change_item,
                                    &[("pillar", pillar_in_sentence(p)), ("change", &change_words(d))],
                                )
                            })
                            .collect::<Vec<_>>()
                            .join(", ");
                        view! {
                            <p class="compare-summary">
                                {fill(words.since, &[("date", &e_date), ("changes", &summary)])}
                            </p>
                            <ScoreBars
                                title=fill(words.latest_chart, &[("date", &l_date)])
                                scores=latest.scores
                                earlier=(fill(words.earlier_chart, &[("date", &e_date)]), earlier.scores)
                                current_name=words.latest
                            />
                            <div class="table-scroll">
                                <table class="score-table">
                                    <caption>
                                        {nowrap_filled(
                                            &fill(words.compare_caption, &[("max", &SCORE_MAX.to_string())]),
                                            vec![("earlier", e_date), ("latest", l_date)],
                                        )}
                                    </caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{assess_page::results().component}</th>
                                            <th scope="col">{words.earlier}</th>
                                            <th scope="col">{words.latest}</th>
                                            <th scope="col">{assess_page::results().change}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// The table of every completed assessment, newest first, with a way to
/// open or delete each; a deletion can be undone.
#[component]
fn EveryAssessment() -> impl IntoView {
    let app = use_app();
    let words = assess_page::history();
    let deleted = RwSignal::new(None::<Assessment>);
    let restored = RwSignal::new(None::<u64>);
    let undo_button = NodeRef::<Button>::new();
    let table_heading = NodeRef::<H2>::new();
    let delete = move |taken_at: u64| {
        let mut removed = None;
        app.update_assessments(|a| removed = a.delete(taken_at));
        if removed.is_some() {
            restored.set(None);
            deleted.set(removed);
            // The row's button is gone: move focus to Undo.
            request_animation_frame(move || {
                if let Some(b) = undo_button.get_untracked() {
                    let _ = b.focus();
                }
            });
        }
    };
    let undo = move |_| {
        if let Some(a) = deleted.get_untracked() {
            let t = a.taken_at;
            app.update_assessments(|data| data.restore(a));
            deleted.set(None);
            restored.set(Some(t));
            if let Some(h) = table_heading.get_untracked() {
                let _ = h.focus();
            }
        }
    };
    let rows = move || {
        app.assessments().with(|a| {
            a.chronological()
                .into_iter()
                .rev()
                .map(|x| {
                    let t = x.taken_at;
                    let when = clock::datetime(t);
                    let role = x.role().map(Role::short).unwrap_or(words.unknown_role);
                    view! {
                        <tr role="row">
                            <th scope="row" role="rowheader">
                                <a href=href(&format!("/assess/results?at={t}"))>{when.clone()}</a>
                            </th>
                            <td role="cell" data-label=words.role>{role}</td>
                            <td role="cell" data-label=Pillar::Control.name()>{x.scores.control}</td>
                            <td role="cell" data-label=Pillar::Competence.name()>{x.scores.competence}</td>
                            <td role="cell" data-label=Pillar::Clarity.name()>{x.scores.clarity}</td>
                            <td role="cell" data-label=words.pattern>{x.pattern().short()}</td>
                            <td role="cell" class="row-actions">
                                <button
                                    type="button"
                                    class="button danger small"
                                    aria-label=fill(words.delete_label, &[("when", &when)])
                                    on:click=move |_| delete(t)
                                >
                                    {words.delete}
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let has_rows = Memo::new(move |_| app.assessments().with(|a| !a.history.is_empty()));
    view! {
        <section aria-labelledby="all-heading" class="every-assessment">
            <h2 id="all-heading" tabindex="-1" node_ref=table_heading>{words.every_heading}</h2>
            <div role="status" class="undo-status">
                {move || {
                    deleted
                        .get()
                        .map(|a| {
                            view! {
                                <p class="banner banner-info undo-banner">
                                    {fill(words.deleted, &[("when", &clock::datetime(a.taken_at))])} " "
                                    <button type="button" class="button small" node_ref=undo_button on:click=undo>
                                        {words.undo}
                                    </button>
                                </p>
                            }
                        })
                }}
                {move || {
                    restored
                        .get()
                        .map(|t| {
                            view! {
                                <p class="ok">{fill(words.restored, &[("when", &clock::datetime(t))])}</p>
                            }
                        })
                }}
            </div>
            {move || {
                if has_rows.get() {
                    view! {
                        <div class="table-scroll">
                            <table class="history-table stack" role="table">
                                <caption class="visually-hidden">
                                    {fill(words.every_caption, &[("max", &SCORE_MAX.to_string())])}
                                </caption>
                                <thead role="rowgroup">
                                    <tr role="row">
                                        <th scope="col" role="columnheader">{words.date}</th>
                                        <th scope="col" role="columnheader">{words.role}</th>
                                        <th scope="col" role="columnheader">{Pillar::Control.name()}</th>
                                        <th scope="col" role="columnheader">{Pillar::Competence.name()}</th>
                                        <th scope="col" role="columnheader">{Pillar::Clarity.name()}</th>
                                        <th scope="col" role="columnheader">{words.pattern}</th>
                                        <th scope="col" role="columnheader">
                                            <span class="visually-hidden">{words.actions}</span>
                                        </th>
                                    </tr>
                                </thead>
                                <tbody role="rowgroup">{rows}</tbody>
                            </table>
                        </div>
                    }
                        .into_any()
                } else {
                    view! { <p class="hint">{words.empty}</p> }.into_any()
                }
            }}
        </section>
    }
}

/// The self-assessment part of the printable report: the latest scores and
/// what they show, the next actions, and every assessment in a table.
#[component]
pub fn AssessmentReport() -> impl IntoView {
    let app = use_app();
    let words = assess_page::report();
    let columns = assess_page::history();
    move || {
        app.assessments().with(|data| {
            let Some(latest) = data.latest().cloned() else {
                return view! {
                    <section class="report-assessment">
                        <h2>{words.heading}</h2>
                        <p class="hint">{words.none}</p>
                    </section>
                }
                .into_any();
            };
            let role = latest.role().unwrap_or(Role::Leader);
            let s: Scores = latest.scores;
            let pattern = latest.pattern();
            let (weak, actions) = next_actions(s);
            let history = data
                .chronological()
                .into_iter()
                .map(|x| {
                    // Roles as in the app's own table: on a narrow screen the
                    // rows stack as cards, which drops the table's semantics.
                    view! {
                        <tr role="row">
                            <th scope="row" role="rowheader">{clock::datetime(x.taken_at)}</th>
                            <td role="cell" data-label=columns.role>{x.role().map(Role::short).unwrap_or(columns.unknown_role)}</td>
                            <td role="cell" data-label=Pillar::Control.name()>{x.scores.control}</td>
                            <td role="cell" data-label=Pillar::Competence.name()>{x.scores.competence}</td>
                            <td role="cell" data-label=Pillar::Clarity.name()>{x.scores.clarity}</td>
                            <td role="cell" data-label=columns.pattern>{x.pattern().short()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section class="report-assessment">
                    <h2>{words.heading}</h2>
                    <p>
                        {fill(
                            words.latest,
                            &[("when", &clock::datetime(latest.taken_at)), ("role", answered_as(role))],
                        )}
                    </p>
                    <ScoreBars title=words.chart scores=s />
                    <p>
                        {Pillar::ALL
                            .iter()
                            .map(|&p| {
                                fill(
                                    words.score,
                                    &[
                                        ("pillar", p.name()),
                                        ("score", &s.get(p).to_string()),
                                        ("max", &SCORE_MAX.to_string()),
                                    ],
                                )
                            })
                            .collect::<Vec<_>>()
                            .join(" · ")}
                    </p>
                    <h3>{pattern.title()}</h3>
                    <p>{pattern.meaning(role)} " " {reason(s)}</p>
                    <h3>{fill(words.actions_heading, &[("pillar", pillar_in_sentence(weak))])}</h3>
                    <ul>
                        {actions
                            .into_iter()
                            .map(|a| {
                                let step = a.step.step();
                                view! {
                                    <li>
                                        {fill(
                                            words.action,
                                            &[
                                                ("action", a.text(role)),
                                                ("n", &step.number.to_string()),
                                                ("title", step.title()),
                                            ],
                                        )}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <h3>{words.every_heading}</h3>
                    <table class="history-table stack" role="table">
                        <caption class="visually-hidden">
                            {fill(words.caption, &[("max", &SCORE_MAX.to_string())])}
                        </caption>
                        <thead role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">{columns.date}</th>
                                <th scope="col" role="columnheader">{columns.role}</th>
                                <th scope="col" role="columnheader">{Pillar::Control.name()}</th>
                                <th scope="col" role="columnheader">{Pillar::Competence.name()}</th>
                                <th scope="col" role="columnheader">{Pillar::Clarity.name()}</th>
                                <th scope="col" role="columnheader">{columns.pattern}</th>
                            </tr>
                        </thead>
                        <tbody role="rowgroup">{history}</tbody>
                    </table>
                </section>
            }
            .into_any()
        })
    }
}

// Natively only: a WebAssembly build speaks one language.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::text::assess_page;

    /// The words the three pages show a first visit (nothing saved).
    fn first_visit_words() -> Vec<&'static str> {
        let q = assess_page::questionnaire();
        let r = assess_page::results();
        let h = assess_page::history();
        vec![
            q.title,
            q.lead,
            q.choose_role,
            r.title,
            r.none,
            r.take,
            h.title,
            h.none,
            h.take,
            h.every_heading,
            h.empty,
        ]
    }

    #[test]
    fn the_assessment_pages_speak_every_language() {
        crate::prerender::assert_pages_translated(
            &["/assess", "/assess/results", "/assess/history"],
            first_visit_words,
        );
    }

    #[test]
    fn nowrap_keeps_every_word_of_the_sentence() {
        use leptos::prelude::*;
        let html = super::nowrap_filled(
            "Scores on {earlier} (earlier) and {latest} (latest), each out of 100",
            vec![
                ("earlier", "2 Mar".to_string()),
                ("latest", "9 Mar".to_string()),
            ],
        )
        .to_html();
        assert!(
            html.contains("Scores on <span class=\"nowrap\">2 Mar</span> (earlier) and <span class=\"nowrap\">9 Mar</span> (latest), each out of 100"),
            "{html}"
        );
    }
}
