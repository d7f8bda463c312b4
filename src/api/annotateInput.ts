import { extractAnnotation, type Annotation } from '../extract/index.ts';
import { ArticleInputError, parseArticle } from '../parse/index.ts';

export type AnnotateResult = { ok: true; annotation: Annotation } | { ok: false; message: string };

/** Parse and extract one article given as the JSON input form; input errors come back as values (they cross threads). */
export function annotateInput(article: unknown): AnnotateResult {
  try {
    return { ok: true, annotation: extractAnnotation(parseArticle(JSON.stringify(article))) };
  } catch (error) {
    if (error instanceof ArticleInputError) return { ok: false, message: error.message };
    throw error;
  }
}
