// Team rounds, for the person asking: starting a round, the invitation,
// adding codes (pasted or through reply links) with a message for each,
// closing, results, reloads, backups, a team round. The asker and every
// colleague are separate browser contexts, as separate people's browsers.
import fs from 'node:fs';
import { test, expect, open, appReady, audit, site, KEY } from './fixtures.mjs';

const storedRounds = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || '{}').rounds, KEY);

/** Starts a round from /rounds; returns its id and invitation link. */
async function startRound(page, { kind = 'about-me', name = '', role = 'leader', closes = '' } = {}) {
  await open(page, '/rounds');
  const form = page.getByRole('region', { name: 'Start a round' });
  await form.getByLabel(kind === 'team' ? 'About our team' : 'About me').check();
  if (kind !== 'team' && role) {
    await form.getByLabel(role === 'leader' ? 'I hold a traditional leadership role' : "I don't hold a traditional leadership role").check();
  }
  if (name) await form.getByLabel('Name shown to the people answering (optional)').fill(name);
  if (closes) await form.getByLabel('Closing date (optional)').fill(closes);
  await form.getByRole('button', { name: 'Start the round' }).click();
  await expect(page).toHaveURL(/\/rounds\/round\?id=[0-9a-f]{16}$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const id = page.url().split('=').pop();
  const link = await page.getByLabel('Invitation link', { exact: true }).inputValue();
  return { id, link };
}

// Seals an answer for an invitation link exactly as the answer page does
// (src/seal.rs, src/model/rounds/codes.rs): ECDH P-256 with a one-off key,
// HKDF-SHA-256 (salt: the round id, info "leader-leader answer v1"),
// AES-GCM with "LLA1-" and the round id as additional data; framed with a
// length and CRC-32 and written in base64url. Run in a colleague's page.
function sealInPage([link, values, rung, comment]) {
  const b64 = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const unb64 = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const crc32 = (bytes) => {
    let crc = ~0;
    for (const b of bytes) {
      crc ^= b;
      for (let i = 0; i < 8; i += 1) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
    }
    return ~crc >>> 0;
  };
  const frame = (prefix, body) => {
    const total = body.length + 6;
    const bytes = new Uint8Array(total);
    bytes.set([total >> 8, total & 255]);
    bytes.set(body, 2);
    const crc = crc32(bytes.subarray(0, total - 4));
    bytes.set([crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255], total - 4);
    return `${prefix}1-${b64(bytes)}`;
  };
  return (async () => {
    const framed = unb64(link.split('#')[1].replace(/^LLI1-/, ''));
    const body = framed.subarray(2, framed.length - 4);
    const round = body.subarray(0, 8);
    const kind = body[8];
    const nameLen = body[9];
    const publicKey = body.subarray(12 + nameLen, 12 + nameLen + 65);
    const enc = new TextEncoder().encode(comment || '');
    const plain = new Uint8Array([1, ...round, kind, values.length, ...values, rung || 0, enc.length >> 8, enc.length & 255, ...enc]);
    const subtle = crypto.subtle;
    const asker = await subtle.importKey('raw', publicKey, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    const pair = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const secret = await subtle.deriveBits({ name: 'ECDH', public: asker }, pair.privateKey, 256);
    const hkdf = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    const key = await subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: round, info: new TextEncoder().encode('leader-leader answer v1') },
      hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt'],
    );
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const aad = new Uint8Array([...new TextEncoder().encode('LLA1-'), ...round]);
    const sealed = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad }, key, plain));
    const ephemeral = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
    return frame('LLA', new Uint8Array([...round, ...ephemeral, ...nonce, ...sealed]));
  })();
}

/** A colleague, in a browser of their own, answers: returns their code. */
async function colleagueCode(browser, link, { values = Array(15).fill(4), rung = 5, comment = '' } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site('/'));
  await appReady(page);
  const code = await page.evaluate(sealInPage, [link, values, rung, comment]);
  await context.close();
  return code;
}

/**
 * A colleague, in a browser of their own, answers on the answer page (the
 * invitation link as sent): returns their code and reply link.
 */
async function answerOnPage(browser, link, { value = 4, rung = 5, comment = '' } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await appReady(page);
  const fields = page.locator('fieldset.question:not(.ladder-question)');
  await expect(fields).toHaveCount(15);
  for (let i = 0; i < 15; i += 1) await fields.nth(i).getByRole('radio').nth(value - 1).check();
  if (rung) await page.getByRole('radio', { name: new RegExp(`Rung ${rung}`) }).check();
  if (comment) await page.getByLabel('Anything you would like to add? (optional)').fill(comment);
  await page.getByRole('button', { name: 'Make my answer code' }).click();
  await expect(page.getByRole('heading', { name: 'Your answer is sealed' })).toBeVisible();
  const code = (await page.locator('#a-code').inputValue()).trim();
  const reply = await page.locator('#a-link').inputValue();
  await context.close();
  return { code, reply };
}

