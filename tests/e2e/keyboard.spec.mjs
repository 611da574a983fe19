// The whole journey with the keyboard alone: no clicks, no mouse.
import { test, expect, open, appReady } from './fixtures.mjs';

/** Presses Tab until the focused element matches `want`; fails after 80. */
async function tabTo(page, want, description) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(want);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('keyboard only: from home through all four steps, ticking and writing, to the checklist', async ({ page }) => {
  await open(page, '/');
  await tabTo(page, () => document.activeElement?.textContent === 'Four steps', 'the "Four steps" link');
  // Focus is visible: the focused link has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/steps\/$/);
  await tabTo(page, () => /Step 1/.test(document.activeElement?.textContent ?? '') && document.activeElement.tagName === 'A', 'the step 1 link');
  await page.keyboard.press('Enter');

  for (let step = 1; step <= 4; step += 1) {
    await expect(page).toHaveURL(/\/steps\/[a-z-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await tabTo(page, () => document.activeElement?.matches('.step-items input[type=checkbox]'), 'the first checklist item');
    await page.keyboard.press('Space');
    await tabTo(page, () => document.activeElement?.tagName === 'TEXTAREA', 'the reflection box');
    await page.keyboard.type(`Keyboard note ${step}`);
    if (step < 4) {
      await tabTo(page, () => document.activeElement?.getAttribute('rel') === 'next', 'the next-step link');
      expect(await focusedText(page)).toContain(`Step ${step + 1}`);
    } else {
      await tabTo(page, () => /Review the whole checklist/.test(document.activeElement?.textContent ?? ''), 'the checklist link');
    }
    await page.keyboard.press('Enter');
  }

  await expect(page).toHaveURL(/\/checklist$/);
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '4');
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '4');
});

test('keyboard only: the reset dialog opens, traps nothing unexpected, and Escape keeps the data', async ({ page }) => {
  await open(page, '/steps/act-your-way');
  await tabTo(page, () => document.activeElement?.matches('.step-items input[type=checkbox]'), 'a checklist item');
  await page.keyboard.press('Space');
  await open(page, '/checklist');
  await tabTo(page, () => document.activeElement?.textContent === 'Reset my progress', 'the reset button');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep my progress' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '1');
});
