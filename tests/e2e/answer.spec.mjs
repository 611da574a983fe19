// The page a colleague opens from an invitation (/answer#LLI1-…).
//
// Invitations are made here, independently of the app: an ECDH P-256 key
// pair from the browser's WebCrypto, and the LLI1- text written by hand
// from the format in src/model/rounds/codes.rs and text.rs (base64url of
// length ‖ body ‖ CRC-32). The sealed codes the page makes are opened here
// the same way (ECDH, HKDF-SHA-256, AES-GCM), so the test checks the format
// and the sealing, not only that the app agrees with itself.
import fs from 'node:fs';
import { test, expect, open, appReady, audit, KEY, BASE_PATH } from './fixtures.mjs';

const HKDF_INFO = 'leader-leader answer v1';
const ABOUT_ME_LEADER = 1;
const TEAM = 3;
const STATEMENTS = 15;

/** Goes to a plain file of the site: an origin where WebCrypto works, without the app. */
async function onOrigin(page) {
  await page.goto('robots.txt');
}

/**
 * A new invitation: `{ text, jwk, round }` (round as 16 hex digits).
 * `kind`: 1 about me (leader), 2 about me (member), 3 team.
 */
async function invite(page, { kind = ABOUT_ME_LEADER, name = 'Sam', closesOnDay = 0 } = {}) {
  return page.evaluate(async ({ kind, name, closesOnDay }) => {
    const crc32 = (bytes) => {
      let c = ~0;
      for (const b of bytes) {
        c ^= b;
        for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
      }
      return ~c >>> 0;
    };
    const b64url = (bytes) => btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const raw = [...new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))];
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const round = [...crypto.getRandomValues(new Uint8Array(8))];
    const nameBytes = [...new TextEncoder().encode(name || '')];
    const body = [...round, kind, nameBytes.length, ...nameBytes, closesOnDay >> 8, closesOnDay & 255, ...raw];
    const total = body.length + 6;
    const framed = [total >> 8, total & 255, ...body];
    const crc = crc32(framed);
    framed.push((crc >>> 24) & 255, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
    return {
      text: `LLI1-${b64url(framed)}`,
      jwk,
      round: round.map((b) => b.toString(16).padStart(2, '0')).join(''),
    };
  }, { kind, name, closesOnDay });
}

/** Opens a sealed code with the invitation's private key: the answer's fields. */
async function openCode(page, code, jwk) {
  return page.evaluate(async ({ code, jwk, info }) => {
    const m = /^LLA1-([A-Za-z0-9_-]+)$/.exec(code);
    if (!m) throw new Error(`not a code: ${code}`);
    const b64 = m[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    const len = (bytes[0] << 8) | bytes[1];
    if (len !== bytes.length) throw new Error(`length ${len} for ${bytes.length} bytes`);
    const crc32 = (bs) => {
      let c = ~0;
      for (const b of bs) {
        c ^= b;
        for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
      }
      return ~c >>> 0;
    };
    const crc = new DataView(bytes.buffer).getUint32(len - 4);
    if (crc !== crc32(bytes.subarray(0, len - 4))) throw new Error('checksum');
    const body = bytes.subarray(2, len - 4);
    const round = body.subarray(0, 8);
    const ephemeral = body.subarray(8, 73);
    const nonce = body.subarray(73, 85);
    const sealed = body.subarray(85);
    const priv = await crypto.subtle.importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
    const pub = await crypto.subtle.importKey('raw', ephemeral, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: pub }, priv, 256);
    const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: round, info: new TextEncoder().encode(info) },
      hkdf, { name: 'AES-GCM', length: 256 }, false, ['decrypt'],
    );
    const aad = new Uint8Array([...new TextEncoder().encode('LLA1-'), ...round]);
    const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad }, key, sealed));
    const count = plain[10];
    const values = [...plain.subarray(11, 11 + count)];
    const rung = plain[11 + count];
    const clen = (plain[12 + count] << 8) | plain[13 + count];
    const comment = new TextDecoder().decode(plain.subarray(14 + count, 14 + count + clen));
    if (14 + count + clen !== plain.length) throw new Error('trailing bytes');
    return {
      version: plain[0],
      round: [...plain.subarray(1, 9)].map((b) => b.toString(16).padStart(2, '0')).join(''),
      clearRound: [...round].map((b) => b.toString(16).padStart(2, '0')).join(''),
      kind: plain[9],
      values,
      rung,
      comment,
    };
  }, { code, jwk, info: HKDF_INFO });
}

