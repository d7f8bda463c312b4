import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/cli/ingest.ts';
import { loadAnnotation } from '../../src/graph/index.ts';
import { testStore } from '../support/graph.ts';
import { launchChromium } from '../support/browser.ts';
import { testServer, type TestServer } from '../support/server.ts';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  const store = await testStore();
  await loadAnnotation(store, annotateFile('data/us-defense-chief-russia.txt'));
  server = await testServer(store);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('/explore in a real browser', () => {
  it('draws who said what about Russia from our own assets, and shows a clicked statement in its sentence', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const external: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.base)) external.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.base}/explore`, { waitUntil: 'networkidle' });
    await page.fill('#entity', 'Russia');
    await page.keyboard.press('Enter');
    await expect.poll(async () => page.locator('#speakers').innerText(), { timeout: 20_000 }).toMatch(/James Mattis/);
    expect(await page.locator('#status').innerText()).toMatch(/\d+ statements about Russia/);
    // the graph holds the speakers, the statements and Russia itself
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);

    const first = page.locator('#statements button').first();
    await first.click();
    const details = page.locator('#details');
    await expect.poll(async () => details.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await details.locator('mark').count()).toBe(1);
    expect(await details.innerText()).toMatch(/Speaker\s+\S+/);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/explore.png' });

    // keyboard: the statement list is reachable and Enter opens another statement
    await page.locator('#statements button').nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => page.locator('#statements button[aria-current="true"]').getAttribute('data-id'), { timeout: 10_000 }).toBe(await page.locator('#statements button').nth(1).getAttribute('data-id'));

    // filters and the address: only direct quotes, kept in the URL
    await page.selectOption('#kind', 'DIRECT');
    await page.click('button[type="submit"]');
    await expect.poll(async () => page.url(), { timeout: 10_000 }).toMatch(/kind=DIRECT/);
    await expect.poll(async () => page.locator('#statements .kind').allInnerTexts(), { timeout: 10_000 }).not.toContain('INDIRECT');
    expect(await page.locator('#statements .kind').allInnerTexts()).toContain('DIRECT');

    expect(external).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('says so when no entity has the name', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}/explore?entity=Atlantis-that-never-was`, { waitUntil: 'networkidle' });
    await expect.poll(async () => page.locator('#status').innerText(), { timeout: 10_000 }).toMatch(/No entity is called/);
    await page.close();
  });
});
