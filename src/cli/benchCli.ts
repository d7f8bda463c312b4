import { spawnSync } from 'node:child_process';
import { REFERENCE_ARTICLE } from './serve.ts';

const TARGET_HELP_MS = 1_000;
const ROUNDS = 5;

/** Median wall time of a fresh `newsgraph` process, as a user starts it (no warm process to reuse). */
function coldMs(args: string[]): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['bin/newsgraph.js', ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`newsgraph ${args.join(' ')} failed: ${run.stderr}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

/** `npm run bench cli`: how long a new user waits for `newsgraph --help` and one `extract`. */
export function benchCli(): void {
  const help = coldMs(['--help']);
  const extract = coldMs(['extract', REFERENCE_ARTICLE]);
  console.log(`CLI start-up (fresh process, median of ${ROUNDS})`);
  console.log(`  newsgraph --help                      ${help.toFixed(0).padStart(6)} ms; target < ${TARGET_HELP_MS} ms: ratio ${(TARGET_HELP_MS / help).toFixed(2)} ${help < TARGET_HELP_MS ? '(met)' : '(NOT met)'}`);
  console.log(`  newsgraph extract <reference article>  ${extract.toFixed(0).padStart(6)} ms (loads the language model once)`);
}
