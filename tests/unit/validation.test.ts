/**
 * Pack validation: the mini pack loads, and each broken pack (a small mutation of the mini
 * pack, one per table row) is rejected with the expected file, JSON path and message.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/core/pack/validate';
import { normaliseForMatch } from '../../src/core/pack/normalise';
import { locateInSource, matchInSource } from '../../src/core/pack/sourceText';
import { join } from 'node:path';
import { MINI_PACK_DIR, ROOT, loadValidPack, readPackFiles } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pack JSON drafts that each test edits freely
type Json = any;

/** The mini pack as editable JSON, plus raw-text overrides (for invalid JSON and the source). */
interface Draft {
  pack: Json;
  levels: Record<string, Json>;
  raw: Record<string, string | undefined>;
}

const MINI = readPackFiles(MINI_PACK_DIR);

function draft(): Draft {
  const levels: Record<string, Json> = {};
  for (const [name, text] of Object.entries(MINI)) {
    if (name.endsWith('.json') && name !== 'pack.json') levels[name.slice(0, -'.json'.length)] = JSON.parse(text);
  }
  return { pack: JSON.parse(MINI['pack.json']!), levels, raw: { 'source.md': MINI['source.md'] } };
}

function files(d: Draft): Record<string, string> {
  const out: Record<string, string> = { 'pack.json': JSON.stringify(d.pack, null, 2) };
  for (const [id, level] of Object.entries(d.levels)) out[`${id}.json`] = JSON.stringify(level, null, 2);
  for (const [name, text] of Object.entries(d.raw)) {
    if (text === undefined) delete out[name];
    else out[name] = text;
  }
  return out;
}

const bridge = (d: Draft): Json => d.levels['the-bridge'];
const budget = (d: Draft): Json => d.levels['the-budget'];

interface BadCase {
  name: string;
  change: (d: Draft) => void;
  file: string;
  path: string;
  message: string;
}

