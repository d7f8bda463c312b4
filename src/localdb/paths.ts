import { fileURLToPath } from 'node:url';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the local Neo4j lives: jars fetched by Maven, config in the repo, data in an ignored folder. */
export const localNeo4jPaths = {
  repoRoot,
  pom: path.join(repoRoot, 'neo4j/pom.xml'),
  jars: path.join(repoRoot, 'neo4j/target/lib'),
  configDir: path.join(repoRoot, 'neo4j/conf'),
  home: path.join(repoRoot, '.neo4j'),
  pidFile: path.join(repoRoot, '.neo4j/run/newsgraph-neo4j.pid'),
  consoleLog: path.join(repoRoot, '.neo4j/logs/console.log'),
  neo4jLog: path.join(repoRoot, '.neo4j/logs/neo4j.log'),
  authFile: path.join(repoRoot, '.neo4j/data/dbms/auth.ini'),
  systemDatabase: path.join(repoRoot, '.neo4j/data/databases/system'),
};
