import { isolate } from '../core/pack/textSafety';
import type { AsidePack, Notice } from '../state/store';
import { t } from './strings';

/** A set-aside pack as the notice names it: its title isolated (it is pack text), and why. */
const named = (p: AsidePack) => ({ title: isolate(p.title), why: p.problem ?? t.notice.unreadableRecord });

/** What a notice says, in the catalogue in use; the canvas and the DOM layer both show this. */
export function noticeText(n: Notice): string {
  switch (n.kind) {
    case 'packs-aside': {
      const packs = n.packs.map(named);
      if (packs.length === 1) return t.notice.asideOne(packs[0]!.title, packs[0]!.why);
      return t.notice.asideMany(packs.length, packs.map((p) => t.quoted(p.title)).join(', '));
    }
    case 'unavailable':
    case 'save-failed':
    case 'update-ready':
      return t.notice[n.kind];
    case 'pack-failed': {
      const p = named(n.pack ?? { title: '', problem: null });
      return `${t.notice.lost['pack-failed'](p.title, p.why)} ${n.kept ? t.notice.kept : t.notice.notKept}`;
    }
    default:
      return `${t.notice.lost[n.kind]} ${n.kept ? t.notice.kept : t.notice.notKept}`;
  }
}
