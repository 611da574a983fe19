// Accessibility: axe-core checks every journey page against WCAG 2.2 A and
// AA, in the light and the dark colour scheme, and at phone width.
import fs from 'node:fs';
import { test, expect, open, audit, KEY } from './fixtures.mjs';

const PAGES = [
  '/',
  '/model',
  '/pillars',
  '/stories',
  '/steps',
  '/steps/start-in-the-middle',
  '/steps/act-your-way',
  '/steps/genetic-code',
  '/steps/competence-and-clarity',
  '/checklist',
  '/data',
  '/report',
  '/not-a-page',
];


for (const scheme of ['light', 'dark']) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
        await open(page, path);
        await audit(page);
      });
    }
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('step page fits a 320 px screen without sideways scrolling', async ({ page }) => {
    await open(page, '/steps/competence-and-clarity');
    await audit(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the reset dialog, when open, passes too', async ({ page }) => {
  await open(page, '/steps/start-in-the-middle');
  await page.locator('.step-items input[type=checkbox]').first().check();
  await open(page, '/checklist');
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await audit(page);
  // Escape closes it and nothing is lost.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '1');
});

test('notices, a damaged copy and an import preview pass too', async ({ page }) => {
  await open(page, '/');
  await page.evaluate((k) => localStorage.setItem(k, '{broken'), KEY);
  await open(page, '/data');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Saved data that could not be read' })).toBeVisible();
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({
    name: 'b.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 2, progress: { checked: ['code-list-approvals'] } })),
  });
  await expect(page.locator('.import-preview')).toBeVisible();
  await audit(page);
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({
    name: 'c.json', mimeType: 'application/json', buffer: Buffer.from('nope'),
  });
  await expect(page.locator('#import-error')).toContainText('not valid JSON');
  await audit(page);
});

// Pages of the self-assessment and the practice tools, with saved entries.
const SEEDED = [
  ['tests/fixtures/saved-v3.json', ['/assess', '/assess/results', '/assess/history', '/report']],
  ['tests/fixtures/saved-v3-practice.json', ['/practice', '/practice/audit', '/practice/intents', '/practice/phrases', '/report']],
];
for (const scheme of ['light', 'dark']) {
  test.describe(`${scheme} scheme, with saved entries`, () => {
    test.use({ colorScheme: scheme });
    for (const [fixture, paths] of SEEDED) {
      for (const path of paths) {
        test(`${path} (${fixture.split('/').pop()}) has no WCAG A/AA violations`, async ({ page }) => {
          await open(page, '/');
          const saved = fs.readFileSync(fixture, 'utf8');
          await page.evaluate(([k, s]) => localStorage.setItem(k, s), [KEY, saved]);
          await open(page, path);
          await audit(page);
        });
      }
    }
  });
}

test('the questionnaire with unanswered questions pointed out passes too', async ({ page }) => {
  await open(page, '/');
  await page.getByLabel('I hold a traditional leadership role').check();
  await open(page, '/assess');
  await page.getByRole('button', { name: /See my results/ }).click();
  await audit(page);
});
