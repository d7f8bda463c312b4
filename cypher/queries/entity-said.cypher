// Pages of statements said by each entity of a batch.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[:SAID]->(s:Statement)
WITH id, s ORDER BY s.articleId, s.position, s.id
WITH id, collect(s) AS matching
RETURN id, size(matching) AS total, [x IN matching[$offset..($offset + $limit)] | x { .id, .text, .kind, .start, .end, .sentence, .articleId }] AS page
