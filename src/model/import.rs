//! Backup files: everything the visitor has, written to one JSON file and
//! read back from one.
//!
//! A backup is the saved-data envelope (see [`crate::model::saved`]) with two
//! extra fields in front, `app` and `exported_at`:
//!
//! ```json
//! {
//!   "app": "leader-leader",
//!   "exported_at": "2026-11-21T14:03:09Z",
//!   "version": 2,
//!   "progress": { "role": "member", "checked": [...], "notes": {...}, ... },
//!   "meta": { ... }
//! }
//! ```
//!
//! A file to import is untrusted: it may be damaged, made by another program,
//! made by a newer version of the app, or written to cause trouble.
//! [`parse_import`] checks it step by step and explains any refusal in words a
//! visitor understands ([`ImportError`]'s `Display`); [`validate`] keeps what
//! it accepts within limits so an imported file cannot fill the browser's
//! storage or smuggle odd values into the app.

use serde::Serialize;
use serde_json::{Map, Value};

use super::assessment::AssessmentData;
use super::practice::{AuditEntry, IntentEntry, PracticeData};
use super::progress::{Progress, MAX_NOTE_CHARS};
use super::rounds::RoundsData;
use super::saved::{decode_value, DecodeError, Meta, Part, SavedData, CURRENT_VERSION};
use super::time::{iso_date, iso_datetime, local_datetime_zoned, parse_iso_datetime, MAX_TIME_MS};
use crate::content::Role;
use crate::text::{fill, messages};

/// The largest backup file read, in bytes. A full backup of ordinary text
/// (500 item names, 50 notes of 20,000 characters, even if every character
/// takes two bytes) stays below it.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The value of a backup's `app` field.
pub const APP_ID: &str = "leader-leader";

/// The most ticked items a backup may hold.
pub const MAX_CHECKED: usize = 500;

/// The most reflection notes a backup may hold.
pub const MAX_NOTES: usize = 50;

/// The longest item name or note key, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// The longest "last visited" path, in characters.
pub const MAX_PATH_CHARS: usize = 200;

const MIB: u128 = 1024 * 1024;

/// The backup text for `data`, exported at `now_ms` (milliseconds since
/// 1970): pretty-printed JSON with `app` and `exported_at` first, then
/// `version` (always [`CURRENT_VERSION`]), `progress` and `meta`.
///
/// `meta` is written as given: mark the data exported (`Meta::exported`)
/// before calling if the file should say so.
pub fn export_json(data: &SavedData, now_ms: u64) -> String {
    super::saved::write_parts_in_full();
    #[derive(Serialize)]
    struct Backup<'a> {
        app: &'static str,
        exported_at: String,
        version: u64,
        progress: &'a Progress,
        assessments: &'a Part<AssessmentData>,
        practice: &'a Part<PracticeData>,
        rounds: &'a Part<RoundsData>,
        meta: &'a Meta,
    }
    let backup = Backup {
        app: APP_ID,
        exported_at: iso_datetime(now_ms),
        version: CURRENT_VERSION,
        progress: &data.progress,
        assessments: &data.assessments,
        practice: &data.practice,
        rounds: &data.rounds,
        meta: &data.meta,
    };
    let mut text = serde_json::to_string_pretty(&backup).expect("a backup always serializes");
    text.push('\n');
    text
}

/// [`export_json`], checked by the import's own rules ([`parse_import`])
/// before it is offered: a file that would not restore, or would restore to
/// other data, is never handed over. `Err` says why, in the visitor's words.
pub fn export_checked(data: &SavedData, now_ms: u64) -> Result<String, String> {
    let text = export_json(data, now_ms);
    // What a restore must give back: the data with every part decoded.
    let mut expected = data.current();
    let decoded = expected.assessments.get_mut().is_ok()
        && expected.practice.get_mut().is_ok()
        && expected.rounds.get_mut().is_ok();
    let why = match parse_import(&text) {
        Ok(preview) if decoded && preview.data == expected => return Ok(text),
        Ok(_) => messages::backup_not_made().not_same.to_string(),
        Err(ImportError::Invalid(section, why) | ImportError::WrongShape(section, why)) => fill(
            messages::backup_not_made().part,
            &[("part", section.name()), ("why", &why)],
        ),
        Err(other) => other.to_string(),
    };
    Err(fill(messages::backup_not_made().text, &[("why", &why)]))
}

/// The suggested name of a backup file made at `now_ms`, e.g.
/// `leader-leader-backup-2026-11-21.json` (the UTC date).
pub fn export_file_name(now_ms: u64) -> String {
    format!("leader-leader-backup-{}.json", iso_date(now_ms))
}

/// A backup file that passed every check: the data it holds (migrated to
/// [`CURRENT_VERSION`]) and a summary to show before the visitor confirms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    /// The data, ready to save.
    pub data: SavedData,
    /// What the file holds, for the confirmation message.
    pub summary: ImportSummary,
}

/// What a backup file holds, in numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    /// The format version written in the file (before migration).
    pub file_version: u64,
    /// When the file was exported, as `YYYY-MM-DDTHH:MM:SSZ`, if it says so
    /// in a form this app reads.
    pub exported_at: Option<String>,
    /// The role in the file: `"leader"`, `"member"` or `None`.
    pub role: Option<String>,
    /// How many ticked items (including ids this version does not know).
    pub checked: usize,
    /// How many reflection notes.
    pub notes: usize,
}

impl ImportSummary {
    /// One plain-English sentence, e.g. "Exported 2026-11-21 14:03 UTC
    /// (format 1): 5 ticked items and 2 reflection notes; role: team member."
    pub fn describe(&self) -> String {
        self.describe_in(&|_| 0)
    }

    /// [`describe`](Self::describe) with the export time in local time:
    /// `offset` gives the local clock's minutes east of UTC at a moment.
    pub fn describe_in(&self, offset: &dyn Fn(u64) -> i32) -> String {
        let w = messages::backup_summary();
        let when = match self.exported_at.as_deref().and_then(parse_iso_datetime) {
            Some(ms) => fill(
                w.exported,
                &[("date", &local_datetime_zoned(ms, offset(ms)))],
            ),
            None => w.export_unknown.to_string(),
        };
        let count = |n: usize, one: &str, other: &str| {
            fill(if n == 1 { one } else { other }, &[("n", &n.to_string())])
        };
        let role = match self.role.as_deref().and_then(Role::from_id) {
            Some(Role::Leader) => w.role_leader,
            Some(Role::Member) => w.role_member,
            None => w.role_none,
        };
        fill(
            w.text,
            &[
                ("when", &when),
                ("format", &self.file_version.to_string()),
                ("ticks", &count(self.checked, w.ticks_one, w.ticks_other)),
                ("notes", &count(self.notes, w.notes_one, w.notes_other)),
                ("role", role),
            ],
        )
    }
}

/// Why a file cannot be imported. `Display` gives a message for the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is bigger than [`MAX_IMPORT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// The file is empty or only white space.
    Empty,
    /// The file is not JSON (or is nested too deeply to read); line and
    /// column are 1-based. `backup` is true when the text still says it is a
    /// Leader-Leader backup (a backup cut short or edited by hand).
    NotJson {
        line: usize,
        column: usize,
        message: String,
        backup: bool,
    },
    /// JSON, but not a Leader-Leader backup (another app's file, a list,
    /// no format version...).
    NotABackup(String),
    /// Made by a newer version of the app, in a format this one cannot read.
    NewerVersion { found: u64 },
    /// A backup whose parts have the wrong types: which part, and why.
    WrongShape(Section, String),
    /// A well-formed backup whose values break the limits in [`validate`]:
    /// which part, and why.
    Invalid(Section, String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let w = messages::import_error();
        let text = match self {
            ImportError::TooLarge { bytes, limit } => fill(
                w.too_large,
                &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))],
            ),
            ImportError::Empty => w.empty.to_string(),
            ImportError::NotJson {
                line,
                column,
                message,
                ..
            } => fill(
                w.not_json,
                &[
                    ("message", message),
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                ],
            ),
            ImportError::NotABackup(why) => fill(w.not_a_backup, &[("why", why)]),
            ImportError::NewerVersion { found } => fill(
                w.newer,
                &[
                    ("found", &found.to_string()),
                    ("current", &CURRENT_VERSION.to_string()),
                ],
            ),
            ImportError::WrongShape(_, why) => fill(w.wrong_shape, &[("why", why)]),
            ImportError::Invalid(_, why) => fill(w.invalid, &[("why", why)]),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}

/// A part of a backup, named for the visitor when that part is damaged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The format version.
    Format,
    /// The progress part as a whole (ticks, notes, role, place).
    Progress,
    Role,
    Ticks,
    Notes,
    /// Where the visitor left off.
    Place,
    Assessments,
    Audit,
    Intents,
    /// The practice part as a whole.
    Practice,
    /// Team rounds, with their answers and keys.
    Rounds,
    /// `meta`: when things changed and were backed up.
    Bookkeeping,
}

