/**
 * "Show in article" as a screen-model output: the paragraph that holds the quote, cut at the
 * quote, the paragraph's editorial notes, and the quote with its speaker, so both views show
 * the same passage and the same attribution.
 */
import { describe, expect, it } from 'vitest';
import { initialState, type GameState } from '../../src/core/rules/game';
import { sourceView } from '../../src/core/screens/sourceScreen';
import { A, MINI_PACK_DIR, loadValidPack, run } from './helpers';

const mini = loadValidPack(MINI_PACK_DIR);
const open = (quote: string): GameState => ({ ...initialState(), phase: 'reveal', overlay: { kind: 'source', quote } });

describe('the source view', () => {
  it('cuts the quote’s paragraph at the quote, and credits its speaker', () => {
    const v = sourceView(mini, open('okoro-load-test'))!;
    expect(v.passage).toEqual({
      before: 'Structural engineer Dr. Ravi Okoro was less sure. "The steel has not been tested for the winter floods," he said. "',
      highlight: 'Nobody should walk on it until the load test is done.',
      after: '" He added that the design itself was "sound, if the foundations hold."',
    });
    expect([v.quote?.quote.id, v.quote?.speaker.name, v.quote?.speaker.role]).toEqual(['okoro-load-test', 'Ravi Okoro', 'structural engineer']);
    expect(v.notes).toEqual([]);
    expect(v.article.title).toBe('The Lantern Bridge debate');
  });

  it('highlights the quote it was opened on, in its own paragraph', () => {
    const v = sourceView(mini, open('pell-summer'))!;
    expect(v.passage?.highlight).toBe('open before the summer fair');
    expect(v.passage?.before).toBe('Mayor Ada Pell said on Tuesday that the new footbridge would be "');
    expect(v.passage?.after.startsWith('." She called it')).toBe(true);
    expect([v.quote?.speaker.name, v.quote?.quote.said]).toEqual(['Ada Pell', 'on Tuesday']);
  });

  it('shows the paragraph’s editorial notes apart from its words', () => {
    const pack = structuredClone(mini);
    pack.sourceText = pack.sourceText.replace('The Gazette noted that', '[A photo of the council chamber.]\nThe Gazette noted that');
    const v = sourceView(pack, open('gazette-budget'))!;
    expect(v.notes).toEqual(['A photo of the council chamber.']);
    expect(v.passage).toEqual({ before: 'The Gazette noted that the council had "', highlight: 'not yet approved the final budget', after: '."' });
  });

  it('is null with no source open, and has nothing to highlight for a quote the pack lacks', () => {
    expect(sourceView(mini, initialState())).toBeNull();
    expect(sourceView(mini, { ...initialState(), overlay: { kind: 'menu' } })).toBeNull();
    expect(sourceView(mini, open('no-such-quote'))).toMatchObject({ quote: null, passage: null, notes: [] });
  });

  it('opens from a reveal on the quote asked for', () => {
    const s = run(mini, initialState(), [A.next, A.next, A.next, A.next, A.choose('never'), A.confirm, A.showSource('pell-crossing')]);
    expect(sourceView(mini, s)?.passage?.highlight).toBe('the most important crossing this town has ever built');
  });
});
