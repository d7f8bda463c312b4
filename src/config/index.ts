/** Settings read once from the environment at startup; every problem is reported in one error. */
export interface Config {
  /** Unset means: start and use this repo's local Neo4j. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  port: number;
  host: string;
  apiKey: string | undefined;
  /** Budget of every read query, server-side and client-side. */
  queryTimeoutMs: number;
  /** Budget of one article's extraction in a worker thread. */
  extractionBudgetMs: number;
  /** Schema introspection (the Playground's Docs and autocomplete need it); NEWSGRAPH_INTROSPECTION=false turns it off. */
  introspection: boolean;
  /** Stack traces in error responses only when NODE_ENV=development. */
  development: boolean;
}

export const LOCAL_NEO4J_URI = 'bolt://127.0.0.1:7687';
export const DEFAULT_NEO4J_PASSWORD = 'newsgraph-local';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const neo4jUri = text('NEO4J_URI');
  if (neo4jUri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(neo4jUri)) {
    problems.push(`NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687, got "${neo4jUri}"`);
  }
  const portText = text('PORT') ?? '4000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535, got "${portText}"`);
  }
  const neo4jDatabase = text('NEO4J_DATABASE') ?? 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(neo4jDatabase)) {
    problems.push(`NEO4J_DATABASE is not a valid Neo4j database name: "${neo4jDatabase}"`);
  }
  const apiKey = text('NEWSGRAPH_API_KEY');
  if (apiKey !== undefined && apiKey.length < 16) {
    problems.push('NEWSGRAPH_API_KEY must have at least 16 characters');
  }
  const milliseconds = (name: string, fallback: string) => {
    const given = text(name) ?? fallback;
    const value = Number(given);
    if (!Number.isInteger(value) || value < 100 || value > 600_000) {
      problems.push(`${name} must be a whole number of milliseconds from 100 to 600000, got "${given}"`);
    }
    return value;
  };
  const queryTimeoutMs = milliseconds('NEWSGRAPH_QUERY_TIMEOUT_MS', '2500');
  const extractionBudgetMs = milliseconds('NEWSGRAPH_EXTRACT_TIMEOUT_MS', '10000');
  const introspectionText = (text('NEWSGRAPH_INTROSPECTION') ?? 'true').toLowerCase();
  if (!['true', 'false'].includes(introspectionText)) problems.push(`NEWSGRAPH_INTROSPECTION must be true or false, got "${introspectionText}"`);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    neo4jUri,
    neo4jUser: text('NEO4J_USER') ?? 'neo4j',
    neo4jPassword: text('NEO4J_PASSWORD') ?? DEFAULT_NEO4J_PASSWORD,
    neo4jDatabase,
    port,
    host: text('HOST') ?? '127.0.0.1',
    apiKey,
    queryTimeoutMs,
    extractionBudgetMs,
    introspection: introspectionText === 'true',
    development: env.NODE_ENV === 'development',
  };
}