impl Section {
    /// The part in words, e.g. "the reflection notes".
    pub fn name(self) -> &'static str {
        let w = messages::backup_part();
        match self {
            Section::Format => w.format,
            Section::Progress => w.progress,
            Section::Role => w.role,
            Section::Ticks => w.ticks,
            Section::Notes => w.notes,
            Section::Place => w.place,
            Section::Assessments => w.assessments,
            Section::Audit => w.audit,
            Section::Intents => w.intents,
            Section::Practice => w.practice,
            Section::Rounds => w.rounds,
            Section::Bookkeeping => w.bookkeeping,
        }
    }
}

/// The three things a visitor needs to know about a refused file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefusalKind {
    /// Not a Leader-Leader backup at all (or too big or empty to be one).
    NotABackup,
    /// A backup from a newer version of the app.
    Newer,
    /// A Leader-Leader backup with a damaged part.
    Damaged,
}

/// A refused file explained: plain words for the visitor, and the technical
/// account (the error's `Display`) for someone reporting a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub kind: RefusalKind,
    /// What is wrong and what to do, as a person would say it.
    pub message: String,
    /// The technical detail.
    pub details: String,
}

impl ImportError {
    /// What is wrong, in the visitor's words (see [`Refusal`]).
    pub fn explain(&self) -> Refusal {
        use RefusalKind::*;
        let w = messages::refusal();
        let (kind, what) = match self {
            ImportError::TooLarge { bytes, .. } => (
                NotABackup,
                fill(w.too_large, &[("size", &megabytes(*bytes))]),
            ),
            ImportError::Empty => (NotABackup, w.empty.to_string()),
            ImportError::NotJson { backup: true, .. } => (Damaged, w.cut_short.to_string()),
            ImportError::NotJson { .. } | ImportError::NotABackup(_) => {
                (NotABackup, w.not_a_backup.to_string())
            }
            ImportError::NewerVersion { .. } => (Newer, w.newer.to_string()),
            ImportError::WrongShape(section, _) | ImportError::Invalid(section, _) => {
                (Damaged, fill(w.damaged_part, &[("part", section.name())]))
            }
        };
        let advice = match kind {
            NotABackup => w.advice_not_a_backup,
            Newer => w.advice_newer,
            Damaged => w.advice_damaged,
        };
        Refusal {
            kind,
            message: fill(w.text, &[("what", &what), ("advice", advice)]),
            details: self.to_string(),
        }
    }
}

/// Reads a backup file's text and checks it, in this order: size, empty,
/// JSON syntax, an object at the top, `app` (if present) is
/// `"leader-leader"`, `version` is a whole number from 1 to
/// [`CURRENT_VERSION`], the parts have the right types (then the data is
/// read and migrated exactly as [`decode`] does), and [`validate`].
///
/// A leading byte-order mark is ignored. Never panics, whatever the text.
pub fn parse_import(text: &str) -> Result<ImportPreview, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // serde_json refuses nesting deeper than 128 levels with an error, so a
    // hostile file cannot overflow the stack here.
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        message: json_message(&e.to_string()),
        backup: says_backup(text),
    })?;
    let Value::Object(object) = &value else {
        return Err(ImportError::NotABackup(fill(
            messages::import_why().not_an_object,
            &[("kind", kind(&value))],
        )));
    };
    match object.get("app") {
        None => {}
        Some(Value::String(app)) if app == APP_ID => {}
        Some(Value::String(app)) => {
            return Err(ImportError::NotABackup(fill(
                messages::import_why().other_app,
                &[("app", &quote(app))],
            )))
        }
        Some(other) => {
            return Err(ImportError::NotABackup(fill(
                messages::import_why().app_field,
                &[("kind", kind(other))],
            )))
        }
    }
    let version = match object.get("version") {
        None => {
            return Err(ImportError::NotABackup(
                messages::import_why().no_version.to_string(),
            ))
        }
        Some(v) => match v.as_u64() {
            Some(0) | None => {
                return Err(ImportError::WrongShape(
                    Section::Format,
                    fill(
                        messages::import_why().bad_version,
                        &[("value", &describe_value(v))],
                    ),
                ))
            }
            Some(n) => n,
        },
    };
    if version > CURRENT_VERSION {
        return Err(ImportError::NewerVersion { found: version });
    }
    check_shape(object, version)?;
    let exported_at = object
        .get("exported_at")
        .and_then(Value::as_str)
        .and_then(parse_iso_datetime)
        .filter(|&ms| ms <= MAX_TIME_MS)
        .map(iso_datetime);

    // Read and migrate exactly as saved data is read from storage, from the
    // JSON already parsed above (a 5 MB file is parsed once, not twice).
    let data = decode_value(value).map_err(|e| match e {
        DecodeError::NotJson {
            line,
            column,
            message,
        } => ImportError::NotJson {
            line,
            column,
            message: tidy(&message),
            backup: true,
        },
        DecodeError::WrongShape(why) => ImportError::WrongShape(unreadable_part(text), tidy(&why)),
        DecodeError::NewerVersion { found } => ImportError::NewerVersion { found },
    })?;
    validate(&data)?;
    let summary = ImportSummary {
        file_version: version,
        exported_at,
        role: data.progress.role.clone(),
        checked: data.progress.checked.len(),
        notes: data.progress.notes.len(),
    };
    Ok(ImportPreview { data, summary })
}

/// Checks that saved data stays within the limits a backup may hold, so an
/// imported file cannot smuggle junk into the app or exhaust its storage:
///
/// - role: none, or a name of the same form as an item's (`"leader"`,
///   `"member"`, or one a newer version knows);
/// - at most [`MAX_CHECKED`] ticked items, each 1 to [`MAX_ID_CHARS`]
///   characters of `a-z`, `0-9` and `-` (ids this version does not know are
///   allowed: they may come from an older or newer version);
/// - at most [`MAX_NOTES`] notes, each filed under a key of that same form
///   and at most [`MAX_NOTE_CHARS`] characters long;
/// - last visited: none, or an app path (starts with one `/`, at most
///   [`MAX_PATH_CHARS`] printable ASCII characters, no `\`);
/// - times in `meta`: at most [`MAX_TIME_MS`] (the end of year 9999).
pub fn validate(data: &SavedData) -> Result<(), ImportError> {
    let invalid = |section, why: String| Err(ImportError::Invalid(section, why));
    let p = &data.progress;
    // A role this version does not know may come from a newer one: saved
    // data keeps it, and so does a backup, if it has the form of a name.
    if let Some(role) = p.role.as_deref().filter(|r| !is_id(r)) {
        return invalid(
            Section::Role,
            fill(messages::import_why().role_name, &[("role", &quote(role))]),
        );
    }
    if p.checked.len() > MAX_CHECKED {
        return invalid(
            Section::Ticks,
            fill(
                messages::import_why().too_many_ticks,
                &[
                    ("n", &p.checked.len().to_string()),
                    ("max", &MAX_CHECKED.to_string()),
                ],
            ),
        );
    }
    if let Some(id) = p.checked.iter().find(|id| !is_id(id)) {
        return invalid(
            Section::Ticks,
            fill(messages::import_why().item_name, &[("item", &quote(id))]),
        );
    }
    if p.notes.len() > MAX_NOTES {
        return invalid(
            Section::Notes,
            fill(
                messages::import_why().too_many_notes,
                &[
                    ("n", &p.notes.len().to_string()),
                    ("max", &MAX_NOTES.to_string()),
                ],
            ),
        );
    }
    for (key, note) in &p.notes {
        if !is_id(key) {
            return invalid(
                Section::Notes,
                fill(messages::import_why().note_key, &[("key", &quote(key))]),
            );
        }
        let chars = note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return invalid(
                Section::Notes,
                fill(
                    messages::import_why().note_too_long,
                    &[
                        ("key", key),
                        ("n", &crate::text::integer(chars as u64)),
                        ("max", &crate::text::integer(MAX_NOTE_CHARS as u64)),
                    ],
                ),
            );
        }
    }
    if let Some(path) = &p.last_visited {
        if !is_app_path(path) {
            return invalid(
                Section::Place,
                fill(messages::import_why().place, &[("path", &quote(path))]),
            );
        }
    }
    let m = &data.meta;
    let w = messages::import_why();
    for (time, why) in [
        (m.updated_at, w.late_update),
        (m.unexported_since, w.late_unexported),
        (m.last_export_at, w.late_export),
        (m.reminder_dismissed_at, w.late_reminder),
    ] {
        if time.is_some_and(|t| t > MAX_TIME_MS) {
            return invalid(Section::Bookkeeping, why.to_string());
        }
    }
    let unreadable = |section| move |e: DecodeError| ImportError::Invalid(section, e.to_string());
    let assessments = data
        .assessments
        .get()
        .map_err(unreadable(Section::Assessments))?;
    assessments
        .validate()
        .map_err(|why| ImportError::Invalid(Section::Assessments, why))?;
    let practice = data.practice.get().map_err(unreadable(Section::Practice))?;
    practice.validate().map_err(|why| {
        // Which list holds the fault: the audit checked alone, else the log.
        let mut audit_alone = practice.clone().into_owned();
        audit_alone.intents.clear();
        let section = match audit_alone.validate() {
            Err(_) => Section::Audit,
            Ok(()) => Section::Intents,
        };
        ImportError::Invalid(section, why)
    })?;
    data.rounds
        .get()
        .map_err(unreadable(Section::Rounds))?
        .validate()
        .map_err(|why| ImportError::Invalid(Section::Rounds, why))?;
    Ok(())
}

