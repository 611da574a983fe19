//! Practice tools: the genetic-code-of-control audit and the intent log (the
//! phrase coach adds to the log; its detector is [`super::phrases`]).
//!
//! Pure Rust with no browser types. Every change is an operation on the
//! entry with a given id ("set the status of entry X"), never on a position,
//! so two tabs that edit different entries both keep their edits (the app
//! applies each change to the freshest saved copy).
//!
//! Statuses, kinds and outcomes are saved as their string ids (see
//! [`AuditStatus`], [`IntentKind`], [`Outcome`]); a value this version does
//! not know is kept as it is, shown as the default, and refused on import by
//! [`PracticeData::validate`].

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::time::{day_date, iso_date, parse_iso_datetime};
use crate::content::practice::{outcome_pending, untitled};
use crate::content::{AuditStatus, IntentKind, Outcome, Pillar, LADDER};
use crate::text::{fill, integer, percent, plural, practice_page, practice_words};

/// The most audit entries kept.
pub const MAX_AUDIT_ENTRIES: usize = 100;
/// The most intent-log entries kept.
pub const MAX_INTENT_ENTRIES: usize = 500;
/// The longest "who decides" answer, in characters.
pub const MAX_SHORT_CHARS: usize = 300;
/// The longest of any other text field, in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// The longest entry id, in characters.
pub const MAX_ENTRY_ID_CHARS: usize = 40;
/// The most periods the intent chart shows (the latest ones).
pub const MAX_PERIODS: usize = 24;
/// Entries spread over more days than this are counted by month, else by week.
pub const WEEKLY_SPAN_DAYS: i64 = 91;

const MS_PER_DAY: u64 = 86_400_000;

/// Everything saved by the practice tools.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PracticeData {
    /// The genetic-code audit, in the visitor's order.
    pub audit: Vec<AuditEntry>,
    /// The intent log, newest first as added.
    pub intents: Vec<IntentEntry>,
}

/// One practice, procedure or approval that pulls a decision upward.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditEntry {
    /// Stable, unique within the audit.
    pub id: String,
    /// The practice, procedure or approval.
    pub practice: String,
    /// Who decides today.
    pub decides_now: String,
    /// Who should decide: where the information is.
    pub should_decide: String,
    /// The Ladder-of-Leadership rung people use for it today (1 to 7).
    pub rung_now: Option<u8>,
    /// The rung to reach (1 to 7).
    pub rung_target: Option<u8>,
    /// The competence needed before handing it down.
    pub competence: String,
    /// Whether that competence is in place.
    pub competence_ready: bool,
    /// The clarity needed before handing it down.
    pub clarity: String,
    /// Whether that clarity is in place.
    pub clarity_ready: bool,
    /// An [`AuditStatus`] id.
    pub status: String,
}

impl Default for AuditEntry {
    fn default() -> Self {
        Self {
            id: String::new(),
            practice: String::new(),
            decides_now: String::new(),
            should_decide: String::new(),
            rung_now: None,
            rung_target: None,
            competence: String::new(),
            competence_ready: false,
            clarity: String::new(),
            clarity_ready: false,
            status: AuditStatus::Found.id().to_string(),
        }
    }
}

/// A text field of an audit entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditField {
    Practice,
    DecidesNow,
    ShouldDecide,
    Competence,
    Clarity,
}

impl AuditField {
    /// The longest text kept in this field, in characters.
    pub fn max_chars(self) -> usize {
        match self {
            AuditField::DecidesNow | AuditField::ShouldDecide => MAX_SHORT_CHARS,
            _ => MAX_TEXT_CHARS,
        }
    }
}

/// Which rung of an audit entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RungSlot {
    /// The rung used today.
    Now,
    /// The rung to reach.
    Target,
}

impl AuditEntry {
    /// The status, or [`AuditStatus::Found`] for one this version does not know.
    pub fn status(&self) -> AuditStatus {
        AuditStatus::from_id(&self.status).unwrap_or(AuditStatus::Found)
    }

    /// The text of a field.
    pub fn text(&self, field: AuditField) -> &str {
        match field {
            AuditField::Practice => &self.practice,
            AuditField::DecidesNow => &self.decides_now,
            AuditField::ShouldDecide => &self.should_decide,
            AuditField::Competence => &self.competence,
            AuditField::Clarity => &self.clarity,
        }
    }

    fn text_mut(&mut self, field: AuditField) -> &mut String {
        match field {
            AuditField::Practice => &mut self.practice,
            AuditField::DecidesNow => &mut self.decides_now,
            AuditField::ShouldDecide => &mut self.should_decide,
            AuditField::Competence => &mut self.competence,
            AuditField::Clarity => &mut self.clarity,
        }
    }

    /// A rung.
    pub fn rung(&self, slot: RungSlot) -> Option<u8> {
        match slot {
            RungSlot::Now => self.rung_now,
            RungSlot::Target => self.rung_target,
        }
    }

    /// Whether the competence or the clarity is marked as in place. Control
    /// is not a precondition, so it always counts as ready.
    pub fn ready(&self, pillar: Pillar) -> bool {
        match pillar {
            Pillar::Control => true,
            Pillar::Competence => self.competence_ready,
            Pillar::Clarity => self.clarity_ready,
        }
    }

    /// Whether any of its text fields holds more than white space. An entry
    /// counts in the summary and its lists only once it does: one just
    /// added is not yet a decision that is held up.
    pub fn has_text(&self) -> bool {
        [
            &self.practice,
            &self.decides_now,
            &self.should_decide,
            &self.competence,
            &self.clarity,
        ]
        .iter()
        .any(|t| !t.trim().is_empty())
    }

    /// The entry's name for lists: the first line of the practice, or
    /// "Entry N (not named yet)".
    pub fn name(&self, number: usize) -> String {
        let first = self.practice.lines().next().unwrap_or("").trim();
        if first.is_empty() {
            untitled(number)
        } else {
            cut(first, 120)
        }
    }
}

/// One "I intend to…" or one request for permission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntentEntry {
    /// Stable, unique within the log.
    pub id: String,
    /// An [`IntentKind`] id.
    pub kind: String,
    /// `YYYY-MM-DD`, or empty when not given.
    pub date: String,
    /// What was said or asked.
    pub text: String,
    /// An [`Outcome`] id, or empty while not known.
    pub outcome: String,
    /// An optional note.
    pub note: String,
}

impl Default for IntentEntry {
    fn default() -> Self {
        Self {
            id: String::new(),
            kind: IntentKind::Intent.id().to_string(),
            date: String::new(),
            text: String::new(),
            outcome: String::new(),
            note: String::new(),
        }
    }
}

/// A text field of an intent-log entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntentField {
    Text,
    Note,
}

impl IntentEntry {
    /// The kind, or [`IntentKind::Intent`] for one this version does not know.
    pub fn kind(&self) -> IntentKind {
        IntentKind::from_id(&self.kind).unwrap_or(IntentKind::Intent)
    }

    /// The outcome, if known.
    pub fn outcome(&self) -> Option<Outcome> {
        Outcome::from_id(&self.outcome)
    }

    /// Whether what was said or the note holds more than white space. An
    /// entry counts in the statistics and the chart only once it does.
    pub fn has_text(&self) -> bool {
        !self.text.trim().is_empty() || !self.note.trim().is_empty()
    }

    /// The text of a field.
    pub fn text(&self, field: IntentField) -> &str {
        match field {
            IntentField::Text => &self.text,
            IntentField::Note => &self.note,
        }
    }
}

/// An entry taken out, with where it was, so that it can be put back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed<T> {
    pub index: usize,
    pub entry: T,
}

/// Whole days since 1970 of a `YYYY-MM-DD` date, if it is a real date.
pub fn date_days(date: &str) -> Option<i64> {
    if date.len() != 10 {
        return None;
    }
    let ms = parse_iso_datetime(&format!("{date}T00:00:00Z"))?;
    Some((ms / MS_PER_DAY) as i64)
}

/// Whether `s` is empty or a real `YYYY-MM-DD` date.
pub fn is_date_or_empty(s: &str) -> bool {
    s.is_empty() || date_days(s).is_some()
}

fn days_to_date(days: i64) -> String {
    iso_date(days.max(0) as u64 * MS_PER_DAY)
}

