/** The API stage: type-graphql schema and the HTTP server around it. */
export { startServer } from './server.ts';
export type { RunningServer, ServerOptions } from './server.ts';
export { buildApiSchema, printApiSchema, schemaFile } from './schema.ts';
export { ErrorCode } from './errors.ts';
export { exampleQueries } from './playground.ts';
export { createExtractionPool, ExtractionTimeoutError, type ExtractionPool } from './extractionPool.ts';
