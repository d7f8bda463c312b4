import type { EntityRecord, EntityTable } from './entityTable.ts';
import {
  KNOWN_SURFACES,
  LONGEST_SURFACE,
  MONTHS_AND_DAYS,
  NAME_TITLES,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  ROLE_DESCRIPTORS,
  TITLE_HEADS,
  speechVerbForms,
  type KnownSurface,
} from './gazetteer/index.ts';
import { isFirstName } from './gazetteer/gender.ts';
import type { TaggedText, Token } from './nlp.ts';
import type { EntityKind } from './types.ts';

const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'der']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'through', 'across', 'around', 'central', 'downtown', 'northern', 'southern', 'eastern', 'western']);
const OUTLET_SECTION = /^(News|Sport|Sports|World|Radio|Online|Television|TV|Africa|Arabic|Business|Politics)$/;
const MOTION_VERB = /^(spread|spreads|spreading|travel|travels|travelled|traveled|fly|flew|flies|flown|move|moved|moves|return|returned|returns|go|went|goes|gone|head|headed|heads|sail|sailed|ship|shipped|export|exported|flee|fled|divert|diverted|drive|drove|driven|march|marched|arrive|arrived|relocate|relocated|extend|extended|deported|sent)$/;

const byWordCount = (phrases: string[]) =>
  phrases.map((phrase) => ({ phrase, words: phrase.split(' ') })).sort((a, b) => b.words.length - a.words.length || b.phrase.length - a.phrase.length);
