// Data the visitor can trust: a restore says everything it replaces and what
// this browser would lose, and can merge instead; reset says what it resets
// and keeps; "Delete all my data" leaves nothing behind, in every open tab;
// refused files are explained in plain words, with the detail kept aside.
import fs from 'node:fs';
import { test, expect, open, appReady, audit, KEY, PROBE, LEGACY_KEY, LEGACY_DAMAGED } from './fixtures.mjs';

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const storedData = async (page) => JSON.parse(await stored(page));
// This copy's keys and earlier versions'.
const appKeys = (page) => page.evaluate((names) => Object.keys(localStorage).filter((k) => names.some((n) => k === n || k.startsWith(`${n}:`))).sort(), [KEY, LEGACY_KEY]);

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-21T12:00:00Z');

function assessment(takenAt, control) {
  return {
    taken_at: takenAt, role: 'leader', answers: { 'control-intent': 4 }, rung: 3,
    scores: { control, competence: 50, clarity: 60 },
  };
}
const auditEntry = (id, practice) => ({
  id, practice, decides_now: 'Lead', should_decide: 'Team', rung_now: 2, rung_target: 5,
  competence: '', competence_ready: false, clarity: '', clarity_ready: false, status: 'found',
});
const intent = (id, date, text) => ({ id, kind: 'intent', date, text, outcome: '', note: '' });

// What this browser holds in the tests below, and a backup made a day
// earlier (from which this browser went on).
function hereDoc() {
  return {
    version: 3,
    progress: {
      role: 'leader',
      checked: ['middle-name-first-group', 'middle-ask-which-decisions'],
      notes: { 'genetic-code': 'Leave goes to the chiefs.' },
      last_visited: '/checklist',
    },
    assessments: { history: [assessment(NOW - 10 * DAY, 40), assessment(NOW - DAY, 70)] },
    practice: {
      audit: [auditEntry('a-1', 'Leave approvals go to the chiefs now')],
      intents: [
        intent('i-2', '2026-11-21', 'I intend to hand over the rota'),
        intent('i-1', '2026-11-18', 'I intend to stop reviewing every release'),
      ],
    },
    meta: { updated_at: NOW, unexported_since: NOW - DAY },
  };
}
function backupDoc() {
  return {
    app: 'leader-leader',
    exported_at: '2026-11-20T12:00:00Z',
    version: 3,
    progress: {
      role: 'member',
      checked: ['middle-name-first-group', 'act-pick-one-mechanism'],
      notes: { 'genetic-code': 'Leave approvals: ask the chiefs first.', 'act-your-way': 'Pick one mechanism.' },
      last_visited: null,
    },
    assessments: {
      history: [assessment(NOW - 10 * DAY, 40), assessment(NOW - 20 * DAY, 30)],
      draft: { started_at: NOW - 2 * DAY, answers: { 'control-intent': 2 }, rung: null },
    },
    practice: {
      audit: [auditEntry('a-1', 'Leave approvals sit with the captain'), auditEntry('a-3', 'Every release waits for the director')],
      intents: [intent('i-1', '2026-11-18', 'I intend to stop reviewing every release')],
    },
    meta: { updated_at: NOW - DAY, last_export_at: NOW - DAY },
  };
}

async function setData(page, doc) {
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(doc)]);
}

async function importText(page, text, name = 'backup.json') {
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(text),
  });
}

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

