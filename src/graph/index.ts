/** The graph stage: Neo4j driver, schema, named Cypher queries, load and read functions. */
export { createDriver, verifyGraph, describeGraphError, GraphUnavailableError } from './driver.ts';
export type { GraphConnection } from './driver.ts';
export { applySchema } from './schema.ts';
export { GraphStore, GraphTimeoutError, DEFAULT_READ_TIMEOUT_MS } from './store.ts';
export { QUERY_NAMES, cypher, queryFileNames } from './cypher.ts';
export type { QueryName } from './cypher.ts';
export { articlePage } from './articles.ts';
export type { ArticleRecord } from './articles.ts';
export type { WriteCounters } from './store.ts';
export { LoadQueue } from './loadQueue.ts';
export { MemoryGraph } from './memoryGraph.ts';
export { writeCsv, csvImportArgumentsOf, type CsvExport } from './csvExport.ts';
export { loadAnnotation, loadAnnotations, loadAnnotationsEach, loadedArticleIds, deleteArticle, statementSentence } from './load.ts';
export type { BatchReport, LoadReport } from './load.ts';
export * from './reads.ts';
