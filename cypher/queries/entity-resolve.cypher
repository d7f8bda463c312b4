// Maps incoming entity ids to entities already in the graph with the same kind and a shared name:
// "Mattis" in one article and "James Mattis" in another are one node.
UNWIND $entities AS incoming
OPTIONAL MATCH (byKey:Entity {key: incoming.key})
  WHERE byKey.kind = incoming.kind AND coalesce(byKey.commenter, false) = incoming.commenter
OPTIONAL MATCH (byAlias:Entity)
  WHERE byKey IS NULL AND byAlias.kind = incoming.kind AND NOT incoming.commenter AND NOT coalesce(byAlias.commenter, false)
    AND (byAlias.key IN incoming.nameKeys OR incoming.key IN byAlias.nameKeys)
WITH incoming, coalesce(byKey, byAlias) AS existing
ORDER BY existing.id
WITH incoming, collect(existing)[0] AS existing
RETURN incoming.id AS incomingId, coalesce(existing.id, incoming.id) AS id
