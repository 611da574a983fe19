// Screenshots with seeded data: node shots-seed.tmp.mjs <base> <key> <page>...
import { chromium } from '@playwright/test';
import { DAY, NOW, round, SELF } from './tests/e2e/seed-rounds.mjs';
const [base, key, ...pages] = process.argv.slice(2);
const intent = (id, kind, date, text) => ({ id, kind, date, text, outcome: '', note: '' });
const DATA = {
  version: 4,
  progress: { role: 'leader', checked: [], notes: {} },
  assessments: { history: [SELF] },
  practice: {
    audit: [
      { id: 'a-1', practice: 'Urlaub', decides_now: 'Anna', should_decide: 'Ben', rung_now: 2, rung_target: 5, competence: 'Plan', competence_ready: true, clarity: 'Ziel', clarity_ready: false, status: 'rewriting' },
      { id: 'a-2', practice: 'Einkauf', decides_now: 'Carla', should_decide: 'Dora', rung_now: 4, rung_target: 6, competence: 'Budget', competence_ready: false, clarity: '', clarity_ready: false, status: 'handed-down' },
    ],
    intents: [
      intent('i-5', 'intent', '2026-03-25', 'Release'), intent('i-4', 'intent', '2026-03-18', 'Deploy'),
      intent('i-3', 'permission', '2026-03-17', 'Budget?'), intent('i-2', 'intent', '2026-03-04', 'Termin'),
      intent('i-1', 'permission', '2026-03-02', 'Urlaub?'),
    ],
  },
  rounds: { rounds: [
    round(1, { series: 'c', kind: 'team', name: 'Plattform', people: Array(2).fill({ scores: [50, 50, 50] }) }),
    round(2, { series: 'c', name: 'Sam', closedAt: NOW - 2 * DAY, own: [75, 50, 25], people: [
      { scores: [50, 25, 75], rung: 4, comment: 'Klare Ziele' }, { scores: [75, 50, 50], rung: 5 }, { scores: [25, 75, 50], rung: 3 }] }),
  ] },
  meta: { updated_at: NOW, unexported_since: null, last_export_at: NOW, reminder_dismissed_at: null },
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const scheme of ['light', 'dark']) {
  for (const width of [320, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    await ctx.addInitScript(([k, d]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, d); }, [key, JSON.stringify(DATA)]);
    const page = await ctx.newPage();
    for (const p of pages) {
      await page.goto(base + p);
      await page.waitForSelector('main h1');
      await page.waitForTimeout(500);
      const name = `/tmp/shots/${p.replace(/[/?=]/g, '_')}-${width}-${scheme}.png`;
      if (process.env.SEL) await page.locator(process.env.SEL).first().screenshot({ path: name });
      else await page.screenshot({ path: name, fullPage: true });
    }
    await ctx.close();
  }
}
await browser.close();
