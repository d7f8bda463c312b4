import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/index.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/localdb/index.ts';

/** Starts the local Neo4j when none runs, and stops only what it started. */
export default async function setup(_project: TestProject) {
  const config = loadConfig();
  const started = config.neo4jUri === undefined ? await startLocalNeo4j(config.neo4jPassword) : false;
  return async () => {
    if (started) await stopLocalNeo4j();
  };
}
