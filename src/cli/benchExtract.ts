import { readFileSync } from 'node:fs';
import { extractAnnotation } from '../extract/index.ts';
import { parseArticle } from '../parse/index.ts';
import { REFERENCE_ARTICLE } from './serve.ts';

const TARGET_ARTICLES_PER_SECOND = 150;
const QUOTE_HEAVY_QUOTES = 25_000;
const QUOTE_HEAVY_TARGET_MS = 2_000;

/** A hostile article: 25,000 quotes alternating with attributed and unattributed ones, about 600 KB, one paragraph each. */
export function quoteHeavyArticle(quotes = QUOTE_HEAVY_QUOTES): string {
  const paragraphs = Array.from({ length: quotes }, (_, i) => (i % 2 ? `“We will win round ${i},” Anna Berg said.` : `“It is close ${i}.”`));
  return `Quote storm\n\n${paragraphs.join('\n\n')}`;
}

/**
 * Runs `work` in several timed rounds after a warm-up and returns runs per second on this one thread (one core):
 * the median round, with the slowest and fastest, since a shared 2-core machine is noisy.
 */
function perSecond(work: () => void, rounds = 7, secondsPerRound = 0.6): { median: number; low: number; high: number } {
  const warmUpUntil = performance.now() + 500;
  while (performance.now() < warmUpUntil) work();
  const rates: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let runs = 0;
    const start = performance.now();
    while (performance.now() - start < secondsPerRound * 1000) {
      work();
      runs += 1;
    }
    rates.push(runs / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)]!, low: rates[0]!, high: rates.at(-1)! };
}

/** `npm run bench:extract`: articles per second per core, on the reference article and on one ten times longer. */
export function benchExtract(): void {
  const raw = readFileSync(REFERENCE_ARTICLE, 'utf8');
  const [title, ...rest] = raw.split('\n');
  const body = rest.join('\n').split(/\n\s*•/)[0]!.trim();
  const longer = `${title}\n\n${Array.from({ length: 10 }, () => body).join('\n\n')}`;
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

  const reference = perSecond(() => extractAnnotation(parseArticle(raw)));
  const tenTimes = perSecond(() => extractAnnotation(parseArticle(longer)));
  const growth = reference.median / tenTimes.median;
  const line = (label: string, text: string, rate: { median: number; low: number; high: number }) =>
    `  ${label.padEnd(18)} ${String(words(text)).padStart(6)} words  ${rate.median.toFixed(1).padStart(8)} articles/s/core (rounds ${rate.low.toFixed(0)}–${rate.high.toFixed(0)})  ${(1000 / rate.median).toFixed(2)} ms/article`;
  console.log('extraction benchmark (one thread = one core; median of 7 rounds)');
  console.log(line('reference article', raw, reference));
  console.log(line('10× longer article', longer, tenTimes));
  console.log(`  cost ratio 10× / 1×: ${growth.toFixed(2)} (linear = 10.0)`);
  const heavy = quoteHeavyArticle();
  const started = performance.now();
  const statements = extractAnnotation(parseArticle(heavy)).statements.length;
  const heavyMs = performance.now() - started;
  console.log(
    `  ${QUOTE_HEAVY_QUOTES} quotes, ${Math.round(heavy.length / 1000)} KB: ${heavyMs.toFixed(0)} ms for ${statements} statements; target < ${QUOTE_HEAVY_TARGET_MS} ms: ratio ${(QUOTE_HEAVY_TARGET_MS / heavyMs).toFixed(2)} ${heavyMs < QUOTE_HEAVY_TARGET_MS ? '(met)' : '(NOT met)'}`,
  );
  console.log(`  target ≥ ${TARGET_ARTICLES_PER_SECOND} articles/s/core: ratio ${(reference.median / TARGET_ARTICLES_PER_SECOND).toFixed(2)} ${reference.median >= TARGET_ARTICLES_PER_SECOND ? '(met)' : '(NOT met)'}`);
}
