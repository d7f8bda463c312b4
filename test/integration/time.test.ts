import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAnnotation } from '../../src/extract/index.ts';
import { deleteArticle, loadAnnotation, type GraphStore } from '../../src/graph/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { testStore } from '../support/graph.ts';
import { testServer, type TestServer } from '../support/server.ts';

let store: GraphStore;
let server: TestServer;
const name = `Quorvath${Date.now() % 100000}`;
const ids: string[] = [];
const articles = [
  { published: '2020-01-05', words: 'tariffs would fall' },
  { published: '2021-06-01', words: 'the harbour would reopen' },
  { published: null, words: 'the budget was balanced' },
];

beforeAll(async () => {
  store = await testStore();
  server = await testServer(store);
  for (const { published, words } of articles) {
    const text = `${name} on ${words}\n\nFinance Minister Lena ${name} said on Monday that ${words}.\n`;
    ids.push((await loadAnnotation(store, extractAnnotation(parseArticle(text, { publishedAt: published })))).articleId);
  }
});

afterAll(async () => {
  for (const id of ids) await deleteArticle(store, id);
});

const statements = async (args: string) => {
  const response = await server.graphql(`{ statements(${args}) { totalCount nodes { text date } } }`);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!.statements as { totalCount: number; nodes: { text: string; date: string | null }[] };
};

describe('statements in time', () => {
  it('keeps the statements of articles published within from/to', async () => {
    const since2021 = await statements(`where: {speaker: "${name}", from: "2021-01-01"}`);
    expect(since2021.nodes.map((node) => node.text)).toEqual(['the harbour would reopen']);
    const in2020 = await statements(`where: {from: "2020-01-01", to: "2020-12-31", textContains: "tariffs would fall"}`);
    expect(in2020.nodes.map((node) => node.date)).toEqual(['2020-01-05']);
  });

  it('orders by date either way, and articles without a date come last, saying so', async () => {
    const newestFirst = await statements(`where: {speaker: "${name}"}, orderBy: DATE_DESC`);
    expect(newestFirst.nodes.map((node) => node.date)).toEqual(['2021-06-01', '2020-01-05', null]);
    const oldestFirst = await statements(`where: {speaker: "${name}"}, orderBy: DATE`);
    expect(oldestFirst.nodes.map((node) => node.date)).toEqual(['2020-01-05', '2021-06-01', null]);
    expect(oldestFirst.totalCount).toBe(3);
  });

  it('refuses a date that is not YYYY-MM-DD, naming the field', async () => {
    const response = await server.graphql('{ statements(where: {from: "last week"}) { totalCount } }');
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/from must be a date/);
  });

  it('orders events by date or in article order', async () => {
    for (const orderBy of ['DATE', 'DATE_DESC', 'ARTICLE_ORDER']) {
      const response = await server.graphql(`{ events(orderBy: ${orderBy}, first: 100) { nodes { id date } } }`);
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      const dates = (response.body.data!.events as { nodes: { date: string | null }[] }).nodes.map((node) => node.date);
      const dated = dates.filter((date): date is string => date !== null);
      if (orderBy === 'DATE') expect(dated).toEqual([...dated].sort());
      if (orderBy === 'DATE_DESC') expect(dated).toEqual([...dated].sort().reverse());
      if (orderBy !== 'ARTICLE_ORDER' && dates.includes(null)) expect(dates.slice(dates.indexOf(null)).every((date) => date === null)).toBe(true);
    }
  });
});
