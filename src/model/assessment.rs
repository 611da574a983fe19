//! Self-assessment on control, competence and clarity: answers, scoring,
//! interpretation, next actions and history.
//!
//! Pure Rust: no browser types, so every rule here is tested with `cargo test`.
//!
//! # Scoring
//!
//! Each statement is answered from 1 ("Strongly disagree") to 5 ("Strongly
//! agree"). A statement marked `reversed` in the content counts the other way
//! round (5 counts as 1). A component's score is the share of the points its
//! statements could give, on a scale of 0 to [`SCORE_MAX`] (100), rounded to
//! the nearest whole number: all "Strongly disagree" is 0, all "Neither agree
//! nor disagree" is 50, all "Agree" is 75, all "Strongly agree" is 100.
//!
//! # Patterns
//!
//! The two pillars hold control up, so control is compared with their
//! average, the *support* (competence + clarity) / 2. With
//! [`WELL_APART`] = 20 points and [`HIGH`] = 75 points, the first rule that
//! fits decides:
//!
//! 1. **Control ahead** (risk of chaos): control − support ≥ 20.
//! 2. **Control behind** (frustration, unused capacity): support − control ≥ 20.
//! 3. **Uneven pillars**: competence and clarity 20 or more apart.
//! 4. **Santa Fe** (balanced and high): all three ≥ 75 (and, by the rules
//!    above, in step).
//! 5. **Building**: everything else (in step, not yet high).
//!
//! The comparisons are made on doubled whole numbers, so a support of 62.5
//! is compared exactly, never rounded.
//!
//! # Next actions
//!
//! The weakest component gets the next actions. On a tie, the pillars come
//! before control (competence, then clarity, then control): handing out more
//! control on top of a pillar that is just as weak is the Will Rogers mistake.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::progress::Tally;
use super::time::{human_datetime, local_datetime_zoned, MAX_TIME_MS};
use crate::content::assessment::{
    actions_for, answered_as, NextAction, Pattern, Statement, STATEMENTS,
};
use crate::content::{Pillar, Role, LADDER};
use crate::text::fill;

/// The highest score a component can have.
pub const SCORE_MAX: u8 = 100;

/// How many points apart two scores must be to count as "well" ahead or
/// behind, or as uneven.
pub const WELL_APART: i32 = 20;

/// The score every component must reach for the Santa Fe pattern: agreeing,
/// on average, with its statements.
pub const HIGH: u8 = 75;

/// The lowest and highest answers.
pub const ANSWER_MIN: u8 = 1;
pub const ANSWER_MAX: u8 = 5;

/// The rungs of the Ladder of Leadership.
pub const RUNGS: u8 = 7;

/// The most completed assessments a backup may hold.
pub const MAX_ASSESSMENTS: usize = 500;

/// The most answers one assessment may hold (the app asks far fewer; the
/// room is for statements a later version may add).
pub const MAX_ANSWERS: usize = 100;

/// The longest statement id, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// Everything saved about assessments: a draft in progress and the history.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessmentData {
    /// Answers given so far to an assessment not yet finished.
    pub draft: Option<Draft>,
    /// Every completed assessment, oldest first.
    pub history: Vec<Assessment>,
}

/// An assessment being filled in. Kept as the visitor answers, so they can
/// leave and come back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// When the first answer was given (ms since 1970).
    pub started_at: u64,
    /// Answer (1 to 5) by statement id.
    pub answers: BTreeMap<String, u8>,
    /// The rung of the Ladder of Leadership (1 to 7), once chosen.
    pub rung: Option<u8>,
    /// The role ("leader" or "member") the statements were worded for when
    /// they were answered. Drafts saved before it was recorded have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A completed assessment. The scores are stored with the answers, so a
/// result stays as it was even if the statements are reworded later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// When it was completed (ms since 1970). Unique: it also names the
    /// assessment (for comparing and deleting).
    pub taken_at: u64,
    /// "leader" or "member": how the statements were phrased.
    pub role: String,
    /// Answer (1 to 5) by statement id.
    #[serde(default)]
    pub answers: BTreeMap<String, u8>,
    /// The rung of the Ladder of Leadership (1 to 7).
    #[serde(default)]
    pub rung: Option<u8>,
    /// The scores computed when it was completed.
    pub scores: Scores,
}

/// A score from 0 to [`SCORE_MAX`] per component.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Scores {
    pub control: u8,
    pub competence: u8,
    pub clarity: u8,
}

impl Scores {
    /// The score of one component.
    pub fn get(&self, pillar: Pillar) -> u8 {
        match pillar {
            Pillar::Control => self.control,
            Pillar::Competence => self.competence,
            Pillar::Clarity => self.clarity,
        }
    }

    /// Scores from answers, when every statement of every component is
    /// answered.
    pub fn from_answers(answers: &BTreeMap<String, u8>) -> Option<Scores> {
        Some(Scores {
            control: pillar_score(Pillar::Control, answers)?,
            competence: pillar_score(Pillar::Competence, answers)?,
            clarity: pillar_score(Pillar::Clarity, answers)?,
        })
    }

    /// Twice the lead of control over its support:
    /// `2 × control − (competence + clarity)`. Positive when control is
    /// ahead.
    pub fn control_lead_x2(&self) -> i32 {
        2 * i32::from(self.control) - i32::from(self.competence) - i32::from(self.clarity)
    }

    /// How far apart competence and clarity are.
    pub fn pillar_gap(&self) -> i32 {
        (i32::from(self.competence) - i32::from(self.clarity)).abs()
    }
}

/// Points an answer gives: 0 to 4, reversed statements counted the other way.
fn points(statement: &Statement, answer: u8) -> Option<u32> {
    if !(ANSWER_MIN..=ANSWER_MAX).contains(&answer) {
        return None;
    }
    let counted = if statement.reversed {
        ANSWER_MAX + ANSWER_MIN - answer
    } else {
        answer
    };
    Some(u32::from(counted - ANSWER_MIN))
}

/// One component's score from 0 to 100, rounded to the nearest whole point;
/// `None` unless every one of its statements has a valid answer.
pub fn pillar_score(pillar: Pillar, answers: &BTreeMap<String, u8>) -> Option<u8> {
    let mut total = 0;
    let mut count = 0;
    for statement in STATEMENTS.iter().filter(|s| s.pillar == pillar) {
        total += points(statement, *answers.get(statement.id)?)?;
        count += 1;
    }
    if count == 0 {
        return None;
    }
    let most = count * u32::from(ANSWER_MAX - ANSWER_MIN);
    let score = (total * u32::from(SCORE_MAX) + most / 2) / most;
    Some(score as u8)
}

