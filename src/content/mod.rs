//! The framework as typed, static data: everything the visitor reads.
//!
//! This module owns all of the app's teaching text about L. David Marquet's
//! leader-leader model. Views render it; nothing else should hold framework
//! text. It uses only `std`, so it builds the same on native and wasm32 and
//! is tested with plain `cargo test`.
//!
//! The structure is here (ids, numbers, slugs, pillars, order); the words
//! are in `content/<lang>/*.toml`, read through [`crate::text`] and matched
//! to the structure by id (`every_id_has_its_text` checks both ways).
//! Names the main module reads (the roles, the pillars, the book:
//! `framework.toml`) have top-level keys of their own, apart from the prose,
//! which only pages in pieces read.
//!
//! Where things live:
//! - [`overview`]: the book ([`SOURCE`]), the explainer note
//!   ([`second_source_note`]), the framework at a glance ([`overview()`])
//!   and the seven [`PRINCIPLES`].
//! - [`steps`]: the four [`STEPS`], each with its checklist items, and
//!   their prose ([`Step::text`], [`ChecklistItem::text`]).
//! - [`components`]: control, competence and clarity
//!   ([`COMPONENTS`], [`components_intro`]) with advice for both roles.
//! - [`stories`]: the two [`EXAMPLES`], the three
//!   [`MISTAKES`], the [`ORIGIN`] story and [`intent_language`].
//! - [`beyond`]: material from Marquet's wider work, always
//!   labelled as such: the [`LADDER`], the [`MECHANISMS`] and
//!   [`authority_balance`].
//!
//! Adding a checklist item takes the item in its step in `steps.rs` and its
//! text, under the same id, in every language's `steps.toml`. Item ids are
//! saved in visitors' browsers, so an id must never change once published;
//! the `item_ids_are_stable` test lists them all to guard against that.

pub mod assessment;
pub mod beyond;
pub mod components;
pub mod overview;
pub mod pages;
pub mod practice;
pub mod rounds;
pub mod steps;
pub mod stories;

pub use assessment::{NextAction, Pattern, Statement, NEXT_ACTIONS, STATEMENTS};
pub use beyond::{authority_balance, ladder_note, mechanisms_note, LADDER, MECHANISMS};
pub use components::{components_intro, COMPONENTS};
pub use overview::{overview, second_source_note, PRINCIPLES, SOURCE};
pub use practice::{AuditStatus, IntentKind, Outcome};
pub use steps::STEPS;
pub use stories::{intent_language, EXAMPLES, MISTAKES, ORIGIN};

/// The framework at a glance, as `overview.toml` has it.
pub use crate::text::overview::Overview;
/// The prose of one step, as `steps.toml` has it: its summary,
/// explanation, tip, warning and reflection prompt. Only code in lazily
/// loaded pieces reads it, so none of it weighs on the first load.
pub use crate::text::steps::Step as StepText;
/// "Can I…?" versus "I intend to…!", as `stories.toml` has it.
pub use crate::text::stories::IntentLanguage;

/// The entry of a content file's list that `is` picks: the one with the
/// code's id. Every id of the code has its entry in English
/// (`every_id_has_its_text`), and the build refuses a language that lacks one
/// of English's, so the entry is always there.
fn entry<T>(list: &'static [T], is: impl Fn(&T) -> bool) -> &'static T {
    list.iter()
        .find(|t| is(t))
        .expect("every id has its text in the content files")
}

/// Which role the visitor is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The visitor holds a traditional leadership role.
    Leader,
    /// The visitor does not hold a traditional leadership role.
    Member,
}

impl Role {
    /// Both roles, leader first.
    pub const ALL: [Role; 2] = [Role::Leader, Role::Member];

    /// How the role is offered to the visitor when they choose it.
    pub fn label(self) -> &'static str {
        let role = crate::text::framework::role();
        match self {
            Role::Leader => role.leader.label,
            Role::Member => role.member.label,
        }
    }

    /// A short name for tabs and badges.
    pub fn short(self) -> &'static str {
        let role = crate::text::framework::role();
        match self {
            Role::Leader => role.leader.short,
            Role::Member => role.member.short,
        }
    }

    /// A stable identifier, saved to storage. Never change it.
    pub fn id(self) -> &'static str {
        match self {
            Role::Leader => "leader",
            Role::Member => "member",
        }
    }

    /// The role whose [`id`](Role::id) is `s`, if any.
    pub fn from_id(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == s)
    }

    /// The other role.
    pub fn other(self) -> Role {
        match self {
            Role::Leader => Role::Member,
            Role::Member => Role::Leader,
        }
    }
}

