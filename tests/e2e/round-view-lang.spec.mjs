// A team round's page and its results in German and French (issue 16): with
// rounds seeded open, closed with too few answers and closed with results,
// every state of the page, its confirmations and its results read in the
// page's language, with no English interface word, and pass axe.
import { test, expect, open, audit, KEY } from './fixtures.mjs';
import { englishOn } from './english.mjs';

const DAY = 86_400_000;
const NOW = Date.now();

const STATEMENTS = [
  'control-info-decides', 'control-intent', 'control-approvals', 'control-proposals', 'control-waits',
  'competence-skills-match', 'competence-named-gaps', 'competence-certify', 'competence-deliberate', 'competence-learning-stalls',
  'clarity-purpose', 'clarity-criteria', 'clarity-principles', 'clarity-questions', 'clarity-guessing',
];
const TEAM = STATEMENTS.map((id) => `team-${id}`);

/** Values that score [control, competence, clarity]; the last statement of
 * each component counts in reverse (as in round-results.spec.mjs). */
function values(ids, scores) {
  return Object.fromEntries(ids.map((id, i) => {
    const v = scores[Math.floor(i / 5)] / 25 + 1;
    return [id, i % 5 === 4 ? 6 - v : v];
  }));
}

const PUBLIC_KEY = Buffer.from([4, ...Array(64).fill(7)]).toString('base64url');

function round(n, { kind = 'about-me', name = null, people = [], closedAt = null, own = null }) {
  const ids = kind === 'team' ? TEAM : STATEMENTS;
  return {
    id: `00000000000000b${n}`,
    kind,
    ...(kind === 'about-me' ? { role: 'leader' } : {}),
    ...(name ? { name } : {}),
    started_at: NOW - 20 * DAY,
    closed_at: closedAt,
    public_key: PUBLIC_KEY,
    private_key: '{"kty":"EC"}',
    ...(own ? { own: values(TEAM, own) } : {}),
    answers: people.map((p, i) => ({
      id: `answer${i}AAAAAAAAAA`.slice(0, 16),
      values: values(ids, p.scores),
      ...(p.rung ? { rung: p.rung } : {}),
      ...(p.comment ? { comment: p.comment } : {}),
    })),
  };
}

const SELF = { taken_at: NOW - 30 * DAY, role: 'leader', answers: values(STATEMENTS, [100, 50, 75]), rung: 6, scores: { control: 100, competence: 50, clarity: 75 } };

const SAMPLE = {
  version: 4,
  progress: { role: 'leader', checked: [], notes: {} },
  assessments: { history: [SELF] },
  practice: {},
  rounds: {
    rounds: [
      // Open, with 2 answers.
      round(1, { kind: 'team', name: 'Plattform', people: Array(2).fill({ scores: [50, 50, 50] }) }),
      // Closed with 2: nothing shown.
      round(2, { name: 'Sam', people: [{ scores: [0, 0, 0] }, { scores: [0, 0, 0] }], closedAt: NOW - 5 * DAY }),
      // Closed with 3, about me: colleagues beside the self-assessment.
      round(3, {
        name: 'Sam',
        people: [
          { scores: [75, 75, 50], rung: 3, comment: 'Hört gut zu' },
          { scores: [50, 75, 50], rung: 4 },
          { scores: [100, 75, 50], rung: 5 },
        ],
        closedAt: NOW - 2 * DAY,
      }),
      // A closed team round with the organiser's own answers.
      round(4, {
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

test.beforeEach(async ({ page }) => {
  await page.addInitScript(([key, data]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, data);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, JSON.stringify(SAMPLE)]);
});

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
    close: 'Clore le tour…',
    closeQuestion: 'Il a pour l’instant 2 réponses, et les résultats en demandent au moins 3',
    keepOpen: 'Le laisser ouvert',
    remove: 'Supprimer ce tour…',
    removeQuestion: 'Supprimer définitivement ce tour et ses 2 réponses de ce navigateur\u202f?',
    keep: 'Le garder',
    tooFew: 'Ce tour a été clos avec 2 réponses.',
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
