//! `/answer#LLI1-…`: the page a colleague opens from an invitation. It reads
//! the invitation from the address's fragment, shows who asks and how
//! anonymous answering is, takes a value for each statement (and, about a
//! person, a rung of the Ladder of Leadership and an optional comment),
//! and seals the answer into a code to send back.
//!
//! It never reads or changes the visitor's own saved data: its only key is
//! the draft of the answers, `<data key>:answer:<round id>`
//! ([`storage::write_answer_draft`]), written at every change and removed
//! once the code is made. In the wasm's `answer` piece, which nothing else
//! uses, so a colleague opening it cold fetches only the main module and
//! this piece.

use leptos::ev::SubmitEvent;
use leptos::html::H2;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::{JsCast, JsValue};

use crate::components::set_title;
use crate::content::assessment::{pillar_prompt, scale_label, LADDER_QUESTION};
use crate::content::rounds::{anonymity_for_answering, ladder_question, with_name, ABOUT_ME, TEAM};
use crate::content::{Pillar, LADDER};
use crate::model::rounds::codes::{statement_ids, MAX_COMMENT_CHARS};
use crate::model::rounds::text::is_code_char;
use crate::model::rounds::{day_to_date, AnswerDraft, CodeError, Invitation, RoundKind};
use crate::paths::href;
use crate::seal::{self, SealError};
use crate::state::now_ms;
use crate::storage;

/// Why the page has no invitation to answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NoInvitation {
    /// The address has nothing after `#`.
    NoLink,
    /// What is there cannot be read.
    Code(CodeError),
}

/// The invitation text in an address's fragment (`#LLI1-…`): trimmed, and
/// without characters a code never ends with that chat apps and email
/// programs sometimes glue onto a link (a full stop, a bracket, a quote).
/// Dropping them cannot change what the code says; a code that is really
/// short of characters is still found to be cut off.
fn invitation_text(hash: &str) -> &str {
    hash.trim_start_matches('#')
        .trim()
        .trim_end_matches(|c: char| !is_code_char(c))
}

/// Whether a new fragment should replace the invitation being answered: a
/// link within the page ("Skip to content" sets `#main`) must not.
fn is_new_invitation(hash: &str) -> bool {
    invitation_text(hash).starts_with("LL")
}

fn read_invitation(hash: &str) -> Result<Invitation, NoInvitation> {
    let text = invitation_text(hash);
    if text.is_empty() {
        return Err(NoInvitation::NoLink);
    }
    Invitation::decode(text).map_err(NoInvitation::Code)
}

/// One statement as the person answering reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Shown {
    id: &'static str,
    pillar: Pillar,
    text: String,
}

/// The invitation's statements, in the order the answer holds them.
fn statements(invitation: &Invitation) -> Vec<Shown> {
    let name = invitation.name.as_deref();
    match invitation.kind {
        RoundKind::AboutMe(role) => ABOUT_ME
            .iter()
            .map(|s| Shown {
                id: s.id,
                pillar: s.pillar(),
                text: s.text(role, name),
            })
            .collect(),
        RoundKind::Team => TEAM
            .iter()
            .map(|s| Shown {
                id: s.id,
                pillar: s.pillar,
                text: s.text().to_string(),
            })
            .collect(),
    }
}

/// The draft as kept in storage, in lines: the format (`1`), the round
/// id, one digit per statement in the answer's order (`0` for none yet),
/// the rung (`0` for none), then the comment (which may hold line breaks).
/// A plain format rather than JSON: decoding JSON here too would make the
/// main module's JSON code larger (the compiler stops inlining what two
/// modules call), and the first load has no room for it.
fn write_draft(draft: &AnswerDraft, invitation: &Invitation) -> String {
    let values: String = statement_ids(invitation.kind)
        .into_iter()
        .map(|id| char::from(b'0' + draft.values.get(id).copied().unwrap_or(0).min(5)))
        .collect();
    format!(
        "1\n{}\n{values}\n{}\n{}",
        invitation.round.hex(),
        draft.rung.unwrap_or(0).min(9),
        draft.comment
    )
}

