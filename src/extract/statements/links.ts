import { descriptorBefore } from '../entities.ts';
import type { EntityRecord } from '../entityTable.ts';
import { countBefore } from '../sorted.ts';
import { DATELINE, type ArticleDocument, type Draft } from './document.ts';

const OUTLET_LINE = /^(.{2,60}?)\s+(reports|reported|writes|wrote|says|notes|adds)\s*:\s*$|^According to (.{2,60}?)\s*:\s*$/i;
const REPLY_CUE = /\b(prompted|drew|triggered|sparked|provoked|brought|elicited)\s+(an?|the)\s+(\w+\s+)?(reply|response|rebuke|retort|riposte|rejoinder)\s+from\b/i;
const RESPONSE_CLAUSE = /\b(in response|responding to|in reply|replying to|hit back|shot back|fired back)\b/i;
const REFERRING_PRONOUNS = new Set(['they', 'their', 'them', 'theirs', 'it', 'its']);
const COPULAS = new Set(['is', 'was', "'s", '’s', 'has', 'had', 'would', 'will', 'seems', 'seemed', 'remains']);

const clauseText = (document: ArticleDocument, draft: Draft) =>
  draft.clause.last > draft.clause.first ? document.slice(draft.clause.first, draft.clause.last) : '';

/** "quoted by TASS news agency", "Interfax news agency quoted …": an outlet in the attribution relays the words. */
function outletInClause(document: ArticleDocument, draft: Draft): EntityRecord | undefined {
  const { tokens } = document;
  // "In an interview with the Financial Times, X says …"
  const sentence = document.sentences[draft.sentence]!;
  const interview = /\binterview with\b/i.exec(document.text.slice(sentence.start, sentence.end));
  if (interview) {
    const after = document.tokenAt(sentence.start + interview.index + interview[0].length);
    const outlet = document.table.within(after, Math.min(after + 5, sentence.last)).find((mention) => mention.entity.kind === 'ORGANIZATION');
    if (outlet && outlet.entity !== draft.speaker) {
      outlet.entity.newsAgency = true;
      return outlet.entity;
    }
  }
  for (const mention of document.table.within(draft.clause.first, draft.clause.last)) {
    if (mention.entity === draft.speaker || mention.entity.kind !== 'ORGANIZATION') continue;
    const after = `${tokens[mention.last]?.lower ?? ''} ${tokens[mention.last + 1]?.lower ?? ''}`;
    const before = tokens[mention.first - 1]?.lower;
    if (mention.entity.newsAgency || /^(news agency|agency|newspaper|news |reported|quoted)/.test(after) || before === 'by') {
      mention.entity.newsAgency = true;
      return mention.entity;
    }
  }
  return draft.speaker.newsAgency && draft.clause.first < draft.clause.last && /according/i.test(clauseText(document, draft))
    ? draft.speaker
    : undefined;
}

/** An "<Outlet> reports:" line attributes the paragraphs after it to the outlet, until a section break. */
function outletsByParagraph(document: ArticleDocument): Map<number, EntityRecord> {
  const byParagraph = new Map<number, EntityRecord>();
  // a wire dateline, "MADRID (Reuters) -", attributes the whole story to the agency
  const dateline = DATELINE.exec(document.text);
  const wire = dateline ? document.table.within(0, document.tokenAt(dateline[0].length)).find((mention) => mention.entity.kind === 'ORGANIZATION')?.entity : undefined;
  if (wire) wire.newsAgency = true;
  let current: EntityRecord | undefined = wire;
  let previousEnd = 0;
  let previousParagraph = -1;
  for (const sentence of document.sentences) {
    if (sentence.paragraph !== previousParagraph) {
      // two or more blank lines between paragraphs end a section
      if (/\n[ \t]*\n[ \t]*\n/.test(document.text.slice(previousEnd, sentence.start))) current = wire;
      previousParagraph = sentence.paragraph;
    }
    previousEnd = sentence.end;
    const line = document.text.slice(sentence.start, sentence.end);
    const outlet = OUTLET_LINE.exec(line);
    const isWholeParagraph = document.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph && document.sentences[sentence.index + 1]?.paragraph !== sentence.paragraph;
    if (outlet && isWholeParagraph) {
      const mention = document.table.within(sentence.first, sentence.last)[0];
      const name = (outlet[1] ?? outlet[3] ?? '').replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());
      current = mention?.entity ?? document.table.entity('ORGANIZATION', name);
      current.newsAgency = true;
      if (!mention) {
        const first = sentence.first;
        const last = document.tokenAt(sentence.start + (outlet[1] ?? outlet[3] ?? '').length);
        document.table.mention(current, { start: sentence.start, end: document.tokens[last - 1]?.end ?? sentence.end }, first, Math.max(first + 1, last), name);
      }
      continue;
    }
    if (current) byParagraph.set(sentence.paragraph, current);
  }
  return byParagraph;
}

export function linkReportedBy(document: ArticleDocument, drafts: Draft[]): void {
  const sections = outletsByParagraph(document);
  let previous: Draft | undefined;
  for (const draft of drafts) {
    const paragraph = document.sentences[draft.sentence]!.paragraph;
    // the same speaker going on in the same paragraph speaks through the same outlet
    const continued =
      previous && previous.speaker === draft.speaker && document.sentences[previous.sentence]!.paragraph === paragraph ? previous.reportedBy : null;
    previous = draft;
    draft.reportedBy = outletInClause(document, draft) ?? continued ?? sections.get(paragraph) ?? null;
    if (draft.reportedBy === draft.speaker && !/according/i.test(clauseText(document, draft))) draft.reportedBy = null;
  }
}

