import * as chrono from 'chrono-node';
import type { EntityRecord } from './entityTable.ts';
import { stableId } from './ids.ts';
import type { ArticleDocument, Draft } from './statements/index.ts';
import { subjectBefore } from './statements/speakers.ts';
import type { AnnotatedEvent, EventKind } from './types.ts';

const TRIGGERS: Record<Exclude<EventKind, 'OTHER'>, string[]> = {
  MEETING: ['talks', 'meeting', 'meetings', 'summit', 'session', 'conference', 'negotiations', 'visit'],
  RESIGNATION: ['resignation', 'resigned', 'resigns'],
  ELECTION: ['election', 'elections', 'referendum', 'vote'],
  ANNEXATION: ['annexation', 'annexed', 'annexing'],
  PROPOSAL: ['proposal', 'proposed', 'propose', 'proposes'],
  HACK: ['hack', 'hacked', 'hacking', 'cyberattack', 'cyberattacks'],
};
const KIND_OF_WORD = new Map<string, EventKind>(
  Object.entries(TRIGGERS).flatMap(([kind, words]) => words.map((word) => [word, kind as EventKind] as const)),
);
const PHRASE_PREPOSITIONS = new Set(['of', 'at', 'in', 'between', 'from', 'with', 'into', 'to']);
const CLAUSE_BREAKS = new Set(['as', 'during', 'after', 'before', 'because', 'since', 'when', 'while', 'amid', 'following', 'despite']);
const DATE_DISTANCE = 40;
const NOUN_LIKE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_EXPRESSION = new RegExp(
  [
    `${MONTH}\\.? \\d{1,2}(?:, \\d{4})?`,
    `\\d{1,2} ${MONTH} \\d{4}`,
    '(?:last |next |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
    '(?:yesterday|today|tomorrow)',
    '(?:last|next|this|earlier this) (?:week|month|year)',
    '\\b(?:19|20)\\d\\d\\b',
  ].join('|'),
  'g',
);

/** Resolves a date expression to YYYY-MM-DD against the publication date; nothing is guessed without one. */
export function resolveDate(dateText: string, publishedAt: string | null): string | null {
  if (!publishedAt || /^\d{4}$/.test(dateText)) return null;
  const reference = new Date(`${publishedAt}T12:00:00Z`);
  const [result] = chrono.parse(dateText, { instant: reference, timezone: 0 }, { forwardDate: false });
  if (!result) return null;
  let date = result.start.date();
  if (date > reference && !result.start.isCertain('year')) {
    // news reports what happened: an unqualified weekday or day of the year is the last one, not the next
    date = new Date(date);
    if (result.start.isCertain('weekday') && !result.start.isCertain('day')) date.setUTCDate(date.getUTCDate() - 7);
    else date.setUTCFullYear(date.getUTCFullYear() - 1);
  }
  return date.toISOString().slice(0, 10);
}

/** The date expression of the sentence closest to the trigger. */
function dateTextNear(document: ArticleDocument, sentenceIndex: number, span: { start: number; end: number }): string | null {
  const sentence = document.sentences[sentenceIndex]!;
  const text = document.text.slice(sentence.start, sentence.end);
  let best: { text: string; distance: number } | undefined;
  for (const match of text.matchAll(DATE_EXPRESSION)) {
    const at = sentence.start + match.index;
    if (document.quoteAround(document.tokenAt(at))) continue;
    const distance = at >= span.end ? at - span.end : at + match[0].length <= span.start ? span.start - at - match[0].length : 0;
    if (distance <= DATE_DISTANCE && (!best || distance < best.distance)) best = { text: match[0], distance };
  }
  return best?.text ?? null;
}

