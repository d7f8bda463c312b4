import type { Driver } from 'neo4j-driver';
import { LOCAL_NEO4J_URI, type Config } from '../config/index.ts';
import { applySchema, createDriver, GraphStore, verifyGraph, type GraphConnection } from '../graph/index.ts';
import { startLocalNeo4j } from '../localdb/index.ts';

export interface OpenGraph {
  driver: Driver;
  store: GraphStore;
  connection: GraphConnection;
  /** True when this process started the local Neo4j (and so should stop it). */
  startedLocalNeo4j: boolean;
}

/** Connects to NEO4J_URI, or starts this repo's local Neo4j when it is unset; applies the schema. */
export async function openGraph(config: Config, log: (line: string) => void = console.log): Promise<OpenGraph> {
  const startedLocalNeo4j = config.neo4jUri === undefined ? await startLocalNeo4j(config.neo4jPassword, log) : false;
  const connection: GraphConnection = {
    uri: config.neo4jUri ?? LOCAL_NEO4J_URI,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
  };
  const driver = createDriver(connection);
  try {
    await verifyGraph(driver, connection);
    await applySchema(driver, connection.database);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return { driver, store: new GraphStore(driver, connection.database, config.queryTimeoutMs), connection, startedLocalNeo4j };
}
