//! The four steps: an index, and one page per step with its explanation,
//! tip, warning, checklist items and a reflection note.

use leptos::html::H1;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::JsCast;

use crate::components::progress_bar::ProgressBar;
use crate::components::set_title;
use crate::components::step_nav::{step_path, StepIndicator, StepPager};
use crate::content::{step_by_slug, ChecklistItem, Step, STEPS};
use crate::pages::not_found::NotFound;
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::use_app;
use crate::text::{fill, journey};

/// A step's words with its number (and title) filled in: "Step 2: …".
fn numbered(text: &str, step: &Step) -> String {
    fill(
        text,
        &[
            ("number", &step.number.to_string()),
            ("title", step.title()),
        ],
    )
}

/// All four steps, with progress on each.
#[component]
pub fn StepsIndex() -> impl IntoView {
    let words = journey::steps();
    set_title(words.title);
    let app = use_app();
    let cards = STEPS
        .iter()
        .map(|step| {
            let tally = Signal::derive(move || app.progress.with(|p| p.step_tally(step)));
            view! {
                <li class="card step-card">
                    <h2>
                        <a href=href(&step_path(step))>
                            <span class="step-number">{numbered(journey::step().number, step)}</span>
                            {step.title()}
                        </a>
                    </h2>
                    <p>{step.text().summary}</p>
                    <ProgressBar label=numbered(journey::step().checklist, step) tally=tally />
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="page steps-index">
            <h1>{words.heading}</h1>
            <p class="lead">{words.lead}</p>
            <ol class="step-cards">{cards}</ol>
        </article>
    }
}

/// The page of one step, found by the slug in its address.
#[component]
pub fn StepPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    move || match step_by_slug(&slug.get()) {
        Some(step) => view! { <StepView step=step /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// One step, drawn. Moving here puts keyboard focus on its heading.
#[component]
fn StepView(step: &'static Step) -> impl IntoView {
    set_title(&numbered(journey::step().name, step));
    let words = journey::step_page();
    let app = use_app();
    let heading = NodeRef::<H1>::new();
    // Moving here puts focus on the heading, or on the checklist item the
    // address names (`#item-…`, from the assessment's next actions).
    Effect::new(move |_| {
        let Some(h) = heading.get() else { return };
        let target = web_sys::window()
            .and_then(|w| Some((w.location().hash().ok()?, w.document()?)))
            .and_then(|(hash, doc)| {
                let id = hash
                    .strip_prefix('#')
                    .filter(|id| id.starts_with("item-"))?;
                doc.get_element_by_id(id)?
                    .dyn_into::<web_sys::HtmlElement>()
                    .ok()
            });
        match target {
            Some(item) => {
                item.scroll_into_view();
                let _ = item.focus();
            }
            None => {
                let _ = h.focus();
            }
        }
    });
    let tally = Signal::derive(move || app.progress.with(|p| p.step_tally(step)));
    let items = step
        .items
        .iter()
        .map(|item| view! { <ItemCheckbox item=item /> })
        .collect_view();
    let text = step.text();
    let note_id = format!("note-{}", step.slug);
    let for_note = note_id.clone();
    view! {
        <article class="page step">
            <StepIndicator current=Some(step.number) />
            <header class="step-header">
                <p class="step-number">
                    {fill(
                        words.number_of,
                        &[("number", &step.number.to_string()), ("total", &STEPS.len().to_string())],
                    )}
                </p>
                <h1 node_ref=heading tabindex="-1">{step.title()}</h1>
                <p class="lead">{text.summary}</p>
            </header>
            {paragraphs(text.explanation)}
            <aside class="callout tip" aria-label=words.tip>
                <p class="callout-title">{words.tip}</p>
                <p>{text.tip}</p>
            </aside>
            <aside class="callout warning" aria-label=words.warning_label>
                <p class="callout-title">{words.warning}</p>
                <p>{text.warning}</p>
            </aside>
            <section aria-labelledby="items-heading" class="step-items">
                <h2 id="items-heading">{words.items}</h2>
                <ProgressBar label=numbered(journey::step().checklist, step) tally=tally />
                <ul class="checklist">{items}</ul>
            </section>
            <section aria-labelledby="reflect-heading" class="reflection">
                <h2 id="reflect-heading">{words.reflection}</h2>
                <label for=for_note>{text.reflection_prompt}</label>
                <textarea
                    id=note_id
                    rows="6"
                    maxlength=crate::model::progress::MAX_NOTE_CHARS.to_string()
                    prop:value=move || app.progress.with(|p| p.note(step.slug).to_string())
                    on:input=move |ev| app.set_note(step.slug, &event_target_value(&ev))
                ></textarea>
                <p class="hint">{words.saved}</p>
            </section>
            <StepPager step=step />
        </article>
    }
}

/// One checklist item as a labelled checkbox, saved when ticked.
#[component]
pub fn ItemCheckbox(item: &'static ChecklistItem) -> impl IntoView {
    let app = use_app();
    let id = format!("item-{}", item.id);
    let for_id = id.clone();
    view! {
        <li class="check-item">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || app.progress.with(|p| p.is_checked(item.id))
                on:change=move |ev| app.set_checked(item.id, event_target_checked(&ev))
            />
            <label for=for_id>
                {crate::pages::prose(item.text())}
                {item.pillar.map(|p| view! { <span class="tag">{p.name()}</span> })}
            </label>
        </li>
    }
}
