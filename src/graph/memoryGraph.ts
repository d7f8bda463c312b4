import type { Annotation } from '../extract/index.ts';
import { articleRow, entityRows, eventRows, linkRows, remap, roleRows, statementRows } from './load.ts';
import { quoteRows } from './quotes.ts';

/** A property value as Neo4j would store it; `date`/`datetime` strings are typed by the property's column. */
export type PropertyValue = string | number | boolean | string[] | number[];

export interface MemoryNode {
  labels: Set<string>;
  properties: Record<string, PropertyValue>;
}

export interface MemoryRelationship {
  type: string;
  start: string;
  end: string;
  properties: Record<string, PropertyValue>;
}

type EntityRow = ReturnType<typeof entityRows>[number];

const union = (into: string[], more: string[]) => {
  for (const item of more) if (!into.includes(item)) into.push(item);
};

/**
 * The graph that loading these articles one by one gives, built in memory by the rules the load's Cypher
 * (cypher/queries/*-upsert.cypher, entity-resolve-upsert) applies: the same entity resolution, quote
 * matching, MERGE semantics and properties. `newsgraph export --csv` writes it for neo4j-admin's bulk import;
 * a test imports it and compares it with a graph loaded through Cypher, so the two cannot drift apart.
 */
export class MemoryGraph {
  readonly nodes = new Map<string, MemoryNode>();
  readonly relationships = new Map<string, MemoryRelationship>();
  private readonly entitiesByKey = new Map<string, Set<string>>();
  /** Name key → entity id → whether the key is one of the entity's names (not only a descriptor or surname). */
  private readonly namesByKey = new Map<string, Map<string, boolean>>();
  private readonly quotesByKey = new Map<string, string>();
  private readonly quotesByShingle = new Map<string, Set<string>>();

  constructor(private readonly loadedAt = new Date().toISOString()) {
    // the load's first query: the entity-resolution lock
    this.nodes.set('entities', { labels: new Set(['ResolutionLock']), properties: { id: 'entities', name: 'entity resolution lock', takenAt: Date.parse(loadedAt) } });
  }

  add(annotation: Annotation): void {
    this.loadArticle(articleRow(annotation));
    const rows = entityRows(annotation);
    // every entity of the article is resolved before any is written
    const resolved = rows.map((row) => ({ row, id: this.resolve(row) ?? row.id }));
    for (const { row, id } of resolved) this.upsertEntity(row, id, annotation.article.id);
    const input = remap(annotation, new Map(resolved.map(({ row, id }) => [row.id, id])));
    for (const role of roleRows(input)) {
      const person = this.nodes.get(role.person);
      const owner = this.nodes.get(role.of!);
      if (person?.labels.has('Person') && (owner?.labels.has('Organization') || owner?.labels.has('Place'))) {
        this.relate('HOLDS_ROLE', role.person, role.of!, { title: role.title }, role.title);
      }
    }
    for (const statement of statementRows(input)) this.loadStatement(statement);
    for (const event of eventRows(input)) this.loadEvent(event);
    for (const quote of quoteRows(input)) this.loadQuote(quote);
    for (const link of linkRows(input)) {
      if (!this.nodes.has(link.id)) continue;
      if (this.nodes.get(link.replyTo)?.labels.has('Statement')) this.relate('REPLIES_TO', link.id, link.replyTo);
      if (this.nodes.get(link.event)?.labels.has('Event')) this.relate('MADE_AT', link.id, link.event);
    }
  }

  private node(id: string, label: string): MemoryNode {
    let node = this.nodes.get(id);
    if (!node) {
      node = { labels: new Set([label]), properties: { id } };
      this.nodes.set(id, node);
    }
    node.labels.add(label);
    return node;
  }

  /** MERGE of a relationship: one per (type, start, end), or per distinguishing key (HOLDS_ROLE's title). */
  private relate(type: string, start: string, end: string, properties: Record<string, PropertyValue> = {}, distinct = ''): MemoryRelationship {
    const key = `${type}\u0000${start}\u0000${end}\u0000${distinct}`;
    const relationship = this.relationships.get(key) ?? { type, start, end, properties: {} };
    this.relationships.set(key, relationship);
    setAll(relationship.properties, properties);
    return relationship;
  }

  private loadArticle(row: ReturnType<typeof articleRow>): void {
    const article = this.node(row.id, 'Article');
    setAll(article.properties, { title: row.title, name: row.title, text: row.text, url: row.url, publisher: row.publisher, publishedAt: row.publishedAt });
    article.properties.loadedAt ??= this.loadedAt;
  }

  private entityIdsWithKey(key: string | null): string[] {
    return key === null ? [] : [...(this.entitiesByKey.get(key) ?? [])];
  }

  /** entity-resolve-upsert's choice: the same key, then a shared name or alias, then a person's surname. */
  private resolve(row: EntityRow): string | undefined {
    const entity = (id: string) => this.nodes.get(id)!.properties;
    const byKey = this.entityIdsWithKey(row.key).filter((id) => entity(id).kind === row.kind && (entity(id).commenter ?? false) === row.commenter);
    if (byKey.length > 0) return byKey.sort()[0];
    if (row.commenter) return undefined;
    const candidates: [number, string][] = [];
    for (const key of row.nameKeys) for (const id of this.entityIdsWithKey(key)) candidates.push([1, id]);
    const named = [...(this.namesByKey.get(row.key) ?? [])];
    for (const [id, isName] of named) if (isName) candidates.push([1, id]);
    if (row.kind === 'PERSON') {
      for (const id of this.entityIdsWithKey(row.surname)) candidates.push([2, id]);
      if (row.surname === null) for (const [id] of named) candidates.push([2, id]);
    }
    const fitting = candidates.filter(([, id]) => entity(id).kind === row.kind && !(entity(id).commenter ?? false));
    fitting.sort(([rankA, idA], [rankB, idB]) => rankA - rankB || (idA < idB ? -1 : idA > idB ? 1 : 0));
    return fitting[0]?.[1];
  }

