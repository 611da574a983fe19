//! The self-assessment: statements for control, competence and clarity
//! (phrased for each role), the agreement scale, the question about the
//! Ladder of Leadership, the five patterns the results can show and the
//! next actions for each component.
//!
//! The words are in `content/<lang>/assessment.toml`; this module holds
//! what the code depends on (ids, components, which statements count in
//! reverse, the steps and checklist items an action is tied to) and finds
//! each text by its id. Statement ids are saved in visitors' browsers with
//! their answers: never change or reuse one once published (the
//! `statement_ids_are_stable` test lists them). Wording may change freely;
//! completed assessments keep their computed scores, so old results survive
//! a rewording.

use super::{Pillar, Role, StepId, LADDER};
use crate::text::assessment as text;

pub use text::{intro, scale};

/// One statement the visitor rates from "Strongly disagree" to "Strongly
/// agree".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable, unique, kebab-case; saved with the answer.
    pub id: &'static str,
    /// The component the statement measures.
    pub pillar: Pillar,
    /// When true, agreeing is a sign of weakness: the answer counts in
    /// reverse (5 counts as 1, 4 as 2 …). Mixing in a few such statements
    /// keeps the visitor reading rather than agreeing by habit.
    pub reversed: bool,
}

impl Statement {
    /// The statement as the visitor in `role` reads it.
    pub fn text(&self, role: Role) -> &'static str {
        text::statement()
            .iter()
            .find(|t| t.id == self.id)
            .map_or("", |t| by_role(role, t.leader, t.member))
    }
}

/// `leader` or `member`, for `role`.
fn by_role(role: Role, leader: &'static str, member: &'static str) -> &'static str {
    match role {
        Role::Leader => leader,
        Role::Member => member,
    }
}

/// How the role is said after "answered", e.g. "answered in a traditional
/// leadership role".
pub fn answered_as(role: Role) -> &'static str {
    let t = text::answered_as();
    by_role(role, t.leader, t.member)
}

/// The label of answer `value` (1 to 5), if it is one. The labels, from 1
/// to 5, are [`scale`].
pub fn scale_label(value: u8) -> Option<&'static str> {
    scale().get(usize::from(value).checked_sub(1)?).copied()
}

/// The statements, grouped by component in the order control, competence,
/// clarity. The last of each group counts in reverse.
pub static STATEMENTS: &[Statement] = &[
    // Control: who decides, and how close to the information.
    Statement {
        id: "control-info-decides",
        pillar: Pillar::Control,
        reversed: false,
    },
    Statement {
        id: "control-intent",
        pillar: Pillar::Control,
        reversed: false,
    },
    Statement {
        id: "control-approvals",
        pillar: Pillar::Control,
        reversed: false,
    },
    Statement {
        id: "control-proposals",
        pillar: Pillar::Control,
        reversed: false,
    },
    Statement {
        id: "control-waits",
        pillar: Pillar::Control,
        reversed: true,
    },
    // Competence: the know-how to decide well.
    Statement {
        id: "competence-skills-match",
        pillar: Pillar::Competence,
        reversed: false,
    },
    Statement {
        id: "competence-named-gaps",
        pillar: Pillar::Competence,
        reversed: false,
    },
    Statement {
        id: "competence-certify",
        pillar: Pillar::Competence,
        reversed: false,
    },
    Statement {
        id: "competence-deliberate",
        pillar: Pillar::Competence,
        reversed: false,
    },
    Statement {
        id: "competence-learning-stalls",
        pillar: Pillar::Competence,
        reversed: true,
    },
    // Clarity: purpose, goals and the criteria for deciding.
    Statement {
        id: "clarity-purpose",
        pillar: Pillar::Clarity,
        reversed: false,
    },
    Statement {
        id: "clarity-criteria",
        pillar: Pillar::Clarity,
        reversed: false,
    },
    Statement {
        id: "clarity-principles",
        pillar: Pillar::Clarity,
        reversed: false,
    },
    Statement {
        id: "clarity-questions",
        pillar: Pillar::Clarity,
        reversed: false,
    },
    Statement {
        id: "clarity-guessing",
        pillar: Pillar::Clarity,
        reversed: true,
    },
];

