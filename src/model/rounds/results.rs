//! What a closed round shows, and what it withholds.
//!
//! # Anonymity rules
//!
//! - Nothing is shown while the round is open, or once closed with fewer
//!   than [`MIN_ANSWERS`] answers: comparing results before and after one
//!   more code would reveal that person's answers.
//! - Every average says how many answers it rests on, and an average that
//!   rests on fewer than [`MIN_ANSWERS`] is withheld (the ladder, which is
//!   optional, is the one place where that can happen today).
//! - No single answer is ever shown; the spread is a measure that names no
//!   answer (see below).
//! - Comments are shown in an order that does not follow arrival: sorted,
//!   then shuffled with a seed the caller gives (so tests can pin it).
//!
//! # Scores
//!
//! On the self-assessment's scale ([`crate::model::assessment`]): each
//! answer gives 0 to 4 points (reversed statements counted the other way),
//! a component scores its share of the points, 0 to 100. About me, each
//! person's component score is [`pillar_score`] itself, the function that
//! scores the self-assessment. The team statements have ids of their own,
//! which that function does not know, so they and single statements are
//! scored by [`score`], the same formula (a test checks that the two agree
//! on every kind of answer). A component's average is the mean of each
//! person's score for it; a statement's, the mean of each person's score
//! for that statement.
//!
//! # Spread
//!
//! How far apart people are, as the **mean absolute deviation**: on
//! average, how many points one person's score is from the group's average.
//! It is in the same points as the scores, so it reads plainly ("on
//! average 12 points from the team's average"); unlike the range (lowest to
//! highest) it does not put any one person's score on screen, which with
//! three answers would come close to naming people; and unlike the
//! standard deviation it needs no squares to explain and is less swayed by
//! one person far from the rest. [`SpreadLevel`] puts it in words.
//!
//! # Gaps (about me)
//!
//! The visitor's own view is their latest self-assessment: its stored
//! component scores and its answers per statement. A **blind spot** is
//! where the visitor's own score is [`WELL_APART`] (20) points or more
//! above the others' average; a **hidden strength** where the others'
//! average is 20 or more above it. Compared exactly, before rounding.
//! About a team the same marks compare the organiser's own answers with the
//! team's.

use std::collections::BTreeMap;

use super::codes::{statement_ids, RoundKind};
use super::{Round, RoundsData};
use crate::content::assessment::{statement_by_id, Pattern};
use crate::content::rounds::team_by_id;
use crate::content::Pillar;
use crate::model::assessment::{
    interpret, pillar_score, Assessment, Scores, ANSWER_MAX, ANSWER_MIN, SCORE_MAX, WELL_APART,
};

/// The fewest answers a closed round needs before anything is shown, and
/// the fewest values any average may rest on.
pub const MIN_ANSWERS: usize = 3;

/// A spread below this is "close".
pub const SPREAD_CLOSE: u8 = 10;

/// An average of scores from 0 to 100, with what it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Average {
    /// The sum of the scores.
    pub sum: u32,
    /// How many scores (people) it rests on.
    pub count: usize,
}

impl Average {
    /// The average, rounded to the nearest whole point (halves up).
    pub fn score(self) -> u8 {
        let n = self.count as u32;
        ((2 * self.sum + n) / (2 * n)) as u8
    }

    /// `own − average`, exactly, times the count.
    fn lead_times_count(self, own: u8) -> i64 {
        i64::from(own) * self.count as i64 - i64::from(self.sum)
    }
}

/// How far apart people are (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spread {
    /// The mean absolute deviation from the average, in points, rounded.
    pub points: u8,
    pub level: SpreadLevel,
}

/// The spread in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpreadLevel {
    /// Under [`SPREAD_CLOSE`] points: people see it much the same way.
    Close,
    /// From [`SPREAD_CLOSE`] to under [`WELL_APART`]: some difference.
    Mixed,
    /// [`WELL_APART`] or more: people see it very differently.
    Split,
}

impl SpreadLevel {
    pub fn words(self) -> &'static str {
        match self {
            SpreadLevel::Close => "much the same view",
            SpreadLevel::Mixed => "somewhat different views",
            SpreadLevel::Split => "very different views",
        }
    }
}

/// Where the asker's own view and the others' are well apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Own score 20 or more above the others'.
    BlindSpot,
    /// The others' score 20 or more above one's own.
    HiddenStrength,
}

/// One component's or one statement's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// The others' average; `None` when it would rest on fewer than
    /// [`MIN_ANSWERS`].
    pub others: Option<Average>,
    pub spread: Option<Spread>,
    /// The asker's own score, if they have one.
    pub own: Option<u8>,
    /// Own minus others, rounded (when both are there).
    pub difference: Option<i16>,
    pub gap: Option<Gap>,
}

/// A component's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PillarLine {
    pub pillar: Pillar,
    pub line: Line,
}

/// A statement's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatementLine {
    pub id: &'static str,
    pub pillar: Pillar,
    pub line: Line,
}

