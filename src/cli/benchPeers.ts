import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig } from '../config/index.ts';
import { createDriver, cypher, type QueryName } from '../graph/index.ts';

/**
 * The peers `npm run bench:compare` measures newsgraph against, each in its own process on its own port,
 * reading the same Neo4j: the raw-driver floor (one hand-written query per question) and @neo4j/graphql
 * (a dev dependency) generated from type definitions of our model.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Name @node(labels: ["Name"]) {
    key: String!
  }
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String!
    kind: String!
    names: [Name!]! @relationship(type: "NAMES", direction: IN)
    said: [Statement!]! @relationship(type: "SAID", direction: OUT)
  }
  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String!
  }
  type Statement @node(labels: ["Statement"]) {
    id: ID!
    text: String!
    kind: String!
    articleId: String!
    position: Int!
    speaker: [Entity!]! @relationship(type: "SAID", direction: IN)
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
    article: [Article!]! @relationship(type: "CONTAINS", direction: IN)
  }
`;

/** The raw floor's answers: named Cypher files under cypher/bench, parameters from the request body. */
const RAW_QUESTIONS: Record<string, QueryName> = {
  'speaker-about': 'bench-speaker-about',
  'entity-said': 'bench-entity-said',
  'page-of-50': 'bench-page-of-50',
};

async function serveRaw(port: number): Promise<void> {
  const config = loadConfig();
  const driver = createDriver({ uri: config.neo4jUri!, user: config.neo4jUser, password: config.neo4jPassword, database: config.neo4jDatabase });
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', async () => {
      const query = RAW_QUESTIONS[(request.url ?? '').slice(1)];
      if (!query) {
        response.writeHead(404).end();
        return;
      }
      try {
        const result = await driver.executeQuery(cypher()[query], JSON.parse(body || '{}'), { database: config.neo4jDatabase, routing: 'READ' });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: result.records.map((record) => record.toObject()) }));
      } catch (error) {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
}

async function serveNeo4jGraphql(port: number): Promise<void> {
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const config = loadConfig();
  const driver = createDriver({ uri: config.neo4jUri!, user: config.neo4jUser, password: config.neo4jPassword, database: config.neo4jDatabase });
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: config.neo4jDatabase } }) }));
  await new Promise<void>((resolve) => app.listen(port, '127.0.0.1', () => resolve()));
}

/** `newsgraph bench peer raw|neo4j-graphql PORT`: run by bench:compare as a child process. */
export async function benchPeer(args: string[]): Promise<number> {
  const [kind, port] = args;
  if (kind === 'raw') await serveRaw(Number(port));
  else if (kind === 'neo4j-graphql') await serveNeo4jGraphql(Number(port));
  else throw new Error('usage: newsgraph bench peer raw|neo4j-graphql PORT');
  console.log(`ready ${kind} ${port}`);
  return new Promise<number>(() => undefined);
}
