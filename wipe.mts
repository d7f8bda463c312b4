import { createDriver } from './src/graph/index.ts';
const driver = createDriver({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'newsgraph-local', database: 'neo4j' } as any);
const s = driver.session({ database: 'neo4j' });
await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
await s.close();
console.log((await driver.executeQuery('MATCH (n) RETURN count(n) AS c')).records[0]!.get('c').toString());
await driver.close();
