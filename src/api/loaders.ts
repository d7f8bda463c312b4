import DataLoader from 'dataloader';
import {
  articlesByIds,
  eventLinks,
  personRoles,
  relationPages,
  statementCore,
  statementLinks,
  articleTexts,
  statementSentences,
  entityAliases,
  statementQuotes,
  quoteDetails,
  type GraphStore,
  type PageSlice,
  type Paging,
  type RelationName,
  type EntityRecord,
  type EventRecord,
  type StatementRecord,
} from '../graph/index.ts';

/**
 * Batches a relation's pages: every (id, paging) asked for during one tick becomes one query per distinct paging,
 * so "said" on 50 entities costs one round trip, not 50.
 */
function relationLoader<T>(store: GraphStore, name: RelationName, extra: Record<string, unknown> = {}) {
  return new DataLoader<{ id: string; paging: Paging }, PageSlice<T>, string>(
    async (keys) => {
      const groups = new Map<string, { paging: Paging; ids: string[] }>();
      for (const { id, paging } of keys) {
        const group = groups.get(`${paging.offset}:${paging.limit}`) ?? { paging, ids: [] };
        group.ids.push(id);
        groups.set(`${paging.offset}:${paging.limit}`, group);
      }
      const results = new Map<string, PageSlice<T>>();
      await Promise.all(
        [...groups.values()].map(async ({ paging, ids }) => {
          const pages = await relationPages<T>(store, name, ids, paging, extra);
          ids.forEach((id, index) => results.set(`${id}:${paging.offset}:${paging.limit}`, pages[index] ?? { total: 0, page: [] }));
        }),
      );
      return keys.map(({ id, paging }) => results.get(`${id}:${paging.offset}:${paging.limit}`)!);
    },
    { cacheKeyFn: ({ id, paging }) => `${id}:${paging.offset}:${paging.limit}` },
  );
}

/** Loaders live for one request only. */
export function createLoaders(store: GraphStore) {
  return {
    statementCore: new DataLoader((ids: readonly string[]) => statementCore(store, ids)),
    statementLinks: new DataLoader((ids: readonly string[]) => statementLinks(store, ids)),
    articleTexts: new DataLoader((ids: readonly string[]) => articleTexts(store, ids)),
    statementSentences: new DataLoader((ids: readonly string[]) => statementSentences(store, ids)),
    entityAliases: new DataLoader((ids: readonly string[]) => entityAliases(store, ids)),
    statementQuotes: new DataLoader((ids: readonly string[]) => statementQuotes(store, ids)),
    quoteDetails: new DataLoader((ids: readonly string[]) => quoteDetails(store, ids)),
    eventLinks: new DataLoader((ids: readonly string[]) => eventLinks(store, ids)),
    roles: new DataLoader((ids: readonly string[]) => personRoles(store, ids)),
    articles: new DataLoader((ids: readonly string[]) => articlesByIds(store, ids)),
    said: relationLoader<StatementRecord>(store, 'entity-said'),
    mentionedIn: relationLoader<StatementRecord>(store, 'entity-mentioned-in'),
    addressedBy: relationLoader<StatementRecord>(store, 'entity-addressed-by'),
    articleStatements: relationLoader<StatementRecord>(store, 'article-statements', { kinds: ['DIRECT', 'INDIRECT'] }),
    articleComments: relationLoader<StatementRecord>(store, 'article-statements', { kinds: ['COMMENT'] }),
    articleEntities: relationLoader<EntityRecord>(store, 'article-entities'),
    articleEvents: relationLoader<EventRecord>(store, 'article-events'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
