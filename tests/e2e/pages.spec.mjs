// Every address its own page (issue 15): built to HTML at build time by the
// app's own components, readable without JavaScript, served with the right
// status, titled and described page by page, painted as itself on a slow
// phone with nothing moving when the app takes over, opened offline after
// one visit, and valid HTML (the Nu Html Checker) both as built and as the
// app renders it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as plainTest } from '@playwright/test';
import { test, expect, appReady, site, BASE_PATH } from './fixtures.mjs';
import { SITE, controlled } from './deploy.mjs';

// The address the e2e build is published at (scripts/test.sh builds with
// SITE_URL; the Pages workflow with the real one).
const SITE_URL = (process.env.SITE_URL || `https://example.org${BASE_PATH}`).replace(/\/?$/, '/');

const NOTE_TOOL = 'This tool runs in your browser and needs JavaScript and WebAssembly switched on.';
const NOTE_READING = 'You can read every page without JavaScript.';

const STEPS = [
  {
    slug: 'start-in-the-middle',
    name: 'Start in the middle of the hierarchy',
    tip: 'On Santa Fe, Marquet started with the chiefs',
    warning: 'Telling people to be empowered undermines itself.',
    item: 'Name the middle-layer group you will start with',
  },
  {
    slug: 'act-your-way',
    name: 'Act your way to new thinking',
    tip: 'Calls to "work together" or "take initiative" sound hypocritical',
    warning: "There's no time for a long period of philosophical reflection first.",
    item: 'Choose one concrete mechanism that moves a real decision to someone else',
  },
  {
    slug: 'genetic-code',
    name: 'Find and rewrite the genetic code of control',
    tip: "Go through everything that today can't happen without the senior leader's express say-so.",
    warning: 'Control without competence is chaos.',
    item: 'List every decision, form and sign-off in your area',
  },
  {
    slug: 'competence-and-clarity',
    name: 'Support control with competence and clarity',
    tip: 'Worries about handing down control come in two kinds.',
    warning: 'On USS Will Rogers, Marquet gave away control before building competence.',
    item: 'Write down your worries about handing over control',
  },
];

/**
 * Every page of the site (app::addresses in src/app.rs), by its address as
 * linked (folders with their slash): the heading and some of the text a
 * visitor without JavaScript reads there, and whether it is a tool.
 */
const PAGES = [
  {
    path: '',
    h1: 'Stop being the bottleneck. Let everyone lead.',
    text: ['The idea in one line:', 'The journey', 'Start with the model'],
  },
  {
    path: 'model',
    h1: 'The leader-leader model',
    text: [
      'The core idea', 'Why empowerment programs fail', 'Seven principles',
      'Move authority to the information', 'Leadership is not mystical', 'Empowerment programs backfire',
      'Thinking work needs a better structure', "Lasting change can't hinge on the leader",
      'Leaders breed leaders', "You can't command your way there",
      'I intend to move the client demo to Thursday',
    ],
  },
  {
    path: 'pillars',
    h1: 'Control, competence and clarity',
    // The advice for both roles: without JavaScript nobody can choose one.
    text: [
      'Let go of control by delegating decisions to your people.',
      'Lead in your own area.',
      'Check that the people you hand decisions to have the skills to make them.',
      'Say out loud which skills you still need to build.',
      'Make sure everyone knows the purpose, the goals and the criteria for decisions.',
      "If you're not sure what they are, go and find out.",
    ],
  },
  {
    path: 'stories',
    h1: 'Stories and common mistakes',
    // The last words of each story and section: read to the end.
    text: [
      'From worst to first', 'they plainly did not rest on one person.',
      'The failure', 'the three-pillar model he would later use on Santa Fe.',
      'Three common mistakes', 'ended in a slide back into micromanagement.',
      'Where the model came from', 'inside a year Santa Fe climbed from last place to first.',
    ],
  },
  {
    path: 'steps/',
    h1: 'The four steps',
    text: STEPS.map((s) => s.name),
  },
  ...STEPS.map((s) => ({
    path: `steps/${s.slug}`,
    h1: s.name,
    text: [s.tip, s.warning, s.item, 'Checklist for this step'],
    step: true,
  })),
  {
    path: 'checklist',
    h1: 'Your checklist',
    text: [...STEPS.map((s) => s.item), 'In your next meeting, thank someone openly for questioning an instruction or a plan.'],
    items: 24,
  },
  {
    path: 'assess/',
    h1: 'Self-assessment',
    text: ['Fifteen short statements, five for each of the three components'],
    tool: true,
  },
  { path: 'assess/results', h1: 'Your results', text: ['You have not completed a self-assessment yet.'], tool: true },
  { path: 'assess/history', h1: 'Your assessments over time', text: ['No completed self-assessments yet.'], tool: true },
  {
    path: 'practice/',
    h1: 'Practice tools',
    text: ['Genetic-code audit', 'Intent log', 'Phrase coach', 'These three tools turn it into small, repeated actions'],
  },
  {
    path: 'practice/audit',
    h1: 'Genetic-code audit',
    text: ['Every organization carries rules that decide who may decide.'],
    tool: true,
  },
  {
    path: 'practice/intents',
    h1: 'Intent log',
    text: ['Over weeks, the share of intents should grow.'],
    tool: true,
  },
  {
    path: 'practice/phrases',
    h1: 'Phrase coach',
    text: ['Paste a message you are about to send'],
    tool: true,
  },
  { path: 'data', h1: 'Your data', text: ['Your ticks, choices and notes live only in this browser.'], tool: true },
  { path: 'report', h1: 'Leader-Leader: my progress', text: ['0 of 24 checklist items done'], tool: true },
  {
    path: 'rounds/',
    h1: 'Ask your team',
    text: ['Here you ask the people you work with for theirs, on the same three components'],
    tool: true,
  },
  {
    path: 'rounds/add',
    h1: 'Add an answer',
    text: ['A reply link adds the answer only in the browser where you started the round.'],
    tool: true,
  },
  { path: 'rounds/round', h1: 'Team round', text: ['Each round you start has a page of its own'], tool: true },
  // Built before any invitation is known: the app puts the invitation's
  // questions, or what is wrong with the link, in the placeholder's place.
  { path: 'answer', h1: 'Answer a team round', text: ['Opening the invitation…'], tool: true, placeholder: true },
];

