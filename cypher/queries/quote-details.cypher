// Who carried each quote: its statements in the order articles carried them (dated ones by date, undated
// ones by when this graph loaded them), the articles, and the agencies that relayed it.
UNWIND $ids AS id
MATCH (q:Quote {id: id})
CALL (q) {
  MATCH (s:Statement)-[:QUOTES]->(q)
  MATCH (a:Article {id: s.articleId})
  WITH s, a ORDER BY a.publishedAt IS NULL, a.publishedAt, a.loadedAt, s.articleId, s.position
  RETURN collect(s { .id, .text, .kind, .start, .end, .sentence, .articleId, .position }) AS statements,
         collect(DISTINCT a { .id, .title, .publisher, .url, .publishedAt }) AS articles
}
RETURN id, statements, articles,
  COLLECT {
    MATCH (s:Statement)-[:QUOTES]->(q)
    MATCH (s)-[:REPORTED_BY]->(outlet:Entity)
    RETURN DISTINCT outlet { .id, .name, .kind, .aliases, .commenter } AS outlet ORDER BY outlet.name
  } AS relayedBy
