import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAnnotation } from '../../src/extract/index.ts';
import { deleteArticle, loadAnnotation, type GraphStore } from '../../src/graph/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { testStore } from '../support/graph.ts';
import { testServer, type TestServer } from '../support/server.ts';

let store: GraphStore;
let server: TestServer;
const marker = `server-test-${Date.now()}`;

beforeAll(async () => {
  store = await testStore();
  server = await testServer(store);
  for (const n of [1, 2, 3]) {
    await loadAnnotation(store, extractAnnotation(parseArticle(`${marker} article ${n}\n\nBody ${n} of ${marker}.`)));
  }
});

afterAll(async () => {
  const articles = await store.driver.executeQuery('MATCH (a:Article) WHERE a.title STARTS WITH $marker RETURN a.id AS id', { marker }, { database: store.database });
  for (const record of articles.records) await deleteArticle(store, record.get('id'));
});

describe('HTTP server', () => {
  it('answers /health/live and /health/ready', async () => {
    expect((await fetch(`${server.base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${server.base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers articles(first, after) from Neo4j, with stable cursors', async () => {
    const query = `query($first: Int, $after: String) {
      articles(first: $first, after: $after) { totalCount nodes { id title } pageInfo { hasNextPage endCursor } }
    }`;
    const all = await server.graphql(query, { first: 100 });
    expect(all.status).toBe(200);
    const titles: string[] = all.body.data!.articles.nodes.map((node: { title: string }) => node.title);
    expect(titles.filter((title) => title.startsWith(marker))).toHaveLength(3);
    expect(all.body.data!.articles.totalCount).toBe(titles.length);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { body: { data?: Record<string, any> } } = await server.graphql(query, { first: 2, after });
      seen.push(...page.body.data!.articles.nodes.map((node: { id: string }) => node.id));
      after = page.body.data!.articles.pageInfo.hasNextPage ? page.body.data!.articles.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.body.data!.articles.nodes.map((node: { id: string }) => node.id));
  });

  it('rejects malformed GraphQL with GRAPHQL_PARSE_FAILED', async () => {
    const response = await server.graphql('{ articles { ');
    expect(response.status).toBe(400);
    expect(response.body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('rejects wrong argument types and a forged cursor with clear codes', async () => {
    const wrongType = await server.graphql('{ articles(first: "ten") { totalCount } }');
    expect(wrongType.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const forged = await server.graphql('{ articles(after: "not-a-cursor") { totalCount } }');
    expect(forged.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const tooMany = await server.graphql('{ articles(first: 1000) { totalCount } }');
    expect(tooMany.body.errors![0]!.message).toMatch(/first must be between 0 and 100/);
  });

  it('serves the Playground page to a browser on GET /graphql, from local assets', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/GraphQL Playground/);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const asset of html.matchAll(/(?:src|href)="(\/playground\/[^"]+)"/g)) {
      expect((await fetch(`${server.base}${asset[1]}`)).status, asset[1]).toBe(200);
    }
  });
});
