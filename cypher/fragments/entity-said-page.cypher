// A page of what entity `e` said: the total is the relationship count Neo4j keeps per node, and the page a
// top-N sort, so an entity with thousands of statements costs what one with ten does.
COUNT { (e)-[:SAID]->() } AS total,
COLLECT {
  MATCH (e)-[:SAID]->(s:Statement)
  WITH s ORDER BY s.articleId, s.position, s.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN s { .id, .text, .kind, .start, .end, .articleId, .position }
} AS page
