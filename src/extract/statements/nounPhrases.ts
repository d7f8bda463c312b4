import { COMMON_ORGANIZATION_HEADS, GROUP_NOUN, NOT_NAMES, ORGANIZATION_HEADS } from '../gazetteer/index.ts';
import type { Token } from '../nlp.ts';
import { DASH, isWordHyphen, type ArticleDocument } from './document.ts';
import type { Subject } from './speakers.ts';

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'both', 'all', 'other', 'another', 'one', 'two', 'three', 'few', 'each', 'any']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Nouns that end a phrase but never speak: "last week said" is a misparse, not a speaker. */
const NOT_SPEAKERS = /^(week|weeks|month|months|year|years|day|days|time|times|today|yesterday|morning|night|evening|afternoon|way|thing|things|lot|part|fact|end|case|point|reason|idea|question|issue|problem|number|kind|sort)$/;
const MAX_PHRASE = 9;
/** Shares of people polled speak as a group: "33%", "four in 10", "a third", "most". */
const SHARES = /^([\p{N}%]+|percent|majority|majorities|minority|third|half|quarter|most|many|some|plurality)$/u;
/** Common nouns for organizations, outlets and the documents they issue: "the airline said", "the report found". */
const ORGANIZATION_NOUNS = new Set([
  ...COMMON_ORGANIZATION_HEADS, 'airline', 'network', 'newspaper', 'paper', 'magazine', 'website', 'channel', 'station',
  'broadcaster', 'outlet', 'publication', 'report', 'study', 'poll', 'survey', 'statement', 'filing', 'lawsuit',
  'complaint', 'memo', 'letter', 'document', 'platform', 'analysis', 'audit', 'review', 'ad', 'editorial', 'release',
]);

/**
 * A word that can head a speaker phrase. The tagger reads some names and nouns as other parts of speech
 * ("Ford" a verb, "the socialist" an adjective): a capitalized word or a word after a determiner still counts.
 */
function isHead(document: ArticleDocument, token: Token, afterDeterminer: boolean): boolean {
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return true;
  // "most said", "half said": a share alone, whatever the tagger calls it
  if (/^(most|many|some|others|half)$/.test(token.lower)) return true;
  // shares of people polled: "four in 10 said", "33% say"
  if ((token.pos === 'NUM' && ['in', 'of'].includes(document.tokens[token.index - 1]?.lower ?? '')) || token.text === '%') return true;
  if (/^\p{Lu}\p{Ll}/u.test(token.text) && !NOT_NAMES.has(token.text) && token.pos !== 'PRON' && token.pos !== 'DET') return true;
  return afterDeterminer && token.pos === 'ADJ';
}