const NOT_FOUND = {
  h1: 'This page does not exist',
  title: 'Page not found · Leader-Leader',
  text: 'There is nothing at this address.',
};
const UNKNOWN = 'no-such-page';

/** The file a page is built into: "steps/" → steps/index.html, "model" → model.html. */
const fileOf = (p) => (p === '' ? 'index.html' : p.endsWith('/') ? `${p}index.html` : `${p}.html`);

/** The other languages' folders (issue 16): each a build of the same pages. */
const LANGUAGE_FOLDERS = ['de/', 'fr/', 'es/'];

/** Every .html file of the built site, relative to it (every language's). */
function siteHtmlFiles() {
  return fs.readdirSync(SITE, { recursive: true })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** What a link preview or a search engine reads from a page's <head>. */
function headOf(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = (attr, name) => {
    const m = new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(head);
    return m && unescape(m[1]);
  };
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(head);
  return {
    title: unescape(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
    description: meta('name', 'description'),
    ogTitle: meta('property', 'og:title'),
    ogDescription: meta('property', 'og:description'),
    ogType: meta('property', 'og:type'),
    ogUrl: meta('property', 'og:url'),
    canonical: canonical && unescape(canonical[1]),
  };
}

test('the site has a page for every address and no other, in every language', () => {
  const english = [...PAGES.map((p) => fileOf(p.path)), '404.html'];
  expect(siteHtmlFiles()).toEqual(
    [...english, ...LANGUAGE_FOLDERS.flatMap((folder) => english.map((f) => folder + f))].sort(),
  );
});

// Without JavaScript the fixture's checks do not apply as they are (the
// browser refuses every script, and says so as a failed request): a page
// here fails on any other failed request or any response of 400 or more
// but the not-found page's own.
const noScript = plainTest.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on('requestfailed', (req) => {
      if (req.resourceType() === 'script' && req.failure()?.errorText === 'csp') return;
      if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && res.request().resourceType() !== 'document') problems.push(`HTTP ${res.status()} for ${res.url()}`);
    });
    await use(page);
    expect(problems, 'failed requests').toEqual([]);
  },
});

/** The note at the top of <main> that says what needs JavaScript. */
const noscriptNote = (main) => main.locator('noscript > p.banner');

