import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { PageSlice, Paging } from '../../graph/index.ts';
import { pageRequest, toPage, type Page } from '../cursor.ts';

/** Whether the connection this resolver returns has `field` selected (directly or through fragments). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return selection.name.value === field;
      if (selection.kind === 'InlineFragment') return within(selection.selectionSet);
      return within(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => within(node.selectionSet));
}

/** Runs a paged read for `first`/`after` and wraps the slice as a Relay connection. */
export async function paged<T>(
  first: number | null | undefined,
  after: string | null | undefined,
  read: (paging: Paging) => Promise<PageSlice<T>>,
  info?: GraphQLResolveInfo,
): Promise<Page<T>> {
  const request = pageRequest(first, after, info ? selects(info, 'totalCount') : true);
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
  return paged(first, after, ({ offset, limit }) => loader.load({ id, paging: { offset, limit } }));
}
