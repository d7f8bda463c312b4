import type { Annotation } from '../extract/index.ts';
import { loadAnnotation, loadAnnotationsEach, type LoadReport } from './load.ts';
import type { GraphStore } from './store.ts';

interface Waiting {
  annotation: Annotation;
  resolve: (report: LoadReport) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for concurrent loads (the API's ingestArticle calls): while one transaction writes, arrivals
 * wait and go together in the next one, instead of each taking the entity-resolution lock in turn. Every
 * caller still gets its own article's report, and an article that fails its batch is retried alone, so one
 * bad article never fails the others.
 */
export class LoadQueue {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly store: GraphStore,
    private readonly maxBatch = 50,
  ) {}

  load(annotation: Annotation): Promise<LoadReport> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ annotation, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.waiting.length > 0) await this.write(this.waiting.splice(0, this.maxBatch));
    } finally {
      this.writing = false;
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      const reports = await loadAnnotationsEach(this.store, batch.map((waiting) => waiting.annotation));
      batch.forEach((waiting, index) => waiting.resolve(reports[index]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const waiting of batch) await loadAnnotation(this.store, waiting.annotation).then(waiting.resolve, waiting.reject);
    }
  }
}
