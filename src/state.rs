//! The app's live state: the visitor's data as reactive signals, and the
//! health of saving. Views read it and call its methods; each change is saved
//! at once through [`crate::storage`].
//!
//! How the data stays safe:
//! - A change is applied to the freshest saved copy (read just before
//!   writing), not to this tab's memory, so two tabs editing different items
//!   both keep their edits. Two tabs editing the same item: the later edit
//!   wins, and the other tab shows it at once (the `storage` event).
//! - Saved data that cannot be read is copied aside before anything new is
//!   saved; data from a newer version is shown read-only and never written.
//! - When storage is blocked or full the app keeps working in memory and
//!   says so; it tries again on the next change, when the page is hidden and
//!   when another tab saves. What another tab saves meanwhile is shown with
//!   this tab's unsaved changes on top ([`rebase`]), so neither is lost.
//! - The self-assessments, the practice entries and the team rounds stay as
//!   the JSON that was read (see [`Part`]) until a page asks for them through
//!   [`AppState::assessments`], [`AppState::practice`] or
//!   [`AppState::rounds`] (only pages in the
//!   wasm's pieces do, so the code that decodes them is not in the main
//!   module). A part that turns out to be unreadable is copied aside with the
//!   rest of the saved text before anything replaces it, as above.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::content::Role;
use crate::model::assessment::AssessmentData;
use crate::model::practice::PracticeData;
use crate::model::rounds::RoundsData;
use crate::model::saved::{decode_lazily, read_newer_leniently, rebase, Part};
use crate::model::{DecodeError, Meta, Progress, SavedData};
use crate::storage::{self, Key, Loaded, StorageProblem};

/// Whether the visitor's changes are reaching the browser's storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveHealth {
    /// Every change so far has been saved.
    Saving,
    /// This tab's changes are kept only in its memory. `true` once another
    /// tab saved meanwhile: its changes are shown here too, and are saved.
    NotSaving(StorageProblem, bool),
    /// Unreadable saved data could not be copied aside; to keep the only copy,
    /// nothing is saved until the visitor decides (download it, then start
    /// fresh or import a backup).
    HoldingDamaged,
    /// Saved data from a newer version of the app is in storage; this
    /// version shows it but does not write.
    ReadOnlyNewer { found: u64 },
}

impl SaveHealth {
    /// Whether this tab may write to storage at all.
    fn may_write(&self) -> bool {
        matches!(self, SaveHealth::Saving | SaveHealth::NotSaving(..))
    }
}

/// Something the visitor must be told about their saved data.
#[derive(Clone, Debug, PartialEq)]
pub enum DataNotice {
    /// Saved data could not be read; a copy was kept (if `copy_kept`) and the
    /// app started fresh. `part` names the part that could not be read
    /// ("self-assessments"), when the rest could: only that part starts
    /// fresh.
    Recovered {
        error: DecodeError,
        copy_kept: bool,
        part: Option<&'static str>,
    },
}

/// The state shared by every view.
#[derive(Clone, Copy)]
pub struct AppState {
    pub progress: RwSignal<Progress>,
    /// Read through [`AppState::assessments`], changed through
    /// [`AppState::update_assessments`].
    assessments: RwSignal<Part<AssessmentData>>,
    /// Read through [`AppState::practice`], changed through
    /// [`AppState::update_practice`].
    practice: RwSignal<Part<PracticeData>>,
    /// Read through [`AppState::rounds`], changed through
    /// [`AppState::update_rounds`].
    rounds: RwSignal<Part<RoundsData>>,
    pub meta: RwSignal<Meta>,
    pub health: RwSignal<SaveHealth>,
    pub notice: RwSignal<Option<DataNotice>>,
    /// Unreadable saved data that could not be copied aside: the only copy,
    /// still under the data key, held here while [`SaveHealth::HoldingDamaged`].
    /// Also notified, unchanged, when a kept copy is added or removed (the
    /// copies are read from storage: [`AppState::damaged_copies`]).
    pub damaged: RwSignal<Option<String>>,
    /// Whether the browser was already asked to keep storage persistent.
    asked_persist: StoredValue<bool>,
}

