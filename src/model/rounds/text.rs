//! The text framing shared by invitations and answer codes: a readable
//! prefix with the format version, then base64url (RFC 4648 §5, no padding)
//! of `length (2 bytes) ‖ body ‖ CRC-32 (4 bytes)`.
//!
//! ```text
//! LLA1-AbC…        LLA = what it is, 1 = format version, - = end of prefix
//! ```
//!
//! - The **version sits in the prefix**, outside the bytes, so a later
//!   version whose bytes are laid out differently is still recognised as
//!   "from a newer version" rather than "damaged".
//! - The **length** (big-endian, of everything after the prefix, itself and
//!   the checksum included) tells a code that was cut off (fewer bytes than
//!   it says) from one that was changed, and tells the finder in pasted text
//!   how long a code is, so it can join a code an email client wrapped over
//!   several lines.
//! - The **CRC-32** (IEEE, the one zip and PNG use) catches every change of
//!   one character (a character touches at most 6 bits, and CRC-32 catches
//!   every burst of up to 32), so a mistyped code is refused before any
//!   decryption, natively testable. It is not a security measure: the
//!   answer's AES-GCM tag is.
//!
//! Decoding is lenient only where leniency cannot change the meaning: the
//! text is trimmed, and the bits after the last whole byte are read. They
//! must be zero in a complete code (otherwise two texts would give one
//! code), but a code cut off mid-way is still "cut off", not "damaged".

use super::codes::CodeError;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Whether `c` can appear in the base64url part of a code.
pub fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// base64url of `bytes`, without padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let six = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(ALPHABET[six as usize]));
        }
    }
    out
}

/// How many base64url characters `bytes` bytes take, without padding.
pub fn base64url_len(bytes: usize) -> usize {
    (bytes * 8).div_ceil(6)
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Bytes read from base64url text.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    /// Every whole byte the text holds.
    pub bytes: Vec<u8>,
    /// False when the bits after the last whole byte are not all zero, or a
    /// lone character (which holds no whole byte) ends the text: then the
    /// text is not exactly what encoding `bytes` gives.
    pub exact: bool,
}

/// Reads base64url without padding; `None` if a character is outside the
/// alphabet.
pub fn from_base64url(text: &str) -> Option<Decoded> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &c in text.as_bytes() {
        acc = (acc << 6 | sextet(c)?) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
        }
    }
    let leftover = acc & ((1 << bits) - 1);
    let exact = leftover == 0 && bits < 6;
    Some(Decoded { bytes, exact })
}

/// CRC-32 (IEEE 802.3, reflected, as in zip and PNG).
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// The fixed bytes around a body: 2 of length, 4 of checksum.
pub const FRAME_BYTES: usize = 6;

/// `prefix` + `version` + `-` + base64url(length ‖ body ‖ CRC-32).
///
/// # Panics
/// If the framed body would be longer than 65,535 bytes (no format here
/// comes near it).
pub fn frame(prefix: &str, version: u32, body: &[u8]) -> String {
    let total = body.len() + FRAME_BYTES;
    let len = u16::try_from(total).expect("a framed body fits in 65,535 bytes");
    let mut bytes = Vec::with_capacity(total);
    bytes.extend_from_slice(&len.to_be_bytes());
    bytes.extend_from_slice(body);
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    format!("{prefix}{version}-{}", base64url(&bytes))
}

/// Where the prefix ends: `prefix`, digits, `-`. `Ok((version, index of the
/// first base64url character))`.
pub fn read_prefix(text: &str, prefix: &str) -> Result<(u32, usize), CodeError> {
    if text.is_empty() {
        return Err(CodeError::NotACode);
    }
    if !text.starts_with(prefix) {
        // A text that stops inside the prefix was cut off.
        return Err(if prefix.starts_with(text) && text.len() > 1 {
            CodeError::CutOff
        } else {
            CodeError::NotACode
        });
    }
    let rest = &text[prefix.len()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(if rest.is_empty() {
            CodeError::CutOff
        } else {
            CodeError::NotACode
        });
    }
    // One way to write each version: no leading zeros, no huge numbers.
    if digits > 6 || (digits > 1 && rest.starts_with('0')) {
        return Err(CodeError::Damaged);
    }
    let version: u32 = rest[..digits].parse().map_err(|_| CodeError::Damaged)?;
    match rest.as_bytes().get(digits) {
        None if version <= 1 => Err(CodeError::CutOff),
        _ if version == 0 => Err(CodeError::Damaged),
        _ if version > 1 => Err(CodeError::Newer { version }),
        Some(b'-') => Ok((version, prefix.len() + digits + 1)),
        _ => Err(CodeError::Damaged),
    }
}