const isPossessive = (token: Token | undefined) => !!token && /^[’']s?$/.test(token.text);

function inPhrase(document: ArticleDocument, index: number): boolean {
  const token = document.tokens[index]!;
  // "four in 10", "one in five", "nine out of 10": a share of people polled
  const before = document.tokens[index - 1];
  const after = document.tokens[index + 1];
  if (token.lower === 'in' && before?.pos === 'NUM' && after?.pos === 'NUM') return true;
  if (token.lower === 'out' && before?.pos === 'NUM' && after?.lower === 'of') return true;
  if (token.lower === 'of' && before?.lower === 'out' && after?.pos === 'NUM') return true;
  if (['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(token.pos) || token.text === '%') return true;
  if (POSSESSIVE_PRONOUNS.has(token.lower) || isPossessive(token)) return true;
  // "abortion-rights advocates", "57-year-old scientist"
  return isWordHyphen(document.tokens, index);
}

/** A speaker entity for the words [first, last): capitalized words name one, common nouns describe one. */
function speakerOfPhrase(document: ArticleDocument, first: number, last: number): Subject | undefined {
  const { tokens, table } = document;
  // "Some say …", "Many said …": the share alone is the group that speaks
  if (last - first === 1 && /^(some|many|most|others)$/.test(tokens[first]!.lower)) {
    const entity = table.entity('ORGANIZATION', tokens[first]!.lower);
    table.mention(entity, tokens[first]!, first, last, tokens[first]!.lower);
    return { entity, first, last, described: true };
  }
  // "One in three said": a number opening a share is part of it, not a determiner to drop
  const opensShare = (index: number) => ['in', 'out'].includes(tokens[index + 1]?.lower ?? '') && index + 1 < last;
  while (first < last && (DETERMINERS.has(tokens[first]!.lower) || POSSESSIVE_PRONOUNS.has(tokens[first]!.lower)) && !opensShare(first)) first += 1;
  const head = tokens[last - 1]!;
  if (first >= last || !isHead(document, head, first < last - 1 || DETERMINERS.has(tokens[first - 1]?.lower ?? '')) || NOT_SPEAKERS.test(head.lower)) return undefined;
  if (!/[\p{L}]{2}|^[\p{N}%]+$/u.test(head.text)) return undefined;
  const start = tokens[first]!.start;
  const phrase = document.text.slice(start, head.end);
  const capitalized = /^\p{Lu}/u.test(head.text) && head.pos !== 'NOUN';
  const share = /\s(in|of)\s+\S+$/.test(phrase) && tokens[last - 1]!.pos === 'NUM';
  const plural = !capitalized && (/[^s]s$/.test(head.lower) || GROUP_NOUN.test(head.lower) || SHARES.test(head.lower) || share);
  const kind = capitalized ? (ORGANIZATION_HEADS.has(head.lower) ? 'ORGANIZATION' : 'PERSON') : plural || ORGANIZATION_NOUNS.has(head.lower) ? 'ORGANIZATION' : 'PERSON';
  // a description keeps the words as written but a capital that only starts the sentence: "Aides" → "aides"
  const name = capitalized ? phrase : phrase.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase());
  const entity = table.entity(kind, name);
  table.mention(entity, { start, end: head.end }, first, last, name);
  return { entity, first, last, described: true };
}

/**
 * The noun phrase ending at token `end` as a speaker, when no named entity, pronoun or known description is
 * there: "A source said", "Aides said", "Abortion rights advocates said", "the 57-year-old scientist says".
 */
export function nounPhraseEndingAt(document: ArticleDocument, end: number): Subject | undefined {
  const { tokens } = document;
  const sentenceFirst = document.sentenceOf(end).first;
  if (!tokens[end] || document.quoteAround(end)) return undefined;
  // "those surveyed say", "voters polled said": the people a poll asked speak as one group
  if (/^(surveyed|polled|questioned|interviewed|sampled)$/.test(tokens[end]!.lower) && end > sentenceFirst) {
    const group = tokens[end - 1]!;
    if (group.lower === 'those' || (group.pos === 'NOUN' && /s$/.test(group.lower))) {
      const name = document.text.slice(group.start, tokens[end]!.end).replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase());
      const entity = document.table.entity('ORGANIZATION', name);
      document.table.mention(entity, { start: group.start, end: tokens[end]!.end }, end - 1, end + 1, name);
      return { entity, first: end - 1, last: end + 1, described: true };
    }
  }
  const headed = phraseWithModifiers(document, end, sentenceFirst);
  if (headed) return headed;
  let first = end;
  while (first > sentenceFirst && end - first < MAX_PHRASE && inPhrase(document, first - 1) && !document.table.at(first - 1)) first -= 1;
  // "the senator's aides": a named owner belongs to the phrase
  const possessive = isPossessive(tokens[first]) ? first : isPossessive(tokens[first - 1]) ? first - 1 : -1;
  const owner = possessive > 0 ? document.table.at(possessive - 1) : undefined;
  if (owner) first = owner.first;
  return speakerOfPhrase(document, first, end + 1);
}

const MODIFIER_PREPOSITIONS = new Set(['of', 'in', 'with', 'from', 'at', 'for', 'across', 'around', 'inside', 'within']);

/**
 * A speaker whose description runs past its head noun: "People with direct knowledge of the talks said",
 * "Thirty-one percent of those surveyed say", "insiders in the next two states — Nevada and Ohio — said".
 * The head is the noun before the first preposition; the whole phrase is the mention.
 */
function phraseWithModifiers(document: ArticleDocument, end: number, sentenceFirst: number): Subject | undefined {
  const { tokens } = document;
  let first = end;
  let dashes = 0;
  while (first > sentenceFirst && end - first < 2 * MAX_PHRASE) {
    const previous = tokens[first - 1]!;
    if (/^[—–]$/.test(previous.text) || previous.text === '--') dashes += 1;
    else if (!inPhrase(document, first - 1) && !MODIFIER_PREPOSITIONS.has(previous.lower) && !(dashes % 2 === 1 && previous.text === ',')) break;
    if (['VERB'].includes(previous.pos) && !/^\p{Lu}/u.test(previous.text)) break;
    first -= 1;
  }
  if (dashes % 2 === 1) return undefined;
  // the head: the last noun before the first preposition or dash of the phrase
  let cut = first;
  while (cut <= end && !MODIFIER_PREPOSITIONS.has(tokens[cut]!.lower) && !DASH.test(tokens[cut]!.text)) cut += 1;
  if (cut > end || cut === first) return undefined;
  let start = first;
  while (start < cut && (DETERMINERS.has(tokens[start]!.lower) || POSSESSIVE_PRONOUNS.has(tokens[start]!.lower) || tokens[start]!.pos === 'ADV')) start += 1;
  const head = tokens[cut - 1]!;
  if (start >= cut || !isHead(document, head, true) || NOT_SPEAKERS.test(head.lower)) return undefined;
  const named = document.table.at(head.index);
  if (named && named.first >= start) return { entity: named.entity, first: start, last: end + 1 };
  const headPhrase = speakerOfPhrase(document, start, cut);
  if (!headPhrase) return undefined;
  document.table.referredTo(headPhrase.entity, { start: tokens[start]!.start, end: tokens[end]!.end });
  return { ...headPhrase, last: end + 1 };
}

/** The noun phrase right after a verb as its speaker: ", said the man", ", said one source who …". */
export function nounPhraseStartingAt(document: ArticleDocument, first: number): Subject | undefined {
  const { tokens } = document;
  if (!tokens[first]) return undefined;
  const sentenceLast = document.sentenceOf(first).last;
  let last = first;
  // "one unaligned Florida Republican strategist": places and parties inside describe the speaker
  const describing = (index: number) => !document.table.at(index) || document.table.at(index)!.entity.kind !== 'PERSON';
  while (last < sentenceLast && last - first < MAX_PHRASE && inPhrase(document, last) && describing(last)) last += 1;
  // the head is the last noun of the run: "the man who …" stops at "man"
  while (last > first && !['NOUN', 'PROPN'].includes(tokens[last - 1]!.pos)) last -= 1;
  return last > first ? speakerOfPhrase(document, first, last) : undefined;
}
