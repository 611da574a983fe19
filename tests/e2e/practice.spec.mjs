// Practice tools: the genetic-code audit, the intent log and the phrase
// coach. Entries are added, edited, reordered and deleted, kept across
// reloads, carried by backups, and every page passes axe in both schemes.
import fs from 'node:fs';
import { test, expect, open, appReady, audit, KEY, site, atPage } from './fixtures.mjs';

const SAMPLE = fs.readFileSync(new URL('../fixtures/saved-v3-practice.json', import.meta.url), 'utf8');
const storedText = (page) => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY);
const stored = async (page) => JSON.parse(await storedText(page));
const entry = (page, n) => page.getByRole('group', { name: new RegExp(`^Entry ${n}: `) });

async function seed(page, text = SAMPLE) {
  await open(page, '/');
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, text]);
}

async function reload(page) {
  await page.reload();
  await appReady(page);
}


test('the practice tools are in the navigation and link to each other', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
  await expect(page).toHaveURL(atPage('practice/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice tools');
  for (const [name, path, title] of [
    ['Genetic-code audit', 'practice/audit', 'Genetic-code audit'],
    ['Intent log', 'practice/intents', 'Intent log'],
    ['Phrase coach', 'practice/phrases', 'Phrase coach'],
  ]) {
    await open(page, '/practice');
    await page.getByRole('main').getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(atPage(path));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const sub = page.getByRole('navigation', { name: 'Practice tools' });
    await expect(sub.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }))
      .toHaveAttribute('aria-current', 'page');
  }
});

