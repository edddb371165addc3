import { describe, expect, test } from 'vitest';
import { readFolder } from '../../scripts/packFiles';
import { Round } from '../../src/core/rounds/schemas';
import { Poll } from '../../src/core/pack/schema';
import { checkDraft, draftFromFiles, type Draft } from '../../src/core/studio/draft';
import {
  addLevel,
  addRound,
  appendAt,
  blankCard,
  blankOption,
  blankPoll,
  blankPollOption,
  blankRebuttalOption,
  LIST_SIZES,
  removeAt,
  roundFrom,
  setIn,
  STUDIO_ROUNDS,
  type Path,
  type StudioRound,
} from '../../src/core/studio/rounds';

type Fill = readonly (readonly [Path, unknown])[];

const why = (s: string) => `The article says so: ${s}.`;

/** An option's four fields, filled. */
const option = (i: number, text: string | null, verdict: string, evidence: string[]): Fill => [
  ...(text === null ? [] : [[['options', i, 'text'], text] as const]),
  [['options', i, 'verdict'], verdict],
  [['options', i, 'evidence'], evidence],
  [['options', i, 'explanation'], why(`answer ${i + 1}`)],
];

/** A card showing a quote, filled. */
const card = (i: number, quote: string, bearing: string, strength = 'strong'): Fill => [
  [['cards', i, 'quote'], quote],
  [['cards', i, 'bearing'], bearing],
  [['cards', i, 'strength'], strength],
  [['cards', i, 'reason'], `Card ${i + 1}: who said it and why it counts`],
];

/** What an author writes into each template's blanks, against the ferry pack's speakers and quotes (by path inside the round). */
const FILLS: { readonly [K in StudioRound]: Fill } = {
  choice: [
    [['prompt'], 'What does the naval architect say about the hull?'],
    ...option(0, 'It is in good shape for its age', 'supported', ['nand-hull']),
    ...option(1, 'It must be replaced before winter', 'contradicted', ['nand-hull']),
    ...option(2, 'It was built last year', 'unsupported', []),
    ...option(3, 'It has never been surveyed', 'contradicted', ['nand-hull']),
  ],
  claim: [
    [['claim'], 'The mayor promised the ferry would run every night by the first snow'],
    ...option(0, null, 'supported', ['ruiz-snow']),
    ...option(1, null, 'contradicted', ['ruiz-snow']),
    ...option(2, null, 'unsupported', []),
  ],
  who: [
    [['quote'], 'nand-storms'],
    [['speakers'], ['ruiz', 'nand', 'berg']],
    [['explanation'], why('the naval architect warned about storms')],
  ],
  multi: [
    [['prompt'], 'What does the naval architect say about the boat? Pick all that apply.'],
    ...option(0, 'Its hull is in good shape for its age', 'supported', ['nand-hull']),
    ...option(1, 'It is ready for winter night crossings', 'contradicted', ['nand-storms']),
    ...option(2, 'It will sink in a storm', 'unsupported', []),
    ...option(3, 'Its engines were built for calm summer runs', 'supported', ['nand-engines']),
  ],
  stronger: [
    [['prompt'], 'Whose word carries more weight on this claim?'],
    [['claim'], 'The boat’s engines are fit for winter crossings.'],
    [['speakers'], ['achebe', 'nand']],
    [['evidence'], ['nand-engines', 'achebe-dark']],
    [['explanation'], why('the naval architect surveyed the boat')],
  ],
  verdict: [
    [['prompt'], 'Where does the promise sit? Place it, then close with your 3 best cards.'],
    [['claim'], 'A night ferry running every night by the first snow'],
    [['scalePrompt'], 'Ready or wishful? Place the promise on the scale.'],
    ...['Ready now', 'Ready with work', 'An open question', 'Wishful thinking'].flatMap((label, i): Fill => [
      [['scale', i, 'label'], label],
      [['scale', i, 'explanation'], why(`stop ${i + 1}`)],
    ]),
    [['scale', 1, 'verdict'], 'supported'],
    [
      ['scale', 1, 'evidence'],
      ['achebe-sign', 'nand-storms'],
    ],
    [['scale', 0, 'verdict'], 'contradicted'],
    [['scale', 0, 'evidence'], ['achebe-dark']],
    ...card(0, 'achebe-dark', 'for'),
    ...card(1, 'nand-storms', 'for'),
    ...card(2, 'nand-engines', 'for'),
    ...card(3, 'ruiz-snow', 'against', 'weak'),
    ...card(4, 'ruiz-lifeline', 'neutral', 'weak'),
    [['counter'], 'ruiz-snow'],
  ],
  whoswho: [
    [['prompt'], 'Match each quote to its speaker, then sort the experts from the officials.'],
    [['quotes'], ['ruiz-snow', 'achebe-dark', 'nand-hull']],
    [['speakers'], ['ruiz', 'achebe', 'nand', 'berg']],
    [['explanation'], why('the architect and the economist judge from outside; the mayor and harbour master speak for the town')],
  ],
  case: [
    [['prompt'], 'Make your case: will the night ferry run this winter?'],
    [['claim'], 'The night ferry will run this winter.'],
    ...card(0, 'ruiz-snow', 'for', 'weak'),
    ...card(1, 'achebe-dark', 'against'),
    ...card(2, 'nand-storms', 'against'),
    ...card(3, 'berg-forty', 'neutral', 'moderate'),
    // A trap: the article's own narration, nobody's words.
    [
      ['cards', 4],
      {
        id: 'card-5',
        narration: 'The town has not yet bought a second boat.',
        relevance: 'related',
        bearing: 'against',
        strength: 'weak',
        reason: 'Narration',
      },
    ],
    [
      ['experts', 'evidence'],
      ['achebe-sign', 'nand-storms'],
    ],
    [['experts', 'explanation'], why('the harbour master will not sign it off yet')],
  ],
  rebuttal: [
    [['prompt'], 'Max Certain says the ferry is ready. Which quote answers that best?'],
    [['opponent', 'name'], 'Max Certain'],
    [['opponent', 'line'], 'The boat is ready: it can run every night from tomorrow.'],
    [['options', 0, 'quote'], 'ruiz-lifeline'],
    [['options', 0, 'explanation'], why('a lifeline is a need, not a readiness')],
    [['options', 1, 'quote'], 'achebe-dark'],
    [['options', 1, 'verdict'], 'supported'],
    [['options', 1, 'explanation'], why('it has never sailed after dark')],
    [['options', 2, 'quote'], 'berg-forty'],
    [['options', 2, 'verdict'], 'partial'],
    [['options', 2, 'explanation'], why('money is a separate question')],
  ],
};

