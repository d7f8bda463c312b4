// bench:compare's raw-driver floor for "a page of statements in article order with speaker, targets and article".
MATCH (s:Statement)
WHERE s.articleId >= '' AND s.position IS NOT NULL
WITH s ORDER BY s.articleId, s.position LIMIT toInteger($limit)
MATCH (speaker:Entity)-[:SAID]->(s)
MATCH (a:Article {id: s.articleId})
RETURN s.text AS text, s.kind AS kind, speaker.name AS speaker,
  COLLECT { MATCH (s)-[:ABOUT]->(e:Entity) RETURN e.name ORDER BY e.name } AS about, a.title AS title
