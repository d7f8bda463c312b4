import { beforeAll, describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/cli/ingest.ts';
import { loadAnnotation, type GraphStore } from '../../src/graph/index.ts';
import { testStore } from '../support/graph.ts';
import { TEST_API_KEY, testServer, type TestServer } from '../support/server.ts';

let store: GraphStore;
let server: TestServer;
let referenceId: string;
const auth = { authorization: `Bearer ${TEST_API_KEY}` };

beforeAll(async () => {
  store = await testStore();
  server = await testServer(store);
  referenceId = (await loadAnnotation(store, annotateFile('data/us-defense-chief-russia.txt'))).articleId;
});

const data = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await server.graphql(query, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
};

describe('the design’s core queries on the reference article', () => {
  it('statements(where: {speaker: "Mattis", about: "Russia"}) finds at least six', async () => {
    const result = await data('{ statements(where: {speaker: "Mattis", about: "Russia"}, first: 100) { totalCount nodes { speaker { name } about { name } } } }');
    expect(result.statements.totalCount).toBeGreaterThanOrEqual(6);
    for (const node of result.statements.nodes) {
      expect(node.speaker.name).toBe('James Mattis');
      expect(node.about.map((entity: { name: string }) => entity.name)).toContain('Russia');
    }
  });

  it('statements(where: {reportedBy: "TASS"}) is Shoigu’s, replying to Mattis', async () => {
    const result = await data('{ statements(where: {reportedBy: "TASS"}) { nodes { kind speaker { name } reportedBy { name } replyTo { speaker { name } } } } }');
    expect(result.statements.nodes).toEqual([
      { kind: 'DIRECT', speaker: { name: 'Sergei Shoigu' }, reportedBy: { name: 'TASS' }, replyTo: { speaker: { name: 'James Mattis' } } },
    ]);
  });

  it('entity(name: "defense secretary") is James Mattis, a Person', async () => {
    const result = await data('{ entity(name: "defense secretary") { __typename name kind aliases } }');
    expect(result.entity).toMatchObject({ __typename: 'Person', name: 'James Mattis', kind: 'PERSON' });
    expect(result.entity.aliases).toContain('Mattis');
  });

  it('whoSaidWhatAbout(target: "NATO") groups statements by speaker with counts', async () => {
    const result = await data('{ whoSaidWhatAbout(target: "NATO") { speaker { name } count statements { text } } }');
    const mattis = result.whoSaidWhatAbout.find((group: { speaker: { name: string } }) => group.speaker.name === 'James Mattis');
    expect(mattis.count).toBeGreaterThanOrEqual(2);
    expect(mattis.statements).toHaveLength(mattis.count);
  });

  it('carries the stance of each statement toward its targets, with its cue words, and groups by it', async () => {
    const grouped = await data('{ whoSaidWhatAbout(target: "Russia") { speaker { name } count critical supportive neutral } }');
    const mattis = grouped.whoSaidWhatAbout.find((group: { speaker: { name: string } }) => group.speaker.name === 'James Mattis');
    expect(mattis.critical).toBeGreaterThanOrEqual(3);
    expect(mattis.critical + mattis.supportive + mattis.neutral).toBe(mattis.count);
    const critical = await data('{ whoSaidWhatAbout(target: "Russia", stance: CRITICAL) { speaker { name } count statements { text stances { target { name } stance cues } } } }');
    type Group = { speaker: { name: string }; statements: { stances: { target: { name: string }; stance: string; cues: string[] }[] }[] };
    const stances = critical.whoSaidWhatAbout
      .filter((group: Group) => group.speaker.name === 'James Mattis')
      .flatMap((group: Group) => group.statements.flatMap((statement) => statement.stances.filter((toward) => toward.target.name === 'Russia')));
    expect(stances.length).toBe(mattis.critical);
    for (const toward of stances) {
      expect(toward.stance).toBe('CRITICAL');
      expect(toward.cues.length).toBeGreaterThan(0);
    }
    expect(stances.flatMap((toward: { cues: string[] }) => toward.cues).join(' ')).toMatch(/violat|aggress|destabiliz/i);
  });

  it('connection(from: "Flynn", to: "Putin") is a typed path', async () => {
    const result = await data('{ connection(from: "Flynn", to: "Putin") { type from { name label } to { name label } } }');
    const steps = result.connection as { type: string; from: { name: string }; to: { name: string } }[];
    expect(steps.length).toBeGreaterThan(0);
    const names = steps.flatMap((step) => [step.from.name, step.to.name]);
    expect(names).toContain('Michael Flynn');
    expect(names).toContain('Vladimir Putin');
  });

  it('roles, events and the Shoigu → Mattis reply are in the graph', async () => {
    const result = await data(`{
      entity(name: "Shoigu") { ... on Person { roles { title of { name } } } }
      events(where: {kind: MEETING}) { nodes { name place { name } participants { name } } }
    }`);
    expect(result.entity.roles).toContainEqual({ title: 'Defense Minister', of: { name: 'Russia' } });
    const flynn = await data('{ entity(name: "Flynn") { ... on Person { roles { title of { name } } } } }');
    expect(flynn.entity.roles).toContainEqual({ title: 'National Security Adviser', of: null });
    expect(result.events.nodes.some((event: { place: { name: string } | null }) => event.place?.name === 'Brussels')).toBe(true);
  });

  it('pages through all of the article’s statements with stable cursors', async () => {
    const query = `query($first: Int, $after: String, $article: ID) {
      statements(where: {article: $article}, first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
    }`;
    const all = await data(query, { first: 100, article: referenceId });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Record<string, any> = await data(query, { first: 4, after, article: referenceId });
      seen.push(...page.statements.nodes.map((node: { id: string }) => node.id));
      after = page.statements.pageInfo.hasNextPage ? page.statements.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.statements.nodes.map((node: { id: string }) => node.id));
    expect(seen.length).toBe(all.statements.totalCount);
  });

  it('pages through every statement in article order from keyset cursors, counting only when asked', async () => {
    const query = `query($first: Int, $after: String, $kind: StatementKind) {
      statements(where: {kind: $kind}, first: $first, after: $after) { nodes { id article { id } } pageInfo { hasNextPage hasPreviousPage endCursor } }
    }`;
    for (const kind of [null, 'DIRECT']) {
      const counted = await data(`query($kind: StatementKind) { statements(where: {kind: $kind}, first: 1) { ...total } } fragment total on StatementConnection { totalCount }`, { kind });
      const seen: { id: string; article: { id: string } }[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Record<string, any> = await data(query, { first: 7, after, kind });
        expect(page.statements.pageInfo.hasPreviousPage).toBe(pages > 0);
        seen.push(...page.statements.nodes);
        after = page.statements.pageInfo.hasNextPage ? page.statements.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 1000);
      expect(new Set(seen.map((node) => node.id)).size).toBe(seen.length);
      expect(seen.length).toBe(counted.statements.totalCount);
      const articleOrder = seen.map((node) => node.article.id);
      expect(articleOrder).toEqual([...articleOrder].sort());
      const referenceStatements = await data('query($a: ID) { statements(where: {article: $a}, first: 100) { nodes { id } } }', { a: referenceId });
      if (kind === null) expect(seen.filter((node) => node.article.id === referenceId).map((node) => node.id)).toEqual(referenceStatements.statements.nodes.map((node: { id: string }) => node.id));
    }
    const refused = await server.graphql('{ statements(after: "bmcyOlsxLCJ4Il0") { totalCount } }');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives every node an id and a caption `name`, helper nodes included (the design’s rule)', async () => {
    const result = await store.driver.executeQuery(
      'MATCH (n) WHERE n.id IS NULL OR n.name IS NULL RETURN labels(n) AS labels, count(*) AS nodes',
      {},
      { database: store.database, routing: 'READ' },
    );
    expect(result.records.map((record) => record.toObject())).toEqual([]);
  });

  it('node(id) finds any node by its id', async () => {
    const result = await data('query($id: ID!) { node(id: $id) { __typename id ... on Article { title } } }', { id: referenceId });
    expect(result.node).toMatchObject({ __typename: 'Article', id: referenceId });
  });
});

