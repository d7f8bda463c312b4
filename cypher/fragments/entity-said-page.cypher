// A page of what entity `e` said in article order. The total is the relationship count Neo4j keeps per node.
// An entity with few statements has them sorted (a top-N); one with many (the most quoted speaker of an
// archive has 100,000) has the article-order index walked, its statements picked as they pass, stopping once
// the page is full, so the page costs about what it holds rather than what the entity said.
COUNT { (e)-[:SAID]->() } AS total,
CASE
  WHEN COUNT { (e)-[:SAID]->() } <= toInteger($sortBelow) THEN COLLECT {
    MATCH (e)-[:SAID]->(s:Statement)
    WITH s ORDER BY s.articleId, s.position, s.id SKIP toInteger($offset) LIMIT toInteger($limit)
    RETURN s { .id, .text, .kind, .start, .end, .articleId, .position }
  }
  ELSE COLLECT {
    MATCH (s:Statement) WHERE s.articleId >= '' AND s.position IS NOT NULL AND EXISTS { (e)-[:SAID]->(s) }
    WITH s ORDER BY s.articleId, s.position SKIP toInteger($offset) LIMIT toInteger($limit)
    RETURN s { .id, .text, .kind, .start, .end, .articleId, .position }
  }
END AS page
