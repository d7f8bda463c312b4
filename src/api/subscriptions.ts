import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ApiContext } from './context.ts';
import { queryLimitRules } from './queryLimits.ts';

/** Subscriptions one WebSocket connection may hold at once; more are refused with an error. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 10;
/** Messages from clients are small GraphQL documents: 64 KB is plenty, and bounds what one frame can cost. */
const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * GraphQL subscriptions over WebSocket at /graphql (the graphql-ws protocol), as Apollo Server documents it.
 * Public like reads; the same query limits as HTTP; bounded per connection; closed when the server drains.
 */
export function serveSubscriptions(httpServer: http.Server, schema: GraphQLSchema, context: () => ApiContext) {
  // attached by hand (noServer): the HTTP server's own errors, such as a busy port, stay the HTTP server's
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  httpServer.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (client) => wsServer.emit('connection', client, request));
  });
  const active = new WeakMap<object, Set<string>>();
  const cleanup = useServer<Record<string, unknown>, { socket: object }>(
    {
      schema,
      context,
      validate: (checked, document) => validate(checked, document, [...specifiedRules, ...queryLimitRules]),
      onSubscribe: (ctx, id) => {
        const ids = active.get(ctx.extra.socket) ?? new Set<string>();
        if (ids.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection; complete one first.`, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } })];
        }
        ids.add(id);
        active.set(ctx.extra.socket, ids);
        return undefined;
      },
      onComplete: (ctx, id) => {
        active.get(ctx.extra.socket)?.delete(id);
      },
    },
    wsServer,
  );
  const drainPlugin: ApolloServerPlugin<ApiContext> = {
    async serverWillStart() {
      return {
        async drainServer() {
          await cleanup.dispose();
        },
      };
    },
  };
  return { drainPlugin };
}
