import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/cli/ingest.ts';
import { extractAnnotation, type Annotation } from '../../src/extract/index.ts';
import { deleteArticle, loadAnnotation, loadAnnotations, LoadQueue, type GraphStore } from '../../src/graph/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { testStore } from '../support/graph.ts';

let store: GraphStore;
const marker = `Quellbrook${Date.now() % 100000}`;

// the second article names the minister by surname alone: one by one, it joins the first article's person
const recurring: Annotation[] = [
  extractAnnotation(parseArticle(`${marker} trade talks open\n\nTrade Minister Maria ${marker} said on Monday that tariffs on steel would fall by a fifth.\n`)),
  extractAnnotation(parseArticle(`${marker} trade talks stall\n\n${marker} said the deal was close, but farmers' groups said it would ruin them.\n`)),
];

const fixtures = () =>
  readdirSync('test/fixtures/articles')
    .sort()
    .map((file) => annotateFile(path.join('test/fixtures/articles', file)));

/** Every statement of these articles with its speaker, targets, listeners, outlet, reply and event, as sorted lines. */
async function statementsOf(ids: string[]): Promise<string[]> {
  const linked = (relationship: string) => `reduce(text = '', id IN COLLECT { MATCH (s)-[:${relationship}]->(t) RETURN t.id ORDER BY t.id } | text + id + ',')`;
  const result = await store.driver.executeQuery(
    `MATCH (a:Article)-[:CONTAINS]->(s:Statement) WHERE a.id IN $ids
     MATCH (speaker:Entity)-[:SAID]->(s)
     RETURN s.id + ' ' + s.kind + ' by ' + speaker.id + ' (' + speaker.name + ')' + ' about ' + ${linked('ABOUT')} + ' to ' + ${linked('ADDRESSED_TO')}
       + ' via ' + ${linked('REPORTED_BY')} + ' re ' + ${linked('REPLIES_TO')} + ' at ' + ${linked('MADE_AT')} AS line`,
    { ids },
    { database: store.database },
  );
  return result.records.map((record) => record.get('line') as string).sort();
}

async function removeAll(annotations: Annotation[]): Promise<void> {
  for (const annotation of [...annotations].reverse()) await deleteArticle(store, annotation.article.id);
}

beforeAll(async () => {
  store = await testStore();
});

/** The recurring articles and the fixtures, and their graph loaded one by one (removed again afterwards). */
async function loadedOneByOne() {
  const annotations = [...recurring, ...fixtures()];
  const ids = annotations.map((annotation) => annotation.article.id);
  await removeAll(annotations);
  for (const annotation of annotations) await loadAnnotation(store, annotation);
  const oneByOne = await statementsOf(ids);
  await removeAll(annotations);
  return { annotations, ids, oneByOne };
}

describe('bulk loading', () => {
  it('gives the graph that loading the articles one by one gives, cross-article names included', async () => {
    const { annotations, ids, oneByOne } = await loadedOneByOne();
    const report = await loadAnnotations(store, annotations);
    const batched = await statementsOf(ids);
    await removeAll(annotations);

    expect(report.articles).toBe(annotations.length);
    expect(batched.length).toBeGreaterThan(40);
    expect(batched).toEqual(oneByOne);
    // the surname in the second article is the first article's minister, not a person of its own
    const minister = batched.filter((line) => line.includes(`(Maria ${marker})`));
    expect(minister.length).toBe(2);
  });

  it('concurrent loads through the queue share transactions, each reported on its own, and give the one-by-one graph', async () => {
    const { annotations, ids, oneByOne } = await loadedOneByOne();

    const queue = new LoadQueue(store);
    const before = store.roundTrips;
    // the last article arrives twice: its second load, in the same transaction, changes nothing
    const reports = await Promise.all([...annotations, annotations.at(-1)!].map((annotation) => queue.load(annotation)));
    const transactions = store.roundTrips - before;
    const queued = await statementsOf(ids);
    await removeAll(annotations);

    expect(transactions).toBeLessThanOrEqual(2);
    expect(reports.map((report) => report.articleId)).toEqual([...ids, ids.at(-1)]);
    expect(reports.slice(0, -1).every((report) => report.nodesCreated > 0)).toBe(true);
    expect(reports.at(-1)).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(queued).toEqual(oneByOne);
  });

  it('`newsgraph ingest` loads a folder in batches, and a second run skips what is loaded', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-ingest-'));
    recurring.forEach((annotation, index) => writeFileSync(path.join(folder, `${index}.txt`), `${annotation.article.title}\n\n${annotation.article.text}`));
    writeFileSync(path.join(folder, 'broken.txt'), '');
    const run = async () =>
      promisify(execFile)('node', ['bin/newsgraph.js', 'ingest', folder], { env: { ...process.env, NODE_ENV: '' } }).catch(
        (error: { stdout: string; stderr: string; code: number }) => error,
      );
    const first = await run();
    expect(first.stdout).toMatch(/Loaded 2 of 3 articles: 2 new, 0 already in the graph, 1 skipped/);
    expect(first.stderr).toMatch(/skipped .*broken\.txt/);
    const second = await run();
    expect(second.stdout).toMatch(/Loaded 2 of 3 articles: 0 new, 2 already in the graph, 1 skipped/);
    const loaded = await store.driver.executeQuery('MATCH (a:Article) WHERE a.title STARTS WITH $marker RETURN a.id AS id', { marker }, { database: store.database });
    expect(loaded.records.length).toBe(2);
    for (const record of loaded.records) await deleteArticle(store, record.get('id'));
  });
});
