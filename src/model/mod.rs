//! The visitor's data and the rules over it, in plain Rust with no browser
//! types: progress through the journey, the saved-data format and its
//! migrations, backup files (export and validated import) and reports.

pub mod assessment;
pub mod calendar;
pub mod import;
pub mod merge;
pub mod phrases;
pub mod practice;
pub mod progress;
pub mod report;
pub mod rounds;
pub mod saved;
pub mod time;

pub use progress::{Progress, Tally};
pub use saved::{decode, DecodeError, Meta, SavedData, CURRENT_VERSION};
