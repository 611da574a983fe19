//! Team rounds: asking colleagues, with no server, how the visitor or their
//! team does on control, competence and clarity.
//!
//! The person asking starts a [`Round`]; its invitation travels as a link
//! ([`codes::Invitation`], after the `#`); each person answering gets a
//! sealed code ([`codes::SealedCode`] around an [`codes::Answer`]) to send
//! back; the asker pastes codes (found in any text by [`find::find_codes`],
//! each read and checked by [`RoundsData::triage`]) or opens reply links;
//! the browser opens each code with the round's private key and
//! [`RoundsData::add`] keeps the answer; once the round is closed with at least
//! [`results::MIN_ANSWERS`] answers, [`results::results`] sets the others'
//! view beside the asker's own.
//!
//! Pure Rust, no browser types: the sealing (ECDH, HKDF, AES-GCM) is done
//! by the browser's `SubtleCrypto`; everything around it is here and
//! tested with `cargo test`.
//!
//! - [`text`]: base64url, CRC-32 and the framing shared by links and codes.
//! - [`codes`]: the invitation, the answer and the sealed code; their bytes,
//!   their text, and [`CodeError`] with a message for each failure.
//! - [`find`]: codes in pasted text (emails, chat, wrapped lines, links).
//! - this module: the round as saved, its answers, closing.
//! - [`results`]: averages, spread, gaps against the self-assessment, the
//!   ladder, the pattern, the comments, all withheld until the round is
//!   closed with enough answers.
//!
//! # Saved data
//!
//! Rounds are saved as [`RoundsData`]. Every struct reads with
//! `#[serde(default)]`, so fields added later read as empty from older
//! data; kinds and roles are kept as their string ids, so a value this
//! version does not know is kept as it is (the round is shown but takes no
//! answers), and refused on import by [`RoundsData::validate`].
//!
//! Answers are saved as values by statement id, sorted by their answer id,
//! not in the order they arrived, and with no time: the saved data says
//! nothing about who answered first.

pub mod codes;
pub mod find;
pub mod results;
pub mod text;

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

pub use codes::{Answer, CodeError, Invitation, RoundId, RoundKind, SealedCode};

use super::time::{iso_date, parse_iso_datetime, MAX_TIME_MS};
use crate::content::Role;
use crate::text::fill;
use codes::{InvitationProblem, MAX_COMMENT_CHARS, MAX_NAME_CHARS, PUBLIC_KEY_BYTES, RUNGS};
use find::{find_codes, Candidate, CandidateKind, NoCode};

/// The most rounds kept.
pub const MAX_ROUNDS: usize = 200;
/// The most answers one round takes.
pub const MAX_ROUND_ANSWERS: usize = 500;
/// The longest private key kept, in characters (a P-256 JWK is about 250).
pub const MAX_PRIVATE_KEY_CHARS: usize = 2_000;

const MS_PER_DAY: u64 = 86_400_000;

/// Every round the visitor has started.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoundsData {
    /// Oldest first.
    pub rounds: Vec<Round>,
}

/// One round, as saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Round {
    /// The round id: 16 lower-case hex digits ([`RoundId::hex`]).
    pub id: String,
    /// "about-me" or "team" ([`RoundKind::id`]).
    pub kind: String,
    /// About me: the asker's role when the round started, "leader" or
    /// "member" (the wording colleagues saw).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The name shown to the people answering.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The closing date shown to the people answering, `YYYY-MM-DD`. The
    /// round stays open until the asker closes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes_on: Option<String>,
    /// When it started (ms since 1970).
    pub started_at: u64,
    /// When it was closed; `None` while open.
    pub closed_at: Option<u64>,
    /// The asker's public key, raw P-256 as base64url (87 characters).
    pub public_key: String,
    /// The asker's private key as the browser exported it (a JWK, as JSON
    /// text). Opaque here; it goes into backups so a restored browser can
    /// still open late codes.
    pub private_key: String,
    /// About our team: the organiser's own answers, by statement id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub own: BTreeMap<String, u8>,
    /// The answers received, sorted by answer id.
    pub answers: Vec<ReceivedAnswer>,
}

