import type { Span } from '../extract/index.ts';

export interface ParsedComment {
  author: string;
  text: string;
  /** Index into ParsedArticle.comments of the comment this one replies to. */
  replyTo: number | null;
}

export interface ParsedArticle {
  title: string;
  /** The body: every offset the extractor produces points into this string. */
  text: string;
  paragraphs: Span[];
  comments: ParsedComment[];
  url: string | null;
  publisher: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  publishedAt: string | null;
}

export class ArticleInputError extends Error {}
