//! Control, competence and clarity, with advice that follows the visitor's
//! role and the other role one click away.

use leptos::prelude::*;

use crate::components::role_picker::RolePicker;
use crate::components::set_title;
use crate::content::{Component, Role, COMPONENTS, COMPONENTS_INTRO, SECOND_SOURCE_NOTE};
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::use_app;

/// The three components of leader-leader.
#[component]
pub fn PillarsPage() -> impl IntoView {
    set_title("Three pillars");
    let app = use_app();
    // Memos: a tick (here or in another tab) changes the progress, and these
    // views should run again only when the role does.
    let no_role = Memo::new(move |_| app.role().is_none());
    let cards = COMPONENTS
        .iter()
        .map(|c| view! { <PillarCard component=c /> })
        .collect_view();
    view! {
        <article class="page pillars">
            <h1>"Control, competence and clarity"</h1>
            {paragraphs(COMPONENTS_INTRO)}
            <p class="source-note">{SECOND_SOURCE_NOTE}</p>
            {move || {
                no_role
                    .get()
                    .then(|| view! { <div class="card"><RolePicker /></div> })
            }}
            <div class="pillar-list">{cards}</div>
            <p class="next-link">
                <a class="button" href=href("/steps")>"Next: the four steps →"</a>
            </p>
        </article>
    }
}

/// One component with its advice. Shows the advice for the visitor's role
/// (leader when none is chosen) and lets them look at the other role's.
#[component]
fn PillarCard(component: &'static Component) -> impl IntoView {
    let app = use_app();
    // `None` follows the saved role; `Some` is a role the visitor picked here.
    let (shown, set_shown) = signal(None::<Role>);
    let saved = Memo::new(move |_| app.role());
    let role = Memo::new(move |_| shown.get().or(saved.get()).unwrap_or(Role::Leader));
    let id = component.pillar.id();
    let tabs = Role::ALL
        .iter()
        .map(|&r| {
            let selected = move || role.get() == r;
            view! {
                <button
                    type="button"
                    class="role-tab"
                    aria-pressed=move || selected().to_string()
                    on:click=move |_| set_shown.set(Some(r))
                >
                    {r.short()}
                </button>
            }
        })
        .collect_view();
    view! {
        <section class=format!("pillar card pillar-{id}") aria-labelledby=format!("pillar-{id}")>
            <p class="pillar-role">{component.role_in_model}</p>
            <h2 id=format!("pillar-{id}")>{component.pillar.name()}</h2>
            <p>{component.definition}</p>
            <div class="advice">
                <div class="role-tabs" role="group" aria-label=format!("Show {} advice for", component.pillar.name())>
                    <span class="role-tabs-label" aria-hidden="true">"Advice for: "</span>
                    {tabs}
                </div>
                <h3 class="advice-heading">
                    {move || format!("If you {}", if role.get() == Role::Leader { "hold a leadership role" } else { "do not hold a leadership role" })}
                </h3>
                <ul aria-live="polite">
                    {move || component.advice(role.get()).iter().map(|a| view! { <li>{*a}</li> }).collect_view()}
                </ul>
            </div>
        </section>
    }
}
