// Pages of each article's statements of the given kinds (reader comments are kind COMMENT).
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:CONTAINS]->(s:Statement)
WHERE s.kind IN $kinds
WITH id, s ORDER BY s.position, s.id
WITH id, collect(s) AS matching
RETURN id, size(matching) AS total, [x IN matching[$offset..($offset + $limit)] | x { .id, .text, .kind, .start, .end, .sentence, .articleId, .position }] AS page
