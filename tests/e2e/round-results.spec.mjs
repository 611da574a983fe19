// A team round's results, the trend across rounds, the rounds in the
// reports, and the calendar reminder. Saved data (format 4) is seeded with
// rounds whose answers are stored opened, as the app keeps them, so no
// sealing is needed here (rounds.spec.mjs covers codes end to end).
import fs from 'node:fs';
import { test, expect, open, audit, KEY, BASE_PATH } from './fixtures.mjs';
import { DAY, NOW, round, SELF, seedEachTest } from './seed-rounds.mjs';

const SAMPLE = {
  version: 4,
  progress: { role: 'leader', checked: [], notes: {} },
  assessments: { history: [SELF] },
  practice: {},
  rounds: {
    rounds: [
      // Open, with 4 answers: nothing shown.
      round(1, { name: 'Sam', people: Array(4).fill({ scores: [50, 50, 50], rung: 2, comment: 'Open secret' }) }),
      // Closed with 2: nothing shown.
      round(2, { name: 'Sam', people: [{ scores: [0, 0, 0], comment: 'Too few to show' }, { scores: [0, 0, 0] }], closedAt: NOW - 5 * DAY }),
      // Closed with 3: colleagues 75 / 75 / 50 on average.
      round(3, {
        name: 'Sam',
        people: [
          { scores: [75, 75, 50], rung: 3, comment: 'Listens well' },
          { scores: [50, 75, 50], rung: 4, comment: 'Decides a lot alone' },
          { scores: [100, 75, 50], rung: 5, comment: 'Clear goals would help' },
        ],
        closedAt: NOW - 2 * DAY,
      }),
      // A team round with the organiser's own answers.
      round(4, {
        kind: 'team',
        name: 'Platform team',
        people: [{ scores: [50, 50, 0] }, { scores: [75, 50, 100] }, { scores: [100, 50, 100] }],
        own: [100, 50, 75],
        closedAt: NOW - DAY,
      }),
      // An earlier about-me round, for the trend.
      round(5, { people: Array(3).fill({ scores: [25, 50, 25] }), startedAt: NOW - 60 * DAY, closedAt: NOW - 50 * DAY }),
    ],
  },
  meta: { updated_at: NOW, unexported_since: null, last_export_at: NOW, reminder_dismissed_at: null },
};

seedEachTest(test, KEY, SAMPLE);

const results = (page) => page.getByRole('region', { name: 'Results' });

test('an open round, or one closed with 2 answers, shows no results and says why', async ({ page }) => {
  await open(page, '/rounds/round?id=00000000000000a1');
  await expect(results(page)).toContainText('Results appear here once you close the round');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText('Open secret')).toHaveCount(0);

  await open(page, '/rounds/round?id=00000000000000a2');
  await expect(results(page)).toContainText('closed with 2 answers');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText('Too few to show')).toHaveCount(0);
  await audit(page);
});

