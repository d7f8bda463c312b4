import net from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, GraphStore, type GraphStore as Store } from '../../src/graph/index.ts';
import { deleteArticlesTitled, testConnection, testStore } from '../support/graph.ts';
import { TEST_API_KEY, testServer, type TestServer } from '../support/server.ts';
import { quoteHeavyArticle } from '../../src/cli/benchExtract.ts';

let store: Store;
let server: TestServer;
const auth = { authorization: `Bearer ${TEST_API_KEY}` };
const marker = `Qelvar${Date.now().toString(36)}`;

beforeAll(async () => {
  store = await testStore();
  server = await testServer(store);
});

afterAll(() => deleteArticlesTitled(store, marker));

describe('query cost limits', () => {
  it('refuses an exponential fragment bomb before it runs', async () => {
    let query = 'query { ...F0 }\n';
    for (let level = 0; level < 16; level += 1) {
      query += `fragment F${level} on Query { statements { nodes { replies { ...F${level + 1} } } } a: statements { nodes { replyTo { ...F${level + 1} } } } }\n`;
    }
    query += 'fragment F16 on Query { articles { totalCount } }';
    const response = await server.graphql(query);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a thousand aliases of connection', async () => {
    const aliases = Array.from({ length: 1000 }, (_, index) => `c${index}: connection(from: "Russia", to: "x${index}", maxHops: 6) { type }`);
    const response = await server.graphql(`{ ${aliases.join(' ')} }`);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors![0]!.extensions!.code).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
  });

  it('lets GraphiQL’s own introspection query through', async () => {
    const response = await server.graphql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('concurrent ingestion', () => {
  // three people recur across articles, named in full in some and by surname alone in others
  const people = [`Ilse ${marker}berg`, `Tomas ${marker}ski`, `Nadia ${marker}ova`];
  const articles = Array.from({ length: 20 }, (_, index) => {
    const [a, b, c] = [people[index % 3]!, people[(index + 1) % 3]!, people[(index + 2) % 3]!];
    const surname = (name: string) => name.split(' ')[1]!;
    return {
      title: `${marker} budget talks, round ${index}`,
      text: `${index % 2 ? a : surname(a)} said the budget for round ${index} was too small.\n\n“We will not accept cuts of ${index} percent,” ${surname(b)} told reporters. ${c} said talks would go on.`,
    };
  });
  const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }';

  it('gives one entity per person when 20 overlapping articles arrive at once, and no errors', async () => {
    const responses = await Promise.all(articles.map((input) => server.graphql(INGEST, { input }, auth)));
    for (const response of responses) expect(response.body.errors).toBeUndefined();
    const result = await store.driver.executeQuery(
      'MATCH (p:Person) WHERE p.name CONTAINS $marker RETURN p.name AS name, count { (p)-[:SAID]->() } AS said ORDER BY name',
      { marker },
      { database: store.database },
    );
    const found = result.records.map((record) => record.get('name') as string);
    expect(found).toEqual([...people].sort());
    const said = result.records.reduce((sum, record) => sum + Number(record.get('said')), 0);
    expect(said).toBe(60);
  });
});

describe('a Neo4j that accepts connections but never answers (frozen)', () => {
  const sockets = new Set<net.Socket>();
  const frozen = net.createServer((socket) => sockets.add(socket));
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    frozen.close();
  });

  it('answers GRAPH_UNAVAILABLE with the default read budget, and /health/ready 503', async () => {
    await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
    const { port } = frozen.address() as net.AddressInfo;
    const connection = { ...testConnection(), uri: `bolt://127.0.0.1:${port}` };
    const driver = createDriver(connection);
    afterAll(() => void driver.close().catch(() => undefined));
    const frozenServer = await testServer(new GraphStore(driver, connection.database));
    const response = await frozenServer.graphql('{ statements { totalCount } }');
    expect(response.body.errors![0]!.extensions!.code).toBe('GRAPH_UNAVAILABLE');
    expect((await fetch(`${frozenServer.base}/health/ready`)).status).toBe(503);
  });
});

describe('extraction in worker threads', () => {
  it('keeps answering other requests while a quote-heavy article is extracted', async () => {
    const heavy = quoteHeavyArticle(12_000).split('\n\n');
    const ingest = server.graphql('mutation($a: ArticleInput!) { ingestArticle(input: $a) { statements } }', { a: { title: `${marker} storm`, text: heavy.slice(1).join('\n\n') } }, auth);
    let ingestDone = false;
    void ingest.then(() => (ingestDone = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const live = await fetch(`${server.base}/health/live`);
    expect(live.status).toBe(200);
    expect(ingestDone).toBe(false);
    const report = await ingest;
    expect(report.body.errors).toBeUndefined();
    expect(report.body.data!.ingestArticle.statements).toBe(11_999);
  });

  it('ends an extraction that runs past its budget with EXTRACTION_TIMEOUT, and serves on', async () => {
    const { startServer } = await import('../../src/api/index.ts');
    const strict = await startServer({ store, apiKey: TEST_API_KEY, development: false, host: '127.0.0.1', port: 0, extractionBudgetMs: 1 });
    try {
      const response = await fetch(strict.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ query: 'mutation($a: ArticleInput!) { ingestArticle(input: $a) { articleId } }', variables: { a: { title: `${marker} slow`, text: 'Jane Doe said the budget was too small.' } } }),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('EXTRACTION_TIMEOUT');
      expect((await fetch(strict.url.replace('/graphql', '/health/live'))).status).toBe(200);
    } finally {
      await strict.stop();
    }
  });
});

describe('introspection', () => {
  it('can be switched off, and then refuses __schema with a validation error', async () => {
    const { startServer } = await import('../../src/api/index.ts');
    const closed = await startServer({ store, apiKey: TEST_API_KEY, development: false, host: '127.0.0.1', port: 0, introspection: false });
    try {
      const response = await fetch(closed.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await closed.stop();
    }
  });
});
