// Data safety: damaged, blocked, full and newer saved data; two tabs; closing
// right after typing; backups out and in (including hostile files); reports.
import fs from 'node:fs';
import { test as plainTest } from '@playwright/test';
import { test, expect, open, appReady, KEY, DAMAGED } from './fixtures.mjs';

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const storedData = async (page) => JSON.parse(await stored(page));
// The first kept copy of damaged data (each is under a key of its own,
// `${DAMAGED}:<ms>`), or null.
const damagedCopy = (page) => page.evaluate((d) => {
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(d)).sort();
  return keys.length ? localStorage.getItem(keys[0]) : null;
}, DAMAGED);
const checkbox = (page, n) => page.locator('input[type=checkbox]').nth(n);

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(path, 'utf8') };
}

async function importText(page, text, name = 'backup.json') {
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(text),
  });
}

test('damaged saved data is kept aside, reported, downloadable, and never overwritten', async ({ page }) => {
  await open(page, '/');
  await page.evaluate((k) => localStorage.setItem(k, '{"version": 2, "progress": {"checked": [oops'), KEY);
  await page.reload();
  await appReady(page);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('not valid JSON (line 1, column');
  await expect(alert).toContainText('A copy of it is kept');
  // Start-up wrote nothing over it.
  expect(await stored(page)).toBe('{"version": 2, "progress": {"checked": [oops');
  expect(await damagedCopy(page)).toBe('{"version": 2, "progress": {"checked": [oops');

  // Working on writes fresh data; the damaged copy stays.
  await open(page, '/checklist');
  await checkbox(page, 0).check();
  expect((await storedData(page)).progress.checked).toHaveLength(1);
  expect(await damagedCopy(page)).toContain('oops');

  await open(page, '/data');
  const file = await downloadText(page, () => page.getByRole('button', { name: 'Download the damaged copy' }).click());
  expect(file.name).toMatch(/^leader-leader-damaged-\d{4}-\d\d-\d\d\.txt$/);
  expect(file.text).toBe('{"version": 2, "progress": {"checked": [oops');
  await page.getByRole('button', { name: 'Delete the damaged copy' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { name: 'Saved data that could not be read' })).toHaveCount(0);
  expect(await damagedCopy(page)).toBeNull();
});

// The self-assessments are read only when a page needs them, so a damaged
// part shows up there, not at start-up.
const BAD_PART = '{"version": 3, "progress": {"checked": [], "last_visited": "/assess"}, "assessments": {"history": "not a list"}, '
  + '"practice": {"audit": [], "intents": []}, "meta": {}}';

test('an unreadable assessments part: home is unaffected, the assessment keeps a copy and says so', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, BAD_PART]);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await stored(page)).toBe(BAD_PART);

  await open(page, '/assess');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('Your saved self-assessments could not be read');
  await expect(alert).toContainText('A copy of everything you had saved is kept');
  // The saved text is kept aside exactly as it was; then the part starts
  // afresh. (The visitor was already on /assess, so opening it saved nothing.)
  expect(await damagedCopy(page)).toBe(BAD_PART);
  await expect.poll(async () => (await storedData(page)).assessments.history).toEqual([]);
  await open(page, '/data');
  await expect(page.getByRole('heading', { name: 'Saved data that could not be read' })).toBeVisible();
});

test('an unreadable assessments part is written back unchanged by other changes until it is kept aside', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, BAD_PART]);
  await open(page, '/checklist');
  await checkbox(page, 0).check();
  let data = await storedData(page);
  expect(data.progress.checked).toHaveLength(1);
  expect(data.assessments).toEqual({ history: 'not a list' });
  expect(await damagedCopy(page)).toBeNull();

  await open(page, '/assess');
  await expect(page.getByRole('alert').filter({ hasText: 'self-assessments could not be read' })).toBeVisible();
  const kept = JSON.parse(await damagedCopy(page));
  expect(kept.assessments).toEqual({ history: 'not a list' });
  expect(kept.progress.checked).toHaveLength(1);
  // The tick stays; the assessments start afresh.
  await expect.poll(async () => (await storedData(page)).assessments.history).toEqual([]);
  data = await storedData(page);
  expect(data.progress.checked).toHaveLength(1);
});