test('a closed about-me round: colleagues beside the self-assessment, with counts, gaps, ladder and next actions', async ({ page }) => {
  await open(page, '/rounds/round?id=00000000000000a3');
  const r = results(page);
  await expect(r).toContainText('Based on 3 answers.');
  // The chart's text alternative carries every number.
  await expect(r.getByRole('img', { name: /Colleagues, average of 3 answers: Control 75, Competence 75, Clarity 50; You \(self-assessment\): Control 100, Competence 50, Clarity 75/ })).toBeVisible();
  const table = r.getByRole('table', { name: /Per component/ });
  await expect(table.getByRole('row', { name: /Control/ })).toHaveText(/Control\s*75\s*3\s*17 points, somewhat different views\s*100\s*Blind spot/);
  await expect(table.getByRole('row', { name: /Competence/ })).toHaveText(/Competence\s*75\s*3\s*0 points, much the same view\s*50\s*Hidden strength/);
  await expect(table.getByRole('row', { name: /Clarity/ })).toHaveText(/Clarity\s*50\s*3\s*0 points, much the same view\s*75\s*Blind spot/);
  // Per statement, as colleagues read them (with the name), each with its count.
  const statements = r.getByRole('table', { name: /Per statement/ });
  await expect(statements.getByRole('row')).toHaveCount(16);
  await expect(statements).toContainText('Sam');
  const blind = r.getByRole('region', { name: 'Blind spots' });
  await expect(blind).toContainText('Control as a whole: you 100, colleagues 75 (3 answers)');
  await expect(blind).toContainText('Clarity as a whole: you 75, colleagues 50 (3 answers)');
  const hidden = r.getByRole('region', { name: 'Hidden strengths' });
  await expect(hidden).toContainText('Competence as a whole: you 50, colleagues 75 (3 answers)');
  await expect(hidden.getByRole('listitem')).toHaveCount(1 + 5);
  await expect(r.getByRole('region', { name: 'On the Ladder of Leadership' })).toContainText(
    'Colleagues place you on rung 4 of 7 (the median of 3 answers with a rung). In your latest self-assessment you placed yourself on rung 6.',
  );
  // Next actions for the weakest component in the colleagues' view, linked to checklist items.
  const actions = r.getByRole('region', { name: 'Next actions: clarity' });
  await expect(actions).toContainText('Clarity is your weakest component in your colleagues\' view (50 of 100)');
  await expect(actions.locator('a[href*="/steps/"][href*="#item-"]').first()).toBeVisible();
  // Comments, all three, in some order; nothing of a single answer.
  const comments = r.getByRole('region', { name: 'Comments' });
  await expect(comments.getByRole('listitem')).toHaveCount(3);
  await expect(comments).toContainText('Decides a lot alone');
  await audit(page);
});

