// A saved state far larger than a real visitor's, for the tick benchmark:
// every journey note long, half the checklist ticked, and hundreds of
// assessments, audit entries and intent-log entries with notes.
import fs from 'node:fs';

const ITEM_IDS = [...fs.readFileSync('src/content/steps.rs', 'utf8').matchAll(/\bid: "([a-z0-9-]+)"/g)].map((m) => m[1]);
const SLUGS = ['start-in-the-middle', 'act-your-way', 'genetic-code', 'competence-and-clarity'];

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
    assessments: {},
    practice: {},
    meta: { updated_at: start + 300 * day, unexported_since: start, last_export_at: null, reminder_dismissed_at: null },
  };
}
