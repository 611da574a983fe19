//! The visitor says which role they are in; advice across the app follows.

use leptos::prelude::*;

use crate::content::Role;
use crate::state::use_app;

/// Two radio buttons: in a traditional leadership role, or not. Saved at once.
#[component]
pub fn RolePicker() -> impl IntoView {
    let app = use_app();
    let words = crate::text::shell::role_picker();
    let options = Role::ALL
        .iter()
        .map(|&role| {
            let id = format!("role-{}", role.id());
            let for_id = id.clone();
            view! {
                <label class="choice" for=for_id>
                    <input
                        type="radio"
                        name="role"
                        id=id
                        value=role.id()
                        prop:checked=move || app.role() == Some(role)
                        on:change=move |_| app.set_role(role)
                    />
                    <span>{role.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="role-picker">
            <legend>{words.legend}</legend>
            <p class="hint">{words.hint}</p>
            {options}
        </fieldset>
    }
}
