// The self-assessment's edges: times in the visitor's own time zone (and
// same-day assessments told apart), a role changed mid-way, results asked
// for too soon, the score chart's width, next actions said once, and the
// printable report on a phone and on paper.
import fs from 'node:fs';
import { test, expect, open, audit, KEY } from './fixtures.mjs';

const SAMPLE = JSON.parse(fs.readFileSync(new URL('../fixtures/saved-v3.json', import.meta.url), 'utf8'));

// The stored sample holds 2025-11-14T06:00:00Z and 2025-11-24T04:53:20Z,
// and a draft started 2025-11-24T16:00:00Z. One more, in July, is in
// daylight-saving time in Los Angeles and in standard time in Auckland.
const JULY = 1751349600000; // 2025-07-01T06:00:00Z

const h1 = (page) => page.getByRole('heading', { level: 1 });
const stored = async (page) => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));

/** The sample, with an extra assessment taken at each of `times`, and meta. */
function sample({ times = [], meta = {} } = {}) {
  const data = structuredClone(SAMPLE);
  for (const [i, t] of times.entries()) {
    const extra = structuredClone(data.assessments.history[1]);
    extra.taken_at = t;
    extra.scores = { control: 40 + i, competence: 60, clarity: 90 };
    data.assessments.history.push(extra);
  }
  Object.assign(data.meta, meta);
  return JSON.stringify(data);
}

async function seed(page, text = JSON.stringify(SAMPLE)) {
  await open(page, '/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text]);
}

const historyRows = (page) => page.getByRole('table', { name: /Every completed assessment/ }).getByRole('row');

for (const [zone, expected] of [
  ['Pacific/Auckland', {
    first: '2025-11-14 19:00', latest: '2025-11-24 17:53', july: '2025-07-01 18:00',
    firstDay: '2025-11-14', started: '2025-11-25', zone: 'UTC+13', julyZone: 'UTC+12',
  }],
  ['America/Los_Angeles', {
    // Standard time (UTC-8) in November, daylight-saving time (UTC-7) in July:
    // each moment is read with the offset it had.
    first: '2025-11-13 22:00', latest: '2025-11-23 20:53', july: '2025-06-30 23:00',
    firstDay: '2025-11-13', started: '2025-11-24', zone: 'UTC-8', julyZone: 'UTC-7',
  }],
]) {
  test.describe(`in ${zone}`, () => {
    test.use({ timezoneId: zone });

    test('history, results, charts, the report and the last backup show local times', async ({ page }) => {
      await seed(page, sample({ times: [JULY], meta: { last_export_at: 1763100000000 } }));
      await open(page, '/assess/history');
      const rows = historyRows(page);
      await expect(rows).toHaveCount(4);
      await expect(rows.nth(1).getByRole('rowheader')).toHaveText(expected.latest);
      await expect(rows.nth(2).getByRole('rowheader')).toHaveText(expected.first);
      await expect(rows.nth(3).getByRole('rowheader')).toHaveText(expected.july);
      await expect(page.getByRole('button', { name: `Delete the assessment of ${expected.first}` })).toBeVisible();
      await expect(page.getByLabel(/Compare your latest assessment/)).toContainText(expected.first);
      await expect(page.getByText(`Compare your latest assessment (${expected.latest}) with`)).toBeVisible();
      await expect(page.getByRole('img', { name: /^Control over time/ }))
        .toHaveAttribute('aria-label', `Control over time, out of 100: 40 on ${expected.july.slice(0, 10)}, 80 on ${expected.firstDay}, 70 on ${expected.latest.slice(0, 10)}.`);
      await expect(page.locator('.compare-summary')).toHaveText(`Since ${expected.firstDay}: control down 10, competence up 20, clarity up 20.`);

      await open(page, '/assess/results');
      await expect(page.getByText(`Taken ${expected.latest}, answered`)).toBeVisible();
      await expect(page.getByRole('table', { name: /with the change since/ })).toHaveAccessibleName(new RegExp(`change since ${expected.firstDay}$`));

      await open(page, '/assess');
      await expect(page.getByText(`You started this assessment on ${expected.started}.`)).toBeVisible();

      await open(page, '/report');
      await expect(page.getByText(`Latest: ${expected.latest}, answered`)).toBeVisible();
      await expect(page.locator('.report-assessment tbody th')).toHaveText([expected.july, expected.first, expected.latest]);
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      await expect(page.locator('.report-facts dd').first()).toHaveText(today);

      await open(page, '/data');
      await expect(page.getByText(`Last backup: ${expected.first}.`)).toBeVisible();
      // The Markdown report: local times, each with its offset from UTC.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as Markdown' }).click(),
      ]);
      const md = fs.readFileSync(await download.path(), 'utf8');
      expect(md).toContain(`Latest: ${expected.latest} ${expected.zone}, answered`);
      expect(md).toContain(`| ${expected.july} ${expected.julyZone} | Leader |`);
      expect(md).toMatch(new RegExp(`^Written ${today} \\d\\d:\\d\\d UTC[-+]\\d+\\.$`, 'm'));
      // A backup's export time, in the preview before importing it.
      const backup = { app: 'leader-leader', exported_at: '2025-11-14T06:00:00Z', ...SAMPLE };
      await page.getByLabel('Choose a backup file (.json)').setInputFiles({
        name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)),
      });
      await expect(page.locator('.import-preview')).toContainText(`Exported ${expected.first} ${expected.zone} (format 3)`);
    });
  });
}