const BAD: BadCase[] = [
  {
    name: 'invalid JSON in pack.json',
    change: (d) => {
      d.raw['pack.json'] = '{ "schemaVersion": 1, ';
    },
    file: 'pack.json',
    path: '(root)',
    message: 'not valid JSON',
  },
  {
    name: 'invalid JSON in a level file',
    change: (d) => {
      d.raw['the-budget.json'] = '{ "id": "the-budget", }';
    },
    file: 'the-budget.json',
    path: '(root)',
    message: 'not valid JSON',
  },
  {
    name: 'missing level file',
    change: (d) => {
      delete d.levels['the-budget'];
    },
    file: 'the-budget.json',
    path: '(root)',
    message: 'missing from the pack folder',
  },
  {
    name: 'missing source file',
    change: (d) => {
      d.raw['source.md'] = undefined;
    },
    file: 'pack.json',
    path: 'source.file',
    message: 'source file "source.md" is missing',
  },
  {
    name: 'schemaVersion from the future',
    change: (d) => {
      d.pack.schemaVersion = 3;
    },
    file: 'pack.json',
    path: 'schemaVersion',
    message: 'newer version of the game',
  },
  {
    name: 'schemaVersion that never existed',
    change: (d) => {
      d.pack.schemaVersion = 0;
    },
    file: 'pack.json',
    path: 'schemaVersion',
    message: 'not a version this game knows',
  },
  {
    name: 'schemaVersion as a string',
    change: (d) => {
      d.pack.schemaVersion = '2';
    },
    file: 'pack.json',
    path: 'schemaVersion',
    message: 'expected 2',
  },
  {
    name: 'missing required field (pack title)',
    change: (d) => {
      delete d.pack.title;
    },
    file: 'pack.json',
    path: 'title',
    message: 'expected string',
  },
  {
    name: 'missing required field (option explanation in a level)',
    change: (d) => {
      delete bridge(d).rounds[0].options[2].explanation;
    },
    file: 'the-bridge.json',
    path: 'rounds[0].options[2].explanation',
    message: 'expected string',
  },
  {
    name: 'wrong type (speakers is not an array)',
    change: (d) => {
      d.pack.speakers = 'pell';
    },
    file: 'pack.json',
    path: 'speakers',
    message: 'expected array',
  },
  {
    name: 'wrong type (verdict outside the enum)',
    change: (d) => {
      budget(d).rounds[0].options[1].verdict = 'true';
    },
    file: 'the-budget.json',
    path: 'rounds[0].options[1].verdict',
    message: '"supported"',
  },
  {
    name: 'an id that is an Object.prototype key ("constructor")',
    change: (d) => {
      d.pack.speakers[0].id = 'constructor';
    },
    file: 'pack.json',
    path: 'speakers[0].id',
    message: 'this id is reserved',
  },
  {
    name: 'duplicate speaker id',
    change: (d) => {
      d.pack.speakers.push({ id: 'okoro', name: 'Another Okoro', kind: 'expert' });
    },
    file: 'pack.json',
    path: 'speakers[1].id',
    message: 'duplicate speaker id "okoro"',
  },
  {
    name: 'duplicate quote id',
    change: (d) => {
      d.pack.quotes[3].id = 'okoro-floods';
    },
    file: 'pack.json',
    path: 'quotes[2].id',
    message: 'duplicate quote id "okoro-floods"',
  },
  {
    name: 'quote with unknown speaker',
    change: (d) => {
      d.pack.quotes[6].speaker = 'nobody';
    },
    file: 'pack.json',
    path: 'quotes[6].speaker',
    message: 'unknown speaker "nobody"',
  },
  {
    name: 'quote not verbatim in the source',
    change: (d) => {
      d.pack.quotes[0].text = 'open before the autumn fair';
    },
    file: 'pack.json',
    path: 'quotes[0].text',
    message: 'quote "pell-summer" is not verbatim in source.md',
  },
  {
    name: 'evidence id that does not resolve',
    change: (d) => {
      bridge(d).rounds[1].options[0].evidence = ['okoro-load-test', 'okoro-typo'];
    },
    file: 'the-bridge.json',
    path: 'rounds[1].options[0].evidence[1]',
    message: 'unknown quote "okoro-typo"',
  },
  {
    name: 'supported option without evidence',
    change: (d) => {
      budget(d).rounds[0].options[1].evidence = [];
    },
    file: 'the-budget.json',
    path: 'rounds[0].options[1].evidence',
    message: 'a "supported" option needs at least one evidence quote',
  },
  {
    name: 'contradicted option without evidence (evidence omitted)',
    change: (d) => {
      delete bridge(d).rounds[0].options[3].evidence;
    },
    file: 'the-bridge.json',
    path: 'rounds[0].options[3].evidence',
    message: 'a "contradicted" option needs at least one evidence quote',
  },
  {
    name: 'round with no supported option',
    change: (d) => {
      bridge(d).rounds[0].options[0].verdict = 'partial';
    },
    file: 'the-bridge.json',
    path: 'rounds[0].options',
    message: 'no option is "supported"',
  },
  {
    name: "who-round whose speakers leave out the quote's speaker",
    change: (d) => {
      bridge(d).rounds[2].speakers = ['pell', 'okoro', 'gazette'];
    },
    file: 'the-bridge.json',
    path: 'rounds[2].speakers',
    message: 'the quote\'s own speaker "voss" must be one of the choices',
  },
  {
    name: 'who-round with an unknown quote',
    change: (d) => {
      budget(d).rounds[1].quote = 'gazette-weather';
    },
    file: 'the-budget.json',
    path: 'rounds[1].quote',
    message: 'unknown quote "gazette-weather"',
  },
  {
    name: 'level id not matching its file name',
    change: (d) => {
      budget(d).id = 'the-money';
    },
    file: 'the-budget.json',
    path: 'id',
    message: 'level id "the-money" does not match its file name "the-budget"',
  },
  {
    name: 'duplicate round id',
    change: (d) => {
      bridge(d).rounds[2].id = 'opening';
    },
    file: 'the-bridge.json',
    path: 'rounds[0].id',
    message: 'duplicate round id "opening"',
  },
  {
    name: 'duplicate option id',
    change: (d) => {
      budget(d).rounds[0].options[4].id = 'narrow';
    },
    file: 'the-budget.json',
    path: 'rounds[0].options',
    message: 'duplicate option id "narrow"',
  },
  {
    name: 'claim round with a duplicated answer id',
    change: (d) => {
      bridge(d).rounds[1].options[2].id = 'says';
    },
    file: 'the-bridge.json',
    path: 'rounds[1].options',
    message: 'duplicate option id "says"',
  },
  {
    name: 'a speaker never used by any level',
    change: (d) => {
      d.pack.speakers.push({ id: 'bystander', name: 'A. Bystander', kind: 'expert' });
    },
    file: 'pack.json',
    path: 'speakers[4]',
    message: 'speaker "bystander" is never used by any level',
  },
  {
    name: 'level listed twice',
    change: (d) => {
      d.pack.levels.push('the-bridge');
    },
    file: 'pack.json',
    path: 'levels[0]',
    message: 'level "the-bridge" is listed twice',
  },
  {
    name: 'unknown field (strict objects)',
    change: (d) => {
      bridge(d).rounds[0].options[0].score = 100;
    },
    file: 'the-bridge.json',
    path: 'rounds[0].options[0]',
    message: 'score',
  },
];

