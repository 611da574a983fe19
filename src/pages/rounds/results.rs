//! A round's results, once it is closed with enough answers, and the trend
//! across rounds of one kind.
//!
//! What is shown and withheld is decided by
//! [`crate::model::rounds::results`]: nothing before the round is closed
//! with [`MIN_ANSWERS`] answers, every average with its count, no single
//! answer, comments shuffled. The words shared with the Markdown report
//! come from [`crate::model::report`].

use leptos::prelude::*;

use crate::components::chart::{ScoreBars, TrendLine};
use crate::components::{around, clock};
use crate::content::rounds::anonymity_for_results;
use crate::content::Pillar;
use crate::model::assessment::{next_actions, pillar_in_sentence, reason, SCORE_MAX};
use crate::model::report::{
    gap_heading, gap_items, gap_meaning, gap_words, ladder_words, others_name, round_status,
    round_title, spread_words, statement_text,
};
use crate::model::rounds::results::{
    results, Gap, Line, Outcome, RoundResults as Results, MIN_ANSWERS,
};
use crate::model::rounds::{Round, RoundId, RoundKind};
use crate::pages::assess::NextActionList;
use crate::pages::paragraphs;
use crate::paths::href;
use crate::state::use_app;
use crate::text::fill;
use crate::text::round_view as words;

/// "3 answers", as this language counts them.
fn answers_words(n: usize) -> String {
    let w = words::count();
    crate::text::plural(n, w.answers_one, w.answers_other)
}

/// [`MIN_ANSWERS`] as text, for the sentences that name it.
fn min() -> String {
    MIN_ANSWERS.to_string()
}

/// A seed for the comments' order, new each time a page is built and kept
/// while it is shown (so the comments do not jump about on a change).
fn seed() -> u64 {
    // Natively (the build's pages) there are no comments to order.
    if cfg!(not(target_arch = "wasm32")) {
        return 0;
    }
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}

/// A heading of `level` (2 to 4).
fn heading(level: u8, id: &str, text: String) -> AnyView {
    let id = id.to_string();
    match level {
        2 => view! { <h2 id=id>{text}</h2> }.into_any(),
        3 => view! { <h3 id=id>{text}</h3> }.into_any(),
        _ => view! { <h4 id=id>{text}</h4> }.into_any(),
    }
}

/// The round and what it shows, kept up to date with the saved data.
fn watch(round: RoundId) -> Memo<Option<(Round, Outcome)>> {
    let app = use_app();
    let seed = seed();
    Memo::new(move |_| {
        let latest = app.assessments().with(|a| a.latest().cloned());
        app.rounds().with(|d| {
            d.find(round)
                .map(|r| (r.clone(), results(r, latest.as_ref(), seed)))
        })
    })
}

/// The results of one round (shown on its page, under its "Results"
/// heading; sections at level 3). While it is open, or when
/// it closed with too few answers, says why nothing is shown and what is
/// needed.
#[component]
pub fn RoundResults(round: RoundId) -> impl IntoView {
    let shown = watch(round);
    let w = words::results();
    let body = move || {
        let (r, outcome) = shown.get()?;
        Some(match outcome {
            Outcome::Open { answers } => {
                let mut text = fill(
                    w.open,
                    &[("min", &min()), ("answers", &answers_words(answers))],
                );
                if answers < MIN_ANSWERS {
                    text.push(' ');
                    text += &fill(
                        w.open_wait,
                        &[("more", &(MIN_ANSWERS - answers).to_string())],
                    );
                }
                view! { <p>{text}</p> }.into_any()
            }
            Outcome::TooFew { answers } => {
                let text = fill(
                    w.too_few,
                    &[("answers", &answers_words(answers)), ("min", &min())],
                );
                view! { <p>{text}</p> }.into_any()
            }
            Outcome::Unknown => view! { <p>{w.unknown}</p> }.into_any(),
            Outcome::Ready(res) => {
                view! { <ResultsView round=r results=*res level=3 /> }.into_any()
            }
        })
    };
    // The round's page gives it its heading ("Results") and the note on
    // how anonymous it is.
    view! { <div class="round-results">{body}</div> }
}

/// The team rounds part of the printable report: each round with its
/// status, and the results of those that show them.
#[component]
pub fn RoundsReport() -> impl IntoView {
    let app = use_app();
    let seed = seed();
    move || {
        let latest = app.assessments().with(|a| a.latest().cloned());
        let rounds = app.rounds().with(|d| d.rounds.clone());
        if rounds.is_empty() {
            return None;
        }
        let items = rounds
            .into_iter()
            .map(|r| {
                let outcome = results(&r, latest.as_ref(), seed);
                let title = round_title(&r);
                let status = round_status(&r, &clock::offset_at);
                let shown = match outcome {
                    Outcome::Ready(res) => {
                        Some(view! { <ResultsView round=r results=*res level=4 /> })
                    }
                    _ => None,
                };
                view! {
                    <section class="report-round">
                        <h3>{title}</h3>
                        <p>{status}</p>
                        {shown}
                    </section>
                }
            })
            .collect_view();
        Some(view! {
            <section class="report-rounds">
                <h2>{crate::text::report::rounds().heading}</h2>
                {paragraphs(anonymity_for_results())}
                {items}
            </section>
        })
    }
}

