/**
 * Issue 16 items 12 and 13: text that shows differently from what it says. Byte-order marks,
 * files not saved as UTF-8, a v1 pack's own fiction flag, direction controls, invisible names,
 * and pack text isolated where the game joins it to its own labels. Each case is built here
 * from the mini pack and checked through the loader (or the command-line validator, for a
 * folder read from disk), with the exact message.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPackFile } from '../../src/core/pack/openPack';
import { migrateManifest } from '../../src/core/pack/migratePack';
import type { PackManifest } from '../../src/core/pack/schema';
import { loadPack } from '../../src/core/pack/validate';
import { isolate, textSafetyMessage } from '../../src/core/pack/textSafety';
import { attribution, roleAndKind } from '../../src/i18n/attribution';
import { optionLabel } from '../../src/i18n/optionLabel';
import type { OptionView, QuoteView } from '../../src/core/screens/screen';
import { main as validate } from '../../scripts/validate';
import { MINI_PACK_DIR, ROOT, readPackFiles } from './helpers';

const MINI = readPackFiles(MINI_PACK_DIR);

/** What the validator says of the mini pack's source saved as Windows-1252: its first curly quote, where it is. */
function notUtf8(): { line: number; column: number; message: string } {
  const source = MINI['source.md']!.split('\n');
  const at = source.findIndex((l) => /[‘’“”]/.test(l));
  const column = source[at]!.search(/[‘’“”]/) + 1;
  const word = source[at]!.split(/\s/)
    .find((w) => /[‘’“”]/.test(w))!
    .replace(/[‘’“”]/g, '\uFFFD');
  return {
    line: at + 1,
    column,
    message: `file is not saved as UTF-8 text: at line ${at + 1} column ${column} ("${word}") is a character that could not be read. Open the file in a text editor and save it again with the encoding "UTF-8"`,
  };
}

/** A text as Windows-1252 saves it: the curly quotes one byte each (0x91–0x94), not UTF-8. */
function cp1252(text: string): Uint8Array {
  const bytes: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...text].map((c) => bytes[c] ?? c.charCodeAt(0)));
}

function withManifest(change: (m: PackManifest) => void, base = MINI): Record<string, string> {
  const m = JSON.parse(base['pack.json']!) as PackManifest;
  change(m);
  return { ...base, 'pack.json': JSON.stringify(m, null, 2) };
}

function issues(files: Record<string, string>): string[] {
  const r = loadPack(files);
  return r.ok ? [] : r.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
}

const OVERRIDE =
  'has a hidden direction control character (U+202E RIGHT-TO-LEFT OVERRIDE), which can make the text show in another order than it is written: delete it';
const INVISIBLE = 'has no visible character, only invisible ones (such as zero-width spaces): write it in letters';

describe('direction controls and invisible text are refused', () => {
  it('a right-to-left override that makes "orokO" show as "Okoro" in a name', () => {
    const files = withManifest((m) => {
      m.speakers[1]!.name = 'Ravi \u202EorokO';
    });
    expect(issues(files)).toEqual([`pack.json speakers[1].name: ${OVERRIDE}`]);
  });

  it('an unterminated override in a role (which would turn the game’s "Expert" after it into "trepxE")', () => {
    const files = withManifest((m) => {
      m.speakers[1]!.role = '\u202Estructural engineer';
    });
    expect(issues(files)).toEqual([`pack.json speakers[1].role: ${OVERRIDE}`]);
  });

  it('a speaker name of one zero-width space', () => {
    const files = withManifest((m) => {
      m.speakers[1]!.name = '\u200B';
    });
    expect(issues(files)).toEqual([`pack.json speakers[1].name: ${INVISIBLE}`]);
  });

  it('in a level file too (an option’s text), with its path', () => {
    const level = JSON.parse(MINI['the-bridge.json']!) as { rounds: { options?: { text?: string }[] }[] };
    const r = level.rounds.findIndex((x) => x.options?.[0]?.text !== undefined);
    level.rounds[r]!.options![0]!.text = 'Yes\u2066, it will';
    expect(issues({ ...MINI, 'the-bridge.json': JSON.stringify(level) })).toEqual([
      `the-bridge.json rounds[${r}].options[0].text: has a hidden direction control character (U+2066 LEFT-TO-RIGHT ISOLATE), which can make the text show in another order than it is written: delete it`,
    ]);
  });

  it('in the source, with its line and column', () => {
    const source = MINI['source.md']!.replace('Structural engineer', 'Structural \u202Dengineer');
    const line = source.split('\n').findIndex((l) => l.includes('\u202D'));
    const column = source.split('\n')[line]!.indexOf('\u202D') + 1;
    expect(issues({ ...MINI, 'source.md': source })).toEqual([
      `source.md (root): the text at line ${line + 1} column ${column} has a hidden direction control character (U+202D LEFT-TO-RIGHT OVERRIDE), which can make the text show in another order than it is written: delete it`,
    ]);
  });

  it('a direction mark is refused in text without right-to-left letters and allowed beside them', () => {
    expect(textSafetyMessage('Ada Pell\u200E')).toBe(
      'has a hidden direction control character (U+200E LEFT-TO-RIGHT MARK), which can make the text show in another order than it is written: delete it',
    );
    expect(textSafetyMessage('שרה לוי\u200F (2025)')).toBeNull();
    expect(textSafetyMessage('שרה \u202Bלוי')).toBe(
      'has a hidden direction control character (U+202B RIGHT-TO-LEFT EMBEDDING), which can make the text show in another order than it is written: delete it',
    );
    expect(textSafetyMessage('Ada Pell')).toBeNull();
    expect(textSafetyMessage('\u200D\u2060\u00AD')).toBe(INVISIBLE);
  });
});

