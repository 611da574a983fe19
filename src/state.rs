//! The app's live state: the visitor's data as a reactive signal, and the
//! health of saving. Views read it and call its methods; each change is saved
//! at once through [`crate::storage`].

use leptos::prelude::*;

use crate::content::Role;
use crate::model::{DecodeError, Progress, SavedData};
use crate::storage::{self, Loaded, StorageProblem};

/// Whether the visitor's changes are reaching the browser's storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveHealth {
    /// Every change so far has been saved.
    Saving,
    /// Changes are kept only in this tab's memory.
    NotSaving(StorageProblem),
    /// Saved data from a newer version of the app is in storage; this
    /// version leaves it alone and does not save.
    ReadOnlyNewer { found: u64 },
}

/// Something the visitor must be told about their saved data.
#[derive(Clone, Debug, PartialEq)]
pub enum DataNotice {
    /// Saved data could not be read; a copy was kept and the app started fresh.
    Recovered { error: DecodeError, copy_kept: bool },
}

/// The state shared by every view.
#[derive(Clone, Copy)]
pub struct AppState {
    pub progress: RwSignal<Progress>,
    pub health: RwSignal<SaveHealth>,
    pub notice: RwSignal<Option<DataNotice>>,
}

impl AppState {
    /// Reads what was saved and decides how to start. Never overwrites data
    /// it could not read.
    pub fn load() -> Self {
        let (progress, health, notice) = match storage::load() {
            Loaded::Nothing => (Progress::default(), SaveHealth::Saving, None),
            Loaded::Data(data) => (data.progress, SaveHealth::Saving, None),
            Loaded::NoStorage(problem) => {
                (Progress::default(), SaveHealth::NotSaving(problem), None)
            }
            Loaded::Unreadable {
                error: DecodeError::NewerVersion { found },
                ..
            } => (
                Progress::default(),
                SaveHealth::ReadOnlyNewer { found },
                None,
            ),
            Loaded::Unreadable { raw, error } => {
                let copy_kept = storage::keep_damaged(&raw).is_ok();
                let health = if copy_kept {
                    SaveHealth::Saving
                } else {
                    // Without a safe copy, writing would destroy the only one.
                    SaveHealth::NotSaving(StorageProblem::Failed {
                        name: "NoBackup".into(),
                        message: "the unreadable data could not be copied aside".into(),
                    })
                };
                (
                    Progress::default(),
                    health,
                    Some(DataNotice::Recovered { error, copy_kept }),
                )
            }
        };
        Self {
            progress: RwSignal::new(progress),
            health: RwSignal::new(health),
            notice: RwSignal::new(notice),
        }
    }

    /// Applies a change to the visitor's progress and saves it at once.
    pub fn update(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        self.persist();
    }

    fn persist(&self) {
        if matches!(
            self.health.get_untracked(),
            SaveHealth::ReadOnlyNewer { .. }
        ) {
            return;
        }
        if let SaveHealth::NotSaving(StorageProblem::Failed { name, .. }) =
            self.health.get_untracked()
        {
            if name == "NoBackup" {
                return;
            }
        }
        let data = self.progress.with_untracked(|p| SavedData::new(p.clone()));
        let result = storage::save(&data);
        let health = match result {
            Ok(()) => SaveHealth::Saving,
            Err(problem) => SaveHealth::NotSaving(problem),
        };
        if self.health.get_untracked() != health {
            self.health.set(health);
        }
    }

    pub fn role(&self) -> Option<Role> {
        self.progress.with(|p| p.role())
    }

    pub fn set_role(&self, role: Role) {
        self.update(|p| p.set_role(role));
    }

    pub fn set_checked(&self, item_id: &'static str, on: bool) {
        self.update(|p| p.set_checked(item_id, on));
    }

    pub fn set_note(&self, step_slug: &'static str, text: &str) {
        self.update(|p| p.set_note(step_slug, text));
    }

    /// Remembers where the visitor is; saves only when it changed.
    pub fn visit(&self, path: &str) {
        let changed = crate::model::progress::is_resumable(path)
            && self
                .progress
                .with_untracked(|p| p.last_visited.as_deref() != Some(path));
        if changed {
            self.update(|p| p.visit(path));
        }
    }

    /// Forgets everything the visitor did in the journey.
    pub fn reset(&self) {
        self.update(|p| *p = Progress::default());
    }
}

/// The shared state, from any view.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
