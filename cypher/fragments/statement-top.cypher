// The page among matching rows `s`: a top-N in article order after the cursor's statement (keyset), sorted by
// stored properties only.
WITH s
WHERE $afterArticle IS NULL OR s.articleId > $afterArticle OR (s.articleId = $afterArticle AND s.position > $afterPosition)
WITH s ORDER BY s.articleId, s.position
SKIP toInteger($skip) LIMIT toInteger($limit)
