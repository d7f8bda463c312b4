import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { cypher, type QueryName } from './cypher.ts';
import { toParameters, toPlain } from './records.ts';

export type Row = Record<string, unknown>;

/** Reads answer within this unless NEWSGRAPH_QUERY_TIMEOUT_MS says otherwise: no query may hold the service. */
export const DEFAULT_READ_TIMEOUT_MS = 2_500;
/** A write (one article, or a batch) may take longer, but never forever. */
export const WRITE_TIMEOUT_MS = 60_000;

/** A query that did not finish within its budget: Neo4j is slow, frozen or still starting, or the query is too big. */
export class GraphTimeoutError extends Error {}

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
    readonly readTimeoutMs: number = DEFAULT_READ_TIMEOUT_MS,
    private readonly parent?: GraphStore,
  ) {}

  /** The same store, counting the round trips of one request on its own (and still in this store's total). */
  scoped(): GraphStore {
    return new GraphStore(this.driver, this.database, this.readTimeoutMs, this);
  }

  private count(): void {
    this.roundTrips += 1;
    this.parent?.count();
  }

  /** Resolves when Neo4j answers within the read budget; /health/ready uses it. */
  async ping(): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    await withDeadline(session, this.readTimeoutMs, session.executeRead((tx) => tx.run('RETURN 1'), { timeout: this.readTimeoutMs }));
  }

  /** One named read in its own transaction, ended by Neo4j (server-side timeout) and by us (deadline) after readTimeoutMs. */
  async read(name: QueryName, parameters: Row = {}): Promise<Row[]> {
    this.count();
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    return withDeadline(
      session,
      this.readTimeoutMs,
      session.executeRead((tx) => run(tx, name, parameters), { timeout: this.readTimeoutMs }),
    );
  }

  /** Runs `work` in one write transaction (it may run several named queries, each answering with what it changed). */
  async write<T>(work: (run: WriteRun) => Promise<T>): Promise<T> {
    this.count();
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    const written = session.executeWrite(
      (tx) =>
        work(async (name, parameters = {}) => {
          const result = await tx.run(cypher()[name], toParameters(parameters) as Row);
          const updates = result.summary.counters.updates();
          const counters = Object.fromEntries(WRITE_COUNTERS.map((key) => [key, updates[key] ?? 0])) as WriteCounters;
          return { rows: result.records.map((record) => toPlain(record.toObject()) as Row), counters };
        }),
      { timeout: WRITE_TIMEOUT_MS },
    );
    return withDeadline(session, WRITE_TIMEOUT_MS, written);
  }
}

/**
 * Settles with `work` or fails with GraphTimeoutError after `ms` (plus a little for the network), whichever is first.
 * The server-side timeout covers slow queries; this covers a Neo4j that does not answer at all (frozen, booting).
 */
async function withDeadline<T>(session: Session, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new GraphTimeoutError(`Neo4j did not answer within ${ms} ms.`)), ms + 250);
  });
  try {
    const result = await Promise.race([work, deadline]);
    await session.close();
    return result;
  } catch (error) {
    work.catch(() => undefined);
    // closing waits for the connection; a frozen Neo4j must not hold the caller here
    void session.close().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

const WRITE_COUNTERS = ['nodesCreated', 'nodesDeleted', 'relationshipsCreated', 'relationshipsDeleted', 'propertiesSet'] as const;

export type WriteCounters = Record<(typeof WRITE_COUNTERS)[number], number>;

/** One named query inside a write transaction: its rows and what it changed. */
export type WriteRun = (name: QueryName, parameters?: Row) => Promise<{ rows: Row[]; counters: WriteCounters }>;

async function run(tx: ManagedTransaction, name: QueryName, parameters: Row): Promise<Row[]> {
  const result = await tx.run(cypher()[name], toParameters(parameters) as Row);
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