const draftKey = (round) => `${KEY}:answer:${round}`;
const scale = (page) => page.locator('fieldset.question:not(.ladder-question)');

/** Every localStorage entry, as an object. */
const allStorage = (page) => page.evaluate(() => Object.fromEntries(
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).map((k) => [k, localStorage.getItem(k)]),
));

/** Picks value `values[i]` (1–5) for statement i+1. */
async function answerAll(page, values) {
  const fields = scale(page);
  await expect(fields).toHaveCount(values.length);
  for (let i = 0; i < values.length; i += 1) {
    await fields.nth(i).getByRole('radio').nth(values[i] - 1).check();
  }
}

test('answering about a person end to end: the sealed code holds exactly the answers given', async ({ page }) => {
  await onOrigin(page);
  const inv = await invite(page, { name: 'Sam' });
  await open(page, `answer#${inv.text}`);
  await expect(page.locator('main h1')).toHaveText('Sam asks for your view');
  await expect(page).toHaveTitle(/Sam asks for your view/);
  await expect(page.getByRole('heading', { name: 'How anonymous your answer is' })).toBeVisible();
  await expect(page.locator('.answer-privacy')).toContainText('developer tools');
  await expect(scale(page).first().locator('legend')).toContainText('Sam');
  await audit(page);

  const values = Array.from({ length: STATEMENTS }, (_, i) => (i % 5) + 1);
  await answerAll(page, values);
  await page.getByRole('radio', { name: /Rung 5/ }).check();
  const comment = 'Keep going, ça va 🚢\nSecond line';
  await page.getByLabel('Anything you would like to add? (optional)').fill(comment);
  await expect(page.locator('#a-comment-count')).toHaveText(`${280 - comment.length} characters left`);
  await page.getByRole('button', { name: 'Make my answer code' }).click();

  const done = page.getByRole('heading', { name: 'Your answer is sealed' });
  await expect(done).toBeFocused();
  await expect(page.locator('.answer-next')).toContainText('send the reply link back to Sam');
  const code = (await page.locator('#a-code').inputValue()).trim();
  expect(code).toMatch(/^LLA1-[A-Za-z0-9_-]+$/);
  const origin = new URL(page.url()).origin;
  await expect(page.locator('#a-link')).toHaveValue(`${origin}${BASE_PATH}rounds/add#${code}`);
  const mail = await page.getByRole('link', { name: 'Email it' }).getAttribute('href');
  expect(mail.startsWith('mailto:?subject=')).toBe(true);
  const body = decodeURIComponent(new URL(mail).searchParams.get('body'));
  expect(body).toContain(`${origin}${BASE_PATH}rounds/add#${code}`);
  await audit(page);

  const opened = await openCode(page, code, inv.jwk);
  expect(opened).toEqual({
    version: 1,
    round: inv.round,
    clearRound: inv.round,
    kind: ABOUT_ME_LEADER,
    values,
    rung: 5,
    comment,
  });
  // Made once, the draft is gone.
  expect(await page.evaluate((k) => localStorage.getItem(k), draftKey(inv.round))).toBeNull();
});

test('a team round asks about "our team", with no ladder, and says which statements are missing', async ({ page }) => {
  await onOrigin(page);
  const inv = await invite(page, { kind: TEAM, name: '' });
  await open(page, `answer#${inv.text}`);
  await expect(page.locator('main h1')).toHaveText('How does our team work?');
  await expect(scale(page)).toHaveCount(STATEMENTS);
  await expect(page.locator('.ladder-question')).toHaveCount(0);
  await expect(scale(page).first().locator('legend')).toContainText('our team');

  // Two left out: the summary names them, and its buttons go to them.
  const values = Array.from({ length: STATEMENTS }, () => 4);
  const fields = scale(page);
  for (let i = 0; i < STATEMENTS; i += 1) {
    if (i !== 3 && i !== 11) await fields.nth(i).getByRole('radio').nth(values[i] - 1).check();
  }
  await page.getByRole('button', { name: 'Make my answer code' }).click();
  const summary = page.getByRole('heading', { name: '2 statements are not answered yet' });
  await expect(summary).toBeFocused();
  await expect(page.locator('fieldset.missing')).toHaveCount(2);
  await audit(page);
  await page.locator('.error-summary').getByRole('link', { name: 'Statement 12' }).click();
  await expect(fields.nth(11).getByRole('radio').first()).toBeFocused();
  // The invitation stays in the address.
  expect(new URL(page.url()).hash).toBe(`#${inv.text}`);
  await fields.nth(3).getByRole('radio').nth(3).check();
  await fields.nth(11).getByRole('radio').nth(3).check();
  await page.getByRole('button', { name: 'Make my answer code' }).click();
  await expect(page.getByRole('heading', { name: 'Your answer is sealed' })).toBeFocused();
  const opened = await openCode(page, (await page.locator('#a-code').inputValue()).trim(), inv.jwk);
  expect(opened.kind).toBe(TEAM);
  expect(opened.values).toEqual(values);
  expect(opened.rung).toBe(0);
  expect(opened.comment).toBe('');
});

