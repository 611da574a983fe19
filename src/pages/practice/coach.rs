//! The phrase coach: the visitor pastes a message, the coach marks the
//! permission-seeking phrases and offers an "I intend to…" version of each
//! sentence. The text stays in this page; only a sentence the visitor
//! chooses to log is saved, as an intent-log entry.

use leptos::prelude::*;

use super::{copy_to_clipboard, today_local, PracticeNav};
use crate::components::set_title;
use crate::content::practice::{COACH_INTRO, COACH_PRIVACY, COACH_SAMPLE};
use crate::content::IntentKind;
use crate::model::phrases::{analyse, rewrite_message, segments, Finding, Suggestion};
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::{now_ms, use_app};

/// The longest message the coach reads, in characters.
const MAX_MESSAGE_CHARS: usize = 20_000;

/// The phrase-coach page.
#[component]
pub fn PhraseCoachPage() -> impl IntoView {
    set_title("Phrase coach");
    let app = use_app();
    let text = RwSignal::new(String::new());
    let suggestions = Memo::new(move |_| text.with(|t| analyse(t)));
    let (feedback, set_feedback) = signal(None::<(bool, String)>);
    let logged = RwSignal::new(false);

    let copy = move |value: String, what: &'static str| {
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(value).await;
            set_feedback.set(Some(if ok {
                (true, format!("{what} copied."))
            } else {
                (
                    false,
                    "This browser did not allow copying. Select the text and copy it yourself."
                        .to_string(),
                )
            }));
        });
    };
    let log = move |kind: IntentKind, value: String| {
        let today = today_local();
        let mut added = None;
        app.update_practice(|p| added = p.add_intent(now_ms(), kind, &today, &value));
        set_feedback.set(Some(match added {
            Some(_) => {
                logged.set(true);
                (
                    true,
                    match kind {
                        IntentKind::Intent => "Added to your intent log as an intent.".to_string(),
                        IntentKind::Permission => {
                            "Added to your intent log as a permission request.".to_string()
                        }
                    },
                )
            }
            None => (
                false,
                "Your intent log is full. Delete old entries first.".to_string(),
            ),
        }));
    };

    let count_text = move || {
        let n = suggestions.with(Vec::len);
        let empty = text.with(|t| t.trim().is_empty());
        match (empty, n) {
            (true, _) => "Paste or type a message above to check it.".to_string(),
            (false, 0) => {
                "No permission-seeking phrasing found. It already speaks with intent.".to_string()
            }
            (false, 1) => "1 sentence asks for permission.".to_string(),
            (false, n) => format!("{n} sentences ask for permission."),
        }
    };

    let marked = move || {
        text.with(|t| {
            let findings: Vec<Finding> = suggestions.with(|s| {
                s.iter()
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

    let cards = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| view! { <SuggestionCard number=i + 1 suggestion=s copy=copy log=log /> })
            .collect_view()
    };

    view! {
        <article class="page practice coach-page">
            <PracticeNav current="/practice/phrases" />
            <h1>"Phrase coach"</h1>
            <p class="lead">{COACH_INTRO[0]}</p>
            {paragraphs(&COACH_INTRO[1..])}
            <div class="field coach-input">
                <label for="coach-text">"Your message"</label>
                <p class="hint" id="coach-privacy">{COACH_PRIVACY}</p>
                <textarea
                    id="coach-text"
                    rows="8"
                    maxlength=MAX_MESSAGE_CHARS.to_string()
                    aria-describedby="coach-privacy"
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        set_feedback.set(None);
                    }
                ></textarea>
            </div>
            <p class="button-row">
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| {
                        text.set(COACH_SAMPLE.to_string());
                        set_feedback.set(None);
                    }
                >
                    "Try an example"
                </button>
                <button
                    type="button"
                    class="button secondary"
                    disabled=move || text.with(String::is_empty)
                    on:click=move |_| {
                        text.set(String::new());
                        set_feedback.set(None);
                    }
                >
                    "Clear"
                </button>
            </p>

            <section aria-labelledby="coach-results-heading" class="coach-results">
                <h2 id="coach-results-heading">"What the coach found"</h2>
                <p role="status" class="coach-count">{count_text}</p>
                {move || {
                    (!suggestions.with(Vec::is_empty))
                        .then(|| {
                            view! {
                                <h3>"Your message, with the asking words marked"</h3>
                                <p class="coach-marked">{marked}</p>
                                <h3>"Suggestions"</h3>
                                <ol class="coach-list">{cards}</ol>
                                <p class="button-row">
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| {
                                            copy(text.with(|t| rewrite_message(t)), "The rewritten message")
                                        }
                                    >
                                        "Copy the whole message, rewritten"
                                    </button>
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
                        (logged.get() && feedback.with(|f| f.as_ref().is_some_and(|(ok, _)| *ok)))
                            .then(|| {
                                view! {
                                    " " <a href=href("/practice/intents")>"Open the intent log"</a>
                                }
                            })
                    }}
                </p>
            </section>
        </article>
    }
}

/// One sentence that asks for permission, its phrases, and the rewrite.
#[component]
fn SuggestionCard(
    number: usize,
    suggestion: Suggestion,
    copy: impl Fn(String, &'static str) + Copy + Send + Sync + 'static,
    log: impl Fn(IntentKind, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let Suggestion {
        original,
        phrases,
        rewrite,
        ..
    } = suggestion;
    let phrase_list = phrases
        .iter()
        .enumerate()
        .map(|(i, (_, p))| {
            let sep = if i == 0 { "" } else { ", " };
            view! { {sep} <q class="coach-phrase">{p.clone()}</q> }
        })
        .collect_view();
    let has_rewrite = !rewrite.is_empty();
    let rewrite_for_copy = rewrite.clone();
    let rewrite_for_log = rewrite.clone();
    let original_for_log = original.clone();
    view! {
        <li class="card coach-suggestion">
            <p>
                <span class="coach-label">"You wrote: "</span>
                <q>{original}</q>
            </p>
            <p>
                <span class="coach-label">"Asking words: "</span>
                {phrase_list}
            </p>
            {if has_rewrite {
                view! {
                    <p class="coach-rewrite">
                        <span class="coach-label">"Try: "</span>
                        <q>{rewrite.clone()}</q>
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="coach-rewrite">
                        <span class="coach-label">"Try: "</span>
                        "leave this sentence out, and let the rest of the message state what you will do."
                    </p>
                }
                .into_any()
            }}
            <div class="button-row">
                {has_rewrite
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                on:click=move |_| copy(rewrite_for_copy.clone(), "The suggestion")
                            >
                                "Copy"
                                <span class="visually-hidden">" suggestion " {number}</span>
                            </button>
                            <button
                                type="button"
                                on:click=move |_| log(IntentKind::Intent, rewrite_for_log.clone())
                            >
                                "Log this as an intent"
                            </button>
                        }
                    })}
                <button
                    type="button"
                    on:click=move |_| log(IntentKind::Permission, original_for_log.clone())
                >
                    "Log as a permission request"
                </button>
            </div>
        </li>
    }
}
