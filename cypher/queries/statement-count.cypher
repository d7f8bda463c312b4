// totalCount of a statement-page-all page filtered by kind or words, run only when a client asks for it.
MATCH (s:Statement)
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($textContains IS NULL OR toLower(s.text) CONTAINS toLower($textContains))
RETURN count(s) AS total
