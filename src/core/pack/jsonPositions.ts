/**
 * Reading a pack's JSON text for what JSON.parse does not say: where each value sits, by the
 * same paths the validator reports (`rounds[0].options[2].text`), so an error can name a line
 * and column; and how deeply it nests, before anything parses it deeply. Both through
 * jsonc-parser, which only the validator's side of the game loads.
 */
import { createScanner, visit, type JSONPath, type SyntaxKind } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

// The scanner's tokens for brackets (a const enum, which isolated modules cannot read: the
// annotations check the numbers).
const OPEN_BRACE: SyntaxKind.OpenBraceToken = 1;
const CLOSE_BRACE: SyntaxKind.CloseBraceToken = 2;
const OPEN_BRACKET: SyntaxKind.OpenBracketToken = 3;
const CLOSE_BRACKET: SyntaxKind.CloseBracketToken = 4;
const EOF: SyntaxKind.EOF = 17;

/** How deeply objects and arrays nest in a JSON text, counted token by token (not recursively, so any depth is safe). */
export function jsonDepth(text: string): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  let max = 0;
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) max = Math.max(max, ++depth);
    else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) depth--;
  }
  return max;
}

const pathText = (path: JSONPath): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || '(root)';

/** Every value's position in a text JSON.parse has accepted; lines are counted by "\n". */
export function jsonPositions(text: string): Map<string, Position> {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const out = new Map<string, Position>();
  // A member is located by its key, where an editor's eye goes; the root and array items by the value.
  const value = (offset: number, _length: number, _line: number, _column: number, path: () => JSONPath) => {
    const p = path();
    if (p.length === 0 || typeof p[p.length - 1] === 'number') out.set(pathText(p), at(offset));
  };
  visit(text, {
    onObjectProperty: (key, offset, _length, _line, _column, path) => void out.set(pathText([...path(), key]), at(offset)),
    onObjectBegin: value,
    onArrayBegin: value,
    onLiteralValue: (_value, offset, length, line, column, path) => value(offset, length, line, column, path),
  });
  return out;
}

/** The position for a path, or the nearest enclosing one that has a position. */
export function positionOf(positions: Map<string, Position>, path: string): Position | undefined {
  let p = path;
  for (;;) {
    const hit = positions.get(p);
    if (hit) return hit;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return positions.get('(root)');
    p = p.slice(0, cut);
  }
}