test.describe('two assessments on one day', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('charts, comparison and captions tell them apart by their local time', async ({ page }) => {
    // 09:05 and 15:30 on 2025-11-14 in Los Angeles, after the sample's two.
    const morning = 1763139900000;
    const afternoon = 1763163000000;
    const data = structuredClone(SAMPLE);
    data.assessments.history = [
      { ...data.assessments.history[0], taken_at: 1762000000000 }, // 2025-11-01
      { ...data.assessments.history[0], taken_at: morning },
      { ...data.assessments.history[1], taken_at: afternoon },
    ];
    await seed(page, JSON.stringify(data));
    await open(page, '/assess/history');
    await expect(page.getByRole('img', { name: /^Competence over time/ }))
      .toHaveAttribute('aria-label', 'Competence over time, out of 100: 45 on 2025-11-01, 45 on 2025-11-14 09:05, 65 on 2025-11-14 15:30.');
    // The dates written under the line differ too.
    await expect(page.getByRole('img', { name: /^Competence over time/ }).locator('text.chart-axis').filter({ hasText: '2025' }))
      .toHaveText(['2025-11-01', '2025-11-14 15:30']);
    await expect(page.locator('.compare-summary')).toHaveText('Since 2025-11-14 09:05: control down 10, competence up 20, clarity up 20.');
    const bars = page.getByRole('img', { name: /^Latest, / });
    await expect(bars).toHaveAttribute('aria-label', /^Latest, 2025-11-14 15:30: .*; Earlier, 2025-11-14 09:05: /);
    await expect(bars.locator('text.chart-legend')).toHaveText(['Latest', 'Earlier, 2025-11-14 09:05']);
    await expect(page.getByRole('table', { name: /\(earlier\) and/ }))
      .toHaveAccessibleName('Scores on 2025-11-14 09:05 (earlier) and 2025-11-14 15:30 (latest), each out of 100');
    // The day before them stays a plain date.
    await page.getByLabel(/Compare your latest assessment/).selectOption({ label: '2025-11-01 05:26' });
    await expect(page.locator('.compare-summary')).toHaveText(/^Since 2025-11-01: /);

    await open(page, '/assess/results');
    await expect(page.getByRole('table', { name: /with the change since/ })).toHaveAccessibleName(/change since 2025-11-14 09:05$/);
  });
});