/// One row's cells after its header: the others' average, how many answers
/// it rests on, the spread, and (when `with_own`) the asker's own view and
/// whether the two are well apart.
fn cells(line: Line, kind: RoundKind, with_own: bool) -> impl IntoView {
    let w = words::table();
    let report = crate::text::report::rounds();
    let (avg, count, spread) = match line.others {
        Some(a) => (
            a.score().to_string(),
            a.count.to_string(),
            line.spread.map(spread_words).unwrap_or_default(),
        ),
        None => (
            fill(w.withheld, &[("min", &min())]),
            "\u{2013}".to_string(),
            "\u{2013}".to_string(),
        ),
    };
    let own = with_own.then(|| {
        let mine = line.own.map(|o| o.to_string()).unwrap_or("\u{2013}".into());
        let mark = line.gap.map(|g| gap_words(g, kind)).unwrap_or("");
        view! {
            <td role="cell" data-label=w.you>{mine}</td>
            <td role="cell" data-label=w.gap>{mark}</td>
        }
    });
    view! {
        <td role="cell" data-label=w.average>{avg}</td>
        <td role="cell" data-label=report.answers>{count}</td>
        <td role="cell" data-label=report.spread_column>{spread}</td>
        {own}
    }
}

/// The column headers after the first.
fn head(others: &'static str, with_own: bool, own: &'static str) -> impl IntoView {
    let report = crate::text::report::rounds();
    let own = with_own.then(|| {
        view! {
            <th scope="col" role="columnheader">{own}</th>
            <th scope="col" role="columnheader">{words::table().gap}</th>
        }
    });
    view! {
        <th scope="col" role="columnheader">{fill(report.average, &[("others", others)])}</th>
        <th scope="col" role="columnheader">{report.answers}</th>
        <th scope="col" role="columnheader">{report.spread_column}</th>
        {own}
    }
}

