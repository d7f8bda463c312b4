import { descriptorBefore } from '../entities.ts';
import type { Token } from '../nlp.ts';
import type { EntityRecord } from '../entityTable.ts';
import { AUDIENCE_VERBS, GROUP_NOUN, SUBORDINATORS, MONTHS_AND_DAYS, OBJECT_VERBS, SPEECH_PARTICLES, SPEECH_VERBS } from '../gazetteer/index.ts';
import { audienceBetween, newDraft } from './direct.ts';
import { DATELINE, isWordHyphen, type ArticleDocument, type Draft } from './document.ts';
import { nounPhraseStartingAt } from './nounPhrases.ts';
import { isNegated, isParticiple, mainSubject, opensSubordinateClause, speechVerbAt, subjectAfter, subjectBefore, subjectEndingAt, type SpeechVerb, type Subject } from './speakers.ts';

/** Whether a verb or auxiliary stands between `first` and `last`. */
function hasVerb(document: ArticleDocument, first: number, last: number): boolean {
  return document.tokens.slice(first, last).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
}

/** The characters of tokens [first, last): a statement's span. */
function tokenSpan(document: ArticleDocument, first: number, last: number): { start: number; end: number } {
  return { start: document.tokens[first]!.start, end: document.tokens[last - 1]!.end };
}

/** Whether token `index` opens its sentence, or follows a conjunction that does ("But as …"). */
function opensSentence(document: ArticleDocument, index: number): boolean {
  const sentence = document.sentenceOf(index);
  return index === sentence.first || (index === sentence.first + 1 && document.tokens[sentence.first]!.pos === 'CCONJ');
}

/** The end of the sentence `first` is in, before its closing . ! or ?: words that run to the sentence's end. */
function sentenceEnd(document: ArticleDocument, first: number): number {
  let last = document.sentenceOf(first).last;
  while (last > first && /^[.!?]$/.test(document.tokens[last - 1]!.text)) last -= 1;
  return last;
}

interface Complement {
  /** Token range of the reported content. */
  first: number;
  last: number;
  audience: EntityRecord[];
  about: EntityRecord[];
  /** The verb's object stands for the words ("praised X's record"): only a named or described speaker counts. */
  objectOnly?: boolean;
}

const TIME_WORDS = new Set(['last', 'this', 'next', 'yesterday', 'today', 'earlier', 'recently', 'again', 'repeatedly', 'previously']);

/** Whether the sentence opens with a subordinate clause that holds the attribution before `first`. */
function opensSubordinate(document: ArticleDocument, sentenceFirst: number, first: number): boolean {
  const { tokens } = document;
  // from the sentence's start, or a clause's after a comma: "…, and when Doe said X, a man yelled"
  let comma = first - 1;
  while (comma > sentenceFirst && tokens[comma]!.text !== ',') comma -= 1;
  let at = comma > sentenceFirst && ['and', 'but'].includes(tokens[comma + 1]?.lower ?? '') ? comma + 1 : sentenceFirst;
  if (['but', 'and', 'yet'].includes(tokens[at]?.lower ?? '')) at += 1;
  // (or an opening phrase that holds it: "In a year in which most voters say they distrust her, even allies …")
  return at < first && (SUBORDINATORS.has(tokens[at]!.lower) || tokens[at]!.pos === 'ADP') && !tokens.slice(at, first).some((token) => token.text === ',');
}

/** ", she did not apologize": a comma, then a subject and its verb, starting the main clause. */
function mainClauseAfter(document: ArticleDocument, comma: number, sentenceLast: number): boolean {
  const { tokens } = document;
  // past an adverb before the subject: ", even some allies questioned …"
  const adverb = tokens[comma + 1]?.pos === 'ADV' && !/^(where|when|how|why)$/.test(tokens[comma + 1]!.lower) ? 1 : 0;
  const subject = tokens[comma + 1 + adverb];
  if (!subject || !['PRON', 'PROPN', 'DET', 'NUM'].includes(subject.pos) || /^(which|who|whom|whose|that|what)$/.test(subject.lower)) return false;
  // "…, 27 percent of those who named a candidate said …": a subject with its "of" phrase
  for (let j = comma + 2 + adverb; j < Math.min(comma + 9 + adverb, sentenceLast); j += 1) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return true;
    if (!['PROPN', 'NOUN', 'ADJ', 'ADV', 'DET', 'NUM', 'PRON'].includes(tokens[j]!.pos) && tokens[j]!.lower !== 'of') return false;
  }
  return false;
}

/** ", at the town hall she said …", ", in the end it failed": a phrase, then a main clause (its own speech verb, or a subject and verb). */
function mainClauseAfterPhrase(document: ArticleDocument, comma: number, sentenceLast: number): boolean {
  const { tokens } = document;
  if (tokens[comma + 1]?.pos !== 'ADP') return false;
  if (clauseAfterPhrase(document, comma + 1, sentenceLast) !== undefined) return true;
  for (let j = comma + 2; j < Math.min(comma + 11, sentenceLast) && !/^[,;:“”"]$/.test(tokens[j]!.text); j += 1) {
    if (speechVerbAt(document, j)) return true;
  }
  return false;
}

/** Past "of Newark", "in Iowa", "last week", "on Monday" after a listener: where the clause may start. */
function afterListenerTail(document: ArticleDocument, first: number, sentenceLast: number, named: boolean): number {
  const { tokens } = document;
  let at = first;
  // the rest of the listener's name: "The Newark Star", "The Star-Ledger" (after "told them" a name is the clause's)
  while (named && at < sentenceLast && (tokens[at]!.pos === 'PROPN' || isWordHyphen(tokens, at))) at += 1;
  for (let steps = 0; steps < 3 && at < sentenceLast; steps += 1) {
    const word = tokens[at]!.lower;
    if (['of', 'in', 'from', 'on'].includes(word) && (tokens[at + 1]?.pos === 'PROPN' || MONTHS_AND_DAYS.test(tokens[at + 1]?.text ?? ''))) {
      at += 2;
      while (at < sentenceLast && tokens[at]!.pos === 'PROPN') at += 1;
    } else if (['last', 'this', 'next', 'earlier', 'late'].includes(word) && /^(week|month|year|weekend|night|morning|evening|afternoon)$/.test(tokens[at + 1]?.lower ?? '')) at += 2;
    else if (MONTHS_AND_DAYS.test(tokens[at]!.text) || /^(yesterday|today|tonight|recently|earlier)$/.test(word)) at += 1;
    else break;
  }
  return at;
}

/** Nouns of where, when or how something was said: "in a statement", "at a rally", "during the debate". */
const SETTING_HEADS = /^(statement|statements|interview|interviews|speech|address|letter|email|e-mail|post|tweet|tweets|conference|briefing|call|meeting|rally|hearing|remarks|appearance|op-ed|message|video|memo|release|session|debate|event|hall|forum|show|broadcast|program|programme|podcast|radio|television|tv|phone|telephone|visit|trip|stop|campaign|dinner|luncheon|breakfast|ceremony|summit|convention|gathering|morning|afternoon|evening|night|weekend|week|month|year|today|yesterday|time)$/;

/** Prepositions that open a phrase of time: "after winning Ohio", "before the vote", "during the debate". */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'since', 'following', 'upon']);

