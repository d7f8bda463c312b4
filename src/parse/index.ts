import { parseJsonArticle } from './json.ts';
import { CLEAN_TEXT, CONTROL_CHARACTER, looksBinary, MAX_ARTICLE_BYTES } from './limits.ts';
import { parsePlainArticle } from './plain.ts';
import { ArticleInputError, type ParsedArticle } from './types.ts';

export { ArticleInputError, CLEAN_TEXT, MAX_ARTICLE_BYTES };
export type { ParsedArticle, ParsedComment } from './types.ts';

export interface ArticleMetadata {
  url?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
}

/** YYYY-MM-DD from a date or date-time string, or an error naming the bad value. */
export function normalizeDate(value: string, field = 'publishedAt'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
    throw new ArticleInputError(`${field} must be a date like 2017-02-16, got "${value}".`);
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/**
 * Parses an article in either input format of the design. JSON is recognised by its leading `{`.
 * Metadata given here (e.g. --published on the command line) wins over the article's own.
 */
export function parseArticle(raw: string, metadata: ArticleMetadata = {}): ParsedArticle {
  if (Buffer.byteLength(raw, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(`The article is larger than ${MAX_ARTICLE_BYTES / 1_000_000} MB.`);
  }
  if (raw.includes('\u0000')) throw new ArticleInputError('The article contains NUL bytes; it looks binary, not text.');
  if (raw.trim() === '') throw new ArticleInputError('The article is empty.');
  const parsed: ParsedArticle = raw.trimStart().startsWith('{')
    ? parseJsonArticle(raw)
    : { ...parsePlainArticle(raw), url: null, publisher: null, publishedAt: null };
  // checked on the decoded strings: JSON escapes (\u0000) would hide them from a check of the raw input
  const names = [parsed.title, parsed.publisher ?? '', ...parsed.comments.map((comment) => comment.author)];
  const texts = [parsed.text, ...parsed.comments.map((comment) => comment.text)];
  if (names.some((name) => CONTROL_CHARACTER.test(name)) || texts.some(looksBinary)) {
    throw new ArticleInputError('The article contains control characters (NUL, escape, …); it looks binary, not text.');
  }
  if (parsed.text.trim() === '') throw new ArticleInputError('The article has a title but no text.');
  const publishedAt = metadata.publishedAt ?? parsed.publishedAt;
  return {
    ...parsed,
    url: metadata.url ?? parsed.url,
    publisher: metadata.publisher ?? parsed.publisher,
    publishedAt: publishedAt ? normalizeDate(publishedAt) : null,
  };
}
