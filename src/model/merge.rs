//! Restoring a backup into a browser that already holds data: what each
//! side holds, what replacing would lose, and the merge of the two.
//!
//! Pure Rust, like the rest of `model`: the Your data page shows
//! [`compare`]'s account before the visitor chooses, and the app state saves
//! [`merge`]'s result only after they confirm.
//!
//! How the merge decides:
//!
//! - Ticked items: every item ticked on either side.
//! - Reflection notes: a note only one side has is kept; the same note is
//!   kept once; when one contains the other (a note written on after the
//!   backup was made, or a merge done before), the longer one is kept; two
//!   different notes are both kept, this browser's first and the backup's
//!   below it under a marker line ([`note_marker`]).
//! - Role and where the visitor left off: this browser's, unless it has none.
//! - Self-assessments (by the time each was completed, which names it), audit
//!   entries and intent-log entries (by id): united. An entry only one side
//!   has is kept, in its place relative to the entries both have.
//! - The self-assessment in progress: this browser's, or the backup's when
//!   this browser has none.
//! - Team rounds (by round id): united. A round both sides have while it is
//!   open on both keeps every answer either side received (answers are
//!   united by their id, so an answer added on both counts once). A round
//!   closed on either side is kept as that side closed it (both closed: the
//!   newer side's, as below): a closed round takes no answers, and its
//!   results must not change afterwards, or comparing them before and after
//!   would show what one person answered.
//! - Bookkeeping (when things changed and were backed up): this browser's.
//!
//! **When the same entry differs on the two sides.** Entries carry no time
//! of their own last change: an audit entry or an intent has only its id
//! (made when it was added), an intent its own date, an assessment the time
//! it was completed (and completed ones are never edited). The only change
//! time saved is the whole document's, `meta.updated_at`, which every change
//! sets. So the copy from the side whose data changed last ([`newer_side`])
//! is kept; when either time is unknown or both are equal, this browser's.
//! That is exactly right when the backup was made from this browser's own
//! earlier data (every difference is then a change made here since, and
//! this browser changed last); between two devices it is the best the saved
//! data allows. [`compare`] names every such entry and the copy kept, so the
//! visitor sees it before confirming.
//!
//! A merge only adds: an entry deleted on one side since the two parted comes
//! back from the other.

use crate::text::fill;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use super::assessment::{Assessment, AssessmentData, Draft};
use super::import::{validate, ImportError};
use super::practice::{AuditEntry, IntentEntry, PracticeData};
use super::progress::{place_name, Progress};
use super::rounds::{Round, RoundsData};
use super::saved::{Meta, SavedData, CURRENT_VERSION};
use super::time::human_datetime;
use crate::content::{item_by_id, step_by_slug, Role};

/// One side of a restore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// What this browser holds now.
    Here,
    /// The backup file.
    Backup,
}

/// Whose copy of an entry that differs is kept: the side whose data changed
/// last (see the module's notes); this browser's when that is not known.
pub fn newer_side(here: &Meta, backup: &Meta) -> Side {
    match (here.updated_at, backup.updated_at) {
        (Some(h), Some(b)) if b > h => Side::Backup,
        (None, Some(_)) => Side::Backup,
        _ => Side::Here,
    }
}

/// The line put above the backup's text when two different notes are both
/// kept, e.g. `--- From the backup of 2026-11-21 ---`. `exported_on` is the
/// backup's date (`YYYY-MM-DD`), when the file says it.
pub fn note_marker(exported_on: Option<&str>) -> String {
    match exported_on {
        Some(date) => fill(crate::text::data_page::compare().marker, &[("date", date)]),
        None => crate::text::data_page::compare().marker_undated.to_string(),
    }
}

/// Two versions of one note as one: `None` when this browser's version
/// already holds everything (same, or it contains the backup's).
fn merge_note(here: &str, backup: &str, marker: &str) -> Option<String> {
    if here.contains(backup) {
        None
    } else if backup.contains(here) {
        Some(backup.to_string())
    } else {
        Some(format!("{here}\n\n{marker}\n{backup}"))
    }
}

/// A part of the saved data, decoded; empty when it cannot be (a part that
/// cannot be read is handled by the app state before a merge).
fn decoded<
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + Clone + Default + 'static,
>(
    part: &super::saved::Part<T>,
) -> Cow<'_, T> {
    part.get().unwrap_or_default()
}

/// The two lists as one, united by `key`: this browser's entries in their
/// order (each replaced by the backup's copy where that differs and the
/// backup is `newer`), and each entry only the backup has placed just before
/// the next entry of the backup's that this browser also has (at the end
/// when there is none).
fn unite<T: Clone + PartialEq, K: Eq + Hash + Clone>(
    here: &[T],
    backup: &[T],
    key: impl Fn(&T) -> K,
    newer: Side,
) -> Vec<T> {
    let in_backup: HashMap<K, &T> = backup.iter().map(|e| (key(e), e)).collect();
    let in_here: HashSet<K> = here.iter().map(&key).collect();
    let mut before: HashMap<K, Vec<&T>> = HashMap::new();
    let mut pending = Vec::new();
    for e in backup {
        let k = key(e);
        if in_here.contains(&k) {
            if !pending.is_empty() {
                before.entry(k).or_default().append(&mut pending);
            }
        } else {
            pending.push(e);
        }
    }
    let mut out = Vec::with_capacity(here.len() + in_backup.len());
    for e in here {
        let k = key(e);
        if let Some(list) = before.remove(&k) {
            out.extend(list.into_iter().cloned());
        }
        out.push(match (newer, in_backup.get(&k)) {
            (Side::Backup, Some(theirs)) => (*theirs).clone(),
            _ => e.clone(),
        });
    }
    out.extend(pending.into_iter().cloned());
    out
}

