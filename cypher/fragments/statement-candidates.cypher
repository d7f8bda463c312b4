// The statements that pass a filter (`speakers`, `targets`, `outlets`, `listeners`, `sources` from
// statement-filters), one row `s` each with its article's date `published` (looked up only when dates filter
// or order).
// Candidates come from the one given filter with the fewest statements; the other filters then check each one.
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
// @include statement-checks
WITH DISTINCT s
WITH s, CASE WHEN $from IS NULL AND $to IS NULL AND $orderBy = 'ARTICLE_ORDER' THEN null
            ELSE COLLECT { MATCH (a:Article {id: s.articleId}) RETURN a.publishedAt }[0] END AS published
WHERE ($from IS NULL OR published >= date($from)) AND ($to IS NULL OR published <= date($to))