/** How many more Cypher round trips `query` costs than `baseline`, and its answer (after a warm-up: the graph's size is read once in a while). */
async function extraRoundTrips(baseline: string, query: string) {
  await data(baseline);
  const before = store.roundTrips;
  await data(baseline);
  const middle = store.roundTrips;
  const answer = await data(query);
  return { extra: store.roundTrips - middle - (middle - before), answer };
}

describe('batching', () => {
  it('a page of statements with speaker, about, reportedBy and article costs the same number of round trips for 5 or 50', async () => {
    const query = 'query($first: Int) { statements(first: $first) { nodes { text speaker { name } about { name } reportedBy { name } article { title } } } }';
    const cost = async (first: number) => {
      const before = store.roundTrips;
      await data(query, { first });
      return store.roundTrips - before;
    };
    const small = await cost(5);
    const large = await cost(50);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3);
  });

  it('answers entity(name) { said } in one round trip, with the page the field asks for', async () => {
    const query = 'query($first: Int) { entity(name: "Mattis") { name said(first: $first) { totalCount nodes { text } } } }';
    const before = store.roundTrips;
    const three = await data(query, { first: 3 });
    expect(store.roundTrips - before).toBe(1);
    const all = await data(query, { first: 50 });
    expect(three.entity.said.nodes).toEqual(all.entity.said.nodes.slice(0, 3));
    expect(three.entity.said.totalCount).toBe(all.entity.said.nodes.length);
    // two pages of `said` under aliases: the lookup, then both pages in one batch
    const middle = store.roundTrips;
    const twice = await data('{ entity(name: "Mattis") { a: said(first: 1) { nodes { text } } b: said(first: 2) { nodes { text } } } }');
    expect(twice.entity.b.nodes.slice(0, 1)).toEqual(twice.entity.a.nodes);
    expect(store.roundTrips - middle).toBeLessThanOrEqual(3);
  });

  it('gives the aliases of entities a statement page brings, in one batch when selected', async () => {
    const query = (fields: string) => `{ statements(where: {speaker: "Mattis"}, first: 5) { nodes { speaker { ${fields} } } } }`;
    const { extra, answer: withAliases } = await extraRoundTrips(query('name'), query('name aliases'));
    expect(extra).toBe(1);
    const direct = await data('{ entity(name: "Mattis") { aliases } }');
    expect(withAliases.statements.nodes[0].speaker.aliases).toEqual(direct.entity.aliases);
    expect(direct.entity.aliases.length).toBeGreaterThan(0);
  });

  it('reads a narrowed page from the article-order index when its filters are common, the page the candidates give', async () => {
    const [{ total }] = (await store.read('statement-count-all')) as [{ total: number }];
    const filter = { speaker: 'mattis', about: 'russia', reportedBy: null, audience: null, article: null, from: null, to: null, orderBy: 'ARTICLE_ORDER', kind: null, textContains: null };
    const page = { afterArticle: null, afterPosition: -1, skip: 0, limit: 2 };
    const [walked] = await store.read('statement-page-walk', { ...filter, ...page, scan: total - 1 });
    const candidates = await store.read('statement-page', { ...filter, ...page });
    const ids = (statements: { id: string }[]) => statements.map((statement) => statement.id);
    expect(walked!.walked).toBe(true);
    expect(ids(walked!.page as { id: string }[])).toEqual(ids(candidates.map((row) => row.statement as { id: string })));
    expect(candidates).toHaveLength(2);
    // a rare filter is not walked: the same query answers from its candidates
    const rareFilter = { ...filter, speaker: 'shoigu' };
    const [rare] = await store.read('statement-page-walk', { ...rareFilter, ...page, scan: 2 });
    expect(rare!.walked).toBe(false);
    expect(ids(rare!.page as { id: string }[])).toEqual(ids((await store.read('statement-page', { ...rareFilter, ...page })).map((row) => row.statement as { id: string })));
    expect((rare!.page as unknown[]).length).toBeGreaterThan(0);
  });

  it("walks the article-order index for the page of an entity that said much, the page a sort gives", async () => {
    const { entity } = await data('{ entity(name: "Mattis") { id } }');
    const page = (choice: { sortBelow: number; walkRatio: number }, offset: number) => store.read('entity-said', { ids: [entity.id], offset, limit: 4, ...choice });
    const sort = { sortBelow: 1_000_000, walkRatio: 1 };
    const walk = { sortBelow: 0, walkRatio: 1_000_000 };
    for (const offset of [0, 4, 8]) {
      const [sorted] = await page(sort, offset);
      const [walked] = await page(walk, offset);
      expect(walked!.page).toEqual(sorted!.page);
      expect(walked!.total).toBe(sorted!.total);
    }
    const [first] = await page(walk, 0);
    expect(first!.page).toHaveLength(4);
  });

  it('fetches sentences only when selected, in one batch, each holding its statement', async () => {
    const query = (fields: string) => `{ statements(where: {speaker: "Mattis"}, first: 30) { nodes { ${fields} } } }`;
    const { extra, answer: withSentence } = await extraRoundTrips(query('text'), query('text kind sentence'));
    expect(extra).toBe(1);
    const nodes = withSentence.statements.nodes as { text: string; kind: string; sentence: string }[];
    expect(nodes.length).toBeGreaterThan(5);
    for (const node of nodes.filter((statement) => statement.kind !== 'COMMENT')) expect(node.sentence).toContain(node.text);
  });
});