test('blocked storage: the app works in memory and says changes are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page, '/checklist');
  const banner = page.locator('#save-problem');
  await expect(banner).toContainText('Not saving');
  await expect(banner).toContainText('does not let the page save');
  await checkbox(page, 0).check();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Four steps' }).click();
  await page.getByRole('link', { name: /Start in the middle/ }).first().click();
  await page.getByRole('textbox').fill('Kept on screen while the tab is open.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click();
  await expect(checkbox(page, 0)).toBeChecked();
  await expect(page.locator('#save-problem')).toBeVisible();
});

test('full storage: the latest edit stays on screen, the saved copy stays whole, and saving resumes', async ({ page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__storageFull) throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  await open(page, '/checklist');
  await checkbox(page, 0).check();
  const before = await stored(page);
  await page.evaluate(() => { window.__storageFull = true; });
  await checkbox(page, 1).check();
  await expect(page.locator('#save-problem')).toContainText('storage for this site is full');
  await expect(checkbox(page, 1)).toBeChecked();
  expect(await stored(page)).toBe(before);
  // Space freed: the next change saves everything, and the notice goes.
  await page.evaluate(() => { window.__storageFull = false; });
  await checkbox(page, 2).check();
  await expect(page.locator('#save-problem')).toHaveCount(0);
  expect((await storedData(page)).progress.checked).toHaveLength(3);
});

test('data from a newer version is shown read-only and never overwritten', async ({ page }) => {
  await open(page, '/');
  const newer = JSON.stringify({ version: 99, progress: { checked: ['code-list-approvals'], notes: {} }, future: { x: 1 } });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);
  await open(page, '/steps/genetic-code');
  await expect(page.locator('#save-problem')).toContainText('newer version of Leader-Leader (format 99)');
  await expect(page.getByLabel(/^List every decision/)).toBeChecked();
  await checkbox(page, 1).check();
  await page.getByRole('textbox').fill('typed in read-only mode');
  expect(await stored(page)).toBe(newer);
  await open(page, '/data');
  await expect(page.getByLabel('Choose a backup file (.json)')).toBeDisabled();
});

test('two tabs: changes show in the other tab at once, and both tabs keep their edits', async ({ page, context }) => {
  await open(page, '/checklist');
  const other = await context.newPage();
  await other.goto('checklist');
  await appReady(other);
  // Each tab shows the other's tick without a reload. (A person takes far
  // longer to switch tabs than the browser takes to pass a write from one
  // tab to the other; the test waits for that too.)
  await checkbox(page, 0).check();
  await expect(checkbox(other, 0)).toBeChecked();
  await checkbox(other, 5).check();
  await expect(checkbox(page, 5)).toBeChecked();
  await expect(checkbox(other, 0)).toBeChecked();
  await expect(page.getByRole('progressbar', { name: 'Whole checklist' })).toHaveAttribute('aria-valuenow', '2');

  // Both edit the same note: the later edit wins, and both tabs show it.
  await page.goto('steps/act-your-way');
  await other.goto('steps/act-your-way');
  await appReady(page);
  await appReady(other);
  await page.getByRole('textbox').fill('from the first tab');
  await expect(other.getByRole('textbox')).toHaveValue('from the first tab');
  await other.getByRole('textbox').fill('from the second tab');
  await expect(page.getByRole('textbox')).toHaveValue('from the second tab');
  const data = await storedData(page);
  expect(data.progress.notes['act-your-way']).toBe('from the second tab');
  expect(data.progress.checked).toHaveLength(2);
  await other.close();
});

test('closing the tab right after typing loses nothing', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('steps/start-in-the-middle');
  await appReady(page);
  await page.getByRole('textbox').pressSequentially('last words before closing', { delay: 0 });
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('steps/start-in-the-middle');
  await appReady(again);
  await expect(again.getByRole('textbox')).toHaveValue('last words before closing');
});

