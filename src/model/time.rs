//! Dates and times, written and read without a date crate.
//!
//! Times are milliseconds since 1970-01-01 00:00:00 UTC (JavaScript's
//! `Date.now()`), and are saved that way. What the visitor reads is in their
//! local time: the `local_*` functions take the local clock's offset from UTC
//! at that moment, in minutes east (+780 in Auckland's summer, -480 in
//! California's winter). The offset changes with daylight saving time, so
//! the view layer asks the browser for it moment by moment
//! (`components::clock`); this module stays pure. Conversion uses Howard
//! Hinnant's days-from-civil and civil-from-days algorithms, which are exact
//! for the proleptic Gregorian calendar.

use std::collections::HashMap;

const MS_PER_SECOND: u64 = 1_000;
const MS_PER_DAY: u64 = 86_400_000;

/// The latest time the app accepts in saved data: 9999-12-31T23:59:59.999Z.
/// Four-digit years keep every date this module writes readable by
/// [`parse_iso_datetime`].
pub const MAX_TIME_MS: u64 = 253_402_300_799_999;

/// A calendar date and time of day, in UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Civil {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
}

/// Year, month (1-12) and day (1-31) of the day `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March first
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days from 1970-01-01 to the given date (negative before it).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400); // [0, 399]
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 }; // [0, 11]
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn civil(ms: u64) -> Civil {
    // u64 milliseconds give at most about 2.1e11 days: well inside i64.
    civil_of((ms / MS_PER_DAY) as i64, ms % MS_PER_DAY)
}

/// The calendar date and time `offset_min` minutes east of UTC at `ms`.
fn local_civil(ms: u64, offset_min: i32) -> Civil {
    // In i128, so that no time and offset overflow; the day count is -1
    // at the least (1970-01-01 00:00 UTC, west of Greenwich) and about
    // 2.1e11 at the most, well inside i64.
    let ms = i128::from(ms) + i128::from(offset_min) * 60_000;
    let day = i128::from(MS_PER_DAY);
    civil_of(ms.div_euclid(day) as i64, ms.rem_euclid(day) as u64)
}

/// The date and time `ms_of_day` milliseconds into the day `days` after
/// 1970-01-01.
fn civil_of(days: i64, ms_of_day: u64) -> Civil {
    let secs_of_day = (ms_of_day / MS_PER_SECOND) as u32;
    let (year, month, day) = civil_from_days(days);
    Civil {
        year,
        month,
        day,
        hour: secs_of_day / 3_600,
        minute: secs_of_day / 60 % 60,
        second: secs_of_day % 60,
    }
}

/// The UTC date of `ms` milliseconds since 1970, e.g. `2026-11-21`.
pub fn iso_date(ms: u64) -> String {
    let c = civil(ms);
    format!("{:04}-{:02}-{:02}", c.year, c.month, c.day)
}

