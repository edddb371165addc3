/**
 * Packs as authoring material: every folder under levels/ is a valid pack; the practice
 * pack is fiction and plays end to end; the JSON Schemas are current and referenced; the
 * validator explains problems with positions and fixes; bundles and zips load like folders.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { main as bundle } from '../../scripts/bundle';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBundle, readBundle } from '../../src/core/pack/bundle';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { closestPassage } from '../../src/core/pack/hints';
import { jsonPositions, positionOf } from '../../src/core/pack/jsonPositions';
import { jsonSchemas } from '../../src/core/pack/jsonSchema';
import { openPackFile } from '../../src/core/pack/openPack';
import { roundOptions } from '../../src/core/rules/options';
import { totalMax, totalScore } from '../../src/core/rules/progress';
import { reportPack } from '../../src/core/pack/report';
import { loadPack } from '../../src/core/pack/validate';
import { readZip } from '../../src/core/pack/zip';
import { main as validate } from '../../scripts/validate';
import { packFolders, readFolder } from '../../scripts/packFiles';
import { ROOT, completeDebate } from './helpers';
import { makeZip } from './zipWriter';

const FERRY = join(ROOT, 'levels/kestrel-bay-ferry');

describe('the packs under levels/', () => {
  it('every folder is a pack that validates with no errors and no warnings (exit 0)', async () => {
    const folders = packFolders(ROOT);
    expect(folders.map((f) => f.split('/').pop())).toEqual(['cecot-2025', 'kestrel-bay-ferry']);
    const lines: string[] = [];
    expect(await validate([], ROOT, (l) => lines.push(l))).toBe(0);
    expect(lines).toEqual(['levels/cecot-2025: ok', 'levels/kestrel-bay-ferry: ok']);
  });

  it('the JSON Schemas are generated from the zod schema and committed up to date', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(JSON.parse(readFileSync(join(ROOT, 'levels', name), 'utf8')), `levels/${name}: run npm run schema`).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('every pack and level file points its editor at the schema', () => {
    for (const dir of packFolders(ROOT)) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
        const want = f === 'pack.json' ? '../pack.schema.json' : '../level.schema.json';
        expect(JSON.parse(readFileSync(join(dir, f), 'utf8')).$schema, `${dir}/${f}`).toBe(want);
      }
    }
  });

  it('the practice pack is marked as fiction, in the pack and in its source text', () => {
    const r = loadPack(readFolder(FERRY));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.manifest.fiction).toBe(true);
    expect(r.pack.sourceText).toMatch(/^FICTION\./m);
    const cecot = loadPack(readFolder(join(ROOT, 'levels/cecot-2025')));
    expect(cecot.ok && cecot.pack.manifest.fiction).toBe(false);
  });

  it("the practice pack plays from the title to the final results; the experts' answers score full marks", () => {
    const r = loadPack(readFolder(FERRY));
    if (!r.ok) throw new Error('ferry pack');
    const pack = r.pack;
    let s: GameState = initialState();
    const go = (a: Action) => {
      const o = reduce(pack, s, a);
      if (!o.ok) throw new Error(`${a.type}: ${o.error.message}`);
      s = o.state;
    };
    for (let i = 0; i < 200 && s.phase !== 'final'; i++) {
      const round = pack.levels[s.level]?.rounds[s.round];
      if (s.phase === 'round' && s.draft) go(completeDebate(pack, s)!);
      else if (s.phase === 'round' && round) {
        for (const o of roundOptions(pack, round).filter((x) => x.verdict === 'supported')) go({ type: 'choose', option: o.id });
        go({ type: 'confirm' });
      } else go({ type: 'next' });
    }
    expect(s.phase).toBe('final');
    expect(totalScore(pack, s)).toBe(totalMax(pack, { skipped: [] }));
  });
});

describe('the validator explains problems', () => {
  it('names the line and column of the JSON path', () => {
    const text = '{\n  "a": 1,\n  "rounds": [\n    { "id": "x" },\n    { "id": "y", "options": [ { "text": "t" } ] }\n  ]\n}';
    const at = jsonPositions(text);
    expect(positionOf(at, 'rounds[1].id')).toEqual({ line: 5, column: 7 });
    expect(positionOf(at, 'rounds[1].options[0].text')).toEqual({ line: 5, column: 33 });
    // A path below what the file has falls back to the nearest enclosing value.
    expect(positionOf(at, 'rounds[0].options')).toEqual({ line: 4, column: 5 });
  });

  it('offers the closest passage of the source for a quote that is not verbatim', () => {
    const source = 'The mayor said the ferry would be “running every night by the first snow.” Others doubt it.';
    expect(closestPassage(source, 'running each night by the first snow')).toBe('running every night by the first snow');
    // Where two runs share as many words, the one that starts like the quote wins.
    expect(closestPassage('She said it would “open before the summer fair.” Then', 'open before the summer festival')).toBe('open before the summer fair');
    const files = { ...readFolder(FERRY) };
    files['pack.json'] = files['pack.json']!.replace('in good shape for its age', 'in great shape for its age');
    const line = reportPack(files).lines.find((l) => l.path === 'quotes[4].text')!;
    expect(line).toMatchObject({ file: 'pack.json', severity: 'error', line: 28 });
    expect(line.hint).toContain('“in good shape for its age”');
  });

  it('warns (exit 0) about text too long for a shared screen', async () => {
    const files = { ...readFolder(FERRY) };
    const level = JSON.parse(files['the-boat.json']!);
    level.rounds[1].prompt = `Can a night service pay its way? ${'Think about who rides it, when, and what it costs. '.repeat(5)}`;
    files['the-boat.json'] = JSON.stringify(level, null, 2);
    const report = reportPack(files);
    expect(report.errors).toBe(0);
    expect(report.lines).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'the-boat.json', path: 'rounds[1].prompt', message: expect.stringContaining('shorten it') }),
    ]);
  });
});

describe('a pack as one file', () => {
  const files = readFolder(FERRY);

  it('npm run bundle writes the folder as one checked file; a broken folder is not bundled (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'otr-bundle-'));
    const out = join(dir, 'ferry.pack.json');
    expect(await bundle([FERRY, out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(makeBundle(files));
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    for (const [name, text] of Object.entries(files))
      writeFileSync(join(broken, name), name === 'pack.json' ? text.replace('"speaker": "nand"', '"speaker": "nobody"') : text);
    expect(await bundle([broken, join(dir, 'broken.pack.json')])).toBe(1);
    expect(existsSync(join(dir, 'broken.pack.json'))).toBe(false);
  });

  it('a bundle holds the folder and loads the same pack', async () => {
    const text = makeBundle(files);
    const back = readBundle(text);
    expect(back).toEqual({ ok: true, files });
    const opened = await openPackFile('ferry.pack.json', new TextEncoder().encode(text));
    expect(opened.pack?.manifest.id).toBe('kestrel-bay-ferry');
    expect(opened.errors).toBe(0);
  });

  it('a zip of the folder loads, deflated or stored, with or without its top folder', async () => {
    for (const [zipped, deflate] of [
      [Object.fromEntries(Object.entries(files).map(([n, t]) => [`kestrel-bay-ferry/${n}`, t])), true],
      [files, false],
    ] as const) {
      const r = await readZip(makeZip(zipped, deflate));
      expect(r).toEqual({ ok: true, files });
    }
    const opened = await openPackFile('ferry.zip', makeZip(files));
    expect(opened.pack?.manifest.title).toContain('Kestrel Bay');
  });

  it('a zip that is damaged, not a zip, or nests folders is refused with a reason', async () => {
    const nested = await readZip(makeZip({ 'a/b/pack.json': '{}' }));
    expect(nested.ok ? '' : nested.issues[0]!.message).toContain('sub-folder');
    const notZip = await readZip(new TextEncoder().encode('hello'));
    expect(notZip.ok ? '' : notZip.issues[0]!.message).toContain('not a zip');
    const good = makeZip(files);
    const cut = await readZip(good.slice(0, good.length - 40));
    expect(cut.ok).toBe(false);
    const other = await openPackFile('notes.txt', new Uint8Array());
    expect(other.lines[0]!.message).toContain('not a pack');
  });
});
