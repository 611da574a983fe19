// The guided journey: the four steps, their checklists and notes, kept in the
// browser across reloads and visits.
import { test, expect, open, appReady, atPage } from './fixtures.mjs';

const STEPS = [
  { slug: 'start-in-the-middle', title: 'Start in the middle of the hierarchy' },
  { slug: 'act-your-way', title: 'Act your way to new thinking' },
  { slug: 'genetic-code', title: 'Find and rewrite the genetic code of control' },
  { slug: 'competence-and-clarity', title: 'Support control with competence and clarity' },
];

const h1 = (page) => page.getByRole('heading', { level: 1 });
const stepNav = (page) => page.getByRole('navigation', { name: 'The four steps' });

test('walk all four steps with next, tick items, write notes, reload and find everything kept', async ({ page }) => {
  await open(page, '/steps');
  await page.getByRole('link', { name: /Step 1/ }).first().click();
  for (const [i, step] of STEPS.entries()) {
    await expect(page).toHaveURL(atPage(`steps/${step.slug}`));
    await expect(h1(page)).toHaveText(step.title);
    // Focus moves to the step's heading.
    await expect(h1(page)).toBeFocused();
    // The indicator says where we are.
    const current = stepNav(page).locator('a[aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText(step.title);
    // Tip and warning are there and told apart.
    await expect(page.getByRole('complementary', { name: 'Tip' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Warning' })).toBeVisible();
    // Tick the first two items and write a note.
    const boxes = page.locator('.step-items input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(4);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('textbox').fill(`My note for step ${i + 1}: <b>not bold</b>`);
    await expect(page.getByRole('progressbar', { name: `Step ${i + 1} checklist` }))
      .toHaveAttribute('aria-valuenow', '2');
    if (i < STEPS.length - 1) {
      await page.getByRole('link', { name: new RegExp(`Step ${i + 2}: .* →`) }).click();
    }
  }

  await page.reload();
  await appReady(page);
  for (const [i, step] of STEPS.entries()) {
    await stepNav(page).getByRole('link', { name: new RegExp(step.title) }).click();
    await expect(h1(page)).toHaveText(step.title);
    const boxes = page.locator('.step-items input[type=checkbox]');
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).toBeChecked();
    await expect(boxes.nth(2)).not.toBeChecked();
    // Notes come back as typed, shown as text, never as markup.
    await expect(page.getByRole('textbox')).toHaveValue(`My note for step ${i + 1}: <b>not bold</b>`);
  }
  await expect(page.locator('main b')).toHaveCount(0);
});

test('a step opened by its address shows what was saved, and back/next work', async ({ page }) => {
  await open(page, '/steps/act-your-way');
  await page.locator('.step-items input[type=checkbox]').nth(2).check();
  await page.getByRole('textbox').fill('Ask for intent at stand-up.');

  // A new visit: a fresh page in the same browser profile, straight to the address.
  const again = await page.context().newPage();
  await again.goto('steps/act-your-way');
  await appReady(again);
  await expect(again.locator('.step-items input[type=checkbox]').nth(2)).toBeChecked();
  await expect(again.getByRole('textbox')).toHaveValue('Ask for intent at stand-up.');
  await again.getByRole('link', { name: /← Step 1: / }).click();
  await expect(again).toHaveURL(/steps\/start-in-the-middle$/);
  await again.close();
});

test('the checklist page gathers every item, and ticks there show on the step page', async ({ page }) => {
  await open(page, '/checklist');
  const overall = page.getByRole('progressbar', { name: 'Whole checklist' });
  const total = Number(await overall.getAttribute('aria-valuemax'));
  expect(total).toBeGreaterThanOrEqual(16);
  await expect(overall).toHaveAttribute('aria-valuenow', '0');
  for (const n of [1, 2, 3, 4]) {
    await expect(page.getByRole('progressbar', { name: `Step ${n}`, exact: true })).toBeVisible();
  }
  const all = page.locator('input[type=checkbox]');
  await expect(all).toHaveCount(total);
  // Tick every item of step 3 through their labels.
  const group = page.getByRole('region', { name: /Step 3:/ });
  for (const label of await group.locator('label').all()) await label.click();
  const step3 = page.getByRole('progressbar', { name: 'Step 3', exact: true });
  await expect(step3).toHaveAttribute('aria-valuenow', await step3.getAttribute('aria-valuemax'));
  await expect(overall).toHaveAttribute('aria-valuenow', await step3.getAttribute('aria-valuemax'));

  await page.reload();
  await appReady(page);
  await expect(page.getByRole('progressbar', { name: 'Step 3', exact: true }))
    .toHaveAttribute('aria-valuetext', /^(\d+) of \1 done$/);
  // The step indicator marks step 3 done.
  await page.getByRole('link', { name: /Step 3: Find and rewrite/ }).click();
  await expect(stepNav(page).getByRole('link', { name: /Find and rewrite.*\(done\)/ })).toBeVisible();
});

test('home takes a returning visitor back where they left off in one click', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('link', { name: 'Start with the model' })).toBeVisible();
  await page.goto('steps/genetic-code');
  await appReady(page);
  await page.goto('');
  await appReady(page);
  const resume = page.getByRole('link', { name: /Continue: Step 3: Find and rewrite/ });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(h1(page)).toHaveText('Find and rewrite the genetic code of control');
});

test('the pillars show both roles\' advice, the visitor\'s own marked, in the same layout', async ({ page }) => {
  await open(page, '/pillars');
  const control = page.getByRole('region', { name: 'Control' });
  const headings = control.getByRole('heading', { level: 3 });
  // A first visit: both roles, neither marked.
  await expect(headings).toHaveText(['If you hold a leadership role', 'If you do not hold a leadership role'], { useInnerText: true });
  await expect(control).toContainText('responsibility');
  await expect(control).toContainText('I intend to');
  // Where it is on the page (checking a box scrolls the view).
  const place = () => control.evaluate((e) => { const r = e.getBoundingClientRect(); return [r.top + scrollY, r.height]; });
  const box = await place();
  await page.getByLabel("I don't hold a traditional leadership role").check();
  await expect(headings).toHaveText(['If you hold a leadership role', 'If you do not hold a leadership role · your role'], { useInnerText: true });
  await expect(control.locator('.advice.yours')).toContainText('I intend to');
  // Marking the role moves nothing.
  expect(await place()).toEqual(box);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('region', { name: 'Control' }).getByRole('heading', { level: 3 }).nth(1))
    .toHaveText(/your role/, { useInnerText: true });
  // Changing the role is kept.
  await page.goto('');
  await appReady(page);
  await expect(page.getByLabel("I don't hold a traditional leadership role")).toBeChecked();
  await page.getByLabel('I hold a traditional leadership role').check();
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('I hold a traditional leadership role')).toBeChecked();
});

