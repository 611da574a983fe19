//! Material from L. David Marquet's wider work, beyond the book and the
//! explainer. Everything here is optional enrichment and must always be
//! shown with its attribution.

use super::{Mechanism, Pillar, Rung};

/// Where the Ladder of Leadership comes from and how to use it.
pub static LADDER_NOTE: &str = "The Ladder of Leadership comes from L. David Marquet's wider \
    material, beyond the book, and its wording varies a little between his sources. It shows \
    how someone talks to the person they report to, from rung 1 at the bottom to rung 7 at the \
    top. For every rung there is a question a boss can put to the other person to help them \
    climb to the next one. For most decisions, \"I intend to…\" is the rung to aim for.";

/// The Ladder of Leadership, lowest (1) to highest (7). Marquet's wider
/// material; see [`LADDER_NOTE`].
pub static LADDER: [Rung; 7] = [
    Rung {
        number: 1,
        phrase: "Tell me what to do",
        description: "You wait for instructions before doing anything.",
    },
    Rung {
        number: 2,
        phrase: "I see…",
        description: "You describe what you notice and leave the rest to the boss.",
    },
    Rung {
        number: 3,
        phrase: "I think…",
        description: "You offer your own view of the situation.",
    },
    Rung {
        number: 4,
        phrase: "I would like to…",
        description: "You propose what you want to do, or ask permission to do it.",
    },
    Rung {
        number: 5,
        phrase: "I intend to…",
        description: "You announce what you are about to do, leaving room for the boss to \
            object.",
    },
    Rung {
        number: 6,
        phrase: "I did…",
        description: "You act first and then report what you did.",
    },
    Rung {
        number: 7,
        phrase: "I've been doing…",
        description: "You act as a matter of course and report on what you have been doing.",
    },
];

/// Where the mechanisms come from.
pub static MECHANISMS_NOTE: &str = "These mechanisms come from L. David Marquet's wider \
    material. Each one is a concrete practice that strengthens one of the three pillars.";

/// The named mechanisms, grouped by pillar (control, competence, clarity),
/// in order. Marquet's wider material; see [`MECHANISMS_NOTE`].
pub static MECHANISMS: &[Mechanism] = &[
    Mechanism {
        pillar: Pillar::Control,
        name: "Find and rewrite the genetic code",
    },
    Mechanism {
        pillar: Pillar::Control,
        name: "Act your way to new thinking",
    },
    Mechanism {
        pillar: Pillar::Control,
        name: "Short early conversations",
    },
    Mechanism {
        pillar: Pillar::Control,
        name: "\"I intend to…\"",
    },
    Mechanism {
        pillar: Pillar::Control,
        name: "Resist the urge to provide solutions",
    },
    Mechanism {
        pillar: Pillar::Control,
        name: "Eliminate top-down monitoring systems",
    },
    Mechanism {
        pillar: Pillar::Control,
        name: "Think out loud",
    },
    Mechanism {
        pillar: Pillar::Control,
        name: "Embrace the inspectors",
    },
    Mechanism {
        pillar: Pillar::Competence,
        name: "Take deliberate action",
    },
    Mechanism {
        pillar: Pillar::Competence,
        name: "Learn everywhere, all the time",
    },
    Mechanism {
        pillar: Pillar::Competence,
        name: "Don't brief, certify",
    },
    Mechanism {
        pillar: Pillar::Competence,
        name: "Continually and consistently repeat the message",
    },
    Mechanism {
        pillar: Pillar::Competence,
        name: "Specify goals, not methods",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        name: "Achieve excellence, don't just avoid errors",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        name: "Build trust and take care of your people",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        name: "Use your legacy for inspiration",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        name: "Use guiding principles for decision criteria",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        name: "Use immediate recognition to reinforce behaviours",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        name: "Begin with the end in mind",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        name: "Encourage a questioning attitude over blind obedience",
    },
];

/// Too much authority or too little. Marquet's wider material.
pub static AUTHORITY_BALANCE: &str = "From L. David Marquet's wider material: give people more \
    authority than their competence and clarity can carry and the result is chaos; give them \
    less than that and the result is frustration.";
