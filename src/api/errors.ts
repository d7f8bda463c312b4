import { GraphQLError } from 'graphql';

/** Every error the API reports carries one of these codes in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_FOUND = 'NOT_FOUND',
  GRAPH_UNAVAILABLE = 'GRAPH_UNAVAILABLE',
  /** The query ran out of its time budget in Neo4j: ask for less (fewer hops, a narrower filter). */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** The article ran past the extraction time budget. */
  EXTRACTION_TIMEOUT = 'EXTRACTION_TIMEOUT',
  BAD_REQUEST = 'BAD_REQUEST',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string, field?: string) =>
  apiError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