const fill = <T>(round: T, f: Fill): T => f.reduce((r, [path, value]) => setIn(r, path, value), round);

/** What a blank may fail on: an empty text, or a choice not made yet (an empty id, a list with nothing ticked). */
function onlyBlanks(issues: readonly { code: string; path: PropertyKey[]; origin?: string; format?: string; minimum?: unknown }[]): string[] {
  return issues
    .filter((i) => !((i.code === 'too_small' && (i.origin === 'string' || i.origin === 'array')) || (i.code === 'invalid_format' && i.format === 'regex')))
    .map((i) => `${i.code} at ${i.path.join('.')}`);
}

describe('every round kind has a studio template', () => {
  test('the studio writes every kind the game has', () => {
    expect([...STUDIO_ROUNDS].sort()).toEqual(Round.options.map((o) => o.shape.type.value).sort());
  });

  for (const kind of STUDIO_ROUNDS) {
    test(`${kind}: the blank template fails only on its blanks; filled, the game's schema reads it as a ${kind} round`, () => {
      const template = roundFrom(kind, [], '');
      expect(template.type).toBe(kind);
      const blank = Round.safeParse(template);
      // A template that is already valid would have no blanks for the checks to name.
      expect(blank.success).toBe(false);
      expect(onlyBlanks(blank.error!.issues as never)).toEqual([]);
      const filled = Round.safeParse(fill(template, FILLS[kind]));
      expect(filled.error?.issues ?? []).toEqual([]);
      expect(filled.data!.type).toBe(kind);
    });
  }

  test('no answer gives itself away by its place: every option, stop and card of a template starts alike', () => {
    for (const kind of STUDIO_ROUNDS) {
      const r = roundFrom(kind, [], '') as unknown as Record<
        string,
        { verdict?: string; bearing?: string; strength?: string; relevance?: string }[] | undefined
      >;
      for (const list of [r.options, r.scale, r.cards]) {
        if (!list) continue;
        const looks = list.map((o) => JSON.stringify([o.verdict, o.bearing, o.strength, o.relevance]));
        expect(new Set(looks).size, `${kind}: ${looks.join(' ')}`).toBe(1);
      }
    }
  });
});

/** The ferry pack in the studio, with three questions more: every kind, one round each, filled in. */
function ferryWithEveryKind(filled: (kind: StudioRound) => boolean): Draft {
  let d = draftFromFiles(readFolder('levels/kestrel-bay-ferry'));
  const groups: StudioRound[][] = [
    ['choice', 'claim', 'who'],
    ['multi', 'stronger', 'verdict'],
    ['whoswho', 'case', 'rebuttal'],
  ];
  for (const group of groups) {
    const { draft, index } = addLevel(d, `Every kind ${group.join(' ')}`);
    d = setIn(draft, ['levels', index, 'question'], 'Will the night ferry run this winter?');
    d = setIn(d, ['levels', index, 'context'], 'The town has one boat and a promise from its mayor.');
    for (const [r, kind] of group.entries()) {
      d = addRound(d, index, kind);
      if (filled(kind)) d = setIn(d, ['levels', index, 'rounds', r], fill(d.levels[index]!.rounds[r]!, FILLS[kind]));
    }
  }
  return d;
}