describe('pack text is isolated where the game joins it to its own labels', () => {
  const view = (name: string, role: string | undefined, said?: string) =>
    ({ speaker: { id: 's', name, role, kind: 'expert' }, quote: { id: 'q', speaker: 's', text: 'words', said } }) as unknown as QuoteView;

  it('text with right-to-left letters is wrapped in a first-strong isolate; other text is left as it is', () => {
    expect(isolate('שרה לוי')).toBe('\u2068שרה לוי\u2069');
    expect(isolate('Ravi Okoro')).toBe('Ravi Okoro');
    expect(attribution(view('Ravi Okoro', 'structural engineer', 'on Tuesday'))).toBe('Ravi Okoro, structural engineer, on Tuesday');
    expect(attribution(view('שרה לוי', 'מומחית'))).toBe('\u2068שרה לוי\u2069, \u2068מומחית\u2069');
  });

  it('a right-to-left role comes before the game’s "Expert" label as a closed unit', () => {
    expect(roleAndKind({ role: 'מומחית', kind: 'expert' }, false, ', ')).toBe('\u2068מומחית\u2069, Expert');
    expect(roleAndKind({ role: 'structural engineer', kind: 'expert' }, false, ' · ')).toBe('structural engineer · Expert');
    expect(roleAndKind({ kind: 'official' }, true, ', ')).toBe('');
    const o = { id: 'o', n: 1, speakerView: { id: 's', name: 'שרה לוי', kind: 'expert' } } as unknown as OptionView;
    expect(optionLabel(o)).toBe('\u2068שרה לוי\u2069');
  });
});

describe('encoding', () => {
  it('a byte-order mark at the start of a pack file is dropped (Notepad writes one)', () => {
    const files = Object.fromEntries(Object.entries(MINI).map(([n, t]) => [n, `\uFEFF${t}`]));
    const r = loadPack(files);
    expect(r.ok ? r.pack.sourceText.startsWith('\uFEFF') : r.issues).toBe(false);
  });

  it('a .json bundle with a byte-order mark opens', async () => {
    const { makeBundle } = await import('../../src/core/pack/bundle');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(makeBundle(MINI))]);
    const r = await openPackFile('mini.json', bytes);
    expect(r.errors).toBe(0);
  });

  it('a folder with a BOM in pack.json and a Windows-1252 source.md: the BOM is fine, the source is refused in plain words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'otr-encoding-'));
    for (const name of readdirSync(MINI_PACK_DIR)) {
      const text = readFileSync(join(MINI_PACK_DIR, name), 'utf8');
      if (name === 'pack.json') writeFileSync(join(dir, name), `\uFEFF${text}`);
      else if (name === 'source.md') {
        writeFileSync(join(dir, name), cp1252(text));
      } else writeFileSync(join(dir, name), text);
    }
    const lines: string[] = [];
    expect(await validate([dir], ROOT, (l) => lines.push(l))).toBe(1);
    const { line, column, message } = notUtf8();
    expect(lines.find((l) => l.includes('/source.md:'))).toBe(`${relative(ROOT, dir)}/source.md:${line}:${column}  error  (root): ${message}`);
    expect(lines.some((l) => /Unexpected token|pack\.json.*not valid JSON/.test(l))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('encoding, in a zip', () => {
  it('the same pack zipped: the BOM is fine, the Windows-1252 source is refused with the same words', async () => {
    const { rawZip } = await import('./zipWriter');
    const enc = new TextEncoder();
    const entries = Object.entries(MINI).map(([name, text]) => ({
      name,
      data: name === 'pack.json' ? enc.encode(`\uFEFF${text}`) : name === 'source.md' ? cp1252(text) : enc.encode(text),
    }));
    const r = await openPackFile('mini.zip', rawZip(entries));
    const { line, column, message } = notUtf8();
    expect(r.lines.filter((l) => l.file === 'source.md').map((l) => [l.line, l.column, l.message])).toEqual([[line, column, message]]);
    expect(r.lines.some((l) => l.file === 'pack.json' && /not valid JSON/.test(l.message))).toBe(false);
  });
});

describe('a version-1 pack keeps its fiction flag', () => {
  const V1 = readPackFiles(join(ROOT, 'tests/fixtures/pack-versions/v1-mini-pack'));
  it('"fiction": true stays true through migration; no flag means real news', () => {
    const said = JSON.parse(V1['pack.json']!) as Record<string, unknown>;
    expect(said.fiction).toBeUndefined();
    const migrated = migrateManifest({ ...said, fiction: true });
    expect(migrated.ok && (migrated.manifest as PackManifest).fiction).toBe(true);
    const r = loadPack({ ...V1, 'pack.json': JSON.stringify({ ...said, fiction: true }) });
    expect(r.ok && r.pack.manifest.fiction).toBe(true);
    const plain = loadPack(V1);
    expect(plain.ok && plain.pack.manifest.fiction).toBe(false);
  });
});
