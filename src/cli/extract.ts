import { parseArgs } from 'node:util';
import { ArticleInputError } from '../parse/index.ts';
import { annotateFile } from './ingest.ts';
import { summarize } from './summary.ts';

/** `newsgraph extract FILE [--published YYYY-MM-DD] [--json]`: bad input is one line on stderr, exit 2. */
export function extract(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, published: { type: 'string' } },
    });
  } catch (error) {
    throw new ArticleInputError((error as Error).message);
  }
  const [file] = parsed.positionals;
  if (!file) throw new ArticleInputError('usage: newsgraph extract FILE [--published YYYY-MM-DD] [--json]');
  const annotation = annotateFile(file, { publishedAt: parsed.values.published ?? null });
  console.log(parsed.values.json ? JSON.stringify(annotation, null, 2) : summarize(annotation));
  return 0;
}
