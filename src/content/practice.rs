//! The practice tools' text: what each tool is for, what to look for in an
//! audit, the labels of statuses and outcomes, and the help beside each
//! field. The ids of statuses, kinds and outcomes are saved in visitors'
//! browsers and never change.

/// One of the three practice tools, as listed on the practice page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    /// The app path of the tool's page.
    pub path: &'static str,
    /// The tool's name.
    pub title: &'static str,
    /// What it does, in a sentence or two.
    pub summary: &'static str,
    /// The step it belongs to, if any.
    pub step: Option<u8>,
}

/// Why the tools exist.
pub static PRACTICE_INTRO: &[&str] = &[
    "The model changes an organization through what people do each day, not through what \
     they are told to believe. These three tools turn it into small, repeated actions you can \
     see and count.",
    "Everything you enter is kept in this browser only, saved as you type, and included in \
     your backup file and your report.",
];

/// The three tools, in the order they are offered.
pub static TOOLS: [Tool; 3] = [
    Tool {
        path: "/practice/audit",
        title: "Genetic-code audit",
        summary: "List the rules, habits and sign-offs that send decisions upward, decide \
                  where each decision belongs, and track it until it has been handed down.",
        step: Some(3),
    },
    Tool {
        path: "/practice/intents",
        title: "Intent log",
        summary: "Note each time you said \"I intend to…\" and each time you asked for \
                  permission instead, then what happened. Watch the balance shift over time.",
        step: Some(2),
    },
    Tool {
        path: "/practice/phrases",
        title: "Phrase coach",
        summary: "Paste a message before you send it. The coach marks the words that ask \
                  for permission and suggests a version that states your intent.",
        step: Some(2),
    },
];

/// What the audit is.
pub static AUDIT_INTRO: &[&str] = &[
    "Every organization carries rules that decide who may decide. Some are written down \
     (approval forms, sign-off limits); many are habits nobody questions. Together they keep \
     authority near the top, far from the people who know the most.",
    "List them here one by one. For each, say who decides now, who ought to decide, and \
     what those people need first, so that handing the decision over builds capability \
     instead of chaos.",
];

/// Questions that help a visitor spot decisions pulled upward.
pub static AUDIT_LOOK_FOR: &[&str] = &[
    "Which requests wait in someone's inbox for a yes before work can go on?",
    "Which spending, hiring or travel limits need a signature from higher up?",
    "Which reports exist mainly so that a manager can check on people?",
    "Which meetings end with \"let me think about it\" from the most senior person?",
    "Which changes to a plan, a rota or a customer promise need a manager's nod?",
    "Which decisions do people escalate only because that is how it has always been done?",
    "Where do the people closest to the work know the answer before the approver does?",
];

/// Examples of entries, to show the kind of thing the audit holds.
pub static AUDIT_EXAMPLES: &[&str] = &[
    "Refunds above a small amount need a team lead's approval.",
    "Every release waits for the head of engineering to say go.",
    "Shift swaps must be agreed by the duty manager.",
    "Supplier emails are copied to the director before they are sent.",
];

/// What "blocked" means in the audit summary, and where to go about it.
pub static AUDIT_BLOCKED_NOTE: &str = "A decision is blocked when the people who should take \
    it do not yet have the know-how (competence) or the shared understanding of purpose and \
    priorities (clarity) to take it well. Step 4 shows how to build both.";

/// The warning shown for entries handed down before they were ready.
pub static AUDIT_AT_RISK_NOTE: &str = "These were handed down before the competence or the \
    clarity was marked as in place. That is how Marquet's first attempt on USS Will Rogers \
    went wrong: check on them and close the gaps.";

/// Help beside the audit's fields.
pub mod audit_help {
    pub static PRACTICE: &str = "The rule, routine or sign-off, in a few words.";
    pub static DECIDES_NOW: &str = "The person or role whose yes is needed today.";
    pub static SHOULD_DECIDE: &str = "Whoever is closest to the facts it depends on.";
    pub static RUNGS: &str = "How the people doing the work talk about this decision today, \
        and how you want them to talk about it, on the Ladder of Leadership (1 is lowest).";
    pub static COMPETENCE: &str = "The skills or knowledge they need first, and how you will \
        know they have it.";
    pub static CLARITY: &str = "What they need to understand first: the purpose, the \
        priorities, the limits.";
}

/// What the intent log is.
pub static INTENT_LOG_INTRO: &[&str] = &[
    "Each time you tell someone what you are about to do, instead of asking whether you may, \
     you act as the leader of your own work. Record those moments here, and the times you \
     still asked for permission, with what happened next.",
    "Over weeks, the share of intents should grow. The chart and the table below show how it \
     moves.",
];

/// What the phrase coach is.
pub static COACH_INTRO: &[&str] = &[
    "Paste a message you are about to send: an email, a chat post, a note for a meeting. The \
     coach marks the words that hand a decision to someone else, such as \"Can I…?\", \
     \"Should we…?\" or \"What should I do about…?\", and offers a version that says what \
     you intend to do.",
    "It also places each sentence on the Ladder of Leadership, so you can see how far it is \
     from stating intent. A suggestion is a starting point: read it through and make it sound \
     like you before you copy it.",
];

/// Where the rungs come from, shown beside the sentence-by-sentence reading.
pub static COACH_LADDER_NOTE: &str = "The rungs are those of the Ladder of Leadership, from \
    L. David Marquet's wider material rather than the book. Rung 1 is the lowest; rung 5, \
    \"I intend to…\", is the one to aim for on most decisions.";

/// Said when a message has sentences but none hands a decision up. It
/// describes the message; it does not praise it.
pub static COACH_NOTHING_FLAGGED: &str = "Nothing in this message hands a decision up.";