describe('the templates filled in the studio pass the game’s own checks', () => {
  test('the ferry pack with a question of each three kinds, every blank filled by its path: no problem anywhere', () => {
    const d = ferryWithEveryKind(() => true);
    expect(d.levels).toHaveLength(5);
    expect(checkDraft(d).errors).toEqual([]);
  });

  for (const kind of STUDIO_ROUNDS) {
    test(`${kind} left as its template: the checks name its question, and only there`, () => {
      const { errors } = checkDraft(ferryWithEveryKind((k) => k !== kind));
      // The questions added after the pack's own two.
      const level = ferryWithEveryKind(() => true)
        .levels.slice(2)
        .find((l) => l.rounds.some((r) => r.type === kind))!;
      const at = level.rounds.findIndex((r) => r.type === kind);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect([e.file, e.path.startsWith(`rounds[${at}]`)]).toEqual([`${level.id}.json`, true]);
    });
  }
});

describe('lists an author grows', () => {
  test('appendAt adds a blank at the end, and starts a list that is not there; removeAt takes an item out of a list or a field out of its object', () => {
    const d = { manifest: { title: 'x' }, list: [1, 2] };
    const frozen = JSON.stringify(d);
    expect(appendAt(d, ['list'], 3).list).toEqual([1, 2, 3]);
    expect(appendAt(d, ['manifest', 'tags'], 'a')).toEqual({ manifest: { title: 'x', tags: ['a'] }, list: [1, 2] });
    expect(removeAt(d, ['list', 0]).list).toEqual([2]);
    expect(removeAt(d, ['manifest', 'title'])).toEqual({ manifest: {}, list: [1, 2] });
    expect(JSON.stringify(d)).toBe(frozen);
  });

  test('a new item takes an id the list does not have yet', () => {
    expect(blankOption(['a', 'b', 'd']).id).toBe('c');
    expect(blankRebuttalOption(['a']).id).toBe('b');
    expect(blankPollOption(['a', 'b']).id).toBe('c');
    expect(blankCard(['card', 'card-2']).id).toBe('card-3');
  });

  test('each list may grow to the most and shrink to the least the game allows, and no further', () => {
    const grow = <T>(round: T, path: Path, make: (taken: string[]) => unknown, to: number): T => {
      let r = round;
      const ids = () => ((r as Record<string, unknown>)[path[0] as string] as { id: string }[]).map((o) => o.id);
      while (ids().length < to) r = appendAt(r, path, make(ids()));
      while (ids().length > to) r = removeAt(r, [...path, ids().length - 1]);
      return r;
    };
    const lists = [
      ['choice', ['options'], blankOption, LIST_SIZES.choice],
      ['multi', ['options'], blankOption, LIST_SIZES.multi],
      ['rebuttal', ['options'], blankRebuttalOption, LIST_SIZES.rebuttal],
      ['case', ['cards'], blankCard, LIST_SIZES.caseCards],
      ['verdict', ['cards'], blankCard, LIST_SIZES.verdictCards],
    ] as const;
    for (const [kind, path, make, { min, max }] of lists) {
      // A blank list of a size the schema takes fails only on its blanks; one beyond either end fails on its size.
      const sized = (n: number) => Round.safeParse(grow(roundFrom(kind, []), path, make, n)).error!.issues;
      const tooMany = (n: number) => sized(n).some((i) => i.path.join('.') === path.join('.') && (i.code === 'too_big' || i.code === 'too_small'));
      expect([tooMany(min - 1), tooMany(min), tooMany(max), tooMany(max + 1)], kind).toEqual([true, false, false, true]);
    }
    const poll = (n: number) =>
      Poll.safeParse({ question: 'Q?', options: grow(blankPoll(), ['options'], blankPollOption, n).options.map((o) => ({ ...o, text: 'A' })) });
    const { min, max } = LIST_SIZES.poll;
    expect([poll(min - 1).success, poll(min).success, poll(max).success, poll(max + 1).success]).toEqual([false, true, true, false]);
  });

  test('a poll added to the ferry pack names its blanks in pack.json; filled, it passes; removed, the pack is as it was', () => {
    const ferry = draftFromFiles(readFolder('levels/kestrel-bay-ferry'));
    let d = setIn(ferry, ['manifest', 'poll'], blankPoll());
    expect(checkDraft(d).errors.map((e) => `${e.file} ${e.path}`)).toEqual([
      'pack.json poll.question',
      'pack.json poll.options[0].text',
      'pack.json poll.options[1].text',
    ]);
    d = setIn(d, ['manifest', 'poll', 'question'], 'Will the ferry run this winter?');
    d = appendAt(d, ['manifest', 'poll', 'options'], blankPollOption(['a', 'b']));
    for (const [i, text] of ['Yes', 'No', 'Not sure yet'].entries()) d = setIn(d, ['manifest', 'poll', 'options', i, 'text'], text);
    expect(checkDraft(d).errors).toEqual([]);
    expect(d.manifest.poll!.options.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(removeAt(d, ['manifest', 'poll'])).toEqual(ferry);
  });
});
