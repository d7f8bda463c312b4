import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { deleteArticle } from '../../graph/index.ts';
import { ArticleInputError } from '../../parse/index.ts';
import { ExtractionTimeoutError } from '../extractionPool.ts';
import type { ApiContext } from '../context.ts';
import { apiError, badInput, ErrorCode } from '../errors.ts';
import { ArticleInput } from '../inputs/ArticleInput.ts';
import { IngestReport } from '../types/Results.ts';
import { publishStatements } from '../liveUpdates.ts';

function requireApiKey(context: ApiContext): void {
  if (!context.authenticated) {
    throw apiError(ErrorCode.UNAUTHENTICATED, 'This mutation needs the header `Authorization: Bearer <NEWSGRAPH_API_KEY>`.');
  }
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestReport, { description: 'Parses, extracts and loads an article. Needs the API key.' })
  async ingestArticle(@Ctx() context: ApiContext, @Arg('input', () => ArticleInput) input: ArticleInput) {
    requireApiKey(context);
    let annotation;
    try {
      annotation = await context.extraction.annotate({ ...input });
    } catch (error) {
      if (error instanceof ArticleInputError) throw badInput(error.message, 'input');
      if (error instanceof ExtractionTimeoutError) throw apiError(ErrorCode.EXTRACTION_TIMEOUT, error.message);
      throw error;
    }
    const report = await context.loads.load(annotation);
    publishStatements(annotation);
    return report;
  }

  @Mutation(() => Boolean, { description: 'Deletes an article, its statements and events, and entities nothing else mentions. Needs the API key.' })
  async deleteArticle(@Ctx() context: ApiContext, @Arg('id', () => ID) id: string) {
    requireApiKey(context);
    return deleteArticle(context.store, id);
  }
}
