//! Control, competence and clarity, with the advice for both roles; the
//! visitor's own role is marked.
//!
//! Both roles' advice is always there, and the role picker too, so the page
//! has the same layout whatever was saved: the page built for a first visit
//! (`prerender`) and the app with the visitor's role look the same but for
//! which advice is marked as theirs.

use leptos::prelude::*;

use crate::components::role_picker::RolePicker;
use crate::components::set_title;
use crate::content::{components_intro, second_source_note, Component, Role, COMPONENTS};
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::use_app;
use crate::text::journey;

/// The three components of leader-leader.
#[component]
pub fn PillarsPage() -> impl IntoView {
    let words = journey::pillars();
    set_title(words.title);
    let cards = COMPONENTS
        .iter()
        .map(|c| view! { <PillarCard component=c /> })
        .collect_view();
    view! {
        <article class="page pillars">
            <h1>{words.heading}</h1>
            {paragraphs(components_intro())}
            <p class="source-note">{second_source_note()}</p>
            <div class="card"><RolePicker /></div>
            <div class="pillar-list">{cards}</div>
            <p class="next-link">
                <a class="button" href=href("/steps")>{words.next}</a>
            </p>
        </article>
    }
}

/// One component with its advice for each role, the visitor's marked.
#[component]
fn PillarCard(component: &'static Component) -> impl IntoView {
    let app = use_app();
    let words = journey::pillars();
    // A memo: a tick changes the progress, and this should change only with the role.
    let saved = Memo::new(move |_| app.role());
    let id = component.pillar.id();
    let advice = Role::ALL
        .iter()
        .map(|&r| {
            let yours = move || saved.get() == Some(r);
            view! {
                <div class="advice" class:yours=yours>
                    <h3 class="advice-heading">
                        {if r == Role::Leader { words.leader } else { words.not_leader }}
                        // Hidden but in the line on the other role's: nothing moves.
                        <span class="yours-tag">" · " {words.your_role}</span>
                    </h3>
                    <ul>
                        {component.advice(r).iter().map(|a| view! { <li>{crate::pages::prose(a)}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class=format!("pillar card pillar-{id}") aria-labelledby=format!("pillar-{id}")>
            <p class="pillar-role">{component.role_in_model()}</p>
            <h2 id=format!("pillar-{id}")>{component.pillar.name()}</h2>
            <p>{component.definition()}</p>
            {advice}
        </section>
    }
}
