/** Tiny DOM builder: pack text always goes in as text nodes, never as HTML. */
export type Child = Node | string | null | undefined | false;

type Handler = (e: Event) => void;
/**
 * Each element's handlers by event type. The element's one listener per type calls the handler
 * held here, so a view that patches its DOM instead of replacing it (src/a11y/patch.ts) can give
 * a kept element the handlers of the element just built for its place.
 */
const handlers = new WeakMap<Element, Map<string, Handler | null>>();

function listen(el: Element, type: string, fn: Handler | null): void {
  let own = handlers.get(el);
  if (!own) handlers.set(el, (own = new Map()));
  if (!own.has(type)) el.addEventListener(type, (e) => handlers.get(el)?.get(type)?.(e));
  own.set(type, fn);
}

/** `kept` (an element a patch left in the page) takes the handlers of `built` (the element built for its place). */
export function takeHandlers(kept: Element, built: Element): void {
  const own = handlers.get(kept);
  const next = handlers.get(built);
  own?.forEach((_, type) => {
    if (!next?.has(type)) own.set(type, null);
  });
  next?.forEach((fn, type) => listen(kept, type, fn));
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | ((e: Event) => void)> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') listen(el, k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}
