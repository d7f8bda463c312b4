import type { EntityRecord } from '../entityTable.ts';
import { countBefore } from '../sorted.ts';
import type { Span } from '../types.ts';
import type { Token } from '../nlp.ts';
import type { Stance, StanceToward } from '../types.ts';
import type { ArticleDocument, Draft } from './document.ts';

/**
 * Word beginnings that mark a speaker's stance, by whom they judge. A lexicon, not a model: every decision
 * names the words that made it, and a target no cue points at is NEUTRAL.
 * - Acts aimed at someone judge what follows them: "accused Russia", "praised the mayor", "fight ISIS".
 * - Deeds and qualities judge their doer, the entity before them: "Moscow hacked", "Russia's aggression",
 *   "NATO has always stood for".
 */
const AIMED = {
  CRITICAL: [
    'accus', 'criticiz', 'criticis', 'condemn', 'blam', 'denounc', 'slam', 'blast', 'lambast', 'rebuk', 'deplor',
    'decri', 'assail', 'chastis', 'castigat', 'fault', 'attack', 'against', 'fight', 'oppos', 'protest', 'sanction',
    'punish', 'distrust', 'mistrust', 'bully', 'betray', 'cheat',
  ],
  SUPPORTIVE: [
    'prais', 'support', 'welcom', 'commend', 'thank', 'applaud', 'endors', 'hail', 'congratulat', 'laud', 'admir',
    'respect', 'appreciat', 'celebrat', 'champion', 'reassur', 'solidarity with', 'protect', 'agree with', 'trust',
    'backed', 'backing', 'defend', 'stood with', 'stand with', 'stands with',
  ],
} as const;
const DONE = {
  CRITICAL: [
    'hack', 'leak', 'annex', 'invad', 'invasion', 'violat', 'interfer', 'meddl', 'reject', 'undermin', 'provok',
    'provocat', 'threat', 'menac', 'lie', 'lied', 'lying', 'liar', 'fail', 'destabiliz', 'destabilis', 'ignor',
    'abus', 'harass', 'mislead', 'terror', 'corrupt', 'fraud', 'aggress', 'illegal', 'illegitimat', 'unlawful',
    'hostil', 'reckless', 'irresponsib', 'dangerous', 'unacceptabl', 'brutal', 'disastr', 'incompeten', 'hypocri',
    'disgrac', 'scandal', 'wrong', 'weak', 'futile',
  ],
  SUPPORTIVE: ['great', 'excellent', 'success', 'stood for', 'stands for', 'ally', 'allies', 'reliabl', 'admirabl', 'brave', 'courag'],
} as const;
const PREPOSITIONS = new Set(['with', 'to', 'from', 'in', 'into', 'on', 'at', 'through', 'for', 'about', 'of', 'by', 'toward', 'towards', 'against', 'over', 'between']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'without', 'nor', 'cannot']);

type Aim = 'aimed' | 'done';

