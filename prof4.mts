import { readFileSync } from 'node:fs';
import { createDriver } from './src/graph/index.ts';
const driver = createDriver({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'newsgraph-local', database: 'neo4j' } as any);
const q = readFileSync(process.argv[2]!, 'utf8');
const params = JSON.parse(process.argv[3] ?? '{}');
for (let i = 0; i < 8; i++) { const t = performance.now(); const r = await driver.executeQuery(q, params, { database: 'neo4j', routing: 'READ' }); if (i > 4) console.log((performance.now() - t).toFixed(1), 'ms', r.records.length); }
const r = await driver.executeQuery('PROFILE ' + q, params, { database: 'neo4j' });
const show = (p: any, d = 0): void => { console.log(" ".repeat(d * 2) + p.operatorType + " rows " + p.rows + " hits " + p.dbHits + " " + String(p.arguments?.Details ?? "").slice(0, 90)); p.children.forEach((c: any) => show(c, d + 1)); }; show(r.summary.profile);
let hits = 0; const walk = (p: any) => { hits += p.dbHits; p.children.forEach(walk); }; walk(r.summary.profile); console.log('dbHits', hits);
await driver.close();