/// Which pattern the scores show (see the module documentation).
pub fn interpret(s: Scores) -> Pattern {
    let lead = s.control_lead_x2();
    if lead >= 2 * WELL_APART {
        Pattern::ControlAhead
    } else if -lead >= 2 * WELL_APART {
        Pattern::ControlBehind
    } else if s.pillar_gap() >= WELL_APART {
        Pattern::UnevenPillars
    } else if Pillar::ALL.iter().all(|&p| s.get(p) >= HIGH) {
        Pattern::SantaFe
    } else {
        Pattern::Building
    }
}

/// The weakest component; on a tie competence, then clarity, then control.
pub fn weakest(s: Scores) -> Pillar {
    [Pillar::Competence, Pillar::Clarity, Pillar::Control]
        .into_iter()
        .min_by_key(|&p| s.get(p))
        .expect("three pillars")
}

/// The weakest component and the actions that strengthen it, in order.
pub fn next_actions(s: Scores) -> (Pillar, Vec<&'static NextAction>) {
    let pillar = weakest(s);
    (pillar, actions_for(pillar).collect())
}

/// `x / 2` written plainly: "62" or "62.5" (with the language's decimal mark).
fn halves(x2: i32) -> String {
    crate::text::decimal(i64::from(x2) * 5)
}

/// Why the scores show their pattern, in plain words with the numbers.
pub fn reason(s: Scores) -> String {
    let (c, k, l) = (s.control, s.competence, s.clarity);
    let support = halves(i32::from(k) + i32::from(l));
    let lead = s.control_lead_x2();
    let words = crate::text::assess_page::scoring();
    let (text, gap) = match interpret(s) {
        Pattern::ControlAhead => (words.control_ahead, halves(lead)),
        Pattern::ControlBehind => (words.control_behind, halves(-lead)),
        Pattern::SantaFe => (words.santa_fe, String::new()),
        Pattern::UnevenPillars => (words.uneven, s.pillar_gap().to_string()),
        Pattern::Building => (words.building, String::new()),
    };
    fill(
        text,
        &[
            ("control", &c.to_string()),
            ("competence", &k.to_string()),
            ("clarity", &l.to_string()),
            ("support", &support),
            ("gap", &gap),
            ("apart", &WELL_APART.to_string()),
            ("high", &HIGH.to_string()),
        ],
    )
}

/// How scores are worked out, in words.
pub fn scoring_words() -> String {
    fill(
        crate::text::assess_page::scoring().how,
        &[("max", &SCORE_MAX.to_string())],
    )
}

/// The rules that decide the pattern, in words, in the order they are
/// checked; the first that fits applies.
pub fn rules() -> Vec<String> {
    crate::text::assess_page::scoring()
        .rules
        .iter()
        .map(|r| {
            fill(
                r,
                &[
                    ("apart", &WELL_APART.to_string()),
                    ("high", &HIGH.to_string()),
                ],
            )
        })
        .collect()
}

/// The change from `earlier` to `later`, per component, in model order.
pub fn change(earlier: Scores, later: Scores) -> [(Pillar, i16); 3] {
    Pillar::ALL.map(|p| (p, i16::from(later.get(p)) - i16::from(earlier.get(p))))
}

/// A change in words: "up 10", "down 5", "no change".
pub fn change_words(delta: i16) -> String {
    let words = crate::text::assess_page::scoring();
    match delta {
        0 => words.no_change.to_string(),
        d if d > 0 => fill(words.up, &[("n", &d.to_string())]),
        d => fill(words.down, &[("n", &(-d).to_string())]),
    }
}

/// A pillar's name inside a sentence ("Next actions: control").
pub fn pillar_in_sentence(p: Pillar) -> &'static str {
    let names = crate::text::assess_page::pillar_in_sentence();
    match p {
        Pillar::Control => names.control,
        Pillar::Competence => names.competence,
        Pillar::Clarity => names.clarity,
    }
}

/// A change as a signed number: "+10", "−5", "0".
pub fn change_sign(delta: i16) -> String {
    match delta {
        0 => "0".to_string(),
        d if d > 0 => format!("+{d}"),
        d => format!("\u{2212}{}", -d),
    }
}

/// The rung's short phrase, e.g. "I intend to…".
pub fn rung_phrase(rung: u8) -> Option<&'static str> {
    LADDER
        .get(usize::from(rung).checked_sub(1)?)
        .map(|r| r.phrase())
}

/// What is still unanswered in a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Missing {
    /// Statements without an answer, in the order they are asked.
    pub statements: Vec<&'static Statement>,
    /// Whether the ladder question is unanswered.
    pub rung: bool,
}

impl Missing {
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty() && !self.rung
    }

    /// How many questions are unanswered.
    pub fn count(&self) -> usize {
        self.statements.len() + usize::from(self.rung)
    }
}

/// How many questions an assessment asks: every statement and the ladder.
pub fn question_count() -> usize {
    STATEMENTS.len() + 1
}

fn valid_answer(value: u8) -> bool {
    (ANSWER_MIN..=ANSWER_MAX).contains(&value)
}

fn valid_rung(rung: u8) -> bool {
    (1..=RUNGS).contains(&rung)
}

impl Draft {
    /// What is still unanswered.
    pub fn missing(&self) -> Missing {
        Missing {
            statements: STATEMENTS
                .iter()
                .filter(|s| !self.answers.get(s.id).copied().is_some_and(valid_answer))
                .collect(),
            rung: !self.rung.is_some_and(valid_rung),
        }
    }

    /// Answered questions out of all of them.
    pub fn tally(&self) -> Tally {
        let total = question_count();
        Tally {
            done: total - self.missing().count(),
            total,
        }
    }
}

impl Assessment {
    /// The role the statements were phrased for, if it is one the app knows.
    pub fn role(&self) -> Option<Role> {
        Role::from_id(&self.role)
    }

    /// The pattern its scores show.
    pub fn pattern(&self) -> Pattern {
        interpret(self.scores)
    }
}

impl AssessmentData {
    /// The answer given so far to a statement.
    pub fn answer_of(&self, statement_id: &str) -> Option<u8> {
        self.draft
            .as_ref()
            .and_then(|d| d.answers.get(statement_id).copied())
    }

    /// The rung chosen so far.
    pub fn draft_rung(&self) -> Option<u8> {
        self.draft.as_ref().and_then(|d| d.rung)
    }

    fn draft_mut(&mut self, now: u64) -> &mut Draft {
        self.draft.get_or_insert_with(|| Draft {
            started_at: now,
            ..Draft::default()
        })
    }

    /// Records an answer (1 to 5) to a statement the app asks. Other
    /// statements and values are ignored.
    pub fn answer(&mut self, statement_id: &str, value: u8, now: u64) {
        if valid_answer(value) && STATEMENTS.iter().any(|s| s.id == statement_id) {
            self.draft_mut(now)
                .answers
                .insert(statement_id.to_string(), value);
        }
    }

    /// Records the rung (1 to 7); other values are ignored.
    pub fn set_rung(&mut self, rung: u8, now: u64) {
        if valid_rung(rung) {
            self.draft_mut(now).rung = Some(rung);
        }
    }

