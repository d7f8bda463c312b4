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
import { createExtractionPool } from './extractionPool.ts';
import { MAX_TOKENS, queryLimitRules } from './queryLimits.ts';
import { ErrorCode } from './errors.ts';
import { formatError } from './formatError.ts';
import { legacyJsonStatus } from './legacyJsonStatus.ts';
import { logger } from './logger.ts';
import { requestLog } from './requestLog.ts';
import { playgroundRouter } from './playground.ts';
import { buildApiSchema } from './schema.ts';

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

/** Deeper JSON than any real request (a comment thread, variables) would overflow the stack of whatever walks it. */
const MAX_JSON_DEPTH = 64;

function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const refuseDeepJson: express.RequestHandler = (request, response, next) => {
  if (jsonDepth(request.body) <= MAX_JSON_DEPTH) return next();
  response.status(400).json({ errors: [{ message: `The request nests JSON more than ${MAX_JSON_DEPTH} levels deep.`, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
};

const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is larger than 5 MB.',
  'charset.unsupported': 'The request body must be UTF-8 JSON.',
  'encoding.unsupported': 'The request body uses an unsupported content encoding.',
};

/** Errors before GraphQL runs (bad JSON, huge bodies, odd charsets) answer GraphQL-over-HTTP JSON, never an HTML stack page. */
function jsonErrors(development: boolean): express.ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, _request, response, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'internal error before GraphQL');
    const message = BODY_ERRORS[error.type ?? ''] ?? (status === 500 ? 'Internal server error' : 'Bad request');
    response.status(status).json({
      errors: [{ message: development && status === 500 ? String(error.message) : message, extensions: { code: status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST } }],
    });
  };
}

/** Express + Apollo Server 5 with the drain plugin, health endpoints and the offline Playground. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), legacyJsonStatus(), requestLog()],
    formatError: formatError(),
    includeStacktraceInErrorResponses: options.development,
    validationRules: queryLimitRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    // serve() owns SIGTERM/SIGINT: two handlers calling stop() made the second wait forever
    stopOnTerminationSignals: false,
    introspection: options.introspection ?? true,
  });
  await apollo.start();
  const extraction = createExtractionPool(options.extractionBudgetMs);

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
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    refuseDeepJson,
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(options.store, bearerMatches(req.headers.authorization, options.apiKey), extraction),
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