/**
 * A prepositional phrase right after the verb and a clause after it ("in an interview the plan was …"): the
 * index where the clause starts, or undefined when no subject and verb follow the phrase.
 */
function clauseAfterPhrase(document: ArticleDocument, preposition: number, sentenceLast: number): number | undefined {
  const { tokens } = document;
  let end = preposition + 1;
  // a pronoun only as the phrase's object: "despite that", "despite all that"
  const inPhrase = (i: number) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[i]!.pos) || (tokens[i]!.pos === 'PRON' && ['ADP', 'DET'].includes(tokens[i - 1]!.pos));
  while (end < Math.min(preposition + 6, sentenceLast) && inPhrase(end) && !document.quoteAround(end)) end += 1;
  // "explained after winning his home state on March 15, he would …": a longer phrase of time set off by a comma
  if (TIME_PREPOSITIONS.has(tokens[preposition]!.lower)) {
    let comma = preposition + 1;
    while (comma < Math.min(preposition + 16, sentenceLast) && !/^[,;:“”"]$/.test(tokens[comma]!.text)) comma += 1;
    if (tokens[comma]?.text === ',' && startsClause(document, comma + 1, sentenceLast)) return comma + 1;
  }
  if (end === preposition + 1 || end >= sentenceLast) return undefined;
  // "says despite all that, Obama wasn't …": the phrase set off by a comma
  if (tokens[end]!.text === ',' && end - preposition <= 4) return startsClause(document, end + 1, sentenceLast) ? end + 1 : undefined;
  // the phrase's noun ends where a subject starts: a pronoun, or a determiner after the first noun
  let clause = end;
  for (let i = preposition + 2; i < end; i += 1) {
    if (tokens[i]!.pos === 'DET' && tokens[i - 1]!.pos !== 'ADP') {
      clause = i;
      break;
    }
  }
  return startsClause(document, clause, sentenceLast) ? clause : undefined;
}

/** Whether a subject and its verb start at `first`: "Obama wasn't …", "the plan was …". */
function startsClause(document: ArticleDocument, first: number, sentenceLast: number): boolean {
  const { tokens } = document;
  if (!['PRON', 'DET', 'PROPN', 'NOUN'].includes(tokens[first]?.pos ?? '') || /^(which|who|whom|whose|what)$/.test(tokens[first]!.lower)) return false;
  for (let j = first + 1; j < Math.min(first + 5, sentenceLast); j += 1) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return true;
    if (!['PROPN', 'NOUN', 'ADJ', 'ADV', 'DET', 'NUM'].includes(tokens[j]!.pos)) return false;
  }
  return false;
}

/** Whether a clause follows: a subject and its verb ("he broke into …"), or an auxiliary further on ("the dynamic most likely does not …"). */
function clauseFollows(document: ArticleDocument, first: number, sentenceLast: number): boolean {
  const { tokens } = document;
  if (startsClause(document, first, sentenceLast)) return true;
  for (let i = first + 1; i < Math.min(first + 14, sentenceLast) && !/^[,;:“”"]$/.test(tokens[i]!.text); i += 1) {
    if (tokens[i]!.pos === 'AUX' && tokens[i - 1]!.lower !== 'to' && !/^(being|been|be)$/.test(tokens[i]!.lower)) return true;
  }
  return false;
}

/** Where the reported content ends: at the sentence end, a new attributed clause, or a participle clause. */
function contentEnd(document: ArticleDocument, first: number, objectOnly = false): number {
  const sentence = document.sentenceOf(first);
  const { tokens } = document;
  // "Although she said X, she did not …": the content ends where the sentence's main clause begins
  const subordinate = opensSubordinate(document, sentence.first, first);
  for (let i = first + 1; i < sentence.last; i += 1) {
    const token = tokens[i]!;
    if (document.quoteAround(i)) continue;
    // (also after an opening phrase: "Although in May she said X, at the town hall she said Y" or "…, in the end it …")
    if (subordinate && token.text === ',' && (mainClauseAfter(document, i, sentence.last) || mainClauseAfterPhrase(document, i, sentence.last))) return i;
    // "criticized the annexation of Crimea, which plunged relations …": the relative clause is the narrator's
    if (objectOnly && token.text === ',' && ['which', 'who', 'when', 'where', 'after', 'before', 'because', 'while', 'as'].includes(tokens[i + 1]?.lower ?? '')) return i;
    // ", saying …", "— saying …": a participle clause of the main subject ends the content
    // (", while also saying …": past a subordinator and an adverb)
    if ([',', '—', '–'].includes(token.text)) {
      let participle = i + 1;
      while (participle < i + 3 && (/^(while|when|also|then|again)$/.test(tokens[participle]?.lower ?? '') || tokens[participle]?.pos === 'ADV')) participle += 1;
      if (tokens[participle]?.pos === 'VERB' && tokens[participle]!.lower.endsWith('ing')) return i;
    }
    if (token.text === ',' && tokens[i + 1]?.lower === 'according' && tokens[i + 2]?.lower === 'to') return i;
    // "46 percent said yes, compared with 23 percent who …": the comparison is the narrator's
    if (token.text === ',' && tokens[i + 1]?.lower === 'compared' && ['with', 'to'].includes(tokens[i + 2]?.lower ?? '')) return i;
    // "X, who has accused Y of …, told Z": the relative clause ends where the main verb resumes; "…, BFM TV
    // reported": after a name of several words
    const named = token.text === ',' ? document.table.at(i + 1) : undefined;
    if (token.text === ',' && (speechVerbAt(document, i + 1) || speechVerbAt(document, i + 2) || (named?.first === i + 1 && speechVerbAt(document, named.last)))) return i;
    // "accused X of … and called for …", "…, but farmers complain …": a second speech verb starts a statement of its own
    if (['and', 'but'].includes(token.lower)) {
      for (let j = i + 1; j < Math.min(i + 5, sentence.last); j += 1) {
        if (speechVerbAt(document, j)) return tokens[i - 1]?.text === ',' ? i - 1 : i;
        // "… and one in four said …": a share of people polled is a subject too
        const inShare = ['in', 'of', 'out'].includes(tokens[j]!.lower) && tokens[j - 1]?.pos === 'NUM';
        if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'ADV', 'NUM'].includes(tokens[j]!.pos) && !inShare && !isWordHyphen(tokens, j)) break; // "three-quarters"
      }
    }
    // ("…, while nine in 10 said …": a share of people polled as the next subject)
    if (['as', 'while', 'and', 'but'].includes(token.lower) && ['PRON', 'PROPN', 'NUM'].includes(tokens[i + 1]?.pos ?? '')) {
      for (let j = i + 2; j < Math.min(i + 5, sentence.last); j += 1) if (speechVerbAt(document, j)) return tokens[i - 1]?.text === ',' ? i - 1 : i;
    }
  }
  let last = sentence.last;
  while (last > first && ['.', '!', '?', ':', ';', ','].includes(tokens[last - 1]!.text)) last -= 1;
  return last;
}

