//! The one format in which everything the visitor has is saved: a versioned
//! envelope, `{ "version": N, ... }`, and the rules for reading it back.
//!
//! Reading never guesses: text that is not a saved-data document of a version
//! this app knows is reported as a [`DecodeError`], so the caller can keep
//! the damaged copy instead of writing over it.
//!
//! The self-assessments and the practice entries are each kept as a [`Part`]:
//! [`decode_lazily`] (what the app uses when it starts and before each change)
//! leaves them as the JSON that was read, and a page decodes one when it
//! needs it. The code that decodes them is then only in the pieces of the
//! wasm that hold those pages, not in the main module. [`decode`] (imports,
//! tests) decodes everything.

use std::any::{Any, TypeId};
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use crate::text::{fill, messages::saved_unreadable as words};
use serde::de::DeserializeOwned;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::assessment::AssessmentData;
use super::practice::PracticeData;
use super::progress::Progress;
use super::rounds::RoundsData;

/// The format version this build writes.
///
/// - 1: `{ version, progress }`
/// - 2: adds `meta` (when data changed and was last exported, for the backup
///   reminder).
/// - 3: adds `assessments` (self-assessments) and `practice` (the audit, the
///   intent log).
/// - 4: adds `rounds` (team rounds, with each round's private key). A
///   version 3 tab would drop them on its next write; as version 4 they are
///   shown read-only there instead.
pub const CURRENT_VERSION: u64 = 4;

/// Everything the app saves, as one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedData {
    /// Always [`CURRENT_VERSION`] when written by this build.
    pub version: u64,
    /// The guided journey.
    #[serde(default)]
    pub progress: Progress,
    /// Self-assessments: a draft and the history. (Read by hand, as JSON:
    /// see [`decode_lazily`].)
    #[serde(default, skip_deserializing)]
    pub assessments: Part<AssessmentData>,
    /// The practice tools' entries. (Read by hand, as JSON.)
    #[serde(default, skip_deserializing)]
    pub practice: Part<PracticeData>,
    /// Team rounds, with their answers and keys. (Read by hand, as JSON.)
    #[serde(default, skip_deserializing)]
    pub rounds: Part<RoundsData>,
    /// Bookkeeping about the data itself.
    #[serde(default)]
    pub meta: Meta,
}

impl Default for SavedData {
    fn default() -> Self {
        Self::new(Progress::default())
    }
}

/// One part of the saved data: the JSON as it was read, not yet decoded, or
/// the decoded value.
///
/// Reading a `Part` only keeps the JSON; writing one writes that JSON back
/// unchanged, or the decoded value. So a part that cannot be decoded is
/// carried through every save as it was, until a page decodes it (and, if it
/// cannot, keeps a copy aside before anything replaces it).
///
/// Two parts are equal when both hold equal JSON or equal values; JSON and a
/// decoded value never compare equal, even when they say the same thing.
/// The JSON is shared, not copied, when a document is copied.
#[derive(Clone, Debug)]
pub enum Part<T> {
    /// The JSON as read.
    Json(Arc<Value>),
    /// The decoded value, shared when a document is copied (so copying
    /// one needs no code that copies a part's fields).
    Ready(Arc<T>),
}

impl<T: Default> Default for Part<T> {
    fn default() -> Self {
        Part::Ready(Arc::new(T::default()))
    }
}

impl<T: 'static> PartialEq for Part<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Part::Json(a), Part::Json(b)) => Arc::ptr_eq(a, b) || a == b,
            (Part::Ready(a), Part::Ready(b)) => match ops::<T>() {
                _ if Arc::ptr_eq(a, b) => true,
                Some(ops) => (ops.eq)(&**a, &**b),
                // Only `Default` makes a part before any decoding code has
                // run (see the `Serialize` impl): both are empty.
                None => true,
            },
            _ => false,
        }
    }
}

impl<T: 'static> Eq for Part<T> {}

/// What saving and comparing need of a decoded part, type-erased.
#[derive(Clone, Copy)]
struct Ops {
    /// Writes it as JSON.
    write: fn(&dyn Any) -> Value,
    /// Compares two of them.
    eq: fn(&dyn Any, &dyn Any) -> bool,
}

