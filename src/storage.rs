//! The one place that talks to the browser's localStorage, through
//! `gloo-storage`. It knows the key names and reports every failure as a
//! value; it never panics and never decides what to do about a failure.
//!
//! Views do not call this module: they go through [`crate::state`].

use std::sync::OnceLock;

use gloo_storage::{errors::StorageError, LocalStorage, Storage};

use crate::model::saved::decode_lazily;
use crate::model::{DecodeError, SavedData};
use crate::text::{fill, messages::storage_problem as storage_words};

/// The keys this app uses in localStorage. Their names start with the
/// site's base path ([`data_key`]): on a `<user>.github.io` site every
/// project site shares one origin, and so one localStorage, and two copies
/// of this app (the original and a fork, say) must not read, overwrite or
/// delete each other's data. (The order of the variants is that of the
/// names in [`Key::name`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Where copies of saved data that could not be read are kept, rather
    /// than lost: one key per copy under this one (see [`keep_damaged`]).
    Damaged,
    /// Written and removed at start-up to learn whether saving works.
    Probe,
    /// The visitor's saved data, as one versioned document.
    Data,
    /// The language the visitor chose (its code): kept apart from the data,
    /// which is the same in every language and goes into backups.
    Language,
}

impl Key {
    pub fn name(self) -> &'static str {
        static NAMES: OnceLock<[String; 4]> = OnceLock::new();
        &NAMES.get_or_init(|| {
            let data = data_key(crate::paths::site_base());
            [
                format!("{data}:damaged"),
                format!("{data}:probe"),
                data.clone(),
                format!("{data}:language"),
            ]
        })[self as usize]
    }
}

/// The data key of the copy of the app served under `base` (as
/// [`crate::paths::site_base`] gives it, the same in every language): `leader-leader@/leader-leader/` under
/// `/leader-leader/`, `leader-leader@/` at the root. Every other key is
/// this name followed by `:`.
pub fn data_key(base: &str) -> String {
    format!("leader-leader@{base}/")
}

/// The data key of versions before keys were named after the base path,
/// shared by every copy of the app on the origin. Read at start-up, when
/// this copy has no data of its own ([`load`]); never written.
pub const LEGACY: &str = "leader-leader";
/// Where those versions kept copies of damaged data: this key itself (one
/// copy), then `leader-leader:damaged:<ms>`. They are listed with this
/// copy's own, left where they are.
pub const LEGACY_DAMAGED: &str = "leader-leader:damaged";

/// Whether `name` is `key` or a key under it (`key:…`). The `:` keeps a
/// fork's keys apart: `leader-leader@/fork/` is not under `leader-leader@/`.
fn under(key: &str, name: &str) -> bool {
    name.strip_prefix(key)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(':'))
}

/// Whether a localStorage key is this app's: this copy's data key or any
/// key under it, so that deleting everything also removes a key a later
/// version adds; and the keys of earlier versions ([`LEGACY`] and under
/// it), which would otherwise be read again at the next visit.
pub fn is_app_key(name: &str) -> bool {
    under(Key::Data.name(), name) || under(LEGACY, name)
}

/// Why saving (or reading) did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser gives this page no localStorage (blocked, sandboxed frame,
    /// some private modes).
    Unavailable(String),
    /// The storage quota is used up.
    Full,
    /// Anything else the browser reported.
    Failed { name: String, message: String },
}

impl std::fmt::Display for StorageProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageProblem::Unavailable(why) => {
                f.write_str(&fill(storage_words().unavailable, &[("why", why)]))
            }
            StorageProblem::Full => f.write_str(storage_words().full),
            StorageProblem::Failed { name, message } => f.write_str(&fill(
                storage_words().failed,
                &[("name", name), ("message", message)],
            )),
        }
    }
}

