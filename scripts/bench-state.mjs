// A saved state far larger than a real visitor's, for the tick benchmark:
// every journey note long, half the checklist ticked, and hundreds of
// assessments, audit entries and intent-log entries with notes.
import fs from 'node:fs';

const ITEM_IDS = [...fs.readFileSync('src/content/steps.rs', 'utf8').matchAll(/\bid: "([a-z0-9-]+)"/g)].map((m) => m[1]);
const SLUGS = ['start-in-the-middle', 'act-your-way', 'genetic-code', 'competence-and-clarity'];
const STATEMENTS = [...fs.readFileSync('src/content/assessment.rs', 'utf8').matchAll(/\bid: "([a-z0-9-]+)"/g)].map((m) => m[1]);
const STATUSES = ['found', 'rewriting', 'handed-down'];
const OUTCOMES = ['went-ahead', 'stopped', 'changed'];

export function largeState() {
  const day = 24 * 3600 * 1000;
  const start = Date.UTC(2026, 0, 1);
  const text = (i, n) => `Entry ${i}: ${'we moved the decision to the people with the information. '.repeat(n)}`.trim();
  return {
    version: 3,
    progress: {
      role: 'leader',
      checked: ITEM_IDS.slice(0, Math.floor(ITEM_IDS.length / 2)),
      notes: Object.fromEntries(SLUGS.map((s, i) => [s, text(i, 60)])),
      last_visited: '/checklist',
    },
    // 300 assessments, a week apart.
    assessments: {
      draft: null,
      history: Array.from({ length: 300 }, (_, i) => ({
        taken_at: start + i * 7 * day,
        role: 'leader',
        answers: Object.fromEntries(STATEMENTS.map((id, j) => [id, 1 + ((i + j) % 5)])),
        rung: 1 + (i % 7),
        scores: { control: (i * 7) % 101, competence: (i * 11) % 101, clarity: (i * 13) % 101 },
      })),
    },
    practice: {
      // 100 audit entries (the most the app keeps) and 500 intent-log entries.
      audit: Array.from({ length: 100 }, (_, i) => ({
        id: `a-bench-${i}`,
        practice: text(i, 2),
        decides_now: 'The director',
        should_decide: 'The person doing the work',
        rung_now: 1 + (i % 4),
        rung_target: 5,
        competence: text(i, 3),
        competence_ready: i % 2 === 0,
        clarity: text(i, 3),
        clarity_ready: i % 3 === 0,
        status: STATUSES[i % 3],
      })),
      intents: Array.from({ length: 500 }, (_, i) => ({
        id: `i-bench-${i}`,
        kind: i % 4 === 0 ? 'permission' : 'intent',
        date: new Date(start + i * day).toISOString().slice(0, 10),
        text: `I intend to ${text(i, 1).toLowerCase()}`,
        outcome: OUTCOMES[i % 3],
        note: text(i, 4),
      })),
    },
    meta: { updated_at: start + 300 * day, unexported_since: start, last_export_at: null, reminder_dismissed_at: null },
  };
}
