// No English left on a German, French or Spanish page (issue 16): every page
// of the site, as the app renders it in each language, is scanned for the
// small English words that no sentence of those languages uses, in its
// visible text, its title and the names screen readers announce.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, appReady, site } from './fixtures.mjs';
import { SITE } from './deploy.mjs';
import { englishOn } from './english.mjs';

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

for (const code of ['de', 'fr', 'es']) {
  test(`no English interface words on the ${code} pages`, async ({ page }) => {
    test.slow();
    const problems = [];
    for (const p of pages()) {
      await page.goto(site(`${code}/${p}`));
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      for (const f of await englishOn(page)) problems.push(`${code}/${p}: ${f}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
