import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { articlePage, type ArticleRecord } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { Article, ArticleConnection } from '../types/Article.ts';
import { EntityConnection } from '../types/Entity.ts';
import { EventConnection } from '../types/Event.ts';
import { StatementConnection } from '../types/Statement.ts';
import { paged, pagedRelation } from './paging.ts';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Loaded articles, newest first.' })
  articles(
    @Ctx() { store }: ApiContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return paged(first, after, (paging) => articlePage(store, paging));
  }

  @FieldResolver(() => String, { description: 'The article body; statement offsets point into it.' })
  async text(@Root() article: ArticleRecord, @Ctx() { loaders }: ApiContext) {
    // pages of articles carry the body; articles reached through statements and events fetch it only when asked
    return article.text ?? loaders.articleTexts.load(article.id);
  }

  @FieldResolver(() => StatementConnection, { description: 'Quotes and reported speech, in text order.' })
  statements(@Root() article: ArticleRecord, @Ctx() { loaders }: ApiContext, @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return pagedRelation(loaders.articleStatements, article.id, first, after);
  }

  @FieldResolver(() => StatementConnection, { description: 'Reader comments.' })
  comments(@Root() article: ArticleRecord, @Ctx() { loaders }: ApiContext, @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return pagedRelation(loaders.articleComments, article.id, first, after);
  }

  @FieldResolver(() => EntityConnection, { description: 'Entities mentioned, most mentioned first.' })
  entities(@Root() article: ArticleRecord, @Ctx() { loaders }: ApiContext, @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return pagedRelation(loaders.articleEntities, article.id, first, after);
  }

  @FieldResolver(() => EventConnection)
  events(@Root() article: ArticleRecord, @Ctx() { loaders }: ApiContext, @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return pagedRelation(loaders.articleEvents, article.id, first, after);
  }
}
