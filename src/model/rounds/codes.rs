//! What travels between the person asking and the people answering: the
//! invitation (in the link), the answer (sealed into a code) and the sealed
//! code around it. This module defines the bytes and their text; the
//! sealing itself (ECDH P-256, HKDF-SHA-256, AES-GCM) happens in the
//! browser, through `SubtleCrypto`.
//!
//! # Invitation, `LLI1-…`
//!
//! The part of the invitation link after `#` (browsers never send it to a
//! server). Framed as in [`super::text`]; the body:
//!
//! | bytes | what |
//! |---|---|
//! | 8 | round id (random) |
//! | 1 | kind: 1 about me (leader), 2 about me (member), 3 about our team |
//! | 1 + n | display name: its length in bytes (0: none), then UTF-8 (at most [`MAX_NAME_CHARS`] characters) |
//! | 2 | closing date: days since 1970-01-01, big-endian (0: none) |
//! | 65 | the asker's public key, raw uncompressed P-256 (`04 ‖ x ‖ y`) |
//!
//! # Answer, inside the sealed code
//!
//! | bytes | what |
//! |---|---|
//! | 1 | format version (1) |
//! | 8 | round id |
//! | 1 | kind, as in the invitation |
//! | 1 + n | number of statements, then one value 1–5 each, in the order of [`statement_ids`] |
//! | 1 | ladder rung 1–7, or 0 for none (always 0 about a team) |
//! | 2 + n | comment: its length in bytes, big-endian (0: none), then UTF-8 (at most [`MAX_COMMENT_CHARS`] characters) |
//!
//! # Sealed code, `LLA1-…`
//!
//! What the person answering copies or sends back, alone or after `#` in a
//! reply link. Framed as in [`super::text`]; the body:
//!
//! | bytes | what |
//! |---|---|
//! | 8 | round id, in the clear: tells "for another round" apart from "damaged" without trying keys, and picks the round a pasted code belongs to |
//! | 65 | the answering browser's one-off (ephemeral) public key |
//! | 12 | AES-GCM nonce |
//! | n + 16 | the answer, AES-GCM encrypted, with its 16-byte tag |
//!
//! Sealing (the browser's side, in `crate::seal`): ECDH between
//! the ephemeral private key and the asker's public key gives 32 bytes;
//! HKDF-SHA-256 with the round id as salt and [`HKDF_INFO`] as info turns
//! them into a 256-bit AES-GCM key; the additional authenticated data is
//! [`SealedCode::aad`] (prefix, version and round id), so a code's round
//! cannot be swapped without failing the tag.
//!
//! # Why base64url, not Crockford base32
//!
//! Nobody types these: an invitation is opened as a link or a QR code and an
//! answer is copied and pasted (a full answer is hundreds of characters).
//! base64url is the densest text that survives links, chat and email as it
//! is (`A–Z a–z 0–9 - _`, nothing a URL needs to escape), 6 bits a character
//! against base32's 5: a full about-me answer with a 280-character comment
//! is 560 characters rather than about 670, and with a comment of emoji 1,680
//! rather than about 2,020, which keeps a reply link under the ~2,000
//! characters that email clients, chat apps and `mailto:` bodies carry
//! safely. base32's strengths (reading aloud, case-blind retyping) do not
//! apply; its one real gain, QR's denser alphanumeric mode, is lost anyway
//! because the link's `#` and lower-case path force byte mode. An invitation
//! link is about 170 characters with a short name and a closing date (120
//! after the `#`; in byte mode a QR code of version 9 at medium error
//! correction, 53 modules a side), and never more than about 380 (a name of
//! 40 four-byte characters: version 15 at medium). A sealed code is never
//! put in a QR code.
//!
//! The checksum and exact length make a changed or cut-off code fail here,
//! in plain Rust, with its own message; the AES-GCM tag makes any change the
//! checksum might miss fail to open.

use std::fmt;

use super::text::{frame, unframe};
use crate::content::assessment::STATEMENTS;
use crate::content::rounds::TEAM;
use crate::content::Role;

