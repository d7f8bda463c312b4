import { descriptorBefore } from '../entities.ts';
import type { EntityRecord } from '../entityTable.ts';
import { COMMON_ORGANIZATION_HEADS, GROUP_NOUN, KNOWN_SURFACES, MONTHS_AND_DAYS, REPLY_PHRASES, SUBORDINATORS, speechVerbForms } from '../gazetteer/index.ts';
import type { Token } from '../nlp.ts';
import { DASH, isWordHyphen, type ArticleDocument } from './document.ts';
import { nounPhraseEndingAt, nounPhraseStartingAt } from './nounPhrases.ts';

/** Words between a subject and its verb that change nothing: "has previously said", "was quoted as saying". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'being', 'will', 'would', 'could', 'may',
  'might', 'should', 'can', 'also', 'previously', 'later', 'then', 'once', 'again', 'further', 'recently',
  'reportedly', 'earlier', 'repeatedly', 'publicly', 'privately', 'quoted', 'as', 'however', ',', 'just',
  'first', 'last', 'finally', 'already', 'often', 'explicitly', 'openly', 'separately', 'flatly', 'quickly',
  'itself', 'himself', 'herself', 'themselves', 'too', 'all', 'both', 'now', 'still', 'even', 'only', 'later',
  'today', 'yesterday', 'tonight',
]);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const PERSONAL_PRONOUNS = new Set(['he', 'she']);

export interface SpeechVerb {
  /** Index of the (last) verb token: "said", or "back" in "shot back". */
  index: number;
  /** Index of the first token of the verb phrase. */
  first: number;
  base: string;
}

/** The speech verb at token `index`, including the two-word reply verbs ("shot back"). */
export function speechVerbAt(document: ArticleDocument, index: number): SpeechVerb | undefined {
  const token = document.tokens[index];
  if (!token) return undefined;
  const next = document.tokens[index + 1];
  if (next && REPLY_PHRASES.test(`${token.lower} ${next.lower}`)) return { index: index + 1, first: index, base: 'retort' };
  const base = speechVerbForms.get(token.lower);
  if (!base) return undefined;
  // "self-proclaimed", "so-called": a compound adjective, no verb
  const previousToken = document.tokens[index - 1];
  if (previousToken?.text === '-' && previousToken.end === token.start) return undefined;
  // the tagger sometimes takes "estimates that", "The Times reports Beck will …" for a noun; a name right
  // before and "that" or the start of a clause after settle it
  const named = document.tokens[index - 1]?.pos === 'PROPN' || !!document.table.at(index - 1);
  // "Six in 10 say he …", "Some say they …": after a share of people the tagger reads "say" as a noun too
  const previous = document.tokens[index - 1];
  const share = previous?.pos === 'NUM' || /^(some|many|most|others|few|both|all|several)$/.test(previous?.lower ?? '');
  const clauseStart = next?.lower === 'that' || ((token.lower.endsWith('s') || share) && ['PROPN', 'PRON', 'DET'].includes(next?.pos ?? ''));
  // ", warning that …": a participle after a comma, which the tagger may read as a noun
  const participle = token.lower.endsWith('ing') && [',', '—', '–', 'but', 'and'].includes(previous?.lower ?? '') && next?.lower === 'that';
  // "A document on the website states that …": a present verb after a noun, with "that" opening a clause
  const presentBeforeThat = token.lower.endsWith('s') && previous?.pos === 'NOUN' && next?.lower === 'that' && next.pos === 'SCONJ';
  const mistagged = token.pos === 'NOUN' && (((named || share) && clauseStart) || participle || presentBeforeThat);
  // "Ian Read said …": after a name the tagger misread as a verb, "said" may come out an adjective
  const person = document.table.at(index - 1);
  const afterName = token.pos === 'ADJ' && !!person && person.entity.kind === 'PERSON' && person.last === index;
  if (token.pos !== 'VERB' && !mistagged && !afterName) return undefined;
  return { index, first: index, base };
}

