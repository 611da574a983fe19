//! The visitor's data and the rules over it, in plain Rust with no browser
//! types: progress through the journey and the saved-data format.

pub mod progress;
pub mod saved;

pub use progress::{Progress, Tally};
pub use saved::{decode, DecodeError, SavedData, CURRENT_VERSION};
