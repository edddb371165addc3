import type { QuoteView } from '../core/screens/screen';
import type { SpeakerKind } from '../core/pack/schema';
import { isolate } from '../core/pack/textSafety';
import { t } from './strings';

/**
 * Who said it, as the article attributes it: name, role, and where or when, where given. Each
 * part is the pack's text, isolated so that a right-to-left name or role keeps its direction
 * to itself (the commas and the game's labels after it stay in order).
 */
export function attribution(view: QuoteView): string {
  const { speaker, quote } = view;
  return [speaker.name, speaker.role, quote.said]
    .filter((part): part is string => !!part)
    .map(isolate)
    .join(', ');
}

/** What kind of source a quote is: its speaker's kind, or the article's own reporting. */
export const quoteKind = (view: Pick<QuoteView, 'speaker' | 'reporting'>): string => (view.reporting ? t.ownReporting : t.kind[view.speaker.kind]);

/** A speaker's role and, unless hidden, the game's label for their kind ("…, Expert"), the role isolated. */
export function roleAndKind(speaker: { role?: string | undefined; kind: SpeakerKind }, kindHidden: boolean | undefined, separator: string): string {
  return [speaker.role ? isolate(speaker.role) : undefined, kindHidden ? undefined : t.kind[speaker.kind]].filter(Boolean).join(separator);
}

/**
 * A speaker's name and role ("Name, Role"), each isolated. With `kindForRole`, the game's label
 * for their kind stands where the pack gives no role (an evidence card's "Name, Expert").
 */
export function nameAndRole(speaker: { name: string; role?: string | undefined; kind: SpeakerKind }, kindForRole = false): string {
  const role = speaker.role ? isolate(speaker.role) : kindForRole ? t.kind[speaker.kind] : undefined;
  return [speaker.name ? isolate(speaker.name) : undefined, role].filter(Boolean).join(', ');
}
