import path from 'node:path';
import { parseArgs } from 'node:util';
import { MemoryGraph, writeCsv } from '../graph/index.ts';
import { ArticleInputError } from '../parse/index.ts';
import { annotateFile } from './ingest.ts';
import { articleFiles } from './ingestCommand.ts';
import { ProgressBar } from './progress.ts';

const USAGE = 'usage: newsgraph export --csv DIR FILE|FOLDER… [--published YYYY-MM-DD]';

/**
 * `newsgraph export --csv DIR FILE|FOLDER…`: the graph these articles give, as CSV files for Neo4j's bulk
 * importer (initial loads of millions of articles). `newsgraph db import DIR` runs the importer on the local
 * Neo4j; the printed neo4j-admin command does it anywhere else.
 */
export async function exportCsv(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { csv: { type: 'string' }, published: { type: 'string' } } });
  if (!values.csv || positionals.length === 0) throw new ArticleInputError(USAGE);
  const files = positionals.flatMap(articleFiles);
  const graph = new MemoryGraph();
  const progress = new ProgressBar(files.length, 'articles');
  const failures: string[] = [];
  for (const file of files) {
    try {
      graph.add(annotateFile(file, { publishedAt: values.published ?? null }));
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      failures.push(`${file}: ${error.message}`);
    }
    progress.tick(path.basename(file));
  }
  const written = writeCsv(graph, values.csv);
  console.log(`Wrote ${written.files.length} CSV files to ${values.csv}: ${graph.nodes.size} nodes, ${graph.relationships.size} relationships from ${files.length - failures.length} articles.`);
  console.log(`Load them into the local Neo4j (stopped; replaces its graph): newsgraph db import ${values.csv}`);
  console.log(`Or anywhere, from ${values.csv}: neo4j-admin database import full neo4j --overwrite-destination=true ${written.importArguments.join(' ')}`);
  console.log('Start Neo4j and the service afterwards: the service creates the constraints and indexes on start.');
  for (const failure of failures) console.error(`skipped ${failure}`);
  return failures.length > 0 ? 1 : 0;
}
