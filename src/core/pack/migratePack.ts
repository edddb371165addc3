/**
 * Older pack formats, brought up to date before the schema sees them (as H5P migrates old
 * content by version). Each step takes a manifest of version N to N + 1. Every past version
 * keeps a frozen fixture in tests/fixtures/pack-versions/ that must still load.
 */
import { SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

const STEPS: Record<number, (manifest: Json) => Json> = {
  // 1 → 2: packs say whether their story is made up. A version-1 pack that already says so
  // keeps what it says (the schema then checks it); one that does not reported real news.
  1: (m) => ({ fiction: false, ...m }),
};

export type Migrated = { ok: true; manifest: unknown; from: number } | { ok: false; message: string };

export function migrateManifest(data: unknown): Migrated {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: true, manifest: data, from: SCHEMA_VERSION };
  let m = data as Json;
  const from = m.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from)) return { ok: true, manifest: data, from: SCHEMA_VERSION };
  if (from > SCHEMA_VERSION) {
    return {
      ok: false,
      message: `this pack is for a newer version of the game (schemaVersion ${from}; this game reads up to ${SCHEMA_VERSION}): update the game`,
    };
  }
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, message: `schemaVersion ${from} is not a version this game knows: use ${SCHEMA_VERSION}` };
    m = { ...step(m), schemaVersion: v + 1 };
  }
  return { ok: true, manifest: m, from };
}
