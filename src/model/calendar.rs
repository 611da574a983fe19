//! Calendar reminders as an iCalendar file (RFC 5545, `.ics`): the next
//! self-assessment and the next team round, a chosen number of weeks ahead,
//! each with the app's address in it.
//!
//! What the format asks, and where it is done here:
//!
//! - Lines end in CRLF and are folded at 75 octets (not characters): a
//!   longer line goes on in lines that start with one space ([`fold`]).
//!   A fold never splits a UTF-8 character.
//! - In text values, backslash, semicolon and comma are escaped with a
//!   backslash and a line break is written `\n` ([`escape_text`]).
//! - Every event has a `UID` (unique: the moment the file was made, what it
//!   reminds of, and the site's host) and a `DTSTAMP` (when it was made, in
//!   UTC).
//! - An event is all day (`DTSTART;VALUE=DATE`, ending the next day) or at
//!   a local time, written in UTC (`…Z`), so no time-zone table is needed.
//!
//! Pure: the caller gives the time, the local clock's offset and the
//! address.

use super::time::iso_datetime;

const MS_PER_MINUTE: i64 = 60_000;
const MS_PER_DAY: i64 = 86_400_000;

/// How long a timed reminder lasts, in minutes.
pub const TIMED_MINUTES: u32 = 30;

/// The choices of weeks ahead offered.
pub const WEEKS: [u8; 6] = [2, 4, 6, 8, 12, 26];

/// What a reminder is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reminded {
    /// Take the self-assessment again (`/assess`).
    Assessment,
    /// Start the next team round (`/rounds`).
    Round,
}

impl Reminded {
    /// The app path the reminder links to.
    pub fn path(self) -> &'static str {
        match self {
            Reminded::Assessment => "/assess",
            Reminded::Round => "/rounds",
        }
    }

    fn id(self) -> &'static str {
        match self {
            Reminded::Assessment => "assessment",
            Reminded::Round => "round",
        }
    }

    /// The event's title.
    pub fn summary(self) -> &'static str {
        let t = crate::text::rounds_page::calendar();
        match self {
            Reminded::Assessment => t.assessment_summary,
            Reminded::Round => t.round_summary,
        }
    }

    fn description(self) -> &'static str {
        let t = crate::text::rounds_page::calendar();
        match self {
            Reminded::Assessment => t.assessment_description,
            Reminded::Round => t.round_description,
        }
    }
}

/// When the reminders fall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Weeks from today (the local date).
    pub weeks: u8,
    /// A local time of day (hour, minute), or `None` for an all-day event.
    pub at: Option<(u8, u8)>,
}

/// The local day number (days since 1970-01-01) of `ms`, `offset_min`
/// minutes east of UTC.
fn local_day(ms: u64, offset_min: i32) -> i64 {
    (ms as i64 + i64::from(offset_min) * MS_PER_MINUTE).div_euclid(MS_PER_DAY)
}

/// `YYYYMMDD` of a day number.
fn ics_date(day: i64) -> String {
    iso_datetime(day.max(0) as u64 * MS_PER_DAY as u64)[..10].replace('-', "")
}

/// `YYYYMMDDTHHMMSSZ` of a moment, in UTC.
fn ics_utc(ms: u64) -> String {
    iso_datetime(ms).replace(['-', ':'], "")
}

/// The UTC moment of the local time `hour:minute` on the local `day`. The
/// offset is asked at the moment itself (daylight saving time may differ
/// from today's), refined once.
fn local_moment(day: i64, hour: u8, minute: u8, offset: &dyn Fn(u64) -> i32) -> u64 {
    let wall = day * MS_PER_DAY + (i64::from(hour) * 60 + i64::from(minute)) * MS_PER_MINUTE;
    let at = |off: i32| (wall - i64::from(off) * MS_PER_MINUTE).max(0) as u64;
    let first = at(offset(at(0)));
    at(offset(first))
}