/// What was found in storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet: a first visit.
    Nothing,
    /// Saved data, read (and migrated if it was older). The self-assessments
    /// and practice entries are still JSON (`model::saved::Part`): a page
    /// decodes them when it needs them.
    Data(Box<SavedData>),
    /// Saved text that could not be read. It is still in storage, untouched.
    Unreadable { raw: String, error: DecodeError },
    /// Storage cannot be used at all.
    NoStorage(StorageProblem),
}

/// Maps a browser exception's name to a problem. Browsers disagree on the
/// name of a full quota: Chromium and Safari say `QuotaExceededError`,
/// Firefox `NS_ERROR_DOM_QUOTA_REACHED`, and some old engines only give the
/// legacy code 22 (or 1014) in the message.
pub fn classify(name: &str, message: &str) -> StorageProblem {
    let quota = matches!(
        name,
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" | "QUOTA_EXCEEDED_ERR"
    ) || message.contains("quota")
        || message.contains("Quota");
    if quota {
        StorageProblem::Full
    } else if name == "SecurityError" {
        StorageProblem::Unavailable(message.to_string())
    } else {
        StorageProblem::Failed {
            name: name.to_string(),
            message: message.to_string(),
        }
    }
}

fn from_gloo(error: StorageError) -> StorageProblem {
    match error {
        StorageError::JsError(js) => classify(&js.name, &js.message),
        other => StorageProblem::Failed {
            name: "Error".into(),
            message: other.to_string(),
        },
    }
}

/// Whether localStorage can be reached at all. `gloo-storage` panics when it
/// cannot, so this is asked first, without it.
fn reachable() -> Result<(), StorageProblem> {
    // Natively the build renders pages for a first visit: no storage.
    if cfg!(not(target_arch = "wasm32")) {
        return Err(StorageProblem::Unavailable(
            "rendering at build time".into(),
        ));
    }
    let window =
        web_sys::window().ok_or_else(|| StorageProblem::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(StorageProblem::Unavailable("no localStorage".into())),
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| "SecurityError".into());
            let message = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| storage_words().access_denied.into());
            Err(StorageProblem::Unavailable(format!("{name}: {message}")))
        }
    }
}

/// Reads one key as raw text.
pub fn read_raw(key: Key) -> Result<Option<String>, StorageProblem> {
    get(key.name())
}

fn get(name: &str) -> Result<Option<String>, StorageProblem> {
    reachable()?;
    LocalStorage::raw().get_item(name).map_err(failed)
}

/// Writes one key as raw text.
pub fn write_raw(key: Key, text: &str) -> Result<(), StorageProblem> {
    set(key.name(), text)
}

fn set(name: &str, text: &str) -> Result<(), StorageProblem> {
    reachable()?;
    LocalStorage::raw().set_item(name, text).map_err(failed)
}

fn failed(e: wasm_bindgen::JsValue) -> StorageProblem {
    let js = js_sys::Error::from(e);
    classify(&String::from(js.name()), &String::from(js.message()))
}

/// Removes one key. Removing a key that is not there is not an error.
pub fn remove(key: Key) -> Result<(), StorageProblem> {
    reachable()?;
    LocalStorage::delete(key.name());
    Ok(())
}

/// Removes every key this app wrote ([`is_app_key`]), the data key last.
///
/// Not `localStorage.clear()`: GitHub Pages serves all of an account's
/// project sites from one origin, so the other keys may be other sites'.
pub fn remove_all() -> Result<(), StorageProblem> {
    reachable()?;
    let storage = LocalStorage::raw();
    let count = storage.length().map_err(failed)?;
    let mut names: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|name| is_app_key(name))
        .collect();
    // Other tabs start over when the data key goes (see `state`); by then
    // everything else is gone too.
    // An earlier version's tab follows the legacy data key the same way.
    names.sort_by_key(|name| name == Key::Data.name() || name == LEGACY);
    for name in names {
        storage.remove_item(&name).map_err(failed)?;
    }
    Ok(())
}

