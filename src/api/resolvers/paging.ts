import type { PageSlice } from '../../graph/index.ts';
import { pageRequest, toPage, type Page } from '../cursor.ts';

/** Runs a paged read for `first`/`after` and wraps the slice as a Relay connection. */
export async function paged<T>(first: number | null | undefined, after: string | null | undefined, read: (paging: { offset: number; limit: number }) => Promise<PageSlice<T>>): Promise<Page<T>> {
  const request = pageRequest(first, after);
  const slice = await read(request);
  return toPage(slice.page, request, slice.total);
}

/** A page of one node's relation (an entity's statements, an article's events) through its per-request loader. */
export function pagedRelation<T>(
  loader: { load(key: { id: string; paging: { offset: number; limit: number } }): Promise<PageSlice<T>> },
  id: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<T>> {
  return paged(first, after, (paging) => loader.load({ id, paging }));
}
