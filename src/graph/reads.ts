import { normalizeName, type Stance } from '../extract/index.ts';
import { quoteKey, shingles } from './quotes.ts';
import type { ArticleRecord } from './articles.ts';
import type { QueryName } from './cypher.ts';
import { GraphStore, type Row } from './store.ts';

export interface EntityRecord {
  id: string;
  name: string;
  kind: 'PERSON' | 'ORGANIZATION' | 'PLACE';
  /** Absent on entities of statement page rows: fetched only when a client selects it. */
  aliases?: string[];
  commenter: boolean | null;
}

export interface StatementRecord {
  id: string;
  text: string;
  kind: 'DIRECT' | 'INDIRECT' | 'COMMENT';
  start: number;
  end: number;
  /** Absent from page rows: fetched only when a client selects it. */
  sentence?: string;
  articleId: string;
  /** Order in its article: with articleId, the key of article order and of keyset cursors. */
  position: number;
  /** Statement pages carry these, so the fields need no further round trip (the API primes its loaders). */
  speaker?: EntityRecord;
  stances?: StanceRecord[];
  article?: ArticleRecord;
}

export interface StanceRecord {
  target: EntityRecord;
  stance: Stance;
  cues: string[];
}

/** Who said a statement and whom it is about (with the stance toward each). */
export interface StatementCore {
  speaker: EntityRecord;
  stances: StanceRecord[];
}

export interface EventRecord {
  id: string;
  name: string;
  kind: string;
  dateText: string | null;
  date: string | null;
  start: number;
  end: number;
  articleId: string;
}

export interface StatementLinks {
  reportedBy: EntityRecord | null;
  replyTo: StatementRecord | null;
  event: EventRecord | null;
  audience: EntityRecord[];
  replies: StatementRecord[];
}

export interface EventLinks {
  place: EntityRecord | null;
  participants: EntityRecord[];
  statements: StatementRecord[];
}

export interface RoleRecord {
  title: string;
  /** Null when the text names the role but not whose it is ("Vice President Jane Doe"). */
  of: EntityRecord | null;
}

export interface PageSlice<T> {
  total: number;
  page: T[];
}

export interface Paging {
  offset: number;
  limit: number;
  /** Where the previous page ended in article order; pages that can walk an index start right after it. */
  after?: { articleId: string; position: number } | null;
  /** False when the client did not ask for totalCount: then only whether a next page exists is worked out. */
  countTotal?: boolean;
}

/** Name filters compare normalized keys: "Doe", "DOE" and "doe" are one key. */
const key = (name: string | null | undefined) => (name ? normalizeName(name) : null);

export interface StatementFilter {
  speaker?: string | null;
  about?: string | null;
  reportedBy?: string | null;
  audience?: string | null;
  kind?: string | null;
  article?: string | null;
  textContains?: string | null;
  from?: string | null;
  to?: string | null;
}

export type Ordering = 'ARTICLE_ORDER' | 'DATE' | 'DATE_DESC';

/** Index entries a narrowed page may read in article order before it falls back to collecting candidates. */
const WALK_WINDOW = 10_000;

/** How many statements the graph holds, per driver, read again after a while (Neo4j's count store: O(1)). */
const statementCounts = new WeakMap<object, { total: number; at: number }>();
const COUNT_FRESH_MS = 30_000;

/**
 * Below this many statements every page goes straight to the candidates: there are few, and a walk gains
 * nothing. Decided here rather than inside statement-page-walk.cypher: planning that query on a just-started
 * Neo4j costs ~0.6 s more than statement-page, which a small graph (the reference article alone) need not pay.
 */
const WALK_FROM = 1_000;

/** How many statements the graph holds (cached per driver; see statementCounts). */
async function statementCount(store: GraphStore): Promise<number> {
  const known = statementCounts.get(store.driver);
  if (known && Date.now() - known.at < COUNT_FRESH_MS) return known.total;
  const [row] = await store.read('statement-count-all');
  const total = Number(row?.total ?? 0);
  statementCounts.set(store.driver, { total, at: Date.now() });
  return total;
}

