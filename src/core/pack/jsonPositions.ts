/**
 * Where each value sits in a JSON text, by the same paths the validator reports
 * (`rounds[0].options[2].text`), so an error can name a line and column. A small scanner,
 * not a parser: it assumes text that JSON.parse has already accepted.
 */
export interface Position {
  line: number;
  column: number;
}

export function jsonPositions(text: string): Map<string, Position> {
  const out = new Map<string, Position>();
  let i = 0;
  let line = 1;
  let col = 1;
  const at = (): Position => ({ line, column: col });
  const advance = () => {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
    i++;
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) advance();
  };
  const readString = (): string => {
    let s = '';
    advance(); // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        advance();
        s += text[i] === 'u' ? '?' : text[i];
        if (text[i] === 'u') for (let k = 0; k < 4; k++) advance();
      } else s += text[i];
      advance();
    }
    advance(); // closing quote
    return s;
  };
  const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  const value = (path: string, where: Position): void => {
    skipSpace();
    out.set(path || '(root)', where);
    const c = text[i];
    if (c === '{') {
      advance();
      skipSpace();
      while (i < text.length && text[i] !== '}') {
        const keyAt = at();
        const key = readString();
        skipSpace();
        advance(); // colon
        skipSpace();
        // Members are located by their key: that is where an editor's eye goes.
        value(join(path, key), keyAt);
        skipSpace();
        if (text[i] === ',') advance();
        skipSpace();
      }
      advance();
    } else if (c === '[') {
      advance();
      skipSpace();
      let n = 0;
      while (i < text.length && text[i] !== ']') {
        skipSpace();
        value(join(path, n++), at());
        skipSpace();
        if (text[i] === ',') advance();
        skipSpace();
      }
      advance();
    } else if (c === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) advance();
  };
  skipSpace();
  value('', at());
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
