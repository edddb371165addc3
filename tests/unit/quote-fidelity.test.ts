/**
 * Issue 16 item 7: quotes that are verbatim but say something else. Each case is the CECOT pack
 * (levels/cecot-2025, the article the issue tried them on) with one quote rewritten, checked
 * through the same loader and report the game and the command-line validator use, with the exact
 * message it gives.
 */
import { describe, expect, it } from 'vitest';
import { reportPack } from '../../src/core/pack/report';
import { loadPack } from '../../src/core/pack/validate';
import { quoteShapeIssues, quoteWarnings, wordCount } from '../../src/core/pack/quoteBounds';
import type { PackManifest } from '../../src/core/pack/schema';
import { CECOT_DIR, MINI_PACK_DIR, readPackFiles } from './helpers';

const CECOT = readPackFiles(CECOT_DIR);
const MINI = readPackFiles(MINI_PACK_DIR);

/** The pack with one quote's fields replaced; returns the files and the quote's index. */
function withQuote(base: Record<string, string>, id: string, change: Record<string, unknown>): { files: Record<string, string>; i: number } {
  const manifest = JSON.parse(base['pack.json']!) as PackManifest;
  const i = manifest.quotes.findIndex((q) => q.id === id);
  if (i < 0) throw new Error(`no quote ${id}`);
  manifest.quotes[i] = { ...manifest.quotes[i]!, ...change } as PackManifest['quotes'][number];
  return { files: { ...base, 'pack.json': JSON.stringify(manifest, null, 2) }, i };
}

function errors(files: Record<string, string>, path: string): string[] {
  const r = loadPack(files);
  return r.ok ? [] : r.issues.filter((x) => x.path === path).map((x) => x.message);
}

function warnings(files: Record<string, string>, path: string): string[] {
  const r = reportPack(files);
  expect(r.errors, r.lines.map((l) => l.message).join('\n')).toBe(0);
  return r.lines.filter((l) => l.severity === 'warning' && l.path === path).map((l) => l.message);
}

const CUT = ': start and end a quote where the article’s words do';

describe('a quote is cut where the article’s words are', () => {
  it('"legal for the federal government…" cut out of "illegal for…" and credited to Gordon is refused, naming the word and the "il" it drops', () => {
    const { files, i } = withQuote(CECOT, 'gordon-not-end', { text: 'legal for the federal government to deport citizens' });
    expect(errors(files, `quotes[${i}].text`)).toEqual([
      `quote "gordon-not-end" starts in the middle of the word "illegal" in source.md, leaving out "il", which can turn the meaning around${CUT}`,
    ]);
  });

  it('a cut in the middle of a word at the start or the end is refused, naming the word', () => {
    const start = withQuote(CECOT, 'rubio-unprecedented-agreement', { text: 'nprecedented, extraordinary migratory agreement' });
    expect(errors(start.files, `quotes[${start.i}].text`)).toEqual([
      `quote "rubio-unprecedented-agreement" starts in the middle of the word "unprecedented" in source.md${CUT}`,
    ]);
    const end = withQuote(CECOT, 'voa-cannot-deport', { text: 'The U.S. government cannot legally dep' });
    expect(errors(end.files, `quotes[${end.i}].text`)).toEqual([`quote "voa-cannot-deport" ends in the middle of the word "deport" in source.md${CUT}`]);
  });

  it('cutting off "n\'t" is refused as the cut that turns the meaning around', () => {
    const { files, i } = withQuote(MINI, 'voss-trust', { text: 'People here don' });
    expect(errors(files, `quotes[${i}].text`)).toEqual([
      `quote "voss-trust" ends in the middle of the word "don't" in source.md, leaving out "'t", which can turn the meaning around${CUT}`,
    ]);
  });

  it('"e" is refused twice over: one word, and only part of one', () => {
    const { files, i } = withQuote(CECOT, 'trump-heartbeat', { text: 'e' });
    expect(errors(files, `quotes[${i}].text`)).toEqual([
      'quote "trump-heartbeat" is 1 word: a quote that short can be made to mean anything. Quote at least 3 words, or add "short": true to the quote if the short quote is meant',
      `quote "trump-heartbeat" starts or ends in the middle of a word in source.md${CUT}`,
    ]);
  });

  it('a hyphenated word is one word: "run VOA" is cut out of "state-run"', () => {
    const manifest = JSON.parse(CECOT['pack.json']!) as PackManifest;
    const source = CECOT['source.md']!;
    const q = { id: 'x', speaker: 'voa', text: 'run VOA said, although Bukele' };
    expect(quoteShapeIssues(source, q, 0, manifest.source.file).map((x) => x.message)).toEqual([
      `quote "x" starts in the middle of the word "state-run" in source.md${CUT}`,
    ]);
  });
});

