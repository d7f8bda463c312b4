import { badInput } from './errors.ts';

const PREFIX = 'ng2:';
export const MAX_PAGE_SIZE = 100;

/** A node's place in article order; statements carry it so the next page can start right after them. */
export interface OrderKey {
  articleId: string;
  position: number;
}

export interface PageRequest {
  offset: number;
  limit: number;
  after: OrderKey | null;
  /** Whether the query selects totalCount; counting is skipped when it does not. */
  countTotal: boolean;
}

/** Cursors are opaque to clients: base64url of a versioned offset into a stable ordering, with the node's order key when it has one. */
export function encodeCursor(offset: number, key?: OrderKey): string {
  return Buffer.from(`${PREFIX}${JSON.stringify(key ? [offset, key.articleId, key.position] : [offset])}`).toString('base64url');
}

export function decodeCursor(cursor: string): { offset: number; key: OrderKey | null } {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  let parts: unknown;
  try {
    parts = decoded.startsWith(PREFIX) ? JSON.parse(decoded.slice(PREFIX.length)) : null;
  } catch {
    parts = null;
  }
  const list: unknown[] = Array.isArray(parts) ? parts : [];
  const [offset, articleId, position] = list;
  const valid =
    list.length > 0 &&
    Number.isInteger(offset) &&
    (offset as number) >= 0 &&
    (list.length === 1 || (list.length === 3 && typeof articleId === 'string' && Number.isInteger(position)));
  if (!valid) throw badInput(`"${cursor.slice(0, 40)}" is not a cursor this API gave out.`, 'after');
  return { offset: offset as number, key: list.length === 3 ? { articleId: articleId as string, position: position as number } : null };
}

/** Validates `first`/`after` and turns them into an offset and a limit. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, countTotal = true, fallback = 20): PageRequest {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}.`, 'first');
  }
  const cursor = after ? decodeCursor(after) : null;
  return { offset: cursor ? cursor.offset + 1 : 0, limit, after: cursor?.key ?? null, countTotal };
}

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function toPage<T>(nodes: T[], request: PageRequest, totalCount: number): Page<T> {
  const keyOf = (node: T): OrderKey | undefined => {
    const { articleId, position } = node as Partial<OrderKey>;
    return typeof articleId === 'string' && typeof position === 'number' ? { articleId, position } : undefined;
  };
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(request.offset + index, keyOf(node)), node }));
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
