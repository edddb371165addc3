/**
 * The source format: the header (information about the article) and editorial notes are not
 * the article, so a quote or narration found only there is refused, each with its own message;
 * a quote across a paragraph break is refused too. "Show in article" finds every shipped quote,
 * in the body, with the paragraph's editorial notes beside it.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/core/pack/validate';
import { reportPack } from '../../src/core/pack/report';
import { locateInSource, matchInSource, parseSource } from '../../src/core/pack/sourceText';
import { packFolders, readFolder } from '../../scripts/packFiles';
import { DEBATE_PACK_DIR, MINI_PACK_DIR, ROOT, readPackFiles } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pack JSON drafts that each test edits freely
type Json = any;
const MINI = readPackFiles(MINI_PACK_DIR);
const NOTE = '> [A photo of the bridge at dusk, captioned “The Lantern Bridge”]';

/** The mini pack with quote 0 replaced by `text`, and the source changed by `edit`. */
function withQuote(text: string, edit: (source: string) => string = (s) => s): Record<string, string> {
  const pack: Json = JSON.parse(MINI['pack.json']!);
  pack.quotes[0].text = text;
  return { ...MINI, 'pack.json': JSON.stringify(pack), 'source.md': edit(MINI['source.md']!) };
}
const withNote = (s: string) => s.replace('The Gazette noted', `${NOTE}\n\nThe Gazette noted`);

describe('parsing source.md', () => {
  const src = [
    '# Title words',
    '',
    'Outlet: Somewhere. Date: May 2030.',
    '---',
    'First paragraph, on',
    'two lines.',
    '',
    '> [What the page showed]',
    '> A quoted post,',
    '> in three',
    '> lines.',
    '',
    '## A subhead',
    '',
    'Last [not a note] paragraph.',
  ].join('\n');

  it('splits the header from the body at the first "---" line, and takes notes out of the body', () => {
    const s = parseSource(src);
    expect(s.hasHeader).toBe(true);
    expect(s.header).toBe('# Title words Outlet: Somewhere. Date: May 2030.');
    expect(s.paragraphs).toEqual([
      { text: 'First paragraph, on two lines.', notes: [] },
      { text: 'A quoted post, in three lines.', notes: ['What the page showed'] },
      { text: '## A subhead', notes: [] },
      { text: 'Last [not a note] paragraph.', notes: [] },
    ]);
    expect(s.notes).toEqual(['What the page showed']);
  });

  it('says where a quote is: body, across a break, a note, the header, or nowhere', () => {
    expect(matchInSource(src, 'on two lines')).toBe('body');
    expect(matchInSource(src, 'Last [not a note]')).toBe('body');
    expect(matchInSource(src, 'two lines. A quoted post')).toBe('across-paragraphs');
    expect(matchInSource(src, 'the page showed')).toBe('note');
    expect(matchInSource(src, 'Date: May 2030')).toBe('header');
    expect(matchInSource(src, 'Title words')).toBe('header');
    expect(matchInSource(src, 'A quoted post, in four')).toBe('missing');
  });

  it('a note inside a paragraph splits it, so no quote runs across the note', () => {
    const s = parseSource('---\nBefore the note.\n[a note]\nAfter it.');
    expect(s.paragraphs).toEqual([
      { text: 'Before the note.', notes: ['a note'] },
      { text: 'After it.', notes: ['a note'] },
    ]);
    expect(matchInSource('---\nBefore the note.\n[a note]\nAfter it.', 'note. After')).toBe('across-paragraphs');
  });

  it('a source without a "---" line is all body', () => {
    const s = parseSource('# Title\n\nBody text.');
    expect(s.hasHeader).toBe(false);
    expect(s.header).toBe('');
    expect(matchInSource('# Title\n\nBody text.', 'Title')).toBe('body');
  });

  it('parses a source once: the same text gives the same parse back', () => {
    const text = `${MINI['source.md']}\n`;
    expect(parseSource(text)).toBe(parseSource(text));
    expect(parseSource(text)).not.toBe(parseSource(`${text}\n`));
  });

  it("locateInSource finds the paragraph and range in the body, with that paragraph's notes, never in the header or a note", () => {
    const hit = locateInSource(src, 'quoted post, in');
    expect(hit).toEqual({ paragraph: 'A quoted post, in three lines.', start: 2, end: 17, notes: ['What the page showed'] });
    expect(locateInSource(src, 'Last')).toMatchObject({ paragraph: 'Last [not a note] paragraph.', start: 0, end: 4 });
    expect(locateInSource(src, 'Title words')).toBeNull();
    expect(locateInSource(src, 'What the page')).toBeNull();
  });
});