describe('a narration card is cut where the article’s words are too', () => {
  it('"legal for…" as narration, out of "illegal for…", is refused', () => {
    const level = JSON.parse(CECOT['debate-citizens.json']!) as { rounds: { cards?: { narration?: string }[] }[] };
    const r = level.rounds.findIndex((x) => x.cards?.some((c) => c.narration?.startsWith('While it is illegal')));
    const c = level.rounds[r]!.cards!.findIndex((x) => x.narration?.startsWith('While it is illegal'));
    level.rounds[r]!.cards![c]!.narration = 'legal for the federal government to deport citizens';
    const files = { ...CECOT, 'debate-citizens.json': JSON.stringify(level) };
    const r2 = loadPack(files);
    expect(r2.ok ? [] : r2.issues.map((x) => `${x.file} ${x.path}: ${x.message}`)).toEqual([
      `debate-citizens.json rounds[${r}].cards[${c}].narration: narration starts in the middle of the word "illegal" in source.md, leaving out "il", which can turn the meaning around: start and end a passage where the article’s words do`,
    ]);
  });
});

describe('a quote is a few words long unless marked short', () => {
  it('"the" is refused; with "short": true it loads', () => {
    const { files, i } = withQuote(CECOT, 'trump-heartbeat', { text: 'the' });
    expect(errors(files, `quotes[${i}].text`)).toEqual([
      'quote "trump-heartbeat" is 1 word: a quote that short can be made to mean anything. Quote at least 3 words, or add "short": true to the quote if the short quote is meant',
    ]);
    const marked = withQuote(CECOT, 'trump-heartbeat', { text: 'heartbeat', short: true });
    expect(loadPack(marked.files).ok).toBe(true);
  });

  it('two words is a warning, which "short": true silences', () => {
    const two = withQuote(CECOT, 'trump-heartbeat', { text: 'a heartbeat' });
    expect(warnings(two.files, `quotes[${two.i}].text`)).toEqual([
      'quote "trump-heartbeat" is only 2 words: a quote that short is easily taken out of context. Quote at least 3 words, or add "short": true to the quote if the short quote is meant',
    ]);
    const marked = withQuote(CECOT, 'bukele-fee-low', { short: true });
    expect(warnings(marked.files, `quotes[${marked.i}].text`)).toEqual([]);
  });

  it('"short" must be true or false', () => {
    const { files, i } = withQuote(CECOT, 'trump-heartbeat', { short: 'yes' });
    const r = loadPack(files);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((x) => x.path)).toEqual([`quotes[${i}].short`]);
  });

  it('words are counted as a reader counts them', () => {
    expect([
      wordCount('the'),
      wordCount('that’s not'),
      wordCount("that's not"),
      wordCount('state-run VOA'),
      wordCount('U.S. citizens'),
      wordCount('— …'),
    ]).toEqual([1, 2, 2, 2, 3, 0]);
  });
});

