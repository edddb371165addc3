import { readFileSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from './fixture';
import { readFolder } from '../../scripts/packFiles';
import { makeBundle, readBundle } from '../../src/core/pack/bundle';
import { loadPack } from '../../src/core/pack/validate';
import { watchPage } from './harness';

async function noSeriousViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${where}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
}

/** Every id on the page, once. */
async function noDuplicateIds(page: Page): Promise<void> {
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
}

test('the ferry pack opened in the studio: a new question with a pick-all, a stronger-source, a final-verdict and a make-the-case round, filled by their forms until the checks find nothing, and a class poll', async ({
  page,
}, info) => {
  test.setTimeout(150_000);
  const watch = watchPage(page);
  await page.goto('/studio.html');
  const files = readFolder('levels/kestrel-bay-ferry');
  const path = info.outputPath('kestrel.pack.json');
  writeFileSync(path, makeBundle(files));
  await page.getByRole('button', { name: '5. Save and share' }).click();
  await page.getByLabel(/Open a pack to edit it/).setInputFiles(path);
  await expect(page.locator('[data-status]')).toContainText('Opened “The Kestrel Bay night ferry (practice pack)”');
  await expect(page.locator('[data-problem-count]')).toHaveAttribute('data-problem-count', '0');

  await page.getByRole('button', { name: '3. Questions' }).click();
  await page.locator('#new-level').fill('Night crossings');
  await page.locator('[data-action="add-level"]').click();
  await page.locator('#levels-2-question').fill('Is the boat ready for winter nights?');
  await page.locator('#levels-2-context').fill('The harbour master and a naval architect look at the one boat the town has.');
  const level = page.locator('[data-level="2"]');
  const field = (round: number, rest: string) => page.locator(`#levels-2-rounds-${round}-${rest}`);

  // Pick all that apply: four answers, one more added and taken away again.
  await page.locator('[data-add-round="2-multi"]').click();
  await expect(level.locator('[data-round="2-0"] h4')).toHaveText('Round 1 (Which apply? (pick all that apply))');
  await field(0, 'prompt').fill('What does the naval architect say about the boat? Pick all that apply.');
  const multi = [
    ['Its hull is in good shape for its age', 'supported', 'in good shape for its age'],
    ['It is ready for winter night crossings', 'contradicted', 'winter storms in the bay'],
    ['It will sink in a storm', 'unsupported', null],
    ['Its engines were built for calm summer runs', 'supported', 'were built for calm summer runs'],
  ] as const;
  for (const [i, [text, verdict, evidence]] of multi.entries()) {
    await field(0, `options-${i}-text`).fill(text);
    await field(0, `options-${i}-verdict`).selectOption(verdict);
    if (evidence) await page.locator(`[data-round="2-0"] [data-option="${i}"]`).getByLabel(new RegExp(evidence)).check();
    await field(0, `options-${i}-explanation`).fill(`Her words, as the article reports them (answer ${i + 1}).`);
  }
  await level.locator('[data-round="2-0"]').getByRole('button', { name: 'Add an answer' }).click();
  await expect(level.locator('[data-round="2-0"] [data-option]')).toHaveCount(5);
  await expect(field(0, 'options-4-text')).toHaveAttribute('aria-invalid', 'true');
  await level.locator('[data-round="2-0"]').getByRole('button', { name: 'Remove answer 5' }).click();
  await expect(level.locator('[data-round="2-0"] [data-option]')).toHaveCount(4);

  // Which is the stronger source: the harbour master against the naval architect, on the engines.
  await page.locator('[data-add-round="2-stronger"]').click();
  await field(1, 'prompt').fill('Whose word carries more weight on this claim?');
  await field(1, 'claim').fill('The boat’s engines are fit for winter crossings.');
  await field(1, 'favours').selectOption('expert');
  await field(1, 'speakers-achebe').check();
  await field(1, 'speakers-nand').check();
  await field(1, 'evidence-nand-engines').check();
  await field(1, 'evidence-achebe-dark').check();
  await field(1, 'explanation').fill('The naval architect surveyed the boat: her word on its engines is an assessment.');

  // The final verdict: four stops in the article's words, five closing cards, the counter-quote.
  await page.locator('[data-add-round="2-verdict"]').click();
  await field(2, 'prompt').fill('Where does the promise sit? Place it, then close with your 3 best cards.');
  await field(2, 'claim').fill('A night ferry running every night by the first snow');
  await field(2, 'scalePrompt').fill('Ready or wishful? Place the promise on the scale.');
  for (const [i, label] of ['Ready now', 'Ready with work', 'An open question', 'Wishful thinking'].entries()) {
    await field(2, `scale-${i}-label`).fill(label);
    await field(2, `scale-${i}-explanation`).fill(`What the sources say about “${label}”.`);
  }
  await field(2, 'scale-0-verdict').selectOption('contradicted');
  await field(2, 'scale-0-evidence-achebe-dark').check();
  await field(2, 'scale-1-verdict').selectOption('supported');
  await field(2, 'scale-1-evidence-achebe-sign').check();
  const verdictCards = [
    ['achebe-dark', 'for', 'strong'],
    ['nand-storms', 'for', 'strong'],
    ['nand-engines', 'for', 'moderate'],
    ['ruiz-snow', 'against', 'weak'],
    ['ruiz-lifeline', 'neutral', 'weak'],
  ] as const;
  for (const [i, [quote, bearing, strength]] of verdictCards.entries()) {
    await field(2, `cards-${i}-quote`).selectOption(quote);
    await field(2, `cards-${i}-bearing`).selectOption(bearing);
    await field(2, `cards-${i}-strength`).selectOption(strength);
    await field(2, `cards-${i}-reason`).fill(`Card ${i + 1}: who said it and why it counts`);
  }
  await field(2, 'counter').selectOption('ruiz-snow');
  await expect(level.locator('[data-round="2-2"] .problem')).toHaveCount(0);

  // Make the case: a hand with a trap of the article's own narration, a sixth card added and taken away.
  await page.locator('[data-add-round="2-case"]').click();
  await field(3, 'prompt').fill('Make your case: will the night ferry run this winter?');
  await field(3, 'claim').fill('The night ferry will run this winter.');
  const caseCards = [
    ['ruiz-snow', 'for'],
    ['achebe-dark', 'against'],
    ['nand-storms', 'against'],
    ['berg-forty', 'neutral'],
  ] as const;
  for (const [i, [quote, bearing]] of caseCards.entries()) {
    await field(3, `cards-${i}-quote`).selectOption(quote);
    await field(3, `cards-${i}-bearing`).selectOption(bearing);
    await field(3, `cards-${i}-reason`).fill(`Card ${i + 1}: who said it and why it counts`);
  }
  await field(3, 'cards-4-source').selectOption('narration');
  await field(3, 'cards-4-narration').fill('The town has not yet bought a second boat.');
  await field(3, 'cards-4-bearing').selectOption('against');
  await field(3, 'cards-4-reason').fill('The article’s own narration, nobody’s words');
  await field(3, 'experts-evidence-achebe-sign').check();
  await field(3, 'experts-explanation').fill('The harbour master will not sign the boat off for night crossings until the inspectors have.');
  await level.locator('[data-round="2-3"]').getByRole('button', { name: 'Add a card' }).click();
  await expect(level.locator('[data-round="2-3"] [data-card]')).toHaveCount(6);
  await expect(level.locator('[data-round="2-3"]').getByRole('button', { name: 'Add a card' })).toHaveCount(0);
  await level.locator('[data-round="2-3"]').getByRole('button', { name: 'Remove card 6' }).click();
  await expect(level.locator('[data-round="2-3"] [data-card]')).toHaveCount(5);

  // The checks, the game's own, find nothing left in the question, nor anywhere else.
  await expect(level.locator('.problem')).toHaveCount(0);
  await expect(page.locator('[data-problem-count]')).toHaveAttribute('data-problem-count', '0');

  // A class poll: added, its blanks named under their fields in pack.json, filled; an answer added and taken away.
  await page.locator('[data-action="add-poll"]').click();
  await expect(page.locator('#manifest-poll-question')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.poll .problem')).toHaveCount(3);
  await page.locator('#manifest-poll-question').fill('Will the night ferry run this winter?');
  await page.locator('#manifest-poll-options-0-text').fill('Yes, by the first snow');
  await page.locator('#manifest-poll-options-1-text').fill('Not this winter');
  await page.getByRole('button', { name: 'Add a poll answer' }).click();
  await page.locator('#manifest-poll-options-2-text').fill('Not sure yet');
  await page.getByRole('button', { name: 'Add a poll answer' }).click();
  await expect(page.getByRole('button', { name: 'Add a poll answer' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove poll answer 4' }).click();
  await expect(page.locator('[data-poll-option]')).toHaveCount(3);
  await expect(page.locator('.problem')).toHaveCount(0);
  await expect(page.locator('[data-problem-count]')).toHaveAttribute('data-problem-count', '0');

  await noDuplicateIds(page);
  await noSeriousViolations(page, 'questions en');
  // The screen as a teacher sees it (1920×1080), at the pick-all round, the make-the-case round and the poll.
  for (const [where, name] of [
    ['[data-round="2-0"]', 'multi'],
    ['[data-round="2-3"]', 'case'],
    ['.poll', 'poll'],
  ]) {
    await page.locator(where!).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `tests/artifacts/studio/questions-${name}-en.png` });
  }
  // Nothing sticks out of the box it is in (a long quote in a list, a card's choices).
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('.round *, .poll *')]
      .filter((e) => {
        const box = e.parentElement!.closest('fieldset, section')!.getBoundingClientRect();
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
      })
      .map((e) => e.id || `${e.tagName} ${e.textContent?.slice(0, 40)}`),
  );
  expect(overflowing).toEqual([]);

  // Every form in Spanish too.
  await page.getByLabel('Language').selectOption('es');
  await expect(level.locator('[data-round="2-3"] .cards > legend')).toHaveText('Cartas de pruebas');
  await expect(page.locator('#poll-title')).toHaveText('Encuesta de la clase (opcional, sin puntos)');
  await noSeriousViolations(page, 'questions es');
  await page.getByLabel('Idioma').selectOption('en');

  // What the forms wrote is a pack the game reads: the new question with its four kinds, and the poll.
  await page.getByRole('button', { name: '5. Save and share' }).click();
  const download = page.waitForEvent('download');
  await page.locator('[data-action="export"]').click();
  const read = readBundle(readFileSync(await (await download).path(), 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const pack = loadPack(read.files);
  if (!pack.ok) throw new Error(JSON.stringify(pack.issues));
  expect(pack.pack.levels.map((l) => l.rounds.map((r) => r.type))[2]).toEqual(['multi', 'stronger', 'verdict', 'case']);
  expect(pack.pack.manifest.poll?.options.map((o) => o.text)).toEqual(['Yes, by the first snow', 'Not this winter', 'Not sure yet']);
  expect(watch.problems).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('a round of every other kind, added to a question, shows its blanks as problems under their fields, each control labelled, in both languages', async ({
  page,
}, info) => {
  await page.goto('/studio.html');
  const path = info.outputPath('kestrel.pack.json');
  writeFileSync(path, makeBundle(readFolder('levels/kestrel-bay-ferry')));
  await page.getByRole('button', { name: '5. Save and share' }).click();
  await page.getByLabel(/Open a pack to edit it/).setInputFiles(path);
  await page.getByRole('button', { name: '3. Questions' }).click();
  await page.locator('#new-level').fill('Who is who');
  await page.locator('[data-action="add-level"]').click();
  for (const kind of ['whoswho', 'rebuttal', 'choice', 'claim']) await page.locator(`[data-add-round="2-${kind}"]`).click();
  await expect(page.locator('[data-level="2"] [data-round]')).toHaveCount(4);
  // The blanks are named where they are: the who's-who lists, the opponent, each rebuttal answer's quote.
  await expect(page.locator('#levels-2-rounds-1-opponent-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#levels-2-rounds-1-options-0-quote')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-round="2-0"] .checklist .problem')).not.toHaveCount(0);
  await page.locator('#levels-2-rounds-0-quotes-ruiz-snow').check();
  await expect(page.locator('#levels-2-rounds-0-quotes-ruiz-snow')).toBeChecked();
  await noDuplicateIds(page);
  await noSeriousViolations(page, 'blank rounds en');
  await page.getByLabel('Language').selectOption('es');
  await expect(page.locator('[data-round="2-1"] .opponent > legend')).toHaveText('El oponente (un personaje inventado, no una fuente)');
  await noSeriousViolations(page, 'blank rounds es');
});
