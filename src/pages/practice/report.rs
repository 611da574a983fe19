//! The practice tools' part of the printable report: the audit and the
//! intent log as read-only sections.

use leptos::prelude::*;

use super::chart::IntentChart;
use crate::content::practice::outcome_pending;
use crate::content::{IntentKind, Outcome, LADDER};
use crate::state::use_app;
use crate::text::{fill, practice_page};

fn rung_words(rung: Option<u8>) -> String {
    let words = practice_page::report();
    match rung.and_then(|n| LADDER.iter().find(|r| r.number == n)) {
        Some(r) => fill(
            words.rung_words,
            &[("n", &r.number.to_string()), ("phrase", r.phrase())],
        ),
        None => words.not_set.to_string(),
    }
}

/// An intent-log entry's kind inside a sentence.
fn kind_in_sentence(kind: IntentKind) -> &'static str {
    let names = practice_page::kind_in_sentence();
    match kind {
        IntentKind::Intent => names.intent,
        IntentKind::Permission => names.permission,
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
    let words = practice_page::report();
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
                let ready = |on: bool| if on { words.in_place } else { words.not_in_place };
                view! {
                    <section class="report-entry">
                        <h3>{i + 1} ". " {e.name(i + 1)}</h3>
                        <dl class="report-entry-facts">
                            <div><dt>{words.status}</dt><dd>{e.status().label()}</dd></div>
                            <div><dt>{words.decides_now}</dt><dd>{or_dash(&e.decides_now)}</dd></div>
                            <div><dt>{words.should_decide}</dt><dd>{or_dash(&e.should_decide)}</dd></div>
                            <div>
                                <dt>{words.rung}</dt>
                                <dd>
                                    {fill(
                                        words.rungs,
                                        &[("now", &rung_words(e.rung_now)), ("target", &rung_words(e.rung_target))],
                                    )}
                                </dd>
                            </div>
                            <div>
                                <dt>{fill(words.competence, &[("ready", ready(e.competence_ready))])}</dt>
                                <dd class="report-text">{or_dash(&e.competence)}</dd>
                            </div>
                            <div>
                                <dt>{fill(words.clarity, &[("ready", ready(e.clarity_ready))])}</dt>
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
                let date = super::intents::shown_date(&e.date).unwrap_or_else(|| words.undated.to_string());
                let outcome = e.outcome().map_or(outcome_pending(), Outcome::label);
                view! {
                    <li>
                        <strong>
                            {fill(words.entry, &[("date", &date), ("kind", kind_in_sentence(e.kind()))])}
                        </strong>
                        <span class="report-text">{or_dash(&e.text)}</span>
                        " (" {outcome} ")"
                        {(!e.note.trim().is_empty())
                            .then(|| view! { <br /> {words.note} <span class="report-text">{e.note.clone()}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="report-practice" aria-labelledby="report-audit-heading">
                <h2 id="report-audit-heading">{words.audit}</h2>
                <p>{summary.describe()}</p>
                {audit}
            </section>
            <section class="report-practice" aria-labelledby="report-intents-heading">
                <h2 id="report-intents-heading">{words.intents}</h2>
                <p>{stats.with(|s| s.describe())}</p>
                {stats.with(|s| s.trend()).map(|t| view! { <p>{t}</p> })}
                <IntentChart stats=stats />
                <ul class="report-intents">{intents}</ul>
            </section>
        }
        .into_any()
    }
}