/**
 * Statements in article order, each page starting right after the cursor's statement (keyset), or by article
 * date (offset). Unnarrowed pages walk the article-order index; pages narrowed by names walk it too when their
 * filters are common in a graph of more than WALK_FROM statements, and otherwise take a top-N over the filter's
 * matches. Either way one more row than the page tells whether a next page exists, and the total is counted
 * (by its own query, alongside) only when the client asks for it.
 */
export async function statementPage(store: GraphStore, filter: StatementFilter, paging: Paging, orderBy: Ordering = 'ARTICLE_ORDER'): Promise<PageSlice<StatementRecord>> {
  const narrowed = orderBy !== 'ARTICLE_ORDER' || [filter.speaker, filter.about, filter.reportedBy, filter.audience, filter.article, filter.from, filter.to].some((value) => value);
  // keyset cursors follow article order; date orders page by offset
  const after = orderBy === 'ARTICLE_ORDER' ? paging.after : null;
  const words = { kind: filter.kind ?? null, textContains: filter.textContains ?? null };
  const window = { skip: after ? 0 : paging.offset, limit: paging.limit + 1 };
  const matches = {
    speaker: key(filter.speaker),
    about: key(filter.about),
    reportedBy: key(filter.reportedBy),
    audience: key(filter.audience),
    article: filter.article ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    orderBy,
    ...words,
  };
  const cursor = { afterArticle: after?.articleId ?? null, afterPosition: after?.position ?? -1 };
  const narrowedPage = async (): Promise<Row[]> => {
    if (orderBy !== 'ARTICLE_ORDER') return store.read('statement-page-by-date', { ...matches, ...cursor, ...window });
    // common filters at archive scale: walk the article-order index and stop once the page is full
    const byName = [filter.speaker, filter.about, filter.reportedBy, filter.audience].some((value) => value);
    if (byName && window.skip === 0 && (await statementCount(store)) > WALK_FROM) {
      // one round trip: the walk, or the candidates when the filters are rare; only a short walk over part of
      // the graph asks again
      const [answer] = await store.read('statement-page-walk', { ...matches, ...cursor, ...window, scan: WALK_WINDOW });
      const page = (answer?.page ?? []) as Row[];
      if (answer && (!answer.walked || page.length === window.limit || answer.whole)) return page.map((statement) => ({ statement }));
    }
    return store.read('statement-page', { ...matches, ...cursor, ...window });
  };
  const [rows, counted] = await Promise.all([
    narrowed ? narrowedPage() : store.read('statement-page-all', { ...words, afterArticle: after?.articleId ?? '', afterPosition: after?.position ?? -1, ...window }),
    paging.countTotal === false
      ? undefined
      : narrowed
        ? store.read('statement-count-narrowed', matches)
        : store.read(words.kind || words.textContains ? 'statement-count' : 'statement-count-all', words),
  ]);
  const page = rows.slice(0, paging.limit).map((row) => row.statement as StatementRecord);
  const total = counted ? (counted[0]!.total as number) : paging.offset + page.length + (rows.length > paging.limit ? 1 : 0);
  return { page, total };
}

export async function entityPage(
  store: GraphStore,
  filter: { kind?: string | null; name?: string | null; nameContains?: string | null; commenters?: boolean | null },
  paging: Paging,
): Promise<PageSlice<EntityRecord>> {
  const [row] = await store.read('entity-page', {
    kind: filter.kind ?? null,
    name: key(filter.name),
    nameContains: key(filter.nameContains),
    commenters: filter.commenters ?? false,
    ...paging,
  });
  return row as unknown as PageSlice<EntityRecord>;
}

export async function eventPage(
  store: GraphStore,
  filter: { participant?: string | null; kind?: string | null; from?: string | null; to?: string | null },
  paging: Paging,
  orderBy: Ordering = 'DATE',
): Promise<PageSlice<EventRecord>> {
  const [row] = await store.read('event-page', {
    participant: key(filter.participant),
    kind: filter.kind ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    orderBy,
    offset: paging.offset,
    limit: paging.limit,
  });
  return row as unknown as PageSlice<EventRecord>;
}

