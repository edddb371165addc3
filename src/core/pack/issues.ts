/** One problem found in a pack: which file, where in it (a JSON path), and what is wrong. */
export interface PackIssue {
  file: string;
  path: string;
  message: string;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    out += typeof s === 'number' ? `[${s}]` : out ? `.${String(s)}` : String(s);
  }
  return out || '(root)';
}

export function formatIssue(i: PackIssue): string {
  return `${i.file} ${i.path}: ${i.message}`;
}
