//! The visitor's progress as a Markdown document they can keep, print or
//! share: role, checklist per step, and their reflection notes.

use super::assessment::RUNGS;
use super::assessment::{Assessment, Scores, SCORE_MAX};
use super::progress::Tally;
use super::rounds::results::{
    results, Gap, LadderLine, Line, Outcome, RoundResults, Spread, MIN_ANSWERS,
};
use super::rounds::{Round, RoundKind, RoundsData};
use super::saved::SavedData;
use super::time::{local_date, local_datetime_zoned};
use crate::content::assessment::statement_by_id;
use crate::content::rounds::{about_me_by_id, team_by_id, KINDS};
use crate::content::{self, STEPS};
use crate::text::fill;

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
    let w = crate::text::report::markdown();
    line(&format!("# {}", w.title));
    line("");
    line(&fill(
        w.written,
        &[("date", &local_datetime_zoned(now_ms, offset(now_ms)))],
    ));
    line("");
    let role = match p.role() {
        Some(role) => role.label(),
        None => w.role_none,
    };
    line(&format!("- {}", fill(w.role, &[("role", role)])));
    line(&format!(
        "- {}",
        fill(w.checklist, &[("tally", &tally_words(p.overall_tally()))])
    ));
    let unknown = p
        .checked
        .iter()
        .filter(|id| content::item_by_id(id).is_none())
        .count();
    if unknown > 0 {
        let text = if unknown == 1 {
            w.unknown_one
        } else {
            w.unknown_other
        };
        line(&format!("- {}", fill(text, &[("n", &unknown.to_string())])));
    }

    for step in &STEPS {
        line("");
        line(&format!(
            "## {}",
            fill(
                w.step,
                &[
                    ("number", &step.number.to_string()),
                    ("title", step.title())
                ]
            )
        ));
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
        line(&format!("## {}", w.other_notes));
        for (slug, note) in other_notes {
            line("");
            line(&fill(w.filed_under, &[("key", &safe_label(slug))]));
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
        rounds_section(
            &data.rounds.get().unwrap_or_default(),
            data.assessments.get().unwrap_or_default().latest(),
            now_ms,
            offset,
        ),
    ] {
        if !section.trim().is_empty() {
            line("");
            for text in section.trim_end().lines() {
                line(text);
            }
        }
    }

    let s = &content::SOURCE;
    let joiner = if s.title().ends_with(['!', '?', '.']) {
        " "
    } else {
        ": "
    };
    line("");
    line("---");
    line("");
    // German writes nouns with a capital letter.
    let kind = if crate::text::lang() == crate::text::Lang::De {
        s.kind().to_string()
    } else {
        s.kind().to_lowercase()
    };
    line(&fill(
        w.source,
        &[
            ("book", &format!("_{}{joiner}{}_", s.title(), s.subtitle())),
            ("author", s.author()),
            ("kind", &kind),
            ("year", &s.year.to_string()),
        ],
    ));
    out
}

/// "3 of 6 items done (50%)".
fn tally_words(t: Tally) -> String {
    let w = crate::text::report::markdown();
    let text = if t.total == 1 {
        w.tally_one
    } else {
        w.tally_other
    };
    let numbers = [("done", t.done.to_string()), ("total", t.total.to_string())];
    let s = fill(text, &numbers.each_ref().map(|(k, v)| (*k, v.as_str())));
    if t.total > 0 {
        fill(
            w.tally_percent,
            &[
                ("tally", &s),
                ("percent", &crate::text::percent(t.percent())),
            ],
        )
    } else {
        s
    }
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
        line(&format!(
            "_{}_",
            crate::text::report::markdown().no_reflection
        ));
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

/// A round's name in a heading: its kind, and the name the people
/// answering saw. "About me: Sam" or "About our team".
pub fn round_title(round: &Round) -> String {
    let kind = KINDS
        .iter()
        .find(|k| k.id == round.kind)
        .map(|k| k.title())
        .unwrap_or(crate::text::report::rounds().other_kind);
    match round
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        Some(name) => fill(
            crate::text::report::rounds().title,
            &[("kind", kind), ("name", name)],
        ),
        None => kind.to_string(),
    }
}