test('export then import gives back exactly what was there', async ({ page }) => {
  await open(page, '/');
  await page.getByLabel("I don't hold a traditional leadership role").check();
  await open(page, '/steps/genetic-code');
  await checkbox(page, 0).check();
  await checkbox(page, 3).check();
  await page.getByRole('textbox').fill('Line one\nLine two with "quotes" and <b>tags</b> and émojis ✓');
  const before = (await storedData(page)).progress;

  await open(page, '/data');
  await expect(page.getByText('You have not made a backup yet')).toBeVisible();
  const file = await downloadText(page, () => page.getByRole('button', { name: 'Download a backup (JSON)' }).click());
  expect(file.name).toMatch(/^leader-leader-backup-\d{4}-\d\d-\d\d\.json$/);
  const parsed = JSON.parse(file.text);
  expect(parsed.app).toBe('leader-leader');
  expect(parsed.progress).toEqual(before);
  await expect(page.getByText(/Last backup: .* Nothing has changed since/)).toBeVisible();

  // Lose everything, then restore.
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Reset ticks, notes, role and place; keep assessments and practice' }).click();
  await importText(page, file.text);
  const preview = page.locator('.import-preview');
  await expect(preview).toContainText('This backup holds:');
  await expect(preview).toContainText('2 ticked items');
  await expect(preview).toContainText('1 reflection note');
  await expect(preview).toContainText('role: team member');
  // Nothing is replaced before confirming.
  expect((await storedData(page)).progress.checked).toHaveLength(0);
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup restored.')).toBeVisible();
  expect((await storedData(page)).progress).toEqual(before);
  await page.reload();
  await appReady(page);
  await open(page, '/steps/genetic-code');
  await expect(page.getByRole('textbox')).toHaveValue('Line one\nLine two with "quotes" and <b>tags</b> and émojis ✓');
});

test('hostile or broken files are refused with a clear message and change nothing', async ({ page }) => {
  // A dozen imports in one test: about 12 s alone, more on a loaded machine.
  test.setTimeout(60_000);
  await open(page, '/checklist');
  await checkbox(page, 0).check();
  const before = await stored(page);
  await open(page, '/data');
  const error = page.locator('#import-error');
  const cases = [
    ['not json at all', /not valid JSON.*line 1, column/i],
    ['{"app": "leader-leader", "version": 2,\n  "progress": {', /not valid JSON.*line 2/i],
    [JSON.stringify({ version: 99, progress: {} }), /newer version.*99/i],
    [JSON.stringify({ version: '2', progress: {} }), /version/i],
    [JSON.stringify({ app: 'something-else', version: 2 }), /not a Leader-Leader backup/i],
    ['['.repeat(100000) + ']'.repeat(100000), /not valid JSON|not a Leader-Leader backup|format/i],
    [JSON.stringify({ version: 2, progress: { checked: 'everything' } }), /ticked items should be a list/i],
    [JSON.stringify({ version: 2, progress: { notes: { 'x': 'y'.repeat(30000) } } }), /note/i],
  ];
  for (const [text, message] of cases) {
    await importText(page, text);
    await expect(error).toContainText(message);
    await expect(page.getByRole('button', { name: 'Replace my data with this backup' })).toHaveCount(0);
  }
  // A 30 MB file is refused by its size, before it is read.
  await importText(page, 'x'.repeat(30 * 1024 * 1024), 'huge.json');
  await expect(error).toContainText(/MB/);
  expect(await stored(page)).toBe(before);
});

test('markup in an imported file is shown as text, never run', async ({ page }) => {
  await open(page, '/data');
  page.on('dialog', () => { throw new Error('a script from the file ran'); });
  const evil = JSON.stringify({
    app: 'leader-leader', version: 2,
    progress: {
      role: 'leader',
      checked: ['code-list-approvals'],
      notes: { 'genetic-code': '<img src=x onerror="alert(1)"><script>alert(2)</script>' },
    },
  });
  await importText(page, evil);
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await open(page, '/report');
  await expect(page.locator('.report-note')).toHaveText('<img src=x onerror="alert(1)"><script>alert(2)</script>');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
});

