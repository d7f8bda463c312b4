import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

/**
 * Every query the service runs, by file name under cypher/queries. The list is the registry's type:
 * a typo is a compile error, and a test fails on a file that is missing here or a name without a file.
 */
export const QUERY_NAMES = [
  'bench-entity-said',
  'bench-page-of-50',
  'bench-speaker-about',
  'bench-top-names',
  'bench-wipe',
  'article-by-ids',
  'article-delete',
  'article-entities',
  'article-events',
  'article-existing',
  'article-load',
  'article-page',
  'article-statements',
  'article-texts',
  'connection-path',
  'connection-path-any',
  'entity-addressed-by',
  'entity-aliases',
  'entity-lookup',
  'entity-lookup-said',
  'entity-mentioned-in',
  'entity-page',
  'entity-resolution-lock',
  'entity-resolve-upsert',
  'entity-said',
  'event-links',
  'event-page',
  'event-upsert',
  'node-by-id',
  'person-roles',
  'quote-by-text',
  'quote-details',
  'quote-upsert',
  'role-upsert',
  'search-entities',
  'search-statements',
  'statement-core',
  'statement-count',
  'statement-count-all',
  'statement-count-narrowed',
  'statement-links',
  'statement-links-upsert',
  'statement-page',
  'statement-page-all',
  'statement-page-by-date',
  'statement-page-walk',
  'statement-quotes',
  'statement-sentences',
  'statement-upsert',
  'who-said-what-about',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

const INCLUDE = /^\/\/ @include ([\w-]+)$/;

/**
 * A query's text without comments; a line `// @include name` stands for cypher/fragments/name.cypher, so
 * queries that share a part (the matches of a filter, the shape of a row) keep one copy of it.
 */
function readCypher(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => {
      const fragment = INCLUDE.exec(line.trim())?.[1];
      return fragment ? readCypher(path.join(cypherDir, 'fragments', `${fragment}.cypher`)) : line;
    })
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

let registry: Record<QueryName, string> | undefined;

/** All queries, read from disk once per process. */
export function cypher(): Record<QueryName, string> {
  registry ??= Object.fromEntries(
    QUERY_NAMES.map((name) => [name, readCypher(path.join(cypherDir, 'queries', `${name}.cypher`))]),
  ) as Record<QueryName, string>;
  return registry;
}

export function queryFileNames(): string[] {
  return readdirSync(path.join(cypherDir, 'queries'))
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.replace(/\.cypher$/, ''));
}

/** Schema statements (constraints, indexes) from cypher/schema/*.cypher, one per `;`. */
export function schemaStatements(): string[] {
  const dir = path.join(cypherDir, 'schema');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) => readCypher(path.join(dir, file)).split(';'))
    .map((statement) => statement.trim())
    .filter(Boolean);
}