/** The preview's table as [part, here, backup, merged] rows. */
async function table(page) {
  return page.locator('.import-preview table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

test('restore names every part it replaces, with counts, and what this browser would lose', async ({ page }) => {
  await open(page, '/');
  await setData(page, hereDoc());
  await open(page, '/data');
  const before = await stored(page);
  await importText(page, JSON.stringify(backupDoc()));
  const preview = page.locator('.import-preview');
  await expect(preview).toBeVisible();
  expect(await table(page)).toEqual([
    ['Ticked items', '2', '2', '3'],
    ['Reflection notes', '1', '2', '2'],
    ['Role', 'Leader', 'Team member', 'Leader'],
    ['Where you left off', 'Your checklist', 'nowhere yet', 'Your checklist'],
    ['Self-assessments', '2', '2', '3'],
    ['Self-assessment in progress', '0', '1 (1 answered)', '1 (1 answered)'],
    ['Audit entries', '1', '2', '2'],
    ['Intent-log entries', '2', '1', '2'],
    ['Team rounds', '0', '0', '0'],
    ['Last backup made', 'never', '2026-11-20 12:00 UTC', 'never'],
  ]);
  // The intent logged after the backup was made is named, by date and words.
  const lost = preview.locator('.named-list').first();
  await expect(lost).toContainText('Intent-log entries: 2026-11-21: “I intend to hand over the rota”');
  await expect(lost).toContainText('Ticked items: Step 1:');
  await expect(lost).toContainText('Where you left off: Your checklist');
  await expect(lost).toContainText('Self-assessments: self-assessment of');
  const changed = preview.locator('.named-list').nth(1);
  await expect(changed).toContainText('Reflection notes: Step 3 note: “Leave goes to the chiefs.”');
  await expect(changed).toContainText('Role: your role: Leader');
  await expect(changed).toContainText('Audit entries: audit: “Leave approvals go to the chiefs now”');
  await audit(page);
  // Nothing is replaced before the visitor confirms.
  expect(await stored(page)).toBe(before);

  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup restored. This browser now holds what the backup holds.')).toBeVisible();
  const data = await storedData(page);
  expect(data.practice.intents.map((e) => e.id)).toEqual(['i-1']);
  expect(data.progress.role).toBe('member');
  expect(data.assessments.history).toHaveLength(2);
});

test('merge unites ticks, keeps both notes, unites entries by id, and says which version of an entry wins', async ({ page }) => {
  await open(page, '/');
  await setData(page, hereDoc());
  await open(page, '/data');
  await importText(page, JSON.stringify(backupDoc()));
  const preview = page.locator('.import-preview');
  await expect(preview).toContainText('Reflection notes that differ are both kept, yours first and the backup\'s below the line "--- From the backup of 2026-11-20 ---": Step 3 note');
  await expect(preview).toContainText('Entries that differ between the two are kept as they are in this browser, whose data changed more recently than the backup\'s: audit: “Leave approvals go to the chiefs now”');
  await expect(preview).toContainText('Your role and where you left off stay as they are here.');

  await page.getByRole('button', { name: 'Merge the backup into my data' }).click();
  await expect(page.getByText('Backup merged. This browser now holds what it held and what the backup holds.')).toBeVisible();
  const data = await storedData(page);
  expect(data.progress.checked.sort()).toEqual(['act-pick-one-mechanism', 'middle-ask-which-decisions', 'middle-name-first-group']);
  expect(data.progress.notes['genetic-code']).toBe(
    'Leave goes to the chiefs.\n\n--- From the backup of 2026-11-20 ---\nLeave approvals: ask the chiefs first.',
  );
  expect(data.progress.notes['act-your-way']).toBe('Pick one mechanism.');
  expect(data.progress.role).toBe('leader');
  expect(data.assessments.history.map((a) => a.taken_at)).toEqual([NOW - 20 * DAY, NOW - 10 * DAY, NOW - DAY]);
  expect(data.assessments.draft.started_at).toBe(NOW - 2 * DAY);
  expect(data.practice.audit.map((e) => [e.id, e.practice])).toEqual([
    ['a-1', 'Leave approvals go to the chiefs now'],
    ['a-3', 'Every release waits for the director'],
  ]);
  expect(data.practice.intents.map((e) => e.id)).toEqual(['i-2', 'i-1']);
  // The merged note is what the step page shows.
  await open(page, '/steps/genetic-code');
  await expect(page.getByRole('textbox')).toHaveValue(/chiefs\.\n\n--- From the backup of 2026-11-20 ---\nLeave approvals/);

  // A backup whose data changed later than this browser's: its version wins, and the preview says so.
  const newer = backupDoc();
  newer.meta.updated_at = Date.now() + 10 * DAY;
  newer.practice.audit[0].practice = 'Leave approvals: the chiefs decide';
  await open(page, '/data');
  await importText(page, JSON.stringify(newer));
  await expect(page.locator('.import-preview')).toContainText('are replaced by the backup\'s version: the backup\'s data changed more recently than this browser\'s: audit:');
  await page.getByRole('button', { name: 'Merge the backup into my data' }).click();
  await expect(page.getByText('Backup merged. This browser now holds what it held and what the backup holds.')).toBeVisible();
  expect((await storedData(page)).practice.audit[0].practice).toBe('Leave approvals: the chiefs decide');
});

test('the restore preview downloads what is here first, in one click', async ({ page }) => {
  await open(page, '/');
  await setData(page, hereDoc());
  await open(page, '/data');
  await importText(page, JSON.stringify(backupDoc()));
  const first = page.getByRole('button', { name: 'Download what is here first' });
  const file = await downloadText(page, () => first.click());
  expect(file.name).toMatch(/^leader-leader-backup-\d{4}-\d\d-\d\d\.json$/);
  const saved = JSON.parse(file.text);
  expect(saved.practice.intents.map((e) => e.id)).toEqual(['i-2', 'i-1']);
  expect(saved.progress.notes['genetic-code']).toBe('Leave goes to the chiefs.');
  await expect(page.locator('.import-preview').getByRole('status')).toHaveText('A backup of what is here now was downloaded, unless you cancelled it.');
  // The preview is still there, and nothing was replaced.
  await expect(page.getByRole('button', { name: 'Replace my data with this backup' })).toBeVisible();
  expect((await storedData(page)).progress.role).toBe('leader');
});

test('reset says what it removes and what it keeps, and its button says the same', async ({ page }) => {
  await open(page, '/');
  // A first visit: nothing to reset, so no reset button at all.
  await expect(page.getByRole('button', { name: 'Reset my progress' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Start over' })).toHaveCount(0);
  await setData(page, hereDoc());
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await expect(dialog).toContainText('This removes 2 ticked items, 1 reflection note, your role choice and your place in the journey from this browser. It cannot be undone.');
  await expect(dialog).toContainText('Kept: your self-assessments (finished and in progress), your audit and your intent log.');
  await audit(page);
  await dialog.getByRole('button', { name: 'Reset ticks, notes, role and place; keep assessments and practice' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress has been reset.' })).toBeFocused();
  const data = await storedData(page);
  expect(data.progress).toEqual({ role: null, checked: [], notes: {}, last_visited: null });
  expect(data.assessments.history).toHaveLength(2);
  expect(data.practice.intents).toHaveLength(2);
  expect(data.practice.audit).toHaveLength(1);
  // Nothing left to reset: the button is gone again.
  await expect(page.getByRole('button', { name: 'Reset my progress' })).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Reset my progress' })).toHaveCount(0);
});

test('delete all my data removes every key the app wrote, in this tab and every other open tab', async ({ page, context }) => {
  await open(page, '/');
  await setData(page, hereDoc());
  await page.evaluate(([k, old]) => {
    localStorage.setItem(old, '{broken');
    localStorage.setItem(`${k}:a-later-key`, 'x');
    localStorage.setItem('another-site-on-this-origin', 'keep me');
  }, [KEY, LEGACY_DAMAGED]);
  await open(page, '/data');
  // As if a start-up had been cut short between writing and removing it.
  await page.evaluate((p) => localStorage.setItem(p, '1'), PROBE);
  const other = await context.newPage();
  await other.goto('steps/genetic-code');
  await appReady(other);
  await expect(other.getByRole('textbox')).toHaveValue('Leave goes to the chiefs.');

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data from this browser?' });
  await expect(dialog).toContainText('This removes everything Leader-Leader keeps in this browser: 2 ticked items, 1 reflection note, your role choice, your place in the journey, 2 self-assessments, 1 audit entry, 2 intent-log entries, the kept copy of data that could not be read and the record of your changes and backups. It cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Keep my data' })).toBeFocused();
  await audit(page);
  // A backup first, from the dialog itself.
  const file = await downloadText(page, () => dialog.getByRole('button', { name: 'Download a backup first' }).click());
  expect(JSON.parse(file.text).practice.intents).toHaveLength(2);
  await expect(dialog.getByRole('status')).toHaveText('Backup downloaded, unless you cancelled it.');

  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dialog).toBeHidden();
  const done = page.getByRole('status').filter({ hasText: 'Everything was deleted.' });
  await expect(done).toBeFocused();
  expect(await appKeys(page)).toEqual([]);
  expect(await stored(page, 'another-site-on-this-origin')).toBe('keep me');
  // This tab is as on a first visit.
  await expect(page.getByText('You have not made a backup yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Saved data that could not be read' })).toHaveCount(0);
  await open(page, '/');
  await expect(page.getByText('New here?')).toBeVisible();

  // The other tab starts over too, and does not write its old copy back,
  // not even when it is hidden (when a failed save would be retried).
  await expect(other.getByRole('textbox')).toHaveValue('');
  await other.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
  });
  await other.waitForTimeout(300);
  expect(await appKeys(page)).toEqual([]);
  // Its next change is saved afresh: the old data does not come back.
  await other.locator('.step-items input[type=checkbox]').first().check();
  const data = await storedData(other);
  expect(data.progress.checked).toHaveLength(1);
  expect(data.progress.notes).toEqual({});
  expect(data.practice?.intents ?? []).toEqual([]);
  await other.close();
});

test('a tab follows localStorage.clear() in another tab to a first visit, without writing back', async ({ page, context }) => {
  await open(page, '/');
  await setData(page, hereDoc());
  await open(page, '/checklist');
  const other = await context.newPage();
  await other.goto('');
  await appReady(other);
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '2');
  await other.evaluate(() => localStorage.clear());
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '0');
  await page.waitForTimeout(300);
  expect(await appKeys(other)).toEqual([]);
  await other.close();
});

