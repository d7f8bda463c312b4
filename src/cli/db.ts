import { loadConfig } from '../config/index.ts';
import { fetchNeo4jJars, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../localdb/index.ts';

/** `npm run db:fetch|db:start|db:stop|db:status`. */
export async function db(action: string | undefined): Promise<number> {
  switch (action) {
    case 'fetch':
      fetchNeo4jJars();
      console.log('Neo4j jars are in neo4j/target/lib.');
      return 0;
    case 'start': {
      const started = await startLocalNeo4j(loadConfig().neo4jPassword);
      if (!started) console.log('Neo4j is already running.');
      const status = await localNeo4jStatus();
      console.log(`Bolt: ${status.boltUrl}   Neo4j Browser: ${status.browserUrl}`);
      return 0;
    }
    case 'stop':
      await stopLocalNeo4j();
      return 0;
    case 'status': {
      const status = await localNeo4jStatus();
      console.log(
        status.running
          ? `Neo4j is running (pid ${status.pid}): ${status.boltUrl}, Browser ${status.browserUrl}`
          : 'Neo4j is not running.',
      );
      return status.running ? 0 : 3;
    }
    default:
      console.error('usage: newsgraph db fetch|start|stop|status');
      return 2;
  }
}