  private indexKey(id: string, from: string | undefined, to: string): void {
    if (from !== undefined) this.entitiesByKey.get(from)?.delete(id);
    const ids = this.entitiesByKey.get(to) ?? new Set<string>();
    ids.add(id);
    this.entitiesByKey.set(to, ids);
  }

  private upsertEntity(row: EntityRow, id: string, articleId: string): void {
    const created = !this.nodes.has(id);
    const entity = this.node(id, 'Entity');
    const properties = entity.properties as Record<string, PropertyValue> & { aliases?: string[]; nameKeys?: string[]; lookupKeys?: string[]; roleTitles?: string[] };
    if (created) {
      Object.assign(properties, { name: row.name, kind: row.kind, key: row.key, commenter: row.commenter });
      this.indexKey(id, undefined, row.key);
    }
    for (const list of ['aliases', 'nameKeys', 'lookupKeys', 'roleTitles'] as const) {
      properties[list] ??= [];
      union(properties[list], row[list]);
    }
    for (const key of row.lookupKeys) {
      const names = this.namesByKey.get(key) ?? new Map<string, boolean>();
      this.namesByKey.set(key, names);
      names.set(id, (names.get(id) ?? false) || row.nameKeys.includes(key));
      const name = this.node(`name:${key}`, 'Name');
      Object.assign(name.properties, { key, name: key });
      this.relate('NAMES', name.properties.id as string, id, { name: names.get(id)! });
    }
    // a person first met by surname alone takes the full name when a later article gives it
    if (row.kind === 'PERSON' && row.surname !== null && properties.key === row.surname) {
      this.indexKey(id, properties.key as string, row.key);
      Object.assign(properties, { name: row.name, key: row.key });
    }
    const label = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place' }[row.kind as string];
    if (label) entity.labels.add(label);
    if (row.commenter) entity.labels.add('Commenter');
    this.relate('MENTIONS', articleId, id, { count: row.starts.length, starts: row.starts, ends: row.ends });
  }

  private loadStatement(row: ReturnType<typeof statementRows>[number]): void {
    if (!this.nodes.has(row.articleId) || !this.nodes.get(row.speaker)?.labels.has('Entity')) return;
    const statement = this.node(row.id, 'Statement');
    setAll(statement.properties, {
      text: row.text, kind: row.kind, start: row.start, end: row.end, name: row.name,
      sentence: row.sentence, articleId: row.articleId, position: row.position,
    });
    this.relate('CONTAINS', row.articleId, row.id);
    this.relate('SAID', row.speaker, row.id);
    for (const link of row.aboutLinks) {
      this.node(link.id, 'Entity');
      this.relate('ABOUT', row.id, link.id, { stance: link.stance, cues: link.cues });
    }
    for (const id of row.audience) this.relate('ADDRESSED_TO', row.id, this.entity(id));
    if (row.reportedBy !== null) this.relate('REPORTED_BY', row.id, this.entity(row.reportedBy));
  }

  /** MERGE (x:Entity {id}): the entity, created bare if the graph lacks it. */
  private entity(id: string): string {
    this.node(id, 'Entity');
    return id;
  }

  private loadEvent(row: ReturnType<typeof eventRows>[number]): void {
    if (!this.nodes.has(row.articleId)) return;
    const event = this.node(row.id, 'Event');
    setAll(event.properties, {
      name: row.name, kind: row.kind, dateText: row.dateText, date: row.date, start: row.start, end: row.end, articleId: row.articleId,
    });
    this.relate('CONTAINS', row.articleId, row.id);
    if (row.place !== null) this.relate('LOCATED_IN', row.id, this.entity(row.place));
    for (const id of row.participants) this.relate('PARTICIPATED_IN', this.entity(id), row.id);
  }

  /** quote-upsert: the same words are one Quote; else the known quote sharing the most five-word runs. */
  private loadQuote(row: ReturnType<typeof quoteRows>[number]): void {
    if (!this.nodes.has(row.statement)) return;
    let quoteId = this.quotesByKey.get(row.key);
    if (quoteId === undefined) {
      const shared = new Map<string, number>();
      for (const shingle of row.shingles) for (const id of this.quotesByShingle.get(shingle) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      quoteId = [...shared].sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : idA > idB ? 1 : 0))[0]?.[0];
    }
    if (quoteId === undefined) {
      quoteId = row.id;
      this.quotesByKey.set(row.key, quoteId);
      Object.assign(this.node(quoteId, 'Quote').properties, { key: row.key, text: row.text, name: row.text, words: 0 });
    }
    const quote = this.nodes.get(quoteId)!.properties;
    this.relate('QUOTES', row.statement, quoteId);
    const words = row.key.split(' ').length;
    if (words > (quote.words as number)) Object.assign(quote, { text: row.text, words });
    quote.name = quote.text!;
    for (const shingle of row.shingles) {
      Object.assign(this.node(`shingle:${shingle}`, 'Shingle').properties, { key: shingle, name: shingle });
      this.relate('HAS_SHINGLE', quoteId, `shingle:${shingle}`);
      const quotes = this.quotesByShingle.get(shingle) ?? new Set<string>();
      quotes.add(quoteId);
      this.quotesByShingle.set(shingle, quotes);
    }
  }
}

/** SET n.x = value for each: null removes the property, as in Cypher. */
function setAll(properties: Record<string, PropertyValue>, values: Record<string, PropertyValue | null | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) delete properties[key];
    else properties[key] = value;
  }
}