/// The UTC date and time of `ms`, to the second, e.g. `2026-11-21T14:03:09Z`
/// (ISO 8601; milliseconds are dropped).
pub fn iso_datetime(ms: u64) -> String {
    let c = civil(ms);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

/// The UTC date and time of `ms` as people read it, to the minute, e.g.
/// `2026-11-21 14:03 UTC` (in German `21.11.2026, 14:03 UTC`).
pub fn human_datetime(ms: u64) -> String {
    format!("{} UTC", written_datetime(civil(ms), None))
}

/// The date a visitor reads, in their language's way (`formats.toml`):
/// `2026-11-22`, `22.11.2026`, `22/11/2026`.
fn written_date(year: i64, month: u32, day: u32) -> String {
    crate::text::fill(
        crate::text::formats::date(),
        &[
            ("year", &format!("{year:04}")),
            ("month", &format!("{month:02}")),
            ("day", &format!("{day:02}")),
        ],
    )
}

/// The date and time a visitor reads, to the minute or, given `second`, to
/// the second.
fn written_datetime(c: Civil, second: Option<u32>) -> String {
    let minute = match second {
        Some(s) => format!("{:02}:{s:02}", c.minute),
        None => format!("{:02}", c.minute),
    };
    let time = crate::text::fill(
        crate::text::formats::time(),
        &[("hour", &format!("{:02}", c.hour)), ("minute", &minute)],
    );
    crate::text::fill(
        crate::text::formats::date_time(),
        &[
            ("date", &written_date(c.year, c.month, c.day)),
            ("time", &time),
        ],
    )
}

/// The date of day `day` (days since 1970-01-01) as a visitor reads it.
pub fn day_date(day: i64) -> String {
    let (year, month, day) = civil_from_days(day);
    written_date(year, month, day)
}

/// The local date of `ms`, `offset_min` minutes east of UTC, as a visitor
/// reads it, e.g. `2026-11-22` (in German `22.11.2026`).
pub fn local_date(ms: u64, offset_min: i32) -> String {
    let c = local_civil(ms, offset_min);
    written_date(c.year, c.month, c.day)
}

/// The local date of `ms` for machines (a date field's value, a day
/// number): always `2026-11-22`.
pub fn local_iso_date(ms: u64, offset_min: i32) -> String {
    let c = local_civil(ms, offset_min);
    format!("{:04}-{:02}-{:02}", c.year, c.month, c.day)
}

/// The local date and time of `ms` to the minute, e.g. `2026-11-22 03:03`.
pub fn local_datetime(ms: u64, offset_min: i32) -> String {
    written_datetime(local_civil(ms, offset_min), None)
}

/// [`local_datetime`] to the second, e.g. `2026-11-22 03:03:09`.
fn local_datetime_seconds(ms: u64, offset_min: i32) -> String {
    let c = local_civil(ms, offset_min);
    written_datetime(c, Some(c.second))
}

/// [`local_datetime`] followed by its offset from UTC, for text that leaves
/// the browser: `2026-11-22 03:03 UTC+13` (with offset 0, the same as
/// [`human_datetime`]).
pub fn local_datetime_zoned(ms: u64, offset_min: i32) -> String {
    format!(
        "{} {}",
        local_datetime(ms, offset_min),
        utc_offset(offset_min)
    )
}

/// An offset in words: `UTC`, `UTC+13`, `UTC-3:30`.
pub fn utc_offset(offset_min: i32) -> String {
    let sign = if offset_min < 0 { '-' } else { '+' };
    let m = offset_min.unsigned_abs();
    match (m / 60, m % 60) {
        (0, 0) => "UTC".to_string(),
        (h, 0) => format!("UTC{sign}{h}"),
        (h, min) => format!("UTC{sign}{h}:{min:02}"),
    }
}

/// A label per moment (each with its own offset), in the order given, that
/// tells them apart: the local date; the time to the minute is added where
/// two fall on the same local day, the seconds where two fall in the same
/// minute, and " (2)", " (3)"... to any that share even the second.
pub fn distinct_labels(moments: &[(u64, i32)]) -> Vec<String> {
    fn repeated(labels: &[String]) -> Vec<bool> {
        let mut count = HashMap::new();
        for l in labels {
            *count.entry(l.as_str()).or_insert(0) += 1;
        }
        labels.iter().map(|l| count[l.as_str()] > 1).collect()
    }
    let mut labels: Vec<String> = moments.iter().map(|&(t, o)| local_date(t, o)).collect();
    let finer: [fn(u64, i32) -> String; 2] = [local_datetime, local_datetime_seconds];
    for write in finer {
        let twice = repeated(&labels);
        for (i, &(t, o)) in moments.iter().enumerate() {
            if twice[i] {
                labels[i] = write(t, o);
            }
        }
    }
    let twice = repeated(&labels);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, label) in labels.iter_mut().enumerate() {
        if twice[i] {
            let n = seen.entry(label.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                label.push_str(&format!(" ({n})"));
            }
        }
    }
    labels
}

