/**
 * The messages between the game and its pack checker, which runs in a worker
 * (services/packCheck.worker.ts) so that checking a big pack never freezes the page, or on
 * the page itself where a worker cannot start (services/packCheck.ts). Both sides answer a
 * request with the same function (checkPacks.ts `answerCheck`), so both give the same result.
 * Everything here is plain data: it crosses to and from the worker by structured clone.
 */
import type { PackReport, ReportLine } from './report';
import type { Pack } from './schema';
import type { PackFiles } from './validate';

/** A pack as kept in this browser: its files and the stamp they were stored with (packHash.ts). */
export interface StoredFiles {
  id: string;
  files: PackFiles;
  stamp?: string;
}

/**
 * One stored pack checked again: the pack with the stamp of its files (written back when the
 * store had another), or why it no longer loads, as the report's lines.
 */
export type StoredCheck = { id: string; ok: true; pack: Pack; stamp: string } | { id: string; ok: false; lines: ReportLine[] };

/**
 * A pack file checked: what openPackFile (openPack.ts) says of it, and for a pack that loads the
 * stamp to store beside it (hashing 1 MB of files is best done off the page's thread too).
 */
export type FileCheck = PackReport & { files: PackFiles | null; stamp?: string };

export type CheckRequest = { seq: number; kind: 'file'; name: string; bytes: Uint8Array } | { seq: number; kind: 'stored'; list: StoredFiles[] };

/** `failed`: the checker itself broke (a bug, or no memory left); the caller checks on the page instead. */
export type CheckResponse =
  { seq: number; kind: 'file'; result: FileCheck } | { seq: number; kind: 'stored'; result: StoredCheck[] } | { seq: number; kind: 'failed'; message: string };
