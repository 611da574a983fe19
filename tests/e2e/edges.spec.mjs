// The edges of the layout and the practice tools: room between the header,
// the page and the footer; the main menu behind a Menu button on phones
// (one header row, keyboard and screen-reader use, nothing moving when the
// app takes over from the static page); empty practice entries that do not
// count; entry titles inside their boxes at 320 px; and the intent chart's
// counts.
import { test, expect, open, appReady, audit, KEY } from './fixtures.mjs';

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 720 };

/** Saved data (format 3) holding these practice entries. */
const saved = (practice) => JSON.stringify({ version: 3, practice: { audit: [], intents: [], ...practice } });

async function seed(page, practice) {
  await open(page, '/');
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, saved(practice)]);
}

const box = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
});

/** Chromium's own accessibility node for a selector: what screen readers get. */
async function axNode(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const prop = (name) => nodes[0].properties?.find((p) => p.name === name)?.value.value;
  return { role: nodes[0].role?.value, name: nodes[0].name?.value, expanded: prop('expanded') ?? false };
}

const intent = (id, date, text, kind = 'intent') => ({ id, kind, date, text, outcome: '', note: '' });

for (const [name, viewport] of [['320 px', PHONE], ['1280 px', DESKTOP]]) {
  test.describe(`spacing at ${name}`, () => {
    test.use({ viewport });

    test('the page keeps clear of the header and the footer', async ({ page }) => {
      await open(page, '/steps/act-your-way');
      const header = await box(page.locator('.site-header'));
      const steps = await box(page.getByRole('navigation', { name: 'The four steps' }));
      expect(steps.top - header.bottom, 'header to step indicator').toBeGreaterThanOrEqual(16);
      const pager = await box(page.getByRole('navigation', { name: 'Step pages' }));
      const footer = await box(page.getByRole('contentinfo'));
      expect(footer.top - pager.bottom, 'back/next buttons to footer').toBeGreaterThanOrEqual(16);

      await open(page, '/practice/audit');
      const sub = await box(page.getByRole('navigation', { name: 'Practice tools' }));
      expect(sub.top - (await box(page.locator('.site-header'))).bottom, 'header to practice navigation')
        .toBeGreaterThanOrEqual(16);
    });
  });
}

