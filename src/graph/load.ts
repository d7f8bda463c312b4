import type { Annotation } from '../extract/index.ts';
import type { GraphStore } from './store.ts';

export interface LoadReport {
  articleId: string;
}

/** Writes one article's annotation in one transaction; MERGE on stable ids makes a second load a no-op. */
export async function loadAnnotation(store: GraphStore, annotation: Annotation): Promise<LoadReport> {
  const article = {
    ...annotation.article,
    url: annotation.article.url ?? null,
    publisher: annotation.article.publisher ?? null,
  };
  await store.write(async (run) => {
    await run('article-load', { article });
  });
  return { articleId: article.id };
}
