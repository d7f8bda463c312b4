import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ArticleResolver } from './resolvers/ArticleResolver.ts';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The type-graphql schema, built once per process. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [ArticleResolver],
    validate: true,
  });
  return built;
}

/** The SDL checked in at schema/schema.graphql. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
