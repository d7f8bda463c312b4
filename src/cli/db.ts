import { loadConfig } from '../config/index.ts';
import { csvImportArgumentsOf } from '../graph/index.ts';
import { fetchNeo4jJars, importIntoLocalNeo4j, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, TEST_NEO4J, USER_NEO4J } from '../localdb/index.ts';

/** `npm run db:fetch|db:start|db:stop|db:status`; `--tests` acts on the tests' own Neo4j instead of the user's. */
export async function db(action: string | undefined, flags: string[] = []): Promise<number> {
  const target = flags.includes('--tests') ? TEST_NEO4J : USER_NEO4J;
  switch (action) {
    case 'fetch':
      fetchNeo4jJars();
      console.log('Neo4j jars are in neo4j/target/lib.');
      return 0;
    case 'start': {
      const started = await startLocalNeo4j(loadConfig().neo4jPassword, console.log, target);
      if (!started) console.log(`${target.label} is already running.`);
      const status = await localNeo4jStatus(target);
      console.log(`Bolt: ${status.boltUrl}   Neo4j Browser: ${status.browserUrl}`);
      return 0;
    }
    case 'stop':
      await stopLocalNeo4j(console.log, target);
      return 0;
    case 'status': {
      const status = await localNeo4jStatus(target);
      const label = target.label[0]!.toUpperCase() + target.label.slice(1);
      console.log(status.running ? `${label} is running (pid ${status.pid}): ${status.boltUrl}, Browser ${status.browserUrl}` : `${label} is not running.`);
      return status.running ? 0 : 3;
    }
    case 'import': {
      const folder = flags.find((flag) => !flag.startsWith('--'));
      if (!folder) break;
      console.log(await importIntoLocalNeo4j(folder, csvImportArgumentsOf(folder), console.log, target));
      console.log(`Imported. Start it with: newsgraph db start${target === TEST_NEO4J ? ' --tests' : ''}`);
      return 0;
    }
  }
  console.error('usage: newsgraph db fetch|start|stop|status|import DIR [--tests]');
  return 2;
}