/// This browser's data and the backup's as one (see the module's notes), or
/// why they cannot be: the result must stay within what a backup may hold
/// ([`validate`]), e.g. two long notes together may be too long.
/// `exported_on` is the backup's date, for the notes' marker line.
///
/// The result keeps this browser's bookkeeping (`meta`) as it was: the
/// caller records the change.
pub fn merge(
    here: &SavedData,
    backup: &SavedData,
    exported_on: Option<&str>,
) -> Result<SavedData, String> {
    let newer = newer_side(&here.meta, &backup.meta);

    let mut progress = here.progress.clone();
    let theirs = &backup.progress;
    progress.checked.extend(theirs.checked.iter().cloned());
    let marker = note_marker(exported_on);
    for (key, text) in &theirs.notes {
        match progress.notes.get(key) {
            None => {
                progress.notes.insert(key.clone(), text.clone());
            }
            Some(mine) => {
                if let Some(both) = merge_note(mine, text, &marker) {
                    progress.notes.insert(key.clone(), both);
                }
            }
        }
    }
    if progress.role.is_none() {
        progress.role = theirs.role.clone();
    }
    if progress.last_visited.is_none() {
        progress.last_visited = theirs.last_visited.clone();
    }

    let (mine, theirs) = (decoded(&here.assessments), decoded(&backup.assessments));
    let mut assessments = mine.clone().into_owned();
    assessments.history = unite(&mine.history, &theirs.history, |a| a.taken_at, newer);
    assessments.history.sort_by_key(|a| a.taken_at);
    assessments.draft = match (&mine.draft, &theirs.draft) {
        (Some(a), Some(b)) if a != b && newer == Side::Backup => Some(b.clone()),
        (None, Some(b)) => Some(b.clone()),
        (a, _) => a.clone(),
    };

    let (mine, theirs) = (decoded(&here.practice), decoded(&backup.practice));
    let mut practice = mine.clone().into_owned();
    practice.audit = unite(&mine.audit, &theirs.audit, |e| e.id.clone(), newer);
    practice.intents = unite(&mine.intents, &theirs.intents, |e| e.id.clone(), newer);

    let (mine, theirs) = (decoded(&here.rounds), decoded(&backup.rounds));
    let mut rounds = RoundsData {
        rounds: unite(&mine.rounds, &theirs.rounds, |r| r.id.clone(), Side::Here),
    };
    for round in &mut rounds.rounds {
        if let Some(other) = theirs.rounds.iter().find(|r| r.id == round.id) {
            *round = merge_round(round, other, newer);
        }
    }

    let merged = SavedData {
        version: CURRENT_VERSION,
        progress,
        assessments: assessments.into(),
        practice: practice.into(),
        rounds: rounds.into(),
        meta: here.meta.clone(),
    };
    validate(&merged).map_err(|e| match e {
        ImportError::Invalid(_, why) | ImportError::WrongShape(_, why) => why,
        other => other.to_string(),
    })?;
    Ok(merged)
}

/// One round as both sides have it (see the module's notes).
fn merge_round(here: &Round, backup: &Round, newer: Side) -> Round {
    match (here.is_open(), backup.is_open()) {
        (true, true) => {
            let mut round = here.clone();
            for answer in &backup.answers {
                if !round.has_answer(&answer.id) {
                    let at = round.answers.partition_point(|a| a.id < answer.id);
                    round.answers.insert(at, answer.clone());
                }
            }
            if newer == Side::Backup {
                round.own = backup.own.clone();
            }
            round
        }
        (false, true) => here.clone(),
        (true, false) => backup.clone(),
        (false, false) if newer == Side::Backup => backup.clone(),
        (false, false) => here.clone(),
    }
}

/// One line of the table that compares the two sides: a part, and what each
/// side holds of it (and the merge, when it is possible).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub part: &'static str,
    pub here: String,
    pub backup: String,
    pub merged: Option<String>,
}

/// Entries of one part, named briefly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub part: &'static str,
    pub names: Vec<String>,
}

/// Everything the visitor needs before choosing between replacing and
/// merging.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Every part the saved data holds, side by side.
    pub rows: Vec<Row>,
    /// This browser's entries the backup does not have: replacing loses them.
    pub only_here: Vec<Named>,
    /// Entries both sides have in different versions: replacing takes the
    /// backup's.
    pub differ: Vec<Named>,
    /// Notes that differ on the two sides: merging keeps both.
    pub notes_both: Vec<String>,
    /// Self-assessments and practice entries that differ on the two sides:
    /// merging keeps the copy from [`Comparison::newer`].
    pub entries_differ: Vec<String>,
    /// Whose copy of a differing entry a merge keeps.
    pub newer: Side,
    /// The merged data, or why a merge is not possible.
    pub merged: Result<SavedData, String>,
    /// Whether merging would change what this browser holds.
    pub merge_changes: bool,
}

/// At most this many entries are named per part; the rest are counted.
pub const MAX_NAMED: usize = 8;

