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

  /** Runs `work` in one write transaction (it may run several named queries); returns what the writes changed. */
  async write(work: (run: (name: QueryName, parameters?: Row) => Promise<Row[]>) => Promise<void>): Promise<WriteCounters> {
    this.roundTrips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(async (tx) => {
        const counters: WriteCounters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
        await work(async (name, parameters = {}) => {
          const result = await tx.run(cypher()[name], toParameters(parameters) as Row);
          const updates = result.summary.counters.updates();
          for (const key of Object.keys(counters) as (keyof WriteCounters)[]) counters[key] += updates[key] ?? 0;
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        });
        return counters;
      });
    } finally {
      await session.close();
    }
  }
}

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

async function run(tx: ManagedTransaction, name: QueryName, parameters: Row): Promise<Row[]> {
  const result = await tx.run(cypher()[name], toParameters(parameters) as Row);
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
