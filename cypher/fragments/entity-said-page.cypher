// A page of what entity `e` said in article order. The total is the relationship count Neo4j keeps per node.
// An entity with few statements has them sorted (a top-N); one with many (the most quoted speaker of an
// archive has 100,000) has the article-order index walked, its statements picked as they pass, stopping once
// the page is full, so the page costs about what it holds rather than what the entity said. The walk reads
// about (offset + limit) × all statements / its statements index entries: it is chosen when that is fewer than
// the statements a sort would read ($walkRatio scales the comparison; 1 in production).
COUNT { (e)-[:SAID]->() } AS total,
CASE
  WHEN COUNT { (e)-[:SAID]->() } <= toInteger($sortBelow)
    OR toFloat(COUNT { (e)-[:SAID]->() }) ^ 2 * $walkRatio < toFloat(toInteger($offset) + toInteger($limit)) * COUNT { (:Statement) }
  THEN COLLECT {
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
