import type { GraphStore, LoadQueue } from '../graph/index.ts';
import type { ExtractionPool } from './extractionPool.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Built per request: loaders must not outlive a request, or one user's data could leak into another's. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** True when the request carried the right `Authorization: Bearer` API key. */
  authenticated: boolean;
  /** Parses and extracts articles in worker threads. */
  extraction: ExtractionPool;
  /** Writes ingested articles; concurrent ingestions share transactions. */
  loads: LoadQueue;
}

/** What every request of one server shares. */
export type SharedServices = Pick<ApiContext, 'extraction' | 'loads'>;

export function createContext(store: GraphStore, authenticated: boolean, shared: SharedServices): ApiContext {
  const scoped = store.scoped(); // counts this request's Cypher round trips for its log line
  return { store: scoped, loaders: createLoaders(scoped), authenticated, ...shared };
}