describe('the mini pack', () => {
  it('loads with its levels in play order and its source text', () => {
    const pack = loadValidPack(MINI_PACK_DIR);
    expect(pack.levels.map((l) => l.id)).toEqual(['the-bridge', 'the-budget']);
    expect(pack.sourceText).toContain('FICTION');
    const types = new Set(pack.levels.flatMap((l) => l.rounds.map((r) => r.type)));
    expect([...types].sort()).toEqual(['choice', 'claim', 'multi', 'who']);
  });

  it('round-trips through the draft helper unchanged (so every failure below is the mutation)', () => {
    expect(loadPack(files(draft()))).toMatchObject({ ok: true, issues: [] });
  });

  it('migrates the frozen version-1 pack (before "fiction") and loads it as real news', () => {
    const v1 = readPackFiles(join(ROOT, 'tests/fixtures/pack-versions/v1-mini-pack'));
    expect(JSON.parse(v1['pack.json']!)).toMatchObject({ schemaVersion: 1 });
    expect(JSON.parse(v1['pack.json']!)).not.toHaveProperty('fiction');
    const r = loadPack(v1);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.manifest).toMatchObject({ schemaVersion: 2, fiction: false, id: 'mini-pack' });
  });

  it('fills in omitted evidence as an empty list', () => {
    const pack = loadValidPack(MINI_PACK_DIR);
    const round = pack.levels[0]!.rounds[0]!;
    expect(round.type === 'choice' && round.options[2]!.evidence).toEqual([]);
  });
});

describe('broken packs are rejected with file, path and message', () => {
  it.each(BAD)('$name', ({ change, file, path, message }) => {
    const d = draft();
    change(d);
    const r = loadPack(files(d));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual({ file, path, message: expect.stringContaining(message) });
  });

  it('reports a broken JSON file once, not again as a schema error', () => {
    const d = draft();
    d.raw['the-bridge.json'] = '{ nope';
    const r = loadPack(files(d));
    expect(r.issues.filter((i) => i.file === 'the-bridge.json')).toHaveLength(1);
  });

  it('never throws, even for an empty folder', () => {
    expect(loadPack({})).toEqual({
      ok: false,
      issues: [{ file: 'pack.json', path: '(root)', message: expect.stringContaining('missing') }],
    });
  });
});

describe('verbatim matching: curly vs straight quotes and whitespace aside', () => {
  it('accepts a quote that differs from the source only in quote marks and whitespace', () => {
    const d = draft();
    // The source has a curly apostrophe and the words on one line.
    expect(MINI['source.md']).toContain('People here don’t trust new bridges');
    d.pack.quotes[5].text = "  People  here\ndon't \t trust new   bridges ";
    d.raw['source.md'] = MINI['source.md']!.replace('The Gazette noted', 'The Gazette noted\n\n>  “Test’s   line”\n');
    d.pack.quotes[6].text = '"Test\'s line"';
    expect(loadPack(files(d)).issues).toEqual([]);
  });

  it('still rejects a change of a single letter or punctuation mark', () => {
    const d = draft();
    d.pack.quotes[5].text = "People here don't trust new bridge.";
    const r = loadPack(files(d));
    expect(r.issues).toContainEqual({ file: 'pack.json', path: 'quotes[5].text', message: expect.stringContaining('voss-trust') });
  });

  it('normaliseForMatch folds curly quotes, ellipses and runs of whitespace', () => {
    expect(normaliseForMatch('  “Don’t”\n\t‘x’…  ')).toBe("\"Don't\" 'x'...");
    expect(matchInSource('a “b” c', '"b"')).toBe('body');
    expect(matchInSource('a b c', 'b  d')).toBe('missing');
  });

  it('locateInSource finds the paragraph and range of a quote, blockquote markers aside', () => {
    const src = 'First para.\n\n> Second “para”\n> goes on.\n\nThird.';
    const hit = locateInSource(src, '"para" goes');
    expect(hit).not.toBeNull();
    expect(hit!.paragraph).toBe('Second "para" goes on.');
    expect(hit!.paragraph.slice(hit!.start, hit!.end)).toBe('"para" goes');
    expect(hit!.notes).toEqual([]);
    expect(locateInSource(src, 'Fourth')).toBeNull();
  });
});