/// Learns whether saving works, by writing and removing a probe.
pub fn probe() -> Result<(), StorageProblem> {
    write_raw(Key::Probe, "1")?;
    remove(Key::Probe)
}

/// Reads the visitor's saved data at start-up. Writes only to migrate:
/// when this copy of the app has no data of its own and an earlier version
/// left data under [`LEGACY`], its text is copied, unchanged, to
/// [`Key::Data`], and read. Copied, not moved: another copy of the app on
/// this origin that has not migrated yet still needs it. If the copy
/// cannot be written (full storage), the text is read where it is, still
/// whole; the first save that works puts it under the new key.
pub fn load() -> Loaded {
    if let Err(problem) = probe() {
        // A full store still reads; a blocked one does not.
        if problem != StorageProblem::Full {
            return Loaded::NoStorage(problem);
        }
    }
    if let (Ok(None), Ok(Some(old))) = (read_raw(Key::Data), get(LEGACY)) {
        let _ = set(Key::Data.name(), &old);
        return decode(Ok(Some(old)));
    }
    reload()
}

/// Reads the saved data again while the app runs (with
/// `model::saved::decode_lazily`) (before a change, or when
/// another tab wrote). Unlike [`load`] it does not probe storage first, so a
/// keystroke costs one read and one write.
pub fn reload() -> Loaded {
    decode(read_raw(Key::Data))
}

fn decode(read: Result<Option<String>, StorageProblem>) -> Loaded {
    match read {
        Err(problem) => Loaded::NoStorage(problem),
        Ok(None) => Loaded::Nothing,
        Ok(Some(raw)) => match decode_lazily(&raw) {
            Ok(data) => Loaded::Data(Box::new(data)),
            Err(error) => Loaded::Unreadable { raw, error },
        },
    }
}

/// Saves the visitor's data, replacing what was saved.
pub fn save(data: &SavedData) -> Result<(), StorageProblem> {
    reachable()?;
    LocalStorage::set(Key::Data.name(), data.current()).map_err(from_gloo)
}

/// Keeps a copy of saved text that could not be read, so that starting
/// afresh does not destroy it: under a key of its own named for the moment
/// (`<data key>:damaged:<ms>`, with `-2`, `-3`… if that is taken), so a
/// later incident never writes over an earlier copy. Returns the key. The
/// same text already kept is not kept twice (the unreadable data stays
/// under the data key until something is saved, and each change before
/// then finds it again).
pub fn keep_damaged(raw: &str, now_ms: u64) -> Result<String, StorageProblem> {
    reachable()?;
    let storage = LocalStorage::raw();
    for i in 0..storage.length().map_err(failed)? {
        if let Some(name) = storage.key(i).map_err(failed)? {
            if is_damaged_key(&name)
                && storage.get_item(&name).map_err(failed)?.as_deref() == Some(raw)
            {
                return Ok(name);
            }
        }
    }
    let base = format!("{}:{now_ms}", Key::Damaged.name());
    let mut name = base.clone();
    let mut n = 1;
    while LocalStorage::raw()
        .get_item(&name)
        .map_err(failed)?
        .is_some()
    {
        n += 1;
        name = format!("{base}-{n}");
    }
    set(&name, raw)?;
    Ok(name)
}

/// Whether `name` is the key of a kept damaged copy: one of
/// [`keep_damaged`]'s, or one an earlier version kept ([`LEGACY_DAMAGED`]).
pub fn is_damaged_key(name: &str) -> bool {
    under(Key::Damaged.name(), name) || under(LEGACY_DAMAGED, name)
}

/// When the copy under `name` was kept (ms), and its number among copies
/// kept in the same millisecond; `None` for the single key of earlier
/// versions, whose date is not known.
pub fn damaged_time(name: &str) -> (Option<u64>, u32) {
    let rest = name
        .strip_prefix(Key::Damaged.name())
        .or_else(|| name.strip_prefix(LEGACY_DAMAGED))
        .and_then(|r| r.strip_prefix(':'))
        .unwrap_or("");
    let (ms, n) = rest.split_once('-').unwrap_or((rest, "1"));
    (ms.parse().ok(), n.parse().unwrap_or(1))
}

