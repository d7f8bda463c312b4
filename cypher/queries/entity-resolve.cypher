// Maps incoming entity ids to entities already in the graph with the same kind and a shared name:
// "Mattis" in one article and "James Mattis" in another are one node, whichever article came first.
// Preference: the same key, then a shared name or alias, then a person's surname alone.
UNWIND $entities AS incoming
OPTIONAL MATCH (byKey:Entity {key: incoming.key})
  WHERE byKey.kind = incoming.kind AND coalesce(byKey.commenter, false) = incoming.commenter
OPTIONAL MATCH (byAlias:Entity)
  WHERE byKey IS NULL AND byAlias.kind = incoming.kind AND NOT incoming.commenter AND NOT coalesce(byAlias.commenter, false)
    AND (byAlias.key IN incoming.nameKeys OR incoming.key IN byAlias.nameKeys
         OR (incoming.kind = 'PERSON' AND (byAlias.key = incoming.surname
             OR (incoming.surname IS NULL AND incoming.key IN byAlias.lookupKeys))))
WITH incoming, byKey, byAlias,
     CASE WHEN byKey IS NOT NULL THEN 0
          WHEN byAlias.key IN incoming.nameKeys OR incoming.key IN byAlias.nameKeys THEN 1
          ELSE 2 END AS rank
WITH incoming, coalesce(byKey, byAlias) AS existing, rank
ORDER BY rank, existing.id
WITH incoming, collect(existing)[0] AS existing
RETURN incoming.id AS incomingId, coalesce(existing.id, incoming.id) AS id
