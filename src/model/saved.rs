//! The one format in which everything the visitor has is saved: a versioned
//! envelope, `{ "version": N, ... }`, and the rules for reading it back.
//!
//! Reading never guesses: text that is not a saved-data document of a version
//! this app knows is reported as a [`DecodeError`], so the caller can keep
//! the damaged copy instead of writing over it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::progress::Progress;

/// The format version this build writes.
pub const CURRENT_VERSION: u64 = 1;

/// Everything the app saves, as one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedData {
    /// Always [`CURRENT_VERSION`] when written by this build.
    pub version: u64,
    /// The guided journey.
    #[serde(default)]
    pub progress: Progress,
}

impl SavedData {
    pub fn new(progress: Progress) -> Self {
        Self {
            version: CURRENT_VERSION,
            progress,
        }
    }

    /// The saved text for this document.
    pub fn encode(&self) -> String {
        let current = SavedData {
            version: CURRENT_VERSION,
            progress: self.progress.clone(),
        };
        serde_json::to_string(&current).expect("saved data always serializes")
    }
}

/// Why saved text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The text is not JSON at all; line and column are 1-based.
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not a saved-data document (no version, wrong types...).
    WrongShape(String),
    /// Written by a newer build of the app than this one.
    NewerVersion { found: u64 },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotJson {
                line,
                column,
                message,
            } => write!(
                f,
                "it is not valid JSON (line {line}, column {column}: {message})"
            ),
            DecodeError::WrongShape(why) => {
                write!(f, "it is not in the format this app saves ({why})")
            }
            DecodeError::NewerVersion { found } => write!(
                f,
                "it was saved by a newer version of this app (format {found}; this one reads up to {CURRENT_VERSION})"
            ),
        }
    }
}

/// Reads saved text, migrating it from any earlier format version.
pub fn decode(text: &str) -> Result<SavedData, DecodeError> {
    let value: Value = serde_json::from_str(text).map_err(|e| DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
        message: first_clause(&e.to_string()),
    })?;
    let Some(object) = value.as_object() else {
        return Err(DecodeError::WrongShape("expected an object".into()));
    };
    let version = match object.get("version") {
        Some(v) => v
            .as_u64()
            .ok_or_else(|| DecodeError::WrongShape("\"version\" must be a whole number".into()))?,
        None => return Err(DecodeError::WrongShape("no \"version\" field".into())),
    };
    if version == 0 {
        return Err(DecodeError::WrongShape("version 0 does not exist".into()));
    }
    if version > CURRENT_VERSION {
        return Err(DecodeError::NewerVersion { found: version });
    }
    // Version 1 is the first format; migrations from earlier versions are
    // chained here as the format grows.
    serde_json::from_value::<SavedData>(value)
        .map(|mut data| {
            data.version = CURRENT_VERSION;
            data
        })
        .map_err(|e| DecodeError::WrongShape(first_clause(&e.to_string())))
}

/// serde_json's messages end with " at line L column C"; we report the
/// position separately.
fn first_clause(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_then_decode_gives_back_the_same_data() {
        let mut progress = Progress::default();
        progress.set_checked("some-item", true);
        progress.set_note(
            "genetic-code",
            "Approvals for leave: hand to chiefs.\n<b>not markup</b>",
        );
        progress.visit("/checklist");
        let data = SavedData::new(progress);
        assert_eq!(decode(&data.encode()), Ok(data));
    }

    #[test]
    fn written_text_carries_the_version() {
        let text = SavedData::default().encode();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["version"], CURRENT_VERSION);
    }

    #[test]
    fn a_stored_version_1_sample_reads() {
        let sample = include_str!("../../tests/fixtures/saved-v1.json");
        let data = decode(sample).expect("version 1 sample reads");
        assert_eq!(data.progress.role.as_deref(), Some("member"));
        assert!(data.progress.is_checked("middle-identify-layer"));
        assert_eq!(
            data.progress.note("act-your-way"),
            "Stop asking for a status deck; ask what they intend."
        );
        assert_eq!(
            data.progress.last_visited.as_deref(),
            Some("/steps/act-your-way")
        );
    }

    #[test]
    fn bad_json_reports_its_position() {
        match decode("{\"version\": 1,\n  \"progress\": {") {
            Err(DecodeError::NotJson { line, .. }) => assert_eq!(line, 2),
            other => panic!("expected NotJson, got {other:?}"),
        }
    }

    #[test]
    fn wrong_shapes_are_refused() {
        for text in [
            "[]",
            "42",
            "{}",
            "{\"version\": \"1\"}",
            "{\"version\": 1.5}",
            "{\"version\": 0}",
            "{\"version\": 1, \"progress\": {\"checked\": \"all\"}}",
        ] {
            assert!(
                matches!(decode(text), Err(DecodeError::WrongShape(_))),
                "{text} should be refused as wrong shape"
            );
        }
    }

    #[test]
    fn newer_versions_are_refused_not_guessed() {
        assert_eq!(
            decode("{\"version\": 99, \"progress\": {}}"),
            Err(DecodeError::NewerVersion { found: 99 })
        );
    }

    #[test]
    fn missing_parts_default_to_empty() {
        let data = decode("{\"version\": 1}").unwrap();
        assert!(data.progress.is_empty());
    }
}