describe('a quote that leaves out a negation beside it is flagged', () => {
  it('"legally deport U.S. citizens" leaves out the "cannot" before it', () => {
    const { files, i } = withQuote(CECOT, 'voa-cannot-deport', { text: 'legally deport U.S. citizens' });
    expect(warnings(files, `quotes[${i}].text`)).toEqual([
      'quote "voa-cannot-deport" leaves out the "cannot" just before it in source.md: include it, or check the quote does not say the opposite of what was said',
    ]);
  });

  it('"the end of the story" leaves out the "not" before it', () => {
    const { files, i } = withQuote(CECOT, 'gordon-not-end', { text: 'the end of the story' });
    expect(warnings(files, `quotes[${i}].text`)).toEqual([
      'quote "gordon-not-end" leaves out the "not" just before it in source.md: include it, or check the quote does not say the opposite of what was said',
    ]);
  });

  it('"trust new bridges" leaves out the "n\'t" of "don\'t" before it', () => {
    const { files, i } = withQuote(MINI, 'voss-trust', { text: 'trust new bridges' });
    expect(warnings(files, `quotes[${i}].text`)).toEqual([
      'quote "voss-trust" leaves out the "n\'t" just before it in source.md: include it, or check the quote does not say the opposite of what was said',
    ]);
  });

  it('a negation with a word between ("not yet approved") is flagged with both words', () => {
    const { files, i } = withQuote(MINI, 'gazette-budget', { text: 'approved the final budget' });
    expect(warnings(files, `quotes[${i}].text`)).toEqual([
      'quote "gazette-budget" leaves out the "not yet" just before it in source.md: include it, or check the quote does not say the opposite of what was said',
    ]);
    const manifest = JSON.parse(MINI['pack.json']!) as PackManifest;
    manifest.quotes = [{ id: 'q', speaker: manifest.quotes[0]!.speaker, text: 'said the bridge was safe' }];
    expect(quoteWarnings(manifest, "Header\n\n---\n\nShe hasn't ever said the bridge was safe.\n").map((w) => w.message)).toEqual([
      'quote "q" leaves out the "n\'t ever" just before it in source.md: include it, or check the quote does not say the opposite of what was said',
    ]);
    // Any other word between them and it is not a dropped negation.
    expect(quoteWarnings(manifest, 'Header\n\n---\n\nNot today: she said the bridge was safe.\n')).toEqual([]);
  });

  it('a "not" just after it is flagged too', () => {
    const { files, i } = withQuote(MINI, 'gazette-budget', { text: 'The Gazette noted that the council had' });
    expect(warnings(files, `quotes[${i}].text`)).toEqual([
      'quote "gazette-budget" leaves out the "not" just after it in source.md: include it, or check the quote does not say the opposite of what was said',
    ]);
    const manifest = JSON.parse(MINI['pack.json']!) as PackManifest;
    const source = 'Header\n\n---\n\nShe said “the bridge will open” not this year but next.\n';
    manifest.quotes = [{ id: 'q', speaker: manifest.quotes[0]!.speaker, text: 'the bridge will open' }];
    expect(quoteWarnings(manifest, source).map((w) => w.message)).toEqual([
      'quote "q" leaves out the "not" just after it in source.md: include it, or check the quote does not say the opposite of what was said',
    ]);
  });

  it('a quote found in two places is flagged only when both leave a negation out', () => {
    const manifest = JSON.parse(MINI['pack.json']!) as PackManifest;
    manifest.quotes = [{ id: 'q', speaker: manifest.quotes[0]!.speaker, text: 'the bridge will open' }];
    const twice = 'Header\n\n---\n\nShe said “not the bridge will open” first.\n\nLater: “the bridge will open in May.”\n';
    expect(quoteWarnings(manifest, twice)).toEqual([]);
  });
});

describe('a quote stays inside the article’s quotation marks', () => {
  it('running past the marks into "said Secretary of State Marco Rubio" is flagged', () => {
    const { files, i } = withQuote(CECOT, 'rubio-unprecedented-agreement', {
      text: 'unprecedented, extraordinary migratory agreement anywhere in the world," said Secretary of State Marco Rubio',
    });
    expect(warnings(files, `quotes[${i}].text`)).toEqual([
      'quote "rubio-unprecedented-agreement" runs out of the article’s quotation marks into its own narration in source.md: quote only the words inside the quotation marks',
    ]);
  });

  it('the article’s narration credited to a person is flagged', () => {
    const { files, i } = withQuote(CECOT, 'shifter-absolute-power', {
      text: "the proposal may be less about imprisonment than each respective leader's amassment of power",
    });
    expect(warnings(files, `quotes[${i}].text`)).toEqual([
      'quote "shifter-absolute-power" is outside the article’s quotation marks in source.md: that is the article’s narration, not its speaker’s words. Quote words the article puts in quotation marks, or use the passage as a narration card',
    ]);
  });

  it('a paragraph with no quotation marks (an embedded post) is the speaker’s own words: no warning', () => {
    expect(warnings(CECOT, 'quotes[0].text')).toEqual([]);
  });

  it('the outlet that published the article may be quoted from its narration', () => {
    const manifest = JSON.parse(MINI['pack.json']!) as PackManifest;
    const gazette = manifest.speakers.find((s) => s.kind === 'outlet')!;
    expect(manifest.source.outlet.toLowerCase()).toContain(gazette.name.toLowerCase());
    manifest.quotes = [
      { id: 'own', speaker: gazette.id, text: 'the old stone bridge had stood for two centuries' },
      { id: 'other', speaker: manifest.quotes[0]!.speaker, text: 'the old stone bridge had stood for two centuries' },
    ];
    expect(quoteWarnings(manifest, MINI['source.md']!).map((w) => w.path)).toEqual(['quotes[1].text']);
  });
});

describe('the shipped packs', () => {
  it('have no cut quotes, and nothing but their two-word quotes is flagged', () => {
    const manifest = JSON.parse(CECOT['pack.json']!) as PackManifest;
    const r = reportPack(CECOT);
    expect(r.errors).toBe(0);
    // Both are faithful (a "relatively low" fee; they'd "never heard" of such a case): marked "short", they are silent.
    const flagged = r.lines.filter((l) => /^quotes\[/.test(l.path)).map((l) => manifest.quotes[Number(/\d+/.exec(l.path)![0])]!);
    for (const q of flagged) {
      expect(['bukele-fee-low', 'bbc-experts-never-heard']).toContain(q.id);
      expect(wordCount(q.text)).toBe(2);
    }
  });
});
