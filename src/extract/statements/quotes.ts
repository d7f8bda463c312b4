import type { ArticleDocument, Quote } from './document.ts';

/** Words before a quotation that make it a title or a name, not somebody's words. */
const TITLE_CUES = new Set([
  'book', 'film', 'movie', 'song', 'album', 'novel', 'titled', 'entitled', 'dubbed', 'nicknamed', 'named',
  'show', 'series', 'play', 'poem', 'headline', 'slogan', 'hashtag', 'campaign', 'operation', 'so-called',
  'term', 'word', 'phrase', 'called', 'article', 'essay', 'report', 'documentary', 'memoir', 'podcast',
]);

const OPENING = new Set(['“', '"']);
const CLOSING = new Set(['”', '"']);

function looksLikeTitle(document: ArticleDocument, quote: Quote): boolean {
  // 'his book “…”', 'a film called “…”' — the cue stands right before the quotation
  if (TITLE_CUES.has(document.tokens[quote.open - 1]?.lower ?? '')) return true;
  const words = document.text.slice(quote.start, quote.end).split(/\s+/);
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  // "The Art of the Deal": short, mostly capitalized, no sentence punctuation inside.
  return words.length >= 2 && words.length <= 8 && capitalized / words.length >= 0.6 && !/[,.;:!?]/.test(words.join(' ').slice(0, -1));
}

/**
 * Finds quotations (curly or straight double quotes) with the exact span of the quoted words.
 * Trailing commas and, for partial quotes, a trailing period belong to the sentence, not the quote.
 */
export function findQuotes(document: ArticleDocument): Quote[] {
  const { tokens, text } = document;
  const quotes: Quote[] = [];
  let open: number | undefined;
  tokens.forEach((token, index) => {
    const straight = token.text === '"';
    if (open === undefined && OPENING.has(token.text)) {
      if (token.text === '”') return;
      open = index;
      return;
    }
    if (open !== undefined && (CLOSING.has(token.text) || (straight && index > open))) {
      const openToken = tokens[open]!;
      if (index - open < 2) {
        open = undefined;
        return;
      }
      const sentence = document.sentenceOf(open);
      const whole = sentence.first === open || /[:]\s*$/.test(text.slice(sentence.start, openToken.start));
      let start = openToken.end;
      let end = token.start;
      while (end > start && /[\s,;:]/.test(text[end - 1]!)) end -= 1;
      if (!whole) while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end -= 1;
      while (start < end && /\s/.test(text[start]!)) start += 1;
      const quote: Quote = { open, close: index, start, end, whole };
      if (end > start && !looksLikeTitle(document, quote)) quotes.push(quote);
      open = undefined;
      return;
    }
    if (open !== undefined && token.text === '“') open = index; // an unclosed quote: start again here
  });
  return quotes;
}