/// One answer as kept in the round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReceivedAnswer {
    /// [`SealedCode::answer_id`]: recognises the same answer added twice.
    pub id: String,
    /// Value (1 to 5) by statement id.
    pub values: BTreeMap<String, u8>,
    /// About me: the rung of the Ladder of Leadership (1 to 7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rung: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// Why an answer was not added. Each has its own message; nothing already
/// collected changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddError {
    /// The code itself could not be read or opened (a failed AES-GCM check
    /// is [`CodeError::Damaged`]).
    Code(CodeError),
    /// This answer is already in the round.
    Duplicate,
    /// The round is closed.
    Closed,
    /// An invitation was pasted, not an answer.
    Invitation,
}

impl AddError {
    /// What to tell the asker.
    pub fn message(self) -> &'static str {
        let t = crate::text::rounds_page::code_problem();
        match self {
            AddError::Code(e) => e.code_message(),
            AddError::Duplicate => t.duplicate,
            AddError::Closed => t.closed,
            AddError::Invitation => t.invitation,
        }
    }
}

impl From<CodeError> for AddError {
    fn from(e: CodeError) -> Self {
        AddError::Code(e)
    }
}

/// One code found in a paste, and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pasted {
    /// Where it is in the pasted text, and the code joined into one piece.
    pub candidate: Candidate,
    /// The code to open with the round's key, or why it cannot be added.
    pub outcome: Result<SealedCode, AddError>,
}

/// What the asker chose when starting a round, with the keys the browser
/// made for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRound<'a> {
    /// Random, from the browser's `crypto.getRandomValues`.
    pub id: RoundId,
    pub kind: RoundKind,
    pub name: Option<&'a str>,
    /// The closing date, in days since 1970-01-01.
    pub closes_on_day: Option<u16>,
    pub public_key: &'a [u8],
    pub private_key: &'a str,
}

/// Why a round could not be started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartProblem {
    Invitation(InvitationProblem),
    /// A round with this id exists (make a new id and try again).
    SameId,
    /// [`MAX_ROUNDS`] rounds are kept already.
    TooMany,
}

/// The date `YYYY-MM-DD` of a day number (days since 1970-01-01).
pub fn day_to_date(day: u16) -> String {
    iso_date(u64::from(day) * MS_PER_DAY)
}

/// The day number of a date `YYYY-MM-DD`, if it is a real date from
/// 1970-01-02 to 2149-06-06.
pub fn date_to_day(date: &str) -> Option<u16> {
    if date.len() != 10 {
        return None;
    }
    let ms = parse_iso_datetime(&format!("{date}T00:00:00Z"))?;
    u16::try_from(ms / MS_PER_DAY).ok().filter(|&d| d > 0)
}

impl Round {
    /// The kind, if this version knows it.
    pub fn kind(&self) -> Option<RoundKind> {
        match self.kind.as_str() {
            "team" => Some(RoundKind::Team),
            "about-me" => Some(RoundKind::AboutMe(Role::from_id(self.role.as_deref()?)?)),
            _ => None,
        }
    }

    /// The round id, if well formed.
    pub fn round_id(&self) -> Option<RoundId> {
        RoundId::from_hex(&self.id)
    }

    /// Whether it still takes answers.
    pub fn is_open(&self) -> bool {
        self.closed_at.is_none()
    }

    /// The closing date as a day number.
    pub fn closes_on_day(&self) -> Option<u16> {
        self.closes_on.as_deref().and_then(date_to_day)
    }

    /// Whether the closing date has passed on `today` (a day number): a
    /// hint to close the round, which stays open until the asker closes it.
    pub fn past_closing(&self, today: u16) -> bool {
        self.is_open() && self.closes_on_day().is_some_and(|d| today > d)
    }

    /// The invitation, to make the link again; `None` if the round's saved
    /// data is not one this version can invite to.
    pub fn invitation(&self) -> Option<Invitation> {
        let key = text::from_base64url(&self.public_key)?;
        if !key.exact {
            return None;
        }
        Invitation::new(
            self.round_id()?,
            self.kind()?,
            self.name.as_deref(),
            self.closes_on_day(),
            &key.bytes,
        )
        .ok()
    }

