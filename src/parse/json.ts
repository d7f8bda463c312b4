import { paragraphSpans } from './plain.ts';
import { ArticleInputError, type ParsedArticle, type ParsedComment } from './types.ts';

interface JsonComment {
  author: string;
  text: string;
  replies?: JsonComment[];
}

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ArticleInputError(`"${field}" must be a string.`);
  return value.trim() || null;
}

function flattenComments(input: unknown, parent: number | null, into: ParsedComment[], path: string): void {
  if (input === undefined || input === null) return;
  if (!Array.isArray(input)) throw new ArticleInputError(`"${path}" must be an array.`);
  input.forEach((raw: Partial<JsonComment>, position) => {
    const at = `${path}[${position}]`;
    if (typeof raw !== 'object' || raw === null) throw new ArticleInputError(`"${at}" must be an object.`);
    const author = optionalString(raw.author, `${at}.author`);
    const text = optionalString(raw.text, `${at}.text`);
    if (!author || !text) throw new ArticleInputError(`"${at}" needs a non-empty author and text.`);
    into.push({ author, text, replyTo: parent });
    flattenComments(raw.replies, into.length - 1, into, `${at}.replies`);
  });
}

/** The JSON form: {title, text, url?, publisher?, publishedAt?, comments?: [{author, text, replies?}]}. */
export function parseJsonArticle(raw: string): ParsedArticle {
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(raw) as Record<string, unknown>;
  } catch (error) {
    throw new ArticleInputError(`The article is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ArticleInputError('A JSON article must be an object with "title" and "text".');
  }
  const title = optionalString(input.title, 'title');
  const body = optionalString(input.text, 'text');
  if (!title) throw new ArticleInputError('"title" is required and must not be empty.');
  if (!body) throw new ArticleInputError('"text" is required and must not be empty.');
  const text = (input.text as string).replace(/\r\n?/g, '\n').trimEnd();
  const comments: ParsedComment[] = [];
  flattenComments(input.comments, null, comments, 'comments');
  return {
    title,
    text,
    paragraphs: paragraphSpans(text),
    comments,
    url: optionalString(input.url, 'url'),
    publisher: optionalString(input.publisher, 'publisher'),
    publishedAt: optionalString(input.publishedAt, 'publishedAt'),
  };
}
