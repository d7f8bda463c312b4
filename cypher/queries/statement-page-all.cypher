// A page of statements not narrowed to entities or an article, in article order: read from the
// (articleId, position) index starting after the cursor's statement, stopping once the page is full, so its
// cost does not grow with the archive. kind and words filter rows as they stream past.
MATCH (s:Statement)
WHERE s.articleId >= $afterArticle AND s.position IS NOT NULL
  AND (s.articleId > $afterArticle OR s.position > $afterPosition)
  AND ($kind IS NULL OR s.kind = $kind)
  AND ($textContains IS NULL OR toLower(s.text) CONTAINS toLower($textContains))
WITH s ORDER BY s.articleId, s.position
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
// @include statement-row
AS statement