/// The statement with this id, if any.
pub fn statement_by_id(id: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|s| s.id == id)
}

/// The statements of one component, in order.
pub fn statements_for(pillar: Pillar) -> impl Iterator<Item = &'static Statement> {
    STATEMENTS.iter().filter(move |s| s.pillar == pillar)
}

/// What each component's group of statements is about, shown above it.
pub fn pillar_prompt(pillar: Pillar) -> &'static str {
    let t = text::pillar_prompt();
    match pillar {
        Pillar::Control => t.control,
        Pillar::Competence => t.competence,
        Pillar::Clarity => t.clarity,
    }
}

/// The question about the Ladder of Leadership: a question for a leader
/// (about their people) and for someone without a leadership role (about
/// how they talk to their boss), a hint, and what each rung sounds like
/// from the leader's side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LadderQuestion;

impl LadderQuestion {
    /// The question for `role`.
    pub fn question(&self, role: Role) -> &'static str {
        let t = text::ladder_question();
        by_role(role, t.leader, t.member)
    }

    /// A hint under the question.
    pub fn hint(&self) -> &'static str {
        text::ladder_question().hint
    }

    /// Rung `number` (1 to 7) in plain words, for `role`.
    pub fn rung_words(&self, role: Role, number: u8) -> Option<&'static str> {
        let i = usize::from(number).checked_sub(1)?;
        match role {
            Role::Leader => text::ladder_question().leader_rungs.get(i).copied(),
            Role::Member => LADDER.get(i).map(|r| r.description()),
        }
    }
}

/// The ladder question. The rungs' short phrases come from [`LADDER`].
pub static LADDER_QUESTION: LadderQuestion = LadderQuestion;

/// The rung to aim for on most decisions ("I intend to…").
pub const TARGET_RUNG: u8 = 5;

/// What the results say about the rung the visitor chose.
pub fn rung_advice(role: Role, rung: u8) -> &'static str {
    let t = text::rung_advice();
    match (role, rung) {
        (Role::Leader, 1..=4) => t.leader_below,
        (Role::Member, 1..=4) => t.member_below,
        (Role::Leader, 5) => t.leader_target,
        (Role::Member, 5) => t.member_target,
        (Role::Leader, _) => t.leader_above,
        (Role::Member, _) => t.member_above,
    }
}

/// The five patterns a set of scores can show. Which one applies is decided
/// by [`crate::model::assessment::interpret`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pattern {
    /// Control well ahead of competence and clarity: a risk of chaos.
    ControlAhead,
    /// Control well behind them: frustration and capacity left unused.
    ControlBehind,
    /// All three high and in step.
    SantaFe,
    /// Control in step overall, but one pillar well behind the other.
    UnevenPillars,
    /// In step, not yet high.
    Building,
}

impl Pattern {
    /// All five, in the order they are checked.
    pub const ALL: [Pattern; 5] = [
        Pattern::ControlAhead,
        Pattern::ControlBehind,
        Pattern::SantaFe,
        Pattern::UnevenPillars,
        Pattern::Building,
    ];

    /// A stable identifier, for anchors and tests.
    pub fn id(self) -> &'static str {
        match self {
            Pattern::ControlAhead => "control-ahead",
            Pattern::ControlBehind => "control-behind",
            Pattern::SantaFe => "santa-fe",
            Pattern::UnevenPillars => "uneven-pillars",
            Pattern::Building => "building",
        }
    }

    fn words(self) -> Option<&'static text::Pattern> {
        text::pattern().iter().find(|t| t.id == self.id())
    }

    /// The pattern in two or three words, for tables.
    pub fn short(self) -> &'static str {
        self.words().map_or("", |t| t.short)
    }

    /// The pattern's name, as a heading.
    pub fn title(self) -> &'static str {
        self.words().map_or("", |t| t.title)
    }

    /// What the pattern means for someone in `role`.
    pub fn meaning(self, role: Role) -> &'static str {
        self.words()
            .map_or("", |t| by_role(role, t.leader, t.member))
    }

    /// What the model and Marquet's story say about it.
    pub fn lesson(self) -> &'static str {
        self.words().map_or("", |t| t.lesson)
    }
}