/// The three components of leader-leader. Control sits at the root; competence
/// and clarity are the pillars that hold it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pillar {
    /// The freedom and authority to decide.
    Control,
    /// The technical knowledge to decide well.
    Competence,
    /// Alignment with purpose, goals and decision criteria.
    Clarity,
}

impl Pillar {
    /// All three, in the order the app teaches them.
    pub const ALL: [Pillar; 3] = [Pillar::Control, Pillar::Competence, Pillar::Clarity];

    /// The display name.
    pub fn name(self) -> &'static str {
        let name = crate::text::framework::pillar();
        match self {
            Pillar::Control => name.control,
            Pillar::Competence => name.competence,
            Pillar::Clarity => name.clarity,
        }
    }

    /// A stable identifier for URLs and storage. Never change it.
    pub fn id(self) -> &'static str {
        match self {
            Pillar::Control => "control",
            Pillar::Competence => "competence",
            Pillar::Clarity => "clarity",
        }
    }

    /// The pillar whose [`id`](Pillar::id) is `s`, if any.
    pub fn from_id(s: &str) -> Option<Pillar> {
        Pillar::ALL.into_iter().find(|p| p.id() == s)
    }

    /// The component that describes this pillar.
    pub fn component(self) -> &'static Component {
        match self {
            Pillar::Control => &COMPONENTS[0],
            Pillar::Competence => &COMPONENTS[1],
            Pillar::Clarity => &COMPONENTS[2],
        }
    }
}

/// One of the seven core principles of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Principle {
    /// 1 to 7, in the book's order.
    pub number: u8,
    /// Picks its text in `overview.toml`.
    pub id: &'static str,
}

impl Principle {
    fn text(&self) -> &'static crate::text::overview::Principle {
        entry(crate::text::overview::principle(), |t| t.id == self.id)
    }

    /// The principle in a few words.
    pub fn title(&self) -> &'static str {
        self.text().title
    }

    /// What it means, in one or two sentences.
    pub fn explanation(&self) -> &'static str {
        self.text().explanation
    }
}

/// Identifies one of the four steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepId {
    /// Step 1: start in the middle of the hierarchy.
    StartInTheMiddle,
    /// Step 2: act your way to new thinking.
    ActYourWay,
    /// Step 3: find and rewrite the genetic code of control.
    GeneticCode,
    /// Step 4: support control with competence and clarity.
    CompetenceAndClarity,
}

impl StepId {
    /// The step this id names.
    pub fn step(self) -> &'static Step {
        match self {
            StepId::StartInTheMiddle => &STEPS[0],
            StepId::ActYourWay => &STEPS[1],
            StepId::GeneticCode => &STEPS[2],
            StepId::CompetenceAndClarity => &STEPS[3],
        }
    }
}

/// A concrete action a visitor can tick off. Its text is kept apart, out of
/// the main WebAssembly module; read it with [`ChecklistItem::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    /// Stable, unique across the app, kebab-case. Saved in visitors'
    /// browsers: never change one once it is published. It also picks the
    /// item's text in `steps.toml`.
    pub id: &'static str,
    /// The pillar the action strengthens, if any.
    pub pillar: Option<Pillar>,
}

impl ChecklistItem {
    /// The action, in one imperative sentence.
    pub fn text(&self) -> &'static str {
        entry(crate::text::steps::item(), |t| t.id == self.id).text
    }
}

/// One of the four steps for putting the model into practice. Its prose is
/// kept apart, out of the main WebAssembly module; read it with
/// [`Step::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Which step this is.
    pub id: StepId,
    /// 1 to 4, in order.
    pub number: u8,
    /// The URL segment, e.g. `start-in-the-middle`. It also picks the
    /// step's title and prose in `steps.toml`.
    pub slug: &'static str,
    /// The step's checklist.
    pub items: &'static [ChecklistItem],
}