/// The local date the reminders fall on, `YYYY-MM-DD`, for the page to say.
pub fn reminder_date(plan: Plan, now_ms: u64, offset: &dyn Fn(u64) -> i32) -> String {
    let day = local_day(now_ms, offset(now_ms)) + 7 * i64::from(plan.weeks);
    iso_datetime(day.max(0) as u64 * MS_PER_DAY as u64)[..10].to_string()
}

/// A text value with RFC 5545's escapes: `\\`, `\;`, `\,` and `\n` for a
/// line break (CR LF, CR or LF); other control characters are dropped.
pub fn escape_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded: at most 75 octets per line, each further line
/// starting with a space (which counts in its 75), never inside a UTF-8
/// character. Lines end in CRLF.
pub fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut room = LIMIT;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > room {
            out.push_str("\r\n ");
            room = LIMIT - 1;
            used = 0;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// The calendar file: one event per item of `which`, on the local date
/// `plan.weeks` weeks after `now_ms` (all day, or at `plan.at` local time
/// for [`TIMED_MINUTES`]), each linking to `app_url` (origin and base, no
/// trailing slash) and the item's page. `host` goes into the UIDs.
pub fn ics(
    which: &[Reminded],
    plan: Plan,
    app_url: &str,
    host: &str,
    now_ms: u64,
    offset: &dyn Fn(u64) -> i32,
) -> String {
    let mut out = String::new();
    let mut line = |text: &str| out.push_str(&fold(text));
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Leader-Leader//Reminders//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let day = local_day(now_ms, offset(now_ms)) + 7 * i64::from(plan.weeks);
    let host = if host.is_empty() {
        "leader-leader.invalid"
    } else {
        host
    };
    for &item in which {
        let url = format!("{app_url}{}", item.path());
        line("BEGIN:VEVENT");
        line(&format!("UID:{now_ms}-{}@{host}", item.id()));
        line(&format!("DTSTAMP:{}", ics_utc(now_ms)));
        match plan.at {
            None => {
                line(&format!("DTSTART;VALUE=DATE:{}", ics_date(day)));
                line(&format!("DTEND;VALUE=DATE:{}", ics_date(day + 1)));
            }
            Some((hour, minute)) => {
                let start = local_moment(day, hour, minute, offset);
                let end = start + u64::from(TIMED_MINUTES) * MS_PER_MINUTE as u64;
                line(&format!("DTSTART:{}", ics_utc(start)));
                line(&format!("DTEND:{}", ics_utc(end)));
            }
        }
        line(&format!("SUMMARY:{}", escape_text(item.summary())));
        line(&format!(
            "DESCRIPTION:{}",
            escape_text(&format!(
                "{}\n{}",
                item.description(),
                crate::text::fill(crate::text::rounds_page::calendar().open, &[("url", &url)])
            ))
        ));
        line(&format!("URL:{url}"));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// The file's name: `leader-leader-reminder-YYYY-MM-DD.ics`, after the
/// reminders' date.
pub fn file_name(plan: Plan, now_ms: u64, offset: &dyn Fn(u64) -> i32) -> String {
    format!(
        "leader-leader-reminder-{}.ics",
        reminder_date(plan, now_ms, offset)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_795_269_789_456; // 2026-11-21T14:03:09Z, a Saturday
    const URL: &str = "https://example.github.io/leader-leader";

    fn lines(text: &str) -> Vec<&str> {
        assert!(text.ends_with("\r\n"));
        text.strip_suffix("\r\n").unwrap().split("\r\n").collect()
    }

    /// The logical lines: folded ones joined again.
    fn unfolded(text: &str) -> Vec<String> {
        text.replace("\r\n ", "")
            .strip_suffix("\r\n")
            .unwrap()
            .split("\r\n")
            .map(String::from)
            .collect()
    }

    #[test]
    fn lines_fold_at_75_octets_and_never_inside_a_character() {
        assert_eq!(fold("SUMMARY:short"), "SUMMARY:short\r\n");
        let exact = "X".repeat(75);
        assert_eq!(fold(&exact), format!("{exact}\r\n"));
        let long = format!("DESCRIPTION:{}", "a".repeat(200));
        let folded = fold(&long);
        let parts = lines(&folded);
        assert_eq!(parts[0].len(), 75);
        assert!(parts[1..]
            .iter()
            .all(|p| p.starts_with(' ') && p.len() <= 75));
        assert_eq!(parts[1].len(), 75);
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
        // Multi-byte characters: "é" is 2 octets, "🚢" 4; a fold comes
        // before a character that would not fit, so no line passes 75.
        for filler in ["é", "🚢", "aé", "a🚢b"] {
            let text = format!("SUMMARY:{}", filler.repeat(60));
            let folded = fold(&text);
            let parts = lines(&folded);
            for part in &parts {
                assert!(part.len() <= 75, "{} octets: {part}", part.len());
            }
            for part in &parts[..parts.len() - 1] {
                assert!(part.len() >= 72, "folds as late as it can: {part}");
            }
            assert_eq!(folded.replace("\r\n ", ""), format!("{text}\r\n"));
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape_text("a, b; c\\d\nline\r\nnext\rlast"),
            "a\\, b\\; c\\\\d\\nline\\nnext\\nlast"
        );
        assert_eq!(escape_text("tab\there"), "tabhere");
        assert_eq!(escape_text("Ça va 🚢"), "Ça va 🚢");
    }

    #[test]
    fn an_all_day_reminder_falls_on_the_local_date_weeks_ahead() {
        let plan = Plan { weeks: 4, at: None };
        let text = ics(
            &[Reminded::Assessment, Reminded::Round],
            plan,
            URL,
            "example.github.io",
            NOW,
            &|_| 0,
        );
        let l = unfolded(&text);
        assert_eq!(l[0], "BEGIN:VCALENDAR");
        assert_eq!(l[1], "VERSION:2.0");
        assert!(l.iter().any(|x| x.starts_with("PRODID:")));
        assert_eq!(l.last().unwrap(), "END:VCALENDAR");
        assert_eq!(l.iter().filter(|x| *x == "BEGIN:VEVENT").count(), 2);
        assert_eq!(l.iter().filter(|x| *x == "END:VEVENT").count(), 2);
        // 2026-11-21 + 28 days.
        assert_eq!(
            l.iter()
                .filter(|x| *x == "DTSTART;VALUE=DATE:20261219")
                .count(),
            2
        );
        assert!(l.contains(&"DTEND;VALUE=DATE:20261220".to_string()));
        assert!(l.contains(&"DTSTAMP:20261121T140309Z".to_string()));
        assert!(l.contains(&format!("UID:{NOW}-assessment@example.github.io")));
        assert!(l.contains(&format!("UID:{NOW}-round@example.github.io")));
        assert!(l.contains(&format!("URL:{URL}/assess")));
        assert!(l.contains(&format!("URL:{URL}/rounds")));
        assert!(l.contains(&"SUMMARY:Leader-Leader: take the self-assessment again".to_string()));
        let description = l.iter().find(|x| x.starts_with("DESCRIPTION:")).unwrap();
        assert!(description.contains("control\\, competence and clarity"));
        assert!(description.ends_with(&format!("\\nOpen: {URL}/assess")));
        // In German, every word the visitor reads is German.
        #[cfg(not(target_arch = "wasm32"))]
        {
            use crate::text::{set_lang, Lang};
            set_lang(Lang::De);
            let de = unfolded(&ics(&[Reminded::Round], plan, URL, "", NOW, &|_| 0));
            set_lang(Lang::En);
            assert!(de.contains(&"SUMMARY:Leader-Leader: dein Team noch einmal fragen".to_string()));
            let description = de.iter().find(|x| x.starts_with("DESCRIPTION:")).unwrap();
            assert!(description.starts_with("DESCRIPTION:Zeit für eine neue Teamrunde"));
            assert!(description.ends_with(&format!("\\nÖffnen: {URL}/rounds")));
        }
        // Every physical line within 75 octets, every line ending in CRLF.
        assert!(lines(&text).iter().all(|x| x.len() <= 75));
        assert!(!text.replace("\r\n", "").contains('\n'));
        assert_eq!(reminder_date(plan, NOW, &|_| 0), "2026-12-19");
        assert_eq!(
            file_name(plan, NOW, &|_| 0),
            "leader-leader-reminder-2026-12-19.ics"
        );
        // Only what was asked for.
        let one = ics(&[Reminded::Round], plan, URL, "", NOW, &|_| 0);
        assert_eq!(one.matches("BEGIN:VEVENT").count(), 1);
        assert!(one.contains("UID:1795269789456-round@leader-leader.invalid\r\n"));
    }

    #[test]
    fn the_date_is_the_visitors_local_date() {
        let plan = Plan { weeks: 2, at: None };
        // 14:03 UTC is already the next day in Auckland (UTC+13)...
        let text = ics(&[Reminded::Assessment], plan, URL, "h", NOW, &|_| 780);
        assert!(text.contains("DTSTART;VALUE=DATE:20261206\r\n"), "{text}");
        // ...and still the same day in California.
        let text = ics(&[Reminded::Assessment], plan, URL, "h", NOW, &|_| -480);
        assert!(text.contains("DTSTART;VALUE=DATE:20261205\r\n"));
        // Across a year's end and a leap day.
        let dec_30_2027 = 1_830_168_000_000; // 2027-12-30T12:00:00Z
        let text = ics(&[Reminded::Round], plan, URL, "h", dec_30_2027, &|_| 0);
        assert!(text.contains("DTSTART;VALUE=DATE:20280113\r\n"));
        let feb_20_2028 = 1_834_660_800_000; // 2028-02-20T12:00:00Z
        let text = ics(
            &[Reminded::Round],
            Plan { weeks: 2, at: None },
            URL,
            "h",
            feb_20_2028,
            &|_| 0,
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20280305\r\n"), "{text}");
        assert!(text.contains("DTEND;VALUE=DATE:20280306\r\n"));
    }

    #[test]
    fn a_timed_reminder_is_written_in_utc_with_the_offset_of_its_own_day() {
        let plan = Plan {
            weeks: 1,
            at: Some((9, 30)),
        };
        // 09:30 in UTC+1 is 08:30 UTC.
        let text = ics(&[Reminded::Assessment], plan, URL, "h", NOW, &|_| 60);
        assert!(text.contains("DTSTART:20261128T083000Z\r\n"), "{text}");
        assert!(text.contains("DTEND:20261128T090000Z\r\n"));
        assert!(!text.contains("VALUE=DATE"));
        // Daylight saving time starts between now and the reminder: the
        // reminder's own offset is used. (Offset 0 until 2026-11-25, then 60.)
        let switch = 1_795_564_800_000; // 2026-11-25T00:00:00Z
        let dst = |ms: u64| if ms < switch { 0 } else { 60 };
        let text = ics(&[Reminded::Assessment], plan, URL, "h", NOW, &dst);
        assert!(text.contains("DTSTART:20261128T083000Z\r\n"), "{text}");
        // Midnight and one minute before it.
        let at = |h, m| Plan {
            weeks: 1,
            at: Some((h, m)),
        };
        let text = ics(&[Reminded::Round], at(0, 0), URL, "h", NOW, &|_| 0);
        assert!(text.contains("DTSTART:20261128T000000Z\r\n"));
        let text = ics(&[Reminded::Round], at(23, 59), URL, "h", NOW, &|_| -300);
        assert!(text.contains("DTSTART:20261129T045900Z\r\n"), "{text}");
    }
}
