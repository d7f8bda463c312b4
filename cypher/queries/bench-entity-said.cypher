// bench:compare's raw-driver floor for "an entity by name with what it said".
MATCH (:Name {key: $name})-[:NAMES]->(e:Entity)
WITH e ORDER BY e.id LIMIT 1
RETURN e.name AS name, e.kind AS kind,
  COLLECT { MATCH (e)-[:SAID]->(s:Statement) WITH s ORDER BY s.articleId, s.position LIMIT toInteger($limit) RETURN s { .text, .kind } } AS said
