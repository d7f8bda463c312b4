import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/index.ts';
import { startLocalNeo4j, stopLocalNeo4j, TEST_NEO4J } from '../../src/localdb/index.ts';

/**
 * The tests run against their own Neo4j (`.neo4j-test/`, Bolt 7688, HTTP 7475), never the user's: started here
 * unless NEWSGRAPH_TEST_NEO4J_URI points elsewhere, and stopped at the end when this run started it.
 */
export default async function setup(_project: TestProject) {
  if (process.env.NEWSGRAPH_TEST_NEO4J_URI) return undefined;
  const config = loadConfig();
  const log = (line: string) => console.log(`[tests] ${line}`);
  const started = await startLocalNeo4j(config.neo4jPassword, log, TEST_NEO4J);
  return async () => {
    if (started) await stopLocalNeo4j(log, TEST_NEO4J);
  };
}
