import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/cli/ingest.ts';
import { loadAnnotation } from '../../src/graph/index.ts';
import { testStore } from '../support/graph.ts';
import { testServer, type TestServer } from '../support/server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  const store = await testStore();
  await loadAnnotation(store, annotateFile('data/us-defense-chief-russia.txt'));
  server = await testServer(store);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('GraphQL Playground in a real browser', () => {
  it('loads offline from our own assets, runs the prefilled query and shows the result', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.base)) external.push(request.url());
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    const editor = await page.locator('.graphiql-query-editor').innerText();
    expect(editor).toMatch(/Mattis/);
    await page.click('.graphiql-execute-button');
    const result = page.locator('.graphiql-response');
    await expect.poll(async () => result.innerText(), { timeout: 20_000 }).toMatch(/James Mattis/);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/playground.png' });
    expect(external).toEqual([]);
  });
});
