import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from './errors.ts';

/** Fields nested inside each other (fragments flattened): replies { replies { … } } stops here. */
export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 30;
export const MAX_COST = 5_000;
/** graphql-js stops parsing after this many tokens, before any validation runs. */
export const MAX_TOKENS = 5_000;

// graphql-armor's rules throw by default; reporting keeps every rejection a normal validation error with our code.
const report = [
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } }),
    ),
];
const rejection = { propagateOnRejection: false, onReject: report } as const;
const common = { ...rejection, ignoreIntrospection: true } as const;

/** graphql-js validates a subscription against a schema without one and fails only when executing it. */
function supportedOperations(context: ValidationContext) {
  return {
    OperationDefinition(operation: OperationDefinitionNode) {
      if (!context.getSchema().getRootType(operation.operation)) {
        context.reportError(
          new GraphQLError(`This API has no ${operation.operation} operations.`, { nodes: [operation], extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } }),
        );
      }
    },
  };
}

/**
 * Cost limits from graphql-armor (linear in the query's size: fragments are measured once), so no anonymous
 * query can hold the service: depth, aliases, directives and a depth-weighted cost. GraphiQL's introspection passes.
 */
export const queryLimitRules: ValidationRule[] = [
  supportedOperations,
  maxDepthRule({ ...common, n: MAX_QUERY_DEPTH, flattenFragments: true }),
  maxAliasesRule({ ...rejection, n: MAX_ALIASES }),
  maxDirectivesRule({ ...rejection, n: MAX_DIRECTIVES }),
  costLimitRule({ ...common, maxCost: MAX_COST }),
] as ValidationRule[];
