import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { quoteByText, type ArticleRecord, type EntityRecord, type QuoteRecord, type StatementRecord } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { Article } from '../types/Article.ts';
import { Entity } from '../types/Entity.ts';
import { Quote } from '../types/Quote.ts';
import { Statement } from '../types/Statement.ts';

/** Quote provenance: who first carried some words, and who repeated them. */
@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: 'The quote these words are (the same wording, or the one sharing the most five-word runs); null when no article carried them.' })
  quote(@Ctx() { store }: ApiContext, @Arg('text', () => String) text: string) {
    if (text.length > 2000) throw badInput('text must be at most 2000 characters.', 'text');
    return quoteByText(store, text);
  }

  @FieldResolver(() => [Statement], { description: 'Every statement carrying it, the earliest article first.' })
  async statements(@Root() quote: QuoteRecord, @Ctx() { loaders }: ApiContext): Promise<StatementRecord[]> {
    return (await loaders.quoteDetails.load(quote.id)).statements;
  }

  @FieldResolver(() => [Article], { description: 'The articles that carried it, the earliest first (by date; undated ones by when they were loaded).' })
  async articles(@Root() quote: QuoteRecord, @Ctx() { loaders }: ApiContext): Promise<ArticleRecord[]> {
    return (await loaders.quoteDetails.load(quote.id)).articles;
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The first article that carried it.' })
  async firstArticle(@Root() quote: QuoteRecord, @Ctx() { loaders }: ApiContext): Promise<ArticleRecord | null> {
    return (await loaders.quoteDetails.load(quote.id)).articles[0] ?? null;
  }

  @FieldResolver(() => [Entity], { description: 'News agencies that relayed it (REPORTED_BY of its statements).' })
  async relayedBy(@Root() quote: QuoteRecord, @Ctx() { loaders }: ApiContext): Promise<EntityRecord[]> {
    return (await loaders.quoteDetails.load(quote.id)).relayedBy;
  }

  @FieldResolver(() => Int, { description: 'How many articles carried it.' })
  async articleCount(@Root() quote: QuoteRecord, @Ctx() { loaders }: ApiContext): Promise<number> {
    return (await loaders.quoteDetails.load(quote.id)).articles.length;
  }
}
