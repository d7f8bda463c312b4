import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ArticleResolver } from './resolvers/ArticleResolver.ts';
import { EntityResolver } from './resolvers/EntityResolver.ts';
import { EventResolver } from './resolvers/EventResolver.ts';
import { GraphResolver } from './resolvers/GraphResolver.ts';
import { MutationResolver } from './resolvers/MutationResolver.ts';
import { PersonResolver } from './resolvers/PersonResolver.ts';
import { QuoteResolver } from './resolvers/QuoteResolver.ts';
import { StatementResolver } from './resolvers/StatementResolver.ts';
import { SubscriptionResolver } from './resolvers/SubscriptionResolver.ts';
import { pubSub } from './liveUpdates.ts';
import { Organization, Place } from './types/Entity.ts';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The type-graphql schema, built once per process. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [ArticleResolver, StatementResolver, EntityResolver, PersonResolver, EventResolver, GraphResolver, MutationResolver, SubscriptionResolver, QuoteResolver],
    pubSub,
    orphanedTypes: [Organization, Place],
    validate: { forbidUnknownValues: false },
  });
  return built;
}

/** The SDL checked in at schema/schema.graphql. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
