import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphStore } from '../graph/index.ts';
import { createContext, type ApiContext } from './context.ts';
import { depthLimit } from './depthLimit.ts';
import { formatError } from './formatError.ts';
import { playgroundRouter } from './playground.ts';
import { buildApiSchema } from './schema.ts';

export interface ServerOptions {
  store: GraphStore;
  apiKey: string | undefined;
  development: boolean;
  host: string;
  port: number;
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
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    formatError: formatError(),
    includeStacktraceInErrorResponses: options.development,
    validationRules: [depthLimit],
  });
  await apollo.start();

  app.get('/health/live', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_request, response) => {
    try {
      await options.store.driver.verifyConnectivity({ database: options.store.database });
      response.json({ status: 'ready' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
    }
  });
  app.use(playgroundRouter('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(options.store, bearerMatches(req.headers.authorization, options.apiKey)),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/graphql`,
    stop: () => apollo.stop(),
  };
}