/// The ladder about me: where the others place the person, beside where
/// they placed themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LadderLine {
    /// Twice the median rung (a median of 4.5 is 9), so it stays exact.
    pub median_x2: u8,
    /// How many gave a rung.
    pub count: usize,
    /// The rung of the latest self-assessment.
    pub own: Option<u8>,
}

/// A closed round's results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundResults {
    pub kind: RoundKind,
    /// How many answers the round holds.
    pub answers: usize,
    /// Control, competence, clarity.
    pub pillars: [PillarLine; 3],
    /// In the order the statements are asked.
    pub statements: Vec<StatementLine>,
    /// The others' averages, rounded, when all three are shown.
    pub others: Option<Scores>,
    /// The pattern the others' averages show, by the self-assessment's rules.
    pub pattern: Option<Pattern>,
    /// The asker's own scores: the latest self-assessment (about me), or
    /// their own answers (about a team), when complete.
    pub own: Option<Scores>,
    pub own_pattern: Option<Pattern>,
    /// About me: the latest self-assessment was answered in the other role,
    /// so its statements were worded differently from the colleagues'.
    pub own_role_differs: bool,
    /// About me, when at least [`MIN_ANSWERS`] gave a rung.
    pub ladder: Option<LadderLine>,
    /// Non-empty comments, in shuffled order.
    pub comments: Vec<String>,
}

/// What the round shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Still open: nothing is shown, whatever the number of answers.
    Open {
        answers: usize,
    },
    /// Closed with fewer than [`MIN_ANSWERS`] answers: nothing is shown.
    TooFew {
        answers: usize,
    },
    /// A round of a kind this version does not know.
    Unknown,
    Ready(Box<RoundResults>),
}

/// The score of a statement's value: 0, 25, 50, 75 or 100 (reversed
/// statements counted the other way); `None` outside 1 to 5.
pub fn statement_score(reversed: bool, value: u8) -> Option<u8> {
    score([(reversed, value)])
}

/// The self-assessment's formula: the share of the points the answers
/// could give, 0 to 100, rounded to the nearest whole point. `None` if
/// there are no answers or one is outside 1 to 5.
pub fn score(answers: impl IntoIterator<Item = (bool, u8)>) -> Option<u8> {
    let (mut total, mut count) = (0u32, 0u32);
    for (reversed, value) in answers {
        if !(ANSWER_MIN..=ANSWER_MAX).contains(&value) {
            return None;
        }
        let counted = if reversed {
            ANSWER_MAX + ANSWER_MIN - value
        } else {
            value
        };
        total += u32::from(counted - ANSWER_MIN);
        count += 1;
    }
    if count == 0 {
        return None;
    }
    let most = count * u32::from(ANSWER_MAX - ANSWER_MIN);
    Some(((total * u32::from(SCORE_MAX) + most / 2) / most) as u8)
}

/// Whether a statement of this round's kind counts in reverse, and its
/// component.
fn statement_info(kind: RoundKind, id: &str) -> Option<(Pillar, bool)> {
    match kind {
        RoundKind::AboutMe(_) => statement_by_id(id).map(|s| (s.pillar, s.reversed)),
        RoundKind::Team => team_by_id(id).map(|s| (s.pillar, s.reversed)),
    }
}

/// One person's score for a component, from their values by statement id:
/// about me, the self-assessment's own [`pillar_score`]; about a team,
/// [`score`] over the team statements. `None` unless every statement of
/// the component has a value.
pub fn person_pillar_score(
    kind: RoundKind,
    pillar: Pillar,
    values: &BTreeMap<String, u8>,
) -> Option<u8> {
    match kind {
        RoundKind::AboutMe(_) => pillar_score(pillar, values),
        RoundKind::Team => {
            let ids = statement_ids(kind);
            let group = ids
                .iter()
                .filter_map(|id| statement_info(kind, id).map(|info| (id, info)))
                .filter(|(_, (p, _))| *p == pillar)
                .map(|(id, (_, reversed))| values.get(*id).map(|&v| (reversed, v)))
                .collect::<Option<Vec<_>>>()?;
            score(group)
        }
    }
}

fn average(scores: &[u8]) -> Option<Average> {
    (scores.len() >= MIN_ANSWERS).then(|| Average {
        sum: scores.iter().map(|&s| u32::from(s)).sum(),
        count: scores.len(),
    })
}

fn spread(scores: &[u8], avg: Average) -> Spread {
    let n = avg.count as i64;
    let deviation: i64 = scores
        .iter()
        .map(|&s| (i64::from(s) * n - i64::from(avg.sum)).abs())
        .sum();
    let points = ((2 * deviation + n * n) / (2 * n * n)) as u8;
    let level = if points < SPREAD_CLOSE {
        SpreadLevel::Close
    } else if i32::from(points) < WELL_APART {
        SpreadLevel::Mixed
    } else {
        SpreadLevel::Split
    };
    Spread { points, level }
}

fn line(scores: &[u8], own: Option<u8>) -> Line {
    let others = average(scores);
    let (difference, gap) = match (others, own) {
        (Some(avg), Some(own)) => {
            let lead = avg.lead_times_count(own);
            let well = i64::from(WELL_APART) * avg.count as i64;
            let gap = if lead >= well {
                Some(Gap::BlindSpot)
            } else if -lead >= well {
                Some(Gap::HiddenStrength)
            } else {
                None
            };
            (Some(i16::from(own) - i16::from(avg.score())), gap)
        }
        _ => (None, None),
    };
    Line {
        others,
        spread: others.map(|avg| spread(scores, avg)),
        own,
        difference,
        gap,
    }
}

