/**
 * Reads the imports of the game's own source, for the tests that hold the layers apart
 * (layers.test.ts) and keep start-up small (startup-imports.test.ts). A tokenizer rather
 * than one regular expression: an import inside a comment, a string or a template must not
 * count, and `import { type A }` must be told from `import { A }`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * `value`: loads the module when this one loads (plain and side-effect imports, re-exports).
 * `type`: erased by the compiler (`import type`, `export type`, a list of only `type` names,
 * `typeof import('x')`). `dynamic`: an `import('x')` call, loaded when it runs.
 */
export type ImportKind = 'value' | 'type' | 'dynamic';

export interface ImportRef {
  spec: string;
  kind: ImportKind;
  line: number;
}

export interface Token {
  kind: 'id' | 'str' | 'punct';
  text: string;
  line: number;
}

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

/** Identifiers, string literals (their value) and punctuation; comments and template text dropped. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  // Each open `${` of a template remembers the brace depth it closes at.
  const templateDepths: number[] = [];
  let depth = 0;
  let line = 1;
  let i = 0;
  const n = source.length;
  const count = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (source[k] === '\n') line++;
  };
  const regexAllowed = () => {
    const prev = tokens[tokens.length - 1];
    if (!prev) return true;
    if (prev.kind === 'str') return false;
    if (prev.kind === 'id') return REGEX_AFTER_WORD.has(prev.text);
    return ![')', ']', '}'].includes(prev.text);
  };
  // Template text from just after ` or } up to the closing ` (returns after it) or a ${.
  const templateText = () => {
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        templateDepths.push(depth);
        depth++;
        return;
      } else {
        if (c === '\n') line++;
        i++;
      }
    }
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      count(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      const start = line;
      let value = '';
      i++;
      while (i < n && source[i] !== c) {
        if (source[i] === '\\') {
          value += source[i + 1] ?? '';
          i += 2;
        } else {
          if (source[i] === '\n') line++;
          value += source[i++];
        }
      }
      i++;
      tokens.push({ kind: 'str', text: value, line: start });
    } else if (c === '`') {
      i++;
      tokens.push({ kind: 'punct', text: '`', line });
      templateText();
    } else if (c === '}' && templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === depth - 1) {
      templateDepths.pop();
      depth--;
      i++;
      templateText();
    } else if (c === '/' && regexAllowed()) {
      let inClass = false;
      i++;
      while (i < n && source[i] !== '\n') {
        const r = source[i]!;
        if (r === '\\') i++;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < n && /[a-z]/i.test(source[i]!)) i++;
      tokens.push({ kind: 'str', text: '<regex>', line });
    } else if (/[\p{ID_Start}$_]/u.test(c)) {
      const start = i;
      while (i < n && /[\p{ID_Continue}$\u200c\u200d]/u.test(source[i]!)) i++;
      tokens.push({ kind: 'id', text: source.slice(start, i), line });
    } else if (/[0-9]/.test(c)) {
      while (i < n && /[\w.]/.test(source[i]!)) i++;
      tokens.push({ kind: 'str', text: '<number>', line });
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      const two = source.slice(i, i + 2);
      const text = two === '?.' && !/[0-9]/.test(source[i + 2] ?? '') ? '?.' : c;
      tokens.push({ kind: 'punct', text, line });
      i += text.length;
    }
  }
  return tokens;
}

/** A braced list of names starting at `open`: the index after its `}`, and whether every name is `type`. */
function namedList(tokens: Token[], open: number): { end: number; allTypes: boolean } {
  const items: string[][] = [[]];
  let j = open + 1;
  for (; j < tokens.length && tokens[j]!.text !== '}'; j++) {
    if (tokens[j]!.text === ',') items.push([]);
    else items[items.length - 1]!.push(tokens[j]!.text);
  }
  const names = items.filter((item) => item.length > 0);
  // `type A` and `type A as B` are types; `type` and `type as B` import something called `type`.
  const isType = (item: string[]) => item[0] === 'type' && item.length >= 2 && !(item.length === 3 && item[1] === 'as');
  return { end: j + 1, allTypes: names.length > 0 && names.every(isType) };
}

/** Every import, re-export and `import()` in a module, with what it costs at run time. */
export function parseImports(source: string): ImportRef[] {
  const tokens = tokenize(source);
  const found: ImportRef[] = [];
  const at = (k: number) => tokens[k];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'id' || (tok.text !== 'import' && tok.text !== 'export')) continue;
    const prev = at(i - 1);
    if (prev && (prev.text === '.' || prev.text === '?.')) continue;
    const next = at(i + 1);
    if (!next) continue;
    if (tok.text === 'import' && next.text === '(') {
      const spec = at(i + 2);
      if (spec?.kind !== 'str' || at(i + 3)?.text !== ')') continue;
      // `typeof import('x')` and `import('x').Name` are types; `import('x').then(…)` is not.
      const member = at(i + 4)?.text === '.' ? at(i + 5)?.text : undefined;
      const isType = prev?.text === 'typeof' || (member !== undefined && !['then', 'catch', 'finally'].includes(member));
      found.push({ spec: spec.text, kind: isType ? 'type' : 'dynamic', line: tok.line });
      continue;
    }
    if (tok.text === 'import' && next.kind === 'str') {
      found.push({ spec: next.text, kind: 'value', line: tok.line });
      continue;
    }
    let j = i + 1;
    let typeOnly = false;
    let hasValue = false;
    if (at(j)?.text === 'type' && !(at(j + 1)?.text === 'from' && at(j + 2)?.kind === 'str') && at(j + 1)?.text !== ',' && at(j + 1)?.text !== '=') {
      typeOnly = true;
      j++;
    }
    if (tok.text === 'export' && at(j)?.text !== '*' && at(j)?.text !== '{') continue;
    // The clause: a default name, `* as ns`, `{ … }`, separated by commas, then `from 'x'`.
    let named: { allTypes: boolean } | null = null;
    while (j < tokens.length && at(j)?.text !== 'from') {
      const part = at(j)!;
      if (part.text === '{') {
        const list = namedList(tokens, j);
        named = list;
        j = list.end;
      } else if (part.text === '*') {
        hasValue = true;
        j += at(j + 1)?.text === 'as' ? 3 : 1;
      } else if (part.kind === 'id' && tok.text === 'import') {
        hasValue = true;
        j++;
      } else break;
      if (at(j)?.text === ',') j++;
    }
    if (at(j)?.text !== 'from' || at(j + 1)?.kind !== 'str') continue;
    if (named && !named.allTypes) hasValue = true;
    // `import type from 'x'` is a default import of a name `type`; `import {} from 'x'` still loads x.
    if (named === null && !hasValue) hasValue = true;
    found.push({ spec: at(j + 1)!.text, kind: typeOnly || !hasValue ? 'type' : 'value', line: tok.line });
  }
  return found;
}

