//! Every checklist item, grouped by step, with overall and per-step progress.

use leptos::prelude::*;

use crate::components::progress_bar::ProgressBar;
use crate::components::reset::ResetProgress;
use crate::components::set_title;
use crate::components::step_nav::step_path;
use crate::content::STEPS;
use crate::pages::steps::ItemCheckbox;
use crate::paths::href;
use crate::state::use_app;
use crate::text::{fill, journey};

/// The whole checklist.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    let words = journey::checklist();
    set_title(words.title);
    let app = use_app();
    let step_words = journey::step();
    let overall = Signal::derive(move || app.progress.with(|p| p.overall_tally()));
    let groups = STEPS
        .iter()
        .map(|step| {
            let tally = Signal::derive(move || app.progress.with(|p| p.step_tally(step)));
            let heading_id = format!("checklist-{}", step.slug);
            let labelled_by = heading_id.clone();
            let number = step.number.to_string();
            let name = fill(step_words.name, &[("number", &number), ("title", step.title())]);
            view! {
                <section class="card checklist-group" aria-labelledby=labelled_by>
                    <h2 id=heading_id>
                        <a href=href(&step_path(step))>{name}</a>
                    </h2>
                    <ProgressBar label=fill(step_words.number, &[("number", &number)]) tally=tally />
                    <ul class="checklist">
                        {step.items.iter().map(|item| view! { <ItemCheckbox item=item /> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="page checklist-page">
            <h1>{words.heading}</h1>
            <p class="lead">{words.lead}</p>
            <div class="card">
                <ProgressBar label=step_words.whole_checklist tally=overall />
            </div>
            {groups}
            <ResetProgress />
        </article>
    }
}