    /// Whether an answer with this id is in the round.
    pub fn has_answer(&self, answer_id: &str) -> bool {
        self.answers.iter().any(|a| a.id == answer_id)
    }
}

impl RoundsData {
    /// The round with this id.
    pub fn find(&self, id: RoundId) -> Option<&Round> {
        let hex = id.hex();
        self.rounds.iter().find(|r| r.id == hex)
    }

    fn find_mut(&mut self, id: RoundId) -> Option<&mut Round> {
        let hex = id.hex();
        self.rounds.iter_mut().find(|r| r.id == hex)
    }

    /// Starts a round, open, with no answers; returns its invitation.
    pub fn start(&mut self, new: NewRound<'_>, now: u64) -> Result<Invitation, StartProblem> {
        let invitation = Invitation::new(
            new.id,
            new.kind,
            new.name,
            new.closes_on_day,
            new.public_key,
        )
        .map_err(StartProblem::Invitation)?;
        if self.find(new.id).is_some() {
            return Err(StartProblem::SameId);
        }
        if self.rounds.len() >= MAX_ROUNDS {
            return Err(StartProblem::TooMany);
        }
        self.rounds.push(Round {
            id: new.id.hex(),
            kind: new.kind.id().to_string(),
            role: match new.kind {
                RoundKind::AboutMe(role) => Some(role.id().to_string()),
                RoundKind::Team => None,
            },
            name: invitation.name.clone(),
            closes_on: invitation.closes_on_day.map(day_to_date),
            started_at: now,
            closed_at: None,
            public_key: text::base64url(&invitation.public_key),
            private_key: new.private_key.to_string(),
            own: BTreeMap::new(),
            answers: Vec::new(),
        });
        Ok(invitation)
    }

    /// The round a sealed code can be added to, checked before it is
    /// opened: the code's round is in this browser (and is `expected`, when
    /// the asker is adding to one round), open, and does not have this
    /// answer yet. The caller then opens the code with the round's private
    /// key and calls [`RoundsData::add`].
    pub fn check(&self, code: &SealedCode, expected: Option<RoundId>) -> Result<&Round, AddError> {
        if expected.is_some_and(|id| id != code.round) {
            return Err(CodeError::OtherRound.into());
        }
        let round = self.find(code.round).ok_or(CodeError::OtherRound)?;
        if round.has_answer(&code.answer_id()) {
            return Err(AddError::Duplicate);
        }
        if !round.is_open() {
            return Err(AddError::Closed);
        }
        if round.kind().is_none() || round.answers.len() >= MAX_ROUND_ANSWERS {
            return Err(CodeError::Damaged.into());
        }
        Ok(round)
    }

    /// Everything pasted at once, ready to open: each code found in `text`
    /// with the code read and checked ([`RoundsData::check`]), or why it
    /// cannot be added. The same code twice in one paste is a duplicate the
    /// second time, before either is added. `Err` when there is no code.
    pub fn triage(&self, text: &str, expected: Option<RoundId>) -> Result<Vec<Pasted>, NoCode> {
        let mut seen = HashSet::new();
        Ok(find_codes(text)?
            .into_iter()
            .map(|candidate| {
                let outcome = match candidate.kind {
                    CandidateKind::Invitation => Err(AddError::Invitation),
                    CandidateKind::Answer => SealedCode::decode(&candidate.code)
                        .map_err(AddError::Code)
                        .and_then(|code| {
                            self.check(&code, expected)?;
                            if seen.insert(code.answer_id()) {
                                Ok(code)
                            } else {
                                Err(AddError::Duplicate)
                            }
                        }),
                };
                Pasted { candidate, outcome }
            })
            .collect())
    }

    /// Adds an opened answer to its round, after the same checks as
    /// [`RoundsData::check`], and that the answer is of the round's kind.
    pub fn add(&mut self, code: &SealedCode, answer: &Answer) -> Result<(), AddError> {
        let round = self.check(code, Some(answer.round))?;
        if round.kind() != Some(answer.kind) {
            return Err(CodeError::Damaged.into());
        }
        let received = ReceivedAnswer {
            id: code.answer_id(),
            values: answer.by_id().map(|(id, v)| (id.to_string(), v)).collect(),
            rung: answer.rung,
            comment: answer.comment.clone(),
        };
        let round = self.find_mut(code.round).expect("checked above");
        let at = round.answers.partition_point(|a| a.id < received.id);
        round.answers.insert(at, received);
        Ok(())
    }