test('the draft survives a reload and is removed once the code is made', async ({ page }) => {
  await onOrigin(page);
  const inv = await invite(page, { name: 'Ana', kind: 2 });
  await open(page, `answer#${inv.text}`);
  const fields = scale(page);
  await fields.nth(0).getByRole('radio').nth(1).check();
  await fields.nth(7).getByRole('radio').nth(4).check();
  await page.getByRole('radio', { name: /Rung 3/ }).check();
  await page.getByLabel('Anything you would like to add? (optional)').fill('Half done');
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), draftKey(inv.round)));
  expect(saved.round).toBe(inv.round);
  expect(Object.keys(saved.values)).toHaveLength(2);

  await page.reload();
  await appReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'Your earlier answers to this invitation are back' })).toBeVisible();
  await expect(fields.nth(0).getByRole('radio').nth(1)).toBeChecked();
  await expect(fields.nth(7).getByRole('radio').nth(4)).toBeChecked();
  await expect(page.getByRole('radio', { name: /Rung 3/ })).toBeChecked();
  await expect(page.getByLabel('Anything you would like to add? (optional)')).toHaveValue('Half done');

  // A different invitation does not pick up this draft.
  const other = await invite(page, { name: 'Bo' });
  await page.goto(`answer#${other.text}`);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Bo asks for your view');
  await expect(scale(page).locator('input:checked')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: "I can't say" })).toBeChecked();
  await expect(page.getByLabel('Anything you would like to add? (optional)')).toHaveValue('');

  await page.goto(`answer#${inv.text}`);
  await page.reload();
  await appReady(page);
  await expect(fields.nth(0).getByRole('radio').nth(1)).toBeChecked();
  await answerAll(page, Array.from({ length: STATEMENTS }, () => 3));
  await page.getByRole('button', { name: 'Make my answer code' }).click();
  await expect(page.getByRole('heading', { name: 'Your answer is sealed' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), draftKey(inv.round))).toBeNull();
  const opened = await openCode(page, (await page.locator('#a-code').inputValue()).trim(), inv.jwk);
  expect(opened.rung).toBe(3);
  expect(opened.comment).toBe('Half done');
  expect(opened.kind).toBe(2);
});

test("the visitor's own saved data is byte-identical before and after answering, and its reminder stays away", async ({ page }) => {
  await onOrigin(page);
  const doc = JSON.parse(fs.readFileSync('tests/fixtures/saved-v3-practice.json', 'utf8'));
  // Unbacked-up work for weeks: the backup reminder is due on other pages.
  doc.meta = { ...(doc.meta || {}), unexported_since: Date.now() - 30 * 86_400_000 };
  const seeded = JSON.stringify(doc);
  await page.evaluate(([k, v]) => {
    localStorage.setItem(k, v);
    localStorage.setItem('another-site', 'theirs');
  }, [KEY, seeded]);
  const before = await allStorage(page);

  const inv = await invite(page, { name: 'Sam' });
  await open(page, `answer#${inv.text}`);
  await expect(page.getByText('Time for a backup.')).toHaveCount(0);
  await answerAll(page, Array.from({ length: STATEMENTS }, () => 2));
  await page.getByLabel('Anything you would like to add? (optional)').fill('x');
  const during = await allStorage(page);
  expect(Object.keys(during).sort()).toEqual([...Object.keys(before), draftKey(inv.round)].sort());
  await page.getByRole('button', { name: 'Make my answer code' }).click();
  await expect(page.getByRole('heading', { name: 'Your answer is sealed' })).toBeVisible();
  expect(await allStorage(page)).toEqual(before);
  expect((await allStorage(page))[KEY]).toBe(seeded);

  // Elsewhere in the app the reminder is still there: hiding it was /answer's doing.
  await open(page, '/');
  await expect(page.getByText('Time for a backup.')).toBeVisible();
});