/// Whether text that is not JSON still says it is a Leader-Leader backup
/// (`"app": "leader-leader"`): a backup cut short or edited by hand.
fn says_backup(text: &str) -> bool {
    let Some(i) = text.find("\"app\"") else {
        return false;
    };
    text[i + 5..]
        .trim_start()
        .strip_prefix(':')
        .is_some_and(|rest| rest.trim_start().starts_with("\"leader-leader\""))
}

/// Which part of a backup (JSON with the right shapes at the top) its
/// decoder refused, found by decoding each part alone. Only called after a
/// refusal, so a good file is decoded once.
fn unreadable_part(text: &str) -> Section {
    fn fails<T: serde::de::DeserializeOwned>(value: Option<&Value>) -> bool {
        value.is_some_and(|v| T::deserialize(v).is_err())
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Section::Format;
    };
    let practice = value.get("practice");
    if fails::<AssessmentData>(value.get("assessments")) {
        Section::Assessments
    } else if fails::<Vec<AuditEntry>>(practice.and_then(|p| p.get("audit"))) {
        Section::Audit
    } else if fails::<Vec<IntentEntry>>(practice.and_then(|p| p.get("intents"))) {
        Section::Intents
    } else if fails::<PracticeData>(practice) {
        Section::Practice
    } else if fails::<RoundsData>(value.get("rounds")) {
        Section::Rounds
    } else if fails::<Meta>(value.get("meta")) {
        Section::Bookkeeping
    } else {
        Section::Progress
    }
}

