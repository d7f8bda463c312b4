import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.ts';
import { testStore } from '../support/graph.ts';
import { TEST_API_KEY, testServer, type TestServer } from '../support/server.ts';

let store: GraphStore;
let server: TestServer;
const auth = `Bearer ${TEST_API_KEY}`;
const INGEST = 'mutation($a: ArticleInput!) { ingestArticle(input: $a) { articleId } }';

beforeAll(async () => {
  store = await testStore();
  server = await testServer(store);
});

async function counts(): Promise<string> {
  const result = await store.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    {},
    { database: store.database },
  );
  return `${result.records[0]!.get('nodes')}/${result.records[0]!.get('relationships')}`;
}

interface Case {
  name: string;
  body: string | Buffer;
  contentType?: string;
  authorized?: boolean;
  status: number;
  code: string;
}

const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const article = (fields: Record<string, unknown>) => gql(INGEST, { a: { title: 'A title', text: 'Someone said something.', ...fields } });

/** An ingestArticle body whose comment thread nests `depth` levels, written as text (no deep object to recurse over). */
const nestedComments = (depth: number) =>
  `{"query":${JSON.stringify(INGEST)},"variables":{"a":{"title":"Deep","text":"Someone said something.","comments":[` +
  '{"author":"deep","text":"reply","replies":['.repeat(depth - 1) +
  '{"author":"deep","text":"reply"}' +
  ']}'.repeat(depth - 1) +
  ']}}}';

const cases: Case[] = [
  { name: 'malformed JSON', body: '{"query": ', status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string body', body: '"{ articles { totalCount } }"', status: 400, code: 'BAD_REQUEST' },
  { name: 'an unknown charset', body: gql('{ articles { totalCount } }'), contentType: 'application/json; charset=klingon', status: 415, code: 'BAD_REQUEST' },
  { name: 'a body over 5 MB', body: JSON.stringify({ query: `{ articles { totalCount } } #${'x'.repeat(6_000_000)}` }), status: 413, code: 'BAD_REQUEST' },
  { name: 'malformed GraphQL', body: gql('{ statements( }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', body: gql('{ nothingHere }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a wrong argument type', body: gql('{ statements(first: "ten") { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a negative page size', body: gql('{ statements(first: -1) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a page size over the cost budget', body: gql('{ statements(first: 100000) { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a page size over 100', body: gql('{ statements(first: 101) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a garbage cursor', body: gql('{ statements(after: "!!!") { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a cursor with a huge offset', body: gql(`{ statements(after: "${Buffer.from('statement:99999999999999999999').toString('base64')}") { totalCount } }`), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an unknown variable type', body: gql('query($x: Nope) { articles { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a missing required variable', body: gql('query($n: String!) { entity(name: $n) { name } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'queries nested too deep', body: gql(`{ statements { nodes { ${'replies { '.repeat(20)}id${' }'.repeat(20)} } } }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'too many tokens', body: gql(`{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'too many aliases', body: gql(`{ ${Array.from({ length: 100 }, (_, i) => `a${i}: articles { totalCount }`).join(' ')} }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a date-time where a date is expected', body: gql('{ events(where: {from: "2017-02-16T10:00:00Z"}) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a date that does not exist', body: gql('{ events(where: {from: "2017-02-30"}) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'comments nested 3,000 deep', body: nestedComments(3000), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a mutation without the key', body: article({}), authorized: false, status: 200, code: 'UNAUTHENTICATED' },
  { name: 'an empty article text', body: article({ text: '' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a whitespace-only article text', body: article({ text: ' \n\n ' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an empty title', body: article({ title: '' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'NUL bytes in the text', body: article({ text: 'Abc said \u0000\u0000 things.' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'escape characters in the title', body: article({ title: 'Bad \u001b[31m title' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'binary-looking text', body: article({ text: '\u0001\u0002\u0003\u0004 binary \u0005' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'control characters in a comment author', body: article({ comments: [{ author: 'x\u0007', text: 'hi' }] }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an article over 1 MB', body: article({ text: 'Word said. '.repeat(100_000) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a title over 1000 characters', body: article({ title: 'T'.repeat(1001) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a bad publishedAt', body: article({ publishedAt: '2017-02-31' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a javascript: url', body: article({ url: 'javascript:alert(1)' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a wrong input type', body: gql(INGEST, { a: { title: 5, text: ['x'] } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an unknown input field', body: gql(INGEST, { a: { title: 'x', text: 'y', evil: true } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a non-null argument given null', body: gql('{ entity(name: null) { name } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown operation name', body: JSON.stringify({ query: '{ articles { totalCount } }', operationName: 'Nope' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'an unknown persisted query hash', body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), status: 200, code: 'PERSISTED_QUERY_NOT_FOUND' },
  { name: 'deleting without the key', body: gql('mutation { deleteArticle(id: "x") }'), authorized: false, status: 200, code: 'UNAUTHENTICATED' },
  { name: 'a subscription operation', body: gql('subscription { articles { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
];

const harmless: { name: string; query: string }[] = [
  { name: 'Cypher injection in a speaker filter', query: '{ statements(where: {speaker: "x\\" OR 1=1 MATCH (n) DETACH DELETE n //"}) { totalCount } }' },
  { name: 'Cypher injection in entity(name)', query: '{ entity(name: "\') MATCH (n) DETACH DELETE n //") { name } }' },
  { name: 'Lucene syntax in search', query: '{ search(text: "*:* OR title:[a TO z] ~~~") { score } }' },
  { name: 'HTML in a text filter', query: '{ statements(where: {textContains: "<script>alert(1)</script>"}) { totalCount } }' },
  { name: 'punctuation-only entity name', query: '{ entity(name: "?!") { name } }' },
];

describe('hostile input: a clear error with a stable code, no HTML, no stack, and nothing lost', () => {
  it.each(cases)('$name → $status $code', async ({ body, contentType, authorized = true, status, code }) => {
    const before = await counts();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': contentType ?? 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        ...(authorized ? { authorization: auth } : {}),
      },
      body,
    });
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(text).not.toMatch(/<html|at \w+ \(|\/work\/|node_modules|stacktrace/i);
    const parsed = JSON.parse(text) as { errors: { extensions: { code: string } }[] };
    expect(parsed.errors[0]!.extensions.code).toBe(code);
    expect(response.status).toBe(status);
    expect(await counts()).toBe(before);
    expect((await fetch(`${server.base}/health/ready`)).status).toBe(200);
  });

  it('answers a client that accepts only application/json with 200 and the errors in the body', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: gql('{ statements( }') });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it.each(harmless)('$name is plain text: answered, nothing deleted', async ({ query }) => {
    const before = await counts();
    const response = await server.graphql(query);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(await counts()).toBe(before);
  });

  it('keeps no entity whose key is empty or punctuation only', async () => {
    const result = await store.driver.executeQuery(
      "MATCH (e:Entity) WHERE trim(e.key) = '' OR NOT e.key =~ '.*[\\\\p{L}\\\\p{N}].*' RETURN count(e) AS bad",
      {},
      { database: store.database },
    );
    expect(Number(result.records[0]!.get('bad'))).toBe(0);
  });
});