/// A small, fast generator (SplitMix64) for the comments' order: no need
/// for more, and the same seed always gives the same order.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The comments, sorted (so the order they came in leaves no trace), then
/// shuffled (Fisher–Yates) with `seed`.
pub fn shuffled_comments<'a>(
    comments: impl IntoIterator<Item = &'a str>,
    seed: u64,
) -> Vec<String> {
    let mut out: Vec<String> = comments
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect();
    out.sort();
    let mut state = seed;
    for i in (1..out.len()).rev() {
        let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
        out.swap(i, j);
    }
    out
}

/// The median of rungs, doubled; `None` with fewer than [`MIN_ANSWERS`].
fn median_x2(mut rungs: Vec<u8>) -> Option<u8> {
    if rungs.len() < MIN_ANSWERS {
        return None;
    }
    rungs.sort_unstable();
    let n = rungs.len();
    Some(if n % 2 == 1 {
        2 * rungs[n / 2]
    } else {
        rungs[n / 2 - 1] + rungs[n / 2]
    })
}

/// What `round` shows. `latest` is the visitor's latest self-assessment
/// (about me); `seed` orders the comments (pass a random one in the app,
/// kept for the page's lifetime so they do not jump about).
pub fn results(round: &Round, latest: Option<&Assessment>, seed: u64) -> Outcome {
    let answers = round.answers.len();
    if round.is_open() {
        return Outcome::Open { answers };
    }
    if answers < MIN_ANSWERS {
        return Outcome::TooFew { answers };
    }
    let Some(kind) = round.kind() else {
        return Outcome::Unknown;
    };
    let (own_values, own_scores, own_role_differs) = match kind {
        RoundKind::AboutMe(role) => match latest {
            Some(a) => (Some(&a.answers), Some(a.scores), a.role() != Some(role)),
            None => (None, None, false),
        },
        RoundKind::Team => {
            let own = Pillar::ALL
                .map(|p| person_pillar_score(kind, p, &round.own))
                .into_iter()
                .collect::<Option<Vec<_>>>()
                .map(|s| Scores {
                    control: s[0],
                    competence: s[1],
                    clarity: s[2],
                });
            ((!round.own.is_empty()).then_some(&round.own), own, false)
        }
    };

    let pillars = Pillar::ALL.map(|pillar| {
        let scores: Vec<u8> = round
            .answers
            .iter()
            .filter_map(|a| person_pillar_score(kind, pillar, &a.values))
            .collect();
        PillarLine {
            pillar,
            line: line(&scores, own_scores.map(|s| s.get(pillar))),
        }
    });

    let statements = statement_ids(kind)
        .into_iter()
        .filter_map(|id| {
            let (pillar, reversed) = statement_info(kind, id)?;
            let scores: Vec<u8> = round
                .answers
                .iter()
                .filter_map(|a| statement_score(reversed, *a.values.get(id)?))
                .collect();
            let own = own_values
                .and_then(|v| v.get(id))
                .and_then(|&v| statement_score(reversed, v));
            Some(StatementLine {
                id,
                pillar,
                line: line(&scores, own),
            })
        })
        .collect();

    let others = match pillars.map(|p| p.line.others) {
        [Some(c), Some(k), Some(l)] => Some(Scores {
            control: c.score(),
            competence: k.score(),
            clarity: l.score(),
        }),
        _ => None,
    };

    let ladder = match kind {
        RoundKind::AboutMe(_) => median_x2(round.answers.iter().filter_map(|a| a.rung).collect())
            .map(|median_x2| LadderLine {
                median_x2,
                count: round.answers.iter().filter(|a| a.rung.is_some()).count(),
                own: latest.and_then(|a| a.rung),
            }),
        RoundKind::Team => None,
    };

    Outcome::Ready(Box::new(RoundResults {
        kind,
        answers,
        pillars,
        statements,
        others,
        pattern: others.map(interpret),
        own: own_scores,
        own_pattern: own_scores.map(interpret),
        own_role_differs,
        ladder,
        comments: shuffled_comments(
            round.answers.iter().filter_map(|a| a.comment.as_deref()),
            seed,
        ),
    }))
}

/// The others' averages of every closed round of `kind_id` ("about-me" or
/// "team") that shows results, oldest first by closing time: the trend
/// across rounds.
pub fn trend(data: &RoundsData, kind_id: &str) -> Vec<(u64, Scores)> {
    let mut points: Vec<(u64, Scores)> = data
        .rounds
        .iter()
        .filter(|r| r.kind == kind_id)
        .filter_map(|r| {
            let closed = r.closed_at?;
            match results(r, None, 0) {
                Outcome::Ready(res) => Some((closed, res.others?)),
                _ => None,
            }
        })
        .collect();
    points.sort_by_key(|&(t, _)| t);
    points
}
