import type { PackManifest, Speaker } from './schema';

/**
 * Whether a speaker is the outlet that published the article: its narration is its own words
 * (quoteBounds), and it is not one of the people the article quotes (the title's name plates).
 */
export function isPublisher(manifest: Pick<PackManifest, 'source'>, speaker: Pick<Speaker, 'kind' | 'name'> | undefined): boolean {
  return speaker?.kind === 'outlet' && manifest.source.outlet.toLowerCase().includes(speaker.name.toLowerCase());
}