noScript.describe('without JavaScript', () => {
  noScript.use({ javaScriptEnabled: false });
  const test = noScript;

  for (const p of PAGES) {
    test(`/${p.path} reads as its own page`, async ({ page }) => {
      const response = await page.goto(p.path);
      expect(response.status()).toBe(200);
      const main = page.locator('#app main');
      await expect(main.locator('h1')).toHaveText(p.h1);
      // The text as rendered (innerText leaves out what is not on show);
      // Playwright's text locators do not look inside <noscript>.
      const shown = await main.innerText();
      for (const text of p.text) expect(shown, `/${p.path}`).toContain(text);
      // What needs JavaScript is said, and nothing that only the app could
      // run is on show.
      await expect(noscriptNote(main)).toBeVisible();
      expect(await noscriptNote(main).innerText()).toContain(p.tool ? NOTE_TOOL : NOTE_READING);
      await expect(main.locator(':is(input, button, select, textarea):visible')).toHaveCount(0);
      if (p.step) {
        await expect(main.locator('.callout.tip')).toBeVisible();
        await expect(main.locator('.callout.warning')).toBeVisible();
        await expect(main.locator('.checklist label:visible')).toHaveCount(6);
      }
      if (p.items) await expect(main.locator('.checklist label:visible')).toHaveCount(p.items);
    });
  }

  test('an unknown address gets the not-found page, status 404', async ({ page }) => {
    const response = await page.goto(UNKNOWN);
    expect(response.status()).toBe(404);
    await expect(page.locator('#app main h1')).toHaveText(NOT_FOUND.h1);
    expect(await page.locator('#app main').innerText()).toContain(NOT_FOUND.text);
    await expect(page).toHaveTitle(NOT_FOUND.title);
  });

  test('links lead from page to page', async ({ page }) => {
    const main = page.locator('#app main');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const at = async (p, h1) => {
      await expect(page).toHaveURL(`${new URL(site(p), page.url()).href}`);
      await expect(main.locator('h1')).toHaveText(h1);
    };
    await page.goto('');
    await main.getByRole('link', { name: 'Start with the model' }).click();
    await at('model', 'The leader-leader model');
    await main.getByRole('link', { name: 'Next: the three pillars' }).click();
    await at('pillars', 'Control, competence and clarity');
    await main.getByRole('link', { name: 'Next: the four steps' }).click();
    await at('steps/', 'The four steps');
    await main.getByRole('link', { name: STEPS[0].name }).click();
    await at(`steps/${STEPS[0].slug}`, STEPS[0].name);
    await main.getByRole('link', { name: `Step 2: ${STEPS[1].name}` }).last().click();
    await at(`steps/${STEPS[1].slug}`, STEPS[1].name);
    await main.getByRole('navigation', { name: 'The four steps' }).getByRole('link', { name: STEPS[3].name }).click();
    await at(`steps/${STEPS[3].slug}`, STEPS[3].name);
    await nav.getByRole('link', { name: 'Stories' }).click();
    await at('stories', 'Stories and common mistakes');
    await nav.getByRole('link', { name: 'Practice' }).click();
    await at('practice/', 'Practice tools');
    await main.getByRole('link', { name: 'Intent log' }).first().click();
    await at('practice/intents', 'Intent log');
    expect(await noscriptNote(main).innerText()).toContain(NOTE_TOOL);
    await nav.getByRole('link', { name: 'Assess' }).click();
    await at('assess/', 'Self-assessment');
    await page.getByRole('link', { name: 'Leader-Leader' }).first().click();
    await at('', 'Stop being the bottleneck. Let everyone lead.');
  });

  test('on a narrow screen the menu opens and its links work', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('model');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Checklist' })).toBeHidden();
    await nav.getByText('Menu').click();
    await nav.getByRole('link', { name: 'Checklist' }).click();
    await expect(page).toHaveURL(new URL(site('checklist'), page.url()).href);
    await expect(page.locator('#app main h1')).toHaveText('Your checklist');
  });
});

