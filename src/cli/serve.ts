import path from 'node:path';
import { startServer } from '../api/index.ts';
import { loadConfig } from '../config/index.ts';
import { localNeo4jStatus, stopLocalNeo4j } from '../localdb/index.ts';
import { openGraph } from './connect.ts';
import { ingestFile } from './ingest.ts';
import { repoRoot } from './paths.ts';

export const REFERENCE_ARTICLE = path.join(repoRoot, 'data/us-defense-chief-russia.txt');

/** `npm start`: Neo4j (local unless NEO4J_URI is set), the reference article loaded, GraphQL served. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const graph = await openGraph(config);
  const report = await ingestFile(graph.store, REFERENCE_ARTICLE);
  console.log(`Loaded the reference article (${report.articleId}).`);
  const server = await startServer({
    store: graph.store,
    apiKey: config.apiKey,
    development: config.development,
    host: config.host,
    port: config.port,
  });
  console.log(`GraphQL API and Playground: ${server.url}`);
  if (config.neo4jUri === undefined) {
    console.log(`Neo4j Browser:              ${(await localNeo4jStatus()).browserUrl} (user ${config.neo4jUser})`);
  }
  if (!config.apiKey) console.log('Mutations are disabled: set NEWSGRAPH_API_KEY to enable ingestArticle/deleteArticle.');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests…`);
    await server.stop();
    await graph.driver.close();
    if (graph.startedLocalNeo4j) await stopLocalNeo4j();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