/// The first `max` characters of `s`.
fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// 1 to [`MAX_ENTRY_ID_CHARS`] characters of `a-z`, `0-9` and `-`.
pub fn is_entry_id(s: &str) -> bool {
    (1..=MAX_ENTRY_ID_CHARS).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("digits are ASCII")
}

impl PracticeData {
    /// True when nothing has been entered.
    pub fn is_empty(&self) -> bool {
        self.audit.is_empty() && self.intents.is_empty()
    }

    /// What the tools hold, in words, e.g. "3 audit entries and 1 intent-log
    /// entry". `None` when empty.
    pub fn count_words(&self) -> Option<String> {
        let words = practice_words::backup_counts();
        let mut parts = Vec::new();
        if !self.audit.is_empty() {
            parts.push(plural(self.audit.len(), words.audit_one, words.audit_other));
        }
        if !self.intents.is_empty() {
            parts.push(plural(
                self.intents.len(),
                words.intents_one,
                words.intents_other,
            ));
        }
        (!parts.is_empty()).then(|| crate::text::join_list(&parts))
    }

    /// An id made from the time and a counter that no entry uses yet, e.g.
    /// `a-m3x9k2qd-0`.
    pub fn fresh_id(&self, prefix: &str, now_ms: u64) -> String {
        let stamp = base36(now_ms);
        let taken: HashSet<&str> = self
            .audit
            .iter()
            .map(|e| e.id.as_str())
            .chain(self.intents.iter().map(|e| e.id.as_str()))
            .collect();
        (0u64..)
            .map(|n| format!("{prefix}-{stamp}-{}", base36(n)))
            .find(|id| !taken.contains(id.as_str()))
            .expect("a free id exists")
    }

    // --- Audit ---

    pub fn audit_entry(&self, id: &str) -> Option<&AuditEntry> {
        self.audit.iter().find(|e| e.id == id)
    }

    fn audit_mut(&mut self, id: &str) -> Option<&mut AuditEntry> {
        self.audit.iter_mut().find(|e| e.id == id)
    }

    /// The 1-based position of an entry.
    pub fn audit_number(&self, id: &str) -> Option<usize> {
        self.audit.iter().position(|e| e.id == id).map(|i| i + 1)
    }

    /// Adds an empty entry at the end; returns its id, or `None` when the
    /// audit is full.
    pub fn add_audit_entry(&mut self, now_ms: u64) -> Option<String> {
        if self.audit.len() >= MAX_AUDIT_ENTRIES {
            return None;
        }
        let id = self.fresh_id("a", now_ms);
        self.audit.push(AuditEntry {
            id: id.clone(),
            ..AuditEntry::default()
        });
        Some(id)
    }

    /// Sets a text field, cut to its limit.
    pub fn set_audit_text(&mut self, id: &str, field: AuditField, text: &str) {
        if let Some(e) = self.audit_mut(id) {
            *e.text_mut(field) = cut(text, field.max_chars());
        }
    }

    /// Sets a rung; anything outside 1 to 7 clears it.
    pub fn set_audit_rung(&mut self, id: &str, slot: RungSlot, rung: Option<u8>) {
        let rung = rung.filter(|r| (1..=7).contains(r));
        if let Some(e) = self.audit_mut(id) {
            match slot {
                RungSlot::Now => e.rung_now = rung,
                RungSlot::Target => e.rung_target = rung,
            }
        }
    }

    /// Marks the competence or the clarity as in place (or not).
    pub fn set_audit_ready(&mut self, id: &str, pillar: Pillar, ready: bool) {
        if let Some(e) = self.audit_mut(id) {
            match pillar {
                Pillar::Competence => e.competence_ready = ready,
                Pillar::Clarity => e.clarity_ready = ready,
                Pillar::Control => {}
            }
        }
    }

    pub fn set_audit_status(&mut self, id: &str, status: AuditStatus) {
        if let Some(e) = self.audit_mut(id) {
            e.status = status.id().to_string();
        }
    }

    /// Moves an entry one place up (`-1`) or down (`1`); returns whether it
    /// moved.
    pub fn move_audit_entry(&mut self, id: &str, by: isize) -> bool {
        let Some(i) = self.audit.iter().position(|e| e.id == id) else {
            return false;
        };
        let Some(j) = i.checked_add_signed(by).filter(|&j| j < self.audit.len()) else {
            return false;
        };
        let entry = self.audit.remove(i);
        self.audit.insert(j, entry);
        true
    }

    /// Takes an entry out; keep the result to put it back.
    pub fn remove_audit_entry(&mut self, id: &str) -> Option<Removed<AuditEntry>> {
        let index = self.audit.iter().position(|e| e.id == id)?;
        Some(Removed {
            index,
            entry: self.audit.remove(index),
        })
    }

    /// Puts a removed entry back where it was (or at the end, if the list
    /// has shrunk). Does nothing if its id is back already or the audit is
    /// full.
    pub fn restore_audit_entry(&mut self, removed: Removed<AuditEntry>) -> bool {
        if self.audit_entry(&removed.entry.id).is_some() || self.audit.len() >= MAX_AUDIT_ENTRIES {
            return false;
        }
        let at = removed.index.min(self.audit.len());
        self.audit.insert(at, removed.entry);
        true
    }

    /// The audit in numbers, and the entries held up on each pillar. Entries
    /// without text are left out (see [`AuditEntry::has_text`]); the others
    /// keep their place numbers.
    pub fn audit_summary(&self) -> AuditSummary {
        let mut s = AuditSummary::default();
        for (i, e) in self.audit.iter().enumerate() {
            if !e.has_text() {
                continue;
            }
            s.total += 1;
            let entry_ref = AuditRef {
                id: e.id.clone(),
                number: i + 1,
                name: e.name(i + 1),
            };
            let status = e.status();
            match status {
                AuditStatus::Found => s.found += 1,
                AuditStatus::Rewriting => s.rewriting += 1,
                AuditStatus::HandedDown => s.handed_down += 1,
            }
            if let (Some(now), Some(target)) = (e.rung_now, e.rung_target) {
                if target > now {
                    s.climbing += 1;
                }
            }
            let competence = e.ready(Pillar::Competence);
            let clarity = e.ready(Pillar::Clarity);
            if status == AuditStatus::HandedDown {
                if !competence || !clarity {
                    s.at_risk.push(entry_ref);
                }
                continue;
            }
            if !competence {
                s.blocked_on_competence.push(entry_ref.clone());
            }
            if !clarity {
                s.blocked_on_clarity.push(entry_ref.clone());
            }
            if competence && clarity {
                s.ready.push(entry_ref);
            }
        }
        s
    }

    // --- Intent log ---

    pub fn intent(&self, id: &str) -> Option<&IntentEntry> {
        self.intents.iter().find(|e| e.id == id)
    }

    fn intent_mut(&mut self, id: &str) -> Option<&mut IntentEntry> {
        self.intents.iter_mut().find(|e| e.id == id)
    }

    /// Adds an entry at the top of the log; returns its id, or `None` when
    /// the log is full. A date that is not a real date is left empty; text
    /// is cut to its limit.
    pub fn add_intent(
        &mut self,
        now_ms: u64,
        kind: IntentKind,
        date: &str,
        text: &str,
    ) -> Option<String> {
        if self.intents.len() >= MAX_INTENT_ENTRIES {
            return None;
        }
        let id = self.fresh_id("i", now_ms);
        self.intents.insert(
            0,
            IntentEntry {
                id: id.clone(),
                kind: kind.id().to_string(),
                date: if is_date_or_empty(date) {
                    date.to_string()
                } else {
                    String::new()
                },
                text: cut(text, MAX_TEXT_CHARS),
                ..IntentEntry::default()
            },
        );
        Some(id)
    }

    pub fn set_intent_text(&mut self, id: &str, field: IntentField, text: &str) {
        if let Some(e) = self.intent_mut(id) {
            let kept = cut(text, MAX_TEXT_CHARS);
            match field {
                IntentField::Text => e.text = kept,
                IntentField::Note => e.note = kept,
            }
        }
    }

    /// Sets the date; anything but empty or a real `YYYY-MM-DD` is ignored.
    pub fn set_intent_date(&mut self, id: &str, date: &str) {
        if !is_date_or_empty(date) {
            return;
        }
        if let Some(e) = self.intent_mut(id) {
            e.date = date.to_string();
        }
    }

    pub fn set_intent_kind(&mut self, id: &str, kind: IntentKind) {
        if let Some(e) = self.intent_mut(id) {
            e.kind = kind.id().to_string();
        }
    }