/// The first few words of `text` on one line, with "…" when cut.
pub fn first_words(text: &str, words: usize) -> String {
    let mut all = text.split_whitespace();
    let shown: Vec<&str> = all.by_ref().take(words).collect();
    let mut out = shown.join(" ");
    if out.chars().count() > 60 {
        out = out.chars().take(60).collect();
        out.push('…');
    } else if all.next().is_some() {
        out.push('…');
    }
    out
}

fn tick_name(id: &str) -> String {
    match item_by_id(id) {
        Some((step, item)) => fill(
            crate::text::data_page::compare().tick,
            &[
                ("number", &step.number.to_string()),
                ("text", &first_words(item.text(), 8)),
            ],
        ),
        None => fill(
            crate::text::data_page::compare().tick_unknown,
            &[("id", id)],
        ),
    }
}

fn note_name(slug: &str, text: &str) -> String {
    let text = first_words(text, 6);
    match step_by_slug(slug) {
        Some(step) => fill(
            crate::text::data_page::compare().note,
            &[("number", &step.number.to_string()), ("text", &text)],
        ),
        None => fill(
            crate::text::data_page::compare().note_unknown,
            &[("slug", slug), ("text", &text)],
        ),
    }
}

fn assessment_name(a: &Assessment) -> String {
    fill(
        crate::text::data_page::compare().assessment,
        &[("date", &human_datetime(a.taken_at))],
    )
}

fn draft_name(d: &Draft) -> String {
    let answers = d.answers.len() + usize::from(d.rung.is_some());
    let w = crate::text::data_page::compare();
    fill(
        if answers == 1 {
            w.draft_one
        } else {
            w.draft_other
        },
        &[("n", &answers.to_string())],
    )
}

fn audit_name(e: &AuditEntry, number: usize) -> String {
    fill(
        crate::text::data_page::compare().audit,
        &[("text", &first_words(&e.name(number), 8))],
    )
}

fn intent_name(e: &IntentEntry) -> String {
    let w = crate::text::data_page::compare();
    let date = if e.date.is_empty() {
        w.undated
    } else {
        &e.date
    };
    let text = if e.text.trim().is_empty() {
        w.no_text.to_string()
    } else {
        first_words(&e.text, 8)
    };
    fill(w.intent, &[("date", date), ("text", &text)])
}

fn role_words(role: Option<&str>) -> String {
    match role {
        Some(id) => Role::from_id(id)
            .map(|r| r.short().to_string())
            .unwrap_or_else(|| id.to_string()),
        None => crate::text::data_page::compare().role_none.to_string(),
    }
}

fn place_words(path: Option<&str>) -> String {
    match path {
        Some(path) => place_name(path).unwrap_or_else(|| path.to_string()),
        None => crate::text::data_page::compare().place_none.to_string(),
    }
}

fn draft_words(a: &AssessmentData) -> String {
    match &a.draft {
        Some(d) => {
            let answers = d.answers.len() + usize::from(d.rung.is_some());
            fill(
                crate::text::data_page::compare().draft_count,
                &[("n", &answers.to_string())],
            )
        }
        None => "0".to_string(),
    }
}

fn round_name(r: &Round) -> String {
    let w = crate::text::data_page::compare();
    let text = match r.kind.as_str() {
        "about-me" => w.round_about_me,
        "team" => w.round_team,
        _ => w.round_other,
    };
    let name = r
        .name
        .as_deref()
        .map(|n| fill(w.round_name, &[("name", n)]))
        .unwrap_or_default();
    fill(
        text,
        &[
            ("kind", &r.kind),
            ("name", &name),
            ("date", &human_datetime(r.started_at)),
        ],
    )
}

fn rounds_words(r: &RoundsData) -> String {
    let answers: usize = r.rounds.iter().map(|r| r.answers.len()).sum();
    if r.rounds.is_empty() {
        return "0".to_string();
    }
    let w = crate::text::data_page::compare();
    fill(
        if answers == 1 {
            w.rounds_one
        } else {
            w.rounds_other
        },
        &[
            ("rounds", &r.rounds.len().to_string()),
            ("n", &answers.to_string()),
        ],
    )
}

fn backup_words(meta: &Meta) -> String {
    match meta.last_export_at {
        Some(at) => human_datetime(at),
        None => crate::text::data_page::compare().never.to_string(),
    }
}

/// The parts compared, in the order of [`column`].
fn rows() -> [&'static str; 10] {
    let w = crate::text::data_page::compare();
    [
        w.ticks,
        w.notes,
        w.role,
        w.place,
        w.assessments,
        w.draft,
        w.audit_entries,
        w.intents,
        w.rounds,
        w.last_backup,
    ]
}

/// What one side holds of each part in [`ROWS`], in words.
fn column(
    p: &Progress,
    a: &AssessmentData,
    x: &PracticeData,
    r: &RoundsData,
    meta: &Meta,
) -> [String; 10] {
    [
        p.checked.len().to_string(),
        p.notes.len().to_string(),
        role_words(p.role.as_deref()),
        place_words(p.last_visited.as_deref()),
        a.history.len().to_string(),
        draft_words(a),
        x.audit.len().to_string(),
        x.intents.len().to_string(),
        rounds_words(r),
        backup_words(meta),
    ]
}

/// The entries of `here` (in order, with their 1-based number) that `there`
/// does not have, and those it has in another version.
type Numbered<'a, T> = Vec<(usize, &'a T)>;