/// A concrete thing to do next about one component, tied to the step and
/// checklist items of the journey that cover it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextAction {
    /// Stable, unique: finds its words in the content files. Not saved.
    pub id: &'static str,
    /// The component it strengthens.
    pub pillar: Pillar,
    /// The step that covers it.
    pub step: StepId,
    /// Ids of that step's checklist items that go with it.
    pub items: &'static [&'static str],
}

impl NextAction {
    /// The action as the visitor in `role` reads it.
    pub fn text(&self, role: Role) -> &'static str {
        text::next_action()
            .iter()
            .find(|t| t.id == self.id)
            .map_or("", |t| by_role(role, t.leader, t.member))
    }
}

/// Three next actions per component, in the order to try them.
pub static NEXT_ACTIONS: &[NextAction] = &[
    NextAction {
        id: "hand-down-a-sign-off",
        pillar: Pillar::Control,
        step: StepId::GeneticCode,
        items: &[
            "code-list-approvals",
            "code-who-has-information",
            "code-hand-one-down",
        ],
    },
    NextAction {
        id: "intent-language",
        pillar: Pillar::Control,
        step: StepId::ActYourWay,
        items: &["act-intent-language"],
    },
    NextAction {
        id: "ask-for-proposals",
        pillar: Pillar::Control,
        step: StepId::ActYourWay,
        items: &[
            "act-hold-back-solutions",
            "act-short-early-conversations",
            "act-think-out-loud",
        ],
    },
    NextAction {
        id: "certify-not-brief",
        pillar: Pillar::Competence,
        step: StepId::CompetenceAndClarity,
        items: &["pillars-certify-not-brief"],
    },
    NextAction {
        id: "pause-and-goals",
        pillar: Pillar::Competence,
        step: StepId::CompetenceAndClarity,
        items: &["pillars-deliberate-action", "pillars-goals-not-methods"],
    },
    NextAction {
        id: "check-readiness",
        pillar: Pillar::Competence,
        step: StepId::GeneticCode,
        items: &["code-check-readiness"],
    },
    NextAction {
        id: "write-purpose",
        pillar: Pillar::Clarity,
        step: StepId::CompetenceAndClarity,
        items: &["pillars-write-purpose"],
    },
    NextAction {
        id: "welcome-questions",
        pillar: Pillar::Clarity,
        step: StepId::CompetenceAndClarity,
        items: &["pillars-welcome-questions"],
    },
    NextAction {
        id: "recognise-good-calls",
        pillar: Pillar::Clarity,
        step: StepId::ActYourWay,
        items: &["act-recognise-on-the-spot"],
    },
];

