//! The practice tools: what each tool is for, what to look for in an
//! audit, the labels of statuses and outcomes, and the help beside each
//! field. The words are in `content/<lang>/practice.toml`; the ids of
//! statuses, kinds and outcomes are here, saved in visitors' browsers, and
//! never change.

use crate::text::practice as text;

pub use text::{
    audit_at_risk_note, audit_blocked_note, audit_examples, audit_help, audit_intro,
    audit_look_for, coach_gap_hint, coach_intro, coach_ladder_note, coach_nothing_flagged,
    coach_off_ladder, coach_privacy, coach_sample, intent_log_intro, outcome_pending,
    practice_intro, CoachRung,
};

/// One of the three practice tools, as listed on the practice page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    /// Stable, unique: finds its words in the content files. Not saved.
    pub id: &'static str,
    /// The app path of the tool's page.
    pub path: &'static str,
    /// The step it belongs to, if any.
    pub step: Option<u8>,
}

impl Tool {
    fn words(&self) -> Option<&'static text::Tool> {
        text::tool().iter().find(|t| t.id == self.id)
    }

    /// The tool's name.
    pub fn title(&self) -> &'static str {
        self.words().map_or("", |t| t.title)
    }

    /// What it does, in a sentence or two.
    pub fn summary(&self) -> &'static str {
        self.words().map_or("", |t| t.summary)
    }
}

/// The three tools, in the order they are offered.
pub static TOOLS: [Tool; 3] = [
    Tool {
        id: "audit",
        path: "/practice/audit",
        step: Some(3),
    },
    Tool {
        id: "intents",
        path: "/practice/intents",
        step: Some(2),
    },
    Tool {
        id: "phrases",
        path: "/practice/phrases",
        step: Some(2),
    },
];

/// The coach's words for rung `number` (1 to 7) of the Ladder of
/// Leadership: what a sentence on it does, and what to change to climb
/// toward intent. The facts of the ladder are in [`super::LADDER`].
pub fn coach_rung(number: u8) -> Option<&'static CoachRung> {
    text::coach_rung().get(usize::from(number).checked_sub(1)?)
}

/// Stable text for an entry whose name is still empty.
pub fn untitled(number: usize) -> String {
    crate::text::fill(text::untitled(), &[("number", &number.to_string())])
}

/// Where an audit entry stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuditStatus {
    /// Listed, not changed yet.
    Found,
    /// The rule is being changed.
    Rewriting,
    /// The decision now sits with the people who should take it.
    HandedDown,
}

impl AuditStatus {
    /// All three, in order of progress.
    pub const ALL: [AuditStatus; 3] = [
        AuditStatus::Found,
        AuditStatus::Rewriting,
        AuditStatus::HandedDown,
    ];

    /// A stable identifier, saved to storage. Never change it.
    pub fn id(self) -> &'static str {
        match self {
            AuditStatus::Found => "found",
            AuditStatus::Rewriting => "rewriting",
            AuditStatus::HandedDown => "handed-down",
        }
    }

    /// The status whose [`id`](AuditStatus::id) is `s`, if any.
    pub fn from_id(s: &str) -> Option<AuditStatus> {
        AuditStatus::ALL.into_iter().find(|x| x.id() == s)
    }

    fn words(self) -> Option<&'static text::AuditStatus> {
        text::audit_status().iter().find(|t| t.id == self.id())
    }

    /// The name shown to the visitor.
    pub fn label(self) -> &'static str {
        self.words().map_or("", |t| t.label)
    }

    /// A short explanation.
    pub fn hint(self) -> &'static str {
        self.words().map_or("", |t| t.hint)
    }
}

/// What an intent-log entry records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntentKind {
    /// The visitor said "I intend to…".
    Intent,
    /// The visitor asked for permission.
    Permission,
}

impl IntentKind {
    /// Both, intent first.
    pub const ALL: [IntentKind; 2] = [IntentKind::Intent, IntentKind::Permission];

    /// A stable identifier, saved to storage. Never change it.
    pub fn id(self) -> &'static str {
        match self {
            IntentKind::Intent => "intent",
            IntentKind::Permission => "permission",
        }
    }

    /// The kind whose [`id`](IntentKind::id) is `s`, if any.
    pub fn from_id(s: &str) -> Option<IntentKind> {
        IntentKind::ALL.into_iter().find(|x| x.id() == s)
    }

    fn words(self) -> Option<&'static text::IntentKind> {
        text::intent_kind().iter().find(|t| t.id == self.id())
    }

    /// The name shown to the visitor.
    pub fn label(self) -> &'static str {
        self.words().map_or("", |t| t.label)
    }

    /// A short noun for lists and headings.
    pub fn noun(self) -> &'static str {
        self.words().map_or("", |t| t.noun)
    }

    /// The label of the main text field.
    pub fn text_label(self) -> &'static str {
        self.words().map_or("", |t| t.text_label)
    }
}

