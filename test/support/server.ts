import { afterAll } from 'vitest';
import { startServer } from '../../src/api/index.ts';
import { warmReadPlans, type GraphStore } from '../../src/graph/index.ts';

export const TEST_API_KEY = 'test-api-key-0123456789';

export interface TestServer {
  url: string;
  base: string;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
}

/** The real HTTP server on a free port (or the one given), started as `npm start` starts it, stopped after the file's tests. */
export async function testServer(store: GraphStore, port = 0): Promise<TestServer> {
  await warmReadPlans(store);
  const server = await startServer({ store, apiKey: TEST_API_KEY, development: false, host: '127.0.0.1', port });
  afterAll(() => server.stop());
  return {
    url: server.url,
    base: server.url.replace(/\/graphql$/, ''),
    async graphql(query, variables = {}, headers = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        // as a current GraphQL-over-HTTP client asks (a legacy application/json-only client gets 200 for request errors)
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
  };
}
