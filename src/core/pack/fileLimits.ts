/**
 * What a pack file may be, before anything in it is read: the size limits, the names the
 * problem list gives a bundle and a zip, and sizes as a teacher reads them. Nothing here
 * imports the schema library, so the page can refuse a 5 GB file without loading the checker.
 */
export const LIMITS = {
  /** A whole bundle or zip: the CECOT pack is about 0.2 MB. */
  bundleBytes: 1024 * 1024,
  fileBytes: 512 * 1024,
  files: 100,
  /** Objects and arrays inside objects and arrays: a pack needs about 8. */
  depth: 40,
} as const;

export const BUNDLE_FILE = '(bundle)';
export const ZIP_FILE = '(zip)';

/** "1.5 GB", "919 KB", "12 bytes": a size as a teacher reads it. */
export function sizeText(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