impl Step {
    /// The step's name.
    pub fn title(&self) -> &'static str {
        entry(crate::text::steps::title(), |t| t.id == self.slug).text
    }

    /// The step's prose.
    pub fn text(&self) -> &'static StepText {
        entry(crate::text::steps::step(), |t| t.id == self.slug)
    }
}

/// The step whose slug is `slug`, if any.
pub fn step_by_slug(slug: &str) -> Option<&'static Step> {
    STEPS.iter().find(|s| s.slug == slug)
}

/// The step numbered `n` (1 to 4), if any.
pub fn step_by_number(n: u8) -> Option<&'static Step> {
    STEPS.iter().find(|s| s.number == n)
}

/// Every checklist item in the app, with its step, in step order.
pub fn all_items() -> impl Iterator<Item = (&'static Step, &'static ChecklistItem)> {
    STEPS
        .iter()
        .flat_map(|step| step.items.iter().map(move |item| (step, item)))
}

/// The checklist item with this id, with its step, if any.
pub fn item_by_id(id: &str) -> Option<(&'static Step, &'static ChecklistItem)> {
    all_items().find(|(_, item)| item.id == id)
}

/// Control, competence or clarity, with advice for each role. Its text is
/// in `components.toml`, under the pillar's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Component {
    /// Which pillar this is.
    pub pillar: Pillar,
}

impl Component {
    fn text(&self) -> &'static crate::text::components::Component {
        entry(crate::text::components::component(), |t| {
            t.id == self.pillar.id()
        })
    }

    /// Where it sits in the model: the root or a supporting pillar.
    pub fn role_in_model(&self) -> &'static str {
        self.text().role_in_model
    }

    /// What the component is.
    pub fn definition(&self) -> &'static str {
        self.text().definition
    }

    /// Advice for a visitor who holds a traditional leadership role.
    pub fn leader_advice(&self) -> &'static [&'static str] {
        self.text().leader_advice
    }

    /// Advice for a visitor who does not.
    pub fn member_advice(&self) -> &'static [&'static str] {
        self.text().member_advice
    }

    /// The advice for a visitor in `role`.
    pub fn advice(&self, role: Role) -> &'static [&'static str] {
        match role {
            Role::Leader => self.leader_advice(),
            Role::Member => self.member_advice(),
        }
    }
}

/// A worked example from Marquet's career.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Stable identifier, e.g. for anchors; picks its text in `stories.toml`.
    pub id: &'static str,
}

impl Example {
    fn text(&self) -> &'static crate::text::stories::Example {
        entry(crate::text::stories::example(), |t| t.id == self.id)
    }

    /// The submarine.
    pub fn ship(&self) -> &'static str {
        self.text().ship
    }

    /// A short title.
    pub fn title(&self) -> &'static str {
        self.text().title
    }

    /// What happened.
    pub fn paragraphs(&self) -> &'static [&'static str] {
        self.text().paragraphs
    }

    /// How it turned out.
    pub fn outcome(&self) -> &'static str {
        self.text().outcome
    }

    /// What it teaches.
    pub fn lesson(&self) -> &'static str {
        self.text().lesson
    }
}

/// A common mistake when adopting the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mistake {
    /// 1 to 3.
    pub number: u8,
    /// Picks its text in `stories.toml`.
    pub id: &'static str,
}

impl Mistake {
    fn text(&self) -> &'static crate::text::stories::Mistake {
        entry(crate::text::stories::mistake(), |t| t.id == self.id)
    }

    /// The mistake in a few words.
    pub fn title(&self) -> &'static str {
        self.text().title
    }

    /// Why it goes wrong.
    pub fn explanation(&self) -> &'static str {
        self.text().explanation
    }
}

/// One chapter of how Marquet came to the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OriginChapter {
    /// Picks its text in `stories.toml`.
    pub id: &'static str,
}

impl OriginChapter {
    fn text(&self) -> &'static crate::text::stories::Origin {
        entry(crate::text::stories::origin(), |t| t.id == self.id)
    }

    /// The submarine the chapter happened on.
    pub fn ship(&self) -> &'static str {
        self.text().ship
    }

    /// What happened there.
    pub fn paragraphs(&self) -> &'static [&'static str] {
        self.text().paragraphs
    }
}