test('refused files are explained in plain words, with the technical detail behind "Details"', async ({ page }) => {
  await open(page, '/checklist');
  await page.locator('input[type=checkbox]').first().check();
  const before = await stored(page);
  await open(page, '/data');
  const error = page.locator('#import-error');
  const details = error.locator('details');
  const bad = backupDoc();
  bad.assessments.history[0].answers['control-intent'] = 999;
  const full = JSON.stringify(backupDoc(), null, 2);
  const cases = [
    ['Dear diary, today I…', 'This is not a Leader-Leader backup.', 'expected value at line 1, column 1'],
    [JSON.stringify({ name: 'package.json', dependencies: {} }), 'This is not a Leader-Leader backup.', 'it has no format version'],
    [JSON.stringify({ app: 'leader-leader', version: 99, progress: {} }), 'This backup comes from a newer version of Leader-Leader, which this version cannot read.', 'format 99'],
    [JSON.stringify(bad), 'Part of this Leader-Leader backup is damaged: the self-assessments.', 'invalid value: integer `999`, expected u8'],
    [full.slice(0, full.length / 2), 'This Leader-Leader backup is damaged: the file is cut short or some of its text was changed.', 'the file ends before the data is complete'],
    [JSON.stringify({ ...backupDoc(), progress: { checked: 'all' } }), 'Part of this Leader-Leader backup is damaged: the ticked items.', 'the ticked items should be a list, but they are text'],
  ];
  for (const [text, plain, technical] of cases) {
    await importText(page, text);
    await expect(error).toContainText(`That file was not imported. ${plain}`);
    await expect(error).toContainText('Nothing in this browser was changed.');
    // The technical words are there, but only behind "Details".
    await expect(error.getByText(technical, { exact: false })).toBeHidden();
    await details.locator('summary').click();
    await expect(error.getByText(technical, { exact: false })).toBeVisible();
    await expect(page.locator('.import-preview')).toHaveCount(0);
  }
  await audit(page);
  expect(await stored(page)).toBe(before);
});

