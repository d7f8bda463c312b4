import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { localNeo4jPaths, neo4jConfSetting, type Neo4jInstance } from './paths.ts';

export class LocalNeo4jError extends Error {}

/** The java binary to use: $JAVA_HOME/bin/java when set, else the one on PATH; must be 17 or newer. */
export function findJava(): string {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LocalNeo4jError(
      `Java 17 is needed to run the local Neo4j, but '${java}' could not be run. ` +
        'Install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME, or use Docker (docker compose up).',
    );
  }
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1] ?? 0);
  if (major < 17) {
    throw new LocalNeo4jError(`Neo4j 5.26 needs Java 17 or newer; '${java}' is Java ${major}. Set JAVA_HOME to a JDK 17.`);
  }
  return java;
}

function jarsAreFresh(): boolean {
  if (!existsSync(localNeo4jPaths.jars)) return false;
  const jars = readdirSync(localNeo4jPaths.jars).filter((name) => name.endsWith('.jar'));
  const hasEngine = jars.some((name) => /^neo4j-5\.26\.\d+\.jar$/.test(name));
  return hasEngine && statSync(localNeo4jPaths.jars).mtimeMs >= statSync(localNeo4jPaths.pom).mtimeMs;
}

/** Fetches Neo4j's jars from Maven Central into neo4j/target/lib unless they are already there. */
export function fetchNeo4jJars(log: (line: string) => void = console.log): void {
  if (jarsAreFresh()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'Maven is needed once to fetch the Neo4j jars, but `mvn` could not be run. Install Maven (apt-get install maven) or use Docker (docker compose up).',
    );
  }
  log('Fetching Neo4j 5.26 jars from Maven Central (once)…');
  // Maven's output is kept for a failure only: a quiet run prints nothing (and no colour codes)
  const fetched = spawnSync('mvn', ['-q', '-B', '-f', localNeo4jPaths.pom, 'package'], { encoding: 'utf8' });
  if (fetched.error || fetched.status !== 0) {
    const output = `${fetched.stdout ?? ''}${fetched.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '').trim();
    throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars:\n${output.split('\n').slice(-20).join('\n')}`);
  }
}

/** Heap sizes come from neo4j.conf, as Neo4j's own launcher reads them. */
export function jvmArguments(target: Neo4jInstance): string[] {
  return [
    `-Xms${neo4jConfSetting(target, 'server.memory.heap.initial_size', '512m')}`,
    `-Xmx${neo4jConfSetting(target, 'server.memory.heap.max_size', '1g')}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}

export function classpath(): string {
  return `${localNeo4jPaths.jars}/*`;
}

export function runAdminCommand(java: string, target: Neo4jInstance, args: string[]): string {
  return execFileSync(java, [...jvmArguments(target), '-cp', classpath(), 'org.neo4j.cli.AdminTool', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: target.home, NEO4J_CONF: target.configDir },
  });
}
