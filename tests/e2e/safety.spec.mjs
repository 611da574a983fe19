// No state loses the only copy: a tab that cannot save keeps its edits when
// another tab saves; the app's own backup always restores.
import fs from 'node:fs';
import { test, expect, open, appReady, audit } from './fixtures.mjs';

// The key that holds the saved data: found by its contents, not its name.
const dataKey = (page) => page.evaluate(() => Object.keys(localStorage).find((k) => {
  try { return typeof JSON.parse(localStorage.getItem(k)).version === 'number'; } catch { return false; }
}) ?? null);
const storedData = async (page) => {
  const key = await dataKey(page);
  return key && JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
};
const items = (page) => page.locator('.step-items input[type=checkbox]');
const STEP = 'steps/act-your-way';

// This page only: every write to localStorage fails as a full quota would,
// while `window.__full` is true (from the start).
async function fullStorage(page) {
  await page.addInitScript(() => {
    window.__full = true;
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full) throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
}

test('a tab that cannot save keeps its edits when another tab saves, and everything lands once saving works', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto(STEP);
  await appReady(other);
  await items(other).nth(3).check(); // saved before the trouble starts
  await fullStorage(page);
  await open(page, STEP);
  await expect(items(page).nth(3)).toBeChecked();

  // This tab cannot save: its tick and note stay on screen only.
  await items(page).nth(0).check();
  await page.getByRole('textbox').fill('typed while storage was full');
  const banner = page.locator('#save-problem');
  await expect(banner).toContainText('Your changes in this tab are not being saved');
  await expect(banner).toContainText('storage for this site is full');
  // The other tab saves a tick of its own.
  await items(other).nth(1).check();
  await expect(items(page).nth(1)).toBeChecked();
  // This tab still shows its own tick and note, with the other tab's.
  await expect(items(page).nth(0)).toBeChecked();
  await expect(page.getByRole('textbox')).toHaveValue('typed while storage was full');
  await expect(items(page).nth(3)).toBeChecked();
  await expect(banner).toContainText('with the changes another tab saved (those are saved)');
  await audit(page);
  // Only the other tab's changes are saved; it does not show this tab's.
  let saved = await storedData(other);
  expect(saved.progress.checked.sort()).toEqual([
    await items(other).nth(1).getAttribute('id'), await items(other).nth(3).getAttribute('id'),
  ].map((id) => id.replace(/^item-/, '')).sort());
  expect(saved.progress.notes['act-your-way'] ?? '').toBe('');
  await expect(items(other).nth(0)).not.toBeChecked();

  // Space comes back; the retry when the page is hidden saves everything.
  await page.evaluate(() => {
    window.__full = false;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(banner).toHaveCount(0);
  saved = await storedData(page);
  expect(saved.progress.checked).toHaveLength(3);
  expect(saved.progress.notes['act-your-way']).toBe('typed while storage was full');
  await expect(items(other).nth(0)).toBeChecked();
  await expect(other.getByRole('textbox')).toHaveValue('typed while storage was full');

  // Again, and this time the next change is what saves it all.
  await page.evaluate(() => { window.__full = true; });
  await items(page).nth(2).check();
  await expect(banner).toContainText('not being saved');
  await expect(banner).not.toContainText('another tab');
  await other.getByRole('textbox').fill('the other tab rewrote the note');
  await items(other).nth(4).check();
  await expect(items(page).nth(4)).toBeChecked();
  await expect(page.getByRole('textbox')).toHaveValue('the other tab rewrote the note');
  await expect(items(page).nth(2)).toBeChecked();
  await page.evaluate(() => { window.__full = false; });
  await items(page).nth(5).check();
  await expect(banner).toHaveCount(0);
  saved = await storedData(page);
  expect(saved.progress.checked).toHaveLength(6);
  expect(saved.progress.notes['act-your-way']).toBe('the other tab rewrote the note');
  for (const n of [0, 1, 2, 3, 4, 5]) await expect(items(other).nth(n)).toBeChecked();
  await other.close();
});

test('a tab that cannot save keeps a role chosen on the home page when another tab saves', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto('checklist');
  await appReady(other);
  await fullStorage(page);
  await open(page, '/');
  const role = page.locator('input[name=role]').first();
  await role.check();
  await expect(page.locator('#save-problem')).toContainText('not being saved');
  await other.locator('input[type=checkbox]').first().check();
  // The other tab's tick arrives here, and this tab's role stays.
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '1');
  await expect(page.locator('#save-problem')).toContainText('another tab saved');
  await expect(role).toBeChecked();
  expect((await storedData(other)).progress.role ?? null).toBeNull();
  await other.close();
});

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

