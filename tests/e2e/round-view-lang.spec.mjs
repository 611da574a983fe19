// A team round's page and its results in German and French (issue 16): with
// rounds seeded open, closed with too few answers and closed with results,
// every state of the page, its confirmations and its results read in the
// page's language, with no English interface word, and pass axe.
import { test, expect, open, audit, KEY } from './fixtures.mjs';
import { englishOn } from './english.mjs';
import { DAY, NOW, round, SELF, seedEachTest } from './seed-rounds.mjs';

const SAMPLE = {
  version: 4,
  progress: { role: 'leader', checked: [], notes: {} },
  assessments: { history: [SELF] },
  practice: {},
  rounds: {
    rounds: [
      // Open, with 2 answers.
      round(1, { series: 'b', kind: 'team', name: 'Plattform', people: Array(2).fill({ scores: [50, 50, 50] }) }),
      // Closed with 2: nothing shown.
      round(2, { series: 'b', name: 'Sam', people: [{ scores: [0, 0, 0] }, { scores: [0, 0, 0] }], closedAt: NOW - 5 * DAY }),
      // Closed with 3, about me: colleagues beside the self-assessment.
      round(3, { series: 'b',
        name: 'Sam',
        people: [
          { scores: [75, 75, 50], rung: 3, comment: 'Hört gut zu' },
          { scores: [50, 75, 50], rung: 4 },
          { scores: [100, 75, 50], rung: 5 },
        ],
        closedAt: NOW - 2 * DAY,
      }),
      // A closed team round with the organiser's own answers.
      round(4, { series: 'b',
        kind: 'team',
        name: 'Plattform',
        people: [{ scores: [50, 50, 0] }, { scores: [75, 50, 100] }, { scores: [100, 50, 100] }],
        own: [100, 50, 75],
        closedAt: NOW - DAY,
      }),
    ],
  },
  meta: { updated_at: NOW, unexported_since: null, last_export_at: NOW, reminder_dismissed_at: null },
};

seedEachTest(test, KEY, SAMPLE);

const CASES = {
  de: {
    results: 'Ergebnisse',
    count: 'Bisher eingegangene Antworten: 2.',
    invite: 'Leute einladen',
    close: 'Die Runde schließen …',
    closeQuestion: 'Sie hat bisher 2 Antworten, und Ergebnisse brauchen mindestens 3',
    keepOpen: 'Offen lassen',
    remove: 'Diese Runde löschen …',
    removeQuestion: 'Diese Runde und ihre 2 Antworten endgültig aus diesem Browser löschen?',
    keep: 'Behalten',
    tooFew: 'Diese Runde wurde mit 2 Antworten geschlossen.',
    basedOn: 'Grundlage: 3 Antworten.',
    spread: '17 Punkte, etwas unterschiedliche Sichtweisen',
    perComponent: /Je Säule/,
  },
  fr: {
    results: 'Résultats',
    count: 'Réponses reçues jusqu’ici\u00a0: 2.',
    invite: 'Inviter des personnes',
    close: 'Clôturer le tour…',
    closeQuestion: 'Il compte pour l’instant 2 réponses, et les résultats en demandent au moins 3',
    keepOpen: 'Le laisser ouvert',
    remove: 'Supprimer ce tour…',
    removeQuestion: 'Supprimer définitivement ce tour et ses 2 réponses de ce navigateur\u202f?',
    keep: 'Le garder',
    tooFew: 'Ce tour a été clôturé avec 2 réponses.',
    basedOn: 'Sur la base de 3 réponses.',
    spread: 'des regards assez différents',
    perComponent: /Par pilier/,
  },
};

for (const [lang, w] of Object.entries(CASES)) {
  test(`${lang}: an open round, its invitation and confirmations, and a round closed with too few answers`, async ({ page }) => {
    await open(page, `/${lang}/rounds/round?id=00000000000000b1`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.round-count')).toHaveText(w.count);
    await expect(page.getByRole('heading', { name: w.invite })).toBeVisible();
    // The invitation email is in the leader's language.
    const mail = decodeURIComponent(await page.locator('a[href^="mailto:"]').getAttribute('href'));
    expect(mail).not.toContain('Hello');
    expect(mail).not.toContain('Thank you');
    await page.locator('.qr-box summary').click();
    await page.getByRole('button', { name: w.close }).click();
    await expect(page.locator('#close-confirm-text')).toContainText(w.closeQuestion);
    await page.getByRole('button', { name: w.remove }).click();
    await expect(page.locator('#delete-confirm-text')).toContainText(w.removeQuestion);
    await expect(page.getByRole('button', { name: w.keepOpen })).toBeVisible();
    await expect(page.getByRole('button', { name: w.keep, exact: true })).toBeVisible();
    await page.locator('.own-answers summary').click();
    await audit(page);
    expect(await englishOn(page)).toEqual([]);

    await open(page, `/${lang}/rounds/round?id=00000000000000b2`);
    await expect(page.getByRole('region', { name: w.results })).toContainText(w.tooFew);
    await audit(page);
    expect(await englishOn(page)).toEqual([]);
  });

  test(`${lang}: the results of a closed round about me and of a team round`, async ({ page }) => {
    await open(page, `/${lang}/rounds/round?id=00000000000000b3`);
    const r = page.getByRole('region', { name: w.results });
    await expect(r).toContainText(w.basedOn);
    await expect(r.getByRole('table', { name: w.perComponent })).toBeVisible();
    await expect(r.getByRole('listitem').filter({ hasText: 'Hört gut zu' })).toBeVisible();
    await audit(page);
    expect(await englishOn(page)).toEqual([]);

    await open(page, `/${lang}/rounds/round?id=00000000000000b4`);
    await expect(r.getByRole('table', { name: w.perComponent })).toContainText(w.spread);
    await page.locator('.own-answers summary').click();
    await audit(page);
    expect(await englishOn(page)).toEqual([]);
  });
}