thread_local! {
    /// Each part type's [`Ops`], set by the code that decodes or makes a
    /// decoded part ([`Part::get`], [`Part::get_mut`], `From`). Saving
    /// writes a decoded part through them, and the app state compares parts
    /// through them, so the code that writes and compares a part's fields
    /// is linked where parts are decoded (the pages in the wasm's pieces),
    /// not into the main module.
    static OPS: RefCell<Vec<(TypeId, Ops)>> = const { RefCell::new(Vec::new()) };
}

fn ops<T: 'static>() -> Option<Ops> {
    OPS.with_borrow(|all| {
        all.iter()
            .find(|(id, _)| *id == TypeId::of::<T>())
            .map(|(_, ops)| *ops)
    })
}

/// Makes `T`'s [`Ops`] known to [`Part`]'s `Serialize` and `PartialEq`.
fn can_write<T: Serialize + PartialEq + 'static>() {
    fn write<T: Serialize + 'static>(value: &dyn Any) -> Value {
        value
            .downcast_ref::<T>()
            .and_then(|v| serde_json::to_value(v).ok())
            .unwrap_or_default()
    }
    fn eq<T: PartialEq + 'static>(a: &dyn Any, b: &dyn Any) -> bool {
        a.downcast_ref::<T>() == b.downcast_ref::<T>()
    }
    OPS.with_borrow_mut(|all| {
        if !all.iter().any(|(id, _)| *id == TypeId::of::<T>()) {
            let ops = Ops {
                write: write::<T>,
                eq: eq::<T>,
            };
            all.push((TypeId::of::<T>(), ops));
        }
    });
}

/// Makes every part's [`Writer`] known, so that a document is written out
/// in full, its empty parts too (a backup file).
pub fn write_parts_in_full() {
    can_write::<AssessmentData>();
    can_write::<PracticeData>();
    can_write::<RoundsData>();
}

impl<T: 'static> Serialize for Part<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Part::Json(value) => value.serialize(serializer),
            Part::Ready(value) => {
                match ops::<T>() {
                    Some(ops) => (ops.write)(&**value).serialize(serializer),
                    // No code that decodes or makes this part has run, so
                    // it is the empty part `Default` made, and every part
                    // type reads `{}` as empty (`#[serde(default)]`).
                    None => serializer.serialize_map(Some(0))?.end(),
                }
            }
        }
    }
}

impl<T: Serialize + PartialEq + 'static> From<T> for Part<T> {
    fn from(value: T) -> Self {
        can_write::<T>();
        Part::Ready(Arc::new(value))
    }
}

impl<T> Part<T> {
    /// The decoded value, if this part was decoded.
    pub fn ready(&self) -> Option<&T> {
        match self {
            Part::Ready(value) => Some(&**value),
            Part::Json(_) => None,
        }
    }
}

impl<T: DeserializeOwned + Serialize + PartialEq + Clone + 'static> Part<T> {
    /// The value, decoded if it is still JSON.
    pub fn get(&self) -> Result<Cow<'_, T>, DecodeError> {
        can_write::<T>();
        match self {
            Part::Ready(value) => Ok(Cow::Borrowed(&**value)),
            Part::Json(json) => decode_part(json).map(Cow::Owned),
        }
    }

    /// The value to change, decoded in place if it is still JSON. When it
    /// cannot be decoded the JSON is left as it was.
    pub fn get_mut(&mut self) -> Result<&mut T, DecodeError> {
        can_write::<T>();
        if let Part::Json(json) = self {
            *self = Part::Ready(Arc::new(decode_part(json)?));
        }
        match self {
            Part::Ready(value) => Ok(Arc::make_mut(value)),
            Part::Json(_) => unreachable!("decoded just above"),
        }
    }
}

fn decode_part<T: DeserializeOwned>(json: &Value) -> Result<T, DecodeError> {
    T::deserialize(json).map_err(|e| DecodeError::WrongShape(first_clause(&e.to_string())))
}