/** Token range of the event phrase: "closed-door session of NATO", "2014 annexation of Crimea from Ukraine". */
function phraseAround(document: ArticleDocument, trigger: number): { first: number; last: number } {
  const { tokens } = document;
  const sentence = document.sentenceOf(trigger);
  let first = trigger;
  while (first > sentence.first) {
    const previous = tokens[first - 1]!;
    if (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(previous.pos) || previous.text === '-' || /^[’']s$/.test(previous.text) || (previous.pos === 'VERB' && tokens[first]!.text === '-')) first -= 1;
    else break;
  }
  let last = trigger + 1;
  while (last < sentence.last && PHRASE_PREPOSITIONS.has(tokens[last]!.lower) && NOUN_LIKE.has(tokens[last + 1]?.pos ?? '')) {
    last += 1;
    while (last < sentence.last && (NOUN_LIKE.has(tokens[last]!.pos) || (tokens[last]!.lower === 'and' && tokens[last + 1]?.pos === 'PROPN'))) last += 1;
  }
  if (tokens[trigger]!.pos === 'VERB') {
    // "Moscow hacked and leaked … emails", "propose sending troops into Syria"; not "resigned | after disclosures …"
    while (last < sentence.last && !/^[,.;:“”"]$/.test(tokens[last]!.text) && !CLAUSE_BREAKS.has(tokens[last]!.lower)) last += 1;
  }
  // "in the senator’s favor": a possessive owner belongs to the next phrase, not to the event
  if (/^[’']s$/.test(tokens[last]?.text ?? '') && PHRASE_PREPOSITIONS.has(tokens[last - 2]?.lower ?? '')) last -= 2;
  return { first, last };
}

/** Events (meetings, resignations, elections, annexations, proposals, hacks) with date, place and participants. */
export function extractEvents(document: ArticleDocument, drafts: Draft[], articleId: string, publishedAt: string | null): { events: AnnotatedEvent[]; eventOfDraft: Map<Draft, string> } {
  const { tokens, table } = document;
  const events: AnnotatedEvent[] = [];
  const eventOfDraft = new Map<Draft, string>();
  let coveredUntil = -1;
  const seen = new Set<string>();
  for (const token of tokens) {
    const kind = KIND_OF_WORD.get(token.lower);
    if (!kind || token.index < coveredUntil || document.quoteAround(token.index) || !['NOUN', 'VERB'].includes(token.pos)) continue;
    const { first, last } = phraseAround(document, token.index);
    coveredUntil = last;
    const mentions = table.within(first, last);
    const participants = new Set<EntityRecord>();
    let place: EntityRecord | null = null;
    for (const mention of mentions) {
      const preposition = tokens[mention.first - 1]?.lower ?? '';
      if (!place && mention.first > token.index && mention.entity.kind === 'PLACE' && ['in', 'at', 'of', 'near'].includes(preposition)) place = mention.entity;
      else participants.add(mention.entity);
    }
    if (token.pos === 'VERB') {
      // "the department said they may propose …": an unresolved subject is the reporting speaker
      const hasSubject = mentions.some((mention) => mention.last <= token.index);
      const subject = hasSubject
        ? undefined
        : subjectBefore(document, token.index)?.entity ?? drafts.find((draft) => draft.start <= token.start && token.end <= draft.end)?.speaker;
      if (subject) participants.add(subject);
    }
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    const dateText = dateTextNear(document, token.sentence, { start, end })?.replace(/^on /, '') ?? null;
    const event: AnnotatedEvent = {
      id: stableId('event', articleId, start, end),
      name: document.text.slice(start, end).replace(/^(the|a|an) /i, ''),
      kind,
      dateText,
      date: dateText ? resolveDate(dateText, publishedAt) : null,
      place: place?.id ?? null,
      participants: [],
      start,
      end,
    };
    // statements made at a meeting name it in their reporting clause ("told reporters after talks at …")
    for (const draft of drafts) {
      if (kind === 'MEETING' && draft.sentence === token.sentence && first >= draft.clause.first && last <= draft.clause.last) {
        eventOfDraft.set(draft, event.id);
        participants.add(draft.speaker);
      }
    }
    event.participants = [...participants].filter((entity) => !entity.newsAgency).map((entity) => entity.id);
    const key = `${kind} ${[...event.participants].sort().join(' ')}`;
    if (token.pos === 'VERB' && seen.has(key)) continue; // "Monday’s resignation of Doe" … "Doe resigned"
    seen.add(key);
    events.push(event);
  }
  return { events, eventOfDraft };
}