const TITLES_LONGEST_FIRST = byWordCount(NAME_TITLES);
const DESCRIPTORS_LONGEST_FIRST = byWordCount(ROLE_DESCRIPTORS);
/** Last words of the descriptors, to rule most tokens out at once. */
const DESCRIPTOR_ENDINGS = new Set(ROLE_DESCRIPTORS.map((descriptor) => descriptor.split(' ').at(-1)!));
const POSSESSIVE = /^[’']s$/;
const OPEN_QUOTE = /^[“"‘]$/;

interface Candidate {
  first: number;
  last: number;
  kind: EntityKind | 'UNKNOWN';
  name: string;
  known?: KnownSurface;
  title?: string;
}

const isCapitalized = (token: Token | undefined) => !!token && /^\p{Lu}/u.test(token.text);

/** Arabic and other name particles written with a hyphen: "al-Ansari", "bin-Zayed". */
const PARTICLE_NAME = /^(al|el|ad|ash|as|at|bin|ibn|abu|ben|de|di|da|du|van|von|le|la)-\p{Lu}/u;

function isNameToken(token: Token | undefined): boolean {
  if (token && PARTICLE_NAME.test(token.text)) return true;
  if (!token || !isCapitalized(token)) return false;
  if (NOT_NAMES.has(token.text) || MONTHS_AND_DAYS.test(token.text)) return false;
  // "Said Comey, …", "Says Clinton would …": a sentence that opens with its speech verb
  if (/^(Said|Says|Told|Tells|Added|Asked|Wrote|Writes)$/.test(token.text)) return false;
  return !['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PUNCT', 'NUM'].includes(token.pos);
}

const slice = (tagged: TaggedText, first: number, last: number) =>
  tagged.text.slice(tagged.tokens[first]!.start, tagged.tokens[last - 1]!.end);

function knownAt(tagged: TaggedText, first: number): { last: number; known: KnownSurface } | undefined {
  const sentenceEnd = tagged.sentences[tagged.tokens[first]!.sentence]!.last;
  for (let last = Math.min(first + LONGEST_SURFACE, sentenceEnd); last > first; last -= 1) {
    const known = KNOWN_SURFACES.get(slice(tagged, first, last));
    // "BBC Sport", "Reuters TV": an outlet's section is the outlet
    if (known?.newsAgency && OUTLET_SECTION.test(tagged.tokens[last]?.text ?? '')) return { last: last + 1, known };
    if (known) return { last, known };
  }
  return undefined;
}

function titleAt(tagged: TaggedText, first: number, last: number): string | undefined {
  const listed = TITLES_LONGEST_FIRST.find(
    ({ words }) => first + words.length < last && words.every((word, i) => tagged.tokens[first + i]!.text === word),
  )?.phrase;
  // "Agriculture Minister Lucia Ferrer": the title runs to its last head word, the name follows
  for (let head = last - 2; head >= first; head -= 1) {
    if (TITLE_HEADS.has(tagged.tokens[head]!.text)) {
      const title = slice(tagged, first, head + 1);
      return listed && listed.length > title.length ? listed : title;
    }
  }
  return listed;
}

/** The lowercase role descriptor ending right before token `before` ("national security adviser"). */
export function descriptorBefore(tagged: TaggedText, before: number): { first: number; descriptor: string } | undefined {
  if (!DESCRIPTOR_ENDINGS.has(tagged.tokens[before - 1]?.text ?? '')) return undefined;
  for (const { words } of DESCRIPTORS_LONGEST_FIRST) {
    let first = before - words.length;
    if (first < 0 || !words.every((word, i) => tagged.tokens[first + i]!.text === word)) continue;
    // "finance minister", "chief foreign policy adviser": lower-case modifiers belong to the role
    while (first > 0 && /^\p{Ll}+$/u.test(tagged.tokens[first - 1]!.text) && ['NOUN', 'ADJ'].includes(tagged.tokens[first - 1]!.pos) && first > before - 5) first -= 1;
    return { first, descriptor: slice(tagged, first, before) };
  }
  return undefined;
}

const isSentenceStart = (tagged: TaggedText, index: number) =>
  tagged.sentences[tagged.tokens[index]!.sentence]!.first === index || OPEN_QUOTE.test(tagged.tokens[index - 1]?.text ?? '');

function isSpeechVerb(token: Token | undefined): boolean {
  return !!token && speechVerbForms.has(token.lower) && token.pos === 'VERB';
}

function classifyUnknown(tagged: TaggedText, candidate: Candidate): EntityKind | 'UNKNOWN' | undefined {
  const { tokens } = tagged;
  const words = candidate.name.split(/\s+/);
  const before = tokens[candidate.first - 1];
  const after = tokens[candidate.last];
  if (candidate.title) return 'PERSON';
  if (ORGANIZATION_HEADS.has(words.at(-1)!.toLowerCase())) return 'ORGANIZATION';
  // "University of Texas", "Bank of England"
  const of = words.indexOf('of');
  if (of > 0 && ORGANIZATION_HEADS.has(words[of - 1]!.toLowerCase())) return 'ORGANIZATION';
  const speaks = isSpeechVerb(after) || (after?.text === ',' && tokens[candidate.last + 1]?.lower === 'who');
  if (!speaks && words.length >= 2 && PLACE_HEADS.has(words.at(-1)!.toLowerCase())) return 'PLACE';
  if (words.length >= 3 && PLACE_HEADS.has(words[0]!.toLowerCase()) && words[1] === 'of') return 'PLACE'; // "Strait of Hormuz"
  if (descriptorBefore(tagged, candidate.first)) return 'PERSON';
  if (words.every((word) => /^[\p{Lu}\d.&-]+$/u.test(word)) && words.join('').length >= 2) return 'ORGANIZATION';
  if (isSpeechVerb(after) || (after?.text === ',' && tokens[candidate.last + 1]?.lower === 'who')) return 'PERSON';
  if (before?.lower === 'the' || before?.text.endsWith('-')) return undefined;
  if (words.length === 1 && before && PLACE_PREPOSITIONS.has(before.lower)) return 'PLACE';
  // "spread to Antwerp", "flew from Lagos": a lone name after a verb of motion and its preposition
  if (words.length === 1 && before && ['to', 'from', 'into'].includes(before.lower) && MOTION_VERB.test(tokens[candidate.first - 2]?.lower ?? '')) return 'PLACE';
  if (words.length >= 2 && words.length <= 4) return 'PERSON';
  return 'UNKNOWN';
}

/** Words that end a newspaper's name: "The Texas Tribune", "The Boston Globe". */
const NEWSPAPER_HEADS = new Set(['tribune', 'herald', 'journal', 'gazette', 'chronicle', 'globe', 'observer', 'examiner', 'inquirer', 'register', 'courier', 'star', 'sun', 'telegraph', 'guardian', 'independent', 'mirror', 'express', 'review', 'magazine', 'daily', 'record', 'dispatch', 'bulletin', 'standard']);

/** Where an organization's name that a place opens ends ("Texas Tribune", "Ohio State University"), or undefined. */
function organizationAfterPlace(tagged: TaggedText, after: number): number | undefined {
  const { tokens } = tagged;
  let last = after;
  while (last < Math.min(after + 4, tokens.length) && isNameToken(tokens[last]) && tokens[last]!.sentence === tokens[after - 1]!.sentence && !knownAt(tagged, last)) last += 1;
  return last > after && (ORGANIZATION_HEADS.has(tokens[last - 1]!.lower) || NEWSPAPER_HEADS.has(tokens[last - 1]!.lower)) ? last : undefined;
}

/** After "(" of "(D-R.I.)" or "(R-Tex.)": where the party and state end (past the ")"), else undefined. */
function partyAndStateEnd(tagged: TaggedText, open: number): number | undefined {
  const { text, tokens } = tagged;
  if (tokens[open]?.text !== '(') return undefined;
  const rest = text.slice(tokens[open]!.end, tokens[open]!.end + 16);
  const match = /^\s*[DRI]\s*[-–]\s*[A-Z][A-Za-z.]{0,6}\s*\)/.exec(rest);
  if (!match) return undefined;
  const close = tokens[open]!.end + match[0].length;
  let end = open + 1;
  while (end < tokens.length && tokens[end]!.end <= close) end += 1;
  return end;
}

/** Finds name candidates: known surfaces first, then runs of capitalized tokens with titles split off. */
function findCandidates(tagged: TaggedText): Candidate[] {
  const { tokens } = tagged;
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "(D-R.I.)", "(R-N.Y.)": a lawmaker's party and state, no name
    const partyAndState = partyAndStateEnd(tagged, i);
    if (partyAndState !== undefined) {
      i = partyAndState;
      continue;
    }
    const known = isCapitalized(tokens[i]) ? knownAt(tagged, i) : undefined;
    // "The Texas Tribune", "Ohio State University": a place opening an organization's name
    const organization = known && known.known.kind === 'PLACE' ? organizationAfterPlace(tagged, known.last) : undefined;
    if (organization) {
      candidates.push({ first: i, last: organization, kind: 'ORGANIZATION', name: slice(tagged, i, organization) });
      i = organization;
      continue;
    }
    if (known) {
      candidates.push({ first: i, last: known.last, kind: known.known.kind, name: known.known.canonical, known: known.known });
      i = known.last;
      continue;
    }
    if (!isNameToken(tokens[i])) {
      i += 1;
      continue;
    }
    let last = i + 1;
    while (last < tokens.length && tokens[last]!.sentence === tokens[i]!.sentence) {
      const token = tokens[last]!;
      // "Michael Jordan", "Deborah Jordan Reynolds": a country's name after a first name is a surname
      const known = knownAt(tagged, last);
      // "University of Texas", "Bank of England": a place after an organization's head and "of" is part of its name
      if (known && known.known.kind === 'PLACE' && tokens[last - 1]!.text === 'of' && ORGANIZATION_HEADS.has(tokens[last - 2]?.lower ?? '')) {
        last = known.last;
        continue;
      }
      if (known && !(known.known.kind === 'PLACE' && known.last === last + 1 && isFirstName(tokens[last - 1]!.text) && isNameToken(token))) break;
      if (isNameToken(token)) last += 1;
      else if (token.text === '-' && tokens[last - 1]!.end === token.start && tokens[last + 1]?.start === token.end && isNameToken(tokens[last + 1])) {
        last += 2; // "Jean-Pierre"
      }
      else if (NAME_CONNECTORS.has(token.text)) {
        // "Ursula von der Leyen": connectors join a name only when a name word follows them
        let next = last;
        // "von der Leyen", "al-Ansari" (written with a hyphen, no spaces)
        const joined = (i: number) => tokens[i]?.text === '-' && tokens[i - 1]!.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end;
        while (NAME_CONNECTORS.has(tokens[next]?.text ?? '') || joined(next)) next += 1;
        if (next - last > 3 || !isNameToken(tokens[next])) break;
        last = next;
      } else break;
    }
    // "Shares of Acme fell": a sentence-initial common word joined by "of" is not part of the name
    if (isSentenceStart(tagged, i) && tokens[i + 1]?.text === 'of' && last > i + 2 && !ORGANIZATION_HEADS.has(tokens[i]!.lower) && !TITLE_HEADS.has(tokens[i]!.text) && !KNOWN_SURFACES.has(tokens[i]!.text)) {
      i += 2;
      continue;
    }
    // "Dr. Amara Nwosu of James Cook University": a titled person, then where they work
    const of = tokens.slice(i, last).findIndex((token) => token.text === 'of');
    if (of > 1 && titleAt(tagged, i, i + of)) last = i + of;
    // "Justice Department" is an organization, not a "Justice" called "Department"
    const title = ORGANIZATION_HEADS.has(tokens[last - 1]!.lower) ? undefined : titleAt(tagged, i, last);
    const nameFirst = title ? i + title.split(' ').length : i;
    const name = slice(tagged, nameFirst, last);
    const single = last - nameFirst === 1;
    if (!title && single && isSentenceStart(tagged, nameFirst) && !isNameToken(tokens[last])) {
      // "Attempts to …", "Sometimes …": a lone capital at a sentence start is no evidence of a name,
      // but "Police said" names an organization
      const organization = ORGANIZATION_HEADS.has(name.toLowerCase());
      candidates.push({ first: nameFirst, last, kind: organization ? 'ORGANIZATION' : 'UNKNOWN', name: organization ? name.toLowerCase() : name });
    } else {
      const candidate: Candidate = { first: nameFirst, last, kind: 'UNKNOWN', name, title };
      // "Antwerp and Hamburg": a lone name joined to a place is a place
      const previous = candidates.at(-1);
      const coordinated = single && !title && previous?.kind === 'PLACE' && previous.last === nameFirst - 1 && ['and', 'or'].includes(tokens[nameFirst - 1]!.lower);
      const kind = coordinated ? 'PLACE' : classifyUnknown(tagged, candidate);
      if (kind) candidates.push({ ...candidate, kind, title: title && slice(tagged, i, nameFirst) });
    }
    i = last;
  }
  return candidates;
}

