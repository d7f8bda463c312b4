import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One Neo4j server run from this repo's jars: its home (data, logs) and its configuration. */
export interface Neo4jInstance {
  /** Shown in messages: "Neo4j" or "the tests' Neo4j". */
  label: string;
  home: string;
  configDir: string;
  pidFile: string;
  consoleLog: string;
  neo4jLog: string;
  systemDatabase: string;
  /** Settings written over the repo's neo4j.conf into this instance's own configDir before it starts. */
  overrides?: Record<string, string>;
}

function instance(label: string, home: string, configDir: string, overrides?: Record<string, string>): Neo4jInstance {
  return {
    label,
    home,
    configDir,
    pidFile: path.join(home, 'run/newsgraph-neo4j.pid'),
    consoleLog: path.join(home, 'logs/console.log'),
    neo4jLog: path.join(home, 'logs/neo4j.log'),
    systemDatabase: path.join(home, 'data/databases/system'),
    overrides,
  };
}

/** Jars fetched by Maven and the config in the repo, shared by every instance. */
export const localNeo4jPaths = {
  repoRoot,
  pom: path.join(repoRoot, 'neo4j/pom.xml'),
  jars: path.join(repoRoot, 'neo4j/target/lib'),
  configDir: path.join(repoRoot, 'neo4j/conf'),
};

/** The user's Neo4j: `npm start` and `npm run db:*` use it; its data survives in `.neo4j/`. */
export const USER_NEO4J = instance('Neo4j', path.join(repoRoot, '.neo4j'), localNeo4jPaths.configDir);

export const TEST_BOLT_PORT = 7688;
export const TEST_HTTP_PORT = 7475;
/** Where the tests serve the API when they check what the tests' Neo4j Browser loads from it. */
export const TEST_SERVICE_PORT = 4475;

/** An instance of its own under `dir`: its ports and memory over the repo's neo4j.conf. */
function ownInstance(label: string, dir: string, ports: { bolt: number; http: number }, memory: { heap: [string, string]; pageCache: string }, extra: Record<string, string> = {}) {
  return instance(label, path.join(repoRoot, dir), path.join(repoRoot, dir, 'conf'), {
    'server.bolt.listen_address': `127.0.0.1:${ports.bolt}`,
    'server.http.listen_address': `127.0.0.1:${ports.http}`,
    'server.memory.heap.initial_size': memory.heap[0],
    'server.memory.heap.max_size': memory.heap[1],
    'server.memory.pagecache.size': memory.pageCache,
    ...extra,
  });
}

/** The tests' own Neo4j: its own data directory and ports, so `npm test` never reads or writes the user's data. */
export const TEST_NEO4J = ownInstance('the tests’ Neo4j', '.neo4j-test', { bolt: TEST_BOLT_PORT, http: TEST_HTTP_PORT }, { heap: ['256m', '768m'], pageCache: '128m' }, {
  'browser.post_connect_cmd': `style http://127.0.0.1:${TEST_SERVICE_PORT}/browser/style.grass; play http://127.0.0.1:${TEST_SERVICE_PORT}/browser/guide.html`,
});

export const BENCH_BOLT_PORT = 7689;
export const BENCH_HTTP_PORT = 7476;

/** bench:compare's own Neo4j: thousands of generated articles never land in the user's graph or the tests'. */
export const BENCH_NEO4J = ownInstance('the benchmark’s Neo4j', '.neo4j-bench', { bolt: BENCH_BOLT_PORT, http: BENCH_HTTP_PORT }, { heap: ['1g', '2g'], pageCache: '1g' });

/** The CSV import test's Neo4j: the importer replaces a whole database, so it gets one of its own. */
export const IMPORT_TEST_NEO4J = ownInstance('the import test’s Neo4j', '.neo4j-import-test', { bolt: 7690, http: 7477 }, { heap: ['256m', '512m'], pageCache: '64m' });

function parseConf(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .map((line) => /^([\w.]+)=(.*)$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!.trim()]),
  );
}

const settingsOf = new Map<string, Map<string, string>>();

function settings(target: Neo4jInstance): Map<string, string> {
  let found = settingsOf.get(target.configDir);
  if (!found) {
    found = parseConf(readFileSync(path.join(localNeo4jPaths.configDir, 'neo4j.conf'), 'utf8'));
    for (const [key, value] of Object.entries(target.overrides ?? {})) found.set(key, value);
    settingsOf.set(target.configDir, found);
  }
  return found;
}

/** A setting of an instance's neo4j.conf (read once per process), or `fallback` when it is not set. */
export function neo4jConfSetting(target: Neo4jInstance, key: string, fallback: string): string {
  return settings(target).get(key) || fallback;
}

/** Writes an instance's own neo4j.conf: the repo's settings with the instance's overrides. */
export function writeInstanceConf(target: Neo4jInstance): void {
  if (!target.overrides) return;
  mkdirSync(target.configDir, { recursive: true });
  const lines = [...settings(target)].map(([key, value]) => `${key}=${value}`);
  writeFileSync(path.join(target.configDir, 'neo4j.conf'), `# Generated from neo4j/conf/neo4j.conf for ${target.label}; do not edit.\n${lines.join('\n')}\n`);
}
