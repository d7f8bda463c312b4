import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/cli/ingest.ts';
import { loadConfig } from '../../src/config/index.ts';
import { loadAnnotation } from '../../src/graph/index.ts';
import { TEST_BOLT_PORT, TEST_HTTP_PORT, TEST_SERVICE_PORT } from '../../src/localdb/index.ts';
import { testStore } from '../support/graph.ts';
import { launchChromium } from '../support/browser.ts';
import { testServer, type TestServer } from '../support/server.ts';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  const store = await testStore();
  await loadAnnotation(store, annotateFile('data/us-defense-chief-russia.txt'));
  // the port the tests' neo4j.conf names in browser.post_connect_cmd, as 4000 is named in the user's
  server = await testServer(store, TEST_SERVICE_PORT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('Neo4j Browser made for this graph', () => {
  it('the repo’s neo4j.conf and docker-compose.yml load the style and guide from the service on port 4000', () => {
    const conf = readFileSync('neo4j/conf/neo4j.conf', 'utf8');
    const command = 'style http://127.0.0.1:4000/browser/style.grass; play http://127.0.0.1:4000/browser/guide.html';
    expect(conf).toContain(`browser.post_connect_cmd=${command}`);
    expect(readFileSync('docker-compose.yml', 'utf8')).toContain(`NEO4J_browser_post__connect__cmd: "${command}"`);
  });

  it('after connecting shows the newsgraph guide, whose queries run, and draws with the newsgraph style', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${TEST_HTTP_PORT}/browser/`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid="boltaddress"]').fill(`bolt://127.0.0.1:${TEST_BOLT_PORT}`);
    await page.locator('[data-testid="username"]').fill('neo4j');
    await page.locator('[data-testid="password"]').fill(loadConfig().neo4jPassword);
    await page.locator('[data-testid="connect"]').click();

    const guide = page.locator('[data-testid="frame"]', { hasText: 'who said what about whom' }).first();
    await expect.poll(async () => guide.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const styleFrame = page.locator('[data-testid="frame"]', { hasText: ':style' }).first();
    await expect.poll(async () => styleFrame.innerText(), { timeout: 30_000 }).toMatch(/#4C8EDA/i);

    // the guide's second slide holds the first saved query; clicking it puts the query in the editor
    await guide.locator('[data-testid="nextSlide"]').click();
    const runnable = guide.locator('pre.runnable').first();
    await expect.poll(async () => runnable.innerText(), { timeout: 10_000 }).toMatch(/MATCH \(speaker:Entity\)-\[:SAID\]/);
    await runnable.click();
    const editor = page.locator('[data-testid="activeEditor"]');
    // the editor draws spaces as no-break spaces
    await expect.poll(async () => (await editor.innerText()).replace(/\s+/g, ' '), { timeout: 10_000 }).toMatch(/MATCH \(speaker:Entity\)/);
    await page.keyboard.press('Control+Enter');
    const drawn = page.locator('[data-testid="frame"]', { hasText: /Displaying [1-9]\d* nodes/ });
    await expect.poll(async () => drawn.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await drawn.first().innerText()).toMatch(/Statement \(\d+\)/);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/neo4j-browser-guide.png' });
    await page.close();
  });

  it('serves the guide and style to Browser’s page on another origin, and the guide is the tested saved queries', async () => {
    const guide = await fetch(`${server.base}/browser/guide.html`, { headers: { origin: `http://127.0.0.1:${TEST_HTTP_PORT}` } });
    expect(guide.status).toBe(200);
    expect(guide.headers.get('access-control-allow-origin')).toBe('*');
    const html = await guide.text();
    expect(html).toMatch(/<article class="guide">/);
    expect(html.match(/<pre class="pre-scrollable code runnable">/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('(speaker:Entity)-[:SAID]-&gt;(s:Statement)');
    const style = await fetch(`${server.base}/browser/style.grass`);
    expect(await style.text()).toMatch(/node\.Statement \{/);
  });
});
