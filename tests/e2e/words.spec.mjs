// No English left on a German, French or Spanish page (issue 16): every page
// of the site, as the app renders it in each language, is scanned for the
// small English words that no sentence of those languages uses, in its
// visible text, its title and the names screen readers announce.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, appReady, site } from './fixtures.mjs';
import { SITE } from './deploy.mjs';
import { englishWords as englishOn } from './english-words.mjs';

// Every page the English build has, as an address under the site.
function pages(dir = SITE, prefix = '') {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!prefix && /^[a-z]{2}$/.test(entry.name)) continue; // another language
      if (entry.name.startsWith('split')) continue;
      found.push(...pages(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    } else if (entry.name.endsWith('.html') && entry.name !== '404.html') {
      found.push(prefix + (entry.name === 'index.html' ? '' : entry.name.replace(/\.html$/, '')));
    }
  }
  return found.sort();
}

test('the English pages are found, and the scan finds their English', async ({ page }) => {
  const all = pages();
  expect(all.length).toBeGreaterThanOrEqual(20);
  await page.goto(site('steps/'));
  await appReady(page);
  expect((await englishOn(page)).length).toBeGreaterThan(5);
});

// Pages whose words are not all in the content files yet (issue 16 is
// open): the team-round pages, the reminder on the history page and the
// practice model's status lines. They are checked the other way round, so
// the page that loses its last English word must leave this list.
const STILL_ENGLISH = [
  'assess/history',
  'rounds/', 'rounds/add', 'rounds/round',
];

for (const code of ['de', 'fr', 'es']) {
  test(`no English interface words on the ${code} pages`, async ({ page }) => {
    test.slow();
    const problems = [];
    for (const p of pages()) {
      await page.goto(site(`${code}/${p}`));
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      const found = await englishOn(page);
      if (STILL_ENGLISH.includes(p)) {
        if (found.length === 0) problems.push(`${code}/${p}: no English left: take it off STILL_ENGLISH`);
      } else {
        for (const f of found) problems.push(`${code}/${p}: ${f}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
