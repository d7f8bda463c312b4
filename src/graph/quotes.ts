import { createHash } from 'node:crypto';
import type { Annotation } from '../extract/index.ts';

/** Runs of this many words identify a quote across articles, so a partial quote finds the full one. */
export const SHINGLE_WORDS = 5;
/** Shorter quotes ("aggressive", "a good deal") are too common to say that one article repeated another. */
export const MIN_QUOTE_WORDS = 4;

/** The words of a quote as articles compare them: case, quotation marks, apostrophes, punctuation and spacing aside. */
export function quoteKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^| )'+|'+( |$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every run of SHINGLE_WORDS words of a key, hashed short: what a partial quote shares with the full one. */
export function shingles(key: string): string[] {
  const words = key.split(' ');
  const runs = new Set<string>();
  for (let start = 0; start + SHINGLE_WORDS <= words.length; start += 1) {
    runs.add(createHash('sha256').update(words.slice(start, start + SHINGLE_WORDS).join(' ')).digest('hex').slice(0, 16));
  }
  return [...runs];
}

export interface QuoteRow {
  statement: string;
  id: string;
  key: string;
  text: string;
  shingles: string[];
}

/** The DIRECT statements of an article long enough to be traced across articles. */
export function quoteRows(annotation: Annotation): QuoteRow[] {
  return annotation.statements
    .filter((statement) => statement.kind === 'DIRECT')
    .map((statement) => ({ statement, key: quoteKey(statement.text) }))
    .filter(({ key }) => key.split(' ').length >= MIN_QUOTE_WORDS)
    .map(({ statement, key }) => ({
      statement: statement.id,
      id: `quote-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`,
      key,
      text: statement.text,
      shingles: shingles(key),
    }));
}