test('a closed team round: averages, spreads, the pattern and the organiser\'s view', async ({ page }) => {
  await open(page, '/rounds/round?id=00000000000000a4');
  const r = results(page);
  const table = r.getByRole('table', { name: /Per component/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Component', 'The team (average)', 'Answers', 'Spread', 'You (own answers)', 'Gap']);
  await expect(table.getByRole('row', { name: /Control/ })).toHaveText(/Control\s*75\s*3\s*17 points, somewhat different views\s*100\s*You rate it higher/);
  await expect(table.getByRole('row', { name: /Clarity/ })).toHaveText(/Clarity\s*67\s*3\s*44 points, very different views\s*75/);
  await expect(r.getByRole('heading', { name: 'In step, and still building' })).toBeVisible();
  await expect(r).toContainText('Your own answers show: Control is running ahead: a risk of chaos.');
  await expect(r.getByRole('table', { name: /Per statement/ }).getByRole('row')).toHaveCount(16);
  await expect(r.getByRole('region', { name: 'On the Ladder of Leadership' })).toHaveCount(0);
  await audit(page);
});

test('the trend lists closed rounds with enough answers, per kind', async ({ page }) => {
  await open(page, '/rounds');
  const about = page.getByRole('region', { name: 'Your colleagues\' view over time' });
  const rows = about.getByRole('table').getByRole('row');
  // A header and the two closed rounds with 3 answers, oldest first; not the
  // open one, nor the one with 2 answers.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toHaveText(/About me\s*3\s*25\s*50\s*25/);
  await expect(rows.nth(2)).toHaveText(/About me: Sam\s*3\s*75\s*75\s*50/);
  await expect(about.getByRole('img', { name: /^Control over time, out of 100: 25 on .*, 75 on / })).toBeVisible();
  const team = page.getByRole('region', { name: 'Your team over time' });
  await expect(team.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(team.getByRole('img')).toHaveCount(0);
  await audit(page);
});

test('the Markdown and printable reports hold the rounds by the same rules', async ({ page }) => {
  await open(page, '/report');
  const section = page.locator('.report-rounds');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Team rounds');
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(['About me: Sam', 'About me: Sam', 'About me: Sam', 'About our team: Platform team', 'About me']);
  await expect(section).toContainText('open, 4 answers so far');
  await expect(section).toContainText('with 2 answers. At least 3 are needed');
  await expect(section.getByRole('table')).toHaveCount(3 * 2);
  await expect(section).not.toContainText('Open secret');
  await expect(section).not.toContainText('Too few to show');
  await expect(section).toContainText('Listens well');
  await audit(page);

  await open(page, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  const md = fs.readFileSync(await download.path(), 'utf8');
  expect(md).toContain('\n## Team rounds\n');
  expect(md).toContain('| Control | 75 | 3 | 17 points, somewhat different views | 100 (+25) |');
  expect(md).toContain('- Competence as a whole: you 50, colleagues 75 (3 answers)');
  expect(md).toContain('| Component | The team (average) | Answers | Spread | You (own answers) |');
  expect(md).toContain('open, 4 answers so far');
  expect(md).not.toContain('Open secret');
  expect(md).not.toContain('Too few to show');
  expect(md).toContain('> Clear goals would help');
});

test('the calendar reminder downloads an RFC 5545 file with the app\'s address', async ({ page, baseURL }) => {
  await open(page, '/rounds');
  const reminder = page.getByRole('region', { name: 'A reminder in your calendar' });
  await reminder.getByLabel('When').selectOption('2');
  const expected = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 14);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}`;
  });
  await expect(reminder).toContainText(`from today, on ${expected.slice(0, 4)}-${expected.slice(4, 6)}-${expected.slice(6)}`);
  const fetchFile = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reminder.getByRole('button', { name: 'Download the reminder' }).click(),
    ]);
    return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
  };
  const { name, text } = await fetchFile();
  expect(name).toBe(`leader-leader-reminder-${expected.slice(0, 4)}-${expected.slice(4, 6)}-${expected.slice(6)}.ics`);
  await expect(reminder.getByRole('status')).toContainText('Reminder downloaded');
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  expect(physical.every((l) => Buffer.byteLength(l) <= 75 && !l.includes('\n'))).toBe(true);
  const lines = text.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  expect(lines.filter((l) => l === `DTSTART;VALUE=DATE:${expected}`)).toHaveLength(2);
  expect(lines.filter((l) => /^UID:\d+-(assessment|round)@/.test(l))).toHaveLength(2);
  expect(lines.filter((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toHaveLength(2);
  const app = new URL(BASE_PATH, baseURL).href.replace(/\/$/, '');
  expect(lines).toContain(`URL:${app}/assess`);
  expect(lines).toContain(`URL:${app}/rounds`);
  expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('control\\, competence and clarity');

  // Only the round, at a time of day: a timed event in UTC.
  await reminder.getByLabel('take the self-assessment again').uncheck();
  await reminder.getByLabel('At a time of day (optional)').fill('09:30');
  const timed = (await fetchFile()).text.replace(/\r\n /g, '');
  expect(timed.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(timed).toContain(`URL:${app}/rounds\r\n`);
  expect(timed).not.toContain('/assess');
  const start = timed.match(/DTSTART:(\d{8}T\d{6}Z)\r\n/)[1];
  const local = await page.evaluate((s) => {
    const d = new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:00Z`);
    return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()].map((n) => String(n).padStart(2, '0')).join('');
  }, start);
  expect(local).toBe(`${expected}0930`);

  // Nothing chosen: a message, no file.
  await reminder.getByLabel('ask my team again').uncheck();
  await reminder.getByRole('button', { name: 'Download the reminder' }).click();
  await expect(reminder.getByRole('status')).toHaveText('Choose at least one thing to be reminded of.');
  await audit(page);
});

test('the assessment history page offers the reminder too', async ({ page }) => {
  await open(page, '/assess/history');
  await expect(page.getByRole('region', { name: 'A reminder in your calendar' })).toBeVisible();
});
