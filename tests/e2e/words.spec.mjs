// No English left on a German, French or Spanish page (issue 16): every page
// of the site, as the app renders it in each language, is scanned for the
// small English words that no sentence of those languages uses, in its
// visible text, its title and the names screen readers announce.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, appReady, site } from './fixtures.mjs';
import { SITE } from './deploy.mjs';

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

// English words that are not words of German, French or Spanish.
const ENGLISH = [
  'the', 'and', 'your', 'you', 'with', 'this', 'that', 'what', 'when', 'have', 'from', 'are',
  'can', 'our', 'is', 'it', 'to', 'of', 'for', 'my', 'step', 'steps', 'open', 'save', 'next',
  'back', 'how', 'who', 'been', 'yet', 'by', 'its', 'here', 'there',
];
// Names that stay English in every language: the app's, the book's and the
// original of Marquet's phrase, shown beside its translation.
const NAMES = ['Leader-Leader', 'Turn the Ship Around!', 'I intend to', 'USS Santa Fe', 'Santa Fe', 'L. David Marquet'];

async function englishOn(page) {
  const texts = await page.evaluate(() => {
    const lang = document.documentElement.lang;
    const out = [document.title];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        out.push(node.textContent);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'CITE', 'TEMPLATE', 'CODE', 'TEXTAREA'].includes(el.tagName)) return;
      if (el.hasAttribute('lang') && el.getAttribute('lang') !== lang) return;
      if (el.hidden || el.closest('[hidden]')) return;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        if (el.getAttribute(a)) out.push(el.getAttribute(a));
      }
      if (el.tagName === 'INPUT' && ['button', 'submit'].includes(el.type)) out.push(el.value);
      for (const child of el.childNodes) walk(child);
    };
    walk(document.body);
    return out;
  });
  const found = [];
  for (let text of texts) {
    for (const name of NAMES) text = text.split(name).join(' ');
    for (const word of text.split(/[^\p{L}'’-]+/u)) {
      if (ENGLISH.includes(word.toLowerCase())) found.push(`"${word}" in: ${text.trim().slice(0, 120)}`);
    }
  }
  return [...new Set(found)];
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
  'assess/history', 'practice/', 'practice/audit', 'practice/intents',
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
