MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($nameContains IS NULL OR any(k IN e.lookupKeys WHERE k CONTAINS $nameContains))
  AND ($commenters OR NOT coalesce(e.commenter, false))
WITH e ORDER BY e.name, e.id
WITH collect(e { .id, .name, .kind, .aliases, .commenter }) AS matching
RETURN size(matching) AS total, matching[$offset..($offset + $limit)] AS page
