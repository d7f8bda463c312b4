// A page of matching statements by their article's date ($orderBy DATE or DATE_DESC; undated articles come
// last either way), paged by offset.
// @include statement-matches
WITH s, published ORDER BY
  published IS NULL,
  CASE WHEN $orderBy = 'DATE' THEN published END ASC,
  CASE WHEN $orderBy = 'DATE_DESC' THEN published END DESC,
  s.articleId, s.position
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
// @include statement-row
AS statement
