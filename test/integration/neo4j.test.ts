import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { LOCAL_NEO4J_URI } from '../../src/config/index.ts';
import { TEST_BOLT_PORT, TEST_HTTP_PORT, TEST_NEO4J, USER_NEO4J } from '../../src/localdb/index.ts';
import { describe, expect, it } from 'vitest';
import { createDriver, verifyGraph, GraphUnavailableError } from '../../src/graph/index.ts';
import { testConnection } from '../support/graph.ts';

const testHttp = `http://127.0.0.1:${TEST_HTTP_PORT}`;

describe('the Neo4j the tests run against', () => {
  it('is the tests’ own Neo4j, never the user’s: its own ports and data directory', async () => {
    const connection = testConnection();
    expect(connection.uri).not.toBe(LOCAL_NEO4J_URI);
    expect(new URL(connection.uri.replace(/^bolt/, 'http')).port).toBe(String(TEST_BOLT_PORT));
    expect(TEST_NEO4J.home).not.toBe(USER_NEO4J.home);
    const driver = createDriver(connection);
    try {
      const result = await driver.executeQuery("CALL dbms.listConfig('server.directories.data') YIELD value RETURN value", {}, { database: connection.database });
      expect(result.records[0]!.get('value')).toBe(path.join(TEST_NEO4J.home, 'data'));
    } finally {
      await driver.close();
    }
  });

  it('serves Neo4j Browser over HTTP', async () => {
    const response = await fetch(`${testHttp}/browser/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<title>Neo4j Browser<\/title>/);
  });

  it('is Neo4j 5.26 Community', async () => {
    const discovery = (await (await fetch(`${testHttp}/`)).json()) as Record<string, string>;
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

  it('reports its status through `newsgraph db status --tests` when this repo started it', () => {
    const output = execFileSync('node', ['bin/newsgraph.js', 'db', 'status', '--tests'], { encoding: 'utf8' });
    expect(output).toMatch(new RegExp(`The tests’ Neo4j is running \\(pid \\d+\\): bolt://127\\.0\\.0\\.1:${TEST_BOLT_PORT}`));
  });
});