/** Static, value-carrying imports and re-exports: what loads with the module. */
export function staticImports(source: string): string[] {
  return parseImports(source)
    .filter((r) => r.kind === 'value')
    .map((r) => r.spec);
}

/** `phaser/src/x` → `phaser`, `@scope/pkg/x` → `@scope/pkg`. */
export function packageName(spec: string): string {
  return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
}

/** The .ts/.js file a relative specifier names, or null (a package, a stylesheet, JSON). */
export function resolveFile(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')])
    if (existsSync(candidate) && candidate.match(/\.(ts|js)$/)) return candidate;
  return null;
}

/** Every local file and bare package the entry reaches through value imports (and `import()` if asked). */
export function reach(entry: string, options: { dynamic?: boolean } = {}): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const ref of parseImports(readFileSync(file, 'utf8'))) {
      if (ref.kind === 'type' || (ref.kind === 'dynamic' && !options.dynamic)) continue;
      if (!ref.spec.startsWith('.')) {
        packages.add(packageName(ref.spec));
        continue;
      }
      const next = resolveFile(file, ref.spec);
      if (next) todo.push(next);
    }
  }
  return { files, packages };
}

export interface Edge extends ImportRef {
  /** The local file it names (repo-relative), or null for a package or a non-code file. */
  file: string | null;
  /** The package it names, or null for a relative import. */
  pkg: string | null;
}

export interface Module {
  /** Repo-relative path, e.g. src/core/rules/game.ts. */
  path: string;
  source: string;
  edges: Edge[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Every file under `dir` (repo-relative), sorted. */
export function filesUnder(root: string, dir: string): string[] {
  return walk(join(root, dir))
    .map((f) => relative(root, f))
    .sort();
}

/** The .ts modules under `dir`, each with its imports resolved. */
export function importGraph(root: string, dir: string): Map<string, Module> {
  const graph = new Map<string, Module>();
  for (const path of filesUnder(root, dir).filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))) {
    const full = join(root, path);
    const source = readFileSync(full, 'utf8');
    const edges = parseImports(source).map((ref): Edge => {
      const target = resolveFile(full, ref.spec);
      return { ...ref, file: target ? relative(root, target) : null, pkg: ref.spec.startsWith('.') ? null : packageName(ref.spec) };
    });
    graph.set(path, { path, source, edges });
  }
  return graph;
}

/**
 * The cycles among the edges `follow` accepts: one cycle (a list of files, the first repeated
 * at the end) for each group of files that reach each other (Tarjan's strongly connected components).
 */
export function cycles(graph: Map<string, Module>, follow: (e: Edge) => boolean): string[][] {
  const next = (f: string) => [...new Set((graph.get(f)?.edges ?? []).filter((e) => e.file !== null && graph.has(e.file) && follow(e)).map((e) => e.file!))];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || next(v).includes(v)) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  // The shortest way round from the group's first file back to itself.
  return groups.map((group) => {
    const inGroup = new Set(group);
    const start = group[0]!;
    const from = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const v = queue.shift()!;
      for (const w of next(v).filter((x) => inGroup.has(x))) {
        if (w === start) {
          const between: string[] = [];
          for (let at = v; at !== start; at = from.get(at)!) between.unshift(at);
          return [start, ...between, start];
        }
        if (!from.has(w)) {
          from.set(w, v);
          queue.push(w);
        }
      }
    }
    return [...group, start];
  });
}

/**
 * The first file `bad` accepts (or package), with the path to it, reached from `entry` through
 * the edges `follow` accepts; null if none. A bad file is not walked through.
 */
export function firstPathTo(
  graph: Map<string, Module>,
  entry: string,
  follow: (e: Edge) => boolean,
  bad: (target: { file: string | null; pkg: string | null }) => boolean,
): { path: string[]; edge: Edge } | null {
  const from = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const pathTo = (f: string) => {
    const path: string[] = [];
    for (let at: string | null | undefined = f; at; at = from.get(at)) path.unshift(at);
    return path;
  };
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const e of graph.get(v)?.edges ?? []) {
      if (!follow(e)) continue;
      if (bad(e)) return { path: pathTo(v), edge: e };
      if (e.file && graph.has(e.file) && !from.has(e.file)) {
        from.set(e.file, v);
        queue.push(e.file);
      }
    }
  }
  return null;
}
