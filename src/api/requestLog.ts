import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context.ts';
import { logger } from './logger.ts';

/** One log line per GraphQL request: operation, duration, Cypher round trips, HTTP status and error code. */
export function requestLog(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ request, response, errors, operationName }) {
          const codes = [...new Set((errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          logger.info(
            {
              operation: operationName ?? request.operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              roundTrips: contextValue.store.roundTrips,
              status: response.http.status ?? 200,
              ...(codes.length ? { errorCode: codes.join(',') } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
