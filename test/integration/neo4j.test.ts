import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createDriver, verifyGraph, GraphUnavailableError } from '../../src/graph/index.ts';
import { testConnection } from '../support/graph.ts';

describe('the Neo4j the tests run against', () => {
  it('serves Neo4j Browser over HTTP', async () => {
    const response = await fetch('http://127.0.0.1:7474/browser/');
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<title>Neo4j Browser<\/title>/);
  });

  it('is Neo4j 5.26 Community', async () => {
    const discovery = (await (await fetch('http://127.0.0.1:7474/')).json()) as Record<string, string>;
    expect(discovery.neo4j_version).toMatch(/^5\.26\./);
    expect(discovery.neo4j_edition).toBe('community');
  });

  it('accepts the configured password', async () => {
    const connection = testConnection();
    const driver = createDriver(connection);
    try {
      await expect(verifyGraph(driver, connection)).resolves.toBeUndefined();
    } finally {
      await driver.close();
    }
  });

  it('rejects a wrong password with a clear message', async () => {
    const connection = { ...testConnection(), password: 'definitely-wrong-password' };
    const driver = createDriver(connection);
    try {
      const failure = verifyGraph(driver, connection);
      await expect(failure).rejects.toBeInstanceOf(GraphUnavailableError);
      await expect(failure).rejects.toThrow(/rejected user "neo4j" with the configured password/);
    } finally {
      await driver.close();
    }
  });

  it('says clearly when nothing listens at NEO4J_URI', async () => {
    const connection = { ...testConnection(), uri: 'bolt://127.0.0.1:1' };
    const driver = createDriver(connection);
    try {
      await expect(verifyGraph(driver, connection)).rejects.toThrow(/not reachable at bolt:\/\/127\.0\.0\.1:1/);
    } finally {
      await driver.close();
    }
  });

  it('reports its status through `npm run db:status` when this repo started it', () => {
    const output = execFileSync('node', ['bin/newsgraph.js', 'db', 'status'], { encoding: 'utf8' });
    expect(output).toMatch(/Neo4j is running \(pid \d+\): bolt:\/\/127\.0\.0\.1:7687/);
  });
});