/// Explains the gap some suggestions leave.
pub static COACH_GAP_HINT: &str = "Where a suggestion shows \"…\", the sentence did not say \
    what you would do: put your own plan there.";

/// Said of the sentences that are not on the ladder.
pub static COACH_OFF_LADDER: &str = "Greetings, thanks, questions that ask for information and \
    requests for someone else to act are not on the ladder.";

/// A rung as the coach describes a sentence on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoachRung {
    /// What a sentence on this rung does, in plain words.
    pub does: &'static str,
    /// What to change to climb toward intent, or what the rung already
    /// achieves.
    pub advice: &'static str,
}

/// How the coach describes each rung of the Ladder of Leadership, lowest
/// first. The facts of the ladder are in [`super::LADDER`].
pub static COACH_RUNGS: [CoachRung; 7] = [
    CoachRung {
        does: "Asks to be told what to do",
        advice: "The whole decision goes to the reader, without a proposal. Work out what you \
            would do and say it as your intent.",
    },
    CoachRung {
        does: "Says what you see",
        advice: "The reader learns what you noticed but has to decide what happens next. Add \
            what you intend to do about it.",
    },
    CoachRung {
        does: "Says what you think",
        advice: "You give a view but stop short of a decision. Turn the view into the action \
            you will take.",
    },
    CoachRung {
        does: "Says what you would like to do, or asks permission",
        advice: "You name the action but ask leave to take it. Say it as what you are going to \
            do; the reader can still object.",
    },
    CoachRung {
        does: "States your intent",
        advice: "The decision stays with you, and the reader still has room to step in.",
    },
    CoachRung {
        does: "Reports what you did",
        advice: "You acted and are telling the reader afterwards.",
    },
    CoachRung {
        does: "Reports what you have been doing",
        advice: "You act on this as a matter of course and report on it.",
    },
];

/// The coach's words for rung `number` (1 to 7).
pub fn coach_rung(number: u8) -> Option<&'static CoachRung> {
    COACH_RUNGS.get(usize::from(number).checked_sub(1)?)
}

/// The coach's promise about the visitor's text.
pub static COACH_PRIVACY: &str = "Your message is checked in this page and never leaves it. \
    It is not saved, unless you choose to add a sentence to your intent log.";

/// A sample message for trying the coach.
pub static COACH_SAMPLE: &str = "Hi Sam,\nThe fix passed all checks this afternoon. Can I \
    deploy it tonight after the traffic drops? I'd also like to move Friday's review to \
    Monday, if that's OK with you.\n\nThanks!";

/// Stable text for an entry whose name is still empty.
pub fn untitled(number: usize) -> String {
    format!("Entry {number} (not named yet)")
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

    /// The name shown to the visitor.
    pub fn label(self) -> &'static str {
        match self {
            AuditStatus::Found => "Found",
            AuditStatus::Rewriting => "Being rewritten",
            AuditStatus::HandedDown => "Handed down",
        }
    }

    /// A short explanation.
    pub fn hint(self) -> &'static str {
        match self {
            AuditStatus::Found => "On the list; nothing has changed yet.",
            AuditStatus::Rewriting => "The rule or habit is being changed.",
            AuditStatus::HandedDown => "The decision now sits where the information is.",
        }
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

    /// The name shown to the visitor.
    pub fn label(self) -> &'static str {
        match self {
            IntentKind::Intent => "I stated my intent",
            IntentKind::Permission => "I asked for permission",
        }
    }

    /// A short noun for lists and headings.
    pub fn noun(self) -> &'static str {
        match self {
            IntentKind::Intent => "Intent",
            IntentKind::Permission => "Permission request",
        }
    }

    /// The label of the main text field.
    pub fn text_label(self) -> &'static str {
        match self {
            IntentKind::Intent => "What I said I intended to do",
            IntentKind::Permission => "What I asked permission for",
        }
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
        match self {
            Outcome::WentAhead => "Went ahead",
            Outcome::Stopped => "Was stopped",
            Outcome::Changed => "Went ahead, changed",
        }
    }
}

/// The label for an outcome not known yet.
pub static OUTCOME_PENDING: &str = "Not known yet";

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
            assert!(!t.title.is_empty() && !t.summary.is_empty());
        }
        for list in [
            PRACTICE_INTRO,
            AUDIT_INTRO,
            AUDIT_LOOK_FOR,
            AUDIT_EXAMPLES,
            INTENT_LOG_INTRO,
            COACH_INTRO,
        ] {
            assert!(!list.is_empty());
            assert!(list.iter().all(|s| !s.trim().is_empty()));
        }
        let found = crate::model::phrases::detect(COACH_SAMPLE);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(!COACH_SAMPLE.contains("..."));
    }

    #[test]
    fn the_coach_has_words_for_every_rung() {
        for n in 1..=7 {
            let r = coach_rung(n).expect("rungs 1 to 7");
            assert!(!r.does.is_empty() && !r.advice.is_empty());
        }
        assert!(coach_rung(0).is_none() && coach_rung(8).is_none());
        for text in [
            COACH_LADDER_NOTE,
            COACH_NOTHING_FLAGGED,
            COACH_GAP_HINT,
            COACH_OFF_LADDER,
        ] {
            assert!(!text.trim().is_empty());
        }
        // The coach's rung names follow the ladder's order.
        assert!(COACH_RUNGS[4].does.contains("intent"));
        assert!(super::super::LADDER[4].phrase.starts_with("I intend to"));
        // The neutral line never calls a message intent.
        assert!(!COACH_NOTHING_FLAGGED.contains("intent"));
    }
}
