// Maps incoming entity ids to entities already in the graph with the same kind and a shared name:
// "Mattis" in one article and "James Mattis" in another are one node, whichever article came first.
// Preference: the same key, then a shared name or alias, then a person's surname alone. Every lookup is an
// index seek (entity key, :Name key), never a scan of all entities.
UNWIND $entities AS incoming
OPTIONAL MATCH (byKey:Entity {key: incoming.key})
  WHERE byKey.kind = incoming.kind AND coalesce(byKey.commenter, false) = incoming.commenter
OPTIONAL CALL (incoming, byKey) {
  // their key is one of our names
  MATCH (candidate:Entity) WHERE byKey IS NULL AND NOT incoming.commenter AND candidate.key IN incoming.nameKeys
  RETURN candidate, 1 AS rank
  UNION
  // our key is one of their names
  MATCH (:Name {key: incoming.key})-[r:NAMES]->(candidate:Entity) WHERE byKey IS NULL AND NOT incoming.commenter AND r.name
  RETURN candidate, 1 AS rank
  UNION
  // a person known by surname alone, or known in full when we have only the surname
  MATCH (candidate:Entity) WHERE byKey IS NULL AND NOT incoming.commenter AND incoming.kind = 'PERSON' AND candidate.key = incoming.surname
  RETURN candidate, 2 AS rank
  UNION
  MATCH (:Name {key: incoming.key})-[:NAMES]->(candidate:Entity)
  WHERE byKey IS NULL AND NOT incoming.commenter AND incoming.kind = 'PERSON' AND incoming.surname IS NULL
  RETURN candidate, 2 AS rank
}
WITH incoming, byKey, candidate, rank
WHERE byKey IS NOT NULL OR (candidate.kind = incoming.kind AND NOT coalesce(candidate.commenter, false))
WITH incoming, coalesce(byKey, candidate) AS existing, CASE WHEN byKey IS NOT NULL THEN 0 ELSE rank END AS rank
ORDER BY rank, existing.id
WITH incoming, collect(existing)[0] AS existing
RETURN incoming.id AS incomingId, coalesce(existing.id, incoming.id) AS id
