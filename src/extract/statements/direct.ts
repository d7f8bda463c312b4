import type { EntityRecord } from '../entityTable.ts';
import { GROUP_NOUN, REPLY_VERBS } from '../gazetteer/index.ts';
import type { Sentence } from '../nlp.ts';
import { countBefore } from '../sorted.ts';
import type { ArticleDocument, Draft, Quote } from './document.ts';
import { isNegated, isParticiple, mainSubject, speechVerbAt, subjectAfter, subjectBefore, type SpeechVerb, type Subject } from './speakers.ts';


/** How many tokens before a quote its attribution may start. */
const ATTRIBUTION_WINDOW = 60;
/** How many tokens after a quote its verb may stand: any verb near, only one set off by a comma further. */
const NEAR_ATTRIBUTION_WINDOW = 12;
const FAR_ATTRIBUTION_WINDOW = 28;

const AUDIENCE_STOP = new Set(['on', 'after', 'before', 'at', 'in', 'during', 'that', 'when', 'while', 'as', 'about', ',', '.', '“', '"', ':', ';']);

/** The audience after "told": named entities in the phrase, or a group such as "reporters". */
export function audienceBetween(document: ArticleDocument, first: number, until: number): EntityRecord[] {
  // the audience phrase ends where time, place or content begins: "told reporters | on Thursday after talks …"
  let last = first;
  while (last < until && !AUDIENCE_STOP.has(document.tokens[last]!.lower)) last += 1;
  // "Russia's Federal Security Service": the owner before a possessive is not the audience
  const named = document.table
    .within(first, last)
    .filter((mention, _, all) => all.length === 1 || !/^[’']s$/.test(document.tokens[mention.last]?.text ?? ''))
    .map((mention) => mention.entity);
  if (named.length > 0) return [...new Set(named)];
  const group = document.tokens.slice(first, last).find((token) => GROUP_NOUN.test(token.lower));
  if (!group) return [];
  const entity = document.table.entity('ORGANIZATION', group.lower);
  document.table.mention(entity, group, group.index, group.index + 1, group.lower);
  return [entity];
}

export interface Attribution {
  speaker: Subject;
  verb: SpeechVerb | undefined;
  /** Token range of the words that attribute the quote. */
  clause: { first: number; last: number };
}

function newDraft(document: ArticleDocument, span: { start: number; end: number }, attribution: Attribution, kind: Draft['kind']): Draft {
  const verb = attribution.verb;
  const { first, last } = attribution.speaker;
  // the words that named the speaker here ("he", "the senator") are a mention of the entity they resolved to
  if (last > first && last - first <= 12) {
    document.table.referredTo(attribution.speaker.entity, { start: document.tokens[first]!.start, end: document.tokens[last - 1]!.end });
  }
  const relative = attribution.speaker.relative;
  if (relative !== undefined) document.table.referredTo(attribution.speaker.entity, { start: document.tokens[relative]!.start, end: document.tokens[relative]!.end });
  const audience = kind === 'DIRECT' && verb?.base === 'tell' ? audienceBetween(document, verb.index + 1, attribution.clause.last) : [];
  return {
    kind,
    start: span.start,
    end: span.end,
    speaker: attribution.speaker.entity,
    sentence: document.tokens[document.tokenAt(span.start)]!.sentence,
    clause: attribution.clause,
    about: new Set(),
    audience: new Set(audience),
    reportedBy: null,
    replyTo: null,
    isReply: REPLY_VERBS.has(attribution.verb?.base ?? ''),
  };
}

/** `” Jane Doe told …`, `,” he was quoted as saying by …`, `,” said Doe`, `” Interfax quoted X as saying`. */
function attributionAfter(document: ArticleDocument, quote: Quote): Attribution | undefined {
  let sentence = document.sentenceOf(quote.close);
  const first = quote.close + 1;
  // “Who are they?” Doe said.: the tagger ends the sentence at the quote's own ? or ! (a partial quote ending its
  // sentence, "called the plan “unhinged.” Sen. Doe said …", is the sentence's own, not the next one's)
  const following = document.sentences[sentence.index + 1];
  if (first >= sentence.last && quote.whole && following && following.paragraph === sentence.paragraph && following.first === first) sentence = following;
  // further than a few words on, only an attribution set off by a comma: `,” Jane Doe, who works at …, said`,
  // `” if she loses, said Jane Doe, an analyst`
  const limit = Math.min(sentence.last, first + FAR_ATTRIBUTION_WINDOW);
  for (let i = first; i < limit; i += 1) {
    if (document.quoteAround(i) || document.tokens[i]!.text === '“') return undefined;
    const verb = speechVerbAt(document, i);
    if (!verb || isNegated(document, verb.first)) continue;
    if (i >= first + NEAR_ATTRIBUTION_WINDOW && document.tokens[verb.first - 1]?.text !== ',') continue;
    // the subject between the quote and the verb (`,” Doe said`), else an inverted one (`,” said Doe`)
    const before = subjectBefore(document, verb.first);
    const between = before && before.first >= first ? before : undefined;
    // `,” he said when asked by a reporter`: a clause after the verb holds no inverted speaker
    if (!between && /^(when|while|as|after|before|if|because)$/.test(document.tokens[verb.index + 1]?.lower ?? '')) return undefined;
    const speaker = between ?? subjectAfter(document, verb.index);
    if (speaker && (i < first + NEAR_ATTRIBUTION_WINDOW || speaker.entity.kind === 'PERSON')) return { speaker, verb, clause: { first, last: sentence.last } };
  }
  return undefined;
}

/** A transcript line: `Mayor Anna Kowalski: "…"` — a name and a colon before the quote, nothing else. */
function attributionLabel(document: ArticleDocument, quote: Quote): Attribution | undefined {
  const sentence = document.sentenceOf(quote.open);
  if (document.tokens[quote.open - 1]?.text !== ':') return undefined;
  const label = document.table.within(sentence.first, quote.open - 1).filter((mention) => mention.entity.kind === 'PERSON').at(-1);
  if (!label || label.last !== quote.open - 1) return undefined;
  const hasVerb = document.tokens.slice(sentence.first, label.first).some((token) => token.pos === 'VERB');
  if (hasVerb) return undefined;
  return { speaker: { entity: label.entity, first: label.first, last: label.last }, verb: undefined, clause: { first: sentence.first, last: quote.open } };
}

/** `Doe said: “…`, `Doe shot back: “…`, and partial quotes inside reported speech. */
function attributionBefore(document: ArticleDocument, quote: Quote): Attribution | undefined {
  const sentence = document.sentenceOf(quote.open);
  // an attribution stands within a few dozen words of its quote: the bound keeps a run-on "sentence" linear
  for (let i = quote.open - 1; i >= Math.max(sentence.first, quote.open - ATTRIBUTION_WINDOW); i -= 1) {
    if (document.quoteAround(i) || /^[“”"]$/.test(document.tokens[i]!.text)) continue;
    const verb = speechVerbAt(document, i) ?? speechVerbAt(document, i - 1);
    if (!verb || verb.index > quote.open || isNegated(document, verb.first)) continue;
    // "Said Comey, “…”", "So says X: “…”": the speaker follows a verb that opens the sentence
    const opensSentence = verb.first === sentence.first || (verb.first === sentence.first + 1 && document.tokens[sentence.first]!.lower === 'so');
    const speaker = isParticiple(document, verb)
      ? mainSubject(document, verb)
      : opensSentence
        ? subjectAfter(document, verb.index)
        : subjectBefore(document, verb.first);
    if (speaker) return { speaker, verb, clause: { first: sentence.first, last: quote.open } };
  }
  return undefined;
}

/**
 * `Silverman interjected, “…”`, `Doe cracked: “…”`: a whole quote right after a subject and its verb and a comma
 * or colon is that subject's, whatever the verb (writers vary them: "quipped", "shot back", "interjected").
 */
function attributionByClause(document: ArticleDocument, quote: Quote): Attribution | undefined {
  const { tokens } = document;
  const sentence = document.sentenceOf(quote.open);
  if (!quote.whole && !/^\p{Lu}/u.test(tokens[quote.open + 1]?.text ?? '')) return undefined;
  if (![',', ':'].includes(tokens[quote.open - 1]?.text ?? '')) return undefined;
  let verb = quote.open - 2;
  // "interjected again", "said simply": an adverb after the verb
  if (tokens[verb]?.pos === 'ADV') verb -= 1;
  // ("Doe says, “…”": the tagger may read "says" after a name as a noun)
  const saysAfterName = tokens[verb]?.lower === 'says' && !!document.table.at(verb - 1);
  if (verb < sentence.first || (tokens[verb]!.pos !== 'VERB' && !saysAfterName) || !/(ed|ote|aid|old|ang|ent|ays)$/.test(tokens[verb]!.lower) || isNegated(document, verb)) return undefined;
  const speaker = subjectBefore(document, verb);
  if (!speaker || speaker.last !== verb) return undefined;
  return { speaker, verb: undefined, clause: { first: sentence.first, last: quote.open } };
}

/**
 * `Doe labeled Mr. Roe ''unfit to be president.''`: a partial quote of a few words that ends its sentence, with no
 * speech verb to attribute it, is the words of the clause's subject when the text names it.
 */
function attributionBySubject(document: ArticleDocument, quote: Quote): Attribution | undefined {
  const { tokens } = document;
  const sentence = document.sentenceOf(quote.open);
  const words = tokens.slice(quote.open + 1, quote.close).filter((token) => /\p{L}/u.test(token.text)).length;
  const endsSentence = tokens.slice(quote.close + 1, sentence.last).every((token) => /^[.!?]$/.test(token.text));
  if (quote.whole || words < 3 || !endsSentence) return undefined;
  for (let i = sentence.first; i < quote.open; i += 1) {
    if (!['VERB', 'AUX'].includes(tokens[i]!.pos) || document.table.at(i) || document.quoteAround(i)) continue;
    if (isNegated(document, i)) return undefined;
    const subject = subjectBefore(document, i);
    const named = subject && !subject.described && document.table.at(subject.last - 1) && subject.entity.kind !== 'PLACE';
    return named ? { speaker: subject, verb: undefined, clause: { first: sentence.first, last: quote.open } } : undefined;
  }
  return undefined;
}

/** The last of `ordered` (sorted by start) that starts before `position`, by binary search. */
function lastStartingBefore(ordered: Draft[], position: number): Draft | undefined {
  return ordered[countBefore(ordered, (draft) => draft.start < position) - 1];
}

/** A partial quote inside reported speech is the reporting clause's speaker's, whatever verbs the paraphrase holds. */
function paraphraseAround(ordered: Draft[], quote: Quote): Attribution | undefined {
  const around = lastStartingBefore(ordered, quote.start + 1);
  return around && quote.end <= around.end ? { speaker: { entity: around.speaker, first: quote.open, last: quote.open }, verb: undefined, clause: around.clause } : undefined;
}

/** "Bystrom agreed.", "He continued:": a sentence that is only an attribution introduces the quote after it. */
function attributionSentence(document: ArticleDocument, sentence: Sentence): Attribution | undefined {
  const { tokens } = document;
  for (let i = sentence.first; i < sentence.last; i += 1) {
    const verb = speechVerbAt(document, i);
    if (!verb) continue;
    const tail = tokens.slice(verb.index + 1, sentence.last).filter((token) => !/^[.:!,]$/.test(token.text));
    if (tail.length > 3 || isNegated(document, verb.first)) return undefined;
    const speaker = subjectBefore(document, verb.first);
    return speaker ? { speaker, verb, clause: { first: sentence.first, last: sentence.last } } : undefined;
  }
  return undefined;
}

/**
 * A quote standing alone: the sentence before introduces its speaker ("a terse reply from X:", "Doe agreed."),
 * else it continues the statement right before it, in its own sentence or the paragraph before.
 */
function attributionAround(document: ArticleDocument, quote: Quote, previous: Draft | undefined): Attribution | undefined {
  const sentence = document.sentenceOf(quote.open);
  const before = document.sentences[sentence.index - 1];
  if (before && document.text.slice(before.start, before.end).endsWith(':')) {
    const person = document.lastPersonBefore(before.last);
    if (person) return { speaker: { entity: person, first: before.last, last: before.last }, verb: undefined, clause: before };
  }
  if (before && before.paragraph === sentence.paragraph && (!previous || previous.sentence < before.index)) {
    const introduced = attributionSentence(document, before);
    if (introduced) return introduced;
  }
  if (!previous) return undefined;
  const previousParagraph = document.sentences[previous.sentence]!.paragraph;
  const opensParagraph = sentence.first === quote.open && before?.paragraph !== sentence.paragraph;
  if (previous.sentence >= sentence.index - 1 || (opensParagraph && previousParagraph === sentence.paragraph - 1)) {
    return { speaker: { entity: previous.speaker, first: quote.open, last: quote.open }, verb: undefined, clause: { first: quote.open, last: quote.open } };
  }
  return undefined;
}

/** Capitalized labels that head a paragraph without naming a speaker: "BREAKING:", "UPDATE:", "EDITOR'S NOTE:". */
const NOT_TRANSCRIPT_LABELS = /^(BREAKING|UPDATE|UPDATED|WATCH|RELATED|READ|MORE|NOTE|EDITOR|EDITOR'S|EDITOR’S|EDITORS|PHOTOS?|VIDEO|CORRECTION|CLARIFICATION|ADVERTISEMENT|SOURCES?|TRANSCRIPT|FULL|TEXT|ABSTRACT|SUMMARY|QUESTION|ANSWER|MODERATOR|AUDIENCE|CROWD|UNIDENTIFIED|MALE|FEMALE|SPEAKER|ANNOUNCER|REPORTER|NARRATOR|WARNING|ALERT|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY)$/;

/** "FALLIN:", "JOEL BENENSON:": a transcript's speaker in capitals opening the paragraph, read as a person. */
function capitalsLabel(document: ArticleDocument, first: number, last: number): { entity: EntityRecord; first: number; last: number } | undefined {
  const { tokens, table } = document;
  let colon = first;
  while (colon < Math.min(first + 3, last) && /^\p{Lu}[\p{Lu}'’.-]+$/u.test(tokens[colon]!.text)) colon += 1;
  // "Q:", "A:" and abbreviations ("CNN:") name no one: a surname has four capitals or more
  const words = tokens.slice(first, colon);
  if (colon === first || tokens[colon]?.text !== ':' || words.every((token) => token.text.length < 4) || words.some((token) => NOT_TRANSCRIPT_LABELS.test(token.text))) return undefined;
  const name = words.map((token) => token.text.charAt(0) + token.text.slice(1).toLowerCase()).join(' ');
  const entity = table.entity('PERSON', name);
  table.mention(entity, { start: tokens[first]!.start, end: tokens[colon - 1]!.end }, first, colon, name);
  return { entity, first, last: colon };
}

/**
 * Unquoted transcript lines: a paragraph that opens with a person's name and a colon ("Osei: Applying is not
 * receiving.") is that person's words, up to the paragraph's end.
 */
export function labelledLines(document: ArticleDocument): Draft[] {
  const drafts: Draft[] = [];
  const { tokens } = document;
  document.sentences.forEach((sentence, index) => {
    if (document.sentences[index - 1]?.paragraph === sentence.paragraph) return; // not a paragraph start
    // the name may follow a title: "Councillor Ann Lee:"
    const label = document.table
      .within(sentence.first, Math.min(sentence.first + 6, sentence.last))
      .find((mention) => tokens.slice(sentence.first, mention.first).every((token) => /^\p{Lu}/u.test(token.text)));
    // a name in capitals may have been read as an organization ("KATE BOULDUAN:")
    const labelled = (label?.entity.kind === 'PERSON' ? label : undefined) ?? capitalsLabel(document, sentence.first, sentence.last) ?? label;
    const colon = labelled ? labelled.last : -1;
    if (!labelled || labelled.entity.kind !== 'PERSON' || tokens[colon]?.text !== ':' || /^[“"‘]$/.test(tokens[colon + 1]?.text ?? '')) return;
    const last = document.sentences.filter((other) => other.paragraph === sentence.paragraph).at(-1)!.last;
    // "Clinton: 547." in a tally is a count, not words
    if (last - colon < 3 || tokens.slice(colon + 1, last).filter((token) => /\p{L}/u.test(token.text)).length < 2) return;
    const span = { start: tokens[colon + 1]!.start, end: tokens[last - 1]!.end };
    drafts.push(newDraft(document, span, { speaker: { entity: labelled.entity, first: labelled.first, last: labelled.last }, verb: undefined, clause: { first: sentence.first, last: colon + 1 } }, 'DIRECT'));
  });
  return drafts;
}

/** DIRECT statements: every quotation whose speaker the text names. */
export function directStatements(document: ArticleDocument, reported: Draft[]): Draft[] {
  const drafts: Draft[] = [];
  const ordered = [...reported].sort((a, b) => a.start - b.start);
  const attributions = new Map<Quote, Attribution | undefined>();
  // later quotes first: a quote running over paragraphs takes the attribution of the part that closes it
  for (const [index, quote] of [...document.quotes.entries()].reverse()) {
    const next = document.quotes[index + 1];
    const continued = next && next.open === quote.close ? attributions.get(next) : undefined;
    attributions.set(
      quote,
      continued ?? attributionLabel(document, quote) ?? attributionAfter(document, quote) ?? paraphraseAround(ordered, quote) ?? attributionBefore(document, quote) ?? attributionByClause(document, quote) ?? attributionBySubject(document, quote),
    );
  }
  for (const quote of document.quotes) {
    // the statement right before the quote: reported speech, or the quote before it
    const previousReported = lastStartingBefore(ordered, quote.start);
    const lastQuoted = drafts.at(-1);
    const previous = !lastQuoted || (previousReported && previousReported.start > lastQuoted.start) ? previousReported : lastQuoted;
    const attribution = attributions.get(quote) ?? (quote.whole ? attributionAround(document, quote, previous) : undefined);
    if (!attribution) continue;
    drafts.push(newDraft(document, quote, attribution, 'DIRECT'));
  }
  return drafts;
}

export { newDraft };
