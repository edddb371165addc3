import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { proposeQuotes, snapToWords } from '../../src/core/studio/proposeQuotes';

const fold = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
const bodyOf = (folder: string) => {
  const src = readFileSync(`levels/${folder}/source.md`, 'utf8');
  return src.slice(src.indexOf('\n---\n') + 5);
};
const initials = (name: string) =>
  name
    .split(' ')
    .map((w) => w[0])
    .join('')
    .toUpperCase();

describe('proposed quotes, held to the shipped packs (every attribution there was checked by a reviewer)', () => {
  for (const folder of ['kestrel-bay-ferry', 'cecot-2025']) {
    test(`${folder}: no quote is given to the wrong person, and most are given to the right one`, () => {
      const body = bodyOf(folder);
      const pack = JSON.parse(readFileSync(`levels/${folder}/pack.json`, 'utf8')) as {
        speakers: { id: string; name: string }[];
        quotes: { speaker: string; text: string }[];
      };
      const { quotes } = proposeQuotes(body);
      for (const q of quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
      let right = 0;
      for (const q of pack.quotes) {
        const speaker = pack.speakers.find((s) => s.id === q.speaker)!.name;
        const proposal = quotes.find((p) => fold(p.text).includes(fold(q.text)));
        if (!proposal?.speaker) continue;
        // "VOA said": the pack spells the outlet out.
        expect([speaker, initials(speaker)], q.text).toContain(proposal.speaker);
        right += 1;
      }
      expect(right / pack.quotes.length).toBeGreaterThan(folder === 'cecot-2025' ? 0.5 : 0.85);
    });
  }

  test('the roster: names with the role printed before them, titles dropped, outlets by their printed name', () => {
    const { speakers } = proposeQuotes(bodyOf('kestrel-bay-ferry'));
    expect(speakers).toEqual([
      { name: 'Dana Ruiz', role: 'Mayor' },
      { name: 'Tom Achebe', role: 'Harbour master' },
      { name: 'Priya Nand', role: 'Naval architect' },
      { name: 'Lars Berg', role: 'Transport economist' },
    ]);
  });

  test('"he told reporters" after a person who was never given words before is that person, not the last one who was', () => {
    const body = [
      'Mayor Dana Okafor said the bridge was “safe for now.”',
      'Council member Luis Ferreira disagreed. “Every month we wait, the repair bill grows,” he told reporters.',
      'Boats still reach Gull Island. “We will manage,” she said.',
    ].join('\n\n');
    const { quotes, speakers } = proposeQuotes(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['Dana Okafor', 'Luis Ferreira', null]);
    expect(speakers.map((s) => s.name)).toEqual(['Dana Okafor', 'Luis Ferreira']);
  });

  test('a fiction of its own: "according to", a pronoun after a name, a quote nobody is given, a cue that stops at "although"', () => {
    const body = [
      'Librarian Ada Moss said the roof “will hold until spring.” She added that the boiler “is older than I am.”',
      'The plan is “a start,” according to councillor Ben Ortiz.',
      'The hall has been “closed since May.”',
      '“We are ready,” said Ortiz, although the fund is “nearly empty.”',
    ].join('\n\n');
    const got = proposeQuotes(body).quotes.map((q) => [q.text, q.speaker, q.cue]);
    expect(got).toEqual([
      ['will hold until spring', 'Ada Moss', 'said'],
      ['is older than I am', 'Ada Moss', 'added'],
      ['a start', 'Ben Ortiz', 'according to'],
      ['closed since May', null, ''],
      ['We are ready', 'Ben Ortiz', 'said'],
      ['nearly empty', null, ''],
    ]);
  });
});

describe('a selection snaps to whole words', () => {
  const body = 'The harbour master said the ferry “has never sailed after dark” and needs radar.';
  test('a selection from mid-word to mid-word takes both words whole, without the marks or spaces around', () => {
    const at = body.indexOf('ever');
    const { start, end } = snapToWords(body, at, body.indexOf('dark') + 2);
    expect(body.slice(start, end)).toBe('never sailed after dark');
  });
  test('any selection: edges fall between words, the selected words are kept, and snapping again changes nothing', () => {
    const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);
    fc.assert(
      fc.property(fc.nat(body.length), fc.nat(body.length), (a, b) => {
        const { start, end } = snapToWords(body, a, b);
        if (start === end) return;
        expect(isWord(body[start - 1]) && isWord(body[start])).toBe(false);
        expect(isWord(body[end - 1]) && isWord(body[end])).toBe(false);
        expect(isWord(body[start]) && isWord(body[end - 1])).toBe(true);
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        for (let i = lo; i < hi; i++) if (isWord(body[i])) expect(i >= start && i < end).toBe(true);
        expect(snapToWords(body, start, end)).toEqual({ start, end });
      }),
    );
  });
});

describe('a Spanish article', () => {
  const body = [
    'La alcaldesa Marta Núñez prometió que el puente estaría listo «antes del invierno». Pero advirtió que el presupuesto «no llega para todo».',
    'Las obras costarán «el doble de lo previsto», según el diario Valle Hoy.',
    'El historiador Íñigo Peña cree que el puente es «el corazón del pueblo».',
  ].join('\n\n');
  const { quotes, speakers } = proposeQuotes(body);
  test('quotes in «» are proposed; a verb with no subject goes to the person last named; "según" names an outlet; "cree" names nobody', () => {
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['antes del invierno', 'Marta Núñez'],
      ['no llega para todo', 'Marta Núñez'],
      ['el doble de lo previsto', 'Valle Hoy'],
      ['el corazón del pueblo', null],
    ]);
  });
  test('names with accents keep them, and the role printed before a name is its role', () => {
    expect(speakers).toContainEqual({ name: 'Marta Núñez', role: 'alcaldesa' });
  });
});
