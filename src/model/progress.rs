//! The visitor's progress through the guided journey: their role, the
//! checklist items they ticked, their reflection notes and where they left off.
//!
//! Pure Rust: no browser types, so every rule here is tested with `cargo test`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::content::{self, Role, Step};

/// The longest reflection note kept, in characters. Long enough for pages of
/// thought, short enough that one note cannot fill the browser's storage.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// Everything the visitor has done in the journey.
///
/// Item ids and step slugs are stored as strings so that an id the content no
/// longer has is kept rather than dropped: nothing a visitor saved is lost
/// because the app changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// "leader" or "member"; `None` until the visitor says.
    pub role: Option<String>,
    /// Ids of the checklist items the visitor ticked.
    pub checked: BTreeSet<String>,
    /// Reflection notes, keyed by step slug.
    pub notes: BTreeMap<String, String>,
    /// The app path (without the site's base) the visitor was last on within
    /// the journey, e.g. `/steps/genetic-code`.
    pub last_visited: Option<String>,
}

/// How far the visitor is through one step, or the whole checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    pub done: usize,
    pub total: usize,
}

impl Tally {
    /// Whole percent, rounded down, so 100 appears only when all is done.
    pub fn percent(self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        (self.done * 100 / self.total) as u32
    }

    pub fn is_complete(self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

impl Progress {
    /// The role the visitor chose, if it is one the app knows.
    pub fn role(&self) -> Option<Role> {
        self.role.as_deref().and_then(Role::from_id)
    }

    pub fn set_role(&mut self, role: Role) {
        self.role = Some(role.id().to_string());
    }

    pub fn is_checked(&self, item_id: &str) -> bool {
        self.checked.contains(item_id)
    }

    /// Ticks or unticks an item; returns whether it is now ticked.
    pub fn toggle(&mut self, item_id: &str) -> bool {
        if self.checked.remove(item_id) {
            false
        } else {
            self.checked.insert(item_id.to_string());
            true
        }
    }

    pub fn set_checked(&mut self, item_id: &str, on: bool) {
        if on {
            self.checked.insert(item_id.to_string());
        } else {
            self.checked.remove(item_id);
        }
    }

    pub fn note(&self, step_slug: &str) -> &str {
        self.notes.get(step_slug).map(String::as_str).unwrap_or("")
    }

    /// Stores a reflection note, cut to [`MAX_NOTE_CHARS`]. An empty note is
    /// removed rather than kept as an empty string.
    pub fn set_note(&mut self, step_slug: &str, text: &str) {
        if text.is_empty() {
            self.notes.remove(step_slug);
        } else {
            let kept: String = text.chars().take(MAX_NOTE_CHARS).collect();
            self.notes.insert(step_slug.to_string(), kept);
        }
    }

    /// Ticked items of one step.
    pub fn step_tally(&self, step: &Step) -> Tally {
        Tally {
            done: step.items.iter().filter(|i| self.is_checked(i.id)).count(),
            total: step.items.len(),
        }
    }

    /// Ticked items across the whole checklist (ids the content no longer has
    /// are not counted).
    pub fn overall_tally(&self) -> Tally {
        content::STEPS.iter().map(|s| self.step_tally(s)).fold(
            Tally { done: 0, total: 0 },
            |a, b| Tally {
                done: a.done + b.done,
                total: a.total + b.total,
            },
        )
    }

    /// A step is done when every one of its checklist items is ticked.
    pub fn step_done(&self, step: &Step) -> bool {
        self.step_tally(step).is_complete()
    }

    /// The first step not yet done, or `None` when all four are.
    pub fn next_open_step(&self) -> Option<&'static Step> {
        content::STEPS.iter().find(|s| !self.step_done(s))
    }

    /// Remembers where the visitor is, if it is a place worth coming back to.
    pub fn visit(&mut self, path: &str) {
        if is_resumable(path) {
            self.last_visited = Some(path.to_string());
        }
    }

    /// True when the visitor has done nothing worth keeping yet.
    pub fn is_empty(&self) -> bool {
        self.role.is_none()
            && self.checked.is_empty()
            && self.notes.is_empty()
            && self.last_visited.is_none()
    }

    /// True when nothing the visitor chose is kept: no role, tick or note
    /// (a place in the journey alone is not worth offering a reset for, and
    /// every page but home records one as soon as it opens, which the page
    /// built for a first visit cannot show).
    pub fn nothing_chosen(&self) -> bool {
        self.role.is_none() && self.checked.is_empty() && self.notes.is_empty()
    }
}

/// Journey pages a visitor may want to return to.
pub fn is_resumable(path: &str) -> bool {
    match path.strip_prefix("/steps/") {
        Some(slug) => content::step_by_slug(slug).is_some(),
        None => matches!(
            path,
            "/model"
                | "/pillars"
                | "/stories"
                | "/checklist"
                | "/assess"
                | "/practice/audit"
                | "/practice/intents"
                | "/practice/phrases"
        ),
    }
}

/// How a resumable place is named on the home page's "continue" link.
pub fn place_name(path: &str) -> Option<String> {
    if let Some(slug) = path.strip_prefix("/steps/") {
        return content::step_by_slug(slug).map(|s| {
            crate::text::fill(
                crate::text::journey::step().name,
                &[("number", &s.number.to_string()), ("title", s.title())],
            )
        });
    }
    let places = crate::text::journey::place();
    let name = match path {
        "/model" => places.model,
        "/pillars" => places.pillars,
        "/stories" => places.stories,
        "/checklist" => places.checklist,
        "/assess" => places.assess,
        "/practice/audit" => places.audit,
        "/practice/intents" => places.intents,
        "/practice/phrases" => places.phrases,
        _ => return None,
    };
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::STEPS;

    #[test]
    fn ticking_twice_unticks() {
        let mut p = Progress::default();
        let id = STEPS[0].items[0].id;
        assert!(p.toggle(id));
        assert!(p.is_checked(id));
        assert!(!p.toggle(id));
        assert!(!p.is_checked(id));
    }

    #[test]
    fn step_is_done_only_when_every_item_is_ticked() {
        let mut p = Progress::default();
        let step = &STEPS[1];
        for item in &step.items[..step.items.len() - 1] {
            p.set_checked(item.id, true);
        }
        assert!(!p.step_done(step));
        assert_eq!(
            p.step_tally(step),
            Tally {
                done: step.items.len() - 1,
                total: step.items.len()
            }
        );
        p.set_checked(step.items.last().unwrap().id, true);
        assert!(p.step_done(step));
        assert_eq!(p.step_tally(step).percent(), 100);
    }

    #[test]
    fn overall_tally_counts_every_step_and_ignores_unknown_ids() {
        let mut p = Progress::default();
        let total: usize = STEPS.iter().map(|s| s.items.len()).sum();
        assert_eq!(p.overall_tally(), Tally { done: 0, total });
        p.set_checked(STEPS[0].items[0].id, true);
        p.set_checked(STEPS[3].items[1].id, true);
        p.set_checked("an-item-from-an-older-version", true);
        assert_eq!(p.overall_tally(), Tally { done: 2, total });
        // The unknown id is still kept, not dropped.
        assert!(p.is_checked("an-item-from-an-older-version"));
    }

    #[test]
    fn percent_rounds_down_and_handles_empty() {
        assert_eq!(Tally { done: 0, total: 0 }.percent(), 0);
        assert_eq!(Tally { done: 2, total: 3 }.percent(), 66);
        assert!(!Tally { done: 0, total: 0 }.is_complete());
    }

    #[test]
    fn next_open_step_walks_in_order() {
        let mut p = Progress::default();
        assert_eq!(p.next_open_step().unwrap().number, 1);
        for item in STEPS[0].items {
            p.set_checked(item.id, true);
        }
        assert_eq!(p.next_open_step().unwrap().number, 2);
        for step in &STEPS {
            for item in step.items {
                p.set_checked(item.id, true);
            }
        }
        assert!(p.next_open_step().is_none());
    }

    #[test]
    fn notes_are_cut_to_the_limit_and_empty_notes_removed() {
        let mut p = Progress::default();
        p.set_note("genetic-code", &"é".repeat(MAX_NOTE_CHARS + 10));
        assert_eq!(p.note("genetic-code").chars().count(), MAX_NOTE_CHARS);
        p.set_note("genetic-code", "");
        assert!(p.notes.is_empty());
        assert_eq!(p.note("genetic-code"), "");
    }

    #[test]
    fn only_journey_pages_are_remembered() {
        let mut p = Progress::default();
        p.visit("/steps/genetic-code");
        assert_eq!(p.last_visited.as_deref(), Some("/steps/genetic-code"));
        p.visit("/");
        p.visit("/steps/no-such-step");
        p.visit("/nowhere");
        assert_eq!(p.last_visited.as_deref(), Some("/steps/genetic-code"));
        p.visit("/checklist");
        assert_eq!(p.last_visited.as_deref(), Some("/checklist"));
    }

    #[test]
    fn every_resumable_place_has_a_name() {
        for step in &STEPS {
            let path = format!("/steps/{}", step.slug);
            assert!(is_resumable(&path));
            assert!(place_name(&path).unwrap().contains(step.title()));
        }
        for path in [
            "/model",
            "/pillars",
            "/stories",
            "/checklist",
            "/assess",
            "/practice/audit",
            "/practice/intents",
            "/practice/phrases",
        ] {
            assert!(is_resumable(path) && place_name(path).is_some(), "{path}");
        }
        assert_eq!(place_name("/"), None);
    }

    #[test]
    fn role_round_trips_and_unknown_role_is_none() {
        let mut p = Progress::default();
        assert_eq!(p.role(), None);
        p.set_role(Role::Member);
        assert_eq!(p.role(), Some(Role::Member));
        p.role = Some("admiral".into());
        assert_eq!(p.role(), None);
    }

    #[test]
    fn a_place_in_the_journey_alone_is_nothing_chosen() {
        let mut p = Progress {
            last_visited: Some("/model".to_string()),
            ..Progress::default()
        };
        assert!(p.nothing_chosen());
        assert!(!p.is_empty());
        p.checked.insert("middle-name-first-group".to_string());
        assert!(!p.nothing_chosen());
    }
}
