// A filtered page of statements in article order. Name filters match a normalized name, alias or surname;
// each name is resolved to its entities once through the :Name index. Candidates come from those entities'
// relationships (or the article); a page narrowed by none of them is statement-page-all's.
OPTIONAL MATCH (:Name {key: $speaker})-[:NAMES]->(speaker:Entity)
WITH collect(speaker) AS speakers
OPTIONAL MATCH (:Name {key: $about})-[:NAMES]->(target:Entity)
WITH speakers, collect(target) AS targets
OPTIONAL MATCH (:Name {key: $reportedBy})-[:NAMES]->(outlet:Entity)
WITH speakers, targets, collect(outlet) AS outlets
OPTIONAL MATCH (:Name {key: $audience})-[:NAMES]->(listener:Entity)
WITH speakers, targets, outlets, collect(listener) AS listeners
CALL (speakers, targets, outlets, listeners) {
  UNWIND speakers AS e
  MATCH (e)-[:SAID]->(s:Statement)
  RETURN s
  UNION
  UNWIND targets AS e
  MATCH (s:Statement)-[:ABOUT]->(e)
  RETURN s
  UNION
  UNWIND outlets AS e
  MATCH (s:Statement)-[:REPORTED_BY]->(e)
  RETURN s
  UNION
  UNWIND listeners AS e
  MATCH (s:Statement)-[:ADDRESSED_TO]->(e)
  RETURN s
  UNION
  // the parameters are checked before any statement is read (a WHERE after the MATCH would scan first)
  WITH 1 AS byArticle WHERE $speaker IS NULL AND $about IS NULL AND $reportedBy IS NULL AND $audience IS NULL
  MATCH (:Article {id: $article})-[:CONTAINS]->(s:Statement)
  RETURN s
}
WITH s, speakers, targets, outlets, listeners
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($article IS NULL OR s.articleId = $article)
  AND ($textContains IS NULL OR toLower(s.text) CONTAINS toLower($textContains))
  AND ($speaker IS NULL OR EXISTS { MATCH (e)-[:SAID]->(s) WHERE e IN speakers })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(e) WHERE e IN targets })
  AND ($audience IS NULL OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(e) WHERE e IN listeners })
  AND ($reportedBy IS NULL OR EXISTS { MATCH (s)-[:REPORTED_BY]->(e) WHERE e IN outlets })
WITH DISTINCT s
ORDER BY s.articleId, s.position, s.id
WITH collect(s) AS matching
RETURN size(matching) AS total,
  [s IN matching[$offset..($offset + $limit)] | s { .id, .text, .kind, .start, .end, .sentence, .articleId, .position }] AS page