const pasteBox = (page) => page.getByLabel('Paste codes');
const reports = (page) => page.locator('#paste-results');

async function paste(page, text) {
  await pasteBox(page).fill(text);
  await page.getByRole('button', { name: 'Add the answers' }).click();
  await expect(page.getByRole('button', { name: 'Add the answers' })).toBeEnabled();
}

/** The same code with one character in the middle changed. */
function mistype(code) {
  const at = Math.floor(code.length / 2);
  return code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
}

test('an about-me round: invitation, codes with a message each, results only once closed with three answers', async ({ page, browser }) => {
  test.slow(); // three colleagues answer, each in a browser of their own
  await open(page, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ask others' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask your team' })).toBeVisible();
  await expect(page.getByText('No rounds yet.')).toBeVisible();
  await audit(page);

  const { id, link } = await startRound(page, { name: 'Sam' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About me: Sam');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const origin = new URL(page.url()).origin;
  expect(link).toMatch(new RegExp(`^${origin}${site('answer')}#LLI1-[A-Za-z0-9_-]+$`));
  const mail = await page.getByRole('link', { name: 'Send it by email' }).getAttribute('href');
  expect(mail).toMatch(/^mailto:\?subject=[^&]+&body=/);
  expect(decodeURIComponent(mail.split('body=')[1])).toContain(link);
  await page.getByText('Show it as a QR code').click();
  const qr = page.getByRole('img', { name: 'QR code of the invitation link' });
  await expect(qr).toBeVisible();
  expect((await qr.locator('path').getAttribute('d')).length).toBeGreaterThan(500);
  await expect(page.getByText('Answers received so far: 0.')).toBeVisible();
  await expect(page.getByText('developer tools')).toBeVisible();
  await expect(page.locator('.round-results')).toHaveCount(0);
  await audit(page);

  // Three colleagues, each in a browser of their own, on the answer page.
  const codes = [];
  for (const [i, value] of [5, 4, 2].entries()) {
    codes.push((await answerOnPage(browser, link, { value, rung: 4 + i, comment: `Comment ${i + 1}` })).code);
  }
  // A colleague answering someone else's round.
  const otherAsker = await browser.newContext();
  const otherPage = await otherAsker.newPage();
  const other = await startRound(otherPage, { name: 'Ana' });
  await otherAsker.close();
  const foreign = await colleagueCode(browser, other.link);

  // The first code, inside an email, broken over lines as mail programs do.
  const wrapped = codes[0].match(/.{1,60}/g).join('\n> ');
  await paste(page, `Hi Sam,\n\nhere is my answer:\n\n> ${wrapped}\n\nBest, Jo`);
  await expect(reports(page)).toContainText('Added. The round now has 1 answer; results need at least 3.');
  await expect(pasteBox(page)).toHaveValue('');
  await expect(page.getByText('Answers received so far: 1.')).toBeVisible();
  await expect(reports(page)).toBeFocused();
  await audit(page);

  // Refused, each with its own message; nothing collected changes.
  const before = await storedRounds(page);
  const refusals = [
    [codes[0], 'This answer is already in the round'],
    [mistype(codes[1]), 'This code has been changed or mistyped'],
    [foreign, 'This code answers a different round'],
    [codes[1].slice(0, 60), 'This code is incomplete'],
    [codes[1].replace('LLA1-', 'LLA2-'), 'This code comes from a newer version of the app'],
    [link, 'This is an invitation link, not an answer'],
  ];
  for (const [text, message] of refusals) {
    await paste(page, text);
    await expect(reports(page)).toContainText(message);
    await expect(reports(page)).toContainText('Not added.');
    await expect(pasteBox(page)).toHaveValue(text);
  }
  await paste(page, 'Thanks for asking! I will answer tomorrow.');
  await expect(reports(page)).toContainText('No answer code was found in this text.');
  expect(await storedRounds(page)).toEqual(before);
  await expect(page.getByText('Answers received so far: 1.')).toBeVisible();

  // Several codes in one paste, each with its message: the same code twice
  // counts once.
  await paste(page, `From Kim: ${codes[1]}\nFrom Lee: ${codes[2]} and again ${codes[2]}`);
  await expect(reports(page)).toContainText('3 codes found: 2 added, 1 not added.');
  await expect(reports(page).locator('li')).toHaveCount(3);
  await expect(reports(page).locator('li').nth(2)).toContainText('This answer is already in the round');
  await expect(page.getByText('Answers received so far: 3.')).toBeVisible();
  // Still nothing to see before closing.
  await expect(page.locator('.round-results')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('once you close the round');

  await open(page, '/rounds');
  await expect(page.locator('.round-item')).toContainText('Next: close the round to see the results');
  await expect(page.locator('.round-item')).toContainText('3 answers');
  await page.getByRole('link', { name: 'About me: Sam' }).click();

  // Closing asks first; keeping it open changes nothing.
  await page.getByRole('button', { name: 'Close the round…' }).click();
  await expect(page.getByText('takes no more answers')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, close the round' })).toBeFocused();
  await audit(page);
  await page.getByRole('button', { name: 'Keep it open' }).click();
  expect((await storedRounds(page)).rounds[0].closed_at).toBeNull();
  await page.getByRole('button', { name: 'Close the round…' }).click();
  await page.getByRole('button', { name: 'Yes, close the round' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
  await expect(page.locator('.round-results')).toHaveCount(1);
  await expect(page.getByLabel('Paste codes')).toBeHidden();
  await expect(page.getByText('This round is closed: it takes no more answers.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Invite people' })).toBeHidden();
  await audit(page);

  // A late code, through a reply link, is refused: the round is closed.
  const late = await colleagueCode(browser, link);
  await open(page, `/rounds/add#${late}`);
  await expect(page.locator('#add-outcome')).toContainText('This round is closed');
  expect((await storedRounds(page)).rounds.find((r) => r.id === id).answers).toHaveLength(3);

  // The round and its results survive a reload.
  await open(page, `/rounds/round?id=${id}`);
  await page.reload();
  await appReady(page);
  await expect(page.getByText('Answers received so far: 3.')).toBeVisible();
  await expect(page.locator('.round-results')).toHaveCount(1);
  await expect(page.locator('.round-facts')).toContainText('Closed');
  // The count is said once, on its own line.
  await expect(page.locator('.round-facts')).not.toContainText('answer');
});

test('a reply link adds its answer once, then leaves the address', async ({ page, browser }) => {
  const { id, link } = await startRound(page, { role: 'member' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About me');
  const { code, reply } = await answerOnPage(browser, link, { value: 3, rung: 2 });
  expect(reply).toBe(`${new URL(page.url()).origin}${site('rounds/add')}#${code}`);

  await page.goto(reply);
  await appReady(page);
  await expect(page.locator('#add-outcome')).toContainText('Added. The round now has 1 answer');
  await expect(page.locator('#add-outcome')).toBeFocused();
  const toRound = page.getByRole('link', { name: 'Open “About me”' });
  await expect(toRound).toHaveAttribute('href', site(`rounds/round?id=${id}`));
  // The code is gone from the address, so a reload does not read it again.
  expect(new URL(page.url()).hash).toBe('');
  await audit(page);
  await page.reload();
  await appReady(page);
  await expect(page.locator('#add-outcome')).toContainText('This address holds no answer code');
  // The same link again: it counts once.
  await page.goto(reply);
  await appReady(page);
  await expect(page.locator('#add-outcome')).toContainText('This answer is already in the round');
  await toRound.click();
  await expect(page.getByText('Answers received so far: 1.')).toBeVisible();

  // A reply link for a round this browser does not have.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await open(other, '/');
  await other.goto(reply);
  await appReady(other);
  await expect(other.locator('#add-outcome')).toContainText('This code answers a different round, one that is not in this browser');
  await elsewhere.close();

  // A code for another of this browser's rounds, pasted on this one, names it.
  const second = await startRound(page, { kind: 'team', name: 'Team North' });
  await paste(page, await colleagueCode(browser, link));
  await expect(reports(page)).toContainText('This code answers another of your rounds, “About me”');
  await page.getByRole('link', { name: 'Open “About me”' }).click();
  await expect(page).toHaveURL(new RegExp(`/rounds/round\\?id=${id}$`));
  expect(second.id).not.toBe(id);
});

test('a backup restored in another browser still opens a late code', async ({ page, browser }) => {
  const { id, link } = await startRound(page, { name: 'Sam' });
  await paste(page, await colleagueCode(browser, link));
  await expect(page.getByText('Answers received so far: 1.')).toBeVisible();

  await open(page, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  const backup = fs.readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(backup).rounds.rounds[0].private_key).toContain('"d"');

  // Another device: a fresh browser, with the backup restored.
  const device = await browser.newContext();
  const restored = await device.newPage();
  await open(restored, '/data');
  await restored.getByLabel('Choose a backup file (.json)').setInputFiles({
    name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup),
  });
  await expect(restored.locator('.import-preview tr', { hasText: 'Team rounds' })).toContainText('1 (1 answer)');
  await restored.getByRole('button', { name: /Replace my data with this backup|Restore/ }).first().click();
  await expect(restored.getByText('Backup restored.')).toBeVisible();

  await open(restored, `/rounds/round?id=${id}`);
  await expect(restored.getByText('Answers received so far: 1.')).toBeVisible();
  expect(await restored.getByLabel('Invitation link', { exact: true }).inputValue()).toBe(link);
  const late = await colleagueCode(browser, link, { values: Array(15).fill(1) });
  await paste(restored, late);
  await expect(reports(restored)).toContainText('Added. The round now has 2 answers');
  await device.close();
});

test('a team round: the organiser\'s own answers, three members, results', async ({ page, browser }) => {
  test.slow();
  const { id, link } = await startRound(page, { kind: 'team', name: 'Team North', closes: '2099-12-31' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About our team: Team North');
  await expect(page.locator('.round-facts')).toContainText('closing date 2099-12-31');
  const mail = decodeURIComponent(await page.getByRole('link', { name: 'Send it by email' }).getAttribute('href'));
  expect(mail).toContain('Please answer by 2099-12-31.');

  // Own answers, saved as they are chosen.
  const own = page.getByRole('region', { name: 'Your own answers' });
  await own.getByText('Give your own answers (0 of 15 given)').click();
  const first = own.getByRole('group', { name: /^1\. / });
  await first.getByLabel('Agree', { exact: true }).check();
  await own.getByRole('group', { name: /^15\. / }).getByLabel('Strongly disagree').check();
  await expect(own.getByText('Give your own answers (2 of 15 given)')).toBeVisible();
  await audit(page);
  await page.reload();
  await appReady(page);
  await own.getByText('Give your own answers (2 of 15 given)').click();
  await expect(first.getByLabel('Agree', { exact: true })).toBeChecked();
  const saved = (await storedRounds(page)).rounds.find((r) => r.id === id);
  expect(saved.own).toEqual({ 'team-control-info-decides': 4, 'team-clarity-guessing': 1 });

  const codes = [];
  for (const value of [2, 3, 4]) codes.push((await answerOnPage(browser, link, { value, rung: 0 })).code);
  await paste(page, codes.join('\n'));
  await expect(reports(page)).toContainText('3 codes found: 3 added, 0 not added.');

  await page.getByRole('button', { name: 'Close the round…' }).click();
  await page.getByRole('button', { name: 'Yes, close the round' }).click();
  await expect(page.locator('.round-results')).toHaveCount(1);
  await open(page, '/rounds');
  await expect(page.locator('.round-item')).toContainText('Closed: the results are ready.');
});

test('starting a round: problems are explained; an unknown round and deleting one', async ({ page }) => {
  await open(page, '/rounds');
  const form = page.getByRole('region', { name: 'Start a round' });
  // No role chosen yet: about-me statements are worded for one.
  await form.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose your role first');
  await expect(page.locator('#start-error')).toBeFocused();
  await form.getByLabel('I hold a traditional leadership role').check();
  await form.getByLabel('Closing date (optional)').fill('2020-01-01');
  await form.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('alert')).toContainText('That closing date has passed already');
  await audit(page);
  expect(await storedRounds(page)).toBeUndefined();

  // A round that closes with too few answers: no results.
  const { id } = await startRound(page, { role: 'leader' });
  await page.getByRole('button', { name: 'Close the round…' }).click();
  await expect(page.getByText('It has 0 answers so far')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, close the round' }).click();
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('This round closed with 0 answers');
  await expect(page.locator('.round-results')).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete this round…' }).click();
  await expect(page.getByText('Its key goes with it')).toBeVisible();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('button', { name: 'Delete this round…' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete this round…' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page).toHaveURL(/\/rounds\/$/);
  await expect(page.getByText('No rounds yet.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask your team' })).toBeFocused();

  await open(page, `/rounds/round?id=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round not found');
  await page.getByRole('link', { name: 'All your rounds' }).click();
  await expect(page).toHaveURL(/\/rounds\/$/);
  await open(page, '/rounds/round?id=not-a-round');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round not found');
  await audit(page);
});