/// The prefix of an invitation (before the version).
pub const INVITATION_PREFIX: &str = "LLI";
/// The prefix of an answer code (before the version).
pub const CODE_PREFIX: &str = "LLA";
/// The format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The info string of the HKDF step that turns the ECDH secret into the
/// AES-GCM key.
pub const HKDF_INFO: &[u8] = b"leader-leader answer v1";

/// The longest display name, in characters.
pub const MAX_NAME_CHARS: usize = 40;
/// The longest comment, in characters (a textarea's `maxlength` counts
/// UTF-16 units, at least one per character, so it never lets more through).
pub const MAX_COMMENT_CHARS: usize = 280;
/// Bytes in a raw uncompressed P-256 public key.
pub const PUBLIC_KEY_BYTES: usize = 65;
/// Bytes in an AES-GCM nonce.
pub const NONCE_BYTES: usize = 12;
/// Bytes in an AES-GCM tag.
pub const TAG_BYTES: usize = 16;
/// The rungs of the Ladder of Leadership.
pub const RUNGS: u8 = 7;

/// Why a link or code could not be read. Each has a message in the words of
/// the person holding it ([`CodeError::invitation_message`],
/// [`CodeError::code_message`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing like a link or code of this app.
    NotACode,
    /// The start of one, with the rest missing (an email client cut it,
    /// or only part was copied).
    CutOff,
    /// Made by a newer version of the app, in a format this one does not
    /// know.
    Newer { version: u32 },
    /// Changed somewhere: mistyped, or its structure is wrong.
    Damaged,
    /// A valid code, for a round that is not the one expected, or not in
    /// this browser.
    OtherRound,
}

impl CodeError {
    /// What to tell the person who opened an invitation link (in
    /// `content/<lang>/answer_page.toml`, read only by the answer page).
    pub fn invitation_message(self) -> &'static str {
        let t = crate::text::answer_page::unreadable();
        match self {
            CodeError::NotACode => t.not_a_code,
            CodeError::CutOff => t.cut_off,
            CodeError::Newer { .. } => t.newer,
            CodeError::Damaged | CodeError::OtherRound => t.damaged,
        }
    }

    /// What to tell the person asking, who added a code (in
    /// `content/<lang>/rounds_page.toml`).
    pub fn code_message(self) -> &'static str {
        let t = crate::text::rounds_page::code_problem();
        match self {
            CodeError::NotACode => t.not_a_code,
            CodeError::CutOff => t.cut_off,
            CodeError::Newer { .. } => t.newer,
            CodeError::Damaged => t.damaged,
            CodeError::OtherRound => t.other_round,
        }
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code_message())
    }
}

/// A round's identity: 8 random bytes, written as 16 lower-case hex digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RoundId(pub [u8; 8]);

impl RoundId {
    /// The id as saved: 16 lower-case hex digits.
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The id from its 16 hex digits.
    pub fn from_hex(s: &str) -> Option<RoundId> {
        if s.len() != 16
            || !s
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        {
            return None;
        }
        let mut id = [0; 8];
        for (i, byte) in id.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(RoundId(id))
    }
}

impl fmt::Display for RoundId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.hex())
    }
}

/// What a round asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RoundKind {
    /// Colleagues rate the asker, who is in this role.
    AboutMe(Role),
    /// Members rate how the team works.
    Team,
}

impl RoundKind {
    /// All three, in byte order.
    pub const ALL: [RoundKind; 3] = [
        RoundKind::AboutMe(Role::Leader),
        RoundKind::AboutMe(Role::Member),
        RoundKind::Team,
    ];

    /// The byte in invitations and answers.
    pub fn byte(self) -> u8 {
        match self {
            RoundKind::AboutMe(Role::Leader) => 1,
            RoundKind::AboutMe(Role::Member) => 2,
            RoundKind::Team => 3,
        }
    }

    pub fn from_byte(b: u8) -> Option<RoundKind> {
        RoundKind::ALL.into_iter().find(|k| k.byte() == b)
    }

    /// The id saved in a round: "about-me" or "team".
    pub fn id(self) -> &'static str {
        match self {
            RoundKind::AboutMe(_) => "about-me",
            RoundKind::Team => "team",
        }
    }

    /// Whether the answer has a ladder rung.
    pub fn asks_ladder(self) -> bool {
        matches!(self, RoundKind::AboutMe(_))
    }
}

