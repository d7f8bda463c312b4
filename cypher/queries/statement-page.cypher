// A filtered page of statements in article order. Name filters match a normalized name, alias or surname;
// each name is resolved to its entities once through the :Name index, then statements are checked against those nodes.
OPTIONAL MATCH (:Name {key: $speaker})-[:NAMES]->(speaker:Entity)
WITH collect(speaker) AS speakers
OPTIONAL MATCH (:Name {key: $about})-[:NAMES]->(target:Entity)
WITH speakers, collect(target) AS targets
OPTIONAL MATCH (:Name {key: $reportedBy})-[:NAMES]->(outlet:Entity)
WITH speakers, targets, collect(outlet) AS outlets
OPTIONAL MATCH (:Name {key: $audience})-[:NAMES]->(listener:Entity)
WITH speakers, targets, outlets, collect(listener) AS listeners
MATCH (s:Statement)
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($article IS NULL OR s.articleId = $article)
  AND ($textContains IS NULL OR toLower(s.text) CONTAINS toLower($textContains))
  AND ($speaker IS NULL OR EXISTS { MATCH (e)-[:SAID]->(s) WHERE e IN speakers })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(e) WHERE e IN targets })
  AND ($audience IS NULL OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(e) WHERE e IN listeners })
  AND ($reportedBy IS NULL OR EXISTS { MATCH (s)-[:REPORTED_BY]->(e) WHERE e IN outlets })
WITH s
ORDER BY s.articleId, s.position, s.id
WITH collect(s) AS matching
RETURN size(matching) AS total,
  [s IN matching[$offset..($offset + $limit)] | s { .id, .text, .kind, .start, .end, .sentence, .articleId }] AS page
