import { afterAll } from 'vitest';
import { loadConfig, LOCAL_NEO4J_URI } from '../../src/config/index.ts';
import { applySchema, createDriver, deleteArticle, GraphStore, type GraphConnection } from '../../src/graph/index.ts';

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

/** Deletes the articles a test file ingested, found by a marker in their titles. */
export async function deleteArticlesTitled(store: GraphStore, marker: string): Promise<void> {
  const found = await store.driver.executeQuery('MATCH (a:Article) WHERE a.title CONTAINS $marker RETURN a.id AS id', { marker }, { database: store.database });
  for (const record of found.records) await deleteArticle(store, record.get('id'));
}
