// Saved rounds for the specs that seed them (format 4): answers are stored
// opened, as the app keeps them, so no sealing is needed
// (rounds.spec.mjs covers the codes end to end).

export const DAY = 86_400_000;
export const NOW = Date.now();

export const STATEMENTS = [
  'control-info-decides', 'control-intent', 'control-approvals', 'control-proposals', 'control-waits',
  'competence-skills-match', 'competence-named-gaps', 'competence-certify', 'competence-deliberate', 'competence-learning-stalls',
  'clarity-purpose', 'clarity-criteria', 'clarity-principles', 'clarity-questions', 'clarity-guessing',
];
export const TEAM = STATEMENTS.map((id) => `team-${id}`);

/** Values that score [control, competence, clarity] (0, 25, …, 100): the
 * last statement of each component counts in reverse. */
export function values(ids, scores) {
  return Object.fromEntries(ids.map((id, i) => {
    const v = scores[Math.floor(i / 5)] / 25 + 1;
    return [id, i % 5 === 4 ? 6 - v : v];
  }));
}

const PUBLIC_KEY = Buffer.from([4, ...Array(64).fill(7)]).toString('base64url');

/** Round number `n` of a spec; `series` keeps two specs' ids apart. */
export function round(n, { series = 'a', kind = 'about-me', name = null, people = [], closedAt = null, startedAt = NOW - 20 * DAY, own = null }) {
  const ids = kind === 'team' ? TEAM : STATEMENTS;
  return {
    id: `00000000000000${series}${n}`,
    kind,
    ...(kind === 'about-me' ? { role: 'leader' } : {}),
    ...(name ? { name } : {}),
    started_at: startedAt,
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

/** A self-assessment a month old: control 100, competence 50, clarity 75. */
export const SELF = { taken_at: NOW - 30 * DAY, role: 'leader', answers: values(STATEMENTS, [100, 50, 75]), rung: 6, scores: { control: 100, competence: 50, clarity: 75 } };

/** Seeds `data` as the saved data before each test's first page, once per
 * test, so a reload inside the test keeps what the app saved since. */
export function seedEachTest(test, key, data) {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(([k, d]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, d);
        sessionStorage.setItem('seeded', '1');
      }
    }, [key, JSON.stringify(data)]);
  });
}