/// The statement ids an answer's values follow, in order, for `kind`: the
/// self-assessment's for "about me", the team statements for "about our
/// team". Format version 1 fixes these lists: a later version that adds
/// statements gets a new version number, and this one's lists stay as they
/// are (the tests pin them).
pub fn statement_ids(kind: RoundKind) -> Vec<&'static str> {
    match kind {
        RoundKind::AboutMe(_) => STATEMENTS.iter().map(|s| s.id).collect(),
        RoundKind::Team => TEAM.iter().map(|s| s.id).collect(),
    }
}

/// Reads bytes front to back; running out is "cut off".
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], CodeError> {
        if self.bytes.len() < n {
            return Err(CodeError::CutOff);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, CodeError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, CodeError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], CodeError> {
        Ok(self.take(N)?.try_into().expect("took N bytes"))
    }

    fn end(&self) -> Result<(), CodeError> {
        if self.bytes.is_empty() {
            Ok(())
        } else {
            Err(CodeError::Damaged)
        }
    }
}

/// Text a person wrote (name, comment): valid UTF-8, at most `max`
/// characters, no control characters other than line breaks and tabs.
fn read_text(bytes: &[u8], max: usize, line_breaks: bool) -> Result<String, CodeError> {
    let text = std::str::from_utf8(bytes).map_err(|_| CodeError::Damaged)?;
    if text.chars().count() > max || !text_ok(text, line_breaks) {
        return Err(CodeError::Damaged);
    }
    Ok(text.to_string())
}

fn text_ok(text: &str, line_breaks: bool) -> bool {
    text.chars()
        .all(|c| !c.is_control() || (line_breaks && matches!(c, '\n' | '\t')))
}

/// A problem with what the asker typed when starting a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvitationProblem {
    /// The name is longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// The name holds line breaks or other control characters.
    NameNotPlain,
    /// The public key is not 65 bytes starting with 4.
    BadKey,
}

/// What the invitation link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub round: RoundId,
    pub kind: RoundKind,
    /// The first name or team name shown to the people answering.
    pub name: Option<String>,
    /// The closing date, in days since 1970-01-01.
    pub closes_on_day: Option<u16>,
    /// The asker's public key, raw uncompressed P-256.
    pub public_key: [u8; PUBLIC_KEY_BYTES],
}

impl Invitation {
    /// Checks what the asker typed: the name trimmed (blank is none),
    /// plain text of at most [`MAX_NAME_CHARS`] characters.
    pub fn new(
        round: RoundId,
        kind: RoundKind,
        name: Option<&str>,
        closes_on_day: Option<u16>,
        public_key: &[u8],
    ) -> Result<Invitation, InvitationProblem> {
        let name = name.map(str::trim).filter(|n| !n.is_empty());
        if let Some(n) = name {
            if n.chars().count() > MAX_NAME_CHARS {
                return Err(InvitationProblem::NameTooLong);
            }
            if !text_ok(n, false) {
                return Err(InvitationProblem::NameNotPlain);
            }
        }
        let public_key: [u8; PUBLIC_KEY_BYTES] = public_key
            .try_into()
            .map_err(|_| InvitationProblem::BadKey)?;
        if public_key[0] != 4 {
            return Err(InvitationProblem::BadKey);
        }
        Ok(Invitation {
            round,
            kind,
            name: name.map(String::from),
            closes_on_day: closes_on_day.filter(|&d| d > 0),
            public_key,
        })
    }

    /// The text after `#` in the invitation link.
    pub fn encode(&self) -> String {
        let name = self.name.as_deref().unwrap_or("").as_bytes();
        let mut body = Vec::with_capacity(77 + name.len());
        body.extend_from_slice(&self.round.0);
        body.push(self.kind.byte());
        body.push(u8::try_from(name.len()).expect("a checked name fits in 255 bytes"));
        body.extend_from_slice(name);
        body.extend_from_slice(&self.closes_on_day.unwrap_or(0).to_be_bytes());
        body.extend_from_slice(&self.public_key);
        frame(INVITATION_PREFIX, FORMAT_VERSION, &body)
    }

