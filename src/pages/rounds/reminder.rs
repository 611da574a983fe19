//! A calendar reminder (an `.ics` file) for the next self-assessment and the
//! next round.

use leptos::prelude::*;

/// Choose how many weeks ahead, and download the reminder.
#[component]
pub fn Reminder() -> impl IntoView {
    view! { <section class="reminder"></section> }
}
