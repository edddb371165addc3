/**
 * Where the validator says a problem is (file:line:col) and how deep a text nests, checked
 * against the text itself for any JSON, laid out any way: a member's position is its key's
 * opening quote, an item's (and the root's) is the first character of the value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepth, jsonPositions, positionOf } from '../../src/core/pack/jsonPositions';

/** Every path in a parsed value, with the text that must start at its position. */
function expectedStarts(value: unknown, path = '', key?: string): [string, string][] {
  const here: [string, string] = [path || '(root)', key !== undefined ? JSON.stringify(key) : JSON.stringify(value).slice(0, 1)];
  if (Array.isArray(value)) return [here, ...value.flatMap((v, i) => expectedStarts(v, `${path}[${i}]`))];
  if (value && typeof value === 'object') return [here, ...Object.entries(value).flatMap(([k, v]) => expectedStarts(v, path ? `${path}.${k}` : k, k))];
  return [here];
}

const depthOf = (v: unknown): number => (v && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0);

/** A JSON value without keys that would make two paths the same ("a.b" against a → b; "" against the root). */
const json = fc.jsonValue({ maxDepth: 5 }).filter((v) => !/"[^"]*[.[\]][^"]*":|"":/.test(JSON.stringify(v)));

const layouts = fc.record({ indent: fc.constantFrom(0, 1, 2, '\t'), crlf: fc.boolean(), lead: fc.constantFrom('', '\n', '  \r\n ') });

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

describe('JSON positions and depth (jsonc-parser)', () => {
  it('name the line and column of every value, however the text is laid out', () => {
    fc.assert(
      fc.property(json, layouts, (value, { indent, crlf, lead }) => {
        let text = lead + JSON.stringify(value, null, indent);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const at = jsonPositions(text);
        for (const [path, start] of expectedStarts(value)) {
          const pos = at.get(path);
          expect(pos, path).toBeDefined();
          expect(text.slice(offsetOf(text, pos!.line, pos!.column)).startsWith(start), `${path} in ${JSON.stringify(text)}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('count nesting as the parsed value has it, brackets inside strings and escaped quotes included', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(jsonDepth(JSON.stringify(value, null, 1))).toBe(depthOf(value));
      }),
      { numRuns: 300 },
    );
    expect(jsonDepth('{"a": "[[[\\"{{", "b": [[{}]]}')).toBe(4);
  });

  it('count any depth without running out of stack', () => {
    expect(jsonDepth('['.repeat(200_000) + ']'.repeat(200_000))).toBe(200_000);
  });

  it('fall back to the nearest enclosing value for a path below what the file has', () => {
    const text = '{\n  "a": 1,\n  "rounds": [\n    { "id": "x" },\n    { "id": "y", "options": [ { "text": "t" } ] }\n  ]\n}';
    const at = jsonPositions(text);
    expect(positionOf(at, 'rounds[1].options[0].text')).toEqual({ line: 5, column: 33 });
    expect(positionOf(at, 'rounds[0].options')).toEqual({ line: 4, column: 5 });
    expect(positionOf(at, 'nothing.here')).toEqual({ line: 1, column: 1 });
  });
});
