//! Material from L. David Marquet's wider work, beyond the book and the
//! explainer. Everything here is optional enrichment and must always be
//! shown with its attribution. The words are in
//! `content/<lang>/beyond.toml`, under these ids.

use super::{Mechanism, Pillar, Rung};

/// Where the Ladder of Leadership comes from and how to use it.
pub fn ladder_note() -> &'static str {
    crate::text::beyond::ladder_note()
}

/// The Ladder of Leadership, lowest (1) to highest (7). Marquet's wider
/// material; see [`ladder_note`].
pub static LADDER: [Rung; 7] = [
    Rung {
        number: 1,
        id: "tell-me",
    },
    Rung {
        number: 2,
        id: "i-see",
    },
    Rung {
        number: 3,
        id: "i-think",
    },
    Rung {
        number: 4,
        id: "i-would-like",
    },
    Rung {
        number: 5,
        id: "i-intend",
    },
    Rung {
        number: 6,
        id: "i-did",
    },
    Rung {
        number: 7,
        id: "ive-been-doing",
    },
];

/// Where the mechanisms come from.
pub fn mechanisms_note() -> &'static str {
    crate::text::beyond::mechanisms_note()
}

/// The named mechanisms, grouped by pillar (control, competence, clarity),
/// in order. Marquet's wider material; see [`mechanisms_note`].
pub static MECHANISMS: &[Mechanism] = &[
    Mechanism {
        pillar: Pillar::Control,
        id: "genetic-code",
    },
    Mechanism {
        pillar: Pillar::Control,
        id: "act-your-way",
    },
    Mechanism {
        pillar: Pillar::Control,
        id: "short-early-conversations",
    },
    Mechanism {
        pillar: Pillar::Control,
        id: "intent-language",
    },
    Mechanism {
        pillar: Pillar::Control,
        id: "resist-solutions",
    },
    Mechanism {
        pillar: Pillar::Control,
        id: "eliminate-monitoring",
    },
    Mechanism {
        pillar: Pillar::Control,
        id: "think-out-loud",
    },
    Mechanism {
        pillar: Pillar::Control,
        id: "embrace-inspectors",
    },
    Mechanism {
        pillar: Pillar::Competence,
        id: "deliberate-action",
    },
    Mechanism {
        pillar: Pillar::Competence,
        id: "learn-everywhere",
    },
    Mechanism {
        pillar: Pillar::Competence,
        id: "certify-not-brief",
    },
    Mechanism {
        pillar: Pillar::Competence,
        id: "repeat-the-message",
    },
    Mechanism {
        pillar: Pillar::Competence,
        id: "goals-not-methods",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        id: "achieve-excellence",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        id: "build-trust",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        id: "legacy-for-inspiration",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        id: "guiding-principles",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        id: "immediate-recognition",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        id: "begin-with-the-end",
    },
    Mechanism {
        pillar: Pillar::Clarity,
        id: "questioning-attitude",
    },
];

/// Too much authority or too little. Marquet's wider material.
pub fn authority_balance() -> &'static str {
    crate::text::beyond::authority_balance()
}