    pub fn set_intent_outcome(&mut self, id: &str, outcome: Option<Outcome>) {
        if let Some(e) = self.intent_mut(id) {
            e.outcome = outcome.map(|o| o.id().to_string()).unwrap_or_default();
        }
    }

    /// Takes an entry out; keep the result to put it back.
    pub fn remove_intent(&mut self, id: &str) -> Option<Removed<IntentEntry>> {
        let index = self.intents.iter().position(|e| e.id == id)?;
        Some(Removed {
            index,
            entry: self.intents.remove(index),
        })
    }

    /// Puts a removed entry back where it was (see
    /// [`restore_audit_entry`](Self::restore_audit_entry)).
    pub fn restore_intent(&mut self, removed: Removed<IntentEntry>) -> bool {
        if self.intent(&removed.entry.id).is_some() || self.intents.len() >= MAX_INTENT_ENTRIES {
            return false;
        }
        let at = removed.index.min(self.intents.len());
        self.intents.insert(at, removed.entry);
        true
    }

    /// Intents against permission requests, in all and per week or month.
    /// Entries without text are left out (see [`IntentEntry::has_text`]).
    pub fn intent_stats(&self) -> IntentStats {
        let mut stats = IntentStats::default();
        let mut dated: Vec<(i64, IntentKind)> = Vec::new();
        for e in self.intents.iter().filter(|e| e.has_text()) {
            let kind = e.kind();
            match kind {
                IntentKind::Intent => stats.intents += 1,
                IntentKind::Permission => stats.permissions += 1,
            }
            match date_days(&e.date) {
                Some(d) => dated.push((d, kind)),
                None => stats.undated += 1,
            }
        }
        let (Some(first), Some(last)) = (
            dated.iter().map(|&(d, _)| d).min(),
            dated.iter().map(|&(d, _)| d).max(),
        ) else {
            return stats;
        };
        stats.granularity = if last - first > WEEKLY_SPAN_DAYS {
            Granularity::Month
        } else {
            Granularity::Week
        };
        let g = stats.granularity;
        // Only the latest MAX_PERIODS periods are built: dates far apart
        // (1970 and 9999 are valid) would otherwise make ~96,000 of them.
        let (first, last) = (g.index(first), g.index(last));
        let shown_from = first.max(last - MAX_PERIODS as i64 + 1);
        stats.hidden_periods = (shown_from - first) as usize;
        let mut periods: Vec<PeriodCount> = (shown_from..=last)
            .map(|i| {
                let start = g.start_of(i);
                PeriodCount {
                    start: days_to_date(start),
                    label: g.label(start),
                    short_label: g.short_label(start),
                    intents: 0,
                    permissions: 0,
                }
            })
            .collect();
        for (d, kind) in dated {
            let Ok(at) = usize::try_from(g.index(d) - shown_from) else {
                continue;
            };
            let p = &mut periods[at];
            match kind {
                IntentKind::Intent => p.intents += 1,
                IntentKind::Permission => p.permissions += 1,
            }
        }
        stats.periods = periods;
        stats
    }

    // --- Import limits ---

    /// Limits for an imported file; `Err` says what is wrong, in words.
    pub fn validate(&self) -> Result<(), String> {
        let words = practice_words::practice_file();
        let count = |n: usize| integer(n as u64);
        if self.audit.len() > MAX_AUDIT_ENTRIES {
            return Err(fill(
                words.audit_too_many,
                &[
                    ("n", &count(self.audit.len())),
                    ("max", &count(MAX_AUDIT_ENTRIES)),
                ],
            ));
        }
        if self.intents.len() > MAX_INTENT_ENTRIES {
            return Err(fill(
                words.intents_too_many,
                &[
                    ("n", &count(self.intents.len())),
                    ("max", &count(MAX_INTENT_ENTRIES)),
                ],
            ));
        }
        let mut ids = HashSet::new();
        for (i, e) in self.audit.iter().enumerate() {
            let what = fill(words.audit_entry, &[("n", &count(i + 1))]);
            check_id(&e.id, &what, &mut ids)?;
            for (field, name) in [
                (AuditField::Practice, words.field_practice),
                (AuditField::DecidesNow, words.field_decides_now),
                (AuditField::ShouldDecide, words.field_should_decide),
                (AuditField::Competence, words.field_competence),
                (AuditField::Clarity, words.field_clarity),
            ] {
                check_len(e.text(field), field.max_chars(), &what, name)?;
            }
            for rung in [e.rung_now, e.rung_target].into_iter().flatten() {
                if !(1..=7).contains(&rung) {
                    return Err(fill(
                        words.bad_rung,
                        &[("what", &what), ("rung", &rung.to_string())],
                    ));
                }
            }
            // A status, kind or outcome this version does not know may come
            // from a newer one: kept, as saved data keeps it, if it has the
            // form of a name.
            if !is_entry_id(&e.status) {
                return Err(fill(
                    words.bad_status,
                    &[("what", &what), ("value", &quoted(&e.status))],
                ));
            }
        }
        for (i, e) in self.intents.iter().enumerate() {
            let what = fill(words.intent_entry, &[("n", &count(i + 1))]);
            check_id(&e.id, &what, &mut ids)?;
            if !is_entry_id(&e.kind) {
                return Err(fill(
                    words.bad_kind,
                    &[("what", &what), ("value", &quoted(&e.kind))],
                ));
            }
            if !is_date_or_empty(&e.date) {
                return Err(fill(
                    words.bad_date,
                    &[("what", &what), ("value", &quoted(&e.date))],
                ));
            }
            if !e.outcome.is_empty() && !is_entry_id(&e.outcome) {
                return Err(fill(
                    words.bad_outcome,
                    &[("what", &what), ("value", &quoted(&e.outcome))],
                ));
            }
            check_len(&e.text, MAX_TEXT_CHARS, &what, words.field_text)?;
            check_len(&e.note, MAX_TEXT_CHARS, &what, words.field_note)?;
        }
        Ok(())
    }
}

fn check_id<'a>(id: &'a str, what: &str, seen: &mut HashSet<&'a str>) -> Result<(), String> {
    let words = practice_words::practice_file();
    if !is_entry_id(id) {
        return Err(fill(
            words.bad_id,
            &[("what", what), ("value", &quoted(id))],
        ));
    }
    if !seen.insert(id) {
        return Err(fill(words.same_id, &[("what", what)]));
    }
    Ok(())
}

fn check_len(text: &str, max: usize, what: &str, field: &str) -> Result<(), String> {
    let n = text.chars().count();
    if n > max {
        return Err(fill(
            practice_words::practice_file().too_long,
            &[
                ("field", field),
                ("what", what),
                ("n", &integer(n as u64)),
                ("max", &integer(max as u64)),
            ],
        ));
    }
    Ok(())
}

/// A value from a file, quoted for a message as the language quotes: at
/// most 40 characters, control characters shown as `?`.
fn quoted(s: &str) -> String {
    let mut shown: String = s
        .chars()
        .take(40)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if s.chars().count() > 40 {
        shown.push('…');
    }
    fill(practice_words::practice_file().quoted, &[("value", &shown)])
}

/// An audit entry, named for a summary list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditRef {
    pub id: String,
    /// 1-based position in the audit.
    pub number: usize,
    /// The practice's first line, or "Entry N (not named yet)".
    pub name: String,
}

/// The audit in numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditSummary {
    /// Entries with text.
    pub total: usize,
    pub found: usize,
    pub rewriting: usize,
    /// Decisions that have moved to where the information is.
    pub handed_down: usize,
    /// Entries whose target rung is above today's.
    pub climbing: usize,
    /// Not handed down yet, and the competence is not in place.
    pub blocked_on_competence: Vec<AuditRef>,
    /// Not handed down yet, and the clarity is not in place.
    pub blocked_on_clarity: Vec<AuditRef>,
    /// Not handed down yet, with both competence and clarity in place.
    pub ready: Vec<AuditRef>,
    /// Handed down while the competence or the clarity was not in place.
    pub at_risk: Vec<AuditRef>,
}

impl AuditSummary {
    /// E.g. "2 of 5 decisions handed down; 1 being rewritten, 2 found."
    pub fn describe(&self) -> String {
        let words = practice_words::summary();
        if self.total == 0 {
            return words.no_entries.to_string();
        }
        fill(
            words.audit,
            &[
                ("handed_down", &integer(self.handed_down as u64)),
                (
                    "decisions",
                    &plural(self.total, words.decisions_one, words.decisions_other),
                ),
                ("rewriting", &integer(self.rewriting as u64)),
                ("found", &integer(self.found as u64)),
            ],
        )
    }
}

