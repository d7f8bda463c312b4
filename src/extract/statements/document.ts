import type { EntityRecord, EntityTable } from '../entityTable.ts';
import type { Sentence, TaggedText, Token } from '../nlp.ts';
import { genderOf, type Gender } from '../gazetteer/gender.ts';
import { countBefore } from '../sorted.ts';
import type { Span, StatementKind } from '../types.ts';

// "MADRID (Reuters) -", "FRANKFURT, March 7 (AP) —", "ROTTERDAM, Netherlands (AP) —"
/** A dash between words: "—", "–", "--", or a hyphen standing alone (see isWordHyphen for one inside a word). */
export const DASH = /^(—|–|--|-)$/;

/** A hyphen inside a word ("three-quarters", "12-employee", "Star-Ledger"): the tokenizer splits it off, glued to the word before. */
export function isWordHyphen(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.text === '-' && tokens[index - 1]?.end === tokens[index]!.start;
}

export const DATELINE = /^[\p{Lu}][\p{Lu} .'-]{1,40}(?:,\s*[\p{L}.]+(?: [\p{L}.]+)?(?:\s+\d{1,2})?)?\s*\(([^)]{2,40})\)\s*[-–—]/u;

/** A quotation in the text: the marks at `open`/`close` (token indices) and the quoted words' span. */
export interface Quote extends Span {
  open: number;
  close: number;
  /** True when the quote is a whole sentence or more, false for a partial quote inside a sentence. */
  whole: boolean;
}

/** A statement while it is being extracted; `toAnnotation` turns it into the design's JSON. */
export interface Draft extends Span {
  kind: StatementKind;
  speaker: EntityRecord;
  sentence: number;
  /** Token range of the reporting clause ("Jane Doe told reporters on Thursday"), for about/event lookups. */
  clause: { first: number; last: number };
  about: Set<EntityRecord>;
  audience: Set<EntityRecord>;
  reportedBy: EntityRecord | null;
  replyTo: Draft | null;
  /** Set when the attribution says this answers what came before ("shot back", "in response"). */
  isReply: boolean;
}

/** The article as the statement rules see it: tokens, sentences, entities and quotes. */
export class ArticleDocument {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  quotes: Quote[] = [];

  constructor(
    readonly tagged: TaggedText,
    readonly table: EntityTable,
  ) {
    this.tokens = tagged.tokens;
    this.sentences = tagged.sentences;
  }

  get text(): string {
    return this.tagged.text;
  }

  slice(first: number, last: number): string {
    return this.text.slice(this.tokens[first]!.start, this.tokens[last - 1]!.end);
  }

  sentenceOf(token: number): Sentence {
    return this.sentences[this.tokens[token]!.sentence]!;
  }

  /** The quote whose marks enclose token `index`, if any. Quotes never overlap and are sorted: a binary search. */
  quoteAround(index: number): Quote | undefined {
    const quote = this.quotes[countBefore(this.quotes, (candidate) => candidate.open < index) - 1];
    return quote && index < quote.close ? quote : undefined;
  }

  /** The first token starting at or after character `offset`. */
  tokenAt(offset: number): number {
    return Math.max(0, Math.min(countBefore(this.tokens, (token) => token.end <= offset), this.tokens.length - 1));
  }

  /**
   * The latest PERSON mentioned before token `before`, outside quotations: what "he"/"she" refers to. A person the
   * article shows to be of the other gender is passed over ("she" is not the latest man).
   */
  lastPersonBefore(before: number, pronoun?: string): EntityRecord | undefined {
    const wanted = pronoun === 'she' || pronoun === 'her' ? 'female' : pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? 'male' : undefined;
    return this.lastBefore(before, 'PERSON', (entity) => !wanted || this.genderOf(entity) !== (wanted === 'female' ? 'male' : 'female'));
  }

  private readonly genders = new Map<EntityRecord, Gender>();

  private genderOf(entity: EntityRecord): Gender {
    if (!this.genders.has(entity)) this.genders.set(entity, genderOf(entity.name, [...entity.aliases, ...entity.roles.map((role) => role.title)]));
    return this.genders.get(entity);
  }

  /** The latest entity of `kind` mentioned before token `before`, outside quotations (and accepted by `fits`). */
  lastBefore(before: number, kind: EntityRecord['kind'], fits: (entity: EntityRecord) => boolean = () => true): EntityRecord | undefined {
    const mentions = this.table.sorted();
    for (let i = this.table.firstAtOrAfter(before) - 1; i >= 0; i -= 1) {
      const mention = mentions[i]!;
      if (mention.entity.kind === kind && !mention.entity.newsAgency && !this.quoteAround(mention.first) && fits(mention.entity)) return mention.entity;
    }
    return undefined;
  }
}