export async function entityByName(store: GraphStore, name: string): Promise<EntityRecord | null> {
  const [row] = await store.read('entity-lookup', { key: key(name) });
  return (row?.entity as EntityRecord | undefined) ?? null;
}

/** entity(name) and the first page of what it said, in one round trip. */
export async function entityByNameWithSaid(store: GraphStore, name: string, paging: { offset: number; limit: number }): Promise<{ entity: EntityRecord; said: PageSlice<StatementRecord> } | null> {
  const [row] = await store.read('entity-lookup-said', { key: key(name), ...paging, ...SAID_PAGE_CHOICE });
  return row ? { entity: row.entity as EntityRecord, said: { total: row.total as number, page: row.page as StatementRecord[] } } : null;
}

export async function nodeById(store: GraphStore, id: string): Promise<{ labels: string[]; node: Row } | null> {
  const [row] = await store.read('node-by-id', { id });
  return (row as { labels: string[]; node: Row } | undefined) ?? null;
}

/** One query for a whole batch of ids; results come back in the order of `ids`. */
async function batch<T>(store: GraphStore, name: QueryName, ids: readonly string[], extra: Row = {}): Promise<T[]> {
  const rows = await store.read(name, { ids: [...ids], ...extra });
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return ids.map((id) => byId.get(id) as T);
}

export const statementCore = (store: GraphStore, ids: readonly string[]) => batch<StatementCore>(store, 'statement-core', ids);
export const statementLinks = (store: GraphStore, ids: readonly string[]) => batch<StatementLinks>(store, 'statement-links', ids);
/** One property of each node of a batch, fetched only when a query selects it; `absent` for an unknown id. */
async function batchProperty<T>(store: GraphStore, name: QueryName, ids: readonly string[], property: string, absent: T): Promise<T[]> {
  return (await batch<Row | undefined>(store, name, ids)).map((row) => (row?.[property] as T | undefined) ?? absent);
}

export const statementSentences = (store: GraphStore, ids: readonly string[]) => batchProperty(store, 'statement-sentences', ids, 'sentence', '');
export const entityAliases = (store: GraphStore, ids: readonly string[]) => batchProperty<string[]>(store, 'entity-aliases', ids, 'aliases', []);
export const articleTexts = (store: GraphStore, ids: readonly string[]) => batchProperty(store, 'article-texts', ids, 'text', '');
export const eventLinks = (store: GraphStore, ids: readonly string[]) => batch<EventLinks>(store, 'event-links', ids);
export const personRoles = async (store: GraphStore, ids: readonly string[]) =>
  (await batch<{ roles: (RoleRecord | null)[] } | undefined>(store, 'person-roles', ids)).map((row) => (row?.roles ?? []).filter((role): role is RoleRecord => role !== null));
export const articlesByIds = async (store: GraphStore, ids: readonly string[]) => {
  const rows = await store.read('article-by-ids', { ids: [...ids] });
  const byId = new Map(rows.map((row) => [(row.article as ArticleRecord).id, row.article as ArticleRecord]));
  return ids.map((id) => byId.get(id) ?? null);
};

export type RelationName =
  | 'entity-said'
  | 'entity-mentioned-in'
  | 'entity-addressed-by'
  | 'article-statements'
  | 'article-entities'
  | 'article-events';

/**
 * An entity with at most this many statements has its `said` page sorted; one with more has it read by walking
 * the article-order index when its statements are dense enough in the graph (entity-said-page.cypher).
 */
const SAID_PAGE_CHOICE = { sortBelow: 200, walkRatio: 1 };

/** Parameters a relation's query takes beyond the paging. */
const RELATION_PARAMETERS: Partial<Record<RelationName, Row>> = { 'entity-said': SAID_PAGE_CHOICE };

/** Pages of a relation (an entity's statements, an article's events…) for a batch of ids with the same paging. */
export const relationPages = <T>(store: GraphStore, name: RelationName, ids: readonly string[], paging: Paging, extra: Row = {}) =>
  batch<PageSlice<T>>(store, name, ids, { ...paging, ...RELATION_PARAMETERS[name], ...extra });

