import type { PollView } from '../core/screens/screen';
import { t } from './strings';

/** One option's before and after, as the canvas and the DOM both say it: a show of hands not taken says so, never 0. */
export const pollCounts = (poll: PollView, o: PollView['options'][number]): string =>
  t.pollBeforeAfter(poll.taken.before ? o.before : null, poll.taken.after ? o.after : null);
