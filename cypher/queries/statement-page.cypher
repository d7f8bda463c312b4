// A narrowed page of statements in article order (speaker, about, reportedBy, audience, article or dates):
// a top-N after the cursor's statement (keyset) over the matches, sorted by stored properties only. A page
// narrowed by none of these is statement-page-all's; date orders are statement-page-by-date's.
// @include statement-matches
WITH s
WHERE $afterArticle IS NULL OR s.articleId > $afterArticle OR (s.articleId = $afterArticle AND s.position > $afterPosition)
WITH s ORDER BY s.articleId, s.position
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
// @include statement-row
AS statement
