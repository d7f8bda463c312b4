/** Runs Neo4j 5.26 Community from Maven Central jars on this machine, for users without Docker. */
export { startLocalNeo4j, stopLocalNeo4j, localNeo4jStatus, importIntoLocalNeo4j } from './launcher.ts';
export type { LocalNeo4jStatus } from './launcher.ts';
export { fetchNeo4jJars, LocalNeo4jError } from './java.ts';
export { USER_NEO4J, TEST_NEO4J, BENCH_NEO4J, IMPORT_TEST_NEO4J, BENCH_BOLT_PORT, TEST_BOLT_PORT, TEST_HTTP_PORT, TEST_SERVICE_PORT, type Neo4jInstance } from './paths.ts';
