//! Charts drawn by the app as SVG, with no chart library: bars for one
//! assessment's scores (optionally beside an earlier one's), as wide as
//! their card, and a line of one component's scores over time.
//!
//! Every chart is an image with an accessible name that carries all of its
//! numbers (`role="img"` and `aria-label`); the pages also show the same
//! numbers in a real table. Colours come from the stylesheet's variables
//! (classes `chart-*` in `style/main.css`), so charts follow light and dark.

use leptos::prelude::*;

use crate::content::Pillar;
use crate::model::assessment::{Scores, SCORE_MAX};
use crate::text::{fill, practice_words};

/// The width of a trend line's drawing (narrower, so that three side by
/// side keep readable text).
const TREND_WIDTH: f64 = 260.0;

/// How much of a bar chart's width (in %) the scale from 0 to 100 takes:
/// the rest is room for the score written after a full bar, at 320 px.
const BAR_SPAN: f64 = 88.0;

/// Where a score ends on the bars' scale, in % of the chart's width.
fn bar_pct(score: u8) -> f64 {
    BAR_SPAN * f64::from(score.min(SCORE_MAX)) / f64::from(SCORE_MAX)
}

/// [`bar_pct`] as an SVG length.
fn pct(x: f64) -> String {
    format!("{}%", n(x))
}

/// Numbers in SVG attributes, to a tenth and without needless decimals.
/// Written with integers: formatting floats would add about 8 KB gzipped to
/// the wasm.
pub fn n(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    if t.is_multiple_of(10) {
        format!("{sign}{}", t / 10)
    } else {
        format!("{sign}{}.{}", t / 10, t % 10)
    }
}

