/**
 * The layers of src/ (ARCHITECTURE.md), held apart by reading every import. Each rule lists
 * what breaks it as "file:line imports 'x' (resolved) — rule", so a failure says what to move.
 * The rules are what lets the game's logic run in Node and under test without a canvas, and
 * the DOM layer and the services load without Phaser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, filesUnder, firstPathTo, importGraph, parseImports, tokenize, type Edge } from './importGraph';

const ROOT = resolve(__dirname, '../..');
const graph = importGraph(ROOT, 'src');
const modules = [...graph.values()];

/** src/core/rules/game.ts → core; src/main.ts → (root). */
const layerOf = (path: string) => {
  const parts = path.split('/');
  return parts.length > 2 ? parts[1]! : '(root)';
};
const inLayer = (layers: string[]) => modules.filter((m) => layers.includes(layerOf(m.path)));
/** What an edge names, for messages: the file it resolves to, the package, or the bare specifier. */
const target = (e: Edge) => e.file ?? e.pkg ?? e.spec;
const broke = (from: string, e: Edge, rule: string) => `${from}:${e.line} imports '${e.spec}' (${target(e)}) — ${rule}`;

/** A relative import that names no .ts/.js file (a stylesheet, JSON) still has a place. */
const placeOf = (from: string, e: Edge) => e.file ?? (e.pkg === null ? join(from, '..', e.spec) : null);

describe('the import reader', () => {
  it('tells value imports from type imports, side effects and import()', () => {
    const refs = parseImports(`
      import Phaser from 'phaser';
      import type { Pack } from './schema';
      import { type A, type B as C } from './types-only';
      import { type D, e } from './mixed';
      import {} from './empty-list';
      import './side-effect';
      import * as ns from './namespace';
      import def, { f } from './default-and-named';
      export { g } from './re-export';
      export type { H } from './type-re-export';
      export { type I } from './type-re-export-list';
      export * from './star';
      type T = typeof import('./type-query');
      let u: import('./type-member').U;
      const lazy = () => import('./lazy');
      void import('./lazy-then').then((m) => m);
    `);
    expect(refs.map((r) => `${r.kind} ${r.spec}`)).toEqual([
      'value phaser',
      'type ./schema',
      'type ./types-only',
      'value ./mixed',
      'value ./empty-list',
      'value ./side-effect',
      'value ./namespace',
      'value ./default-and-named',
      'value ./re-export',
      'type ./type-re-export',
      'type ./type-re-export-list',
      'value ./star',
      'type ./type-query',
      'type ./type-member',
      'dynamic ./lazy',
      'dynamic ./lazy-then',
    ]);
  });

  it('ignores imports written in comments, strings, templates and regular expressions', () => {
    const refs = parseImports(
      [
        "// import A from './line-comment';",
        "/* import B from './block-comment'; */",
        'const s = "import C from \'./string\'";',
        "const t = `import D from './template' ${x} import E from './template-after'`;",
        "const r = /import F from '.\\/regex'/;",
        'const o = { import: 1 }.import;',
        "import real from './real';",
      ].join('\n'),
    );
    expect(refs).toEqual([{ spec: './real', kind: 'value', line: 7 }]);
  });

  it('reads the whole tree (the rules below have something to check)', () => {
    expect(modules.length).toBeGreaterThan(100);
    const director = graph.get('src/scenes/director.ts')!;
    expect(director.edges.find((e) => e.pkg === 'phaser')?.kind).toBe('type');
    expect(director.edges.map((e) => e.file)).toContain('src/core/screens/screen.ts');
    expect(
      graph
        .get('src/services/packCheck.ts')!
        .edges.filter((e) => e.kind === 'dynamic')
        .map((e) => e.file),
    ).toContain('src/core/pack/checkPacks.ts');
  });

  it('finds the file behind every relative import (one that names nothing would slip past every rule)', () => {
    const found = modules.flatMap((m) =>
      m.edges
        .filter((e) => e.pkg === null && e.file === null && !existsSync(join(ROOT, placeOf(m.path, e)!)))
        .map((e) => `${m.path}:${e.line} imports '${e.spec}', which names no file`),
    );
    expect(found).toEqual([]);
  });
});

