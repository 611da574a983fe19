//! Self-assessment on control, competence and clarity: answers, scoring,
//! interpretation, next actions and history. (Being written.)

use serde::{Deserialize, Serialize};

/// Everything saved about assessments: a draft in progress and the history.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessmentData {}

impl AssessmentData {
    /// Limits for an imported file; `Err` says what is wrong, in words.
    pub fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}