describe('hostile and bad input', () => {
  it('treats Cypher and Lucene syntax in arguments as plain text', async () => {
    const injected = await data('{ statements(where: {speaker: "x\\" OR 1=1 WITH s MATCH (n) DETACH DELETE n //"}) { totalCount } }');
    expect(injected.statements.totalCount).toBe(0);
    const lucene = await data('{ search(text: "\\") OR (* AND ~", first: 5) { score } }');
    expect(Array.isArray(lucene.search)).toBe(true);
    const still = await data('{ statements(where: {reportedBy: "TASS"}) { totalCount } }');
    expect(still.statements.totalCount).toBe(1);
  });

  it('refuses queries nested too deep before running them', async () => {
    const before = store.roundTrips;
    const deep = await server.graphql(`{ statements { nodes { ${'replies { '.repeat(15)}id${' }'.repeat(15)} } } }`);
    expect(deep.body.errors![0]).toMatchObject({ message: expect.stringMatching(/depth limit of 12 exceeded/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(store.roundTrips).toBe(before);
  });

  it('rejects a bad maxHops and a bad date filter with BAD_USER_INPUT naming the field', async () => {
    const hops = await server.graphql('{ connection(from: "Flynn", to: "Putin", maxHops: 50) { type } }');
    expect(hops.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    const date = await server.graphql('{ events(where: {from: "last week"}) { totalCount } }');
    expect(date.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
