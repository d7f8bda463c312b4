import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { LoadQueue, type GraphStore } from '../graph/index.ts';
import { createContext, type ApiContext } from './context.ts';
import { createExtractionPool } from './extractionPool.ts';
import { MAX_TOKENS, queryLimitRules } from './queryLimits.ts';
import { formatError } from './formatError.ts';
import { jsonErrors, refuseDeepJson } from './httpGuards.ts';
import { legacyJsonStatus } from './legacyJsonStatus.ts';
import { requestLog } from './requestLog.ts';
import { playgroundRouter } from './playground.ts';
import { browserGuideRouter } from './browserGuide.ts';
import { exploreRouter } from './explore.ts';
import { buildApiSchema } from './schema.ts';
import { serveSubscriptions } from './subscriptions.ts';

export interface ServerOptions {
  store: GraphStore;
  apiKey: string | undefined;
  development: boolean;
  host: string;
  port: number;
  /** Time budget of one article's extraction in a worker thread. */
  extractionBudgetMs?: number;
  /** On unless switched off: the Playground's Docs and autocomplete read the schema through it. */
  introspection?: boolean;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

function bearerMatches(header: string | undefined, apiKey: string | undefined): boolean {
  if (!apiKey || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const expected = Buffer.from(apiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Express + Apollo Server 5 with the drain plugin, health endpoints and the offline Playground. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const schema = await buildApiSchema();
  const extraction = createExtractionPool(options.extractionBudgetMs);
  const shared = { extraction, loads: new LoadQueue(options.store) };
  const subscriptions = serveSubscriptions(httpServer, schema, () => createContext(options.store, false, shared));
  const apollo = new ApolloServer<ApiContext>({
    schema,
    // no cache hints are used: without the cache-control plugin Apollo does not wrap every field resolver
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), subscriptions.drainPlugin, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), legacyJsonStatus(), requestLog()],
    formatError: formatError(),
    includeStacktraceInErrorResponses: options.development,
    validationRules: queryLimitRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    // serve() owns SIGTERM/SIGINT: two handlers calling stop() made the second wait forever
    stopOnTerminationSignals: false,
    introspection: options.introspection ?? true,
  });
  await apollo.start();

  app.get('/health/live', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_request, response) => {
    try {
      await options.store.ping();
      response.json({ status: 'ready' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
    }
  });
  app.use(playgroundRouter('/graphql'));
  app.use(browserGuideRouter());
  app.use(exploreRouter());
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    refuseDeepJson,
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(options.store, bearerMatches(req.headers.authorization, options.apiKey), shared),
    }),
  );

  app.use(jsonErrors(options.development));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await extraction.close();
    },
  };
}
