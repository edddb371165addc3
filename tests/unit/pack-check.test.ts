/**
 * The pack checker's protocol (core/pack/checkProtocol.ts, services/packCheck.ts): a check run
 * through a worker gives exactly what the same check gives on the page, where no worker can
 * start, and a worker that breaks hands its checks back to the page. The worker here is a fake
 * that copies every message both ways with structuredClone, as a real one does, and answers
 * with the worker's own function; the real worker is run in Chromium (tests/e2e/loadPack.spec.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../src/core/pack/bundle';
import { answerCheck } from '../../src/core/pack/checkPacks';
import type { CheckRequest, CheckResponse, StoredFiles } from '../../src/core/pack/checkProtocol';
import { packStamp } from '../../src/core/pack/packHash';
import { createPackChecker, type WorkerLike } from '../../src/services/packCheck';

const MINI = new URL('../fixtures/mini-pack/', import.meta.url);
const mini = (): Record<string, string> => Object.fromEntries(readdirSync(MINI).map((f) => [f, readFileSync(new URL(f, MINI), 'utf8')]));
const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

type Mode = 'answer' | 'fail' | 'error' | 'silent';

/** A worker in this process: what crosses is cloned, answers come a task later, as from a thread. */
function fakeWorker(mode: Mode = 'answer') {
  const on: Record<string, ((e: never) => void)[]> = { message: [], error: [], messageerror: [] };
  const emit = (type: string, e: unknown) => setTimeout(() => on[type]!.forEach((l) => l(e as never)), 0);
  const made = { posted: 0, terminated: 0 };
  const worker: WorkerLike = {
    postMessage(message: CheckRequest) {
      made.posted++;
      const req = structuredClone(message);
      if (mode === 'error') return emit('error', { preventDefault() {} });
      if (mode === 'fail') return emit('message', { data: { seq: req.seq, kind: 'failed', message: 'out of memory' } satisfies CheckResponse });
      if (mode === 'answer') void answerCheck(req).then((r) => emit('message', { data: structuredClone(r) }));
    },
    addEventListener(type: string, listener: (e: never) => void) {
      on[type]!.push(listener);
    },
    terminate() {
      made.terminated++;
    },
  };
  return { worker, made };
}

const onPage = () => createPackChecker({ makeWorker: () => null });
const withWorker = (mode: Mode = 'answer') => {
  const fake = fakeWorker(mode);
  return { checker: createPackChecker({ makeWorker: () => fake.worker, idleMs: 5 }), made: fake.made };
};

const FILES: [string, () => Uint8Array][] = [
  ['mini.pack.json', () => bytes(makeBundle(mini()))],
  ['v1-mini-pack.zip', () => fixture('pack-versions/v1-mini-pack.zip')],
  ['quote-not-verbatim.json', () => fixture('bad-packs/quote-not-verbatim.json')],
  ['bundle-invalid-json.json', () => fixture('bad-packs/bundle-invalid-json.json')],
  ['notes.txt', () => bytes('hello')],
];

describe('a pack file checked in the worker or on the page', () => {
  it.each(FILES)('%s: the same report either way', async (name, make) => {
    const { checker } = withWorker();
    const page = onPage();
    const viaWorker = await checker.checkFile(name, make());
    const viaPage = await page.checkFile(name, make());
    expect(checker.lastRan()).toBe('worker');
    expect(page.lastRan()).toBe('page');
    expect(viaWorker).toEqual(viaPage);
  });

  it('a good pack comes back whole (its files too), a broken one with its problems', async () => {
    const { checker } = withWorker();
    const good = await checker.checkFile('mini.pack.json', bytes(makeBundle(mini())));
    expect(good.pack?.manifest.id).toBe('mini-pack');
    expect(good.files).toEqual(mini());
    expect(good.errors).toBe(0);
    const bad = await checker.checkFile('quote-not-verbatim.json', fixture('bad-packs/quote-not-verbatim.json'));
    expect(bad.pack).toBeNull();
    expect(bad.lines.find((l) => l.severity === 'error')?.message).toMatch(/not verbatim/);
  });
});