test.describe('as served', () => {
  test('every address answers 200 with its page; a folder without its slash is redirected there', async ({ request }) => {
    for (const p of PAGES) {
      const response = await request.get(p.path);
      expect(response.status(), `/${p.path}`).toBe(200);
      expect(await response.text(), `/${p.path}`).toContain(`>${p.h1}</h1>`);
      if (p.path.endsWith('/')) {
        const bare = p.path.slice(0, -1);
        const redirect = await request.get(bare, { maxRedirects: 0 });
        expect(redirect.status(), `/${bare}`).toBe(301);
        expect(redirect.headers().location, `/${bare}`).toBe(site(p.path));
        const followed = await request.get(bare);
        expect(followed.status(), `/${bare}, followed`).toBe(200);
        expect(followed.url()).toMatch(new RegExp(`${p.path}$`));
        expect(await followed.text()).toContain(`>${p.h1}</h1>`);
      }
    }
    const missing = await request.get(UNKNOWN);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain(`>${NOT_FOUND.h1}</h1>`);
  });

  test('each page has its own title, description and Open Graph tags, and its canonical address', async ({ request }) => {
    const heads = [];
    for (const p of PAGES) {
      const head = headOf(await (await request.get(p.path)).text());
      const where = `/${p.path}`;
      expect(head.title, where).toMatch(/Leader-Leader/);
      expect(head.description?.length ?? 0, where).toBeGreaterThan(40);
      expect(head.ogTitle, where).toBe(head.title);
      expect(head.ogDescription, where).toBe(head.description);
      expect(head.ogType, where).toBe(p.path === '' ? 'website' : 'article');
      expect(head.canonical, where).toBe(SITE_URL + p.path);
      expect(head.ogUrl, where).toBe(SITE_URL + p.path);
      heads.push(head);
    }
    const distinct = (key) => new Set(heads.map((h) => h[key])).size;
    expect(distinct('title'), 'distinct titles').toBe(PAGES.length);
    expect(distinct('description'), 'distinct descriptions').toBe(PAGES.length);
    // The not-found page has its own title, and no address of its own.
    const missing = headOf(await (await request.get(UNKNOWN)).text());
    expect(missing.title).toBe(NOT_FOUND.title);
    expect(heads.map((h) => h.title)).not.toContain(missing.title);
    expect(missing.canonical).toBeNull();
    expect(missing.ogUrl).toBeNull();
  });

  test('sitemap.xml lists exactly the pages and robots.txt names it', async ({ request }) => {
    const response = await request.get('sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => unescape(m[1]));
    expect(locs.sort()).toEqual(
      ['', ...LANGUAGE_FOLDERS].flatMap((folder) => PAGES.map((p) => SITE_URL + folder + p.path)).sort(),
    );
    const robots = await (await request.get('robots.txt')).text();
    expect(robots.split('\n')).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
  });
});

/**
 * Records, in the page, where each heading, paragraph, item, link and label
 * is: on the built page just before the app takes its place
 * (`__builtLayout`), and on the app's page in the frame that shows it
 * (`__takenOver`). The layout-shift API does not see this step: the app's
 * elements are new ones, not the built page's moved.
 */
async function recordLayouts(page) {
  await page.addInitScript(() => {
    const layout = () => [...document.querySelectorAll('#app :is(h1, h2, h3, p, li, label, a, summary, footer)')]
      .filter((e) => e.getClientRects().length)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return {
          key: `${e.tagName.toLowerCase()} "${e.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)}"`,
          box: [r.left, r.top + scrollY, r.width, r.height].map(Math.round),
        };
      });
    window.__layoutNow = layout;
    // The take-over (index.html) swaps the pages in the next frame, in one step.
    addEventListener('leader-leader:built', () => {
      window.__builtLayout = layout();
      new MutationObserver((records, observer) => {
        if (!records.some((r) => [...r.removedNodes].some((n) => n.id === 'app'))) return;
        observer.disconnect();
        window.__takenOver = layout();
      }).observe(document.body, { childList: true });
    });
  });
}

/**
 * Each element of the built page (by its tag and text) that is not where it
 * was on the app's page, as it came in (or, `now`, as it is now). `inView`:
 * only what the visitor could see counts, for a page built as a placeholder
 * (the answer page) whose own elements the app's replace.
 */
async function movedAtTakeOver(page, { inView = false, now: current = false } = {}) {
  const [before, after, top, height] = await page.evaluate(
    (current) => [window.__builtLayout, current ? window.__layoutNow() : window.__takenOver, scrollY, innerHeight],
    current,
  );
  expect(before.length, 'elements on the built page').toBeGreaterThan(3);
  const visible = (box) => box[1] < top + height && box[1] + box[3] > top;
  const seen = {};
  const byKey = {};
  for (const e of after) (byKey[e.key] ??= []).push(e.box);
  return before.flatMap(({ key, box }) => {
    const n = (seen[key] = (seen[key] ?? 0) + 1) - 1;
    const now = byKey[key]?.[n];
    if (inView) return now && (visible(box) || visible(now)) && box.some((v, i) => Math.abs(v - now[i]) > 1) ? [`${key}: [${box}] → [${now}]`] : [];
    if (!now) return [`${key}: gone`];
    return box.some((v, i) => Math.abs(v - now[i]) > 1) ? [`${key}: [${box}] → [${now}]`] : [];
  });
}