    /// Closes a round: it takes no more answers. Closing a closed round
    /// changes nothing. `false` when there is no such round.
    pub fn close(&mut self, id: RoundId, now: u64) -> bool {
        match self.find_mut(id) {
            Some(round) => {
                round.closed_at.get_or_insert(now);
                true
            }
            None => false,
        }
    }

    /// Records the organiser's own answers to a team round (values 1 to 5
    /// for its statements; others are ignored). `false` when there is no
    /// such team round.
    pub fn set_own(&mut self, id: RoundId, values: &BTreeMap<String, u8>) -> bool {
        let Some(round) = self.find_mut(id) else {
            return false;
        };
        let Some(kind) = round.kind() else {
            return false;
        };
        let ids = codes::statement_ids(kind);
        round.own = values
            .iter()
            .filter(|(id, v)| ids.contains(&id.as_str()) && (1..=5).contains(*v))
            .map(|(id, v)| (id.clone(), *v))
            .collect();
        true
    }

    /// Removes a round and returns it.
    pub fn delete(&mut self, id: RoundId) -> Option<Round> {
        let hex = id.hex();
        let i = self.rounds.iter().position(|r| r.id == hex)?;
        Some(self.rounds.remove(i))
    }

    /// Limits for an imported file; `Err` says what is wrong, in words.
    /// Unknown kinds and roles, which reading keeps, are refused here.
    pub fn validate(&self) -> Result<(), String> {
        let words = crate::text::rounds_list::backup_problem();
        let count = |n: usize| crate::text::integer(n as u64);
        if self.rounds.len() > MAX_ROUNDS {
            return Err(fill(
                words.too_many,
                &[
                    ("n", &count(self.rounds.len())),
                    ("max", &count(MAX_ROUNDS)),
                ],
            ));
        }
        let mut ids = HashSet::new();
        for (n, r) in self.rounds.iter().enumerate() {
            let what = fill(words.round, &[("n", &count(n + 1))]);
            // The reason `text`, about this round, with `max` filled in.
            let why =
                |text: &str, max: usize| Err(fill(text, &[("round", &what), ("max", &count(max))]));
            if r.round_id().is_none() {
                return why(words.no_id, 0);
            }
            if !ids.insert(&r.id) {
                return why(words.twice, 0);
            }
            let Some(kind) = r.kind() else {
                return why(words.unknown_kind, 0);
            };
            if matches!(kind, RoundKind::Team) && r.role.is_some() {
                return why(words.team_with_role, 0);
            }
            if r.invitation().is_none() {
                return why(words.damaged, 0);
            }
            if r.name
                .as_ref()
                .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS)
            {
                return why(words.long_name, MAX_NAME_CHARS);
            }
            if r.closes_on.is_some() && r.closes_on_day().is_none() {
                return why(words.bad_date, 0);
            }
            if r.started_at > MAX_TIME_MS || r.closed_at.is_some_and(|t| t > MAX_TIME_MS) {
                return why(words.late, 0);
            }
            if r.private_key.is_empty() || r.private_key.chars().count() > MAX_PRIVATE_KEY_CHARS {
                return why(words.no_key, 0);
            }
            if r.answers.len() > MAX_ROUND_ANSWERS {
                return Err(fill(
                    words.too_many_answers,
                    &[
                        ("round", &what),
                        ("n", &count(r.answers.len())),
                        ("max", &count(MAX_ROUND_ANSWERS)),
                    ],
                ));
            }
            let statement_ids = codes::statement_ids(kind);
            let known = |values: &BTreeMap<String, u8>| {
                values
                    .iter()
                    .all(|(id, v)| statement_ids.contains(&id.as_str()) && (1..=5).contains(v))
            };
            if !known(&r.own) {
                return why(words.own_answer, 0);
            }
            let mut answer_ids = HashSet::new();
            for a in &r.answers {
                let id_ok =
                    a.id.len() == 16 && text::from_base64url(&a.id).is_some_and(|d| d.exact);
                if !id_ok {
                    return why(words.answer_id, 0);
                }
                if !answer_ids.insert(&a.id) {
                    return why(words.same_answer, 0);
                }
                if !known(&a.values) {
                    return why(words.answer_value, 0);
                }
                if a.rung
                    .is_some_and(|g| !kind.asks_ladder() || !(1..=RUNGS).contains(&g))
                {
                    return why(words.rung, 0);
                }
                if a.comment
                    .as_ref()
                    .is_some_and(|c| c.chars().count() > MAX_COMMENT_CHARS)
                {
                    return why(words.long_comment, MAX_COMMENT_CHARS);
                }
            }
        }
        Ok(())
    }

    /// How many rounds, in words for the restore preview: "2 rounds (1
    /// open)". `None` when there are none.
    pub fn summary_words(&self) -> Option<String> {
        if self.rounds.is_empty() {
            return None;
        }
        let open = self.rounds.iter().filter(|r| r.is_open()).count();
        let words = crate::text::rounds_list::backup_rounds();
        let rounds = crate::text::plural(self.rounds.len(), words.rounds_one, words.rounds_other);
        Some(if open == 0 {
            rounds
        } else {
            fill(
                words.with_open,
                &[("rounds", &rounds), ("open", &open.to_string())],
            )
        })
    }
}