/// The next actions for one component, in order.
pub fn actions_for(pillar: Pillar) -> impl Iterator<Item = &'static NextAction> {
    NEXT_ACTIONS.iter().filter(move |a| a.pillar == pillar)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{item_by_id, Role};
    use std::collections::HashSet;

    #[test]
    fn statement_ids_are_stable() {
        // Saved with visitors' answers: add new ids here, never rename one.
        let ids: Vec<_> = STATEMENTS.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "control-info-decides",
                "control-intent",
                "control-approvals",
                "control-proposals",
                "control-waits",
                "competence-skills-match",
                "competence-named-gaps",
                "competence-certify",
                "competence-deliberate",
                "competence-learning-stalls",
                "clarity-purpose",
                "clarity-criteria",
                "clarity-principles",
                "clarity-questions",
                "clarity-guessing",
            ]
        );
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
        for s in STATEMENTS {
            assert_eq!(statement_by_id(s.id), Some(s));
        }
        assert_eq!(statement_by_id("no-such-statement"), None);
    }

    #[test]
    fn at_least_four_statements_per_component_with_text_for_both_roles() {
        for pillar in Pillar::ALL {
            let group: Vec<_> = statements_for(pillar).collect();
            assert!(group.len() >= 4, "{pillar:?} has {}", group.len());
            // At least one counts straight, so a component cannot be all reverse.
            assert!(group.iter().any(|s| !s.reversed));
            for s in group {
                assert!(
                    s.id.starts_with(pillar.id()),
                    "{} is filed under {pillar:?}",
                    s.id
                );
                for role in Role::ALL {
                    assert!(!s.text(role).trim().is_empty());
                    assert!(!s.text(role).contains("..."));
                }
                assert_ne!(
                    s.text(Role::Leader),
                    s.text(Role::Member),
                    "{} is phrased for each role",
                    s.id
                );
            }
            assert!(!pillar_prompt(pillar).is_empty());
        }
        // Grouped in the order the app teaches the components.
        let order: Vec<_> = STATEMENTS.iter().map(|s| s.pillar).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }

    // Natively every language is carried, and `set_lang` picks one.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_id_has_its_words_in_every_language_and_every_text_an_id() {
        for lang in crate::text::Lang::ALL {
            crate::text::set_lang(lang);
            assert_eq!(
                text::statement().iter().map(|t| t.id).collect::<Vec<_>>(),
                STATEMENTS.iter().map(|s| s.id).collect::<Vec<_>>(),
                "{lang:?}: one text per statement, in order"
            );
            assert_eq!(
                text::pattern().iter().map(|t| t.id).collect::<Vec<_>>(),
                Pattern::ALL.map(Pattern::id),
                "{lang:?}"
            );
            assert_eq!(
                text::next_action().iter().map(|t| t.id).collect::<Vec<_>>(),
                NEXT_ACTIONS.iter().map(|a| a.id).collect::<Vec<_>>(),
                "{lang:?}"
            );
            assert_eq!(scale().len(), 5, "{lang:?}");
            assert_eq!(text::ladder_question().leader_rungs.len(), 7, "{lang:?}");
            for s in STATEMENTS {
                for role in Role::ALL {
                    assert!(!s.text(role).trim().is_empty(), "{lang:?} {}", s.id);
                }
            }
        }
        crate::text::set_lang(crate::text::Lang::En);
    }

    #[test]
    fn five_labelled_answers() {
        assert_eq!(scale_label(1), Some("Strongly disagree"));
        assert_eq!(scale_label(3), Some("Neither agree nor disagree"));
        assert_eq!(scale_label(5), Some("Strongly agree"));
        assert_eq!(scale_label(0), None);
        assert_eq!(scale_label(6), None);
    }

    #[test]
    fn the_ladder_question_describes_seven_rungs_for_both_roles() {
        for role in Role::ALL {
            assert!(LADDER_QUESTION.question(role).ends_with('?'));
            for n in 1..=7 {
                assert!(!LADDER_QUESTION.rung_words(role, n).unwrap().is_empty());
                assert!(!rung_advice(role, n).is_empty());
            }
            assert_eq!(LADDER_QUESTION.rung_words(role, 0), None);
            assert_eq!(LADDER_QUESTION.rung_words(role, 8), None);
        }
        assert!(LADDER[usize::from(TARGET_RUNG) - 1]
            .phrase()
            .starts_with("I intend to"));
    }

    #[test]
    fn every_pattern_has_text_for_both_roles() {
        let ids: HashSet<_> = Pattern::ALL.iter().map(|p| p.id()).collect();
        assert_eq!(ids.len(), 5);
        for p in Pattern::ALL {
            assert!(!p.title().is_empty() && !p.lesson().is_empty() && !p.short().is_empty());
            for role in Role::ALL {
                assert!(!p.meaning(role).is_empty());
            }
        }
        assert!(Pattern::ControlAhead.lesson().contains("Will Rogers"));
        assert!(Pattern::SantaFe.title().contains("Santa Fe"));
    }

    #[test]
    fn three_actions_per_component_each_tied_to_real_items_of_its_step() {
        for pillar in Pillar::ALL {
            let actions: Vec<_> = actions_for(pillar).collect();
            assert_eq!(actions.len(), 3, "{pillar:?}");
            for a in actions {
                assert!(!a.items.is_empty());
                for role in Role::ALL {
                    assert!(!a.text(role).trim().is_empty());
                }
                for id in a.items {
                    let (step, _) = item_by_id(id).unwrap_or_else(|| panic!("{id} exists"));
                    assert_eq!(step.id, a.step, "{id} belongs to the action's step");
                }
            }
        }
    }
}