/// Puts this tab's unsaved changes (`mine`, made to the saved text `base`)
/// on top of what another tab saved (`theirs`): [`rebase`].
type Rebase = fn(base: Option<&str>, mine: &SavedData, theirs: SavedData) -> SavedData;

thread_local! {
    /// [`rebase`], once a page in one of the wasm's pieces changed something
    /// (see [`AppState::replayable`]).
    static REBASER: std::cell::Cell<Option<Rebase>> = const { std::cell::Cell::new(None) };
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now() as u64;
    // Natively: the build's own time, as pages rendered at build time see it.
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

impl AppState {
    /// Reads what was saved and decides how to start. Never overwrites data
    /// it could not read.
    pub fn load() -> Self {
        // `damaged`: unreadable data that could not be copied aside, the
        // only copy, held here (it may be under the legacy key, when
        // migrating it failed too).
        // Natively the build renders pages for a first visit: nothing saved.
        #[cfg(not(target_arch = "wasm32"))]
        let loaded = Loaded::Nothing;
        #[cfg(target_arch = "wasm32")]
        let loaded = storage::load();
        let (data, health, notice, damaged) = match loaded {
            Loaded::Nothing => (SavedData::default(), SaveHealth::Saving, None, None),
            Loaded::Data(data) => (*data, SaveHealth::Saving, None, None),
            Loaded::NoStorage(problem) => (
                SavedData::default(),
                SaveHealth::NotSaving(problem, false),
                None,
                None,
            ),
            Loaded::Unreadable {
                raw,
                error: DecodeError::NewerVersion { found },
            } => (
                read_newer_leniently(&raw).unwrap_or_default(),
                SaveHealth::ReadOnlyNewer { found },
                None,
                None,
            ),
            Loaded::Unreadable { raw, error } => {
                let copy_kept = storage::keep_damaged(&raw, now_ms()).is_ok();
                let health = if copy_kept {
                    SaveHealth::Saving
                } else {
                    SaveHealth::HoldingDamaged
                };
                (
                    SavedData::default(),
                    health,
                    Some(DataNotice::Recovered {
                        error,
                        copy_kept,
                        part: None,
                    }),
                    (!copy_kept).then_some(raw),
                )
            }
        };
        let state = Self {
            progress: RwSignal::new(data.progress),
            assessments: RwSignal::new(data.assessments),
            practice: RwSignal::new(data.practice),
            rounds: RwSignal::new(data.rounds),
            meta: RwSignal::new(data.meta),
            health: RwSignal::new(health),
            notice: RwSignal::new(notice),
            damaged: RwSignal::new(damaged),
            asked_persist: StoredValue::new(false),
        };
        state.listen();
        state
    }

    /// The self-assessments, for pages.
    pub fn assessments(&self) -> PartReader<AssessmentData> {
        PartReader {
            app: *self,
            signal: self.assessments,
            which: ASSESSMENTS,
        }
    }

    /// The practice entries, for pages.
    pub fn practice(&self) -> PartReader<PracticeData> {
        PartReader {
            app: *self,
            signal: self.practice,
            which: PRACTICE,
        }
    }

    /// The team rounds, for pages.
    pub fn rounds(&self) -> PartReader<RoundsData> {
        PartReader {
            app: *self,
            signal: self.rounds,
            which: ROUNDS,
        }
    }

    /// Makes [`rebase`] available to [`AppState::on_storage_event`]. Called
    /// by the changes that only pages in the wasm's pieces make (every
    /// change but the home page's role choice), so that its code is not in
    /// the main module: it is reached through this pointer.
    fn replayable(&self) {
        REBASER.set(Some(rebase));
    }

    /// Changes the self-assessments and saves them at once.
    pub fn update_assessments(&self, change: impl FnOnce(&mut AssessmentData)) {
        self.replayable();
        self.update(|d| {
            let part = self.part_to_change(d, ASSESSMENTS);
            change(part);
        });
    }

    /// Changes the practice entries and saves them at once.
    pub fn update_practice(&self, change: impl FnOnce(&mut PracticeData)) {
        self.replayable();
        self.update(|d| {
            let part = self.part_to_change(d, PRACTICE);
            change(part);
        });
    }

    /// Changes the team rounds and saves them at once.
    pub fn update_rounds(&self, change: impl FnOnce(&mut RoundsData)) {
        self.replayable();
        self.update(|d| {
            let part = self.part_to_change(d, ROUNDS);
            change(part);
        });
    }

    /// One part of `doc`, decoded for a change. When it cannot be decoded,
    /// the saved text is kept aside first and the change starts from an
    /// empty part.
    fn part_to_change<'a, T>(&self, doc: &'a mut SavedData, which: Which<T>) -> &'a mut T
    where
        T: serde::de::DeserializeOwned + serde::Serialize + Clone + Default + PartialEq + 'static,
    {
        if let Err(error) = (which.of_mut)(doc).get_mut() {
            self.part_unreadable(doc, error, which);
            *(which.of_mut)(doc) = Part::Ready(Default::default());
        }
        match (which.of_mut)(doc) {
            Part::Ready(value) => std::sync::Arc::make_mut(value),
            Part::Json(_) => unreachable!("decoded or replaced above"),
        }
    }

    /// A part of the data in `doc` could not be decoded. Keeps the saved
    /// text that holds it as a damaged copy and tells the visitor; when
    /// that copy cannot be made, holds it in memory and stops writing (as at
    /// start-up). The caller then goes on with an empty part. Data from a
    /// newer version is only shown, never written: nothing to keep.
    fn part_unreadable<T: PartialEq + 'static>(
        &self,
        doc: &SavedData,
        error: DecodeError,
        which: Which<T>,
    ) {
        let of = which.of;
        let health = self.health.get_untracked();
        if matches!(health, SaveHealth::ReadOnlyNewer { .. }) {
            return;
        }
        // The text exactly as saved when it holds this same part, else the
        // part as this tab has it, written out.
        let raw = storage::read_raw(Key::Data)
            .ok()
            .flatten()
            .filter(|raw| decode_lazily(raw).is_ok_and(|saved| of(&saved) == of(doc)))
            .unwrap_or_else(|| doc.encode());
        let copy_kept = health.may_write() && storage::keep_damaged(&raw, now_ms()).is_ok();
        if copy_kept {
            self.copies_changed();
        } else if health != SaveHealth::HoldingDamaged {
            self.health.set(SaveHealth::HoldingDamaged);
            self.damaged.set(Some(raw));
        }
        self.notice.set(Some(DataNotice::Recovered {
            error,
            copy_kept,
            part: Some((which.name)()),
        }));
    }

    /// This tab's data as one document, with every part decoded (pages use
    /// it for the report and the backup file).
    pub fn decoded_snapshot(&self) -> SavedData {
        SavedData {
            assessments: self.assessments().with_untracked(Clone::clone).into(),
            practice: self.practice().with_untracked(Clone::clone).into(),
            rounds: self.rounds().with_untracked(Clone::clone).into(),
            ..self.snapshot()
        }
    }

    /// This tab's data as one document, every part decoded where it can be,
    /// read tracked (for views that show all of it). Unlike
    /// [`AppState::assessments`], a part that cannot be decoded is left as
    /// it is and nothing is kept aside or announced: it is only shown.
    pub fn peek(&self) -> SavedData {
        fn quietly<T>(signal: RwSignal<Part<T>>) -> Part<T>
        where
            T: serde::de::DeserializeOwned
                + serde::Serialize
                + PartialEq
                + Clone
                + Send
                + Sync
                + 'static,
        {
            signal.track();
            let decoded = signal.with_untracked(|part| match part {
                Part::Json(_) => part.get().ok().map(|v| v.into_owned()),
                Part::Ready(_) => None,
            });
            if let Some(value) = decoded {
                // The same data, decoded: no reader needs to run again.
                signal.update_untracked(|p| *p = Part::Ready(value.into()));
            }
            signal.get_untracked()
        }
        SavedData {
            progress: self.progress.get(),
            assessments: quietly(self.assessments),
            practice: quietly(self.practice),
            rounds: quietly(self.rounds),
            meta: self.meta.get(),
            ..SavedData::default()
        }
    }

    /// This tab's data as one document.
    pub fn snapshot(&self) -> SavedData {
        SavedData {
            progress: self.progress.get_untracked(),
            assessments: self.assessments.get_untracked(),
            practice: self.practice.get_untracked(),
            rounds: self.rounds.get_untracked(),
            meta: self.meta.get_untracked(),
            ..SavedData::default()
        }
    }

    /// Shows `data`, touching only the parts that changed.
    fn show(&self, data: SavedData) {
        let SavedData {
            progress,
            assessments,
            practice,
            rounds,
            meta,
            ..
        } = data;
        if self.progress.with_untracked(|p| *p != progress) {
            self.progress.set(progress);
        }
        if self.assessments.with_untracked(|a| *a != assessments) {
            self.assessments.set(assessments);
        }
        if self.practice.with_untracked(|p| *p != practice) {
            self.practice.set(practice);
        }
        if self.rounds.with_untracked(|r| *r != rounds) {
            self.rounds.set(rounds);
        }
        if self.meta.with_untracked(|m| *m != meta) {
            self.meta.set(meta);
        }
    }

    /// The document a change applies to: the freshest saved copy when it can
    /// be read (another tab may have written since), else this tab's memory.
    fn base_for_change(&self) -> SavedData {
        if self.health.get_untracked() == SaveHealth::Saving {
            match storage::reload() {
                Loaded::Data(fresh) => return *fresh,
                // Damaged behind our back: keep a copy before writing.
                Loaded::Unreadable { raw, .. } if storage::keep_damaged(&raw, now_ms()).is_ok() => {
                    self.copies_changed();
                }
                _ => {}
            }
        }
        self.snapshot()
    }

    /// Applies a change to the visitor's data and saves it at once.
    pub fn update(&self, change: impl FnOnce(&mut SavedData)) {
        self.apply(|d| {
            change(d);
            d.meta.touch(now_ms());
        });
        // The visitor's own work is in storage: ask the browser to keep it
        // (asked here, on their action, not on page views).
        if self.health.get_untracked() == SaveHealth::Saving {
            self.ask_persistent_storage();
        }
    }

    /// Applies a change that is bookkeeping, not the visitor's work (where
    /// they are, backup dates), and saves it.
    fn apply(&self, change: impl FnOnce(&mut SavedData)) {
        let mut next = self.base_for_change();
        change(&mut next);
        self.show(next);
        self.persist();
    }

    /// Writes this tab's data, and records whether that worked.
    fn persist(&self) {
        let health = self.health.get_untracked();
        if !health.may_write() {
            return;
        }
        let result = storage::save(&self.snapshot());
        let next = match result {
            Ok(()) => SaveHealth::Saving,
            // Another tab's saved changes are still shown with this tab's.
            Err(problem) => {
                SaveHealth::NotSaving(problem, matches!(health, SaveHealth::NotSaving(_, true)))
            }
        };
        if health != next {
            self.health.set(next);
        }
    }

    /// Asks the browser, once, not to clear this site's data under storage
    /// pressure. Browsers that do not support it are left alone.
    fn ask_persistent_storage(&self) {
        if self.asked_persist.get_value() {
            return;
        }
        self.asked_persist.set_value(true);
        if let Some(window) = web_sys::window() {
            let navigator = window.navigator();
            let has_storage = js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false);
            if has_storage {
                let _ = navigator.storage().persist();
            }
        }
    }

    /// Follows other tabs' changes, and retries a failed save when the page
    /// is hidden or closed.
    fn listen(&self) {
        if cfg!(not(target_arch = "wasm32")) {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let this = *self;
        let on_storage =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
                this.on_storage_event(ev.key(), ev.old_value());
            });
        let _ =
            window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        on_storage.forget();

        let flush = Closure::<dyn Fn()>::new(move || this.flush());
        let _ = window.add_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                flush.as_ref().unchecked_ref(),
            );
        }
        flush.forget();
    }

    /// Another tab wrote to storage; `old` is what the key held before.
    fn on_storage_event(&self, key: Option<String>, old: Option<String>) {
        match key.as_deref() {
            Some(k) if storage::is_damaged_key(k) => self.copies_changed(),
            Some(k) if k == Key::Data.name() => match storage::reload() {
                Loaded::Data(fresh) => match self.health.get_untracked() {
                    // This tab's changes are not saved: they stay, on top of
                    // what the other tab saved over the copy they were made
                    // to (`old`), and saving all of it is tried again.
                    SaveHealth::NotSaving(problem, _) => {
                        let mine = self.snapshot();
                        let mut next = *fresh;
                        match REBASER.get() {
                            Some(rebase) => next = rebase(old.as_deref(), &mine, next),
                            // No page in a piece changed anything: of the
                            // visitor's work, only the role can have changed
                            // here (where they are and the reminder are
                            // bookkeeping: the other tab's stand).
                            None => next.progress.role = mine.progress.role,
                        }
                        self.show(next);
                        self.health.set(SaveHealth::NotSaving(problem, true));
                        self.persist();
                    }
                    _ => self.show(*fresh),
                },
                Loaded::Unreadable {
                    error: DecodeError::NewerVersion { found },
                    ..
                } => self.health.set(SaveHealth::ReadOnlyNewer { found }),
                // Removed: the visitor deleted their data ("Delete all my
                // data", in another tab). Start over here too, and never
                // write this tab's copy back.
                Loaded::Nothing => self.forget(),
                // Damaged elsewhere: this tab still holds the data, so it
                // writes it back rather than lose it.
                _ => self.persist(),
            },
            // All of this site's storage was cleared (`localStorage.clear()`):
            // deliberate, as above.
            None => self.forget(),
            _ => {}
        }
    }

    /// Saves again if the last save failed; called when the page is hidden.
    pub fn flush(&self) {
        if matches!(self.health.get_untracked(), SaveHealth::NotSaving(..)) {
            self.persist();
        }
    }

    pub fn role(&self) -> Option<Role> {
        self.progress.with(|p| p.role())
    }

    pub fn set_role(&self, role: Role) {
        self.update(|d| d.progress.set_role(role));
    }

    pub fn set_checked(&self, item_id: &'static str, on: bool) {
        self.replayable();
        self.update(|d| d.progress.set_checked(item_id, on));
    }

    pub fn set_note(&self, step_slug: &'static str, text: &str) {
        self.replayable();
        self.update(|d| d.progress.set_note(step_slug, text));
    }

    /// Remembers where the visitor is; saves only when it changed.
    pub fn visit(&self, path: &str) {
        let changed = crate::model::progress::is_resumable(path)
            && self
                .progress
                .with_untracked(|p| p.last_visited.as_deref() != Some(path));
        if changed {
            self.apply(|d| d.progress.visit(path));
        }
    }

    /// Forgets everything the visitor did in the journey (ticks, notes, role,
    /// place). Assessments and practice entries are kept.
    pub fn reset(&self) {
        self.replayable();
        self.update(|d| d.progress = Progress::default());
    }

    /// Deletes everything this app keeps in this browser (after the visitor
    /// confirmed), then starts over as on a first visit. Other open tabs
    /// follow when they see the data key go. When storage refuses, nothing is
    /// forgotten and the problem is returned.
    pub fn delete_all(&self) -> Result<(), StorageProblem> {
        storage::remove_all()?;
        self.forget();
        Ok(())
    }

    /// Back to a first visit in memory, writing nothing: what the visitor
    /// did, the notices, the kept damaged copies and any saving problem.
    fn forget(&self) {
        self.show(SavedData::default());
        self.notice.set(None);
        self.damaged.set(None);
        self.health.set(SaveHealth::Saving);
    }

    /// Merges a backup (already validated, and confirmed by the visitor)
    /// into this browser's data, as `model::merge` describes, starting from
    /// the freshest saved copy like any change. `exported_on` is the backup's
    /// date, for the line that marks its half of a merged note. `Err` says
    /// why the two cannot be merged; then nothing changes.
    ///
    /// Like [`AppState::replace_all`], it first sets held unreadable data
    /// aside ([`AppState::keep_held`]).
    pub fn merge_backup(
        &self,
        backup: &SavedData,
        exported_on: Option<&str>,
    ) -> Result<(), String> {
        let health = self.health.get_untracked();
        if matches!(health, SaveHealth::ReadOnlyNewer { .. }) {
            return Err(crate::text::messages::restore_refused().newer.into());
        }
        self.keep_held()?;
        self.replayable();
        let mut base = self.base_for_change();
        self.part_to_change(&mut base, ASSESSMENTS);
        self.part_to_change(&mut base, PRACTICE);
        self.part_to_change(&mut base, ROUNDS);
        let mut merged = crate::model::merge::merge(&base, backup, exported_on)?;
        if merged != base {
            merged.meta.touch(now_ms());
        }
        if self.health.get_untracked() != SaveHealth::Saving {
            self.health.set(SaveHealth::Saving);
        }
        self.show(merged);
        self.persist();
        Ok(())
    }

    /// Replaces everything with imported data (already validated and
    /// confirmed by the visitor). Clears a read-only state: the visitor
    /// chose this data. Held unreadable data is set aside first
    /// ([`AppState::keep_held`]); `Err` says why it could not be, and then
    /// nothing changes.
    pub fn replace_all(&self, data: SavedData) -> Result<(), String> {
        self.keep_held()?;
        self.replayable();
        if !matches!(
            self.health.get_untracked(),
            SaveHealth::ReadOnlyNewer { .. }
        ) {
            self.health.set(SaveHealth::Saving);
        }
        self.show(data);
        self.persist();
        Ok(())
    }

    /// Before an import writes over the data key: unreadable data held there
    /// ([`SaveHealth::HoldingDamaged`]) is its only copy, so it is kept aside
    /// as a damaged copy first, and saving resumes. When the browser refuses
    /// that copy too, `Err` says so and nothing changes.
    fn keep_held(&self) -> Result<(), String> {
        if self.health.get_untracked() != SaveHealth::HoldingDamaged {
            return Ok(());
        }
        if let Some(raw) = self.damaged.get_untracked() {
            storage::keep_damaged(&raw, now_ms()).map_err(|problem| {
                crate::text::fill(
                    crate::text::messages::restore_refused().not_kept,
                    &[("problem", &problem.to_string())],
                )
            })?;
            self.damaged.set(None);
            self.copies_changed();
        }
        self.health.set(SaveHealth::Saving);
        Ok(())
    }

    /// Tells views that list the kept copies to read them again.
    fn copies_changed(&self) {
        self.damaged.update(|_| {});
    }

    /// Every kept copy of unreadable data, oldest first: its key, when it
    /// was kept (`None` for the one copy earlier versions kept), and its
    /// text. Tracked: it is read again when a copy is kept or removed.
    pub fn damaged_copies(&self) -> Vec<(String, Option<u64>, String)> {
        self.damaged.track();
        let mut copies = storage::damaged_copies();
        copies.sort_by_key(|(key, _)| storage::damaged_time(key));
        copies
            .into_iter()
            .map(|(key, raw)| {
                let at = storage::damaged_time(&key).0;
                (key, at, raw)
            })
            .collect()
    }

    /// Marks everything as exported now (after a backup file was made).
    pub fn mark_exported(&self) {
        self.apply(|d| d.meta.exported(now_ms()));
    }

    /// The visitor dismissed the backup reminder.
    pub fn dismiss_backup_reminder(&self) {
        self.apply(|d| d.meta.reminder_dismissed_at = Some(now_ms()));
    }

    /// Deletes one kept copy of unreadable data (after the visitor chose to).
    pub fn discard_copy(&self, key: &str) -> Result<(), StorageProblem> {
        let result = storage::remove_damaged(key);
        self.copies_changed();
        result
    }

    /// Lets go of held unreadable data (after the visitor chose to), and
    /// saves again: this tab's data takes its place under the data key.
    pub fn discard_held(&self) {
        self.damaged.set(None);
        if self.health.get_untracked() == SaveHealth::HoldingDamaged {
            self.health.set(SaveHealth::Saving);
            self.persist();
        }
    }
}

