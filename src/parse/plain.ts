import type { Span } from '../extract/index.ts';
import { ArticleInputError, type ParsedArticle, type ParsedComment } from './types.ts';

const COMMENT_BULLET = /^([ \t]*)[•·][ \t]+(\S.*)$/;

/** Spans of the blank-line separated paragraphs of `text`. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (text.length > start) spans.push({ start, end: text.trimEnd().length });
  return spans.filter((span) => span.end > span.start);
}

function parseCommentThread(lines: string[]): ParsedComment[] {
  const comments: ParsedComment[] = [];
  const open: { indent: number; index: number }[] = [];
  let body: string[] = [];
  const flush = () => {
    const current = comments.at(-1);
    if (current) current.text = body.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    body = [];
  };
  for (const line of lines) {
    const bullet = COMMENT_BULLET.exec(line);
    if (!bullet) {
      body.push(line.trim());
      continue;
    }
    flush();
    const indent = (bullet[1] ?? '').replace(/\t/g, '    ').length;
    while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
    comments.push({ author: (bullet[2] ?? '').trim(), text: '', replyTo: open.at(-1)?.index ?? null });
    open.push({ indent, index: comments.length - 1 });
  }
  flush();
  return comments.filter((comment) => comment.author.length > 0);
}

/** The scraped plain-text form: title line, blank line, paragraphs, optional `• author` comment thread. */
export function parsePlainArticle(raw: string): Omit<ParsedArticle, 'url' | 'publisher' | 'publishedAt'> {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const titleLine = lines.findIndex((line) => line.trim() !== '');
  if (titleLine < 0) throw new ArticleInputError('The article is empty.');
  const title = lines[titleLine]!.trim();
  const threadStart = lines.findIndex((line, index) => index > titleLine && COMMENT_BULLET.test(line));
  const bodyLines = lines.slice(titleLine + 1, threadStart < 0 ? undefined : threadStart);
  const text = bodyLines.join('\n').replace(/^\s*\n/, '').trimEnd();
  if (text.trim() === '') throw new ArticleInputError('The article has a title but no text.');
  const comments = threadStart < 0 ? [] : parseCommentThread(lines.slice(threadStart));
  return { title, text, paragraphs: paragraphSpans(text), comments };
}