/// Every kept damaged copy, its key and its text, in no particular order
/// (sort by [`damaged_time`]; not done here, where start-up calls it, to
/// keep a sort's code out of the main module).
pub fn damaged_copies() -> Vec<(String, String)> {
    if reachable().is_err() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    let names: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|name| is_damaged_key(name))
        .collect();
    names
        .into_iter()
        .filter_map(|name| {
            let raw = storage.get_item(&name).ok().flatten()?;
            Some((name, raw))
        })
        .collect()
}

/// Removes one kept damaged copy.
pub fn remove_damaged(name: &str) -> Result<(), StorageProblem> {
    reachable()?;
    if is_damaged_key(name) {
        LocalStorage::raw().remove_item(name).map_err(failed)?;
    }
    Ok(())
}

/// The key of the draft answer to a team round (`round_hex`:
/// [`crate::model::rounds::RoundId::hex`]) that a colleague is answering
/// on this browser: `<data key>:answer:<round id>`, under the data key so
/// "Delete all my data" removes it too. It is not the visitor's own data,
/// which the answer page never reads or writes.
pub fn answer_draft_key(round_hex: &str) -> String {
    format!("{}:answer:{round_hex}", Key::Data.name())
}

/// The draft answer to a round, as text. Called only from the answer page
/// (so its code is in that page's piece of the wasm).
pub fn read_answer_draft(round_hex: &str) -> Result<Option<String>, StorageProblem> {
    get(&answer_draft_key(round_hex))
}

/// Keeps the draft answer to a round.
pub fn write_answer_draft(round_hex: &str, text: &str) -> Result<(), StorageProblem> {
    set(&answer_draft_key(round_hex), text)
}