/// How the intent log is counted over time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Granularity {
    /// Weeks starting on Monday.
    #[default]
    Week,
    /// Calendar months.
    Month,
}

impl Granularity {
    /// The first day (days since 1970) of the period holding day `d`.
    #[cfg(test)]
    fn period_start(self, d: i64) -> i64 {
        self.start_of(self.index(d))
    }

    /// The period holding day `d`, numbered so that consecutive periods
    /// have consecutive numbers.
    fn index(self, d: i64) -> i64 {
        match self {
            // 1970-01-01 was a Thursday: weeks start 3 days before a multiple of 7.
            Granularity::Week => (d + 3).div_euclid(7),
            Granularity::Month => {
                let date = days_to_date(d);
                let year: i64 = date[..4].parse().unwrap_or(1970);
                let month: i64 = date[5..7].parse().unwrap_or(1);
                year * 12 + month - 1
            }
        }
    }

    /// The first day (days since 1970) of period number `i` (see [`Self::index`]).
    fn start_of(self, i: i64) -> i64 {
        match self {
            Granularity::Week => i * 7 - 3,
            Granularity::Month => {
                let date = format!("{:04}-{:02}-01", i.div_euclid(12), i.rem_euclid(12) + 1);
                date_days(&date).unwrap_or(0)
            }
        }
    }

    /// "Week of 2026-03-02" or "Mar 2026", in the visitor's language.
    fn label(self, start: i64) -> String {
        let words = practice_words::periods();
        match self {
            Granularity::Week => fill(words.week, &[("date", &day_date(start))]),
            Granularity::Month => {
                let date = days_to_date(start);
                fill(
                    words.month,
                    &[("month", month_name(&date)), ("year", &date[..4])],
                )
            }
        }
    }

    /// "2 Mar" or "Mar 26", for a chart's axis.
    fn short_label(self, start: i64) -> String {
        let words = practice_words::periods();
        let date = days_to_date(start);
        match self {
            Granularity::Week => {
                let day: u32 = date[8..10].parse().unwrap_or(1);
                fill(
                    words.week_short,
                    &[("day", &day.to_string()), ("month", month_name(&date))],
                )
            }
            Granularity::Month => fill(
                words.month_short,
                &[("month", month_name(&date)), ("yy", &date[2..4])],
            ),
        }
    }
}

/// The short name of the month of a `YYYY-MM-DD` date, in the visitor's
/// language.
fn month_name(date: &str) -> &'static str {
    let month: usize = date[5..7].parse().unwrap_or(1);
    crate::text::formats::months()[month.clamp(1, 12) - 1]
}

/// Intents and permission requests in one week or month.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeriodCount {
    /// The period's first day, `YYYY-MM-DD`.
    pub start: String,
    /// "Week of 2026-03-02" or "Mar 2026".
    pub label: String,
    /// "2 Mar" or "Mar 26".
    pub short_label: String,
    pub intents: usize,
    pub permissions: usize,
}

/// The share of `intents` in `intents + permissions`, in whole percent
/// (rounded half up); `None` when both are 0.
pub fn share_percent(intents: usize, permissions: usize) -> Option<u32> {
    let total = intents + permissions;
    (total > 0).then(|| ((intents * 200 + total) / (total * 2)) as u32)
}

impl PeriodCount {
    pub fn total(&self) -> usize {
        self.intents + self.permissions
    }

    /// The share of intents, in whole percent; `None` for an empty period.
    pub fn intent_percent(&self) -> Option<u32> {
        share_percent(self.intents, self.permissions)
    }
}

/// The intent log in numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntentStats {
    pub intents: usize,
    pub permissions: usize,
    /// Entries without a date (counted above, not in any period).
    pub undated: usize,
    pub granularity: Granularity,
    /// Every week or month from the first dated entry to the last (the
    /// latest [`MAX_PERIODS`] of them), empty ones included.
    pub periods: Vec<PeriodCount>,
    /// Earlier periods left out of `periods`.
    pub hidden_periods: usize,
}

impl IntentStats {
    pub fn total(&self) -> usize {
        self.intents + self.permissions
    }

    /// The share of intents over all entries, in whole percent.
    pub fn intent_percent(&self) -> Option<u32> {
        share_percent(self.intents, self.permissions)
    }

    /// E.g. "7 intents and 3 permission requests: 70% intents."
    pub fn describe(&self) -> String {
        let words = practice_words::summary();
        match self.intent_percent() {
            Some(p) => fill(
                words.intents,
                &[
                    (
                        "intents",
                        &plural(self.intents, words.intents_one, words.intents_other),
                    ),
                    (
                        "permissions",
                        &plural(
                            self.permissions,
                            words.permissions_one,
                            words.permissions_other,
                        ),
                    ),
                    ("percent", &percent(p)),
                ],
            ),
            None => words.nothing_logged.to_string(),
        }
    }

    /// How the share moved from the first period with entries to the last,
    /// e.g. "From 40% intents in the week of 2026-03-02 to 75% in the week of
    /// 2026-03-16." `None` with fewer than two such periods.
    pub fn trend(&self) -> Option<String> {
        let mut used = self.periods.iter().filter(|p| p.total() > 0);
        // First and last periods with entries.
        let first = used.next()?;
        let last = used.next_back()?;
        let words = practice_words::summary();
        // A week is named by the date it starts, a month by its label.
        let (sentence, from, to) = match self.granularity {
            Granularity::Week => (
                words.trend_week,
                day_date(date_days(&first.start)?),
                day_date(date_days(&last.start)?),
            ),
            Granularity::Month => (words.trend_month, first.label.clone(), last.label.clone()),
        };
        Some(fill(
            sentence,
            &[
                ("from", &percent(first.intent_percent()?)),
                ("first", &from),
                ("to", &percent(last.intent_percent()?)),
                ("last", &to),
            ],
        ))
    }
}

/// Text from the visitor on one line, for a Markdown list item: line breaks
/// become spaces, runs of white space one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn or_dash(s: &str) -> String {
    let line = one_line(s);
    if line.is_empty() {
        "—".to_string()
    } else {
        line
    }
}

fn rung_words(rung: Option<u8>) -> String {
    let words = practice_words::markdown();
    match rung {
        Some(n) => match LADDER.iter().find(|r| r.number == n) {
            Some(r) => fill(words.rung, &[("n", &n.to_string()), ("phrase", r.phrase())]),
            None => n.to_string(),
        },
        None => words.not_set.to_string(),
    }
}

