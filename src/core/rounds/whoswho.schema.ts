import { z } from 'zod';
import { id, roundBase, text } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/** Match quotes to their speakers, then sort the speakers into experts and officials. */
export const WhosWhoRound = z.strictObject({
  ...roundBase,
  type: z.literal('whoswho'),
  quotes: z.array(id).min(3).max(4),
  speakers: z.array(id).min(3).max(5),
  explanation: text,
});

export function checkWhosWho(round: z.infer<typeof WhosWhoRound>, at: string, c: Checker): void {
  round.speakers.forEach((s, i) => {
    if (c.speaker(s, `${at}.speakers[${i}]`) && c.refs.speakerKind.get(s) === 'outlet') {
      c.fail(`${at}.speakers[${i}]`, `"${s}" is a news outlet: who's-who sorts experts and officials`);
    }
  });
  c.unique(round.speakers, `${at}.speakers`, 'speaker');
  const owners = round.quotes.map((q, i) => c.quote(q, `${at}.quotes[${i}]`)?.speaker);
  owners.forEach((owner, i) => {
    if (owner && !round.speakers.includes(owner)) c.fail(`${at}.quotes[${i}]`, `its speaker "${owner}" must be one of the choices`);
  });
  c.unique(
    owners.filter((o): o is string => !!o),
    `${at}.quotes`,
    'speaker among the quotes',
  );
}
