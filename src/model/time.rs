//! Dates and times in UTC, written and read without a date crate.
//!
//! Times are milliseconds since 1970-01-01 00:00:00 UTC (JavaScript's
//! `Date.now()`). Conversion uses Howard Hinnant's days-from-civil and
//! civil-from-days algorithms, which are exact for the proleptic Gregorian
//! calendar.

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
    let days = (ms / MS_PER_DAY) as i64;
    let secs_of_day = (ms % MS_PER_DAY / MS_PER_SECOND) as u32;
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
/// `2026-11-21 14:03 UTC`.
pub fn human_datetime(ms: u64) -> String {
    let c = civil(ms);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        c.year, c.month, c.day, c.hour, c.minute
    )
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
}
