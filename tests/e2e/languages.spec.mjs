// The site in every language (issue 16): each language's pages under its
// folder, named in <html lang> and linked to each other; the switcher keeping
// the visitor on the same page with the same data; the offer of the browser's
// language, never a redirect.
import { test, expect, open, audit, site, KEY, BASE_PATH } from './fixtures.mjs';

const LANGUAGES = [
  { code: 'en', name: 'English', folder: '' },
  { code: 'de', name: 'Deutsch', folder: 'de/' },
  { code: 'fr', name: 'Français', folder: 'fr/' },
  { code: 'es', name: 'Español', folder: 'es/' },
];
const LANGUAGE_KEY = `${KEY}:language`;

for (const { code, folder } of LANGUAGES) {
  test(`the ${code} pages are built with their language and name every other`, async ({ page }) => {
    for (const path of ['', 'steps/genetic-code', 'assess/']) {
      const response = await page.request.get(site(folder + path));
      expect(response.status(), `${folder + path} is served`).toBe(200);
      const html = await response.text();
      expect(html).toMatch(new RegExp(`<html lang="${code}"`));
      for (const other of LANGUAGES) {
        expect(html).toContain(
          `<link rel="alternate" hreflang="${other.code}" href="https://example.org${BASE_PATH}${other.folder}${path}" />`,
        );
      }
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="https://example.org${BASE_PATH}${path}" />`);
    }
  });

  test(`the ${code} home page runs, speaks its language and passes axe`, async ({ page }) => {
    await open(page, folder);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    const current = page.getByRole('navigation', { name: /Language|Sprache|Langue|Idioma/ })
      .locator('a[aria-current="true"]');
    await expect(current).toHaveAttribute('lang', code);
    await audit(page);
  });
}

test('the page descriptions and the no-JavaScript note are in the page\'s language', async ({ page }) => {
  const german = await (await page.request.get(site('de/assess/'))).text();
  expect(german).toContain('Schätze dich bei Kontrolle, Kompetenz und Klarheit ein');
  expect(german).toContain('Dieses Werkzeug läuft in deinem Browser');
  expect(german).not.toContain('Rate yourself on control');
  const french = await (await page.request.get(site('fr/model'))).text();
  expect(french).toContain('Le modèle leader-leader sur une seule page');
  expect(french).toContain('Toutes les pages se lisent sans JavaScript');
  const spanish = await (await page.request.get(site('es/'))).text();
  expect(spanish).toContain('Recorre el modelo líder-líder');
});

test('the switcher keeps the visitor on the same page with the same data, and remembers the choice', async ({ page }) => {
  await open(page, 'checklist');
  const first = page.locator('main input[type=checkbox]').first();
  await first.check();
  await expect(first).toBeChecked();

  const languages = page.getByRole('navigation', { name: 'Language' });
  for (const { name } of LANGUAGES) {
    await expect(languages.getByRole('link', { name })).toBeVisible();
  }
  await languages.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}de/checklist$`));
  await expect(page.locator('#app[data-live]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('main input[type=checkbox]').first()).toBeChecked();
  expect(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY)).toBe('de');

  // Data changed in German is there in English: one set of data.
  const second = page.locator('main input[type=checkbox]').nth(1);
  await second.check();
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}checklist$`));
  await expect(page.locator('#app[data-live]')).toHaveCount(1);
  await expect(page.locator('main input[type=checkbox]').nth(1)).toBeChecked();
  expect(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY)).toBe('en');
});

test('after moving within the app, the switcher and the alternate links name the new page', async ({ page }) => {
  await open(page, '');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Four steps' }).click();
  await expect(page).toHaveURL(/steps\/$/);
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }))
    .toHaveAttribute('href', `${BASE_PATH}fr/steps/`);
  await expect(page.locator('link[rel=alternate][hreflang=es]'))
    .toHaveAttribute('href', new RegExp(`${BASE_PATH}es/steps/$`));
});

test('the switcher keeps an invitation\'s fragment and a round\'s query', async ({ page }) => {
  await open(page, 'rounds/round?id=0123456789abcdef');
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }))
    .toHaveAttribute('href', `${BASE_PATH}es/rounds/round?id=0123456789abcdef`);
  await page.goto(site('answer#LLI1-not-a-real-one'));
  await expect(page.locator('#app[data-live]')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }))
    .toHaveAttribute('href', `${BASE_PATH}de/answer#LLI1-not-a-real-one`);
});

test.describe('a browser that prefers German', () => {
  test.use({ locale: 'de-DE' });

  test('is offered German in one line, in German, and is never redirected', async ({ page }) => {
    await open(page, 'model');
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}model$`));
    const offer = page.getByRole('region', { name: 'Sprache' });
    await expect(offer).toHaveAttribute('lang', 'de');
    await expect(offer).toContainText('Diese Seite gibt es auch auf Deutsch.');
    await audit(page);
    await offer.getByRole('link', { name: 'Auf Deutsch lesen' }).click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}de/model$`));
    await expect(page.locator('#app[data-live]')).toHaveCount(1);
    // In German, there is nothing to offer.
    await expect(page.locator('.language-offer')).toHaveCount(0);
  });

  test('who dismisses the offer keeps the page\'s language and is not asked again', async ({ page }) => {
    await open(page, '');
    const offer = page.getByRole('region', { name: 'Sprache' });
    await offer.getByRole('button', { name: 'Nein, danke' }).click();
    await expect(page.locator('.language-offer')).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY)).toBe('en');
    await page.reload();
    await expect(page.locator('#app[data-live]')).toHaveCount(1);
    await expect(page.locator('.language-offer')).toHaveCount(0);
  });
});

test('a browser that prefers English, or a language the site does not speak, is offered nothing', async ({ browser }) => {
  for (const locale of ['en-GB', 'ja-JP']) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(site(''));
    await expect(page.locator('#app[data-live]')).toHaveCount(1);
    await expect(page.locator('.language-offer')).toHaveCount(0);
    await context.close();
  }
});

test('with the English site installed, another language\'s address still opens that language', async ({ page }) => {
  await open(page, '');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const response = await page.goto(site('de/steps/'));
  expect(response.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#app[data-live]')).toHaveCount(1);
});

test('an unknown address under a language gets the not-found page in that language, at that address', async ({ page }) => {
  // The server answers as GitHub Pages does: the root's (English) 404.html.
  await page.goto(site('de/schritte?x=1'));
  await expect(page.locator('#app main h1')).toHaveText('Diese Seite gibt es nicht');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${BASE_PATH}de/schritte?x=1`);
  // The page names the address within the site.
  await expect(page.locator('#app main')).toContainText('/schritte');
  await audit(page);
  // An English unknown address stays English.
  await page.goto(site('stepz'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}stepz`);
});
