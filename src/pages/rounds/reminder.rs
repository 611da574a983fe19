//! A calendar reminder (an `.ics` file) for the next self-assessment and the
//! next round. The file is made in the browser ([`crate::model::calendar`])
//! and handed over as a download; nothing is sent anywhere.

use leptos::prelude::*;

use crate::components::{clock, files};
use crate::model::calendar::{file_name, ics, reminder_date, Plan, Reminded, WEEKS};
use crate::model::rounds::date_to_day;
use crate::model::time::day_date;
use crate::paths;
use crate::state::now_ms;
use crate::text::{fill, rounds_list};

/// The app's address: origin and base path, e.g.
/// `https://example.github.io/leader-leader`.
fn app_url() -> (String, String) {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let host = location
        .as_ref()
        .and_then(|l| l.host().ok())
        .unwrap_or_default();
    (format!("{origin}{}", paths::base()), host)
}

/// `HH:MM` from a time field; `None` when empty or not a time.
fn parse_time(value: &str) -> Option<(u8, u8)> {
    let (h, m) = value.split_once(':')?;
    let (h, m) = (h.parse::<u8>().ok()?, m.get(..2)?.parse::<u8>().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

/// The reminder's date as the visitor reads it (`reminder_date` gives it
/// as `2026-12-19`).
fn written_reminder_date(plan: Plan) -> String {
    let date = reminder_date(plan, now_ms(), &clock::offset_at);
    date_to_day(&date).map_or(date, |day| day_date(i64::from(day)))
}

/// Choose how many weeks ahead, what to be reminded of and, if wanted, a
/// time of day; then download the reminder.
#[component]
pub fn Reminder() -> impl IntoView {
    let words = rounds_list::reminder();
    let weeks = RwSignal::new(4u8);
    let assessment = RwSignal::new(true);
    let round = RwSignal::new(true);
    let time = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Result<String, String>>);
    let plan = move || Plan {
        weeks: weeks.get(),
        at: parse_time(&time.get()),
    };
    let which = move || {
        let mut which = Vec::new();
        if assessment.get() {
            which.push(Reminded::Assessment);
        }
        if round.get() {
            which.push(Reminded::Round);
        }
        which
    };
    let download = move |_| {
        let which = which();
        if which.is_empty() {
            said.set(Some(Err(words.choose_one.to_string())));
            return;
        }
        let plan = plan();
        let now = now_ms();
        let (url, host) = app_url();
        let text = ics(&which, plan, &url, &host, now, &clock::offset_at);
        let name = file_name(plan, now, &clock::offset_at);
        said.set(Some(
            files::download(&name, "text/calendar", &text)
                .map(|()| fill(words.downloaded, &[("name", &name)])),
        ));
    };
    let options = WEEKS
        .iter()
        .map(|&w| {
            view! { <option value=w.to_string() selected=w == 4>{fill(words.weeks, &[("n", &w.to_string())])}</option> }
        })
        .collect_view();
    view! {
        <section class="card reminder" aria-labelledby="reminder-heading">
            <h2 id="reminder-heading">{words.heading}</h2>
            <p>{words.intro}</p>
            <div class="reminder-fields">
                <p>
                    <label for="reminder-weeks">{words.when}</label>
                    " "
                    <select
                        id="reminder-weeks"
                        on:change=move |ev| {
                            if let Ok(w) = event_target_value(&ev).parse() {
                                weeks.set(w);
                            }
                        }
                    >
                        {options}
                    </select>
                    " "
                    <span class="hint">
                        {move || fill(words.from_today, &[("date", &written_reminder_date(plan()))])}
                    </span>
                </p>
                <fieldset>
                    <legend>{words.remind_me}</legend>
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=assessment
                            on:change=move |ev| assessment.set(event_target_checked(&ev))
                        />
                        " "
                        {words.assessment}
                    </label>
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=round
                            on:change=move |ev| round.set(event_target_checked(&ev))
                        />
                        " "
                        {words.round}
                    </label>
                </fieldset>
                <p>
                    <label for="reminder-time">{words.time}</label>
                    " "
                    <input
                        type="time"
                        id="reminder-time"
                        aria-describedby="reminder-time-hint"
                        on:input=move |ev| time.set(event_target_value(&ev))
                    />
                    <span class="hint" id="reminder-time-hint">
                        " "
                        {words.time_hint}
                    </span>
                </p>
            </div>
            <p>
                <button type="button" class="button secondary" on:click=download>
                    {words.download}
                </button>
            </p>
            <p role="status">
                {move || {
                    said.get()
                        .map(|r| match r {
                            Ok(words) => view! { <span class="ok">{words}</span> }.into_any(),
                            Err(why) => view! { <span class="error">{why}</span> }.into_any(),
                        })
                }}
            </p>
        </section>
    }
}
