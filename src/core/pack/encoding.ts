/**
 * Pack files are UTF-8 text. Two things editors do get in the way: a byte-order mark at the
 * start (Windows Notepad writes one; JSON.parse then fails with "Unexpected token"), which is
 * dropped wherever a pack's text comes in; and saving in another encoding (Windows-1252,
 * Latin-1), whose accented letters and curly quotes cannot be read as UTF-8 and come out as
 * U+FFFD, "don�t". That is refused with a message saying how to save the file again.
 */
import type { PackIssue } from './issues';

const BOM = '\uFEFF';
const REPLACEMENT = '\uFFFD';

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Every file of a pack with its byte-order mark dropped; the same object when none has one. */
export function stripBoms<T extends Readonly<Record<string, string>>>(files: T): T {
  if (!Object.values(files).some((t) => typeof t === 'string' && t.startsWith(BOM))) return files;
  return Object.fromEntries(Object.entries(files).map(([name, t]) => [name, typeof t === 'string' ? stripBom(t) : t])) as T;
}

/**
 * A file's bytes as text: UTF-8 without its byte-order mark. Bytes that are not UTF-8 come out
 * as U+FFFD, which `encodingIssue` then reports, so text from bytes and text handed over as a
 * string are judged the same way.
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

/** A file whose text holds U+FFFD was not saved as UTF-8: where, and what to do. Null if fine. */
export function encodingIssue(file: string, text: string): PackIssue | null {
  const at = text.indexOf(REPLACEMENT);
  if (at < 0) return null;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const line = text.slice(0, at).split('\n').length;
  const column = at - lineStart + 1;
  // The word around it, so the author can find it: "don�t".
  const from = Math.max(lineStart, text.slice(0, at).search(/\S*$/));
  const rest = text.slice(at).search(/\s|$/);
  const word = text.slice(from, at + rest).slice(0, 40);
  return {
    file,
    path: '(root)',
    message: `file is not saved as UTF-8 text: at line ${line} column ${column} ("${word}") is a character that could not be read. Open the file in a text editor and save it again with the encoding "UTF-8"`,
  };
}

/** Encoding problems in every file of a pack. */
export function encodingIssues(files: Readonly<Record<string, string>>): PackIssue[] {
  const out: PackIssue[] = [];
  for (const [name, text] of Object.entries(files)) {
    const issue = typeof text === 'string' ? encodingIssue(name, text) : null;
    if (issue) out.push(issue);
  }
  return out;
}
