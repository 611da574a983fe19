//! The home page: what the app is, where the visitor left off, their role,
//! their progress and the way into the journey.

use leptos::prelude::*;

use crate::components::progress_bar::ProgressBar;
use crate::components::reset::ResetProgress;
use crate::components::role_picker::RolePicker;
use crate::components::set_title;
use crate::components::step_nav::step_path;
use crate::content::overview;
use crate::model::progress::place_name;
use crate::paths::href;
use crate::state::use_app;

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

    view! {
        <article class="page home">
            <section class="hero" aria-labelledby="home-title">
                <h1 id="home-title">"Stop being the bottleneck. Let everyone lead."</h1>
                <p class="lead">
                    "A guided walk through L. David Marquet's leader-leader model: learn the idea, work through its four steps and a checklist, and keep your own notes. "
                    "Everything stays in this browser."
                </p>
                <p class="key-insight">
                    <span class="key-insight-label">"The idea in one line: "</span>
                    {overview().key_insight}
                </p>
                {move || match resume() {
                    Some((path, name)) => view! {
                        <div class="resume card">
                            <p>"Welcome back. You were last on " <strong>{name.clone()}</strong> "."</p>
                            <a class="button" href=href(&path)>"Continue: " {name}</a>
                        </div>
                    }.into_any(),
                    None => view! {
                        <div class="resume card">
                            <p>"New here? Start by reading what the model is, then take the four steps."</p>
                            <a class="button" href=href("/model")>"Start with the model"</a>
                        </div>
                    }.into_any(),
                }}
            </section>

            <section aria-labelledby="progress-heading" class="card">
                <h2 id="progress-heading">"Your progress"</h2>
                <ProgressBar label="Whole checklist" tally=overall />
                <p>
                    {move || match next_step() {
                        Some(step) => view! {
                            "Next open step: "
                            <a href=href(&step_path(step))>"Step " {step.number} ": " {step.title()}</a>
                        }.into_any(),
                        None => view! { "You have ticked every item in all four steps." }.into_any(),
                    }}
                </p>
            </section>

            <section aria-labelledby="role-heading" class="card">
                <h2 id="role-heading">"Your role"</h2>
                <RolePicker />
            </section>

            <section aria-labelledby="journey-heading">
                <h2 id="journey-heading">"The journey"</h2>
                <ol class="journey">
                    <li>
                        <a href=href("/model")>"The model"</a>
                        " — the problem it solves, its core idea and its seven principles."
                    </li>
                    <li>
                        <a href=href("/pillars")>"Three pillars"</a>
                        " — control, competence and clarity, with advice for your role."
                    </li>
                    <li>
                        <a href=href("/steps")>"Four steps"</a>
                        " — how to make the change, each with a checklist and a reflection."
                    </li>
                    <li>
                        <a href=href("/checklist")>"Checklist"</a>
                        " — every action in one place, with your progress."
                    </li>
                    <li>
                        <a href=href("/stories")>"Stories"</a>
                        " — two submarines, three common mistakes and where the model came from."
                    </li>
                    <li>
                        <a href=href("/assess")>"Assess"</a>
                        " — where you stand on control, competence and clarity, what to do next, and whether you are moving."
                    </li>
                    <li>
                        <a href=href("/practice")>"Practice"</a>
                        " — audit the rules that pull decisions up, log your intents, and rephrase requests for permission."
                    </li>
                </ol>
                <p>
                    "Everything stays in this browser. "
                    <a href=href("/data")>"Your data"</a>
                    " lets you back it up, restore it, and print or download a report."
                </p>
            </section>

            <ResetProgress />
        </article>
    }
}