/// When the data changed and when it was last saved to a file. Times are
/// milliseconds since 1970 (JavaScript's `Date.now()`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    /// The last change to anything the visitor wrote or ticked.
    pub updated_at: Option<u64>,
    /// The first change not yet in an exported file; `None` when every
    /// change has been exported (or there are none).
    pub unexported_since: Option<u64>,
    /// The last time the visitor exported a backup file.
    pub last_export_at: Option<u64>,
    /// When the visitor last dismissed the backup reminder.
    pub reminder_dismissed_at: Option<u64>,
}

/// How long changes may stay out of any backup file before the app reminds
/// the visitor to export (browsers can clear site data).
pub const BACKUP_REMINDER_AFTER_MS: u64 = 7 * 24 * 60 * 60 * 1000;

impl Meta {
    /// Records a change made at `now`.
    pub fn touch(&mut self, now: u64) {
        self.updated_at = Some(now);
        self.unexported_since.get_or_insert(now);
    }

    /// Records that everything was exported at `now`.
    pub fn exported(&mut self, now: u64) {
        self.last_export_at = Some(now);
        self.unexported_since = None;
    }

    /// Whether to remind the visitor to export: changes older than
    /// [`BACKUP_REMINDER_AFTER_MS`] are in no file, and the reminder was not
    /// dismissed within that time.
    pub fn backup_reminder_due(&self, now: u64) -> bool {
        let old_enough = |t: u64| now.saturating_sub(t) >= BACKUP_REMINDER_AFTER_MS;
        match self.unexported_since {
            Some(since) if old_enough(since) => self.reminder_dismissed_at.is_none_or(old_enough),
            _ => false,
        }
    }
}

impl SavedData {
    pub fn new(progress: Progress) -> Self {
        Self {
            version: CURRENT_VERSION,
            progress,
            assessments: Part::default(),
            practice: Part::default(),
            rounds: Part::default(),
            meta: Meta::default(),
        }
    }

    /// The saved text for this document.
    pub fn encode(&self) -> String {
        serde_json::to_string(&self.current()).expect("saved data always serializes")
    }

    /// This document marked with the current version.
    pub fn current(&self) -> SavedData {
        SavedData {
            version: CURRENT_VERSION,
            ..self.clone()
        }
    }
}

/// Why saved text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The text is not JSON at all; line and column are 1-based.
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not a saved-data document (no version, wrong types...).
    WrongShape(String),
    /// Written by a newer build of the app than this one.
    NewerVersion { found: u64 },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotJson {
                line,
                column,
                message,
            } => f.write_str(&fill(
                words().not_json,
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("message", message),
                ],
            )),
            DecodeError::WrongShape(why) => {
                f.write_str(&fill(words().wrong_shape, &[("why", why)]))
            }
            DecodeError::NewerVersion { found } => f.write_str(&fill(
                words().newer,
                &[
                    ("found", &found.to_string()),
                    ("current", &CURRENT_VERSION.to_string()),
                ],
            )),
        }
    }
}

/// Reads saved text, migrating it from any earlier format version, and
/// decodes every part: an error anywhere is reported.
pub fn decode(text: &str) -> Result<SavedData, DecodeError> {
    decode_value(parse(text)?)
}

/// Reads saved text like [`decode`], but leaves the self-assessments and the
/// practice entries as JSON (see [`Part`]): errors in those are found when a
/// page decodes them.
pub fn decode_lazily(text: &str) -> Result<SavedData, DecodeError> {
    decode_value_lazily(parse(text)?)
}

fn parse(text: &str) -> Result<Value, DecodeError> {
    serde_json::from_str(text).map_err(|e| DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
        message: first_clause(&e.to_string()),
    })
}

/// Reads a saved-data document that is already parsed JSON, migrating it
/// from any earlier format version, and decodes every part.
pub fn decode_value(value: Value) -> Result<SavedData, DecodeError> {
    let mut data = decode_value_lazily(value)?;
    data.assessments.get_mut()?;
    data.practice.get_mut()?;
    data.rounds.get_mut()?;
    Ok(data)
}

