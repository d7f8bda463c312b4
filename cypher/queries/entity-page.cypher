MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($nameContains IS NULL OR any(k IN e.lookupKeys WHERE k CONTAINS $nameContains))
  AND ($commenters OR NOT coalesce(e.commenter, false))
WITH e ORDER BY e.name, e.id
WITH collect(e) AS matching
RETURN size(matching) AS total, [x IN matching[$offset..($offset + $limit)] | x { .id, .name, .kind, .aliases, .commenter }] AS page
