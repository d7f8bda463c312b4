import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_NEO4J_URI } from '../../src/config/index.ts';

let child: ChildProcess | undefined;

afterAll(async () => {
  // already gone (exited, or ended by a signal): nothing to wait for
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
});

describe('the README’s start command (newsgraph serve), run as in production (NODE_ENV unset)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves GraphQL with the reference article loaded, then drains and exits on %s', async (signal) => {
    // NEO4J_URI points at the Neo4j the tests run, so this process neither starts nor stops it
    const { NODE_ENV: _testMode, ...production } = process.env;
    child = spawn('node', ['bin/newsgraph.js', 'serve'], {
      env: { ...production, NEO4J_URI: process.env.NEO4J_URI ?? LOCAL_NEO4J_URI, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 60_000);
      child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /GraphQL API and Playground: (http:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
      child!.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 100) { nodes { title } } statements(where: {kind: COMMENT}) { totalCount } }' }),
    });
    const body = (await response.json()) as { data: { articles: { nodes: { title: string }[] } } };
    expect(body.data.articles.nodes.map((node) => node.title)).toContain('US Defense Chief Says No To Military Cooperation With Russia');
    // one structured log line per request, with its Cypher round trips
    await expect.poll(() => output).toMatch(/"msg":"graphql request"/);
    const line = JSON.parse(output.split('\n').find((entry) => entry.includes('"graphql request"'))!) as Record<string, unknown>;
    expect(line).toMatchObject({ status: 200, roundTrips: expect.any(Number), durationMs: expect.any(Number) });
    expect(line.roundTrips).toBeGreaterThan(0);
    const exited = new Promise<string>((resolve) => child!.once('exit', (code, killedBy) => resolve(`exit ${code} ${killedBy}\n${output}`)));
    child.kill(signal);
    expect(await exited).toMatch(/^exit 0 null/);
    expect(output).toMatch(new RegExp(`${signal}: draining requests[^]*Stopped\\.`));
  });
});

describe('newsgraph serve on a busy port', () => {
  it('says so in one line and exits 2, without a stack', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as net.AddressInfo;
    try {
      const { NODE_ENV: _testMode, ...production } = process.env;
      const run = spawnSync('node', ['bin/newsgraph.js', 'serve'], {
        env: { ...production, NEO4J_URI: process.env.NEO4J_URI ?? LOCAL_NEO4J_URI, PORT: String(port) },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
      expect(run.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      busy.close();
    }
  });
});
