// The team-round list, the add page and the calendar reminder in German
// and Spanish (issue 16), with data: a round that has an answer, a code
// added through a reply link, a code refused, the reminder's own message.
// No English word may be left, and each state passes axe.
import { test, expect, appReady, audit, site } from './fixtures.mjs';
import { englishOn } from './english.mjs';

/** Starts an about-me round named Sam (English pages); returns its invitation link. */
async function startRound(page) {
  await page.goto(site('rounds'));
  await appReady(page);
  const form = page.getByRole('region', { name: 'Start a round' });
  await form.getByLabel('About me').check();
  await form.getByLabel('I hold a traditional leadership role').check();
  await form.getByLabel('Name shown to the people answering (optional)').fill('Sam');
  await form.getByLabel('Closing date (optional)').fill('2099-12-18');
  await form.getByRole('button', { name: 'Start the round' }).click();
  await expect(page).toHaveURL(/\/rounds\/round\?id=[0-9a-f]{16}$/);
  return page.getByLabel('Invitation link', { exact: true }).inputValue();
}

/** A colleague, in a browser of their own, answers: returns the reply link. */
async function replyLink(browser, link) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await appReady(page);
  const fields = page.locator('fieldset.question:not(.ladder-question)');
  await expect(fields).toHaveCount(15);
  for (let i = 0; i < 15; i += 1) await fields.nth(i).getByRole('radio').nth(3).check();
  await page.getByRole('radio', { name: /Rung 5/ }).check();
  await page.getByRole('button', { name: 'Make my answer code' }).click();
  const reply = await page.locator('#a-link').inputValue();
  await context.close();
  return reply;
}

async function noEnglish(page) {
  expect(await englishOn(page)).toEqual([]);
  await audit(page);
}

test('German: the rounds list, adding an answer, a refused code and the reminder speak German', async ({ page, browser }) => {
  test.slow(); // a colleague answers in a browser of their own
  const link = await startRound(page);
  const reply = await replyLink(browser, link);
  const code = reply.split('#')[1];

  // The reply link, opened on the German site, adds the answer.
  await page.goto(site(`de/rounds/add#${code}`));
  await appReady(page);
  const outcome = page.locator('#add-outcome');
  await expect(outcome).toContainText('Hinzugefügt. Die Runde hat jetzt 1 Antwort; Ergebnisse brauchen mindestens 3.');
  await noEnglish(page);

  // A mistyped code: refused, in German.
  const at = Math.floor(code.length / 2);
  const mistyped = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
  await page.goto(site(`de/rounds/add#${mistyped}`));
  await appReady(page);
  await expect(outcome).toContainText('Nicht hinzugefügt.');
  await expect(outcome).toContainText('Dieser Code wurde verändert oder falsch abgetippt');
  await noEnglish(page);

  // The list: the round's line and next step.
  await page.goto(site('de/rounds/'));
  await appReady(page);
  const item = page.locator('.round-item');
  await expect(item.getByRole('link')).toHaveText('Über mich: Sam');
  await expect(item.locator('.round-facts')).toHaveText(/^Offen · 1 Antwort · gestartet am \d\d\.\d\d\.\d{4} · Abschlussdatum 18\.12\.2099$/);
  await expect(item.locator('.round-next')).toHaveText('Als Nächstes: Es braucht noch 2 Antworten, bevor es Ergebnisse geben kann.');
  await noEnglish(page);

  // The reminder on the history page, with its message.
  await page.goto(site('de/assess/history'));
  await appReady(page);
  const reminder = page.getByRole('region', { name: 'Eine Erinnerung in deinem Kalender' });
  await expect(reminder.getByLabel('Wann')).toContainText('in 4 Wochen');
  await expect(reminder).toContainText(/ab heute, am \d\d\.\d\d\.\d{4}/);
  await reminder.getByLabel('die Selbsteinschätzung zu wiederholen').uncheck();
  await reminder.getByLabel('mein Team noch einmal zu fragen').uncheck();
  await reminder.getByRole('button', { name: 'Erinnerung herunterladen' }).click();
  await expect(reminder.getByRole('status')).toHaveText('Wähle mindestens eine Sache, an die du erinnert werden willst.');
  await noEnglish(page);
});

test('Spanish: the rounds list and a refused reply link speak Spanish', async ({ page, browser }) => {
  test.slow();
  const link = await startRound(page);
  const reply = await replyLink(browser, link);
  const code = reply.split('#')[1];
  await page.goto(site(`es/rounds/add#${code.slice(0, 60)}`));
  await appReady(page);
  await expect(page.locator('#add-outcome')).toContainText('No añadido.');
  await noEnglish(page);
  await page.goto(site(`es/rounds/add#${code}`));
  await appReady(page);
  await expect(page.locator('#add-outcome')).toContainText('Añadido. La ronda tiene ahora 1 respuesta; los resultados necesitan al menos 3.');
  await noEnglish(page);
  await page.goto(site('es/rounds/'));
  await appReady(page);
  await expect(page.locator('.round-item .round-facts')).toHaveText(/^Abierta · 1 respuesta · empezada el .* · fecha de cierre /);
  await noEnglish(page);
});