/// The draft kept for `invitation`, if the text is one and answers it
/// (anything else is ignored: the page starts afresh).
fn read_draft(text: &str, invitation: &Invitation) -> Option<AnswerDraft> {
    let mut lines = text.splitn(5, '\n');
    if lines.next()? != "1" || lines.next()? != invitation.round.hex() {
        return None;
    }
    let values = lines.next()?;
    let rung = lines.next()?;
    let comment = lines.next()?;
    let mut draft = AnswerDraft::new(invitation);
    for (id, c) in statement_ids(invitation.kind)
        .into_iter()
        .zip(values.bytes())
    {
        draft.set(invitation, id, c.wrapping_sub(b'0'));
    }
    let rung: u8 = rung.parse().ok()?;
    draft.set_rung(invitation, (rung > 0).then_some(rung));
    draft.comment = comment.chars().take(MAX_COMMENT_CHARS).collect();
    Some(draft)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day number as "12 December 2026".
fn date_words(day: u16) -> String {
    let iso = day_to_date(day);
    let part = |r: std::ops::Range<usize>| iso.get(r).and_then(|s| s.parse::<usize>().ok());
    match (part(0..4), part(5..7), part(8..10)) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => {
            format!("{d} {} {y}", MONTHS[m - 1])
        }
        _ => iso,
    }
}

/// Today as a day number, on the visitor's clock.
fn today() -> u16 {
    let now = now_ms() as f64;
    let west = js_sys::Date::new(&JsValue::from_f64(now)).get_timezone_offset();
    ((now - west * 60_000.0) / 86_400_000.0)
        .floor()
        .clamp(0.0, f64::from(u16::MAX)) as u16
}

/// The property `name` of a JavaScript object. (Read this way, rather than
/// through `web-sys` methods, it adds no import to the main module, where
/// every import of the wasm lives.)
fn property(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The reply link: the app's "add an answer" page with the code after `#`.
fn reply_link(code: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| property(&w.location(), "origin").as_string())
        .unwrap_or_default();
    format!("{origin}{}#{code}", href("/rounds/add"))
}

/// Characters a `mailto:` address is kept under: some browsers and mail
/// programs drop longer ones.
const MAILTO_MAX: usize = 1_900;

/// An email to the asker (whose address the page does not know) with the
/// reply link, and the code too when both fit.
fn mailto(link: &str, code: &str) -> String {
    let subject = "My answer to your Leader-Leader round";
    let with_code = format!(
        "Here is my answer to your round in Leader-Leader.\n\nOpen this link to add it:\n{link}\n\n\
         Or paste this code on the round's page:\n{code}\n"
    );
    let link_only = format!(
        "Here is my answer to your round in Leader-Leader.\n\nOpen this link to add it:\n{link}\n"
    );
    let url = |body: &str| format!("mailto:?subject={}&body={}", escape(subject), escape(body));
    let full = url(&with_code);
    if full.len() <= MAILTO_MAX {
        full
    } else {
        url(&link_only)
    }
}

