import { badInput } from './errors.ts';

const PREFIX = 'ng1:';
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  offset: number;
  limit: number;
}

/** Cursors are opaque to clients: base64url of a versioned offset into a stable ordering. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(PREFIX.length));
  if (!decoded.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badInput(`"${cursor.slice(0, 40)}" is not a cursor this API gave out.`, 'after');
  }
  return offset;
}

/** Validates `first`/`after` and turns them into an offset and a limit. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, fallback = 20): PageRequest {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}.`, 'first');
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function toPage<T>(nodes: T[], request: PageRequest, totalCount: number): Page<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(request.offset + index), node }));
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage: request.offset + nodes.length < totalCount,
      hasPreviousPage: request.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
