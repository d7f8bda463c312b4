import { speechVerbForms } from '../gazetteer/index.ts';
import type { ArticleDocument, Quote } from './document.ts';

/** Words before a quotation that make it a title or a name, not somebody's words. */
const TITLE_CUES = new Set([
  'book', 'film', 'movie', 'song', 'album', 'novel', 'titled', 'entitled', 'dubbed', 'nicknamed', 'named',
  'show', 'series', 'play', 'poem', 'headline', 'slogan', 'hashtag', 'campaign', 'operation', 'so-called',
  'term', 'word', 'phrase', 'called', 'article', 'essay', 'report', 'documentary', 'memoir', 'podcast',
]);

/** Cues that name things as often as they report words: a title only when the quote looks like one. */
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'nicknamed', 'term', 'word', 'phrase']);

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as']);

const OPENING = new Set(['“', '"']);
const CLOSING = new Set(['”', '"']);

function looksLikeTitle(document: ArticleDocument, quote: Quote): boolean {
  const words = document.text.slice(quote.start, quote.end).split(/\s+/);
  // "The Art of the Deal": short, its words after the first capitalized but for small function words, no
  // sentence punctuation inside; "I prefer Kasich" is words (the first word and "I" are capitals anyway)
  const weighed = words.slice(1).filter((word) => word !== 'I' && !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  const capitalized = weighed.filter((word) => /^\p{Lu}/u.test(word)).length;
  const titleCase =
    words.length >= 2 && words.length <= 8 && weighed.length > 0 && capitalized / weighed.length >= 0.6 && !/[,.;:!?]/.test(words.join(' ').slice(0, -1));
  const cue = document.tokens[quote.open - 1]?.lower ?? '';
  // 'his book “…”' is a title; 'called it “a historic package”' is somebody's words unless they look like a title
  if (TITLE_CUES.has(cue)) return !NAMING_VERBS.has(cue) || titleCase || words.length === 1;
  // “No thanks to Nathan Deal,” he added.: words somebody is then said to have said are no title
  return titleCase && !attributedRightAfter(document, quote);
}

function attributedRightAfter(document: ArticleDocument, quote: Quote): boolean {
  const { tokens } = document;
  // only a quote that opens its sentence: 'on “Meet the Press,” Doe said' names a show
  if (!quote.whole || !/^[,!?]$/.test(tokens[quote.close - 1]?.text ?? '')) return false;
  for (let i = quote.close + 1; i <= quote.close + 4 && i < tokens.length; i += 1) {
    if (speechVerbForms.has(tokens[i]!.lower) && ['VERB', 'NOUN'].includes(tokens[i]!.pos)) return true;
  }
  return false;
}

function makeQuote(document: ArticleDocument, open: number, close: number, contentEnd: number): Quote | undefined {
  const { tokens, text } = document;
  const openToken = tokens[open]!;
  if (close - open < 2) return undefined;
  const sentence = document.sentenceOf(open);
  const whole = sentence.first === open || /[:]\s*$/.test(text.slice(sentence.start, openToken.start));
  let start = openToken.end;
  let end = contentEnd;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end -= 1;
  if (!whole) while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end -= 1;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  // "2016-07-23", a tweet's number: quotation marks around no words
  if (!/\p{L}/u.test(text.slice(start, end))) return undefined;
  const quote: Quote = { open, close, start, end, whole };
  return end > start && !looksLikeTitle(document, quote) ? quote : undefined;
}

/** ‪”This is why …,” said Doe: a closing mark typed where an opening one belongs, after a space and glued to a word. */
function closerUsedAsOpener(document: ArticleDocument, index: number): boolean {
  const { tokens, text } = document;
  const token = tokens[index]!;
  if (token.text !== '”' || !/^[\p{L}\p{N}]/u.test(text.slice(token.end, token.end + 1))) return false;
  return token.start === 0 || /[\s\p{Cf}]/u.test(text[token.start - 1]!);
}

/** Double quotes, curly or straight. A quote still open when the next paragraph opens one continues there. */
function doubleQuotes(document: ArticleDocument): Quote[] {
  const { tokens } = document;
  const quotes: Quote[] = [];
  let open: number | undefined;
  const push = (quote: Quote | undefined) => quote && quotes.push(quote);
  tokens.forEach((token, index) => {
    if (open === undefined) {
      if ((OPENING.has(token.text) && token.text !== '”') || closerUsedAsOpener(document, index)) open = index;
      return;
    }
    if (token.text === '“' || (token.text === '"' && document.sentenceOf(index).paragraph !== document.sentenceOf(open).paragraph)) {
      const previousParagraph = document.sentenceOf(index).paragraph !== document.sentenceOf(open).paragraph;
      // a quote running over paragraphs has no closing mark at the paragraph end: it ends there
      if (previousParagraph) push(makeQuote(document, open, index, tokens[index - 1]!.end));
      open = index;
      return;
    }
    if (CLOSING.has(token.text)) {
      push(makeQuote(document, open, index, token.start));
      open = undefined;
    }
  });
  return quotes;
}

/** British single quotes: ‘…’ where the closing ’ stands alone (not an apostrophe inside a word). */
function singleQuotes(document: ArticleDocument, inside: (index: number) => boolean): Quote[] {
  const { tokens } = document;
  const quotes: Quote[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (tokens[index]!.text !== '‘' || inside(index)) continue;
    const paragraph = document.sentenceOf(index).paragraph;
    let close = index + 1;
    while (close < tokens.length && document.sentenceOf(close).paragraph === paragraph && tokens[close]!.text !== '’') close += 1;
    if (tokens[close]?.text !== '’') continue;
    const quote = makeQuote(document, index, close, tokens[close]!.start);
    if (quote) quotes.push(quote);
    index = close;
  }
  return quotes;
}

/**
 * Finds quotations with the exact span of the quoted words. Trailing commas and, for partial quotes,
 * a trailing period belong to the sentence, not the quote.
 */
export function findQuotes(document: ArticleDocument): Quote[] {
  const double = doubleQuotes(document);
  const inside = (index: number) => double.some((quote) => index > quote.open && index < quote.close);
  return [...double, ...singleQuotes(document, inside)].sort((a, b) => a.open - b.open);
}
