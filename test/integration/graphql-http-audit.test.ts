import { serverAudits } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { testStore } from '../support/graph.ts';
import { testServer, type TestServer } from '../support/server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await testServer(await testStore());
});

describe('GraphQL over HTTP (the graphql-http audit)', () => {
  it('passes every MUST and SHOULD: no error, no warning', async () => {
    const problems: string[] = [];
    for (const audit of serverAudits({ url: server.url, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status === 'error' || result.status === 'warn') problems.push(`${result.status}: ${audit.name}`);
    }
    expect(problems).toEqual([]);
  });
});