describe('the layers', () => {
  it('src/core imports only src/core, zod, pure-rand, jsonc-parser and fflate', () => {
    const rule = 'src/core imports only src/core (and the packages zod, pure-rand, jsonc-parser, fflate), type imports included';
    const found = inLayer(['core']).flatMap((m) =>
      m.edges.flatMap((e) => {
        if (e.pkg !== null) return ['zod', 'pure-rand', 'jsonc-parser', 'fflate'].includes(e.pkg) ? [] : [broke(m.path, e, rule)];
        return placeOf(m.path, e)!.startsWith('src/core/') ? [] : [broke(m.path, e, rule)];
      }),
    );
    expect(found).toEqual([]);
  });

  it('src/core does not touch the browser (window, document, localStorage, navigator)', () => {
    const globals = new Set(['window', 'document', 'localStorage', 'sessionStorage', 'navigator']);
    const found = inLayer(['core']).flatMap((m) => {
      const tokens = tokenize(m.source);
      // A name the file declares itself (`const window = …`) is its own, not the browser's.
      const declared = new Set(tokens.filter((_, i) => i > 0 && ['const', 'let', 'var', 'function', 'class'].includes(tokens[i - 1]!.text)).map((t) => t.text));
      return tokens.flatMap((t, i) => {
        if (t.kind !== 'id' || !globals.has(t.text) || declared.has(t.text)) return [];
        const prev = tokens[i - 1]?.text;
        const next = tokens[i + 1]?.text;
        if (prev === '.' || prev === '?.') return [];
        if ((next === ':' || next === '?') && (prev === '{' || prev === ',')) return [];
        return [`${m.path}:${t.line} uses '${t.text}' — src/core is plain TypeScript, no DOM or browser globals`];
      });
    });
    expect(found).toEqual([]);
  });

  it('src/a11y, src/state, src/i18n, src/services, src/input and src/studio never reach Phaser', () => {
    // A platform file that imports Phaser itself is as much Phaser as a widget.
    const phaserPlatform = new Set(
      inLayer(['platform'])
        .filter((m) => m.edges.some((e) => e.pkg === 'phaser' && e.kind !== 'type'))
        .map((m) => m.path),
    );
    const isPhaser = (t: { file: string | null; pkg: string | null }) =>
      t.pkg === 'phaser' || (t.file !== null && (/^src\/(vendor|widgets|scenes)\//.test(t.file) || phaserPlatform.has(t.file)));
    const found = inLayer(['a11y', 'state', 'i18n', 'services', 'input', 'studio']).flatMap((m) => {
      const hit = firstPathTo(graph, m.path, (e) => e.kind !== 'type', isPhaser);
      if (!hit) return [];
      const chain = [...hit.path, target(hit.edge)].join(' → ');
      return [
        `${m.path} reaches Phaser: ${chain} (line ${hit.edge.line} of ${hit.path[hit.path.length - 1]}) — src/${layerOf(m.path)} never reaches Phaser, widgets, scenes or a Phaser platform file (value and import() count; import type is fine)`,
      ];
    });
    expect(found).toEqual([]);
  });

  const never = (from: string[], to: string[]) => {
    const rule = `${from.map((l) => `src/${l}`).join(', ')} never import ${to.map((l) => `src/${l}`).join(', ')} (type imports included)`;
    return inLayer(from).flatMap((m) =>
      m.edges.flatMap((e) => {
        const place = placeOf(m.path, e);
        return place !== null && to.includes(layerOf(place)) ? [broke(m.path, e, rule)] : [];
      }),
    );
  };

  it('src/state and src/i18n stay below the views: no a11y, services, input, scenes, widgets', () => {
    expect(never(['state', 'i18n'], ['a11y', 'services', 'input', 'scenes', 'widgets'])).toEqual([]);
  });

  it('src/services never imports src/a11y, src/scenes or src/input', () => {
    expect(never(['services'], ['a11y', 'scenes', 'input'])).toEqual([]);
  });

  it('src/widgets and src/platform never import src/scenes or src/a11y', () => {
    expect(never(['widgets', 'platform'], ['scenes', 'a11y'])).toEqual([]);
  });

  it('src/studio is a page of its own: it never imports the game’s scenes, widgets, platform, input or state (but its pack store), and nothing imports it', () => {
    // The one exception: "play it now" keeps the draft with the packs a teacher loaded.
    expect(never(['studio'], ['scenes', 'widgets', 'platform', 'input', 'state']).filter((b) => !b.includes("'../state/packStore'"))).toEqual([]);
    expect(never(['core', 'state', 'i18n', 'services', 'input', 'a11y', 'scenes', 'widgets', 'platform'], ['studio'])).toEqual([]);
  });

  it('no module imports itself back (value imports; import() and import type do not count)', () => {
    const found = cycles(graph, (e) => e.kind === 'value').map((loop) => loop.join(' → '));
    expect(found).toEqual([]);
  });
});

/**
 * Files allowed past MAX_LINES, each with why. An entry that is no longer needed fails the
 * test, so the list only shrinks.
 */
const MAX_LINES = 300;
const LONG_FILES: Readonly<Record<string, string>> = {
  'src/i18n/strings.ts': 'the English catalogue: one file per language is the rule, and it is data',
  'src/i18n/strings.es.ts': 'the Spanish catalogue: one file per language is the rule, and it is data',
  'src/core/rules/game.ts': 'the reducer: the phase flow (next, back) and the answer rules; 300 lines before Prettier wrapped its long lines',
  'src/a11y/AccessibleLayer.ts': 'the DOM view of every screen in one switch; to become a module per screen when issue 15 reworks those screens',
};

describe('file size', () => {
  const lines = (path: string) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  };
  const sizes = new Map(filesUnder(ROOT, 'src').map((f) => [f, lines(f)]));

  it(`no file under src/ is over ${MAX_LINES} lines unless LONG_FILES says why`, () => {
    const found = [...sizes]
      .filter(([f, n]) => n > MAX_LINES && !(f in LONG_FILES))
      .map(([f, n]) => `${f}: ${n} lines — over ${MAX_LINES}; split it, or add it to LONG_FILES with a reason`);
    expect(found).toEqual([]);
  });

  it('LONG_FILES lists only files still over the limit', () => {
    const stale = Object.keys(LONG_FILES)
      .filter((f) => (sizes.get(f) ?? 0) <= MAX_LINES)
      .map((f) => `${f}: ${sizes.get(f) ?? 'gone'} — no longer over ${MAX_LINES} lines; take it out of LONG_FILES`);
    expect(stale).toEqual([]);
  });
});
