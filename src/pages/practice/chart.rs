//! The intent log's chart: for each week or month, a column split into the
//! share of intents (bottom) and of permission requests (top), with the
//! number of entries above it (shares alone make one entry look like ten),
//! drawn as SVG with an accessible name that carries every number, followed
//! by a table with the same numbers. Colours come from the stylesheet
//! (`pchart-*`).

use leptos::prelude::*;

use crate::components::chart::n;
use crate::model::practice::{date_days, Granularity, IntentStats, PeriodCount};
use crate::model::time::day_date;
use crate::text::{fill, integer, percent, plural, practice_words};

const W: f64 = 320.0;
const H: f64 = 190.0;
const X0: f64 = 40.0;
const X1: f64 = W - 6.0;
/// The top of the columns; the counts stand above it.
const Y0: f64 = 26.0;
const Y1: f64 = 150.0;

/// "the week of 2026-03-02" or "Mar 2026".
fn period_words(g: Granularity, p: &PeriodCount) -> String {
    match (g, date_days(&p.start)) {
        (Granularity::Week, Some(day)) => {
            fill(practice_words::chart().week, &[("date", &day_date(day))])
        }
        _ => p.label.clone(),
    }
}

/// The chart's accessible name: every period's counts and share, in words.
pub fn chart_label(stats: &IntentStats) -> String {
    let words = practice_words::chart();
    let counts = practice_words::summary();
    let g = stats.granularity;
    let parts: Vec<String> = stats
        .periods
        .iter()
        .map(|p| match p.intent_percent() {
            Some(s) => fill(
                words.period,
                &[
                    ("period", &period_words(g, p)),
                    (
                        "entries",
                        &plural(p.total(), words.entries_one, words.entries_other),
                    ),
                    (
                        "intents",
                        &plural(p.intents, counts.intents_one, counts.intents_other),
                    ),
                    (
                        "permissions",
                        &plural(
                            p.permissions,
                            counts.permissions_one,
                            counts.permissions_other,
                        ),
                    ),
                    ("percent", &percent(s)),
                ],
            ),
            None => fill(words.period_empty, &[("period", &period_words(g, p))]),
        })
        .collect();
    let label = match g {
        Granularity::Week => words.label_week,
        Granularity::Month => words.label_month,
    };
    fill(label, &[("periods", &parts.join("; "))])
}

