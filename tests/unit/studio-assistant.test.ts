import { describe, expect, test } from 'vitest';
import { readFolder } from '../../scripts/packFiles';
import { assistantPrompt, addAssistantItems, readAssistantAnswer } from '../../src/core/studio/assistant';
import { checkDraft, draftFromFiles, type Draft } from '../../src/core/studio/draft';
import { bodyOf } from '../../src/core/studio/sourceFile';
import { studioCatalogs } from '../../src/i18n/studioStrings';

const ferry = draftFromFiles(readFolder('levels/kestrel-bay-ferry'));
const last = ferry.levels[ferry.levels.length - 1]!;
/** The ferry pack without its last question, as a teacher half-way through it. */
const halfWay: Draft = { ...ferry, levels: ferry.levels.slice(0, -1) };

const GOOD = 'The town has not yet bought a second boat.';
const BAD = 'The town has already bought a second boat.';
const answer = {
  speakers: [
    { id: 'nand', name: 'Dr. Nand', kind: 'expert' },
    { id: 'town-clerk', name: 'The town clerk', kind: 'official' },
  ],
  quotes: [
    { id: 'clerk-boat', speaker: 'town-clerk', text: GOOD },
    { id: 'clerk-bought', speaker: 'town-clerk', text: BAD },
  ],
  levels: [last, { ...JSON.parse(JSON.stringify(last).replaceAll('"nand-hull"', '"clerk-bought"')), id: 'the-bad-one' }],
};

describe('the copied instructions', () => {
  for (const language of ['en', 'es'] as const) {
    test(`in ${language}: the rules, the schema of both files, the article and the pack so far`, () => {
      const text = assistantPrompt(halfWay, studioCatalogs[language]);
      expect(text).toContain(studioCatalogs[language].assistantRules);
      expect(text).toContain('On the Record level pack (pack.json)');
      expect(text).toContain('On the Record level (one level file)');
      expect(text).toContain('"schemaVersion"');
      expect(text).toContain(bodyOf(halfWay.source).trim().split('\n')[0]);
      expect(text).toContain('"ruiz-snow"');
      expect(text).toContain(`"${halfWay.levels[0]!.id}.json"`);
      expect(text).not.toContain(`"${last.id}.json"`);
    });
  }
});

describe("an assistant's answer, read by the game's own checks", () => {
  const reading = readAssistantAnswer(halfWay, '```json\n' + JSON.stringify(answer) + '\n```');
  if (!reading.ok) throw new Error(reading.message);
  const state = (label: string) => reading.items.find((i) => i.label === label || (i.value as { id?: string }).id === label);

  test('a quote the article does not have is refused, saying why; a true one passes', () => {
    expect(state(BAD)?.problems.join(' ')).toMatch(/not|found|source/i);
    expect(state(GOOD)?.problems).toEqual([]);
  });
  test('what is in the pack already is known, a new speaker can be added, a question citing the refused quote is refused', () => {
    expect(state('Dr. Nand')?.known).toBe(false);
    expect(state('Dr. Nand')?.problems[0]).toMatch(/already/);
    expect(state('town-clerk')?.problems).toEqual([]);
    expect(state(last.id)?.problems).toEqual([]);
    expect(state('the-bad-one')?.problems.join(' ')).toContain('clerk-bought');
  });
  test('adding everything that passed adds exactly that, and the pack checks clean', () => {
    const all = addAssistantItems(
      halfWay,
      reading.items,
      reading.items.map((_, i) => i),
    );
    expect(all.levels.map((l) => l.id)).toEqual(ferry.levels.map((l) => l.id));
    expect(all.manifest.quotes.map((q) => q.text)).toContain(GOOD);
    expect(all.manifest.quotes.map((q) => q.text)).not.toContain(BAD);
    expect(all.manifest.speakers.filter((s) => s.id === 'nand')).toHaveLength(1);
    // The new quote is cited by nothing yet: the checks say so about its speaker, nothing else.
    expect(checkDraft(all).errors.map((e) => e.message)).toEqual(['speaker "town-clerk" is never used by any level']);
    // Read again, what was added is in the pack already.
    const again = readAssistantAnswer(all, JSON.stringify(answer));
    if (!again.ok) throw new Error(again.message);
    expect(again.items.filter((i) => i.known).map((i) => i.label)).toEqual(['The town clerk', GOOD, last.title]);
  });
  test('a quote added alone brings its speaker from the answer', () => {
    const one = addAssistantItems(halfWay, reading.items, [reading.items.findIndex((i) => i.label === GOOD)]);
    expect(one.manifest.speakers.map((s) => s.id)).toContain('town-clerk');
    expect(one.levels).toHaveLength(halfWay.levels.length);
  });
  test('a refused item is never added, even when asked for', () => {
    const bad = reading.items.findIndex((i) => i.label === BAD);
    expect(addAssistantItems(halfWay, reading.items, [bad])).toEqual(halfWay);
  });
});

describe('answers that are not answers', () => {
  test.each([
    ['prose', 'Sure! Here are some ideas for your pack.'],
    ['a list', '[1, 2, 3]'],
    ['a wrong shape', '{"speakers": "everyone"}'],
    ['too long', `{"quotes": [${'"x",'.repeat(200_000)}"x"]}`],
  ])('%s: one line saying so, nothing added', (_, text) => {
    const r = readAssistantAnswer(halfWay, text);
    expect(r.ok).toBe(false);
  });
  test('JSON with words around it is still read', () => {
    const r = readAssistantAnswer(halfWay, `Here you go:\n${JSON.stringify({ quotes: [answer.quotes[0]] })}\nHope it helps!`);
    expect(r.ok && r.items.map((i) => i.problems)).toEqual([['unknown speaker "town-clerk"']]);
  });
});
