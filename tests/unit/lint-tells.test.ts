/**
 * Answer tells: each warning fires on a small pack that has the tell and stays quiet on one
 * that does not; both the validator and the in-game loader show them; the shipped packs have none.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintTells, farLonger, TELLS } from '../../src/core/pack/lintTells';
import { openPackFile } from '../../src/core/pack/openPack';
import { reportPack } from '../../src/core/pack/report';
import type { Level } from '../../src/core/pack/schema';
import { loadPack } from '../../src/core/pack/validate';
import { packFolders, readFolder } from '../../scripts/packFiles';
import { main as validate } from '../../scripts/validate';
import { ROOT } from './helpers';

type Verdict = 'supported' | 'partial' | 'unsupported' | 'contradicted';

const choice = (id: string, options: [string, Verdict][], type: 'choice' | 'multi' = 'choice') => ({
  id,
  type,
  prompt: 'Which is it?',
  options: options.map(([text, verdict], i) => ({
    id: `o${i}`,
    text,
    verdict,
    evidence: verdict === 'supported' || verdict === 'contradicted' ? ['q'] : [],
    explanation: 'Because.',
  })),
});

const claim = (id: string, right: 'says' | 'contradicts' | 'not-said') => ({
  id,
  type: 'claim',
  prompt: 'What does the article say?',
  claim: 'A claim.',
  options: (['says', 'contradicts', 'not-said'] as const).map((a) => ({
    id: a,
    verdict: a === right ? 'supported' : 'unsupported',
    evidence: a === right && a !== 'not-said' ? ['q'] : [],
    explanation: 'Because.',
  })),
});

// Built as the loader would hand them over (already parsed); lint does not look at round counts.
const level = (...rounds: object[]): Level => ({ id: 'lvl', title: 'A level', question: 'What?', context: 'Some context.', rounds }) as unknown as Level;
const messages = (lv: Level) => lintTells([lv]).map((w) => `${w.file} ${w.path}: ${w.message}`);

// Options of equal length, so only the tell under test can fire.
const even = (best: number): [string, Verdict][] => ['Answer one', 'Answer two', 'Answer six'].map((t, i) => [t, i === best ? 'supported' : 'contradicted']);

describe('best answer the longest', () => {
  const longestBest: [string, Verdict][] = [
    ['The longest answer here', 'supported'],
    ['A shorter one', 'contradicted'],
    ['Also shorter', 'unsupported'],
  ];
  const shortBest: [string, Verdict][] = [
    ['Short one', 'supported'],
    ['A longer answer here', 'contradicted'],
    ['Also short', 'unsupported'],
  ];

  it('warns when the best is the longest in more than half of 3 or more choice rounds', () => {
    const w = lintTells([level(choice('a', longestBest), choice('b', longestBest), choice('c', shortBest))]);
    expect(w).toEqual([
      expect.objectContaining({
        file: 'pack.json',
        path: 'levels',
        severity: 'warning',
        message: expect.stringContaining('the best answer is the longest option in 2 of the 3 single-choice rounds (lvl.json rounds[0], lvl.json rounds[1])'),
      }),
    ]);
    expect(w[0]!.message).toContain('Shorten best answers or lengthen others');
  });

  it('does not warn at half or less, or with fewer than 3 choice rounds', () => {
    expect(messages(level(choice('a', longestBest), choice('b', shortBest), choice('c', shortBest), choice('d', longestBest)))).toEqual([]);
    expect(messages(level(choice('a', longestBest), choice('b', longestBest)))).toEqual([]);
  });

  it('counts a tie for longest as longest', () => {
    const tied: [string, Verdict][] = [
      ['Same length A', 'supported'],
      ['Same length B', 'contradicted'],
      ['Short', 'unsupported'],
    ];
    expect(messages(level(choice('a', tied), choice('b', tied), choice('c', tied)))).toHaveLength(1);
  });
});

describe('the same claim answer always right', () => {
  it('warns when one answer is right in every one of 3 or more claim rounds', () => {
    const w = lintTells([level(claim('a', 'not-said'), claim('b', 'not-said'), claim('c', 'not-said'))]);
    expect(w).toEqual([
      expect.objectContaining({ file: 'pack.json', path: 'levels', message: expect.stringContaining('"not-said" is the right answer in all 3 claim rounds') }),
    ]);
  });

  it('does not warn when the right answer varies, or with fewer than 3 claim rounds', () => {
    expect(messages(level(claim('a', 'not-said'), claim('b', 'says'), claim('c', 'not-said')))).toEqual([]);
    expect(messages(level(claim('a', 'says'), claim('b', 'says')))).toEqual([]);
  });

  it(`with ${TELLS.neverRightMinRounds} or more claim rounds, warns about an answer that is never right`, () => {
    const rounds = ['contradicts', 'not-said', 'contradicts', 'not-said', 'contradicts', 'not-said'] as const;
    const w = lintTells([level(...rounds.map((r, i) => claim(`c${i}`, r)))]);
    expect(w).toEqual([expect.objectContaining({ message: expect.stringContaining('"says" is never the right answer in the 6 claim rounds') })]);
    const each = ['says', 'not-said', 'contradicts', 'not-said', 'contradicts', 'not-said'] as const;
    expect(messages(level(...each.map((r, i) => claim(`c${i}`, r))))).toEqual([]);
  });
});

describe('quote marks only in best answers', () => {
  it('warns when 2 or more options have quote marks and (more than two-thirds of) them are best answers', () => {
    const w = lintTells([
      level(
        choice('a', [
          ['He said “yes” here', 'supported'],
          ['Answer two', 'contradicted'],
          ['Answer six', 'unsupported'],
        ]),
        choice(
          'b',
          [
            ['Answer one', 'contradicted'],
            ['She said "no" here', 'supported'],
            ['Answer six', 'unsupported'],
          ],
          'multi',
        ),
      ),
    ]);
    expect(w).toEqual([
      expect.objectContaining({
        file: 'pack.json',
        path: 'levels',
        message: expect.stringContaining('2 of the 2 options with quote marks are best answers (lvl.json rounds[0].options[0], lvl.json rounds[1].options[1])'),
      }),
    ]);
  });

  it('does not warn when quoting options are wrong as often as right, or only one has quote marks', () => {
    expect(
      messages(
        level(
          choice('a', [
            ['He said “yes” here', 'supported'],
            ['Answer two', 'contradicted'],
            ['Answer six', 'unsupported'],
          ]),
          choice('b', [
            ['Answer one', 'supported'],
            ['She said "no" here', 'contradicted'],
            ['Answer six', 'unsupported'],
          ]),
        ),
      ),
    ).toEqual([]);
    expect(
      messages(
        level(
          choice('a', [
            ['He said “yes” here', 'supported'],
            ['Answer two', 'contradicted'],
            ['Answer six', 'unsupported'],
          ]),
          choice('b', even(0)),
        ),
      ),
    ).toEqual([]);
    // An apostrophe is not a quote mark.
    expect(
      messages(
        level(
          choice('a', [
            ["It's one", 'supported'],
            ['Answer two', 'contradicted'],
            ['Answer six', 'unsupported'],
          ]),
          choice('b', [
            ["Isn't it", 'supported'],
            ['Answer two', 'contradicted'],
            ['Answer six', 'unsupported'],
          ]),
        ),
      ),
    ).toEqual([]);
  });
});

describe('one option far longer than the rest', () => {
  it(`warns at ${TELLS.farLongerRatio}× the next longest and ${TELLS.farLongerChars}+ characters longer, naming the option`, () => {
    const long = 'A much longer option that explains at length';
    const w = lintTells([
      level(
        choice('a', [
          ['Answer one', 'contradicted'],
          [long, 'contradicted'],
          ['Answer six', 'supported'],
        ]),
      ),
    ]);
    expect(w).toEqual([
      expect.objectContaining({
        file: 'lvl.json',
        path: 'rounds[0].options[1].text',
        message: `this option is ${long.length} characters, ${(long.length / 10).toFixed(1)}× the next longest (10): the odd one out gives itself away. Bring the options to similar lengths`,
      }),
    ]);
    // In a pick-all round too.
    expect(
      messages(
        level(
          choice(
            'a',
            [
              ['Answer one', 'supported'],
              [long, 'supported'],
              ['Answer six', 'contradicted'],
            ],
            'multi',
          ),
        ),
      ),
    ).toHaveLength(1);
  });

  it('does not warn below either threshold', () => {
    expect(farLonger([40, 26, 10])).toBeNull(); // 1.54×
    expect(farLonger([20, 10, 10])).toBeNull(); // 2× but only 10 characters longer
    expect(farLonger([50, 25, 25])).toEqual({ index: 0, length: 50, next: 25 });
    expect(farLonger([20, 44, 10, 20])).toBeNull(); // 2.2× but 24 characters longer
    expect(farLonger([20, 45, 10, 20])).toEqual({ index: 1, length: 45, next: 20 }); // both limits are inclusive
    expect(farLonger([30])).toBeNull();
  });
});

describe('where the warnings show', () => {
  const FERRY = join(ROOT, 'levels/kestrel-bay-ferry');
  // The practice pack with one option made far longer than the rest of its round.
  const files = { ...readFolder(FERRY) };
  const promise = JSON.parse(files['the-promise.json']!);
  promise.rounds[0].options[1].text = 'Some time this winter, once the new lights and radar are fitted and signed off';
  files['the-promise.json'] = JSON.stringify(promise, null, 2);

  it('the validator report lists them as warnings (the pack still loads)', () => {
    const report = reportPack(files);
    expect(report.errors).toBe(0);
    expect(report.pack).not.toBeNull();
    expect(report.lines).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'the-promise.json',
        path: 'rounds[0].options[1].text',
        line: expect.any(Number),
        message: expect.stringContaining('the odd one out'),
      }),
    );
  });

  it('the in-game loader lists them for a bundle it opens', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ format: 'on-the-record-pack', version: 1, files }));
    const r = await openPackFile('ferry.pack.json', bytes);
    expect(r.pack).not.toBeNull();
    expect(r.lines).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'the-promise.json', path: 'rounds[0].options[1].text' }));
  });
});

describe('the shipped packs', () => {
  it('have none of these tells', () => {
    const found: string[] = [];
    for (const dir of packFolders(ROOT)) {
      const r = loadPack(readFolder(dir));
      expect(r.ok, dir).toBe(true);
      if (r.ok) for (const w of lintTells(r.pack.levels)) found.push(`${dir.split('/').pop()}/${w.file} ${w.path}: ${w.message}`);
    }
    expect(found).toEqual([]);
  });

  it('and the command-line validator prints no warning for them either', async () => {
    const lines: string[] = [];
    expect(await validate([], ROOT, (l) => lines.push(l))).toBe(0);
    expect(lines.filter((l) => l.includes('  warning  '))).toEqual([]);
  });
});
