UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:CONTAINS]->(ev:Event)
WITH id, ev ORDER BY ev.start, ev.id
WITH id, collect(ev) AS matching
RETURN id, size(matching) AS total, [x IN matching[$offset..($offset + $limit)] | x { .id, .name, .kind, .dateText, .date, .start, .end, .articleId }] AS page
