import { normalizeName, type Annotation, type AnnotatedEntity, type AnnotatedStatement } from '../extract/index.ts';
import type { QueryName } from './cypher.ts';
import { quoteRows } from './quotes.ts';
import type { GraphStore, WriteCounters } from './store.ts';

export interface BatchReport {
  articles: number;
  entities: number;
  statements: number;
  events: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** One article's load: the batch report of a batch of one, named by its article. */
export interface LoadReport extends Omit<BatchReport, 'articles'> {
  articleId: string;
}

const CAPTION_WORDS = 8;

/** Statement captions for Neo4j Browser: the first words of the text. */
export function caption(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > CAPTION_WORDS ? `${words.slice(0, CAPTION_WORDS).join(' ')} …` : words.join(' ');
}

/** The sentence a statement sits in: from the previous sentence end or paragraph break to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  if (end <= start) return '';
  let from = start;
  while (from > 0 && !/[.!?]\s/.test(text.slice(from - 2, from)) && text.slice(from - 2, from) !== '\n\n') from -= 1;
  let to = end;
  while (to < text.length && !/[.!?]/.test(text[to - 1] ?? '') && text[to] !== '\n') to += 1;
  while (to < text.length && /[”"’)]/.test(text[to]!)) to += 1;
  return text.slice(from, to).trim();
}

/** What `Statement.sentence` holds: the sentence around the words, or a comment's own text (comments are not in the article). */
export function statementSentence(articleText: string, statement: AnnotatedStatement): string {
  return statement.kind === 'COMMENT' ? statement.text : sentenceAround(articleText, statement.start, statement.end);
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

export function entityRowsForProfile(annotation: Annotation) { return entityRows(annotation); }
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
      stances: statement.stances?.map((toward) => ({ ...toward, about: map(toward.about) })),
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


const articleRow = ({ article }: Annotation) => ({
  id: article.id,
  title: article.title,
  text: article.text,
  url: article.url ?? null,
  publisher: article.publisher ?? null,
  publishedAt: article.publishedAt,
});

const roleRows = (annotation: Annotation) =>
  annotation.entities.flatMap((entity) =>
    entity.roles.filter((role) => role.of !== null).map((role) => ({ person: entity.id, title: role.title, of: role.of })),
  );

// position keeps text order, then the comment thread's order (comments have no offsets in the text)
const statementRows = ({ article, statements }: Annotation) =>
  statements.map((statement, position) => ({
    ...statement,
    aboutLinks: statement.about.map((id) => {
      const toward = statement.stances?.find((candidate) => candidate.about === id);
      return { id, stance: toward?.stance ?? 'NEUTRAL', cues: toward?.cues ?? [] };
    }),
    articleId: article.id,
    position,
    name: caption(statement.text),
    sentence: statementSentence(article.text, statement),
  }));

const eventRows = ({ article, events }: Annotation) => events.map((event) => ({ ...event, articleId: article.id }));

const linkRows = ({ statements }: Annotation) =>
  statements
    .filter((statement) => statement.replyTo || statement.event)
    .map((statement) => ({ id: statement.id, replyTo: statement.replyTo ?? '', event: statement.event ?? '' }));

/**
 * Writes a batch of annotations (one article, or many for bulk ingestion) in one write transaction of a few
 * UNWIND queries. MERGE on stable ids makes a second load change nothing. Entities are resolved against the
 * graph article by article, in batch order, inside one query, so a batch gives the graph that loading its
 * articles one by one gives; the other writes cover the whole batch, pipelined behind that one answer.
 */
export async function loadAnnotations(store: GraphStore, inputs: Annotation[]): Promise<BatchReport> {
  const counters = await store.write(async (run) => {
    const pending: Promise<unknown>[] = [];
    const send = (name: QueryName, rows: Record<string, unknown[]>, extra: Record<string, unknown> = {}) => {
      if (Object.values(rows).every((list) => list.length === 0)) return;
      const result = run(name, { ...rows, ...extra });
      // failures surface from Promise.all below; until then they must not count as unhandled
      result.catch(() => undefined);
      pending.push(result);
    };
    await run('entity-resolution-lock');
    send('article-load', { articles: inputs.map(articleRow) });
    const entityRowsOf = inputs.map(entityRows);
    const resolved = await run('entity-resolve-upsert', {
      articles: inputs.map((input, index) => ({ id: input.article.id, entities: entityRowsOf[index] })),
    });
    const idOf = new Map<string, Map<string, string>>(inputs.map((input) => [input.article.id, new Map()]));
    for (const row of resolved) idOf.get(row.articleId as string)?.set(row.incomingId as string, row.id as string);
    const resolvedInputs = inputs.map((input) => remap(input, idOf.get(input.article.id)!));
    send('role-upsert', { roles: resolvedInputs.flatMap(roleRows) });
    send('statement-upsert', { statements: resolvedInputs.flatMap(statementRows) });
    send('event-upsert', { events: resolvedInputs.flatMap(eventRows) });
    send('quote-upsert', { quotes: resolvedInputs.flatMap(quoteRows) });
    send('statement-links-upsert', { links: resolvedInputs.flatMap(linkRows) });
    await Promise.all(pending);
  });
  const total = (count: (annotation: Annotation) => number) => inputs.reduce((sum, input) => sum + count(input), 0);
  return {
    articles: inputs.length,
    entities: total((input) => input.entities.length),
    statements: total((input) => input.statements.length),
    events: total((input) => input.events.length),
    ...countersOf(counters),
  };
}

/** Writes one article's annotation in one write transaction; the report's counters are this article's alone. */
export async function loadAnnotation(store: GraphStore, input: Annotation): Promise<LoadReport> {
  const { articles: _articles, ...report } = await loadAnnotations(store, [input]);
  return { articleId: input.article.id, ...report };
}

/** The ids among these that are already loaded: bulk ingestion skips them. */
export async function loadedArticleIds(store: GraphStore, ids: string[]): Promise<Set<string>> {
  const rows = await store.read('article-existing', { ids });
  return new Set(rows.map((row) => row.id as string));
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
