/**
 * Fixtures the results tests share: the mini pack's first question answered through the
 * reducer, and just enough of a document for the print sheet and the answer cards to be
 * built in Node (the unit tests have no DOM).
 */
import type { Action } from '../../src/core/rules/game';
import { A } from './helpers';

/**
 * From a fresh game on the mini pack (tests/fixtures/mini-pack): on into its first question,
 * then `picks` locked in one round after another, Next between them. Its first question's
 * rounds are a choice ("summer" right, "never" contradicted), a claim ("says" contradicted) and a
 * speaker round ("voss" right). Run it with `run(mini, initialState(), …)`.
 */
export function miniAnswers(...picks: string[]): Action[] {
  return [A.next, A.next, A.next, A.next, ...picks.flatMap((option, i) => [...(i > 0 ? [A.next] : []), A.choose(option), A.confirm])];
}

/** An element of the fake document: its tag, attributes, children and text. */
export interface FakeNode {
  tag: string;
  attrs: Record<string, string>;
  children: (FakeNode | string)[];
  textContent: string;
}

/** A document that builds FakeNodes (HTML or SVG); listeners are accepted and never called. */
export function fakeDocument(): Document {
  const make = (tag: string) => {
    const el: FakeNode & Record<string, unknown> = { tag, attrs: {}, children: [], textContent: '' };
    el.setAttribute = (k: string, v: string) => void (el.attrs[k] = String(v));
    el.addEventListener = () => {};
    el.append = (...c: (FakeNode | string)[]) => void el.children.push(...c);
    return el;
  };
  return { createElement: make, createElementNS: (_ns: string, tag: string) => make(tag) } as unknown as Document;
}

/** Runs `f` with the fake document as the global `document`, then puts the old one back. */
export function withFakeDocument<T>(f: () => T): T {
  const g = globalThis as { document?: unknown };
  const before = g.document;
  g.document = fakeDocument();
  try {
    return f();
  } finally {
    g.document = before;
  }
}

/** A fake node's text: its strings and its children's, a line each. */
export function textOf(n: unknown): string {
  const node = n as FakeNode | string;
  return typeof node === 'string' ? node : node.children.map(textOf).join('\n');
}
