import path from 'node:path';
import { startServer } from '../api/index.ts';
import { warmReadPlans } from '../graph/index.ts';
import { ConfigError, loadConfig } from '../config/index.ts';
import { localNeo4jStatus, stopLocalNeo4j } from '../localdb/index.ts';
import { openGraph } from './connect.ts';
import { ingestFile } from './ingest.ts';
import { repoRoot } from './paths.ts';

/** Drain, close the driver and stop the local Neo4j within this, or exit anyway (docker stop waits 10 s). */
const SHUTDOWN_DEADLINE_MS = 9_000;

export const REFERENCE_ARTICLE = path.join(repoRoot, 'data/us-defense-chief-russia.txt');

/** `npm start`: Neo4j (local unless NEO4J_URI is set), the reference article loaded, GraphQL served. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const graph = await openGraph(config);
  const report = await ingestFile(graph.store, REFERENCE_ARTICLE);
  console.log(`Loaded the reference article (${report.articleId}).`);
  // a just-started Neo4j plans the first questions for longer than a read's budget: before the first client
  const planning = performance.now();
  if (await warmReadPlans(graph.store)) console.log(`Planned the common queries (${((performance.now() - planning) / 1000).toFixed(1)} s).`);
  let server;
  try {
    server = await startServer({
      store: graph.store,
      apiKey: config.apiKey,
      development: config.development,
      host: config.host,
      port: config.port,
      extractionBudgetMs: config.extractionBudgetMs,
      introspection: config.introspection,
    });
  } catch (error) {
    // a busy port must not leave the Neo4j this process started running
    await graph.driver.close();
    if (graph.startedLocalNeo4j) await stopLocalNeo4j();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError([`port ${config.port} on ${config.host} is already in use; set PORT to another one`]);
    }
    throw error;
  }
  console.log(`GraphQL API and Playground: ${server.url}`);
  console.log(`Who said what, as a graph: ${server.url.replace(/\/graphql$/, '/explore')}`);
  if (config.neo4jUri === undefined) {
    console.log(`Neo4j Browser:              ${(await localNeo4jStatus()).browserUrl} (user ${config.neo4jUser})`);
  }
  if (!config.apiKey) console.log('Mutations are disabled: set NEWSGRAPH_API_KEY to enable ingestArticle/deleteArticle.');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: draining requests…`);
    // a request or Neo4j that never answers must not keep the process alive past the deadline
    setTimeout(() => {
      console.error(`Shutdown took longer than ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting.`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await server.stop();
    await graph.driver.close();
    if (graph.startedLocalNeo4j) await stopLocalNeo4j();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