/** An invitation to answer a round about "Sam" (the LLI1- format of src/model/rounds/codes.rs). */
async function invitation() {
  const { subtle } = globalThis.crypto;
  const crc32 = (bytes) => {
    let c = ~0;
    for (const b of bytes) {
      c ^= b;
      for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const pair = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const key = [...new Uint8Array(await subtle.exportKey('raw', pair.publicKey))];
  const round = [...globalThis.crypto.getRandomValues(new Uint8Array(8))];
  const name = [...Buffer.from('Sam')];
  // Round id, kind 1 (about me, leader), the name, no closing day, the key.
  const body = [...round, 1, name.length, ...name, 0, 0, ...key];
  const framed = [(body.length + 6) >> 8, (body.length + 6) & 255, ...body];
  const crc = crc32(framed);
  framed.push((crc >>> 24) & 255, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
  return `LLI1-${Buffer.from(framed).toString('base64url')}`;
}

const live = (page) => page.locator('#app[data-live]');

// A shared link opened cold on a slow phone (the profile of issue 15).
test.describe('deep links on a throttled phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });

  const DEEP = ['', 'steps/genetic-code', 'stories', 'practice/intents', 'assess/', 'answer'];
  for (const address of DEEP) {
    const p = PAGES.find((q) => q.path === address);
    const name = p.placeholder ? `/${address}#<invitation>` : `/${address}`;
    test(`${name} paints its own page and the app takes over with nothing moving`, async ({ page }) => {
      test.setTimeout(90_000);
      // The answer page is opened from an invitation link, and becomes the invitation's.
      const [target, appH1] = p.placeholder ? [`${address}#${await invitation()}`, 'Sam asks for your view'] : [address, p.h1];
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await recordLayouts(page);
      // The WebAssembly is held back: until it comes, the page on screen is
      // the built one.
      let release;
      const released = new Promise((resolve) => { release = resolve; });
      await page.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });

      await page.goto(target, { waitUntil: 'commit' });
      const h1 = page.locator('#app main h1');
      await expect(h1).toHaveText(p.h1, { timeout: 20_000 });
      await expect(live(page)).toHaveCount(0);
      // The visitor has focused a link and scrolled on while the app loads.
      const link = page.locator('#app main a[href]').first();
      const focusable = (await link.count()) ? link : page.locator('#app header a[href]').first();
      await focusable.focus();
      // (Not on a placeholder: its point is to fill the screen while it waits.)
      const before = await page.evaluate((placeholder) => {
        document.querySelector('#app main h1').__static = true;
        const max = document.documentElement.scrollHeight - innerHeight;
        if (!placeholder) scrollTo(0, Math.round(max * 0.6));
        const a = document.activeElement;
        return { max, y: scrollY, href: a.getAttribute('href'), text: a.textContent };
      }, !!p.placeholder);
      if (address !== 'assess/') expect(before.max, 'the page is taller than the screen').toBeGreaterThan(300);

      release();
      await expect(live(page)).toHaveCount(1, { timeout: 60_000 });
      await expect(h1).toHaveText(appH1);
      expect(await h1.evaluate((e) => e.__static === true), 'the heading is the app\'s, not the built page\'s').toBe(false);
      expect(
        await movedAtTakeOver(page, { inView: p.placeholder }),
        'elements of the built page that moved or went when the app took over',
      ).toEqual([]);
      // Whatever the app does just after taking over counts too.
      await page.waitForTimeout(1000);
      expect(
        await movedAtTakeOver(page, { inView: p.placeholder, now: true }),
        'elements of the built page that moved or went a second after the app took over',
      ).toEqual([]);
      const after = await page.evaluate(() => {
        const a = document.activeElement;
        return {
          y: scrollY,
          href: a.getAttribute('href'),
          text: a.textContent,
          inApp: !!a.closest('#app') && a.isConnected,
          shift: window.__shift,
        };
      });
      expect(after.y, 'scroll position').toBe(before.y);
      expect({ href: after.href, text: after.text, inApp: after.inApp }, 'focused link')
        .toEqual({ href: before.href, text: before.text, inApp: true });
      expect(after.shift, 'cumulative layout shift').toBeLessThan(0.01);
    });
  }
});

