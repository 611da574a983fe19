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
use crate::text::{answer_page as text, fill};

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

/// A day number as a long date in the page's language: "12 December 2026".
fn date_words(day: u16) -> String {
    let iso = day_to_date(day);
    let part = |r: std::ops::Range<usize>| iso.get(r).and_then(|s| s.parse::<usize>().ok());
    match (part(0..4), part(5..7), part(8..10)) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => fill(
            text::date(),
            &[
                (
                    "day",
                    &if d == 1 {
                        text::first_day().to_string()
                    } else {
                        d.to_string()
                    },
                ),
                (
                    "month",
                    text::months().get(m - 1).copied().unwrap_or_default(),
                ),
                ("year", &y.to_string()),
            ],
        ),
        _ => iso,
    }
}

/// When the round closes, as the person answering on `today` reads it.
fn closing_words(day: u16, today: u16) -> String {
    let t = text::intro();
    let sentence = if today > day {
        t.closed_on
    } else {
        t.closes_on
    };
    fill(sentence, &[("date", &date_words(day))])
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
    let mail = text::mail();
    let subject = mail.subject;
    let with_code = fill(mail.with_code, &[("link", link), ("code", code)]);
    let link_only = fill(mail.link_only, &[("link", link)]);
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
    let t = text::form();
    match e {
        SealError::Unavailable => t.cannot_seal.to_string(),
        SealError::BadKey | SealError::Damaged => {
            CodeError::Damaged.invitation_message().to_string()
        }
        SealError::Browser(name) => fill(t.seal_failed, &[("name", name)]),
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
    set_title(text::title());
    // Built into answer.html (natively), before any invitation is known:
    // the page says it is opening one, and stands a screen tall, so that
    // nothing in view moves when the invitation's questions take its place.
    if cfg!(not(target_arch = "wasm32")) {
        return view! {
            <article class="page answer">
                <h1>{text::title()}</h1>
                <p class="answer-opening">{text::opening()}</p>
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
    let t = text::unreadable();
    let message = match problem {
        NoInvitation::NoLink => t.no_link,
        NoInvitation::Code(e) => e.invitation_message(),
    };
    let title = match problem {
        NoInvitation::NoLink => t.no_link_title,
        NoInvitation::Code(CodeError::CutOff) => t.cut_off_title,
        NoInvitation::Code(CodeError::Newer { .. }) => t.newer_title,
        NoInvitation::Code(_) => t.damaged_title,
    };
    view! {
        <h1>{title}</h1>
        <p class="banner banner-warning" role="alert" id="answer-problem">
            {message}
        </p>
        <p>
            {t.about_app}
            " "
            <a href=href("/")>{t.see_what}</a>
        </p>
    }
}

/// The invitation's heading, introduction and anonymity note, then the
/// form, or the sealed code once it is made.
#[component]
fn Answering(invitation: Invitation) -> impl IntoView {
    let hex = invitation.round.hex();
    let name = invitation.name.clone();
    let t = text::intro();
    let about_me = invitation.kind.asks_ladder();
    let (title, lead) = if about_me {
        let who = name.as_deref().unwrap_or(t.someone);
        let them = name.as_deref().unwrap_or(t.this_person);
        (
            fill(t.about_me_title, &[("who", who)]),
            fill(t.about_me_lead, &[("who", who), ("them", them)]),
        )
    } else {
        let who = name.as_deref().map_or(t.sender.to_string(), |n| {
            fill(t.quoted_name, &[("name", n)])
        });
        (
            t.team_title.to_string(),
            fill(t.team_lead, &[("who", &who)]),
        )
    };
    set_title(&title);
    let count = statements(&invitation).len().to_string();
    let size = fill(
        if about_me {
            t.about_me_size
        } else {
            t.team_size
        },
        &[("count", &count)],
    );
    let closes = invitation
        .closes_on_day
        .map(|day| closing_words(day, today()));
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
            {size}
            {closes.map(|c| view! { " " <strong>{c}</strong> })}
        </p>
        <section class="callout tip answer-privacy" aria-labelledby="answer-privacy-title">
            <h2 id="answer-privacy-title">{t.privacy_title}</h2>
            <ul>{anonymity}</ul>
        </section>
        {move || match sealed.get() {
            None => {
                view! {
                    <AnswerForm invitation=invitation.clone() draft sealed restored />
                }
                    .into_any()
            }
            Some(code) => {
                let link = reply_link(&code);
                view! { <Sealed code link name=name.clone() /> }.into_any()
            }
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
    let t = text::form();
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
                problem.set(Some(t.too_long.to_string()));
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
                <h2 id="answer-group-ladder">{t.ladder_heading}</h2>
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
                            <span class="visually-hidden">{t.statement}</span>
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
                        {t.restored}
                    </p>
                }
            })}
        <form class="assess-form answer-form" novalidate on:submit=submit>
            <p class="hint">
                {move || {
                    if kept.get() { t.kept } else { t.not_kept }
                }}
            </p>
            <section
                class="error-summary"
                aria-labelledby="answer-missing"
                hidden=move || !show_missing.get() || missing.with(|m| m.is_empty())
            >
                <h2 id="answer-missing" tabindex="-1" node_ref=summary>
                    {move || match missing.with(|m| m.len()) {
                        1 => t.missing_one.to_string(),
                        n => fill(t.missing_other, &[("n", &n.to_string())]),
                    }}
                </h2>
                <p>{t.missing_help}</p>
                <ul class="button-row">{missing_list}</ul>
            </section>
            {groups}
            {ladder}
            <CommentField draft save=save.clone() />
            <div class="answer-submit">
                <button type="submit" class="button" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { t.sealing } else { t.submit }}
                </button>
                <p class="hint">{t.submit_hint}</p>
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
                    .then(|| view! { <p class="q-missing" id=note_id.clone()>{text::form().not_answered}</p> })
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
    let t = text::form();
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
            let words = fill(
                t.rung,
                &[("number", &r.number.to_string()), ("phrase", r.phrase())],
            );
            let text = view! { <strong>{words}</strong> }.into_any();
            option(Some(r.number), text)
        })
        .collect_view();
    let cannot_say = option(None, view! { {t.cannot_say} }.into_any());
    view! {
        <fieldset class="question ladder-question" id="a-ladder" aria-describedby="a-ladder-hint">
            <legend>
                <span class="q-number">{number} ". "</span>
                {question}
            </legend>
            <p class="hint" id="a-ladder-hint">
                {LADDER_QUESTION.hint()} " " {t.ladder_optional}
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
    let t = text::form();
    let words = move || match left() {
        1 => t.chars_left_one.to_string(),
        n => fill(t.chars_left_other, &[("n", &n.to_string())]),
    };
    view! {
        <section class="assess-group" aria-labelledby="answer-group-comment">
            <h2 id="answer-group-comment">{t.comment_heading}</h2>
            <div class="reflection">
                <label for="a-comment">{t.comment_label}</label>
                <p class="hint" id="a-comment-hint">
                    {fill(t.comment_hint, &[("max", &MAX_COMMENT_CHARS.to_string())])}
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
fn Sealed(code: String, link: String, name: Option<String>) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let mail = mailto(&link, &code);
    let t = text::sealed();
    let to = name.as_deref().unwrap_or(t.asker).to_string();
    let copied = RwSignal::new(None::<&'static str>);
    // What to say once the copy is done (`ok`) or refused.
    let copy = move |text: String, ok: &'static str, refused: &'static str| {
        leptos::task::spawn_local(async move {
            let done = copy(text).await;
            copied.set(Some(if done { ok } else { refused }));
        });
    };
    let link_text = link.clone();
    let code_text = code.clone();
    view! {
        <section class="card answer-result" aria-labelledby="answer-done">
            <h2 id="answer-done" tabindex="-1" node_ref=heading>
                {t.heading}
            </h2>
            <p class="answer-next">
                <strong>{t.next_label}</strong>
                {fill(t.next, &[("to", &to)])}
            </p>
            <div class="answer-copy">
                <label for="a-link">{t.link_label}</label>
                <textarea id="a-link" readonly rows="3" spellcheck="false">
                    {link.clone()}
                </textarea>
                <p class="button-row">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| copy(link_text.clone(), t.link_copied, t.link_not_copied)
                    >
                        {t.copy_link}
                    </button>
                    <a class="button secondary" href=mail>
                        {t.email}
                    </a>
                </p>
            </div>
            <div class="answer-copy">
                <label for="a-code">{t.code_label}</label>
                <textarea id="a-code" readonly rows="4" spellcheck="false">
                    {code.clone()}
                </textarea>
                <p class="button-row">
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| copy(code_text.clone(), t.code_copied, t.code_not_copied)
                    >
                        {t.copy_code}
                    </button>
                </p>
            </div>
            <p role="status" class="answer-copied">
                {move || copied.get()}
            </p>
            <p class="hint">{t.send_once}</p>
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

    // Natively only: a wasm build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn dates_read_as_words() {
        use crate::text::{set_lang, Lang};
        // 2026-12-12 is day 20,799.
        assert_eq!(date_words(20_799), "12 December 2026");
        assert_eq!(date_words(1), "2 January 1970");
        assert_eq!(date_words(20_788), "1 December 2026");
        assert_eq!(
            closing_words(20_799, 20_799),
            "Please answer by 12 December 2026."
        );
        assert_eq!(
            closing_words(20_799, 20_800),
            "This round was due to close on 12 December 2026. Your answer still counts if it \
             has not been closed yet."
        );
        set_lang(Lang::De);
        assert_eq!(date_words(20_799), "12. Dezember 2026");
        assert_eq!(
            closing_words(20_799, 20_000),
            "Bitte antworte bis zum 12. Dezember 2026."
        );
        set_lang(Lang::Fr);
        assert_eq!(date_words(1), "2 janvier 1970");
        assert_eq!(date_words(20_788), "1er décembre 2026");
        set_lang(Lang::Es);
        assert_eq!(date_words(20_799), "12 de diciembre de 2026");
        set_lang(Lang::En);
    }

    // Natively only: a wasm build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn sentences_with_names_and_numbers_read_whole() {
        use crate::text::{set_lang, Lang};
        let form = text::form();
        assert_eq!(
            fill(form.missing_other, &[("n", "3")]),
            "3 statements are not answered yet"
        );
        assert_eq!(
            seal_problem(&SealError::Browser("OperationError".into())),
            "Your browser could not seal the answer (OperationError). Your answers are kept \
             here: try again, or open the invitation link in another browser."
        );
        let mail = mailto("https://x.org/rounds/add#LLA1-a", "LLA1-a");
        assert!(mail.contains(&escape(
            "Here is my answer to your round in Leader-Leader.\n\nOpen this link to add it:\n\
             https://x.org/rounds/add#LLA1-a\n\nOr paste this code on the round's page:\nLLA1-a\n"
        )));
        set_lang(Lang::De);
        assert_eq!(
            fill(text::form().chars_left_other, &[("n", "12")]),
            "Noch 12 Zeichen"
        );
        let mail = mailto("https://x.org/de/rounds/add#LLA1-a", "LLA1-a");
        assert!(mail.starts_with(&format!(
            "mailto:?subject={}",
            escape("Meine Antwort auf deine Leader-Leader-Runde")
        )));
        assert!(mail.contains(&escape("Öffne diesen Link")));
        set_lang(Lang::En);
    }

    // Natively only: a wasm build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    /// Every state of the answer page, rendered: each reason it cannot
    /// open, both kinds of round with and without a name (the form with
    /// its statements, ladder and comment), and the sealed answer.
    fn rendered() -> Vec<String> {
        use crate::content::Role;
        use crate::model::rounds::RoundId;
        let mut key = [7u8; 65];
        key[0] = 4;
        let mut html = String::new();
        let owner = Owner::new();
        owner.with(|| {
            for problem in [
                NoInvitation::NoLink,
                NoInvitation::Code(CodeError::NotACode),
                NoInvitation::Code(CodeError::CutOff),
                NoInvitation::Code(CodeError::Newer { version: 9 }),
                NoInvitation::Code(CodeError::Damaged),
            ] {
                html.push_str(&view! { <Unreadable problem /> }.to_html());
            }
            for kind in [RoundKind::AboutMe(Role::Leader), RoundKind::Team] {
                for name in [Some("Sam"), None] {
                    let invitation =
                        Invitation::new(RoundId([1; 8]), kind, name, None, &key).unwrap();
                    html.push_str(&view! { <Answering invitation /> }.to_html());
                }
            }
            for name in [Some("Sam".to_string()), None] {
                let code = "LLA1-abc".to_string();
                let link = "https://x.org/rounds/add#LLA1-abc".to_string();
                html.push_str(&view! { <Sealed code link name /> }.to_html());
            }
        });
        owner.cleanup();
        crate::prerender::text_runs(&html)
    }

    // Natively only: a wasm build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_answer_page_is_all_in_the_language_it_is_opened_in() {
        use crate::text::{set_lang, Lang};
        set_lang(Lang::En);
        let english = rendered();
        // The English page is what the e2e tests read.
        for expected in [
            "Sam asks for your view",
            "How does our team work?",
            "No invitation in this link",
            "Make my answer code",
            "280 characters left",
            "Your answer is sealed",
        ] {
            assert!(english.iter().any(|r| r == expected), "{expected}");
        }
        // Texts that are the same in every language: the name, the code,
        // and Spanish's word for control.
        let same = [
            "Sam",
            "LLA1-abc",
            "https://x.org/rounds/add#LLA1-abc",
            "Control",
        ];
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            set_lang(lang);
            let theirs = rendered();
            assert!(theirs.len() >= english.len() * 9 / 10, "{lang:?}");
            for run in &theirs {
                assert!(
                    same.contains(&run.as_str()) || !english.contains(run),
                    "{lang:?} answer page still says {run:?}"
                );
            }
        }
        set_lang(Lang::En);
    }
}