/// The practice tools as Markdown sections for the report: `## Genetic-code
/// audit` (a summary, then one `###` section per entry) and `## Intent log`
/// (a summary, a table per week or month, then one list item per entry).
/// Empty when there is nothing in either tool.
///
/// The visitor's text is put on one line per field, so it cannot start
/// headings or lists of its own.
pub fn markdown_section(data: &PracticeData) -> String {
    if data.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };

    let words = practice_words::markdown();
    let chart = practice_words::chart();
    line(&format!("## {}", words.audit));
    line("");
    let summary = data.audit_summary();
    line(&summary.describe());
    for (title, list) in [
        (words.blocked_competence, &summary.blocked_on_competence),
        (words.blocked_clarity, &summary.blocked_on_clarity),
        (words.at_risk, &summary.at_risk),
    ] {
        if !list.is_empty() {
            let names: Vec<String> = list
                .iter()
                .map(|r| format!("{}. {}", r.number, one_line(&r.name)))
                .collect();
            line("");
            line(&fill(
                words.list,
                &[("title", title), ("names", &names.join("; "))],
            ));
        }
    }
    for (i, e) in data.audit.iter().enumerate() {
        let ready = |on: bool| {
            if on {
                words.in_place
            } else {
                words.not_in_place
            }
        };
        let item = |text: &str, values: &[(&str, &str)]| format!("- {}", fill(text, values));
        line("");
        line(&format!("### {}. {}", i + 1, one_line(&e.name(i + 1))));
        line("");
        line(&item(words.status, &[("status", e.status().label())]));
        line(&item(
            words.decides_now,
            &[("who", &or_dash(&e.decides_now))],
        ));
        line(&item(
            words.should_decide,
            &[("who", &or_dash(&e.should_decide))],
        ));
        line(&item(
            words.rungs,
            &[
                ("now", &rung_words(e.rung_now)),
                ("target", &rung_words(e.rung_target)),
            ],
        ));
        line(&item(
            words.competence,
            &[
                ("ready", ready(e.competence_ready)),
                ("what", &or_dash(&e.competence)),
            ],
        ));
        line(&item(
            words.clarity,
            &[
                ("ready", ready(e.clarity_ready)),
                ("what", &or_dash(&e.clarity)),
            ],
        ));
    }
    if data.audit.is_empty() {
        line("");
        line(practice_words::summary().no_entries);
    }

    line("");
    line(&format!("## {}", words.intents));
    line("");
    let stats = data.intent_stats();
    line(&stats.describe());
    if let Some(trend) = stats.trend() {
        line("");
        line(&trend);
    }
    if !stats.periods.is_empty() {
        line("");
        line(&format!(
            "| {} | {} | {} | {} |",
            if stats.granularity == Granularity::Week {
                chart.week_heading
            } else {
                chart.month_heading
            },
            chart.intents,
            chart.permissions,
            chart.share
        ));
        line("|---|---:|---:|---:|");
        for p in &stats.periods {
            let share = p
                .intent_percent()
                .map(percent)
                .unwrap_or_else(|| "—".to_string());
            line(&format!(
                "| {} | {} | {} | {share} |",
                p.label,
                integer(p.intents as u64),
                integer(p.permissions as u64)
            ));
        }
    }
    if !data.intents.is_empty() {
        line("");
        let kinds = practice_page::kind_in_sentence();
        for e in &data.intents {
            let date = if e.date.is_empty() {
                words.undated.to_string()
            } else {
                date_days(&e.date).map_or_else(|| e.date.clone(), day_date)
            };
            let outcome = e.outcome().map_or(outcome_pending(), Outcome::label);
            let kind = match e.kind() {
                IntentKind::Intent => kinds.intent,
                IntentKind::Permission => kinds.permission,
            };
            let mut item = fill(
                words.entry,
                &[
                    ("date", &date),
                    ("kind", kind),
                    ("text", &or_dash(&e.text)),
                    ("outcome", outcome),
                ],
            );
            if !e.note.trim().is_empty() {
                item = fill(
                    words.with_note,
                    &[("entry", &item), ("note", &one_line(&e.note))],
                );
            }
            line(&format!("- {item}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: u64 = 1_795_269_789_456; // 2026-11-21T14:03:09.456Z

    fn audit_with(n: usize) -> (PracticeData, Vec<String>) {
        let mut d = PracticeData::default();
        let ids = (0..n)
            .map(|_| d.add_audit_entry(T).expect("room"))
            .collect();
        (d, ids)
    }

    #[test]
    fn ids_are_fresh_valid_and_unique() {
        let (d, ids) = audit_with(3);
        assert_eq!(ids.len(), 3);
        for id in &ids {
            assert!(is_entry_id(id), "{id}");
            assert!(id.starts_with("a-"));
        }
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), 3);
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert!(is_entry_id(&d.fresh_id("i", u64::MAX)));
    }

    #[test]
    fn audit_edits_touch_only_their_entry() {
        let (mut d, ids) = audit_with(2);
        d.set_audit_text(
            &ids[0],
            AuditField::Practice,
            "Refunds over £50 need a lead",
        );
        d.set_audit_text(&ids[1], AuditField::DecidesNow, "Director");
        d.set_audit_text(&ids[1], AuditField::ShouldDecide, &"x".repeat(1_000));
        d.set_audit_rung(&ids[0], RungSlot::Now, Some(4));
        d.set_audit_rung(&ids[0], RungSlot::Target, Some(9));
        d.set_audit_ready(&ids[1], Pillar::Clarity, true);
        d.set_audit_status(&ids[1], AuditStatus::Rewriting);
        d.set_audit_text("no-such-id", AuditField::Practice, "ignored");
        let a = d.audit_entry(&ids[0]).unwrap();
        let b = d.audit_entry(&ids[1]).unwrap();
        assert_eq!(a.practice, "Refunds over £50 need a lead");
        assert_eq!(a.rung_now, Some(4));
        assert_eq!(a.rung_target, None, "rung 9 does not exist");
        assert_eq!(a.status(), AuditStatus::Found);
        assert_eq!(b.decides_now, "Director");
        assert_eq!(b.should_decide.chars().count(), MAX_SHORT_CHARS);
        assert!(b.clarity_ready && !b.competence_ready);
        assert_eq!(b.status(), AuditStatus::Rewriting);
        assert_eq!(d.audit.len(), 2);
    }

    #[test]
    fn entries_move_up_and_down_within_bounds() {
        let (mut d, ids) = audit_with(3);
        assert!(!d.move_audit_entry(&ids[0], -1));
        assert!(!d.move_audit_entry(&ids[2], 1));
        assert!(d.move_audit_entry(&ids[2], -1));
        assert_eq!(d.audit_number(&ids[2]), Some(2));
        assert!(d.move_audit_entry(&ids[0], 1));
        let order: Vec<_> = d.audit.iter().map(|e| e.id.clone()).collect();
        assert_eq!(order, [ids[2].clone(), ids[0].clone(), ids[1].clone()]);
        assert!(!d.move_audit_entry("missing", 1));
    }

    #[test]
    fn deleted_entries_come_back_where_they_were() {
        let (mut d, ids) = audit_with(3);
        d.set_audit_text(&ids[1], AuditField::Practice, "Middle one");
        let removed = d.remove_audit_entry(&ids[1]).unwrap();
        assert_eq!(removed.index, 1);
        assert_eq!(d.audit.len(), 2);
        assert!(d.remove_audit_entry(&ids[1]).is_none());
        assert!(d.restore_audit_entry(removed.clone()));
        assert_eq!(d.audit[1].practice, "Middle one");
        assert!(!d.restore_audit_entry(removed.clone()), "not twice");
        // If the list shrank meanwhile, the entry goes at the end.
        let removed = d.remove_audit_entry(&ids[2]).unwrap();
        d.remove_audit_entry(&ids[0]);
        assert!(d.restore_audit_entry(removed));
        assert_eq!(d.audit.last().unwrap().id, ids[2]);

        let mut log = PracticeData::default();
        let a = log
            .add_intent(T, IntentKind::Intent, "2026-03-02", "a")
            .unwrap();
        let b = log.add_intent(T, IntentKind::Permission, "", "b").unwrap();
        let r = log.remove_intent(&a).unwrap();
        assert_eq!(r.index, 1);
        assert!(log.restore_intent(r));
        assert_eq!(log.intents[1].id, a);
        assert_eq!(log.intents[0].id, b);
    }

    #[test]
    fn the_audit_is_capped() {
        let (mut d, _) = audit_with(MAX_AUDIT_ENTRIES);
        assert_eq!(d.add_audit_entry(T), None);
        assert_eq!(d.audit.len(), MAX_AUDIT_ENTRIES);
    }

    #[test]
    fn summary_counts_moves_and_blocks() {
        let (mut d, ids) = audit_with(5);
        let names = [
            "Refund sign-off",
            "Release go",
            "",
            "Rota changes",
            "Supplier emails",
        ];
        for (id, name) in ids.iter().zip(names) {
            d.set_audit_text(id, AuditField::Practice, name);
        }
        // Unnamed, but it has text, so it counts.
        d.set_audit_text(&ids[2], AuditField::DecidesNow, "Director");
        // 0: handed down, both ready — moved, fine.
        d.set_audit_status(&ids[0], AuditStatus::HandedDown);
        d.set_audit_ready(&ids[0], Pillar::Competence, true);
        d.set_audit_ready(&ids[0], Pillar::Clarity, true);
        // 1: being rewritten, clarity missing.
        d.set_audit_status(&ids[1], AuditStatus::Rewriting);
        d.set_audit_ready(&ids[1], Pillar::Competence, true);
        // 2: found, nothing in place (untitled).
        // 3: found, both in place — ready to hand down.
        d.set_audit_ready(&ids[3], Pillar::Competence, true);
        d.set_audit_ready(&ids[3], Pillar::Clarity, true);
        d.set_audit_rung(&ids[3], RungSlot::Now, Some(2));
        d.set_audit_rung(&ids[3], RungSlot::Target, Some(5));
        // 4: handed down without competence — at risk.
        d.set_audit_status(&ids[4], AuditStatus::HandedDown);
        d.set_audit_ready(&ids[4], Pillar::Clarity, true);

        let s = d.audit_summary();
        assert_eq!(s.total, 5);
        assert_eq!((s.found, s.rewriting, s.handed_down), (2, 1, 2));
        assert_eq!(s.climbing, 1);
        let numbers = |v: &[AuditRef]| v.iter().map(|r| r.number).collect::<Vec<_>>();
        assert_eq!(numbers(&s.blocked_on_competence), [3]);
        assert_eq!(numbers(&s.blocked_on_clarity), [2, 3]);
        assert_eq!(numbers(&s.ready), [4]);
        assert_eq!(numbers(&s.at_risk), [5]);
        assert_eq!(s.blocked_on_competence[0].name, "Entry 3 (not named yet)");
        assert_eq!(s.blocked_on_clarity[0].name, "Release go");
        assert_eq!(
            s.describe(),
            "2 of 5 decisions handed down; 1 being rewritten, 2 found."
        );
        assert_eq!(
            PracticeData::default().audit_summary().describe(),
            "No entries yet."
        );
    }

    #[test]
    fn unknown_statuses_read_as_found_and_count_there() {
        let (mut d, ids) = audit_with(1);
        d.set_audit_text(&ids[0], AuditField::Practice, "Leave requests");
        d.audit[0].status = "from-the-future".into();
        assert_eq!(d.audit_entry(&ids[0]).unwrap().status(), AuditStatus::Found);
        assert_eq!(d.audit_summary().found, 1);
        // ...and are kept, in a backup too.
        assert_eq!(d.validate(), Ok(()));
    }

    #[test]
    fn entries_without_text_do_not_count() {
        let (mut d, ids) = audit_with(3);
        d.set_audit_text(&ids[0], AuditField::Practice, "Refund sign-off");
        // Only white space, and settings without words: still empty.
        d.set_audit_text(&ids[1], AuditField::Practice, "  \n\t ");
        d.set_audit_status(&ids[1], AuditStatus::HandedDown);
        d.set_audit_rung(&ids[1], RungSlot::Now, Some(1));
        d.set_audit_rung(&ids[1], RungSlot::Target, Some(5));
        assert!(!d.audit[1].has_text() && !d.audit[2].has_text());
        let s = d.audit_summary();
        assert_eq!((s.total, s.found, s.handed_down, s.climbing), (1, 1, 0, 0));
        let numbers = |v: &[AuditRef]| v.iter().map(|r| r.number).collect::<Vec<_>>();
        assert_eq!(numbers(&s.blocked_on_competence), [1]);
        assert_eq!(numbers(&s.blocked_on_clarity), [1]);
        assert!(s.at_risk.is_empty() && s.ready.is_empty());
        assert_eq!(
            s.describe(),
            "0 of 1 decision handed down; 0 being rewritten, 1 found."
        );
        // Any text field makes an entry count; it keeps its place number.
        d.set_audit_text(&ids[2], AuditField::Clarity, "The refund policy");
        let s = d.audit_summary();
        assert_eq!(s.total, 2);
        assert_eq!(numbers(&s.blocked_on_competence), [1, 3]);
        assert_eq!(s.blocked_on_competence[1].name, "Entry 3 (not named yet)");
        // Nothing but empty entries reads as nothing yet.
        let (d, _) = audit_with(2);
        assert_eq!(d.audit_summary(), AuditSummary::default());
        assert_eq!(d.audit_summary().describe(), "No entries yet.");

        let mut d = log(&[("2026-03-02", IntentKind::Intent)]);
        let before = d.intent_stats();
        d.add_intent(T, IntentKind::Permission, "2026-03-03", "")
            .unwrap();
        d.add_intent(T, IntentKind::Intent, "2026-04-20", " \n ")
            .unwrap();
        d.add_intent(T, IntentKind::Permission, "", "").unwrap();
        assert_eq!(d.intent_stats(), before, "empty entries change nothing");
        assert_eq!(before.periods.len(), 1);
        // A note alone is text too.
        let id = d.intents[0].id.clone();
        d.set_intent_text(&id, IntentField::Note, "Asked about Friday");
        let s = d.intent_stats();
        assert_eq!((s.intents, s.permissions, s.undated), (1, 1, 1));
        let id = d.intents[2].id.clone();
        d.set_intent_text(&id, IntentField::Text, "May I sign the refund?");
        let s = d.intent_stats();
        assert_eq!(s.permissions, 2);
        assert_eq!(s.periods[0].total(), 2);
    }

    #[test]
    fn intents_are_added_on_top_and_edited_by_id() {
        let mut d = PracticeData::default();
        let first = d
            .add_intent(T, IntentKind::Intent, "2026-03-02", "Ship it")
            .unwrap();
        let second = d
            .add_intent(T, IntentKind::Permission, "not a date", "May I?")
            .unwrap();
        assert_eq!(d.intents[0].id, second);
        assert_eq!(d.intents[0].date, "", "a bad date is left empty");
        d.set_intent_date(&second, "2026-02-30");
        assert_eq!(d.intent(&second).unwrap().date, "");
        d.set_intent_date(&second, "2026-03-04");
        d.set_intent_outcome(&first, Some(Outcome::Changed));
        d.set_intent_text(&first, IntentField::Note, "Moved to Monday");
        d.set_intent_kind(&second, IntentKind::Intent);
        let f = d.intent(&first).unwrap();
        assert_eq!(f.outcome(), Some(Outcome::Changed));
        assert_eq!(f.note, "Moved to Monday");
        assert_eq!(d.intent(&second).unwrap().kind(), IntentKind::Intent);
        assert_eq!(d.intent(&second).unwrap().date, "2026-03-04");
        d.set_intent_outcome(&first, None);
        assert_eq!(d.intent(&first).unwrap().outcome, "");
        d.set_intent_text(&first, IntentField::Text, &"é".repeat(MAX_TEXT_CHARS + 5));
        assert_eq!(
            d.intent(&first).unwrap().text.chars().count(),
            MAX_TEXT_CHARS
        );
    }

    fn log(entries: &[(&str, IntentKind)]) -> PracticeData {
        let mut d = PracticeData::default();
        for (date, kind) in entries {
            d.add_intent(T, *kind, date, "x").unwrap();
        }
        d
    }

    #[test]
    fn shares_per_week_include_empty_weeks() {
        use IntentKind::{Intent as I, Permission as P};
        // 2026-03-02 is a Monday.
        let d = log(&[
            ("2026-03-02", P),
            ("2026-03-04", P),
            ("2026-03-08", I), // Sunday, same week
            ("2026-03-17", I), // two weeks on
            ("2026-03-18", I),
            ("2026-03-19", P),
            ("2026-03-20", I),
            ("", P),
        ]);
        let s = d.intent_stats();
        assert_eq!((s.intents, s.permissions, s.undated), (4, 4, 1));
        assert_eq!(s.granularity, Granularity::Week);
        let rows: Vec<_> = s
            .periods
            .iter()
            .map(|p| {
                (
                    p.start.as_str(),
                    p.intents,
                    p.permissions,
                    p.intent_percent(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("2026-03-02", 1, 2, Some(33)),
                ("2026-03-09", 0, 0, None),
                ("2026-03-16", 3, 1, Some(75)),
            ]
        );
        assert_eq!(s.periods[0].label, "Week of 2026-03-02");
        assert_eq!(s.periods[0].short_label, "2 Mar");
        assert_eq!(s.intent_percent(), Some(50));
        assert_eq!(
            s.describe(),
            "4 intents and 4 permission requests: 50% intents."
        );
        assert_eq!(
            s.trend().unwrap(),
            "From 33% intents in the week of 2026-03-02 to 75% in the week of 2026-03-16."
        );
    }

    #[test]
    fn long_spans_are_counted_by_month_and_capped() {
        use IntentKind::{Intent as I, Permission as P};
        let d = log(&[("2025-11-30", P), ("2025-12-01", I), ("2026-03-14", I)]);
        let s = d.intent_stats();
        assert_eq!(s.granularity, Granularity::Month);
        let rows: Vec<_> = s
            .periods
            .iter()
            .map(|p| {
                (
                    p.label.as_str(),
                    p.short_label.as_str(),
                    p.intents,
                    p.permissions,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("Nov 2025", "Nov 25", 0, 1),
                ("Dec 2025", "Dec 25", 1, 0),
                ("Jan 2026", "Jan 26", 0, 0),
                ("Feb 2026", "Feb 26", 0, 0),
                ("Mar 2026", "Mar 26", 1, 0),
            ]
        );
        assert_eq!(
            s.trend().unwrap(),
            "From 0% intents in Nov 2025 to 100% in Mar 2026."
        );
        let d = log(&[("2020-01-15", P), ("2026-06-15", I)]);
        let s = d.intent_stats();
        assert_eq!(s.periods.len(), MAX_PERIODS);
        assert_eq!(s.hidden_periods, 78 - MAX_PERIODS);
        assert_eq!(s.periods.last().unwrap().label, "Jun 2026");
        assert_eq!(s.periods.last().unwrap().intents, 1);
    }

    #[test]
    fn stats_of_an_empty_or_undated_log() {
        let s = PracticeData::default().intent_stats();
        assert_eq!(s.total(), 0);
        assert!(s.periods.is_empty());
        assert_eq!(s.describe(), "Nothing logged yet.");
        assert_eq!(s.trend(), None);
        let s = log(&[("", IntentKind::Intent)]).intent_stats();
        assert_eq!((s.intents, s.undated, s.periods.len()), (1, 1, 0));
        assert_eq!(share_percent(1, 2), Some(33));
        assert_eq!(share_percent(2, 1), Some(67));
        assert_eq!(share_percent(1, 1), Some(50));
        assert_eq!(share_percent(0, 0), None);
    }

    #[test]
    fn weeks_start_on_monday_even_across_years() {
        let g = Granularity::Week;
        // 2026-01-01 is a Thursday; its week starts on Monday 2025-12-29.
        let d = date_days("2026-01-01").unwrap();
        assert_eq!(days_to_date(g.period_start(d)), "2025-12-29");
        let monday = date_days("2026-03-02").unwrap();
        assert_eq!(g.period_start(monday), monday);
        assert_eq!(g.period_start(monday + 6), monday);
        let m = Granularity::Month;
        let dec = date_days("2025-12-31").unwrap();
        assert_eq!(days_to_date(m.period_start(dec)), "2025-12-01");
        assert_eq!(days_to_date(m.start_of(m.index(dec) + 1)), "2026-01-01");
        let jan = date_days("2026-01-01").unwrap();
        assert_eq!(days_to_date(m.start_of(m.index(jan) + 1)), "2026-02-01");
        assert_eq!(days_to_date(m.start_of(m.index(jan) - 1)), "2025-12-01");
    }

    #[test]
    fn stats_over_millennia_build_only_the_shown_periods() {
        use IntentKind::{Intent as I, Permission as P};
        let d = log(&[("1970-01-01", P), ("9999-12-31", I), ("2026-03-04", I)]);
        let t = std::time::Instant::now();
        let s = d.intent_stats();
        assert!(t.elapsed().as_millis() < 50, "took {:?}", t.elapsed());
        assert_eq!(s.granularity, Granularity::Month);
        assert_eq!(s.periods.len(), MAX_PERIODS);
        // Every month from Jan 1970 to Dec 9999, all but the shown ones hidden.
        assert_eq!(s.hidden_periods, (9999 - 1970 + 1) * 12 - MAX_PERIODS);
        assert_eq!(s.periods[0].label, "Jan 9998");
        assert_eq!(s.periods.last().unwrap().label, "Dec 9999");
        let counted: usize = s.periods.iter().map(PeriodCount::total).sum();
        assert_eq!((counted, s.total()), (1, 3));
        // Weeks: 1970-01-01 and 1970-03-31 are 89 days apart.
        let d = log(&[("1970-01-01", P), ("1970-03-31", I)]);
        let s = d.intent_stats();
        assert_eq!(s.granularity, Granularity::Week);
        assert_eq!(s.periods.len() + s.hidden_periods, 14);
        assert_eq!(s.periods.last().unwrap().label, "Week of 1970-03-30");
        assert_eq!(s.periods.last().unwrap().intents, 1);
    }

    #[test]
    fn validate_accepts_what_the_app_writes() {
        let (mut d, ids) = audit_with(2);
        d.set_audit_rung(&ids[0], RungSlot::Now, Some(1));
        d.add_intent(T, IntentKind::Permission, "2026-03-02", "x");
        assert_eq!(d.validate(), Ok(()));
        assert_eq!(PracticeData::default().validate(), Ok(()));
        // A status, kind or outcome from a newer version is kept.
        d.audit[0].status = "handed-over".into();
        d.intents[0].kind = "request".into();
        d.intents[0].outcome = "postponed".into();
        assert_eq!(d.validate(), Ok(()));
    }

    #[test]
    fn validate_refuses_what_breaks_the_limits() {
        let base = || {
            let (mut d, _) = audit_with(1);
            d.add_intent(T, IntentKind::Intent, "2026-03-02", "x");
            d
        };
        type Breaker = Box<dyn Fn(&mut PracticeData)>;
        let cases: Vec<(Breaker, &str)> = vec![
            (
                Box::new(|d| d.audit[0].id = "Bad Id".into()),
                "id \"Bad Id\"",
            ),
            (Box::new(|d| d.audit[0].id = String::new()), "is not valid"),
            (Box::new(|d| d.audit[0].id = "a".repeat(41)), "is not valid"),
            (
                Box::new(|d| d.intents[0].id = d.audit[0].id.clone()),
                "same id",
            ),
            (Box::new(|d| d.audit[0].rung_now = Some(0)), "rung 0"),
            (Box::new(|d| d.audit[0].rung_target = Some(8)), "rung 8"),
            (
                Box::new(|d| d.audit[0].status = "Done!".into()),
                "status \"Done!\"",
            ),
            (
                Box::new(|d| d.audit[0].practice = "x".repeat(MAX_TEXT_CHARS + 1)),
                "practice of audit entry 1",
            ),
            (
                Box::new(|d| d.audit[0].decides_now = "x".repeat(MAX_SHORT_CHARS + 1)),
                "who decides today",
            ),
            (
                Box::new(|d| d.intents[0].kind = "a wish".into()),
                "kind \"a wish\"",
            ),
            (
                Box::new(|d| d.intents[0].date = "2026-3-2".into()),
                "date \"2026-3-2\"",
            ),
            (
                Box::new(|d| d.intents[0].date = "2026-02-30".into()),
                "not a date",
            ),
            (
                Box::new(|d| d.intents[0].outcome = "maybe?".into()),
                "outcome \"maybe?\"",
            ),
            (
                Box::new(|d| d.intents[0].note = "x".repeat(MAX_TEXT_CHARS + 1)),
                "note of intent-log entry 1",
            ),
            (
                Box::new(|d| {
                    let e = d.audit[0].clone();
                    d.audit = (0..=MAX_AUDIT_ENTRIES)
                        .map(|i| AuditEntry {
                            id: format!("a-{i}"),
                            ..e.clone()
                        })
                        .collect();
                }),
                "at most 100",
            ),
            (
                Box::new(|d| {
                    d.intents = (0..=MAX_INTENT_ENTRIES)
                        .map(|i| IntentEntry {
                            id: format!("i-{i}"),
                            ..IntentEntry::default()
                        })
                        .collect();
                }),
                "at most 500",
            ),
        ];
        for (break_it, expected) in cases {
            let mut d = base();
            break_it(&mut d);
            let err = d.validate().expect_err(expected);
            assert!(
                err.contains(expected),
                "{err:?} should mention {expected:?}"
            );
        }
    }

    #[test]
    fn a_stored_version_3_sample_with_practice_data_reads() {
        let sample = include_str!("../../tests/fixtures/saved-v3-practice.json");
        let data = crate::model::decode(sample).expect("version 3 sample reads");
        let p = data.practice.ready().unwrap();
        assert_eq!(p.validate(), Ok(()));
        assert_eq!(p.audit.len(), 3);
        assert_eq!(p.intents.len(), 4);
        assert_eq!(
            p.audit[0].practice,
            "Refunds above £100 need the team lead's approval"
        );
        assert_eq!(p.audit[0].status(), AuditStatus::HandedDown);
        assert_eq!(
            (p.audit[0].rung_now, p.audit[0].rung_target),
            (Some(4), Some(6))
        );
        assert_eq!(p.audit[2].status(), AuditStatus::Found);
        let s = p.audit_summary();
        assert_eq!(s.handed_down, 1);
        assert_eq!(s.blocked_on_competence.len(), 1);
        assert_eq!(s.blocked_on_clarity.len(), 2);
        assert_eq!(p.intents[0].kind(), IntentKind::Intent);
        assert_eq!(p.intents[0].outcome(), Some(Outcome::WentAhead));
        assert_eq!(p.intents[3].kind(), IntentKind::Permission);
        assert_eq!(
            p.intent_stats().describe(),
            "3 intents and 1 permission request: 75% intents."
        );
        // Reading and writing again loses nothing.
        assert_eq!(crate::model::decode(&data.encode()), Ok(data));
    }

    #[test]
    fn older_formats_start_with_empty_practice_data() {
        let v2 = include_str!("../../tests/fixtures/saved-v2.json");
        let data = crate::model::decode(v2).unwrap();
        assert!(data.practice.ready().unwrap().is_empty());
        // Missing fields of an entry take their defaults.
        let data = crate::model::decode(
            r#"{"version":3,"practice":{"audit":[{"id":"a-1"}],"intents":[{"id":"i-1"}]}}"#,
        )
        .unwrap();
        let practice = data.practice.ready().unwrap();
        assert_eq!(practice.audit[0].status(), AuditStatus::Found);
        assert_eq!(practice.intents[0].kind(), IntentKind::Intent);
        assert_eq!(practice.validate(), Ok(()));
    }

    #[test]
    fn count_words_say_what_is_there() {
        let mut d = PracticeData::default();
        assert_eq!(d.count_words(), None);
        d.add_audit_entry(T);
        assert_eq!(d.count_words().unwrap(), "1 audit entry");
        d.add_intent(T, IntentKind::Intent, "", "");
        d.add_intent(T, IntentKind::Intent, "", "");
        assert_eq!(
            d.count_words().unwrap(),
            "1 audit entry and 2 intent-log entries"
        );
    }

    // Natively only: a WebAssembly build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn summaries_report_and_refusals_follow_the_language() {
        use crate::text::{set_lang, Lang};
        use IntentKind::{Intent as I, Permission as P};
        let weeks = log(&[("2026-03-02", P), ("2026-03-03", I), ("2026-03-17", I)]);
        let months = log(&[("2025-11-30", P), ("2026-03-14", I)]);
        let mut long = weeks.clone();
        long.intents[2].note = "x".repeat(MAX_TEXT_CHARS + 1);
        let (mut audit, ids) = audit_with(1);
        audit.set_audit_text(&ids[0], AuditField::Practice, "Urlaub");
        audit.set_audit_status(&ids[0], AuditStatus::HandedDown);
        audit.intents = weeks.intents.clone();
        let mut bad_date = weeks.clone();
        bad_date.intents[0].date = "2026-3-2".into();

        set_lang(Lang::De);
        let s = weeks.intent_stats();
        assert_eq!(s.periods[0].label, "Woche vom 02.03.2026");
        assert_eq!(s.periods[0].short_label, "2. März");
        assert_eq!(
            s.describe(),
            "2 Absichten und 1 Bitte um Erlaubnis: 67\u{a0}% Absichten."
        );
        assert_eq!(
            s.trend().unwrap(),
            "Von 50\u{a0}% Absichten in der Woche vom 02.03.2026 auf 100\u{a0}% in der \
             Woche vom 16.03.2026."
        );
        assert_eq!(
            months.intent_stats().trend().unwrap(),
            "Von 0\u{a0}% Absichten im Nov. 2025 auf 100\u{a0}% im März 2026."
        );
        assert_eq!(
            audit.audit_summary().describe(),
            "1 von 1 Entscheidung abgegeben; 0 in Überarbeitung, 0 gefunden."
        );
        assert_eq!(
            audit.count_words().unwrap(),
            "1 Audit-Eintrag und 3 Einträge im Absichtsprotokoll"
        );
        let md = markdown_section(&audit);
        assert!(md.starts_with("## Audit des genetischen Codes\n\n1 von 1 Entscheidung"));
        assert!(
            md.contains("- Sprosse der Leiter: heute nicht festgelegt, Ziel nicht festgelegt\n")
        );
        assert!(md.contains("| Woche | Absichten | Bitten um Erlaubnis | Anteil der Absichten |"));
        assert!(md.contains("| Woche vom 02.03.2026 | 1 | 1 | 50\u{a0}% |"));
        assert!(md.contains("- 02.03.2026, Bitte um Erlaubnis: x ("), "{md}");
        assert_eq!(
            long.validate().unwrap_err(),
            "die Notiz in Eintrag 3 im Absichtsprotokoll ist 2.001 Zeichen lang, behalten \
             werden höchstens 2.000"
        );
        assert_eq!(
            bad_date.validate().unwrap_err(),
            "Eintrag 1 im Absichtsprotokoll hat das Datum „2026-3-2“, das kein Datum der \
             Form JJJJ-MM-TT ist"
        );

        set_lang(Lang::Fr);
        let s = weeks.intent_stats();
        assert_eq!(s.periods[2].short_label, "16 mars");
        assert_eq!(
            s.trend().unwrap(),
            "De 50\u{a0}% d’intentions la semaine du 02/03/2026 à 100\u{a0}% la semaine \
             du 16/03/2026."
        );
        assert_eq!(months.intent_stats().periods[0].label, "nov. 2025");
        assert!(markdown_section(&audit).starts_with("## Audit du code génétique\n"));
        assert_eq!(
            long.validate().unwrap_err(),
            "la note de l’entrée 3 du journal des intentions compte 2\u{202f}001 caractères, \
             alors qu’au plus 2\u{202f}000 sont conservés"
        );
        set_lang(Lang::En);
        assert_eq!(
            long.validate().unwrap_err(),
            "the note of intent-log entry 3 is 2,001 characters long, and at most 2,000 are kept"
        );
    }

    #[test]
    fn markdown_holds_every_entry_and_keeps_visitor_text_on_one_line() {
        assert_eq!(markdown_section(&PracticeData::default()), "");
        let (mut d, ids) = audit_with(2);
        d.set_audit_text(
            &ids[0],
            AuditField::Practice,
            "Refund sign-off\n# not a heading",
        );
        d.set_audit_text(&ids[0], AuditField::Competence, "Knows the\n- refund rules");
        d.set_audit_rung(&ids[0], RungSlot::Now, Some(4));
        d.set_audit_rung(&ids[0], RungSlot::Target, Some(5));
        d.set_audit_status(&ids[0], AuditStatus::HandedDown);
        d.set_audit_ready(&ids[0], Pillar::Competence, true);
        let i = d
            .add_intent(
                T,
                IntentKind::Intent,
                "2026-03-02",
                "Deploy the fix\ntonight",
            )
            .unwrap();
        d.set_intent_outcome(&i, Some(Outcome::WentAhead));
        d.set_intent_text(&i, IntentField::Note, "Went fine");
        d.add_intent(T, IntentKind::Permission, "", "Asked to leave early");
        let md = markdown_section(&d);
        // The empty second entry is listed but not counted.
        assert!(md.starts_with("## Genetic-code audit\n\n1 of 1 decision handed down;"));
        assert!(md.contains("### 1. Refund sign-off\n"));
        assert!(md.contains("### 2. Entry 2 (not named yet)\n"));
        assert!(md.contains("- Status: Handed down\n"));
        assert!(md.contains("- Ladder rung: today 4 (I would like to…), target 5 (I intend to…)\n"));
        assert!(md.contains("- Competence needed (in place): Knows the - refund rules\n"));
        assert!(md.contains("- Clarity needed (not yet in place): —\n"));
        assert!(md.contains("Handed down before ready: 1. Refund sign-off"));
        assert!(md.contains("## Intent log\n\n1 intent and 1 permission request: 50% intents."));
        assert!(md.contains("| Week | Intents | Permission requests | Share of intents |"));
        assert!(md.contains("| Week of 2026-03-02 | 1 | 0 | 100% |"));
        assert!(md.contains(
            "- 2026-03-02, intent: Deploy the fix tonight (Went ahead). Note: Went fine\n"
        ));
        assert!(
            md.contains("- Undated, permission request: Asked to leave early (Not known yet)\n")
        );
        // No line of the visitor's own starts a heading or a list.
        assert!(!md.lines().any(|l| l.starts_with("# not")));
        assert!(!md.lines().any(|l| l.starts_with("- refund")));
    }
}