/// Whether a round is open or closed, with its dates and answers, and why
/// it shows no results when it does not. `offset` gives the local clock's
/// minutes east of UTC at a moment.
pub fn round_status(round: &Round, offset: &dyn Fn(u64) -> i32) -> String {
    let date = |t: u64| local_date(t, offset(t));
    let w = crate::text::report::rounds();
    let answers = answers_words(round.answers.len());
    let started = date(round.started_at);
    let (text, closed) = match round.closed_at {
        None => (w.status_open, String::new()),
        Some(t) if round.answers.len() < MIN_ANSWERS => (w.status_too_few, date(t)),
        Some(t) => (w.status_closed, date(t)),
    };
    fill(
        text,
        &[
            ("started", &started),
            ("closed", &closed),
            ("answers", &answers),
            ("min", &MIN_ANSWERS.to_string()),
        ],
    )
}

/// "1 answer", "3 answers".
fn answers_words(n: usize) -> String {
    let w = crate::text::report::rounds();
    fill(
        if n == 1 {
            w.answers_one
        } else {
            w.answers_other
        },
        &[("n", &n.to_string())],
    )
}

/// The statement as the people answering read it.
pub fn statement_text(kind: RoundKind, id: &str, name: Option<&str>) -> String {
    match kind {
        RoundKind::AboutMe(role) => about_me_by_id(id)
            .map(|s| s.text(role, name))
            .or_else(|| statement_by_id(id).map(|s| s.text(role).to_string())),
        RoundKind::Team => team_by_id(id).map(|s| s.text().to_string()),
    }
    .unwrap_or_else(|| id.to_string())
}

/// Who the others are: "Colleagues" about a person, "The team" about a team.
pub fn others_name(kind: RoundKind) -> &'static str {
    match kind {
        RoundKind::AboutMe(_) => crate::text::report::rounds().colleagues,
        RoundKind::Team => crate::text::report::rounds().team,
    }
}

/// A median rung, from twice its value: "4" or "4.5".
pub fn median_words(median_x2: u8) -> String {
    crate::text::decimal(i64::from(median_x2) * 5)
}

/// The spread in words: "17 points, somewhat different views".
pub fn spread_words(spread: Spread) -> String {
    let w = crate::text::report::rounds();
    let n = usize::from(spread.points);
    let points = fill(
        if n == 1 { w.points_one } else { w.points_other },
        &[("n", &n.to_string())],
    );
    fill(
        w.spread,
        &[("points", &points), ("level", spread.level.words())],
    )
}

/// The ladder about a person, in one sentence.
pub fn ladder_words(ladder: LadderLine) -> String {
    let w = crate::text::report::rounds();
    let text = if ladder.own.is_some() {
        w.ladder_own
    } else {
        w.ladder
    };
    fill(
        text,
        &[
            ("median", &median_words(ladder.median_x2)),
            ("rungs", &RUNGS.to_string()),
            ("answers", &answers_words(ladder.count)),
            (
                "own",
                &ladder.own.map(|r| r.to_string()).unwrap_or_default(),
            ),
        ],
    )
}

/// A gap as a short mark, for a table.
pub fn gap_words(gap: Gap, kind: RoundKind) -> &'static str {
    let w = crate::text::report::rounds();
    match (gap, kind) {
        (Gap::BlindSpot, RoundKind::AboutMe(_)) => w.blind_spot,
        (Gap::HiddenStrength, RoundKind::AboutMe(_)) => w.hidden_strength,
        (Gap::BlindSpot, RoundKind::Team) => w.you_higher,
        (Gap::HiddenStrength, RoundKind::Team) => w.team_higher,
    }
}

