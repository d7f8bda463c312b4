import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, GraphStore, warmReadPlans } from '../../src/graph/index.ts';
import { testConnection } from '../support/graph.ts';
import { testServer } from '../support/server.ts';

describe('when Neo4j is down', () => {
  const connection = { ...testConnection(), uri: 'bolt://127.0.0.1:1' };
  const driver = createDriver(connection);
  afterAll(() => driver.close());

  it('answers GraphQL with GRAPH_UNAVAILABLE and /health/ready with 503, quickly and without internals', async () => {
    const server = await testServer(new GraphStore(driver, connection.database));
    const started = Date.now();
    const response = await server.graphql('{ statements { totalCount } }');
    expect(response.body.errors![0]).toMatchObject({ message: expect.stringMatching(/unavailable/), extensions: { code: 'GRAPH_UNAVAILABLE' } });
    expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1:1|stack/i);
    expect(Date.now() - started).toBeLessThan(20_000);
    const ready = await fetch(`${server.base}/health/ready`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${server.base}/health/live`)).status).toBe(200);
  });

  it('skips planning the first questions at start, without an error', async () => {
    expect(await warmReadPlans(new GraphStore(driver, connection.database))).toBe(false);
  });
});