test('reset asks first, says what will be lost, and can be cancelled', async ({ page }) => {
  await open(page, '/steps/start-in-the-middle');
  await page.locator('.step-items input[type=checkbox]').nth(0).check();
  await page.getByRole('textbox').fill('Begin with the team leads.');
  await page.goto('checklist');
  await appReady(page);
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 ticked item, 1 reflection note and your place in the journey');
  await dialog.getByRole('button', { name: 'Keep my progress' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '1');

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await dialog.getByRole('button', { name: 'Reset ticks, notes, role and place; keep assessments and practice' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress has been reset.' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '0');
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '0');
  await page.goto('steps/start-in-the-middle');
  await appReady(page);
  await expect(page.getByRole('textbox')).toHaveValue('');
});

test('every fact section is on its page', async ({ page }) => {
  await open(page, '/model');
  await expect(page.getByRole('heading', { name: 'Seven principles' })).toBeVisible();
  await expect(page.locator('.principles > li')).toHaveCount(7);
  await expect(page.getByRole('main')).toContainText('nuclear reactor');
  await expect(page.getByRole('main')).toContainText('I intend to');
  await open(page, '/stories');
  await expect(page.getByRole('main')).toContainText('Santa Fe');
  await expect(page.getByRole('main')).toContainText('Will Rogers');
  await expect(page.getByRole('main')).toContainText('Sunfish');
  await expect(page.getByRole('main')).toContainText('Pelaez');
  await expect(page.locator('.mistakes > li')).toHaveCount(3);
  await open(page, '/steps');
  await expect(page.locator('.step-cards > li')).toHaveCount(4);
});

test('keyboard alone can tick an item and write a note', async ({ page }) => {
  await open(page, '/steps/genetic-code');
  const first = page.locator('.step-items input[type=checkbox]').first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.getByRole('textbox').focus();
  await page.keyboard.type('Typed by keyboard.');
  await page.reload();
  await appReady(page);
  await expect(page.locator('.step-items input[type=checkbox]').first()).toBeChecked();
  await expect(page.getByRole('textbox')).toHaveValue('Typed by keyboard.');
});