/// The heading of a list of gaps.
pub fn gap_heading(gap: Gap, kind: RoundKind) -> &'static str {
    let w = crate::text::report::rounds();
    match (gap, kind) {
        (Gap::BlindSpot, RoundKind::AboutMe(_)) => w.blind_spots,
        (Gap::HiddenStrength, RoundKind::AboutMe(_)) => w.hidden_strengths,
        (Gap::BlindSpot, RoundKind::Team) => w.you_higher_heading,
        (Gap::HiddenStrength, RoundKind::Team) => w.team_higher_heading,
    }
}

/// What a gap means.
pub fn gap_meaning(gap: Gap, kind: RoundKind) -> &'static str {
    let w = crate::text::report::rounds();
    match (gap, kind) {
        (Gap::BlindSpot, RoundKind::AboutMe(_)) => w.blind_spot_means,
        (Gap::HiddenStrength, RoundKind::AboutMe(_)) => w.hidden_strength_means,
        (Gap::BlindSpot, RoundKind::Team) => w.you_higher_means,
        (Gap::HiddenStrength, RoundKind::Team) => w.team_higher_means,
    }
}

/// The items of a round's results with `gap`: components first, then
/// statements, each with both scores.
pub fn gap_items(r: &RoundResults, gap: Gap, name: Option<&str>) -> Vec<String> {
    let w = crate::text::report::rounds();
    let both = |line: &Line| match (line.own, line.others) {
        (Some(own), Some(others)) => fill(
            match r.kind {
                RoundKind::AboutMe(_) => w.both_colleagues,
                RoundKind::Team => w.both_team,
            },
            &[
                ("own", &own.to_string()),
                ("score", &others.score().to_string()),
                ("answers", &answers_words(others.count)),
            ],
        ),
        _ => String::new(),
    };
    let pillars = r
        .pillars
        .iter()
        .filter(|p| p.line.gap == Some(gap))
        .map(|p| {
            fill(
                w.pillar_item,
                &[("pillar", p.pillar.name()), ("both", &both(&p.line))],
            )
        });
    let statements = r
        .statements
        .iter()
        .filter(|s| s.line.gap == Some(gap))
        .map(|s| {
            fill(
                w.statement_item,
                &[
                    ("statement", &statement_text(r.kind, s.id, name)),
                    ("both", &both(&s.line)),
                ],
            )
        });
    pillars.chain(statements).collect()
}

/// Text from the visitor or the people answering, safe in a table cell or
/// a heading: one line, no `|`.
fn cell(text: &str) -> String {
    text.chars()
        .map(|c| if c == '|' || c.is_control() { ' ' } else { c })
        .collect()
}

/// A line's numbers as table cells: average, answers, spread, own view.
fn line_cells(line: &Line) -> String {
    let (avg, count, spread) = match line.others {
        Some(a) => (
            a.score().to_string(),
            a.count.to_string(),
            line.spread.map(spread_words).unwrap_or_default(),
        ),
        None => (
            fill(
                crate::text::report::rounds().withheld,
                &[("min", &MIN_ANSWERS.to_string())],
            ),
            "\u{2013}".into(),
            "\u{2013}".into(),
        ),
    };
    let own = match (line.own, line.difference) {
        (Some(own), Some(d)) if d != 0 => format!("{own} ({d:+})"),
        (Some(own), _) => own.to_string(),
        (None, _) => "\u{2013}".into(),
    };
    format!("{avg} | {count} | {spread} | {own}")
}

