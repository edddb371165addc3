/**
 * Printable answer cards: for each team, one card per answer letter, in the team's colour
 * and shape with its name, one card to a landscape page, so every team can hold up its
 * answer at the same moment and the letter reads from the back of the room.
 */
import type { Pack } from '../core/pack/schema';
import type { GameState } from '../core/rules/stateSchema';
import { pickKind } from '../core/rounds/registry';
import { optionLetter } from '../i18n/optionLabel';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { TEAM_STYLE, type TeamShape } from '../platform/theme';
import { teamShapePoints } from '../platform/teamShape';
import { h } from './dom';
import { printElement } from './printPage';

/** The answer letters a team may need: as many as the pack's round with the most options, lettered as the game letters them. */
export function answerLetters(pack: Pack): string[] {
  const most = Math.max(0, ...pack.levels.flatMap((l) => l.rounds.map((r) => pickKind(r)?.options(pack, r).length ?? 0)));
  return Array.from({ length: most }, (_, i) => optionLetter(i + 1));
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(doc: Document, tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** The badge's corners in its 100×100 box as SVG `points`, the same shape as the canvas badge (platform/teamShape.ts); null for the circle. */
function shapePoints(shape: TeamShape, r = 42): string | null {
  return (
    teamShapePoints(shape, 50, 50, r)
      ?.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
      .join(' ') ?? null
  );
}

/** A team's badge as inline SVG: its shape in its colour, outlined, with its number inside. */
export function teamBadgeSvg(doc: Document, team: number): SVGElement {
  const style = TEAM_STYLE[team % TEAM_STYLE.length]!;
  const root = svg(doc, 'svg', { viewBox: '0 0 100 100', 'aria-hidden': 'true', 'data-shape': style.shape });
  const paint = { fill: style.color, stroke: '#000', 'stroke-width': 5, 'stroke-linejoin': 'round' };
  const points = shapePoints(style.shape);
  root.append(points ? svg(doc, 'polygon', { points, ...paint }) : svg(doc, 'circle', { cx: 50, cy: 50, r: 42, ...paint }));
  const number = svg(doc, 'text', {
    x: 50,
    // The triangle's number sits lower, where the shape is wide; the star's and triangle's are smaller.
    y: style.shape === 'triangle' ? 60 : 52,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    'font-size': style.shape === 'star' || style.shape === 'triangle' ? 30 : 46,
    'font-weight': 'bold',
    fill: '#000',
  });
  number.textContent = String(team + 1);
  root.append(number);
  return root;
}

/** The sheet of cards: every team of the session (its own name or "Team 1"…), every answer letter. */
export function answerCardsSheet(pack: Pack, game: Pick<GameState, 'teams'>, doc: Document = document): HTMLElement {
  const letters = answerLetters(pack);
  const cards = game.teams.flatMap((_, team) =>
    letters.map((letter) => {
      const name = teamName(game.teams, team);
      const card = h(
        'section',
        { class: 'answer-card', 'data-team': String(team), 'data-letter': letter, 'aria-label': t.answerCardLabel(name, letter) },
        h('header', {}, teamBadgeSvg(doc, team), h('span', { class: 'team-name' }, name)),
        h('p', { class: 'letter' }, letter),
      );
      // Through the CSS object model: the page's Content-Security-Policy forbids style attributes.
      card.style.setProperty('--team', TEAM_STYLE[team % TEAM_STYLE.length]!.color);
      // A long name gets smaller type so it fits the band whole (an ellipsis is the last resort).
      card.style.setProperty('--name-size', `${Math.min(15, 200 / Math.max(1, name.length)).toFixed(1)}mm`);
      return card;
    }),
  );
  return h('div', { id: 'answer-cards' }, ...cards);
}

/** Prints the answer cards for the session's teams (the print stylesheet shows them instead of the game). */
export function printAnswerCards(state: { pack: Pack; game: Pick<GameState, 'teams'> }, win: Window = window): void {
  printElement(answerCardsSheet(state.pack, state.game, win.document), win);
}
