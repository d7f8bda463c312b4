import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type GraphStore } from '../../src/graph/index.ts';
import { MAX_SUBSCRIPTIONS_PER_CONNECTION } from '../../src/api/subscriptions.ts';
import { deleteArticlesTitled, testStore } from '../support/graph.ts';
import { TEST_API_KEY, testServer, type TestServer } from '../support/server.ts';

let store: GraphStore;
let server: TestServer;
let client: Client;
const marker = `Varnholt${Date.now() % 100000}`;

beforeAll(async () => {
  store = await testStore();
  server = await testServer(store);
  client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false });
});

afterAll(async () => {
  await client?.dispose();
  await deleteArticlesTitled(store, marker);
});

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { statements } }';

describe('statementAdded over WebSocket (graphql-ws)', () => {
  it('delivers the statements an ingest adds that match `where`, and only those', async () => {
    const received: { text: string; speaker: { name: string }; about: { name: string }[] }[] = [];
    let firstAt = 0;
    const subscription = client.iterate<{ statementAdded: (typeof received)[number] }>({
      query: `subscription { statementAdded(where: {speaker: "${marker}"}) { text kind speaker { name } about { name } } }`,
    });
    const collecting = (async () => {
      for await (const event of subscription) {
        firstAt ||= performance.now();
        received.push(event.data!.statementAdded);
        if (received.length === 2) break;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the subscription reaches the server
    const sentAt = performance.now();
    const response = await server.graphql(
      INGEST,
      {
        input: {
          title: `${marker} trade talks`,
          text: `Trade Minister Lena ${marker} said on Monday that tariffs on Norway would fall.\n\n“We are close to a deal,” ${marker} told reporters.\n\nFarm groups said the plan would ruin them.`,
        },
      },
      { authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect(response.body.errors).toBeUndefined();
    await Promise.race([collecting, new Promise((_, reject) => setTimeout(() => reject(new Error('no events within 10 s')), 10_000))]);
    console.log(`statementAdded round trip (ingest request sent → first event): ${(firstAt - sentAt).toFixed(0)} ms`);
    expect(received.map((statement) => statement.speaker.name)).toEqual([`Lena ${marker}`, `Lena ${marker}`]);
    expect(received.map((statement) => statement.text)).toContain('We are close to a deal');
    expect(received.some((statement) => statement.about.some((entity) => entity.name === 'Norway'))).toBe(true);
  });

  it(`holds at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection and says so`, async () => {
    const own = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket });
    const results: Promise<unknown>[] = [];
    const stops: (() => void)[] = [];
    for (let i = 0; i <= MAX_SUBSCRIPTIONS_PER_CONNECTION; i += 1) {
      results.push(
        new Promise((resolve) => {
          stops.push(own.subscribe({ query: 'subscription { statementAdded { id } }' }, { next: () => undefined, error: resolve, complete: () => resolve(null) }));
        }),
      );
    }
    const refused = (await Promise.race(results)) as { message: string; extensions?: { code: string } }[] | null;
    expect(JSON.stringify(refused)).toMatch(/TOO_MANY_SUBSCRIPTIONS/);
    stops.forEach((stop) => stop());
    await own.dispose();
  });
});
