import type { QuoteView } from '../core/screens/screen';

/** Who said it, as the article attributes it: name, role, and where or when, where given. */
export function attribution(view: QuoteView): string {
  const { speaker, quote } = view;
  return [speaker.name, speaker.role, quote.said].filter(Boolean).join(', ');
}
