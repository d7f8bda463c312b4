import { readFileSync } from 'node:fs';
import { extractAnnotation, type Annotation } from '../extract/index.ts';
import { loadAnnotation, type GraphStore, type LoadReport } from '../graph/index.ts';
import { ArticleInputError, MAX_ARTICLE_BYTES, parseArticle, type ArticleMetadata } from '../parse/index.ts';

/** Reads an article file strictly: it must exist, be at most 1 MB, and be valid UTF-8 text. */
export function readArticleFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not an article file' : (error as Error).message;
    throw new ArticleInputError(`Cannot read ${file}: ${reason}.`);
  }
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleInputError(`${file} is larger than 1 MB.`);
  if (bytes.includes(0)) throw new ArticleInputError(`${file} contains NUL bytes; it looks binary, not text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(`${file} is not valid UTF-8 text.`);
  }
}

export function annotateFile(file: string, metadata: ArticleMetadata = {}): Annotation {
  return extractAnnotation(parseArticle(readArticleFile(file), metadata));
}

export async function ingestFile(store: GraphStore, file: string, metadata: ArticleMetadata = {}): Promise<LoadReport> {
  return loadAnnotation(store, annotateFile(file, metadata));
}
