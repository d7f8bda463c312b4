import { afterAll } from 'vitest';
import { loadConfig, LOCAL_NEO4J_URI } from '../../src/config/index.ts';
import { applySchema, createDriver, GraphStore, type GraphConnection } from '../../src/graph/index.ts';

export function testConnection(): GraphConnection {
  const config = loadConfig();
  return {
    uri: config.neo4jUri ?? LOCAL_NEO4J_URI,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
  };
}

/** A store on the test Neo4j (started by the global setup), closed after the file's tests. */
export async function testStore(): Promise<GraphStore> {
  const connection = testConnection();
  const driver = createDriver(connection);
  afterAll(() => driver.close());
  await applySchema(driver, connection.database);
  return new GraphStore(driver, connection.database);
}
