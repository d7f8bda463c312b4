import { normalizeName, type Annotation, type AnnotatedEntity } from '../extract/index.ts';
import type { GraphStore, WriteCounters } from './store.ts';

export interface LoadReport {
  articleId: string;
  entities: number;
  statements: number;
  events: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

const CAPTION_WORDS = 8;

/** Statement captions for Neo4j Browser: the first words of the text. */
export function caption(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > CAPTION_WORDS ? `${words.slice(0, CAPTION_WORDS).join(' ')} …` : words.join(' ');
}

/** The sentence a statement sits in: from the previous sentence end or paragraph break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  if (end <= start) return '';
  let from = start;
  while (from > 0 && !/[.!?]\s/.test(text.slice(from - 2, from)) && text.slice(from - 2, from) !== '\n\n') from -= 1;
  let to = end;
  while (to < text.length && !/[.!?]/.test(text[to - 1] ?? '') && text[to] !== '\n') to += 1;
  while (to < text.length && /[”"’)]/.test(text[to]!)) to += 1;
  return text.slice(from, to).trim();
}

/** Names a person or organization goes by (not descriptors like "defense secretary"): used to merge across articles. */
function nameKeys(entity: AnnotatedEntity): string[] {
  const names = [entity.name, ...entity.aliases.filter((alias) => /^\p{Lu}/u.test(alias) && !/\s\p{Ll}/u.test(alias))];
  return [...new Set(names.map(normalizeName))];
}

/** People are looked up by surname too ("Doe"), even where the article never uses it alone. */
function surname(entity: AnnotatedEntity): string[] {
  const words = entity.name.split(/\s+/);
  return entity.kind === 'PERSON' && !entity.commenter && words.length > 1 ? [words.at(-1)!] : [];
}

function entityRows(annotation: Annotation) {
  return annotation.entities.map((entity) => {
    const last = surname(entity);
    return {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      commenter: entity.commenter ?? false,
      key: normalizeName(entity.name),
      aliases: entity.aliases,
      nameKeys: nameKeys(entity),
      lookupKeys: [...new Set([entity.name, ...entity.aliases, ...last].map(normalizeName))],
      surname: last.length ? normalizeName(last[0]!) : null,
      roleTitles: entity.roles.filter((role) => role.of === null).map((role) => role.title),
      starts: entity.mentions.map((mention) => mention.start),
      ends: entity.mentions.map((mention) => mention.end),
    };
  });
}

/** Rewrites entity ids in an annotation after cross-article resolution. */
function remap(annotation: Annotation, idOf: Map<string, string>): Annotation {
  const map = (id: string) => idOf.get(id) ?? id;
  const mapNullable = (id: string | null) => (id === null ? null : map(id));
  return {
    ...annotation,
    entities: annotation.entities.map((entity) => ({
      ...entity,
      id: map(entity.id),
      roles: entity.roles.map((role) => ({ ...role, of: mapNullable(role.of) })),
    })),
    statements: annotation.statements.map((statement) => ({
      ...statement,
      speaker: map(statement.speaker),
      about: [...new Set(statement.about.map(map))],
      audience: [...new Set(statement.audience.map(map))],
      reportedBy: mapNullable(statement.reportedBy),
    })),
    events: annotation.events.map((event) => ({
      ...event,
      place: mapNullable(event.place),
      participants: [...new Set(event.participants.map(map))],
    })),
  };
}

/**
 * Writes one article's annotation in one write transaction with UNWIND batches. MERGE on stable ids makes a
 * second load of the same article change nothing; entities are resolved against the graph by name and alias.
 */
export async function loadAnnotation(store: GraphStore, input: Annotation): Promise<LoadReport> {
  const { article } = input;
  const articleId = article.id;
  const counters = await store.write(async (run) => {
    await run('entity-resolution-lock');
    const rows = entityRows(input);
    const resolved = await run('entity-resolve', {
      entities: rows.map(({ id, kind, key, nameKeys: keys, commenter, surname: last }) => ({ id, kind, key, nameKeys: keys, commenter, surname: last })),
    });
    const idOf = new Map(resolved.map((row) => [row.incomingId as string, row.id as string]));
    const annotation = remap(input, idOf);
    await run('article-load', { article: { ...article, url: article.url ?? null, publisher: article.publisher ?? null } });
    await run('entity-upsert', { articleId, entities: rows.map((row) => ({ ...row, id: idOf.get(row.id) ?? row.id })) });
    await run('role-upsert', {
      roles: annotation.entities.flatMap((entity) =>
        entity.roles.filter((role) => role.of !== null).map((role) => ({ person: entity.id, title: role.title, of: role.of })),
      ),
    });
    await run('statement-upsert', {
      articleId,
      // position keeps text order, then the comment thread's order (comments have no offsets in the text)
      statements: annotation.statements.map((statement, position) => ({
        ...statement,
        position,
        name: caption(statement.text),
        sentence: statement.kind === 'COMMENT' ? statement.text : sentenceAround(article.text, statement.start, statement.end),
      })),
    });
    await run('event-upsert', { articleId, events: annotation.events });
    await run('statement-links-upsert', {
      links: annotation.statements
        .filter((statement) => statement.replyTo || statement.event)
        .map((statement) => ({ id: statement.id, replyTo: statement.replyTo ?? '', event: statement.event ?? '' })),
    });
  });
  return {
    articleId,
    entities: input.entities.length,
    statements: input.statements.length,
    events: input.events.length,
    ...countersOf(counters),
  };
}

function countersOf(counters: WriteCounters) {
  return { nodesCreated: counters.nodesCreated, relationshipsCreated: counters.relationshipsCreated, propertiesSet: counters.propertiesSet };
}

/** Deletes an article with its statements and events, and the entities nothing else mentions. False when absent. */
export async function deleteArticle(store: GraphStore, id: string): Promise<boolean> {
  const [found] = await store.read('node-by-id', { id });
  if (!found) return false;
  await store.write(async (run) => {
    await run('article-delete', { id });
  });
  return true;
}
