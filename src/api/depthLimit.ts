import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type FragmentDefinitionNode } from 'graphql';
import { ErrorCode } from './errors.ts';

export const MAX_QUERY_DEPTH = 12;

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/** Refuses queries nested deeper than MAX_QUERY_DEPTH (replies { replies { replies … } }) before they run. */
export function depthLimit(context: ValidationContext): ASTVisitor {
  const fragments = Object.fromEntries(
    context.getDocument().definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > MAX_QUERY_DEPTH) {
        context.reportError(
          new GraphQLError(`The query is nested ${depth} levels deep; at most ${MAX_QUERY_DEPTH} are allowed.`, {
            nodes: [operation],
            extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
          }),
        );
      }
    },
  };
}
