import os from 'node:os';
import { Piscina } from 'piscina';
import type { Annotation } from '../extract/index.ts';
import { ArticleInputError } from '../parse/index.ts';
import type { AnnotateResult, ArticleText } from './annotateInput.ts';

/** An article that needs longer than this to extract is refused; the worker running it is ended. */
export const DEFAULT_EXTRACTION_BUDGET_MS = 10_000;

export class ExtractionTimeoutError extends Error {}

export interface ExtractionPool {
  /** An article in the API's JSON input form. */
  annotate(article: unknown): Promise<Annotation>;
  /** An article file's text, with what the command line says of it. */
  annotateText(article: ArticleText): Promise<Annotation>;
  close(): Promise<void>;
}

/**
 * Extraction off the event loop, in worker threads from piscina: a long article never blocks other requests
 * or a shutdown, and one that runs past its budget is aborted (piscina ends that worker and starts a new one).
 */
export function createExtractionPool(budgetMs = DEFAULT_EXTRACTION_BUDGET_MS): ExtractionPool {
  const pool = new Piscina({
    filename: new URL('./extractionWorker.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: Math.max(1, Math.min(4, os.availableParallelism() - 1)),
    idleTimeout: 60_000,
  });
  const run = async (input: unknown, name: 'default' | 'annotateText'): Promise<Annotation> => {
    let result: AnnotateResult;
    try {
      result = await pool.run(input, { name, signal: AbortSignal.timeout(budgetMs) });
    } catch (error) {
      if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') {
        throw new ExtractionTimeoutError(`The article took longer than ${budgetMs / 1000} s to extract; send a shorter one.`);
      }
      throw error;
    }
    if (!result.ok) throw new ArticleInputError(result.message);
    return result.annotation;
  };
  return {
    annotate: (article) => run(article, 'default'),
    annotateText: (article) => run(article, 'annotateText'),
    close: () => pool.destroy(),
  };
}
