import { startLocalNeo4j, BENCH_NEO4J } from './src/localdb/index.ts';
await startLocalNeo4j('newsgraph-local', console.log, BENCH_NEO4J);
