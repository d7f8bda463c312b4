import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/cli/ingest.ts';
import { QUERY_NAMES, cypher, loadAnnotation, queryFileNames, warmReadPlans } from '../../src/graph/index.ts';
import { testStore } from '../support/graph.ts';

describe('cypher/queries', () => {
  it('has a file for every registered query and no unused file', () => {
    expect([...queryFileNames()].sort()).toEqual([...QUERY_NAMES].sort());
  });

  it('asks the first questions once at start, for a name no graph holds (npm start plans them before serving)', async () => {
    expect(await warmReadPlans(await testStore())).toBe(true);
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

  it('reads an unfiltered page of statements from the article-order index, never every statement', async () => {
    const store = await testStore();
    const result = await store.driver.executeQuery(
      `PROFILE ${cypher()['statement-page-all']}`,
      { afterArticle: '', afterPosition: -1, kind: null, textContains: null, skip: 0, limit: 51 },
      { database: store.database },
    );
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      operators.push(`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`);
      plan.children.forEach((child) => walk(child as typeof plan));
    };
    walk(result.summary.profile as never);
    expect(operators.join('\n')).toMatch(/NodeIndexSeek.*Statement\(articleId, position\)/);
    // sorting the page's targets by name is fine; sorting statements is what the index saves
    expect(operators.join('\n')).not.toMatch(/NodeByLabelScan s:Statement|Sort.*s\.articleId|Sort.*articleId/);
  });

  it('never splices values into queries: every query text is parameterized', () => {
    for (const name of QUERY_NAMES) {
      expect(cypher()[name], name).not.toMatch(/\$\{|\+\s*'|'\s*\+/);
    }
  });
});

describe('cypher/explore (saved queries for Neo4j Browser)', () => {
  it('each returns rows on the reference article', async () => {
    const store = await testStore();
    await loadAnnotation(store, annotateFile('data/us-defense-chief-russia.txt'));
    const files = readdirSync('cypher/explore').filter((file) => file.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const query = readFileSync(path.join('cypher/explore', file), 'utf8');
      const result = await store.driver.executeQuery(query, {}, { database: store.database, routing: 'READ' });
      expect(result.records.length, file).toBeGreaterThan(0);
    }
  });
});
