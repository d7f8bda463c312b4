import { getArgumentValues, getNamedType, isInterfaceType, isObjectType, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PageSlice, Paging } from '../../graph/index.ts';
import { pageRequest, toPage, type Page } from '../cursor.ts';

/** The selections of `field` on this resolver's result, directly or through fragments. */
function selectionsOf(info: GraphQLResolveInfo, field: string): FieldNode[] {
  const found: FieldNode[] = [];
  const collect = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (selection.name.value === field) found.push(selection);
      } else if (selection.kind === 'InlineFragment') collect(selection.selectionSet);
      else collect(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet);
  return found;
}

/** Whether the connection this resolver returns has `field` selected (directly or through fragments). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectionsOf(info, field).length > 0;
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

/**
 * The arguments of the one `field` selected on this resolver's result (through fragments too), or undefined
 * when it is not selected or selected more than once (aliases with other arguments): a look-ahead that lets
 * a root resolver fetch a nested field in its own query.
 */
export function selectedFieldArguments(info: GraphQLResolveInfo, field: string): Record<string, unknown> | undefined {
  const found = selectionsOf(info, field);
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[field] : undefined;
  if (found.length !== 1 || !definition) return undefined;
  return getArgumentValues(definition, found[0]!, info.variableValues);
}
