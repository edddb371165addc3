/**
 * The worker the build emits (src/sw.ts compiled by scripts/serviceWorkerPlugin.ts), run in a
 * stand-in for a service worker's scope: it keeps exactly this build's files, answers from them
 * with the network gone, and clears only older builds of its own.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../scripts/serviceWorkerPlugin';

const SCOPE = 'https://school.example/room-4/';

type Listener = (e: { request?: Request; waitUntil(p: Promise<unknown>): void; respondWith(p: Promise<Response>): void }) => void;

/** Caches, clients and the network as a service worker sees them, all in memory. */
function workerScope(caches: Map<string, Map<string, string>>) {
  const listeners = new Map<string, Listener>();
  const fetched: string[] = [];
  let claimed = 0;
  const cache = (name: string) => {
    const entries = caches.get(name) ?? new Map<string, string>();
    caches.set(name, entries);
    return {
      addAll: async (urls: string[]) => void urls.forEach((u) => entries.set(new URL(u, SCOPE).href, `body of ${u}`)),
      match: async (req: Request, opts: { ignoreSearch?: boolean }) => {
        const url = new URL(req.url);
        if (opts.ignoreSearch) url.search = '';
        const body = entries.get(url.href);
        return body === undefined ? undefined : new Response(body);
      },
    };
  };
  const scope = {
    addEventListener: (type: string, f: Listener) => listeners.set(type, f),
    registration: { scope: SCOPE },
    clients: { claim: async () => void claimed++ },
    caches: { open: async (name: string) => cache(name), keys: async () => [...caches.keys()], delete: async (name: string) => caches.delete(name) },
    fetch: async (req: Request) => (fetched.push(req.url), new Response('from the network')),
  };
  /** Fire an event the way the browser does, and wait for what the worker asked it to wait for. */
  const fire = async (type: string, request?: Request): Promise<Response | undefined> => {
    let waited: Promise<unknown> = Promise.resolve();
    let answer: Promise<Response> | undefined;
    listeners.get(type)!({ request, waitUntil: (p) => void (waited = p), respondWith: (p) => void (answer = p) });
    await waited;
    return answer;
  };
  return { scope, fire, fetched, claims: () => claimed };
}

async function install(files: string[], caches = new Map<string, Map<string, string>>()) {
  const source = await serviceWorkerSource(files);
  const w = workerScope(caches);
  runInNewContext(source, { ...w.scope, self: w.scope });
  await w.fire('install');
  return { ...w, source, caches };
}

describe('the service worker the build emits', () => {
  const files = ['index.html', 'assets/index-abc123.js', 'assets/index-def456.css'];

  it('keeps the page and every file of the build, in one cache named by the build', async () => {
    const { caches, source } = await install(files);
    expect([...caches.keys()]).toHaveLength(1);
    const [name, entries] = [...caches][0]!;
    expect(name).toMatch(/^on-the-record-[0-9a-f]{12}$/);
    expect(source).toContain(name.slice('on-the-record-'.length));
    expect([...entries.keys()].sort()).toEqual([SCOPE, ...files.map((f) => SCOPE + f)].sort());
  });

  it('answers from the cache (whatever the query), and goes to the network only for what it does not keep', async () => {
    const w = await install(files);
    const hit = await w.fire('fetch', new Request(`${SCOPE}assets/index-abc123.js?renderer=canvas`));
    expect(await hit!.text()).toBe('body of ./assets/index-abc123.js');
    expect(await (await w.fire('fetch', new Request(`${SCOPE}?seed=4`)))!.text()).toBe('body of ./');
    const miss = await w.fire('fetch', new Request(`${SCOPE}levels/new.json`));
    expect(await miss!.text()).toBe('from the network');
    expect(w.fetched).toEqual([`${SCOPE}levels/new.json`]);
    // Not its business: other methods and other paths on the origin go straight through.
    expect(await w.fire('fetch', new Request(`${SCOPE}x`, { method: 'POST' }))).toBeUndefined();
    expect(await w.fire('fetch', new Request('https://school.example/other-app/app.js'))).toBeUndefined();
  });

  it('a new build is a new cache; taking over removes older builds of the game, nothing else, and claims the page', async () => {
    const older = await install(files);
    const caches = new Map([...older.caches, ['another-app', new Map<string, string>()]]);
    const newer = await install([...files.slice(1), 'index.html', 'assets/index-new999.js'], caches);
    const oldName = [...older.caches.keys()][0]!;
    const names = [...caches.keys()];
    expect(names).toHaveLength(3);
    await newer.fire('activate');
    expect([...caches.keys()]).not.toContain(oldName);
    expect([...caches.keys()]).toContain('another-app');
    expect([...caches.keys()].filter((k) => k.startsWith('on-the-record-'))).toHaveLength(1);
    expect(newer.claims()).toBe(1);
  });

  it('the same build gives the same worker; the file order does not matter', async () => {
    expect(await serviceWorkerSource([...files].reverse())).toBe(await serviceWorkerSource(files));
  });
});
