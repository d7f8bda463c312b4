import { normalizeName, type Annotation, type AnnotatedEntity, type AnnotatedStatement } from '../extract/index.ts';
import type { QueryName } from './cypher.ts';
import { quoteRows } from './quotes.ts';
import type { GraphStore, Row } from './store.ts';

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

export function entityRows(annotation: Annotation) {
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
export function remap(annotation: Annotation, idOf: Map<string, string>): Annotation {
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


export const articleRow = ({ article }: Annotation) => ({
  id: article.id,
  title: article.title,
  text: article.text,
  url: article.url ?? null,
  publisher: article.publisher ?? null,
  publishedAt: article.publishedAt,
});

export const roleRows = (annotation: Annotation) =>
  annotation.entities.flatMap((entity) =>
    entity.roles.filter((role) => role.of !== null).map((role) => ({ person: entity.id, title: role.title, of: role.of })),
  );

// position keeps text order, then the comment thread's order (comments have no offsets in the text)
export const statementRows = ({ article, statements }: Annotation) =>
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

export const eventRows = ({ article, events }: Annotation) => events.map((event) => ({ ...event, articleId: article.id }));

export const linkRows = ({ statements }: Annotation) =>
  statements
    .filter((statement) => statement.replyTo || statement.event)
    .map((statement) => ({ id: statement.id, replyTo: statement.replyTo ?? '', event: statement.event ?? '' }));

/**
 * Writes groups of annotations in one write transaction, each group with a few UNWIND queries, and answers
 * with what each group changed. MERGE on stable ids makes a second load change nothing. Entities are resolved
 * against the graph article by article, in order, inside one query per group, and the groups run in order, so
 * any grouping gives the graph that loading the articles one by one gives. All queries are sent without
 * waiting, except that a group's later writes need its entity resolution's answer.
 */
async function writeGroups(store: GraphStore, groups: Annotation[][]): Promise<BatchReport[]> {
  return store.write(async (run) => {
    const pending: Promise<unknown>[] = [];
    const tallies = groups.map(() => ({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 }));
    const send = (group: number, name: QueryName, parameters: Row) => {
      const result = run(name, parameters).then(({ rows, counters }) => {
        const tally = tallies[group]!;
        tally.nodesCreated += counters.nodesCreated;
        tally.relationshipsCreated += counters.relationshipsCreated;
        tally.propertiesSet += counters.propertiesSet;
        return rows;
      });
      // failures surface from Promise.all below; until then they must not count as unhandled
      result.catch(() => undefined);
      pending.push(result);
      return result;
    };
    const sendRows = (group: number, name: QueryName, rows: Record<string, unknown[]>) => {
      if (Object.values(rows).some((list) => list.length > 0)) send(group, name, rows);
    };
    await run('entity-resolution-lock');
    const resolutions = groups.map((inputs, group) => {
      sendRows(group, 'article-load', { articles: inputs.map(articleRow) });
      return send(group, 'entity-resolve-upsert', { articles: inputs.map((input) => ({ id: input.article.id, entities: entityRows(input) })) });
    });
    for (const [group, inputs] of groups.entries()) {
      const idOf = new Map<string, Map<string, string>>(inputs.map((input) => [input.article.id, new Map()]));
      for (const row of await resolutions[group]!) idOf.get(row.articleId as string)?.set(row.incomingId as string, row.id as string);
      const resolved = inputs.map((input) => remap(input, idOf.get(input.article.id)!));
      sendRows(group, 'role-upsert', { roles: resolved.flatMap(roleRows) });
      sendRows(group, 'statement-upsert', { statements: resolved.flatMap(statementRows) });
      sendRows(group, 'event-upsert', { events: resolved.flatMap(eventRows) });
      sendRows(group, 'quote-upsert', { quotes: resolved.flatMap(quoteRows) });
      sendRows(group, 'statement-links-upsert', { links: resolved.flatMap(linkRows) });
    }
    await Promise.all(pending);
    return groups.map((inputs, group) => {
      const total = (count: (annotation: Annotation) => number) => inputs.reduce((sum, input) => sum + count(input), 0);
      return {
        articles: inputs.length,
        entities: total((input) => input.entities.length),
        statements: total((input) => input.statements.length),
        events: total((input) => input.events.length),
        ...tallies[group]!,
      };
    });
  });
}

/** Bulk ingestion: a batch of articles in one transaction of a few UNWIND queries; the report covers the batch. */
export async function loadAnnotations(store: GraphStore, inputs: Annotation[]): Promise<BatchReport> {
  const [report] = await writeGroups(store, [inputs]);
  return report!;
}

/**
 * Several articles in one transaction, each reported on its own (the API's concurrent ingestions share a
 * commit this way; see LoadQueue). Each article costs its own few queries, all sent without waiting.
 */
export async function loadAnnotationsEach(store: GraphStore, inputs: Annotation[]): Promise<LoadReport[]> {
  const reports = await writeGroups(store, inputs.map((input) => [input]));
  return reports.map(({ articles: _articles, ...report }, index) => ({ articleId: inputs[index]!.article.id, ...report }));
}

/** Writes one article's annotation in one write transaction; the report's counters are this article's alone. */
export async function loadAnnotation(store: GraphStore, input: Annotation): Promise<LoadReport> {
  const [report] = await loadAnnotationsEach(store, [input]);
  return report!;
}

/** The ids among these that are already loaded: bulk ingestion skips them. */
export async function loadedArticleIds(store: GraphStore, ids: string[]): Promise<Set<string>> {
  const rows = await store.read('article-existing', { ids });
  return new Set(rows.map((row) => row.id as string));
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
