// A filtered page of statements in article order. Name filters match a normalized name or alias.
MATCH (s:Statement)
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($article IS NULL OR s.articleId = $article)
  AND ($textContains IS NULL OR toLower(s.text) CONTAINS toLower($textContains))
  AND ($speaker IS NULL OR EXISTS { MATCH (e:Entity)-[:SAID]->(s) WHERE $speaker IN e.lookupKeys })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(e:Entity) WHERE $about IN e.lookupKeys })
  AND ($audience IS NULL OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(e:Entity) WHERE $audience IN e.lookupKeys })
  AND ($reportedBy IS NULL OR EXISTS { MATCH (s)-[:REPORTED_BY]->(e:Entity) WHERE $reportedBy IN e.lookupKeys })
WITH s
ORDER BY s.articleId, s.position, s.id
WITH collect(s { .id, .text, .kind, .start, .end, .sentence, .articleId }) AS matching
RETURN size(matching) AS total, matching[$offset..($offset + $limit)] AS page