test('the data page says everything a backup holds', async ({ page }) => {
  await open(page, '/data');
  const hint = page.locator('section', { has: page.getByRole('heading', { name: 'Back up' }) }).locator('.hint');
  for (const part of ['role', 'ticked items', 'reflection notes', 'where you left off', 'self-assessments, finished and in progress', 'audit and intent-log entries', 'when you last changed your data and made a backup']) {
    await expect(hint).toContainText(part);
  }
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('"Backup downloaded…" appears next to the button that made it', async ({ page }) => {
    await open(page, '/data');
    const button = page.getByRole('button', { name: 'Download a backup (JSON)' });
    await downloadText(page, () => button.click());
    const message = page.getByText('Backup downloaded, unless you cancelled it.');
    await expect(message).toBeInViewport();
    const b = await button.boundingBox();
    const m = await message.boundingBox();
    expect(m.y - (b.y + b.height)).toBeLessThan(48);
    expect(m.y + m.height).toBeGreaterThan(b.y);
  });

  test('the restore preview fits and passes at 320 px', async ({ page }) => {
    await open(page, '/');
    await setData(page, hereDoc());
    await open(page, '/data');
    await importText(page, JSON.stringify(backupDoc()));
    // The part-by-part table, one card per part at this width.
    const row = page.locator('.import-preview table tbody tr').first();
    await expect(row).toBeVisible();
    expect((await row.boundingBox()).width).toBeLessThanOrEqual(320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await audit(page);
  });
});