/// Removes the draft answer to a round, once its code is made.
pub fn remove_answer_draft(round_hex: &str) -> Result<(), StorageProblem> {
    reachable()?;
    LocalStorage::raw()
        .remove_item(&answer_draft_key(round_hex))
        .map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_browser_name_for_a_full_quota_is_full() {
        for (name, message) in [
            (
                "QuotaExceededError",
                "Setting the value exceeded the quota.",
            ),
            (
                "NS_ERROR_DOM_QUOTA_REACHED",
                "Persistent storage maximum size reached",
            ),
            ("QUOTA_EXCEEDED_ERR", "QUOTA_EXCEEDED_ERR: DOM Exception 22"),
            ("Error", "The quota has been exceeded."),
        ] {
            assert_eq!(classify(name, message), StorageProblem::Full, "{name}");
        }
    }

    #[test]
    fn security_errors_mean_unavailable() {
        assert!(matches!(
            classify("SecurityError", "The operation is insecure."),
            StorageProblem::Unavailable(_)
        ));
    }

    #[test]
    fn keys_are_named_after_the_base_path() {
        assert_eq!(data_key("/leader-leader"), "leader-leader@/leader-leader/");
        assert_eq!(data_key("/fork"), "leader-leader@/fork/");
        assert_eq!(data_key(""), "leader-leader@/");
        // Natively the base is the root.
        assert_eq!(Key::Data.name(), "leader-leader@/");
        assert_eq!(Key::Damaged.name(), "leader-leader@/:damaged");
        assert_eq!(Key::Probe.name(), "leader-leader@/:probe");
    }

    #[test]
    fn every_key_the_app_writes_is_its_own_and_no_other_is() {
        for key in [Key::Data, Key::Damaged, Key::Probe] {
            assert!(is_app_key(key.name()), "{key:?}");
        }
        let draft = answer_draft_key("0123456789abcdef");
        assert_eq!(draft, "leader-leader@/:answer:0123456789abcdef");
        assert!(is_app_key(&draft) && !is_damaged_key(&draft));
        // A key a later version adds, and every key of earlier versions.
        for ours in [
            "leader-leader@/:draft",
            "leader-leader",
            "leader-leader:damaged",
            "leader-leader:damaged:1764412345678",
            "leader-leader:probe",
            "leader-leader:draft",
        ] {
            assert!(is_app_key(ours), "{ours}");
        }
        for other in [
            "",
            "leader",
            "leader-leader-other-app",
            "other:leader-leader",
            "Leader-Leader",
            "leader-leader@",
            "leader-leader@/x",
            // Another copy of the app on the same origin.
            "leader-leader@/fork/",
            "leader-leader@/fork/:damaged:1764412345678",
            "leader-leader@/fork/:probe",
            "leader-leader@/leader-leader/",
        ] {
            assert!(!is_app_key(other), "{other}");
        }
    }

    #[test]
    fn copies_under_a_sub_path_keep_apart_from_the_root_and_from_each_other() {
        let root = data_key("");
        let original = data_key("/leader-leader");
        let nested = data_key("/leader-leader/fork");
        for key in [&original, &nested] {
            assert!(!under(&root, key), "{key}");
            assert!(!under(&root, &format!("{key}:damaged:1")), "{key}");
        }
        assert!(!under(&original, &nested));
        assert!(!under(&nested, &original));
        assert!(under(&original, &original));
        assert!(under(&original, &format!("{original}:damaged:1")));
    }

    #[test]
    fn damaged_keys_are_told_apart_and_ordered_by_when_they_were_kept() {
        let ms = |m: &str| format!("{}:{m}", Key::Damaged.name());
        for name in [
            "leader-leader:damaged",
            "leader-leader:damaged:1764412345678",
            "leader-leader:damaged:1764412345678-2",
            &ms("1764412345678"),
            &ms("1764412345678-2"),
        ] {
            assert!(is_damaged_key(name), "{name}");
            assert!(is_app_key(name), "{name}");
        }
        for other in [
            "leader-leader",
            "leader-leader:probe",
            "leader-leader:damagedx",
            Key::Data.name(),
            Key::Probe.name(),
            &format!("{}x", Key::Damaged.name()),
            "leader-leader@/fork/:damaged:1764412345678",
        ] {
            assert!(!is_damaged_key(other), "{other}");
        }
        let (a, b, c) = (
            ms("1764412345678-2"),
            ms("1764412345679"),
            ms("1764412345678"),
        );
        let mut names = vec![
            a.as_str(),
            "leader-leader:damaged:1764412345677",
            b.as_str(),
            c.as_str(),
            "leader-leader:damaged",
        ];
        names.sort_by_key(|n| damaged_time(n));
        assert_eq!(
            names,
            [
                "leader-leader:damaged",
                "leader-leader:damaged:1764412345677",
                &c,
                &a,
                &b,
            ]
        );
        assert_eq!(damaged_time("leader-leader:damaged:99"), (Some(99), 1));
        assert_eq!(damaged_time(&ms("99-3")), (Some(99), 3));
    }

    #[test]
    fn keys_are_distinct() {
        let names = [
            Key::Data.name(),
            Key::Damaged.name(),
            Key::Probe.name(),
            LEGACY,
            LEGACY_DAMAGED,
        ];
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn problems_are_told_in_the_visitors_language() {
        use crate::text::{set_lang, Lang};
        let failed = StorageProblem::Failed {
            name: "UnknownError".into(),
            message: "x".into(),
        };
        set_lang(Lang::Fr);
        let (full, refused) = (StorageProblem::Full.to_string(), failed.to_string());
        set_lang(Lang::En);
        assert_eq!(
            full,
            "l’espace de stockage du navigateur pour ce site est plein"
        );
        assert_eq!(
            refused,
            "le navigateur a refusé d’enregistrer (UnknownError\u{a0}: x)"
        );
        assert_eq!(
            failed.to_string(),
            "the browser refused to save (UnknownError: x)"
        );
    }
}
