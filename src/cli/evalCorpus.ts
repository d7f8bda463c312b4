import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleInputError } from '../parse/index.ts';
import { annotateFile } from './ingest.ts';
import { repoRoot } from './paths.ts';

export const DEFAULT_SCORER = path.resolve(repoRoot, '../shared/tools/score_polnear.py');

export interface CorpusRun {
  articles: number;
  failed: string[];
  seconds: number;
}

/** Extracts every `text/*.txt` of a corpus split in this process and writes one `NAME.json` per article. */
export function extractCorpus(splitDir: string, outDir: string): CorpusRun {
  const textDir = path.join(splitDir, 'text');
  if (!existsSync(textDir)) throw new ArticleInputError(`${splitDir} has no text/ folder (expected SPLIT/text/NAME.txt).`);
  const names = readdirSync(textDir).filter((name) => name.endsWith('.txt')).sort();
  mkdirSync(outDir, { recursive: true });
  const failed: string[] = [];
  const started = performance.now();
  for (const name of names) {
    try {
      const annotation = annotateFile(path.join(textDir, name));
      writeFileSync(path.join(outDir, name.replace(/\.txt$/, '.json')), JSON.stringify(annotation));
    } catch (error) {
      failed.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { articles: names.length, failed, seconds: (performance.now() - started) / 1000 };
}

export interface CorpusScores {
  content_p: number;
  speech_r: number;
  speech_f1: number;
  speaker_acc: number;
  joint_f1_strict: number;
}

/** Runs the shared scorer on a folder of predictions and reads the figures of its summary line. */
export function scoreCorpus(split: string, predictions: string, scorer = DEFAULT_SCORER, errors?: string): { summary: string; scores: CorpusScores } {
  const scored = spawnSync('python3', [scorer, split, predictions, '--quiet', ...(errors ? ['--errors', errors] : [])], { encoding: 'utf8' });
  if (scored.status !== 0) throw new Error(`the scorer failed: ${scored.stderr || scored.stdout}`);
  const figures = Object.fromEntries([...scored.stdout.matchAll(/(\w+)=([\d.]+)/g)].map((match) => [match[1], Number(match[2])]));
  return { summary: scored.stdout, scores: figures as unknown as CorpusScores };
}

const USAGE = 'usage: newsgraph eval --corpus SPLIT_DIR [--out DIR] [--errors FILE.tsv] [--scorer score_polnear.py]';

/**
 * `newsgraph eval --corpus SPLIT_DIR`: predictions for a PolNeAR-shaped split, scored by the shared scorer
 * (its summary printed, its per-attribution rows written to an error file to sort and filter).
 */
export function evalCorpus(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { corpus: { type: 'string' }, out: { type: 'string' }, errors: { type: 'string' }, scorer: { type: 'string' } },
    });
  } catch (error) {
    throw new ArticleInputError(`${(error as Error).message}\n${USAGE}`);
  }
  const split = parsed.values.corpus ?? parsed.positionals[0];
  if (!split) throw new ArticleInputError(USAGE);
  const splitName = path.basename(path.resolve(split));
  const outDir = path.resolve(parsed.values.out ?? path.join(repoRoot, 'eval-output', splitName));
  const errors = path.resolve(parsed.values.errors ?? path.join(outDir, '..', `${splitName}-errors.tsv`));
  const run = extractCorpus(split, path.join(outDir));
  console.log(`Extracted ${run.articles - run.failed.length} of ${run.articles} articles in ${run.seconds.toFixed(1)} s → ${outDir}`);
  for (const failure of run.failed) console.log(`  failed: ${failure}`);
  const scorer = parsed.values.scorer ?? DEFAULT_SCORER;
  if (!existsSync(scorer)) {
    console.log(`No scorer at ${scorer}; predictions written, not scored.`);
    return run.failed.length ? 1 : 0;
  }
  process.stdout.write(scoreCorpus(split, outDir, scorer, errors).summary);
  console.log(`Errors (MISS / FP / HIT with speaker status), one row per attribution: ${errors}`);
  return run.failed.length ? 1 : 0;
}
