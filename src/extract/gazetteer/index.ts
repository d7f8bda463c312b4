import type { EntityKind } from '../types.ts';
import { COUNTRIES, PLACES } from './countries.ts';

export { PLACE_HEADS } from './countries.ts';
import { KNOWN_ORGANIZATIONS } from './organizations.ts';

export { ORGANIZATION_HEADS, COMMON_ORGANIZATION_HEADS } from './organizations.ts';
export { NAME_TITLES, TITLE_HEADS, ROLE_DESCRIPTORS, speechVerbForms, NOT_NAMES, MONTHS_AND_DAYS, REPLY_PHRASES, REPLY_VERBS, GROUP_NOUN, SPEECH_VERBS, OBJECT_VERBS, AUDIENCE_VERBS, SPEECH_PARTICLES, SUBORDINATORS } from './words.ts';

/** How a known surface form relates to its entity: as its name, a demonym ("Russian") or its capital ("Moscow"). */
export type SurfaceRole = 'name' | 'demonym' | 'capital';

export interface KnownSurface {
  canonical: string;
  kind: EntityKind;
  role: SurfaceRole;
  newsAgency: boolean;
}

/** Every known surface form, keyed by its exact text (acronyms and names are case-sensitive in news text). */
export const KNOWN_SURFACES = new Map<string, KnownSurface>();

function add(surface: string, entry: KnownSurface): void {
  if (!KNOWN_SURFACES.has(surface)) KNOWN_SURFACES.set(surface, entry);
}

for (const country of COUNTRIES) {
  const base = { canonical: country.name, kind: 'PLACE' as const, newsAgency: false };
  for (const name of [country.name, ...country.aliases]) add(name.replace(/^the /, ''), { ...base, role: 'name' });
  for (const demonym of country.demonyms) add(demonym, { ...base, role: 'demonym' });
  for (const capital of country.capitals) add(capital, { ...base, role: 'capital' });
}
for (const organization of KNOWN_ORGANIZATIONS) {
  const base = { canonical: organization.name, kind: 'ORGANIZATION' as const, newsAgency: organization.newsAgency };
  for (const name of [organization.name, ...organization.aliases]) add(name.replace(/^the /, ''), { ...base, role: 'name' });
}
for (const place of PLACES) add(place, { canonical: place, kind: 'PLACE', role: 'name', newsAgency: false });

/** Longest known surface, in tokens, so the matcher knows how far to look ahead. */
export const LONGEST_SURFACE = Math.max(...[...KNOWN_SURFACES.keys()].map((surface) => surface.split(/\s+/).length));