export interface SpeakerGroupRecord {
  speaker: EntityRecord;
  count: number;
  statements: StatementRecord[];
  critical: number;
  supportive: number;
  neutral: number;
}

export async function whoSaidWhatAbout(store: GraphStore, target: string, stance: Stance | null = null): Promise<SpeakerGroupRecord[]> {
  return (await store.read('who-said-what-about', { target: key(target), stance })) as unknown as SpeakerGroupRecord[];
}

/** Lucene treats + - & | ! ( ) { } [ ] ^ " ~ * ? : \ / as syntax; user text is searched as plain words. */
export function luceneQuery(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (character) => `\\${character}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (word) => word.toLowerCase())
    .trim();
}

export async function search(store: GraphStore, text: string, limit: number) {
  const query = luceneQuery(text);
  if (!query) return { statements: [], entities: [] };
  const [statements, entities] = await Promise.all([
    store.read('search-statements', { query, limit }),
    store.read('search-entities', { query, limit }),
  ]);
  return {
    statements: statements as unknown as { statement: StatementRecord; score: number }[],
    entities: entities as unknown as { entity: EntityRecord; score: number }[],
  };
}

export interface PathStepRecord {
  type: string;
  title: string | null;
  from: { id: string; name: string; label: string };
  to: { id: string; name: string; label: string };
}

export const MAX_HOPS = 6;

export async function connection(store: GraphStore, from: string, to: string, maxHops: number): Promise<PathStepRecord[] | null> {
  const parameters = { from: key(from), to: key(to), maxHops };
  for (const name of ['connection-path', 'connection-path-any'] as const) {
    const [row] = await store.read(name, parameters);
    if (row) return row.steps as PathStepRecord[];
  }
  return null;
}

export interface QuoteRecord {
  id: string;
  text: string;
}

export interface QuoteDetails {
  /** In the order articles carried it: the first is the earliest. */
  statements: StatementRecord[];
  articles: ArticleRecord[];
  relayedBy: EntityRecord[];
}

/** The Quote some words are: the same wording, or the one sharing the most five-word runs with them. */
export async function quoteByText(store: GraphStore, text: string): Promise<QuoteRecord | null> {
  const key = quoteKey(text);
  const [row] = await store.read('quote-by-text', { key, shingles: shingles(key) });
  return (row?.quote as QuoteRecord | undefined) ?? null;
}

export const statementQuotes = async (store: GraphStore, ids: readonly string[]) =>
  (await batch<{ quote: QuoteRecord } | undefined>(store, 'statement-quotes', ids)).map((row) => row?.quote ?? null);
export const quoteDetails = async (store: GraphStore, ids: readonly string[]) =>
  (await batch<QuoteDetails | undefined>(store, 'quote-details', ids)).map((row) => row ?? { statements: [], articles: [], relayedBy: [] });

/** How long planning the first questions may take on a just-started Neo4j (seconds there, for the narrowed page). */
const WARM_UP_BUDGET_MS = 30_000;

/**
 * Asks the questions clients ask first, once, about a name no graph holds, so that Neo4j plans and caches their
 * queries before the first request: on a just-started Neo4j planning the narrowed statement page takes longer
 * than a read's budget, and that client would get GRAPH_UNAVAILABLE. True when every question was answered.
 */
export async function warmReadPlans(store: GraphStore): Promise<boolean> {
  const patient = new GraphStore(store.driver, store.database, WARM_UP_BUDGET_MS);
  const nobody = 'newsgraph warm-up: no such name';
  const paging = { offset: 0, limit: 10, countTotal: true };
  try {
    await store.ping(); // within the usual budget: a Neo4j that is down fails here, fast
    await statementPage(patient, { speaker: nobody, about: nobody }, paging);
    await statementPage(patient, {}, paging);
    await entityByNameWithSaid(patient, nobody, { offset: 0, limit: 10 });
    await whoSaidWhatAbout(patient, nobody);
    return true;
  } catch {
    return false; // Neo4j down or too slow: the first requests will plan instead
  }
}