test('a damaged, a cut-off and a missing invitation each say so and what to ask for', async ({ page }) => {
  await onOrigin(page);
  const inv = await invite(page);
  const at = 30;
  const flipped = inv.text.slice(0, at) + (inv.text[at] === 'A' ? 'B' : 'A') + inv.text.slice(at + 1);

  await open(page, `answer#${flipped}`);
  await expect(page.locator('main h1')).toHaveText('This invitation link cannot be read');
  await expect(page.getByRole('alert')).toHaveText(/changed on the way.*Ask the person who sent it for the link again/);
  await expect(page.locator('fieldset')).toHaveCount(0);
  await audit(page);

  await page.goto(`answer#${inv.text.slice(0, -12)}`);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('This invitation link is incomplete');
  await expect(page.getByRole('alert')).toHaveText(/its end was lost on the way.*Ask for the link again/);

  await open(page, 'answer');
  await expect(page.locator('main h1')).toHaveText('No invitation in this link');
  await expect(page.getByRole('alert')).toContainText('ask the person who sent it for the invitation link again');
  await audit(page);

  // Punctuation a chat app glued on is not damage.
  await page.goto(`answer#${inv.text}).`);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Sam asks for your view');
});

test('the comment stops at 280 characters, counting as the field does', async ({ page }) => {
  await onOrigin(page);
  const inv = await invite(page);
  await open(page, `answer#${inv.text}`);
  const box = page.getByLabel('Anything you would like to add? (optional)');
  await expect(page.locator('#a-comment-count')).toHaveText('280 characters left');
  await box.fill('é'.repeat(270));
  await expect(page.locator('#a-comment-count')).toHaveText('10 characters left');
  await box.press('End');
  await box.pressSequentially('abcdefghijklmnop');
  await expect(box).toHaveValue(`${'é'.repeat(270)}abcdefghij`);
  await expect(page.locator('#a-comment-count')).toHaveText('0 characters left');
  await answerAll(page, Array.from({ length: STATEMENTS }, () => 5));
  await page.getByRole('button', { name: 'Make my answer code' }).click();
  const opened = await openCode(page, (await page.locator('#a-code').inputValue()).trim(), inv.jwk);
  expect([...opened.comment]).toHaveLength(280);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('nothing overflows, before or after the code is made', async ({ page }) => {
    await onOrigin(page);
    const inv = await invite(page, { name: 'Maximiliane-Alexandra', closesOnDay: 20_799 });
    await open(page, `answer#${inv.text}`);
    await expect(page.locator('main')).toContainText('12 December 2026');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await answerAll(page, Array.from({ length: STATEMENTS }, () => 4));
    await page.getByRole('button', { name: 'Make my answer code' }).click();
    await expect(page.getByRole('heading', { name: 'Your answer is sealed' })).toBeFocused();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await audit(page);
  });
});

// Screenshots for a person to look at: SHOTS=1 writes /tmp/answer-*.png.
for (const scheme of ['light', 'dark']) {
  for (const width of [320, 1280]) {
    test.describe(`screenshot ${scheme} ${width}`, () => {
      test.skip(!process.env.SHOTS, 'only with SHOTS=1');
      test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
      test('form, code and a broken link', async ({ page }) => {
        await onOrigin(page);
        const inv = await invite(page, { name: 'Sam', closesOnDay: 20_799 });
        await open(page, `answer#${inv.text}`);
        await page.screenshot({ path: `/tmp/answer-${scheme}-${width}-form.png` });
        await page.locator('#answer-group-ladder').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `/tmp/answer-${scheme}-${width}-ladder.png` });
        await answerAll(page, Array.from({ length: STATEMENTS }, () => 4));
        await page.getByRole('button', { name: 'Make my answer code' }).click();
        await expect(page.getByRole('heading', { name: 'Your answer is sealed' })).toBeFocused();
        await page.screenshot({ path: `/tmp/answer-${scheme}-${width}-done.png` });
        await page.goto('answer#LLI1-AAAA');
        await appReady(page);
        await page.screenshot({ path: `/tmp/answer-${scheme}-${width}-broken.png` });
      });
    });
  }
}