/// Reads a UTC time in the form [`iso_datetime`] writes,
/// `YYYY-MM-DDTHH:MM:SSZ`, optionally with a fraction of a second
/// (`…:09.123Z`, 1 to 9 digits; digits past milliseconds are dropped).
///
/// Returns milliseconds since 1970, or `None` for anything else: another
/// layout, an impossible date (2023-02-29, 24:00:00), a time before 1970 or
/// a year with other than four digits.
pub fn parse_iso_datetime(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    if b.len() < 20 || !b.is_ascii() {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = &b[range];
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let fixed = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if fixed.iter().any(|&(i, c)| b[i] != c) {
        return None;
    }
    let year = i64::from(num(0..4)?);
    let month = num(5..7)?;
    let day = num(8..10)?;
    let hour = num(11..13)?;
    let minute = num(14..16)?;
    let second = num(17..19)?;
    let millis = match &b[19..] {
        [b'Z'] => 0,
        [b'.', fraction @ .., b'Z'] if (1..=9).contains(&fraction.len()) => {
            let digits = num(20..20 + fraction.len())?;
            // Keep the first three digits, as milliseconds.
            let kept = fraction.len().min(3);
            let ms = digits / 10u32.pow((fraction.len() - kept) as u32);
            ms * 10u32.pow((3 - kept) as u32)
        }
        _ => return None,
    };
    if !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let days = u64::try_from(days_from_civil(year, month, day)).ok()?;
    let secs = u64::from(hour * 3_600 + minute * 60 + second);
    Some(days * MS_PER_DAY + secs * MS_PER_SECOND + u64::from(millis))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Natively only: a WebAssembly build carries one language.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn dates_and_times_follow_the_language() {
        use crate::text::{set_lang, Lang};
        // 2026-11-21T14:03:09Z, read in Auckland's summer (UTC+13).
        let ms = 1_795_269_789_000;
        assert_eq!(local_date(ms, 780), "2026-11-22");
        assert_eq!(local_datetime(ms, 780), "2026-11-22 03:03");
        set_lang(Lang::De);
        assert_eq!(local_date(ms, 780), "22.11.2026");
        assert_eq!(local_datetime(ms, 780), "22.11.2026, 03:03");
        assert_eq!(human_datetime(ms), "21.11.2026, 14:03 UTC");
        assert_eq!(day_date(20_805), "18.12.2026");
        assert_eq!(
            distinct_labels(&[(ms, 0), (ms + 1_000, 0)]),
            ["21.11.2026, 14:03:09", "21.11.2026, 14:03:10"]
        );
        // A date field's value stays the same in every language.
        assert_eq!(local_iso_date(ms, 780), "2026-11-22");
        set_lang(Lang::Fr);
        assert_eq!(local_datetime_zoned(ms, 780), "22/11/2026 à 03:03 UTC+13");
        set_lang(Lang::Es);
        assert_eq!(local_date(ms, 0), "21/11/2026");
        set_lang(Lang::En);
    }

    const DAY: u64 = MS_PER_DAY;

    #[test]
    fn the_epoch_is_1970_01_01() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_datetime(0), "1970-01-01T00:00:00Z");
        assert_eq!(human_datetime(0), "1970-01-01 00:00 UTC");
        assert_eq!(iso_datetime(DAY - 1), "1970-01-01T23:59:59Z");
        assert_eq!(iso_date(DAY), "1970-01-02");
    }

    #[test]
    fn known_moments() {
        // 2026-11-21T14:03:09.456Z, checked against JavaScript's Date.
        let ms = 1_795_269_789_456;
        assert_eq!(iso_date(ms), "2026-11-21");
        assert_eq!(iso_datetime(ms), "2026-11-21T14:03:09Z");
        assert_eq!(human_datetime(ms), "2026-11-21 14:03 UTC");
        // 2001-09-09T01:46:40Z is 1e12 ms.
        assert_eq!(iso_datetime(1_000_000_000_000), "2001-09-09T01:46:40Z");
        // The largest time saved data may hold.
        assert_eq!(iso_datetime(MAX_TIME_MS), "9999-12-31T23:59:59Z");
    }

    #[test]
    fn leap_years_follow_the_gregorian_rules() {
        // 2000 is a leap year (divisible by 400).
        let feb_29_2000 = 11_016 * DAY;
        assert_eq!(iso_date(feb_29_2000), "2000-02-29");
        assert_eq!(iso_date(feb_29_2000 + DAY), "2000-03-01");
        // 2100 is not (divisible by 100, not 400).
        let feb_28_2100 = days_from_civil(2100, 2, 28) as u64 * DAY;
        assert_eq!(iso_date(feb_28_2100), "2100-02-28");
        assert_eq!(iso_date(feb_28_2100 + DAY), "2100-03-01");
        // 2024 is; 2023 is not.
        assert_eq!(
            iso_date(days_from_civil(2024, 2, 28) as u64 * DAY + DAY),
            "2024-02-29"
        );
        assert_eq!(
            iso_date(days_from_civil(2023, 2, 28) as u64 * DAY + DAY),
            "2023-03-01"
        );
        assert_eq!(
            parse_iso_datetime("2000-02-29T00:00:00Z"),
            Some(feb_29_2000)
        );
        assert_eq!(parse_iso_datetime("2100-02-29T00:00:00Z"), None);
        assert_eq!(parse_iso_datetime("2023-02-29T00:00:00Z"), None);
        assert!(parse_iso_datetime("2024-02-29T00:00:00Z").is_some());
        assert_eq!(
            parse_iso_datetime("2100-03-01T00:00:00Z"),
            Some(feb_28_2100 + DAY)
        );
    }

    #[test]
    fn every_day_for_centuries_converts_both_ways() {
        // Walk day by day from 1970 to 2500: the date written for each day
        // reads back as that day, and dates never repeat or skip.
        let mut previous: Option<(i64, u32, u32)> = None;
        for days in 0..days_from_civil(2500, 1, 1) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
            assert!((1..=days_in_month(y, m)).contains(&d));
            if let Some((py, pm, pd)) = previous {
                let next_day = d == pd + 1 && m == pm && y == py;
                let next_month = d == 1 && pd == days_in_month(py, pm) && m == pm + 1 && y == py;
                let next_year = d == 1 && m == 1 && pm == 12 && pd == 31 && y == py + 1;
                assert!(next_day || next_month || next_year, "{y}-{m}-{d}");
            }
            previous = Some((y, m, d));
        }
    }

    #[test]
    fn written_times_read_back() {
        for ms in [
            0,
            999,
            1_000,
            DAY - 1,
            951_782_400_000, // 2000-02-29
            1_795_788_189_000,
            4_107_542_400_000, // 2100-03-01
            MAX_TIME_MS - 999,
        ] {
            assert_eq!(parse_iso_datetime(&iso_datetime(ms)), Some(ms - ms % 1_000));
        }
    }

    #[test]
    fn milliseconds_are_optional() {
        assert_eq!(parse_iso_datetime("1970-01-01T00:00:09Z"), Some(9_000));
        assert_eq!(parse_iso_datetime("1970-01-01T00:00:09.123Z"), Some(9_123));
        assert_eq!(parse_iso_datetime("1970-01-01T00:00:09.1Z"), Some(9_100));
        assert_eq!(parse_iso_datetime("1970-01-01T00:00:09.12Z"), Some(9_120));
        assert_eq!(
            parse_iso_datetime("1970-01-01T00:00:09.123999999Z"),
            Some(9_123)
        );
        assert_eq!(
            parse_iso_datetime("2026-11-21T14:03:09.456Z"),
            Some(1_795_269_789_456)
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for s in [
            "",
            "2026-11-21",
            "2026-11-21 14:03:09Z",
            "2026-11-21T14:03:09",
            "2026-11-21T14:03:09z",
            "2026-11-21t14:03:09Z",
            "2026-11-21T14:03:09+00:00",
            "2026-11-21T14:03:09.Z",
            "2026-11-21T14:03:09.1234567890Z",
            "2026-11-21T14:03:09.12aZ",
            "2026-11-21T14:03:09ZZ",
            "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z",
            "2026-11-00T00:00:00Z",
            "2026-11-31T00:00:00Z",
            "2026-11-21T24:00:00Z",
            "2026-11-21T23:60:00Z",
            "2026-11-21T23:59:60Z",
            "1969-12-31T23:59:59Z",
            "12026-11-21T14:03:09Z",
            "+026-11-21T14:03:09Z",
            "2026-1-21T14:03:09Z ",
            "२०२६-11-21T14:03:09Z",
            "2026-11-21T14:03:09Zé",
        ] {
            assert_eq!(parse_iso_datetime(s), None, "{s:?}");
        }
    }

    #[test]
    fn huge_times_do_not_panic() {
        // Past year 9999 the year simply has more digits.
        let s = iso_datetime(u64::MAX);
        assert!(s.ends_with('Z'));
        assert_eq!(parse_iso_datetime(&s), None);
        assert!(!iso_date(u64::MAX).is_empty());
    }

    fn at(iso: &str) -> u64 {
        parse_iso_datetime(iso).unwrap()
    }

    #[test]
    fn local_time_moves_by_the_offset() {
        // 2025-11-14T06:00:00Z, the stored sample's first assessment.
        let t = 1_763_100_000_000;
        assert_eq!(iso_datetime(t), "2025-11-14T06:00:00Z");
        assert_eq!(local_datetime(t, 0), "2025-11-14 06:00");
        // Auckland in summer (UTC+13): the same day, in the evening.
        assert_eq!(local_date(t, 780), "2025-11-14");
        assert_eq!(local_datetime(t, 780), "2025-11-14 19:00");
        // Los Angeles in winter (UTC-8): still the day before.
        assert_eq!(local_date(t, -480), "2025-11-13");
        assert_eq!(local_datetime(t, -480), "2025-11-13 22:00");
        // Half and three-quarter hours.
        assert_eq!(local_datetime(t, 330), "2025-11-14 11:30");
        assert_eq!(local_datetime(t, 345), "2025-11-14 11:45");
        assert_eq!(local_datetime(t, -210), "2025-11-14 02:30");
    }

    #[test]
    fn local_dates_cross_months_years_and_leap_days() {
        assert_eq!(
            local_datetime(at("2025-12-31T23:30:00Z"), 60),
            "2026-01-01 00:30"
        );
        assert_eq!(
            local_datetime(at("2026-01-01T00:30:00Z"), -60),
            "2025-12-31 23:30"
        );
        assert_eq!(local_date(at("2024-02-29T23:00:00Z"), 120), "2024-03-01");
        assert_eq!(local_date(at("2024-03-01T01:00:00Z"), -120), "2024-02-29");
        assert_eq!(local_date(at("2023-03-01T01:00:00Z"), -120), "2023-02-28");
        // West of Greenwich, the first moment of 1970 is still in 1969.
        assert_eq!(local_datetime(0, -60), "1969-12-31 23:00");
        assert_eq!(local_date(0, 60), "1970-01-01");
        // The extremes neither panic nor wrap.
        assert_eq!(local_datetime(MAX_TIME_MS, 840), "10000-01-01 13:59");
        assert!(!local_date(u64::MAX, 840).is_empty());
        assert!(!local_date(u64::MAX, -720).is_empty());
    }

    #[test]
    fn offsets_in_words() {
        assert_eq!(utc_offset(0), "UTC");
        assert_eq!(utc_offset(780), "UTC+13");
        assert_eq!(utc_offset(-480), "UTC-8");
        assert_eq!(utc_offset(330), "UTC+5:30");
        assert_eq!(utc_offset(-210), "UTC-3:30");
        assert_eq!(utc_offset(45), "UTC+0:45");
        let t = 1_795_269_789_456;
        assert_eq!(local_datetime_zoned(t, 0), human_datetime(t));
        assert_eq!(local_datetime_zoned(t, 780), "2026-11-22 03:03 UTC+13");
    }

    #[test]
    fn labels_tell_same_day_entries_apart() {
        let la = -480;
        let morning = at("2025-11-14T17:05:00Z"); // 09:05 in Los Angeles
        let afternoon = at("2025-11-14T23:30:00Z"); // 15:30 there
        let next_week = at("2025-11-21T18:00:00Z");
        assert_eq!(
            distinct_labels(&[(morning, la), (afternoon, la), (next_week, la)]),
            ["2025-11-14 09:05", "2025-11-14 15:30", "2025-11-21"]
        );
        // Two moments of one UTC day fall on two days in Los Angeles.
        let (six, noon) = (at("2025-11-14T06:00:00Z"), at("2025-11-14T12:00:00Z"));
        assert_eq!(
            distinct_labels(&[(six, 0), (noon, 0)]),
            ["2025-11-14 06:00", "2025-11-14 12:00"]
        );
        assert_eq!(
            distinct_labels(&[(six, la), (noon, la)]),
            ["2025-11-13", "2025-11-14"]
        );
        // The same minute: seconds; the same second: a count.
        let t = at("2025-11-14T06:00:00Z");
        assert_eq!(
            distinct_labels(&[
                (t, 0),
                (t + 9_000, 0),
                (t + 9_400, 0),
                (t + 9_800, 0),
                (t + 86_400_000, 0)
            ]),
            [
                "2025-11-14 06:00:00",
                "2025-11-14 06:00:09",
                "2025-11-14 06:00:09 (2)",
                "2025-11-14 06:00:09 (3)",
                "2025-11-15"
            ]
        );
        assert!(distinct_labels(&[]).is_empty());
        assert_eq!(distinct_labels(&[(t, 0)]), ["2025-11-14"]);
    }

    #[test]
    fn each_moment_uses_its_own_offset() {
        // Across a daylight-saving change (Los Angeles: UTC-7 in July,
        // UTC-8 in November), each moment is read with the offset it had.
        let july = at("2025-07-01T06:00:00Z");
        let november = at("2025-11-14T06:00:00Z");
        assert_eq!(
            distinct_labels(&[(july, -420), (november, -480)]),
            ["2025-06-30", "2025-11-13"]
        );
        assert_eq!(local_datetime(july, -420), "2025-06-30 23:00");
    }
}
