/**
 * The speaker lines the canvas cards draw (src/widgets/AnswerCard.ts, EvidenceCard.ts) come
 * from the i18n helpers, which isolate the pack's name and role from the game's own labels and
 * take out any direction control that got past the checks (text with no right-to-left letters
 * is not wrapped, so an override left in it would draw the "Official" after it as "laiciffO").
 */
import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/core/pack/textSafety';
import { nameAndRole, roleAndKind } from '../../src/i18n/attribution';

const FSI = '\u2068';
const PDI = '\u2069';

describe('a speaker line on a card', () => {
  it('an answer card\u2019s role and kind: a right-to-left role is a closed unit before "Expert"; an override in it is taken out', () => {
    expect(roleAndKind({ role: 'מומחה\u202E לחוק', kind: 'expert' }, false, ' · ')).toBe(`${FSI}מומחה לחוק${PDI} · Expert`);
    expect(roleAndKind({ role: '\u202Eexpert witness', kind: 'official' }, false, ' · ')).toBe('expert witness · Official');
    expect(roleAndKind({ role: 'מומחית', kind: 'expert' }, true, ' · ')).toBe(`${FSI}מומחית${PDI}`);
  });

  it('a quoted answer\u2019s name and role, each isolated', () => {
    expect(nameAndRole({ name: 'שרה לוי', role: 'מומחית', kind: 'expert' })).toBe(`${FSI}שרה לוי${PDI}, ${FSI}מומחית${PDI}`);
    expect(nameAndRole({ name: 'Ravi Okoro', kind: 'expert' })).toBe('Ravi Okoro');
    expect(nameAndRole({ name: '\u202Eorok\u202CO', role: 'engineer', kind: 'expert' })).toBe('orokO, engineer');
  });

  it('an evidence card: the kind stands in for a missing role, never beside one', () => {
    expect(nameAndRole({ name: 'Ravi Okoro', kind: 'expert' }, true)).toBe('Ravi Okoro, Expert');
    expect(nameAndRole({ name: 'Ravi Okoro', role: 'عالم سياسي', kind: 'expert' }, true)).toBe(`Ravi Okoro, ${FSI}عالم سياسي${PDI}`);
  });

  it('isolate keeps a right-to-left mark beside right-to-left letters, where it places punctuation', () => {
    expect(isolate('שרה\u200F!')).toBe(`${FSI}שרה\u200F!${PDI}`);
    expect(isolate('Sara\u200F!')).toBe('Sara!');
  });
});
