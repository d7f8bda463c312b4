import { defineConfig } from 'vitest/config';
import { TEST_BOLT_PORT } from './src/localdb/paths.ts';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql; Vite would pick the .mjs build for our code.
    // One instance only, or graphql refuses types "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // every test talks to the tests' own Neo4j (see test/support/neo4j-global-setup.ts), never the user's
    env: { NEO4J_URI: process.env.NEWSGRAPH_TEST_NEO4J_URI ?? `bolt://127.0.0.1:${TEST_BOLT_PORT}`, LOG_LEVEL: 'warn' },
    globalSetup: ['test/support/neo4j-global-setup.ts'],
    // Integration tests share one Neo4j; files run one after another so their data never interleaves.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
