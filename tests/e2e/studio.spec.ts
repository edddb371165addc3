import { readFileSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from './fixture';
import { readFolder } from '../../scripts/packFiles';
import { makeBundle, readBundle } from '../../src/core/pack/bundle';
import { loadPack } from '../../src/core/pack/validate';
import { readZip } from '../../src/core/pack/zip';
import { playFirstAnswers, screenKind, watchPage } from './harness';

/** The test's own fiction: two people the studio finds, an outlet after "according to", reported speech, and a coach it cannot place ("thinks"). */
const ARTICLE = [
  'Mayor Ines Calder promised on Monday that the town pool would reopen “before the summer holidays.”',
  'Structural engineer Omar Haddad, who inspected the roof in March, said the beams were “sound but tired.” He warned that the pumps “will not last another winter.”',
  'The repairs will cost “about twice the budget,” according to the Millbrook Echo.',
  'The council has not yet voted on the money.',
  'Swimming coach Dee Park thinks the pool is “the heart of the town.”',
].join('\n\n');

async function noSeriousViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${where}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
}

/** Drags the mouse over `words` in the article view, as a teacher selects them. */
async function selectWords(page: Page, words: string): Promise<void> {
  const box = await page.evaluate((w) => {
    const view = document.getElementById('article-view')!;
    // Where the mouse can reach it: a long page puts the article below the fold.
    view.scrollIntoView({ block: 'center' });
    const node = view.firstChild!;
    const at = node.textContent!.indexOf(w);
    const range = document.createRange();
    // From inside the first word to inside the last: the studio snaps the span to whole words.
    range.setStart(node, at + 1);
    range.setEnd(node, at + w.length - 1);
    const rects = [...range.getClientRects()];
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

test('a teacher writes the article in, accepts the proposed quotes, quotes a selection, adds speakers of each kind, and the draft survives a reload', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto('/studio.html');
  await page.getByLabel('Pack title').fill('The Millbrook pool');
  await page.getByLabel('One line on what the pack is about').fill('A made-up town argues about its pool.');
  await page.getByLabel('This article is made up').check();
  await page.getByLabel('Headline').fill('Will the Millbrook pool open this summer?');
  await page.getByLabel('Outlet (who published it)').fill('The Millbrook Echo');
  await page.getByLabel('Author').fill('Jo Reyes');
  await page.getByLabel('Date, as published').fill('June 2031');
  await page.getByLabel('The article’s text').fill(ARTICLE);
  await noSeriousViolations(page, 'source');

  await page.getByRole('button', { name: '2. Speakers and quotes' }).click();
  await page.getByRole('button', { name: 'Find quotes in the article' }).click();
  const proposals = page.locator('[data-proposal]');
  await expect(proposals).toHaveCount(5);
  // The roster it found, with the roles the article prints before the names, and a first guess at each kind.
  await expect(page.locator('[data-speaker]')).toHaveText([
    /^Ines Calder, Mayor \(Official\)/,
    /^Omar Haddad, Structural engineer \(Expert\)/,
    /^Millbrook Echo \(Expert\)/,
  ]);
  // "sound but tired" is Haddad's by "said", "will not last another winter" his by "He warned".
  await expect(proposals.nth(1)).toContainText('given to Omar Haddad');
  await expect(proposals.nth(2)).toContainText('given to Omar Haddad');
  await expect(proposals.nth(4)).toContainText('nobody named nearby');
  await noSeriousViolations(page, 'quotes');
  await page.screenshot({ path: 'tests/artifacts/studio/quotes-en.png', fullPage: true });
  // The paper is an outlet, not an expert: the author says so.
  await page.getByLabel('Kind: Millbrook Echo').selectOption('outlet');
  await expect(page.locator('[data-speaker]').nth(2)).toContainText('(News outlet)');

  // The first four accepted as proposed.
  for (let i = 0; i < 4; i++) await page.locator('[data-accept="0"]').click();
  await expect(page.locator('[data-quote]')).toHaveCount(4);
  // The coach is nobody the studio could place: the author adds her, then gives her the quote.
  await page.getByLabel('Name, as the article prints it').fill('Dee Park');
  await page.getByLabel('Role, as the article gives it').fill('Swimming coach');
  await page.getByLabel(/^Expert:/).check();
  await page.locator('[data-action="add-speaker"]').click();
  await expect(page.locator('[data-speaker]')).toHaveCount(4);
  await page.locator('#proposal-0').selectOption({ label: 'Dee Park' });
  await page.locator('[data-accept="0"]').click();
  await expect(page.locator('[data-quote]')).toHaveCount(5);
  await expect(page.locator('[data-quote]').last()).toContainText('the heart of the town — Dee Park');

  // A span of the article made a quote: dragged over mid-word, snapped to whole words.
  await selectWords(page, 'has not yet voted on the money');
  await expect(page.locator('[data-selection]')).toHaveAttribute('data-selection', 'has not yet voted on the money');
  // Nobody says it: it is the paper's own reporting, and the paper that published it is a speaker already.
  await page.locator('#selection-speaker').selectOption({ label: 'The article’s own reporting (Millbrook Echo): no named source' });
  await page.locator('[data-action="quote-selection"]').click();
  await expect(page.locator('[data-quote]')).toHaveCount(6);
  await expect(page.locator('[data-quote]').last()).toContainText('has not yet voted on the money — The article’s own reporting (Millbrook Echo)');

  // The checks are the game's own: with no question yet, the pack is not ready, and says where.
  await page.getByRole('button', { name: '4. Checks' }).click();
  await expect(page.locator('.problems li')).not.toHaveCount(0);
  await expect(page.locator('.problems')).toContainText('levels');
  await noSeriousViolations(page, 'checks');

  // A reload (or a crash) mid-way: the draft is all there.
  await page.waitForTimeout(300);
  await page.reload();
  await page.getByRole('button', { name: '2. Speakers and quotes' }).click();
  await expect(page.locator('[data-quote]')).toHaveCount(6);
  await expect(page.locator('[data-speaker]')).toHaveCount(4);
  await page.getByRole('button', { name: '1. The article' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Will the Millbrook pool open this summer?');
  await expect(page.getByLabel('The article’s text')).toHaveValue(ARTICLE);

  // Every view in Spanish too.
  await page.getByLabel('Language').selectOption('es');
  for (const step of ['1. El artículo', '2. Voces y citas', '3. Preguntas', '4. Revisión', '5. Guardar y compartir', '6. Un asistente de IA (opcional)']) {
    await page.getByRole('button', { name: step }).click();
    await noSeriousViolations(page, `es ${step}`);
  }
  expect(watch.problems).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('a first pack, guided, in Spanish: the practice article, its quotes found with their speakers, the last sentence as the article’s own reporting, each step ticked', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.goto('/studio.html');
  await page.getByLabel('Language').selectOption('es');
  await page.locator('[data-action="start-guide"]').click();
  await expect(page.locator('.guide li[data-done="true"]')).toHaveCount(1);
  await expect(page.getByLabel('Titular')).toHaveValue('¿Será la vieja biblioteca de Alder Creek un rocódromo?');
  await expect(page.getByLabel(/inventado/)).toBeChecked();
  await page.getByRole('button', { name: '2. Voces y citas' }).click();
  await page.getByRole('button', { name: 'Buscar citas en el artículo' }).click();
  await expect(page.locator('[data-proposal]')).toHaveCount(5);
  await expect(page.locator('[data-proposal]').nth(1)).toContainText('Ruth Amadi');
  await expect(page.locator('[data-proposal]').nth(3)).toContainText('Paulo Greer');
  await page.locator('[data-accept="0"]').click();
  await page.locator('[data-accept="0"]').click();
  await expect(page.locator('.guide li[data-guide="quotes"]')).toHaveAttribute('data-done', 'true');
  await selectWords(page, 'El concejo aún no ha votado el dinero para el tejado');
  await page.locator('#selection-speaker').selectOption({ label: 'Información propia del artículo (El Heraldo de Alder Creek): sin fuente nombrada' });
  await page.locator('[data-action="quote-selection"]').click();
  await expect(page.locator('[data-quote]').last()).toContainText(
    'El concejo aún no ha votado el dinero para el tejado — Información propia del artículo (El Heraldo de Alder Creek)',
  );
  // The councillor is an official: the studio's first guess says so from her role, in Spanish too.
  await expect(page.locator('[data-speaker]').first()).toContainText('Ruth Amadi, concejala (Cargo oficial)');
  await expect(page.locator('.guide li[data-guide="reporting"]')).toHaveAttribute('data-done', 'true');
  await noSeriousViolations(page, 'guide es');
  await page.screenshot({ path: 'tests/artifacts/studio/guide-es.png', fullPage: true });
  expect(watch.problems).toEqual([]);
});

test('a shipped pack opened in the studio and exported is the same pack', async ({ page }, info) => {
  await page.goto('/studio.html');
  const files = readFolder('levels/kestrel-bay-ferry');
  const path = info.outputPath('kestrel.pack.json');
  writeFileSync(path, makeBundle(files));
  await page.getByRole('button', { name: '5. Save and share' }).click();
  await page.getByLabel(/Open a pack to edit it/).setInputFiles(path);
  await expect(page.locator('[data-status]')).toContainText('Opened “The Kestrel Bay night ferry (practice pack)”');
  const download = page.waitForEvent('download');
  await page.locator('[data-action="export"]').click();
  const saved = await (await download).path();
  const read = readBundle(readFileSync(saved, 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  expect(loadPack(read.files)).toEqual(loadPack(files));
  // And as a zip of the pack folder, which the game's own reader opens to the same pack.
  const zipped = page.waitForEvent('download');
  await page.locator('[data-action="export-zip"]').click();
  const zip = await zipped;
  expect(zip.suggestedFilename()).toBe('kestrel-bay-ferry.zip');
  const unzipped = await readZip(new Uint8Array(readFileSync(await zip.path())));
  if (!unzipped.ok) throw new Error(JSON.stringify(unzipped.issues));
  expect(loadPack(unzipped.files)).toEqual(loadPack(files));
});

test('an AI assistant without a network: the copied text holds the rules, the schema and the article; a pasted answer with one bad quote has that quote refused and the rest added', async ({
  page,
  context,
}, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = watchPage(page);
  await page.goto('/studio.html');
  const files = readFolder('levels/kestrel-bay-ferry');
  const path = info.outputPath('kestrel.pack.json');
  writeFileSync(path, makeBundle(files));
  await page.getByRole('button', { name: '5. Save and share' }).click();
  await page.getByLabel(/Open a pack to edit it/).setInputFiles(path);
  await page.getByRole('button', { name: '6. An AI assistant (optional)' }).click();
  await page.getByRole('button', { name: 'Copy instructions for an AI assistant' }).click();
  await expect(page.locator('[data-status]')).toHaveText('Copied: paste them into the assistant.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('A quote is the article’s exact words');
  expect(copied).toContain('"title":"On the Record level pack (pack.json)"');
  expect(copied).toContain('"title":"On the Record level (one level file)"');
  expect(copied).toContain(files['source.md']!.split('---')[1]!.trim());
  await expect(page.getByLabel(/The instructions/)).toHaveValue(copied);

  // What an assistant might answer: a new speaker, two passages of the Courier's own reporting, and a quote it made up.
  const made = 'The council has already paid for a night crew.';
  const answer = {
    speakers: [{ id: 'crew-union', name: 'The crew union', kind: 'official' }],
    quotes: [
      { id: 'no-second-boat', speaker: 'courier', text: 'The town has not yet bought a second boat.' },
      { id: 'crew-paid', speaker: 'crew-union', text: made },
      { id: 'islanders-count', speaker: 'courier', text: 'nobody had counted how many islanders would actually use it' },
    ],
  };
  await page.getByLabel('Paste the assistant’s answer').fill(`Here is my proposal:\n\n\`\`\`json\n${JSON.stringify(answer, null, 2)}\n\`\`\``);
  await page.getByRole('button', { name: 'Read the answer' }).click();
  const items = page.locator('[data-answer-item]');
  await expect(items).toHaveCount(4);
  await expect(page.locator('[data-answer-item][data-state="refused"]')).toHaveCount(1);
  await expect(page.locator('[data-answer-item][data-state="refused"]')).toContainText(made);
  await expect(page.locator('[data-answer-item][data-state="refused"]')).toContainText('Refused');
  await expect(page.locator('[data-answer-item][data-state="new"]')).toHaveCount(3);
  await page.getByRole('button', { name: 'Add everything that passed the checks' }).click();
  await expect(page.locator('[data-status]')).toHaveText('Added 3 items.');
  await expect(page.locator('[data-answer-item][data-state="known"]')).toHaveCount(3);
  await expect(page.locator('[data-answer-item][data-state="refused"]')).toContainText(made);
  await new AxeBuilder({ page }).analyze().then((r) => expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]));

  await page.getByRole('button', { name: '2. Speakers and quotes' }).click();
  await expect(page.locator('[data-quote]', { hasText: 'The town has not yet bought a second boat.' })).toHaveCount(1);
  await expect(page.locator('[data-quote]', { hasText: made })).toHaveCount(0);
  await expect(page.locator('[data-speaker]', { hasText: 'The crew union' })).toHaveCount(1);
  expect(watch.foreign).toEqual([]);
});

/**
 * The whole way to a first pack, counting the teacher's actions: a click, a tick, a choice
 * from a list and a field filled (typed or pasted) count one each. The README quotes the count.
 */
test('from an article to a one-question pack played from the studio and, on another machine, to the final: a choice, a claim and a who-said-it round, a problem fixed on the way', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(120_000);
  let actions = 0;
  const click = async (l: ReturnType<Page['locator']>) => (actions++, l.click());
  const fill = async (l: ReturnType<Page['locator']>, v: string) => (actions++, l.fill(v));
  const choose = async (l: ReturnType<Page['locator']>, v: string | { label: string }) => (actions++, l.selectOption(v));
  const tick = async (l: ReturnType<Page['locator']>) => (actions++, l.check());
  await page.goto('/studio.html');
  await fill(page.getByLabel('Pack title'), 'The Millbrook pool');
  await fill(page.getByLabel('One line on what the pack is about'), 'A made-up town argues about its pool.');
  await tick(page.getByLabel('This article is made up'));
  await fill(page.getByLabel('Headline'), 'Will the Millbrook pool open this summer?');
  await fill(page.getByLabel('Outlet (who published it)'), 'The Millbrook Echo');
  await fill(page.getByLabel('Author'), 'Jo Reyes');
  await fill(page.getByLabel('Date, as published'), 'June 2031');
  await fill(page.getByLabel('The article’s text'), ARTICLE);
  await click(page.getByRole('button', { name: '2. Speakers and quotes' }));
  await click(page.getByRole('button', { name: 'Find quotes in the article' }));
  await choose(page.getByLabel('Kind: Millbrook Echo'), 'outlet');
  for (let i = 0; i < 4; i++) await click(page.locator('[data-accept="0"]'));
  await fill(page.getByLabel('Name, as the article prints it'), 'Dee Park');
  await fill(page.getByLabel('Role, as the article gives it'), 'Swimming coach');
  await click(page.locator('[data-action="add-speaker"]'));
  await choose(page.locator('#proposal-0'), { label: 'Dee Park' });
  await click(page.locator('[data-accept="0"]'));
  await expect(page.locator('[data-quote]')).toHaveCount(5);

  await click(page.getByRole('button', { name: '3. Questions' }));
  await fill(page.locator('#new-level'), 'The pool');
  await click(page.locator('[data-action="add-level"]'));
  await fill(page.locator('#levels-0-question'), 'Will the pool open this summer?');
  await fill(page.locator('#levels-0-context'), 'The mayor made a promise; an engineer looked at the building.');
  // A choice round.
  await click(page.locator('[data-add-round="0-choice"]'));
  const r0 = (rest: string) => page.locator(`#levels-0-rounds-0-${rest}`);
  await fill(r0('prompt'), 'What did the engineer find?');
  const choice = [
    ['The beams are sound but tired', 'supported', 'sound but tired', 'His words: sound but tired.'],
    ['The roof must be pulled down', 'contradicted', 'sound but tired', 'He found the beams sound, if tired.'],
    ['The pumps are brand new', 'contradicted', 'will not last another winter', 'He warned they will not last another winter.'],
    ['The repairs will cost nothing', 'contradicted', 'about twice the budget', 'The Echo reports they will cost about twice the budget.'],
  ] as const;
  for (const [i, [text, verdict, evidence, why]] of choice.entries()) {
    await fill(r0(`options-${i}-text`), text);
    await choose(r0(`options-${i}-verdict`), verdict);
    if (evidence) await tick(page.locator(`[data-round="0-0"] [data-option="${i}"]`).getByLabel(new RegExp(evidence)));
    // The last explanation is left for later: the checks must name it.
    if (i < 3) await fill(r0(`options-${i}-explanation`), why);
  }
  // A claim round: is the pool to reopen before the holidays?
  await click(page.locator('[data-add-round="0-claim"]'));
  const r1 = (rest: string) => page.locator(`#levels-0-rounds-1-${rest}`);
  await fill(r1('claim'), 'The mayor promised the pool would reopen before the summer holidays');
  for (const [i, verdict, why] of [
    [0, 'supported', 'She promised it would reopen before the summer holidays.'],
    [1, 'contradicted', 'She promised the opposite of a delay.'],
    [2, 'unsupported', 'The article does report her promise.'],
  ] as const) {
    await choose(r1(`options-${i}-verdict`), verdict);
    await fill(r1(`options-${i}-explanation`), why);
  }
  for (const option of ['0', '1']) await tick(page.locator(`[data-round="0-1"] [data-option="${option}"]`).getByLabel(/before the summer holidays/));
  // A who-said-it round.
  await click(page.locator('[data-add-round="0-who"]'));
  await choose(page.locator('#levels-0-rounds-2-quote'), { label: '“will not last another winter”' });
  for (const name of ['Omar Haddad', 'Ines Calder', 'Dee Park']) await tick(page.locator('[data-round="0-2"]').getByLabel(name, { exact: true }));
  await fill(page.locator('#levels-0-rounds-2-explanation'), 'The engineer warned that the pumps will not last another winter.');

  // The checks name the problem left, in plain words, under its field and in the list; the teacher fixes it there.
  await page.screenshot({ path: 'tests/artifacts/studio/questions-en.png', fullPage: true });
  await click(page.getByRole('button', { name: '4. Checks' }));
  await expect(page.locator('.problems li').first()).toHaveText('This is empty: write it. (the-pool.json, rounds[0].options[3].explanation)');
  await click(page.getByRole('button', { name: '3. Questions' }));
  await expect(r0('options-3-explanation')).toHaveAttribute('aria-invalid', 'true');
  await fill(r0('options-3-explanation'), 'The Echo reports they will cost about twice the budget.');
  await click(page.getByRole('button', { name: '4. Checks' }));
  await expect(page.locator('.problems li')).toHaveText([]);
  await expect(page.locator('[data-problem-count]')).toHaveAttribute('data-problem-count', '0');
  await click(page.getByRole('button', { name: '3. Questions' }));

  await click(page.getByRole('button', { name: '5. Save and share' }));
  const download = page.waitForEvent('download');
  await click(page.locator('[data-action="export"]'));
  const bundle = readFileSync(await (await download).path(), 'utf8');
  const read = readBundle(bundle);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  expect(loadPack(read.files).ok).toBe(true);
  info.annotations.push({ type: 'actions to a first valid pack', description: String(actions) });
  console.log(`actions to a first valid one-question pack: ${actions}`);

  // Played at once from the studio: the game opens on that question, which plays to its summary.
  await click(page.getByRole('button', { name: '3. Questions' }));
  const opened = page.context().waitForEvent('page');
  await page.locator('[data-play-level="0"]').click();
  const game = await opened;
  await expect(game.locator('#a11y [data-screen="levelIntro"]')).toBeAttached();
  await expect(game.locator('#a11y h1')).toContainText('The pool');
  await playFirstAnswers(game, 'levelSummary');
  await game.close();

  // On the classroom's machine (a browser of its own): L, the file, and the class plays it to the final.
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const classroom = await room.newPage();
  await classroom.goto('/?renderer=canvas');
  await classroom.waitForSelector('html[data-ready="true"]');
  await classroom.keyboard.press('l');
  await classroom.setInputFiles('#pack-file', { name: 'my-pack.pack.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await expect(classroom.locator('.pack-dialog[data-kind="done"]')).toBeVisible();
  await classroom.keyboard.press('Escape');
  await expect(classroom.locator('#a11y [data-pack="my-pack"]')).toHaveAttribute('aria-pressed', 'true');
  await playFirstAnswers(classroom, 'final');
  expect(await screenKind(classroom)).toBe('final');
  await room.close();
});
