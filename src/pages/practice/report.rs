//! The practice tools' part of the printable report: the audit and the
//! intent log as read-only sections.

use leptos::prelude::*;

use super::chart::IntentChart;
use crate::content::practice::outcome_pending;
use crate::content::{Outcome, LADDER};
use crate::state::use_app;

fn rung_words(rung: Option<u8>) -> String {
    match rung.and_then(|n| LADDER.iter().find(|r| r.number == n)) {
        Some(r) => format!("{} ({})", r.number, r.phrase()),
        None => "not set".to_string(),
    }
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

/// The audit and the intent log for the report page. Shows nothing when
/// both are empty. Headings start at level 2.
#[component]
pub fn PracticeReport() -> impl IntoView {
    let app = use_app();
    let stats = Memo::new(move |_| app.practice().with(|p| p.intent_stats()));
    move || {
        let data = app.practice().get();
        if data.is_empty() {
            return ().into_any();
        }
        let summary = data.audit_summary();
        let audit = data
            .audit
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let ready = |on: bool| if on { "in place" } else { "not yet in place" };
                view! {
                    <section class="report-entry">
                        <h3>{i + 1} ". " {e.name(i + 1)}</h3>
                        <dl class="report-entry-facts">
                            <div><dt>"Status"</dt><dd>{e.status().label()}</dd></div>
                            <div><dt>"Who decides today"</dt><dd>{or_dash(&e.decides_now)}</dd></div>
                            <div><dt>"Who should decide"</dt><dd>{or_dash(&e.should_decide)}</dd></div>
                            <div>
                                <dt>"Ladder rung"</dt>
                                <dd>"today " {rung_words(e.rung_now)} ", target " {rung_words(e.rung_target)}</dd>
                            </div>
                            <div>
                                <dt>"Competence (" {ready(e.competence_ready)} ")"</dt>
                                <dd class="report-text">{or_dash(&e.competence)}</dd>
                            </div>
                            <div>
                                <dt>"Clarity (" {ready(e.clarity_ready)} ")"</dt>
                                <dd class="report-text">{or_dash(&e.clarity)}</dd>
                            </div>
                        </dl>
                    </section>
                }
            })
            .collect_view();
        let intents = data
            .intents
            .iter()
            .map(|e| {
                let date = if e.date.is_empty() { "Undated".to_string() } else { e.date.clone() };
                let outcome = e.outcome().map_or(outcome_pending(), Outcome::label);
                view! {
                    <li>
                        <strong>{date} ", " {e.kind().noun().to_ascii_lowercase()} ": "</strong>
                        <span class="report-text">{or_dash(&e.text)}</span>
                        " (" {outcome} ")"
                        {(!e.note.trim().is_empty())
                            .then(|| view! { <br /> "Note: " <span class="report-text">{e.note.clone()}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="report-practice" aria-labelledby="report-audit-heading">
                <h2 id="report-audit-heading">"Genetic-code audit"</h2>
                <p>{summary.describe()}</p>
                {audit}
            </section>
            <section class="report-practice" aria-labelledby="report-intents-heading">
                <h2 id="report-intents-heading">"Intent log"</h2>
                <p>{stats.with(|s| s.describe())}</p>
                {stats.with(|s| s.trend()).map(|t| view! { <p>{t}</p> })}
                <IntentChart stats=stats />
                <ul class="report-intents">{intents}</ul>
            </section>
        }
        .into_any()
    }
}
