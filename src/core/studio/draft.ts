/**
 * A pack being written in the studio: the article, the manifest and the levels as plain data,
 * kept even while they do not yet pass the checks (a draft may be saved with errors, never
 * exported with them). The game's own files are made from it, and checked by the game's own
 * validator and lint: the studio has no rule of its own.
 */
import { MANIFEST_FILE, loadPack, type PackFiles } from '../pack/validate';
import { lintPack, type PackWarning } from '../pack/lint';
import type { PackIssue } from '../pack/issues';
import { isPublisher } from '../pack/publisher';
import { SCHEMA_VERSION, type Level, type PackManifest, type Quote, type Speaker, type SpeakerKind } from '../pack/schema';

export const SOURCE_FILE = 'source.md';

export interface Draft {
  manifest: PackManifest;
  levels: Level[];
  /** The whole source.md: the header about the article, a `---` line, the article's body. */
  source: string;
}

export interface DraftCheck {
  errors: PackIssue[];
  warnings: PackWarning[];
}

/** A new draft: nothing but an id and the article's file, every list empty. */
export function emptyDraft(id = 'my-pack'): Draft {
  return {
    manifest: {
      schemaVersion: SCHEMA_VERSION,
      id,
      title: '',
      summary: '',
      source: { title: '', outlet: '', author: '', date: '', reported: '', file: SOURCE_FILE },
      speakers: [],
      quotes: [],
      levels: [],
    } as unknown as PackManifest,
    levels: [],
    source: '',
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The pack folder's files, as the game reads them: pack.json, one file per level, the source. */
export function draftFiles(d: Draft): PackFiles {
  const files: Record<string, string> = { [MANIFEST_FILE]: json({ ...d.manifest, levels: d.levels.map((l) => l.id) }) };
  for (const level of d.levels) files[`${level.id}.json`] = json(level);
  files[d.manifest.source?.file || SOURCE_FILE] = d.source;
  return files;
}

/** A draft from a pack folder's files (a bundle's, a zip's, a shipped pack's); what cannot be read is left empty for the checks to name. */
export function draftFromFiles(files: PackFiles): Draft {
  const parse = (name: string): unknown => {
    try {
      return JSON.parse(files[name] ?? 'null');
    } catch {
      return null;
    }
  };
  const manifest = (parse(MANIFEST_FILE) ?? emptyDraft().manifest) as PackManifest & { levels?: unknown };
  const ids = Array.isArray(manifest.levels) ? manifest.levels.filter((l): l is string => typeof l === 'string') : [];
  // Kept as written, every field (an editor's $schema pointer too): an import and an export change nothing.
  const levels = ids.flatMap((id) => {
    const level = parse(`${id}.json`) as Level | null;
    return level ? [level] : [];
  });
  return { manifest, levels, source: files[manifest.source?.file ?? SOURCE_FILE] ?? '' };
}

/** Every problem the game's checker and lint find in the draft. */
export function checkDraft(d: Draft): DraftCheck {
  const result = loadPack(draftFiles(d));
  if (!result.ok) return { errors: result.issues, warnings: [] };
  return { errors: [], warnings: lintPack(result.pack.manifest, result.pack.levels, d.source) };
}

/** An id made from words: lower case, hyphens, unique among `taken`. */
export function idFrom(words: string, taken: Iterable<string>): string {
  const base =
    words
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 5)
      .join('-') || 'item';
  const used = new Set(taken);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function addSpeaker(d: Draft, s: { name: string; role: string; kind: SpeakerKind }): { draft: Draft; id: string } {
  const id = idFrom(
    s.name,
    d.manifest.speakers.map((x) => x.id),
  );
  const speaker = { id, name: s.name, kind: s.kind, ...(s.role ? { role: s.role } : {}) } as Speaker;
  return { draft: { ...d, manifest: { ...d.manifest, speakers: [...d.manifest.speakers, speaker] } }, id };
}

/**
 * Where a speaker's id is chosen, this stands for the article's own reporting: the publishing
 * outlet, as a speaker (isPublisher), made when first needed. No id can start with "@".
 */
export const OWN_REPORTING = '@own-reporting';

/** The publishing outlet as a speaker, added unless it is there (the game shows its words as the article's own reporting). */
export function reportingSpeaker(d: Draft): { draft: Draft; id: string } {
  const outlet = d.manifest.source.outlet.trim();
  const there = d.manifest.speakers.find((s) => isPublisher(d.manifest, s));
  if (there || !outlet) return { draft: d, id: there?.id ?? '' };
  return addSpeaker(d, { name: outlet, role: '', kind: 'outlet' });
}

/** A quote of the body's own words, given to a speaker. */
export function addQuote(d: Draft, q: { speaker: string; text: string }): { draft: Draft; id: string } {
  if (q.speaker === OWN_REPORTING) {
    const own = reportingSpeaker(d);
    return own.id ? addQuote(own.draft, { ...q, speaker: own.id }) : { draft: d, id: '' };
  }
  const id = idFrom(
    `${q.speaker} ${q.text}`,
    d.manifest.quotes.map((x) => x.id),
  );
  const quote = { id, speaker: q.speaker, text: q.text } as Quote;
  return { draft: { ...d, manifest: { ...d.manifest, quotes: [...d.manifest.quotes, quote] } }, id };
}