/// [`decode_value`], leaving the parts as JSON.
fn decode_value_lazily(value: Value) -> Result<SavedData, DecodeError> {
    let Some(object) = value.as_object() else {
        return Err(DecodeError::WrongShape("expected an object".into()));
    };
    let version = match object.get("version") {
        Some(v) => v
            .as_u64()
            .ok_or_else(|| DecodeError::WrongShape("\"version\" must be a whole number".into()))?,
        None => return Err(DecodeError::WrongShape("no \"version\" field".into())),
    };
    if version == 0 {
        return Err(DecodeError::WrongShape("version 0 does not exist".into()));
    }
    if version > CURRENT_VERSION {
        return Err(DecodeError::NewerVersion { found: version });
    }
    let value = migrate(value, version);
    from_object(value)
        .map(|mut data| {
            data.version = CURRENT_VERSION;
            data
        })
        .map_err(|e| DecodeError::WrongShape(first_clause(&e.to_string())))
}

/// Reads a document (a JSON object) with its parts kept as JSON. They are
/// taken out before serde reads the rest, so no code that reads a part, not
/// even one that copies JSON, is needed here.
fn from_object(mut value: Value) -> Result<SavedData, serde_json::Error> {
    fn take<T: Default>(value: &mut Value, key: &str) -> Part<T> {
        value
            .as_object_mut()
            .and_then(|object| object.get_mut(key))
            // Left as null, which serde skips (removing the key costs more
            // code than it saves).
            .map(|json| Part::Json(Arc::new(json.take())))
            .unwrap_or_default()
    }
    let assessments = take(&mut value, "assessments");
    let practice = take(&mut value, "practice");
    let rounds = take(&mut value, "rounds");
    Ok(SavedData {
        assessments,
        practice,
        rounds,
        ..serde_json::from_value(value)?
    })
}

/// A tab's unsaved changes on top of what another tab saved meanwhile.
/// `mine` is `base` (the saved copy both tabs started from) with this tab's
/// changes; `theirs` is what the other tab saved over `base`. What this tab
/// changed takes its version, everything else is `theirs`: in a group of
/// named fields, field by field; in a list, the entries this tab added are
/// added (an entry with the `id` of one in `theirs` takes its place), the
/// ones it removed are removed, the rest are `theirs`. So replaying this
/// tab's changes on the other tab's copy keeps both tabs' work, as a change
/// applied to the freshest saved copy does.
///
/// `base` is the saved text (`None`: nothing was saved yet).
pub fn rebase(base: Option<&str>, mine: &SavedData, theirs: SavedData) -> SavedData {
    // All three written out the same way, every part decoded where it can
    // be, so that only real differences count as changes.
    let json = |mut d: SavedData| {
        let _ = d.assessments.get_mut();
        let _ = d.practice.get_mut();
        let _ = d.rounds.get_mut();
        parse(&d.encode()).unwrap_or_default()
    };
    let base = json(base.and_then(|t| decode_lazily(t).ok()).unwrap_or_default());
    let mut out = json(theirs);
    rebase_value(&base, json(mine.clone()), &mut out);
    decode_value_lazily(out).unwrap_or_else(|_| mine.clone())
}

// Values are moved, not cloned, and a field is removed by rebuilding its
// group: both keep code out of the main module.
fn rebase_value(base: &Value, mine: Value, out: &mut Value) {
    if mine == *base {
        return;
    }
    match (base, mine, out) {
        (Value::Object(b), Value::Object(m), Value::Object(o)) => {
            // A field this tab removed goes, unless the other tab changed it.
            for (k, v) in std::mem::take(o) {
                if m.contains_key(&k) || b.get(k.as_str()) != Some(&v) {
                    o.insert(k, v);
                }
            }
            for (k, v) in m {
                match (b.get(k.as_str()), o.get_mut(k.as_str())) {
                    (Some(bv), Some(ov)) => rebase_value(bv, v, ov),
                    (bv, _) if bv != Some(&v) => {
                        o.insert(k, v);
                    }
                    _ => {}
                }
            }
        }
        (Value::Array(b), Value::Array(m), Value::Array(o)) => {
            o.retain(|x| m.contains(x) || !b.contains(x));
            for (i, x) in m.into_iter().enumerate() {
                if b.contains(&x) || o.contains(&x) {
                    continue;
                }
                let id = x.get("id");
                match o.iter_mut().find(|y| id.is_some() && y.get("id") == id) {
                    Some(y) => *y = x,
                    // Where this tab put it (new intents go first, audit
                    // entries last).
                    None => o.insert(i.min(o.len()), x),
                }
            }
        }
        (_, mine, out) => *out = mine,
    }
}

