// The statements a narrowed filter matches, one row `s` each with its article's date `published` (looked up
// only when dates filter or order). Name filters match a normalized name, alias or surname; each name is
// resolved to its entities once through the :Name index. Shared by statement-page, statement-page-by-date
// and statement-count-narrowed.
OPTIONAL MATCH (:Name {key: $speaker})-[:NAMES]->(speaker:Entity)
WITH collect(speaker) AS speakers
OPTIONAL MATCH (:Name {key: $about})-[:NAMES]->(target:Entity)
WITH speakers, collect(target) AS targets
OPTIONAL MATCH (:Name {key: $reportedBy})-[:NAMES]->(outlet:Entity)
WITH speakers, targets, collect(outlet) AS outlets
OPTIONAL MATCH (:Name {key: $audience})-[:NAMES]->(listener:Entity)
WITH speakers, targets, outlets, collect(listener) AS listeners
// Candidates come from the one given filter with the fewest statements (relationship degrees are stored
// counts, so choosing costs nothing); the other filters then check each candidate.
WITH speakers, targets, outlets, listeners,
  [source IN [
     ['speaker', CASE WHEN $speaker IS NULL THEN null ELSE reduce(n = 0, e IN speakers | n + COUNT { (e)-[:SAID]->() }) END],
     ['about', CASE WHEN $about IS NULL THEN null ELSE reduce(n = 0, e IN targets | n + COUNT { (e)<-[:ABOUT]-() }) END],
     ['reportedBy', CASE WHEN $reportedBy IS NULL THEN null ELSE reduce(n = 0, e IN outlets | n + COUNT { (e)<-[:REPORTED_BY]-() }) END],
     ['audience', CASE WHEN $audience IS NULL THEN null ELSE reduce(n = 0, e IN listeners | n + COUNT { (e)<-[:ADDRESSED_TO]-() }) END]
   ] WHERE source[1] IS NOT NULL] AS sources
WITH speakers, targets, outlets, listeners,
  coalesce(
    reduce(best = null, source IN sources | CASE WHEN best IS NULL OR source[1] < best[1] THEN source ELSE best END)[0],
    CASE WHEN $article IS NOT NULL THEN 'article' WHEN $from IS NOT NULL OR $to IS NOT NULL THEN 'dates' ELSE 'all' END
  ) AS source
CALL (speakers, targets, outlets, listeners, source) {
  UNWIND CASE WHEN source = 'speaker' THEN speakers ELSE [] END AS e
  MATCH (e)-[:SAID]->(s:Statement)
  RETURN s
  UNION ALL
  UNWIND CASE WHEN source = 'about' THEN targets ELSE [] END AS e
  MATCH (s:Statement)-[:ABOUT]->(e)
  RETURN s
  UNION ALL
  UNWIND CASE WHEN source = 'reportedBy' THEN outlets ELSE [] END AS e
  MATCH (s:Statement)-[:REPORTED_BY]->(e)
  RETURN s
  UNION ALL
  UNWIND CASE WHEN source = 'audience' THEN listeners ELSE [] END AS e
  MATCH (s:Statement)-[:ADDRESSED_TO]->(e)
  RETURN s
  UNION ALL
  // the parameters are checked before any statement is read (a WHERE after the MATCH would scan first)
  WITH 1 AS byArticle WHERE source = 'article'
  MATCH (:Article {id: $article})-[:CONTAINS]->(s:Statement)
  RETURN s
  UNION ALL
  // articles published in the range, through the publishedAt index
  WITH 1 AS byDate WHERE source = 'dates'
  MATCH (a:Article) WHERE a.publishedAt >= date(coalesce($from, '0001-01-01')) AND a.publishedAt <= date(coalesce($to, '9999-12-31'))
  MATCH (a)-[:CONTAINS]->(s:Statement)
  RETURN s
  UNION ALL
  // every statement, only to order them all by date
  WITH 1 AS everything WHERE source = 'all'
  MATCH (s:Statement)
  RETURN s
}
// the filter the candidates came from holds for all of them: only the others are checked
WITH s, speakers, targets, outlets, listeners, source
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($article IS NULL OR s.articleId = $article)
  AND ($textContains IS NULL OR toLower(s.text) CONTAINS toLower($textContains))
  AND ($speaker IS NULL OR source = 'speaker' OR EXISTS { MATCH (e)-[:SAID]->(s) WHERE e IN speakers })
  AND ($about IS NULL OR source = 'about' OR EXISTS { MATCH (s)-[:ABOUT]->(e) WHERE e IN targets })
  AND ($audience IS NULL OR source = 'audience' OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(e) WHERE e IN listeners })
  AND ($reportedBy IS NULL OR source = 'reportedBy' OR EXISTS { MATCH (s)-[:REPORTED_BY]->(e) WHERE e IN outlets })
WITH DISTINCT s
WITH s, CASE WHEN $from IS NULL AND $to IS NULL AND $orderBy = 'ARTICLE_ORDER' THEN null
            ELSE COLLECT { MATCH (a:Article {id: s.articleId}) RETURN a.publishedAt }[0] END AS published
WHERE ($from IS NULL OR published >= date($from)) AND ($to IS NULL OR published <= date($to))
