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
