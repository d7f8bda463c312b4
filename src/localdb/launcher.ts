import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { LocalNeo4jError, classpath, fetchNeo4jJars, findJava, jvmArguments, runAdminCommand } from './java.ts';
import { neo4jConfSetting, USER_NEO4J, writeInstanceConf, type Neo4jInstance } from './paths.ts';

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 120_000;

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  boltUrl: string;
  browserUrl: string;
}

interface Address {
  host: string;
  port: number;
}

function listenAddress(target: Neo4jInstance, key: string, fallback: Address): Address {
  const [host, port] = neo4jConfSetting(target, key, '').split(':');
  return { host: host || fallback.host, port: Number(port) || fallback.port };
}

const bolt = (target: Neo4jInstance) => listenAddress(target, 'server.bolt.listen_address', { host: '127.0.0.1', port: 7687 });
const http = (target: Neo4jInstance) => listenAddress(target, 'server.http.listen_address', { host: '127.0.0.1', port: 7474 });

function portAnswers({ host, port }: Address): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function httpAnswers({ host, port }: Address): Promise<boolean> {
  try {
    const response = await fetch(`http://${host}:${port}/`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The pid of the Neo4j this repo started, if that process is still alive. */
function ourPid(paths: Neo4jInstance): number | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes('CommunityEntryPoint')) return pid;
  } catch {
    // the process is gone
  }
  rmSync(paths.pidFile, { force: true });
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

export async function localNeo4jStatus(paths: Neo4jInstance = USER_NEO4J): Promise<LocalNeo4jStatus> {
  const pid = ourPid(paths);
  const running = pid !== undefined && (await portAnswers(bolt(paths))) && (await httpAnswers(http(paths)));
  return {
    running,
    pid,
    boltUrl: `bolt://${bolt(paths).host}:${bolt(paths).port}`,
    browserUrl: `http://${http(paths).host}:${http(paths).port}/browser/`,
  };
}

function setInitialPassword(java: string, paths: Neo4jInstance, password: string, log: (line: string) => void): void {
  if (existsSync(paths.systemDatabase)) return; // the password lives in the system database from the first start on
  if (password.length < 8) {
    throw new LocalNeo4jError('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones).');
  }
  log('Setting the initial password of user neo4j (first start).');
  runAdminCommand(java, paths, ['dbms', 'set-initial-password', password]);
}

async function waitUntilReady(paths: Neo4jInstance, pid: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      rmSync(paths.pidFile, { force: true });
      throw new LocalNeo4jError(
        `Neo4j exited during startup. Last lines of its logs:\n${tail(paths.consoleLog)}\n${tail(paths.neo4jLog)}`,
      );
    }
    if ((await portAnswers(bolt(paths))) && (await httpAnswers(http(paths)))) return;
    await sleep(250);
  }
  throw new LocalNeo4jError(`Neo4j did not answer within ${START_TIMEOUT_MS / 1000} s; see ${paths.neo4jLog}`);
}

/**
 * Starts the repo's Neo4j and returns once Bolt and HTTP answer; returns at once when it already runs.
 * Returns true when this call started it.
 */
export async function startLocalNeo4j(password: string, log: (line: string) => void = console.log, paths: Neo4jInstance = USER_NEO4J): Promise<boolean> {
  const pid = ourPid(paths);
  if (pid !== undefined) {
    await waitUntilReady(paths, pid);
    return false;
  }
  for (const address of [bolt(paths), http(paths)]) {
    if (await portAnswers(address)) {
      throw new LocalNeo4jError(
        `Port ${address.port} on ${address.host} is taken by another process, not this repo's ${paths.label}. ` +
          'Stop that process, or point newsgraph at it with NEO4J_URI.',
      );
    }
  }
  const java = findJava();
  fetchNeo4jJars(log);
  mkdirSync(path.dirname(paths.pidFile), { recursive: true });
  mkdirSync(path.dirname(paths.consoleLog), { recursive: true });
  writeInstanceConf(paths);
  setInitialPassword(java, paths, password, log);

  const started = Date.now();
  const output = openSync(paths.consoleLog, 'a');
  const child = spawn(
    java,
    [
      ...jvmArguments(paths),
      '-cp',
      classpath(),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.configDir}`,
    ],
    { detached: true, stdio: ['ignore', output, output], cwd: paths.home },
  );
  closeSync(output);
  child.unref();
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start the Neo4j process.');
  writeFileSync(paths.pidFile, String(child.pid));
  log(`Starting ${paths.label} (pid ${child.pid})…`);
  await waitUntilReady(paths, child.pid);
  log(`${paths.label} is ready after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

/** Stops the repo's Neo4j with SIGTERM and waits for a clean shutdown; SIGKILL only if it hangs. */
export async function stopLocalNeo4j(log: (line: string) => void = console.log, paths: Neo4jInstance = USER_NEO4J): Promise<boolean> {
  const pid = ourPid(paths);
  if (pid === undefined) {
    log('Neo4j is not running.');
    return false;
  }
  log(`Stopping Neo4j (pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log(`Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it (the next start will run recovery).`);
    process.kill(pid, 'SIGKILL');
  }
  rmSync(paths.pidFile, { force: true });
  log('Neo4j stopped.');
  return true;
}

/**
 * Replaces the local Neo4j's graph with CSV files through Neo4j's own bulk importer
 * (`neo4j-admin database import full`). The server must be stopped: the importer writes the store files.
 */
export async function importIntoLocalNeo4j(folder: string, importArguments: string[], log: (line: string) => void = console.log, paths: Neo4jInstance = USER_NEO4J): Promise<string> {
  if (ourPid(paths) !== undefined) throw new LocalNeo4jError(`${paths.label} is running; stop it first (the import replaces its graph).`);
  const java = findJava();
  fetchNeo4jJars(log);
  writeInstanceConf(paths);
  // file arguments are relative to the export folder
  const absolute = importArguments.map((argument) => argument.replace(/=([^=]+\.csv)$/, (_match, file: string) => `=${path.resolve(folder, file)}`));
  log(`Importing ${folder} into ${paths.label} with neo4j-admin database import full…`);
  // the importer's report goes to the instance's logs, not to whatever folder the command was run from
  mkdirSync(path.dirname(paths.neo4jLog), { recursive: true });
  const report = `--report-file=${path.join(path.dirname(paths.neo4jLog), 'import.report')}`;
  return runAdminCommand(java, paths, ['database', 'import', 'full', 'neo4j', '--overwrite-destination=true', report, ...absolute]);
}
