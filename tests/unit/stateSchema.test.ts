/**
 * The saved state's schema takes its choices from the constants the game offers (choices.ts,
 * settings.ts), so a choice added there is one a save may hold, and nothing else is.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DISCUSS_CHOICES, MODES, SORT_GROUPS, TIMER_CHOICES } from '../../src/core/rules/choices';
import { DiscussSeconds, Mode, TimerSeconds, WhosWhoDraft } from '../../src/core/rules/stateSchema';
import { SavedSettings } from '../../src/state/persistence';
import { SPEECH_RATES } from '../../src/state/settings';
import { DEFAULT_SETTINGS } from '../../src/state/store';

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, values: readonly unknown[]) => values.filter((v) => schema.safeParse(v).success);

describe('state schema choices', () => {
  it('accept exactly the offered choices', () => {
    expect(accepts(TimerSeconds, [...TIMER_CHOICES, 10, 45, '30', null])).toEqual([...TIMER_CHOICES]);
    expect(accepts(DiscussSeconds, [...DISCUSS_CHOICES, 20, 45, '60'])).toEqual([...DISCUSS_CHOICES]);
    expect(Mode.options).toEqual([...MODES]);
    expect(WhosWhoDraft.shape.sort.valueType.options).toEqual([...SORT_GROUPS]);
    const rate = (speechRate: unknown) => SavedSettings.safeParse({ ...DEFAULT_SETTINGS, speechRate }).success;
    expect([...SPEECH_RATES, 0.5, 1.5, 2].filter(rate)).toEqual([...SPEECH_RATES]);
  });

  it('keep the choices as types, not widened to number or string', () => {
    expectTypeOf<TimerSeconds>().toEqualTypeOf<(typeof TIMER_CHOICES)[number]>();
    expectTypeOf<DiscussSeconds>().toEqualTypeOf<(typeof DISCUSS_CHOICES)[number]>();
    expectTypeOf<Mode>().toEqualTypeOf<(typeof MODES)[number]>();
    expectTypeOf<SavedSettings['speechRate']>().toEqualTypeOf<(typeof SPEECH_RATES)[number]>();
  });
});