test.describe('a role changed during an assessment', () => {
  async function startAsLeader(page) {
    await seed(page, JSON.stringify({ version: 3, progress: { role: 'leader' } }));
    await open(page, '/assess');
    await page.locator('#q-control-intent-4').check();
    await page.locator('#q-ladder-3').check();
    expect((await stored(page)).assessments.draft.role).toBe('leader');
  }

  const prompt = (page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Your role changed during this assessment' }) });

  test('says what happens to the answers; keeping them keeps them for the new wording', async ({ page }) => {
    await startAsLeader(page);
    await page.getByLabel("I don't hold a traditional leadership role").check();
    await expect(prompt(page)).toContainText('You have answered 2 of 16 questions as they are worded for someone in a traditional leadership role');
    await expect(prompt(page)).toContainText('without a traditional leadership role the statements are worded differently');
    // Nothing more can be answered until the visitor chooses.
    await expect(page.locator('fieldset.question')).toHaveCount(0);
    await audit(page);
    await page.screenshot({ path: '/tmp/assess-role-switch.png' });

    await prompt(page).getByRole('button', { name: 'Keep my answers' }).click();
    await expect(prompt(page)).toHaveCount(0);
    await expect(page.getByRole('group', { name: /I tell my boss what I intend to do/ })).toBeVisible();
    await expect(page.locator('#q-control-intent-4')).toBeChecked();
    await expect(page.locator('#q-ladder-3')).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'Your answers are kept.' })).toBeVisible();
    await expect(page.getByLabel("I don't hold a traditional leadership role")).toBeFocused();
    const draft = (await stored(page)).assessments.draft;
    expect(draft.role).toBe('member');
    expect(draft.answers).toEqual({ 'control-intent': 4 });
    expect(draft.rung).toBe(3);
  });

  test('starting afresh clears the answers; going back changes nothing', async ({ page }) => {
    await startAsLeader(page);
    await page.getByLabel("I don't hold a traditional leadership role").check();
    await prompt(page).getByRole('button', { name: 'Start afresh' }).click();
    await expect(prompt(page)).toHaveCount(0);
    await expect(page.getByRole('group', { name: /I tell my boss what I intend to do/ })).toBeVisible();
    await expect(page.locator('fieldset.question input:checked')).toHaveCount(0);
    await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute('aria-valuenow', '0');
    await expect(page.getByLabel("I don't hold a traditional leadership role")).toBeFocused();
    expect((await stored(page)).assessments.draft).toBeNull();

    // Answer as a team member, switch, and go back.
    await page.locator('#q-clarity-purpose-5').check();
    await page.getByLabel('I hold a traditional leadership role').check();
    await expect(prompt(page)).toContainText('You have answered 1 of 16 questions as they are worded for someone without a traditional leadership role');
    await prompt(page).getByRole('button', { name: 'Go back to my earlier role' }).click();
    await expect(page.getByLabel("I don't hold a traditional leadership role")).toBeChecked();
    await expect(page.getByLabel("I don't hold a traditional leadership role")).toBeFocused();
    await expect(page.locator('#q-clarity-purpose-5')).toBeChecked();
    const data = await stored(page);
    expect(data.progress.role).toBe('member');
    expect(data.assessments.draft).toMatchObject({ role: 'member', answers: { 'clarity-purpose': 5 } });
  });

  test('a role changed on the home page is asked about when the assessment is opened', async ({ page }) => {
    await startAsLeader(page);
    await open(page, '/');
    await page.getByLabel("I don't hold a traditional leadership role").check();
    await open(page, '/assess');
    await expect(prompt(page)).toBeVisible();
    await prompt(page).getByRole('button', { name: 'Go back to my earlier role' }).click();
    await expect(page.getByRole('group', { name: /My people tell me what they intend to do/ })).toBeVisible();
    await expect(page.locator('#q-control-intent-4')).toBeChecked();
  });
});

