//! Practice tools: the genetic-code-of-control audit, the intent log and the
//! phrase coach's saved entries. (Being written.)

use serde::{Deserialize, Serialize};

/// Everything saved by the practice tools.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PracticeData {}

impl PracticeData {
    /// Limits for an imported file; `Err` says what is wrong, in words.
    pub fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}