    /// Reads the text after `#` (or a whole link: everything up to the
    /// first `#` is ignored).
    pub fn decode(text: &str) -> Result<Invitation, CodeError> {
        let text = text.split_once('#').map_or(text, |(_, after)| after);
        let body = unframe(text, INVITATION_PREFIX)?;
        // The frame says the length, so anything short inside is damage.
        let damaged = |_| CodeError::Damaged;
        let mut r = Reader { bytes: &body };
        let round = RoundId(r.array().map_err(damaged)?);
        let kind = RoundKind::from_byte(r.byte().map_err(damaged)?).ok_or(CodeError::Damaged)?;
        let name_len = usize::from(r.byte().map_err(damaged)?);
        let name = read_text(r.take(name_len).map_err(damaged)?, MAX_NAME_CHARS, false)?;
        if name.trim() != name {
            return Err(CodeError::Damaged);
        }
        let day = r.u16().map_err(damaged)?;
        let public_key: [u8; PUBLIC_KEY_BYTES] = r.array().map_err(damaged)?;
        r.end()?;
        if public_key[0] != 4 {
            return Err(CodeError::Damaged);
        }
        Ok(Invitation {
            round,
            kind,
            name: (!name.is_empty()).then_some(name),
            closes_on_day: (day > 0).then_some(day),
            public_key,
        })
    }
}

/// One person's answer to a round, before sealing and after opening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub round: RoundId,
    pub kind: RoundKind,
    /// One value from 1 to 5 per statement, in the order of
    /// [`statement_ids`].
    pub values: Vec<u8>,
    /// The rung of the Ladder of Leadership (1 to 7), about me only.
    pub rung: Option<u8>,
    /// At most [`MAX_COMMENT_CHARS`] characters; `None` when blank.
    pub comment: Option<String>,
}

/// A problem with an answer being made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    /// Not one value per statement.
    WrongCount,
    /// A value outside 1 to 5.
    BadValue,
    /// A rung outside 1 to 7, or a rung about a team.
    BadRung,
    /// More than [`MAX_COMMENT_CHARS`] characters.
    CommentTooLong,
}

impl Answer {
    /// Checks the answer: a value 1–5 per statement, a rung 1–7 only about
    /// a person, a comment (trimmed; blank is none) of at most
    /// [`MAX_COMMENT_CHARS`] characters. Control characters other than line
    /// breaks and tabs are dropped from the comment (`\r\n` becomes `\n`).
    pub fn new(
        round: RoundId,
        kind: RoundKind,
        values: Vec<u8>,
        rung: Option<u8>,
        comment: Option<&str>,
    ) -> Result<Answer, AnswerProblem> {
        if values.len() != statement_ids(kind).len() {
            return Err(AnswerProblem::WrongCount);
        }
        if values.iter().any(|v| !(1..=5).contains(v)) {
            return Err(AnswerProblem::BadValue);
        }
        if rung.is_some_and(|r| !kind.asks_ladder() || !(1..=RUNGS).contains(&r)) {
            return Err(AnswerProblem::BadRung);
        }
        let comment = comment
            .map(|c| {
                c.chars()
                    .filter(|&ch| !ch.is_control() || matches!(ch, '\n' | '\t'))
                    .collect::<String>()
                    .trim()
                    .to_string()
            })
            .filter(|c| !c.is_empty());
        if comment
            .as_ref()
            .is_some_and(|c| c.chars().count() > MAX_COMMENT_CHARS)
        {
            return Err(AnswerProblem::CommentTooLong);
        }
        Ok(Answer {
            round,
            kind,
            values,
            rung,
            comment,
        })
    }

    /// The bytes to seal.
    pub fn encode(&self) -> Vec<u8> {
        let comment = self.comment.as_deref().unwrap_or("").as_bytes();
        let mut out = Vec::with_capacity(14 + self.values.len() + comment.len());
        out.push(FORMAT_VERSION as u8);
        out.extend_from_slice(&self.round.0);
        out.push(self.kind.byte());
        out.push(u8::try_from(self.values.len()).expect("at most 255 statements"));
        out.extend_from_slice(&self.values);
        out.push(self.rung.unwrap_or(0));
        out.extend_from_slice(
            &u16::try_from(comment.len())
                .expect("a checked comment fits in 65,535 bytes")
                .to_be_bytes(),
        );
        out.extend_from_slice(comment);
        out
    }

