/**
 * Which sounds a change of the game calls for: pure (state in, cue names out), so the choice
 * is tested in Node and the Web Audio side only plays what it is told.
 */
import type { AppState } from '../state/store';
import { screenOf } from '../core/screens/screen';
import { beatAt } from '../core/screens/revealBeats';
import { recordOutcome } from '../core/rules/scoring';

export type Cue = 'pick' | 'lockIn' | 'stamp' | 'right' | 'partly' | 'notRight' | 'tick' | 'podium';

type Slice = Pick<AppState, 'pack' | 'game' | 'beat' | 'settings'>;

/** Whole seconds left on the round's countdown while it runs, or null. */
const runningSeconds = (s: Slice): number | null => {
  const timer = s.game.timer;
  return timer && timer.running && s.game.phase === 'round' ? Math.ceil(timer.remainingMs / 1000) : null;
};

/** The sounds for the change from `prev` to `next` (none while sound is off). */
export function soundCues(prev: Slice, next: Slice): Cue[] {
  if (!next.settings.sound) return [];
  const cues: Cue[] = [];
  const g = next.game;
  const was = prev.game;
  // Locking in: the round's answer is confirmed (one team or solo), or a team's picks are entered.
  if (was.phase === 'round' && g.phase === 'reveal') cues.push('lockIn');
  else if (g.phase === 'round' && g.teamPicks.filter((p) => p.length > 0).length > was.teamPicks.filter((p) => p.length > 0).length) cues.push('lockIn');
  else if (g.phase === 'round' && g.selection !== was.selection && g.selection.length > 0) cues.push('pick');
  // The verdict stamp lands: the reveal reaches its verdict beat (from the picks), or is shown whole at once.
  const screen = screenOf(next.pack, g);
  if (screen.kind === 'reveal') {
    const beat = beatAt(screen, next.beat);
    const before = prev.game === g || (was.phase === 'reveal' && was.level === g.level && was.round === g.round) ? beatAt(screen, prev.beat) : null;
    const landed = beat !== 'picks' && (before === 'picks' || (was.phase === 'round' && beat !== null));
    if (landed) {
      cues.push('stamp');
      // One answer on the screen: how it went, warmly either way. With every team answering, the stamp alone
      // (a class's mixed result is not one team's to hear).
      if (!screen.allTeams) {
        const outcome = recordOutcome(screen.record);
        cues.push(outcome === 'right' ? 'right' : outcome === 'partly' ? 'partly' : 'notRight');
      }
    }
  }
  // The last ten seconds: one tick a second.
  const secs = runningSeconds(next);
  const secsBefore = runningSeconds(prev);
  if (secs !== null && secs <= 10 && secs > 0 && secsBefore !== null && secs < secsBefore) cues.push('tick');
  // The final results open on the podium.
  if (g.phase === 'final' && was.phase !== 'final' && g.mode !== 'solo' && g.scoreboard !== 'never') cues.push('podium');
  return cues;
}

/** Whether the quiet bed plays: sound and music on, and the class is in a discussion. */
export function bedPlays(s: Slice): boolean {
  return s.settings.sound && s.settings.music && s.game.phase === 'round' && s.game.discussing && !s.game.overlay;
}
