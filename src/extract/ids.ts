import { createHash } from 'node:crypto';

/** Stable ids: the same input always gives the same id, so loading twice changes nothing. */
export function stableId(prefix: string, ...parts: (string | number)[]): string {
  const hash = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
  return `${prefix}-${hash}`;
}

/** Entity ids depend on kind and normalized name only, so the same person in two articles is one node. */
export function entityId(kind: string, name: string): string {
  const slug = normalizeName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${kind.toLowerCase()}-${slug || stableId('x', name)}`;
}

/** Lower case, no accents, no punctuation at the ends, single spaces: the key names are compared by. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s$/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