/// One part of the saved data, read by a page: decoded the first time it is
/// read, and kept decoded in its signal.
#[derive(Clone, Copy)]
pub struct PartReader<T: Send + Sync + 'static> {
    app: AppState,
    signal: RwSignal<Part<T>>,
    which: Which<T>,
}

/// Which part of a document: its name for the visitor, and where it is.
pub struct Which<T> {
    name: fn() -> &'static str,
    of: fn(&SavedData) -> &Part<T>,
    of_mut: fn(&mut SavedData) -> &mut Part<T>,
}

impl<T> Clone for Which<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Which<T> {}

const ASSESSMENTS: Which<AssessmentData> = Which {
    name: || crate::text::messages::saved_part().assessments,
    of: |d| &d.assessments,
    of_mut: |d| &mut d.assessments,
};

const PRACTICE: Which<PracticeData> = Which {
    name: || crate::text::messages::saved_part().practice,
    of: |d| &d.practice,
    of_mut: |d| &mut d.practice,
};

const ROUNDS: Which<RoundsData> = Which {
    name: || crate::text::messages::saved_part().rounds,
    of: |d| &d.rounds,
    of_mut: |d| &mut d.rounds,
};

impl<T> PartReader<T>
where
    T: serde::de::DeserializeOwned
        + serde::Serialize
        + Clone
        + Default
        + PartialEq
        + Send
        + Sync
        + 'static,
{
    /// Reads the part (and tracks it, like a signal's `with`).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.signal.track();
        self.with_untracked(f)
    }

    /// Reads the part without tracking it.
    ///
    /// A part that cannot be decoded reads as empty; right after this read
    /// (never inside it) the saved text is kept aside, the visitor told, and
    /// the part replaced by an empty one (see [`AppState::update_assessments`]).
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        let decoded = self.signal.with_untracked(|part| match part {
            Part::Ready(_) => None,
            Part::Json(_) => Some(part.get().map(|v| v.into_owned())),
        });
        match decoded {
            None => {}
            // The same data, decoded: no reader needs to run again.
            Some(Ok(value)) => self
                .signal
                .update_untracked(|p| *p = Part::Ready(value.into())),
            Some(Err(_)) => {
                let (app, which) = (self.app, self.which);
                queue_microtask(move || {
                    app.apply(|d| {
                        app.part_to_change(d, which);
                    })
                });
                return f(&T::default());
            }
        }
        self.signal
            .with_untracked(|part| f(part.ready().expect("decoded above")))
    }

    /// A copy of the part (tracked).
    pub fn get(&self) -> T {
        self.with(T::clone)
    }
}

/// The shared state, from any view.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
