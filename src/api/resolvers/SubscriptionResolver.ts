import { Arg, Ctx, Root, Subscription, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.ts';
import { StatementWhere } from '../inputs/StatementWhere.ts';
import { createLoaders } from '../loaders.ts';
import { matchesWhere, STATEMENT_ADDED, type StatementAdded } from '../liveUpdates.ts';
import { Statement } from '../types/Statement.ts';

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Statement, {
    topics: STATEMENT_ADDED,
    filter: ({ payload, args }: { payload: StatementAdded; args: { where?: StatementWhere } }) => matchesWhere(payload, args.where),
    description: 'Fires for each statement an ingestArticle adds that matches `where` (over WebSocket, graphql-ws protocol, at /graphql). from/to are not applied.',
  })
  statementAdded(@Root() added: StatementAdded, @Ctx() context: ApiContext, @Arg('where', () => StatementWhere, { nullable: true }) _where?: StatementWhere) {
    // a subscription lives long: fresh loaders per event, so nothing is cached across events
    context.loaders = createLoaders(context.store);
    return added.statement;
  }
}
