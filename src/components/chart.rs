//! Charts drawn by the app as SVG, with no chart library: bars for one
//! assessment's scores (optionally beside an earlier one's), and a line of
//! one component's scores over time.
//!
//! Every chart is an image with an accessible name that carries all of its
//! numbers (`role="img"` and `aria-label`); the pages also show the same
//! numbers in a real table. Colours come from the stylesheet's variables
//! (classes `chart-*` in `style/main.css`), so charts follow light and dark.

use leptos::prelude::*;

use crate::content::Pillar;
use crate::model::assessment::{Scores, SCORE_MAX};

/// The width of a bar chart's drawing, in SVG units; it scales to fit.
const WIDTH: f64 = 300.0;

/// The width of a trend line's drawing (narrower, so that three side by
/// side keep readable text).
const TREND_WIDTH: f64 = 260.0;

/// Where the bars start and where 100 ends.
const BAR_X0: f64 = 118.0;
const BAR_X1: f64 = 266.0;

/// The x of a score on the bars' scale.
fn bar_x(score: u8) -> f64 {
    BAR_X0 + (BAR_X1 - BAR_X0) * f64::from(score.min(SCORE_MAX)) / f64::from(SCORE_MAX)
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
    let list = |s: Scores| {
        Pillar::ALL
            .iter()
            .map(|&p| format!("{} {}", p.name(), s.get(p)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match earlier {
        None => format!("{title}: {}, each out of {SCORE_MAX}.", list(current)),
        Some((label, before)) => format!(
            "{title}: {}; {label}: {}; each out of {SCORE_MAX}.",
            list(current),
            list(before)
        ),
    }
}

/// A horizontal bar per component, 0 to 100, with the score written at the
/// end of each bar. With `earlier`, each component gets a second, outlined
/// bar for the earlier scores, and a legend tells the two apart.
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
    let row_h = if two { 46.0 } else { 34.0 };
    let top = if two { 30.0 } else { 6.0 };
    let rows_h = row_h * 3.0;
    let axis_y = top + rows_h + 4.0;
    let height = axis_y + 20.0;
    let label = bars_label(
        &title,
        scores,
        earlier.as_ref().map(|(name, s)| (name.as_str(), *s)),
    );

    let grid = [0u8, 25, 50, 75, 100]
        .into_iter()
        .map(|v| {
            let x = n(bar_x(v));
            let (x1, x2) = (x.clone(), x.clone());
            view! {
                <line class="chart-grid" x1=x1 x2=x2 y1=n(top - 2.0) y2=n(axis_y) />
                <text class="chart-axis" x=x y=n(axis_y + 15.0) text-anchor="middle">{v}</text>
            }
        })
        .collect_view();

    let rows = Pillar::ALL
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let y = top + row_h * i as f64;
            let score = scores.get(p);
            let (bar_y, bar_h) = if two { (y + 6.0, 14.0) } else { (y + 8.0, 18.0) };
            let earlier_bar = earlier.as_ref().map(|(_, before)| {
                let b = before.get(p);
                let ey = bar_y + bar_h + 4.0;
                view! {
                    <rect
                        class="chart-bar-earlier"
                        x=n(BAR_X0)
                        y=n(ey)
                        width=n((bar_x(b) - BAR_X0).max(1.0))
                        height="12"
                    />
                    <text class="chart-value chart-value-earlier" x=n(bar_x(b) + 5.0) y=n(ey + 10.5)>
                        {b}
                    </text>
                }
            });
            view! {
                <text class="chart-label" x="0" y=n(bar_y + bar_h / 2.0 + 5.0)>{p.name()}</text>
                <rect
                    class=format!("chart-bar chart-bar-{}", p.id())
                    x=n(BAR_X0)
                    y=n(bar_y)
                    width=n((bar_x(score) - BAR_X0).max(1.0))
                    height=n(bar_h)
                />
                <text class="chart-value" x=n(bar_x(score) + 5.0) y=n(bar_y + bar_h / 2.0 + 5.0)>
                    {score}
                </text>
                {earlier_bar}
            }
        })
        .collect_view();

    let legend = earlier.as_ref().map(|(name, _)| {
        let now_name = current_name.clone().unwrap_or_else(|| "Now".to_string());
        view! {
            <rect class="chart-bar" x="0" y="6" width="14" height="12" />
            <text class="chart-legend" x="20" y="16">{now_name}</text>
            <rect class="chart-bar-earlier" x="140" y="6" width="14" height="12" />
            <text class="chart-legend" x="160" y="16">{name.clone()}</text>
        }
    });

    view! {
        <figure class="chart chart-bars">
            <svg
                role="img"
                aria-label=label
                viewBox=format!("0 0 {} {}", n(WIDTH), n(height))
                xmlns="http://www.w3.org/2000/svg"
                focusable="false"
            >
                {legend}
                {grid}
                {rows}
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
    let list = points
        .iter()
        .map(|(date, score)| format!("{score} on {date}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{} over time, out of {SCORE_MAX}: {list}.", pillar.name())
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
        assert_eq!(bar_x(0), BAR_X0);
        assert_eq!(bar_x(100), BAR_X1);
        assert_eq!(bar_x(50), (BAR_X0 + BAR_X1) / 2.0);
        assert_eq!(bar_x(250), BAR_X1);
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
