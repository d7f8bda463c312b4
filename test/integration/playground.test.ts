import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/cli/ingest.ts';
import { deleteArticle, loadAnnotation, type GraphStore } from '../../src/graph/index.ts';
import { testStore } from '../support/graph.ts';
import { launchChromium } from '../support/browser.ts';
import { TEST_API_KEY, testServer, type TestServer } from '../support/server.ts';

let browser: Browser;
let server: TestServer;
let store: GraphStore;
const liveArticles: string[] = [];

beforeAll(async () => {
  store = await testStore();
  await loadAnnotation(store, annotateFile('data/us-defense-chief-russia.txt'));
  server = await testServer(store);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const id of liveArticles) await deleteArticle(store, id);
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

describe('the Playground as a new user meets it', () => {
  it('sends a strict Content-Security-Policy and refuses framing, and breaks none of its own rules', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows the schema in Docs, finds a type by search, and offers `statements` as you type', async () => {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    await page.click('button[aria-label="Show Documentation Explorer"]');
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(async () => docs.innerText(), { timeout: 20_000 }).toMatch(/Query/);
    expect(await docs.innerText()).not.toMatch(/Error fetching schema/i);
    await page.locator('.graphiql-doc-explorer-search input').fill('StatementWhere');
    await expect.poll(async () => page.locator('.graphiql-doc-explorer-search [role="option"], .graphiql-doc-explorer-search li').allInnerTexts(), { timeout: 10_000 }).toContainEqual(
      expect.stringMatching(/StatementWhere/),
    );
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ stat');
    await expect.poll(async () => page.locator('.CodeMirror-hints li').allInnerTexts(), { timeout: 10_000 }).toContain('statements');
    await page.close();
  });

  it('titles a tab per example of data/playground-queries.json and runs each without errors', async () => {
    const examples = JSON.parse(readFileSync('data/playground-queries.json', 'utf8')) as { title: string; query: string }[];
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(async () => tabs.count(), { timeout: 10_000 }).toBe(examples.length);
    for (let index = 0; index < examples.length; index += 1) {
      const operation = /(?:query|mutation|subscription)\s+(\w+)/.exec(examples[index]!.query)![1]!;
      await expect.poll(async () => tabs.nth(index).innerText()).toContain(operation);
      await tabs.nth(index).locator('button').first().click();
      await expect.poll(async () => page.locator('.graphiql-query-editor').innerText()).toContain(operation);
      await page.waitForTimeout(300); // GraphiQL settles the tab's operation name after its editor
      await page.click('.graphiql-execute-button');
      if (/^\s*subscription\b/m.test(examples[index]!.query)) {
        // a live tab shows what an ingest adds while it runs
        await page.waitForTimeout(500);
        const ingested = await server.graphql(
          'mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }',
          { input: { title: `Live tab check ${Date.now()}`, text: 'Harbour Minister Ines Maravall said on Monday that the port would reopen.' } },
          { authorization: `Bearer ${TEST_API_KEY}` },
        );
        expect(ingested.body.errors).toBeUndefined();
        liveArticles.push(ingested.body.data!.ingestArticle.articleId);
      }
      const result = page.locator('.graphiql-response');
      await expect.poll(async () => result.innerText(), { timeout: 20_000 }).toMatch(/"data"/);
      expect(await result.innerText()).not.toMatch(/"errors"/);
    }
    await page.close();
  });
});