/// What happened after an intent or a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// It happened as said.
    WentAhead,
    /// Someone stopped it.
    Stopped,
    /// It went ahead in a changed form.
    Changed,
}

impl Outcome {
    /// All three.
    pub const ALL: [Outcome; 3] = [Outcome::WentAhead, Outcome::Stopped, Outcome::Changed];

    /// A stable identifier, saved to storage. Never change it.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::WentAhead => "went-ahead",
            Outcome::Stopped => "stopped",
            Outcome::Changed => "changed",
        }
    }

    /// The outcome whose [`id`](Outcome::id) is `s`, if any.
    pub fn from_id(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|x| x.id() == s)
    }

    /// The name shown to the visitor.
    pub fn label(self) -> &'static str {
        text::outcome()
            .iter()
            .find(|t| t.id == self.id())
            .map_or("", |t| t.label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_round_trip() {
        assert_eq!(
            AuditStatus::ALL.map(AuditStatus::id),
            ["found", "rewriting", "handed-down"]
        );
        assert_eq!(
            IntentKind::ALL.map(IntentKind::id),
            ["intent", "permission"]
        );
        assert_eq!(
            Outcome::ALL.map(Outcome::id),
            ["went-ahead", "stopped", "changed"]
        );
        for s in AuditStatus::ALL {
            assert_eq!(AuditStatus::from_id(s.id()), Some(s));
            assert!(!s.label().is_empty() && !s.hint().is_empty());
        }
        for k in IntentKind::ALL {
            assert_eq!(IntentKind::from_id(k.id()), Some(k));
            assert!(!k.label().is_empty() && !k.noun().is_empty() && !k.text_label().is_empty());
        }
        for o in Outcome::ALL {
            assert_eq!(Outcome::from_id(o.id()), Some(o));
            assert!(!o.label().is_empty());
        }
        assert_eq!(AuditStatus::from_id("done"), None);
        assert_eq!(IntentKind::from_id(""), None);
        assert_eq!(Outcome::from_id("pending"), None);
    }

    #[test]
    fn tools_and_text_are_present() {
        let paths: Vec<_> = TOOLS.iter().map(|t| t.path).collect();
        assert_eq!(
            paths,
            ["/practice/audit", "/practice/intents", "/practice/phrases"]
        );
        for t in &TOOLS {
            assert!(!t.title().is_empty() && !t.summary().is_empty());
        }
        for list in [
            practice_intro(),
            audit_intro(),
            audit_look_for(),
            audit_examples(),
            intent_log_intro(),
            coach_intro(),
        ] {
            assert!(!list.is_empty());
            assert!(list.iter().all(|s| !s.trim().is_empty()));
        }
        let found = crate::model::phrases::detect(coach_sample());
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(!coach_sample().contains("..."));
        assert_eq!(untitled(3), "Entry 3 (not named yet)");
    }

    // Natively every language is carried, and `set_lang` picks one.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_id_has_its_words_in_every_language_and_every_text_an_id() {
        for lang in crate::text::Lang::ALL {
            crate::text::set_lang(lang);
            assert_eq!(
                text::tool().iter().map(|t| t.id).collect::<Vec<_>>(),
                TOOLS.map(|t| t.id),
                "{lang:?}"
            );
            assert_eq!(
                text::audit_status()
                    .iter()
                    .map(|t| t.id)
                    .collect::<Vec<_>>(),
                AuditStatus::ALL.map(AuditStatus::id),
                "{lang:?}"
            );
            assert_eq!(
                text::intent_kind().iter().map(|t| t.id).collect::<Vec<_>>(),
                IntentKind::ALL.map(IntentKind::id),
                "{lang:?}"
            );
            assert_eq!(
                text::outcome().iter().map(|t| t.id).collect::<Vec<_>>(),
                Outcome::ALL.map(Outcome::id),
                "{lang:?}"
            );
            assert_eq!(text::coach_rung().len(), 7, "{lang:?}: one per rung");
            assert!(untitled(12).contains("12"), "{lang:?}");
        }
        crate::text::set_lang(crate::text::Lang::En);
    }

    #[test]
    fn the_coach_has_words_for_every_rung() {
        for n in 1..=7 {
            let r = coach_rung(n).expect("rungs 1 to 7");
            assert!(!r.does.is_empty() && !r.advice.is_empty());
        }
        assert!(coach_rung(0).is_none() && coach_rung(8).is_none());
        for text in [
            coach_ladder_note(),
            coach_nothing_flagged(),
            coach_gap_hint(),
            coach_off_ladder(),
        ] {
            assert!(!text.trim().is_empty());
        }
        // The coach's rung names follow the ladder's order.
        assert!(coach_rung(5).unwrap().does.contains("intent"));
        assert!(super::super::LADDER[4].phrase().starts_with("I intend to"));
        // The neutral line never calls a message intent.
        assert!(!coach_nothing_flagged().contains("intent"));
    }
}