/// 1 to [`MAX_ID_CHARS`] characters of `a-z`, `0-9` and `-`.
fn is_id(s: &str) -> bool {
    (1..=MAX_ID_CHARS).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An app path: `/` then printable ASCII, not `//` (which a browser reads as
/// another site) and no `\` (which some browsers read as `/`).
fn is_app_path(s: &str) -> bool {
    s.len() <= MAX_PATH_CHARS
        && s.starts_with('/')
        && !s.starts_with("//")
        && s.bytes().all(|b| b.is_ascii_graphic() && b != b'\\')
}

/// Checks the types of the parts `decode` reads, to explain a wrong one in
/// plain words. Unknown fields are left alone (`decode` ignores them).
fn check_shape(object: &Map<String, Value>, version: u64) -> Result<(), ImportError> {
    let wrong = |section, why: String| Err(ImportError::WrongShape(section, why));
    let progress = match object.get("progress") {
        None => return check_meta(object, version),
        Some(Value::Object(p)) => p,
        Some(other) => {
            return wrong(
                Section::Progress,
                fill(
                    messages::import_why().progress_shape,
                    &[("kind", kind(other))],
                ),
            )
        }
    };
    for (field, why, section) in [
        ("role", messages::import_why().role_shape, Section::Role),
        (
            "last_visited",
            messages::import_why().place_shape,
            Section::Place,
        ),
    ] {
        match progress.get(field) {
            None | Some(Value::Null) | Some(Value::String(_)) => {}
            Some(other) => return wrong(section, fill(why, &[("kind", kind(other))])),
        }
    }
    match progress.get("checked") {
        None => {}
        Some(Value::Array(items)) => {
            if let Some(item) = items.iter().find(|v| !v.is_string()) {
                return wrong(
                    Section::Ticks,
                    fill(messages::import_why().tick_shape, &[("kind", kind(item))]),
                );
            }
        }
        Some(other) => {
            return wrong(
                Section::Ticks,
                fill(messages::import_why().ticks_shape, &[("kind", kind(other))]),
            )
        }
    }
    match progress.get("notes") {
        None => {}
        Some(Value::Object(notes)) => {
            if let Some((key, note)) = notes.iter().find(|(_, v)| !v.is_string()) {
                return wrong(
                    Section::Notes,
                    fill(
                        messages::import_why().note_shape,
                        &[("key", &quote(key)), ("kind", kind(note))],
                    ),
                );
            }
        }
        Some(other) => {
            return wrong(
                Section::Notes,
                fill(messages::import_why().notes_shape, &[("kind", kind(other))]),
            )
        }
    }
    check_meta(object, version)
}

fn check_meta(object: &Map<String, Value>, version: u64) -> Result<(), ImportError> {
    if version < 2 {
        // Format 1 has no meta; migration replaces whatever is there.
        return Ok(());
    }
    let meta = match object.get("meta") {
        None => return Ok(()),
        Some(Value::Object(m)) => m,
        Some(other) => {
            return Err(ImportError::WrongShape(
                Section::Bookkeeping,
                fill(messages::import_why().meta_shape, &[("kind", kind(other))]),
            ))
        }
    };
    for field in [
        "updated_at",
        "unexported_since",
        "last_export_at",
        "reminder_dismissed_at",
    ] {
        match meta.get(field) {
            None | Some(Value::Null) => {}
            Some(v) if v.as_u64().is_some() => {}
            Some(other) => {
                return Err(ImportError::WrongShape(
                    Section::Bookkeeping,
                    fill(
                        messages::import_why().time_shape,
                        &[("field", field), ("value", &describe_value(other))],
                    ),
                ))
            }
        }
    }
    Ok(())
}

/// What kind of JSON value `v` is, in words.
fn kind(v: &Value) -> &'static str {
    let w = messages::json_kind();
    match v {
        Value::Null => w.null,
        Value::Bool(_) => w.boolean,
        Value::Number(_) => w.number,
        Value::String(_) => w.text,
        Value::Array(_) => w.list,
        Value::Object(_) => w.object,
    }
}

/// A number is shown as it is (short and harmless); anything else by kind.
fn describe_value(v: &Value) -> String {
    match v {
        Value::Number(n) if n.as_f64().is_some_and(|f| f.abs() < 1e15) => n.to_string(),
        Value::Number(_) => messages::json_kind().huge_number.to_string(),
        other => kind(other).to_string(),
    }
}

/// Text from the file, made safe to show: in quotes, at most 40 characters,
/// control characters replaced.
fn quote(s: &str) -> String {
    const MAX: usize = 40;
    let mut shown: String = s
        .chars()
        .take(MAX)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if s.chars().nth(MAX).is_some() {
        shown.push('…');
    }
    format!("\"{shown}\"")
}

/// A message from serde_json, made safe to show: its messages can quote the
/// file's text at any length.
fn tidy(message: &str) -> String {
    const MAX: usize = 160;
    let mut out: String = message
        .chars()
        .take(MAX)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if message.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

/// serde_json's syntax message without its " at line L column C" tail (the
/// position is reported separately), in plainer words where they help.
fn json_message(message: &str) -> String {
    let clause = match message.find(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    if clause.starts_with("recursion limit exceeded") {
        messages::import_why().too_deep.to_string()
    } else if clause.starts_with("EOF while parsing") {
        messages::import_why().cut_short.to_string()
    } else {
        tidy(clause)
    }
}

/// Bytes as megabytes with one decimal, rounded up so that a file just over
/// the limit never reads as the limit; whole megabytes without the decimal.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u128 * 10).div_ceil(MIB);
    let size = crate::text::decimal(tenths.min(i64::MAX as u128) as i64);
    fill(messages::import_why().megabytes, &[("n", &size)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::STEPS;
    use crate::model::saved::decode;

    const NOW: u64 = 1_795_269_789_456; // 2026-11-21T14:03:09.456Z

    fn sample() -> SavedData {
        let mut progress = Progress::default();
        progress.set_role(Role::Member);
        for item in &STEPS[0].items[..3] {
            progress.set_checked(item.id, true);
        }
        progress.set_checked("an-item-from-another-version", true);
        progress.set_note(
            "genetic-code",
            "<script>alert(1)</script>\n\"quoted\" \\ back\\slash\r\n\ttabbed",
        );
        progress.set_note("act-your-way", "Ünïcödé ✓ 日本語 🚢\u{0}\u{1f}\u{2028}end");
        progress.visit("/steps/genetic-code");
        let mut data = SavedData::new(progress);
        data.meta.touch(NOW - 10_000);
        data.meta.exported(NOW);
        data.meta.reminder_dismissed_at = Some(1);
        data
    }

    fn err(text: &str) -> ImportError {
        parse_import(text).expect_err("should be refused")
    }

    /// A valid backup with one part of `progress` replaced.
    fn with_progress_field(field: &str, value: Value) -> String {
        let mut v: Value = serde_json::from_str(&export_json(&sample(), NOW)).unwrap();
        v["progress"][field] = value;
        v.to_string()
    }

    #[test]
    fn export_then_import_gives_back_exactly_the_data() {
        let data = sample();
        let text = export_json(&data, NOW);
        let preview = parse_import(&text).expect("own export imports");
        assert_eq!(preview.data, data);
        assert_eq!(
            preview.summary,
            ImportSummary {
                file_version: CURRENT_VERSION,
                exported_at: Some("2026-11-21T14:03:09Z".into()),
                role: Some("member".into()),
                checked: 4,
                notes: 2,
            }
        );
        // And again: exporting what was imported changes nothing.
        assert_eq!(export_json(&preview.data, NOW), text);
    }

    #[test]
    fn empty_data_round_trips() {
        let data = SavedData::default();
        assert_eq!(parse_import(&export_json(&data, 0)).unwrap().data, data);
    }

    #[test]
    fn export_puts_app_and_date_first_and_writes_the_current_version() {
        let mut data = sample();
        data.version = 1; // whatever it says, the file is written as current
        let text = export_json(&data, NOW);
        let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}"));
        assert!(text.starts_with("{\n  \"app\": \"leader-leader\",\n"));
        assert!(at("\"exported_at\": \"2026-11-21T14:03:09Z\"") < at("\"version\""));
        assert!(at("\"version\"") < at("\"progress\""));
        assert!(at("\"progress\"") < at("\"meta\""));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["version"], CURRENT_VERSION);
        assert_eq!(v["meta"]["last_export_at"], NOW);
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn file_name_carries_the_utc_date() {
        assert_eq!(
            export_file_name(NOW),
            "leader-leader-backup-2026-11-21.json"
        );
        assert_eq!(export_file_name(0), "leader-leader-backup-1970-01-01.json");
    }

    #[test]
    fn a_version_1_file_imports_and_migrates() {
        let sample = include_str!("../../tests/fixtures/saved-v1.json");
        let preview = parse_import(sample).expect("version 1 imports");
        assert_eq!(preview.data.version, CURRENT_VERSION);
        assert_eq!(preview.data.meta, Meta::default());
        assert_eq!(preview.data, decode(sample).unwrap());
        assert!(preview.data.progress.is_checked("middle-identify-layer"));
        assert_eq!(preview.summary.file_version, 1);
        assert_eq!(preview.summary.exported_at, None);
        assert_eq!(
            preview.summary.describe(),
            "Export date unknown (format 1): 2 ticked items and 1 reflection note; role: team member."
        );
    }

    #[test]
    fn a_version_1_file_with_junk_meta_still_imports() {
        // Format 1 had no meta; migration replaces it, as decode does.
        let text = r#"{"version": 1, "meta": "junk", "progress": {"role": "leader"}}"#;
        let preview = parse_import(text).unwrap();
        assert_eq!(preview.data.meta, Meta::default());
        assert_eq!(
            preview.summary.describe(),
            "Export date unknown (format 1): 0 ticked items and 0 reflection notes; role: leader."
        );
    }

    #[test]
    fn a_version_2_sample_imports() {
        let sample = include_str!("../../tests/fixtures/saved-v2.json");
        let preview = parse_import(sample).expect("version 2 imports");
        assert_eq!(preview.data, decode(sample).unwrap());
    }

    #[test]
    fn the_stored_backup_samples_import() {
        let v1 = include_str!("../../tests/fixtures/import-v1-backup.json");
        let p = parse_import(v1).expect("v1 backup");
        assert_eq!(p.summary.file_version, 1);
        assert_eq!(
            p.summary.describe(),
            "Exported 2026-11-21 14:03 UTC (format 1): 5 ticked items and 2 reflection notes; role: team member."
        );
        let v2 = include_str!("../../tests/fixtures/import-v2-backup.json");
        let p = parse_import(v2).expect("v2 backup");
        assert_eq!(p.summary.file_version, 2);
        assert_eq!(p.data.meta.last_export_at, Some(1_795_269_789_000));
        assert!(p.data.progress.note("genetic-code").contains("<script>"));
        assert_eq!(
            p.summary.describe(),
            "Exported 2026-11-21 14:03 UTC (format 2): 1 ticked item and 1 reflection note; role: not chosen."
        );
        assert!(matches!(
            parse_import(include_str!("../../tests/fixtures/import-hostile.json")),
            Err(ImportError::Invalid(..))
        ));
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let text = format!("\u{feff}{}", export_json(&sample(), NOW));
        assert_eq!(parse_import(&text).unwrap().data, sample());
        assert_eq!(err("\u{feff}"), ImportError::Empty);
    }

    #[test]
    fn an_unreadable_export_date_is_left_out() {
        for date in ["\"yesterday\"", "42", "null", "\"2026-02-30T00:00:00Z\""] {
            let text =
                format!(r#"{{"app": "leader-leader", "exported_at": {date}, "version": 2}}"#);
            let preview = parse_import(&text).unwrap();
            assert_eq!(preview.summary.exported_at, None, "{date}");
        }
        let text = r#"{"exported_at": "2026-11-21T14:03:09.456Z", "version": 2}"#;
        assert_eq!(
            parse_import(text).unwrap().summary.exported_at.as_deref(),
            Some("2026-11-21T14:03:09Z")
        );
    }

    #[test]
    fn too_large_files_are_refused_before_reading() {
        // 6 MB of otherwise valid JSON.
        let big = format!(
            r#"{{"version": 2, "padding": "{}"}}"#,
            "x".repeat(6 * 1024 * 1024)
        );
        let e = err(&big);
        assert_eq!(
            e,
            ImportError::TooLarge {
                bytes: big.len(),
                limit: MAX_IMPORT_BYTES
            }
        );
        assert_eq!(
            e.to_string(),
            "This file is 6.1 MB; a Leader-Leader backup is at most 5 MB."
        );
        let e = ImportError::TooLarge {
            bytes: 30 * 1024 * 1024,
            limit: MAX_IMPORT_BYTES,
        };
        assert_eq!(
            e.to_string(),
            "This file is 30 MB; a Leader-Leader backup is at most 5 MB."
        );
        let e = ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1,
            limit: MAX_IMPORT_BYTES,
        };
        assert!(e.to_string().starts_with("This file is 5.1 MB;"));
        // Exactly at the limit is read (and here refused for other reasons).
        let at_limit = " ".repeat(MAX_IMPORT_BYTES);
        assert_eq!(err(&at_limit), ImportError::Empty);
    }

    #[test]
    fn empty_files_are_refused() {
        for text in ["", " ", "\n\t\r\n  "] {
            assert_eq!(err(text), ImportError::Empty);
        }
        assert_eq!(ImportError::Empty.to_string(), "This file is empty.");
    }

    #[test]
    fn text_that_is_not_json_is_refused_with_its_position() {
        let e = err("{\n  \"version\": 2,\n  \"progress\": ,\n}");
        assert_eq!(
            e,
            ImportError::NotJson {
                line: 3,
                column: 15,
                message: "expected value".into(),
                backup: false,
            }
        );
        assert_eq!(
            e.to_string(),
            "This file is not valid JSON: expected value at line 3, column 15."
        );
        for text in [
            "Dear diary,",
            "{'version': 2}",
            "{\"version\": 2,}",
            "{\"version\": 2} trailing",
            "<html><body>backup</body></html>",
            "version=2",
            "\u{0}\u{1}\u{2}",
            "{\"version\": 2, \"progress\": {\"role\": \"leader\u{1}\"}}",
        ] {
            assert!(matches!(err(text), ImportError::NotJson { .. }), "{text:?}");
        }
    }

    #[test]
    fn a_file_that_ends_early_is_explained() {
        let e = err("{\"version\": 2, \"progress\": {");
        assert!(matches!(e, ImportError::NotJson { .. }));
        assert!(e
            .to_string()
            .contains("the file ends before the data is complete"));
    }

    #[test]
    fn binary_junk_is_refused() {
        // What a browser's text reader makes of a binary file (an image, a zip).
        let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let text = String::from_utf8_lossy(&bytes);
        assert!(matches!(err(&text), ImportError::NotJson { .. }));
        let png = String::from_utf8_lossy(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        assert!(matches!(err(&png), ImportError::NotJson { .. }));
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let brackets = "[".repeat(100_000);
        let e = err(&brackets);
        assert!(matches!(e, ImportError::NotJson { .. }), "{e:?}");
        assert!(e.to_string().contains("too many brackets"), "{e}");

        let closed = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(err(&closed), ImportError::NotJson { .. }));

        // Nested objects inside progress, open and closed.
        let deep = format!(
            r#"{{"version": 2, "progress": {{"checked": {}1{}}}}}"#,
            "{\"a\":".repeat(100_000),
            "}".repeat(100_000)
        );
        assert!(matches!(err(&deep), ImportError::NotJson { .. }));

        // Nesting serde_json does read: refused by shape where it matters,
        // ignored where decode ignores unknown fields.
        let nested = |field: &str| {
            format!(
                r#"{{"version": 2, "progress": {{"{field}": {}1{}}}}}"#,
                "{\"a\":".repeat(100),
                "}".repeat(100)
            )
        };
        assert!(matches!(
            err(&nested("checked")),
            ImportError::WrongShape(Section::Ticks, _)
        ));
        assert!(matches!(
            err(&nested("notes")),
            ImportError::WrongShape(Section::Notes, _)
        ));
        assert!(parse_import(&nested("unknown_field")).is_ok());
    }

    #[test]
    fn json_that_is_not_a_backup_is_refused() {
        for (text, why) in [
            (
                "[1, 2, 3]",
                "it holds a list where a backup holds named fields",
            ),
            (
                "\"leader-leader\"",
                "it holds text where a backup holds named fields",
            ),
            (
                "null",
                "it holds empty (null) where a backup holds named fields",
            ),
            ("42", "it holds a number where a backup holds named fields"),
            ("{}", "it has no format version"),
            (
                r#"{"name": "package.json", "dependencies": {}}"#,
                "it has no format version",
            ),
            (
                r#"{"app": "something-else", "version": 2}"#,
                "it says it comes from \"something-else\"",
            ),
            (
                r#"{"app": 1, "version": 2}"#,
                "its \"app\" field is a number, not \"leader-leader\"",
            ),
            (r#"{"app": "leader-leader"}"#, "it has no format version"),
        ] {
            assert_eq!(err(text), ImportError::NotABackup(why.into()), "{text}");
        }
        assert_eq!(
            err(r#"{"app": "something-else", "version": 2}"#).to_string(),
            "This is not a Leader-Leader backup: it says it comes from \"something-else\"."
        );
        // The app's name from a hostile file is cut short and defused.
        let long = format!(r#"{{"app": "{}\n\u0007", "version": 2}}"#, "x".repeat(1000));
        let ImportError::NotABackup(why) = err(&long) else {
            panic!("expected NotABackup");
        };
        assert!(
            why.len() < 80 && !why.contains('\n') && why.ends_with("…\""),
            "{why}"
        );
    }

    #[test]
    fn wrong_versions_are_refused() {
        for (version, shown) in [
            ("0", "0"),
            ("-1", "-1"),
            ("1.5", "1.5"),
            ("2.0", "2.0"),
            ("1e400", "-"),
            ("\"2\"", "text"),
            ("true", "true or false"),
            ("null", "empty (null)"),
            ("[2]", "a list"),
            ("{\"n\": 2}", "a group of named fields"),
        ] {
            let text = format!(r#"{{"app": "leader-leader", "version": {version}}}"#);
            // 1e400 is out of f64's range: serde_json refuses it as JSON.
            let e = err(&text);
            if version == "1e400" {
                assert!(matches!(e, ImportError::NotJson { .. }), "{e:?}");
                continue;
            }
            assert_eq!(
                e,
                ImportError::WrongShape(
                    Section::Format,
                    format!(
                        "its format version should be a whole number from 1 up, but it is {shown}"
                    )
                ),
                "{version}"
            );
        }
        let huge = r#"{"version": 123456789012345678901234567890}"#;
        assert_eq!(
            err(huge),
            ImportError::WrongShape(
                Section::Format,
                "its format version should be a whole number from 1 up, but it is a number far out of range"
                    .into()
            )
        );
    }

    #[test]
    fn newer_versions_are_refused_not_guessed() {
        let e = err(r#"{"app": "leader-leader", "version": 99, "progress": {}}"#);
        assert_eq!(e, ImportError::NewerVersion { found: 99 });
        assert_eq!(
            ImportError::NewerVersion { found: 7 }.to_string(),
            format!(
                "This file was made by a newer version of Leader-Leader (format 7). \
                 This version reads formats up to {CURRENT_VERSION}."
            )
        );
        // Even a newer file's odd contents are not looked at.
        assert_eq!(
            err(&format!(
                r#"{{"version": {}, "progress": "???"}}"#,
                CURRENT_VERSION + 1
            )),
            ImportError::NewerVersion {
                found: CURRENT_VERSION + 1
            }
        );
        assert_eq!(
            err(&format!(r#"{{"version": {}}}"#, u64::MAX)),
            ImportError::NewerVersion { found: u64::MAX }
        );
    }

    #[test]
    fn parts_of_the_wrong_type_are_refused() {
        let cases: Vec<(String, &str)> = vec![
            (
                r#"{"version": 2, "progress": []}"#.into(),
                "the progress part should hold named fields, but it holds a list",
            ),
            (
                r#"{"version": 2, "progress": null}"#.into(),
                "the progress part should hold named fields, but it holds empty (null)",
            ),
            (
                with_progress_field("checked", Value::from("all")),
                "the ticked items should be a list, but they are text",
            ),
            (
                with_progress_field("checked", Value::Null),
                "the ticked items should be a list, but they are empty (null)",
            ),
            (
                with_progress_field("checked", serde_json::json!(["ok", 3])),
                "the ticked items should be a list of names, but one of them is a number",
            ),
            (
                with_progress_field("notes", serde_json::json!(["a note"])),
                "the reflection notes should be named texts, but they are a list",
            ),
            (
                with_progress_field("notes", serde_json::json!({"genetic-code": {"x": 1}})),
                "the reflection note \"genetic-code\" should be text, but it is a group of named fields",
            ),
            (
                with_progress_field("role", Value::from(1)),
                "the role should be text, but it is a number",
            ),
            (
                with_progress_field("last_visited", serde_json::json!(["/checklist"])),
                "the last page visited should be text, but it is a list",
            ),
            (
                r#"{"version": 2, "meta": "yesterday"}"#.into(),
                "the bookkeeping part should hold named fields, but it holds text",
            ),
            (
                r#"{"version": 2, "meta": {"updated_at": -5}}"#.into(),
                "the time \"updated_at\" should be a whole number, but it is -5",
            ),
            (
                r#"{"version": 2, "meta": {"last_export_at": "2026-11-21"}}"#.into(),
                "the time \"last_export_at\" should be a whole number, but it is text",
            ),
        ];
        for (text, why) in cases {
            assert!(
                matches!(err(&text), ImportError::WrongShape(_, w) if w == why),
                "{text}"
            );
        }
        assert_eq!(
            ImportError::WrongShape(Section::Notes, "x".into()).to_string(),
            "This looks like a Leader-Leader backup, but part of it is damaged: x."
        );
    }

    #[test]
    fn values_beyond_the_limits_are_refused() {
        let too_long_note = "n".repeat(MAX_NOTE_CHARS + 1);
        let many_ids: Vec<String> = (0..=MAX_CHECKED).map(|i| format!("item-{i}")).collect();
        let many_notes: Map<String, Value> = (0..=MAX_NOTES)
            .map(|i| (format!("step-{i}"), Value::from("note")))
            .collect();
        let cases: Vec<(&str, Value, &str)> = vec![
            (
                "role",
                Value::from("Admiral"),
                "its role, \"Admiral\", is not a valid role name",
            ),
            (
                "role",
                Value::from(""),
                "its role, \"\", is not a valid role name",
            ),
            (
                "checked",
                serde_json::json!(["Middle-Early-Allies"]),
                "the ticked item \"Middle-Early-Allies\" is not a valid item name",
            ),
            (
                "checked",
                serde_json::json!(["middle early allies"]),
                "the ticked item \"middle early allies\" is not a valid item name",
            ),
            (
                "checked",
                serde_json::json!(["../../etc/passwd"]),
                "the ticked item \"../../etc/passwd\" is not a valid item name",
            ),
            (
                "checked",
                serde_json::json!([""]),
                "the ticked item \"\" is not a valid item name",
            ),
            (
                "checked",
                serde_json::json!(["<script>"]),
                "the ticked item \"<script>\" is not a valid item name",
            ),
            (
                "checked",
                serde_json::json!(many_ids),
                "it has 501 ticked items, and a backup holds at most 500",
            ),
            (
                "notes",
                serde_json::json!({ "genetic-code": too_long_note }),
                "the reflection note for \"genetic-code\" is 20,001 characters long, and at most 20,000 are kept",
            ),
            (
                "notes",
                serde_json::json!({ "Genetic Code": "hi" }),
                "a reflection note is filed under \"Genetic Code\", which is not a valid step name",
            ),
            (
                "notes",
                serde_json::json!({ "": "hi" }),
                "a reflection note is filed under \"\", which is not a valid step name",
            ),
            (
                "notes",
                Value::Object(many_notes),
                "it has 51 reflection notes, and a backup holds at most 50",
            ),
            (
                "last_visited",
                Value::from("https://example.com/"),
                "the last page visited, \"https://example.com/\", is not a page of this app",
            ),
            (
                "last_visited",
                Value::from("//example.com/steps"),
                "the last page visited, \"//example.com/steps\", is not a page of this app",
            ),
            (
                "last_visited",
                Value::from("/\\example.com"),
                "the last page visited, \"/\\example.com\", is not a page of this app",
            ),
            (
                "last_visited",
                Value::from("/steps/a b"),
                "the last page visited, \"/steps/a b\", is not a page of this app",
            ),
            (
                "last_visited",
                Value::from(""),
                "the last page visited, \"\", is not a page of this app",
            ),
        ];
        for (field, value, why) in cases {
            let text = with_progress_field(field, value);
            assert!(
                matches!(err(&text), ImportError::Invalid(_, w) if w == why),
                "{field}"
            );
        }
        assert_eq!(
            err(&with_progress_field(
                "checked",
                serde_json::json!(["x".repeat(65)])
            )),
            ImportError::Invalid(
                Section::Ticks,
                format!(
                    "the ticked item \"{}…\" is not a valid item name",
                    "x".repeat(40)
                )
            )
        );
        let long_path = format!("/{}", "a".repeat(MAX_PATH_CHARS));
        assert!(matches!(
            err(&with_progress_field("last_visited", Value::from(long_path))),
            ImportError::Invalid(Section::Place, _)
        ));
        let text = r#"{"version": 2, "meta": {"updated_at": 253402300800000}}"#;
        assert_eq!(
            err(text),
            ImportError::Invalid(
                Section::Bookkeeping,
                "the time of the last change is after the year 9999".into()
            )
        );
        assert_eq!(
            ImportError::Invalid(Section::Ticks, "x".into()).to_string(),
            "This backup cannot be imported: x."
        );
    }

    #[test]
    fn refusals_are_explained_in_the_visitors_words_with_the_detail_kept() {
        let explained = |text: &str| {
            let e = err(text);
            let r = e.explain();
            assert_eq!(r.details, e.to_string(), "{text}");
            // No parser jargon in what the visitor reads first.
            for jargon in ["`", "expected", "line ", "serde", "JSON", "u8"] {
                assert!(!r.message.contains(jargon), "{jargon} in {}", r.message);
            }
            (r.kind, r.message)
        };
        let not_a_backup = "This is not a Leader-Leader backup. Choose the file that \"Download a backup\" saved: its name starts with leader-leader-backup.";
        for text in [
            "Dear diary,",
            "[1, 2]",
            "{}",
            r#"{"app": "something-else", "version": 2}"#,
        ] {
            assert_eq!(
                explained(text),
                (RefusalKind::NotABackup, not_a_backup.to_string()),
                "{text}"
            );
        }
        assert_eq!(explained(" ").0, RefusalKind::NotABackup);
        let big = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(explained(&big).1.starts_with(
            "This file is too large to be a Leader-Leader backup (5.1 MB). Choose the file"
        ));
        assert_eq!(
            explained(r#"{"app": "leader-leader", "version": 99}"#),
            (
                RefusalKind::Newer,
                "This backup comes from a newer version of Leader-Leader, which this version cannot read. \
                 Reload this page to get the newest version of the app, then choose the file again."
                    .to_string()
            )
        );
        // A backup cut short still says what it is.
        let full = export_json(&sample(), NOW);
        let (kind, message) = explained(&full[..full.len() / 2]);
        assert_eq!(kind, RefusalKind::Damaged);
        assert!(message.starts_with(
            "This Leader-Leader backup is damaged: the file is cut short or some of its text was changed."
        ));
        assert!(message.ends_with("If you have another backup file, try that one."));
    }

    #[test]
    fn a_damaged_part_is_named() {
        let backup = |part: &str| format!(r#"{{"app": "leader-leader", "version": 3, {part}}}"#);
        let answer_999 = backup(
            r#""assessments": {"history": [{"taken_at": 1, "role": "leader", "answers": {"control-intent": 999}, "scores": {"control": 1, "competence": 1, "clarity": 1}}]}"#,
        );
        let e = err(&answer_999);
        assert_eq!(
            e,
            ImportError::WrongShape(
                Section::Assessments,
                "invalid value: integer `999`, expected u8".into()
            )
        );
        assert_eq!(
            e.explain().message,
            "Part of this Leader-Leader backup is damaged: the self-assessments. \
             If you have another backup file, try that one."
        );
        for (part, section) in [
            (r#""practice": {"audit": [{"id": 5}]}"#, Section::Audit),
            (r#""practice": {"intents": "none"}"#, Section::Intents),
            (r#""practice": "none""#, Section::Practice),
            (
                r#""practice": {"audit": [{"id": "a-1", "status": "Lost!"}]}"#,
                Section::Audit,
            ),
            (
                r#""practice": {"intents": [{"id": "i-1", "kind": "a wish"}]}"#,
                Section::Intents,
            ),
            (
                r#""assessments": {"history": [{"taken_at": 1, "role": "Admiral", "scores": {"control": 1, "competence": 1, "clarity": 1}}]}"#,
                Section::Assessments,
            ),
            (r#""progress": {"role": 7}"#, Section::Role),
            (r#""progress": {"last_visited": "//x"}"#, Section::Place),
            (r#""progress": {"notes": {"Bad Key": "x"}}"#, Section::Notes),
            (r#""meta": {"updated_at": "soon"}"#, Section::Bookkeeping),
        ] {
            let e = err(&backup(part));
            let found = match e {
                ImportError::WrongShape(s, _) | ImportError::Invalid(s, _) => s,
                other => panic!("{part}: {other:?}"),
            };
            assert_eq!(found, section, "{part}");
        }
        assert_eq!(Section::Intents.name(), "the intent log");
    }

    #[test]
    fn values_at_the_limits_are_accepted() {
        let mut data = SavedData::default();
        data.progress.role = Some("leader".into());
        for i in 0..MAX_CHECKED {
            data.progress.checked.insert(format!("{i:0>64}"));
        }
        for i in 0..MAX_NOTES {
            data.progress
                .notes
                .insert(format!("{i:-<64}"), "é".repeat(MAX_NOTE_CHARS));
        }
        data.progress.last_visited = Some(format!("/{}", "z".repeat(MAX_PATH_CHARS - 1)));
        data.meta.updated_at = Some(MAX_TIME_MS);
        data.meta.unexported_since = Some(0);
        assert_eq!(validate(&data), Ok(()));
        let text = export_json(&data, MAX_TIME_MS);
        assert!(text.len() <= MAX_IMPORT_BYTES, "the fullest backup fits");
        let preview = parse_import(&text).unwrap();
        assert_eq!(preview.data, data);
        assert_eq!(
            preview.summary.exported_at.as_deref(),
            Some("9999-12-31T23:59:59Z")
        );
    }

    #[test]
    fn unknown_item_ids_and_extra_fields_are_kept_or_ignored() {
        let text = r#"{
            "app": "leader-leader", "version": 2, "comment": "made by hand",
            "progress": {"checked": ["from-version-9", "x"], "future": [1, 2]},
            "meta": {"future": true}
        }"#;
        let data = parse_import(text).unwrap().data;
        assert!(data.progress.is_checked("from-version-9"));
        assert_eq!(data.progress.checked.len(), 2);
    }

    #[test]
    fn duplicate_ids_count_once() {
        let text = with_progress_field("checked", Value::Array(vec![Value::from("same-id"); 5000]));
        let preview = parse_import(&text).unwrap();
        assert_eq!(preview.summary.checked, 1);
    }

    #[test]
    fn messages_quoting_the_file_are_kept_short() {
        let long = "z".repeat(10_000);
        assert!(tidy(&long).chars().count() <= 161);
        assert_eq!(tidy("a\nb\u{0}c"), "a b c");
        assert_eq!(quote("a\u{7}b"), "\"a\u{fffd}b\"");
        assert_eq!(megabytes(MAX_IMPORT_BYTES), "5 MB");
        assert_eq!(megabytes(1), "0.1 MB");
    }

    #[test]
    fn describe_reads_naturally() {
        let summary = ImportSummary {
            file_version: 1,
            exported_at: Some("2026-11-21T14:03:09Z".into()),
            role: Some("member".into()),
            checked: 5,
            notes: 2,
        };
        assert_eq!(
            summary.describe(),
            "Exported 2026-11-21 14:03 UTC (format 1): 5 ticked items and 2 reflection notes; role: team member."
        );
        let summary = ImportSummary {
            file_version: 2,
            exported_at: None,
            role: Some("leader".into()),
            checked: 1,
            notes: 0,
        };
        assert_eq!(
            summary.describe(),
            "Export date unknown (format 2): 1 ticked item and 0 reflection notes; role: leader."
        );
    }

    #[test]
    fn export_refuses_a_file_that_import_would_refuse() {
        let refused = |data: &SavedData, says: &str| {
            // The import refuses the plain export...
            assert!(parse_import(&export_json(data, NOW)).is_err());
            // ...so no file is offered, and the visitor is told why.
            let why = export_checked(data, NOW).unwrap_err();
            assert!(why.starts_with("No backup was made"), "{why}");
            assert!(why.contains(says), "{why} should say {says:?}");
            assert!(why.contains("Download my data as it is (text)"), "{why}");
        };
        let mut data = sample();
        data.progress.checked = (0..=MAX_CHECKED).map(|i| format!("item-{i}")).collect();
        // Saved data keeps it, a backup may not hold it.
        assert_eq!(decode(&data.encode()), Ok(data.clone()));
        refused(&data, "the ticked items: it has 501 ticked items");
        let mut data = sample();
        data.progress.role = Some("Leader".into());
        refused(
            &data,
            "your role: its role, \"Leader\", is not a valid role name",
        );
        let mut data = sample();
        data.practice.get_mut().unwrap().add_audit_entry(1);
        data.practice.get_mut().unwrap().audit[0].status = "Not a name".into();
        refused(&data, "the audit entries: audit entry 1 has the status");
        // A part this browser could not read.
        let lazy =
            crate::model::saved::decode_lazily(r#"{"version": 3, "practice": {"audit": "none"}}"#)
                .unwrap();
        refused(&lazy, "the audit entries");
        // Good data, known names or not, is offered.
        let mut data = sample();
        data.progress.role = Some("coach".into());
        assert!(export_checked(&data, NOW).is_ok());
    }

    /// Property tests: many generated inputs, hostile and valid. Native only
    /// (proptest is not built for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::collection::{btree_map, btree_set, vec};
        use proptest::prelude::*;

        /// Checks what any accepted file must satisfy.
        fn check_accepted(text: &str) -> Result<(), TestCaseError> {
            if let Ok(preview) = parse_import(text) {
                prop_assert_eq!(validate(&preview.data), Ok(()));
                prop_assert_eq!(preview.data.version, CURRENT_VERSION);
                let again = parse_import(&export_json(&preview.data, 0));
                prop_assert_eq!(again.map(|p| p.data), Ok(preview.data));
            }
            Ok(())
        }

        fn key() -> impl Strategy<Value = String> {
            prop_oneof![
                3 => prop::sample::select(vec![
                    "app", "exported_at", "version", "progress", "meta", "role",
                    "checked", "notes", "last_visited", "updated_at",
                    "unexported_since", "last_export_at", "reminder_dismissed_at",
                    "genetic-code",
                ])
                .prop_map(String::from),
                1 => "[a-z_-]{0,8}",
                1 => any::<String>(),
            ]
        }

        fn leaf() -> impl Strategy<Value = Value> {
            prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                (0u64..4).prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<u64>().prop_map(Value::from),
                any::<f64>().prop_map(Value::from),
                prop::sample::select(vec![
                    "leader",
                    "member",
                    "leader-leader",
                    "middle-early-allies",
                    "/checklist",
                    "//evil",
                    "2026-11-21T14:03:09Z",
                    "",
                    "Admiral",
                ])
                .prop_map(Value::from),
                any::<String>().prop_map(Value::from),
            ]
        }

        fn json_value() -> impl Strategy<Value = Value> {
            leaf().prop_recursive(5, 64, 8, |inner| {
                prop_oneof![
                    vec(inner.clone(), 0..8).prop_map(Value::Array),
                    btree_map(key(), inner, 0..8)
                        .prop_map(|m| Value::Object(m.into_iter().collect())),
                ]
            })
        }

        /// A top-level object that looks like a backup more often than not.
        /// An object with some of the named fields (each present four times in
        /// five), holding values from the given strategies.
        fn object_of(
            fields: Vec<(&'static str, BoxedStrategy<Value>)>,
        ) -> impl Strategy<Value = Value> {
            let parts: Vec<_> = fields
                .into_iter()
                .map(|(k, v)| prop::option::weighted(0.8, v).prop_map(move |v| v.map(|v| (k, v))))
                .collect();
            parts.prop_map(|parts| {
                Value::Object(
                    parts
                        .into_iter()
                        .flatten()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                )
            })
        }

        /// Text that is often a valid id, role or path, and sometimes not.
        fn plausible_text() -> impl Strategy<Value = String> {
            prop_oneof![
                3 => "[a-z0-9-]{1,12}",
                2 => "/[a-z/-]{0,12}",
                1 => prop::sample::select(vec![
                    "leader", "member", "Leader", "", "../x", "//evil", "a b",
                ])
                .prop_map(String::from),
                1 => any::<String>(),
            ]
        }

        /// Mostly the right value type for a field, one time in ten any value.
        fn mostly(right: impl Strategy<Value = Value> + 'static) -> BoxedStrategy<Value> {
            prop_oneof![9 => right, 1 => json_value()].boxed()
        }

        fn progress_like() -> impl Strategy<Value = Value> {
            let text = || plausible_text().prop_map(Value::from);
            object_of(vec![
                ("role", mostly(text())),
                ("checked", mostly(vec(text(), 0..6).prop_map(Value::Array))),
                (
                    "notes",
                    mostly(
                        btree_map(plausible_text(), text(), 0..4)
                            .prop_map(|m| Value::Object(m.into_iter().collect())),
                    ),
                ),
                ("last_visited", mostly(text())),
            ])
        }

        fn meta_like() -> impl Strategy<Value = Value> {
            let time = || {
                prop_oneof![
                    (0..=MAX_TIME_MS + 1).prop_map(Value::from),
                    any::<u64>().prop_map(Value::from),
                ]
            };
            object_of(vec![
                ("updated_at", mostly(time())),
                ("unexported_since", mostly(time())),
                ("last_export_at", mostly(time())),
                ("reminder_dismissed_at", mostly(time())),
            ])
        }

        /// A top-level object that looks like a backup more often than not.
        fn backup_like() -> impl Strategy<Value = Value> {
            object_of(vec![
                ("app", mostly(Just(Value::from(APP_ID)))),
                (
                    "version",
                    mostly(
                        prop_oneof![8 => 1u64..=2, 1 => Just(0), 1 => Just(3)]
                            .prop_map(Value::from),
                    ),
                ),
                ("progress", mostly(progress_like())),
                ("meta", mostly(meta_like())),
            ])
        }

        fn id() -> impl Strategy<Value = String> {
            let chars: Vec<char> = ('a'..='z').chain('0'..='9').chain(['-']).collect();
            prop_oneof![
                4 => vec(prop::sample::select(chars.clone()), 1..=12),
                1 => vec(prop::sample::select(chars), 1..=MAX_ID_CHARS),
            ]
            .prop_map(|cs| cs.into_iter().collect())
        }

        fn time() -> impl Strategy<Value = Option<u64>> {
            prop::option::of(prop_oneof![0..=MAX_TIME_MS, Just(MAX_TIME_MS), Just(0)])
        }

        fn valid_data() -> impl Strategy<Value = SavedData> {
            let role = prop::option::of(prop::sample::select(vec!["leader", "member"]));
            let note = prop_oneof![
                4 => any::<String>(),
                1 => "(<script>|</blockquote>|\n|\r\n|> |# |\u{0}|\"|\\\\|é|🚢| ){0,40}",
            ];
            let path = "/[a-z0-9/_.-]{0,120}".prop_filter("not //", |p| !p.starts_with("//"));
            (
                role,
                btree_set(id(), 0..40),
                btree_map(id(), note, 0..12),
                prop::option::of(path),
                (time(), time(), time(), time()),
            )
                .prop_map(|(role, checked, notes, last_visited, times)| SavedData {
                    version: CURRENT_VERSION,
                    progress: Progress {
                        role: role.map(String::from),
                        checked,
                        notes,
                        last_visited,
                    },
                    assessments: Default::default(),
                    practice: Default::default(),
                    rounds: Default::default(),
                    meta: Meta {
                        updated_at: times.0,
                        unexported_since: times.1,
                        last_export_at: times.2,
                        reminder_dismissed_at: times.3,
                    },
                })
        }

        /// A name as saved data keeps it: one this version knows, or one a
        /// newer version may write.
        fn name() -> impl Strategy<Value = String> {
            prop_oneof![
                prop::sample::select(vec![
                    "leader",
                    "member",
                    "found",
                    "rewriting",
                    "handed-down",
                    "intent",
                    "permission",
                    "kept",
                    "missed",
                ])
                .prop_map(String::from),
                "[a-z0-9-]{1,40}",
            ]
        }

        /// Any text up to `max` characters, now and then exactly `max`.
        fn text(max: usize) -> impl Strategy<Value = String> {
            prop_oneof![
                8 => vec(any::<char>(), 0..=30).prop_map(|cs| cs.into_iter().collect::<String>()),
                1 => Just("é".repeat(max)),
            ]
        }

        fn rung() -> impl Strategy<Value = Option<u8>> {
            prop::option::of(1..=7u8)
        }

        fn answers() -> impl Strategy<Value = std::collections::BTreeMap<String, u8>> {
            btree_map(id(), 1..=5u8, 0..8)
        }

        fn audit_entry() -> impl Strategy<Value = AuditEntry> {
            (
                name(),
                (
                    text(crate::model::practice::MAX_TEXT_CHARS),
                    text(300),
                    text(300),
                ),
                (rung(), rung()),
                (
                    text(crate::model::practice::MAX_TEXT_CHARS),
                    any::<bool>(),
                    text(crate::model::practice::MAX_TEXT_CHARS),
                    any::<bool>(),
                ),
            )
                .prop_map(|(status, texts, rungs, needs)| AuditEntry {
                    id: String::new(),
                    practice: texts.0,
                    decides_now: texts.1,
                    should_decide: texts.2,
                    rung_now: rungs.0,
                    rung_target: rungs.1,
                    competence: needs.0,
                    competence_ready: needs.1,
                    clarity: needs.2,
                    clarity_ready: needs.3,
                    status,
                })
        }

        fn intent_entry() -> impl Strategy<Value = IntentEntry> {
            let date = prop::sample::select(vec!["", "1970-01-01", "2026-02-28", "9999-12-31"]);
            let outcome = prop_oneof![Just(String::new()), name()];
            (name(), date, text(2_000), outcome, text(2_000)).prop_map(
                |(kind, date, text, outcome, note)| IntentEntry {
                    id: String::new(),
                    kind,
                    date: date.to_string(),
                    text,
                    outcome,
                    note,
                },
            )
        }

        fn assessments() -> impl Strategy<Value = AssessmentData> {
            use crate::model::assessment::{Assessment, Draft, Scores};
            let taken = btree_set(prop_oneof![0..=MAX_TIME_MS, Just(MAX_TIME_MS)], 0..4);
            let scored = (name(), answers(), rung(), (0..=100u8, 0..=100u8, 0..=100u8));
            let draft = (0..=MAX_TIME_MS, answers(), rung(), prop::option::of(name()));
            (taken, vec(scored, 4), prop::option::of(draft)).prop_map(|(taken, scored, draft)| {
                AssessmentData {
                    history: taken
                        .into_iter()
                        .zip(scored)
                        .map(|(taken_at, (role, answers, rung, s))| Assessment {
                            taken_at,
                            role,
                            answers,
                            rung,
                            scores: Scores {
                                control: s.0,
                                competence: s.1,
                                clarity: s.2,
                            },
                        })
                        .collect(),
                    draft: draft.map(|(started_at, answers, rung, role)| Draft {
                        started_at,
                        answers,
                        rung,
                        role,
                    }),
                }
            })
        }

        /// Rounds as the app starts them, with answers as it adds them.
        fn rounds() -> impl Strategy<Value = RoundsData> {
            use crate::model::rounds::{
                codes::statement_ids, NewRound, ReceivedAnswer, RoundId, RoundKind,
            };
            let round = (
                any::<[u8; 8]>(),
                prop::sample::select(vec![
                    RoundKind::Team,
                    RoundKind::AboutMe(crate::content::Role::Leader),
                    RoundKind::AboutMe(crate::content::Role::Member),
                ]),
                prop::option::of("[A-Za-z éü'-]{1,40}"),
                prop::option::of(0u16..40_000),
                vec(any::<u8>(), 64),
                "[ -~]{1,300}",
                vec(
                    (any::<[u8; 12]>(), vec(1u8..=5, 15), 0u8..=7, text(280)),
                    0..6,
                ),
                prop::option::of(0..=MAX_TIME_MS),
            );
            vec(round, 0..3).prop_map(|rounds| {
                let mut data = RoundsData::default();
                for (id, kind, name, day, mut key, private, answers, closed) in rounds {
                    key.insert(0, 4);
                    let new = NewRound {
                        id: RoundId(id),
                        kind,
                        name: name.as_deref(),
                        closes_on_day: day,
                        public_key: &key,
                        private_key: &private,
                    };
                    if data.start(new, 1_000).is_err() {
                        continue;
                    }
                    let round = data.rounds.last_mut().unwrap();
                    let ids = statement_ids(kind);
                    for (aid, values, rung, comment) in answers {
                        let id = crate::model::rounds::text::base64url(&aid);
                        if round.has_answer(&id) {
                            continue;
                        }
                        round.answers.push(ReceivedAnswer {
                            id,
                            values: ids
                                .iter()
                                .zip(values)
                                .map(|(s, v)| (s.to_string(), v))
                                .collect(),
                            rung: (kind.asks_ladder() && rung > 0).then_some(rung),
                            comment: (!comment.is_empty()).then_some(comment),
                        });
                    }
                    round.answers.sort_by(|a, b| a.id.cmp(&b.id));
                    round.closed_at = closed;
                }
                data
            })
        }

        /// Data the saved format keeps and the app can hold: any names,
        /// known or not, and values up to the limits a backup holds (the
        /// app cuts text and caps its lists at them).
        fn kept_data() -> impl Strategy<Value = SavedData> {
            let checked = prop_oneof![
                8 => btree_set(id(), 0..20),
                1 => Just((0..MAX_CHECKED).map(|i| format!("item-{i}")).collect()),
            ];
            let notes = btree_map(id(), text(MAX_NOTE_CHARS), 0..5);
            let practice = (vec(audit_entry(), 0..4), vec(intent_entry(), 0..4));
            (
                (prop::option::of(name()), checked, notes),
                valid_data(),
                assessments(),
                practice,
                rounds(),
            )
                .prop_map(
                    |(
                        (role, checked, notes),
                        mut data,
                        assessments,
                        (mut audit, mut intents),
                        rounds,
                    )| {
                        data.progress.role = role;
                        data.progress.checked = checked;
                        data.progress.notes = notes;
                        for (i, e) in audit.iter_mut().enumerate() {
                            e.id = format!("a-{i}");
                        }
                        for (i, e) in intents.iter_mut().enumerate() {
                            e.id = format!("i-{i}");
                        }
                        data.assessments = assessments.into();
                        data.practice = PracticeData { audit, intents }.into();
                        data.rounds = rounds.into();
                        data
                    },
                )
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(200))]

            /// Every backup the app offers restores to the data it holds,
            /// read lazily (as the app reads it) or decoded.
            #[test]
            fn data_the_app_keeps_exports_to_a_file_that_restores_it(
                data in kept_data(),
                now in 0..=MAX_TIME_MS,
            ) {
                // Data the saved format reads back as it was.
                let saved = data.encode();
                prop_assert_eq!(decode(&saved), Ok(data.clone()));
                let lazy = crate::model::saved::decode_lazily(&saved).unwrap();
                for held in [&data, &lazy] {
                    let text = export_checked(held, now).map_err(TestCaseError::fail)?;
                    let back = parse_import(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    prop_assert_eq!(&back.data, &data);
                }
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn any_text_is_handled_without_panic(text in any::<String>()) {
                check_accepted(&text)?;
            }

            #[test]
            fn any_bytes_read_as_text_are_handled(bytes in vec(any::<u8>(), 0..512)) {
                check_accepted(&String::from_utf8_lossy(&bytes))?;
            }

            #[test]
            fn json_like_text_is_handled(text in r#"[\[\]{}":, 0-9a-z\\.-]{0,120}"#) {
                check_accepted(&text)?;
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(1500))]

            #[test]
            fn any_json_value_is_handled(value in json_value()) {
                check_accepted(&value.to_string())?;
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(1000))]

            #[test]
            fn backup_like_objects_are_handled(value in backup_like()) {
                check_accepted(&value.to_string())?;
                check_accepted(&serde_json::to_string_pretty(&value).unwrap())?;
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]

            #[test]
            fn valid_data_round_trips(data in valid_data(), now in 0..=MAX_TIME_MS) {
                prop_assert_eq!(validate(&data), Ok(()));
                let text = export_json(&data, now);
                let preview = parse_import(&text).map_err(|e| {
                    TestCaseError::fail(format!("{e}"))
                })?;
                prop_assert_eq!(preview.summary.checked, data.progress.checked.len());
                prop_assert_eq!(preview.summary.notes, data.progress.notes.len());
                prop_assert_eq!(preview.summary.exported_at, Some(iso_datetime(now)));
                prop_assert_eq!(preview.data, data);
            }

            #[test]
            fn mutated_files_are_refused_or_valid(
                data in valid_data(),
                place in 0usize..14,
                replacement in json_value(),
            ) {
                let mut v: Value = serde_json::from_str(&export_json(&data, 0)).unwrap();
                let top = ["app", "exported_at", "version", "progress", "meta"];
                let progress = ["role", "checked", "notes", "last_visited"];
                let meta = ["updated_at", "unexported_since", "last_export_at", "reminder_dismissed_at"];
                match place {
                    0..=4 => v[top[place]] = replacement,
                    5..=8 => v["progress"][progress[place - 5]] = replacement,
                    9..=12 => v["meta"][meta[place - 9]] = replacement,
                    _ => {
                        // Replace one ticked item, if any, or add one.
                        if let Some(items) = v["progress"]["checked"].as_array_mut() {
                            match items.first_mut() {
                                Some(first) => *first = replacement,
                                None => items.push(replacement),
                            }
                        }
                    }
                }
                check_accepted(&v.to_string())?;
            }
        }
    }

    // Natively only: a WebAssembly build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn refusals_and_summaries_speak_german() {
        use crate::text::{set_lang, Lang};
        set_lang(Lang::De);
        let summary = ImportSummary {
            file_version: 2,
            exported_at: Some("2026-11-21T14:03:09Z".into()),
            role: Some("leader".into()),
            checked: 1,
            notes: 3,
        };
        let described = summary.describe();
        let too_large = ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 100_000,
            limit: MAX_IMPORT_BYTES,
        };
        let explained = too_large.explain();
        let damaged = ImportError::Invalid(Section::Notes, "x".into()).explain();
        let unknown = ImportSummary {
            role: None,
            exported_at: None,
            ..summary
        }
        .describe();
        set_lang(Lang::En);
        assert!(
            described.starts_with("Exportiert am ")
                && described.contains(
                    "(Format 2): 1 abgehakter Punkt und 3 Reflexionsnotizen; Rolle: Führungskraft."
                ),
            "{described}"
        );
        assert!(
            unknown.starts_with("Exportdatum unbekannt (Format 2)")
                && unknown.ends_with("Rolle: nicht gewählt."),
            "{unknown}"
        );
        assert_eq!(
            explained.message,
            "Diese Datei ist zu groß für eine Leader-Leader-Sicherung (5,1 MB). \
             Wähle die Datei, die „Sicherung herunterladen“ gespeichert hat: \
             Ihr Name beginnt mit leader-leader-backup."
        );
        assert_eq!(
            explained.details,
            "Diese Datei ist 5,1 MB groß; eine Leader-Leader-Sicherung hat höchstens 5 MB."
        );
        assert_eq!(
            damaged.message,
            "Ein Teil dieser Leader-Leader-Sicherung ist beschädigt: die Reflexionsnotizen. \
             Wenn du eine andere Sicherungsdatei hast, versuche es mit dieser."
        );
    }
}
