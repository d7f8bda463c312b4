// bench:compare's raw-driver floor for "statements by speaker about a target, with speaker, targets and
// article": the least a hand-written query does for the answer newsgraph's statements(where) gives.
MATCH (:Name {key: $speaker})-[:NAMES]->(:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(:Entity)<-[:NAMES]-(:Name {key: $about})
WITH DISTINCT s ORDER BY s.articleId, s.position LIMIT toInteger($limit)
MATCH (speaker:Entity)-[:SAID]->(s)
MATCH (a:Article {id: s.articleId})
RETURN s.text AS text, s.kind AS kind, speaker.name AS speaker,
  COLLECT { MATCH (s)-[:ABOUT]->(e:Entity) RETURN e.name ORDER BY e.name } AS about, a.title AS title