    /// Reads opened bytes; `Err(OtherRound)` when they answer a round other
    /// than `round`.
    pub fn decode(bytes: &[u8], round: RoundId) -> Result<Answer, CodeError> {
        let mut r = Reader { bytes };
        match r.byte()? {
            0 => return Err(CodeError::Damaged),
            1 => {}
            v => return Err(CodeError::Newer { version: v.into() }),
        }
        let answered = RoundId(r.array()?);
        let kind = RoundKind::from_byte(r.byte()?).ok_or(CodeError::Damaged)?;
        let count = usize::from(r.byte()?);
        if count != statement_ids(kind).len() {
            return Err(CodeError::Damaged);
        }
        let values = r.take(count)?.to_vec();
        if values.iter().any(|v| !(1..=5).contains(v)) {
            return Err(CodeError::Damaged);
        }
        let rung = match r.byte()? {
            0 => None,
            n if n <= RUNGS && kind.asks_ladder() => Some(n),
            _ => return Err(CodeError::Damaged),
        };
        let len = usize::from(r.u16()?);
        let comment = read_text(r.take(len)?, MAX_COMMENT_CHARS, true)?;
        r.end()?;
        if answered != round {
            return Err(CodeError::OtherRound);
        }
        Ok(Answer {
            round: answered,
            kind,
            values,
            rung,
            comment: (!comment.is_empty()).then_some(comment),
        })
    }

    /// The values by statement id.
    pub fn by_id(&self) -> impl Iterator<Item = (&'static str, u8)> + '_ {
        statement_ids(self.kind)
            .into_iter()
            .zip(self.values.iter().copied())
    }
}

/// A sealed answer, as read from its text: everything the browser needs to
/// open it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedCode {
    pub round: RoundId,
    /// The answering browser's one-off public key.
    pub ephemeral_key: [u8; PUBLIC_KEY_BYTES],
    pub nonce: [u8; NONCE_BYTES],
    /// The encrypted answer followed by its tag.
    pub ciphertext: Vec<u8>,
}

/// The fewest bytes a sealed answer can have: an answer with no comment and
/// the fewest statements of any kind, and the tag.
fn min_ciphertext() -> usize {
    let fewest = statement_ids(RoundKind::Team)
        .len()
        .min(statement_ids(RoundKind::AboutMe(Role::Leader)).len());
    1 + 8 + 1 + 1 + fewest + 1 + 2 + TAG_BYTES
}

impl SealedCode {
    /// The code as text: `LLA1-` and base64url.
    pub fn encode(&self) -> String {
        let mut body = Vec::with_capacity(85 + self.ciphertext.len());
        body.extend_from_slice(&self.round.0);
        body.extend_from_slice(&self.ephemeral_key);
        body.extend_from_slice(&self.nonce);
        body.extend_from_slice(&self.ciphertext);
        frame(CODE_PREFIX, FORMAT_VERSION, &body)
    }

    /// Reads a code (alone, or a reply link: everything up to the first
    /// `#` is ignored). Use [`super::find::find_codes`] for pasted text that
    /// may hold words around the code.
    pub fn decode(text: &str) -> Result<SealedCode, CodeError> {
        let text = text.split_once('#').map_or(text, |(_, after)| after);
        let body = unframe(text, CODE_PREFIX)?;
        let damaged = |_| CodeError::Damaged;
        let mut r = Reader { bytes: &body };
        let round = RoundId(r.array().map_err(damaged)?);
        let ephemeral_key: [u8; PUBLIC_KEY_BYTES] = r.array().map_err(damaged)?;
        let nonce = r.array().map_err(damaged)?;
        let ciphertext = r.bytes.to_vec();
        if ephemeral_key[0] != 4 || ciphertext.len() < min_ciphertext() {
            return Err(CodeError::Damaged);
        }
        Ok(SealedCode {
            round,
            ephemeral_key,
            nonce,
            ciphertext,
        })
    }

    /// The additional authenticated data for AES-GCM: the prefix with its
    /// version, and the round id.
    pub fn aad(&self) -> Vec<u8> {
        let mut aad = format!("{CODE_PREFIX}{FORMAT_VERSION}-").into_bytes();
        aad.extend_from_slice(&self.round.0);
        aad
    }

