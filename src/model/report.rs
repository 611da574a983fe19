//! The visitor's progress as a Markdown document they can keep, print or
//! share: role, checklist per step, and their reflection notes.

use std::fmt::Write;

use super::progress::{plural, Tally};
use super::saved::SavedData;
use super::time::local_datetime_zoned;
use crate::content::{self, STEPS};

/// The visitor's progress in `data` as Markdown, dated `now_ms`
/// (milliseconds since 1970). Times are written in the visitor's local time
/// and name their offset: `offset` gives the local clock's minutes east of
/// UTC at a moment.
///
/// Layout: a title, the date, the role and the overall tally; then one
/// section per step (`## Step N: title`) with its tally, its items as
/// `- [x]` / `- [ ]` task-list lines, the reflection prompt in italics and the
/// visitor's note as a block quote; then notes filed under steps this version
/// does not have; and finally the source.
///
/// Notes are the visitor's own text and are not escaped, but every one of
/// their lines is prefixed with `>`, so a note cannot end the quote and turn
/// into headings or list items of the report. Lines of a note end with
/// Markdown's line break (two spaces) so they stay lines when rendered.
pub fn markdown(data: &SavedData, now_ms: u64, offset: &dyn Fn(u64) -> i32) -> String {
    let p = &data.progress;
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line("# Leader-Leader: my progress");
    line("");
    line(&format!(
        "Written {}.",
        local_datetime_zoned(now_ms, offset(now_ms))
    ));
    line("");
    let role = match p.role() {
        Some(role) => role.label().to_string(),
        None => "not chosen yet".to_string(),
    };
    line(&format!("- Role: {role}"));
    line(&format!("- Checklist: {}", tally_words(p.overall_tally())));
    let unknown = p
        .checked
        .iter()
        .filter(|id| content::item_by_id(id).is_none())
        .count();
    if unknown > 0 {
        line(&format!(
            "- Also ticked: {} this version of the guide no longer lists",
            plural(unknown, "item", "items")
        ));
    }

    for step in &STEPS {
        line("");
        line(&format!("## Step {}: {}", step.number, step.title));
        line("");
        line(&format!(
            "{}.",
            capitalise(&tally_words(p.step_tally(step)))
        ));
        line("");
        for item in step.items {
            let mark = if p.is_checked(item.id) { 'x' } else { ' ' };
            line(&format!("- [{mark}] {}", item.text()));
        }
        line("");
        line(&format!("_{}_", step.text().reflection_prompt));
        line("");
        push_note(&mut line, p.note(step.slug));
    }

    let other_notes: Vec<_> = p
        .notes
        .iter()
        .filter(|(slug, note)| content::step_by_slug(slug).is_none() && !is_blank(note))
        .collect();
    if !other_notes.is_empty() {
        line("");
        line("## Other notes");
        for (slug, note) in other_notes {
            line("");
            line(&format!("Filed under \"{}\":", safe_label(slug)));
            line("");
            push_note(&mut line, note);
        }
    }

    // The self-assessment and the practice tools write their own sections.
    for section in [
        // Parts that were never decoded are left out: callers pass a
        // document whose parts are decoded (`AppState::decoded_snapshot`).
        super::assessment::markdown_section(&data.assessments.get().unwrap_or_default(), offset),
        super::practice::markdown_section(&data.practice.get().unwrap_or_default()),
    ] {
        if !section.trim().is_empty() {
            line("");
            for text in section.trim_end().lines() {
                line(text);
            }
        }
    }

    let s = &content::SOURCE;
    let joiner = if s.title.ends_with(['!', '?', '.']) {
        " "
    } else {
        ": "
    };
    line("");
    line("---");
    line("");
    line(&format!(
        "Source: _{}{joiner}{}_, by {} ({}, {}).",
        s.title,
        s.subtitle,
        s.author,
        s.kind.to_ascii_lowercase(),
        s.year
    ));
    out
}

