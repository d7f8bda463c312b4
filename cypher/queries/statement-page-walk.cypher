// A narrowed page in article order read straight from the (articleId, position) index, the filters checked as
// statements stream past, stopping once the page is full: for filters that hold many statements (the most
// quoted speaker at archive scale has 100,000), this reads a few hundred index entries where collecting the
// candidates would read them all. Only when the filter with the fewest statements is common enough that a
// window of $scan statements should hold the page (`walk`); a short page (a window without enough matches)
// sends the caller to statement-page's candidates.
// @include statement-filters
WITH speakers, targets, outlets, listeners, null AS source,
  reduce(fewest = null, found IN sources | CASE WHEN fewest IS NULL OR found[1] < fewest THEN found[1] ELSE fewest END) AS fewest,
  COUNT { (:Statement) } AS total
WITH speakers, targets, outlets, listeners, source,
  fewest IS NOT NULL AND total > toInteger($scan) AND $article IS NULL AND $from IS NULL AND $to IS NULL
    AND fewest * toInteger($scan) >= 4 * toInteger($limit) * total AS walk
CALL (speakers, targets, outlets, listeners, source, walk) {
  WITH speakers, targets, outlets, listeners, source WHERE walk
  MATCH (s:Statement)
  WHERE s.articleId >= coalesce($afterArticle, '') AND s.position IS NOT NULL
    AND (s.articleId > coalesce($afterArticle, '') OR s.position > $afterPosition)
  WITH s, speakers, targets, outlets, listeners, source ORDER BY s.articleId, s.position LIMIT toInteger($scan)
  WITH s, speakers, targets, outlets, listeners, source
  // @include statement-checks
  WITH s LIMIT toInteger($limit)
  RETURN collect(
  // @include statement-row
  ) AS page
}
RETURN walk, page