/// A closed round's results, drawn; section headings at `level`.
#[component]
fn ResultsView(round: Round, results: Results, level: u8) -> impl IntoView {
    let r = results;
    let kind = r.kind;
    let id = |part: &str| format!("round-{}-{part}", round.id);
    let name = round.name.clone();
    let w = words::results();
    let report = crate::text::report::rounds();
    let others = others_name(kind);
    let others_average = match kind {
        RoundKind::AboutMe(_) => w.colleagues_average,
        RoundKind::Team => w.team_average,
    };
    let own_label = match kind {
        RoundKind::AboutMe(_) => report.you_self,
        RoundKind::Team => report.you_own,
    };
    let with_own = r.own.is_some();

    let counts: Vec<usize> = r
        .pillars
        .iter()
        .filter_map(|p| p.line.others.map(|a| a.count))
        .collect();
    let count_words = match (counts.iter().min(), counts.iter().max()) {
        (Some(lo), Some(hi)) if lo == hi => answers_words(*lo),
        (Some(lo), Some(hi)) => fill(
            words::count().answers_range,
            &[("lo", &lo.to_string()), ("hi", &hi.to_string())],
        ),
        _ => answers_words(r.answers),
    };
    let chart = r.others.map(|scores| {
        let title = fill(
            w.chart_title,
            &[("others", others), ("count", &count_words)],
        );
        match r.own {
            Some(own) => view! {
                <ScoreBars
                    title=title
                    scores=scores
                    earlier=(own_label.to_string(), own)
                    current_name=fill(report.average, &[("others", others)])
                />
            }
            .into_any(),
            None => view! { <ScoreBars title=title scores=scores /> }.into_any(),
        }
    });

    let own_missing = (!with_own).then(|| match kind {
        RoundKind::AboutMe(_) => {
            let (before, after) = around(w.no_self_assessment, "link");
            view! {
                <p class="hint">
                    {before} <a href=href("/assess")>{w.take_assessment}</a> {after}
                </p>
            }
            .into_any()
        }
        RoundKind::Team => view! { <p class="hint">{w.no_own_answers}</p> }.into_any(),
    });
    let role_differs = r
        .own_role_differs
        .then(|| view! { <p class="hint">{w.other_role}</p> });

    let pillar_rows = r
        .pillars
        .iter()
        .map(|p| {
            view! {
                <tr role="row">
                    <th scope="row" role="rowheader">{p.pillar.name()}</th>
                    {cells(p.line, kind, with_own)}
                </tr>
            }
        })
        .collect_view();
    let statement_rows = r
        .statements
        .iter()
        .map(|s| {
            view! {
                <tr role="row">
                    <th scope="row" role="rowheader">{statement_text(kind, s.id, name.as_deref())}</th>
                    {cells(s.line, kind, with_own)}
                </tr>
            }
        })
        .collect_view();

    // About me: blind spots and hidden strengths, the ladder, next actions.
    let gaps = with_own;
    let gap_lists = gaps.then(|| {
        [Gap::BlindSpot, Gap::HiddenStrength]
            .into_iter()
            .map(|gap| {
                let items = gap_items(&r, gap, name.as_deref());
                let list = if items.is_empty() {
                    view! { <p class="hint">{w.none}</p> }.into_any()
                } else {
                    view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
                        .into_any()
                };
                let hid = id(if gap == Gap::BlindSpot { "blind" } else { "hidden" });
                view! {
                    <section class="card round-gaps" aria-labelledby=hid.clone()>
                        {heading(level, &hid, gap_heading(gap, kind).to_string())}
                        <p>{fill(w.gap_where, &[("meaning", gap_meaning(gap, kind))])}</p>
                        {list}
                    </section>
                }
            })
            .collect_view()
    });
    let ladder = matches!(kind, RoundKind::AboutMe(_)).then(|| {
        let words = match r.ladder {
            Some(l) => ladder_words(l),
            None => fill(w.ladder_withheld, &[("min", &min())]),
        };
        let hid = id("ladder");
        view! {
            <section class="card" aria-labelledby=hid.clone()>
                {heading(level, &hid, w.ladder_heading.into())}
                <p>{words}</p>
            </section>
        }
    });
    let actions = match (kind, r.others) {
        (RoundKind::AboutMe(_), Some(scores)) => {
            let (weak, actions) = next_actions(scores);
            let hid = id("actions");
            let title = fill(w.actions_heading, &[("pillar", pillar_in_sentence(weak))]);
            let text = fill(
                w.weakest,
                &[
                    ("pillar", weak.name()),
                    ("score", &scores.get(weak).to_string()),
                    ("max", &SCORE_MAX.to_string()),
                ],
            );
            Some(view! {
                <section class="card" aria-labelledby=hid.clone()>
                    {heading(level, &hid, title)}
                    <p>{text}</p>
                    <NextActionList actions=actions />
                </section>
            })
        }
        _ => None,
    };
    // About a team: the pattern, by the self-assessment's rules.
    let pattern = match (kind, r.pattern, r.others) {
        (RoundKind::Team, Some(pattern), Some(scores)) => {
            let hid = id("pattern");
            let own = r.own_pattern.map(|p| {
                let (before, after) = around(report.own_pattern, "pattern");
                view! { <p>{before} <strong>{p.title()}</strong> {after}</p> }
            });
            Some(view! {
                <section class=format!("card pattern pattern-{}", pattern.id()) aria-labelledby=hid.clone()>
                    <p class="pattern-kicker">{w.pattern_kicker}</p>
                    {heading(level, &hid, pattern.title().into())}
                    <p><strong>{w.why}</strong>{reason(scores)}</p>
                    <p>{pattern.lesson()}</p>
                    {own}
                </section>
            })
        }
        _ => None,
    };
    let comments = (!r.comments.is_empty()).then(|| {
        let hid = id("comments");
        view! {
            <section class="card" aria-labelledby=hid.clone()>
                {heading(level, &hid, w.comments.into())}
                <p class="hint">{w.comments_hint}</p>
                <ul class="round-comments">
                    {r.comments.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                </ul>
            </section>
        }
    });

    let scores_id = id("scores");
    let statements_id = id("statements");
    let max = SCORE_MAX.to_string();
    let caption = fill(
        if with_own {
            w.component_caption_own
        } else {
            w.component_caption
        },
        &[("max", &max), ("average", others_average)],
    );
    let region_label = caption.clone();
    view! {
        <p>{fill(w.based_on, &[("answers", &answers_words(r.answers))])}</p>
        <section class="card" aria-labelledby=scores_id.clone()>
            {heading(level, &scores_id, fill(w.scores_heading, &[("others", others)]))}
            {chart}
            {own_missing}
            {role_differs}
            // Focusable and named: a long German header can make the table
            // scroll sideways, and a keyboard must reach what is hidden.
            <div class="table-scroll" tabindex="0" role="region" aria-label=region_label>
                <table class="history-table stack round-table" role="table">
                    <caption>{caption}</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{report.component}</th>
                            {head(others, with_own, own_label)}
                        </tr>
                    </thead>
                    <tbody role="rowgroup">{pillar_rows}</tbody>
                </table>
            </div>
        </section>
        {pattern}
        {gap_lists}
        {ladder}
        {actions}
        <section class="card" aria-labelledby=statements_id.clone()>
            {heading(level, &statements_id, w.statements_heading.into())}
            <div
                class="table-scroll"
                tabindex="0"
                role="region"
                aria-label=fill(w.statements_caption, &[("max", &max)])
            >
                <table class="history-table stack round-table statement-table" role="table">
                    <caption>{fill(w.statements_caption, &[("max", &max)])}</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{report.statement}</th>
                            {head(others, with_own, own_label)}
                        </tr>
                    </thead>
                    <tbody role="rowgroup">{statement_rows}</tbody>
                </table>
            </div>
        </section>
        {comments}
    }
}

/// Rounds of one kind over time (`kind`: "about-me" or "team"): the
/// others' averages of every closed round with enough answers, oldest
/// first, in a table and, from two rounds on, a line per component.
#[component]
pub fn RoundsTrend(kind: &'static str) -> impl IntoView {
    let app = use_app();
    let w = words::trend();
    let title = match kind {
        "team" => w.team,
        _ => w.about_me,
    };
    let any = Memo::new(move |_| {
        app.rounds()
            .with(|d| d.rounds.iter().any(|r| r.kind == kind))
    });
    let rows = Memo::new(move |_| {
        app.rounds().with(|d| {
            let mut rows: Vec<(u64, String, usize, crate::model::assessment::Scores)> = d
                .rounds
                .iter()
                .filter(|r| r.kind == kind)
                .filter_map(|r| match results(r, None, 0) {
                    Outcome::Ready(res) => {
                        Some((r.closed_at?, round_title(r), res.answers, res.others?))
                    }
                    _ => None,
                })
                .collect();
            rows.sort_by_key(|row| row.0);
            rows
        })
    });
    let hid = format!("trend-{kind}-heading");
    // Nothing until there is a round of this kind.
    move || {
        if !any.get() {
            return None;
        }
        let rows = rows.get();
        let body = if rows.is_empty() {
            view! { <p class="hint">{fill(w.none_yet, &[("min", &min())])}</p> }.into_any()
        } else {
            let labels = clock::labels(rows.iter().map(|r| r.0));
            let charts = (rows.len() > 1).then(|| {
                Pillar::ALL
                    .iter()
                    .map(|&p| {
                        let points: Vec<(String, u8)> = labels
                            .iter()
                            .zip(&rows)
                            .map(|(l, r)| (l.clone(), r.3.get(p)))
                            .collect();
                        view! {
                            <div class="card trend">
                                <p><strong>{p.name()}</strong></p>
                                <TrendLine pillar=p points=points />
                            </div>
                        }
                    })
                    .collect_view()
            });
            let report = crate::text::report::rounds();
            let [control, competence, clarity] = Pillar::ALL.map(Pillar::name);
            let lines = rows
                .iter()
                .zip(&labels)
                .map(|((_, title, answers, s), label)| {
                    view! {
                        <tr role="row">
                            <th scope="row" role="rowheader">{label.clone()}</th>
                            <td role="cell" data-label=w.round>{title.clone()}</td>
                            <td role="cell" data-label=report.answers>{*answers}</td>
                            <td role="cell" data-label=control>{s.control}</td>
                            <td role="cell" data-label=competence>{s.competence}</td>
                            <td role="cell" data-label=clarity>{s.clarity}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="trend-grid">{charts}</div>
                <div
                    class="table-scroll"
                    tabindex="0"
                    role="region"
                    aria-label=fill(w.caption, &[("min", &min()), ("max", &SCORE_MAX.to_string())])
                >
                    <table class="history-table stack" role="table">
                        <caption>
                            {fill(w.caption, &[("min", &min()), ("max", &SCORE_MAX.to_string())])}
                        </caption>
                        <thead role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">{w.closed}</th>
                                <th scope="col" role="columnheader">{w.round}</th>
                                <th scope="col" role="columnheader">{report.answers}</th>
                                <th scope="col" role="columnheader">{control}</th>
                                <th scope="col" role="columnheader">{competence}</th>
                                <th scope="col" role="columnheader">{clarity}</th>
                            </tr>
                        </thead>
                        <tbody role="rowgroup">{lines}</tbody>
                    </table>
                </div>
            }
            .into_any()
        };
        Some(view! {
            <section class="rounds-trend" aria-labelledby=hid.clone()>
                <h2 id=hid.clone()>{title}</h2>
                {body}
            </section>
        })
    }
}
