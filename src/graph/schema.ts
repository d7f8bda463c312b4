import type { Driver } from 'neo4j-driver';
import { schemaStatements } from './cypher.ts';

/** Applies constraints and indexes; every statement uses IF NOT EXISTS, so this is safe at each startup. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
