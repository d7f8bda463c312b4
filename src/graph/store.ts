import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher, type QueryName } from './cypher.ts';
import { toParameters, toPlain } from './records.ts';

export type Row = Record<string, unknown>;

/**
 * The one way the service talks to Neo4j: named queries from cypher/, always with parameters,
 * inside executeRead/executeWrite transaction functions, rows converted to plain values once.
 */
export class GraphStore {
  /** Cypher round trips so far; tests use it to prove that batching works. */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  async read(name: QueryName, parameters: Row = {}): Promise<Row[]> {
    this.roundTrips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead((tx) => run(tx, name, parameters));
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction; it may run several named queries. */
  async write<T>(work: (run: (name: QueryName, parameters?: Row) => Promise<Row[]>) => Promise<T>): Promise<T> {
    this.roundTrips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite((tx) => work((name, parameters = {}) => run(tx, name, parameters)));
    } finally {
      await session.close();
    }
  }
}

async function run(tx: ManagedTransaction, name: QueryName, parameters: Row): Promise<Row[]> {
  const result = await tx.run(cypher()[name], toParameters(parameters) as Row);
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
