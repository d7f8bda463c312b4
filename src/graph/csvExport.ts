import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MemoryGraph, PropertyValue } from './memoryGraph.ts';

/** Between the elements of a list in one CSV field; never in our values (they are cleaned of it). */
const ARRAY_DELIMITER = '\u001f';
/** Properties the importer must type as temporal values rather than strings. */
const TEMPORAL: Record<string, string> = { publishedAt: 'date', date: 'date', loadedAt: 'datetime' };

function columnType(property: string, value: PropertyValue): string {
  if (TEMPORAL[property]) return TEMPORAL[property];
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'long';
  if (Array.isArray(value)) return value.every((item) => typeof item === 'number') && value.length > 0 ? 'long[]' : 'string[]';
  return 'string';
}

const clean = (text: string) => text.replaceAll(ARRAY_DELIMITER, ' ');
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

function field(value: PropertyValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return quoted(value.map((item) => clean(String(item))).join(ARRAY_DELIMITER));
  return typeof value === 'string' ? quoted(clean(value)) : String(value);
}

/** One CSV table: the given id columns, then every property any row has, typed from the values. */
function table(idColumns: string[], rows: { ids: PropertyValue[]; properties: Record<string, PropertyValue> }[]): string {
  const types = new Map<string, string>();
  for (const { properties } of rows) {
    for (const [name, value] of Object.entries(properties)) {
      const type = columnType(name, value);
      // an empty list says nothing of its element type; any non-empty one decides
      if (!types.has(name) || (type === 'long[]' && types.get(name) === 'string[]')) types.set(name, type);
    }
  }
  const names = [...types.keys()].filter((name) => name !== 'id').sort();
  const lines = [[...idColumns, ...names.map((name) => `${name}:${types.get(name)}`)].join(',')];
  for (const { ids, properties } of rows) lines.push([...ids.map(field), ...names.map((name) => field(properties[name]))].join(','));
  return `${lines.join('\n')}\n`;
}

export interface CsvExport {
  files: string[];
  /** Arguments for `neo4j-admin database import full`, with file paths relative to the export folder. */
  importArguments: string[];
}

/** The importer's arguments for an export folder's files (nodes-LABEL.csv, relationships-TYPE.csv). */
export function csvImportArguments(files: string[]): string[] {
  const nodes = files.filter((file) => /^nodes-\w+\.csv$/.test(file)).sort().map((file) => `--nodes=${file}`);
  const relationships = files
    .map((file) => /^relationships-(\w+)\.csv$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort()
    .map(([file, type]) => `--relationships=${type}=${file}`);
  return ['--multiline-fields=true', '--array-delimiter=U+001F', ...nodes, ...relationships];
}

/** The export folder's importer arguments, read from the files in it. */
export function csvImportArgumentsOf(folder: string): string[] {
  const files = readdirSync(folder);
  if (!files.some((file) => file.startsWith('nodes-'))) throw new Error(`${folder} holds no newsgraph CSV export (nodes-*.csv).`);
  return csvImportArguments(files);
}

/**
 * Writes the graph as CSV files for Neo4j's bulk importer (`neo4j-admin database import full`): a file per
 * node label and per relationship type, ids in one id space, lists with a delimiter our text never holds.
 */
export function writeCsv(graph: MemoryGraph, folder: string): CsvExport {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  const nodesByLabel = new Map<string, { ids: PropertyValue[]; properties: Record<string, PropertyValue> }[]>();
  for (const [id, node] of graph.nodes) {
    const primary = [...node.labels][0]!;
    const rows = nodesByLabel.get(primary) ?? [];
    rows.push({ ids: [id, [...node.labels].sort()], properties: node.properties });
    nodesByLabel.set(primary, rows);
  }
  // cypher/schema/04-after-bulk-import.cypher finishes the import when the service starts, then deletes this node
  nodesByLabel.set('ImportPending', [{ ids: ['bulk-import-pending', ['ImportPending']], properties: { name: 'bulk import: finished when the service starts' } }]);
  for (const [label, rows] of [...nodesByLabel].sort()) {
    const file = `nodes-${label}.csv`;
    writeFileSync(path.join(folder, file), table(['id:ID', ':LABEL'], rows));
    files.push(file);
  }
  const relationshipsByType = new Map<string, { ids: PropertyValue[]; properties: Record<string, PropertyValue> }[]>();
  for (const relationship of graph.relationships.values()) {
    const rows = relationshipsByType.get(relationship.type) ?? [];
    rows.push({ ids: [relationship.start, relationship.end], properties: relationship.properties });
    relationshipsByType.set(relationship.type, rows);
  }
  for (const [type, rows] of [...relationshipsByType].sort()) {
    const file = `relationships-${type}.csv`;
    writeFileSync(path.join(folder, file), table([':START_ID', ':END_ID'], rows));
    files.push(file);
  }
  return { files, importArguments: csvImportArguments(files) };
}
