import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { statementPage, type PageSlice, type StanceRecord, type StatementRecord } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import type { Loaders } from '../loaders.ts';
import { StatementWhere } from '../inputs/StatementWhere.ts';
import { Article } from '../types/Article.ts';
import { Entity } from '../types/Entity.ts';
import { Event } from '../types/Event.ts';
import { OrderBy } from '../types/enums.ts';
import { Quote } from '../types/Quote.ts';
import { StanceToward } from '../types/StanceToward.ts';
import { Statement, StatementConnection } from '../types/Statement.ts';
import { paged } from './paging.ts';

/** A page's rows carry their speaker, targets and article: the loaders answer those fields without a round trip. */
async function primed(loaders: Loaders, reading: Promise<PageSlice<StatementRecord>>): Promise<PageSlice<StatementRecord>> {
  const slice = await reading;
  for (const statement of slice.page) {
    if (statement.speaker && statement.stances) loaders.statementCore.prime(statement.id, { speaker: statement.speaker, stances: statement.stances });
    if (statement.article) loaders.articles.prime(statement.articleId, statement.article);
  }
  return slice;
}

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements in article order, filtered by speaker, target, outlet, audience, kind, article or words.' })
  statements(
    @Ctx() { store, loaders }: ApiContext,
    @Arg('where', () => StatementWhere, { nullable: true }) where: StatementWhere | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('orderBy', () => OrderBy, { nullable: true, defaultValue: OrderBy.ARTICLE_ORDER }) orderBy: OrderBy,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paged(first, after, (paging) => primed(loaders, statementPage(store, where ?? {}, paging, orderBy)), info);
  }

  @FieldResolver(() => String, { description: 'The sentence the statement sits in.' })
  async sentence(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    // page rows leave the sentence out (the longest field, rarely asked for): fetched in one batch when selected
    return statement.sentence ?? loaders.statementSentences.load(statement.id);
  }

  // Page rows carry speaker, stances and article: those fields answer synchronously from the row (no promise per
  // field, which is most of a page's cost in graphql-js); statements reached otherwise go through the loaders.
  @FieldResolver(() => Entity)
  speaker(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return statement.speaker ?? loaders.statementCore.load(statement.id).then((core) => core.speaker);
  }

  @FieldResolver(() => [Entity])
  about(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    const targets = (stances: StanceRecord[]) => stances.map((toward) => toward.target);
    return statement.stances ? targets(statement.stances) : loaders.statementCore.load(statement.id).then((core) => targets(core.stances));
  }

  @FieldResolver(() => [StanceToward], { description: 'Stance toward each entity in `about`: CRITICAL, SUPPORTIVE or NEUTRAL, with the cue words.' })
  stances(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return statement.stances ?? loaders.statementCore.load(statement.id).then((core) => core.stances);
  }

  @FieldResolver(() => [Entity])
  async audience(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.statementLinks.load(statement.id)).audience;
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The news agency or outlet that relayed the words.' })
  async reportedBy(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.statementLinks.load(statement.id)).reportedBy;
  }

  @FieldResolver(() => Statement, { nullable: true, description: 'The statement this one answers.' })
  async replyTo(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.statementLinks.load(statement.id)).replyTo;
  }

  @FieldResolver(() => [Statement])
  async replies(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.statementLinks.load(statement.id)).replies;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The meeting or session it was said at.' })
  async event(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.statementLinks.load(statement.id)).event;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Publication date of its article, YYYY-MM-DD; null when the article has no date.' })
  async date(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return (await loaders.articles.load(statement.articleId))?.publishedAt ?? null;
  }

  @FieldResolver(() => Quote, { nullable: true, description: 'The quote these words are, across every article that carried them (DIRECT statements of four words or more).' })
  async quote(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return loaders.statementQuotes.load(statement.id);
  }

  @FieldResolver(() => Article)
  article(@Root() statement: StatementRecord, @Ctx() { loaders }: ApiContext) {
    return statement.article ?? loaders.articles.load(statement.articleId);
  }
}
