// Types for bigPacks.mjs (plain JavaScript, so npm run bench can import it without a build).
export function bigValidPack(count?: number): Record<string, string>;
export function bigNonVerbatimPack(count?: number): { files: Record<string, string>; passages: string[] };
