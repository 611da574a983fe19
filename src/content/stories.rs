//! The stories behind the model: the two worked examples, the three common
//! mistakes, how Marquet arrived at the model, and the "I intend to…" habit.
//! Their words are in `content/<lang>/stories.toml`, under these ids.

use super::{Example, IntentLanguage, Mistake, OriginChapter};

/// Santa Fe (worst to first) and Will Rogers (the failure), in that order.
pub static EXAMPLES: [Example; 2] = [Example { id: "santa-fe" }, Example { id: "will-rogers" }];

/// The three common mistakes, in order.
pub static MISTAKES: [Mistake; 3] = [
    Mistake {
        number: 1,
        id: "empowerment-talk",
    },
    Mistake {
        number: 2,
        id: "one-personality",
    },
    Mistake {
        number: 3,
        id: "control-before-competence",
    },
];

/// How Marquet came to the model: Sunfish, Will Rogers, Santa Fe.
pub static ORIGIN: [OriginChapter; 3] = [
    OriginChapter { id: "sunfish" },
    OriginChapter { id: "will-rogers" },
    OriginChapter { id: "santa-fe" },
];

/// "Can I…?" versus "I intend to…!": where the habit came from, what it
/// changes, and an example before and after.
pub fn intent_language() -> &'static IntentLanguage {
    crate::text::stories::intent_language()
}
