import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { articlePage, countArticles } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { pageRequest, toPage } from '../cursor.ts';
import { Article, ArticleConnection } from '../types/Article.ts';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Loaded articles, newest first.' })
  async articles(
    @Ctx() { store }: ApiContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ArticleConnection> {
    const request = pageRequest(first, after);
    const [nodes, total] = await Promise.all([
      articlePage(store, request.offset, request.limit),
      countArticles(store),
    ]);
    return toPage(nodes, request, total) as ArticleConnection;
  }
}
