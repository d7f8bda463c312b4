import { readFileSync } from 'node:fs';
import { extractAnnotation } from '../extract/index.ts';
import { parseArticle } from '../parse/index.ts';
import { REFERENCE_ARTICLE } from './serve.ts';

const TARGET_ARTICLES_PER_SECOND = 150;

/** Runs `work` for at least `seconds` after a warm-up; returns runs per second on this one thread (one core). */
function perSecond(work: () => void, seconds = 3): number {
  const warmUpUntil = performance.now() + 500;
  while (performance.now() < warmUpUntil) work();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    work();
    runs += 1;
  }
  return runs / ((performance.now() - start) / 1000);
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
  const growth = reference / tenTimes;
  console.log('extraction benchmark (one thread = one core)');
  console.log(`  reference article  ${String(words(raw)).padStart(6)} words  ${reference.toFixed(1).padStart(8)} articles/s/core  ${(1000 / reference).toFixed(2)} ms/article`);
  console.log(`  10× longer article ${String(words(longer)).padStart(6)} words  ${tenTimes.toFixed(1).padStart(8)} articles/s/core  ${(1000 / tenTimes).toFixed(2)} ms/article`);
  console.log(`  cost ratio 10× / 1×: ${growth.toFixed(2)} (linear = 10.0)`);
  console.log(`  target ≥ ${TARGET_ARTICLES_PER_SECOND} articles/s/core: ratio ${(reference / TARGET_ARTICLES_PER_SECOND).toFixed(2)} ${reference >= TARGET_ARTICLES_PER_SECOND ? '(met)' : '(NOT met)'}`);
}
