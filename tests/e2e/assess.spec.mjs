// The self-assessment: answering (and resuming), results with chart and
// next actions, history with trends, comparison and deletion with undo,
// backups, accessibility in both colour schemes and at phone width.
import fs from 'node:fs';
import { test, expect, open, appReady, audit, KEY, site, atPage } from './fixtures.mjs';

// Times are shown in the visitor's time zone; these tests read them in UTC.
test.use({ timezoneId: 'UTC' });

const SAMPLE = fs.readFileSync(new URL('../fixtures/saved-v3.json', import.meta.url), 'utf8');

const STATEMENTS = {
  control: ['control-info-decides', 'control-intent', 'control-approvals', 'control-proposals', 'control-waits'],
  competence: ['competence-skills-match', 'competence-named-gaps', 'competence-certify', 'competence-deliberate', 'competence-learning-stalls'],
  clarity: ['clarity-purpose', 'clarity-criteria', 'clarity-principles', 'clarity-questions', 'clarity-guessing'],
};
// Agreeing with these is a sign of weakness: they count in reverse.
const REVERSED = new Set(['control-waits', 'competence-learning-stalls', 'clarity-guessing']);

const h1 = (page) => page.getByRole('heading', { level: 1 });
const stored = async (page) => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));

/** Answers every statement of a component so that it scores `score` (0, 25, 50, 75 or 100). */
async function answerComponent(page, component, score) {
  const value = score / 25 + 1;
  for (const id of STATEMENTS[component]) {
    const v = REVERSED.has(id) ? 6 - value : value;
    await page.locator(`#q-${id}-${v}`).check();
  }
}

async function answerAll(page, { control, competence, clarity, rung }) {
  await answerComponent(page, 'control', control);
  await answerComponent(page, 'competence', competence);
  await answerComponent(page, 'clarity', clarity);
  await page.locator(`#q-ladder-${rung}`).check();
}


