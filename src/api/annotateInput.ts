import { extractAnnotation, type Annotation } from '../extract/index.ts';
import { ArticleInputError, parseArticle, type ArticleMetadata } from '../parse/index.ts';

export type AnnotateResult = { ok: true; annotation: Annotation } | { ok: false; message: string };

/** An article file's text and what the command line says of it (bulk ingestion). */
export interface ArticleText {
  text: string;
  metadata: ArticleMetadata;
}

/** Parse and extract one article given as the JSON input form; input errors come back as values (they cross threads). */
export function annotateInput(article: unknown): AnnotateResult {
  return annotated(() => parseArticle(JSON.stringify(article)));
}

/** The same for an article file's text (bulk ingestion). */
export function annotateText({ text, metadata }: ArticleText): AnnotateResult {
  return annotated(() => parseArticle(text, metadata));
}

function annotated(parse: () => ReturnType<typeof parseArticle>): AnnotateResult {
  try {
    return { ok: true, annotation: extractAnnotation(parse()) };
  } catch (error) {
    if (error instanceof ArticleInputError) return { ok: false, message: error.message };
    throw error;
  }
}
