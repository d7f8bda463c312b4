import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.ts';
import { ArticleInputError } from '../parse/index.ts';
import { openGraph } from './connect.ts';
import { ingestFile } from './ingest.ts';
import { ProgressBar } from './progress.ts';

function articleFiles(target: string): string[] {
  if (!statSync(target, { throwIfNoEntry: false })) throw new ArticleInputError(`Cannot read ${target}: no such file or folder.`);
  if (!statSync(target).isDirectory()) return [target];
  const files = readdirSync(target)
    .filter((name) => /\.(txt|json)$/.test(name))
    .sort()
    .map((name) => path.join(target, name));
  if (files.length === 0) throw new ArticleInputError(`${target} holds no articles (.txt or .json files).`);
  return files;
}

/** `newsgraph ingest FILE|FOLDER… [--published YYYY-MM-DD]`: loads many articles with a progress bar; a bad file is reported and skipped. */
export async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { published: { type: 'string' } } });
  if (positionals.length === 0) throw new ArticleInputError('usage: newsgraph ingest FILE|FOLDER… [--published YYYY-MM-DD]');
  const files = positionals.flatMap(articleFiles);
  const graph = await openGraph(loadConfig(), (line) => console.error(line));
  const progress = new ProgressBar(files.length, 'articles');
  const failures: string[] = [];
  let statements = 0;
  let unchanged = 0;
  try {
    for (const file of files) {
      try {
        const report = await ingestFile(graph.store, file, { publishedAt: values.published ?? null });
        statements += report.statements;
        // loading is idempotent: an article already in the graph creates nothing
        if (report.nodesCreated === 0 && report.relationshipsCreated === 0) unchanged += 1;
      } catch (error) {
        if (!(error instanceof ArticleInputError)) throw error;
        failures.push(`${file}: ${error.message}`);
      }
      progress.tick(path.basename(file));
    }
  } finally {
    await graph.driver.close();
  }
  const loaded = files.length - failures.length;
  console.log(`Loaded ${loaded} of ${files.length} articles: ${loaded - unchanged} new, ${unchanged} unchanged, ${failures.length} skipped (${statements} statements).`);
  for (const failure of failures) console.error(`skipped ${failure}`);
  return failures.length > 0 ? 1 : 0;
}