/** Words that open a reported question or request: "asked whether …", "urged them to …". */
/** Verbs trusted to report words in a bare clause: "said the plan failed". */
const BARE_CLAUSE_VERBS = new Set<string>(SPEECH_VERBS);

/** Speech verbs that also add or count things: a bare object after them is no clause. */
const COUNTING_VERBS = new Set(['add', 'report']);

const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'to', 'how', 'why', 'what', 'when', 'where', 'who']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
/** An object with fewer content words is a target ("criticized the plan", "defended the police response"), not reported words. */
const MIN_OBJECT_WORDS = 3;

function contentWords(document: ArticleDocument, first: number, last: number): number {
  return document.tokens
    .slice(first, last)
    .filter((token) => ['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(token.pos) && !MONTHS_AND_DAYS.test(token.text)).length;
}

/**
 * Reads what follows the verb: "told Y that …", "asked Y whether …", "accused Y of …", "called for …",
 * "talked about …", "said (that) …", and the object of verbs like "praised" when it is a whole phrase.
 */
function complement(document: ArticleDocument, verb: SpeechVerb): Complement | undefined {
  const { tokens } = document;
  const sentence = document.sentenceOf(verb.index);
  let next = verb.index + 1;
  const audience: EntityRecord[] = [];
  const about: EntityRecord[] = [];
  const at = (i: number) => tokens[i]?.lower;
  // "cautioned, however, that …": an aside between commas before "that"
  if (at(next) === ',') {
    for (let close = next + 2; close < Math.min(next + 5, sentence.last); close += 1) {
      if (at(close) === ',' && at(close + 1) === 'that') {
        next = close + 1;
        break;
      }
    }
  }
  let objectOnly = false;
  /** "said (that) …" reports a clause; a time or place alone after the verb is no statement. */
  let needsClause = false;
  /** The words open with a phrase that is theirs: "said in politics it takes time". */
  let phraseInWords = false;
  if (SPEECH_PARTICLES.get(verb.base)?.has(at(next) ?? '')) {
    // "pointed out that …", "warned against …", "called for …", "talked about …"
    next += 1;
    if (at(next) === 'that') next += 1;
  } else if (verb.base === 'tell') {
    let that = next;
    while (that < sentence.last && at(that) !== 'that' && tokens[that]!.text !== ',' && !/^[“"]$/.test(tokens[that]!.text)) that += 1;
    if (at(that) === 'that') {
      // "told a crowd at a bar that spilled out onto the street": "that" opens a relative clause of the listener
      if (tokens[that + 1]?.pos === 'VERB' && !tokens[that + 1]!.lower.endsWith('ing') && ['NOUN', 'PROPN', 'PART'].includes(tokens[that - 1]!.pos)) return undefined;
      audience.push(...audienceBetween(document, next, that));
      next = that + 1;
    } else {
      // "told reporters the administration was …": the clause starts after the audience's first noun;
      // "told him he had …", "told me the photo …": after an object pronoun
      const head = tokens.slice(next, Math.min(next + 6, sentence.last)).find((token) => token.pos === 'NOUN' || token.pos === 'PROPN');
      const mention = head ? document.table.at(head.index) : undefined;
      const pronoun = /^(him|her|me|us|them|you)$/.test(at(next) ?? '');
      const listenerEnd = pronoun ? next + 1 : mention ? mention.last : head ? head.index + 1 : -1;
      if (listenerEnd < 0) return undefined;
      // "told The Star-Ledger of Newark last week she would …": the rest of the listener's name, where it is
      // from and when, before the clause
      const clauseStart = afterListenerTail(document, listenerEnd, sentence.last, !pronoun);
      const clauseHasVerb = hasVerb(document, clauseStart, sentence.last);
      // "tells them why their stock is a good buy": a question after the listener
      // ("tell them how to vote" is an instruction that may never be given: no words)
      const question = QUESTION_OPENERS.has(at(clauseStart) ?? '') && at(clauseStart) !== 'if' && at(clauseStart + 1) !== 'to';
      if (!clauseHasVerb || (!question && !['DET', 'PRON', 'PROPN', 'NOUN'].includes(tokens[clauseStart]?.pos ?? ''))) return undefined;
      audience.push(...audienceBetween(document, next, listenerEnd));
      next = clauseStart;
    }
  } else if (verb.base === 'accuse') {
    let of = next;
    while (of < Math.min(next + 8, sentence.last) && at(of) !== 'of') of += 1;
    if (at(of) !== 'of') return undefined;
    about.push(...document.table.within(next, of).map((mention) => mention.entity));
    next = of + 1;
  } else if (AUDIENCE_VERBS.has(verb.base) && !CLAUSE_OPENERS.has(at(next) ?? '')) {
    // "assured donors that …", "asked the senator whether …", "urged Congress to …"
    let opener = next;
    while (opener < Math.min(next + 7, sentence.last) && !CLAUSE_OPENERS.has(at(opener) ?? '') && !/^[,“"]$/.test(tokens[opener]!.text)) opener += 1;
    if (!CLAUSE_OPENERS.has(at(opener) ?? '')) return undefined;
    audience.push(...audienceBetween(document, next, opener));
    // "urged both parties to close the gaps": the request names who should act; "assured donors that …" does not
    if (at(opener) !== 'to') next = at(opener) === 'that' ? opener + 1 : opener;
  } else if (verb.base === 'ask' && QUESTION_OPENERS.has(at(next) ?? '')) {
    // "asked whether candidates supported …": the question, from its opening word
  } else if (verb.base === 'call') {
    objectOnly = true; // "called his standing “unheard of”" ("called for/on/out" are particles, above)
  } else if (at(next) === 'that') {
    // "commission reports that track spending": a noun the tagger read as the verb, and its relative clause
    if (tokens[verb.index]!.pos === 'NOUN' && tokens[next + 1]?.pos === 'VERB' && !tokens[next + 1]!.lower.endsWith('ing')) return undefined;
    next += 1;
    needsClause = true;
  } else if (OBJECT_VERBS.has(verb.base) && !(BARE_CLAUSE_VERBS.has(verb.base) && clauseFollows(document, next, sentence.last))) {
    // ("admitted the dynamic most likely does not reflect …" is a clause: a speech verb's bare clause, below)
    objectOnly = true;
  } else {
    if (!BARE_CLAUSE_VERBS.has(verb.base)) return undefined;
    // "organizers added 160 guards", "reported 12 new cases": a number counted, not words reported
    if (COUNTING_VERBS.has(verb.base) && (tokens[next]?.pos === 'NUM' || /^[$€£]$/.test(tokens[next]?.text ?? '')) && !startsClause(document, next, sentence.last)) return undefined;
    needsClause = true;
    // "said in a statement that …", "said on Tuesday that …": the content starts after "that"
    const timeOrPlace = tokens[next]?.pos === 'ADP' || TIME_WORDS.has(at(next) ?? '') || MONTHS_AND_DAYS.test(tokens[next]?.text ?? '');
    for (let i = next; i < Math.min(next + 12, sentence.last); i += 1) {
      // "that" opening a clause, not the pronoun of "despite all that"
      if (at(i) === 'that' && timeOrPlace && !/^[,.;:!?]$/.test(tokens[i + 1]?.text ?? '.')) {
        next = i + 1;
        break;
      }
    }
    // "said of the encounter he had …", "wrote of the gift": whom the words were about (the quote is the words),
    // unless a clause follows ("said of the plan that it …")
    if (at(next) === 'of' && next - 1 === verb.index) {
      let that = next + 1;
      while (that < Math.min(next + 10, sentence.last) && at(that) !== 'that' && !/^[,;:“”"]$/.test(tokens[that]!.text)) that += 1;
      if (at(that) !== 'that') return undefined;
      about.push(...document.table.within(next + 1, that).map((mention) => mention.entity));
      next = that + 1;
    }
    // "said in an interview the plan was …": the clause after where it was said; "said in politics it takes
    // time …": a phrase that is part of the words
    if (tokens[next]?.pos === 'ADP' && at(next) !== 'that') {
      const clause = clauseAfterPhrase(document, next, sentence.last);
      if (clause !== undefined) {
        if (SETTING_HEADS.test(at(clause - 1) ?? '') || MONTHS_AND_DAYS.test(tokens[clause - 1]!.text) || TIME_PREPOSITIONS.has(at(next) ?? '')) next = clause;
        else phraseInWords = true;
      }
    }
  }
  // "says, win or lose in Tuesday's primary, he's staying": an aside between commas before the clause
  if (tokens[next]?.text === ',' && needsClause) {
    let close = next + 1;
    while (close < Math.min(next + 12, sentence.last) && !/^[,“"]$/.test(tokens[close]!.text)) close += 1;
    if (tokens[close]?.text === ',' && close > next + 1) next = close + 1;
  }
  if (next >= sentence.last || [':', '“', '"', ','].includes(tokens[next]!.text)) return undefined;
  // "said at a news conference": a place or time, not reported content ("said that with …" is content)
  const opened = ['that', 'about', 'of', 'on', 'against', 'for', 'to', 'out', 'at', 'up', 'over'].includes(at(next - 1) ?? '') && next - 1 > verb.index;
  const adverbial = ['least', 'most', 'times'].includes(at(next + 1) ?? ''); // "reported at least six …"
  if (tokens[next]!.pos === 'ADP' && !opened && !adverbial && !phraseInWords && !['that', 'whether', 'if'].includes(at(next) ?? '')) return undefined;
  const last = contentEnd(document, next, objectOnly);
  // "46 percent said yes": a one-word answer is words too (the tagger may keep the period: "no.")
  const answer = last - next === 1 && /^(yes|no)\.?$/.test(at(next) ?? '');
  if ((last - next < 2 && !answer) || (needsClause && isTimePhrase(document, next, last))) return undefined;
  // "said Thursday during a tour of morning shows": when and where, with no clause in it
  const opensWithTime = opensWithTimeWord(document, next);
  // "to laughs": after "to" an infinitive has its base form, so a word ending in -s is a noun the tagger misread
  const isVerb = (token: Token) => (token.pos === 'VERB' || token.pos === 'AUX') && !(tokens[token.index - 1]?.lower === 'to' && /[^s]s$/.test(token.lower));
  const verbless = !tokens.slice(next, last).some(isVerb);
  if (needsClause && opensWithTime && verbless) return undefined;
  // "maintaining her double-digit edge": with no clause "maintain" keeps, it does not say
  if (needsClause && verbless && verb.base === 'maintain' && at(next - 1) !== 'that') return undefined;
  // "said to laughs", "said 30 minutes into the debate": how or when, with no clause in it
  if (needsClause && verbless && at(next - 1) !== 'that' && ['ADP', 'PART', 'NUM'].includes(tokens[next]!.pos)) return undefined;
  // "said as he launched the process", "said after the meeting": when it was said, not what
  // ("said that after the attacks, he …" is what: "that" opened the content)
  const adverbialAs = at(next) === 'as' && tokens[next + 1]?.pos === 'PRON'; // "as he launched", not "as many as"
  if (needsClause && at(next - 1) !== 'that' && (ADVERBIAL_OPENERS.has(at(next) ?? '') || adverbialAs)) return undefined;
  if (objectOnly) {
    // a quotation in the object is the DIRECT statement ("called the bill “a first step”"), nothing more
    // "calling the mayor a liar" names its claim in two words; other objects need a whole phrase
    const needed = verb.base === 'call' ? 2 : MIN_OBJECT_WORDS;
    if (contentWords(document, next, last) < needed || document.quotes.some((quote) => quote.open >= next && quote.open < last)) return undefined;
    // "a firm called Gavekal Dragonomics" names something; "called the mayor a liar" says something of it
    if (verb.base === 'call' && !tokens.slice(next, last).some((token) => /^\p{Ll}/u.test(token.text) && ['NOUN', 'ADJ'].includes(token.pos))) return undefined;
    // "a super PAC called Our Principles is ramping up": a name, then the sentence's own verb
    let named = next;
    while (named < last && /^\p{Lu}/u.test(tokens[named]!.text)) named += 1;
    if (verb.base === 'call' && named > next && ['AUX', 'VERB'].includes(tokens[named]?.pos ?? '')) return undefined;
  }
  return { first: next, last, audience, about, objectOnly };
}

function subjectOf(document: ArticleDocument, verb: SpeechVerb, earlier: Draft[]): Subject | undefined {
  // "X accused Y of … and called for …": the second verb shares the first one's subject
  if (['and', 'but'].includes(document.tokens[verb.first - 1]?.lower ?? '')) {
    const previous = earlier.at(-1);
    if (previous && previous.sentence === document.tokens[verb.first]!.sentence) return { entity: previous.speaker, first: verb.first, last: verb.first };
    // "…, and when Doe thanked Miami and said …": in a subordinate clause, the subject of the verb "and" joins
    // (in a main clause the sentence's subject: "Obama met relatives of the people killed and said …")
    for (let i = verb.first - 2; i > Math.max(document.sentenceOf(verb.first).first, verb.first - 10); i -= 1) {
      const token = document.tokens[i]!;
      if (/^[,;:“”"]$/.test(token.text)) break;
      if (token.pos === 'VERB' && !document.table.at(i) && document.tokens[i - 1]?.lower !== 'to') {
        const joined = subjectBefore(document, i);
        if (joined && SUBORDINATORS.has(document.tokens[joined.first - 1]?.lower ?? '')) return joined;
        break;
      }
    }
    return mainSubject(document, verb); // "X praised the deal but warned that …"
  }
  if (isParticiple(document, verb)) return mainSubject(document, verb);
  // "He went on to say that …", "continued to insist": the words are said; other infinitives ("refused to say") are not
  const tokens = document.tokens;
  if (tokens[verb.first - 1]?.lower === 'to' && (/^(went|goes|go|going)$/.test(tokens[verb.first - 3]?.lower ?? '') && tokens[verb.first - 2]?.lower === 'on' || /^(continued|continues)$/.test(tokens[verb.first - 2]?.lower ?? ''))) {
    return subjectBefore(document, tokens[verb.first - 2]!.lower === 'on' ? verb.first - 3 : verb.first - 2);
  }
  if (tokens[verb.first - 1]?.lower === 'as' || tokens[verb.first - 1]?.lower === 'to') return undefined;
  const subject = subjectBefore(document, verb.first);
  // "the plan, which critics said was too costly": a relative clause, not reported speech
  // ("a year in which critics said …" is: the relative word is the object of its preposition)
  if (subject && ['which', 'whom'].includes(document.tokens[subject.first - 1]?.lower ?? '') && document.tokens[subject.first - 2]?.pos !== 'ADP') return undefined;
  return subject;
}

/** Skips a wire dateline at the start of a sentence: "MADRID (Reuters) - Spain will …" starts at "Spain". */
function afterDateline(document: ArticleDocument, first: number): number {
  const sentenceStart = document.tokens[first]!.start;
  const dateline = DATELINE.exec(document.text.slice(sentenceStart, sentenceStart + 80));
  return dateline ? document.tokenAt(sentenceStart + dateline[0].length) : first;
}

/** "according to diplomats": a group named by a plural noun speaks as one. */
function groupAfter(document: ArticleDocument, first: number): Subject | undefined {
  const { tokens } = document;
  const head = ['the', 'some', 'several', 'two', 'three'].includes(tokens[first]?.lower ?? '') ? first + 1 : first;
  const token = tokens[head];
  if (!token || !GROUP_NOUN.test(token.lower)) return undefined;
  const entity = document.table.entity('ORGANIZATION', token.lower);
  document.table.mention(entity, token, head, head + 1, token.lower);
  return { entity, first: head, last: head + 1 };
}

/** "a senior Hamas official": the role's holder as a subject names them, with the organization owning the role. */
function roleAfter(document: ArticleDocument, first: number): Subject | undefined {
  for (let i = first + 1; i < Math.min(first + 5, document.tokens.length); i += 1) {
    if (document.tokens[i]!.pos === 'NOUN' && descriptorBefore(document.tagged, i + 1)) return subjectEndingAt(document, i);
  }
  return undefined;
}

/** "according to a diplomat briefed on …": an unnamed source, named by its role. */
function unnamedSourceAfter(document: ArticleDocument, first: number): Subject | undefined {
  const { tokens } = document;
  for (let i = first; i < Math.min(first + 4, tokens.length); i += 1) {
    const descriptor = descriptorBefore(document.tagged, i + 1);
    if (descriptor && tokens[i]!.pos === 'NOUN') {
      const entity = document.table.entity('PERSON', descriptor.descriptor);
      document.table.mention(entity, { start: tokens[descriptor.first]!.start, end: tokens[i]!.end }, descriptor.first, i + 1, descriptor.descriptor);
      return { entity, first: descriptor.first, last: i + 1 };
    }
  }
  return undefined;
}

/**
 * "Shares fell 3 percent, Reuters reported.": the attribution closes the sentence and the clause before it is the
 * content. Set off by commas inside the sentence, it interrupts the content: "Mr. Doe, officials said, has become …".
 */
function trailingAttribution(document: ArticleDocument, verb: SpeechVerb, subject: Subject): Draft | undefined {
  const { tokens } = document;
  // "Walker, who charges large fees, has lost …": a relative clause describes its noun, it attributes nothing
  if (tokens[verb.first - 1]?.lower === 'who') return undefined;
  const sentence = document.sentenceOf(verb.index);
  // "…, Jane Doe told POLITICO earlier this week.", "…, he told the court": the listener belongs to the attribution
  const attributionEnd = Math.max(verb.index, subject.last - 1, verb.base === 'tell' ? listenerEnd(document, verb.index + 1) - 1 : -1);
  const rest = tokens.slice(attributionEnd + 1, sentence.last).filter((token) => !/^[.!?]$/.test(token.text));
  const inverted = subject.first > verb.index;
  const quotationFollows = /^[“"]$/.test(rest[0]?.text ?? '') || (/^[,:]$/.test(rest[0]?.text ?? '') && /^[“"]$/.test(rest[1]?.text ?? ''));
  // only a short time or channel phrase may follow: "the club announced on Monday.", "…, she said in a statement."
  // or the attribution is set off by commas mid-sentence: "…, Egyptian officials said, after two days of talks."
  const untilComma = rest.findIndex((token) => /^(,|--|—|–)$/.test(token.text));
  const phrase = untilComma < 0 ? rest.length : untilComma;
  const shortTail =
    inverted ||
    rest.length === 0 ||
    rest[0]!.text === ',' ||
    (phrase <= 6 && (rest[0]!.pos === 'ADP' || /^(yesterday|today|tonight|last|this|earlier|later)$/.test(rest[0]!.lower) || MONTHS_AND_DAYS.test(rest[0]!.text))) ||
    // "…, Obama told his advisers as he labored over the speech.": a subordinate clause of the attribution
    /^(as|while|when|after|before|because)$/.test(rest[0]!.lower);
  if (!shortTail) return undefined;
  // the comma may stand before a title or role: "…, Prime Minister Ola Berg said."
  const attributionStart = Math.min(subject.first, verb.first);
  let comma = attributionStart - 1;
  while (comma > attributionStart - 6 && comma > sentence.first && tokens[comma]!.text !== ',' && tokens[comma]!.pos !== 'VERB' && !/^[“”"]$/.test(tokens[comma]!.text)) comma -= 1;
  if (tokens[comma]?.text !== ',') return undefined;
  const first = afterDateline(document, sentence.first);
  let last = comma;
  // "Mr. Doe, officials said, has become skeptical": a short subject before, the predicate after
  // "If few delegates are at stake, the campaign said, it may not …": an opening phrase, the clause after
  const adverbialsBefore = onlyAdverbials(document, first, comma);
  const resumes = rest[0]?.text === ',' && !inverted && !quotationFollows && (comma - first <= 6 || adverbialsBefore) && rest.slice(1).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (resumes) last = sentenceEnd(document, first);
  // a whole quotation before the attribution is a DIRECT statement, not reported speech (a partial quote inside
  // a paraphrase is part of it: "leaders became more “conversant” about climate change, Ban said")
  const quoted = document.quotes.some((quote) => quote.open < attributionStart && quote.close >= first && (quote.whole || quote.open <= first));
  // "At a rally in Iowa, Doe said, “…”": a scene-setting phrase before a quotation is not what was said
  const sceneSetting = quotationFollows && tokens[first + (tokens[first]!.pos === 'CCONJ' ? 1 : 0)]!.pos === 'ADP' && !hasVerb(document, first, last);
  if (last - first < 3 || quoted || sceneSetting || (adverbialsBefore && !resumes)) return undefined;
  // "But to hit its target, the panel said, …": the conjunction joins the sentence to the one before; it is not said
  const start = resumes && tokens[first]!.pos === 'CCONJ' ? first + 1 : first;
  const span = tokenSpan(document, start, last);
  return newDraft(document, span, { speaker: subject, verb, clause: { first: attributionStart, last: sentence.last } }, 'INDIRECT');
}

const ADVERBIAL_OPENERS = new Set(['when', 'while', 'after', 'before', 'because', 'since', 'until', 'during', 'amid']);

/**
 * "On Tuesday, even as shares were tumbling, Doe wrote to investors …": words before an attribution that are only
 * phrases of time, place or circumstance, each closed by a comma, with no main clause of their own.
 */
function onlyAdverbials(document: ArticleDocument, first: number, last: number): boolean {
  const { tokens } = document;
  // past an opening conjunction: "But to hit its target, the panel said, …"
  let at = tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  while (at < last) {
    const opener = tokens[at]!;
    // "To win the nomination, …": an infinitive of purpose is an adverbial too
    const subordinate = opensSubordinateClause(opener) || (opener.lower === 'to' && tokens[at + 1]?.pos === 'VERB');
    if (!subordinate && opener.pos !== 'ADP') return false;
    let comma = at + 1;
    while (comma < last && tokens[comma]!.text !== ',') comma += 1;
    // a phrase without a comma after it runs into the main clause ("About 270 people have been resettled");
    // "Even if the venture fails he has done good work": a second verb group is the main clause, left unmarked
    const verbs = verbGroups(document, at, comma);
    if ((comma === last && !subordinate && verbs > 0) || verbs > 1) return false;
    at = comma + 1;
  }
  return true;
}

/** How many runs of verbs (and their auxiliaries and adverbs) stand between `first` and `last`. */
function verbGroups(document: ArticleDocument, first: number, last: number): number {
  let groups = 0;
  let inGroup = false;
  for (let i = first; i < last; i += 1) {
    const pos = document.tokens[i]!.pos;
    const verbal = pos === 'VERB' || pos === 'AUX';
    if (verbal && !inGroup) groups += 1;
    inGroup = verbal || (inGroup && (pos === 'ADV' || pos === 'PART'));
  }
  return groups;
}

const TIME_PHRASE_WORDS = /^(morning|afternoon|evening|night|day|days|week|weeks|weekend|month|months|year|years|hours|minutes|few|several|couple|today|yesterday|tomorrow|tonight|last|this|next|late|early|earlier|later|ago|past|recent|recently|the|a|on|in|at|of|during|before|after|and|,|\.)$/;

/** Words that lead into a time phrase without being one: "on Tuesday", "the day before", "late last week". */
const TIME_LEADS = new Set(['the', 'a', 'on', 'in', 'at', 'of', 'during', 'before', 'after', 'late', 'early', 'last', 'this', 'next']);

/** Whether the words at `first` open with a time ("Thursday during a tour", "the day before"), past any lead-in words. */
function opensWithTimeWord(document: ArticleDocument, first: number): boolean {
  let at = first;
  while (at < first + 3 && TIME_LEADS.has(document.tokens[at]?.lower ?? '')) at += 1;
  const token = document.tokens[at];
  if (!token) return false;
  // a lead-in alone ("last", "this") is a time word only before another one; "the family deserved …" is not a time
  return MONTHS_AND_DAYS.test(token.text) || (TIME_PHRASE_WORDS.test(token.lower) && !TIME_LEADS.has(token.lower)) || (at > first && token.pos === 'NUM');
}

/** "said Wednesday morning", "reported late last week": only a time after the verb, no reported words. */
function isTimePhrase(document: ArticleDocument, first: number, last: number): boolean {
  return document.tokens.slice(first, last).every((token) => TIME_PHRASE_WORDS.test(token.lower) || MONTHS_AND_DAYS.test(token.text) || token.pos === 'NUM');
}

/** Where the listener after "told" ends: a name ("told The Huffington Post") or a noun phrase ("told the court"). */
function listenerEnd(document: ArticleDocument, first: number): number {
  const { tokens } = document;
  const named = document.table.at(first) ?? (tokens[first]?.pos === 'DET' ? document.table.at(first + 1) : undefined);
  if (named) {
    // "told a Senate panel": the noun the name modifies belongs to the listener
    let last = named.last;
    while (last < named.last + 2 && tokens[last]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[last]!.text)) last += 1;
    return last;
  }
  let last = first;
  while (last < first + 5 && ['DET', 'ADJ', 'NOUN', 'PRON'].includes(tokens[last]?.pos ?? '') && !/^(that|what)$/.test(tokens[last]!.lower)) last += 1;
  return last;
}

/** "X and Y said": the named entity joined to the subject by "and". */
function coordinatedSpeaker(document: ArticleDocument, subject: Subject): Subject | undefined {
  // only a subject the text names before its verb ("X accused … and called for …" shares X: no partner)
  // ("met Roe and she praised him": a pronoun after "and" starts a clause of its own)
  if (subject.last <= subject.first || document.tokens[subject.first - 1]?.lower !== 'and' || document.tokens[subject.first]!.pos === 'PRON') return undefined;
  const other = document.table.at(subject.first - 2);
  if (!other || other.entity === subject.entity || other.last !== subject.first - 1 || other.entity.newsAgency) return undefined;
  return { entity: other.entity, first: other.first, last: other.last };
}

/**
 * "…, said Democratic strategist Jane Doe.", "…, said a former spokesman for the Foreign Ministry, Jane Doe, who …":
 * after an inverted verb, a person named behind a description (words of roles and names, no verb, at most the
 * appositive's comma) and closing the clause is the speaker, not the first name in the description.
 */
function describedPersonAfter(document: ArticleDocument, verbIndex: number): Subject | undefined {
  const { tokens, table } = document;
  const sentence = document.sentenceOf(verbIndex);
  let commas = 0;
  for (let i = verbIndex + 1; i < Math.min(verbIndex + 14, sentence.last); i += 1) {
    const mention = table.at(i);
    if (mention?.entity.kind === 'PERSON' && mention.first === i) {
      return i > verbIndex + 1 && endsClause(document, mention.last) ? { entity: mention.entity, first: mention.first, last: mention.last } : undefined;
    }
    if (tokens[i]!.text === ',') commas += 1;
    // a possessive "'s" may be tagged as "is"
    else if (!mention && !/^['’]s$/.test(tokens[i]!.lower) && (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX' || /^[“"”:;—–-]$/.test(tokens[i]!.text))) return undefined;
    if (commas > 1) return undefined;
  }
  return undefined;
}

/** True when nothing but an appositive or a short place or time phrase follows token `from` in its sentence. */
function endsClause(document: ArticleDocument, from: number): boolean {
  const { tokens } = document;
  const sentence = document.sentenceOf(Math.max(0, from - 1));
  let last = sentence.last;
  while (last > from && /^[.!?”"]$/.test(tokens[last - 1]!.text)) last -= 1;
  if (last <= from || tokens[from]!.text === ',') return true;
  return tokens[from]!.pos === 'ADP' && last - from <= 4;
}

/**
 * Whatever "according to" names up to the next comma is the source, however the tagger read it: "according to
 * recent polling", "according to early results of exit polls conducted by …" (a document speaks for its issuer).
 */
function sourcePhrase(document: ArticleDocument, first: number, sentenceLast: number): Subject | undefined {
  const { tokens, table } = document;
  let last = first;
  while (last < sentenceLast && last - first < 14 && !/^[,;:.!?()“”"—–-]$/.test(tokens[last]!.text)) last += 1;
  if (last === first) return undefined;
  // "the National Academies report": the issuer named first; "a study published in Nature": the study
  const issuer = table.within(first, last).find((mention) => mention.entity.kind !== 'PLACE');
  const described = ['a', 'an', 'the'].includes(tokens[first]!.lower) && (!issuer || issuer.first > first + 1);
  if (issuer && !described) return { entity: issuer.entity, first, last };
  const headed = described ? nounPhraseStartingAt(document, first) : undefined;
  if (headed) return headed;
  let start = first;
  while (start < last - 1 && ['the', 'a', 'an'].includes(tokens[start]!.lower)) start += 1;
  const name = document.slice(start, last);
  const entity = table.entity('ORGANIZATION', name);
  table.mention(entity, { start: tokens[start]!.start, end: tokens[last - 1]!.end }, start, last, name);
  return { entity, first: start, last, described: true };
}

/** The comma that closes "According to X, …" (within a source phrase's length), or -1. */
function phraseComma(document: ArticleDocument, from: number, sentenceLast: number): number {
  for (let i = from; i < Math.min(from + 16, sentenceLast); i += 1) {
    if (document.tokens[i]!.text === ',') return i;
    if (/^[;:.!?“”"]$/.test(document.tokens[i]!.text)) return -1;
  }
  return -1;
}

/** "…, according to X" and "According to X, …" (also after a conjunction: "But according to X, …"). */
function accordingTo(document: ArticleDocument, index: number): Draft | undefined {
  const { tokens } = document;
  if (tokens[index]!.lower !== 'according' || tokens[index + 1]?.lower !== 'to') return undefined;
  const sentence = document.sentenceOf(index);
  // also after a conjunction: "But according to X, …", "But, according to X, …"
  const afterConjunction = /^(but|and|yet|so|still|now|also)$/.test(tokens[sentence.first]!.lower) && (index === sentence.first + 1 || (index === sentence.first + 2 && tokens[sentence.first + 1]!.text === ','));
  const opensSentence = index === sentence.first || afterConjunction;
  const comma = opensSentence ? phraseComma(document, index + 2, sentence.last) : -1;
  // the person the phrase names speaks, however it is described: "According to USA TODAY contributor Jane Doe, …"
  const named = comma > 0 ? document.table.within(index + 2, comma).find((mention) => mention.entity.kind === 'PERSON') : undefined;
  const source = named
    ? { entity: named.entity, first: named.first, last: named.last }
    : // "according to a State Department official": an unnamed person, not the organization named in their role
      ((/^(a|an)$/.test(tokens[index + 2]?.lower ?? '') ? roleAfter(document, index + 2) : undefined) ??
      subjectAfter(document, index + 1, true) ?? groupAfter(document, index + 2) ?? unnamedSourceAfter(document, index + 2) ?? sourcePhrase(document, index + 2, sentence.last));
  if (!source || document.quoteAround(index)) return undefined;
  let first: number;
  let last: number;
  if (opensSentence) {
    // what follows the phrase's comma; without one, what follows the source
    first = comma > 0 ? comma + 1 : source.last;
    while (first < sentence.last && tokens[first]!.text === ',') first += 1;
    if (first >= sentence.last) return undefined; // "According to X" and nothing after it
    last = contentEnd(document, first);
  } else {
    first = afterDateline(document, sentence.first);
    last = tokens[index - 1]!.text === ',' ? index - 1 : index;
    // "While most were elevated, according to an official, two were upgraded …": the words resume after it
    const close = phraseComma(document, index + 2, sentence.last);
    if (close > 0 && hasVerb(document, close + 1, sentence.last) && onlyAdverbials(document, first, last)) last = sentenceEnd(document, first);
  }
  if (last - first < 3) return undefined;
  const span = tokenSpan(document, first, last);
  const clause = opensSentence ? { first: index, last: comma > 0 ? comma : source.last } : { first: index, last: sentence.last };
  return newDraft(document, span, { speaker: source, verb: undefined, clause }, 'INDIRECT');
}

/** "was asked by a caller why …", "when asked by a reporter if …": a question whose asker follows "by". */
function askedBy(document: ArticleDocument, verb: SpeechVerb): Draft | undefined {
  const { tokens } = document;
  if (verb.base !== 'ask' || tokens[verb.index]!.lower !== 'asked' || tokens[verb.index + 1]?.lower !== 'by') return undefined;
  const sentence = document.sentenceOf(verb.index);
  const asker = subjectAfter(document, verb.index + 1, true);
  if (!asker || asker.first > verb.index + 4) return undefined;
  let opener = asker.last;
  while (opener < Math.min(asker.last + 3, sentence.last) && !QUESTION_OPENERS.has(tokens[opener]!.lower) && tokens[opener]!.lower !== 'about') opener += 1;
  if (!QUESTION_OPENERS.has(tokens[opener]?.lower ?? '') && tokens[opener]?.lower !== 'about') return undefined;
  const first = tokens[opener]!.lower === 'about' ? opener + 1 : opener;
  const last = contentEnd(document, first);
  if (last - first < 2) return undefined;
  const span = tokenSpan(document, first, last);
  return newDraft(document, span, { speaker: asker, verb, clause: { first: verb.first, last: first } }, 'INDIRECT');
}

/** "As reported by Western Journalism, investigators found …": the source after "by" vouches for the main clause. */
function asReportedBy(document: ArticleDocument, verb: SpeechVerb): Draft | undefined {
  const { tokens } = document;
  const sentence = document.sentenceOf(verb.index);
  // "As first reported by …": past an adverb
  const as = tokens[verb.first - 1]?.pos === 'ADV' && tokens[verb.first - 1]!.lower !== 'as' ? verb.first - 2 : verb.first - 1;
  if (tokens[as]?.lower !== 'as' || !opensSentence(document, as) || tokens[verb.index + 1]?.lower !== 'by') return undefined;
  const comma = phraseComma(document, verb.index + 2, sentence.last);
  const source = comma > 0 ? sourcePhrase(document, verb.index + 2, comma) : undefined;
  if (!source) return undefined;
  const first = comma + 1;
  const last = contentEnd(document, first);
  if (last - first < 3 || !hasVerb(document, first, last)) return undefined;
  const span = tokenSpan(document, first, last);
  return newDraft(document, span, { speaker: source, verb, clause: { first: as, last: first } }, 'INDIRECT');
}

/** Verbs whose "as" clause vouches for a claim ("As Doe noted, …"); "As he promised, he cut taxes" reports a deed. */
const VOUCHING_VERBS = new Set(['say', 'note', 'write', 'report', 'explain', 'observe', 'argue', 'state', 'remark', 'suggest', 'predict', 'warn', 'claim', 'acknowledge', 'admit', 'conclude', 'stress', 'emphasize', 'emphasise', 'tweet', 'confirm', 'reiterate', 'indicate', 'recall', 'estimate', 'forecast', 'concede', 'insist', 'contend', 'assert', 'declare', 'announce', 'add']);

/**
 * "As the paper noted, trust is collapsing …", "But as Doe said, those voters …": an attribution in an "as"
 * clause that opens the sentence vouches for the main clause after its comma.
 */
function asAttribution(document: ArticleDocument, verb: SpeechVerb, subject: Subject): Draft | undefined {
  const { tokens } = document;
  const sentence = document.sentenceOf(verb.index);
  // the "as" before the subject, past what the subject's span leaves out: "As the paper", "As Purple PAC's Crane"
  let as = subject.first - 1;
  while (as > subject.first - 5 && as > sentence.first && tokens[as]!.lower !== 'as' && ['DET', 'ADJ', 'PROPN', 'NOUN', 'PART'].includes(tokens[as]!.pos)) as -= 1;
  if (tokens[as]?.lower !== 'as' || !opensSentence(document, as) || tokens[verb.index + 1]?.text !== ',' || !VOUCHING_VERBS.has(verb.base)) return undefined;
  const first = verb.index + 2;
  const last = contentEnd(document, first);
  // a quotation after the comma is a DIRECT statement
  if (last - first < 3 || !hasVerb(document, first, last) || document.quotes.some((quote) => quote.open === first)) return undefined;
  const span = tokenSpan(document, first, last);
  return newDraft(document, span, { speaker: subject, verb, clause: { first: as, last: first } }, 'INDIRECT');
}

/** INDIRECT statements: reported speech with its speaker, audience and the verb's object. */
export function indirectStatements(document: ArticleDocument): Draft[] {
  const drafts: Draft[] = [];
  // tokens already inside reported content: a verb there belongs to the content, not to a new statement
  const covered = new Uint8Array(document.tokens.length);
  for (let i = 0; i < document.tokens.length; i += 1) {
    if (covered[i] || document.quoteAround(i)) continue;
    const according = accordingTo(document, i);
    if (according) {
      drafts.push(according);
      continue;
    }
    const verb = speechVerbAt(document, i);
    if (!verb || isNegated(document, verb.first)) continue;
    // "…, said Jane Doe, a professor at …": the speaker follows the verb
    // ("told X" is never inverted: X is the listener)
    // ("X, an agency, says that …" is not: "that" opens what was said)
    const invertible =
      document.tokens[verb.first - 1]?.text === ',' &&
      !document.tokens[verb.first]!.lower.endsWith('ing') &&
      verb.base !== 'tell' &&
      document.tokens[verb.index + 1]?.lower !== 'that';
    const described = invertible ? describedPersonAfter(document, verb.index) : undefined;
    const inverted = described ?? (invertible ? subjectAfter(document, verb.index) : undefined);
    if (inverted && (described || (inverted.first <= verb.index + 4 && endsClause(document, inverted.last)))) {
      const trailing = trailingAttribution(document, verb, inverted);
      if (trailing) {
        drafts.push(trailing);
        continue;
      }
    }
    // "when asked by a reporter if that remains his view": the asker is the one after "by"
    const asked = askedBy(document, verb) ?? asReportedBy(document, verb);
    if (asked) {
      drafts.push(asked);
      continue;
    }
    const subject = subjectOf(document, verb, drafts);
    if (!subject) continue;
    const content = complement(document, verb);
    if (!content) {
      const trailing = trailingAttribution(document, verb, subject) ?? asAttribution(document, verb, subject);
      if (trailing) drafts.push(trailing);
      continue;
    }
    if (content.objectOnly && subject.described) continue;
    const { tokens } = document;
    const { first, last } = content;
    // content that is one whole quotation is a DIRECT statement only
    const quote = document.quotes.find((q) => q.open === first && q.close === last - 1);
    if (quote) continue;
    // "said no.": the tagger may keep a sentence's period on a one-word answer
    const span = { start: tokens[first]!.start, end: tokens[last - 1]!.end - (last - first === 1 && tokens[first]!.text.endsWith('.') ? 1 : 0) };
    const draft = newDraft(document, span, { speaker: subject, verb, clause: { first: Math.min(subject.first, verb.first), last: first } }, 'INDIRECT');
    content.audience.forEach((entity) => draft.audience.add(entity));
    content.about.forEach((entity) => draft.about.add(entity));
    drafts.push(draft);
    // "The US and Ukraine said …": one claim, a statement for each speaker
    const partner = coordinatedSpeaker(document, subject);
    if (partner) {
      const shared = newDraft(document, span, { speaker: partner, verb, clause: draft.clause }, 'INDIRECT');
      draft.audience.forEach((entity) => shared.audience.add(entity));
      draft.about.forEach((entity) => shared.about.add(entity));
      drafts.push(shared);
    }
    covered.fill(1, first, last);
    i = verb.index;
  }
  return drafts;
}
