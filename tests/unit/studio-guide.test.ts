import { describe, expect, test } from 'vitest';
import { GUIDE_STEPS, exampleDraft, guideProgress } from '../../src/core/studio/guide';
import { addQuote, addSpeaker, checkDraft, OWN_REPORTING, type Draft } from '../../src/core/studio/draft';
import { bodyOf } from '../../src/core/studio/sourceFile';
import { proposeQuotes } from '../../src/core/studio/proposeQuotes';
import { matchInSource } from '../../src/core/pack/sourceText';
import { studioExamples } from '../../src/i18n/studioExample';
import { studioCatalogs } from '../../src/i18n/studioStrings';

describe("the studio's practice article", () => {
  for (const language of ['en', 'es'] as const) {
    const d = exampleDraft(studioExamples[language]);
    test(`${language}: marked fiction in the pack and in its source, nothing but the article in`, () => {
      expect(d.manifest.fiction).toBe(true);
      expect(d.source).toContain('FICTION.');
      expect(d.manifest.speakers).toEqual([]);
      expect(d.levels).toEqual([]);
    });
    test(`${language}: every passage in quotation marks is proposed with the speaker the article names, and the roster holds the three people`, () => {
      const { quotes, speakers } = proposeQuotes(bodyOf(d.source));
      expect(quotes).toHaveLength(5);
      for (const q of quotes) expect(matchInSource(d.source, q.text)).toBe('body');
      expect(quotes.map((q) => q.speaker)).toEqual(['Ruth Amadi', 'Ruth Amadi', 'Paulo Greer', 'Paulo Greer', 'Lena Ward']);
      expect(speakers.map((s) => s.name)).toEqual(['Ruth Amadi', 'Paulo Greer', 'Lena Ward']);
    });
  }
});

describe('the guide ticks each step from the draft, in any order', () => {
  const start = exampleDraft(studioExamples.en);
  const progress = (d: Draft) => guideProgress(d, checkDraft(d));
  test('at the start only the article is in', () => {
    expect(progress(start)).toEqual({ article: true, quotes: false, reporting: false, question: false, rounds: false, clean: false });
  });
  test("the article's own reporting first, then two people's quotes", () => {
    let d = addQuote(start, { speaker: OWN_REPORTING, text: 'The council has not yet voted on the money for the roof.' }).draft;
    expect(progress(d).reporting).toBe(true);
    // The outlet's own words are not a person's: they do not count as the quotes step.
    expect(progress(d).quotes).toBe(false);
    const amadi = addSpeaker(d, { name: 'Ruth Amadi', role: 'Councillor', kind: 'official' });
    d = addQuote(amadi.draft, { speaker: amadi.id, text: 'by the end of the school year' }).draft;
    d = addQuote(d, { speaker: amadi.id, text: 'the best use of a building we already own' }).draft;
    expect(progress(d).quotes).toBe(true);
    expect(progress(d).clean).toBe(false);
  });
  test('every step has its line in both languages', () => {
    for (const t of Object.values(studioCatalogs)) expect(Object.keys(t.guideSteps).sort()).toEqual([...GUIDE_STEPS].sort());
  });
});