// Opens the app and has it save once, so that the data key exists; returns it.
async function savedKey(page) {
  await open(page, '/checklist');
  await page.locator('input[type=checkbox]').first().check();
  await page.locator('input[type=checkbox]').first().uncheck();
  return dataKey(page);
}

// Saved data as a newer version of the app may write it in today's format:
// a status, kinds, an outcome and a role this version does not know.
const NEWER = {
  version: 3,
  progress: { role: 'coach', checked: ['code-list-approvals', 'item-from-a-newer-version'], notes: {} },
  assessments: { history: [] },
  practice: {
    audit: [{ id: 'a-newer', practice: 'Approving leave', status: 'handed-over-for-good' }],
    intents: [
      { id: 'i-newer', kind: 'proposal', date: '2026-11-20', text: 'I intend to ship on Friday', outcome: 'postponed', note: '' },
      { id: 'i-known', kind: 'intent', date: '2026-11-21', text: 'I intend to call the client', outcome: 'kept', note: '' },
    ],
  },
  meta: {},
};

test('the app\'s own backup restores data with names from a newer version, and keeps them', async ({ page }) => {
  const key = await savedKey(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(NEWER)]);
  await open(page, '/data');
  const file = await downloadText(page, () => page.getByRole('button', { name: 'Download a backup (JSON)' }).click());
  await expect(page.getByText('Backup downloaded, unless you cancelled it.')).toBeVisible();
  expect(file.name).toMatch(/^leader-leader-backup-\d{4}-\d\d-\d\d\.json$/);

  // Other data takes its place; then the backup is restored over it.
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 3, progress: { checked: ['code-list-approvals'] } })), key);
  await open(page, '/data');
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({
    name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text),
  });
  await expect(page.locator('.import-preview')).toContainText('This backup holds:');
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup restored.')).toBeVisible();

  const saved = await storedData(page);
  expect(saved.progress.role).toBe('coach');
  expect(saved.progress.checked).toContain('item-from-a-newer-version');
  expect(saved.practice.audit[0]).toMatchObject({ id: 'a-newer', status: 'handed-over-for-good' });
  expect(saved.practice.intents.map((e) => [e.id, e.kind, e.outcome])).toEqual([
    ['i-newer', 'proposal', 'postponed'], ['i-known', 'intent', 'kept'],
  ]);
  // The entries still show.
  await open(page, '/practice/intents');
  await expect(page.getByRole('textbox', { name: 'What I said I intended to do' }).first()).toHaveValue('I intend to ship on Friday');
});

test('a backup that would not restore is not offered: the visitor is told why and can take the data as text', async ({ page }) => {
  const key = await savedKey(page);
  // Saved data keeps this role; a backup file may not hold it.
  const odd = { ...NEWER, progress: { ...NEWER.progress, role: 'Chief Officer' } };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(odd)]);
  await open(page, '/data');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.getByRole('button', { name: 'Download a backup (JSON)' }).click();
  const said = page.locator('.action-message .error');
  await expect(said).toContainText('No backup was made, because the file would not restore');
  await expect(said).toContainText('"Chief Officer", is not a valid role name');
  expect(downloads).toBe(0);
  await audit(page);
  const raw = await downloadText(page, () => page.getByRole('button', { name: 'Download my data as it is (text)' }).click());
  expect(raw.name).toMatch(/\.txt$/);
  expect(JSON.parse(raw.text).progress.role).toBe('Chief Officer');
  expect(JSON.parse(raw.text).practice.intents[0].text).toBe('I intend to ship on Friday');
});