describe('quotes and narration are matched against the article body only', () => {
  it('the mini pack still loads with a note in its source', () => {
    expect(loadPack(withQuote(JSON.parse(MINI['pack.json']!).quotes[0].text, withNote)).issues).toEqual([]);
  });

  it('refuses a quote found only in the header, with its own message and hint', () => {
    const files = withQuote('Author: Test Writer');
    expect(loadPack(files).issues).toEqual([
      {
        file: 'pack.json',
        path: 'quotes[0].text',
        message: 'quote "pell-summer" is in the header of source.md (information about the article, above the "---" line), not the article body',
      },
    ]);
    expect(reportPack(files).lines[0]!.hint).toContain('below the "---" line');
  });

  it('refuses a quote found only in an editorial note, with its own message and hint', () => {
    const files = withQuote('A photo of the bridge at dusk', withNote);
    expect(loadPack(files).issues).toEqual([
      {
        file: 'pack.json',
        path: 'quotes[0].text',
        message: 'quote "pell-summer" is in an editorial note of source.md (a line in [square brackets]), not words anyone wrote or said',
      },
    ]);
    expect(reportPack(files).lines[0]!.hint).toContain('not the [bracketed] note');
  });

  it('refuses a quote that runs across a paragraph break, with its own message', () => {
    const r = loadPack(withQuote('this town has ever built.” Structural engineer Dr. Ravi Okoro'));
    expect(r.issues).toEqual([
      {
        file: 'pack.json',
        path: 'quotes[0].text',
        message: 'quote "pell-summer" runs across a paragraph break in source.md: a quote must come from one paragraph',
      },
    ]);
  });

  it('a quote that is in the header and also in the body is fine: the body counts', () => {
    // "Lantern Bridge" is in the title; put it in the body too.
    const files = withQuote('The Lantern Bridge opens', (s) => s.replace('The Gazette noted', 'The Lantern Bridge opens soon. The Gazette noted'));
    expect(loadPack(files).issues).toEqual([]);
  });

  it('refuses narration found only in the header or a note, each with its own message', () => {
    const debate = readPackFiles(DEBATE_PACK_DIR);
    const plan: Json = JSON.parse(debate['the-plan.json']!);
    const at = plan.rounds.findIndex((r: Json) => r.cards?.some((c: Json) => c.narration));
    const card = plan.rounds[at].cards.findIndex((c: Json) => c.narration);
    const run = (narration: string, source: string) => {
      plan.rounds[at].cards[card].narration = narration;
      return loadPack({ ...debate, 'the-plan.json': JSON.stringify(plan), 'source.md': source }).issues;
    };
    const path = `rounds[${at}].cards[${card}].narration`;
    expect(run('Author: Test Writer', debate['source.md']!)).toEqual([
      {
        file: 'the-plan.json',
        path,
        message: 'narration is in the header of source.md (information about the article, above the "---" line), not the article body',
      },
    ]);
    const noted = debate['source.md']!.replace(/\n---\n/, '\n---\n\n[A map of the harbour]\n');
    expect(run('A map of the harbour', noted)).toEqual([
      { file: 'the-plan.json', path, message: 'narration is in an editorial note of source.md (a line in [square brackets]), not words anyone wrote or said' },
    ]);
    expect(run('the turbines could be turning by next winter', noted)).toEqual([]);
  });

  it('a source without a "---" line loads, reads as all body, and gets a warning', () => {
    const files = withQuote(JSON.parse(MINI['pack.json']!).quotes[0].text, (s) => s.replace('\n---\n', '\n'));
    const report = reportPack(files);
    expect(report.errors).toBe(0);
    expect(report.lines).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'source.md', path: '(root)', message: expect.stringContaining('no line "---"') }),
    ]);
  });
});

describe('the shipped packs', () => {
  const packs = packFolders(ROOT).map((dir) => {
    const r = loadPack(readFolder(dir));
    if (!r.ok) throw new Error(`${dir} does not load: ${JSON.stringify(r.issues)}`);
    return { dir, pack: r.pack };
  });

  it('have a header, and "show in article" finds every quote in the body, highlighting exactly its words', () => {
    expect(packs.length).toBeGreaterThanOrEqual(2);
    for (const { dir, pack } of packs) {
      expect(parseSource(pack.sourceText).hasHeader, dir).toBe(true);
      for (const q of pack.manifest.quotes) {
        const hit = locateInSource(pack.sourceText, q.text);
        expect(hit, `${dir}: ${q.id}`).not.toBeNull();
        expect(hit!.end - hit!.start, `${dir}: ${q.id}`).toBeGreaterThan(0);
        expect(hit!.paragraph.slice(hit!.start, hit!.end), `${dir}: ${q.id}`).toBe(
          q.text
            .replace(/[\u201C\u201D]/g, '"')
            .replace(/[\u2018\u2019]/g, "'")
            .replace(/\s+/g, ' ')
            .trim(),
        );
      }
    }
  });

  it("the CECOT source is the corrected article, and Bukele's embedded post shows its editorial note", () => {
    const cecot = packs.find((p) => p.dir.endsWith('cecot-2025'))!.pack;
    const s = parseSource(cecot.sourceText);
    // The header gives no date the article does not give.
    expect(s.header).not.toMatch(/Feb\. 3/);
    expect(s.header).toContain('Outlet: The Week');
    expect(s.notes).toHaveLength(1);
    expect(s.notes[0]).toMatch(/^An embedded post by Nayib Bukele/);
    const post = cecot.manifest.quotes.find((q) => q.text.includes('outsource part of its prison system'))!;
    expect(locateInSource(cecot.sourceText, post.text)!.notes).toEqual([s.notes[0]]);
    // The article's own paragraphs carry no note.
    expect(locateInSource(cecot.sourceText, 'in a heartbeat')!.notes).toEqual([]);
  });
});
