// The phrase coach grounded in the Ladder of Leadership: it hears the many
// ways of handing a decision up, names each sentence's rung, rewrites the
// lower rungs toward "I intend to…", leaves statements, reports, questions
// for information, requests for others' action, reported speech and "can"
// of ability alone, never loses the visitor's own words to "Try an
// example", and logs a sentence once however often the button is pressed.
import { test, expect, open, audit, KEY } from './fixtures.mjs';

const stored = async (page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}');
const results = (page) => page.getByRole('region', { name: 'What the coach found' });
const count = (page) => results(page).locator('.coach-count');

async function check(page, message) {
  await page.getByLabel('Your message').fill(message);
}

test('every way of asking from the issue is flagged, placed on rung 4 and rewritten as intent', async ({ page }) => {
  await open(page, '/practice/phrases');
  for (const [message, words, rewrite] of [
    ['Should we maybe move the meeting?', 'Should we maybe', 'We intend to move the meeting.'],
    ['Could we push the launch by a week?', 'Could we', 'We intend to push the launch by a week.'],
    ['Can we skip the standup tomorrow?', 'Can we', 'We intend to skip the standup tomorrow.'],
    ['Do you want me to book the room for the retro?', 'Do you want me to', 'I intend to book the room for the retro.'],
    ['Would you be ok with me rewriting the onboarding guide?', 'Would you be ok with me', 'I intend to rewrite the onboarding guide.'],
    ['Any objections to me merging this?', 'Any objections to me', 'I intend to merge this.'],
    ['Please approve my PR so I can ship it.', 'Please approve', 'I intend to ship it.'],
    ['Would you like me to take the minutes?', 'Would you like me to', 'I intend to take the minutes.'],
    ['Mind if I sit in on the interview?', 'Mind if I', 'I intend to sit in on the interview.'],
    ['Am I allowed to order a new monitor?', 'Am I allowed to', 'I intend to order a new monitor.'],
    ['I need your sign-off to order the parts.', 'I need your sign-off to', 'I intend to order the parts.'],
    ['Let me know if I can push the hotfix tonight.', 'know if I can', 'I intend to push the hotfix tonight.'],
  ]) {
    await check(page, message);
    await expect(count(page), message).toHaveText('1 sentence hands a decision up.');
    await expect(results(page).locator('mark'), message).toHaveText([words]);
    const card = results(page).locator('.coach-suggestion');
    await expect(card).toHaveCount(1);
    await expect(card.locator('.coach-rung'), message).toHaveText(
      'Rung 4 of 7: Says what you would like to do, or asks permission (“I would like to…”)',
    );
    await expect(card.locator('.coach-rewrite q'), message).toHaveText(rewrite);
  }
});

test('asking to be told what to do is rung 1, and its rewrite leaves a gap for the plan', async ({ page }) => {
  await open(page, '/practice/phrases');
  await check(page, 'What should I do about the duplicate invoices? How do you want me to handle the refund?');
  await expect(count(page)).toHaveText('2 sentences hand a decision up.');
  const cards = results(page).locator('.coach-suggestion');
  await expect(cards.nth(0).locator('.coach-rung')).toHaveText('Rung 1 of 7: Asks to be told what to do (“Tell me what to do”)');
  await expect(cards.nth(0).locator('.coach-rewrite q')).toHaveText('I intend to … about the duplicate invoices.');
  await expect(cards.nth(1).locator('.coach-rewrite q')).toHaveText('I intend to handle the refund by …');
  await expect(results(page).getByText('put your own plan there')).toBeVisible();
  // A rewrite with a gap can be copied, not logged as an intent: it is not one yet.
  await expect(cards.nth(0).getByRole('button', { name: 'Log this as an intent' })).toHaveCount(0);
  await expect(cards.nth(0).getByRole('button', { name: 'Copy suggestion 1' })).toBeVisible();
  await expect(cards.nth(0).getByRole('button', { name: 'Log as a permission request' })).toBeVisible();
});

test('each sentence gets its rung in plain words, and the lower rungs a step toward intent', async ({ page }) => {
  await open(page, '/practice/phrases');
  await check(
    page,
    'Hi Sam,\nThe build is failing again. I think we should roll back. Can we skip the standup? '
      + "I'll roll back at 5. I merged the fix. I've been watching the error rate all week.\n\nThanks!",
  );
  await expect(count(page)).toHaveText('1 sentence hands a decision up.');
  const sentences = results(page).locator('.coach-sentence');
  await expect(sentences.locator('.coach-rung')).toHaveText([
    'Rung 2 of 7: Says what you see (“I see…”)',
    'Rung 3 of 7: Says what you think (“I think…”)',
    'Rung 4 of 7: Says what you would like to do, or asks permission (“I would like to…”)',
    'Rung 5 of 7: States your intent (“I intend to…”)',
    'Rung 6 of 7: Reports what you did (“I did…”)',
    "Rung 7 of 7: Reports what you have been doing (“I've been doing…”)",
  ]);
  await expect(sentences.nth(0).locator('.coach-rewrite q')).toHaveText('The build is failing again. I intend to …');
  await expect(sentences.nth(1).locator('.coach-rewrite q')).toHaveText('We intend to roll back.');
  await expect(sentences.nth(2).locator('.coach-rewrite q')).toHaveText('We intend to skip the standup.');
  // At intent and above there is nothing to rewrite.
  for (const n of [3, 4, 5]) await expect(sentences.nth(n).locator('.coach-rewrite')).toHaveCount(0);
  // The greeting and the thanks are not on the ladder, and the page says so.
  await expect(results(page).locator('.coach-off-ladder')).toContainText('2 sentences are not on the ladder.');
  // Only the flagged sentence is marked, and only it changes in the whole-message copy.
  await expect(results(page).locator('mark')).toHaveText(['Can we']);
  await expect(results(page).getByText("Marquet's wider material")).toBeVisible();
  await audit(page);
});

