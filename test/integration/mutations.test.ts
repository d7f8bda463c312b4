import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.ts';
import { deleteArticlesTitled, testStore } from '../support/graph.ts';
import { TEST_API_KEY, testServer, type TestServer } from '../support/server.ts';

let store: GraphStore;
let server: TestServer;
const auth = { authorization: `Bearer ${TEST_API_KEY}` };
const marker = `Zarkovian${Date.now()}`;
const INGEST = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) { articleId entities statements events nodesCreated relationshipsCreated }
}`;
const article = {
  title: `${marker} minister resigns <script>alert(1)</script>`,
  text: `Finance Minister Petra ${marker} said the budget would be cut by a tenth.\n\n“We have no other choice,” ${marker} told reporters in Vienna on Monday.`,
  publisher: 'Test Wire',
  publishedAt: '2024-03-08',
  comments: [{ author: `${marker}-reader`, text: 'Finally.', replies: [{ author: `${marker}-other`, text: 'Too late.' }] }],
};

async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const result = await store.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    {},
    { database: store.database },
  );
  return { nodes: result.records[0]!.get('nodes').toNumber(), relationships: result.records[0]!.get('relationships').toNumber() };
}

beforeAll(async () => {
  store = await testStore();
  server = await testServer(store);
});

afterAll(() => deleteArticlesTitled(store, marker));

describe('ingestArticle and deleteArticle', () => {
  it('refuse requests without the API key, or with a wrong one', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-key-wrong-key-wrong' }] as Record<string, string>[]) {
      const ingest = await server.graphql(INGEST, { input: article }, headers);
      expect(ingest.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      const remove = await server.graphql('mutation { deleteArticle(id: "x") }', {}, headers);
      expect(remove.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('ingests an article; the same article again changes no count', async () => {
    const first = await server.graphql(INGEST, { input: article }, auth);
    expect(first.body.errors).toBeUndefined();
    const report = first.body.data!.ingestArticle;
    expect(report.statements).toBe(4);
    expect(report.nodesCreated).toBeGreaterThan(0);
    const counts = await graphCounts();

    const second = await server.graphql(INGEST, { input: article }, auth);
    expect(second.body.data!.ingestArticle).toMatchObject({ articleId: report.articleId, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphCounts()).toEqual(counts);

    const read = await server.graphql(
      `query($id: ID!) { node(id: $id) { ... on Article { title publishedAt comments { nodes { text speaker { name commenter } replyTo { speaker { name } } } } } } }`,
      { id: report.articleId },
    );
    expect(read.body.data!.node.title).toBe(article.title); // stored and returned as data, never interpreted
    expect(read.body.data!.node.publishedAt).toBe('2024-03-08');
    expect(read.body.data!.node.comments.nodes[1]).toMatchObject({ text: 'Too late.', speaker: { commenter: true }, replyTo: { speaker: { name: `${marker}-reader` } } });
  });

  it('deletes the article with its statements, events and the entities nothing else mentions', async () => {
    const before = await graphCounts();
    const { body } = await server.graphql(INGEST, { input: { ...article, title: `${article.title} (2)` } }, auth);
    const id = body.data!.ingestArticle.articleId;
    const removed = await server.graphql('mutation($id: ID!) { deleteArticle(id: $id) }', { id }, auth);
    expect(removed.body.data!.deleteArticle).toBe(true);
    expect(await graphCounts()).toEqual(before);
    const again = await server.graphql('mutation($id: ID!) { deleteArticle(id: $id) }', { id }, auth);
    expect(again.body.data!.deleteArticle).toBe(false);
  });

  it.each([
    ['empty text', { text: '' }, 'text'],
    ['text over 1 MB', { text: 'x'.repeat(1_000_001) }, 'text'],
    ['a bad date', { publishedAt: '2024-02-30' }, 'publishedAt'],
    ['a bad url', { url: 'javascript:alert(1)' }, 'url'],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_label, change, field) => {
    const response = await server.graphql(INGEST, { input: { ...article, ...change } }, auth);
    expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.body.errors![0]!.message).toMatch(field);
  });
});

describe('entities across articles', () => {
  it('merges a person named in full in one article and by surname in another', async () => {
    const surnameOnly = { title: `${marker} follow-up`, text: `${marker} said on Tuesday that Austria would borrow less.` };
    const { body } = await server.graphql(INGEST, { input: surnameOnly }, auth);
    expect(body.errors).toBeUndefined();
    const result = await server.graphql('query($name: String!) { entity(name: $name) { name said { totalCount } } }', { name: marker });
    expect(result.body.data!.entity).toEqual({ name: `Petra ${marker}`, said: { totalCount: 3 } });
  });

  it('shows every candidate of an ambiguous name through entities(where: {name})', async () => {
    const surname = `${marker}ko`;
    const input = { title: `${marker} two of a name`, text: `Anna ${surname} said the bridge was safe.\n\nPiotr ${surname} said the bridge was not safe.` };
    const ingest = await server.graphql(INGEST, { input }, auth);
    expect(ingest.body.errors).toBeUndefined();
    const found = await server.graphql('query($n: String!) { entities(where: {name: $n}) { totalCount nodes { name } } }', { n: surname.toLowerCase() });
    expect(found.body.data!.entities.totalCount).toBe(2);
    expect(found.body.data!.entities.nodes.map((node: { name: string }) => node.name).sort()).toEqual([`Anna ${surname}`, `Piotr ${surname}`]);
  });
});