/** The organization or place a role belongs to, written just before it: "Russia's", "Russian", "Kremlin". */
function roleOwnerBefore(table: EntityTable, tagged: TaggedText, before: number): EntityRecord | undefined {
  const possessive = POSSESSIVE.test(tagged.tokens[before - 1]?.text ?? '');
  const owner = table.at(possessive ? before - 2 : before - 1);
  if (!owner || owner.entity.kind === 'PERSON') return undefined;
  return owner.entity;
}

const titleCase = (text: string) => text.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());

/**
 * Recognizes people, organizations and places, resolves surnames to full names, demonyms and capitals
 * to their state, and reads roles from titles and descriptors.
 */
export function recognizeEntities(tagged: TaggedText, table: EntityTable): void {
  const candidates = findCandidates(tagged);
  const { tokens } = tagged;
  const placeMention = (candidate: Candidate, entity: EntityRecord) =>
    table.mention(entity, { start: tokens[candidate.first]!.start, end: tokens[candidate.last - 1]!.end }, candidate.first, candidate.last, slice(tagged, candidate.first, candidate.last));

  // Known surfaces: a capital after "in"/"at" is the city; elsewhere ("Moscow hacked") it stands for the state.
  for (const candidate of candidates) {
    const known = candidate.known;
    if (!known) continue;
    const before = tokens[candidate.first - 1];
    if (known.role === 'capital' && before && PLACE_PREPOSITIONS.has(before.lower)) {
      placeMention(candidate, table.entity('PLACE', slice(tagged, candidate.first, candidate.last)));
    } else {
      placeMention(candidate, table.entity(known.kind, known.canonical, { newsAgency: known.newsAgency }));
    }
  }

  // "Acme's chief executive": whatever employs a role is an organization, wherever else its name stands
  const employers = new Set(
    candidates
      .filter((candidate) => !candidate.known && !candidate.name.includes(' ') && POSSESSIVE.test(tokens[candidate.last]?.text ?? ''))
      .filter((candidate) => tokens.slice(candidate.last + 1, candidate.last + 4).some((token) => /^\p{Ll}/u.test(token.text) && DESCRIPTOR_ENDINGS.has(token.text)))
      .map((candidate) => candidate.name),
  );
  for (const candidate of candidates) if (employers.has(candidate.name)) candidate.kind = 'ORGANIZATION';

  // Full names before single words, so "Doe" finds "Jane Doe" wherever either stands.
  const people = candidates.filter((candidate) => candidate.kind === 'PERSON');
  const fullNames = people.filter((candidate) => candidate.name.includes(' '));
  // the first full name ending (or starting) with a word, looked up in a map: one pass, not one per candidate
  const fullNameOf = new Map<string, Candidate>();
  for (const full of fullNames) {
    const words = full.name.split(' ');
    for (const word of [words.at(-1)!, words[0]!]) if (!fullNameOf.has(word)) fullNameOf.set(word, full);
  }
  const personNamed = new Map<string, Candidate>();
  for (const person of people) if (!personNamed.has(person.name)) personNamed.set(person.name, person);
  const surnameOwner = (word: string) => fullNameOf.get(word) ?? personNamed.get(word);
  // "Voltaris Energy … Voltaris would": an organization called by its first word
  const organizationOf = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const first = candidate.name.split(' ')[0]!;
    if (candidate.kind === 'ORGANIZATION' && candidate.name.includes(' ') && tokens[candidate.first]!.pos === 'PROPN' && !NOT_NAMES.has(first) && !organizationOf.has(first)) {
      organizationOf.set(first, candidate);
    }
  }
  const undecided: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.known) continue;
    let kind = candidate.kind;
    let name = candidate.name;
    if (!name.includes(' ') && kind !== 'ORGANIZATION') {
      const owner = surnameOwner(name);
      const organization = organizationOf.get(name);
      if (owner) {
        kind = 'PERSON';
        name = owner.name;
      } else if (organization) {
        kind = 'ORGANIZATION';
        name = organization.name;
      } else if (kind === 'UNKNOWN') {
        const next = tokens[candidate.last];
        const evidence = next && (POSSESSIVE.test(next.text) || next.pos === 'VERB');
        // at a sentence start only a proper noun acting as a subject ("Doe resigned") counts, not "Negotiators went"
        const atStart = isSentenceStart(tagged, candidate.first);
        const pluralNoun = /[^su]s$/.test(name); // "Negotiators went home": a capitalized plural is a common noun
        if (!evidence || (atStart && (next?.pos !== 'VERB' || tokens[candidate.first]!.pos !== 'PROPN' || pluralNoun))) {
          undecided.push(candidate);
          continue;
        }
        kind = 'PERSON';
      }
    }
    if (kind === 'UNKNOWN') continue;
    const entity = table.entity(kind, name);
    placeMention(candidate, entity);
    if (candidate.title) {
      const owner = roleOwnerBefore(table, tagged, candidate.first - candidate.title.split(' ').length);
      if (!/^(Mr|Mrs|Ms|Dr|Prof)\.?$/.test(candidate.title)) {
        table.addRole(entity, { title: candidate.title, of: owner?.id ?? null });
      }
      table.alias(entity, `${candidate.title} ${candidate.name}`);
    }
    // "national security adviser Jane Doe" or, set off by commas, "Germany's finance minister, Jane Doe,"
    const appositive = tokens[candidate.first - 1]?.text === ',' && tokens[candidate.last]?.text === ',';
    const descriptor = descriptorBefore(tagged, candidate.first) ?? (appositive ? descriptorBefore(tagged, candidate.first - 1) : undefined);
    if (kind === 'PERSON' && descriptor) {
      const owner = roleOwnerBefore(table, tagged, descriptor.first);
      table.addRole(entity, { title: titleCase(descriptor.descriptor), of: owner?.id ?? null });
      const ownerMention = owner ? table.at(descriptor.first - 1) : undefined;
      table.alias(entity, ownerMention ? `${slice(tagged, ownerMention.first, ownerMention.last)} ${descriptor.descriptor}` : descriptor.descriptor);
    }
  }
  // a capital at a sentence start is a name when the article names it so elsewhere ("Ohio has the workforce")
  for (const candidate of undecided) {
    const named = table.named(candidate.name);
    if (named) placeMention(candidate, named);
  }
  linkParentheticalAcronyms(tagged, table);
}

/** "Federal Security Service (FSB)": the acronym in parentheses names the entity before it. */
function linkParentheticalAcronyms(tagged: TaggedText, table: EntityTable): void {
  const { tokens } = tagged;
  tokens.forEach((token, i) => {
    if (token.text !== '(' || tokens[i + 2]?.text !== ')') return;
    const acronym = tokens[i + 1]!;
    const before = table.at(i - 1);
    if (!before || !/^[\p{Lu}]{2,}$/u.test(acronym.text)) return;
    // "Netherlands (AP)" is a dateline's agency, not the country's acronym: an acronym starts like its name
    if (acronym.text[0] !== before.entity.name[0]?.toUpperCase()) return;
    if (!table.at(i + 1)) table.mention(before.entity, acronym, i + 1, i + 2, acronym.text);
    table.alias(before.entity, acronym.text);
  });
}