/// Reads data written by a newer version of the app as well as this version
/// can, for showing it read-only: fields this version does not know are
/// ignored. `None` when even that fails.
pub fn read_newer_leniently(text: &str) -> Option<SavedData> {
    let mut value: Value = serde_json::from_str(text).ok()?;
    value.as_object()?;
    value["version"] = Value::from(CURRENT_VERSION);
    from_object(value).ok()
}

/// Brings a document of any earlier version up to [`CURRENT_VERSION`], one
/// version at a time. Each step only adds or renames; nothing is dropped.
fn migrate(mut value: Value, from: u64) -> Value {
    if from < 2 {
        // 1 -> 2: `meta` is new; nothing is known about past changes.
        value["meta"] = Value::Object(Default::default());
    }
    // 2 -> 3: `assessments` and `practice` are new and start empty (serde
    // defaults), so there is nothing to move.
    // 3 -> 4: `rounds` is new and starts empty, likewise.
    value["version"] = Value::from(CURRENT_VERSION);
    value
}

/// serde_json's messages end with " at line L column C"; we report the
/// position separately.
fn first_clause(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_then_decode_gives_back_the_same_data() {
        let mut progress = Progress::default();
        progress.set_checked("some-item", true);
        progress.set_note(
            "genetic-code",
            "Approvals for leave: hand to chiefs.\n<b>not markup</b>",
        );
        progress.visit("/checklist");
        let data = SavedData::new(progress);
        assert_eq!(decode(&data.encode()), Ok(data));
    }

    #[test]
    fn written_text_carries_the_version() {
        let text = SavedData::default().encode();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["version"], CURRENT_VERSION);
    }

    #[test]
    fn a_stored_version_1_sample_reads() {
        let sample = include_str!("../../tests/fixtures/saved-v1.json");
        let data = decode(sample).expect("version 1 sample reads");
        assert_eq!(data.version, CURRENT_VERSION);
        assert_eq!(data.meta, Meta::default());
        assert_eq!(data.progress.role.as_deref(), Some("member"));
        assert!(data.progress.is_checked("middle-identify-layer"));
        assert_eq!(
            data.progress.note("act-your-way"),
            "Stop asking for a status deck; ask what they intend."
        );
        assert_eq!(
            data.progress.last_visited.as_deref(),
            Some("/steps/act-your-way")
        );
    }

    #[test]
    fn a_stored_version_2_sample_reads() {
        let sample = include_str!("../../tests/fixtures/saved-v2.json");
        let data = decode(sample).expect("version 2 sample reads");
        assert_eq!(data.progress.role.as_deref(), Some("leader"));
        assert_eq!(data.progress.checked.len(), 3);
        assert_eq!(data.meta.updated_at, Some(1_763_700_000_000));
        assert_eq!(data.meta.unexported_since, Some(1_763_600_000_000));
        assert_eq!(data.meta.last_export_at, Some(1_763_000_000_000));
        // Reading and writing again loses nothing.
        assert_eq!(decode(&data.encode()), Ok(data));
    }

    #[test]
    fn backup_reminder_waits_for_old_unexported_changes() {
        let day = 24 * 60 * 60 * 1000;
        let mut meta = Meta::default();
        assert!(!meta.backup_reminder_due(100 * day));
        meta.touch(10 * day);
        meta.touch(12 * day); // a later change does not reset the clock
        assert_eq!(meta.unexported_since, Some(10 * day));
        assert!(!meta.backup_reminder_due(16 * day));
        assert!(meta.backup_reminder_due(17 * day));
        // Dismissed: quiet for another week.
        meta.reminder_dismissed_at = Some(17 * day);
        assert!(!meta.backup_reminder_due(23 * day));
        assert!(meta.backup_reminder_due(24 * day));
        // Exported: nothing to remind about until the next change.
        meta.exported(24 * day);
        assert!(!meta.backup_reminder_due(60 * day));
        meta.touch(61 * day);
        assert!(!meta.backup_reminder_due(62 * day));
        assert!(meta.backup_reminder_due(68 * day));
    }

    #[test]
    fn bad_json_reports_its_position() {
        match decode("{\"version\": 1,\n  \"progress\": {") {
            Err(DecodeError::NotJson { line, .. }) => assert_eq!(line, 2),
            other => panic!("expected NotJson, got {other:?}"),
        }
    }

    #[test]
    fn wrong_shapes_are_refused() {
        for text in [
            "[]",
            "42",
            "{}",
            "{\"version\": \"1\"}",
            "{\"version\": 1.5}",
            "{\"version\": 0}",
            "{\"version\": 1, \"progress\": {\"checked\": \"all\"}}",
        ] {
            assert!(
                matches!(decode(text), Err(DecodeError::WrongShape(_))),
                "{text} should be refused as wrong shape"
            );
        }
    }

    #[test]
    fn newer_versions_are_refused_not_guessed() {
        assert_eq!(
            decode("{\"version\": 99, \"progress\": {}}"),
            Err(DecodeError::NewerVersion { found: 99 })
        );
    }

    #[test]
    fn newer_data_can_still_be_shown_read_only() {
        let text = "{\"version\": 7, \"progress\": {\"checked\": [\"a\"]}, \"future\": [1]}";
        let data = read_newer_leniently(text).unwrap();
        assert!(data.progress.is_checked("a"));
        assert_eq!(
            read_newer_leniently("{\"version\": 7, \"progress\": 3}"),
            None
        );
    }

    #[test]
    fn a_lazy_read_keeps_parts_as_json_until_asked() {
        let text = r#"{"version": 3, "progress": {"checked": ["a"]},
            "assessments": {"history": "not a list"},
            "practice": {"audit": [], "intents": []}}"#;
        // The full read refuses the document; the lazy one keeps the parts.
        assert!(matches!(decode(text), Err(DecodeError::WrongShape(_))));
        let mut data = decode_lazily(text).unwrap();
        assert!(data.progress.is_checked("a"));
        assert!(matches!(data.assessments, Part::Json(_)));
        assert!(data.assessments.ready().is_none());
        // Asking for the unreadable part fails and leaves its JSON as it was.
        assert!(matches!(
            data.assessments.get(),
            Err(DecodeError::WrongShape(_))
        ));
        assert!(data.assessments.get_mut().is_err());
        assert!(matches!(data.assessments, Part::Json(_)));
        // Written back, the unreadable part is exactly what was read.
        let again: Value = serde_json::from_str(&data.encode()).unwrap();
        assert_eq!(
            again["assessments"],
            serde_json::json!({"history": "not a list"})
        );
        // The readable part decodes in place, once.
        assert!(data.practice.get().unwrap().is_empty());
        assert!(data.practice.get_mut().unwrap().is_empty());
        assert!(data.practice.ready().is_some());
    }

    #[test]
    fn parts_compare_json_with_json_and_values_with_values() {
        let json = |v: Value| Part::<PracticeData>::Json(Arc::new(v));
        assert_eq!(json(serde_json::json!({})), json(serde_json::json!({})));
        assert_ne!(json(serde_json::json!({})), json(serde_json::json!([])));
        assert_eq!(
            Part::<PracticeData>::default(),
            PracticeData::default().into()
        );
        assert_ne!(json(serde_json::json!({})), Part::default());
    }

    #[test]
    fn a_lazy_read_then_a_write_keeps_everything() {
        let sample = include_str!("../../tests/fixtures/saved-v3.json");
        let full = decode(sample).unwrap();
        let lazy = decode_lazily(sample).unwrap();
        assert_eq!(decode(&lazy.encode()), Ok(full));
    }

    #[test]
    fn a_rebase_keeps_both_tabs_changes() {
        use crate::content::IntentKind;
        let mut base = SavedData::default();
        base.progress.set_checked("a", true);
        base.progress.set_note("one", "as saved");
        let mut practice = PracticeData::default();
        let old = practice
            .add_intent(1, IntentKind::Intent, "2026-01-01", "old")
            .unwrap();
        base.practice = practice.into();
        let base = decode_lazily(&base.encode()).unwrap();

        // This tab (not saving): a tick, a note, an edited and a new intent,
        // a removed tick.
        let mut mine = base.clone();
        mine.progress.set_checked("mine", true);
        mine.progress.set_checked("a", false);
        mine.progress.set_note("two", "mine");
        let p = mine.practice.get_mut().unwrap();
        p.set_intent_text(
            &old,
            crate::model::practice::IntentField::Text,
            "edited here",
        );
        let new_mine = p.add_intent(5, IntentKind::Intent, "", "new here").unwrap();
        mine.meta.touch(50);

        // The other tab (saved): its own tick, a note, an intent of its own.
        let mut theirs = base.clone();
        theirs.progress.set_checked("theirs", true);
        theirs.progress.set_note("one", "changed there");
        let p = theirs.practice.get_mut().unwrap();
        let new_theirs = p
            .add_intent(7, IntentKind::Permission, "", "new there")
            .unwrap();
        theirs.meta.touch(40);

        let base_text = base.encode();
        let mut out = rebase(Some(&base_text), &mine, theirs.clone());
        let pr = &out.progress;
        assert!(pr.is_checked("mine") && pr.is_checked("theirs") && !pr.is_checked("a"));
        assert_eq!(pr.note("one"), "changed there");
        assert_eq!(pr.note("two"), "mine");
        assert_eq!(out.meta.updated_at, Some(50));
        let p = out.practice.get_mut().unwrap();
        let texts: Vec<(&str, &str)> = p
            .intents
            .iter()
            .map(|e| (e.id.as_str(), e.text.as_str()))
            .collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        for want in [
            (old.as_str(), "edited here"),
            (new_mine.as_str(), "new here"),
            (new_theirs.as_str(), "new there"),
        ] {
            assert!(texts.contains(&want), "{want:?} in {texts:?}");
        }

        // Nothing changed here: the other tab's copy as it is.
        assert_eq!(
            decode(&rebase(Some(&base_text), &base, theirs.clone()).encode()),
            decode(&theirs.encode())
        );
        // The same entry changed in both: this tab's version, once.
        let mut theirs2 = base.clone();
        let p = theirs2.practice.get_mut().unwrap();
        p.set_intent_text(
            &old,
            crate::model::practice::IntentField::Text,
            "edited there",
        );
        let mut out = rebase(Some(&base_text), &mine, theirs2);
        let p = out.practice.get_mut().unwrap();
        let same: Vec<&str> = p
            .intents
            .iter()
            .filter(|e| e.id == old)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(same, ["edited here"]);

        // A note removed here goes, unless the other tab changed it.
        let mut base = SavedData::default();
        base.progress.set_note("gone", "x");
        base.progress.set_note("kept", "x");
        let base_text = base.encode();
        let mut mine = base.clone();
        mine.progress.set_note("gone", "");
        mine.progress.set_note("kept", "");
        let mut theirs = base.clone();
        theirs.progress.set_note("kept", "changed there");
        let out = rebase(Some(&base_text), &mine, theirs);
        assert_eq!(out.progress.note("gone"), "");
        assert_eq!(out.progress.note("kept"), "changed there");

        // Nothing saved before: everything here is this tab's change.
        let mut mine = SavedData::default();
        mine.progress.set_checked("mine", true);
        let mut theirs = SavedData::default();
        theirs.progress.set_checked("theirs", true);
        let out = rebase(None, &mine, theirs);
        assert!(out.progress.is_checked("mine") && out.progress.is_checked("theirs"));

        // A base saved by an older format: its missing parts are not read as
        // this tab emptying the other tab's.
        let mut theirs = SavedData::default();
        theirs.practice.get_mut().unwrap().add_audit_entry(9);
        let mut mine = SavedData::default();
        mine.progress.set_checked("mine", true);
        let v2 = r#"{"version": 2, "progress": {}, "meta": {}}"#;
        let mut out = rebase(Some(v2), &mine, theirs);
        assert_eq!(out.practice.get_mut().unwrap().audit.len(), 1);
        assert!(out.progress.is_checked("mine"));
    }

    #[test]
    fn missing_parts_default_to_empty() {
        let data = decode("{\"version\": 1}").unwrap();
        assert!(data.progress.is_empty());
    }
}
