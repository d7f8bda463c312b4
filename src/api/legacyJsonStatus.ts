import type { ApolloServerPlugin } from '@apollo/server';

const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (not `application/graphql-response+json`)
 * SHOULD get 200 for documents that fail to parse or validate and for variables that fail coercion; the
 * errors are in the body. Apollo answers 400; clients that ask for the new media type still get it.
 */
export function legacyJsonStatus(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      if (accept.includes('application/graphql-response+json')) return {};
      return {
        async willSendResponse({ response, errors }) {
          const codes = (errors ?? []).map((error) => String(error.extensions?.code ?? ''));
          if (response.http.status === 400 && codes.length > 0 && codes.every((code) => REQUEST_ERRORS.has(code))) response.http.status = 200;
        },
      };
    },
  };
}
