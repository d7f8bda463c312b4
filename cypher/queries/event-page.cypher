// Events by date (DATE, DATE_DESC; undated last) or in article order (ARTICLE_ORDER), filtered by participant
// name or alias, kind and date range.
MATCH (ev:Event)
WHERE ($kind IS NULL OR ev.kind = $kind)
  AND ($from IS NULL OR ev.date >= date($from))
  AND ($to IS NULL OR ev.date <= date($to))
  AND ($participant IS NULL OR EXISTS { MATCH (:Name {key: $participant})-[:NAMES]->(:Entity)-[:PARTICIPATED_IN]->(ev) })
WITH ev ORDER BY
  CASE WHEN $orderBy = 'ARTICLE_ORDER' THEN false ELSE ev.date IS NULL END,
  CASE WHEN $orderBy = 'DATE' THEN ev.date END ASC,
  CASE WHEN $orderBy = 'DATE_DESC' THEN ev.date END DESC,
  ev.articleId, ev.start, ev.id
WITH collect(ev) AS matching
RETURN size(matching) AS total, [x IN matching[$offset..($offset + $limit)] | x { .id, .name, .kind, .dateText, .date, .start, .end, .articleId }] AS page
