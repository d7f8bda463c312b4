// Pages of statements about each entity of a batch: the total is the relationship count Neo4j keeps per
// node, and the page a top-N sort, so an entity with thousands of statements costs what one with ten does.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)<-[:ABOUT]-() } AS total,
  COLLECT {
    MATCH (s:Statement)-[:ABOUT]->(e)
    WITH s ORDER BY s.articleId, s.position, s.id SKIP toInteger($offset) LIMIT toInteger($limit)
    RETURN s { .id, .text, .kind, .start, .end, .articleId, .position }
  } AS page