describe('stored packs checked again at start', () => {
  const good = mini();
  const broken = { ...mini(), 'pack.json': mini()['pack.json']!.replace('"levels"', '"levelz"') };
  const list = (): StoredFiles[] => [
    { id: 'stamped', files: good, stamp: packStamp(good) },
    { id: 'unstamped', files: good },
    { id: 'stale-stamp', files: good, stamp: 'v0:0000000000000000' },
    { id: 'broken', files: broken },
    { id: 'damaged', files: null as never },
    { id: 'number-source', files: { ...good, 'source.md': 42 as never } },
  ];

  it('the same answers either way, in the order given, each failure with its reasons', async () => {
    const { checker } = withWorker();
    const viaWorker = await checker.checkStored(list());
    const viaPage = await onPage().checkStored(list());
    expect(viaWorker).toEqual(viaPage);
    expect(viaWorker.map((r) => [r.id, r.ok])).toEqual([
      ['stamped', true],
      ['unstamped', true],
      ['stale-stamp', true],
      ['broken', false],
      ['damaged', false],
      ['number-source', false],
    ]);
    // Every pack that passes carries the stamp of its files, to be written back where it differs.
    for (const r of viaWorker) if (r.ok) expect(r.stamp).toBe(packStamp(good));
    const why = (id: string) => viaWorker.flatMap((r) => (r.id === id && !r.ok ? r.lines.map((l) => `${l.file} ${l.path}: ${l.message}`) : []));
    expect(why('broken').length).toBeGreaterThan(0);
    expect(why('broken').join('\n')).toMatch(/pack\.json/);
    expect(why('damaged')).toEqual(['pack.json (root): file is missing from the pack folder']);
    expect(why('number-source').length).toBeGreaterThan(0);
  });

  it('no pack to check starts no worker', async () => {
    let made = 0;
    const checker = createPackChecker({ makeWorker: () => (made++, fakeWorker().worker) });
    expect(await checker.checkStored([])).toEqual([]);
    expect(made).toBe(0);
    await checker.checkStored(list().slice(0, 1));
    expect(made).toBe(1);
  });
});

describe('where the worker cannot help, the page checks', () => {
  const name = 'quote-not-verbatim.json';
  const want = () => onPage().checkFile(name, fixture(`bad-packs/${name}`));

  it('a worker that cannot be made (no Worker, a policy that forbids it)', async () => {
    const checker = createPackChecker({
      makeWorker: () => {
        throw new DOMException('refused', 'SecurityError');
      },
    });
    expect(await checker.checkFile(name, fixture(`bad-packs/${name}`))).toEqual(await want());
    expect(checker.lastRan()).toBe('page');
  });

  it.each(['error', 'fail'] as const)('a worker that breaks (%s): its check is done on the page, and so are later ones', async (mode) => {
    const { checker, made } = withWorker(mode);
    expect(await checker.checkFile(name, fixture(`bad-packs/${name}`))).toEqual(await want());
    expect(checker.lastRan()).toBe('page');
    expect(made.posted).toBe(1);
    await checker.checkStored([{ id: 'x', files: mini() }]);
    // After an error the worker is given up for good; after a failed answer it is asked again.
    expect(made.posted).toBe(mode === 'error' ? 1 : 2);
  });

  it('an idle worker is stopped, and a new one made for the next check', async () => {
    let made = 0;
    let stopped = 0;
    const checker = createPackChecker({
      idleMs: 1,
      makeWorker: () => {
        made++;
        const w = fakeWorker().worker;
        return { ...w, terminate: () => void stopped++ };
      },
    });
    await checker.checkStored([{ id: 'x', files: mini() }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(1);
    await checker.checkStored([{ id: 'x', files: mini() }]);
    expect(made).toBe(2);
  });
});
