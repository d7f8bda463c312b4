import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { eventPage, type EventRecord } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { OrderBy } from '../types/enums.ts';
import { EventWhere } from '../inputs/EventWhere.ts';
import { Article } from '../types/Article.ts';
import { Entity } from '../types/Entity.ts';
import { Event, EventConnection } from '../types/Event.ts';
import { Statement } from '../types/Statement.ts';
import { paged } from './paging.ts';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events sorted by date (undated last).' })
  events(
    @Ctx() { store }: ApiContext,
    @Arg('where', () => EventWhere, { nullable: true }) where: EventWhere | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => OrderBy, { nullable: true, defaultValue: OrderBy.DATE }) orderBy: OrderBy = OrderBy.DATE,
  ) {
    return paged(first, after, (paging) => eventPage(store, where ?? {}, paging, orderBy));
  }

  @FieldResolver(() => Entity, { nullable: true })
  async place(@Root() event: EventRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.eventLinks.load(event.id)).place;
  }

  @FieldResolver(() => [Entity])
  async participants(@Root() event: EventRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.eventLinks.load(event.id)).participants;
  }

  @FieldResolver(() => [Statement], { description: 'Statements made at this event.' })
  async statements(@Root() event: EventRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.eventLinks.load(event.id)).statements;
  }

  @FieldResolver(() => Article)
  article(@Root() event: EventRecord, @Ctx() { loaders }: ApiContext) {
    return loaders.articles.load(event.articleId);
  }
}
