//! The sources, the framework at a glance and the seven core principles.
//! Their words are in `content/<lang>/overview.toml` (the book's in
//! `framework.toml`).

use super::{Overview, Principle, Source};

/// The book the app is built on: the primary source.
pub static SOURCE: Source = Source { year: 2013 };

/// Where the three components come from.
pub fn second_source_note() -> &'static str {
    crate::text::overview::second_source_note()
}

/// The leader-leader model at a glance.
pub fn overview() -> &'static Overview {
    crate::text::overview::overview()
}

/// The seven core principles, in the book's order.
pub static PRINCIPLES: [Principle; 7] = [
    Principle {
        number: 1,
        id: "authority-to-information",
    },
    Principle {
        number: 2,
        id: "not-mystical",
    },
    Principle {
        number: 3,
        id: "empowerment-backfires",
    },
    Principle {
        number: 4,
        id: "thinking-work",
    },
    Principle {
        number: 5,
        id: "not-hinging-on-leader",
    },
    Principle {
        number: 6,
        id: "leaders-breed-leaders",
    },
    Principle {
        number: 7,
        id: "no-commanding",
    },
];