/// How many base64url characters the framed bytes take, from the length at
/// their start, once the first three characters are there.
pub fn expected_chars(b64: &str) -> Option<usize> {
    let head = from_base64url(b64.get(..3)?)?;
    let len = u16::from_be_bytes([head.bytes[0], head.bytes[1]]);
    Some(base64url_len(usize::from(len)))
}

/// The body of a framed text, after `prefix` (version 1 only; others are
/// reported as newer). Checks, in order: the prefix, the characters, that
/// nothing is missing (cut off), that nothing is extra, the checksum.
pub fn unframe(text: &str, prefix: &str) -> Result<Vec<u8>, CodeError> {
    let text = text.trim();
    let (_, start) = read_prefix(text, prefix)?;
    let b64 = &text[start..];
    let decoded = from_base64url(b64).ok_or(CodeError::Damaged)?;
    let bytes = decoded.bytes;
    if bytes.len() < 2 {
        return Err(CodeError::CutOff);
    }
    let len = usize::from(u16::from_be_bytes([bytes[0], bytes[1]]));
    if len < FRAME_BYTES {
        return Err(CodeError::Damaged);
    }
    if bytes.len() < len {
        return Err(CodeError::CutOff);
    }
    if b64.len() != base64url_len(len) || !decoded.exact {
        return Err(CodeError::Damaged);
    }
    let (framed, crc) = bytes.split_at(len - 4);
    if crc32(framed).to_be_bytes() != crc {
        return Err(CodeError::Damaged);
    }
    Ok(framed[2..].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors_without_padding() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (bytes, text) in cases {
            assert_eq!(base64url(bytes), text);
            assert_eq!(base64url_len(bytes.len()), text.len());
            let d = from_base64url(text).unwrap();
            assert_eq!(d.bytes, bytes);
            assert!(d.exact);
        }
        // The URL-safe characters, not + and /.
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(from_base64url("-_8").unwrap().bytes, [0xfb, 0xff]);
        assert_eq!(from_base64url("+/8"), None);
        assert_eq!(from_base64url("Zg=="), None);
        // Bits past the last byte must be zero for the text to be exact.
        assert!(!from_base64url("Zh").unwrap().exact);
        assert!(!from_base64url("Zm9vY").unwrap().exact);
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn a_frame_reads_back_and_says_how_long_it_is() {
        let text = frame("LLX", 1, b"hello");
        assert!(text.starts_with("LLX1-"));
        assert_eq!(unframe(&text, "LLX"), Ok(b"hello".to_vec()));
        assert_eq!(
            unframe(&format!("  {text}\n"), "LLX"),
            Ok(b"hello".to_vec())
        );
        assert_eq!(expected_chars(&text[5..]), Some(text.len() - 5));
        assert_eq!(unframe(&text, "LLY"), Err(CodeError::NotACode));
        assert_eq!(
            unframe("LLX2-AAAA", "LLX"),
            Err(CodeError::Newer { version: 2 })
        );
        assert_eq!(
            unframe("LLX12", "LLX"),
            Err(CodeError::Newer { version: 12 })
        );
        assert_eq!(unframe("LLX0-AAAA", "LLX"), Err(CodeError::Damaged));
        let padded = text.replacen("LLX1-", "LLX01-", 1);
        assert_eq!(unframe(&padded, "LLX"), Err(CodeError::Damaged));
        assert_eq!(unframe("LLX1", "LLX"), Err(CodeError::CutOff));
        assert_eq!(unframe("LL", "LLX"), Err(CodeError::CutOff));
        assert_eq!(unframe("LLXylophone", "LLX"), Err(CodeError::NotACode));
        assert_eq!(unframe("", "LLX"), Err(CodeError::NotACode));
        assert_eq!(unframe(&format!("{text}A"), "LLX"), Err(CodeError::Damaged));
        assert_eq!(
            unframe(&text.replace('-', "+"), "LLX"),
            Err(CodeError::Damaged)
        );
    }
}
