import type { ParsedArticle } from '../parse/index.ts';
import { stableId } from './ids.ts';
import type { Annotation } from './types.ts';

export type * from './types.ts';
export { normalizeName } from './ids.ts';

/** Turns a parsed article into the design's Annotation JSON. Pure: no I/O. */
export function extractAnnotation(article: ParsedArticle): Annotation {
  return {
    article: {
      id: stableId('article', article.title, article.text),
      title: article.title,
      text: article.text,
      publishedAt: article.publishedAt,
      url: article.url,
      publisher: article.publisher,
    },
    entities: [],
    statements: [],
    events: [],
  };
}
