import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exampleQueries, startServer } from '../api/index.ts';
import { loadConfig } from '../config/index.ts';
import { articleIdOf, extractAnnotation } from '../extract/index.ts';
import { deleteArticle, loadAnnotation, type GraphStore } from '../graph/index.ts';
import { ingestFiles, INGEST_BATCH } from './ingestCommand.ts';
import { parseArticle } from '../parse/index.ts';
import { stopLocalNeo4j } from '../localdb/index.ts';
import { openGraph } from './connect.ts';
import { ProgressBar } from './progress.ts';
import { REFERENCE_ARTICLE } from './serve.ts';

const TARGETS = { ingestPerSecond: 10, bulkPerSecond: 200, p95Ms: 50, roundTrips: 3 };
const BULK_ARTICLES = 1000;
const ARTICLES = 40;
const COLD_LOADS = 10;
const RUNS_PER_QUERY = 40;
const WARM_UP_RUNS = 30; // a freshly started JVM compiles hot paths during the first requests

const PAGE_OF_50 = '{ statements(first: 50) { nodes { text speaker { name } about { name } reportedBy { name } article { title } } } }';

/** The Playground's example queries (the product's headline questions) and a page of 50 statements with links. */
function headlineQueries(): Record<string, string> {
  return Object.fromEntries([...exampleQueries().map(({ title, query }) => [title, query]), ['page of 50 statements + links', PAGE_OF_50]]);
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

/** `npm run bench` (graph part): ingestion throughput, HTTP query latency and round trips on the real Neo4j. */
export async function benchGraph(): Promise<void> {
  const config = loadConfig();
  const graph = await openGraph(config, (line) => console.error(line));
  const raw = readFileSync(REFERENCE_ARTICLE, 'utf8');
  const [title, ...rest] = raw.split('\n');
  const annotations = Array.from({ length: ARTICLES }, (_, i) => extractAnnotation(parseArticle([`${title} (bench copy ${i + 1})`, ...rest].join('\n'))));
  const server = await startServer({ store: graph.store, apiKey: undefined, development: false, host: '127.0.0.1', port: 0 });
  try {
    await loadAnnotation(graph.store, extractAnnotation(parseArticle(raw)));
    console.log('graph benchmark (real Neo4j, real HTTP)');
    const progress = new ProgressBar(ARTICLES, 'articles');
    const loadTimes: number[] = [];
    for (const annotation of annotations) {
      const before = performance.now();
      await loadAnnotation(graph.store, annotation);
      loadTimes.push(performance.now() - before);
      progress.tick();
    }
    // the first loads run on a freshly started JVM; bulk ingestion runs at the steady rate after them
    const cold = loadTimes.slice(0, COLD_LOADS);
    const warm = loadTimes.slice(COLD_LOADS);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const ingestPerSecond = 1000 / mean(warm);
    const started = performance.now();
    for (const annotation of annotations.slice(0, 10)) await loadAnnotation(graph.store, annotation);
    const reloadMs = (performance.now() - started) / 10;
    console.log(`  ingestion: ${ingestPerSecond.toFixed(1)} articles/s steady (${mean(warm).toFixed(0)} ms each over ${warm.length} articles, one write transaction per article); first ${COLD_LOADS} on a cold JVM ${mean(cold).toFixed(0)} ms each; reload of a known article ${reloadMs.toFixed(0)} ms`);
    console.log(`    target ≥ ${TARGETS.ingestPerSecond}/s: ratio ${(ingestPerSecond / TARGETS.ingestPerSecond).toFixed(2)}`);

    await benchBulkIngestion(graph.store, raw);

    for (const [name, query] of Object.entries(headlineQueries())) {
      const times: number[] = [];
      for (let i = 0; i < RUNS_PER_QUERY + WARM_UP_RUNS; i += 1) {
        const before = performance.now();
        const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${name} failed: ${JSON.stringify(body.errors)}`);
        if (i >= WARM_UP_RUNS) times.push(performance.now() - before);
      }
      const p95 = percentile(times, 95);
      console.log(`  ${name.slice(0, 44).padEnd(44)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  target p95 ≤ ${TARGETS.p95Ms} ms: ratio ${(TARGETS.p95Ms / p95).toFixed(2)}`);
    }
    const before = graph.store.roundTrips;
    await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PAGE_OF_50 }) });
    const trips = graph.store.roundTrips - before;
    console.log(`  Cypher round trips for a page of 50 statements with speaker, about, reportedBy, article: ${trips} (target ≤ ${TARGETS.roundTrips}: ratio ${(TARGETS.roundTrips / trips).toFixed(2)})`);
  } finally {
    for (const annotation of annotations) await deleteArticle(graph.store, annotation.article.id);
    await server.stop();
    await graph.driver.close();
    if (graph.startedLocalNeo4j) await stopLocalNeo4j((line) => console.error(line));
  }
}

/**
 * `newsgraph ingest` end to end (read, extract, load in batches) on BULK_ARTICLES distinct articles: variants of
 * the reference article and the test fixtures, so people recur across articles as they do in an archive.
 */
async function benchBulkIngestion(store: GraphStore, reference: string): Promise<void> {
  const fixtures = readdirSync('test/fixtures/articles').map((file) => readFileSync(path.join('test/fixtures/articles', file), 'utf8'));
  const sources = [reference, ...fixtures];
  const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-'));
  const files = Array.from({ length: BULK_ARTICLES }, (_, i) => {
    const [title, ...rest] = sources[i % sources.length]!.split('\n');
    const file = path.join(folder, `${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, [`${title} (bulk copy ${i + 1})`, ...rest].join('\n'));
    return file;
  });
  try {
    const started = performance.now();
    const tally = await ingestFiles(store, files, { progress: new ProgressBar(files.length, 'articles (bulk)') });
    const seconds = (performance.now() - started) / 1000;
    const rate = tally.loaded / seconds;
    console.log(`  bulk ingestion (newsgraph ingest: read, extract, load in batches of ${INGEST_BATCH}): ${tally.loaded} new articles, ${tally.statements} statements in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} articles/s`);
    console.log(`    target ≥ ${TARGETS.bulkPerSecond}/s: ratio ${(rate / TARGETS.bulkPerSecond).toFixed(2)}`);
    const again = performance.now();
    await ingestFiles(store, files);
    console.log(`    rerun over the same folder (everything already loaded, skipped): ${((performance.now() - again) / 1000).toFixed(1)} s`);
  } finally {
    const cleanup = new ProgressBar(files.length, 'bench articles removed');
    for (const file of files) {
      await deleteArticle(store, articleIdOf(parseArticle(readFileSync(file, 'utf8'))));
      cleanup.tick();
    }
    rmSync(folder, { recursive: true, force: true });
  }
}
