import { readFileSync } from 'node:fs';
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

let settings: Map<string, string> | undefined;

/** A setting of neo4j/conf/neo4j.conf (read once per process), or `fallback` when the file does not set it. */
export function neo4jConfSetting(key: string, fallback: string): string {
  settings ??= new Map(
    readFileSync(path.join(localNeo4jPaths.configDir, 'neo4j.conf'), 'utf8')
      .split('\n')
      .map((line) => /^([\w.]+)=(.*)$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!.trim()]),
  );
  return settings.get(key) || fallback;
}