/// What the person answering has given so far, for one invitation: kept
/// under a storage key of its own so a closed tab loses nothing, apart from
/// the visitor's own saved data, and removed once the code is made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswerDraft {
    /// The round the draft answers ([`RoundId::hex`]).
    pub round: String,
    /// Value (1 to 5) by statement id.
    pub values: BTreeMap<String, u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rung: Option<u8>,
    pub comment: String,
}

impl AnswerDraft {
    /// An empty draft for `invitation`.
    pub fn new(invitation: &Invitation) -> Self {
        AnswerDraft {
            round: invitation.round.hex(),
            ..AnswerDraft::default()
        }
    }

    /// Whether this draft answers `invitation` (a draft for another round is
    /// started afresh rather than mixed in).
    pub fn answers(&self, invitation: &Invitation) -> bool {
        self.round == invitation.round.hex()
    }

    /// Records a value (1 to 5) for one of the invitation's statements;
    /// anything else is ignored.
    pub fn set(&mut self, invitation: &Invitation, statement_id: &str, value: u8) {
        if (1..=5).contains(&value) && codes::statement_ids(invitation.kind).contains(&statement_id)
        {
            self.values.insert(statement_id.to_string(), value);
        }
    }

    /// Records the rung (1 to 7) about a person, or clears it with `None`.
    pub fn set_rung(&mut self, invitation: &Invitation, rung: Option<u8>) {
        if invitation.kind.asks_ladder() && rung.is_none_or(|r| (1..=RUNGS).contains(&r)) {
            self.rung = rung;
        }
    }

    /// The invitation's statements still without a value, in order.
    pub fn missing(&self, invitation: &Invitation) -> Vec<&'static str> {
        codes::statement_ids(invitation.kind)
            .into_iter()
            .filter(|id| !self.values.get(*id).is_some_and(|v| (1..=5).contains(v)))
            .collect()
    }

    /// The answer to seal, once every statement has a value.
    pub fn answer(&self, invitation: &Invitation) -> Result<Answer, codes::AnswerProblem> {
        let values = codes::statement_ids(invitation.kind)
            .into_iter()
            .map(|id| self.values.get(id).copied().unwrap_or(0))
            .collect();
        let rung = self.rung.filter(|_| invitation.kind.asks_ladder());
        Answer::new(
            invitation.round,
            invitation.kind,
            values,
            rung,
            Some(&self.comment),
        )
    }
}

/// The raw public key of a round (65 bytes), for the browser to import.
pub fn public_key_bytes(round: &Round) -> Option<[u8; PUBLIC_KEY_BYTES]> {
    Some(round.invitation()?.public_key)
}

#[cfg(test)]
mod tests;
