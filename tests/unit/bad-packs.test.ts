/**
 * The broken-pack corpus (tests/fixtures/bad-packs, made by make.mjs): every bundle gives its
 * expected error, both through the in-game loader (openPackFile, as the browser runs it) and
 * through the command-line validator, which also exits 1. The corpus itself is checked too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPackFile } from '../../src/core/pack/openPack';
import { main as validate } from '../../scripts/validate';
import { ROOT } from './helpers';

const DIR = join(ROOT, 'tests/fixtures/bad-packs');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.jsonc'), 'utf8').replace(/^\/\/.*\n/, '')) as Record<
  string,
  { file: string; path: string; message: string }
>;
const cases = Object.entries(expected);

describe('the broken-pack corpus', () => {
  it('has at least 30 packs, each with its expected error, and nothing unlisted', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  it.each(cases)('%s: the in-game loader refuses it with the expected error', async (name, want) => {
    const r = await openPackFile(name, new Uint8Array(readFileSync(join(DIR, name))));
    expect(r.pack).toBeNull();
    expect(r.errors).toBeGreaterThan(0);
    expect(r.lines).toContainEqual(
      expect.objectContaining({ file: want.file, path: want.path, severity: 'error', message: expect.stringContaining(want.message) }),
    );
  });

  it.each(cases)('%s: the validator prints it on one line and exits 1', async (name, want) => {
    const lines: string[] = [];
    const code = await validate([join(DIR, name)], ROOT, (l) => lines.push(l));
    expect(code).toBe(1);
    const hit = lines.find((l) => l.includes(`→ ${want.file}`) && l.includes(`  error  ${want.path}: `) && l.includes(want.message));
    expect(hit, lines.join('\n')).toBeDefined();
  });
});