    /// Records that the draft's answers are given to the statements as they
    /// are worded for `role`. Nothing happens without a draft.
    pub fn set_draft_role(&mut self, role: Role) {
        if let Some(d) = &mut self.draft {
            d.role = Some(role.id().to_string());
        }
    }

    /// Throws the draft away, answers and all.
    pub fn discard_draft(&mut self) {
        self.draft = None;
    }

    /// When the visitor's role is now `role` but the draft's answers were
    /// given to the other role's wording: that role and how many questions
    /// are answered. A draft that does not say its role (saved before it
    /// was recorded) is taken to be in `seen_as`, the role it was shown in.
    /// `None` when there is nothing answered or no difference.
    pub fn role_switch(&self, role: Role, seen_as: Option<Role>) -> Option<(Role, usize)> {
        let d = self.draft.as_ref()?;
        let answered = d.tally().done;
        let from = d.role.as_deref().and_then(Role::from_id).or(seen_as)?;
        (from != role && answered > 0).then_some((from, answered))
    }

    /// What is unanswered: everything when there is no draft.
    pub fn missing(&self) -> Missing {
        self.draft.clone().unwrap_or_default().missing()
    }

    /// Answered questions of the draft out of all of them.
    pub fn tally(&self) -> Tally {
        self.draft.clone().unwrap_or_default().tally()
    }

    /// Finishes the draft: stores it with its scores in the history, and
    /// clears it. Its time is `now`, or just after the latest assessment if
    /// the clock says otherwise, so the new one is always the latest.
    /// Returns that time, or what is still unanswered.
    pub fn complete(&mut self, role: Role, now: u64) -> Result<u64, Missing> {
        let draft = self.draft.clone().unwrap_or_default();
        let missing = draft.missing();
        if !missing.is_empty() {
            return Err(missing);
        }
        let scores = Scores::from_answers(&draft.answers).ok_or(missing)?;
        let taken_at = match self.latest() {
            Some(last) if last.taken_at >= now => last.taken_at + 1,
            _ => now,
        };
        let answers = draft
            .answers
            .into_iter()
            .filter(|(id, _)| STATEMENTS.iter().any(|s| s.id == id))
            .collect();
        self.history.push(Assessment {
            taken_at,
            role: role.id().to_string(),
            answers,
            rung: draft.rung,
            scores,
        });
        self.sort();
        self.draft = None;
        Ok(taken_at)
    }

    fn sort(&mut self) {
        self.history.sort_by_key(|a| a.taken_at);
    }

    /// Completed assessments, oldest first (whatever order a file had).
    pub fn chronological(&self) -> Vec<&Assessment> {
        let mut all: Vec<_> = self.history.iter().collect();
        all.sort_by_key(|a| a.taken_at);
        all
    }

    /// The most recent completed assessment.
    pub fn latest(&self) -> Option<&Assessment> {
        self.history.iter().max_by_key(|a| a.taken_at)
    }

    /// The assessment completed at `taken_at`.
    pub fn find(&self, taken_at: u64) -> Option<&Assessment> {
        self.history.iter().find(|a| a.taken_at == taken_at)
    }

    /// The assessment completed just before the one at `taken_at`.
    pub fn before(&self, taken_at: u64) -> Option<&Assessment> {
        self.history
            .iter()
            .filter(|a| a.taken_at < taken_at)
            .max_by_key(|a| a.taken_at)
    }

    /// Removes the assessment completed at `taken_at`, and returns it so it
    /// can be put back.
    pub fn delete(&mut self, taken_at: u64) -> Option<Assessment> {
        let i = self.history.iter().position(|a| a.taken_at == taken_at)?;
        Some(self.history.remove(i))
    }

    /// Puts back a deleted assessment in its place in time. Nothing happens
    /// if one with the same time is already there.
    pub fn restore(&mut self, assessment: Assessment) {
        if self.find(assessment.taken_at).is_none() {
            self.history.push(assessment);
            self.sort();
        }
    }

    /// True when there is neither a draft nor a completed assessment.
    pub fn is_empty(&self) -> bool {
        self.draft.is_none() && self.history.is_empty()
    }

    /// What is held, in words: "2 self-assessments and one in progress".
    /// `None` when there is nothing.
    pub fn summary_words(&self) -> Option<String> {
        let words = crate::text::assess_page::scoring();
        let n = self.history.len();
        let done = (n > 0).then(|| {
            let text = if n == 1 {
                words.held_one
            } else {
                words.held_other
            };
            fill(text, &[("n", &n.to_string())])
        });
        match (done, &self.draft) {
            (None, None) => None,
            (Some(d), None) => Some(d),
            (None, Some(_)) => Some(words.held_draft.to_string()),
            (Some(d), Some(_)) => Some(fill(words.held_and_draft, &[("held", &d)])),
        }
    }

    /// Limits for an imported file; `Err` says what is wrong, in words:
    ///
    /// - at most [`MAX_ASSESSMENTS`] completed assessments, each with a
    ///   different time, none after [`MAX_TIME_MS`];
    /// - a role of "leader" or "member";
    /// - at most [`MAX_ANSWERS`] answers each, filed under ids of 1 to
    ///   [`MAX_ID_CHARS`] characters of `a-z`, `0-9` and `-` (ids this
    ///   version does not ask are allowed), each answer 1 to 5;
    /// - a rung from 1 to 7; scores of at most 100;
    /// - the same for a draft, apart from role and scores.
    pub fn validate(&self) -> Result<(), String> {
        let words = crate::text::practice_words::assessment_file();
        if self.history.len() > MAX_ASSESSMENTS {
            return Err(crate::text::fill(
                words.too_many,
                &[
                    ("n", &crate::text::integer(self.history.len() as u64)),
                    ("max", &crate::text::integer(MAX_ASSESSMENTS as u64)),
                ],
            ));
        }
        let mut seen = HashSet::new();
        for a in &self.history {
            let what = if a.taken_at > MAX_TIME_MS {
                return Err(words.too_late.to_string());
            } else {
                crate::text::fill(words.dated, &[("date", &human_datetime(a.taken_at))])
            };
            if !seen.insert(a.taken_at) {
                return Err(crate::text::fill(words.twice, &[("what", &what)]));
            }
            if !is_name(&a.role) {
                return Err(crate::text::fill(
                    words.bad_role,
                    &[("what", &what), ("value", &quoted(&a.role))],
                ));
            }
            check_answers(&what, &a.answers, a.rung)?;
            if Pillar::ALL.iter().any(|&p| a.scores.get(p) > SCORE_MAX) {
                return Err(crate::text::fill(
                    words.score_too_high,
                    &[("what", &what), ("max", &SCORE_MAX.to_string())],
                ));
            }
        }
        if let Some(d) = &self.draft {
            if d.started_at > MAX_TIME_MS {
                return Err(words.in_progress_too_late.to_string());
            }
            check_answers(words.in_progress, &d.answers, d.rung)?;
            if let Some(r) = d.role.as_deref().filter(|r| !is_name(r)) {
                return Err(crate::text::fill(
                    words.bad_role,
                    &[("what", words.in_progress), ("value", &quoted(r))],
                ));
            }
        }
        Ok(())
    }
}

