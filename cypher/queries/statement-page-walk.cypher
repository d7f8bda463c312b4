// A narrowed page in article order by name filters. When the filters hold many statements (the most quoted
// speaker at archive scale has 100,000) the (articleId, position) index is walked, the filters checked as
// statements stream past, stopping once the page is full: a few hundred index entries where collecting the
// candidates would read them all. That is chosen (`walked`) when the filter with the fewest statements should
// fill the page within a window of $scan statements; otherwise the candidates serve, in the same round trip.
// A walked window that does not fill the page answers short, and the caller asks statement-page (unless the
// window held every statement: `whole`). No row at all: nothing matched.
// @include statement-filters
WITH speakers, targets, outlets, listeners, sources,
  reduce(fewest = null, found IN sources | CASE WHEN fewest IS NULL OR found[1] < fewest THEN found[1] ELSE fewest END) AS fewest,
  COUNT { (:Statement) } AS total
WITH speakers, targets, outlets, listeners, sources, total <= toInteger($scan) AS whole,
  fewest IS NOT NULL AND $article IS NULL AND $from IS NULL AND $to IS NULL
    AND fewest * toInteger($scan) >= 4 * toInteger($limit) * total AS walk
CALL (speakers, targets, outlets, listeners, sources, walk) {
  WITH speakers, targets, outlets, listeners, null AS source WHERE walk
  MATCH (s:Statement)
  WHERE s.articleId >= coalesce($afterArticle, '') AND s.position IS NOT NULL
    AND (s.articleId > coalesce($afterArticle, '') OR s.position > $afterPosition)
  WITH s, speakers, targets, outlets, listeners, source ORDER BY s.articleId, s.position LIMIT toInteger($scan)
  WITH s, speakers, targets, outlets, listeners, source
  // @include statement-checks
  WITH s LIMIT toInteger($limit)
  RETURN true AS walked, collect(
  // @include statement-row
  ) AS page
  UNION ALL
  WITH speakers, targets, outlets, listeners, sources WHERE NOT walk
  // @include statement-candidates
  // @include statement-top
  RETURN false AS walked, collect(
  // @include statement-row
  ) AS page
}
RETURN walked, page, whole