/// One rung of the Ladder of Leadership (Marquet's wider material).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rung {
    /// 1 (lowest) to 7 (highest).
    pub number: u8,
    /// Picks its text in `beyond.toml`.
    pub id: &'static str,
}

impl Rung {
    fn text(&self) -> &'static crate::text::beyond::Rung {
        entry(crate::text::beyond::rung(), |t| t.id == self.id)
    }

    /// What a person on this rung says, in a few words.
    pub fn phrase(&self) -> &'static str {
        self.text().phrase
    }

    /// The rung in plain words.
    pub fn description(&self) -> &'static str {
        self.text().description
    }
}

/// A named mechanism from Marquet's wider material, grouped by pillar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mechanism {
    /// The pillar it serves.
    pub pillar: Pillar,
    /// Picks its name in `beyond.toml`.
    pub id: &'static str,
}

impl Mechanism {
    /// Its name.
    pub fn name(&self) -> &'static str {
        entry(crate::text::beyond::mechanism(), |t| t.id == self.id).name
    }
}

/// A source the app cites. Its words are in `framework.toml` (the main
/// module reads them: the footer cites the book).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The year of publication.
    pub year: u16,
}

impl Source {
    /// The title.
    pub fn title(&self) -> &'static str {
        crate::text::framework::source().title
    }

    /// The subtitle.
    pub fn subtitle(&self) -> &'static str {
        crate::text::framework::source().subtitle
    }

    /// The author.
    pub fn author(&self) -> &'static str {
        crate::text::framework::source().author
    }

    /// What kind of work it is, e.g. "Book".
    pub fn kind(&self) -> &'static str {
        crate::text::framework::source().kind
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn assert_text(what: &str, s: &str) {
        assert!(!s.trim().is_empty(), "{what} is empty");
    }

    fn assert_paragraphs(what: &str, ps: &[&str]) {
        assert!(!ps.is_empty(), "{what} has no paragraphs");
        for p in ps {
            assert_text(what, p);
        }
    }

    #[test]
    fn four_steps_in_book_order() {
        let titles: Vec<_> = STEPS.iter().map(|s| (s.number, s.title())).collect();
        assert_eq!(
            titles,
            [
                (1, "Start in the middle of the hierarchy"),
                (2, "Act your way to new thinking"),
                (3, "Find and rewrite the genetic code of control"),
                (4, "Support control with competence and clarity"),
            ]
        );
        let ids: Vec<_> = STEPS.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                StepId::StartInTheMiddle,
                StepId::ActYourWay,
                StepId::GeneticCode,
                StepId::CompetenceAndClarity,
            ]
        );
        for step in &STEPS {
            assert_eq!(step.id.step(), step);
        }
    }

    #[test]
    fn seven_principles_numbered_in_order() {
        for (i, p) in PRINCIPLES.iter().enumerate() {
            assert_eq!(usize::from(p.number), i + 1);
            assert_text("principle title", p.title());
            assert_text("principle explanation", p.explanation());
        }
        // One telling word per principle, so a reordering is caught.
        let keywords = [
            "authority",
            "mystical",
            "empowerment",
            "structure",
            "hinge",
            "breed",
            "command",
        ];
        for (p, word) in PRINCIPLES.iter().zip(keywords) {
            let title = p.title().to_ascii_lowercase();
            assert!(
                title.contains(word),
                "principle {} is out of order",
                p.number
            );
        }
    }

    #[test]
    fn every_step_has_enough_items() {
        for step in &STEPS {
            assert!(
                (4..=6).contains(&step.items.len()),
                "step {} has {} items",
                step.number,
                step.items.len()
            );
        }
    }

    #[test]
    fn item_ids_are_unique_and_kebab_case() {
        let mut seen = HashSet::new();
        for (_, item) in all_items() {
            assert!(seen.insert(item.id), "duplicate item id {}", item.id);
            let kebab = !item.id.is_empty()
                && !item.id.starts_with('-')
                && !item.id.ends_with('-')
                && !item.id.contains("--")
                && item
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            assert!(kebab, "item id {} is not kebab-case", item.id);
        }
    }

    #[test]
    fn item_ids_are_stable() {
        // These ids are saved in visitors' browsers. Adding an item means
        // adding its id here; renaming or removing one loses saved progress.
        let expected: [(u8, &[&str]); 4] = [
            (
                1,
                &[
                    "middle-name-first-group",
                    "middle-ask-which-decisions",
                    "middle-invite-not-order",
                    "middle-early-allies",
                    "middle-secure-backing",
                    "middle-check-announcement",
                ],
            ),
            (
                2,
                &[
                    "act-pick-one-mechanism",
                    "act-intent-language",
                    "act-short-early-conversations",
                    "act-think-out-loud",
                    "act-hold-back-solutions",
                    "act-recognise-on-the-spot",
                ],
            ),
            (
                3,
                &[
                    "code-list-approvals",
                    "code-who-has-information",
                    "code-hand-one-down",
                    "code-drop-monitoring",
                    "code-welcome-inspectors",
                    "code-check-readiness",
                ],
            ),
            (
                4,
                &[
                    "pillars-sort-concerns",
                    "pillars-certify-not-brief",
                    "pillars-deliberate-action",
                    "pillars-goals-not-methods",
                    "pillars-write-purpose",
                    "pillars-welcome-questions",
                ],
            ),
        ];
        for (number, ids) in expected {
            let step = step_by_number(number).expect("step exists");
            let actual: Vec<_> = step.items.iter().map(|i| i.id).collect();
            assert_eq!(actual, ids, "item ids of step {number}");
        }
        assert_eq!(all_items().count(), 24);
    }

    /// The ids of a content file's list, in the file's order.
    #[cfg(not(target_arch = "wasm32"))]
    fn ids<T>(list: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
        list.iter().map(|t| id(t).to_string()).collect()
    }

    // Natively, where every language is carried and `set_lang` picks one.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_id_has_its_text() {
        // Every entry the code names has its text under its id in every
        // language, and no language has text for an entry the code lacks;
        // the files keep the code's order, so they read in the app's order.
        use crate::text::{self, Lang};
        let slugs = ids(&STEPS, |s| s.slug);
        let items: Vec<_> = all_items().map(|(_, i)| i.id.to_string()).collect();
        for lang in Lang::ALL {
            text::set_lang(lang);
            let lists: [(&str, Vec<String>, Vec<String>); 11] = [
                (
                    "step titles",
                    ids(text::steps::title(), |t| t.id),
                    slugs.clone(),
                ),
                (
                    "step prose",
                    ids(text::steps::step(), |t| t.id),
                    slugs.clone(),
                ),
                (
                    "checklist items",
                    ids(text::steps::item(), |t| t.id),
                    items.clone(),
                ),
                (
                    "principles",
                    ids(text::overview::principle(), |t| t.id),
                    ids(&PRINCIPLES, |p| p.id),
                ),
                (
                    "components",
                    ids(text::components::component(), |t| t.id),
                    ids(&COMPONENTS, |c| c.pillar.id()),
                ),
                (
                    "examples",
                    ids(text::stories::example(), |t| t.id),
                    ids(&EXAMPLES, |e| e.id),
                ),
                (
                    "mistakes",
                    ids(text::stories::mistake(), |t| t.id),
                    ids(&MISTAKES, |m| m.id),
                ),
                (
                    "origin",
                    ids(text::stories::origin(), |t| t.id),
                    ids(&ORIGIN, |o| o.id),
                ),
                (
                    "rungs",
                    ids(text::beyond::rung(), |t| t.id),
                    ids(&LADDER, |r| r.id),
                ),
                (
                    "mechanisms",
                    ids(text::beyond::mechanism(), |t| t.id),
                    ids(MECHANISMS, |m| m.id),
                ),
                (
                    "pillars",
                    ids(text::components::component(), |t| t.id),
                    Pillar::ALL.map(|p| p.id().to_string()).to_vec(),
                ),
            ];
            for (what, in_file, in_code) in lists {
                assert_eq!(
                    in_file,
                    in_code,
                    "{what}: content/{}/ against the code",
                    lang.code()
                );
            }
        }
        text::set_lang(Lang::En);
    }

    // Natively, where every language is carried and `set_lang` picks one.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn names_stay_the_same_in_every_language() {
        // Ships, people and the book are named as they are; only the words
        // around them are translated.
        use crate::text::{self, Lang};
        for lang in Lang::ALL {
            text::set_lang(lang);
            let code = lang.code();
            assert_eq!(
                EXAMPLES.map(|e| e.ship()),
                ["USS Santa Fe", "USS Will Rogers"],
                "{code}"
            );
            assert_eq!(
                ORIGIN.map(|o| o.ship()),
                ["USS Sunfish", "USS Will Rogers", "USS Santa Fe"],
                "{code}"
            );
            assert!(
                ORIGIN[0].paragraphs().concat().contains("Marc Pelaez"),
                "{code}"
            );
            assert_eq!(
                [SOURCE.title(), SOURCE.subtitle(), SOURCE.author()],
                [
                    "Turn the Ship Around!",
                    "A True Story of Turning Followers Into Leaders",
                    "L. David Marquet"
                ],
                "{code}"
            );
        }
        // And the words do follow the language.
        text::set_lang(Lang::De);
        let german = Pillar::Control.name();
        text::set_lang(Lang::En);
        assert_eq!((german, Pillar::Control.name()), ("Kontrolle", "Control"));
    }

    #[test]
    fn every_step_and_item_has_its_own_text() {
        // Each step and item reads the text under its own id: no two share
        // one.
        let summaries: HashSet<_> = STEPS.iter().map(|s| s.text().summary).collect();
        assert_eq!(summaries.len(), STEPS.len());
        let texts: HashSet<_> = all_items().map(|(_, item)| item.text()).collect();
        assert_eq!(texts.len(), all_items().count());
        // Spot checks that the texts line up with the right items.
        let text = |id| item_by_id(id).expect("item exists").1.text();
        assert!(text("middle-name-first-group").starts_with("Name the middle-layer group"));
        assert!(text("act-intent-language").contains("\"I intend to…\""));
        assert!(text("code-check-readiness").starts_with("Before handing down each decision"));
        assert!(text("pillars-welcome-questions").contains("thank someone openly"));
        assert!(STEPS[2]
            .text()
            .warning
            .starts_with("Control without competence is chaos."));
    }

    #[test]
    fn no_empty_text_anywhere() {
        for step in &STEPS {
            assert_text("step slug", step.slug);
            assert_text("step title", step.title());
            let text = step.text();
            assert_text("step summary", text.summary);
            assert_paragraphs("step explanation", text.explanation);
            assert_text("step tip", text.tip);
            assert_text("step warning", text.warning);
            assert_text("step reflection prompt", text.reflection_prompt);
            for item in step.items {
                assert_text("item text", item.text());
            }
        }
        for role in Role::ALL {
            assert_text("role label", role.label());
            assert_text("role short", role.short());
            for c in &COMPONENTS {
                assert_paragraphs("component advice", c.advice(role));
            }
        }
        for c in &COMPONENTS {
            assert_text("component role", c.role_in_model());
            assert_text("component definition", c.definition());
        }
        assert_paragraphs("components intro", components_intro());
        for e in &EXAMPLES {
            assert_text("example id", e.id);
            assert_text("example ship", e.ship());
            assert_text("example title", e.title());
            assert_paragraphs("example", e.paragraphs());
            assert_text("example outcome", e.outcome());
            assert_text("example lesson", e.lesson());
        }
        for (i, m) in MISTAKES.iter().enumerate() {
            assert_eq!(usize::from(m.number), i + 1);
            assert_text("mistake title", m.title());
            assert_text("mistake explanation", m.explanation());
        }
        for o in &ORIGIN {
            assert_text("origin ship", o.ship());
            assert_paragraphs("origin", o.paragraphs());
        }
        for r in &LADDER {
            assert_text("rung phrase", r.phrase());
            assert_text("rung description", r.description());
        }
        for m in MECHANISMS {
            assert_text("mechanism", m.name());
        }
        assert_text("ladder note", ladder_note());
        assert_text("mechanisms note", mechanisms_note());
        assert_text("authority balance", authority_balance());
        let intent = intent_language();
        assert_text("intent title", intent.title);
        assert_paragraphs("intent language", intent.paragraphs);
        assert_text("intent before", intent.before);
        assert_text("intent after", intent.after);
        let o = overview();
        for s in [
            o.name,
            o.category,
            o.time_to_results,
            o.problem,
            o.suited_to,
            o.not_suited_to,
            o.key_insight,
            o.why_empowerment_fails,
            o.durability,
        ] {
            assert_text("overview field", s);
        }
        assert_paragraphs("core idea", o.core_idea);
        for s in [
            SOURCE.title(),
            SOURCE.subtitle(),
            SOURCE.author(),
            SOURCE.kind(),
        ] {
            assert_text("source field", s);
        }
        assert_text("second source note", second_source_note());
    }

    #[test]
    fn slugs_unique_and_lookups_round_trip() {
        let slugs: HashSet<_> = STEPS.iter().map(|s| s.slug).collect();
        assert_eq!(slugs.len(), STEPS.len());
        assert_eq!(
            STEPS.map(|s| s.slug),
            [
                "start-in-the-middle",
                "act-your-way",
                "genetic-code",
                "competence-and-clarity",
            ]
        );
        for step in &STEPS {
            assert_eq!(step_by_slug(step.slug), Some(step));
            assert_eq!(step_by_number(step.number), Some(step));
            for item in step.items {
                let (found_step, found_item) = item_by_id(item.id).expect("item found");
                assert_eq!(found_step, step);
                assert_eq!(found_item, item);
            }
        }
        assert_eq!(step_by_slug("no-such-step"), None);
        assert_eq!(step_by_number(0), None);
        assert_eq!(step_by_number(5), None);
        assert_eq!(item_by_id("no-such-item"), None);
    }

    #[test]
    fn roles_and_pillars_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_id(role.id()), Some(role));
            assert_eq!(role.other().other(), role);
            assert_ne!(role.other(), role);
        }
        assert_eq!(Role::from_id("leader"), Some(Role::Leader));
        assert_eq!(Role::from_id("member"), Some(Role::Member));
        assert_eq!(Role::from_id("captain"), None);
        for pillar in Pillar::ALL {
            assert_eq!(Pillar::from_id(pillar.id()), Some(pillar));
            assert_eq!(pillar.component().pillar, pillar);
        }
    }

    #[test]
    fn seven_ladder_rungs_from_lowest() {
        let numbers: Vec<_> = LADDER.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7]);
        assert!(LADDER[4].phrase().starts_with("I intend to"));
    }

    #[test]
    fn three_components_in_order() {
        let pillars: Vec<_> = COMPONENTS.iter().map(|c| c.pillar).collect();
        assert_eq!(pillars, Pillar::ALL);
        assert_eq!(
            Pillar::ALL.map(Pillar::name),
            ["Control", "Competence", "Clarity"]
        );
    }

    #[test]
    fn mechanisms_grouped_by_pillar() {
        let count = |p| MECHANISMS.iter().filter(|m| m.pillar == p).count();
        assert_eq!(count(Pillar::Control), 8);
        assert_eq!(count(Pillar::Competence), 5);
        assert_eq!(count(Pillar::Clarity), 7);
        let order: Vec<_> = MECHANISMS.iter().map(|m| m.pillar).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted, "mechanisms stay grouped by pillar");
    }

    #[test]
    fn examples_and_origin_name_the_right_ships() {
        assert_eq!(
            EXAMPLES.map(|e| e.ship()),
            ["USS Santa Fe", "USS Will Rogers"]
        );
        assert_eq!(
            ORIGIN.map(|o| o.ship()),
            ["USS Sunfish", "USS Will Rogers", "USS Santa Fe"]
        );
        assert!(ORIGIN[0].paragraphs().concat().contains("Marc Pelaez"));
    }

    #[test]
    fn intent_phrases_use_the_ellipsis_character() {
        assert!(intent_language().title.contains("Can I…?"));
        assert!(intent_language().title.contains("I intend to…"));
        let all_text = STEPS
            .iter()
            .map(Step::text)
            .flat_map(|t| t.explanation.iter().chain([&t.tip, &t.warning]))
            .chain(intent_language().paragraphs)
            .chain(COMPONENTS.iter().flat_map(|c| c.member_advice()))
            .copied()
            .collect::<Vec<_>>()
            .concat();
        assert!(
            !all_text.contains("..."),
            "use the single ellipsis character"
        );
    }
}
