import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j, { isDate, isDateTime, isInt, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateFile } from '../../src/cli/ingest.ts';
import { loadConfig } from '../../src/config/index.ts';
import { applySchema, csvImportArgumentsOf, GraphStore, loadAnnotation } from '../../src/graph/index.ts';
import { importIntoLocalNeo4j, IMPORT_TEST_NEO4J, startLocalNeo4j, stopLocalNeo4j } from '../../src/localdb/index.ts';

const quiet = () => undefined;
const config = loadConfig();
let driver: Driver;

// Articles whose graph exercises every rule of the load: cross-article names (a surname alone, then in full),
// a quote repeated with other quote marks and as a partial quote, text with quotes, commas and new lines.
const extra: Record<string, string> = {
  'a-surname-first.txt': 'Harbour dues rise\n\nHalvorsen said on Monday that harbour dues would rise by a tenth, according to the port authority.\n',
  'b-full-name.txt': 'Harbour dues row\n\nPort Minister Ingrid Halvorsen said: “We will not accept any deal that hurts our fishermen,” on Tuesday.\n',
  'c-partial.txt': 'Fishermen protest\n\nHalvorsen said the country "will not accept any deal that hurts" its fishermen, officials said.\n',
  'd-hostile.txt': 'Quotes, commas; and "marks"\n\nThe mayor, Jo "JJ" Smith-Ólafsdóttir, said: "We said \\"no\\", twice;\nthen again, no." She added that it was "over".\n',
};

/** Every node and relationship with its labels, type and typed properties, as sorted lines (load times aside). */
async function dump(): Promise<string[]> {
  const typed = (value: unknown): unknown => {
    if (isInt(value)) return `int ${value.toString()}`;
    if (typeof value === 'number') return `float ${value}`;
    if (isDate(value)) return `date ${value.toString()}`;
    if (isDateTime(value)) return 'datetime';
    if (Array.isArray(value)) return value.map(typed);
    return value;
  };
  const properties = (map: Record<string, unknown>) =>
    JSON.stringify(Object.keys(map).filter((key) => key !== 'takenAt').sort().map((key) => [key, typed(map[key])]));
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties');
  const relationships = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties');
  return [
    ...nodes.records.map((record) => `(${[...record.get('labels')].sort().join(':')} ${properties(record.get('properties'))})`),
    ...relationships.records.map((record) => `(${record.get('start')})-[${record.get('type')} ${properties(record.get('properties'))}]->(${record.get('end')})`),
  ].sort();
}

beforeAll(async () => {
  await stopLocalNeo4j(quiet, IMPORT_TEST_NEO4J);
  driver = neo4j.driver('bolt://127.0.0.1:7690', neo4j.auth.basic(config.neo4jUser, config.neo4jPassword));
});

afterAll(async () => {
  await driver.close();
  await stopLocalNeo4j(quiet, IMPORT_TEST_NEO4J);
});

describe('newsgraph export --csv', () => {
  it('writes files neo4j-admin imports into the graph that loading the articles one by one gives', { timeout: 300_000 }, async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsgraph-export-in-'));
    for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(folder, file), text);
    const sources = ['data/us-defense-chief-russia.txt', 'test/fixtures/articles', folder];
    const out = mkdtempSync(path.join(tmpdir(), 'newsgraph-export-out-'));

    const exported = await promisify(execFile)('node', ['bin/newsgraph.js', 'export', '--csv', out, ...sources], { env: { ...process.env, NODE_ENV: '' } });
    expect(exported.stdout).toMatch(/Wrote \d+ CSV files/);
    expect(exported.stdout).toContain('neo4j-admin database import full');
    expect(readdirSync(out)).toContain('nodes-Statement.csv');

    await importIntoLocalNeo4j(out, csvImportArgumentsOf(out), quiet, IMPORT_TEST_NEO4J);
    await startLocalNeo4j(config.neo4jPassword, quiet, IMPORT_TEST_NEO4J);
    await applySchema(driver, 'neo4j');
    const imported = await dump();

    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    const store = new GraphStore(driver, 'neo4j', 60_000);
    const files = sources.flatMap((source) => (source.endsWith('.txt') ? [source] : readdirSync(source).sort().map((file) => path.join(source, file))));
    for (const file of files) await loadAnnotation(store, annotateFile(file));
    const loaded = await dump();

    expect(loaded.filter((line) => line.startsWith('(:Statement') || line.startsWith('(Statement')).length).toBeGreaterThan(50);
    expect(loaded.some((line) => line.includes('Ingrid Halvorsen') && line.startsWith('(Entity:Person'))).toBe(true);
    expect(imported).toEqual(loaded);
  });
});