/** What "they"/"it" in reported words refer to: a state or organization the reporting clause names. */
function pronounTarget(document: ArticleDocument, draft: Draft): EntityRecord | undefined {
  const candidates = document.table
    .within(draft.clause.first, draft.clause.last)
    .filter((mention) => mention.entity !== draft.speaker && mention.entity.kind !== 'PERSON' && !mention.entity.newsAgency)
    // "told a news conference in Seville": a location is where it was said, not who "they" are
    .filter((mention) => !['in', 'at', 'near'].includes(document.tokens[mention.first - 1]?.lower ?? ''));
  const subjectLike = candidates.filter((mention) => document.tokens[mention.last]?.pos === 'VERB');
  return (subjectLike[0] ?? candidates.at(-1))?.entity;
}

/**
 * "the mayor", "the defense secretary" ending at token `index`: the one person of the article who holds that
 * role (by a title before the name or a role the article gave them). Nobody, or several, is no answer.
 */
function describedPerson(document: ArticleDocument, index: number): EntityRecord | undefined {
  if (document.table.at(index)) return undefined;
  const descriptor = descriptorBefore(document.tagged, index + 1);
  if (!descriptor || document.tokens[descriptor.first - 1]?.lower !== 'the') return undefined;
  const role = new RegExp(`(^|\\s)${descriptor.descriptor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  const holders = document.table
    .all()
    .filter((entity) => entity.kind === 'PERSON' && entity.mentions.length > 0 && entity.roles.some((held) => role.test(held.title)));
  return holders.length === 1 ? holders[0] : undefined;
}

export function linkAbout(document: ArticleDocument, drafts: Draft[]): void {
  const { tokens } = document;
  for (const draft of drafts) {
    const first = document.tokenAt(draft.start);
    const last = document.tokenAt(draft.end - 1) + 1;
    for (const mention of document.table.within(first, last)) draft.about.add(mention.entity);
    for (let i = first; i < last; i += 1) {
      const person = describedPerson(document, i);
      if (person) draft.about.add(person);
    }
    const refers = tokens.slice(first, last).some(
      (token, i) => REFERRING_PRONOUNS.has(token.lower) && !(token.lower === 'it' && COPULAS.has(tokens[first + i + 1]?.lower ?? '')),
    );
    const target = refers ? pronounTarget(document, draft) : undefined;
    if (target) draft.about.add(target);
  }
  // Words with no target of their own ("We are not in a position …") are about what the same speaker's nearest statement is about.
  // drafts are in text order, so the neighbours within two sentences lie on either side of each one
  const hasTarget = (draft: Draft) => [...draft.about].some((entity) => entity !== draft.speaker);
  drafts.forEach((draft, index) => {
    if (hasTarget(draft)) return;
    let nearest: Draft | undefined;
    const consider = (other: Draft) => {
      if (other.speaker !== draft.speaker || !hasTarget(other)) return;
      if (!nearest || Math.abs(other.start - draft.start) < Math.abs(nearest.start - draft.start)) nearest = other;
    };
    for (let j = index - 1; j >= 0 && drafts[j]!.sentence >= draft.sentence - 2; j -= 1) consider(drafts[j]!);
    for (let j = index + 1; j < drafts.length && drafts[j]!.sentence <= draft.sentence + 2; j += 1) consider(drafts[j]!);
    nearest?.about.forEach((entity) => draft.about.add(entity));
  });
  for (const draft of drafts) {
    draft.about.delete(draft.speaker);
    if (draft.reportedBy) draft.about.delete(draft.reportedBy);
  }
}

/** The statement a reply answers: the quoted words (else the first statement) of the latest sentence by someone else. */
function answeredStatement(ordered: Draft[], before: number, speaker: EntityRecord): Draft | null {
  let index = countBefore(ordered, (draft) => draft.start < before) - 1;
  while (index >= 0 && ordered[index]!.speaker === speaker) index -= 1;
  const last = ordered[index];
  if (!last) return null;
  const sameSentence: Draft[] = [];
  for (let j = index; j >= 0 && ordered[j]!.sentence === last.sentence; j -= 1) if (ordered[j]!.speaker !== speaker) sameSentence.unshift(ordered[j]!);
  return sameSentence.find((draft) => draft.kind === 'DIRECT') ?? sameSentence[0] ?? last;
}

export function linkReplies(document: ArticleDocument, drafts: Draft[]): void {
  const ordered = [...drafts].sort((a, b) => a.start - b.start);
  for (const sentence of document.sentences) {
    const text = document.text.slice(sentence.start, sentence.end);
    const cue = REPLY_CUE.exec(text);
    if (!cue) continue;
    const from = document.tokenAt(sentence.start + cue.index + cue[0].length);
    const replier = document.table.within(from, sentence.last).find((mention) => mention.entity.kind === 'PERSON')?.entity;
    const reply = ordered.find((draft) => draft.start >= sentence.end && (!replier || draft.speaker === replier));
    if (reply && reply.sentence <= sentence.index + 2) reply.replyTo = answeredStatement(ordered, sentence.start, reply.speaker);
  }
  for (const draft of ordered) {
    if (draft.replyTo) continue;
    if (draft.isReply || RESPONSE_CLAUSE.test(clauseText(document, draft))) {
      draft.replyTo = answeredStatement(ordered, draft.start, draft.speaker);
    }
  }
}
