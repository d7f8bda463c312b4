import neo4j from 'neo4j-driver';

/**
 * Converts Neo4j values to plain JavaScript once, at the boundary: integers to numbers,
 * temporal values to ISO strings, nodes to their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) return value.map(toPlain);
  // maps from Cypher are plain objects: the common case, checked first (pages carry thousands of them)
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return plainObject(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return value.toString();
  const source = 'properties' in value && 'labels' in value ? (value as { properties: Record<string, unknown> }).properties : (value as Record<string, unknown>);
  return plainObject(source);
}

function plainObject(source: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(source)) plain[key] = toPlain(source[key]);
  return plain;
}

function isTemporal(value: object): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** JavaScript numbers that are whole become Neo4j integers on the way in (SKIP/LIMIT and counts need them). */
export function toParameters(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParameters);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toParameters(inner)]));
  }
  return value;
}
