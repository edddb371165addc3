/** What read-aloud says: built from the screen model, in the interface language. */
import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/rules/game';
import { screenOf } from '../../src/core/screens/screen';
import { speechText } from '../../src/i18n/speechText';
import { setLanguage } from '../../src/i18n/strings';
import { A, loadValidPack, MINI_PACK_DIR, run } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);
const round = run(pack, initialState(), [A.next, A.next, A.next, A.next]);

describe('read-aloud text', () => {
  it('a round: the question, then each answer with its letter', () => {
    // The letters are the ones on screen: this session's shuffled order, whichever that is.
    const screen = screenOf(pack, round);
    const shown = screen.kind === 'round' ? screen.options.map((o) => o.text) : [];
    expect([...shown].sort()).toEqual(['After the winter floods', 'Before the summer fair', 'Never: she opposes the bridge', 'Some time this year']);
    expect(speechText(screen)).toBe(`When did the mayor say the bridge would open? ${shown.map((text, i) => `${'ABCD'[i]}: ${text}.`).join(' ')}`);
    // Another session, another order, and read-aloud follows it.
    const other = screenOf(pack, { ...round, seed: 12345 });
    const otherShown = other.kind === 'round' ? other.options.map((o) => o.text) : [];
    expect(otherShown).not.toEqual(shown);
    expect(speechText(other)).toContain(`A: ${otherShown[0]}.`);
  });

  it('a reveal: how the answer went and its points, the explanation, and the first quote with who said it and where', () => {
    const reveal = run(pack, round, [A.choose('summer'), A.confirm]);
    expect(speechText(screenOf(pack, reveal))).toBe(
      'Right, +100 points. Her words: open before the summer fair. “open before the summer fair”, Ada Pell, Mayor of Millbrook, on Tuesday.',
    );
  });

  it("speaks the interface language; the pack's own words stay as written", () => {
    setLanguage('es');
    const reveal = run(pack, round, [A.choose('never'), A.confirm]);
    expect(speechText(screenOf(pack, reveal))).toMatch(/^Incorrecto, \+0 puntos\. She calls it/);
    setLanguage('en');
  });
});