test.describe('the main menu on a phone', () => {
  test.use({ viewport: PHONE });

  test('the header is one row; the menu opens and closes from the keyboard', async ({ page }) => {
    await open(page, '/practice');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.locator('details#menu');
    const summary = menu.locator('summary');
    await expect(summary).toHaveText('Menu');
    const brand = await box(page.locator('.site-header .brand'));
    const summaryBox = await box(summary);
    // One row: the brand and the Menu disclosure side by side, nothing below.
    expect(Math.abs(brand.top + brand.height / 2 - (summaryBox.top + summaryBox.height / 2))).toBeLessThan(4);
    expect(summaryBox.right).toBeLessThanOrEqual(320);
    const header = await box(page.locator('.site-header'));
    expect(header.height).toBeLessThanOrEqual(Math.max(brand.height, summaryBox.height) + 24);
    await expect(nav.getByRole('link', { name: 'Home' })).toBeHidden();
    await expect(menu).toHaveJSProperty('open', false);
    // Screen readers hear a collapsed disclosure named Menu.
    expect(await axNode(page, '#menu summary')).toMatchObject({ name: 'Menu', expanded: false });

    // Keyboard only: Tab to the disclosure, open it, walk the links, Escape.
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    expect(await summary.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(menu).toHaveJSProperty('open', true);
    expect(await axNode(page, '#menu summary')).toMatchObject({ name: 'Menu', expanded: true });
    const links = nav.getByRole('link');
    await expect(links).toHaveCount(10);
    for (const link of await links.all()) await expect(link).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Practice' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
    expect(await nav.getByRole('link', { name: 'Home' }).evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await audit(page);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveJSProperty('open', false);
    await expect(summary).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Home' })).toBeHidden();

    // Space opens it too; following a link closes it.
    await page.keyboard.press('Space');
    await expect(menu).toHaveJSProperty('open', true);
    await nav.getByRole('link', { name: 'Checklist' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/checklist$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/checklist/i);
    await expect(menu).toHaveJSProperty('open', false);
    await summary.click();
    await expect(menu).toHaveJSProperty('open', true);
    await expect(nav.getByRole('link', { name: 'Checklist' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Stories' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/stories$/);
    await expect(menu).toHaveJSProperty('open', false);

    // Open, the list pushes the page down: what comes after it is never
    // covered when the keyboard reaches it.
    await summary.click();
    await nav.getByRole('link', { name: 'Your data' }).focus();
    await page.keyboard.press('Tab');
    const uncovered = await page.evaluate(() => {
      const el = document.activeElement;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && (el === hit || el.contains(hit) || hit.contains(el));
    });
    expect(uncovered).toBe(true);
    // Pressing the disclosure again closes it.
    await summary.click();
    await expect(menu).toHaveJSProperty('open', false);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('nothing moves when the app takes over from the static page', async ({ page }) => {
    // Hold the wasm back to measure the static header first.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('#app[data-live]')).toHaveCount(0);
    const parts = ['.site-header', '.site-header .brand', '#menu summary', 'main h1', 'main .lead'];
    const before = [];
    for (const sel of parts) before.push(await box(page.locator(sel)));
    await expect(page.locator('#menu')).toHaveJSProperty('open', false);
    release();
    await appReady(page);
    for (const [i, sel] of parts.entries()) {
      expect(await box(page.locator(sel)), sel).toEqual(before[i]);
    }
    expect(await page.evaluate(() => window.__shifts)).toBeLessThan(0.001);
  });
});

test.describe('the main menu on a wide screen', () => {
  test.use({ viewport: DESKTOP });

  test('every link shows in the header, with no Menu button', async ({ page }) => {
    await open(page, '/steps');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.locator('#menu summary')).toBeHidden();
    const links = nav.getByRole('link');
    await expect(links).toHaveCount(10);
    const tops = new Set();
    for (const link of await links.all()) {
      await expect(link).toBeVisible();
      tops.add(Math.round((await box(link)).top));
    }
    expect(tops.size, 'the links stand in one row').toBe(1);
    await expect(nav.getByRole('link', { name: 'Four steps' })).toHaveAttribute('aria-current', 'page');
  });
});

test('an empty audit entry is not listed as blocked, and counts once it has text', async ({ page }) => {
  await open(page, '/practice/audit');
  const summary = page.getByRole('region', { name: 'Summary' });
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await expect(page.locator('.audit-entry')).toHaveCount(1);
  await expect(summary).toContainText('No entries yet.');
  await expect(summary.getByRole('heading', { name: 'Blocked on competence' })).toHaveCount(0);
  await expect(summary.getByRole('heading', { name: 'Blocked on clarity' })).toHaveCount(0);
  // White space is not text.
  await page.getByLabel('Practice, procedure or approval').fill('   ');
  await expect(summary.getByRole('heading', { name: 'Blocked on competence' })).toHaveCount(0);
  await page.getByLabel('Practice, procedure or approval').fill('Overtime needs the manager');
  await expect(summary).toContainText('0 of 1 decision handed down; 0 being rewritten, 1 found.');
  await expect(summary.getByRole('heading', { name: 'Blocked on competence' })).toBeVisible();
  await expect(summary.getByRole('link', { name: '1. Overtime needs the manager' })).toHaveCount(2);
  // A second, empty entry changes nothing.
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await expect(page.locator('.audit-entry')).toHaveCount(2);
  await expect(summary).toContainText('0 of 1 decision handed down');
  await expect(summary.getByRole('link', { name: /^2\./ })).toHaveCount(0);
  await open(page, '/practice');
  await expect(page.locator('.tool-card').first()).toContainText('0 of 1 decision handed down');
});

test('an empty intent leaves the summary and the chart as they were', async ({ page }) => {
  await seed(page, { intents: [intent('i-one', '2026-03-03', 'I intend to close the sprint early.')] });
  await open(page, '/practice/intents');
  const summary = page.getByRole('region', { name: 'Intents and permission requests over time' });
  const chart = summary.getByRole('img');
  await expect(summary).toContainText('1 intent and 0 permission requests: 100% intents.');
  const label = await chart.getAttribute('aria-label');
  const rows = await summary.locator('tbody tr').allTextContents();
  expect(rows).toHaveLength(1);

  // Logged today, with nothing written yet: not counted anywhere.
  await page.getByRole('button', { name: 'Log a permission request' }).click();
  await expect(page.locator('.intent-entry')).toHaveCount(2);
  await page.keyboard.type('  ');
  await page.getByRole('button', { name: 'Log an intent' }).click();
  await expect(page.locator('.intent-entry')).toHaveCount(3);
  await expect(summary).toContainText('1 intent and 0 permission requests: 100% intents.');
  await expect(summary).not.toContainText('without a date');
  await expect(chart).toHaveAttribute('aria-label', label);
  expect(await summary.locator('tbody tr').allTextContents()).toEqual(rows);
  await open(page, '/practice');
  await expect(page.locator('.tool-card').nth(1)).toContainText('1 intent and 0 permission requests');

  // Once it has text, it counts.
  await open(page, '/practice/intents');
  await page.locator('.intent-entry').nth(1).getByLabel('What I asked permission for').fill('May I book the room?');
  await expect(summary).toContainText('1 intent and 1 permission request: 50% intents.');
});

test('the intent chart shows how many entries each week holds', async ({ page }) => {
  await seed(page, {
    intents: [
      intent('i-a', '2026-03-02', 'I intend to ship the report.'),
      intent('i-b', '2026-03-09', 'I intend to move the stand-up.'),
      intent('i-c', '2026-03-10', 'May I buy the licence?', 'permission'),
      intent('i-d', '2026-03-12', 'I intend to call the supplier.'),
    ],
  });
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await open(page, '/practice/intents');
    const summary = page.getByRole('region', { name: 'Intents and permission requests over time' });
    const chart = summary.getByRole('img');
    const counts = chart.locator('.pchart-count');
    await expect(counts).toHaveText(['1', '3']);
    const svg = await box(chart);
    for (const count of await counts.all()) {
      await expect(count).toBeVisible();
      const b = await box(count);
      expect(b.top).toBeGreaterThanOrEqual(svg.top);
      expect(b.height).toBeGreaterThan(6);
    }
    // 100% in the first week, 67% in the second: the counts tell them apart.
    await expect(chart).toHaveAccessibleName(/the week of 2026-03-02: 1 entry, 1 intent and 0 permission requests \(100% intents\)/);
    await expect(chart).toHaveAccessibleName(/the week of 2026-03-09: 3 entries, 2 intents and 1 permission request \(67% intents\)/);
    const table = summary.getByRole('table');
    await expect(table.getByRole('columnheader', { name: 'Entries' })).toBeVisible();
    await expect(table.getByRole('row', { name: /Week of 2026-03-02/ }).getByRole('cell').first()).toHaveText('1');
    await expect(table.getByRole('row', { name: /Week of 2026-03-09/ }).getByRole('cell').first()).toHaveText('3');
  }
  await audit(page);
});

test.describe('practice entries on a phone', () => {
  test.use({ viewport: PHONE });

  test('every entry title stays inside its box', async ({ page }) => {
    const long = 'Every purchase over fifty pounds waits for a signature from the regional finance director';
    await seed(page, {
      audit: [
        { id: 'a-1', practice: long },
        { id: 'a-2', practice: 'Rota changes' },
        { id: 'a-3', practice: '', decides_now: 'Director' },
      ],
      intents: [intent('i-1', '2026-03-02', 'I intend to ship.', 'permission')],
    });
    for (const path of ['/practice/audit', '/practice/intents']) {
      await open(page, path);
      const entries = page.locator('.audit-entry, .intent-entry');
      expect(await entries.count(), path).toBeGreaterThan(0);
      for (const fieldset of await entries.all()) {
        const inside = await fieldset.evaluate((el) => {
          const legend = el.querySelector(':scope > legend').getBoundingClientRect();
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          const inner = {
            top: r.top + parseFloat(s.borderTopWidth),
            bottom: r.bottom - parseFloat(s.borderBottomWidth),
            left: r.left + parseFloat(s.borderLeftWidth),
            right: r.right - parseFloat(s.borderRightWidth),
          };
          return legend.top >= inner.top && legend.bottom <= inner.bottom
            && legend.left >= inner.left && legend.right <= inner.right;
        });
        expect(inside, `${path}: ${await fieldset.locator(':scope > legend').textContent()}`).toBe(true);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await audit(page);
  });
});
