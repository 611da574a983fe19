//! The phrase coach: the visitor pastes a message, the coach places each
//! sentence on the Ladder of Leadership, marks the words that hand a
//! decision up and offers a version that states intent. The text stays in
//! this page; only a sentence the visitor chooses to log is saved, as an
//! intent-log entry.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::{copy_to_clipboard, focus_later, today_local, PracticeNav, UndoBar};
use crate::components::set_title;
use crate::content::practice::{
    coach_gap_hint, coach_intro, coach_ladder_note, coach_nothing_flagged, coach_off_ladder,
    coach_privacy, coach_rung, coach_sample,
};
use crate::content::{IntentKind, LADDER};
use crate::model::phrases::{read, rewrite_message, segments, Finding, Reading, GAP};
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::{now_ms, use_app};
use crate::text::{coach as words, fill};

/// The longest message the coach reads, in characters.
const MAX_MESSAGE_CHARS: usize = 20_000;

/// What the page keeps about the current message's logged sentences: the
/// sentence's start and the kind it was logged as. Emptied whenever the
/// message changes.
type Logged = RwSignal<BTreeSet<(usize, &'static str)>>;

/// The phrase-coach page.
#[component]
pub fn PhraseCoachPage() -> impl IntoView {
    set_title(words::title());
    let app = use_app();
    let text = RwSignal::new(String::new());
    let readings = Memo::new(move |_| text.with(|t| read(t)));
    let flagged = Memo::new(move |_| readings.with(|r| r.iter().filter(|s| s.flagged()).count()));
    let (feedback, set_feedback) = signal(None::<(bool, String)>);
    let logged: Logged = RwSignal::new(BTreeSet::new());
    // The visitor's own words, while "Try an example" has replaced them.
    let replaced = RwSignal::new(None::<String>);

    // Every change of the message goes through here.
    let set_text = move |value: String| {
        text.set(value);
        set_feedback.set(None);
        logged.update(BTreeSet::clear);
    };

    // `done` is the whole message shown once the text is copied.
    let copy = move |value: String, done: &'static str| {
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(value).await;
            set_feedback.set(Some(if ok {
                (true, done.to_string())
            } else {
                (false, words::copy_failed().to_string())
            }));
        });
    };
    let log = move |at: usize, kind: IntentKind, value: String| {
        if logged.with_untracked(|l| l.contains(&(at, kind.id()))) {
            return;
        }
        let today = today_local();
        let mut added = None;
        app.update_practice(|p| added = p.add_intent(now_ms(), kind, &today, &value));
        set_feedback.set(Some(match added {
            Some(_) => {
                logged.update(|l| {
                    l.insert((at, kind.id()));
                });
                (
                    true,
                    match kind {
                        IntentKind::Intent => words::logged_intent().to_string(),
                        IntentKind::Permission => words::logged_permission().to_string(),
                    },
                )
            }
            None => (false, words::log_full().to_string()),
        }));
    };

    let try_example = move |_| {
        let own = text.get_untracked();
        let keep = !own.trim().is_empty() && own != coach_sample();
        set_text(coach_sample().to_string());
        if keep {
            replaced.set(Some(own));
            focus_later("coach-undo".to_string());
        }
    };
    let undo = move |()| {
        if let Some(own) = replaced.get_untracked() {
            set_text(own);
            replaced.set(None);
            focus_later("coach-text".to_string());
        }
    };

    let count_text = move || {
        let n = flagged.get();
        let empty = text.with(|t| t.trim().is_empty());
        match (empty, n) {
            (true, _) => words::empty().to_string(),
            (false, 0) => coach_nothing_flagged().to_string(),
            (false, 1) => words::flagged_one().to_string(),
            (false, n) => fill(words::flagged_other(), &[("n", &n.to_string())]),
        }
    };

    let marked = move || {
        text.with(|t| {
            let findings: Vec<Finding> = readings.with(|r| {
                r.iter()
                    .flat_map(|s| {
                        s.phrases.iter().map(|(r, p)| Finding {
                            start: r.start,
                            end: r.end,
                            phrase: p.clone(),
                            sentence_start: s.sentence.start,
                            sentence_end: s.sentence.end,
                            rewrite: String::new(),
                        })
                    })
                    .collect()
            });
            segments(t, &findings)
                .into_iter()
                .map(|seg| {
                    if seg.flagged {
                        view! { <mark class="coach-flag">{seg.text}</mark> }.into_any()
                    } else {
                        view! { <span>{seg.text}</span> }.into_any()
                    }
                })
                .collect_view()
        })
    };

    let on_ladder = move || {
        readings.with(|r| {
            r.iter()
                .filter(|s| s.rung.is_some())
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let off_ladder = move || readings.with(|r| r.iter().filter(|s| s.rung.is_none()).count());
    let has_gap = move || {
        readings.with(|r| {
            r.iter()
                .any(|s| s.rewrite.as_deref().is_some_and(|w| w.contains(GAP)))
        })
    };
    let cards = move || {
        on_ladder()
            .into_iter()
            .enumerate()
            .map(|(i, reading)| {
                view! {
                    <SentenceCard
                        number=i + 1
                        reading=reading
                        logged=logged
                        copy=copy
                        log=log
                    />
                }
            })
            .collect_view()
    };

    view! {
        <article class="page practice coach-page">
            <PracticeNav current="/practice/phrases" />
            <h1>{words::title()}</h1>
            <p class="lead">{coach_intro()[0]}</p>
            {paragraphs(&coach_intro()[1..])}
            <div class="field coach-input">
                <label for="coach-text">{words::message_label()}</label>
                <p class="hint" id="coach-privacy">{coach_privacy()}</p>
                <textarea
                    id="coach-text"
                    rows="8"
                    maxlength=MAX_MESSAGE_CHARS.to_string()
                    aria-describedby="coach-privacy"
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        set_text(event_target_value(&ev));
                        replaced.set(None);
                    }
                ></textarea>
            </div>
            <p class="button-row">
                <button type="button" class="button secondary" on:click=try_example>
                    {words::try_example()}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    disabled=move || text.with(String::is_empty)
                    on:click=move |_| {
                        set_text(String::new());
                        replaced.set(None);
                    }
                >
                    {words::clear()}
                </button>
            </p>
            <UndoBar
                message=Signal::derive(move || {
                    replaced
                        .with(Option::is_some)
                        .then(|| words::example_replaced().to_string())
                })
                button_id="coach-undo"
                on_undo=Callback::new(undo)
            />

            <section aria-labelledby="coach-results-heading" class="coach-results">
                <h2 id="coach-results-heading">{words::results_heading()}</h2>
                <p role="status" class="coach-count">{count_text}</p>
                {move || {
                    (flagged.get() > 0)
                        .then(|| {
                            view! {
                                <h3>{words::marked_heading()}</h3>
                                <p class="coach-marked">{marked}</p>
                                <p class="button-row">
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| {
                                            copy(text.with(|t| rewrite_message(t)), words::copied_message())
                                        }
                                    >
                                        {words::copy_rewritten()}
                                    </button>
                                </p>
                            }
                        })
                }}
                {move || {
                    (!on_ladder().is_empty())
                        .then(|| {
                            view! {
                                <h3>{words::by_sentence()}</h3>
                                <p class="hint">{coach_ladder_note()}</p>
                                {move || has_gap().then(|| view! { <p class="hint">{coach_gap_hint()}</p> })}
                                <ol class="coach-list">{cards}</ol>
                            }
                        })
                }}
                {move || {
                    let n = off_ladder();
                    (n > 0)
                        .then(|| {
                            view! {
                                <p class="hint coach-off-ladder">
                                    {if n == 1 {
                                        words::off_ladder_one().to_string()
                                    } else {
                                        fill(words::off_ladder_other(), &[("n", &n.to_string())])
                                    }}
                                    {coach_off_ladder()}
                                </p>
                            }
                        })
                }}
                <p role="status" class="coach-feedback">
                    {move || {
                        feedback
                            .get()
                            .map(|(ok, msg)| {
                                view! { <span class:ok=ok class:error=!ok>{msg}</span> }
                            })
                    }}
                    {move || {
                        (!logged.with(BTreeSet::is_empty)
                            && feedback.with(|f| f.as_ref().is_some_and(|(ok, _)| *ok)))
                            .then(|| {
                                view! {
                                    " " <a href=href("/practice/intents")>{words::open_log()}</a>
                                }
                            })
                    }}
                </p>
            </section>
        </article>
    }
}

/// One sentence on the ladder: its rung, what hands the decision up, the
/// step toward intent, and buttons to copy or log it.
#[component]
fn SentenceCard(
    number: usize,
    reading: Reading,
    logged: Logged,
    copy: impl Fn(String, &'static str) + Copy + Send + Sync + 'static,
    log: impl Fn(usize, IntentKind, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let flagged = reading.flagged();
    let Reading {
        sentence,
        original,
        rung,
        phrases,
        rewrite,
    } = reading;
    let at = sentence.start;
    let n = rung.map_or(0, |r| r.number());
    let ladder = LADDER.get(usize::from(n).saturating_sub(1));
    let rung_words = coach_rung(n);
    let rung_line = view! {
        <p class="coach-rung">
            <span class="coach-label">{fill(words::rung_label(), &[("n", &n.to_string())])}</span>
            {rung_words.map(|w| w.does)}
            {ladder.map(|l| fill(words::rung_phrase(), &[("phrase", l.phrase())]))}
        </p>
        <p class="hint">{rung_words.map(|w| w.advice)}</p>
    };
    let phrase_list = (!phrases.is_empty()).then(|| {
        let list = phrases
            .iter()
            .enumerate()
            .map(|(i, (_, p))| {
                let sep = if i == 0 { "" } else { ", " };
                view! { {sep} <q class="coach-phrase">{p.clone()}</q> }
            })
            .collect_view();
        view! {
            <p>
                <span class="coach-label">{words::asking_words()}</span>
                {list}
            </p>
        }
    });
    let rewrite_view = rewrite.clone().map(|r| {
        if r.is_empty() {
            view! {
                <p class="coach-rewrite">
                    <span class="coach-label">{words::try_label()}</span>
                    {words::leave_out()}
                </p>
            }
            .into_any()
        } else {
            view! {
                <p class="coach-rewrite">
                    <span class="coach-label">{words::try_label()}</span>
                    <q>{r}</q>
                </p>
            }
            .into_any()
        }
    });
    let rewrite = rewrite.unwrap_or_default();
    let can_copy = !rewrite.is_empty();
    let can_log_intent = can_copy && !rewrite.contains(GAP);
    let is_logged = move |kind: IntentKind| logged.with(|l| l.contains(&(at, kind.id())));
    let rewrite_for_copy = rewrite.clone();
    let rewrite_for_log = rewrite.clone();
    let original_for_log = original.clone();
    let log_button = move |kind: IntentKind, value: String| {
        let label_to = match kind {
            IntentKind::Intent => words::log_intent(),
            IntentKind::Permission => words::log_permission(),
        };
        let label_done = match kind {
            IntentKind::Intent => words::logged_as_intent(),
            IntentKind::Permission => words::logged_as_permission(),
        };
        view! {
            <button
                type="button"
                aria-disabled=move || is_logged(kind).then_some("true")
                on:click=move |_| {
                    if !is_logged(kind) {
                        log(at, kind, value.clone());
                    }
                }
            >
                {move || if is_logged(kind) { label_done } else { label_to }}
            </button>
        }
    };
    let buttons = (can_copy || flagged).then(|| {
        view! {
            <div class="button-row">
                {can_copy
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                on:click=move |_| copy(rewrite_for_copy.clone(), words::copied_suggestion())
                            >
                                {words::copy()}
                                <span class="visually-hidden">
                                    {fill(words::copy_hidden(), &[("n", &number.to_string())])}
                                </span>
                            </button>
                        }
                    })}
                {can_log_intent.then(|| log_button(IntentKind::Intent, rewrite_for_log.clone()))}
                {flagged.then(|| log_button(IntentKind::Permission, original_for_log.clone()))}
            </div>
        }
    });
    view! {
        <li class="card coach-sentence" class:coach-suggestion=flagged>
            <p>
                <span class="coach-label">{words::you_wrote()}</span>
                <q>{original}</q>
            </p>
            {rung_line}
            {phrase_list}
            {rewrite_view}
            {buttons}
        </li>
    }
}
