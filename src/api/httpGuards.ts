import type express from 'express';
import { ErrorCode } from './errors.ts';
import { logger } from './logger.ts';

// What the HTTP layer refuses before GraphQL runs, answered as GraphQL-over-HTTP JSON like every other error.

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

export const refuseDeepJson: express.RequestHandler = (request, response, next) => {
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
export function jsonErrors(development: boolean): express.ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, _request, response, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'internal error before GraphQL');
    const message = BODY_ERRORS[error.type ?? ''] ?? (status === 500 ? 'Internal server error' : 'Bad request');
    response.status(status).json({
      errors: [{ message: development && status === 500 ? String(error.message) : message, extensions: { code: status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST } }],
    });
  };
}
