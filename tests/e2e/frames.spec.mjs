// What another tab can do to a page: a change in another tab leaves the
// questionnaire (and the keyboard's place in it) alone.
import fs from 'node:fs';
import { test, expect, open, appReady, audit } from './fixtures.mjs';

test.use({ timezoneId: 'UTC' });

const KEY = 'leader-leader';
const SAMPLE = fs.readFileSync(new URL('../fixtures/saved-v3.json', import.meta.url), 'utf8');

test('a tick and a page change in another tab leave the questionnaire, its focus and its summary alone', async ({ page }) => {
  await open(page, '/assess');
  await page.getByLabel('I hold a traditional leadership role').check();
  // Answer two questions by keyboard, then ask for results too soon.
  await page.locator('#q-control-info-decides-1').focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('#q-control-intent-1').focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'See my results' }).click();
  const summary = page.getByRole('heading', { name: '14 questions are not answered yet' });
  await expect(summary).toBeFocused();
  // Back to a radio button: the keyboard's place.
  await page.locator('#q-control-intent-2').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#q-control-intent-3')).toBeFocused();
  await expect(page.locator('#q-control-intent-3')).toBeChecked();
  // Mark the nodes: a rebuilt questionnaire has new ones.
  await page.evaluate(() => { document.querySelector('.assess-form').dataset.mark = 'kept'; });

  const other = await page.context().newPage();
  await open(other, '/checklist');
  await other.locator('.checklist input[type=checkbox]').nth(0).check();
  await other.goto('steps');
  await appReady(other);
  await other.goto('model');
  await appReady(other);
  // Let the storage events reach the first tab.
  await page.waitForTimeout(500);

  await expect(page.locator('.assess-form')).toHaveAttribute('data-mark', 'kept');
  await expect(page.locator('#q-control-intent-3')).toBeFocused();
  await expect(page.locator('#q-control-intent-3')).toBeChecked();
  await expect(page.locator('#q-control-info-decides-2')).toBeChecked();
  await expect(summary).toBeVisible();
  await other.close();
});

test('a tick in another tab leaves the comparison the visitor chose, and the keyboard on it', async ({ page }) => {
  // Three assessments, so there is an earlier one to choose.
  const data = JSON.parse(SAMPLE);
  const history = data.assessments.history;
  history.push({ ...history[0], taken_at: history[0].taken_at - 7 * 86400000 });
  await open(page, '/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(data)]);
  await open(page, '/assess/history');
  const choice = page.getByLabel(/Compare your latest assessment/);
  await expect(choice.locator('option')).toHaveCount(2);
  await choice.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.compare-summary')).toHaveText(/^Since 2025-11-07:/);

  const other = await page.context().newPage();
  await open(other, '/checklist');
  await other.locator('.checklist input[type=checkbox]').nth(3).check();
  await page.waitForTimeout(500);

  await expect(page.locator('.compare-summary')).toHaveText(/^Since 2025-11-07:/);
  await expect(choice).toHaveValue(String(history[2].taken_at));
  await expect(choice).toBeFocused();
  await other.close();
});