    /// What identifies this answer among others: the first 12 bytes of the
    /// ephemeral key's x coordinate, as 16 base64url characters. A new key
    /// is made for every answer, so two different answers never share it
    /// (a chance of 1 in 2^96), while the same code added twice, or the
    /// same reply link opened twice, always does. (A hash of the answer
    /// itself would wrongly flag two people who gave the same answers.)
    pub fn answer_id(&self) -> String {
        super::text::base64url(&self.ephemeral_key[1..13])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn key(seed: u8) -> [u8; PUBLIC_KEY_BYTES] {
        let mut k = [0u8; PUBLIC_KEY_BYTES];
        k[0] = 4;
        for (i, b) in k.iter_mut().enumerate().skip(1) {
            *b = seed.wrapping_mul(31).wrapping_add(i as u8);
        }
        k
    }

    const ROUND: RoundId = RoundId([1, 2, 3, 4, 5, 6, 7, 8]);

    #[test]
    fn format_1_statement_order_is_fixed() {
        // Answers written today must read the same forever: never reorder.
        assert_eq!(
            statement_ids(RoundKind::AboutMe(Role::Leader))[..3],
            [
                "control-info-decides",
                "control-intent",
                "control-approvals"
            ]
        );
        assert_eq!(statement_ids(RoundKind::AboutMe(Role::Member)).len(), 15);
        let team = statement_ids(RoundKind::Team);
        assert_eq!(team.len(), 15);
        assert_eq!(team[0], "team-control-info-decides");
        assert_eq!(team[14], "team-clarity-guessing");
    }

    #[test]
    fn round_ids_read_and_write_as_hex() {
        assert_eq!(ROUND.hex(), "0102030405060708");
        assert_eq!(RoundId::from_hex("0102030405060708"), Some(ROUND));
        assert_eq!(RoundId::from_hex("0102030405060708ff"), None);
        assert_eq!(RoundId::from_hex("01020304050607GG"), None);
        assert_eq!(RoundId::from_hex("0102030405060A08"), None);
        assert_eq!(RoundId::from_hex("+102030405060708"), None);
    }

    #[test]
    fn an_invitation_round_trips_and_checks_what_was_typed() {
        for kind in RoundKind::ALL {
            for name in [None, Some("Sam"), Some("Équipe Nord 🚢")] {
                for day in [None, Some(20_800)] {
                    let inv = Invitation::new(ROUND, kind, name, day, &key(3)).unwrap();
                    let text = inv.encode();
                    assert!(text.starts_with("LLI1-"));
                    assert_eq!(Invitation::decode(&text), Ok(inv.clone()));
                    let link = format!("https://example.org/leader-leader/answer#{text}");
                    assert_eq!(Invitation::decode(&link), Ok(inv));
                }
            }
        }
        let new = |name: &str| Invitation::new(ROUND, RoundKind::Team, Some(name), None, &key(1));
        assert_eq!(new("  Sam  ").unwrap().name.as_deref(), Some("Sam"));
        assert_eq!(new("   ").unwrap().name, None);
        assert_eq!(
            new(&"é".repeat(40)).unwrap().name.unwrap().chars().count(),
            40
        );
        assert_eq!(new(&"é".repeat(41)), Err(InvitationProblem::NameTooLong));
        assert_eq!(new("Sam\nBo"), Err(InvitationProblem::NameNotPlain));
        let bad_key = |k: &[u8]| Invitation::new(ROUND, RoundKind::Team, None, None, k);
        assert_eq!(bad_key(&key(1)[..64]), Err(InvitationProblem::BadKey));
        let mut compressed = key(1);
        compressed[0] = 2;
        assert_eq!(bad_key(&compressed), Err(InvitationProblem::BadKey));
        // Day 0 means none.
        let inv = Invitation::new(ROUND, RoundKind::Team, None, Some(0), &key(1)).unwrap();
        assert_eq!(inv.closes_on_day, None);
    }

    #[test]
    fn an_invitation_link_stays_short() {
        let inv = Invitation::new(
            ROUND,
            RoundKind::AboutMe(Role::Leader),
            Some("Sam"),
            Some(20_800),
            &key(9),
        )
        .unwrap();
        let link = format!(
            "https://someone.github.io/leader-leader/answer#{}",
            inv.encode()
        );
        assert_eq!(inv.encode().len(), 5 + 115);
        assert!(link.len() < 170, "{}", link.len());
        // The longest name possible, every character 4 bytes.
        let long = Invitation::new(
            ROUND,
            RoundKind::Team,
            Some(&"🚢".repeat(40)),
            Some(1),
            &key(9),
        )
        .unwrap();
        assert!(long.encode().len() < 330, "{}", long.encode().len());
    }

    fn full_answer(comment: Option<&str>) -> Answer {
        let values = (0..15).map(|i| (i % 5 + 1) as u8).collect();
        Answer::new(
            ROUND,
            RoundKind::AboutMe(Role::Leader),
            values,
            Some(5),
            comment,
        )
        .unwrap()
    }

    #[test]
    fn an_answer_round_trips_and_checks_what_was_given() {
        let a = full_answer(Some("  Keeps asking \"what do you think?\"\r\n Thanks.  "));
        assert_eq!(
            a.comment.as_deref(),
            Some("Keeps asking \"what do you think?\"\n Thanks.")
        );
        assert_eq!(Answer::decode(&a.encode(), ROUND), Ok(a.clone()));
        assert_eq!(
            Answer::decode(&a.encode(), RoundId([9; 8])),
            Err(CodeError::OtherRound)
        );
        let pairs: Vec<_> = a.by_id().collect();
        assert_eq!(pairs[0], ("control-info-decides", 1));
        assert_eq!(pairs[14], ("clarity-guessing", 5));

        let team = Answer::new(ROUND, RoundKind::Team, vec![3; 15], None, Some("   ")).unwrap();
        assert_eq!(team.comment, None);
        assert_eq!(Answer::decode(&team.encode(), ROUND), Ok(team));

        let kind = RoundKind::AboutMe(Role::Member);
        let new = |values: Vec<u8>, rung, comment: &str| {
            Answer::new(ROUND, kind, values, rung, Some(comment))
        };
        assert_eq!(new(vec![3; 14], None, ""), Err(AnswerProblem::WrongCount));
        assert_eq!(new(vec![0; 15], None, ""), Err(AnswerProblem::BadValue));
        assert_eq!(new(vec![6; 15], None, ""), Err(AnswerProblem::BadValue));
        assert_eq!(new(vec![3; 15], Some(8), ""), Err(AnswerProblem::BadRung));
        assert_eq!(new(vec![3; 15], Some(0), ""), Err(AnswerProblem::BadRung));
        assert!(new(vec![3; 15], None, &"ü".repeat(280)).is_ok());
        assert_eq!(
            new(vec![3; 15], None, &"ü".repeat(281)),
            Err(AnswerProblem::CommentTooLong)
        );
        assert_eq!(
            Answer::new(ROUND, RoundKind::Team, vec![3; 15], Some(4), None),
            Err(AnswerProblem::BadRung)
        );
    }

    #[test]
    fn opened_bytes_that_break_the_rules_are_refused() {
        let good = full_answer(Some("ok")).encode();
        let with = |i: usize, v: u8| {
            let mut b = good.clone();
            b[i] = v;
            Answer::decode(&b, ROUND)
        };
        assert_eq!(with(0, 0), Err(CodeError::Damaged));
        assert_eq!(with(0, 2), Err(CodeError::Newer { version: 2 }));
        assert_eq!(with(9, 9), Err(CodeError::Damaged), "unknown kind");
        assert_eq!(with(9, 3), Err(CodeError::Damaged), "a rung about a team");
        assert_eq!(with(10, 14), Err(CodeError::Damaged), "statement count");
        assert_eq!(with(11, 6), Err(CodeError::Damaged), "value");
        assert_eq!(with(26, 8), Err(CodeError::Damaged), "rung");
        assert_eq!(with(29, 0xff), Err(CodeError::Damaged), "not UTF-8");
        assert_eq!(with(29, 0x07), Err(CodeError::Damaged), "control character");
        let mut longer = good.clone();
        longer.push(0);
        assert_eq!(Answer::decode(&longer, ROUND), Err(CodeError::Damaged));
        for cut in 0..good.len() {
            assert_eq!(
                Answer::decode(&good[..cut], ROUND),
                Err(CodeError::CutOff),
                "{cut}"
            );
        }
    }

    pub(crate) fn sealed(round: RoundId, seed: u8, plain_len: usize) -> SealedCode {
        SealedCode {
            round,
            ephemeral_key: key(seed),
            nonce: [seed; NONCE_BYTES],
            ciphertext: (0..plain_len + TAG_BYTES)
                .map(|i| (i as u8) ^ seed)
                .collect(),
        }
    }

    #[test]
    fn a_sealed_code_round_trips_and_has_the_expected_length() {
        // A full about-me answer with a 280-character comment.
        let plain = full_answer(Some(&"x".repeat(280))).encode();
        assert_eq!(plain.len(), 309);
        let code = sealed(ROUND, 7, plain.len());
        let text = code.encode();
        assert!(text.starts_with("LLA1-"));
        assert_eq!(text.len(), 560);
        assert_eq!(SealedCode::decode(&text), Ok(code.clone()));
        assert_eq!(
            SealedCode::decode(&format!("https://x.org/leader-leader/rounds#{text}")),
            Ok(code.clone())
        );
        // The longest possible: 280 four-byte characters.
        let plain = full_answer(Some(&"🚢".repeat(280))).encode();
        let longest = sealed(ROUND, 7, plain.len()).encode();
        assert_eq!(longest.len(), 1_680);
        assert!(longest.len() + 60 < 2_000, "a reply link stays under 2,000");

        assert_eq!(code.answer_id().len(), 16);
        assert_eq!(code.answer_id(), sealed(ROUND, 7, 10).answer_id());
        assert_ne!(code.answer_id(), sealed(ROUND, 8, plain.len()).answer_id());
        assert!(code.aad().starts_with(b"LLA1-"));
        assert_eq!(code.aad().len(), 5 + 8);

        // Too little inside, or a key that is not uncompressed P-256.
        let short = sealed(ROUND, 7, 5).encode();
        assert_eq!(SealedCode::decode(&short), Err(CodeError::Damaged));
        let mut bad_key = code.clone();
        bad_key.ephemeral_key[0] = 3;
        assert_eq!(
            SealedCode::decode(&bad_key.encode()),
            Err(CodeError::Damaged)
        );
        // An invitation is not an answer code, nor the other way round.
        let inv = Invitation::new(ROUND, RoundKind::Team, None, None, &key(1)).unwrap();
        assert_eq!(SealedCode::decode(&inv.encode()), Err(CodeError::NotACode));
        assert_eq!(Invitation::decode(&text), Err(CodeError::NotACode));
    }

    #[test]
    fn every_error_has_two_plain_messages() {
        let all = [
            CodeError::NotACode,
            CodeError::CutOff,
            CodeError::Newer { version: 2 },
            CodeError::Damaged,
            CodeError::OtherRound,
        ];
        let codes: std::collections::HashSet<_> = all.iter().map(|e| e.code_message()).collect();
        assert_eq!(
            codes.len(),
            all.len(),
            "each code error says something different"
        );
        for e in all {
            for m in [e.code_message(), e.invitation_message()] {
                assert!(m.ends_with('.') && m.len() < 260, "{m}");
                let lower = m.to_ascii_lowercase();
                assert!(
                    ["ask", "reload", "check"].iter().any(|w| lower.contains(w)),
                    "{m} says what to do"
                );
            }
            assert_eq!(e.to_string(), e.code_message());
        }
    }

    // Natively only: a wasm build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn code_errors_speak_the_language() {
        use crate::text::{set_lang, Lang};
        let english: Vec<_> = [CodeError::NotACode, CodeError::OtherRound]
            .iter()
            .flat_map(|e| [e.code_message(), e.invitation_message()])
            .collect();
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            set_lang(lang);
            for e in [CodeError::NotACode, CodeError::OtherRound] {
                for m in [e.code_message(), e.invitation_message()] {
                    assert!(!english.contains(&m), "{lang:?}: {m}");
                }
            }
        }
        set_lang(Lang::De);
        assert!(CodeError::CutOff
            .to_string()
            .starts_with("Dieser Code ist unvollständig"));
        set_lang(Lang::En);
    }
}
