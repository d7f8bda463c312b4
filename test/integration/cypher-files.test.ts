import { describe, expect, it } from 'vitest';
import { QUERY_NAMES, cypher, queryFileNames } from '../../src/graph/index.ts';
import { testStore } from '../support/graph.ts';

describe('cypher/queries', () => {
  it('has a file for every registered query and no unused file', () => {
    expect([...queryFileNames()].sort()).toEqual([...QUERY_NAMES].sort());
  });

  it('compiles every query against the real Neo4j (EXPLAIN)', async () => {
    const store = await testStore();
    const session = store.driver.session({ database: store.database });
    try {
      for (const name of QUERY_NAMES) {
        await expect(session.run(`EXPLAIN ${cypher()[name]}`), name).resolves.toBeDefined();
      }
    } finally {
      await session.close();
    }
  });

  it('never splices values into queries: every query text is parameterized', () => {
    for (const name of QUERY_NAMES) {
      expect(cypher()[name], name).not.toMatch(/\$\{|\+\s*'|'\s*\+/);
    }
  });
});
