import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import { ArgumentValidationError } from 'type-graphql';
import { GraphTimeoutError } from '../graph/index.ts';
import { ErrorCode } from './errors.ts';
import { logger } from './logger.ts';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Neo4j is stopped, frozen or still starting: no connection could be had or kept, whatever the driver calls it. */
function isOutage(error: Neo4jError): boolean {
  return /ServiceUnavailable|SessionExpired/.test(error.code) || /acquisition timed out|connection (was )?(closed|refused|lost)|ECONNREFUSED|ECONNRESET/i.test(error.message);
}

/** Known errors keep their code and message; anything else is logged and masked. */
export function formatError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problems = original.extensions.validationErrors as { property: string; constraints?: Record<string, string> }[];
      const first = problems[0];
      const field = first?.property;
      const message = first?.constraints ? Object.values(first.constraints).join('; ') : 'Argument validation failed';
      return { message: field ? `${field}: ${message}` : message, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, field } };
    }
    if (original instanceof Neo4jError && original.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return { message: 'The query took longer than its time budget; narrow it down.', path: formatted.path, extensions: { code: ErrorCode.QUERY_TIMEOUT } };
    }
    if (original instanceof GraphTimeoutError || (original instanceof Neo4jError && isOutage(original))) {
      return { message: 'The graph database is unavailable; try again shortly.', path: formatted.path, extensions: { code: ErrorCode.GRAPH_UNAVAILABLE } };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return formatted;
    }
    logger.error({ err: original }, 'internal error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