/// The accessible name of a bar chart: every number, in words.
pub fn bars_label(title: &str, current: Scores, earlier: Option<(&str, Scores)>) -> String {
    let words = practice_words::score_chart();
    let list = |s: Scores| {
        Pillar::ALL
            .iter()
            .map(|&p| {
                fill(
                    words.score,
                    &[("component", p.name()), ("score", &s.get(p).to_string())],
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let max = SCORE_MAX.to_string();
    match earlier {
        None => fill(
            words.bars,
            &[("title", title), ("scores", &list(current)), ("max", &max)],
        ),
        Some((label, before)) => fill(
            words.bars_with_earlier,
            &[
                ("title", title),
                ("scores", &list(current)),
                ("name", label),
                ("earlier", &list(before)),
                ("max", &max),
            ],
        ),
    }
}

/// A horizontal bar per component, 0 to 100, with the component named
/// above its bar and the score written at its end. With `earlier`, each
/// component gets a second, outlined bar for the earlier scores, and a
/// legend tells the two apart.
///
/// The chart is as wide as its container: across, it is laid out in % of
/// that width (there is no `viewBox`), so the bars use a wide card's room
/// while text keeps its size, down to 320 px screens.
#[component]
pub fn ScoreBars(
    /// What the chart shows, e.g. "Your scores"; starts the accessible name.
    #[prop(into)]
    title: String,
    /// The scores to draw.
    scores: Scores,
    /// Earlier scores to draw beside them, with their name (e.g. a date).
    #[prop(optional)]
    earlier: Option<(String, Scores)>,
    /// The name of `scores` in the legend, when there is an earlier series.
    #[prop(optional, into)]
    current_name: Option<String>,
) -> impl IntoView {
    let two = earlier.is_some();
    let row_h = if two { 64.0 } else { 50.0 };
    // The legend takes two lines above the bars.
    let top = if two { 44.0 } else { 2.0 };
    let axis_y = top + row_h * 3.0;
    let height = axis_y + 16.0;
    let label = bars_label(
        &title,
        scores,
        earlier.as_ref().map(|(name, s)| (name.as_str(), *s)),
    );

    let axis = [0u8, 25, 50, 75, 100]
        .into_iter()
        .map(|v| {
            let anchor = if v == 0 { "start" } else { "middle" };
            view! {
                <text class="chart-axis" x=pct(bar_pct(v)) y=n(axis_y + 12.0) text-anchor=anchor>{v}</text>
            }
        })
        .collect_view();

    let rows = Pillar::ALL
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let y = top + row_h * i as f64;
            let score = scores.get(p);
            let bar_y = y + 21.0;
            let bar_h = if two { 14.0 } else { 18.0 };
            let band_bottom = if two { bar_y + bar_h + 16.0 } else { bar_y + bar_h };
            // The scale's lines run through the bars only, clear of the name.
            let grid = [0u8, 25, 50, 75, 100]
                .into_iter()
                .map(|v| {
                    let x = pct(bar_pct(v));
                    view! {
                        <line class="chart-grid" x1=x.clone() x2=x y1=n(bar_y - 3.0) y2=n(band_bottom + 3.0) />
                    }
                })
                .collect_view();
            let earlier_bar = earlier.as_ref().map(|(_, before)| {
                let b = before.get(p);
                let ey = bar_y + bar_h + 4.0;
                view! {
                    <rect
                        class="chart-bar-earlier"
                        x="0"
                        y=n(ey)
                        width=pct(bar_pct(b).max(0.3))
                        height="12"
                    />
                    <text class="chart-value chart-value-earlier" x=pct(bar_pct(b)) dx="6" y=n(ey + 10.5)>
                        {b}
                    </text>
                }
            });
            view! {
                <text class="chart-label" x="0" y=n(y + 15.0)>{p.name()}</text>
                {grid}
                <rect
                    class=format!("chart-bar chart-bar-{}", p.id())
                    x="0"
                    y=n(bar_y)
                    width=pct(bar_pct(score).max(0.3))
                    height=n(bar_h)
                />
                <text class="chart-value" x=pct(bar_pct(score)) dx="6" y=n(bar_y + bar_h / 2.0 + 5.0)>
                    {score}
                </text>
                {earlier_bar}
            }
        })
        .collect_view();

    let legend = earlier.as_ref().map(|(name, _)| {
        let now_name = current_name
            .clone()
            .unwrap_or_else(|| practice_words::score_chart().now.to_string());
        view! {
            <rect class="chart-bar" x="0" y="4" width="14" height="12" />
            <text class="chart-legend" x="20" y="14.5">{now_name}</text>
            <rect class="chart-bar-earlier" x="0" y="24" width="14" height="12" />
            <text class="chart-legend" x="20" y="34.5">{name.clone()}</text>
        }
    });

    view! {
        <figure class="chart chart-bars">
            <svg
                role="img"
                aria-label=label
                width="100%"
                height=n(height)
                xmlns="http://www.w3.org/2000/svg"
                focusable="false"
            >
                {legend}
                {rows}
                {axis}
            </svg>
        </figure>
    }
}

/// Where the points of a line go across the drawing: evenly spaced, in
/// order, between `x0` and `x1`; a single point sits in the middle.
pub fn spread(count: usize, x0: f64, x1: f64) -> Vec<f64> {
    match count {
        0 => Vec::new(),
        1 => vec![(x0 + x1) / 2.0],
        _ => (0..count)
            .map(|i| x0 + (x1 - x0) * i as f64 / (count - 1) as f64)
            .collect(),
    }
}

/// The accessible name of a trend line: every score with its date.
pub fn trend_label(pillar: Pillar, points: &[(String, u8)]) -> String {
    let words = practice_words::score_chart();
    let list = points
        .iter()
        .map(|(date, score)| {
            fill(
                words.point,
                &[("score", &score.to_string()), ("date", date)],
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    fill(
        words.trend,
        &[
            ("component", pillar.name()),
            ("max", &SCORE_MAX.to_string()),
            ("points", &list),
        ],
    )
}

/// One component's scores over time, oldest first: a line through a dot
/// per assessment, evenly spaced, the first and last dates written under it.
#[component]
pub fn TrendLine(
    /// The component.
    pillar: Pillar,
    /// (date, score) per assessment, oldest first.
    points: Vec<(String, u8)>,
) -> impl IntoView {
    const TOP: f64 = 14.0;
    const BOTTOM: f64 = 118.0;
    const X0: f64 = 34.0;
    const X1: f64 = TREND_WIDTH - 16.0;
    let y = |score: u8| BOTTOM - (BOTTOM - TOP) * f64::from(score.min(SCORE_MAX)) / 100.0;
    let xs = spread(points.len(), X0, X1);
    let label = trend_label(pillar, &points);

    let grid = [0u8, 25, 50, 75, 100]
        .into_iter()
        .map(|v| {
            let gy = n(y(v));
            view! {
                <line class="chart-grid" x1=n(X0 - 6.0) x2=n(X1 + 6.0) y1=gy.clone() y2=gy />
                <text class="chart-axis" x=n(X0 - 10.0) y=n(y(v) + 4.5) text-anchor="end">{v}</text>
            }
        })
        .collect_view();

    let line = (points.len() > 1).then(|| {
        let coords = xs
            .iter()
            .zip(&points)
            .map(|(x, (_, s))| format!("{},{}", n(*x), n(y(*s))))
            .collect::<Vec<_>>()
            .join(" ");
        view! { <polyline class=format!("chart-line chart-line-{}", pillar.id()) points=coords /> }
    });

    // Every score is written when there is room; otherwise the first and last.
    let many = points.len() > 6;
    let last = points.len().saturating_sub(1);
    let dots = xs
        .iter()
        .zip(&points)
        .enumerate()
        .map(|(i, (&x, (_, s)))| {
            let show = !many || i == 0 || i == last;
            let value = show.then(|| {
                view! {
                    <text class="chart-value" x=n(x) y=n(y(*s) - 8.0) text-anchor="middle">{*s}</text>
                }
            });
            view! {
                <circle class=format!("chart-dot chart-dot-{}", pillar.id()) cx=n(x) cy=n(y(*s)) r="4.5" />
                {value}
            }
        })
        .collect_view();

    let dates = match points.len() {
        0 => None,
        1 => Some(view! {
            <text class="chart-axis" x=n(xs[0]) y="140" text-anchor="middle">{points[0].0.clone()}</text>
        }
        .into_any()),
        _ => Some(view! {
            <text class="chart-axis" x=n(X0) y="140" text-anchor="start">{points[0].0.clone()}</text>
            <text class="chart-axis" x=n(X1) y="140" text-anchor="end">{points[last].0.clone()}</text>
        }
        .into_any()),
    };

    view! {
        <figure class="chart chart-trend">
            <svg
                role="img"
                aria-label=label
                viewBox=format!("0 0 {} 148", n(TREND_WIDTH))
                xmlns="http://www.w3.org/2000/svg"
                focusable="false"
            >
                {grid}
                {line}
                {dots}
                {dates}
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_numbers_round_to_a_tenth() {
        assert_eq!(n(118.0), "118");
        assert_eq!(n(12.34), "12.3");
        assert_eq!(n(12.35001), "12.4");
        assert_eq!(n(-3.25), "-3.3");
        assert_eq!(n(-0.04), "0");
        assert_eq!(n(0.5), "0.5");
    }

    #[test]
    fn bars_scale_from_start_to_end() {
        assert_eq!(bar_pct(0), 0.0);
        assert_eq!(bar_pct(100), BAR_SPAN);
        assert_eq!(bar_pct(50), BAR_SPAN / 2.0);
        assert_eq!(bar_pct(250), BAR_SPAN);
        assert_eq!(pct(bar_pct(75)), "66%");
        assert_eq!(pct(bar_pct(33)), "29%");
    }

    #[test]
    fn points_are_spread_evenly() {
        assert!(spread(0, 0.0, 10.0).is_empty());
        assert_eq!(spread(1, 0.0, 10.0), [5.0]);
        assert_eq!(spread(3, 0.0, 10.0), [0.0, 5.0, 10.0]);
    }

    #[test]
    fn numbers_are_written_briefly() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.25), "12.3");
        assert_eq!(n(-3.0), "-3");
    }

    #[test]
    fn accessible_names_carry_every_number() {
        let s = Scores {
            control: 60,
            competence: 45,
            clarity: 80,
        };
        assert_eq!(
            bars_label("Your scores", s, None),
            "Your scores: Control 60, Competence 45, Clarity 80, each out of 100."
        );
        let before = Scores {
            control: 50,
            competence: 50,
            clarity: 50,
        };
        assert_eq!(
            bars_label("Latest", s, Some(("2025-11-14", before))),
            "Latest: Control 60, Competence 45, Clarity 80; 2025-11-14: Control 50, \
             Competence 50, Clarity 50; each out of 100."
        );
        assert_eq!(
            trend_label(
                Pillar::Clarity,
                &[("2025-11-14".into(), 50), ("2025-11-24".into(), 70)]
            ),
            "Clarity over time, out of 100: 50 on 2025-11-14, 70 on 2025-11-24."
        );
    }
}