/// The team rounds in Markdown: every round with its status; the results
/// of the closed rounds that have at least [`MIN_ANSWERS`] answers, under
/// the same anonymity rules as on screen (averages with their counts, no
/// single answer, comments shuffled with `seed`). Empty when there are no
/// rounds.
pub fn rounds_section(
    data: &RoundsData,
    latest: Option<&Assessment>,
    seed: u64,
    offset: &dyn Fn(u64) -> i32,
) -> String {
    let mut out = String::new();
    if data.rounds.is_empty() {
        return out;
    }
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    let w = crate::text::report::rounds();
    line(&format!("## {}", w.heading));
    for round in &data.rounds {
        line("");
        line(&format!("### {}", cell(&round_title(round))));
        line("");
        line(&round_status(round, offset));
        let Outcome::Ready(r) = results(round, latest, seed) else {
            continue;
        };
        let others = others_name(r.kind);
        let own = match r.kind {
            RoundKind::AboutMe(_) => w.you_self,
            RoundKind::Team => w.you_own,
        };
        line("");
        let header = |first: &str| {
            format!(
                "| {first} | {} | {} | {} | {own} |",
                fill(w.average, &[("others", others)]),
                w.answers,
                w.spread_column
            )
        };
        line(&header(w.component));
        line("|---|---|---|---|---|");
        for p in &r.pillars {
            line(&format!(
                "| {} | {} |",
                p.pillar.name(),
                line_cells(&p.line)
            ));
        }
        line("");
        line(&fill(w.scores_note, &[("max", &SCORE_MAX.to_string())]));
        if let Some(pattern) = r.pattern {
            line("");
            line(&format!("**{}.** {}", pattern.title(), reason_of(r.others)));
        }
        if let (RoundKind::Team, Some(own)) = (r.kind, r.own_pattern) {
            line("");
            line(&fill(w.own_pattern, &[("pattern", own.short())]));
        }
        if r.own_role_differs {
            line("");
            line(w.other_role);
        }
        for gap in [Gap::BlindSpot, Gap::HiddenStrength] {
            let items = gap_items(&r, gap, round.name.as_deref());
            if items.is_empty() || r.own.is_none() {
                continue;
            }
            line("");
            line(&fill(
                w.gap_line,
                &[
                    ("heading", gap_heading(gap, r.kind)),
                    ("meaning", gap_meaning(gap, r.kind)),
                ],
            ));
            line("");
            for item in items {
                line(&format!("- {}", cell(&item)));
            }
        }
        if let Some(ladder) = r.ladder {
            line("");
            line(&ladder_words(ladder));
        }
        line("");
        line(&header(w.statement));
        line("|---|---|---|---|---|");
        for s in &r.statements {
            line(&format!(
                "| {} | {} |",
                cell(&statement_text(r.kind, s.id, round.name.as_deref())),
                line_cells(&s.line)
            ));
        }
        if !r.comments.is_empty() {
            line("");
            line(w.comments);
            for c in &r.comments {
                line("");
                push_note(&mut line, c);
            }
        }
    }
    out
}