test('the backup reminder appears after a week of unsaved-to-file changes and can be dismissed', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-01T09:00:00Z') });
  await open(page, '/checklist');
  await checkbox(page, 0).check();
  await expect(page.getByText('Time for a backup.')).toHaveCount(0);
  await page.clock.setSystemTime(new Date('2026-03-09T09:00:00Z'));
  await page.reload();
  await appReady(page);
  await expect(page.getByText('Time for a backup.')).toBeVisible();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByText('Time for a backup.')).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.getByText('Time for a backup.')).toHaveCount(0);
  // A week after dismissing, it comes back; downloading a backup ends it.
  await page.clock.setSystemTime(new Date('2026-03-17T09:00:00Z'));
  await page.reload();
  await appReady(page);
  const file = await downloadText(page, () => page.getByRole('button', { name: 'Download a backup', exact: true }).click());
  expect(file.name).toBe('leader-leader-backup-2026-03-17.json');
  await expect(page.getByText('Time for a backup.')).toHaveCount(0);
});

// Plain Playwright, since this test makes requests fail on purpose; and no
// service worker, which would answer from its cache.
plainTest.describe('before the service worker has the files', () => {
  plainTest.use({ serviceWorkers: 'block' });
  plainTest('a backup asked for from the reminder that cannot be made says so, and works on a second try', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // As in fixtures.mjs: the backup is downloaded through a link.
    await page.addInitScript(() => { delete window.showSaveFilePicker; });
    await page.clock.install({ time: new Date('2026-03-01T09:00:00Z') });
    await open(page, '/checklist');
    await checkbox(page, 0).check();
    await page.clock.setSystemTime(new Date('2026-03-09T09:00:00Z'));
    await page.reload();
    await appReady(page);
    await expect(page.getByText('Time for a backup.')).toBeVisible();
    // The backup's code is fetched on demand, and the connection is down.
    const pieces = /\/split-[0-9a-f]+\/.+\.wasm$/;
    await page.route(pieces, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Download a backup', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('The backup could not be made');
    await expect(page.getByText('Time for a backup.')).toBeVisible();
    // Back online: the same button makes the backup, and the reminder goes.
    await page.unroute(pieces);
    const file = await downloadText(page, () => page.getByRole('button', { name: 'Download a backup', exact: true }).click());
    expect(file.name).toBe('leader-leader-backup-2026-03-09.json');
    expect(JSON.parse(file.text).progress.checked.length).toBe(1);
    await expect(page.getByText('Time for a backup.')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

});

test('Markdown export and the printable report carry progress and notes', async ({ page }) => {
  await open(page, '/steps/act-your-way');
  await checkbox(page, 0).check();
  await page.getByRole('textbox').fill('First line\nSecond line');
  await open(page, '/data');
  const md = await downloadText(page, () => page.getByRole('button', { name: 'Download as Markdown' }).click());
  expect(md.name).toMatch(/^leader-leader-report-\d{4}-\d\d-\d\d\.md$/);
  expect(md.text).toContain('## Step 2: Act your way to new thinking');
  expect(md.text).toMatch(/- \[x\] /);
  expect(md.text).toMatch(/> First line *\n> Second line/);

  await page.getByRole('link', { name: 'Open the printable report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leader-Leader: my progress');
  await expect(page.locator('.report-note')).toHaveText('First line\nSecond line');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: /Step 2: Act your way/ })).toBeVisible();
});

test('the browser is asked to keep the data when something is first saved', async ({ page }) => {
  await page.addInitScript(() => {
    window.__persistCalls = 0;
    if (navigator.storage) {
      navigator.storage.persist = () => { window.__persistCalls += 1; return Promise.resolve(true); };
    }
  });
  await open(page, '/checklist');
  expect(await page.evaluate(() => window.__persistCalls)).toBe(0);
  await page.locator('input[type=checkbox]').first().check();
  await page.locator('input[type=checkbox]').nth(1).check();
  expect(await page.evaluate(() => window.__persistCalls)).toBe(1);
});

test('the import preview also counts assessments and practice entries', async ({ page }) => {
  await open(page, '/data');
  await importText(page, fs.readFileSync('tests/fixtures/saved-v3.json', 'utf8'));
  await expect(page.locator('.import-preview')).toContainText('2 self-assessments');
  await importText(page, fs.readFileSync('tests/fixtures/saved-v3-practice.json', 'utf8'));
  await expect(page.locator('.import-preview')).toContainText('3 audit entries');
});