for (const width of [1280, 320]) {
  test.describe(`results asked for too soon, ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('a short summary: how many, with a link to each, and focus on its heading', async ({ page }) => {
      await seed(page, JSON.stringify({ version: 3, progress: { role: 'leader' } }));
      await open(page, '/assess');
      await page.locator('#q-control-intent-4').check();
      await page.getByRole('button', { name: 'See my results' }).click();
      const summary = page.getByRole('region', { name: '15 questions are not answered yet' });
      await expect(summary).toBeVisible();
      const heading = summary.getByRole('heading', { level: 2 });
      await expect(heading).toBeFocused();
      await page.screenshot({ path: `/tmp/assess-missing-${width}.png` });
      // The whole summary, heading included, stays on screen (the list of
      // every question's full text was 968 px tall).
      const box = await summary.boundingBox();
      expect(box.height, 'summary height').toBeLessThan(width === 320 ? 380 : 240);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      const links = summary.getByRole('link');
      await expect(links).toHaveCount(15);
      await expect(links.first()).toHaveAccessibleName('Question 1');
      await expect(links.nth(1)).toHaveAccessibleName('Question 3');
      await expect(links.last()).toHaveAccessibleName('Question 16');
      await audit(page);

      // Each link takes the keyboard to its question.
      await links.last().click();
      await expect(page.locator('#q-ladder-1')).toBeFocused();
      await summary.getByRole('link', { name: 'Question 7', exact: true }).click();
      await expect(page.locator('#q-competence-named-gaps-1')).toBeFocused();
      await page.keyboard.press('Space');
      const shorter = page.getByRole('region', { name: '14 questions are not answered yet' });
      await expect(shorter).toBeVisible();
      await expect(shorter.getByRole('link')).toHaveCount(14);
      await expect(shorter.getByRole('link', { name: 'Question 7', exact: true })).toHaveCount(0);
    });
  });
}

for (const [width, scheme] of [[1280, 'light'], [320, 'dark']]) {
  test.describe(`the score chart, ${width} px wide`, () => {
    test.use({ viewport: { width, height: 900 }, colorScheme: scheme });

    test('uses the width of its card, with text at its normal size', async ({ page }) => {
      await seed(page);
      await open(page, '/assess/results');
      const card = page.getByRole('region', { name: 'Your scores', exact: true });
      const chart = page.getByRole('img', { name: /^Your scores:/ });
      const cardBox = await card.boundingBox();
      const svgBox = await chart.boundingBox();
      // Card padding aside, the chart takes the card's whole width.
      expect(svgBox.width).toBeGreaterThan(cardBox.width - 64);
      expect(svgBox.x + svgBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
      // A score of 70 draws a bar 70% of the way along the scale.
      const bar = await chart.locator('rect.chart-bar-control').boundingBox();
      expect(bar.width / svgBox.width).toBeGreaterThan(0.58);
      expect(bar.width / svgBox.width).toBeLessThan(0.64);
      // Labels and scores keep their size and stay inside the card.
      for (const text of await chart.locator('text').all()) {
        const b = await text.boundingBox();
        expect(b.height).toBeGreaterThan(12);
        expect(b.height).toBeLessThan(24);
        expect(b.x).toBeGreaterThanOrEqual(cardBox.x);
        expect(b.x + b.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
      }
      expect(await page.evaluate(() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth)).toBe(true);
      await card.screenshot({ path: `/tmp/assess-chart-${width}-${scheme}.png` });

      // Beside an earlier assessment, too.
      await open(page, '/assess/history');
      const compare = page.getByRole('img', { name: /^Latest, / });
      const compareBox = await compare.boundingBox();
      const compareCard = await page.getByRole('region', { name: 'Compare', exact: true }).boundingBox();
      expect(compareBox.width).toBeGreaterThan(compareCard.width - 64);
      await expect(compare.locator('rect.chart-bar-earlier')).toHaveCount(4);
      for (const text of await compare.locator('text').all()) {
        const b = await text.boundingBox();
        expect(b.x + b.width).toBeLessThanOrEqual(compareCard.x + compareCard.width);
      }
      await page.getByRole('region', { name: 'Compare', exact: true }).screenshot({ path: `/tmp/assess-compare-${width}-${scheme}.png` });
      await audit(page);
    });
  });
}

test('results name each next action once, as its checklist link', async ({ page }) => {
  await seed(page);
  await open(page, '/assess/results');
  await expect(page.getByRole('heading', { name: 'Next actions: competence' })).toBeVisible();
  const actions = page.locator('.next-action');
  await expect(actions).toHaveCount(3);
  const main = page.getByRole('main');
  // The link, and not also the sentence it retells.
  await expect(main.getByRole('link', { name: /^Replace one briefing with a short certification/ })).toHaveCount(1);
  await expect(main).not.toContainText('Swap your next briefing for a short certification');
  await expect(main).not.toContainText('check that the person has the know-how');
  for (const action of await actions.all()) {
    await expect(action.locator('.next-action-items a').first()).toBeVisible();
    await expect(action.getByRole('link', { name: /^Step \d: / })).toHaveCount(1);
  }
  await expect(actions.first()).toContainText('Part of Step 4: Support control with competence and clarity');
  await expect(actions.first().locator('.tag')).toHaveText('Ticked');
  await page.getByRole('region', { name: /^Next actions/ }).screenshot({ path: '/tmp/assess-next-actions.png' });
});

test.describe('the printable report on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, timezoneId: 'UTC' });

  test('fits 320 px with stacked rows, and prints the history as a table', async ({ page }) => {
    await seed(page, sample({ times: [JULY] }));
    await open(page, '/report');
    const table = page.locator('.report-assessment table');
    await expect(table).toHaveAccessibleName(/Every completed assessment/);
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('Leader');
    const fits = await page.evaluate(() => {
      const el = document.scrollingElement;
      return { scroll: el.scrollWidth, client: el.clientWidth };
    });
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    const row = table.locator('tbody tr').first();
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await expect(row.locator('td').nth(1)).toHaveText('40');
    expect(await row.locator('td').nth(1).evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/Control/);
    await audit(page);
    await table.screenshot({ path: '/tmp/assess-report-320.png' });

    await page.emulateMedia({ media: 'print' });
    expect(await table.evaluate((el) => getComputedStyle(el).display)).toBe('table');
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
    expect(await row.locator('td').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-cell');
    expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    await expect(table.locator('thead th')).toHaveText(['Date', 'Role', 'Control', 'Competence', 'Clarity', 'Pattern']);
  });
});
