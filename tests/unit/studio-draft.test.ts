import { describe, expect, test } from 'vitest';
import { packFolders, readFolder } from '../../scripts/packFiles';
import { loadPack } from '../../src/core/pack/validate';
import { makeBundle, readBundle } from '../../src/core/pack/bundle';
import { addQuote, addSpeaker, checkDraft, draftFiles, draftFromFiles, emptyDraft, idFrom, OWN_REPORTING, type Draft } from '../../src/core/studio/draft';
import { isPublisher } from '../../src/core/pack/publisher';
import { quoteView } from '../../src/core/screens/views';
import { quoteKind } from '../../src/i18n/attribution';
import { bodyOf, sourceFile, textOfHtml, type TextNodeLike } from '../../src/core/studio/sourceFile';
import { addLevel, addRound, removeAt, setIn, STUDIO_ROUNDS } from '../../src/core/studio/rounds';

describe('a shipped pack through the studio: imported and exported, the same pack', () => {
  for (const dir of packFolders('.')) {
    test(dir, () => {
      const files = readFolder(dir);
      const before = loadPack(files);
      expect(before.ok).toBe(true);
      const bundle = makeBundle(draftFiles(draftFromFiles(files)));
      const read = readBundle(bundle);
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const after = loadPack(read.files);
      expect(after).toEqual(before);
      expect(checkDraft(draftFromFiles(files)).errors).toEqual([]);
    });
  }
});

describe('a draft from nothing', () => {
  test('an empty draft is saved with its problems listed, each tied to a place', () => {
    const { errors } = checkDraft(emptyDraft());
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.file && e.path).toBeTruthy();
  });
  test('speakers and quotes get ids made from their words, never twice the same', () => {
    let d = emptyDraft();
    ({ draft: d } = addSpeaker(d, { name: 'Ada Moss', role: 'librarian', kind: 'official' }));
    const second = addSpeaker(d, { name: 'Ada Moss', role: '', kind: 'expert' });
    expect(second.draft.manifest.speakers.map((s) => s.id)).toEqual(['ada-moss', 'ada-moss-2']);
    expect(second.draft.manifest.speakers[1]).not.toHaveProperty('role');
    const q = addQuote(second.draft, { speaker: 'ada-moss', text: 'will hold until spring' });
    expect(q.id).toBe('ada-moss-will-hold-until');
    expect(idFrom('¿Qué pasó?', [])).toBe('que-paso');
    expect(idFrom('!!!', [])).toBe('item');
  });
});

describe('the article as a source file', () => {
  test('the facts go in the header, the text in the body; a --- line in the text cannot end the header', () => {
    const src = sourceFile({ title: 'Roof', outlet: 'The Gazette', author: 'A. Writer', date: 'May 2031' }, 'One.\n---\nTwo “words”.', true);
    expect(src).toMatch(/^# Roof\n\nFICTION\./);
    expect(src).toContain('Outlet: The Gazette. Author: A. Writer. Date: May 2031.');
    expect(bodyOf(src)).toBe('One.\n\nTwo “words”.');
  });
  test('HTML is reduced to its words: scripts, styles and images dropped, a paragraph per block', () => {
    const el = (nodeName: string, ...childNodes: TextNodeLike[]): TextNodeLike => ({ nodeType: 1, nodeName, textContent: null, childNodes });
    const text = (t: string): TextNodeLike => ({ nodeType: 3, nodeName: '#text', textContent: t, childNodes: [] });
    const page = el(
      'BODY',
      el('SCRIPT', text('alert(1)')),
      el('H1', text('Title')),
      el('P', text('First  '), el('B', text('bold')), text(' line.')),
      el('IMG'),
      el('STYLE', text('p{}')),
      el('P', text('Second.')),
    );
    expect(textOfHtml(page)).toBe('Title\n\nFirst bold line.\n\nSecond.');
  });
});

describe('questions and rounds', () => {
  test('a field set by its path copies the way there and leaves the draft it came from as it was', () => {
    const before = addLevel(emptyDraft(), 'The pool').draft;
    const frozen = JSON.stringify(before);
    const after = setIn(before, ['levels', 0, 'question'], 'Will it open?');
    expect(after.levels[0]!.question).toBe('Will it open?');
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.manifest).toBe(before.manifest);
    expect(removeAt(after, ['levels', 0]).levels).toEqual([]);
  });
  test('each kind starts from its template; a who-said-it round offers the quote’s own speaker', () => {
    let d = addSpeaker(emptyDraft(), { name: 'Ada Moss', role: '', kind: 'expert' }).draft;
    const q = addQuote(d, { speaker: 'ada-moss', text: 'will hold' });
    d = addLevel(q.draft, 'Roof').draft;
    for (const kind of STUDIO_ROUNDS) d = addRound(d, 0, kind, kind === 'who' ? q.id : kind === 'claim' ? 'The roof will hold' : '');
    const [choice, claim, who] = d.levels[0]!.rounds as unknown as [
      { options: unknown[] },
      { claim: string; options: { id: string }[] },
      { speakers: string[]; quote: string },
    ];
    expect(choice.options).toHaveLength(4);
    expect(claim.claim).toBe('The roof will hold');
    expect(claim.options.map((o) => o.id)).toEqual(['says', 'contradicts', 'not-said']);
    expect(who).toMatchObject({ quote: q.id, speakers: ['ada-moss'] });
    expect(new Set(d.levels[0]!.rounds.map((r) => r.id)).size).toBe(STUDIO_ROUNDS.length);
  });
});

describe("the article's own reporting as evidence", () => {
  const withOutlet = (d: Draft): Draft => ({ ...d, manifest: { ...d.manifest, source: { ...d.manifest.source, outlet: 'The Millbrook Echo' } } });
  test('a quote given to the own reporting makes the publishing outlet a speaker, once, and the game shows its words as reporting', () => {
    let d = withOutlet(emptyDraft());
    ({ draft: d } = addQuote(d, { speaker: OWN_REPORTING, text: 'has not yet voted on the money' }));
    ({ draft: d } = addQuote(d, { speaker: OWN_REPORTING, text: 'the heart of the town' }));
    expect(d.manifest.speakers).toEqual([{ id: 'the-millbrook-echo', name: 'The Millbrook Echo', kind: 'outlet' }]);
    expect(d.manifest.quotes.map((q) => q.speaker)).toEqual(['the-millbrook-echo', 'the-millbrook-echo']);
    expect(isPublisher(d.manifest, d.manifest.speakers[0])).toBe(true);
  });
  test('with no outlet named there is no own reporting to give a quote to', () => {
    const d = emptyDraft();
    expect(addQuote(d, { speaker: OWN_REPORTING, text: 'has not yet voted' }).draft).toBe(d);
  });
  test("in the game: the publisher's words are marked as its reporting, another outlet's are its quotes", () => {
    const r = loadPack(readFolder('levels/cecot-2025'));
    if (!r.ok) throw new Error('pack');
    expect(quoteView(r.pack, 'week-key-ally')?.reporting).toBe(true);
    expect(quoteView(r.pack, 'voa-cannot-deport')).not.toHaveProperty('reporting');
    expect(quoteKind(quoteView(r.pack, 'week-key-ally')!)).toBe('From the article, no source named');
    expect(quoteKind(quoteView(r.pack, 'voa-cannot-deport')!)).toBe('News outlet');
  });
});
