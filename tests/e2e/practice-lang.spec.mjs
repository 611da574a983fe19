// The practice tools in German and Spanish with entries in them (issue 16):
// the tools' page, the audit and the intent log with its chart over several
// weeks show no English interface words, write dates, months and shares the
// language's way, and pass axe. words.spec.mjs sees these pages only empty.
import { test, expect, open, audit, KEY } from './fixtures.mjs';
import { englishOn } from './english.mjs';

// The visitor's own text is in neither language's way of the scan: names
// and words that are no English word of the list.
const intent = (id, kind, date, text) => ({ id, kind, date, text, outcome: '', note: '' });
const DATA = {
  version: 3,
  practice: {
    audit: [
      { id: 'a-1', practice: 'Urlaub, vacaciones', decides_now: 'Anna', should_decide: 'Ben', rung_now: 2, rung_target: 5, competence: 'Plan', competence_ready: true, clarity: 'Ziel', clarity_ready: false, status: 'rewriting' },
      { id: 'a-2', practice: 'Einkauf, compras', decides_now: 'Carla', should_decide: 'Dora', rung_now: 4, rung_target: 6, competence: 'Budget', competence_ready: false, clarity: '', clarity_ready: false, status: 'handed-down' },
      { id: 'a-3', practice: 'Rechnungen, facturas', decides_now: 'Eva', should_decide: 'Finn', rung_now: null, rung_target: null, competence: '', competence_ready: true, clarity: '', clarity_ready: true, status: 'found' },
    ],
    intents: [
      intent('i-6', 'intent', '', 'Plan B'),
      intent('i-5', 'intent', '2026-03-25', 'Release'),
      intent('i-4', 'intent', '2026-03-18', 'Deploy'),
      intent('i-3', 'permission', '2026-03-17', 'Budget?'),
      intent('i-2', 'intent', '2026-03-04', 'Termin'),
      intent('i-1', 'permission', '2026-03-02', 'Urlaub?'),
    ],
  },
};

const CASES = [
  {
    lang: 'de',
    summary: '4 Absichten und 2 Bitten um Erlaubnis: 67\u00a0% Absichten.',
    trend: 'Von 50\u00a0% Absichten in der Woche vom 02.03.2026 auf 100\u00a0% in der Woche vom 23.03.2026.',
    label: /Woche vom 09\.03\.2026: nichts eingetragen; Woche vom 16\.03\.2026: 2 Einträge, 1 Absicht und 1 Bitte um Erlaubnis \(50\u00a0% Absichten\)/,
    row: /Woche vom 02\.03\.2026\s*2\s*1\s*1\s*50\u00a0%/,
    axis: '16. März',
    audit: '1 von 3 Entscheidungen abgegeben; 1 in Überarbeitung, 1 gefunden.',
  },
  {
    lang: 'es',
    summary: '4 intenciones y 2 peticiones de permiso: 67\u00a0% de intenciones.',
    trend: 'Del 50\u00a0% de intenciones en la semana del 02/03/2026 al 100\u00a0% en la semana del 23/03/2026.',
    label: /semana del 09\/03\/2026: nada anotado; semana del 16\/03\/2026: 2 entradas, 1 intención y 1 petición de permiso \(50\u00a0% de intenciones\)/,
    row: /Semana del 02\/03\/2026\s*2\s*1\s*1\s*50\u00a0%/,
    axis: '16 mar.',
    audit: '1 de 3 decisiones delegadas; 1 en proceso de cambio, 1 detectadas.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: the practice tools with entries speak the language only`, async ({ page }) => {
    await open(page, `/${c.lang}/`);
    await page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, JSON.stringify(DATA)]);

    await open(page, `/${c.lang}/practice/`);
    await expect(page.locator('.tool-status').nth(0)).toHaveText(c.audit);
    await expect(page.locator('.tool-status').nth(1)).toHaveText(c.summary);
    expect(await englishOn(page)).toEqual([]);
    await audit(page);

    await open(page, `/${c.lang}/practice/intents`);
    const summary = page.locator('.intent-summary');
    await expect(summary).toContainText(c.summary);
    await expect(summary).toContainText(c.trend);
    const chart = summary.getByRole('img');
    await expect(chart).toHaveAttribute('aria-label', c.label);
    await expect(chart.locator('text.pchart-label', { hasText: c.axis })).toHaveCount(1);
    await expect(chart.locator('text.pchart-label', { hasText: '50\u00a0%' })).toHaveCount(1);
    const rows = summary.locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toHaveText(c.row);
    expect(await englishOn(page)).toEqual([]);
    await audit(page);

    await open(page, `/${c.lang}/practice/audit`);
    await expect(page.getByText(c.audit)).toBeVisible();
    expect(await englishOn(page)).toEqual([]);
    await audit(page);
  });
}

// French once: months in the chart, and the same scan.
test('fr: the intent log counts by month in French', async ({ page }) => {
  const months = structuredClone(DATA);
  months.practice.intents[1].date = '2026-06-10';
  await open(page, '/fr/');
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, JSON.stringify(months)]);
  await open(page, '/fr/practice/intents');
  const summary = page.locator('.intent-summary');
  await expect(summary).toContainText('De 50\u00a0% d’intentions en mars 2026 à 100\u00a0% en juin 2026.');
  await expect(summary.locator('caption')).toHaveText('Intentions et demandes de permission par mois');
  await expect(summary.locator('tbody tr').nth(1)).toHaveText(/avr\. 2026\s*0\s*0\s*0\s*—/);
  expect(await englishOn(page)).toEqual([]);
  await audit(page);
});

test('the practice pages in English keep their words', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, JSON.stringify(DATA)]);
  await open(page, '/practice/intents');
  const summary = page.locator('.intent-summary');
  await expect(summary).toContainText('4 intents and 2 permission requests: 67% intents.');
  await expect(summary).toContainText('From 50% intents in the week of 2026-03-02 to 100% in the week of 2026-03-23.');
  await expect(summary.locator('caption')).toHaveText('Intents and permission requests per week');
  expect((await englishOn(page)).length).toBeGreaterThan(3);
});