// Every address, on a phone and on a desktop screen: the app's page comes
// in exactly where the built page was.
for (const width of [412, 1280]) {
  test(`on every address the app's page is laid out as the built one, ${width} px wide`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 900 });
    await recordLayouts(page);
    const moved = {};
    // The answer page and the reply-link page are opened from links whose
    // fragment (an invitation, a reply code) only the app reads: opened
    // without one, as here, they show an error the built page cannot know.
    // The answer page with a real invitation is in the throttled test above.
    for (const p of PAGES.filter((q) => !['answer', 'rounds/add'].includes(q.path))) {
      await page.goto(p.path);
      await appReady(page);
      // As the app's page came in, and a moment later.
      await page.waitForTimeout(300);
      const list = [...new Set([
        ...await movedAtTakeOver(page, { inView: p.placeholder }),
        ...await movedAtTakeOver(page, { inView: p.placeholder, now: true }),
      ])];
      if (list.length) moved[`/${p.path}`] = list;
      // Each page as a first visit sees it (the built page is that one).
      await page.evaluate(() => localStorage.clear());
    }
    expect(moved).toEqual({});
  });
}

test('after one visit every address opens offline', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('');
  await appReady(page);
  await controlled(page, appReady);
  // The worker takes charge only once its cache holds every file.
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(1);
  await context.setOffline(true);
  const visits = [
    ['model', 'The leader-leader model'],
    ['steps', 'The four steps'],
    ['steps/genetic-code', STEPS[2].name],
    ['practice/intents', 'Intent log'],
    ['assess/', 'Self-assessment'],
    ['rounds/round?id=x', 'Round not found'],
    [`answer#${await invitation()}`, 'Sam asks for your view'],
    [UNKNOWN, NOT_FOUND.h1],
  ];
  for (const [address, h1] of visits) {
    const response = await page.goto(address);
    expect(response.fromServiceWorker(), `/${address} from the service worker`).toBe(true);
    await appReady(page);
    await expect(page.locator('#app main h1'), `/${address}`).toHaveText(h1);
  }
  await context.setOffline(false);
});

// ---- The Nu Html Checker ----

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
// A page with an error of each kind the checker must report: its result
// shows that the checker ran and reads the files given.
const BROKEN = '<!doctype html><html lang="en"><head><title>x</title></head><body><a href="#" href="#">twice</a><ul><div>in a list</div></ul></body></html>';

/** Runs vnu.jar on `files`: each file's errors, as "line: message". */
function checkHtml(files) {
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const found = Object.fromEntries(files.map((f) => [path.resolve(f), []]));
  for (const m of JSON.parse(run.stderr).messages) {
    const file = m.url ? path.resolve(decodeURIComponent(new URL(m.url).pathname)) : '(no file)';
    (found[file] ??= []).push(`${m.lastLine}: ${m.message}`);
  }
  return found;
}

/** Checks `pages` (name → file) with a broken page beside them: the broken one must fail, the others pass. */
function expectValid(pages) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-vnu-'));
  try {
    const broken = path.join(dir, 'broken.html');
    fs.writeFileSync(broken, BROKEN);
    const found = checkHtml([broken, ...Object.values(pages)]);
    expect(found[path.resolve(broken)].length, 'the checker finds the errors of a broken page').toBe(2);
    const names = Object.fromEntries(Object.entries(pages).map(([name, file]) => [path.resolve(file), name]));
    const errors = Object.fromEntries(Object.entries(found)
      .filter(([file, list]) => file !== path.resolve(broken) && list.length)
      .map(([file, list]) => [names[file] ?? file, list]));
    expect(errors).toEqual({});
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('every page passes the Nu Html Checker, as built and as the app renders it', async ({ page }) => {
  test.setTimeout(150_000);
  const built = siteHtmlFiles();
  expect(built.length).toBe((PAGES.length + 1) * (LANGUAGE_FOLDERS.length + 1));
  const pages = Object.fromEntries(built.map((f) => [f, path.join(SITE, f)]));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-rendered-'));
  try {
    const addresses = [...PAGES.map((p) => p.path), 'steps', 'rounds/round?id=x', `answer#${await invitation()}`, UNKNOWN];
    for (const [i, address] of addresses.entries()) {
      await page.goto(address);
      await appReady(page);
      const file = path.join(dir, `${i}.html`);
      fs.writeFileSync(file, await page.content());
      pages[`/${address}, as the app renders it`] = file;
    }
    // One run for all: the checker takes seconds to start.
    expectValid(pages);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
