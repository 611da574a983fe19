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

/// The whole checklist.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    set_title("Checklist");
    let app = use_app();
    let overall = Signal::derive(move || app.progress.with(|p| p.overall_tally()));
    let groups = STEPS
        .iter()
        .map(|step| {
            let tally = Signal::derive(move || app.progress.with(|p| p.step_tally(step)));
            let heading_id = format!("checklist-{}", step.slug);
            let labelled_by = heading_id.clone();
            view! {
                <section class="card checklist-group" aria-labelledby=labelled_by>
                    <h2 id=heading_id>
                        <a href=href(&step_path(step))>"Step " {step.number} ": " {step.title()}</a>
                    </h2>
                    <ProgressBar label=format!("Step {}", step.number) tally=tally />
                    <ul class="checklist">
                        {step.items.iter().map(|item| view! { <ItemCheckbox item=item /> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="page checklist-page">
            <h1>"Your checklist"</h1>
            <p class="lead">"Every action from the four steps. Ticks are saved the moment you make them."</p>
            <div class="card">
                <ProgressBar label="Whole checklist" tally=overall />
            </div>
            {groups}
            <ResetProgress />
        </article>
    }
}