test('statements, reports, questions for information, requests, reported speech and "can" of ability are left alone', async ({ page }) => {
  await open(page, '/practice/phrases');
  for (const message of [
    'What time is the meeting?',
    'Could you send me the figures?',
    'The customer asked whether they can get a refund.',
    'We can ship tomorrow if the tests pass.',
    'Can the printer handle A3 paper?',
    'I intend to deploy the fix tonight.',
    'I merged the fix and restarted the worker.',
    'She wanted to know if I could cover her shift.',
    "I'd like to thank everyone for the effort.",
  ]) {
    await check(page, message);
    // Neutral, never praise: a factual question is not "speaking with intent".
    await expect(count(page), message).toHaveText('Nothing in this message hands a decision up.');
    await expect(results(page).locator('mark'), message).toHaveCount(0);
    await expect(results(page).locator('.coach-suggestion'), message).toHaveCount(0);
    await expect(results(page).getByRole('button', { name: 'Copy the whole message, rewritten' })).toHaveCount(0);
  }
  await check(page, 'What time is the meeting?');
  await expect(results(page)).not.toContainText('intent');
  await expect(results(page).locator('.coach-off-ladder')).toContainText('1 sentence is not on the ladder.');
  await check(page, 'The customer asked whether they can get a refund.');
  await expect(results(page).locator('.coach-rung')).toHaveText('Rung 2 of 7: Says what you see (“I see…”)');
});

test('"Try an example" never loses the visitor\'s words: Undo restores them exactly', async ({ page }) => {
  await open(page, '/practice/phrases');
  const box = page.getByLabel('Your message');
  const own = '  Dear Ana,\n\nCan I take   Friday off?  \n— Sam ';
  await box.fill(own);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(box).toHaveValue(/^Hi Sam,\nThe fix passed all checks/);
  await expect(page.getByRole('status').filter({ hasText: 'The example replaced your message.' })).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await audit(page);
  await undo.click();
  await expect(box).toHaveValue(own);
  await expect(box).toBeFocused();
  await expect(undo).toHaveCount(0);
  await expect(count(page)).toHaveText('1 sentence hands a decision up.');

  // Typing after the example was loaded keeps the new words; the offer to undo goes.
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(undo).toBeVisible();
  await box.press('End');
  await box.type(' More.');
  await expect(undo).toHaveCount(0);

  // With an empty box, or the example already in it, there is nothing to undo.
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.locator('.coach-suggestion')).toHaveCount(2);
  await expect(undo).toHaveCount(0);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(undo).toHaveCount(0);
});

test('"Log this as an intent" adds one entry however often it is pressed, until the message changes', async ({ page }) => {
  await open(page, '/practice/phrases');
  await check(page, 'Can I order the blue chairs tonight? Should we move the retro to Thursday?');
  const card = results(page).locator('.coach-suggestion').first();
  const logIntent = card.getByRole('button', { name: 'Log this as an intent' });
  await logIntent.click();
  const logged = card.getByRole('button', { name: 'Logged as an intent' });
  await expect(logged).toHaveAttribute('aria-disabled', 'true');
  await expect(results(page).getByText('Added to your intent log as an intent.')).toBeVisible();
  await expect(results(page).getByRole('link', { name: 'Open the intent log' })).toBeVisible();
  // A second press (the button says it is done, but stays reachable).
  await logged.click({ force: true });
  await logged.press('Enter');
  await expect(logged).toBeFocused();
  // The permission request is its own entry, also logged once.
  const logRequest = card.getByRole('button', { name: 'Log as a permission request' });
  await logRequest.click();
  await card.getByRole('button', { name: 'Logged as a permission request' }).click({ force: true });
  // The other sentence is still free to log.
  await expect(results(page).locator('.coach-suggestion').nth(1).getByRole('button', { name: 'Log this as an intent' })).toBeVisible();
  await audit(page);
  let intents = (await stored(page)).practice.intents;
  expect(intents.map((e) => [e.kind, e.text])).toEqual([
    ['permission', 'Can I order the blue chairs tonight?'],
    ['intent', 'I intend to order the blue chairs tonight.'],
  ]);

  // A changed message can be logged again.
  await page.getByLabel('Your message').press('End');
  await page.getByLabel('Your message').type(' Thanks.');
  await expect(card.getByRole('button', { name: 'Log this as an intent' })).toBeVisible();
  await card.getByRole('button', { name: 'Log this as an intent' }).click();
  intents = (await stored(page)).practice.intents;
  expect(intents).toHaveLength(3);

  await results(page).getByRole('link', { name: 'Open the intent log' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intent log');
  await expect(page.locator('.intent-entry')).toHaveCount(3);
});

test.describe('the coach at phone width and in the dark', () => {
  test.use({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
  test('the sentence-by-sentence reading fits 320 px and passes axe', async ({ page }) => {
    await open(page, '/practice/phrases');
    await check(page, 'The build is failing again. What should I do about the duplicate invoices from Northwind? I merged the fix.');
    await expect(results(page).locator('.coach-sentence')).toHaveCount(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await audit(page);
  });
});