/// A role (or statement id) this version does not know may come from a
/// newer one, and is kept as saved data keeps it, if it has the form of a
/// name: 1 to [`MAX_ID_CHARS`] characters of `a-z`, `0-9` and `-`.
fn is_name(s: &str) -> bool {
    (1..=MAX_ID_CHARS).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A value from a file, quoted for a message as the language quotes: its
/// first 40 characters, escaped as Rust escapes a string (`\"`, `\n`).
fn quoted(s: &str) -> String {
    let short: String = s.chars().take(40).collect();
    let escaped = format!("{short:?}");
    crate::text::fill(
        crate::text::practice_words::assessment_file().quoted,
        &[("value", &escaped[1..escaped.len() - 1])],
    )
}

fn check_answers(
    what: &str,
    answers: &BTreeMap<String, u8>,
    rung: Option<u8>,
) -> Result<(), String> {
    let words = crate::text::practice_words::assessment_file();
    if answers.len() > MAX_ANSWERS {
        return Err(crate::text::fill(
            words.too_many_answers,
            &[
                ("what", what),
                ("n", &crate::text::integer(answers.len() as u64)),
                ("max", &crate::text::integer(MAX_ANSWERS as u64)),
            ],
        ));
    }
    for (id, &value) in answers {
        if !is_name(id) {
            return Err(crate::text::fill(
                words.bad_statement,
                &[("what", what), ("value", &quoted(id))],
            ));
        }
        if !valid_answer(value) {
            return Err(crate::text::fill(
                words.bad_answer,
                &[
                    ("what", what),
                    ("answer", &value.to_string()),
                    ("id", &quoted(id)),
                    ("min", &ANSWER_MIN.to_string()),
                    ("max", &ANSWER_MAX.to_string()),
                ],
            ));
        }
    }
    if let Some(r) = rung.filter(|&r| !valid_rung(r)) {
        return Err(crate::text::fill(
            words.bad_rung,
            &[
                ("what", what),
                ("rung", &r.to_string()),
                ("max", &RUNGS.to_string()),
            ],
        ));
    }
    Ok(())
}

/// The "## Self-assessment" section of the Markdown report: the latest
/// scores and what they show, the ladder answer, the next actions, and a
/// table of every completed assessment with its change from the one before.
/// Times are local, each with its offset from UTC: `offset` gives the local
/// clock's minutes east of UTC at a moment.
pub fn markdown_section(data: &AssessmentData, offset: &dyn Fn(u64) -> i32) -> String {
    let when = |t: u64| local_datetime_zoned(t, offset(t));
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    let report = crate::text::assess_page::report();
    let md = crate::text::assess_page::markdown();
    let history = crate::text::assess_page::history();
    let results = crate::text::assess_page::results();
    line(&format!("## {}", report.heading));
    line("");
    let Some(latest) = data.latest() else {
        line(report.none);
        if let Some(d) = &data.draft {
            let t = d.tally();
            line("");
            line(&fill(
                md.in_progress,
                &[
                    ("done", &t.done.to_string()),
                    ("total", &t.total.to_string()),
                ],
            ));
        }
        return out;
    };
    let role = latest.role().unwrap_or(Role::Leader);
    let s = latest.scores;
    line(&fill(
        report.latest,
        &[
            ("when", &when(latest.taken_at)),
            ("role", answered_as(role)),
        ],
    ));
    line("");
    line(&format!(
        "| {} | {} |",
        results.component,
        fill(md.score_column, &[("max", &SCORE_MAX.to_string())])
    ));
    line("|---|---|");
    for p in Pillar::ALL {
        line(&format!("| {} | {} |", p.name(), s.get(p)));
    }
    line("");
    let pattern = latest.pattern();
    line(&format!(
        "**{}.** {}",
        pattern.title(),
        pattern.meaning(role)
    ));
    line("");
    line(&reason(s));
    line("");
    line(pattern.lesson());
    if let Some(phrase) = latest.rung.and_then(rung_phrase) {
        line("");
        line(&fill(
            md.ladder,
            &[
                ("rung", &latest.rung.unwrap_or_default().to_string()),
                ("rungs", &RUNGS.to_string()),
                ("phrase", phrase),
            ],
        ));
    }
    let (pillar, actions) = next_actions(s);
    line("");
    line(&fill(md.actions, &[("pillar", pillar_in_sentence(pillar))]));
    line("");
    for a in actions {
        let step = a.step.step();
        line(&format!(
            "- {}",
            fill(
                report.action,
                &[
                    ("action", a.text(role)),
                    ("n", &step.number.to_string()),
                    ("title", step.title()),
                ],
            )
        ));
    }
    line("");
    line(&format!("### {}", report.every_heading));
    line("");
    line(&format!(
        "| {} | {} | {} | {} | {} | {} |",
        history.date,
        history.role,
        Pillar::Control.name(),
        Pillar::Competence.name(),
        Pillar::Clarity.name(),
        history.pattern
    ));
    line("|---|---|---|---|---|---|");
    let mut previous: Option<Scores> = None;
    for a in data.chronological() {
        let cell = |p: Pillar| {
            let mut c = a.scores.get(p).to_string();
            if let Some(prev) = previous {
                let d = i16::from(a.scores.get(p)) - i16::from(prev.get(p));
                let _ = write!(c, " ({})", change_sign(d));
            }
            c
        };
        let role = a.role().map(Role::short).unwrap_or(history.unknown_role);
        line(&format!(
            "| {} | {role} | {} | {} | {} | {} |",
            when(a.taken_at),
            cell(Pillar::Control),
            cell(Pillar::Competence),
            cell(Pillar::Clarity),
            a.pattern().title()
        ));
        previous = Some(a.scores);
    }
    if data.history.len() > 1 {
        line("");
        line(md.brackets);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::assessment::statements_for;
    use crate::model::decode;

    fn scores(control: u8, competence: u8, clarity: u8) -> Scores {
        Scores {
            control,
            competence,
            clarity,
        }
    }

    /// Answers giving every statement of `pillar` the points `value` would
    /// give a straight statement (so reversed ones are answered the other way).
    fn answer_all(answers: &mut BTreeMap<String, u8>, pillar: Pillar, value: u8) {
        for s in statements_for(pillar) {
            let v = if s.reversed { 6 - value } else { value };
            answers.insert(s.id.to_string(), v);
        }
    }

    fn full_draft(values: [u8; 3], rung: u8) -> AssessmentData {
        let mut data = AssessmentData::default();
        for (p, v) in Pillar::ALL.into_iter().zip(values) {
            for s in statements_for(p) {
                data.answer(s.id, if s.reversed { 6 - v } else { v }, 1_000);
            }
        }
        data.set_rung(rung, 1_000);
        data
    }

    #[test]
    fn scores_run_from_0_to_100_through_the_scale() {
        for (value, expected) in [(1, 0), (2, 25), (3, 50), (4, 75), (5, 100)] {
            let mut answers = BTreeMap::new();
            answer_all(&mut answers, Pillar::Control, value);
            assert_eq!(pillar_score(Pillar::Control, &answers), Some(expected));
        }
    }

    #[test]
    fn reversed_statements_count_the_other_way() {
        let reversed = STATEMENTS.iter().find(|s| s.reversed).unwrap();
        let straight = STATEMENTS
            .iter()
            .find(|s| !s.reversed && s.pillar == reversed.pillar)
            .unwrap();
        assert_eq!(points(reversed, 5), Some(0));
        assert_eq!(points(reversed, 1), Some(4));
        assert_eq!(points(straight, 5), Some(4));
        assert_eq!(points(straight, 1), Some(0));
        assert_eq!(points(straight, 0), None);
        assert_eq!(points(straight, 6), None);
        // Strongly agreeing with everything is not a perfect score.
        let mut answers = BTreeMap::new();
        for s in STATEMENTS {
            answers.insert(s.id.to_string(), 5);
        }
        let all_agree = Scores::from_answers(&answers).unwrap();
        for p in Pillar::ALL {
            assert!(all_agree.get(p) < 100, "{p:?}");
        }
    }

    #[test]
    fn a_score_is_the_rounded_share_of_the_points() {
        // Control has five statements worth 4 points each: one point is 5.
        let mut answers = BTreeMap::new();
        answer_all(&mut answers, Pillar::Control, 3);
        let first = statements_for(Pillar::Control)
            .find(|s| !s.reversed)
            .unwrap();
        answers.insert(first.id.to_string(), 4);
        assert_eq!(pillar_score(Pillar::Control, &answers), Some(55));
        answers.insert(first.id.to_string(), 1);
        assert_eq!(pillar_score(Pillar::Control, &answers), Some(40));
    }

    #[test]
    fn a_component_with_a_missing_or_invalid_answer_has_no_score() {
        let mut answers = BTreeMap::new();
        answer_all(&mut answers, Pillar::Clarity, 4);
        assert_eq!(pillar_score(Pillar::Clarity, &answers), Some(75));
        let first = statements_for(Pillar::Clarity).next().unwrap().id;
        answers.insert(first.to_string(), 9);
        assert_eq!(pillar_score(Pillar::Clarity, &answers), None);
        answers.remove(first);
        assert_eq!(pillar_score(Pillar::Clarity, &answers), None);
        assert_eq!(Scores::from_answers(&answers), None);
    }

    #[test]
    fn control_ahead_starts_at_a_lead_of_exactly_20() {
        // Lead = control − (competence + clarity) / 2.
        assert_eq!(interpret(scores(60, 40, 40)), Pattern::ControlAhead); // 20
        assert_eq!(interpret(scores(60, 45, 35)), Pattern::ControlAhead); // 20
        assert_eq!(interpret(scores(60, 40, 41)), Pattern::Building); // 19.5
        assert_eq!(interpret(scores(55, 40, 40)), Pattern::Building); // 15
        assert_eq!(interpret(scores(100, 80, 80)), Pattern::ControlAhead); // high, but 20 ahead
        assert_eq!(interpret(scores(100, 80, 81)), Pattern::SantaFe); // 19.5
    }

    #[test]
    fn control_behind_starts_at_a_gap_of_exactly_20() {
        assert_eq!(interpret(scores(40, 60, 60)), Pattern::ControlBehind); // 20
        assert_eq!(interpret(scores(40, 60, 59)), Pattern::Building); // 19.5
        assert_eq!(interpret(scores(0, 20, 20)), Pattern::ControlBehind);
        assert_eq!(interpret(scores(75, 95, 95)), Pattern::ControlBehind); // all high
        assert_eq!(interpret(scores(75, 95, 94)), Pattern::SantaFe); // 19.5
    }

    #[test]
    fn santa_fe_needs_all_three_at_75_and_pillars_under_20_apart() {
        assert_eq!(interpret(scores(75, 75, 75)), Pattern::SantaFe);
        assert_eq!(interpret(scores(100, 100, 100)), Pattern::SantaFe);
        assert_eq!(interpret(scores(74, 75, 75)), Pattern::Building);
        assert_eq!(interpret(scores(75, 74, 75)), Pattern::Building);
        assert_eq!(interpret(scores(75, 75, 74)), Pattern::Building);
        assert_eq!(interpret(scores(85, 76, 95)), Pattern::SantaFe); // 19 apart
        assert_eq!(interpret(scores(85, 75, 95)), Pattern::UnevenPillars); // 20 apart
    }

    #[test]
    fn uneven_pillars_start_at_20_apart_when_control_is_in_step() {
        assert_eq!(interpret(scores(50, 60, 40)), Pattern::UnevenPillars); // 20
        assert_eq!(interpret(scores(50, 59, 40)), Pattern::Building); // 19
        assert_eq!(interpret(scores(60, 100, 20)), Pattern::UnevenPillars);
        // Control's lead or lag is checked first.
        assert_eq!(interpret(scores(80, 70, 50)), Pattern::ControlAhead);
        assert_eq!(interpret(scores(20, 70, 10)), Pattern::ControlBehind);
    }

    #[test]
    fn building_is_in_step_and_not_yet_high() {
        assert_eq!(interpret(scores(0, 0, 0)), Pattern::Building);
        assert_eq!(interpret(scores(50, 50, 50)), Pattern::Building);
        assert_eq!(interpret(scores(50, 65, 60)), Pattern::Building); // lag 12.5
    }

    #[test]
    fn every_pattern_is_reachable_from_answers() {
        let mut found = HashSet::new();
        for c in 1..=5 {
            for k in 1..=5 {
                for l in 1..=5 {
                    let mut answers = BTreeMap::new();
                    answer_all(&mut answers, Pillar::Control, c);
                    answer_all(&mut answers, Pillar::Competence, k);
                    answer_all(&mut answers, Pillar::Clarity, l);
                    found.insert(interpret(Scores::from_answers(&answers).unwrap()));
                }
            }
        }
        assert_eq!(found.len(), Pattern::ALL.len());
    }

    #[test]
    fn reasons_quote_the_numbers() {
        let r = reason(scores(80, 50, 45));
        assert!(r.contains("average 47.5"), "{r}");
        assert!(r.contains("32.5 points ahead"), "{r}");
        let r = reason(scores(30, 70, 60));
        assert!(r.contains("35 points behind"), "{r}");
        assert!(reason(scores(80, 85, 90)).contains("75 or more"));
        assert!(reason(scores(60, 85, 40)).contains("45 points apart"));
        assert!(reason(scores(50, 50, 50)).contains("not all three reach 75"));
    }

    #[test]
    fn the_weakest_component_gets_the_actions_and_pillars_win_ties() {
        assert_eq!(weakest(scores(30, 60, 70)), Pillar::Control);
        assert_eq!(weakest(scores(70, 30, 60)), Pillar::Competence);
        assert_eq!(weakest(scores(70, 60, 30)), Pillar::Clarity);
        // Ties: competence before clarity before control.
        assert_eq!(weakest(scores(50, 50, 50)), Pillar::Competence);
        assert_eq!(weakest(scores(40, 60, 40)), Pillar::Clarity);
        assert_eq!(weakest(scores(40, 40, 60)), Pillar::Competence);
        assert_eq!(weakest(scores(39, 40, 40)), Pillar::Control);

        let (pillar, actions) = next_actions(scores(80, 40, 70));
        assert_eq!(pillar, Pillar::Competence);
        assert!((2..=3).contains(&actions.len()));
        assert!(actions.iter().all(|a| a.pillar == Pillar::Competence));
        let (pillar, actions) = next_actions(scores(20, 70, 60));
        assert_eq!(pillar, Pillar::Control);
        assert!(actions.iter().all(|a| a.pillar == Pillar::Control));
        // Control ahead always points at a pillar, never at more control.
        for c in (0..=100).step_by(5) {
            for k in (0..=100).step_by(5) {
                for l in (0..=100).step_by(5) {
                    let s = scores(c, k, l);
                    if interpret(s) == Pattern::ControlAhead {
                        assert_ne!(weakest(s), Pillar::Control, "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn unanswered_questions_are_listed_in_order() {
        let mut data = AssessmentData::default();
        let all = data.missing();
        assert_eq!(all.statements.len(), STATEMENTS.len());
        assert!(all.rung);
        assert_eq!(all.count(), question_count());
        assert_eq!(data.tally().done, 0);

        data.answer(STATEMENTS[0].id, 4, 5_000);
        data.answer(STATEMENTS[2].id, 2, 6_000);
        data.answer("not-a-statement", 3, 6_000);
        data.answer(STATEMENTS[3].id, 0, 6_000);
        data.answer(STATEMENTS[3].id, 6, 6_000);
        data.set_rung(8, 6_000);
        let d = data.draft.as_ref().unwrap();
        assert_eq!(d.started_at, 5_000);
        assert_eq!(d.answers.len(), 2);
        assert_eq!(data.answer_of(STATEMENTS[0].id), Some(4));
        assert_eq!(data.draft_rung(), None);
        let missing = data.missing();
        assert_eq!(missing.statements[0].id, STATEMENTS[1].id);
        assert_eq!(missing.statements[1].id, STATEMENTS[3].id);
        assert_eq!(missing.count(), question_count() - 2);
        assert_eq!(data.tally().done, 2);

        // Completing is refused, and nothing changes.
        let before = data.clone();
        assert_eq!(data.complete(Role::Leader, 9_000), Err(missing));
        assert_eq!(data, before);

        // The ladder alone missing is pointed out too.
        let mut data = full_draft([3, 3, 3], 1);
        data.draft.as_mut().unwrap().rung = None;
        let missing = data.missing();
        assert!(missing.statements.is_empty() && missing.rung);
        assert!(data.complete(Role::Member, 9_000).is_err());
    }

    #[test]
    fn completing_stores_date_role_answers_rung_and_scores_and_clears_the_draft() {
        let mut data = full_draft([4, 2, 5], 3);
        assert!(data.missing().is_empty());
        assert_eq!(data.complete(Role::Member, 10_000), Ok(10_000));
        assert!(data.draft.is_none());
        let a = data.latest().unwrap();
        assert_eq!(a.taken_at, 10_000);
        assert_eq!(a.role(), Some(Role::Member));
        assert_eq!(a.rung, Some(3));
        assert_eq!(a.answers.len(), STATEMENTS.len());
        assert_eq!(a.scores, scores(75, 25, 100));
        // A second one, with a clock that went backwards, is still the latest.
        let mut again = full_draft([2, 2, 2], 5);
        again.history = data.history.clone();
        assert_eq!(again.complete(Role::Leader, 9_000), Ok(10_001));
        assert_eq!(again.latest().unwrap().scores, scores(25, 25, 25));
        assert_eq!(again.before(10_001).unwrap().taken_at, 10_000);
        assert_eq!(again.before(10_000), None);
        assert_eq!(again.chronological().len(), 2);
    }

    #[test]
    fn stored_scores_survive_changed_answers() {
        let mut data = full_draft([3, 3, 3], 4);
        data.complete(Role::Leader, 1).unwrap();
        // Reading back an old assessment uses its stored scores, not a rescore.
        data.history[0].scores = scores(10, 20, 30);
        assert_eq!(data.latest().unwrap().scores, scores(10, 20, 30));
    }

    #[test]
    fn delete_and_undo_put_an_assessment_back_in_its_place() {
        let mut data = AssessmentData::default();
        for (t, v) in [(100, 2), (200, 3), (300, 4)] {
            let mut d = full_draft([v, v, v], 5);
            d.history = data.history.clone();
            d.complete(Role::Leader, t).unwrap();
            data = d;
        }
        let removed = data.delete(200).unwrap();
        assert_eq!(data.delete(200), None);
        assert_eq!(data.history.len(), 2);
        assert_eq!(data.before(300).unwrap().taken_at, 100);
        data.restore(removed.clone());
        let times: Vec<_> = data.history.iter().map(|a| a.taken_at).collect();
        assert_eq!(times, [100, 200, 300]);
        // Undoing twice does not duplicate it.
        data.restore(removed);
        assert_eq!(data.history.len(), 3);
    }

    #[test]
    fn change_between_assessments_per_component() {
        let d = change(scores(40, 60, 50), scores(55, 60, 35));
        assert_eq!(
            d,
            [
                (Pillar::Control, 15),
                (Pillar::Competence, 0),
                (Pillar::Clarity, -15)
            ]
        );
        assert_eq!(change_words(15), "up 15");
        assert_eq!(change_words(0), "no change");
        assert_eq!(change_words(-15), "down 15");
        assert_eq!(change_sign(15), "+15");
        assert_eq!(change_sign(-15), "\u{2212}15");
        assert_eq!(change_sign(0), "0");
    }

    #[test]
    fn summary_words_say_what_is_held() {
        let mut data = AssessmentData::default();
        assert_eq!(data.summary_words(), None);
        data.answer(STATEMENTS[0].id, 3, 1);
        assert_eq!(
            data.summary_words().unwrap(),
            "a self-assessment in progress"
        );
        let mut data = full_draft([3, 3, 3], 2);
        data.complete(Role::Leader, 5).unwrap();
        assert_eq!(data.summary_words().unwrap(), "1 self-assessment");
        data.answer(STATEMENTS[0].id, 3, 6);
        assert_eq!(
            data.summary_words().unwrap(),
            "1 self-assessment and one in progress"
        );
    }

    #[test]
    fn validate_keeps_imports_within_limits() {
        let mut good = full_draft([3, 4, 5], 5);
        good.complete(Role::Leader, 1_000).unwrap();
        good.answer(STATEMENTS[0].id, 2, 2_000);
        // Ids this version does not ask are allowed.
        good.history[0]
            .answers
            .insert("statement-from-a-later-version".into(), 3);
        assert_eq!(good.validate(), Ok(()));

        let bad = |change: fn(&mut AssessmentData)| {
            let mut d = good.clone();
            change(&mut d);
            d.validate().unwrap_err()
        };
        assert!(bad(|d| d.history[0].role = "Admiral".into()).contains("role"));
        // A role from a newer version is kept.
        let mut newer = good.clone();
        newer.history[0].role = "coach".into();
        newer.draft.as_mut().unwrap().role = Some("coach".into());
        assert_eq!(newer.validate(), Ok(()));
        assert!(bad(|d| {
            d.history[0].answers.insert(STATEMENTS[0].id.into(), 6);
        })
        .contains("answers go from 1 to 5"));
        assert!(bad(|d| {
            d.history[0].answers.insert("Bad Id".into(), 3);
        })
        .contains("not a valid statement name"));
        assert!(bad(|d| d.history[0].rung = Some(0)).contains("rung 0"));
        assert!(bad(|d| d.history[0].scores.clarity = 101).contains("above 100"));
        assert!(bad(|d| d.history[0].taken_at = MAX_TIME_MS + 1).contains("9999"));
        assert!(bad(|d| {
            let copy = d.history[0].clone();
            d.history.push(copy);
        })
        .contains("twice"));
        assert!(bad(|d| {
            let a = d.history[0].clone();
            d.history = (0..=MAX_ASSESSMENTS as u64)
                .map(|t| Assessment {
                    taken_at: t,
                    ..a.clone()
                })
                .collect();
        })
        .contains("at most 500"));
        assert!(bad(|d| {
            let answers = &mut d.history[0].answers;
            for i in 0..=MAX_ANSWERS {
                answers.insert(format!("extra-{i}"), 3);
            }
        })
        .contains("at most 100"));
        assert!(bad(|d| d.draft.as_mut().unwrap().rung = Some(9)).contains("in progress"));
        assert!(bad(|d| {
            d.draft.as_mut().unwrap().answers.insert("x".into(), 0);
        })
        .contains("in progress"));
        assert!(bad(|d| d.draft.as_mut().unwrap().started_at = u64::MAX).contains("9999"));
    }

    #[test]
    fn a_stored_version_3_sample_reads_and_round_trips() {
        let sample = include_str!("../../tests/fixtures/saved-v3.json");
        let data = decode(sample).expect("version 3 sample reads");
        let a = data.assessments.ready().unwrap();
        assert_eq!(a.validate(), Ok(()));
        assert_eq!(a.history.len(), 2);
        let first = &a.history[0];
        assert_eq!(first.taken_at, 1_763_100_000_000);
        assert_eq!(first.role(), Some(Role::Leader));
        assert_eq!(first.scores, scores(80, 45, 50));
        assert_eq!(first.rung, Some(2));
        assert_eq!(first.pattern(), Pattern::ControlAhead);
        let latest = a.latest().unwrap();
        assert_eq!(latest.scores, scores(70, 65, 70));
        assert_eq!(latest.pattern(), Pattern::Building);
        // The stored scores match what the stored answers give today.
        assert_eq!(Scores::from_answers(&first.answers), Some(first.scores));
        assert_eq!(Scores::from_answers(&latest.answers), Some(latest.scores));
        let draft = a.draft.as_ref().unwrap();
        assert_eq!(draft.answers.len(), 3);
        assert_eq!(draft.rung, Some(5));
        assert_eq!(draft.tally().done, 4);
        assert_eq!(data.progress.role.as_deref(), Some("leader"));
        // Reading and writing again loses nothing.
        assert_eq!(decode(&data.encode()), Ok(data));
    }

    #[test]
    fn the_markdown_section_has_latest_scores_pattern_and_history() {
        let empty = markdown_section(&AssessmentData::default(), &|_| 0);
        assert!(empty.starts_with("## Self-assessment\n"));
        assert!(empty.contains("No self-assessment completed yet."));

        let sample = include_str!("../../tests/fixtures/saved-v3.json");
        let data = decode(sample).unwrap();
        let md = markdown_section(data.assessments.ready().unwrap(), &|_| 0);
        assert!(
            md.starts_with("## Self-assessment\n\nLatest: 2025-11-24 04:53 UTC, answered "),
            "{md}"
        );
        assert!(
            md.contains("| 2025-11-14 06:00 UTC | Leader | 80 |"),
            "{md}"
        );
        assert!(md.contains("| Control | 70 |"));
        assert!(md.contains("| Competence | 65 |"));
        assert!(md.contains("| Clarity | 70 |"));
        assert!(md.contains(&format!("**{}.**", Pattern::Building.title())));
        assert!(md.contains("rung 4 of 7, \"I would like to…\""));
        assert!(md.contains("Next actions for the weakest component, competence:"));
        assert!(md.contains("(Step 4: Support control with competence and clarity)"));
        assert!(md.contains("### Every assessment"));
        assert!(md.contains("| 80 | 45 | 50 | Control is running ahead"));
        assert!(md.contains("| 70 (\u{2212}10) | 65 (+20) | 70 (+20) |"));

        // In the visitor's time zone, each time with the offset it had.
        let auckland = markdown_section(data.assessments.ready().unwrap(), &|_| 780);
        assert!(auckland.contains("Latest: 2025-11-24 17:53 UTC+13, answered"));
        assert!(auckland.contains("| 2025-11-14 19:00 UTC+13 | Leader |"));
        let la = markdown_section(data.assessments.ready().unwrap(), &|t| {
            if t < 1_763_500_000_000 {
                -420
            } else {
                -480
            }
        });
        assert!(la.contains("| 2025-11-13 23:00 UTC-7 | Leader |"), "{la}");
        assert!(la.contains("Latest: 2025-11-23 20:53 UTC-8, answered"));
    }

    #[test]
    fn a_role_switch_with_answers_is_noticed() {
        let mut data = AssessmentData::default();
        // Nothing answered: nothing to say.
        assert_eq!(data.role_switch(Role::Member, Some(Role::Leader)), None);
        data.answer("control-intent", 4, 1_000);
        data.set_rung(3, 1_000);
        // A draft that does not say its role is in the role it was seen in.
        assert_eq!(data.role_switch(Role::Leader, None), None);
        assert_eq!(data.role_switch(Role::Leader, Some(Role::Leader)), None);
        assert_eq!(
            data.role_switch(Role::Member, Some(Role::Leader)),
            Some((Role::Leader, 2))
        );
        // Once recorded, the draft's own role counts.
        data.set_draft_role(Role::Member);
        assert_eq!(data.draft.as_ref().unwrap().role.as_deref(), Some("member"));
        assert_eq!(data.role_switch(Role::Member, Some(Role::Leader)), None);
        assert_eq!(
            data.role_switch(Role::Leader, Some(Role::Leader)),
            Some((Role::Member, 2))
        );
        // Keeping the answers for the new role ends the question.
        data.set_draft_role(Role::Leader);
        assert_eq!(data.role_switch(Role::Leader, None), None);
        // Starting afresh throws the draft away.
        data.discard_draft();
        assert_eq!(data.draft, None);
        assert_eq!(data.role_switch(Role::Member, Some(Role::Leader)), None);
        // Without a draft there is no role to record.
        data.set_draft_role(Role::Member);
        assert_eq!(data.draft, None);
    }

    #[test]
    fn the_draft_role_is_saved_only_when_known_and_checked_on_import() {
        let mut data = AssessmentData::default();
        data.answer("control-intent", 4, 1_000);
        // A draft without a role is written as before.
        let json = serde_json::to_string(&data).unwrap();
        assert!(!json.contains("role"), "{json}");
        data.set_draft_role(Role::Member);
        let json = serde_json::to_string(&data).unwrap();
        assert!(json.contains(r#""role":"member""#), "{json}");
        let back: AssessmentData = serde_json::from_str(&json).unwrap();
        assert_eq!(back, data);
        assert_eq!(data.validate(), Ok(()));
        data.draft.as_mut().unwrap().role = Some("captain".into());
        assert_eq!(data.validate(), Ok(()));
        data.draft.as_mut().unwrap().role = Some("Captain Hook".into());
        assert!(data.validate().unwrap_err().contains("\"Captain Hook\""));
    }

    // Natively only: a WebAssembly build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn refusals_follow_the_language() {
        use crate::text::{set_lang, Lang};
        let mut data = AssessmentData::default();
        data.answer("control-intent", 4, 1_000);
        data.set_draft_role(Role::Member);
        data.draft.as_mut().unwrap().role = Some("Captain \"Hook\"".into());
        set_lang(Lang::De);
        assert_eq!(
            data.validate().unwrap_err(),
            "die begonnene Selbsteinschätzung hat die Rolle „Captain \\\"Hook\\\"“, die kein \
             gültiger Rollenname ist"
        );
        set_lang(Lang::Fr);
        assert_eq!(
            data.validate().unwrap_err(),
            "l’auto-évaluation en cours a le rôle «\u{202f}Captain \\\"Hook\\\"\u{202f}», qui \
             n’est pas un nom de rôle valide"
        );
        set_lang(Lang::En);
        assert_eq!(
            data.validate().unwrap_err(),
            "the self-assessment in progress has the role \"Captain \\\"Hook\\\"\", which is \
             not a valid role name"
        );
    }
}

// Natively only: a WebAssembly build speaks one language.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod language_tests {
    use super::*;
    use crate::model::decode;
    use crate::text::{set_lang, Lang};

    fn scores(control: u8, competence: u8, clarity: u8) -> Scores {
        Scores {
            control,
            competence,
            clarity,
        }
    }

    #[test]
    fn reasons_rules_and_changes_are_said_in_the_visitors_language() {
        set_lang(Lang::De);
        let r = reason(scores(80, 50, 45));
        assert!(r.contains("im Schnitt 47,5"), "{r}");
        assert!(r.contains("32,5 Punkte über"), "{r}");
        assert!(reason(scores(60, 85, 40)).contains("45 Punkte auseinander"));
        assert!(scoring_words().starts_with("Jede Säule wird von 0 bis 100"));
        assert!(rules()[0].contains("20 Punkte oder mehr"), "{:?}", rules());
        assert!(rules()[3].contains("75 oder mehr"), "{:?}", rules());
        assert_eq!(change_words(10), "10 höher");
        assert_eq!(change_words(-5), "5 niedriger");
        assert_eq!(change_words(0), "unverändert");
        set_lang(Lang::Fr);
        assert!(reason(scores(80, 50, 45)).contains("en moyenne 47,5"));
        assert_eq!(change_words(-5), "en baisse de 5");
        set_lang(Lang::Es);
        assert_eq!(change_words(10), "sube 10");
        set_lang(Lang::En);
        assert_eq!(change_words(10), "up 10");
        assert_eq!(change_words(-5), "down 5");
        assert_eq!(change_words(0), "no change");
    }

    /// English words the Markdown section and the explanations used to be
    /// built from: none may be left in another language's output.
    const ENGLISH: [&str; 13] = [
        "Self-assessment",
        "Latest",
        "answered",
        "Score (out of",
        "Ladder of Leadership",
        "Next actions",
        "weakest component",
        "Step ",
        "Every assessment",
        "| Date | Role |",
        "Numbers in brackets",
        "average",
        "in progress",
    ];

    #[test]
    fn the_markdown_section_is_written_in_the_visitors_language() {
        let sample = include_str!("../../tests/fixtures/saved-v3.json");
        let data = decode(sample).unwrap();
        let mut with_draft = data.assessments.ready().unwrap().clone();
        with_draft.answer("control-intent", 4, 1);
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            set_lang(lang);
            let md = markdown_section(&with_draft, &|_| 0);
            let empty = markdown_section(&AssessmentData::default(), &|_| 0);
            let mut draft_only = AssessmentData::default();
            draft_only.answer("control-intent", 4, 1);
            let draft = markdown_section(&draft_only, &|_| 0);
            let said = format!(
                "{md}{empty}{draft}{}{}",
                with_draft.summary_words().unwrap_or_default(),
                rules().join(" ")
            );
            for english in ENGLISH {
                assert!(
                    !said.contains(english),
                    "{lang:?} still says {english:?}: {said}"
                );
            }
            assert!(draft.contains("1"), "{draft}");
        }
        set_lang(Lang::De);
        let md = markdown_section(data.assessments.ready().unwrap(), &|_| 0);
        assert!(md.starts_with("## Selbsteinschätzung\n\nZuletzt: "), "{md}");
        assert!(md.contains("| Säule | Wert (von 100) |"), "{md}");
        assert!(
            md.contains("Nächste Maßnahmen für die schwächste Säule, Kompetenz:"),
            "{md}"
        );
        assert!(
            md.contains("Leiter der Führung: Sprosse 4 von 7, „Ich würde gern …“."),
            "{md}"
        );
        set_lang(Lang::En);
    }
}
