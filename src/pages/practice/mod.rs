//! The practice tools: an index, the genetic-code audit, the intent log and
//! the phrase coach, plus their part of the printable report.
//!
//! Pages only render and call model operations through
//! [`AppState::update`](crate::state::AppState::update); every change names
//! the entry it changes by id. The coach's text is kept in the page only.

mod audit;
mod chart;
mod coach;
mod intents;
mod report;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::set_title;
use crate::content::practice::{practice_intro, TOOLS};
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::use_app;
use crate::text::{fill, practice_page};

pub use audit::AuditPage;
pub use coach::PhraseCoachPage;
pub use intents::IntentLogPage;
pub use report::PracticeReport;

/// A tool's entries, each made by `entry` from its id, or `empty` while there
/// are none. The ids are read once per change and shared by both parts.
#[component]
fn EntryList<E, V>(
    /// The entries' ids, in order.
    ids: Memo<Vec<String>>,
    /// Said while the list is empty.
    empty: &'static str,
    /// Classes of the list element.
    class: &'static str,
    /// Makes one entry's form.
    entry: E,
) -> impl IntoView
where
    E: Fn(String) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        {move || ids.with(Vec::is_empty).then(|| view! { <p class="empty-note">{empty}</p> })}
        <ol class=class>
            <For each=move || ids.get() key=|id| id.clone() children=entry />
        </ol>
    }
}

/// The notice after an entry is deleted, with its Undo button. Hidden while
/// `message` is `None`.
#[component]
fn UndoBar(
    /// What was deleted, in words.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// The Undo button's id: focus moves there after a deletion.
    button_id: &'static str,
    /// Brings the entry back.
    on_undo: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="undo-bar" class:hidden=move || message.with(Option::is_none)>
            <p role="status">{move || message.get()}</p>
            {move || {
                message
                    .with(Option::is_some)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                id=button_id
                                class="button secondary"
                                on:click=move |_| on_undo.run(())
                            >
                                {practice_page::common().undo}
                            </button>
                        }
                    })
            }}
        </div>
    }
}

/// The three tools, with what each holds so far.
#[component]
pub fn PracticeIndex() -> impl IntoView {
    let words = practice_page::common();
    set_title(words.tools);
    let app = use_app();
    let status = move |path: &str| {
        app.practice().with(|p| match path {
            "/practice/audit" => {
                let s = p.audit_summary();
                if s.total == 0 {
                    words.nothing_listed.to_string()
                } else {
                    s.describe()
                }
            }
            "/practice/intents" => p.intent_stats().describe(),
            _ => words.nothing_saved.to_string(),
        })
    };
    let cards = TOOLS
        .iter()
        .map(|tool| {
            let path = tool.path;
            view! {
                <li class="card tool-card">
                    <h2>
                        <a href=href(path)>{tool.title()}</a>
                    </h2>
                    <p>{tool.summary()}</p>
                    {tool
                        .step
                        .map(|n| {
                            let step = crate::content::step_by_number(n).expect("steps 1 to 4");
                            view! {
                                <p class="hint">
                                    {words.belongs_to} " "
                                    <a href=href(&format!("/steps/{}", step.slug))>
                                        {fill(words.step, &[("n", &n.to_string()), ("title", step.title())])}
                                    </a>
                                </p>
                            }
                        })}
                    <p class="tool-status">{move || status(path)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="page practice practice-index">
            <h1>{words.tools}</h1>
            <p class="lead">{practice_intro()[0]}</p>
            {paragraphs(&practice_intro()[1..])}
            <ul class="tool-cards">{cards}</ul>
        </article>
    }
}

/// Links between the three tools; the current one is marked.
#[component]
fn PracticeNav(current: &'static str) -> impl IntoView {
    let links = TOOLS
        .iter()
        .map(|tool| {
            let here = (tool.path == current).then_some("page");
            view! {
                <li>
                    <a href=href(tool.path) aria-current=here>
                        {tool.title()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="practice-nav" aria-label=practice_page::common().tools>
            <ul>
                <li>
                    <a href=href("/practice")>{practice_page::common().all_tools}</a>
                </li>
                {links}
            </ul>
        </nav>
    }
}

/// Moves keyboard focus to the element with this id once the page has
/// been drawn.
pub(crate) fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Today's date on the visitor's clock, `YYYY-MM-DD`.
pub(crate) fn today_local() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Puts `text` on the clipboard; `false` when the browser refuses.
pub(crate) async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Some(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
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

/// Whether an input event comes from a date field the visitor is still
/// filling in (the browser reports an empty value then).
pub(crate) fn is_partial_date(ev: &leptos::ev::Event) -> bool {
    ev.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"validity".into()).ok())
        .and_then(|v| js_sys::Reflect::get(&v, &"badInput".into()).ok())
        .and_then(|b| b.as_bool())
        .unwrap_or(false)
}

// Natively only: a WebAssembly build speaks one language.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::text::practice_page;

    /// Words the three pages show a first visit (nothing saved).
    fn first_visit_words() -> Vec<&'static str> {
        let c = practice_page::common();
        let a = practice_page::audit();
        let i = practice_page::intents();
        vec![
            c.tools,
            c.all_tools,
            c.nothing_listed,
            c.nothing_saved,
            c.belongs_to,
            a.title,
            a.look_for,
            a.examples,
            a.entries,
            a.empty,
            a.add,
            a.summary,
            a.progress_label,
            i.title,
            i.log_intent,
            i.log_permission,
            i.over_time,
            i.log,
            i.newest_first,
            i.empty,
        ]
    }

    #[test]
    fn the_practice_pages_speak_every_language() {
        crate::prerender::assert_pages_translated(
            &["/practice", "/practice/audit", "/practice/intents"],
            first_visit_words,
        );
    }
}
