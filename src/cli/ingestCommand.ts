import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractionPool, ExtractionTimeoutError, type ExtractionPool } from '../api/index.ts';
import { loadConfig } from '../config/index.ts';
import type { Annotation } from '../extract/index.ts';
import { loadAnnotations, loadedArticleIds, type GraphStore } from '../graph/index.ts';
import { ArticleInputError } from '../parse/index.ts';
import { openGraph } from './connect.ts';
import { readArticleFile } from './ingest.ts';
import { ProgressBar } from './progress.ts';

/** Articles per write transaction: large enough that per-query costs vanish, small enough to stay far from Neo4j's transaction memory limit. */
export const INGEST_BATCH = 100;

/** The article files a FILE|FOLDER argument names (.txt and .json in a folder, sorted). */
export function articleFiles(target: string): string[] {
  if (!statSync(target, { throwIfNoEntry: false })) throw new ArticleInputError(`Cannot read ${target}: no such file or folder.`);
  if (!statSync(target).isDirectory()) return [target];
  const files = readdirSync(target)
    .filter((name) => /\.(txt|json)$/.test(name))
    .sort()
    .map((name) => path.join(target, name));
  if (files.length === 0) throw new ArticleInputError(`${target} holds no articles (.txt or .json files).`);
  return files;
}

export interface Tally {
  loaded: number;
  unchanged: number;
  statements: number;
  failures: string[];
}

interface Batch {
  files: string[];
  annotations: Annotation[];
}

/** Extracts a batch in the pool's worker threads, in file order; a file that cannot be read or extracted is a failure. */
async function extractBatch(pool: ExtractionPool, files: string[], publishedAt: string | null, tally: Tally): Promise<Batch> {
  const settled = await Promise.allSettled(files.map(async (file) => pool.annotateText({ text: readArticleFile(file), metadata: { publishedAt } })));
  const annotations: Annotation[] = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') annotations.push(outcome.value);
    else if (outcome.reason instanceof ArticleInputError || outcome.reason instanceof ExtractionTimeoutError) tally.failures.push(`${files[index]}: ${outcome.reason.message}`);
    else throw outcome.reason;
  });
  return { files, annotations };
}

/** Loads what is not in the graph yet (all of it with `force`): a rerun after an interruption skips what was loaded. */
async function loadBatch(store: GraphStore, batch: Batch, force: boolean, tally: Tally): Promise<void> {
  const known = force ? new Set<string>() : await loadedArticleIds(store, batch.annotations.map((annotation) => annotation.article.id));
  const fresh = batch.annotations.filter((annotation) => !known.has(annotation.article.id));
  tally.unchanged += batch.annotations.length - fresh.length;
  if (fresh.length === 0) return;
  const report = await loadAnnotations(store, fresh);
  tally.loaded += fresh.length;
  tally.statements += report.statements;
}

/**
 * Bulk loading: articles go in batches of INGEST_BATCH, one write transaction each, and the next batch is
 * extracted in worker threads while Neo4j writes the previous one (the main thread stays free to drive the
 * write). A bad file is counted and skipped; articles already in the graph are skipped unless `force`.
 */
export async function ingestFiles(store: GraphStore, files: string[], options: { publishedAt?: string | null; force?: boolean; progress?: ProgressBar } = {}): Promise<Tally> {
  const tally: Tally = { loaded: 0, unchanged: 0, statements: 0, failures: [] };
  let writing: Promise<void> | undefined;
  let written: Batch | undefined;
  const finishWrite = async () => {
    if (!writing) return;
    await writing;
    options.progress?.tick(path.basename(written!.files.at(-1)!), written!.files.length);
  };
  const pool = createExtractionPool();
  try {
    for (let start = 0; start < files.length; start += INGEST_BATCH) {
      const batch = await extractBatch(pool, files.slice(start, start + INGEST_BATCH), options.publishedAt ?? null, tally);
      await finishWrite();
      writing = loadBatch(store, batch, options.force ?? false, tally);
      // a failed write surfaces from finishWrite; until the next batch is extracted it must not count as unhandled
      writing.catch(() => undefined);
      written = batch;
    }
    await finishWrite();
  } finally {
    await pool.close();
  }
  return tally;
}

/** `newsgraph ingest FILE|FOLDER… [--published YYYY-MM-DD] [--force]`: bulk loading with a progress bar and a summary. */
export async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { published: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new ArticleInputError('usage: newsgraph ingest FILE|FOLDER… [--published YYYY-MM-DD] [--force]');
  const files = positionals.flatMap(articleFiles);
  const graph = await openGraph(loadConfig(), (line) => console.error(line));
  let tally: Tally;
  try {
    tally = await ingestFiles(graph.store, files, { publishedAt: values.published ?? null, force: values.force, progress: new ProgressBar(files.length, 'articles') });
  } finally {
    await graph.driver.close();
  }
  const read = files.length - tally.failures.length;
  console.log(
    `Loaded ${read} of ${files.length} articles: ${tally.loaded} new, ${tally.unchanged} already in the graph, ${tally.failures.length} skipped (${tally.statements} statements written).`,
  );
  for (const failure of tally.failures) console.error(`skipped ${failure}`);
  return tally.failures.length > 0 ? 1 : 0;
}