test('audit: add, edit, reorder, delete with undo; everything survives a reload', async ({ page }) => {
  await open(page, '/practice/audit');
  await expect(page.getByText('Nothing listed yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  const first = entry(page, 1);
  // Focus goes to the new entry's first field.
  await expect(first.getByLabel('Practice, procedure or approval')).toBeFocused();
  await page.keyboard.type('Refunds over £100 need a lead <b>sign-off</b>');
  await first.getByLabel('Who decides today').fill('Team lead');
  await first.getByLabel('Who should decide').fill('Support agent');
  await first.getByLabel('Ladder rung used today').selectOption('4');
  await first.getByLabel('Target rung').selectOption('6');
  await first.getByLabel('Competence needed before handing it down').fill('Knows the refund rules');
  await first.getByLabel('This competence is in place').check();
  await first.getByLabel('Clarity needed before handing it down').fill('Knows what we are for');
  await first.getByLabel('Handed down').check();
  await expect(first).toHaveAccessibleName(/^Entry 1: Refunds over £100/);

  await page.getByRole('button', { name: 'Add an entry' }).click();
  const second = entry(page, 2);
  await second.getByLabel('Practice, procedure or approval').fill('Release go-ahead from the head of engineering');
  await second.getByLabel('Being rewritten').check();

  // The summary counts what moved and what is blocked, and links to step 4.
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('progressbar', { name: 'Decisions handed down' })).toHaveAttribute('aria-valuetext', '1 of 2 done');
  await expect(summary).toContainText('1 of 2 decisions handed down; 1 being rewritten, 0 found.');
  await expect(summary.getByRole('heading', { name: 'Blocked on competence' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Blocked on clarity' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /2\. Release go-ahead/ })).toHaveCount(2);
  await expect(summary.getByRole('heading', { name: 'Handed down before they were ready' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Step 4: Support control with competence and clarity' }))
    .toHaveAttribute('href', site('steps/competence-and-clarity'));

  // Reorder from the keyboard: focus stays on the button that was pressed.
  const down = first.getByRole('button', { name: 'Move down' });
  await down.focus();
  const downId = await down.getAttribute('id');
  await page.keyboard.press('Enter');
  await expect(entry(page, 1)).toHaveAccessibleName(/^Entry 1: Release go-ahead/);
  await expect(entry(page, 2)).toHaveAccessibleName(/^Entry 2: Refunds over £100/);
  await expect(page.locator(`[id="${downId}"]`)).toBeFocused();
  await expect(page.locator(`[id="${downId}"]`)).toHaveAttribute('aria-disabled', 'true');
  // At the top, "Move up" does nothing and keeps focus.
  const up = entry(page, 1).getByRole('button', { name: 'Move up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(entry(page, 1)).toHaveAccessibleName(/^Entry 1: Release go-ahead/);
  await expect(up).toBeFocused();
  await entry(page, 2).getByRole('button', { name: 'Move up' }).click();
  await expect(entry(page, 1)).toHaveAccessibleName(/^Entry 1: Refunds over £100/);
  await entry(page, 1).getByRole('button', { name: 'Move down' }).click();

  const saved = (await stored(page)).practice.audit;
  expect(saved.map((e) => e.practice)).toEqual([
    'Release go-ahead from the head of engineering',
    'Refunds over £100 need a lead <b>sign-off</b>',
  ]);
  expect(saved[1]).toMatchObject({
    decides_now: 'Team lead', should_decide: 'Support agent', rung_now: 4, rung_target: 6,
    competence_ready: true, clarity_ready: false, status: 'handed-down',
  });

  await reload(page);
  await expect(entry(page, 1)).toHaveAccessibleName(/^Entry 1: Release go-ahead/);
  const refunds = entry(page, 2);
  await expect(refunds.getByLabel('Practice, procedure or approval')).toHaveValue('Refunds over £100 need a lead <b>sign-off</b>');
  await expect(refunds.getByLabel('Who decides today')).toHaveValue('Team lead');
  await expect(refunds.getByLabel('Who should decide')).toHaveValue('Support agent');
  await expect(refunds.getByLabel('Ladder rung used today')).toHaveValue('4');
  await expect(refunds.getByLabel('Target rung')).toHaveValue('6');
  await expect(refunds.getByLabel('This competence is in place')).toBeChecked();
  await expect(refunds.getByLabel('This clarity is in place')).not.toBeChecked();
  await expect(refunds.getByLabel('Handed down')).toBeChecked();
  await expect(page.locator('main b')).toHaveCount(0);

  // Edit after the reload, then delete with undo.
  await refunds.getByLabel('Who decides today').fill('Duty manager');
  await entry(page, 1).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry deleted: Release go-ahead' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(entry(page, 1)).toHaveAccessibleName(/^Entry 1: Refunds/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entry(page, 1)).toHaveAccessibleName(/^Entry 1: Release go-ahead/);
  await expect(entry(page, 1).getByLabel('Being rewritten')).toBeChecked();
  await expect(entry(page, 1).getByLabel('Practice, procedure or approval')).toBeFocused();
  // Delete for good.
  await entry(page, 2).getByRole('button', { name: 'Delete' }).click();
  await reload(page);
  await expect(page.locator('.audit-entry')).toHaveCount(1);
  await expect(entry(page, 1)).toHaveAccessibleName(/^Entry 1: Release go-ahead/);
  expect((await stored(page)).practice.audit).toHaveLength(1);
});

test('intent log: log, edit, delete with undo, see the share over time, and keep it all', async ({ page }) => {
  await open(page, '/practice/intents');
  await expect(page.getByText('Nothing logged yet.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Log a permission request' }).click();
  await expect(page.getByLabel('What I asked permission for')).toBeFocused();
  await page.keyboard.type('Can I order the spare laptop?');
  const permission = page.locator('.intent-entry').first();
  await permission.getByLabel('Date').fill('2026-03-02');
  await permission.getByLabel('Was stopped').check();
  await permission.getByLabel('Note (optional)').fill('Budget freeze');

  await page.getByRole('button', { name: 'Log an intent' }).click();
  const intent = page.locator('.intent-entry').first();
  await expect(intent.getByLabel('What I said I intended to do')).toBeFocused();
  await page.keyboard.type('I intend to deploy the fix tonight.');
  await intent.getByLabel('Date').fill('2026-03-16');
  await intent.getByLabel('Went ahead', { exact: true }).check();
  await expect(intent).toHaveAccessibleName('Intent, 2026-03-16');
  await expect(page.locator('.intent-entry').nth(1)).toHaveAccessibleName('Permission request, 2026-03-02');

  const summary = page.getByRole('region', { name: 'Intents and permission requests over time' });
  await expect(summary).toContainText('1 intent and 1 permission request: 50% intents.');
  await expect(summary).toContainText('From 0% intents in the week of 2026-03-02 to 100% in the week of 2026-03-16.');
  const chart = summary.getByRole('img');
  await expect(chart).toHaveAttribute('aria-label', /the week of 2026-03-02: 1 entry, 0 intents and 1 permission request \(0% intents\); the week of 2026-03-09: nothing logged; the week of 2026-03-16: 1 entry, 1 intent and 0 permission requests \(100% intents\)/);
  const rows = summary.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveText(/Week of 2026-03-02\s*1\s*0\s*1\s*0%/);
  await expect(rows.nth(2)).toHaveText(/Week of 2026-03-16\s*1\s*1\s*0\s*100%/);

  await reload(page);
  const kept = page.locator('.intent-entry');
  await expect(kept).toHaveCount(2);
  await expect(kept.nth(0).getByLabel('What I said I intended to do')).toHaveValue('I intend to deploy the fix tonight.');
  await expect(kept.nth(0).getByLabel('Date')).toHaveValue('2026-03-16');
  await expect(kept.nth(0).getByLabel('Went ahead', { exact: true })).toBeChecked();
  await expect(kept.nth(1).getByLabel('What I asked permission for')).toHaveValue('Can I order the spare laptop?');
  await expect(kept.nth(1).getByLabel('Was stopped')).toBeChecked();
  await expect(kept.nth(1).getByLabel('Note (optional)')).toHaveValue('Budget freeze');

  // Change the request into an intent: the label and the share follow.
  await kept.nth(1).getByLabel('I stated my intent').check();
  await expect(kept.nth(1).getByLabel('What I said I intended to do')).toBeVisible();
  await expect(summary).toContainText('2 intents and 0 permission requests: 100% intents.');
  await kept.nth(1).getByLabel('I asked for permission').check();

  // Delete with undo, then for good.
  await kept.nth(0).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Intent deleted.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(kept).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(kept).toHaveCount(2);
  await expect(kept.nth(0).getByLabel('Date')).toHaveValue('2026-03-16');
  await kept.nth(1).getByRole('button', { name: 'Delete' }).click();
  await reload(page);
  await expect(page.locator('.intent-entry')).toHaveCount(1);
  await expect(page.locator('.intent-entry').first()).toHaveAccessibleName('Intent, 2026-03-16');
  const saved = (await stored(page)).practice.intents;
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ kind: 'intent', date: '2026-03-16', outcome: 'went-ahead' });
});

test('phrase coach: flags asking words, offers rewrites, copies, logs on request and stores nothing else', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '/practice/phrases');
  const box = page.getByLabel('Your message');
  await box.fill('Hi Sam,\nThe build is green. Can I order the blue chairs tonight? I can see the budget.\n\nWould it be OK if I took Friday off, <b>please</b>?');
  const results = page.getByRole('region', { name: 'What the coach found' });
  await expect(results.getByRole('status').first()).toHaveText('2 sentences hand a decision up.');
  await expect(results.locator('mark')).toHaveText(['Can I', 'Would it be OK if I']);
  const cards = results.locator('.coach-suggestion');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText('I intend to order the blue chairs tonight.');
  await expect(cards.nth(1)).toContainText('I intend to take Friday off, <b>please</b>.');
  await expect(page.locator('main b')).toHaveCount(0);
  // Nothing typed here is stored.
  expect(await storedText(page)).not.toContain('blue chairs');

  await cards.nth(0).getByRole('button', { name: 'Copy suggestion 2' }).click();
  await expect(results.getByText('The suggestion copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('I intend to order the blue chairs tonight.');
  await results.getByRole('button', { name: 'Copy the whole message, rewritten' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Hi Sam,\nThe build is green. I intend to order the blue chairs tonight. I can see the budget.\n\nI intend to take Friday off, <b>please</b>.',
  );

  // Log on request: the rewrite as an intent, the original as a request.
  await cards.nth(0).getByRole('button', { name: 'Log this as an intent' }).click();
  await expect(results.getByText('Added to your intent log as an intent.')).toBeVisible();
  await cards.nth(1).getByRole('button', { name: 'Log as a permission request' }).click();
  await expect(results.getByText('Added to your intent log as a permission request.')).toBeVisible();
  const intents = (await stored(page)).practice.intents;
  expect(intents.map((e) => [e.kind, e.text])).toEqual([
    ['permission', 'Would it be OK if I took Friday off, <b>please</b>?'],
    ['intent', 'I intend to order the blue chairs tonight.'],
  ]);
  expect(await storedText(page)).not.toContain('The build is green');

  // A reload forgets the message; the log keeps what was logged.
  await reload(page);
  await expect(page.getByLabel('Your message')).toHaveValue('');
  await open(page, '/practice/intents');
  await expect(page.locator('.intent-entry')).toHaveCount(2);
  await expect(page.locator('.intent-entry').nth(1).getByLabel('What I said I intended to do'))
    .toHaveValue('I intend to order the blue chairs tonight.');
});

test('two tabs editing different entries both keep their edits', async ({ page, context }) => {
  await seed(page);
  await open(page, '/practice/audit');
  const other = await context.newPage();
  await other.goto('practice/audit');
  await appReady(other);
  // Each tab shows the other's edit at once, and both are saved. (The test
  // waits, as a person would, for one tab's write to reach the other.)
  await entry(page, 1).getByLabel('Who decides today').fill('Head of support');
  await expect(entry(other, 1).getByLabel('Who decides today')).toHaveValue('Head of support');
  await entry(other, 3).getByLabel('Who should decide').fill('The buyer on the account');
  await expect(entry(page, 3).getByLabel('Who should decide')).toHaveValue('The buyer on the account');
  await expect(entry(other, 1).getByLabel('Who decides today')).toHaveValue('Head of support');
  await other.close();
  await reload(page);
  await expect(entry(page, 1).getByLabel('Who decides today')).toHaveValue('Head of support');
  await expect(entry(page, 3).getByLabel('Who should decide')).toHaveValue('The buyer on the account');
});

test('the coach leaves plain statements and information questions alone', async ({ page }) => {
  await open(page, '/practice/phrases');
  await page.getByLabel('Your message').fill('I can see the problem. What time is the demo? Can you send me the slides? I would like to thank the team.');
  await expect(page.getByRole('region', { name: 'What the coach found' }).getByRole('status').first())
    .toHaveText('Nothing in this message hands a decision up.');
  await expect(page.locator('main mark')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.locator('.coach-suggestion')).toHaveCount(2);
});

test('practice data travels in backups, and a bad practice entry is refused', async ({ page }) => {
  await seed(page);
  await open(page, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const backup = JSON.parse(text);
  expect(backup.practice.audit).toHaveLength(3);
  expect(backup.practice.intents).toHaveLength(4);

  // Start from nothing, then restore.
  await page.evaluate(() => localStorage.clear());
  await reload(page);
  await open(page, '/practice/audit');
  await expect(page.locator('.audit-entry')).toHaveCount(0);
  await open(page, '/data');
  const file = page.getByLabel('Choose a backup file (.json)');
  const broken = structuredClone(backup);
  // (A status this version does not know is kept; one that is not a name is damage.)
  broken.practice.audit[0].status = 'Done and dusted!';
  await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.locator('#import-error')).toContainText('audit entry 1 has the status "Done and dusted!"');
  await file.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup restored.')).toBeVisible();
  await open(page, '/practice/audit');
  await expect(page.locator('.audit-entry')).toHaveCount(3);
  await expect(entry(page, 1)).toHaveAccessibleName(/Refunds above £100/);
  await open(page, '/practice/intents');
  await expect(page.locator('.intent-entry')).toHaveCount(4);
});

test.describe('accessibility of the practice pages with entries', () => {
  for (const scheme of ['light', 'dark']) {
    test.describe(`${scheme} scheme`, () => {
      test.use({ colorScheme: scheme });
      test('index, audit, intent log and coach have no WCAG A/AA violations', async ({ page }) => {
        await seed(page);
        for (const path of ['/practice', '/practice/audit', '/practice/intents']) {
          await open(page, path);
          await audit(page);
        }
        // With the undo notice showing.
        await open(page, '/practice/audit');
        await page.locator('details.look-for summary').click();
        await entry(page, 3).getByRole('button', { name: 'Delete' }).click();
        await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
        await audit(page);
        await open(page, '/practice/phrases');
        await page.getByRole('button', { name: 'Try an example' }).click();
        await expect(page.locator('.coach-suggestion')).toHaveCount(2);
        await page.locator('.coach-suggestion').first().getByRole('button', { name: 'Log this as an intent' }).click();
        await audit(page);
      });
    });
  }

  test.describe('phone width', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test('every practice page fits 320 px without sideways scrolling', async ({ page }) => {
      await seed(page);
      for (const path of ['/practice', '/practice/audit', '/practice/intents', '/practice/phrases']) {
        await open(page, path);
        if (path === '/practice/phrases') await page.getByRole('button', { name: 'Try an example' }).click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await open(page, '/practice/intents');
      await audit(page);
    });
  });
});