/// The chart and its table; nothing until an entry has a date.
#[component]
pub fn IntentChart(#[prop(into)] stats: Signal<IntentStats>) -> impl IntoView {
    let words = practice_words::chart();
    move || {
        let s = stats.get();
        if s.periods.is_empty() {
            return view! {
                <p class="hint">{words.empty}</p>
            }
            .into_any();
        }
        let count = s.periods.len();
        let slot = (X1 - X0) / count as f64;
        let bar = (slot * 0.7).min(36.0);
        let every = count.div_ceil(6);
        let plot = Y1 - Y0;
        // Narrow columns get smaller counts, so that "12" still fits.
        let count_class = if slot < 28.0 {
            "pchart-count pchart-count-small"
        } else {
            "pchart-count"
        };
        let columns = s
            .periods
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let x = X0 + slot * i as f64 + (slot - bar) / 2.0;
                let cx = X0 + slot * (i as f64 + 0.5);
                let label = (i % every == 0 || i + 1 == count).then(|| {
                    view! {
                        <text class="pchart-label" x=n(cx) y=n(Y1 + 16.0) text-anchor="middle">
                            {p.short_label.clone()}
                        </text>
                    }
                });
                let body = if p.total() == 0 {
                    view! {
                        <rect
                            class="pchart-empty"
                            x=n(x)
                            y=n(Y0)
                            width=n(bar)
                            height=n(plot)
                        ></rect>
                    }
                    .into_any()
                } else {
                    let intent_h = plot * p.intents as f64 / p.total() as f64;
                    let permission_h = plot - intent_h;
                    view! {
                        <rect
                            class="pchart-permission"
                            x=n(x)
                            y=n(Y0)
                            width=n(bar)
                            height=n(permission_h)
                        ></rect>
                        <rect
                            class="pchart-intent"
                            x=n(x)
                            y=n(Y0 + permission_h)
                            width=n(bar)
                            height=n(intent_h)
                        ></rect>
                    }
                    .into_any()
                };
                view! {
                    <g>
                        {body}
                        <text class=count_class x=n(cx) y=n(Y0 - 6.0) text-anchor="middle">
                            {integer(p.total() as u64)}
                        </text>
                        {label}
                    </g>
                }
            })
            .collect_view();
        let grid = [0u32, 50, 100]
            .into_iter()
            .map(|pct| {
                let y = Y1 - plot * f64::from(pct) / 100.0;
                view! {
                    <line class="pchart-grid" x1=n(X0 - 4.0) x2=n(X1) y1=n(y) y2=n(y)></line>
                    <text class="pchart-label" x=n(X0 - 7.0) y=n(y + 4.0) text-anchor="end">
                        {percent(pct)}
                    </text>
                }
            })
            .collect_view();
        let (period_head, caption, hidden_one, hidden_other) = match s.granularity {
            Granularity::Week => (
                words.week_heading,
                words.caption_week,
                words.hidden_weeks_one,
                words.hidden_weeks_other,
            ),
            Granularity::Month => (
                words.month_heading,
                words.caption_month,
                words.hidden_months_one,
                words.hidden_months_other,
            ),
        };
        let rows = s
            .periods
            .iter()
            .map(|p| {
                let share = p
                    .intent_percent()
                    .map(percent)
                    .unwrap_or_else(|| "—".to_string());
                view! {
                    <tr>
                        <th scope="row">{p.label.clone()}</th>
                        <td>{integer(p.total() as u64)}</td>
                        <td>{integer(p.intents as u64)}</td>
                        <td>{integer(p.permissions as u64)}</td>
                        <td>{share}</td>
                    </tr>
                }
            })
            .collect_view();
        let hidden = (s.hidden_periods > 0).then(|| {
            view! {
                <p class="hint">
                    {fill(
                        &plural(s.hidden_periods, hidden_one, hidden_other),
                        &[("shown", &integer(s.periods.len() as u64))],
                    )}
                </p>
            }
        });
        view! {
            <figure class="pchart">
                <svg
                    role="img"
                    aria-label=chart_label(&s)
                    viewBox=format!("0 0 {} {}", n(W), n(H))
                    preserveAspectRatio="xMidYMid meet"
                    focusable="false"
                >
                    {grid}
                    {columns}
                </svg>
                <figcaption class="pchart-legend">
                    <span class="pchart-key">
                        <span class="pchart-swatch pchart-swatch-intent" aria-hidden="true"></span>
                        {words.legend_intents}
                    </span>
                    <span class="pchart-key">
                        <span class="pchart-swatch pchart-swatch-permission" aria-hidden="true"></span>
                        {words.legend_permissions}
                    </span>
                    <span class="pchart-key">
                        <span class="pchart-swatch pchart-swatch-empty" aria-hidden="true"></span>
                        {words.legend_empty}
                    </span>
                    <span class="pchart-key">{words.legend_counts}</span>
                </figcaption>
            </figure>
            {hidden}
            <div class="table-wrap" role="region" aria-label=words.numbers tabindex="0">
                <table class="pchart-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{period_head}</th>
                            <th scope="col">{words.entries}</th>
                            <th scope="col">{words.intents}</th>
                            <th scope="col">{words.permissions}</th>
                            <th scope="col">{words.share}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::IntentKind;
    use crate::model::practice::PracticeData;

    #[test]
    fn the_label_carries_every_number() {
        let mut d = PracticeData::default();
        for (date, kind) in [
            ("2026-03-02", IntentKind::Permission),
            ("2026-03-03", IntentKind::Intent),
            ("2026-03-17", IntentKind::Intent),
        ] {
            d.add_intent(1, kind, date, "x");
        }
        assert_eq!(
            chart_label(&d.intent_stats()),
            "Chart of intents and permission requests per week, with the number of entries: \
             the week of 2026-03-02: 2 entries, 1 intent and 1 permission request (50% intents); \
             the week of 2026-03-09: nothing logged; \
             the week of 2026-03-16: 1 entry, 1 intent and 0 permission requests (100% intents)."
        );
        // Natively only: a WebAssembly build carries one language.
        #[cfg(not(target_arch = "wasm32"))]
        {
            use crate::text::{set_lang, Lang};
            set_lang(Lang::De);
            assert_eq!(
                chart_label(&d.intent_stats()),
                "Diagramm der Absichten und Bitten um Erlaubnis pro Woche, mit der Zahl der \
                 Einträge: Woche vom 02.03.2026: 2 Einträge, 1 Absicht und 1 Bitte um Erlaubnis \
                 (50\u{a0}% Absichten); Woche vom 09.03.2026: nichts eingetragen; Woche vom \
                 16.03.2026: 1 Eintrag, 1 Absicht und 0 Bitten um Erlaubnis (100\u{a0}% Absichten)."
            );
            set_lang(Lang::En);
        }
        assert_eq!(n(1.25), "1.3");
        assert_eq!(n(4.0), "4");
    }
}