fn differences<'a, T: PartialEq, K: Eq + Hash>(
    here: &'a [T],
    there: &[T],
    key: impl Fn(&T) -> K,
) -> (Numbered<'a, T>, Numbered<'a, T>) {
    let theirs: HashMap<K, &T> = there.iter().map(|e| (key(e), e)).collect();
    let mut missing = Vec::new();
    let mut changed = Vec::new();
    for (i, e) in here.iter().enumerate() {
        match theirs.get(&key(e)) {
            None => missing.push((i + 1, e)),
            Some(t) if *t != e => changed.push((i + 1, e)),
            Some(_) => {}
        }
    }
    (missing, changed)
}

/// What each side holds, part by part, and what replacing and merging
/// would do (see [`Comparison`]).
pub fn compare(here: &SavedData, backup: &SavedData, exported_on: Option<&str>) -> Comparison {
    let merged = merge(here, backup, exported_on);
    let newer = newer_side(&here.meta, &backup.meta);
    let (hp, bp) = (&here.progress, &backup.progress);
    let (ha, ba) = (decoded(&here.assessments), decoded(&backup.assessments));
    let (hx, bx) = (decoded(&here.practice), decoded(&backup.practice));
    let (hr, br) = (decoded(&here.rounds), decoded(&backup.rounds));
    let [ticks_part, notes_part, role_part, place_part, assessments_part, draft_part, audit_part, intents_part, rounds_part, _] =
        rows();

    let mut only_here = Vec::new();
    let mut differ = Vec::new();
    let push = |list: &mut Vec<Named>, part: &'static str, names: Vec<String>| {
        if !names.is_empty() {
            list.push(Named { part, names });
        }
    };

    let ticks: Vec<String> = hp
        .checked
        .iter()
        .filter(|id| !bp.checked.contains(*id))
        .map(|id| tick_name(id))
        .collect();
    push(&mut only_here, ticks_part, ticks);

    let mut notes_only = Vec::new();
    let mut notes_differ = Vec::new();
    let mut notes_both = Vec::new();
    let marker = note_marker(exported_on);
    for (slug, text) in &hp.notes {
        match bp.notes.get(slug) {
            None => notes_only.push(note_name(slug, text)),
            Some(theirs) if theirs != text => {
                notes_differ.push(note_name(slug, text));
                if merge_note(text, theirs, &marker).is_some_and(|m| m != *theirs) {
                    notes_both.push(note_name(slug, text));
                }
            }
            Some(_) => {}
        }
    }
    push(&mut only_here, notes_part, notes_only);
    push(&mut differ, notes_part, notes_differ);

    if let Some(role) = hp.role.as_deref() {
        let words = fill(
            crate::text::data_page::compare().your_role,
            &[("role", &role_words(Some(role)))],
        );
        match bp.role.as_deref() {
            None => push(&mut only_here, role_part, vec![words]),
            Some(theirs) if theirs != role => push(&mut differ, role_part, vec![words]),
            Some(_) => {}
        }
    }
    if let Some(place) = hp.last_visited.as_deref() {
        let words = place_words(Some(place));
        match bp.last_visited.as_deref() {
            None => push(&mut only_here, place_part, vec![words]),
            Some(theirs) if theirs != place => push(&mut differ, place_part, vec![words]),
            Some(_) => {}
        }
    }

    // Entries of each kind: those missing from the backup, and those it
    // holds in another version (which merging may replace).
    let mut entries_differ = Vec::new();
    let mut entries = |part: &'static str, missing: Vec<String>, changed: Vec<String>| {
        push(&mut only_here, part, missing);
        entries_differ.extend(changed.iter().cloned());
        push(&mut differ, part, changed);
    };
    let (missing, changed) = differences(&ha.history, &ba.history, |a| a.taken_at);
    entries(
        assessments_part,
        missing.iter().map(|(_, a)| assessment_name(a)).collect(),
        changed.iter().map(|(_, a)| assessment_name(a)).collect(),
    );
    if let Some(d) = &ha.draft {
        let name = vec![draft_name(d)];
        match &ba.draft {
            None => entries(draft_part, name, Vec::new()),
            Some(theirs) if theirs != d => entries(draft_part, Vec::new(), name),
            Some(_) => {}
        }
    }
    let (missing, changed) = differences(&hx.audit, &bx.audit, |e| e.id.clone());
    entries(
        audit_part,
        missing.iter().map(|(n, e)| audit_name(e, *n)).collect(),
        changed.iter().map(|(n, e)| audit_name(e, *n)).collect(),
    );
    let (missing, changed) = differences(&hx.intents, &bx.intents, |e| e.id.clone());
    entries(
        intents_part,
        missing.iter().map(|(_, e)| intent_name(e)).collect(),
        changed.iter().map(|(_, e)| intent_name(e)).collect(),
    );

    // Not in `entries_differ`: a merge unites open rounds' answers rather
    // than taking one side's copy.
    let (missing, changed) = differences(&hr.rounds, &br.rounds, |r| r.id.clone());
    push(
        &mut only_here,
        rounds_part,
        missing.iter().map(|(_, r)| round_name(r)).collect(),
    );
    push(
        &mut differ,
        rounds_part,
        changed.iter().map(|(_, r)| round_name(r)).collect(),
    );

    let merge_changes = merged.as_ref().is_ok_and(|m| {
        m.progress != here.progress
            || *decoded(&m.assessments) != *ha
            || *decoded(&m.practice) != *hx
            || *decoded(&m.rounds) != *hr
    });
    let here_column = column(hp, &ha, &hx, &hr, &here.meta);
    let backup_column = column(bp, &ba, &bx, &br, &backup.meta);
    let merged_column = merged.as_ref().ok().map(|m| {
        let (a, x, r) = (
            decoded(&m.assessments),
            decoded(&m.practice),
            decoded(&m.rounds),
        );
        column(&m.progress, &a, &x, &r, &m.meta)
    });
    let rows = rows()
        .into_iter()
        .enumerate()
        .map(|(i, part)| Row {
            part,
            here: here_column[i].clone(),
            backup: backup_column[i].clone(),
            merged: merged_column.as_ref().map(|c| c[i].clone()),
        })
        .collect();

    Comparison {
        rows,
        only_here,
        differ,
        notes_both,
        entries_differ,
        newer,
        merged,
        merge_changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::STEPS;
    use crate::model::assessment::Scores;
    use crate::model::saved::Part;

    const DAY: u64 = 86_400_000;
    const T0: u64 = 1_795_269_789_000; // 2026-11-21

    fn audit(id: &str, practice: &str) -> AuditEntry {
        AuditEntry {
            id: id.into(),
            practice: practice.into(),
            ..AuditEntry::default()
        }
    }

    fn intent(id: &str, date: &str, text: &str) -> IntentEntry {
        IntentEntry {
            id: id.into(),
            date: date.into(),
            text: text.into(),
            ..IntentEntry::default()
        }
    }

    fn assessment(taken_at: u64, control: u8) -> Assessment {
        Assessment {
            taken_at,
            role: "leader".into(),
            answers: Default::default(),
            rung: None,
            scores: Scores {
                control,
                competence: 50,
                clarity: 50,
            },
        }
    }

    fn data(
        updated_at: u64,
        edit: impl FnOnce(&mut Progress, &mut AssessmentData, &mut PracticeData),
    ) -> SavedData {
        let mut progress = Progress::default();
        let mut assessments = AssessmentData::default();
        let mut practice = PracticeData::default();
        edit(&mut progress, &mut assessments, &mut practice);
        let mut d = SavedData::new(progress);
        d.assessments = assessments.into();
        d.practice = practice.into();
        d.meta.updated_at = Some(updated_at);
        d
    }

    fn item(n: usize) -> &'static str {
        STEPS[0].items[n].id
    }

    fn parts(d: &SavedData) -> (AssessmentData, PracticeData) {
        (
            d.assessments.get().unwrap().into_owned(),
            d.practice.get().unwrap().into_owned(),
        )
    }

    #[test]
    fn ticks_are_united() {
        let here = data(T0, |p, _, _| {
            p.set_checked(item(0), true);
            p.set_checked(item(1), true);
        });
        let backup = data(T0 - DAY, |p, _, _| {
            p.set_checked(item(1), true);
            p.set_checked(item(2), true);
        });
        let merged = merge(&here, &backup, None).unwrap();
        let ticked: Vec<&str> = merged.progress.checked.iter().map(String::as_str).collect();
        let mut expected = vec![item(0), item(1), item(2)];
        expected.sort();
        assert_eq!(ticked, expected);
    }

    #[test]
    fn differing_notes_are_both_kept_under_a_marker_and_equal_ones_once() {
        let here = data(T0, |p, _, _| {
            p.set_note("genetic-code", "Mine, written here.");
            p.set_note("act-your-way", "The same words.");
            p.set_note("start-in-the-middle", "Only here.");
        });
        let backup = data(T0 - DAY, |p, _, _| {
            p.set_note("genetic-code", "Theirs, from the other laptop.");
            p.set_note("act-your-way", "The same words.");
            p.set_note("competence-and-clarity", "Only in the backup.");
        });
        let merged = merge(&here, &backup, Some("2026-11-20")).unwrap();
        let notes = &merged.progress.notes;
        assert_eq!(
            notes["genetic-code"],
            "Mine, written here.\n\n--- From the backup of 2026-11-20 ---\nTheirs, from the other laptop."
        );
        assert_eq!(notes["act-your-way"], "The same words.");
        assert_eq!(notes["start-in-the-middle"], "Only here.");
        assert_eq!(notes["competence-and-clarity"], "Only in the backup.");
        assert_eq!(notes.len(), 4);
        // Without a date, the marker still says where the text came from.
        let merged = merge(&here, &backup, None).unwrap();
        assert!(merged.progress.notes["genetic-code"].contains("\n--- From the backup ---\n"));
    }

    #[test]
    fn a_note_that_holds_the_other_is_kept_alone_so_merging_twice_changes_nothing() {
        let here = data(T0, |p, _, _| {
            p.set_note("genetic-code", "Start. And more since.")
        });
        let backup = data(T0 - DAY, |p, _, _| p.set_note("genetic-code", "Start."));
        let once = merge(&here, &backup, Some("2026-11-20")).unwrap();
        assert_eq!(
            once.progress.notes["genetic-code"],
            "Start. And more since."
        );
        // The backup's note grew instead: the longer one is kept.
        let merged = merge(&backup, &here, None).unwrap();
        assert_eq!(
            merged.progress.notes["genetic-code"],
            "Start. And more since."
        );
        // Two different notes merged, then merged with the same backup again.
        let backup = data(T0 - DAY, |p, _, _| p.set_note("genetic-code", "Other."));
        let once = merge(&here, &backup, Some("2026-11-20")).unwrap();
        let twice = merge(&once, &backup, Some("2026-11-20")).unwrap();
        assert_eq!(once, twice);
    }

    #[test]
    fn role_and_place_are_this_browsers_unless_it_has_none() {
        let here = data(T0, |p, _, _| {
            p.set_role(Role::Member);
        });
        let backup = data(T0 + DAY, |p, _, _| {
            p.set_role(Role::Leader);
            p.visit("/checklist");
        });
        let merged = merge(&here, &backup, None).unwrap();
        assert_eq!(merged.progress.role.as_deref(), Some("member"));
        assert_eq!(merged.progress.last_visited.as_deref(), Some("/checklist"));
        let merged = merge(&SavedData::default(), &backup, None).unwrap();
        assert_eq!(merged.progress.role.as_deref(), Some("leader"));
    }

    #[test]
    fn entries_are_united_by_id_in_a_sensible_order() {
        let here = data(T0, |_, a, x| {
            a.history = vec![assessment(T0 - 3 * DAY, 40)];
            x.audit = vec![
                audit("a-1", "one"),
                audit("a-2", "two"),
                audit("a-4", "four"),
            ];
            x.intents = vec![
                intent("i-new", "2026-11-21", "new here"),
                intent("i-1", "", "old"),
            ];
        });
        let backup = data(T0 - DAY, |_, a, x| {
            a.history = vec![assessment(T0 - 5 * DAY, 30), assessment(T0 - 3 * DAY, 40)];
            x.audit = vec![
                audit("a-1", "one"),
                audit("a-3", "three"),
                audit("a-2", "two"),
            ];
            x.intents = vec![
                intent("i-b", "2026-11-19", "from backup"),
                intent("i-1", "", "old"),
            ];
        });
        let merged = merge(&here, &backup, None).unwrap();
        let (a, x) = parts(&merged);
        let times: Vec<u64> = a.history.iter().map(|a| a.taken_at).collect();
        assert_eq!(times, [T0 - 5 * DAY, T0 - 3 * DAY]);
        let ids: Vec<&str> = x.audit.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a-1", "a-3", "a-2", "a-4"]);
        let ids: Vec<&str> = x.intents.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["i-new", "i-b", "i-1"]);
        // Nothing of either side is lost.
        assert_eq!(
            merge(&backup, &here, None).map(|m| parts(&m).1.audit.len()),
            Ok(4)
        );
    }

    #[test]
    fn where_the_same_entry_differs_the_side_changed_last_wins() {
        let edit_here = |_: &mut Progress, a: &mut AssessmentData, x: &mut PracticeData| {
            a.history = vec![assessment(T0 - 3 * DAY, 40)];
            a.draft = Some(Draft {
                started_at: T0,
                ..Draft::default()
            });
            x.audit = vec![audit("a-1", "edited here")];
            x.intents = vec![intent("i-1", "2026-11-20", "edited here")];
        };
        let edit_backup = |_: &mut Progress, a: &mut AssessmentData, x: &mut PracticeData| {
            a.history = vec![assessment(T0 - 3 * DAY, 90)];
            a.draft = Some(Draft {
                started_at: T0 - DAY,
                ..Draft::default()
            });
            x.audit = vec![audit("a-1", "edited in the backup")];
            x.intents = vec![intent("i-1", "2026-11-20", "edited in the backup")];
        };
        // This browser changed last: its copies stay.
        let here = data(T0, edit_here);
        let backup = data(T0 - DAY, edit_backup);
        let (a, x) = parts(&merge(&here, &backup, None).unwrap());
        assert_eq!(a.history[0].scores.control, 40);
        assert_eq!(a.draft.unwrap().started_at, T0);
        assert_eq!(x.audit[0].practice, "edited here");
        assert_eq!(x.intents[0].text, "edited here");
        assert_eq!(x.intents.len(), 1);
        // The backup's data changed last: its copies win.
        let backup = data(T0 + DAY, edit_backup);
        let (a, x) = parts(&merge(&here, &backup, None).unwrap());
        assert_eq!(a.history[0].scores.control, 90);
        assert_eq!(a.draft.unwrap().started_at, T0 - DAY);
        assert_eq!(x.audit[0].practice, "edited in the backup");
        assert_eq!(x.intents[0].text, "edited in the backup");
        // Times unknown or equal: this browser's.
        let mut backup = data(T0, edit_backup);
        assert_eq!(newer_side(&here.meta, &backup.meta), Side::Here);
        backup.meta.updated_at = None;
        assert_eq!(newer_side(&here.meta, &backup.meta), Side::Here);
        let mut here = here;
        here.meta.updated_at = None;
        assert_eq!(newer_side(&here.meta, &backup.meta), Side::Here);
    }

    #[test]
    fn a_draft_only_the_backup_has_is_kept() {
        let here = data(T0, |_, _, _| {});
        let backup = data(T0 - DAY, |_, a, _| {
            a.draft = Some(Draft {
                started_at: 5,
                ..Draft::default()
            })
        });
        let (a, _) = parts(&merge(&here, &backup, None).unwrap());
        assert_eq!(a.draft.map(|d| d.started_at), Some(5));
    }

    #[test]
    fn a_merge_past_the_limits_is_refused_with_the_reason() {
        let long = "x".repeat(15_000);
        let here = data(T0, |p, _, _| p.set_note("genetic-code", &long));
        let backup = data(T0, |p, _, _| {
            p.set_note("genetic-code", &"y".repeat(15_000))
        });
        let why = merge(&here, &backup, None).unwrap_err();
        assert!(
            why.contains("reflection note for \"genetic-code\""),
            "{why}"
        );
        let c = compare(&here, &backup, None);
        assert!(c.merged.is_err());
        assert!(!c.merge_changes);
        assert_eq!(c.rows[0].merged, None);
    }

    #[test]
    fn the_merge_keeps_this_browsers_bookkeeping() {
        let mut here = data(T0, |_, _, _| {});
        here.meta.last_export_at = Some(T0 - 7 * DAY);
        let mut backup = data(T0 + DAY, |_, _, _| {});
        backup.meta.last_export_at = Some(T0 + DAY);
        assert_eq!(merge(&here, &backup, None).unwrap().meta, here.meta);
    }

    #[test]
    fn merging_undecoded_parts_reads_them() {
        let mut here = data(T0, |_, _, x| x.audit = vec![audit("a-1", "one")]);
        here.practice = Part::Json(std::sync::Arc::new(
            serde_json::to_value(parts(&here).1).unwrap(),
        ));
        let backup = data(T0, |_, _, x| x.audit = vec![audit("a-2", "two")]);
        assert_eq!(
            parts(&merge(&here, &backup, None).unwrap()).1.audit.len(),
            2
        );
    }

    /// The case from the issue: an intent logged after the backup was made.
    #[test]
    fn the_preview_names_what_replacing_loses_and_what_merging_keeps() {
        let backup = data(T0 - DAY, |p, a, x| {
            p.set_role(Role::Member);
            p.set_checked(item(0), true);
            p.set_note("genetic-code", "Older words.");
            a.history = vec![assessment(T0 - 3 * DAY, 40)];
            x.audit = vec![audit("a-1", "Refunds need approval")];
            x.intents = vec![intent("i-1", "2026-11-19", "I intend to ship")];
        });
        let here = data(T0, |p, a, x| {
            p.set_role(Role::Leader);
            p.set_checked(item(0), true);
            p.set_checked(item(1), true);
            p.set_note("genetic-code", "Newer words.");
            p.visit("/checklist");
            a.history = vec![assessment(T0 - 3 * DAY, 40), assessment(T0, 70)];
            x.audit = vec![audit("a-1", "Refunds need approval from the lead")];
            x.intents = vec![
                intent(
                    "i-2",
                    "2026-11-21",
                    "I intend to hire two engineers this quarter for the team",
                ),
                intent("i-1", "2026-11-19", "I intend to ship"),
            ];
        });
        let c = compare(&here, &backup, Some("2026-11-20"));
        let table: Vec<(&str, &str, &str, Option<&str>)> = c
            .rows
            .iter()
            .map(|r| {
                (
                    r.part,
                    r.here.as_str(),
                    r.backup.as_str(),
                    r.merged.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            table,
            [
                ("Ticked items", "2", "1", Some("2")),
                ("Reflection notes", "1", "1", Some("1")),
                ("Role", "Leader", "Team member", Some("Leader")),
                (
                    "Where you left off",
                    "Your checklist",
                    "nowhere yet",
                    Some("Your checklist")
                ),
                ("Self-assessments", "2", "1", Some("2")),
                ("Self-assessment in progress", "0", "0", Some("0")),
                ("Audit entries", "1", "1", Some("1")),
                ("Intent-log entries", "2", "1", Some("2")),
                ("Team rounds", "0", "0", Some("0")),
                ("Last backup made", "never", "never", Some("never")),
            ]
        );
        let named = |list: &[Named]| -> Vec<(String, Vec<String>)> {
            list.iter()
                .map(|n| (n.part.to_string(), n.names.clone()))
                .collect()
        };
        let tick = format!("Step 1: {}", first_words(STEPS[0].items[1].text(), 8));
        assert_eq!(
            named(&c.only_here),
            [
                ("Ticked items".to_string(), vec![tick]),
                (
                    "Where you left off".to_string(),
                    vec!["Your checklist".to_string()]
                ),
                (
                    "Self-assessments".to_string(),
                    vec![format!("self-assessment of {}", human_datetime(T0))]
                ),
                (
                    "Intent-log entries".to_string(),
                    vec![
                        "2026-11-21: \u{201c}I intend to hire two engineers this quarter…\u{201d}"
                            .to_string()
                    ]
                ),
            ]
        );
        assert_eq!(
            named(&c.differ),
            [
                (
                    "Reflection notes".to_string(),
                    vec!["Step 3 note: \u{201c}Newer words.\u{201d}".to_string()]
                ),
                ("Role".to_string(), vec!["your role: Leader".to_string()]),
                (
                    "Audit entries".to_string(),
                    vec!["audit: \u{201c}Refunds need approval from the lead\u{201d}".to_string()]
                ),
            ]
        );
        assert_eq!(c.notes_both, ["Step 3 note: \u{201c}Newer words.\u{201d}"]);
        assert_eq!(
            c.entries_differ,
            ["audit: \u{201c}Refunds need approval from the lead\u{201d}"]
        );
        assert_eq!(c.newer, Side::Here);
        assert!(c.merge_changes, "the backup's note is added");
    }

    #[test]
    fn the_preview_of_the_same_data_finds_nothing_to_lose_or_merge() {
        let d = data(T0, |p, a, x| {
            p.set_checked(item(0), true);
            a.history = vec![assessment(T0, 50)];
            x.intents = vec![intent("i-1", "", "")];
        });
        let c = compare(&d, &d, None);
        assert!(c.only_here.is_empty() && c.differ.is_empty());
        assert!(!c.merge_changes);
        assert_eq!(c.merged.as_ref().map(|m| &m.progress), Ok(&d.progress));
        // An empty browser loses nothing either.
        let c = compare(&SavedData::default(), &d, None);
        assert!(c.only_here.is_empty() && c.differ.is_empty());
        assert!(c.merge_changes);
    }

    #[test]
    fn names_are_short_and_on_one_line() {
        assert_eq!(first_words("one  two\nthree", 8), "one two three");
        assert_eq!(first_words("a b c d e f g h i", 8), "a b c d e f g h…");
        assert_eq!(first_words(&"x".repeat(100), 8).chars().count(), 61);
        assert_eq!(first_words("", 8), "");
        assert_eq!(
            intent_name(&intent("i", "", " ")),
            "undated: \u{201c}(no text)\u{201d}"
        );
        assert_eq!(
            tick_name("gone-item"),
            "an item this version does not know (gone-item)"
        );
        assert_eq!(
            audit_name(&audit("a", ""), 3),
            "audit: \u{201c}Entry 3 (not named yet)\u{201d}"
        );
    }

    fn round(id: &str, answers: &[&str], closed: Option<u64>) -> Round {
        Round {
            id: id.into(),
            kind: "team".into(),
            public_key: crate::model::rounds::text::base64url(&[4; 65]),
            private_key: "{}".into(),
            started_at: T0,
            closed_at: closed,
            answers: answers
                .iter()
                .map(|a| crate::model::rounds::ReceivedAnswer {
                    id: (*a).into(),
                    ..Default::default()
                })
                .collect(),
            ..Round::default()
        }
    }

    fn with_rounds(updated_at: u64, rounds: Vec<Round>) -> SavedData {
        let mut d = data(updated_at, |_, _, _| {});
        d.rounds = RoundsData { rounds }.into();
        d
    }

    fn answer_ids(d: &SavedData, round: usize) -> Vec<String> {
        d.rounds.get().unwrap().rounds[round]
            .answers
            .iter()
            .map(|a| a.id.clone())
            .collect()
    }

    #[test]
    fn an_open_round_on_both_sides_keeps_every_answer_once() {
        let here = with_rounds(
            T0,
            vec![round(
                "00000000000000aa",
                &["AAAAAAAAAAAAAAAA", "CCCCCCCCCCCCCCCC"],
                None,
            )],
        );
        let backup = with_rounds(
            T0 + DAY,
            vec![
                round(
                    "00000000000000aa",
                    &["BBBBBBBBBBBBBBBB", "CCCCCCCCCCCCCCCC"],
                    None,
                ),
                round("00000000000000bb", &[], None),
            ],
        );
        let merged = merge(&here, &backup, None).unwrap();
        assert_eq!(
            answer_ids(&merged, 0),
            ["AAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBB", "CCCCCCCCCCCCCCCC"]
        );
        assert_eq!(merged.rounds.get().unwrap().rounds.len(), 2);
        let c = compare(&here, &backup, None);
        let row = c.rows.iter().find(|r| r.part == "Team rounds").unwrap();
        assert_eq!(
            (
                row.here.as_str(),
                row.backup.as_str(),
                row.merged.as_deref()
            ),
            ("1 (2 answers)", "2 (2 answers)", Some("2 (3 answers)"))
        );
        assert!(c.merge_changes);
        assert_eq!(
            c.differ.iter().filter(|n| n.part == "Team rounds").count(),
            1
        );
    }

    #[test]
    fn a_round_closed_on_one_side_stays_as_it_was_closed() {
        let closed = round("00000000000000aa", &["AAAAAAAAAAAAAAAA"], Some(T0));
        let open = round(
            "00000000000000aa",
            &["AAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBB"],
            None,
        );
        for (here, backup) in [
            (
                with_rounds(T0, vec![closed.clone()]),
                with_rounds(T0 + DAY, vec![open.clone()]),
            ),
            (
                with_rounds(T0 + DAY, vec![open.clone()]),
                with_rounds(T0, vec![closed.clone()]),
            ),
        ] {
            let merged = merge(&here, &backup, None).unwrap();
            let rounds = merged.rounds.get().unwrap();
            assert_eq!(rounds.rounds, std::slice::from_ref(&closed));
        }
    }

    #[test]
    fn a_round_only_here_is_named_as_lost_by_replacing() {
        let here = with_rounds(T0, vec![round("00000000000000aa", &[], None)]);
        let backup = with_rounds(T0, vec![]);
        let c = compare(&here, &backup, None);
        let lost: Vec<&Named> = c
            .only_here
            .iter()
            .filter(|n| n.part == "Team rounds")
            .collect();
        assert_eq!(lost.len(), 1);
        assert!(lost[0].names[0].starts_with("team round about our team, started"));
        let merged = merge(&here, &backup, None).unwrap();
        assert_eq!(merged.rounds.get().unwrap().rounds.len(), 1);
    }
}
