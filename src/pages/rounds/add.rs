//! Adding answers: codes pasted on a round's page, or the code a reply link
//! carries (`/rounds/add#LLA1-…`). Each code is read and checked by the
//! model ([`RoundsData::triage`]), opened by the browser with the round's
//! private key ([`seal::open`]) and added ([`RoundsData::add`]); each gets
//! its own message, and a code that fails changes nothing.

use leptos::prelude::*;

use super::browser::{clear_fragment, focus_later, fragment};
use super::round_title;
use crate::components::set_title;
use crate::model::rounds::{
    results::MIN_ANSWERS, AddError, Answer, CodeError, RoundId, RoundsData, SealedCode,
};
use crate::paths::href;
use crate::seal::{self, SealError};
use crate::state::{use_app, AppState};
use crate::text::{fill, plural, rounds_list};

/// What became of one code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeReport {
    /// The code's first characters, to tell codes apart.
    pub start: String,
    /// Whether it was added.
    pub added: bool,
    pub message: String,
    /// The round it belongs to, when that round is in this browser: its id
    /// and title, for a link.
    pub round: Option<(String, String)>,
}

/// The first characters of a code, to name it in a message.
fn code_start(code: &str) -> String {
    let start: String = code.chars().take(12).collect();
    if code.chars().count() > 12 {
        format!("{start}…")
    } else {
        start
    }
}

/// Why the browser could not open a code, in the visitor's words.
fn seal_message(e: &SealError) -> String {
    let words = rounds_list::code_report();
    match e {
        SealError::Damaged => CodeError::Damaged.code_message().to_string(),
        SealError::BadKey => words.bad_key.to_string(),
        SealError::Unavailable => words.no_crypto.to_string(),
        SealError::Browser(name) => fill(
            words.browser_failed,
            &[(
                "reason",
                if name.is_empty() {
                    words.no_reason
                } else {
                    name
                },
            )],
        ),
    }
}

/// The round (id and title) a code names, if it is in this browser.
fn round_of(data: &RoundsData, code: &SealedCode) -> Option<(String, String)> {
    data.find(code.round)
        .map(|r| (r.id.clone(), round_title(r)))
}

/// Reads every code in `text`, opens and adds each that can be added (to
/// the round `expected` only, when given), and says what became of each.
/// `Err` with a message when the text holds no code at all.
pub async fn add_codes(
    app: AppState,
    text: String,
    expected: Option<RoundId>,
) -> Result<Vec<CodeReport>, String> {
    let pasted = app
        .rounds()
        .with_untracked(|r| r.triage(&text, expected))
        .map_err(|no| no.message().to_string())?;
    let mut reports = Vec::with_capacity(pasted.len());
    for p in pasted {
        let start = code_start(&p.candidate.code);
        let code = match p.outcome {
            Ok(code) => code,
            Err(e) => {
                let decoded = SealedCode::decode(&p.candidate.code).ok();
                let round = decoded
                    .as_ref()
                    .and_then(|c| app.rounds().with_untracked(|r| round_of(r, c)));
                // A code for another of the visitor's own rounds: say which.
                let message = match (e, &round) {
                    (AddError::Code(CodeError::OtherRound), Some((_, title))) => {
                        fill(rounds_list::code_report().other_round, &[("title", title)])
                    }
                    _ => e.message().to_string(),
                };
                reports.push(CodeReport {
                    start,
                    added: false,
                    message,
                    round,
                });
                continue;
            }
        };
        let key = app.rounds().with_untracked(|r| {
            r.find(code.round).map(|round| {
                (
                    round.private_key.clone(),
                    round_title(round),
                    round.id.clone(),
                )
            })
        });
        let Some((key, title, id)) = key else {
            // Deleted (in another tab) since it was checked.
            reports.push(CodeReport {
                start,
                added: false,
                message: CodeError::OtherRound.code_message().to_string(),
                round: None,
            });
            continue;
        };
        let result = match seal::open(&key, &code).await {
            Ok(bytes) => match Answer::decode(&bytes, code.round) {
                Ok(answer) => {
                    let mut added = Err(AddError::Closed);
                    app.update_rounds(|r| added = r.add(&code, &answer));
                    added.map_err(|e| e.message().to_string())
                }
                Err(e) => Err(AddError::Code(e).message().to_string()),
            },
            Err(e) => Err(seal_message(&e)),
        };
        let message = match result {
            Ok(()) => added_words(
                app.rounds()
                    .with_untracked(|r| r.find(code.round).map_or(0, |r| r.answers.len())),
            ),
            Err(ref message) => message.clone(),
        };
        reports.push(CodeReport {
            start,
            added: result.is_ok(),
            message,
            round: Some((id, title)),
        });
    }
    Ok(reports)
}

