// The phrase coach in German, French and Spanish: each build hears how
// people ask leave in its language, marks the asking words, places the
// sentence on rung 4 and rewrites it with Marquet's phrase as the glossary
// gives it, in the page's own words; a statement stays unflagged.
import { test, expect, open, audit } from './fixtures.mjs';

const CASES = [
  {
    lang: 'de',
    label: 'Deine Nachricht',
    region: 'Was die Formulierungshilfe gefunden hat',
    ask: 'Darf ich den Kunden morgen anrufen?',
    words: 'Darf ich',
    rewrite: 'Ich beabsichtige, den Kunden morgen anzurufen.',
    one: '1 Satz gibt eine Entscheidung nach oben ab.',
    rung: /^Sprosse 4 von 7: /,
    statement: 'Ich kann morgen liefern.',
  },
  {
    lang: 'fr',
    label: 'Votre message',
    region: 'Ce que le coach a trouvé',
    ask: 'Puis-je envoyer le rapport ?',
    words: 'Puis-je',
    rewrite: "J'ai l'intention d'envoyer le rapport.",
    one: '1 phrase fait remonter une décision.',
    rung: /^Échelon 4 sur 7/,
    statement: 'Je peux livrer demain.',
  },
  {
    lang: 'es',
    label: 'Tu mensaje',
    region: 'Lo que ha encontrado el asistente',
    ask: '¿Te parece bien si muevo la reunión al viernes?',
    words: 'Te parece bien si',
    rewrite: 'Tengo la intención de mover la reunión al viernes.',
    one: '1 frase pasa una decisión hacia arriba.',
    rung: /^Peldaño 4 de 7: /,
    statement: 'Puedo entregarlo mañana.',
  },
];

for (const c of CASES) {
  test(`the coach reads ${c.lang} and answers in ${c.lang}`, async ({ page }) => {
    await open(page, `${c.lang}/practice/phrases`);
    const results = page.getByRole('region', { name: c.region });
    await page.getByLabel(c.label).fill(c.ask);
    await expect(results.locator('.coach-count')).toHaveText(c.one);
    await expect(results.locator('mark')).toHaveText([c.words]);
    const card = results.locator('.coach-suggestion');
    await expect(card.locator('.coach-rung')).toHaveText(c.rung);
    await expect(card.locator('.coach-rewrite q')).toHaveText(c.rewrite);
    await audit(page);
    await page.getByLabel(c.label).fill(c.statement);
    await expect(results.locator('mark')).toHaveCount(0);
    await expect(results.locator('.coach-suggestion')).toHaveCount(0);
  });
}

// French sets a narrow no-break space (U+202F) inside guillemets and before
// "?": the sentence ends after the closing guillemet, which stays with it,
// and the thanks after it are a sentence of their own.
test('the French coach keeps « … ? » together, typed with narrow spaces', async ({ page }) => {
  await open(page, 'fr/practice/phrases');
  const results = page.getByRole('region', { name: 'Ce que le coach a trouvé' });
  const nnbsp = '\u202f';
  const input = page.getByLabel('Votre message');
  await input.click();
  await input.pressSequentially(`«${nnbsp}Puis-je envoyer le rapport${nnbsp}?${nnbsp}» Merci.`);
  await expect(results.locator('.coach-count')).toHaveText('1 phrase fait remonter une décision.');
  await expect(results.locator('mark')).toHaveText(['Puis-je']);
  const card = results.locator('.coach-suggestion');
  await expect(card).toHaveCount(1);
  const wrote = await card.locator('p').first().locator('q').textContent();
  expect(wrote).toBe(`«${nnbsp}Puis-je envoyer le rapport${nnbsp}?${nnbsp}»`);
  await expect(card.locator('.coach-rewrite q')).toHaveText("J'ai l'intention d'envoyer le rapport.");
  await audit(page);
});