interface CueClass {
  aim: Aim;
  stance: Stance;
  /** One-word cues as one pattern over a word's beginning: a token is tested once per class, not per cue. */
  word: RegExp;
  phrases: string[][];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE_CLASSES: CueClass[] = (['aimed', 'done'] as const).flatMap((aim) =>
  (['CRITICAL', 'SUPPORTIVE'] as const).map((stance) => {
    const cues = (aim === 'aimed' ? AIMED : DONE)[stance];
    const words = cues.filter((cue) => !cue.includes(' '));
    return {
      aim,
      stance,
      word: new RegExp(`^(?:${words.map(escape).join('|')})`),
      phrases: cues.filter((cue) => cue.includes(' ')).map((cue) => cue.split(' ')),
    };
  }),
);

function cueAt(tokens: Token[], index: number): { stance: Stance; aim: Aim; words: string } | null {
  const token = tokens[index]!;
  for (const { aim, stance, word, phrases } of CUE_CLASSES) {
    for (const phrase of phrases) {
      const fits = phrase.every((part, i) => {
        const lower = tokens[index + i]?.lower;
        return lower !== undefined && (i === 0 ? lower.startsWith(part) : lower === part);
      });
      if (fits) return { stance, aim, words: tokens.slice(index, index + phrase.length).map((each) => each.text).join(' ') };
    }
    if (word.test(token.lower)) return { stance, aim, words: token.text };
  }
  return null;
}

interface Cue {
  stance: Stance;
  aim: Aim;
  words: string;
  start: number;
  sentence: number;
}

/** Token indices of the statement's words and of its reporting clause: the only places cues are read from. */
function windowOf(draft: Draft, document: ArticleDocument): number[] {
  const indices = new Set<number>();
  for (let index = document.tokenAt(draft.start); index < document.tokens.length && document.tokens[index]!.end <= draft.end; index += 1) indices.add(index);
  for (let index = draft.clause.first; index <= draft.clause.last && index < document.tokens.length; index += 1) indices.add(index);
  return [...indices].sort((a, b) => a - b);
}

/** Stance cues in the window, skipping negated ones ("did not criticize") and words of names ("Great Barrier Reef"). */
function cuesOf(window: number[], document: ArticleDocument): Cue[] {
  const { tokens } = document;
  const cues: Cue[] = [];
  for (const index of window) {
    const token = tokens[index]!;
    const found = cueAt(tokens, index);
    if (!found || document.table.at(index)) continue;
    const before = tokens.slice(Math.max(0, index - 3), index).filter((other) => other.sentence === token.sentence);
    if (before.some((other) => NEGATIONS.has(other.lower))) continue;
    cues.push({ stance: found.stance, aim: found.aim, words: found.words, start: token.start, sentence: token.sentence });
  }
  return cues;
}

const sortedMentions = new WeakMap<EntityRecord, { count: number; spans: Span[] }>();

/** A target's mentions inside the window, by binary search over its mentions in text order (an entity may have thousands). */
function mentionsWithin(target: EntityRecord, start: number, end: number): Span[] {
  let sorted = sortedMentions.get(target);
  if (!sorted || sorted.count !== target.mentions.length) {
    sorted = { count: target.mentions.length, spans: [...target.mentions].sort((a, b) => a.start - b.start) };
    sortedMentions.set(target, sorted);
  }
  const within: Span[] = [];
  for (let i = countBefore(sorted.spans, (span) => span.start < start); i < sorted.spans.length && sorted.spans[i]!.start < end; i += 1) {
    if (sorted.spans[i]!.end <= end) within.push(sorted.spans[i]!);
  }
  return within;
}

/**
 * The stance of a statement toward each entity it is about. Each cue in the statement's words or reporting
 * clause points at one target: an aimed cue at the nearest target named after it, a deed or quality at the
 * nearest target named before it (not as the object of a preposition: "dialogue with Russia … futile" judges
 * the dialogue). The nearest cue pointing at a target decides its stance; no cue, NEUTRAL.
 */
export function stancesOf(draft: Draft, document: ArticleDocument): StanceToward[] {
  if (draft.about.size === 0) return [];
  const { tokens } = document;
  const window = windowOf(draft, document);
  const cues = cuesOf(window, document);
  const windowStart = Math.min(draft.start, tokens[window[0] ?? -1]?.start ?? draft.start);
  const windowEnd = Math.max(draft.end, tokens[window.at(-1) ?? -1]?.end ?? draft.end);
  const targets = [...draft.about];
  const placed = targets.flatMap((target) =>
    mentionsWithin(target, windowStart, windowEnd)
      .map((mention) => {
        const first = document.tokenAt(mention.start);
        return { target, start: mention.start, sentence: tokens[first]?.sentence, afterPreposition: PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') };
      }),
  );
  const pointed = new Map<EntityRecord, { cue: Cue; distance: number }[]>();
  for (const cue of cues) {
    const sameSentence = placed.filter((mention) => mention.sentence === cue.sentence);
    const options =
      cue.aim === 'aimed'
        ? sameSentence.filter((mention) => mention.start > cue.start)
        : sameSentence.filter((mention) => mention.start < cue.start && !mention.afterPreposition);
    const nearest = options.sort((a, b) => Math.abs(a.start - cue.start) - Math.abs(b.start - cue.start))[0];
    if (!nearest) continue;
    pointed.set(nearest.target, [...(pointed.get(nearest.target) ?? []), { cue, distance: Math.abs(nearest.start - cue.start) }]);
  }
  return targets.map((target) => {
    const candidates = (pointed.get(target) ?? []).sort((a, b) => a.distance - b.distance);
    if (candidates.length === 0) return { about: target.id, stance: 'NEUTRAL' as const, cues: [] };
    const stance = candidates[0]!.cue.stance;
    const words = [...new Set(candidates.filter(({ cue }) => cue.stance === stance).map(({ cue }) => cue.words))].slice(0, 3);
    return { about: target.id, stance, cues: words };
  });
}