fn reason_of(scores: Option<Scores>) -> String {
    scores.map(super::assessment::reason).unwrap_or_default()
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
            let heading = format!("\n## Step {}: {}\n", step.number, step.title());
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
        assert!(last.contains(SOURCE.author()));
    }

    #[test]
    fn an_unknown_role_reads_as_not_chosen() {
        let p = Progress {
            role: Some("admiral".into()),
            ..Progress::default()
        };
        assert!(report(p).contains("- Role: not chosen yet\n"));
    }

    mod rounds {
        use super::super::*;
        use crate::content::assessment::STATEMENTS;
        use crate::content::rounds::TEAM;
        use crate::content::Role;
        use crate::model::assessment::AssessmentData;
        use crate::model::progress::Progress;
        use crate::model::rounds::codes::statement_ids;
        use crate::model::rounds::ReceivedAnswer;
        use std::collections::BTreeMap;

        const NOW: u64 = 1_795_269_789_456; // 2026-11-21T14:03:09Z
        const DAY: u64 = 86_400_000;

        /// Values that score `scores` per component (0, 25, …, 100).
        fn values(kind: RoundKind, scores: [u8; 3]) -> BTreeMap<String, u8> {
            statement_ids(kind)
                .into_iter()
                .map(|id| {
                    let (pillar, reversed) = match kind {
                        RoundKind::Team => {
                            let s = TEAM.iter().find(|s| s.id == id).unwrap();
                            (s.pillar, s.reversed)
                        }
                        RoundKind::AboutMe(_) => {
                            let s = STATEMENTS.iter().find(|s| s.id == id).unwrap();
                            (s.pillar, s.reversed)
                        }
                    };
                    let v = scores[pillar as usize] / 25 + 1;
                    (id.to_string(), if reversed { 6 - v } else { v })
                })
                .collect()
        }

        fn round(id: u8, kind: RoundKind, people: &[[u8; 3]], closed: Option<u64>) -> Round {
            Round {
                id: format!("{id:016x}"),
                kind: kind.id().into(),
                role: match kind {
                    RoundKind::AboutMe(r) => Some(r.id().into()),
                    RoundKind::Team => None,
                },
                name: Some("Sam | Co".into()),
                started_at: NOW - 30 * DAY,
                closed_at: closed,
                answers: people
                    .iter()
                    .enumerate()
                    .map(|(i, &s)| ReceivedAnswer {
                        id: format!("answer{i:010}"),
                        values: values(kind, s),
                        rung: Some(3 + i as u8),
                        comment: Some(format!("Comment number {i}\n# not a heading")),
                    })
                    .collect(),
                ..Round::default()
            }
        }

        fn me() -> Assessment {
            let answers = values(RoundKind::AboutMe(Role::Leader), [100, 50, 75]);
            Assessment {
                taken_at: NOW - 40 * DAY,
                role: "leader".into(),
                scores: Scores::from_answers(&answers).unwrap(),
                answers,
                rung: Some(6),
            }
        }

        #[test]
        fn no_rounds_no_section() {
            assert_eq!(rounds_section(&RoundsData::default(), None, 1, &|_| 0), "");
            let text = markdown(&SavedData::new(Progress::default()), NOW, &|_| 0);
            assert!(!text.contains("Team rounds"));
        }

        #[test]
        fn open_rounds_and_too_few_answers_show_counts_only() {
            let leader = RoundKind::AboutMe(Role::Leader);
            let data = RoundsData {
                rounds: vec![
                    round(1, leader, &[[50, 50, 50]; 4], None),
                    round(2, RoundKind::Team, &[[50, 50, 50]; 2], Some(NOW - DAY)),
                ],
            };
            let md = rounds_section(&data, Some(&me()), 1, &|_| 0);
            assert!(
                md.starts_with("## Team rounds\n\n### About me: Sam   Co\n\n"),
                "{md}"
            );
            assert!(md.contains(
                "Started 2026-10-22, open, 4 answers so far. Results show once it is closed \
                 with at least 3 answers.\n"
            ));
            assert!(md.contains("### About our team: Sam   Co\n"));
            assert!(md.contains("closed 2026-11-20 with 2 answers. At least 3 are needed"));
            // Nothing of the answers themselves.
            assert!(!md.contains("| Control"), "{md}");
            assert!(!md.contains("Comment number"));
            assert!(!md.contains("rung"));
        }

        #[test]
        fn a_closed_about_me_round_sets_colleagues_beside_the_self_assessment() {
            let leader = RoundKind::AboutMe(Role::Leader);
            let data = RoundsData {
                rounds: vec![round(
                    1,
                    leader,
                    &[[75, 75, 50], [75, 75, 50], [75, 75, 50]],
                    Some(NOW - DAY),
                )],
            };
            let md = rounds_section(&data, Some(&me()), 7, &|_| 0);
            assert!(md.contains("closed 2026-11-20 with 3 answers.\n"), "{md}");
            assert!(md.contains(
                "| Component | Colleagues (average) | Answers | Spread | You (self-assessment) |"
            ));
            assert!(
                md.contains("| Control | 75 | 3 | 0 points, much the same view | 100 (+25) |"),
                "{md}"
            );
            assert!(
                md.contains("| Competence | 75 | 3 | 0 points, much the same view | 50 (-25) |")
            );
            assert!(md.contains("| Clarity | 50 | 3 | 0 points, much the same view | 75 (+25) |"));
            assert!(md.contains("Blind spots: your self-assessment is 20 points or more above your colleagues' average.\n"), "{md}");
            assert!(md.contains("- Control as a whole: you 100, colleagues 75 (3 answers)\n"));
            assert!(md.contains("Hidden strengths: your colleagues' average is 20"));
            assert!(md.contains("- Competence as a whole: you 50, colleagues 75 (3 answers)\n"));
            // Statements as colleagues read them, with the name made safe
            // for a table.
            assert!(md.contains("Sam   Co"));
            assert!(!md.contains("Sam | Co"));
            // The ladder: rungs 3, 4, 5, median 4; own 6.
            assert!(
                md.contains(
                    "Colleagues place you on rung 4 of 7 (the median of 3 answers with a rung). \
                 In your latest self-assessment you placed yourself on rung 6."
                ),
                "{md}"
            );
            // Comments quoted, so none can become a heading.
            assert!(md.contains("Comments, in shuffled order:"));
            assert_eq!(md.matches("> Comment number").count(), 3);
            assert!(md.lines().all(|l| !l.starts_with("# not")));
        }

        #[test]
        fn a_closed_team_round_shows_averages_spread_pattern_and_own_view() {
            let mut r = round(
                1,
                RoundKind::Team,
                &[[50, 50, 0], [75, 50, 100], [100, 50, 100]],
                Some(NOW - DAY),
            );
            r.own = values(RoundKind::Team, [100, 50, 75]);
            let data = RoundsData { rounds: vec![r] };
            let md = rounds_section(&data, None, 7, &|_| 0);
            assert!(md.contains(
                "| Component | The team (average) | Answers | Spread | You (own answers) |"
            ));
            assert!(
                md.contains(
                    "| Control | 75 | 3 | 17 points, somewhat different views | 100 (+25) |"
                ),
                "{md}"
            );
            assert!(md.contains("| Clarity | 67 | 3 | 44 points, very different views | 75 (+8) |"));
            assert!(
                md.contains("**In step, and still building.** Control (75), competence (50)"),
                "{md}"
            );
            assert!(md.contains("Your own answers show: Control ahead.\n"));
            assert!(
                md.contains("Where you rate the team higher: your own answers are 20 points"),
                "{md}"
            );
            assert!(!md.contains("Where the team rates itself higher"));
            assert_eq!(md.matches("| team-").count(), 0, "statements by their text");
            assert!(!md.contains("rung"));
            // Fifteen statement rows.
            let rows = md
                .lines()
                .filter(|l| {
                    l.starts_with("| ")
                        && !l.starts_with("| Component")
                        && !l.starts_with("| Statement")
                })
                .count();
            assert_eq!(rows, 3 + TEAM.len());
        }

        #[test]
        fn the_full_report_holds_the_rounds_section() {
            let mut data = SavedData::new(Progress::default());
            let leader = RoundKind::AboutMe(Role::Leader);
            data.rounds = RoundsData {
                rounds: vec![round(1, leader, &[[75, 75, 50]; 3], Some(NOW - DAY))],
            }
            .into();
            data.assessments = AssessmentData {
                history: vec![me()],
                ..AssessmentData::default()
            }
            .into();
            let text = markdown(&data, NOW, &|_| 0);
            let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s}: {text}"));
            assert!(at("## Self-assessment") < at("## Team rounds"));
            assert!(at("## Team rounds") < at("Source: "));
            assert!(
                text.contains("| Control | 75 | 3 | 0 points, much the same view | 100 (+25) |")
            );
        }
    }
}
