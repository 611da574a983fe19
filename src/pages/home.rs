//! The home page: what the app is, where the visitor left off, their role,
//! their progress and the way into the journey.

use leptos::prelude::*;

use crate::components::progress_bar::ProgressBar;
use crate::components::reset::ResetProgress;
use crate::components::role_picker::RolePicker;
use crate::components::step_nav::step_path;
use crate::components::{around, set_title};
use crate::content::overview;
use crate::model::progress::place_name;
use crate::paths::href;
use crate::state::use_app;
use crate::text::{fill, journey};

/// The landing page.
#[component]
pub fn Home() -> impl IntoView {
    set_title("");
    let app = use_app();
    let overall = Signal::derive(move || app.progress.with(|p| p.overall_tally()));
    let resume = move || {
        app.progress.with(|p| {
            let path = p.last_visited.clone()?;
            let name = place_name(&path)?;
            Some((path, name))
        })
    };
    let next_step = move || app.progress.with(|p| p.next_open_step());
    let words = journey::home();
    let stages = journey::journey()
        .iter()
        .map(|stage| {
            let (before, after) = around(stage.text, "link");
            view! {
                <li>
                    {before}
                    <a href=href(&format!("/{}", stage.id))>{stage.link}</a>
                    {after}
                </li>
            }
        })
        .collect_view();
    let (data_before, data_after) = around(words.data_note, "link");

    view! {
        <article class="page home">
            <section class="hero" aria-labelledby="home-title">
                <h1 id="home-title">{words.heading}</h1>
                <p class="lead">{words.lead}</p>
                <p class="key-insight">
                    <span class="key-insight-label">{words.key_insight} " "</span>
                    {overview().key_insight}
                </p>
                {move || match resume() {
                    Some((path, name)) => {
                        let (before, after) = around(words.welcome_back, "place");
                        view! {
                            <div class="resume card">
                                <p>{before} <strong>{name.clone()}</strong> {after}</p>
                                <a class="button" href=href(&path)>
                                    {fill(words.continue_from, &[("place", &name)])}
                                </a>
                            </div>
                        }.into_any()
                    }
                    None => view! {
                        <div class="resume card">
                            <p>{words.new_here}</p>
                            <a class="button" href=href("/model")>{words.start}</a>
                        </div>
                    }.into_any(),
                }}
            </section>

            <section aria-labelledby="progress-heading" class="card">
                <h2 id="progress-heading">{words.progress_heading}</h2>
                <ProgressBar label=journey::step().whole_checklist tally=overall />
                <p>
                    {move || match next_step() {
                        Some(step) => {
                            let (before, after) = around(words.next_step, "step");
                            let name = fill(
                                journey::step().name,
                                &[("number", &step.number.to_string()), ("title", step.title())],
                            );
                            view! {
                                {before}
                                <a href=href(&step_path(step))>{name}</a>
                                {after}
                            }.into_any()
                        }
                        None => view! { {words.all_done} }.into_any(),
                    }}
                </p>
            </section>

            <section aria-labelledby="role-heading" class="card">
                <h2 id="role-heading">{words.role_heading}</h2>
                <RolePicker />
            </section>

            <section aria-labelledby="journey-heading">
                <h2 id="journey-heading">{words.journey_heading}</h2>
                <ol class="journey">{stages}</ol>
                <p>
                    {data_before}
                    <a href=href("/data")>{words.data_link}</a>
                    {data_after}
                </p>
            </section>

            <ResetProgress />
        </article>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_stage_of_the_journey_is_a_page() {
        let addresses = crate::app::addresses();
        for stage in crate::text::journey::journey() {
            assert!(
                addresses.contains(&format!("/{}", stage.id)),
                "journey.toml: `{}` is no page's address",
                stage.id
            );
        }
    }
}