/** "Nobody in the province is talking about …", "No one said …": a subject that denies anyone spoke. */
function negativeSubject(document: ArticleDocument, verbFirst: number): boolean {
  const { tokens } = document;
  const sentenceFirst = document.sentenceOf(verbFirst).first;
  for (let i = verbFirst - 1; i >= Math.max(sentenceFirst, verbFirst - 8); i -= 1) {
    const word = tokens[i]!.lower;
    if (word === 'nobody' || (word === 'no' && tokens[i + 1]?.lower === 'one')) return true;
    if (/^[,;:“”"]$/.test(word) || tokens[i]!.pos === 'VERB') return false;
  }
  return false;
}

/** True when "not"/"never" stands right before the verb ("did not cite"), or the subject is "nobody". */
export function isNegated(document: ArticleDocument, verbFirst: number): boolean {
  if (negativeSubject(document, verbFirst)) return true;
  for (let i = verbFirst - 1; i >= Math.max(0, verbFirst - 3); i -= 1) {
    const word = document.tokens[i]!.lower;
    if (NEGATIONS.has(word)) return true;
    if (!BETWEEN_SUBJECT_AND_VERB.has(word) && !['did', 'does', 'do'].includes(word) && document.tokens[i]!.pos !== 'ADV') return false;
  }
  return false;
}

export interface Subject {
  entity: EntityRecord;
  first: number;
  last: number;
  /** Only a noun phrase said who it was ("the storm", "a source"): no name, pronoun or known role. */
  described?: boolean;
  /** The relative pronoun that stands for the subject before the verb ("Doe, who said …"). */
  relative?: number;
}

/**
 * Resolves "the defense secretary" or "a Kremlin aide": the named person with that role, else the next
 * sentence's named speaker (a lede names people by role first), else — when an organization or place owns
 * the role ("a senior Hamas official") — an unnamed source of its own.
 */
function resolveDescriptor(document: ArticleDocument, first: number, last: number, descriptor: string): EntityRecord | undefined {
  const { table, tokens } = document;
  const ownerMention = [table.at(first), table.at(first - 1)].find(
    (mention) => mention && mention.entity.kind !== 'PERSON' && mention.last <= last - 1,
  );
  const surface = ownerMention ? `${document.slice(ownerMention.first, ownerMention.last)} ${descriptor}` : descriptor;
  const holder =
    table.find((entity) => entity.kind === 'PERSON' && [...entity.aliases].some((alias) => alias.toLowerCase() === surface.toLowerCase())) ??
    nextNamedSpeaker(document, last) ??
    (ownerMention ? table.entity('PERSON', surface) : undefined);
  if (!holder) return undefined;
  table.alias(holder, surface);
  table.mention(holder, { start: tokens[first]!.start, end: tokens[last - 1]!.end }, first, last, surface);
  return holder;
}

/** A lede names a speaker by role ("the defense secretary said"); the next sentences name them as a speaker. */
function nextNamedSpeaker(document: ArticleDocument, after: number): EntityRecord | undefined {
  const sentence = document.sentenceOf(after);
  const limit = document.sentences[Math.min(sentence.index + 2, document.sentences.length - 1)]!.last;
  for (const mention of document.table.sorted()) {
    if (mention.first < after || mention.first >= limit) continue;
    if (mention.entity.kind !== 'PERSON' || document.quoteAround(mention.first)) continue;
    // the name itself must be the subject: "Jane Doe told", "Jane Doe as saying", not "Jane Doe's office said"
    let i = mention.last;
    while (i < document.tokens.length && BETWEEN_SUBJECT_AND_VERB.has(document.tokens[i]!.lower)) i += 1;
    if (speechVerbAt(document, i)) return mention.entity;
  }
  return undefined;
}

/** Heads that stand for any organization named before them: "Acme … the company said". */
const GENERIC_ORGANIZATION_HEADS = new Set(['club', 'team', 'company', 'firm', 'group', 'organization', 'organisation', 'business', 'carrier', 'airline', 'bank', 'manufacturer', 'retailer', 'insurer', 'broadcaster', 'newspaper', 'network', 'charity']);

/** "the defense department", "U.S. intelligence agencies": an organization described in common nouns. */
function describedOrganization(document: ArticleDocument, head: number): Subject | undefined {
  const { tokens, table } = document;
  if (!COMMON_ORGANIZATION_HEADS.has(tokens[head]!.lower)) return undefined;
  let first = head;
  while (first > 0 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[first - 1]!.pos) && tokens[first - 1]!.sentence === tokens[head]!.sentence) first -= 1;
  if (first === head && tokens[head - 1]?.lower === 'the') {
    // "the club announced": the organization named most recently; "the league said" only one called a league
    const generic = GENERIC_ORGANIZATION_HEADS.has(tokens[head]!.lower);
    const mentions = table.sorted();
    for (let i = table.firstAtOrAfter(head) - 1; i >= 0; i -= 1) {
      const entity = mentions[i]!.entity;
      if (entity.kind !== 'ORGANIZATION' || entity.newsAgency) continue;
      if (generic || entity.name.toLowerCase().split(/\s+/).includes(tokens[head]!.lower)) return { entity, first: head - 1, last: head + 1 };
    }
  }
  // "the FNV union said", "the Likud party": a named organization with a word that says what it is
  const named = table.at(first);
  if (named && named.entity.kind === 'ORGANIZATION' && named.last === head) {
    table.mention(named.entity, { start: tokens[first]!.start, end: tokens[head]!.end }, first, head + 1, named.entity.name);
    return { entity: named.entity, first, last: head + 1 };
  }
  // "Jane Doe's office": the owner belongs to the name
  const owner = /^[’']s$/.test(tokens[first - 1]?.text ?? '') ? table.at(first - 2) : undefined;
  if (owner) first = owner.first;
  const phrase = document.slice(first, head + 1);
  const known = KNOWN_SURFACES.get(phrase.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase()));
  const entity = known ? table.entity(known.kind, known.canonical) : table.entity('ORGANIZATION', phrase);
  // "the Australian environment ministry" is also "the environment ministry"
  const nationality = table.at(first);
  if (!known && nationality && nationality.entity.kind === 'PLACE' && nationality.last <= head) table.alias(entity, document.slice(nationality.last, head + 1));
  table.mention(entity, { start: tokens[first]!.start, end: tokens[head]!.end }, first, head + 1, phrase);
  return { entity, first, last: head + 1 };
}

/** The entity a subject ending at token `end` (inclusive) names: a mention, pronoun, role descriptor or described group. */
export function subjectEndingAt(document: ArticleDocument, end: number): Subject | undefined {
  const { tokens, table } = document;
  const token = tokens[end];
  if (!token) return undefined;
  if (PERSONAL_PRONOUNS.has(token.lower)) {
    const entity = document.lastPersonBefore(end, token.lower);
    return entity ? { entity, first: end, last: end + 1 } : undefined;
  }
  if (token.lower === 'it' || token.lower === 'they') {
    // "The ministry … It said …", "Police … They added …", "…, they said.": the organization or group named last
    const entity = document.lastBefore(end, 'ORGANIZATION');
    return entity ? { entity, first: end, last: end + 1 } : undefined;
  }
  // "Sanders, who said …": the name speaks; "who" is a mention of it too
  if (token.lower === 'who' && tokens[end - 1]?.text === ',') {
    const antecedent = subjectEndingAt(document, end - 2);
    return antecedent && { ...antecedent, relative: end };
  }
  // "voters who said they would …": the people the relative clause describes
  if (token.lower === 'who' && ['NOUN', 'PROPN'].includes(tokens[end - 1]?.pos ?? '')) {
    const described = subjectEndingAt(document, end - 1) ?? nounPhraseEndingAt(document, end - 1);
    return described && { ...described, relative: end };
  }
  const mention = table.at(end);
  if (mention && mention.last === end + 1) return { entity: mention.entity, first: mention.first, last: mention.last };
  if (GROUP_NOUN.test(token.lower) && !PERSONAL_PRONOUNS.has(tokens[end - 1]?.lower ?? '')) {
    // "witnesses said", "Egyptian officials said": a group speaks as one
    const modifier = table.at(end - 1);
    const first = modifier && modifier.last === end ? modifier.first : end;
    const name = first < end ? document.slice(first, end + 1) : token.lower;
    const group = table.entity('ORGANIZATION', name);
    table.mention(group, { start: tokens[first]!.start, end: token.end }, first, end + 1, name);
    return { entity: group, first, last: end + 1 };
  }
  const descriptor = descriptorBefore(document.tagged, end + 1);
  if (descriptor) {
    let first = descriptor.first;
    if (table.at(first - 1) && table.at(first - 1)!.entity.kind !== 'PERSON') first = table.at(first - 1)!.first;
    const entity = resolveDescriptor(document, first, end + 1, descriptor.descriptor);
    if (entity) return { entity, first, last: end + 1 };
  }
  return describedOrganization(document, end);
}

/** A dash that sets off an aside ("— Nevada and Ohio —"); a hyphen inside a word ("12-employee") is none. */
function asideDash(document: ArticleDocument, index: number): boolean {
  return DASH.test(document.tokens[index]!.text) && !isWordHyphen(document.tokens, index);
}

/** The subject of the verb starting at `verbFirst`, looking back over auxiliaries and adverbs. */
export function subjectBefore(document: ArticleDocument, verbFirst: number): Subject | undefined {
  const sentenceFirst = document.sentenceOf(verbFirst).first;
  // "Doe, who won Texas, is calling for …": past the auxiliaries to the comma that closes the aside
  // ("Doe, exasperated, famously responded": past an adverb too)
  let auxiliaries = verbFirst;
  while (auxiliaries > sentenceFirst + 1 && ['AUX', 'ADV'].includes(document.tokens[auxiliaries - 1]!.pos) && verbFirst - auxiliaries < 3) auxiliaries -= 1;
  if (auxiliaries < verbFirst && document.tokens[auxiliaries - 1]?.text === ',') return subjectBefore(document, auxiliaries);
  // "Doe, who calls Roe a “sociopath,” said …": an aside that ends in a partial quote, its comma inside the marks
  const quoted = document.quotes.find((quote) => quote.close === verbFirst - 1 && !quote.whole);
  if (quoted && document.tokens[verbFirst - 2]?.text === ',') return subjectBefore(document, verbFirst - 1);
  // "Sen. Jane Doe (D-R.I.), said": a stray comma after the party and state
  if (document.tokens[verbFirst - 1]?.text === ',' && document.tokens[verbFirst - 2]?.text === ')') {
    const named = subjectBefore(document, verbFirst - 1);
    if (named) return named;
  }
  if (document.tokens[verbFirst - 1]?.text === ',') {
    // "Doe, who has accused X …, told", "Doe, speaking at a rally, said", "Doe, Acme's chief executive, said",
    // "The head of the union, Jane Doe, said": the subject stands around a clause set off by commas.
    const candidates: Subject[] = [];
    for (let i = verbFirst - 2; i > sentenceFirst; i -= 1) {
      if (document.tokens[i]!.text !== ',') continue;
      const opener = document.tokens[i + 1]!;
      const segment = document.tokens.slice(i + 1, verbFirst - 1);
      const segmentHasVerb = segment.some((token) => (token.pos === 'VERB' || token.pos === 'AUX') && !document.table.at(token.index));
      // "…, Gov. Jane Doe (R-OH), said": the name, after a title, may end with a party and state
      const nameEnd = document.tokens[verbFirst - 2]?.text === ')' ? document.tokens.slice(i + 1, verbFirst - 2).findLast((token) => token.text === '(')?.index ?? verbFirst - 1 : verbFirst - 1;
      const named = document.table.at(nameEnd - 1);
      const titled = named && document.tokens.slice(i + 1, named.first).every((token) => token.pos === 'PROPN');
      if (named && named.entity.kind === 'PERSON' && titled && named.first > i && named.last === nameEnd) {
        candidates.push({ entity: named.entity, first: named.first, last: named.last });
        continue;
      }
      // "Doe, meanwhile, who sits …, said", "Doe, when contacted by Reuters, said", "Doe, clad in a red cape …, said":
      // other asides with a verb may follow a subject only the text names
      const otherAside = !['who', 'which', 'whose'].includes(opener.lower) && opener.pos !== 'VERB' && opener.pos !== 'DET' && segmentHasVerb;
      // "Sullivan, struck by her story, told …": the subject before a participle clause, however little the text names it
      // ("Cement makers, for instance, argue …": a subject before a short aside without a verb may be a noun phrase too)
      const adverbialAside = !segmentHasVerb && segment.length <= 3;
      const described = opener.lower === 'who' || (opener.pos === 'VERB' && /(ed|en|ing)$/.test(opener.lower)) || adverbialAside;
      // "Sen. Jane Doe (D-Vt.), noting …, said": past the party and state
      let end = i - 1;
      if (document.tokens[end]?.text === ')') {
        const open = document.tokens.slice(Math.max(sentenceFirst, end - 8), end).findLast((token) => token.text === '(');
        if (open) end = open.index - 1;
      }
      const subject = personBeforeAffiliation(document, end, sentenceFirst) ?? subjectEndingAt(document, end) ?? (described ? nounPhraseEndingAt(document, end) : undefined);
      if (subject && (!otherAside || (!subject.described && document.table.at(end) && subject.entity.kind !== 'PLACE'))) candidates.push(subject);
    }
    const chosen = candidates.find((candidate) => candidate.entity.kind === 'PERSON') ?? candidates.at(-1);
    if (chosen) return chosen;
  }
  let end = verbFirst - 1;
  let pastTime = false;
  while (end >= sentenceFirst) {
    const token = document.tokens[end]!;
    // "Doe, the party's chairman, on Thursday announced …": past the time, the comma that closes an aside
    if (pastTime && token.text === ',') return subjectBefore(document, end + 1);
    // "insiders in two states — Nevada and Ohio — said": an aside between dashes belongs to the subject
    if (asideDash(document, end)) {
      let open = end - 1;
      while (open > Math.max(sentenceFirst, end - 24) && !asideDash(document, open)) open -= 1;
      if (open > sentenceFirst && asideDash(document, open)) {
        end = open - 1;
        continue;
      }
    }
    // "Sen. Jane Doe (D-Vt.) said": a party and state (or a description) in parentheses after the name
    if (token.text === ')') {
      let open = end - 1;
      while (open > Math.max(sentenceFirst, end - 20) && document.tokens[open]!.text !== '(') open -= 1;
      if (document.tokens[open]?.text === '(' && open > sentenceFirst) {
        end = open - 1;
        continue;
      }
    }
    // a capitalized "adverb" mid-sentence is a name the tagger misread ("…, Jolly said")
    // ("; most said …": a share opening its clause is the subject, whatever the tagger calls it)
    const share = /^(most|many|some|others|half)$/.test(token.lower) && (end === sentenceFirst || /^([,;:]|and|but|while)$/.test(document.tokens[end - 1]!.lower));
    const adverb = token.pos === 'ADV' && token.lower !== 'that' && !(/^\p{Lu}/u.test(token.text) && end > sentenceFirst) && !share;
    const before = end;
    if (BETWEEN_SUBJECT_AND_VERB.has(token.lower) || adverb) end -= 1;
    // "The department on Tuesday sued …": a time phrase may stand between subject and verb
    else if (MONTHS_AND_DAYS.test(token.text) && ['on', 'last', 'this', 'later', 'earlier'].includes(document.tokens[end - 1]?.lower ?? '')) end -= 2;
    // "A court document filed Thursday says": the day belongs to the participle, the subject is before them
    else if (MONTHS_AND_DAYS.test(token.text) && document.tokens[end - 1]?.pos === 'VERB' && /ed$/.test(document.tokens[end - 1]!.lower) && end - 2 >= sentenceFirst && ['NOUN', 'PROPN'].includes(document.tokens[end - 2]!.pos)) {
      const described = nounPhraseEndingAt(document, end - 2);
      if (described) return described;
      break;
    }
    // "… on Thursday evening said", "… last week said"
    else if (/^(morning|afternoon|evening|night)$/.test(token.lower) && MONTHS_AND_DAYS.test(document.tokens[end - 1]?.text ?? '')) end -= 1;
    else if (/^(week|month|year|weekend)$/.test(token.lower) && ['last', 'this', 'next'].includes(document.tokens[end - 1]?.lower ?? '')) end -= 2;
    else if (/^(week|month|year|weekend)$/.test(token.lower) && document.tokens[end - 1]?.lower === 'past' && ['this', 'the'].includes(document.tokens[end - 2]?.lower ?? '')) end -= 3; // "this past week"
    else break;
    pastTime ||= before - end > 1 || MONTHS_AND_DAYS.test(token.text) || /^(morning|afternoon|evening|night)$/.test(token.lower);
  }
  if (end < sentenceFirst) return undefined;
  // "27 percent of those who named a candidate said": the subject is who the relative clause describes
  for (let who = end - 1; who > Math.max(sentenceFirst, end - 7); who -= 1) {
    const token = document.tokens[who]!;
    if (token.text === ',' || document.quoteAround(who)) break;
    if (token.lower === 'who' && document.tokens[who + 1]?.pos === 'VERB' && ['NOUN', 'PRON', 'PROPN', 'DET'].includes(document.tokens[who - 1]?.pos ?? '')) {
      const described = subjectEndingAt(document, who) ?? nounPhraseEndingAt(document, who - 1);
      if (described) return described;
      break;
    }
  }
  return personBeforeAffiliation(document, end, sentenceFirst) ?? subjectEndingAt(document, end) ?? sourceWithModifier(document, end, sentenceFirst) ?? nounPhraseEndingAt(document, end);
}

const AFFILIATION_PREPOSITIONS = new Set(['of', 'from', 'at', 'with']);

/**
 * "Sen. Jane Doe of Vermont said", "Jane Doe of the Brookings Institution said": a person named before the place
 * or organization they come from is the speaker, not the place or organization that ends the phrase.
 */
function personBeforeAffiliation(document: ArticleDocument, end: number, sentenceFirst: number): Subject | undefined {
  const { tokens, table } = document;
  for (let i = end; i > Math.max(sentenceFirst, end - 8); i -= 1) {
    const token = tokens[i]!;
    if (AFFILIATION_PREPOSITIONS.has(token.lower)) {
      const person = table.at(i - 1);
      return person && person.entity.kind === 'PERSON' && person.last === i && i < end ? { entity: person.entity, first: person.first, last: person.last } : undefined;
    }
    if (!['PROPN', 'NOUN', 'ADJ', 'DET'].includes(token.pos) && !/^(['’]s|\.|&)$/.test(token.lower)) return undefined;
  }
  return undefined;
}

/** Words that follow an anonymous source and describe it: "a source familiar with the talks", "people close to him". */
const SOURCE_MODIFIERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'aware', 'involved', 'with', 'from', 'at', 'in']);

/** "Another source familiar with Cruz's thinking said": the speaker is the noun before the modifier. */
function sourceWithModifier(document: ArticleDocument, end: number, sentenceFirst: number): Subject | undefined {
  for (let i = end; i > Math.max(sentenceFirst, end - 8); i -= 1) {
    const token = document.tokens[i]!;
    if (token.text === ',' || document.quoteAround(i)) return undefined;
    if (!SOURCE_MODIFIERS.has(token.lower)) continue;
    const noun = document.tokens[i - 1];
    if (!noun || !['NOUN', 'PROPN'].includes(noun.pos)) continue;
    const named = document.table.at(noun.index);
    const subject = named ? { entity: named.entity, first: named.first, last: named.last } : nounPhraseEndingAt(document, noun.index);
    // "Jane Roe from the Acme Institute": the person, not the organization
    if (subject && (subject.entity.kind === 'PERSON' || !named)) return subject;
  }
  return undefined;
}

/** The subject right after a verb: ", said Doe". */
export function subjectAfter(document: ArticleDocument, verbIndex: number, anyKind = false): Subject | undefined {
  const mention = document.table.at(verbIndex + 1);
  if (mention) return { entity: mention.entity, first: mention.first, last: mention.last };
  // "quoted Kremlin aide Ivan Petrov", "according to the European Commission": skip a role or an article
  for (let i = verbIndex + 1; i < Math.min(verbIndex + 5, document.tokens.length); i += 1) {
    const found = document.table.at(i);
    if (found && (anyKind || found.entity.kind === 'PERSON')) return { entity: found.entity, first: found.first, last: found.last };
  }
  return nounPhraseStartingAt(document, verbIndex + 1);
}

/** "although", "while", "even (as)", "if" …: a word that opens a subordinate clause. */
export function opensSubordinateClause(token: Token): boolean {
  return token.pos === 'SCONJ' || SUBORDINATORS.has(token.lower);
}

/** A participle clause (", concluding that …") belongs to the main clause's subject. */
export function mainSubject(document: ArticleDocument, verb: SpeechVerb): Subject | undefined {
  const sentence = document.sentenceOf(verb.first);
  const { tokens } = document;
  // "“…,” Lewandowski added, saying …": the attribution right before the participle is its subject's
  const attribution = document.tokens[verb.first - 1]?.text === ',' ? speechVerbAt(document, verb.first - 2) : undefined;
  if (attribution && attribution.index === verb.first - 2) {
    const speaker = subjectBefore(document, attribution.first);
    if (speaker) return speaker;
  }
  // "On Tuesday, even as shares were tumbling, Doe wrote …, telling …": past the opening phrases and clauses
  let start = sentence.first;
  for (;;) {
    const opener = document.tokens[start];
    if (!opener || !(opener.pos === 'ADP' || opensSubordinateClause(opener))) break;
    let comma = start + 1;
    while (comma < verb.first && document.tokens[comma]!.text !== ',') comma += 1;
    if (comma >= verb.first - 1) break;
    start = comma + 1;
  }
  // "prosecutors charged the officer and Emanuel fired his chief, acknowledging …": a later clause joined by
  // "and" with a name or pronoun as its subject holds the participle's subject
  for (let i = verb.first - 3; i > start; i -= 1) {
    if (!['and', 'but'].includes(tokens[i]!.lower) || document.quoteAround(i) || !['PROPN', 'PRON'].includes(tokens[i + 1]?.pos ?? '')) continue;
    const joined = tokens.slice(i + 2, Math.min(i + 6, verb.first)).find((token) => token.pos === 'VERB' && !document.table.at(token.index));
    const subject = joined ? subjectBefore(document, joined.index) : undefined;
    if (subject && subject.first > i) return subject;
  }
  for (let i = start; i < verb.first; i += 1) {
    // the first verb outside a name ("Ted" may be tagged a verb) and outside quoted words
    // ("“…,” he said, adding that …": the quote's verbs are not the clause's)
    if ((document.tokens[i]!.pos === 'VERB' || document.tokens[i]!.pos === 'AUX') && !document.table.at(i) && !document.quoteAround(i)) {
      // "Doe rips the deal to restructure the debt, arguing …": an infinitive is not the main verb
      if (document.tokens[i - 1]?.lower === 'to') continue;
      // "Following a swiftly called meeting, the council issued a statement calling …": past verbs without a subject
      const subject = subjectBefore(document, i);
      if (subject) return subject;
    }
  }
  // "In a statement announcing the pick, the union called …", "Citing “obligations,” her spokeswoman told …": the
  // participle opens the sentence; the main clause after the comma holds its subject
  if (start === sentence.first) {
    let comma = verb.index + 1;
    while (comma < sentence.last && (document.tokens[comma]!.text !== ',' || document.quoteAround(comma))) comma += 1;
    for (let i = comma + 1; i < Math.min(comma + 12, sentence.last); i += 1) {
      if (document.tokens[i]!.pos !== 'VERB' && document.tokens[i]!.pos !== 'AUX') continue;
      if (document.table.at(i)) continue;
      const subject = subjectBefore(document, i);
      if (subject && subject.first > comma) return subject;
      break;
    }
  }
  // the tagger missed the main verb ("rips" read as a noun): a name or pronoun opening the clause is its subject
  const opening = document.table.at(start);
  if (opening && opening.first === start) return subjectEndingAt(document, opening.last - 1);
  return document.tokens[start]?.pos === 'PRON' ? subjectEndingAt(document, start) : undefined;
}

/** ", concluding that …", "followed that by saying …": a participle whose subject is the main clause's. */
export function isParticiple(document: ArticleDocument, verb: SpeechVerb): boolean {
  const { tokens } = document;
  if (!tokens[verb.first]!.lower.endsWith('ing')) return false;
  // past an adverb: ", recently telling …", "while also saying …"
  const before = tokens[verb.first - 1]?.pos === 'ADV' && /^(,|while|when|by|after|before)$/.test(tokens[verb.first - 2]?.lower ?? '') ? verb.first - 2 : verb.first - 1;
  // "issued a statement saying …", "sent an email Wednesday saying …": the issuer speaks, not the document
  let noun = before;
  while (noun > before - 3 && (MONTHS_AND_DAYS.test(tokens[noun]?.text ?? '') || /^(morning|afternoon|evening|night|week|month|year|weekend|this|last|today|yesterday)$/.test(tokens[noun]?.lower ?? ''))) noun -= 1;
  const documentBefore = DOCUMENT_NOUNS.test(tokens[noun]?.lower ?? '');
  return documentBefore || [',', '—', '–', 'by', 'after', 'before', 'while', 'when', 'upon'].includes(tokens[before]?.lower ?? '');
}

/** What someone issues with words in it: "a statement saying …", "an ad calling …". */
const DOCUMENT_NOUNS = /^(statement|statements|email|e-mail|letter|ad|ads|advertisement|video|release|memo|tweet|tweets|post|message|note|op-ed|column|filing|petition|resolution)$/;
