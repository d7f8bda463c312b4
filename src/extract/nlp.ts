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

/** Tokenizes, splits sentences (never across paragraphs) and tags parts of speech with wink-nlp. */
export function tagText(text: string, paragraphs: Span[]): TaggedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const doc = nlp.readDoc(text.slice(paragraph.start, paragraph.end));
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    // wink keeps the text lossless: a token starts where the previous one ended plus its preceding spaces.
    const starts: number[] = [];
    let offset = paragraph.start;
    values.forEach((value, i) => {
      offset += spaces[i]!.length;
      starts.push(offset);
      offset += value.length;
    });
    doc.sentences().each((sentence: ReturnType<ReturnType<typeof doc.sentences>['itemAt']>) => {
      const [from, to] = sentence.out(its.span) as unknown as [number, number];
      const first = tokens.length;
      for (let i = from; i <= to; i += 1) {
        if (/^\s*$/.test(values[i]!)) continue;
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
      if (tokens.length > first) {
        sentences.push({
          index: sentences.length,
          paragraph: paragraphIndex,
          first,
          last: tokens.length,
          start: tokens[first]!.start,
          end: tokens[tokens.length - 1]!.end,
        });
      }
    });
  });
  return { text, tokens, sentences };
}
