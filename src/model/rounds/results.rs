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
        let n = (self.count as u32).max(1);
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
        let w = crate::text::round_view::spread();
        match self {
            SpreadLevel::Close => w.close,
            SpreadLevel::Mixed => w.mixed,
            SpreadLevel::Split => w.split,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::assessment::STATEMENTS;
    use crate::content::rounds::TEAM;
    use crate::content::Role;
    use crate::model::rounds::ReceivedAnswer;

    const LEADER: RoundKind = RoundKind::AboutMe(Role::Leader);

    /// Values that score `score` (0, 25, …, 100) on every statement of
    /// each component: straight statements get the value, reversed ones
    /// its mirror.
    fn values(kind: RoundKind, scores: [u8; 3]) -> BTreeMap<String, u8> {
        statement_ids(kind)
            .into_iter()
            .map(|id| {
                let (pillar, reversed) = statement_info(kind, id).unwrap();
                let v = scores[pillar as usize] / 25 + 1;
                (id.to_string(), if reversed { 6 - v } else { v })
            })
            .collect()
    }

    fn round(kind: RoundKind, people: &[[u8; 3]], closed: bool) -> Round {
        Round {
            id: "0102030405060708".into(),
            kind: kind.id().into(),
            role: match kind {
                RoundKind::AboutMe(r) => Some(r.id().into()),
                RoundKind::Team => None,
            },
            closed_at: closed.then_some(5_000),
            answers: people
                .iter()
                .enumerate()
                .map(|(i, &s)| ReceivedAnswer {
                    id: format!("answer{i:010}"),
                    values: values(kind, s),
                    rung: None,
                    comment: None,
                })
                .collect(),
            ..Round::default()
        }
    }

    fn ready(outcome: Outcome) -> RoundResults {
        match outcome {
            Outcome::Ready(r) => *r,
            other => panic!("no results: {other:?}"),
        }
    }

    fn own(scores: [u8; 3], role: Role, rung: Option<u8>) -> Assessment {
        let answers = values(RoundKind::AboutMe(role), scores);
        Assessment {
            taken_at: 1,
            role: role.id().into(),
            scores: Scores::from_answers(&answers).unwrap(),
            answers,
            rung,
        }
    }

    #[test]
    fn nothing_is_shown_while_open_or_with_fewer_than_three_answers() {
        let five = [[50, 50, 50]; 5];
        assert_eq!(
            results(&round(LEADER, &five, false), None, 1),
            Outcome::Open { answers: 5 }
        );
        for n in 0..MIN_ANSWERS {
            let r = round(RoundKind::Team, &five[..n], true);
            assert_eq!(results(&r, None, 1), Outcome::TooFew { answers: n }, "{n}");
        }
        // Two answers with comments: still nothing, comments included.
        let mut two = round(LEADER, &five[..2], true);
        two.answers[0].comment = Some("Great listener".into());
        assert_eq!(results(&two, None, 1), Outcome::TooFew { answers: 2 });
        assert!(matches!(
            results(&round(LEADER, &five[..3], true), None, 1),
            Outcome::Ready(_)
        ));
        let mut unknown = round(LEADER, &five, true);
        unknown.kind = "pairs".into();
        assert_eq!(results(&unknown, None, 1), Outcome::Unknown);
    }

    #[test]
    fn averages_per_component_and_statement_with_their_counts() {
        let r = ready(results(
            &round(LEADER, &[[50, 100, 0], [75, 100, 25], [75, 75, 25]], true),
            None,
            1,
        ));
        assert_eq!(r.answers, 3);
        let avg = |p: usize| r.pillars[p].line.others.unwrap();
        assert_eq!(avg(0), Average { sum: 200, count: 3 });
        assert_eq!(avg(0).score(), 67, "66.7 rounds to 67");
        assert_eq!(avg(1).score(), 92, "91.7 rounds to 92");
        assert_eq!(avg(2).score(), 17, "16.7 rounds to 17");
        assert_eq!(
            r.others,
            Some(Scores {
                control: 67,
                competence: 92,
                clarity: 17
            })
        );
        assert_eq!(r.statements.len(), STATEMENTS.len());
        for s in &r.statements {
            let a = s.line.others.unwrap();
            assert_eq!(a.count, 3);
            // Every statement of a component scores as the component here.
            assert_eq!(a.score(), avg(s.pillar as usize).score(), "{}", s.id);
            assert_eq!(s.line.own, None);
            assert_eq!(s.line.gap, None);
        }
        // A half rounds up.
        assert_eq!(Average { sum: 125, count: 4 }.score(), 31);
        assert_eq!(Average { sum: 150, count: 4 }.score(), 38);
    }

    #[test]
    fn about_me_components_are_scored_by_the_self_assessments_own_function() {
        let person = values(LEADER, [25, 50, 100]);
        for p in Pillar::ALL {
            assert_eq!(
                person_pillar_score(LEADER, p, &person),
                pillar_score(p, &person)
            );
        }
        // Mixed answers: the generic formula agrees with the self-assessment's.
        let mut mixed = person.clone();
        for (i, v) in mixed.values_mut().enumerate() {
            *v = (i % 5) as u8 + 1;
        }
        for p in Pillar::ALL {
            let group = STATEMENTS
                .iter()
                .filter(|s| s.pillar == p)
                .map(|s| (s.reversed, mixed[s.id]));
            assert_eq!(score(group), pillar_score(p, &mixed));
        }
        // A component with a statement unanswered gives no score.
        mixed.remove("control-intent");
        assert_eq!(person_pillar_score(LEADER, Pillar::Control, &mixed), None);
        assert_eq!(statement_score(false, 4), Some(75));
        assert_eq!(statement_score(true, 4), Some(25));
        assert_eq!(statement_score(false, 0), None);
        assert_eq!(score([]), None);
    }

    #[test]
    fn spread_is_the_mean_distance_from_the_average() {
        let r = ready(results(
            &round(
                RoundKind::Team,
                &[[50, 50, 0], [75, 50, 100], [100, 50, 100]],
                true,
            ),
            None,
            1,
        ));
        // Control 50, 75, 100: average 75, each 25, 0, 25 away: 16.7.
        assert_eq!(
            r.pillars[0].line.spread,
            Some(Spread {
                points: 17,
                level: SpreadLevel::Mixed
            })
        );
        assert_eq!(
            r.pillars[1].line.spread,
            Some(Spread {
                points: 0,
                level: SpreadLevel::Close
            })
        );
        // Clarity 0, 100, 100: average 66.7; 66.7, 33.3, 33.3 away: 44.4.
        assert_eq!(
            r.pillars[2].line.spread,
            Some(Spread {
                points: 44,
                level: SpreadLevel::Split
            })
        );
        assert_eq!(SpreadLevel::Split.words(), "very different views");
        // The edges of the levels.
        let level = |scores: &[u8]| {
            let avg = average(scores).unwrap();
            spread(scores, avg)
        };
        assert_eq!(
            level(&[40, 60, 40, 60]).level,
            SpreadLevel::Mixed,
            "10 is not close"
        );
        assert_eq!(level(&[41, 59, 41, 59]).level, SpreadLevel::Close);
        assert_eq!(
            level(&[30, 70, 30, 70]).level,
            SpreadLevel::Split,
            "20 is split"
        );
        assert_eq!(level(&[31, 69, 31, 69]).level, SpreadLevel::Mixed);
    }

    #[test]
    fn blind_spots_and_hidden_strengths_against_the_latest_self_assessment() {
        // Others: control 75, competence 75, clarity 50.
        let r = round(LEADER, &[[75, 75, 50]; 3], true);
        let me = own([100, 50, 75], Role::Leader, None);
        let res = ready(results(&r, Some(&me), 1));
        let gaps: Vec<_> = res.pillars.iter().map(|p| p.line.gap).collect();
        assert_eq!(
            gaps,
            [
                Some(Gap::BlindSpot),
                Some(Gap::HiddenStrength),
                Some(Gap::BlindSpot)
            ]
        );
        assert_eq!(res.pillars[0].line.difference, Some(25));
        assert_eq!(res.pillars[1].line.difference, Some(-25));
        assert_eq!(res.own, Some(me.scores));
        assert!(!res.own_role_differs);
        // The same marks per statement, from the self-assessment's answers.
        for s in &res.statements {
            assert_eq!(
                s.line.gap, res.pillars[s.pillar as usize].line.gap,
                "{}",
                s.id
            );
            assert!(s.line.own.is_some());
        }
        // Exactly 20 counts; 19 does not.
        let r = round(LEADER, &[[50, 50, 50]; 3], true);
        let mut me = own([75, 25, 50], Role::Leader, None);
        me.scores = Scores {
            control: 70,
            competence: 30,
            clarity: 69,
        };
        let res = ready(results(&r, Some(&me), 1));
        assert_eq!(res.pillars[0].line.gap, Some(Gap::BlindSpot));
        assert_eq!(res.pillars[1].line.gap, Some(Gap::HiddenStrength));
        assert_eq!(res.pillars[2].line.gap, None);
        // Compared exactly: others 66.7, own 86 is 19.3 above (no mark,
        // though the rounded figures differ by 19) and own 87 is 20.3.
        let r = round(LEADER, &[[50, 50, 50], [75, 75, 75], [75, 75, 75]], true);
        me.scores = Scores {
            control: 86,
            competence: 87,
            clarity: 46,
        };
        let res = ready(results(&r, Some(&me), 1));
        assert_eq!(res.pillars[0].line.gap, None);
        assert_eq!(res.pillars[0].line.difference, Some(19));
        assert_eq!(res.pillars[1].line.gap, Some(Gap::BlindSpot));
        assert_eq!(
            res.pillars[2].line.gap,
            Some(Gap::HiddenStrength),
            "46 is 20.7 under 66.7"
        );
        // A self-assessment in the other role is pointed out.
        let member = own([50, 50, 50], Role::Member, None);
        assert!(ready(results(&r, Some(&member), 1)).own_role_differs);
        // Without a self-assessment: no own view, no marks.
        let res = ready(results(&r, None, 1));
        assert!(res.own.is_none() && res.pillars.iter().all(|p| p.line.gap.is_none()));
    }

    #[test]
    fn the_ladder_median_needs_three_rungs() {
        let mut r = round(LEADER, &[[50, 50, 50]; 4], true);
        let me = own([50, 50, 50], Role::Leader, Some(3));
        let rungs = |r: &mut Round, rungs: [Option<u8>; 4]| {
            for (a, g) in r.answers.iter_mut().zip(rungs) {
                a.rung = g;
            }
            ready(results(r, Some(&me), 1)).ladder
        };
        assert_eq!(
            rungs(&mut r, [Some(5), Some(3), Some(6), None]),
            Some(LadderLine {
                median_x2: 10,
                count: 3,
                own: Some(3)
            })
        );
        assert_eq!(
            rungs(&mut r, [Some(5), Some(3), Some(6), Some(4)])
                .unwrap()
                .median_x2,
            9,
            "4.5"
        );
        assert_eq!(rungs(&mut r, [Some(5), None, Some(6), None]), None);
        let team = round(RoundKind::Team, &[[50, 50, 50]; 4], true);
        assert_eq!(ready(results(&team, None, 1)).ladder, None);
    }

    #[test]
    fn the_team_pattern_follows_the_self_assessments_rules() {
        let r = round(
            RoundKind::Team,
            &[[100, 50, 50], [100, 50, 50], [75, 50, 50]],
            true,
        );
        let res = ready(results(&r, None, 1));
        assert_eq!(
            res.others,
            Some(Scores {
                control: 92,
                competence: 50,
                clarity: 50
            })
        );
        assert_eq!(res.pattern, Some(Pattern::ControlAhead));
        assert_eq!(res.own, None);
        for (scores, pattern) in [
            ([25, 75, 75], Pattern::ControlBehind),
            ([100, 100, 100], Pattern::SantaFe),
            ([75, 75, 75], Pattern::SantaFe),
            ([50, 25, 75], Pattern::UnevenPillars),
            ([50, 50, 50], Pattern::Building),
        ] {
            let res = ready(results(
                &round(RoundKind::Team, &[scores; 3], true),
                None,
                1,
            ));
            assert_eq!(res.pattern, Some(pattern), "{scores:?}");
            assert_eq!(res.pattern, res.others.map(interpret));
        }
        // The organiser's own answers, beside the team's.
        let mut r = round(RoundKind::Team, &[[50, 50, 50]; 3], true);
        r.own = values(RoundKind::Team, [100, 50, 75]);
        let res = ready(results(&r, None, 1));
        assert_eq!(
            res.own,
            Some(Scores {
                control: 100,
                competence: 50,
                clarity: 75
            })
        );
        assert_eq!(res.own_pattern, Some(Pattern::ControlAhead));
        assert_eq!(res.pillars[0].line.gap, Some(Gap::BlindSpot));
        assert_eq!(res.statements.len(), TEAM.len());
        assert!(res.statements.iter().all(|s| s.id.starts_with("team-")));
    }

    #[test]
    fn an_average_on_fewer_than_three_values_is_withheld() {
        // A statement a later version added, answered by only two people.
        let mut r = round(RoundKind::Team, &[[50, 50, 50]; 3], true);
        r.answers[0].values.remove("team-clarity-purpose");
        let res = ready(results(&r, None, 1));
        let line = |id: &str| res.statements.iter().find(|s| s.id == id).unwrap().line;
        assert_eq!(line("team-clarity-purpose").others, None);
        assert_eq!(line("team-clarity-purpose").spread, None);
        assert_eq!(line("team-clarity-criteria").others.unwrap().count, 3);
        // Its component now rests on two complete answers: withheld too,
        // and with it the pattern.
        assert_eq!(res.pillars[2].line.others, None);
        assert_eq!(res.others, None);
        assert_eq!(res.pattern, None);
    }

    #[test]
    fn comments_are_shown_in_an_order_that_does_not_follow_arrival() {
        let texts = [
            "First in",
            "Second",
            "  ",
            "Third arrival",
            "Fourth",
            "Fifth",
        ];
        let mut r = round(LEADER, &[[50, 50, 50]; 6], true);
        for (a, t) in r.answers.iter_mut().zip(texts) {
            a.comment = Some(t.into());
        }
        let shown = ready(results(&r, None, 42)).comments;
        assert_eq!(shown.len(), 5, "blank ones are left out");
        let mut sorted = shown.clone();
        sorted.sort();
        let mut expected: Vec<String> = texts
            .iter()
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.to_string())
            .collect();
        expected.sort();
        assert_eq!(sorted, expected);
        // The same seed gives the same order, whatever the arrival order.
        let mut reversed = r.clone();
        reversed.answers.reverse();
        assert_eq!(ready(results(&reversed, None, 42)).comments, shown);
        // Seeds give different orders, and arrival order is not kept.
        let orders: std::collections::HashSet<_> = (0..50u64)
            .map(|seed| ready(results(&r, None, seed)).comments)
            .collect();
        assert!(orders.len() > 10, "{}", orders.len());
        let arrival = expected.clone();
        assert!((0..50u64).any(|s| ready(results(&r, None, s)).comments != arrival));
    }

    #[test]
    fn the_trend_lists_closed_rounds_of_a_kind_by_closing_time() {
        let mut data = RoundsData::default();
        for (i, (scores, closed, n)) in [
            ([50, 50, 50], Some(300), 3),
            ([75, 50, 25], Some(100), 4),
            ([25, 25, 25], None, 5),
            ([100, 100, 100], Some(200), 2),
        ]
        .into_iter()
        .enumerate()
        {
            let mut r = round(RoundKind::Team, &vec![scores; n], true);
            r.id = format!("{i:016x}");
            r.closed_at = closed;
            data.rounds.push(r);
        }
        data.rounds.push(round(LEADER, &[[100, 100, 100]; 3], true));
        let trend = trend(&data, "team");
        assert_eq!(
            trend,
            [
                (
                    100,
                    Scores {
                        control: 75,
                        competence: 50,
                        clarity: 25
                    }
                ),
                (
                    300,
                    Scores {
                        control: 50,
                        competence: 50,
                        clarity: 50
                    }
                ),
            ]
        );
        assert_eq!(super::trend(&data, "about-me").len(), 1);
    }

    /// The spread's words come from the content files, in the language the
    /// thread renders: German here, and English again after.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn spread_words_follow_the_language() {
        use crate::text::{set_lang, Lang};
        let words =
            || [SpreadLevel::Close, SpreadLevel::Mixed, SpreadLevel::Split].map(SpreadLevel::words);
        set_lang(Lang::De);
        let german = words();
        let sentence = crate::model::report::spread_words(Spread {
            points: 17,
            level: SpreadLevel::Mixed,
        });
        set_lang(Lang::En);
        assert_eq!(
            german,
            [
                "weitgehend die gleiche Sicht",
                "etwas unterschiedliche Sichtweisen",
                "sehr unterschiedliche Sichtweisen"
            ]
        );
        assert_eq!(sentence, "17 Punkte, etwas unterschiedliche Sichtweisen");
        assert_eq!(
            words(),
            [
                "much the same view",
                "somewhat different views",
                "very different views"
            ]
        );
    }
}
