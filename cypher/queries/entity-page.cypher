// A page of entities by name. `$name` fits whole names, aliases and surnames through the :Name index (every
// entity it fits, so an ambiguous name shows all its candidates); without it every entity is a candidate.
CALL () {
  WITH 1 AS named WHERE $name IS NOT NULL
  MATCH (:Name {key: $name})-[:NAMES]->(e:Entity)
  RETURN e
  UNION
  WITH 1 AS unnamed WHERE $name IS NULL
  MATCH (e:Entity)
  RETURN e
}
WITH e
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($nameContains IS NULL OR any(k IN e.lookupKeys WHERE k CONTAINS $nameContains))
  AND ($commenters OR NOT coalesce(e.commenter, false))
WITH e ORDER BY e.name, e.id
WITH collect(e) AS matching
RETURN size(matching) AS total, [x IN matching[$offset..($offset + $limit)] | x { .id, .name, .kind, .aliases, .commenter }] AS page
