// The filters a statement row `s` must pass, but the one its candidates came from (`source`, null for none).
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($article IS NULL OR s.articleId = $article)
  AND ($textContains IS NULL OR toLower(s.text) CONTAINS toLower($textContains))
  AND ($speaker IS NULL OR source = 'speaker' OR EXISTS { MATCH (e)-[:SAID]->(s) WHERE e IN speakers })
  AND ($about IS NULL OR source = 'about' OR EXISTS { MATCH (s)-[:ABOUT]->(e) WHERE e IN targets })
  AND ($audience IS NULL OR source = 'audience' OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(e) WHERE e IN listeners })
  AND ($reportedBy IS NULL OR source = 'reportedBy' OR EXISTS { MATCH (s)-[:REPORTED_BY]->(e) WHERE e IN outlets })
