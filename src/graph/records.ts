import neo4j from 'neo4j-driver';

/**
 * Converts Neo4j values to plain JavaScript once, at the boundary: integers to numbers,
 * temporal values to ISO strings, nodes to their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (isTemporal(value)) return value.toString();
    const source = 'properties' in value && 'labels' in value ? (value as { properties: object }).properties : value;
    return Object.fromEntries(Object.entries(source).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
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