/// `text` percent-encoded for a `mailto:` field: every byte but unreserved
/// ASCII (RFC 3986), so line breaks, `&`, `#` and non-ASCII letters arrive as
/// they are.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Puts `text` on the clipboard; `false` when the browser refuses. (The
/// practice tools have the same; a copy here keeps the answer page's piece
/// free of code shared with theirs, one request fewer when a colleague
/// opens the page cold.)
async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = property(&window.navigator(), "clipboard");
    let Ok(write) = property(&clipboard, "writeText").dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Some(promise) = write
        .call1(&clipboard, &text.into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// What to say when sealing failed.
fn seal_problem(e: &SealError) -> String {
    match e {
        SealError::Unavailable => "This browser cannot seal your answer: it offers no web \
            cryptography on this page. Open the invitation link in an up-to-date browser; its \
            address must start with https://. Your answers are kept here."
            .to_string(),
        SealError::BadKey | SealError::Damaged => {
            CodeError::Damaged.invitation_message().to_string()
        }
        SealError::Browser(name) => format!(
            "Your browser could not seal the answer ({name}). Your answers are kept here: \
             try again, or open the invitation link in another browser."
        ),
    }
}

fn focus_id(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// The answer page.
#[component]
pub fn AnswerPage() -> impl IntoView {
    set_title("Answer a team round");
    // Built into answer.html (natively), before any invitation is known:
    // the page says it is opening one, and stands a screen tall, so that
    // nothing in view moves when the invitation's questions take its place.
    if cfg!(not(target_arch = "wasm32")) {
        return view! {
            <article class="page answer">
                <h1>"Answer a team round"</h1>
                <p class="answer-opening">"Opening the invitation…"</p>
            </article>
        }
        .into_any();
    }
    let hash = use_location().hash;
    // The invitation being answered; a fragment that is not one (a link
    // within the page) leaves it as it is.
    let fragment = Memo::new(move |previous: Option<&String>| {
        let now = hash.get();
        match previous {
            Some(p) if !is_new_invitation(&now) => p.clone(),
            _ => now,
        }
    });
    let invitation = Memo::new(move |_| fragment.with(|h| read_invitation(h)));
    view! {
        <article class="page answer">
            {move || match invitation.get() {
                Ok(invitation) => view! { <Answering invitation /> }.into_any(),
                Err(problem) => view! { <Unreadable problem /> }.into_any(),
            }}
        </article>
    }
    .into_any()
}

/// No invitation, or one that cannot be read: what happened and what to ask
/// for.
#[component]
fn Unreadable(problem: NoInvitation) -> impl IntoView {
    let message = match problem {
        NoInvitation::NoLink => {
            "This page is where you answer a team round, and it opens from the invitation link \
             you were sent. This address holds no invitation. Open the whole link you were \
             sent, or ask the person who sent it for the invitation link again."
        }
        NoInvitation::Code(e) => e.invitation_message(),
    };
    let title = match problem {
        NoInvitation::NoLink => "No invitation in this link",
        NoInvitation::Code(CodeError::CutOff) => "This invitation link is incomplete",
        NoInvitation::Code(CodeError::Newer { .. }) => "This invitation is from a newer version",
        NoInvitation::Code(_) => "This invitation link cannot be read",
    };
    view! {
        <h1>{title}</h1>
        <p class="banner banner-warning" role="alert" id="answer-problem">
            {message}
        </p>
        <p>
            "Leader-Leader is a guide to L. David Marquet's leader-leader model that runs only in your browser. "
            <a href=href("/")>"See what it is"</a>
        </p>
    }
}

/// The invitation's heading, introduction and anonymity note, then the
/// form, or the sealed code once it is made.
#[component]
fn Answering(invitation: Invitation) -> impl IntoView {
    let hex = invitation.round.hex();
    let name = invitation.name.clone();
    let who = name.clone().unwrap_or_else(|| "Someone".to_string());
    let about_me = invitation.kind.asks_ladder();
    let (title, lead) = if about_me {
        let them = name.clone().unwrap_or_else(|| "this person".to_string());
        (
            format!("{who} asks for your view"),
            format!(
                "{who} would like to know how you see them at work: rate each statement about \
                 {them}, on control, competence and clarity, the three pillars of L. David \
                 Marquet's leader-leader model."
            ),
        )
    } else {
        (
            "How does our team work?".to_string(),
            format!(
                "{} asks each member of the team how the team works: rate each statement on \
                 control, competence and clarity, the three pillars of L. David Marquet's \
                 leader-leader model.",
                name.as_ref().map_or(
                    "The person who sent you this link".to_string(),
                    |n| format!("\u{201c}{n}\u{201d}")
                )
            ),
        )
    };
    set_title(&title);
    let count = statements(&invitation).len();
    let closes = invitation.closes_on_day.map(|day| {
        let date = date_words(day);
        if today() > day {
            format!(
                "This round was due to close on {date}. Your answer still counts if it has not \
                 been closed yet."
            )
        } else {
            format!("Please answer by {date}.")
        }
    });
    let anonymity = anonymity_for_answering()
        .iter()
        .map(|p| view! { <li>{with_name(p, name.as_deref())}</li> })
        .collect_view();

    // The draft: restored if this browser holds one for this round.
    let stored = storage::read_answer_draft(&hex)
        .ok()
        .flatten()
        .and_then(|text| read_draft(&text, &invitation));
    let restored = stored
        .as_ref()
        .is_some_and(|d| !d.values.is_empty() || d.rung.is_some() || !d.comment.is_empty());
    let draft = RwSignal::new(stored.unwrap_or_else(|| AnswerDraft::new(&invitation)));
    let sealed = RwSignal::new(None::<String>);

    view! {
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        <p>
            {format!("{count} statements")}
            {about_me.then_some(" and one question")}
            ", about five minutes. There are no right answers: your honest view is what helps."
            {closes.map(|c| view! { " " <strong>{c}</strong> })}
        </p>
        <section class="callout tip answer-privacy" aria-labelledby="answer-privacy-title">
            <h2 id="answer-privacy-title">"How anonymous your answer is"</h2>
            <ul>{anonymity}</ul>
        </section>
        {move || match sealed.get() {
            None => {
                view! {
                    <AnswerForm invitation=invitation.clone() draft sealed restored />
                }
                    .into_any()
            }
            Some(code) => view! { <Sealed code name=name.clone() /> }.into_any(),
        }}
    }
}

/// The statements, the ladder question and the comment, kept as a draft at
/// every change.
#[component]
fn AnswerForm(
    invitation: Invitation,
    draft: RwSignal<AnswerDraft>,
    sealed: RwSignal<Option<String>>,
    restored: bool,
) -> impl IntoView {
    let hex = invitation.round.hex();
    let shown = statements(&invitation);
    let number_of = {
        let ids: Vec<&'static str> = shown.iter().map(|s| s.id).collect();
        move |id: &str| ids.iter().position(|i| *i == id).map_or(0, |i| i + 1)
    };
    // Whether the last draft was written; `false` if this browser does not
    // let the page keep it.
    let kept = RwSignal::new(true);
    let save = {
        let hex = hex.clone();
        let invitation = invitation.clone();
        move || {
            let text = draft.with_untracked(|d| write_draft(d, &invitation));
            let ok = storage::write_answer_draft(&hex, &text).is_ok();
            kept.set(ok);
        }
    };
    let show_missing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let summary = NodeRef::<H2>::new();
    let missing = {
        let invitation = invitation.clone();
        Memo::new(move |_| draft.with(|d| d.missing(&invitation)))
    };

    let inv = invitation.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        problem.set(None);
        if !missing.get_untracked().is_empty() {
            show_missing.set(true);
            request_animation_frame(move || {
                if let Some(h) = summary.get_untracked() {
                    let _ = h.focus();
                }
            });
            return;
        }
        let answer = match draft.with_untracked(|d| d.answer(&inv)) {
            Ok(answer) => answer,
            Err(_) => {
                problem.set(Some(
                    "Your comment is longer than a code can carry. Shorten it and try again."
                        .to_string(),
                ));
                return;
            }
        };
        busy.set(true);
        let key = inv.public_key;
        let round = inv.round;
        let hex = inv.round.hex();
        leptos::task::spawn_local(async move {
            match seal::seal(&key, round, &answer.encode()).await {
                Ok(code) => {
                    // The code is made: the draft has done its work.
                    let _ = storage::remove_answer_draft(&hex);
                    sealed.set(Some(code.encode()));
                }
                Err(e) => {
                    problem.set(Some(seal_problem(&e)));
                    busy.set(false);
                }
            }
        });
    };

    let groups = Pillar::ALL
        .into_iter()
        .map(|pillar| {
            let heading_id = format!("answer-group-{}", pillar.id());
            let labelled_by = heading_id.clone();
            let fields = shown
                .iter()
                .filter(|s| s.pillar == pillar)
                .map(|s| {
                    view! {
                        <StatementField
                            invitation=invitation.clone()
                            statement=s.clone()
                            number=number_of(s.id)
                            draft
                            save=save.clone()
                            show_missing
                        />
                    }
                })
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

    let ladder = invitation.kind.asks_ladder().then(|| {
        view! {
            <section class="assess-group" aria-labelledby="answer-group-ladder">
                <h2 id="answer-group-ladder">"The Ladder of Leadership"</h2>
                <LadderField invitation=invitation.clone() number=shown.len() + 1 draft save=save.clone() />
            </section>
        }
    });

    let missing_list = move || {
        missing
            .get()
            .into_iter()
            .map(|id| {
                let number = number_of(id);
                let target = format!("a-{id}-1");
                view! {
                    <li>
                        <a
                            class="button secondary small"
                            href=format!("#a-{id}")
                            rel="external"
                            on:click=move |ev| {
                                // Following the link would replace the
                                // invitation in the address.
                                ev.prevent_default();
                                focus_id(&target);
                            }
                        >
                            <span class="visually-hidden">"Statement "</span>
                            {number}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        {restored
            .then(|| {
                view! {
                    <p class="banner banner-info" role="status">
                        "Your earlier answers to this invitation are back, as you left them."
                    </p>
                }
            })}
        <form class="assess-form answer-form" novalidate on:submit=submit>
            <p class="hint">
                {move || {
                    if kept.get() {
                        "Each answer is kept in this browser as you go, so you can close the page and come back to this link. Only you see it until you make your code."
                    } else {
                        "This browser does not let the page keep your answers as you go: finish in one go."
                    }
                }}
            </p>
            <section
                class="error-summary"
                aria-labelledby="answer-missing"
                hidden=move || !show_missing.get() || missing.with(|m| m.is_empty())
            >
                <h2 id="answer-missing" tabindex="-1" node_ref=summary>
                    {move || match missing.with(|m| m.len()) {
                        1 => "1 statement is not answered yet".to_string(),
                        n => format!("{n} statements are not answered yet"),
                    }}
                </h2>
                <p>"Every statement needs an answer before the code can be made. Go to statement:"</p>
                <ul class="button-row">{missing_list}</ul>
            </section>
            {groups}
            {ladder}
            <CommentField draft save=save.clone() />
            <div class="answer-submit">
                <button type="submit" class="button" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { "Sealing your answer…" } else { "Make my answer code" }}
                </button>
                <p class="hint">
                    "Your answers are sealed in this browser; nothing is sent anywhere. You then send the code back yourself."
                </p>
                <p role="alert" class="q-missing">
                    {move || problem.get()}
                </p>
            </div>
        </form>
    }
}

/// One statement: a fieldset with five labelled radio buttons.
#[component]
fn StatementField(
    invitation: Invitation,
    statement: Shown,
    number: usize,
    draft: RwSignal<AnswerDraft>,
    save: impl Fn() + Clone + Send + Sync + 'static,
    show_missing: RwSignal<bool>,
) -> impl IntoView {
    let id = statement.id;
    let value = move || draft.with(|d| d.values.get(id).copied());
    let unanswered = move || show_missing.get() && value().is_none();
    let note_id = format!("a-{id}-missing");
    let described = note_id.clone();
    let options = (1..=5u8)
        .map(|v| {
            let input_id = format!("a-{id}-{v}");
            let for_id = input_id.clone();
            let invitation = invitation.clone();
            let save = save.clone();
            view! {
                <label class="scale-option" for=for_id>
                    <input
                        type="radio"
                        id=input_id
                        name=format!("a-{id}")
                        value=v.to_string()
                        prop:checked=move || value() == Some(v)
                        on:change=move |_| {
                            draft.update(|d| d.set(&invitation, id, v));
                            save();
                        }
                    />
                    <span>{scale_label(v)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="question"
            class:missing=unanswered
            id=format!("a-{id}")
            aria-describedby=move || unanswered().then(|| described.clone())
        >
            <legend>
                <span class="q-number">{number} ". "</span>
                {statement.text}
            </legend>
            {move || {
                unanswered()
                    .then(|| view! { <p class="q-missing" id=note_id.clone()>"Not answered yet."</p> })
            }}
            <div class="scale">{options}</div>
        </fieldset>
    }
}

/// Where on the Ladder of Leadership the person is seen: optional, with a
/// way to say "I can't say".
#[component]
fn LadderField(
    invitation: Invitation,
    number: usize,
    draft: RwSignal<AnswerDraft>,
    save: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let RoundKind::AboutMe(role) = invitation.kind else {
        return ().into_any();
    };
    let chosen = move || draft.with(|d| d.rung);
    let question = with_name(ladder_question(role), invitation.name.as_deref());
    let option = move |rung: Option<u8>, text: AnyView| {
        let input_id = format!("a-ladder-{}", rung.unwrap_or(0));
        let for_id = input_id.clone();
        let invitation = invitation.clone();
        let save = save.clone();
        view! {
            <label class="rung-option" for=for_id>
                <input
                    type="radio"
                    id=input_id
                    name="a-ladder"
                    value=rung.unwrap_or(0).to_string()
                    prop:checked=move || chosen() == rung
                    on:change=move |_| {
                        draft.update(|d| d.set_rung(&invitation, rung));
                        save();
                    }
                />
                <span>{text}</span>
            </label>
        }
    };
    let rungs = LADDER
        .iter()
        .map(|r| {
            let text = view! {
                <strong>"Rung " {r.number} ": \u{201c}" {r.phrase()} "\u{201d}"</strong>
            }
            .into_any();
            option(Some(r.number), text)
        })
        .collect_view();
    let cannot_say = option(None, view! { "I can't say" }.into_any());
    view! {
        <fieldset class="question ladder-question" id="a-ladder" aria-describedby="a-ladder-hint">
            <legend>
                <span class="q-number">{number} ". "</span>
                {question}
            </legend>
            <p class="hint" id="a-ladder-hint">
                {LADDER_QUESTION.hint()} " Optional: leave it at \u{201c}I can't say\u{201d} if you do not know."
            </p>
            <div class="rungs">{rungs} {cannot_say}</div>
        </fieldset>
    }
    .into_any()
}

/// The optional comment, with the characters left.
#[component]
fn CommentField(
    draft: RwSignal<AnswerDraft>,
    save: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    // `maxlength` counts UTF-16 units, so the counter does too: it reaches
    // 0 exactly when the field takes no more.
    let left = move || {
        let used = draft.with(|d| d.comment.encode_utf16().count());
        MAX_COMMENT_CHARS.saturating_sub(used)
    };
    let words = move || match left() {
        1 => "1 character left".to_string(),
        n => format!("{n} characters left"),
    };
    view! {
        <section class="assess-group" aria-labelledby="answer-group-comment">
            <h2 id="answer-group-comment">"A comment"</h2>
            <div class="reflection">
                <label for="a-comment">
                    "Anything you would like to add? (optional)"
                </label>
                <p class="hint" id="a-comment-hint">
                    {format!(
                        "At most {MAX_COMMENT_CHARS} characters. Comments are shown only when at least three people answered, mixed up, but someone may still recognise how you write."
                    )}
                </p>
                <textarea
                    id="a-comment"
                    rows="4"
                    maxlength=MAX_COMMENT_CHARS.to_string()
                    aria-describedby="a-comment-hint a-comment-count"
                    prop:value=move || draft.with(|d| d.comment.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        draft.update(|d| d.comment = text);
                        save();
                    }
                ></textarea>
                <p class="hint answer-count" id="a-comment-count" class:answer-low=move || left() <= 20>
                    {words}
                </p>
                // Announced only near the limit, not at every keystroke.
                <p class="visually-hidden" aria-live="polite">
                    {move || {
                        let n = left();
                        (n <= 20 && (n == 0 || n % 5 == 0)).then(words)
                    }}
                </p>
            </div>
        </section>
    }
}

/// The sealed code, the reply link, an email with them, and what to do next.
#[component]
fn Sealed(code: String, name: Option<String>) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let link = reply_link(&code);
    let mail = mailto(&link, &code);
    let to = name.unwrap_or_else(|| "the person who asked".to_string());
    let copied = RwSignal::new(None::<String>);
    let copy = move |text: String, what: &'static str| {
        leptos::task::spawn_local(async move {
            let ok = copy(text).await;
            copied.set(Some(if ok {
                format!("{what} is copied: paste it into your message.")
            } else {
                format!("{what} could not be copied here: select it and copy it yourself.")
            }));
        });
    };
    let link_text = link.clone();
    let code_text = code.clone();
    view! {
        <section class="card answer-result" aria-labelledby="answer-done">
            <h2 id="answer-done" tabindex="-1" node_ref=heading>
                "Your answer is sealed"
            </h2>
            <p class="answer-next">
                <strong>"Next: "</strong>
                {format!(
                    "send the reply link back to {to}, by chat or email, the way the invitation reached you."
                )}
            </p>
            <div class="answer-copy">
                <label for="a-link">"Reply link"</label>
                <textarea id="a-link" readonly rows="3" spellcheck="false">
                    {link.clone()}
                </textarea>
                <p class="button-row">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| copy(link_text.clone(), "The reply link")
                    >
                        "Copy the reply link"
                    </button>
                    <a class="button secondary" href=mail>
                        "Email it"
                    </a>
                </p>
            </div>
            <div class="answer-copy">
                <label for="a-code">"Or the code alone, for pasting into the round's page"</label>
                <textarea id="a-code" readonly rows="4" spellcheck="false">
                    {code.clone()}
                </textarea>
                <p class="button-row">
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| copy(code_text.clone(), "The code")
                    >
                        "Copy the code"
                    </button>
                </p>
            </div>
            <p role="status" class="answer-copied">
                {move || copied.get()}
            </p>
            <p class="hint">
                "Send it once: every code counts as one answer. This page does not keep the code, so send it before you close the page."
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invitation_is_read_from_the_fragment_without_glued_on_punctuation() {
        assert_eq!(invitation_text("#LLI1-AbC_-9"), "LLI1-AbC_-9");
        assert_eq!(invitation_text("#LLI1-AbC."), "LLI1-AbC");
        assert_eq!(invitation_text("# LLI1-AbC)>\" "), "LLI1-AbC");
        assert_eq!(invitation_text(""), "");
        assert_eq!(read_invitation(""), Err(NoInvitation::NoLink));
        assert_eq!(read_invitation("#"), Err(NoInvitation::NoLink));
        assert_eq!(
            read_invitation("#LLI1"),
            Err(NoInvitation::Code(CodeError::CutOff))
        );
        assert_eq!(
            read_invitation("#hello"),
            Err(NoInvitation::Code(CodeError::NotACode))
        );
        assert!(is_new_invitation("#LLI1-abc"));
        assert!(!is_new_invitation("#main"));
        assert!(!is_new_invitation(""));
    }

    #[test]
    fn a_valid_invitation_reads_and_its_statements_follow_the_answers_order() {
        use crate::content::Role;
        use crate::model::rounds::codes::statement_ids;
        use crate::model::rounds::RoundId;
        let mut key = [7u8; 65];
        key[0] = 4;
        for kind in RoundKind::ALL {
            let inv =
                Invitation::new(RoundId([1; 8]), kind, Some("Sam"), Some(20_000), &key).unwrap();
            let read = read_invitation(&format!("#{}.", inv.encode())).unwrap();
            assert_eq!(read, inv);
            let shown = statements(&inv);
            let ids: Vec<_> = shown.iter().map(|s| s.id).collect();
            assert_eq!(ids, statement_ids(kind));
            if kind == RoundKind::AboutMe(Role::Leader) {
                assert!(shown.iter().all(|s| s.text.contains("Sam")));
            }
        }
    }

    #[test]
    fn the_email_carries_the_link_and_the_code_when_both_fit() {
        assert_eq!(escape("a b\n&#é~"), "a%20b%0A%26%23%C3%A9~");
        let code = format!("LLA1-{}", "x".repeat(555));
        let link = format!("https://example.org/leader-leader/rounds/add#{code}");
        let mail = mailto(&link, &code);
        assert!(mail.starts_with("mailto:?subject=My%20answer"));
        assert_eq!(mail.matches(code.as_str()).count(), 2, "link and code");
        assert!(mail.len() <= MAILTO_MAX);
        // The longest code (a comment of 280 emoji) goes as the link alone.
        let code = format!("LLA1-{}", "x".repeat(1_675));
        let link = format!("https://example.org/leader-leader/rounds/add#{code}");
        let mail = mailto(&link, &code);
        assert_eq!(mail.matches(code.as_str()).count(), 1);
        assert!(mail.contains(&escape(&link)));
    }

    #[test]
    fn a_draft_reads_back_for_its_own_round_only() {
        use crate::content::Role;
        use crate::model::rounds::RoundId;
        let mut key = [7u8; 65];
        key[0] = 4;
        let kind = RoundKind::AboutMe(Role::Member);
        let inv = Invitation::new(RoundId([1; 8]), kind, None, None, &key).unwrap();
        let ids = statement_ids(kind);
        let mut d = AnswerDraft::new(&inv);
        assert_eq!(read_draft(&write_draft(&d, &inv), &inv), Some(d.clone()));
        d.set(&inv, ids[0], 2);
        d.set(&inv, ids[14], 5);
        d.set_rung(&inv, Some(6));
        d.comment = "Two lines,\nand 🚢 é".to_string();
        let text = write_draft(&d, &inv);
        assert_eq!(
            text,
            "1\n0101010101010101\n200000000000005\n6\nTwo lines,\nand 🚢 é"
        );
        assert_eq!(read_draft(&text, &inv), Some(d));
        // Another round's draft, or damaged text, is not taken.
        let other = Invitation::new(RoundId([2; 8]), kind, None, None, &key).unwrap();
        assert_eq!(read_draft(&text, &other), None);
        for bad in ["", "1", "2\n0101010101010101\n0\n0\n", "{\"round\":\"x\"}"] {
            assert_eq!(read_draft(bad, &inv), None, "{bad}");
        }
        // Values outside 1 to 5 are left unanswered, not taken.
        let odd = read_draft("1\n0101010101010101\n9x3\n8\n", &inv).unwrap();
        assert_eq!(odd.values.len(), 1);
        assert_eq!(odd.rung, None);
    }

    #[test]
    fn dates_read_as_words() {
        // 2026-12-12 is day 20,799.
        assert_eq!(date_words(20_799), "12 December 2026");
        assert_eq!(date_words(1), "2 January 1970");
    }
}
