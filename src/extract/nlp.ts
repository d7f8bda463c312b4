import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './types.ts';

/** A token with exact character offsets into the article text and its part of speech. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  /** Index into the article's token list. */
  index: number;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Indices into the token list: [first, last). */
  first: number;
  last: number;
}

export interface TaggedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Sentence splitting and part-of-speech only: NER, negation and sentiment are not used and cost time.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * NYT-style quotes written with two apostrophes (''…'') become one double quote and a space, in a copy of the
 * same length, so every offset still points into the original text: ' "' before a word opens, '" ' closes.
 */
function withDoubleQuotes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/''/g, (_pair, offset: number) => (/[\p{L}\p{N}$(‘'.]/u.test(text[offset + 2] ?? '') && !/[\p{L}\p{N}.,!?]/u.test(text[offset - 1] ?? '') ? ' "' : '" '));
}

/** Tokenizes, splits sentences (never across paragraphs) and tags parts of speech with wink-nlp. */
export function tagText(text: string, paragraphs: Span[]): TaggedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // One wink document for the whole text: far cheaper than one per paragraph.
  const doc = nlp.readDoc(withDoubleQuotes(text));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink keeps the text lossless: a token starts where the previous one ended plus its preceding spaces.
  const starts: number[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += spaces[i]!.length;
    starts.push(offset);
    offset += value.length;
  });
  let paragraph = 0;
  const paragraphOf = (position: number) => {
    while (paragraph < paragraphs.length - 1 && position >= paragraphs[paragraph + 1]!.start) paragraph += 1;
    return paragraph;
  };
  const close = (first: number, paragraphIndex: number) => {
    if (tokens.length === first) return;
    sentences.push({
      index: sentences.length,
      paragraph: paragraphIndex,
      first,
      last: tokens.length,
      start: tokens[first]!.start,
      end: tokens[tokens.length - 1]!.end,
    });
  };
  doc.sentences().each((sentence: ReturnType<ReturnType<typeof doc.sentences>['itemAt']>) => {
    const [from, to] = sentence.out(its.span) as unknown as [number, number];
    let first = tokens.length;
    let currentParagraph = -1;
    for (let i = from; i <= to; i += 1) {
      if (/^\s*$/.test(values[i]!)) continue;
      const tokenParagraph = paragraphOf(starts[i]!);
      // sentences never cross a paragraph break
      if (currentParagraph >= 0 && tokenParagraph !== currentParagraph) {
        close(first, currentParagraph);
        first = tokens.length;
      }
      currentParagraph = tokenParagraph;
      tokens.push({
        text: values[i]!,
        lower: values[i]!.toLowerCase(),
        start: starts[i]!,
        end: starts[i]! + values[i]!.length,
        pos: tags[i]!,
        index: tokens.length,
        sentence: sentences.length,
      });
    }
    close(first, currentParagraph);
  });
  return { text, tokens, sentences: mergeBrokenSentences(tokens, sentences) };
}

/**
 * The splitter breaks after abbreviations it does not know ("Sen. Jane Doe (D-Vt.) called …"): a sentence that
 * starts with a lower-case word, or with a comma or closing bracket ("(D-Ill.), noting …"), or follows one that
 * left a bracket open, continues the one before it in the same paragraph.
 */
function mergeBrokenSentences(tokens: Token[], sentences: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = merged.at(-1);
    // (or when the one before left a bracket open: "(D-R.I.)" split after "R.")
    const openBracket = previous && tokens.slice(previous.first, previous.last).reduce((depth, token) => depth + (token.text === '(' ? 1 : token.text === ')' ? -1 : 0), 0) > 0;
    if (previous && previous.paragraph === sentence.paragraph && (/^(\p{Ll}|[,;)\]])/u.test(tokens[sentence.first]!.text) || openBracket)) {
      previous.last = sentence.last;
      previous.end = sentence.end;
      continue;
    }
    merged.push({ ...sentence, index: merged.length });
  }
  if (merged.length !== sentences.length) {
    for (const sentence of merged) for (let i = sentence.first; i < sentence.last; i += 1) tokens[i]!.sentence = sentence.index;
  }
  return merged;
}