/// "3 of 6 items done (50%)".
fn tally_words(t: Tally) -> String {
    let mut s = format!("{} of {} done", t.done, plural(t.total, "item", "items"));
    if t.total > 0 {
        let _ = write!(s, " ({}%)", t.percent());
    }
    s
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

fn is_blank(note: &str) -> bool {
    note.trim().is_empty()
}

/// The note as a block quote: every line prefixed with `> `, an empty line
/// with `>`. Any of `\n`, `\r\n` and `\r` ends a line (all three do in
/// Markdown). A line followed by another ends with two spaces, Markdown's
/// line break, so the note keeps its lines when rendered.
fn push_note(line: &mut impl FnMut(&str), note: &str) {
    if is_blank(note) {
        line("_No reflection yet._");
        return;
    }
    let note = note.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = note.trim_end().split('\n').collect();
    for (i, text) in lines.iter().enumerate() {
        let next_is_text = lines.get(i + 1).is_some_and(|next| !next.is_empty());
        match (text.is_empty(), next_is_text) {
            (true, _) => line(">"),
            (false, true) => line(&format!("> {text}  ")),
            (false, false) => line(&format!("> {text}")),
        }
    }
}

/// A note key from saved data, kept to characters that mean nothing in
/// Markdown.
fn safe_label(key: &str) -> String {
    key.chars()
        .take(64)
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == ' ' {
                c
            } else {
                '?'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Role, SOURCE};
    use crate::model::progress::Progress;

    const NOW: u64 = 1_795_269_789_456; // 2026-11-21T14:03:09Z

    fn report(p: Progress) -> String {
        markdown(&SavedData::new(p), NOW, &|_| 0)
    }

    /// Lines of the report from the one starting with `start` up to (not
    /// including) the next blank line.
    fn block<'a>(text: &'a str, start: &str) -> Vec<&'a str> {
        text.lines()
            .skip_while(|l| !l.starts_with(start))
            .take_while(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn the_date_is_local_and_names_its_offset() {
        let text = markdown(&SavedData::new(Progress::default()), NOW, &|_| 780);
        assert!(
            text.contains("\nWritten 2026-11-22 03:03 UTC+13.\n"),
            "{text}"
        );
        let text = markdown(&SavedData::new(Progress::default()), NOW, &|_| -480);
        assert!(text.contains("\nWritten 2026-11-21 06:03 UTC-8.\n"));
    }

    #[test]
    fn empty_data_gives_a_complete_report() {
        let text = report(Progress::default());
        assert!(text.starts_with("# Leader-Leader: my progress\n\nWritten 2026-11-21 14:03 UTC.\n"));
        assert!(text.contains("- Role: not chosen yet\n"));
        assert!(text.contains("- Checklist: 0 of 24 items done (0%)\n"));
        assert_eq!(text.matches("_No reflection yet._").count(), 4);
        assert_eq!(text.matches("- [x]").count(), 0);
        assert_eq!(text.matches("- [ ]").count(), 24);
        assert!(!text.contains("Other notes"));
        assert!(!text.contains("Also ticked"));
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
    }

    #[test]
    fn every_step_has_a_heading_and_its_prompt() {
        let text = report(Progress::default());
        for step in &STEPS {
            let heading = format!("\n## Step {}: {}\n", step.number, step.title);
            assert!(text.contains(&heading), "{heading}");
            assert!(text.contains(&format!("\n_{}_\n", step.text().reflection_prompt)));
            // The prompt is plain text, so the italics cannot break.
            assert!(!step.text().reflection_prompt.contains(['_', '*']));
        }
        // Four step headings, then the self-assessment's (empty data: no
        // practice section).
        let headings: Vec<_> = text.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(headings.len(), 5);
        assert_eq!(headings[4], "## Self-assessment");
    }

    #[test]
    fn ticked_items_are_marked_and_tallied() {
        let mut p = Progress::default();
        let step = &STEPS[1];
        p.set_checked(step.items[0].id, true);
        p.set_checked(step.items[2].id, true);
        p.set_checked("an-item-from-an-older-version", true);
        p.set_role(Role::Leader);
        let text = report(p);
        assert!(text.contains(&format!("- [x] {}\n", step.items[0].text())));
        assert!(text.contains(&format!("- [ ] {}\n", step.items[1].text())));
        assert!(text.contains(&format!("- [x] {}\n", step.items[2].text())));
        assert_eq!(text.matches("- [x]").count(), 2);
        assert!(text.contains("- Checklist: 2 of 24 items done (8%)\n"));
        assert!(text.contains("\n2 of 6 items done (33%).\n"));
        assert!(text.contains("\n0 of 6 items done (0%).\n"));
        assert!(text.contains(&format!("- Role: {}\n", Role::Leader.label())));
        assert!(text.contains("- Also ticked: 1 item this version of the guide no longer lists\n"));
    }

    #[test]
    fn a_multi_line_note_is_quoted_line_by_line() {
        let mut p = Progress::default();
        p.set_note(
            "genetic-code",
            "First thought.\n\n# Not a heading\n- not a list\r\n```\rlast line\n\n",
        );
        let text = report(p);
        let quote = block(&text, "> First thought.");
        assert_eq!(
            quote,
            [
                "> First thought.",
                ">",
                "> # Not a heading  ",
                "> - not a list  ",
                "> ```  ",
                "> last line",
            ]
        );
        // The quote sits under the genetic-code step, after its prompt.
        let step = &STEPS[2];
        let at = |s: &str| text.find(s).unwrap();
        assert!(at(step.text().reflection_prompt) < at("> First thought."));
        assert!(at("> last line") < at("## Step 4"));
        assert_eq!(text.matches("_No reflection yet._").count(), 3);
        // No line of the note escapes the quote.
        for l in text.lines() {
            assert!(!l.starts_with("# Not") && !l.starts_with("- not") && l != "```");
        }
    }

    #[test]
    fn notes_are_not_escaped() {
        let mut p = Progress::default();
        p.set_note("act-your-way", "<b>bold</b> & *stars* _under_ 🚢");
        let text = report(p);
        assert!(text.contains("\n> <b>bold</b> & *stars* _under_ 🚢\n"));
    }

    #[test]
    fn a_blank_note_counts_as_no_reflection() {
        let mut p = Progress::default();
        p.set_note("act-your-way", " \n\t ");
        assert_eq!(report(p).matches("_No reflection yet._").count(), 4);
    }

    #[test]
    fn notes_under_unknown_steps_are_kept_in_the_report() {
        let mut p = Progress::default();
        p.set_note("an-old-step", "Kept.\nStill kept.");
        p.notes.insert("## [evil](x)\n".into(), "odd key".into());
        let text = report(p);
        assert!(text.contains("\n## Other notes\n\nFiled under "));
        assert!(text.contains("\nFiled under \"an-old-step\":\n\n> Kept.  \n> Still kept.\n"));
        assert!(text.contains("Filed under \"?? ?evil??x??\":\n\n> odd key\n"));
        // Steps, other notes, and the self-assessment: the odd key made no heading.
        assert_eq!(text.lines().filter(|l| l.starts_with("## ")).count(), 6);
    }

    #[test]
    fn the_report_ends_with_the_source() {
        let text = report(Progress::default());
        let last = text.lines().last().unwrap();
        assert_eq!(
            last,
            "Source: _Turn the Ship Around! A True Story of Turning Followers Into Leaders_, \
             by L. David Marquet (book, 2013)."
        );
        assert!(last.contains(SOURCE.author));
    }

    #[test]
    fn an_unknown_role_reads_as_not_chosen() {
        let p = Progress {
            role: Some("admiral".into()),
            ..Progress::default()
        };
        assert!(report(p).contains("- Role: not chosen yet\n"));
    }
}
