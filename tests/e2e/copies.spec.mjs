// No state loses the only copy of damaged saved data: every incident keeps
// a dated copy of its own, and a restore never writes over data that could
// not be read and was not copied aside.
import fs from 'node:fs';
import { test, expect, open, appReady, audit, KEY, DAMAGED, LEGACY_DAMAGED } from './fixtures.mjs';

const FIRST = '{"version": 2, "progress": {"checked": [first';
const SECOND = '{"version": 3, "progress": second, "notes": "ünïcode"}';
const BACKUP = JSON.stringify({ version: 2, progress: { checked: ['code-list-approvals'] } });

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
// Every kept copy, oldest first, by its key.
const copies = (page) => page.evaluate((names) => Object.keys(localStorage)
  .filter((k) => names.some((n) => k.startsWith(n)))
  .sort()
  .map((k) => localStorage.getItem(k)), [LEGACY_DAMAGED, DAMAGED]);

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

async function importBackup(page) {
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({
    name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(BACKUP),
  });
  await expect(page.locator('.import-preview')).toBeVisible();
}

test('a second incident keeps the first copy: both are listed with their dates, downloadable, and deletable one by one', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, FIRST]);
  await open(page, '/checklist');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  // Working on saves fresh data over the first damage; then it happens again.
  await page.locator('input[type=checkbox]').first().check();
  await expect.poll(() => stored(page)).toContain('"checked"');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, SECOND]);
  await open(page, '/data');
  expect(await copies(page)).toEqual([FIRST, SECOND]);

  const items = page.locator('.damaged-copies li');
  await expect(items).toHaveCount(2);
  for (const [i, text] of [[0, FIRST], [1, SECOND]]) {
    await expect(items.nth(i)).toContainText(/Kept on \d{4}-\d\d-\d\d \d\d:\d\d\. \d+ characters\./);
    const file = await downloadText(page, () => items.nth(i).getByRole('button', { name: 'Download the damaged copy' }).click());
    expect(file.text).toBe(text);
  }
  await audit(page);

  // Deleting asks first, and removes only that copy.
  await items.nth(0).getByRole('button', { name: 'Delete the damaged copy' }).click();
  await items.nth(0).getByRole('button', { name: 'Keep it' }).click();
  expect(await copies(page)).toEqual([FIRST, SECOND]);
  await items.nth(0).getByRole('button', { name: 'Delete the damaged copy' }).click();
  await items.nth(0).getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(items).toHaveCount(1);
  expect(await copies(page)).toEqual([SECOND]);
  await page.reload();
  await appReady(page);
  await expect(items).toHaveCount(1);
  const file = await downloadText(page, () => items.first().getByRole('button', { name: 'Download the damaged copy' }).click());
  expect(file.text).toBe(SECOND);
});

test('the single copy an earlier version kept is still listed, and a new incident does not replace it', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([k, v, old]) => {
    localStorage.setItem(old, 'old copy');
    localStorage.setItem(k, v);
  }, [KEY, FIRST, LEGACY_DAMAGED]);
  await open(page, '/data');
  expect(await copies(page)).toEqual(['old copy', FIRST]);
  const items = page.locator('.damaged-copies li');
  await expect(items.first()).toContainText('Kept by an earlier version of the app. 8 characters.');
  await expect(items).toHaveCount(2);
});

// Storage refuses every write of the app's keys while `test:full` is set
// (read when the page loads) and `window.__full` is not switched off.
function fullStorage(page) {
  return page.addInitScript(() => {
    window.__full = localStorage.getItem('test:full') === '1';
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full && k.startsWith('leader-leader')) {
        throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError');
      }
      return real.call(this, k, v);
    };
  });
}

async function holdDamaged(page) {
  await open(page, '/');
  await page.evaluate(([k, v]) => {
    localStorage.setItem(k, v);
    localStorage.setItem('test:full', '1');
  }, [KEY, FIRST]);
  await open(page, '/data');
  await expect(page.getByText('Not saving, to protect saved data that could not be read')).toBeVisible();
  expect(await copies(page)).toEqual([]);
}

test('restoring while unreadable data is held keeps that data aside first', async ({ page }) => {
  await fullStorage(page);
  await holdDamaged(page);
  // Room again (or never full for a copy): the restore goes ahead.
  await page.evaluate(() => { window.__full = false; });
  await importBackup(page);
  await expect(page.locator('.import-preview')).toContainText('kept aside first');
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup restored.')).toBeVisible();
  expect(JSON.parse(await stored(page)).progress.checked).toEqual(['code-list-approvals']);
  expect(await copies(page)).toEqual([FIRST]);
  await expect(page.getByText('Everything you do is saved in this browser as you go.')).toBeVisible();
  const file = await downloadText(page, () => page.locator('.damaged-copies li').first()
    .getByRole('button', { name: 'Download the damaged copy' }).click());
  expect(file.text).toBe(FIRST);
});

test('restoring or merging is refused, with the download offered, when the held data cannot be kept aside', async ({ page }) => {
  await fullStorage(page);
  await holdDamaged(page);
  await importBackup(page);
  const error = page.locator('#import-error');
  for (const [button, words] of [
    ['Replace my data with this backup', 'The backup was not restored'],
    ['Merge the backup into my data', 'The backup was not merged'],
  ]) {
    await page.getByRole('button', { name: button }).click();
    await expect(error).toContainText(words);
    await expect(error).toContainText('could not be copied aside first');
    await expect(error).toContainText('Nothing in this browser was changed.');
    expect(await stored(page)).toBe(FIRST);
    expect(await copies(page)).toEqual([]);
  }
  await audit(page);
  const file = await downloadText(page, () => error.getByRole('button', { name: 'Download the saved data that could not be read' }).click());
  expect(file.text).toBe(FIRST);
  expect(file.name).toMatch(/^leader-leader-damaged-\d{4}-\d\d-\d\d\.txt$/);
  // Still held, still saying why nothing is saved.
  await expect(page.getByText('Not saving, to protect saved data that could not be read')).toBeVisible();
});