async function seed(page, text = SAMPLE) {
  await open(page, '/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text]);
}

test('complete an assessment, see results and chart, reload, take a second, and see history and change', async ({ page }) => {
  await open(page, '/assess');
  await expect(h1(page)).toHaveText('Self-assessment');
  // No role yet: the page asks for it, as the journey does.
  await expect(page.locator('fieldset.question')).toHaveCount(0);
  await page.getByLabel('I hold a traditional leadership role').check();
  await expect(page.locator('fieldset.question')).toHaveCount(16);
  await expect(page.getByRole('group', { name: /My people tell me what they intend to do/ })).toBeVisible();
  const group = page.getByRole('group', { name: /Decisions in my area are made by whoever knows most/ });
  for (const label of ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']) {
    await expect(group.getByRole('radio', { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('group', { name: /how do they usually put it\?/ }).getByRole('radio')).toHaveCount(7);

  // Control far ahead of its pillars.
  await answerAll(page, { control: 100, competence: 50, clarity: 50, rung: 2 });
  await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute('aria-valuenow', '16');
  await page.getByRole('button', { name: 'See my results' }).click();

  await expect(page).toHaveURL(atPage('assess/results'));
  await expect(h1(page)).toHaveText('Your results');
  await expect(h1(page)).toBeFocused();
  const chart = page.getByRole('img', { name: /^Your scores:/ });
  await expect(chart).toHaveAttribute('aria-label', 'Your scores: Control 100, Competence 50, Clarity 50, each out of 100.');
  await expect(chart.locator('rect.chart-bar')).toHaveCount(3);
  const table = page.getByRole('table', { name: /Scores per component/ });
  await expect(table.getByRole('row', { name: /Control/ })).toContainText('100');
  await expect(table.getByRole('row', { name: /Competence/ }).getByRole('cell').first()).toHaveText('50');
  await expect(page.getByRole('heading', { level: 2, name: 'Control is running ahead: a risk of chaos' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('control is 50 points ahead');
  await expect(page.getByRole('main')).toContainText('Will Rogers');
  // The weakest component (a tie of competence and clarity goes to competence) leads to actions.
  await expect(page.getByRole('heading', { name: 'Next actions: competence' })).toBeVisible();
  await expect(page.locator('.next-action')).toHaveCount(3);
  const certify = page.getByRole('link', { name: /Replace one briefing with a short certification/ });
  await expect(certify).toHaveAttribute('href', site('steps/competence-and-clarity#item-pillars-certify-not-brief'));
  await expect(page.getByRole('main')).toContainText('Rung 2 of 7');

  await page.reload();
  await appReady(page);
  await expect(page.getByRole('img', { name: /^Your scores:/ })).toHaveAttribute('aria-label', /Control 100, Competence 50, Clarity 50/);
  await expect(page.getByRole('heading', { level: 2, name: /running ahead/ })).toBeVisible();

  // The second assessment starts blank.
  await page.getByRole('link', { name: 'Take the assessment again' }).click();
  await expect(h1(page)).toHaveText('Self-assessment');
  await expect(page.locator('fieldset.question input:checked')).toHaveCount(0);
  await answerAll(page, { control: 75, competence: 75, clarity: 75, rung: 5 });
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Strong and in step: the Santa Fe pattern' })).toBeVisible();
  const change = page.getByRole('table', { name: /with the change since/ });
  await expect(change.getByRole('row', { name: /Control/ })).toContainText('down 25');
  await expect(change.getByRole('row', { name: /Competence/ })).toContainText('up 25');
  await expect(page.getByRole('main')).toContainText('Rung 5 of 7');

  await page.getByRole('link', { name: 'Your history and trends' }).click();
  await expect(h1(page)).toHaveText('Your assessments over time');
  // Both were taken today: their labels add the time.
  const DAY = '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d(?::\\d\\d)?';
  for (const [name, first, last] of [['Control', 100, 75], ['Competence', 50, 75], ['Clarity', 50, 75]]) {
    await expect(page.getByRole('img', { name: new RegExp(`^${name} over time`) }))
      .toHaveAttribute('aria-label', new RegExp(`: ${first} on ${DAY}, ${last} on ${DAY}\\.$`));
  }
  await expect(page.getByRole('region', { name: 'Control' })).toContainText('From 100 to 75 across 2 assessments: down 25.');
  await expect(page.locator('.compare-summary')).toContainText('control down 25, competence up 25, clarity up 25');
  await expect(page.getByRole('img', { name: /^Latest, / })).toBeVisible();
  const history = page.getByRole('table', { name: /Every completed assessment/ });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('Santa Fe');
  await expect(history.getByRole('row').nth(2)).toContainText('Control ahead');

  // Everything is in storage, with dates, roles, answers, rungs and scores.
  const data = await stored(page);
  expect(data.assessments.draft).toBeNull();
  expect(data.assessments.history).toHaveLength(2);
  expect(data.assessments.history[0]).toMatchObject({
    role: 'leader', rung: 2, scores: { control: 100, competence: 50, clarity: 50 },
  });
  expect(Object.keys(data.assessments.history[1].answers)).toHaveLength(15);
  expect(data.assessments.history[1].taken_at).toBeGreaterThan(data.assessments.history[0].taken_at);
});

test('leave midway and resume; unanswered questions are pointed out before results', async ({ page }) => {
  await open(page, '/assess');
  await page.getByLabel("I don't hold a traditional leadership role").check();
  // Phrased for someone without a leadership role.
  await expect(page.getByRole('group', { name: /I tell my boss what I intend to do/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /When you go to your boss about a decision/ })).toBeVisible();
  await page.locator('#q-control-intent-4').check();
  await page.locator('#q-competence-certify-2').check();
  await page.locator('#q-ladder-3').check();

  await page.reload();
  await appReady(page);
  await expect(page.locator('#q-control-intent-4')).toBeChecked();
  await expect(page.locator('#q-competence-certify-2')).toBeChecked();
  await expect(page.locator('#q-ladder-3')).toBeChecked();
  await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute('aria-valuetext', '3 of 16 done');
  await expect(page.getByText(/You started this assessment on \d{4}-\d\d-\d\d/)).toBeVisible();

  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page).toHaveURL(/\/assess\/$/);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading')).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('13 questions are not answered yet');
  await expect(summary.getByRole('link')).toHaveCount(13);
  await expect(page.locator('fieldset.question.missing')).toHaveCount(13);
  await expect(page.getByRole('group', { name: /I tell my boss/ })).not.toHaveClass(/missing/);
  // A link in the list takes the keyboard to the question.
  await summary.getByRole('link', { name: 'Question 12', exact: true }).click();
  await expect(page.locator('#q-clarity-criteria-1')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#q-clarity-criteria-2')).toBeChecked();
  await expect(summary.getByRole('heading')).toHaveText('12 questions are not answered yet');
  await expect(page.locator('#q-clarity-criteria-missing')).toHaveCount(0);

  const data = await stored(page);
  expect(data.assessments.draft.answers).toEqual({ 'control-intent': 4, 'competence-certify': 2, 'clarity-criteria': 2 });
  expect(data.assessments.draft.rung).toBe(3);
  expect(data.assessments.history).toEqual([]);

  // Changing role rewords the statements and, when asked to, keeps the answers.
  await page.getByLabel('I hold a traditional leadership role').check();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.getByRole('group', { name: /My people tell me what they intend to do/ })).toBeVisible();
  await expect(page.locator('#q-control-intent-4')).toBeChecked();

  // Results are not shown until everything is answered.
  await open(page, '/assess/results');
  await expect(page.getByText('You have not completed a self-assessment yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Continue the assessment' }).click();
  await expect(page.locator('#q-control-intent-4')).toBeChecked();
});

test('a past assessment can be deleted, the deletion undone, and the change kept', async ({ page }) => {
  await seed(page);
  await open(page, '/assess/history');
  const rows = page.getByRole('table', { name: /Every completed assessment/ }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete the assessment of 2025-11-14 06:00' }).click();
  await expect(rows).toHaveCount(2);
  const status = page.getByRole('status').filter({ hasText: 'deleted' });
  await expect(status).toContainText('Assessment of 2025-11-14 06:00 deleted.');
  const undo = status.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  expect((await stored(page)).assessments.history).toHaveLength(1);
  // Only one left: nothing to compare.
  await expect(page.getByText('Take the assessment again to compare')).toBeVisible();

  await undo.click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('Assessment of 2025-11-14 06:00 restored.')).toBeVisible();
  expect((await stored(page)).assessments.history.map((a) => a.taken_at)).toEqual([1763100000000, 1763960000000]);
  await expect(page.locator('.compare-summary')).toContainText('Since 2025-11-14: control down 10, competence up 20, clarity up 20.');

  await page.getByRole('button', { name: 'Delete the assessment of 2025-11-24 04:53' }).click();
  await page.reload();
  await appReady(page);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('2025-11-14 06:00');
  // The remaining one is now the latest result.
  await open(page, '/assess/results');
  await expect(page.getByRole('img', { name: /^Your scores:/ })).toHaveAttribute('aria-label', /Control 80, Competence 45, Clarity 50/);
});

test('the latest can be compared with any earlier assessment, and old results opened', async ({ page }) => {
  const data = JSON.parse(SAMPLE);
  const third = structuredClone(data.assessments.history[1]);
  third.taken_at = 1764500000000; // 2025-11-30
  third.scores = { control: 90, competence: 85, clarity: 80 };
  data.assessments.history.push(third);
  await seed(page, JSON.stringify(data));
  await open(page, '/assess/history');
  const select = page.getByLabel(/Compare your latest assessment/);
  // By default, the one just before the latest.
  await expect(select).toHaveValue('1763960000000');
  await expect(page.locator('.compare-summary')).toHaveText('Since 2025-11-24: control up 20, competence up 20, clarity up 10.');
  await select.selectOption({ label: '2025-11-14 06:00' });
  await expect(page.locator('.compare-summary')).toHaveText('Since 2025-11-14: control up 10, competence up 40, clarity up 30.');
  const table = page.getByRole('table', { name: /\(earlier\) and/ });
  await expect(table).toHaveAccessibleName(/Scores on 2025-11-14 \(earlier\) and 2025-11-30 \(latest\)/);
  await expect(table.getByRole('row', { name: /Competence/ })).toContainText('45');
  await expect(table.getByRole('row', { name: /Competence/ })).toContainText('up 40');
  await expect(page.getByRole('img', { name: /^Latest, 2025-11-30/ })).toHaveAttribute('aria-label', /2025-11-14: Control 80, Competence 45, Clarity 50/);

  // An earlier result opens from the table, marked as earlier.
  await page.getByRole('link', { name: '2025-11-14 06:00' }).click();
  await expect(page).toHaveURL(/\/assess\/results\?at=1763100000000$/);
  await expect(page.getByText('This is an earlier assessment.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /running ahead/ })).toBeVisible();

  // A next action's checklist item opens on its step, where it can be ticked.
  await page.getByRole('link', { name: /For the next task you delegate, state the goal/ }).click();
  await expect(page).toHaveURL(/\/steps\/competence-and-clarity#item-pillars-goals-not-methods$/);
  await expect(h1(page)).toHaveText('Support control with competence and clarity');
  await page.locator('#item-pillars-goals-not-methods').check();
  await page.goBack();
  const action = page.getByRole('link', { name: /For the next task you delegate/ }).locator('xpath=..');
  await expect(action).toHaveClass(/\bdone\b/);
  await expect(action.locator('.tag')).toHaveText('Ticked');
});

test('assessments travel in backups, out and back in', async ({ page }) => {
  await open(page, '/data');
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({
    name: 'sample.json', mimeType: 'application/json', buffer: Buffer.from(SAMPLE),
  });
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await open(page, '/assess/history');
  await expect(page.getByRole('table', { name: /Every completed assessment/ }).getByRole('row')).toHaveCount(3);
  // The draft in the file comes back too.
  await open(page, '/assess');
  await expect(page.locator('#q-control-info-decides-4')).toBeChecked();
  await expect(page.locator('#q-ladder-5')).toBeChecked();

  await open(page, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  const backup = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(backup.assessments.history.map((a) => a.scores)).toEqual([
    { control: 80, competence: 45, clarity: 50 },
    { control: 70, competence: 65, clarity: 70 },
  ]);
});

test('answering works by keyboard alone, with focus visible', async ({ page }) => {
  await seed(page, JSON.stringify({ version: 3, progress: { role: 'leader' } }));
  await open(page, '/assess');
  const first = page.locator('#q-control-info-decides-1');
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#q-control-info-decides-2')).toBeChecked();
  // Tab moves on to the next statement's group.
  await page.keyboard.press('Tab');
  await expect(page.locator('#q-control-intent-1')).toBeFocused();
  await page.reload();
  await appReady(page);
  await expect(page.locator('#q-control-info-decides-2')).toBeChecked();
});

for (const scheme of ['light', 'dark']) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('questionnaire, unanswered list, results and history pass axe', async ({ page }) => {
      await open(page, '/assess');
      await audit(page); // asks for the role first
      await page.getByLabel('I hold a traditional leadership role').check();
      await page.locator('#q-control-intent-4').check();
      await audit(page);
      await page.getByRole('button', { name: 'See my results' }).click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await audit(page);

      await seed(page);
      await open(page, '/assess/results');
      await audit(page);
      await page.getByText('How the patterns are decided').click();
      await audit(page);
      await open(page, '/assess/history');
      await audit(page);
      await page.getByRole('button', { name: /^Delete the assessment of 2025-11-14/ }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await audit(page);
    });
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('every assessment page fits 320 px without sideways scrolling', async ({ page }) => {
    await seed(page);
    for (const path of ['/assess', '/assess/results', '/assess/history']) {
      await open(page, path);
      await audit(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