/// The message for an added answer, with the round's count.
fn added_words(count: usize) -> String {
    let words = rounds_list::code_report();
    let answers = plural(count, words.answers_one, words.answers_other);
    let text = if count >= MIN_ANSWERS {
        words.added
    } else {
        words.added_too_few
    };
    fill(
        text,
        &[("answers", &answers), ("min", &MIN_ANSWERS.to_string())],
    )
}

/// The reports, one list item per code; `here` is the id of the round the
/// page is about (no link to it then).
pub fn reports_view(reports: Vec<CodeReport>, here: Option<String>) -> impl IntoView {
    let words = rounds_list::code_report();
    let many = reports.len() > 1;
    let added = reports.iter().filter(|r| r.added).count();
    let summary = many.then(|| {
        fill(
            words.summary,
            &[
                ("found", &reports.len().to_string()),
                ("added", &added.to_string()),
                ("refused", &(reports.len() - added).to_string()),
            ],
        )
    });
    let items = reports
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let link = r
                .round
                .filter(|(id, _)| here.as_ref() != Some(id))
                .map(|(id, title)| {
                    view! {
                        " "
                        <a href=href(&format!("/rounds/round?id={id}"))>
                            {fill(words.open_round, &[("title", &title)])}
                        </a>
                    }
                });
            let class = if r.added {
                "code-report added"
            } else {
                "code-report refused"
            };
            let label = if many {
                fill(
                    words.code_numbered,
                    &[("number", &(i + 1).to_string()), ("start", &r.start)],
                )
            } else {
                fill(words.code, &[("start", &r.start)])
            };
            view! {
                <li class=class>
                    <strong>{label}</strong>
                    " "
                    {(!r.added).then(|| view! { {words.not_added} " " })}
                    {r.message}
                    {link}
                </li>
            }
        })
        .collect_view();
    view! {
        {summary.map(|s| view! { <p>{s}</p> })}
        <ul class="code-reports">{items}</ul>
    }
}

/// `/rounds/add#LLA1-…`: a reply link, which adds the answer it carries.
#[component]
pub fn AddPage() -> impl IntoView {
    let words = rounds_list::add();
    set_title(words.title);
    let app = use_app();
    let (outcome, set_outcome) = signal(None::<Result<Vec<CodeReport>, String>>);
    let (empty, set_empty) = signal(false);
    let read = move || {
        let text = fragment();
        // After the router has finished this navigation (it writes the
        // address it navigated to, fragment included, once the page is in
        // place), so a reload does not read the code again.
        set_timeout(clear_fragment, std::time::Duration::ZERO);
        set_empty.set(text.is_empty());
        if !text.is_empty() {
            set_outcome.set(None);
            leptos::task::spawn_local(async move {
                set_outcome.set(Some(add_codes(app, text, None).await));
                focus_later("add-outcome");
            });
        }
    };
    // Natively (the build's page) there is no link to read yet.
    #[cfg(target_arch = "wasm32")]
    {
        read();
        // Another reply link opened in this tab while it shows this page only
        // changes the fragment: the page stays, and reads the new code.
        let listening = window_event_listener(leptos::ev::hashchange, move |_| {
            if !fragment().is_empty() {
                read();
            }
        });
        on_cleanup(move || listening.remove());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = read;
    view! {
        <article class="page round-add">
            <h1>{words.title}</h1>
            <div id="add-outcome" tabindex="-1" role="status" class="add-outcome">
                {move || match outcome.get() {
                    None if empty.get() => view! {
                        <p>{words.no_code}</p>
                    }
                    .into_any(),
                    None => view! { <p>{words.opening}</p> }.into_any(),
                    Some(Ok(reports)) => reports_view(reports, None).into_any(),
                    Some(Err(message)) => view! { <p>{message}</p> }.into_any(),
                }}
            </div>
            <p class="hint">{words.same_browser}</p>
            <p>
                <a href=href("/rounds")>{words.all_rounds}</a>
            </p>
        </article>
    }
}
